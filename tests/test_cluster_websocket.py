"""`CentralSystem(cluster=...)`: edge nodes in one process, over real WebSockets.

Two central systems join one in-memory cluster; `ChargePoint` clients connect to them.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from ocpp_engine import CallTimeoutError
from ocpp_engine.cluster import (
    Cluster,
    MemoryBroker,
    MemoryBus,
    StationEvent,
    StationNotConnected,
)
from ocpp_engine.transports.websocket import CentralSystem, ChargePoint
from tests.cluster_helpers import RawStation
from tests.transport_helpers import within


def _reset(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
    return {"status": "Accepted"}


def _url(csms: CentralSystem) -> str:
    return f"ws://127.0.0.1:{csms.port}/ocpp"


async def _next(events: Any) -> StationEvent:
    event: StationEvent = await within(events.__anext__())
    return event


async def test_each_central_system_calls_the_stations_of_the_other() -> None:
    broker = MemoryBroker()
    api = Cluster(MemoryBus(broker), node_id="api")
    await api.start()
    events = api.events()
    a = CentralSystem(port=0, cluster=Cluster(MemoryBus(broker), node_id="A"))
    b = CentralSystem(port=0, cluster=Cluster(MemoryBus(broker), node_id="B"))
    async with a, b:
        station = ChargePoint(_url(b), "CP-B", {"Reset": _reset}, versions=["ocpp1.6"])
        async with station:
            await within(station.wait_connected())
            event = await _next(events)
            assert (event.kind, event.identity, event.node) == ("connected", "CP-B", "B")
            assert "CP-B" not in a.stations
            assert await a.call("CP-B", "Reset", {"type": "Soft"}) == {"status": "Accepted"}
            assert await b.call("CP-B", "Reset", {"type": "Hard"}) == {"status": "Accepted"}
            with pytest.raises(StationNotConnected):
                await a.call("CP-X", "Reset", {"type": "Soft"})
        event = await _next(events)
        assert (event.kind, event.identity, event.node) == ("disconnected", "CP-B", "B")
    assert await api.stations() == {}
    await api.close()


async def test_the_same_identity_on_another_central_system_closes_the_first() -> None:
    broker = MemoryBroker()
    a = CentralSystem(port=0, cluster=Cluster(MemoryBus(broker), node_id="A"))
    b = CentralSystem(port=0, cluster=Cluster(MemoryBus(broker), node_id="B"))
    async with a, b:
        first = RawStation(_url(a), "CP-1")
        await first.start()
        await within(_until_held(a, "CP-1"))
        second = RawStation(_url(b), "CP-1")
        await second.start()
        await within(first.closed.wait())
        assert (first.close_code, first.close_reason) == (1000, "replaced")
        # the station sees the close frame before its central system has finished it
        await within(_until_gone(a, "CP-1"))
        assert await a.call("CP-1", "Reset", {"type": "Soft"}) == {"status": "Accepted"}
        assert second.calls == [("Reset", {"type": "Soft"})]
        await second.close()


async def _until_held(csms: CentralSystem, identity: str) -> None:
    while identity not in csms.stations:
        await asyncio.sleep(0.01)


async def _until_gone(csms: CentralSystem, identity: str) -> None:
    while identity in csms.stations:
        await asyncio.sleep(0.01)


async def test_a_central_system_that_cannot_listen_closes_its_cluster() -> None:
    broker = MemoryBroker()
    async with CentralSystem(port=0) as taken:
        bus = MemoryBus(broker)
        csms = CentralSystem(port=taken.port, cluster=Cluster(bus))
        with pytest.raises(OSError):
            await csms.start()
    assert bus._closed


async def test_no_timeout_means_the_call_timeout_for_a_station_of_another_node() -> None:
    # ``csms.call(..., timeout=None)`` waits the central system's call_timeout, as it does for
    # its own stations, not the cluster's default of 30 s.
    broker = MemoryBroker()
    a = CentralSystem(port=0, call_timeout=0.5, cluster=Cluster(MemoryBus(broker), node_id="A"))
    b = CentralSystem(port=0, call_timeout=0.5, cluster=Cluster(MemoryBus(broker), node_id="B"))
    async with a, b:
        assert a.call_timeout == 0.5
        silent = RawStation(_url(b), "CP-1", answer=lambda action, payload: None)
        await silent.start()
        await within(_until_held(b, "CP-1"))
        with pytest.raises(CallTimeoutError):
            await within(b.call("CP-1", "Reset", {"type": "Soft"}))
        with pytest.raises(CallTimeoutError):
            await within(a.call("CP-1", "Reset", {"type": "Soft"}))
        assert [action for action, _ in silent.calls] == ["Reset", "Reset"]
        await silent.close()
