"""The `Cluster` and its `Edge` on the in-memory bus: calls, failures, takeover, events.

The stations are devices wired to their edge's CSMS devices through `ocpp_engine.testing`
pipes; the cluster's processes are `MemoryBus` instances on one `MemoryBroker`.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Mapping
from typing import Any

import pytest

from ocpp_engine import CallError, Device
from ocpp_engine.cluster import (
    BusClosedError,
    CallOutcomeUnknown,
    Cluster,
    ClusterError,
    Edge,
    MemoryBroker,
    MemoryBus,
    StationEvent,
    StationNotConnected,
)
from ocpp_engine.cluster._wire import (
    CallReply,
    CallRequest,
    WireError,
    decode_event,
    decode_reply,
    decode_request,
)
from ocpp_engine.errors import (
    CallTimeoutError,
    ConnectionClosedError,
    InvalidPayloadError,
    LocalProtocolError,
    UnknownActionError,
)
from ocpp_engine.messages import v16, v201
from ocpp_engine.testing import Pipe, connect
from ocpp_engine.versions import Version


class FakeStation:
    """What the edge sees of a connected station: a CSMS device piped to the station's."""

    def __init__(
        self,
        central: FakeCentral,
        identity: str,
        station: Device,
        version: Version,
        handlers: Mapping[str, Any] | None = None,
    ) -> None:
        self.identity = identity
        self.version = version
        self.device = Device(None, handlers, role="csms", identity=identity)
        self.station = station
        self.pipe: Pipe = connect(self.device, station, version)
        self.central = central
        self.closed: tuple[int, str] | None = None

    async def close(self, code: int = 1000, reason: str = "") -> None:
        if self.closed is None:
            self.closed = (code, reason)
            await self.central.disconnect(self)


class FakeCentral:
    """A central system for the edge: a registry of `FakeStation`, as `CentralSystem` keeps."""

    def __init__(self, cluster: Cluster) -> None:
        self._stations: dict[str, FakeStation] = {}
        self.edge = Edge(cluster, self)

    @property
    def stations(self) -> Mapping[str, FakeStation]:
        return self._stations

    async def connect(
        self,
        identity: str,
        handlers: Mapping[str, Any] | None = None,
        version: Version = Version.V201,
        central_handlers: Mapping[str, Any] | None = None,
    ) -> FakeStation:
        station = Device(None, handlers, role="charging_station")
        old = self._stations.pop(identity, None)
        if old is not None:
            await self.disconnect(old)
        fake = FakeStation(self, identity, station, version, central_handlers)
        self._stations[identity] = fake
        await self.edge.station_connected(fake)
        return fake

    async def disconnect(self, fake: FakeStation) -> None:
        if self._stations.get(fake.identity) is fake:
            del self._stations[fake.identity]
        if fake.pipe.open:
            fake.pipe.close()
        await self.edge.station_disconnected(fake)


