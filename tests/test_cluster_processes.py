"""A cluster on a real broker: three edge processes, the test process as the API process.

Every test runs on both engines: a ``nats-server`` and a ``redis-server``. Each edge is
``ocpp-engine serve --cluster URL`` in its own process (on Redis with a presence lease of
`REDIS_TTL` seconds, set in the URL); stations connect
to them as `ChargePoint` clients or as bare WebSocket clients (`RawStation`), and the test
calls them through its own `Cluster`. The measured timings are printed (``pytest -s``), never
asserted, except the one lower bound the contract gives: a call whose node died ends at its
deadline, not before.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import CallError
from ocpp_engine.cluster import (
    CallOutcomeUnknown,
    Cluster,
    NatsBus,
    StationEvent,
    StationNotConnected,
    bus_from_url,
)
from ocpp_engine.messages import v201
from ocpp_engine.transports.websocket import ChargePoint
from tests.cluster_helpers import Edge, NatsServer, RawStation, RedisServer

pytestmark = pytest.mark.slow

#: Seconds a dead Redis edge's stations still look connected (the default is 15).
REDIS_TTL = 2


class World:
    """A broker (*engine*: ``"nats"`` or ``"redis"``) and edges, A, B and C by default."""

    def __init__(self, engine: str, tmp_path: Path, names: str = "ABC") -> None:
        self.engine = engine
        self.broker: NatsServer | RedisServer = NatsServer() if engine == "nats" else RedisServer()
        self.edges = {name: Edge(name, self.edge_url, tmp_path / f"{name}.log") for name in names}

    @property
    def url(self) -> str:
        """The broker's URL for the API process."""
        return self.broker.url

    @property
    def edge_url(self) -> str:
        """The broker's URL for the edges: on Redis, with a short presence lease."""
        if self.engine == "redis":
            return f"{self.broker.url}/0?presence_ttl={REDIS_TTL}"
        return self.broker.url

    def start(self) -> None:
        self.broker.start()
        for edge in self.edges.values():
            edge.start()

    def stop(self) -> None:
        for edge in self.edges.values():
            edge.stop()
        self.broker.stop()


