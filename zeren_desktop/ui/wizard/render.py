"""The determination as HTML, for the wizard's pages and the cases page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from zeren_desktop.domain.regulations import RegulationSet
from zeren_desktop.ui.wizard.labels import (
    ADJUSTMENT_LABELS,
    KIND_LABELS,
    RESPONSIBILITY_LABELS,
    ROLE_LABELS,
    SEVERITY_LABELS,
    clause_citation,
    clause_text,
    label,
    measure_name,
)

WARNING_STYLE = "color:#9a5b00;"
CLAUSE_STYLE = "margin-left:16px; color:#333333;"


def _t(text: str) -> str:
    return escape(text)


def _para(text: str) -> str:
    return "<br/>".join(_t(line) for line in text.splitlines())


def subject_heading(subject: Mapping[str, Any]) -> str:
    """"魏某 — Principal leader (first responsible)" for a subject of the case input."""
    name = str(subject.get("name") or subject.get("id") or "")
    kind = str(subject.get("kind") or "")
    what = label(ROLE_LABELS, subject.get("role")) if kind == "cadre" else label(
        KIND_LABELS, kind)
    return f"{name} — {what}" if what else name


def clause_block(regulations: RegulationSet | None, clause_id: str,
                 with_text: bool = True) -> str:
    html = f"<li><b>{_t(clause_citation(regulations, clause_id))}</b>"
    text = clause_text(regulations, clause_id) if with_text else ""
    if text:
        html += f"<div style='{CLAUSE_STYLE}'>{_para(text)}</div>"
    return html + "</li>"


def measure_list(regulations: RegulationSet | None, regulation_id: str,
                 codes: Sequence[str]) -> str:
    if not codes:
        return "—"
    return "、".join(measure_name(regulations, regulation_id, code) for code in codes)


def _case_warnings(result: Mapping[str, Any]) -> list[str]:
    """The case's own warnings (the top-level list repeats the subjects' with a prefix)."""
    own: list[str] = []
    subject_warnings = [str(w) for s in result.get("subjects", [])
                        for w in s.get("warnings", [])]
    for warning in result.get("warnings", []):
        text = str(warning)
        if not any(text.endswith(w) and text != w for w in subject_warnings):
            own.append(text)
    return own


def determination_html(case: Mapping[str, Any], result: Mapping[str, Any],
                       regulations: RegulationSet | None, *, title: str = "",
                       with_allowed: bool = True, with_text: bool = True) -> str:
    """The whole determination: regulation, dual inquiry, then each subject."""
    reg_id = str(result.get("regulation", ""))
    reg = regulations.get(reg_id) if regulations is not None else None
    parts: list[str] = []
    if title:
        parts.append(f"<h2>{_t(title)}</h2>")
    dates = QCoreApplication.translate("Assessment", "Conduct: {conduct}; decision: {decision}")
    parts.append("<p>" + _t(dates.format(conduct=case.get("conduct_date", ""),
                                         decision=case.get("decision_date", ""))) + "</p>")
    reg_name = f"{reg.title}（{reg.doc_number}）" if reg is not None else reg_id
    applied = QCoreApplication.translate("Assessment", "Regulation applied:")
    reason = str(result.get("regulation_reason", ""))
    parts.append(f"<p><b>{_t(applied)}</b> {_t(reg_name)}<br/>{_t(reason)}</p>")
    for warning in _case_warnings(result):
        parts.append(f"<p style='{WARNING_STYLE}'>⚠ {_t(warning)}</p>")

    dual = result.get("dual_inquiry") or {}
    if dual.get("required"):
        required = QCoreApplication.translate("Assessment", "Dual inquiry (一案双查): required")
        grounds = "".join(clause_block(regulations, str(c), with_text)
                          for c in dual.get("grounds", []))
        parts.append(f"<p><b>{_t(required)}</b></p><ul>{grounds}</ul>")
    else:
        not_required = QCoreApplication.translate(
            "Assessment", "Dual inquiry (一案双查): not required")
        parts.append(f"<p>{_t(not_required)}</p>")

    inputs = {str(s.get("id")): s for s in case.get("subjects", [])}
    for subject in result.get("subjects", []):
        given = inputs.get(str(subject.get("id")), {})
        parts.append(subject_html(given, subject, regulations, reg_id,
                                  with_allowed=with_allowed, with_text=with_text))
    return "".join(parts)


def subject_html(given: Mapping[str, Any], subject: Mapping[str, Any],
                 regulations: RegulationSet | None, reg_id: str, *,
                 with_allowed: bool = True, with_text: bool = True) -> str:
    rows: list[str] = [f"<h3>{_t(subject_heading(given or subject))}</h3>"]

    def row(name: str, value: str) -> None:
        rows.append(f"<tr><td valign='top'><b>{_t(name)}</b></td><td>{value}</td></tr>")

    rows.append("<table cellspacing='2' cellpadding='2'>")
    responsibility = label(RESPONSIBILITY_LABELS, str(subject.get("responsibility")))
    row(QCoreApplication.translate("Assessment", "Responsibility"), _t(responsibility))
    band = str(subject.get("band", ""))
    severity = str(given.get("severity", band))
    band_text = label(SEVERITY_LABELS, band)
    if severity and severity != band:
        band_text = QCoreApplication.translate(
            "Assessment", "{band} (severity given: {severity})").format(
            band=band_text, severity=label(SEVERITY_LABELS, severity))
    row(QCoreApplication.translate("Assessment", "Band"), _t(band_text))
    adjustment = str(subject.get("adjustment", "none"))
    if adjustment != "none":
        row(QCoreApplication.translate("Assessment", "Adjustment"),
            _t(label(ADJUSTMENT_LABELS, adjustment)))
    if subject.get("exemption_possible"):
        grounds = "；".join(clause_citation(regulations, str(c))
                           for c in subject.get("exemption_grounds", []))
        possible = QCoreApplication.translate("Assessment", "possible ({grounds})")
        row(QCoreApplication.translate("Assessment", "Exemption"),
            _t(possible.format(grounds=grounds)))
    if with_allowed:
        allowed = [str(c) for c in subject.get("allowed_measures", [])]
        row(QCoreApplication.translate("Assessment", "Allowed measures"),
            _t(measure_list(regulations, reg_id, allowed)))
    chosen = [str(c) for c in given.get("measures", [])]
    row(QCoreApplication.translate("Assessment", "Measures chosen"),
        _t(measure_list(regulations, reg_id, chosen)))
    consequences = subject.get("consequences") or {}
    period_text = QCoreApplication.translate(
        "Assessment", "{measure}: {months} months, until {until}")
    for period in consequences.get("periods", []):
        row(QCoreApplication.translate("Assessment", "Influence period"), _t(period_text.format(
            measure=measure_name(regulations, reg_id, str(period.get("measure"))),
            months=period.get("months"), until=period.get("until"))))
    year = consequences.get("no_excellent_rating_year")
    if year is not None:
        in_year = QCoreApplication.translate("Assessment", "in the year {year}")
        row(QCoreApplication.translate("Assessment", "No 'excellent' rating"),
            _t(in_year.format(year=year)))
    until = consequences.get("influence_until")
    if until:
        row(QCoreApplication.translate("Assessment", "Influence until"),
            "<b>" + _t(str(until)) + "</b>")
    rows.append("</table>")

    applied = QCoreApplication.translate("Assessment", "Clauses applied")
    rows.append(f"<p><b>{_t(applied)}</b></p><ul>")
    rows.extend(clause_block(regulations, str(c), with_text)
                for c in subject.get("clauses", []))
    rows.append("</ul>")
    grounds_given = [str(g) for g in given.get("grounds", [])]
    if grounds_given:
        heading = QCoreApplication.translate("Assessment", "Grounds")
        rows.append(f"<p><b>{_t(heading)}</b></p><ul>")
        rows.extend(clause_block(regulations, g, with_text) for g in grounds_given)
        rows.append("</ul>")
    for warning in subject.get("warnings", []):
        rows.append(f"<p style='{WARNING_STYLE}'>⚠ {_t(str(warning))}</p>")
    return "".join(rows)
