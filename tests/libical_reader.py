"""Reads calendar files with libical, as Evolution and GNOME Calendar do.

Run by the system ``python3`` (Debian's python3-gi and gir1.2-ical-3.0; libical has no
PyPI package), never imported by the tests. Reads JSON on stdin::

    {"files": [{"text": ics text,
                "utc_probes": {tzid: [unix seconds, ...]},  # instants to show in the zone
                "wall_probes": {tzid: ["YYYYMMDDTHHMMSS", ...]}},  # wall times to place
               ...]}

and writes, for each file, what libical made of it: its parse errors (X-LIC-ERROR), the
iTIP restriction check, each event's UID and instants (unix seconds, through the file's own
VTIMEZONE), and the probes answered by each VTIMEZONE of the file.
"""

import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402

UTC = ICalGLib.Timezone.get_utc_timezone()
ANY = ICalGLib.ComponentKind.ANY_COMPONENT


def components(component):
    yield component
    child = component.get_first_component(ANY)
    while child is not None:
        yield from components(child)
        child = component.get_next_component(ANY)


def errors(calendar):
    found = []
    for component in components(calendar):
        prop = component.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
        while prop is not None:
            found.append(f"{ICalGLib.Component.kind_to_string(component.isa())}: "
                         f"{prop.get_xlicerror()}")
            prop = component.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    return found


def instant(time):
    return time.convert_to_zone(UTC).as_timet()


def wall(time):
    return (f"{time.get_year():04d}{time.get_month():02d}{time.get_day():02d}T"
            f"{time.get_hour():02d}{time.get_minute():02d}{time.get_second():02d}")


def read(text, utc_probes, wall_probes):
    calendar = ICalGLib.Component.new_from_string(text)
    if calendar is None:
        return {"parsed": False}
    result = {"parsed": True, "errors": errors(calendar),
              "restriction_ok": ICalGLib.restriction_check(calendar) == 1,
              "events": [], "zones": {}}
    event = calendar.get_first_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    while event is not None:
        start, end = event.get_dtstart(), event.get_dtend()
        result["events"].append({
            "uid": event.get_uid(), "start": instant(start), "end": instant(end),
            "start_tzid": start.get_tzid(), "end_tzid": end.get_tzid()})
        event = calendar.get_next_component(ICalGLib.ComponentKind.VEVENT_COMPONENT)
    vtimezone = calendar.get_first_component(ICalGLib.ComponentKind.VTIMEZONE_COMPONENT)
    while vtimezone is not None:
        zone = ICalGLib.Timezone.new()
        zone.set_component(vtimezone.clone())
        tzid = zone.get_tzid()
        walls = []
        for seconds in utc_probes.get(tzid, []):
            walls.append(wall(ICalGLib.Time.new_from_timet_with_zone(seconds, 0, UTC)
                              .convert_to_zone(zone)))
        instants = [ICalGLib.Time.new_from_string(text).as_timet_with_zone(zone)
                    for text in wall_probes.get(tzid, [])]
        result["zones"][tzid] = {"walls": walls, "instants": instants}
        vtimezone = calendar.get_next_component(ICalGLib.ComponentKind.VTIMEZONE_COMPONENT)
    return result


def main():
    request = json.load(sys.stdin)
    json.dump([read(item["text"], item["utc_probes"], item["wall_probes"])
               for item in request["files"]], sys.stdout)


if __name__ == "__main__":
    main()