def _reset(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
    return {"status": "Accepted"}


def _refuse(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
    raise CallError("NotSupported", "not here", {"why": "test"})


class World:
    """Two edge nodes and an API process on one broker."""

    def __init__(self) -> None:
        self.broker = MemoryBroker()
        self.edges = [
            FakeCentral(Cluster(MemoryBus(self.broker), node_id=name)) for name in ("A", "B")
        ]
        self.api = Cluster(MemoryBus(self.broker), node_id="api")

    async def __aenter__(self) -> World:
        for central in self.edges:
            await central.edge.start()
        await self.api.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.api.close()
        for central in self.edges:
            await central.edge.close()


async def test_calls_reach_stations_on_every_node() -> None:
    async with World() as world:
        a, b = world.edges
        await a.connect("CP-1", {"Reset": _reset})
        await b.connect("CP-2", {"Reset": _reset})
        for identity in ("CP-1", "CP-2"):
            answer = await world.api.call(identity, "Reset", {"type": "Immediate"}, timeout=5)
            assert answer == {"status": "Accepted"}
        # An edge node calls its own station directly, and another node's through the bus.
        assert await a.edge.cluster.call("CP-1", "Reset", {"type": "Immediate"}) == answer
        assert await a.edge.call("CP-2", "Reset", {"type": "OnIdle"}) == answer
        assert await world.api.locate("CP-2") == "B"
        assert await world.api.stations() == {"CP-1": "A", "CP-2": "B"}


async def test_typed_requests_come_back_typed() -> None:
    async with World() as world:
        await world.edges[0].connect("CP-1", {"Reset": _reset})
        answer = await world.api.call("CP-1", v201.ResetRequest(type_=v201.ResetEnum.IMMEDIATE))
        assert answer == v201.ResetResponse(status=v201.ResetStatusEnum.ACCEPTED)
        with pytest.raises(LocalProtocolError, match=r"ocpp1\.6 request"):
            await world.api.call("CP-1", v16.ResetRequest(type_=v16.ResetType.HARD))
        with pytest.raises(LocalProtocolError):
            await world.api.call("CP-1", object())  # type: ignore[call-overload]


async def test_a_callerror_comes_back_with_its_code_description_and_details() -> None:
    async with World() as world:
        await world.edges[1].connect("CP-1", {"Reset": _refuse})
        with pytest.raises(CallError) as caught:
            await world.api.call("CP-1", "Reset", {"type": "Immediate"})
        assert (caught.value.code, caught.value.description) == ("NotSupported", "not here")
        assert caught.value.details == {"why": "test"}


async def test_failures_at_the_edge_keep_their_exception() -> None:
    async with World() as world:
        await world.edges[0].connect("CP-1", {"Reset": _reset})
        with pytest.raises(InvalidPayloadError) as invalid:
            await world.api.call("CP-1", "Reset", {"type": "Sideways"})
        assert invalid.value.code in ("PropertyConstraintViolation", "FormatViolation")
        with pytest.raises(UnknownActionError):
            await world.api.call("CP-1", "NoSuchAction", {})


async def test_a_station_nobody_holds_fails_at_once() -> None:
    async with World() as world:
        with pytest.raises(StationNotConnected):
            await asyncio.wait_for(world.api.call("CP-9", "Reset", {}, timeout=60), 5)
        fake = await world.edges[0].connect("CP-1", {"Reset": _reset})
        await fake.close()
        with pytest.raises(StationNotConnected):
            await asyncio.wait_for(world.api.call("CP-1", "Reset", {}, timeout=60), 5)
        assert await world.api.stations() == {}


async def test_concurrent_calls_queue_at_the_edge_and_all_succeed() -> None:
    busy = 0
    most = 0

    async def slow_reset(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        nonlocal busy, most
        busy += 1
        most = max(most, busy)
        await asyncio.sleep(0)
        busy -= 1
        return {"status": "Accepted"}

    async with World() as world:
        await world.edges[0].connect("CP-1", {"Reset": slow_reset})
        answers = await asyncio.gather(
            *(world.api.call("CP-1", "Reset", {"type": "Immediate"}) for _ in range(10))
        )
        assert answers == [{"status": "Accepted"}] * 10
        assert most == 1  # one call at a time reached the station


async def test_a_dead_edge_ends_the_call_at_its_deadline_and_never_retries() -> None:
    seen: list[dict[str, Any]] = []
    arrived = asyncio.Event()

    async def stuck(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        seen.append(payload)
        arrived.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async with World() as world:
        a, b = world.edges
        await a.connect("CP-1", {"RequestStartTransaction": stuck})
        payload = {"idToken": {"idToken": "T", "type": "Central"}, "remoteStartId": 1}
        loop = asyncio.get_running_loop()
        started = loop.time()
        call = asyncio.ensure_future(
            world.api.call("CP-1", "RequestStartTransaction", payload, timeout=0.3)
        )
        await arrived.wait()
        bus = a.edge.cluster.bus
        assert isinstance(bus, MemoryBus)
        bus.kill()
        with pytest.raises(CallOutcomeUnknown):
            await call
        assert loop.time() - started >= 0.28
        assert len(seen) == 1
        with pytest.raises(StationNotConnected):
            await world.api.call("CP-1", "RequestStartTransaction", payload, timeout=60)
        await b.connect("CP-1", {"Reset": _reset})  # the station reconnects to B
        assert await world.api.call("CP-1", "Reset", {"type": "Immediate"}) == {
            "status": "Accepted"
        }


async def test_a_silent_station_times_out_at_its_edge_before_the_caller_gives_up() -> None:
    async def silent(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async with World() as world:
        a = world.edges[0]
        await a.connect("CP-1", {"Reset": silent})
        # The edge itself, so that no race with the caller's own deadline decides the outcome.
        request = CallRequest("Reset", {"type": "Immediate"}, 0.3, time.time() + 0.3, None, "api")
        reply = decode_reply(await a.edge._on_request("CP-1", request.to_bytes()))
        assert (reply.kind, reply.code) == ("failure", "timeout")
        with pytest.raises(CallTimeoutError) as caught:
            reply.outcome("CP-1", "Reset", 0.3)
        assert caught.value.message_id


async def test_a_station_lost_during_a_call_reports_the_closed_connection() -> None:
    arrived = asyncio.Event()

    async def stuck(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        arrived.set()
        await asyncio.Event().wait()
        raise AssertionError("unreachable")

    async with World() as world:
        fake = await world.edges[0].connect("CP-1", {"Reset": stuck})
        call = asyncio.ensure_future(world.api.call("CP-1", "Reset", {"type": "Immediate"}))
        await arrived.wait()
        await fake.close()
        with pytest.raises(ConnectionClosedError):
            await call


async def test_the_same_identity_on_another_node_closes_the_old_connection() -> None:
    async with World() as world:
        a, b = world.edges
        old = await a.connect("CP-1", {"Reset": _reset})
        await b.connect("CP-1", {"Reset": _reset})
        for _ in range(100):  # on_lost runs as a task of A
            if old.closed is not None:
                break
            await asyncio.sleep(0)
        assert old.closed == (1000, "replaced")
        assert "CP-1" not in a.stations
        assert await world.api.locate("CP-1") == "B"
        assert await world.api.call("CP-1", "Reset", {"type": "Immediate"}) == {
            "status": "Accepted"
        }


async def test_a_replaced_connection_on_the_same_node_keeps_the_claim() -> None:
    async with World() as world:
        a = world.edges[0]
        first = await a.connect("CP-1", {"Reset": _reset})
        second = await a.connect("CP-1", {"Reset": _reset})
        await a.edge.station_disconnected(first)  # late teardown of the first connection
        assert first.closed is None and second.closed is None
        assert await world.api.locate("CP-1") == "A"


async def _next(events: AsyncIterator[StationEvent]) -> StationEvent:
    return await asyncio.wait_for(events.__anext__(), 5)


async def test_events_tell_connections_boots_and_disconnections() -> None:
    async def boot(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        return {"currentTime": "2026-01-01T00:00:00Z", "interval": 300, "status": "Accepted"}

    async with World() as world:
        events = world.api.events()
        a = world.edges[0]
        before = time.time()
        fake = await a.connect("CP-1", central_handlers={"BootNotification": boot})
        await fake.station.call(
            "BootNotification",
            {"chargingStation": {"model": "M", "vendorName": "V"}, "reason": "PowerUp"},
        )
        await fake.close()
        got = [await _next(events) for _ in range(3)]
        assert [(e.kind, e.identity, e.node, e.version) for e in got] == [
            ("connected", "CP-1", "A", "ocpp2.0.1"),
            ("booted", "CP-1", "A", "ocpp2.0.1"),
            ("disconnected", "CP-1", "A", "ocpp2.0.1"),
        ]
        assert all(e.time >= before - 1 for e in got)
        await world.api.bus.publish(b"not an event")
        await world.api.bus.publish(got[0].to_bytes())
        assert await _next(events) == got[0]  # the unreadable one was skipped
    assert [e async for e in events] == []  # ends when the cluster closes


async def test_requests_past_their_deadline_or_unreadable_are_not_served() -> None:
    calls: list[Any] = []

    def reset(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        calls.append(payload)
        return {"status": "Accepted"}

    async with World() as world:
        a = world.edges[0]
        await a.connect("CP-1", {"Reset": reset})
        late = CallRequest("Reset", {"type": "Immediate"}, 5, time.time() - 1, None, "api")
        with pytest.raises(CallOutcomeUnknown):
            await a.edge._on_request("CP-1", late.to_bytes())
        reply = decode_reply(await a.edge._on_request("CP-1", b"\x00garbage"))
        assert (reply.kind, reply.code) == ("failure", "bad_request")
        with pytest.raises(ClusterError, match="cannot read"):
            reply.outcome("CP-1", "Reset", 5)
        assert calls == []


@pytest.mark.parametrize(
    "raw",
    [b"", b"[]", b"{", b'{"a": 1}', b'{"a": "Reset", "p": [], "t": 1, "d": 1}', b'{"k": "x"}'],
)
def test_unreadable_wire_messages_raise_wire_error(raw: bytes) -> None:
    for decode in (decode_request, decode_reply, decode_event):
        with pytest.raises(WireError):
            decode(raw)


def test_the_wire_round_trips() -> None:
    request = CallRequest("Reset", {"type": "Immediate"}, 5.0, 123.5, "ocpp2.0.1", "api")
    assert decode_request(request.to_bytes()) == request
    for reply in (
        CallReply.result({"status": "Accepted"}),
        CallReply.error(CallError("NotSupported", "no", {"a": 1})),
        CallReply.failure("timeout", "late", {"message_id": "m1"}),
    ):
        assert decode_reply(reply.to_bytes()) == reply
    event = StationEvent("booted", "CP-1", "A", "ocpp1.6", 1.5)
    assert decode_event(event.to_bytes()) == event
    with pytest.raises(ClusterError, match="the edge failed"):
        CallReply.failure("internal", "boom").outcome("CP-1", "Reset", 1)


async def test_an_edge_needs_an_unstarted_cluster_of_its_own() -> None:
    cluster = Cluster(MemoryBus(MemoryBroker()))
    FakeCentral(cluster)
    with pytest.raises(LocalProtocolError):
        FakeCentral(cluster)
    started = Cluster(MemoryBus(MemoryBroker()))
    async with started:
        with pytest.raises(BusClosedError):
            FakeCentral(started)
    with pytest.raises(BusClosedError):
        await started.locate("CP-1")


def test_the_engines_are_imported_only_when_used() -> None:
    code = (
        "import sys, ocpp_engine.cluster as c\n"
        "assert 'nats' not in sys.modules and 'redis' not in sys.modules\n"
        "assert c.NatsBus.__name__ == 'NatsBus' and 'nats' in sys.modules\n"
        "assert c.bus_from_url('nats://h:1', 'x').prefix == 'x'\n"
        "try:\n"
        "    c.bus_from_url('amqp://h')\n"
        "except ValueError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('amqp accepted')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (done.returncode, done.stderr) == (0, "")


async def test_a_worker_answers_what_it_can_and_drops_what_came_too_late() -> None:
    from ocpp_engine.cluster import CallOutcomeUnknown, NoWorkers, WorkContext
    from ocpp_engine.cluster._workers import encode_work

    broker = MemoryBroker()
    worker, edge = Cluster(MemoryBus(broker)), Cluster(MemoryBus(broker))

    def fail(payload: dict[str, Any], ctx: WorkContext) -> Any:
        raise RuntimeError("a bug in the handler")

    worker.serve_workers({"Heartbeat": lambda payload, ctx: None, "Authorize": fail})
    with pytest.raises(ValueError):
        Cluster(MemoryBus(broker), work_timeout=0)
    async with edge:
        with pytest.raises(NoWorkers):
            await edge.bus.submit("CP-1", b"{}", 5)
        async with worker:

            async def ask(action: str, deadline: float, raw: bytes | None = None) -> Any:
                ctx = WorkContext("CP-1", action, "m1", "ocpp1.6", "edge", deadline)
                body = encode_work(ctx, {}) if raw is None else raw
                return decode_reply(await edge.bus.submit("CP-1", body, 0.3))

            soon = time.time() + 30
            assert (await ask("Heartbeat", soon)).payload == {}
            assert (await ask("Reset", soon)).code == "NotSupported"
            assert (await ask("Authorize", soon)).code == "InternalError"
            assert (await ask("Heartbeat", soon, b"[]")).code == "InternalError"
            with pytest.raises(CallOutcomeUnknown):  # its edge gave up: never answered late
                await ask("Heartbeat", time.time() - 1)
