"""One central system across many processes and hosts, over a broker (NATS or Redis).

See the "Scaling out" guide. Each station's `Device` stays on the edge node that holds its
connection; calls, answers and events cross the broker.
"""

from __future__ import annotations

from ._bus import (
    Bus,
    BusClosedError,
    CallOutcomeUnknown,
    ClusterError,
    OnLost,
    OnRequest,
    StationNotConnected,
)

__all__ = [
    "Bus",
    "BusClosedError",
    "CallOutcomeUnknown",
    "ClusterError",
    "OnLost",
    "OnRequest",
    "StationNotConnected",
]
