"""Contact details: phone numbers read and formatted, guessing the country from the zone."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber


def _tz_database_file(name: str) -> str:
    """The text of one file of the tz database: tzdata's copy first (Windows has no
    /usr/share/zoneinfo), else the system's; empty when neither can be read."""
    candidates = [Path("/usr/share/zoneinfo") / name]
    try:
        import tzdata

        candidates.insert(0, Path(tzdata.__file__).parent / "zoneinfo" / name)
    except ImportError:
        pass
    for path in candidates:
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            continue
    return ""


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """IANA zone name -> ISO country code, from the tz database's zone.tab."""
    table = {}
    for line in _tz_database_file("zone.tab").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            table[parts[2]] = parts[0]
    return table


@lru_cache(maxsize=1)
def _zone_links() -> dict[str, str]:
    """Older and other names of zones ("US/Eastern", "Asia/Calcutta", "Europe/Kiev") →
    the zone they name, from the tz database's tzdata.zi ("L target name" lines)."""
    lines = _tz_database_file("tzdata.zi").splitlines()
    return {parts[2]: parts[1] for parts in (line.split() for line in lines)
            if len(parts) >= 3 and parts[0] == "L"}


def zone_country(tz_name: str) -> str | None:
    """The country a time zone belongs to (e.g. "GB" for Europe/London), if known.

    zone.tab names only the zones themselves; a zone's older name (US/Eastern,
    Asia/Calcutta, Europe/Kiev), which the book keeps as it was typed or imported, belongs
    to the country of the zone it names.
    """
    countries = _zone_countries()
    name = tz_name
    for _ in range(4):  # a link names a zone (tzdata.zi has no chains); be safe anyway
        if name in countries:
            return countries[name]
        name = _zone_links().get(name, "")
        if not name:
            break
    return None


def _dialable_anywhere(number: PhoneNumber) -> bool:
    """A whole number, not one that only works inside its area (555-0100 without the area
    code would otherwise become +1 5550100, a number that does not exist)."""
    import phonenumbers

    return bool(phonenumbers.is_possible_number_with_reason(number)
                == phonenumbers.ValidationResult.IS_POSSIBLE)


def format_phone(text: str, tz_name: str = "", country: str = "") -> tuple[str, bool]:
    """The number in international format and True, or the text as typed and False.

    A number without a country code is read as a number in ``country`` (an ISO code, the
    prospect's own when the rep set one), else in the country of ``tz_name``.
    """
    typed = " ".join((text or "").split())
    if not typed:
        return "", True
    import phonenumbers

    try:
        number = phonenumbers.parse(typed, country.upper() or zone_country(tz_name))
    except phonenumbers.NumberParseException:
        return typed, False
    if not _dialable_anywhere(number):
        return typed, False
    # The extension, if any, is part of the formatted number ("x12" or " ext. 12").
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL), True


def tel_uri(text: str, tz_name: str = "") -> str | None:
    """A ``tel:`` URI in E.164 (RFC 3966), e.g. ``tel:+442079460321;ext=12``, or None when
    the text is not a number that can be dialled."""
    typed = " ".join((text or "").split())
    if not typed:
        return None
    import phonenumbers

    try:
        number = phonenumbers.parse(typed, zone_country(tz_name))
    except phonenumbers.NumberParseException:
        return None
    if not _dialable_anywhere(number):
        return None
    uri = "tel:" + phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.extension and number.extension.isdigit():
        uri += f";ext={number.extension}"
    return uri


LINKEDIN_SEARCH = "https://www.linkedin.com/search/results/people/?keywords="


def linkedin_target(link: str, name: str, company: str) -> tuple[str, bool]:
    """Where the LinkedIn step goes: the prospect's own LinkedIn page (and True), else a
    LinkedIn people search for their name and company (and False)."""
    from urllib.parse import quote, urlsplit

    link = (link or "").strip()
    if link and "://" not in link:
        link = "https://" + link
    try:
        parts = urlsplit(link)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        parts, host, port = None, "", None
    # Readers of a URL disagree on a backslash, white space or a user name before an "@"
    # ("https://evil.example\\@linkedin.com/in/x" is linkedin.com to Python and
    # evil.example to a browser): a link holding any of them is not opened as it stands.
    plain = not any(ch == "\\" or ch.isspace() or not ch.isprintable() for ch in link)
    if parts is not None and plain and parts.scheme in ("http", "https") and (
            host == "linkedin.com" or host.endswith(".linkedin.com")) and \
            "@" not in parts.netloc and port in (None, 80, 443) and parts.path.strip("/"):
        return link, True
    words = " ".join(" ".join(v.split()) for v in (name, company) if v and v.strip())
    return LINKEDIN_SEARCH + quote(words, safe=""), False
