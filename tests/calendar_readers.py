"""Software that did not write our calendar files, to read them in tests.

- libical (Evolution, GNOME Calendar) through GObject introspection, in the system
  ``python3`` (Debian's python3-gi and gir1.2-ical-3.0; ``.ci/run`` installs them).
- a real Radicale CalDAV server on 127.0.0.1 (it reads with vobject and dateutil).
- zoneinfo's clock changes found by a plain hourly scan, independent of the code under test.
"""

from __future__ import annotations

import base64
import http.client
import json
import re
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.etree import ElementTree
from zoneinfo import ZoneInfo

SYSTEM_PYTHON = "/usr/bin/python3"
LIBICAL_READER = Path(__file__).with_name("libical_reader.py")


# -- zoneinfo, read plainly ----------------------------------------------------------------


@dataclass(frozen=True)
class ClockChange:
    at: datetime  # UTC
    before: timedelta
    after: timedelta

    @property
    def repeats(self) -> bool:
        return self.after < self.before


def clock_changes(zone: str, start: datetime, end: datetime) -> list[ClockChange]:
    """Every change of UTC offset in [start, end): a scan every six hours, then the second."""
    tz = ZoneInfo(zone)

    def offset(t: datetime) -> timedelta:
        return t.astimezone(tz).utcoffset() or timedelta(0)

    found, t = [], start
    while t < end:
        step = min(t + timedelta(hours=6), end)
        if offset(step) != offset(t):
            low, high = t, step
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                middle = middle.replace(microsecond=0)
                if offset(middle) == offset(low):
                    low = middle
                else:
                    high = middle
            found.append(ClockChange(high, offset(low), offset(high)))
        t = step
    return found


def wall_text(local: datetime) -> str:
    return local.strftime("%Y%m%dT%H%M%S")


def probes(zone: str, first_year: int, last_year: int) -> tuple[list[int], list[str],
                                                                list[int]]:
    """Instants and wall times that tell a VTIMEZONE's every rule apart, with the answers.

    Returns UTC probes (unix seconds), wall-time probes (only wall times that happen exactly
    once), and zoneinfo's instant for each wall probe.
    """
    tz = ZoneInfo(zone)
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    instants = [datetime(year, month, 15, 12, tzinfo=UTC)
                for year in range(first_year, last_year + 1) for month in range(1, 13)]
    for change in clock_changes(zone, start, end):
        instants += [change.at + timedelta(seconds=s)
                     for s in (-3601, -1800, -1, 0, 1, 1800, 3600, 7200)]
    utc_probes = sorted({int(t.timestamp()) for t in instants})
    walls = set()
    for seconds in utc_probes:
        local = datetime.fromtimestamp(seconds, tz).replace(tzinfo=None)
        for minutes in (-90, -61, -31, -1, 0, 1, 31, 61, 90):
            walls.add(local + timedelta(minutes=minutes))
    once = []
    for local in sorted(walls):
        first, second = local.replace(tzinfo=tz, fold=0), local.replace(tzinfo=tz, fold=1)
        exists = first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) == local
        if exists and first.utcoffset() == second.utcoffset():
            once.append(local)
    return (utc_probes, [wall_text(w) for w in once],
            [int(w.replace(tzinfo=tz).timestamp()) for w in once])


def zoneinfo_walls(zone: str, utc_probes: list[int]) -> list[str]:
    tz = ZoneInfo(zone)
    return [wall_text(datetime.fromtimestamp(s, tz)) for s in utc_probes]


# -- libical -------------------------------------------------------------------------------


def read_with_libical(files: list[str],
                      zone_probes: list[tuple[dict[str, list[int]], dict[str, list[str]]]]
                      | None = None) -> list[dict]:
    """What libical makes of each file (see tests/libical_reader.py), in one process.

    ``zone_probes`` gives, for each file, the instants and the wall times to ask each of its
    VTIMEZONEs about (by TZID).
    """
    request = json.dumps({"files": [
        {"text": text, "utc_probes": utc, "wall_probes": walls}
        for text, (utc, walls) in zip(files, zone_probes or [({}, {})] * len(files),
                                      strict=True)]})
    done = subprocess.run([SYSTEM_PYTHON, str(LIBICAL_READER)], input=request,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, (
        "libical could not be run (apt-get install python3-gi gir1.2-ical-3.0):\n"
        + done.stderr)
    return json.loads(done.stdout)


# -- Radicale ------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


CALDAV = "urn:ietf:params:xml:ns:caldav"


class Radicale:
    """A real Radicale server with one calendar, /rep/calls/, spoken to over HTTP."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.port = free_port()
        config = folder / "config"
        config.write_text(
            f"[server]\nhosts = 127.0.0.1:{self.port}\n"
            "[auth]\ntype = none\n"
            "[rights]\ntype = owner_only\n"
            f"[storage]\nfilesystem_folder = {folder / 'collections'}\n"
            "[logging]\nlevel = warning\n", encoding="utf-8")
        self.log = (folder / "radicale.log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(config)],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                if self.request("GET", "/.web/")[0] in (200, 302):
                    break
            except OSError:
                pass
            assert self.process.poll() is None, (folder / "radicale.log").read_text()
            assert time.monotonic() < deadline, "Radicale did not start"
            time.sleep(0.1)
        self.calendar = "/rep/calls/"
        status, _ = self.request("MKCALENDAR", self.calendar)
        assert status == 201, status

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
        self.log.close()

    def request(self, method: str, path: str, body: str | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            auth = base64.b64encode(b"rep:anything").decode()
            connection.request(method, path, body=body.encode("utf-8") if body else None,
                               headers={"Authorization": f"Basic {auth}", **(headers or {})})
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8", "replace")
        finally:
            connection.close()

    def new_calendar(self) -> str:
        path = f"/rep/{uuid.uuid4().hex}/"
        status, _ = self.request("MKCALENDAR", path)
        assert status == 201, status
        return path

    def put(self, calendar: str, name: str, text: str) -> None:
        status, body = self.request("PUT", calendar + name, text,
                                    {"Content-Type": "text/calendar; charset=utf-8"})
        assert status in (201, 204), (status, body)

    def get(self, path: str) -> str:
        status, body = self.request("GET", path)
        assert status == 200, (status, body)
        return body

    def find(self, calendar: str, start: datetime, end: datetime) -> set[str]:
        """The UIDs of the events a time-range REPORT finds between two instants."""
        query = (
            '<?xml version="1.0" encoding="utf-8"?>'
            f'<C:calendar-query xmlns:D="DAV:" xmlns:C="{CALDAV}">'
            "<D:prop><C:calendar-data/></D:prop>"
            '<C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">'
            f'<C:time-range start="{start.astimezone(UTC):%Y%m%dT%H%M%SZ}" '
            f'end="{end.astimezone(UTC):%Y%m%dT%H%M%SZ}"/>'
            "</C:comp-filter></C:comp-filter></C:filter></C:calendar-query>")
        status, body = self.request("REPORT", calendar, query,
                                    {"Depth": "1", "Content-Type": "application/xml"})
        assert status == 207, (status, body)
        uids = set()
        for data in ElementTree.fromstring(body).iter(f"{{{CALDAV}}}calendar-data"):
            uids.update(re.findall(r"^UID:(.*?)\r?$", data.text or "", re.MULTILINE))
        return uids
