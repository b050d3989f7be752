"""Creating and changing prospects."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..domain.i18n import tr
from ..domain.localtime import is_valid_zone
from ..store.store import PROSPECT_FIELDS
from .context import PROSPECTS, AppContext, ValidationError

if TYPE_CHECKING:
    from ..store.store import ProspectRow

# Fields whose line breaks are kept; every other field is one line.
MULTILINE_FIELDS = ("notes", "address", "other_contacts")


def check_email(email: str) -> str:
    """The address normalised, or ValidationError. Syntax only: no network look-up."""
    email = (email or "").strip()
    if not email:
        return ""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(email, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError(tr("That email address does not look right: {problem}").format(
            problem=exc), "email") from exc


def clean_prospect_fields(fields: Mapping[str, Any]) -> dict[str, str]:
    values = {k: str(fields.get(k) or "").strip() for k in PROSPECT_FIELDS if k in fields}
    for key, value in values.items():
        if any(ch in value for ch in "\r\n") and key not in MULTILINE_FIELDS:
            values[key] = " ".join(value.split())
    if not (values.get("first_name") or values.get("last_name") or values.get("company")):
        raise ValidationError(tr("Give the prospect a name or a company."), "first_name")
    tz = values.get("timezone", "")
    if not tz or not is_valid_zone(tz):
        raise ValidationError(
            tr("Pick the prospect's time zone from the list (for example America/New_York)."),
            "timezone")
    if "email" in values:
        values["email"] = check_email(values["email"])
    return values


def create_prospect(ctx: AppContext, fields: Mapping[str, Any]) -> int:
    values = clean_prospect_fields(fields)
    prospect_id = ctx.store.insert_prospect(values, ctx.now())
    ctx.changes.emit(PROSPECTS)
    return prospect_id


def search_prospects(ctx: AppContext, text: str, limit: int = 200) -> list[ProspectRow]:
    """Prospects whose details match ``text``, then those whose mail does (what Tickler sent
    them and what came back), every word as a prefix."""
    rows = ctx.store.search_prospects(text, limit)
    if len(rows) >= limit or not text.strip():
        return rows
    from .mailbox import search_mail_prospects

    have = {r.id for r in rows}
    extra = [i for i in search_mail_prospects(ctx.store, text, limit) if i not in have]
    if not extra:
        return rows
    found = ctx.store.live_prospect_rows(extra)
    return rows + [found[i] for i in extra if i in found][:limit - len(rows)]
