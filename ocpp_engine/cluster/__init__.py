"""One central system across many processes and hosts, over a broker (NATS or Redis).

Each station's `Device` stays on the edge node that holds its WebSocket connection; calls,
answers and events cross the broker (see `Cluster`). The engines: `NatsBus` (the ``nats``
extra), `RedisBus` (the ``redis`` extra) and `MemoryBus` (in memory, for tests); each is
imported only when used.

Example:
    ```python
    import asyncio

    from ocpp_engine.cluster import Cluster, MemoryBroker, MemoryBus, StationNotConnected


    async def main() -> None:
        async with Cluster(MemoryBus(MemoryBroker())) as cluster:
            try:
                await cluster.call("CP-1", "Reset", {"type": "Soft"}, timeout=5)
            except StationNotConnected as exc:
                print(exc)


    asyncio.run(main())
    ```
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

from ._bus import (
    Bus,
    BusClosedError,
    CallOutcomeUnknown,
    ClusterError,
    OnLost,
    OnRequest,
    StationNotConnected,
)
from ._cluster import Cluster, Edge
from ._memory import MemoryBroker, MemoryBus
from ._wire import StationEvent

if TYPE_CHECKING:
    from ._nats import NatsBus

__all__ = [
    "Bus",
    "BusClosedError",
    "CallOutcomeUnknown",
    "Cluster",
    "ClusterError",
    "Edge",
    "MemoryBroker",
    "MemoryBus",
    "NatsBus",
    "OnLost",
    "OnRequest",
    "RedisBus",
    "StationEvent",
    "StationNotConnected",
    "bus_from_url",
]

#: The engines imported on first use (they need their extra): name -> module.
_LAZY: Final = {"NatsBus": "._nats", "RedisBus": "._redis"}

#: URL scheme -> the engine `bus_from_url` makes.
SCHEMES: Final = {"nats": "NatsBus", "tls": "NatsBus", "redis": "RedisBus", "rediss": "RedisBus"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def bus_from_url(url: str, prefix: str = "ocpp") -> Bus:
    """Make the engine a URL names: ``nats://`` -> `NatsBus`, ``redis://`` -> `RedisBus`.

    Raises:
        ValueError: the scheme names no engine.
        ImportError: the engine's extra is not installed.
    """
    scheme = url.partition("://")[0].lower()
    name = SCHEMES.get(scheme)
    if name is None:
        known = ", ".join(f"{s}://" for s in SCHEMES)
        raise ValueError(f"no cluster engine for {url!r}; use one of {known}")
    engine: Any = __getattr__(name)
    bus: Bus = engine(url, prefix=prefix)
    return bus
