"""Account roles, what each may do, and the password rules (GB/T 22239 level 3 practice).

Pure data and checks; the services enforce them on every call.
"""

from __future__ import annotations

from enum import StrEnum

from zeren_desktop.domain.text import QT_TRANSLATE_NOOP, Message, ValidationError

_CTX = "Security"


class AccountRole(StrEnum):
    CLERK = "clerk"                  # 录入员: enters and edits drafts
    REVIEWER = "reviewer"            # 审核员
    APPROVER = "approver"            # 领导: signs
    ADMINISTRATOR = "administrator"  # 系统管理员: accounts and settings, no case content
    AUDITOR = "auditor"              # 审计员: reads the audit trail only

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS: dict[AccountRole, str] = {
    AccountRole.CLERK: QT_TRANSLATE_NOOP("AccountRole", "Clerk"),
    AccountRole.REVIEWER: QT_TRANSLATE_NOOP("AccountRole", "Reviewer"),
    AccountRole.APPROVER: QT_TRANSLATE_NOOP("AccountRole", "Leader (approver)"),
    AccountRole.ADMINISTRATOR: QT_TRANSLATE_NOOP("AccountRole", "System administrator"),
    AccountRole.AUDITOR: QT_TRANSLATE_NOOP("AccountRole", "Auditor"),
}

# 三权分立: the three administrator duties are never held by one account.
SEPARATED_DUTIES = frozenset({AccountRole.ADMINISTRATOR, AccountRole.APPROVER,
                              AccountRole.AUDITOR})


class Permission(StrEnum):
    VIEW_MASTER_DATA = "view_master_data"      # units, cadres, teams
    EDIT_MASTER_DATA = "edit_master_data"
    VIEW_RECORDS = "view_records"              # ledgers, clues, cases: content
    EDIT_DRAFTS = "edit_drafts"
    REVIEW = "review"
    SIGN = "sign"
    MANAGE_ACCOUNTS = "manage_accounts"
    MANAGE_SETTINGS = "manage_settings"
    BACKUP = "backup"
    RESTORE = "restore"
    READ_AUDIT = "read_audit"
    EXCHANGE = "exchange"                      # exchange packages: keys, export, import


# The role table. Tests call every service method as every role against it.
ROLE_PERMISSIONS: dict[AccountRole, frozenset[Permission]] = {
    AccountRole.CLERK: frozenset({
        Permission.VIEW_MASTER_DATA, Permission.EDIT_MASTER_DATA,
        Permission.VIEW_RECORDS, Permission.EDIT_DRAFTS, Permission.BACKUP}),
    AccountRole.REVIEWER: frozenset({
        Permission.VIEW_MASTER_DATA, Permission.EDIT_MASTER_DATA,
        Permission.VIEW_RECORDS, Permission.EDIT_DRAFTS, Permission.REVIEW, Permission.BACKUP}),
    AccountRole.APPROVER: frozenset({
        Permission.VIEW_MASTER_DATA, Permission.VIEW_RECORDS, Permission.REVIEW,
        Permission.SIGN, Permission.BACKUP, Permission.EXCHANGE}),
    # The administrator sees units and cadres (to scope accounts) but no case content.
    AccountRole.ADMINISTRATOR: frozenset({
        Permission.VIEW_MASTER_DATA, Permission.MANAGE_ACCOUNTS, Permission.MANAGE_SETTINGS,
        Permission.BACKUP, Permission.RESTORE, Permission.EXCHANGE}),
    AccountRole.AUDITOR: frozenset({Permission.READ_AUDIT}),
}


def permissions_of(roles: frozenset[AccountRole]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS[role]
    return frozenset(granted)


def check_role_combination(roles: frozenset[AccountRole]) -> None:
    if not roles:
        raise ValidationError("roles", Message(_CTX, QT_TRANSLATE_NOOP(
            "Security", "An account needs at least one role.")))
    if len(roles & SEPARATED_DUTIES) > 1:
        raise ValidationError("roles", Message(_CTX, QT_TRANSLATE_NOOP(
            "Security", "One account cannot hold more than one of the duties of administrator,"
            " leader (approver) and auditor (separation of the three duties).")))


# Password and sign-in rules; settings may tighten them, never loosen below these.
PASSWORD_MIN_LENGTH = 8
PASSWORD_MIN_CLASSES = 3
PASSWORD_HISTORY = 5
MAX_FAILED_LOGINS = 5
LOCKOUT_MINUTES = 30
IDLE_LOCK_MINUTES = 10


def character_classes(password: str) -> int:
    lower = any(c.islower() and c.isascii() for c in password)
    upper = any(c.isupper() and c.isascii() for c in password)
    digit = any(c.isdigit() for c in password)
    other = any(not (c.isascii() and c.isalnum()) for c in password)
    return sum((lower, upper, digit, other))


def check_password_policy(password: str, username: str,
                          min_length: int = PASSWORD_MIN_LENGTH) -> None:
    """Raise ValidationError on field "password" with the rule that is not met."""
    if len(password) < max(min_length, PASSWORD_MIN_LENGTH):
        raise ValidationError("password", Message(_CTX, QT_TRANSLATE_NOOP(
            "Security", "The password needs at least {n} characters."),
            {"n": max(min_length, PASSWORD_MIN_LENGTH)}))
    if character_classes(password) < PASSWORD_MIN_CLASSES:
        raise ValidationError("password", Message(_CTX, QT_TRANSLATE_NOOP(
            "Security", "The password needs at least 3 of: lower-case letters, upper-case letters,"
            " digits, other characters.")))
    if username and username.casefold() in password.casefold():
        raise ValidationError("password", Message(_CTX, QT_TRANSLATE_NOOP(
            "Security", "The password must not contain the user name.")))
