"""The rep's own wording of the email templates (the shipped ones are resources)."""

from __future__ import annotations

from datetime import datetime

from ..domain.templates import TemplateText
from .store import Store, db_time


def saved_template(store: Store, key: str) -> TemplateText | None:
    """The rep's version of template ``key``, or None when they kept the shipped one."""
    row = store.conn.execute(
        "SELECT name, subject, body, invite FROM email_templates WHERE key = ?",
        [key]).fetchone()
    return TemplateText(key, row[0], row[1], row[2], bool(row[3])) if row else None


def has_saved_template(store: Store, key: str) -> bool:
    return store.conn.execute(
        "SELECT 1 FROM email_templates WHERE key = ?", [key]).fetchone() is not None


def save_template(store: Store, template: TemplateText, now: datetime) -> None:
    with store.transaction():
        store.conn.execute(
            "INSERT INTO email_templates (key, name, subject, body, invite, updated_utc) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET name = excluded.name, "
            "subject = excluded.subject, body = excluded.body, invite = excluded.invite, "
            "updated_utc = excluded.updated_utc",
            [template.key, template.name, template.subject, template.body,
             int(template.invite), db_time(now)])


def delete_template(store: Store, key: str) -> None:
    with store.transaction():
        store.conn.execute("DELETE FROM email_templates WHERE key = ?", [key])


def saved_template_keys(store: Store) -> set[str]:
    return {str(r[0]) for r in store.conn.execute("SELECT key FROM email_templates")}
