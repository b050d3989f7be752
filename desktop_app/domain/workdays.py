"""Working days in the prospect's country: weekends and public holidays are skipped.

The country comes from the prospect's profile, or else from their time zone (the IANA
``zone.tab`` names the country of every zone). Holidays come from the ``holidays``
package, imported only when a plan is laid out.
"""

from __future__ import annotations

import importlib.resources
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from zoneinfo import TZPATH


@cache
def _zone_countries() -> dict[str, str]:
    text = ""
    try:
        text = (importlib.resources.files("tzdata") / "zoneinfo" / "zone.tab").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        for folder in TZPATH:
            path = Path(folder) / "zone.tab"
            if path.is_file():
                text = path.read_text(encoding="utf-8")
                break
    countries: dict[str, str] = {}
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            countries[parts[2]] = parts[0]
    return countries


def country_for_zone(tz_name: str) -> str:
    """The ISO country code of an IANA zone ("Europe/Berlin" → "DE"), or "" when none."""
    found = _zone_countries().get(tz_name)
    if found is None:  # an older name of a zone (US/Eastern, Asia/Calcutta)
        from .contact import zone_country

        found = zone_country(tz_name)
    return found or ""


@cache
def _holiday_set(country: str, year: int) -> frozenset[date]:
    try:
        import holidays  # imported lazily: only laying out a plan needs it
    except ImportError:  # pragma: no cover - a build without it just skips weekends
        return frozenset()
    try:
        return frozenset(holidays.country_holidays(country, years=year).keys())
    except (NotImplementedError, KeyError, ValueError, ImportError):
        return frozenset()  # a country it does not know: weekends only


def is_known_country(country: str) -> bool:
    """Whether Tickler knows the public holidays of this ISO country code."""
    try:
        import holidays
    except ImportError:  # pragma: no cover
        return False
    return country.upper() in holidays.list_supported_countries()


def is_working_day(day: date, country: str = "") -> bool:
    """Monday to Friday, and not a public holiday in ``country`` (ISO code; "" for none)."""
    if day.weekday() >= 5:
        return False
    return not country or day not in _holiday_set(country.upper(), day.year)


def next_working_day(day: date, country: str = "") -> date:
    """``day`` itself when it is a working day, else the first working day after it."""
    while not is_working_day(day, country):
        day += timedelta(days=1)
    return day


def previous_working_day(day: date, country: str = "") -> date:
    """``day`` itself when it is a working day, else the last working day before it."""
    while not is_working_day(day, country):
        day -= timedelta(days=1)
    return day
