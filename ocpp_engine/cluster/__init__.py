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
    NoWorkers,
    OnLost,
    OnRequest,
    OnWork,
    StationNotConnected,
)
from ._cluster import Cluster, Edge
from ._memory import MemoryBroker, MemoryBus
from ._wire import StationEvent
from ._workers import WorkContext

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
    "NoWorkers",
    "OnLost",
    "OnRequest",
    "OnWork",
    "RedisBus",
    "StationEvent",
    "StationNotConnected",
    "WorkContext",
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


#: Query options `bus_from_url` takes out of a URL and gives its engine as keywords.
URL_OPTIONS: Final = {"RedisBus": {"presence_ttl": float, "refresh_interval": float}}


def bus_from_url(url: str, prefix: str = "ocpp") -> Bus:
    """Make the engine a URL names: ``nats://`` -> `NatsBus`, ``redis://`` -> `RedisBus`.

    A Redis URL may carry the presence lease in its query, which is taken out before the URL
    reaches Redis: ``redis://host:6379/0?presence_ttl=5`` (seconds; `RedisBus` *presence_ttl*)
    and ``refresh_interval`` (seconds; a third of the TTL by default). Other query options go to
    the broker's client as they are.

    Raises:
        ValueError: the scheme names no engine, or an option's value is not a positive number.
        ImportError: the engine's extra is not installed.
    """
    scheme = url.partition("://")[0].lower()
    name = SCHEMES.get(scheme)
    if name is None:
        known = ", ".join(f"{s}://" for s in SCHEMES)
        raise ValueError(f"no cluster engine for {url!r}; use one of {known}")
    url, options = _take_options(url, URL_OPTIONS.get(name, {}))
    engine: Any = __getattr__(name)
    bus: Bus = engine(url, prefix=prefix, **options)
    return bus


def _take_options(url: str, known: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Split *known* query options off *url*; return the URL without them and their values."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    kept: list[tuple[str, str]] = []
    options: dict[str, Any] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key not in known:
            kept.append((key, value))
            continue
        try:
            options[key] = known[key](value)
        except ValueError:
            raise ValueError(f"{key}={value!r} in the cluster URL is not a number") from None
        if not options[key] > 0:
            raise ValueError(f"{key}={value!r} in the cluster URL must be positive")
    return urlunsplit(parts._replace(query=urlencode(kept))), options
