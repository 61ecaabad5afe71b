"""RFC 3339 date-time conversion for the typed messages.

On the Python side a ``date-time`` field is a timezone-aware `datetime.datetime`; on the
wire it is an RFC 3339 string.

- `format_datetime` writes ``YYYY-MM-DDTHH:MM:SS[.ffffff](Z|+HH:MM)``: UTC (offset zero) is
  written ``Z``, other offsets are kept as they are, fractional seconds appear when the
  microseconds are not zero (six digits). A naive datetime is taken to be UTC. An offset with
  seconds (which RFC 3339 cannot express) is converted to UTC.
- `parse_datetime` reads any RFC 3339 date-time (``T``, ``t`` or a space between date and
  time, ``Z``/``z`` or a numeric offset, any number of fractional digits, of which the first six
  are kept) and always returns an aware datetime. It is lenient where senders commonly stray
  and the schema validator lets them through: a missing offset (forbidden by RFC 3339) is read
  as UTC, an offset without a colon (``+0200``) is accepted, ``-00:00`` is read as UTC. A leap
  second (``23:59:60``), which `datetime.datetime` cannot represent, is read as
  ``23:59:59.999999``.

The same code runs on every supported Python version, so that results do not depend on the
version's `datetime.datetime.fromisoformat`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

__all__ = ["format_datetime", "parse_datetime"]

_UTC = timezone.utc
_RFC3339 = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt ]([0-9]{2}):([0-9]{2}):([0-9]{2})"
    r"(?:\.([0-9]+))?(?:[Zz]|([+-])([0-9]{2}):?([0-9]{2}))?",
    re.ASCII,
)
_ZONES: dict[tuple[str, str, str], timezone] = {}


def _zone(sign: str, hours: str, minutes: str) -> timezone:
    key = (sign, hours, minutes)
    zone = _ZONES.get(key)
    if zone is None:
        offset = timedelta(hours=int(hours), minutes=int(minutes))
        zone = _UTC if not offset else timezone(-offset if sign == "-" else offset)
        if len(_ZONES) < 4096:
            _ZONES[key] = zone
    return zone


def parse_datetime(value: str) -> datetime:
    """Parse an RFC 3339 date-time string into an aware `datetime.datetime`.

    Raises `ValueError` (or `TypeError` for a non-string) if it is not one.
    """
    match = _RFC3339.fullmatch(value)
    if match is None:
        raise ValueError(f"not an RFC 3339 date-time: {value!r}")
    year, month, day, hour, minute, second, fraction, sign, off_h, off_m = match.groups()
    micro = int(fraction[:6].ljust(6, "0")) if fraction else 0
    zone = _UTC if sign is None else _zone(sign, off_h, off_m)
    seconds = int(second)
    if seconds == 60:
        seconds, micro = 59, 999999
    return datetime(int(year), int(month), int(day), int(hour), int(minute), seconds, micro, zone)


def format_datetime(value: datetime) -> str:
    """Format a datetime as an RFC 3339 string; naive datetimes are taken to be UTC."""
    offset = value.utcoffset()
    if offset is None:
        return value.isoformat() + "Z"
    if not offset:  # isoformat() ends in "+00:00": the same text as the naive form's
        return value.isoformat()[:-6] + "Z"
    if offset.seconds % 60 or offset.microseconds:
        return value.astimezone(_UTC).replace(tzinfo=None).isoformat() + "Z"
    return value.isoformat()
