"""Display labels of the engine's codes (severity, responsibility, roles...).

The English source texts are marked with QT_TRANSLATE_NOOP in the context "Assessment"
and translated by value when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from zeren_desktop.domain.regulations import Regulation, RegulationSet
from zeren_desktop.domain.text import QT_TRANSLATE_NOOP

SEVERITY_LABELS: dict[str, str] = {
    "minor": QT_TRANSLATE_NOOP("Assessment", "Minor"),
    "serious": QT_TRANSLATE_NOOP("Assessment", "Serious"),
    "grave": QT_TRANSLATE_NOOP("Assessment", "Grave"),
}

RESPONSIBILITY_LABELS: dict[str, str] = {
    "collective": QT_TRANSLATE_NOOP("Assessment", "Collective leadership responsibility"),
    "primary": QT_TRANSLATE_NOOP("Assessment", "Primary leadership responsibility"),
    "important": QT_TRANSLATE_NOOP("Assessment", "Important leadership responsibility"),
    "none": QT_TRANSLATE_NOOP("Assessment", "No leadership responsibility"),
}

ADJUSTMENT_LABELS: dict[str, str] = {
    "lighter": QT_TRANSLATE_NOOP("Assessment", "Lighter, within the band"),
    "reduced": QT_TRANSLATE_NOOP("Assessment", "Reduced, one band down"),
    "heavier": QT_TRANSLATE_NOOP("Assessment", "Heavier, within the band"),
    "aggravated": QT_TRANSLATE_NOOP("Assessment", "Aggravated, one band up"),
    "none": QT_TRANSLATE_NOOP("Assessment", "None"),
}

ROLE_LABELS: dict[str, str] = {
    "first_responsible": QT_TRANSLATE_NOOP("Assessment", "Principal leader (first responsible)"),
    "member": QT_TRANSLATE_NOOP("Assessment", "Team member"),
    "discipline_leader": QT_TRANSLATE_NOOP("Assessment", "Discipline commission leader"),
}

KIND_LABELS: dict[str, str] = {
    "party_team": QT_TRANSLATE_NOOP("Assessment", "Party committee (leading group) team"),
    "discipline_team": QT_TRANSLATE_NOOP("Assessment", "Discipline commission team"),
    "cadre": QT_TRANSLATE_NOOP("Assessment", "Cadre"),
}

FLAG_LABELS: dict[str, str] = {
    "directly_in_charge": QT_TRANSLATE_NOOP("Assessment", "Directly in charge"),
    "objected": QT_TRANSLATE_NOOP("Assessment", "Objection on record"),
    "retired": QT_TRANSLATE_NOOP("Assessment", "Retired"),
    "transferred": QT_TRANSLATE_NOOP("Assessment", "Transferred"),
    "participated": QT_TRANSLATE_NOOP("Assessment", "Took part in the decision"),
    "in_portfolio": QT_TRANSLATE_NOOP("Assessment", "Within the portfolio"),
}


def label(table: dict[str, str], code: str | None) -> str:
    """The translated label of `code` in `table` (the code itself when unknown)."""
    if code is None:
        return ""
    text = table.get(code)
    if text is None:
        return code
    return QCoreApplication.translate("Assessment", text)  # i18n: marked elsewhere


def measure_name(regulations: RegulationSet | None, regulation_id: str, code: str) -> str:
    """A measure's Chinese name from the regulation data (any regulation's, else the code)."""
    if regulations is None:
        return code
    order: list[Regulation] = []
    applied = regulations.get(regulation_id)
    if applied is not None:
        order.append(applied)
    order.extend(r for r in regulations if r is not applied)
    for reg in order:
        rule = reg.measures.get(code)
        if rule is not None:
            return rule.name
    return code


def clause_citation(regulations: RegulationSet | None, clause_id: str) -> str:
    """"湖北省两个责任追究暂行办法 第7条第(7)项" style citation of a clause id."""
    if regulations is None:
        return clause_id
    clause = regulations.clause(clause_id)
    reg = regulations.get(clause_id.partition("/")[0])
    if clause is None or reg is None:
        return clause_id
    if clause.item is None:
        return QCoreApplication.translate("Assessment", "{title}, art. {article}").format(
            title=reg.short_title, article=clause.article)
    article = next((a for a in reg.articles if a.number == clause.article), None)
    if article is not None and article.item_style == "paragraph":
        return QCoreApplication.translate(
            "Assessment", "{title}, art. {article} para. {item}").format(
            title=reg.short_title, article=clause.article, item=clause.item)
    return QCoreApplication.translate(
        "Assessment", "{title}, art. {article} item ({item})").format(
        title=reg.short_title, article=clause.article, item=clause.item)


def clause_text(regulations: RegulationSet | None, clause_id: str) -> str:
    """The full text of a clause: for an item, the article's chapeau then the item."""
    if regulations is None:
        return ""
    clause = regulations.clause(clause_id)
    if clause is None:
        return ""
    if clause.item is None:
        reg = regulations.get(clause.regulation_id)
        article = next((a for a in reg.articles if a.number == clause.article), None) \
            if reg is not None else None
        if article is not None and not article.text and article.items:
            return "\n".join(i.text for i in article.items)
        return clause.text
    reg = regulations.get(clause.regulation_id)
    article = next((a for a in reg.articles if a.number == clause.article), None) \
        if reg is not None else None
    if article is not None and article.text:
        return article.text + "\n" + clause.text
    return clause.text
