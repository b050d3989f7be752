"""A read-only look at one prospect: contact, gaps, stalls and touches."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ..domain.gaps import completeness, open_gaps
from ..domain.localtime import format_local
from ..services import AppContext
from ..store.store import parse_db_time


class ProspectSummaryDialog(QDialog):
    def __init__(self, ctx: AppContext, prospect_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        store = ctx.store
        p = store.get_prospect(prospect_id) or {}
        name = f"{p.get('first_name', '')} {p.get('last_name', '')}".strip()
        self.setWindowTitle(name or "Prospect")
        self.resize(620, 560)
        tz = p.get("timezone", "UTC")
        profile = store.get_profile(prospect_id)
        events = store.dated_event_count(prospect_id)
        gaps = open_gaps(profile, events)
        html = [f"<h2>{escape(name)}</h2>",
                f"<p>{escape(p.get('title', ''))} · <b>{escape(p.get('company', ''))}</b><br>",
                f"{escape(p.get('email', ''))} · {escape(p.get('phone', ''))}<br>",
                f"Local time now: {format_local(ctx.now(), tz)} ({escape(tz)})</p>",
                f"<h3>Profile: {completeness(profile, events)}</h3>"]
        if gaps:
            html.append("<ul>" + "".join(
                f"<li><b>{escape(g.label)}</b>: {escape(g.question)}</li>" for g in gaps)
                + "</ul>")
        html.append("<h3>Stalls</h3><ul>")
        for s in store.stalls_for(prospect_id):
            when = format_local(parse_db_time(s["logged_utc"]), tz, "%d %b %Y")
            html.append(f"<li>{when}: “{escape(s['words'])}” ({escape(s['slot_quality'])})</li>")
        html.append("</ul><h3>Touches</h3><ul>")
        for t in store.touches_for(prospect_id)[:60]:
            when = format_local(parse_db_time(t["due_utc"]), tz, "%d %b %Y %H:%M")
            html.append(f"<li>{when} — {escape(t['title'])}: {escape(t['status'])}"
                        + (f" ({escape(t['outcome'])})" if t["outcome"] else "") + "</li>")
        html.append("</ul>")
        layout = QVBoxLayout(self)
        view = QTextBrowser(self)
        view.setHtml("".join(html))
        layout.addWidget(view)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        box.accepted.connect(self.accept)
        layout.addWidget(box)
