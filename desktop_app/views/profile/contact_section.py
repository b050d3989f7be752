"""The page's contact details and the prospect's time zone and holidays."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.services import ValidationError
from desktop_app.services.profile import clean_phone
from desktop_app.services.prospects import check_email
from desktop_app.views.common.colours import Tone, set_tone
from desktop_app.views.common.refusal import FieldErrors
from desktop_app.views.common.zone_list import TimeZonePicker
from desktop_app.views.profile.page_widgets import plain_edit, with_error

CONTACT_FIELDS = (
    ("first_name", QT_TR_NOOP("First name")), ("last_name", QT_TR_NOOP("Last name")),
    ("title", QT_TR_NOOP("Job title")), ("company", QT_TR_NOOP("Company")),
    ("email", QT_TR_NOOP("Email")), ("phone", QT_TR_NOOP("Phone")),
    ("mobile", QT_TR_NOOP("Mobile")), ("address", QT_TR_NOOP("Address")),
)


class ContactSection(QGroupBox):
    """Name, job, company, email, phones, address and other details; each field that can
    be refused has its refusal under it (kept in the page's ``errors``)."""

    call_requested = Signal(str)  # the field: "phone" or "mobile"

    def __init__(self, errors: FieldErrors, zone: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Contact"), parent)
        self._errors = errors
        self._zone = zone
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in CONTACT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setAccessibleName(tr(label))
            self.edits[key] = edit
        self.edits["first_name"].setPlaceholderText(tr("First"))
        self.edits["last_name"].setPlaceholderText(tr("Last"))
        self.edits["email"].setPlaceholderText(tr("name@company.com"))
        self.edits["phone"].setPlaceholderText(tr("+44 20 7946 0321, or local to their zone"))
        name_row = QHBoxLayout()
        name_row.addWidget(self.edits["first_name"], 1)
        name_row.addWidget(self.edits["last_name"], 1)
        form.addRow(tr("Name"), with_error(name_row, "first_name", errors, self,
                                           self.edits["first_name"]))
        for key, label in CONTACT_FIELDS[2:]:
            if key in ("phone", "mobile"):
                form.addRow(tr(label), with_error(self._with_call_button(key), key, errors,
                                                  self, self.edits[key]))
            elif key == "email":
                form.addRow(tr(label), with_error(self.edits[key], key, errors, self,
                                                  self.edits[key]))
            else:
                form.addRow(tr(label), self.edits[key])
        self.other_contacts = plain_edit(3, tr("Further numbers, emails and addresses, one "
                                               "a line (Home: +1 555 0100)"))
        self.other_contacts.setObjectName("other_contacts")
        self.other_contacts.setAccessibleName(tr("Other details"))
        form.addRow(tr("Other details"), self.other_contacts)
        self.edits["email"].editingFinished.connect(self.check_email)
        for key in ("phone", "mobile"):
            self.edits[key].editingFinished.connect(lambda k=key: self.format_phone(k))

    def _with_call_button(self, key: str) -> QHBoxLayout:
        button = QToolButton()
        button.setObjectName(f"call_{key}")
        button.setText(tr("Call", "verb"))
        button.setToolTip(tr("Call this number with your phone app (a tel: link)"))
        button.clicked.connect(lambda _=False, k=key: self.call_requested.emit(k))
        row = QHBoxLayout()
        row.addWidget(self.edits[key], 1)
        row.addWidget(button)
        return row

    def load(self, prospect: Mapping[str, Any]) -> None:
        for key, edit in self.edits.items():
            edit.setText(str(prospect.get(key) or ""))
            edit.setCursorPosition(0)
        self.other_contacts.setPlainText(str(prospect.get("other_contacts") or ""))

    def values(self) -> dict[str, str]:
        values = {key: edit.text() for key, edit in self.edits.items()}
        values["other_contacts"] = self.other_contacts.toPlainText()
        return values

    def check_email(self) -> None:
        try:
            check_email(self.edits["email"].text())
        except ValidationError as exc:
            self._errors["email"].refuse(str(exc))
        else:
            self._errors["email"].withdraw()

    def format_phone(self, key: str) -> None:
        """Write the number the way it dials from anywhere; say when it can't be read."""
        edit = self.edits[key]
        formatted, note = clean_phone(edit.text(), self._zone())
        if formatted != edit.text():
            edit.setText(formatted)
        if note:
            self._errors[key].say(note, Tone.WARNING)
        else:
            self._errors[key].withdraw()


class ZoneSection(QGroupBox):
    """Their time zone (searchable) and the country whose public holidays their plan skips."""

    def __init__(self, errors: FieldErrors, now: Callable[[], datetime],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Time zone"), parent)
        zone_layout = QVBoxLayout(self)
        self.zone_picker = TimeZonePicker(now, self)
        self.zone_picker.setObjectName("zonePicker")
        self.zone_picker.list.setFixedHeight(92)
        zone_layout.addWidget(self.zone_picker)
        zone_layout.addWidget(errors.add("timezone", self, self.zone_picker.search))
        country_row = QHBoxLayout()
        holidays = QLabel(tr("Public holidays of"))
        country_row.addWidget(holidays)
        self.country = QLineEdit()
        self.country.setObjectName("country")
        self.country.setMaxLength(2)
        self.country.setFixedWidth(self.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.country.setToolTip(tr("The two-letter country code (DE, GB, US…) whose public "
                                   "holidays their plan skips. Empty: the country of their "
                                   "zone."))
        self.country.setAccessibleName(tr("Public holidays of"))
        holidays.setBuddy(self.country)
        country_row.addWidget(self.country)
        self.country_hint = QLabel()
        self.country_hint.setObjectName("countryHint")
        self.country_hint.setWordWrap(True)
        set_tone(self.country_hint, Tone.MUTED)
        country_row.addWidget(self.country_hint, 1)
        zone_layout.addLayout(country_row)
        zone_layout.addWidget(errors.add("country", self, self.country))

    def load(self, prospect: Mapping[str, Any]) -> None:
        self.zone_picker.set_zone(str(prospect.get("timezone") or ""))
        self.country.setText(str(prospect.get("country") or ""))

    def values(self) -> dict[str, str]:
        return {"timezone": self.zone_picker.zone(), "country": self.country.text()}

    def update_country_hint(self, zone: str) -> None:
        """Say whose holidays an empty country means for ``zone``."""
        from desktop_app.domain.workdays import country_for_zone

        country = country_for_zone(zone)
        self.country.setPlaceholderText(country)
        self.country_hint.setText(
            tr("empty: {country}, from the time zone").format(country=country) if country
            else tr("empty: weekends only"))
