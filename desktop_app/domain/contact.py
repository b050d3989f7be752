"""Contact details: phone numbers read and formatted, guessing the country from the zone."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def _zone_countries() -> dict[str, str]:
    """IANA zone name -> ISO country code, from the tz database's zone.tab."""
    candidates = [Path("/usr/share/zoneinfo/zone.tab")]
    try:
        import tzdata

        candidates.insert(0, Path(tzdata.__file__).parent / "zoneinfo" / "zone.tab")
    except ImportError:
        pass
    for path in candidates:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            continue
        table = {}
        for line in text.splitlines():
            if line.startswith("#") or not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) >= 3:
                table[parts[2]] = parts[0]
        return table
    return {}


def zone_country(tz_name: str) -> str | None:
    """The country a time zone belongs to (e.g. "GB" for Europe/London), if known."""
    return _zone_countries().get(tz_name)


def format_phone(text: str, tz_name: str = "") -> tuple[str, bool]:
    """The number in international format and True, or the text as typed and False.

    A number without a country code is read as a number in the country of ``tz_name``.
    """
    typed = " ".join((text or "").split())
    if not typed:
        return "", True
    import phonenumbers

    try:
        number = phonenumbers.parse(typed, zone_country(tz_name))
    except phonenumbers.NumberParseException:
        return typed, False
    if not phonenumbers.is_possible_number(number):
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
    if not phonenumbers.is_possible_number(number):
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
    except ValueError:
        parts, host = None, ""
    if parts is not None and parts.scheme in ("http", "https") and (
            host == "linkedin.com" or host.endswith(".linkedin.com")) and \
            parts.path.strip("/"):
        return link, True
    words = " ".join(" ".join(v.split()) for v in (name, company) if v and v.strip())
    return LINKEDIN_SEARCH + quote(words, safe=""), False
