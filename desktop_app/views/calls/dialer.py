"""Handing a phone number or a web page to whatever the rep's system uses for it.

A number goes out as a ``tel:`` link in E.164 (a softphone, FaceTime, KDE Connect or Teams
takes it). When nothing on the machine takes ``tel:`` links (``openUrl`` answers False) the
number is put on the clipboard instead, and the rep is told, so they can paste it into
their phone app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication

from desktop_app.domain.contact import format_phone, tel_uri
from desktop_app.domain.i18n import tr


@dataclass(frozen=True, slots=True)
class HandOff:
    """What happened: ``dialled`` (a handler took it), ``copied`` or ``unreadable``."""

    outcome: str
    number: str
    uri: str | None
    message: str

    @property
    def dialled(self) -> bool:
        return self.outcome == "dialled"


def phone_links_html(numbers: list[tuple[str, str]], tz_name: str) -> str:
    """``label: number`` pairs as rich text, each dialable number a tel: link."""
    import html

    parts = []
    for label, number in numbers:
        if not number:
            continue
        uri = tel_uri(number, tz_name)
        shown = html.escape(number)
        text = f'<a href="{html.escape(uri)}">{shown}</a>' if uri else shown
        parts.append(f"{html.escape(label)} {text}" if label else text)
    return " · ".join(parts)


def dial(number: str, tz_name: str, tell: Callable[[str], None] | None = None) -> HandOff:
    """Hand ``number`` (read in the country of ``tz_name`` when it has no +code) to the
    system's tel: handler; without one, copy it. ``tell`` gets the words for the rep."""
    uri = tel_uri(number, tz_name)
    shown, _ok = format_phone(number, tz_name)
    if uri is None:
        result = HandOff("unreadable", shown, None,
                         tr("“{number}” is not a number Tickler can dial; fix it in the "
                            "profile.").format(number=shown or number))
    elif QDesktopServices.openUrl(QUrl(uri)):
        result = HandOff("dialled", shown, uri, tr("Calling {number}…").format(number=shown))
    else:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(shown)
        result = HandOff("copied", shown, uri,
                         tr("No app on this computer takes phone calls from links, so {number} "
                            "is copied: paste it into your phone.").format(number=shown))
    if tell is not None:
        tell(result.message)
    return result


def open_web(url: str) -> bool:
    return QDesktopServices.openUrl(QUrl(url))
