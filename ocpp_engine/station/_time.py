"""The kit's wall-clock time: the default clock of its components, and the timestamps it sends.

Components take ``now`` (a function returning an aware datetime) for every timestamp, so tests
fix it; `utc_now` is the default. `timestamp` writes the form every kit message uses: UTC, to the
millisecond, with ``Z`` (a naive datetime is taken to be UTC, as `ocpp_engine.messages` does).
"""

from __future__ import annotations

from datetime import datetime, timezone

__all__ = ["timestamp", "utc_now"]


def utc_now() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(timezone.utc)


def timestamp(moment: datetime) -> str:
    """*moment* as an OCPP timestamp: ``2024-01-01T00:00:00.000Z``."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")