@pytest.fixture(params=["nats", "redis"])
def world(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[World]:
    world = World(request.param, tmp_path)
    try:
        world.start()
        yield world
    finally:
        world.stop()


class Watch:
    """Every `StationEvent` of the cluster, and a way to wait for one."""

    def __init__(self, cluster: Cluster) -> None:
        self.events: list[StationEvent] = []
        self._changed = asyncio.Event()
        self._iterator = cluster.events()
        self._task = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        async for event in self._iterator:
            self.events.append(event)
            self._changed.set()

    async def wait(self, kind: str, identity: str, node: str | None = None, after: int = 0) -> int:
        """Wait (10 s at most) for the event; return the index just past it."""

        async def seen() -> int:
            start = after
            while True:
                for index in range(start, len(self.events)):
                    event = self.events[index]
                    if (event.kind, event.identity) == (kind, identity) and (
                        node is None or event.node == node
                    ):
                        return index + 1
                start = len(self.events)
                self._changed.clear()
                await self._changed.wait()

        return await asyncio.wait_for(seen(), 10)

    async def count(self, kind: str, number: int, seconds: float = 60) -> None:
        """Wait until *number* events of *kind* were seen."""

        async def enough() -> None:
            while sum(e.kind == kind for e in self.events) < number:
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(enough(), seconds)

    def close(self) -> None:
        self._task.cancel()


async def _api(world: World) -> tuple[Cluster, Watch]:
    cluster = Cluster(bus_from_url(world.url), node_id="api")
    await cluster.start()
    return cluster, Watch(cluster)


async def _until(check: Callable[[], Awaitable[bool]], seconds: float = 30) -> float:
    """Wait until *check* holds (asking again every 20 ms); return the seconds it took.

    Another process's state has no event to wait on here; the bound only ends a failing test.
    """
    loop = asyncio.get_running_loop()
    started = loop.time()
    while not await check():
        if loop.time() - started > seconds:
            raise AssertionError(f"not true after {seconds} s")
        await asyncio.sleep(0.02)
    return loop.time() - started


def _report(world: World, text: str) -> None:
    print(f"\n[cluster {world.engine}] {text}", file=sys.stderr)


async def _run_command(*args: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "ocpp_engine",
        *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def _reset(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
    return {"status": "Accepted"}


def _refuse(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
    raise CallError("NotSupported", "no variables here", {"station": "test"})


async def test_calls_from_the_api_process_reach_stations_on_every_edge(world: World) -> None:
    api, watch = await _api(world)
    stations = [
        ChargePoint(
            edge.url,
            f"CP-{name}",
            {"Reset": _reset, "GetVariables": _refuse},
            versions=["ocpp2.0.1"],
        )
        for name, edge in world.edges.items()
    ]
    try:
        for station in stations:
            await station.start()
        for name in world.edges:
            await watch.wait("connected", f"CP-{name}", name)
        assert await api.stations() == {"CP-A": "A", "CP-B": "B", "CP-C": "C"}
        timings = []
        for name in world.edges:
            identity = f"CP-{name}"
            assert await api.locate(identity) == name
            started = time.perf_counter()
            assert await api.call(identity, "Reset", {"type": "Immediate"}) == {
                "status": "Accepted"
            }
            timings.append(time.perf_counter() - started)
            typed = await api.call(identity, v201.ResetRequest(type_=v201.ResetEnum.ON_IDLE))
            assert typed == v201.ResetResponse(status=v201.ResetStatusEnum.ACCEPTED)
            with pytest.raises(CallError) as caught:
                await api.call(
                    identity,
                    "GetVariables",
                    {"getVariableData": [{"component": {"name": "C"}, "variable": {"name": "V"}}]},
                )
            assert caught.value.code == "NotSupported"
            assert caught.value.description == "no variables here"
            assert caught.value.details == {"station": "test"}
        # Concurrent calls to one station queue at its edge; none is refused.
        together = await asyncio.gather(
            *(api.call("CP-A", "Reset", {"type": "Immediate"}) for _ in range(20))
        )
        assert together == [{"status": "Accepted"}] * 20
        for _ in range(200):
            started = time.perf_counter()
            await api.call("CP-C", "Reset", {"type": "Immediate"})
            timings.append(time.perf_counter() - started)
        warm = sorted(timings[3 + 20 :])
        _report(
            world,
            f"routed calls, first of each edge (cold): {[round(t * 1000, 1) for t in timings[:3]]}"
            f" ms; then p50 {warm[len(warm) // 2] * 1000:.2f} ms, "
            f"p99 {warm[int(len(warm) * 0.99)] * 1000:.2f} ms",
        )
        # The command line, from yet another process (run without blocking the stations).
        code, out, err = await _run_command(
            "call", "--cluster", world.url, "CP-B", "Reset", '{"type":"OnIdle"}'
        )
        assert (code, err) == (0, "")
        assert json.loads(out) == {"status": "Accepted"}
        code, out, err = await _run_command("stations", "--cluster", world.url, "--json")
        assert json.loads(out) == {"CP-A": "A", "CP-B": "B", "CP-C": "C"}
        with pytest.raises(StationNotConnected):
            await asyncio.wait_for(api.call("CP-Z", "Reset", {"type": "Immediate"}), 10)
    finally:
        for station in stations:
            await station.close()
        watch.close()
        await api.close()


async def test_a_station_moves_and_the_same_identity_on_two_edges_closes_the_older(
    world: World,
) -> None:
    api, watch = await _api(world)
    edges = world.edges
    try:
        first = RawStation(edges["A"].url, "CP-1")
        await first.start()
        mark = await watch.wait("connected", "CP-1", "A")
        assert await api.call("CP-1", "Reset", {"type": "Soft"}) == {"status": "Accepted"}
        # The same identity connects to B while still connected to A: A's connection closes.
        second = RawStation(edges["B"].url, "CP-1")
        await second.start()
        mark = await watch.wait("connected", "CP-1", "B", mark)
        await asyncio.wait_for(first.closed.wait(), 10)
        assert (first.close_code, first.close_reason) == (1000, "replaced")
        assert await api.locate("CP-1") == "B"
        assert await api.stations() == {"CP-1": "B"}
        assert await api.call("CP-1", "Reset", {"type": "Soft"}) == {"status": "Accepted"}
        assert len(first.calls) == 1 and len(second.calls) == 1
        # It leaves B and comes back on C: B let go, C holds it, nothing stale.
        await second.close()
        mark = await watch.wait("disconnected", "CP-1", "B", mark)
        with pytest.raises(StationNotConnected):
            await asyncio.wait_for(api.call("CP-1", "Reset", {"type": "Soft"}), 10)
        third = RawStation(edges["C"].url, "CP-1")
        await third.start()
        await watch.wait("connected", "CP-1", "C", mark)
        assert await api.stations() == {"CP-1": "C"}
        assert await api.call("CP-1", "Reset", {"type": "Soft"}) == {"status": "Accepted"}
        assert [len(s.calls) for s in (first, second, third)] == [1, 1, 1]
        await third.close()
    finally:
        watch.close()
        await api.close()


def _silent_start(action: str, payload: dict[str, Any]) -> list[Any] | None:
    if action == "RemoteStartTransaction":
        return None  # in flight until its node dies
    return [3, {"status": "Accepted"}]


async def test_kill_9_of_an_edge_with_calls_in_flight(world: World) -> None:
    api, watch = await _api(world)
    edges = world.edges
    victims = [RawStation(edges["A"].url, f"A-{i}", answer=_silent_start) for i in range(3)]
    bystander = RawStation(edges["B"].url, "B-0")
    replacements: list[RawStation] = []
    try:
        for station in [*victims, bystander]:
            await station.start()
        for station in victims:
            await watch.wait("connected", station.identity, "A")
        await watch.wait("connected", "B-0", "B")
        loop = asyncio.get_running_loop()
        timeout = 4.0
        started = loop.time()
        in_flight = [
            asyncio.ensure_future(
                api.call(s.identity, "RemoteStartTransaction", {"idTag": "T1"}, timeout=timeout)
            )
            for s in victims
        ]
        for station in victims:
            await asyncio.wait_for(station.called.wait(), 10)
        if world.engine == "redis":
            await _check_lease(world, "A-0")
        edges["A"].kill()
        killed = loop.time()
        # New calls to A's stations fail with StationNotConnected: on NATS as soon as the server
        # saw the socket close, on Redis once the lease ran out (each station's lease runs out
        # on its own: they were claimed one after another).
        gone = await _until(lambda: _absent(api, *(s.identity for s in victims)))
        with pytest.raises(StationNotConnected):
            await asyncio.wait_for(api.call("A-1", "Reset", {"type": "Soft"}, timeout=60), 10)
        refused = loop.time() - killed
        assert await api.call("B-0", "Reset", {"type": "Soft"}) == {"status": "Accepted"}
        # The stations reconnect to B and C; calls work again and nothing is replayed.
        for i, station in enumerate(victims):
            edge = edges["B" if i % 2 else "C"]
            replacement = RawStation(edge.url, station.identity, answer=_silent_start)
            await replacement.start()
            replacements.append(replacement)
            await watch.wait("connected", station.identity, edge.name)
        for replacement in replacements:
            answer = await api.call(replacement.identity, "Reset", {"type": "Soft"})
            assert answer == {"status": "Accepted"}
        working = loop.time() - killed
        # The calls in flight end at their deadline, as outcome unknown, never earlier.
        outcomes = await asyncio.gather(*in_flight, return_exceptions=True)
        ended = loop.time() - started
        assert all(isinstance(o, CallOutcomeUnknown) for o in outcomes), outcomes
        assert ended >= timeout * 0.95
        assert [len(s.calls) for s in victims] == [1, 1, 1]  # sent once, never retried
        assert all(s.calls == [("Reset", {"type": "Soft"})] for s in replacements)
        assert await api.stations() == {"A-0": "C", "A-1": "B", "A-2": "C", "B-0": "B"}
        _report(
            world,
            f"kill -9: presence gone after {gone * 1000:.0f} ms, new call refused "
            f"{refused * 1000:.0f} ms after the kill, calls in flight ended after "
            f"{ended:.2f} s (timeout {timeout} s), stations working on B/C "
            f"{working:.2f} s after the kill",
        )
    finally:
        for station in [*victims, bystander, *replacements]:
            await station.close()
        watch.close()
        await api.close()


async def _absent(api: Cluster, *identities: str) -> bool:
    return all([await api.locate(identity) is None for identity in identities])


async def _check_lease(world: World, identity: str) -> None:
    """The edge took its lease from its URL: the presence key lives `REDIS_TTL` s at most."""
    import redis.asyncio as aioredis

    client = aioredis.Redis.from_url(world.url)
    try:
        remaining = await client.pttl(f"ocpp:station:{identity}")
    finally:
        await client.aclose()
    assert 0 < remaining <= REDIS_TTL * 1000, remaining


async def test_the_broker_restarted_under_load(world: World) -> None:
    api, watch = await _api(world)
    stations = [
        RawStation(world.edges[name].url, f"{name}-{i}") for name in "ABC" for i in range(10)
    ]
    outcomes: dict[str, int] = {}
    stop = asyncio.Event()

    async def load() -> None:
        index = 0
        while not stop.is_set():
            station = stations[index % len(stations)]
            index += 1
            try:
                await api.call(station.identity, "Reset", {"type": "Soft"}, timeout=1)
                kind = "ok"
            except Exception as exc:
                kind = type(exc).__name__
            outcomes[kind] = outcomes.get(kind, 0) + 1
            await asyncio.sleep(0.005)

    late = RawStation(world.edges["B"].url, "late")
    loader: asyncio.Task[None] | None = None
    try:
        for station in stations:
            await station.start()
        await watch.count("connected", len(stations))
        expected = {s.identity: s.identity[0] for s in stations}
        assert await api.stations() == expected
        loader = asyncio.ensure_future(load())
        await _until(lambda: _ok_calls(outcomes, 20))
        world.broker.stop()
        # While the broker is down, one station leaves and another arrives (a Redis edge
        # claims it once Redis is back).
        gone = stations.pop(0)
        await gone.close()
        del expected[gone.identity]
        await late.start()
        expected["late"] = "B"
        world.broker.start()  # on Redis: empty, nothing was saved
        restarted = time.monotonic()
        recovered = await _until(lambda: _listed(api, expected))
        before = outcomes.get("ok", 0)
        await _until(lambda: _ok_calls(outcomes, before + 50))
        stop.set()
        await loader
        for identity in expected:
            assert await api.call(identity, "Reset", {"type": "Soft"}) == {"status": "Accepted"}
        with pytest.raises(StationNotConnected):
            await api.call(gone.identity, "Reset", {"type": "Soft"})
        assert await api.stations() == expected  # and it stays so: nothing stale
        assert set(outcomes) <= {"ok", "CallOutcomeUnknown", "StationNotConnected"}, outcomes
        _report(
            world,
            f"broker restart: presence and routing back {recovered:.2f} s after the "
            f"restart ({time.monotonic() - restarted:.2f} s to 50 more calls); "
            f"outcomes under load {outcomes}",
        )
    finally:
        stop.set()
        if loader is not None:
            await asyncio.gather(loader, return_exceptions=True)
        for station in [*stations, late]:
            await station.close()
        watch.close()
        await api.close()


async def test_nats_a_call_buffered_while_the_server_is_down_is_never_sent(
    tmp_path: Path,
) -> None:
    """nats-py keeps what is published while disconnected and sends it once reconnected."""
    world = World("nats", tmp_path, names="C")
    world.start()
    api, watch = await _api(world)
    station = RawStation(world.edges["C"].url, "C-1")
    slow = Cluster(NatsBus(world.url, connect_options={"reconnect_time_wait": 2}), node_id="slow")
    try:
        await slow.start()
        await station.start()
        await watch.wait("connected", "C-1", "C")
        world.broker.stop()
        # The call waits in nats-py's buffer past its deadline: it ends as outcome unknown,
        # and the edge must not send it once the buffer flushes (this client reconnects
        # seconds after the edge, so the edge is there by then).
        with pytest.raises(CallOutcomeUnknown):
            await slow.call("C-1", "RemoteStartTransaction", {"idTag": "late"}, timeout=0.3)
        world.broker.start()
        await _until(lambda: _listed(api, {"C-1": "C"}))
        # The slow client's buffer went out before this call, on the same connection.
        assert await slow.call("C-1", "Reset", {"type": "Soft"}, timeout=30) == {
            "status": "Accepted"
        }
        assert station.calls == [("Reset", {"type": "Soft"})]  # never replayed
    finally:
        await station.close()
        watch.close()
        await api.close()
        await slow.close()
        world.stop()


async def _ok_calls(outcomes: dict[str, int], number: int) -> bool:
    return outcomes.get("ok", 0) >= number


async def _listed(api: Cluster, expected: dict[str, str]) -> bool:
    try:
        return await api.stations() == expected
    except Exception:  # the broker is not back yet
        return False


async def _connect_all(stations: list[RawStation], parallel: int = 50) -> None:
    gate = asyncio.Semaphore(parallel)

    async def one(station: RawStation) -> None:
        async with gate:
            await station.start()

    await asyncio.gather(*(one(s) for s in stations))


async def test_a_thousand_stations_on_three_edges_and_a_fan_out(world: World) -> None:
    api, watch = await _api(world)
    stations = [RawStation(world.edges["ABC"[i % 3]].url, f"S{i:04d}") for i in range(1000)]
    try:
        loop = asyncio.get_running_loop()
        started = loop.time()
        await _connect_all(stations)
        await watch.count("connected", 1000)
        connected = loop.time() - started
        listed = await api.stations()
        assert len(listed) == 1000
        assert {node: sum(n == node for n in listed.values()) for node in "ABC"} == {
            "A": 334,
            "B": 333,
            "C": 333,
        }
        started = loop.time()
        answers = await asyncio.gather(
            *(api.call(s.identity, "Reset", {"type": "Soft"}, timeout=30) for s in stations)
        )
        fan_out = loop.time() - started
        assert answers == [{"status": "Accepted"}] * 1000
        assert all(s.calls == [("Reset", {"type": "Soft"})] for s in stations)
        _report(
            world,
            f"1,000 stations: connected and held in {connected:.2f} s; fan-out Reset to all "
            f"in {fan_out:.2f} s ({1000 / fan_out:.0f} calls/s)",
        )
    finally:
        await asyncio.gather(*(s.close() for s in stations), return_exceptions=True)
        watch.close()
        await api.close()


def test_a_redis_url_carries_the_presence_lease() -> None:
    bus: Any = bus_from_url("redis://h:1/2?presence_ttl=2.5&refresh_interval=0.5&x=y", "p")
    assert (bus.url, bus.prefix) == ("redis://h:1/2?x=y", "p")  # the rest goes to redis-py
    assert (bus.presence_ttl, bus.refresh_interval) == (2.5, 0.5)
    bus = bus_from_url("redis://h:1/0?presence_ttl=3")
    assert (bus.url, bus.presence_ttl, bus.refresh_interval) == ("redis://h:1/0", 3.0, 1.0)
    assert bus_from_url("redis://h:1").presence_ttl == 15.0  # type: ignore[attr-defined]
    for bad in ("presence_ttl=soon", "presence_ttl=0", "refresh_interval=-1"):
        with pytest.raises(ValueError, match="in the cluster URL"):
            bus_from_url(f"redis://h:1/0?{bad}")
    with pytest.raises(ValueError, match="shorter than presence_ttl"):
        bus_from_url("redis://h:1/0?presence_ttl=1&refresh_interval=1")
