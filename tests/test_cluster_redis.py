"""The Redis bus against a real redis-server: presence, routing, takeover, death, restarts.

Each test uses buses of its own prefix on the module's server (the restart test has a server of
its own). TTLs are short (one second) so that expiry is seen within a test; every wait is on a
condition, polled with a bound, and no assertion is on a duration except "not before the
deadline".
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from redis.exceptions import RedisError

from ocpp_engine.cluster import BusClosedError, CallOutcomeUnknown, StationNotConnected
from ocpp_engine.cluster._redis import RedisBus
from tests.redis_helpers import RedisServer

pytestmark = pytest.mark.transport

ROOT = Path(__file__).resolve().parent.parent
_prefixes = itertools.count()


@pytest.fixture(scope="module")
def redis_server() -> Iterator[RedisServer]:
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture
def prefix() -> str:
    return f"t{next(_prefixes)}-{time.monotonic_ns()}"


async def eventually(predicate: Callable[[], Awaitable[bool]], timeout: float = 10.0) -> None:
    """Return once *predicate()* holds, polling it; fail after *timeout* seconds (a bound)."""
    deadline = time.monotonic() + timeout
    while not await predicate():
        assert time.monotonic() < deadline, "the condition did not hold in time"
        await asyncio.sleep(0.02)


class Node:
    """An edge node's side of the bus: it records what it was asked and what it lost."""

    def __init__(self, name: str, answer: Callable[[str, bytes], Awaitable[bytes]] | None = None):
        self.name = name
        self.requests: list[tuple[str, bytes]] = []
        self.lost: list[str] = []
        self.answer = answer

    async def on_request(self, identity: str, body: bytes) -> bytes:
        self.requests.append((identity, body))
        if self.answer is not None:
            return await self.answer(identity, body)
        return f"{self.name}:{identity}:".encode() + body

    async def on_lost(self, identity: str) -> None:
        self.lost.append(identity)


@contextlib.asynccontextmanager
async def buses(
    url: str, prefix: str, *nodes: Node | None, **options: Any
) -> AsyncIterator[list[RedisBus]]:
    """One started bus per entry: an edge node for a `Node`, a caller for ``None``."""
    options.setdefault("presence_ttl", 1.0)
    started: list[RedisBus] = []
    try:
        for node in nodes:
            bus = RedisBus(url, prefix, **options)
            if node is not None:
                bus.serve(node.name, node.on_request, node.on_lost)
            await bus.start()
            started.append(bus)
        yield started
    finally:
        for bus in started:
            await bus.close()


async def test_hold_locate_stations_and_let_go(redis_server: RedisServer, prefix: str) -> None:
    a, b = Node("A"), Node("B")
    async with buses(redis_server.url, prefix, a, b, None) as (bus_a, bus_b, caller):
        assert await caller.locate("CP1") is None
        assert await caller.stations() == {}
        await bus_a.hold("CP1")
        await bus_a.hold("CP2")
        await bus_b.hold("CP3")
        assert await caller.locate("CP1") == "A"
        assert await caller.locate("CP3") == "B"
        assert await caller.stations() == {"CP1": "A", "CP2": "A", "CP3": "B"}
        await bus_a.let_go("CP1")
        await bus_a.let_go("CP1")  # twice, and one never held: nothing happens
        await bus_a.let_go("nobody")
        assert await caller.locate("CP1") is None
        assert await caller.stations() == {"CP2": "A", "CP3": "B"}
        assert a.lost == b.lost == []


async def test_stations_scans_many_keys_and_only_its_prefix(
    redis_server: RedisServer, prefix: str
) -> None:
    a = Node("A")
    async with (
        buses(redis_server.url, prefix, a) as [bus_a],
        buses(redis_server.url, prefix + "*other", Node("X")) as [other],
    ):
        for n in range(2500):
            await bus_a.hold(f"CP{n}")
        await other.hold("CP-elsewhere")
        stations = await bus_a.stations()
        assert stations == {f"CP{n}": "A" for n in range(2500)}
        # a prefix with a glob character matches only itself
        assert await other.stations() == {"CP-elsewhere": "X"}


async def test_requests_reach_the_holder_and_its_reply_comes_back(
    redis_server: RedisServer, prefix: str
) -> None:
    a, b = Node("A"), Node("B")
    async with buses(redis_server.url, prefix, a, b, None) as (bus_a, bus_b, caller):
        await bus_a.hold("CP1")
        await bus_b.hold("CP2")
        assert await caller.request("CP1", b"one", 5) == b"A:CP1:one"
        assert await caller.request("CP2", b"two", 5) == b"B:CP2:two"
        assert await bus_a.request("CP2", b"from A", 5) == b"B:CP2:from A"  # a node calls too
        assert a.requests == [("CP1", b"one")]
        assert b.requests == [("CP2", b"two"), ("CP2", b"from A")]
        # many at once, to both nodes, each reply to its own request
        bodies = [f"{n}".encode() for n in range(200)]
        replies = await asyncio.gather(
            *(caller.request("CP1" if n % 2 else "CP2", body, 10) for n, body in enumerate(bodies))
        )
        assert replies == [
            (b"A:CP1:" if n % 2 else b"B:CP2:") + body for n, body in enumerate(bodies)
        ]


async def test_many_stations_called_at_once_each_get_their_reply(
    redis_server: RedisServer, prefix: str
) -> None:
    """More requests in flight than the connection pool has connections: they wait, none fails."""
    arrived = 0
    everyone = asyncio.Event()

    async def answer(identity: str, body: bytes) -> bytes:
        nonlocal arrived
        arrived += 1
        if arrived == 150:
            everyone.set()
        await everyone.wait()
        return body

    a = Node("A", answer)
    async with buses(redis_server.url, prefix, a, None) as (bus_a, caller):
        for n in range(150):
            await bus_a.hold(f"CP{n}")
        replies = await asyncio.gather(
            *(caller.request(f"CP{n}", b"%d" % n, 20) for n in range(150))
        )
        assert replies == [b"%d" % n for n in range(150)]


async def test_a_request_queued_behind_a_stuck_send_ends_at_its_own_deadline(
    redis_server: RedisServer, prefix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Waiting for its turn to send (the order per station) counts against its timeout."""
    a = Node("A")
    async with buses(redis_server.url, prefix, a, None) as (bus_a, caller):
        await bus_a.hold("CP1")
        stuck = asyncio.Event()
        real_eval = caller._eval

        async def eval_(name: str, *args: Any) -> Any:
            if name == "send" and not stuck.is_set():
                stuck.set()
                await asyncio.Event().wait()  # Redis stopped answering this connection
            return await real_eval(name, *args)

        monkeypatch.setattr(caller, "_eval", eval_)
        first = asyncio.ensure_future(caller.request("CP1", b"first", 60))
        await asyncio.wait_for(stuck.wait(), 10)
        with pytest.raises(CallOutcomeUnknown):
            await asyncio.wait_for(caller.request("CP1", b"second", 0.2), 10)
        first.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await first
        assert await caller.request("CP1", b"third", 5) == b"A:CP1:third"


async def test_a_station_nobody_holds_fails_at_once_and_nothing_is_sent(
    redis_server: RedisServer, prefix: str
) -> None:
    a = Node("A")
    async with buses(redis_server.url, prefix, a, None) as (bus_a, caller):
        with pytest.raises(StationNotConnected) as raised:
            # at once: long before the call's own timeout (the bound is the test's, not a timing)
            await asyncio.wait_for(caller.request("CP9", b"x", 60), 10)
        assert raised.value.identity == "CP9"
        await bus_a.hold("CP9")
        await bus_a.let_go("CP9")
        with pytest.raises(StationNotConnected):
            await asyncio.wait_for(caller.request("CP9", b"x", 60), 10)
        assert a.requests == []


async def test_requests_of_one_caller_for_one_station_arrive_one_at_a_time_in_order(
    redis_server: RedisServer, prefix: str
) -> None:
    running = 0
    most = 0

    async def answer(identity: str, body: bytes) -> bytes:
        nonlocal running, most
        running += 1
        most = max(most, running)
        for _ in range(3):
            await asyncio.sleep(0)
        running -= 1
        return body

    a = Node("A", answer)
    async with buses(redis_server.url, prefix, a, None, None) as (bus_a, first, second):
        await bus_a.hold("CP1")
        await bus_a.hold("CP2")
        sent = [f"{n}".encode() for n in range(100)]
        await asyncio.gather(
            *(first.request("CP1", body, 10) for body in sent),
            *(second.request("CP1", body, 10) for body in sent),
            *(first.request("CP2", body, 10) for body in sent),
        )
        # per (caller, station), in the order sent; the three pairs are independent
        cp2 = [body for identity, body in a.requests if identity == "CP2"]
        assert cp2 == sent
        cp1 = [body for identity, body in a.requests if identity == "CP1"]
        assert sorted(cp1) == sorted(sent * 2)
        assert most <= 3


async def test_one_pair_is_served_one_at_a_time(redis_server: RedisServer, prefix: str) -> None:
    running: dict[str, int] = {"CP1": 0}
    most = 0

    async def answer(identity: str, body: bytes) -> bytes:
        nonlocal most
        running[identity] += 1
        most = max(most, running[identity])
        await asyncio.sleep(0.001)
        running[identity] -= 1
        return body

    a = Node("A", answer)
    async with buses(redis_server.url, prefix, a, None) as (bus_a, caller):
        await bus_a.hold("CP1")
        sent = [f"{n}".encode() for n in range(50)]
        assert await asyncio.gather(*(caller.request("CP1", b, 10) for b in sent)) == sent
        assert [body for _, body in a.requests] == sent
        assert most == 1


async def test_a_takeover_tells_the_old_node_at_once_and_its_let_go_is_fenced(
    redis_server: RedisServer, prefix: str
) -> None:
    a, b = Node("A"), Node("B")
    # a refresh every 20 s: the old node can only learn of the takeover from the notice
    async with buses(redis_server.url, prefix, a, b, None, presence_ttl=60.0) as (
        bus_a,
        bus_b,
        caller,
    ):
        await bus_a.hold("CP1")
        await bus_b.hold("CP1")
        await eventually(lambda: _true(a.lost == ["CP1"]), timeout=5)
        assert await caller.locate("CP1") == "B"
        await bus_a.let_go("CP1")  # late, from the old connection's close
        assert await caller.locate("CP1") == "B"
        assert await caller.request("CP1", b"x", 5) == b"B:CP1:x"
        assert b.lost == []
        # and back: B is told, A holds it again
        await bus_a.hold("CP1")
        await eventually(lambda: _true(b.lost == ["CP1"]), timeout=5)
        assert await caller.request("CP1", b"y", 5) == b"A:CP1:y"
        assert a.lost == ["CP1"]


async def _true(value: bool) -> bool:
    return value


async def test_a_refresh_that_finds_another_claim_is_a_takeover(
    redis_server: RedisServer, prefix: str
) -> None:
    """The notice may be lost (the old node was away): the refresh finds out anyway."""
    a = Node("A")
    async with buses(redis_server.url, prefix, a, None) as (bus_a, caller):
        await bus_a.hold("CP1")
        redis = caller._redis
        await redis.set(f"{prefix}:station:CP1", b"999999 B", px=60_000)  # no notice sent
        await eventually(lambda: _true(a.lost == ["CP1"]), timeout=5)
        await bus_a.let_go("CP1")
        assert await caller.locate("CP1") == "B"


async def test_presence_is_refreshed_while_held(redis_server: RedisServer, prefix: str) -> None:
    """Held for three TTLs, the station never looks disconnected (ocpp-ws-io's first defect)."""
    a = Node("A")
    async with buses(redis_server.url, prefix, a, None) as (bus_a, caller):
        await bus_a.hold("CP1")
        key = f"{prefix}:station:CP1"
        end = time.monotonic() + 3 * bus_a.presence_ttl
        refreshed = 0
        last_ttl = await caller._redis.pttl(key)
        while time.monotonic() < end:
            assert await caller.locate("CP1") == "A"
            ttl = await caller._redis.pttl(key)
            refreshed += ttl > last_ttl
            last_ttl = ttl
            await asyncio.sleep(0.05)
        assert refreshed >= 3
        assert a.lost == []


async def test_a_dead_node_expires_and_its_calls_in_flight_end_unknown_at_the_deadline(
    redis_server: RedisServer, prefix: str
) -> None:
    handling = asyncio.Event()

    async def answer(identity: str, body: bytes) -> bytes:
        handling.set()
        await asyncio.Event().wait()
        return b""

    a = Node("A", answer)
    async with buses(redis_server.url, prefix, a, None) as (bus_a, caller):
        await bus_a.hold("CP1")
        started = time.monotonic()
        call = asyncio.ensure_future(caller.request("CP1", b"RemoteStart", 2.0))
        second = asyncio.ensure_future(caller.request("CP1", b"queued behind", 2.0))
        await asyncio.wait_for(handling.wait(), 10)
        await bus_a._crash()  # the process dies: no release, no refresh, no reply
        with pytest.raises(CallOutcomeUnknown):
            await call
        with pytest.raises(CallOutcomeUnknown):
            await second
        assert time.monotonic() - started >= 2.0 - 0.05  # not before its deadline
        assert a.requests == [("CP1", b"RemoteStart")]  # handled once, never retried

        await eventually(_none(caller, "CP1"), timeout=10)
        with pytest.raises(StationNotConnected):
            await caller.request("CP1", b"later", 5)
        assert a.requests == [("CP1", b"RemoteStart")]
        assert await caller.stations() == {}


def _none(bus: RedisBus, identity: str) -> Callable[[], Awaitable[bool]]:
    async def check() -> bool:
        return await bus.locate(identity) is None

    return check


async def test_a_node_that_let_go_but_whose_key_remains_answers_not_connected(
    redis_server: RedisServer, prefix: str
) -> None:
    """Its release failed (Redis was away): until the key expires, requests fail at once."""
    a = Node("A")
    async with buses(redis_server.url, prefix, a, None, presence_ttl=30.0) as (bus_a, caller):
        await bus_a.hold("CP1")
        del bus_a._held["CP1"]  # let go here; the key is still in Redis
        with pytest.raises(StationNotConnected):
            await asyncio.wait_for(caller.request("CP1", b"x", 60), 10)
        assert a.requests == []


async def test_a_failing_handler_ends_the_call_as_unknown_at_once(
    redis_server: RedisServer, prefix: str
) -> None:
    async def answer(identity: str, body: bytes) -> bytes:
        raise RuntimeError("the edge broke")

    a = Node("A", answer)
    async with buses(redis_server.url, prefix, a, None) as (bus_a, caller):
        await bus_a.hold("CP1")
        with pytest.raises(CallOutcomeUnknown):
            await asyncio.wait_for(caller.request("CP1", b"x", 60), 10)
        assert len(a.requests) == 1


async def test_a_restarted_node_never_replays_requests_sent_before_it_started(
    redis_server: RedisServer, prefix: str
) -> None:
    first = Node("A")
    async with buses(redis_server.url, prefix, first, None, presence_ttl=30.0) as (old, caller):
        await old.hold("CP1")
        await old._crash()  # presence stays for 30 s; requests queue on A's stream meanwhile
        for n in range(3):
            with pytest.raises(CallOutcomeUnknown):
                await caller.request("CP1", f"old {n}".encode(), 0.2)
        long_lived = asyncio.ensure_future(caller.request("CP1", b"old, long deadline", 30))
        await eventually(lambda: _stream_length(caller, prefix, "A", 4))
        second = Node("A")
        async with buses(redis_server.url, prefix, second, presence_ttl=30.0) as [new]:
            await new.hold("CP1")
            assert await caller.request("CP1", b"new", 5) == b"A:CP1:new"
            assert second.requests == [("CP1", b"new")]
            assert first.requests == []
        long_lived.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await long_lived


async def _stream_length(bus: RedisBus, prefix: str, node: str, n: int) -> bool:
    return int(await bus._redis.xlen(f"{prefix}:node:{node}:inbox")) >= n


async def test_streams_are_trimmed_and_expire(redis_server: RedisServer, prefix: str) -> None:
    """Read entries are not deleted one by one: MAXLEN bounds them, a TTL ends a dead node's."""
    a = Node("A")
    async with buses(redis_server.url, prefix, a, None, stream_maxlen=50, stream_ttl=60.0) as (
        bus_a,
        caller,
    ):
        await bus_a.hold("CP1")
        for n in range(600):
            await caller.request("CP1", b"%d" % n, 5)
        redis = caller._redis
        inbox, replies = f"{prefix}:node:A:inbox", f"{prefix}:caller:{caller._caller}:replies"
        for key in (inbox, replies):
            assert 50 <= await redis.xlen(key) < 300  # "~": whole macro nodes of 100 entries
            assert 0 < await redis.pttl(key) <= 60_000


async def test_an_entry_past_its_deadline_is_dropped_not_served(
    redis_server: RedisServer, prefix: str
) -> None:
    """A node that reads late (a stall, a reconnect) drops what its caller gave up on."""
    a = Node("A")
    async with buses(redis_server.url, prefix, a, None) as (bus_a, caller):
        await bus_a.hold("CP1")
        meta = "\0".join(["req", "1", "1000", f"{prefix}:caller:x:replies", "CP1"])
        # added at Redis time 1 ms after the epoch, with a deadline of one second
        await caller._redis.xadd(f"{prefix}:node:A:inbox", {"m": meta, "b": "stale"}, id="1-0")
        assert await caller.request("CP1", b"fresh", 5) == b"A:CP1:fresh"
        assert a.requests == [("CP1", b"fresh")]
        assert bus_a.expired_dropped == 1


async def test_redis_restarted_while_stations_are_held_rebuilds_presence_without_stale_entries(
    prefix: str,
) -> None:
    server = RedisServer().start()
    try:
        a, b = Node("A"), Node("B")
        async with buses(server.url, prefix, a, b, None) as (bus_a, bus_b, caller):
            for identity in ("CP1", "CP2"):
                await bus_a.hold(identity)
            await bus_b.hold("CP3")
            assert await caller.stations() == {"CP1": "A", "CP2": "A", "CP3": "B"}
            tokens = [int(v.split()[0]) for v in (bus_a._held | bus_b._held).values()]
            server.kill()  # every key is gone: no persistence
            await bus_a.let_go("CP2")  # while Redis is down: must not come back
            server.start()

            async def rebuilt() -> bool:
                with contextlib.suppress(Exception):
                    return await caller.stations() == {"CP1": "A", "CP3": "B"}
                return False

            await eventually(rebuilt, timeout=10)

            async def routed() -> bool:
                with contextlib.suppress(CallOutcomeUnknown):
                    return await caller.request("CP3", b"again", 2) == b"B:CP3:again"
                return False

            await eventually(routed, timeout=10)
            assert await caller.request("CP1", b"again", 2) == b"A:CP1:again"
            with pytest.raises(StationNotConnected):
                await caller.request("CP2", b"gone", 2)
            assert bus_a.rebuilt >= 1 and bus_b.rebuilt >= 1
            # the fence counter did not restart from zero: a new claim outranks every old one
            await bus_b.hold("CP4")
            assert int(bus_b._held["CP4"].split()[0]) > max(tokens)
            assert a.lost == b.lost == []
            # and it stays so, refreshed, past the TTL
            await asyncio.sleep(bus_a.presence_ttl * 1.5)
            assert await caller.stations() == {"CP1": "A", "CP3": "B", "CP4": "B"}
            # events flow again too
            events = caller.events()
            await eventually(lambda: _publish_reaches(bus_a, events), timeout=10)
    finally:
        server.stop()


async def test_a_station_held_while_redis_is_down_is_claimed_once_it_is_back(
    prefix: str,
) -> None:
    server = RedisServer().start()
    try:
        a = Node("A")
        async with buses(server.url, prefix, a, None) as (bus_a, caller):
            server.kill()
            with pytest.raises((RedisError, OSError)):
                await bus_a.hold("CP1")  # the station connected during the outage
            with pytest.raises((RedisError, OSError)):
                await bus_a.hold("CP2")
            await bus_a.let_go("CP2")  # and this one left before Redis came back
            server.start()

            async def claimed() -> bool:
                with contextlib.suppress(Exception):
                    return await caller.stations() == {"CP1": "A"}
                return False

            await eventually(claimed, timeout=10)

            async def routed() -> bool:
                with contextlib.suppress(CallOutcomeUnknown):
                    return await caller.request("CP1", b"hi", 2) == b"A:CP1:hi"
                return False

            await eventually(routed, timeout=10)
            with pytest.raises(StationNotConnected):
                await caller.request("CP2", b"gone", 2)
    finally:
        server.stop()


async def _publish_reaches(bus: RedisBus, events: AsyncIterator[bytes]) -> bool:
    await bus.publish(b"ping")
    try:
        return await asyncio.wait_for(events.__anext__(), 0.2) == b"ping"
    except asyncio.TimeoutError:
        return False


async def test_events_reach_every_reader_in_order_and_are_never_replayed(
    redis_server: RedisServer, prefix: str
) -> None:
    async with buses(redis_server.url, prefix, Node("A"), Node("B"), None) as all_buses:
        early = [bus.events() for bus in all_buses]
        await all_buses[0].publish(b"before the readers")
        for reader in early:  # delivered to every bus before the readers below begin
            assert await asyncio.wait_for(reader.__anext__(), 5) == b"before the readers"
        readers = [bus.events() for bus in all_buses]
        sent = [f"e{n}".encode() for n in range(20)]
        for event in sent:
            await all_buses[0].publish(event)
        for reader in readers:
            got = [await asyncio.wait_for(reader.__anext__(), 5) for _ in sent]
            assert got == sent
        late = all_buses[2].events()
        await all_buses[1].publish(b"after")
        assert await asyncio.wait_for(late.__anext__(), 5) == b"after"
    # the iterators end when their bus closes
    assert [event async for event in readers[0]] == [b"after"]


async def test_close_releases_every_station_fails_waiting_calls_and_is_idempotent(
    redis_server: RedisServer, prefix: str
) -> None:
    gate = asyncio.Event()

    async def answer(identity: str, body: bytes) -> bytes:
        await gate.wait()
        return body

    a = Node("A", answer)
    async with buses(redis_server.url, prefix, a, None, None) as (bus_a, closing, caller):
        await bus_a.hold("CP1")
        await bus_a.hold("CP2")
        waiting = asyncio.ensure_future(closing.request("CP1", b"x", 30))
        await eventually(lambda: _true(len(a.requests) == 1))
        await closing.close()
        with pytest.raises(BusClosedError):
            await waiting
        await bus_a.close()
        await bus_a.close()
        assert await caller.stations() == {}
        with pytest.raises(BusClosedError):
            await bus_a.hold("CP1")
        with pytest.raises(BusClosedError):
            await bus_a.request("CP1", b"x", 1)
        gate.set()


async def test_a_node_closing_sends_the_answers_it_already_made(
    redis_server: RedisServer, prefix: str
) -> None:
    answered = asyncio.Event()

    async def answer(identity: str, body: bytes) -> bytes:
        answered.set()
        return b"done"

    a = Node("A", answer)
    async with buses(redis_server.url, prefix, a, None, block=5.0, socket_timeout=10.0) as (
        bus_a,
        caller,
    ):
        await bus_a.hold("CP1")
        call = asyncio.ensure_future(caller.request("CP1", b"x", 10))
        await answered.wait()
        # before its reply went out, and while its reader issues its next XREAD: a cancel that
        # redis-py swallows there must not hold close() for the XREAD's whole block
        await asyncio.wait_for(bus_a.close(), bus_a.block / 2)
        assert await asyncio.wait_for(call, 10) == b"done"


async def test_misuse_is_refused(redis_server: RedisServer, prefix: str) -> None:
    bus = RedisBus(redis_server.url, prefix)
    with pytest.raises(BusClosedError):
        await bus.locate("CP1")
    await bus.start()
    try:
        with pytest.raises(BusClosedError):
            bus.serve("A", Node("A").on_request, Node("A").on_lost)
        with pytest.raises(BusClosedError):
            await bus.hold("CP1")  # a caller, not a node
    finally:
        await bus.close()
    with socket.socket() as s:  # bound, never listening: refused at once
        s.bind(("127.0.0.1", 0))
        nowhere = RedisBus(f"redis://127.0.0.1:{s.getsockname()[1]}/0", prefix)
        with pytest.raises(OSError):
            await nowhere.start()
        await nowhere.close()
    with pytest.raises(ValueError):
        RedisBus(presence_ttl=1.0, refresh_interval=1.0)
    with pytest.raises(ValueError):
        RedisBus().serve("two words", Node("A").on_request, Node("A").on_lost)


def test_a_node_killed_with_sigkill_ends_its_call_in_flight_at_the_deadline_then_expires(
    redis_server: RedisServer, prefix: str
) -> None:
    """A real node process, killed with SIGKILL while it handles a call."""
    ttl, timeout = 1.0, 3.0
    node = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.redis_helpers",
            redis_server.url,
            prefix,
            "A",
            "CP1",
            str(ttl),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert node.stdout is not None
        assert node.stdout.readline().strip() == "ready"
        timings = asyncio.run(_call_and_kill(redis_server.url, prefix, node, timeout))
    finally:
        node.kill()
        node.wait()
        if node.stdout is not None:
            node.stdout.close()
    # printed for the record (pytest -s); the assertions are on order, not speed
    print(
        f"kill -9: outcome unknown after {timings['unknown']:.3f} s, presence gone after "
        f"{timings['expired']:.3f} s (timeout {timeout} s, TTL {ttl} s)"
    )
    assert timings["unknown"] >= timeout - 0.05 - timings["sent_to_kill"]
    assert timings["expired"] <= ttl + 0.5 + 5  # within the TTL, with a generous bound


async def _call_and_kill(
    url: str, prefix: str, node: subprocess.Popen[str], timeout: float
) -> dict[str, float]:
    async with buses(url, prefix, None) as [caller]:
        assert await caller.locate("CP1") == "A"
        sent = time.monotonic()
        call = asyncio.ensure_future(caller.request("CP1", b"RemoteStart", timeout))
        assert node.stdout is not None
        line = await asyncio.get_running_loop().run_in_executor(None, node.stdout.readline)
        assert line.strip() == "got RemoteStart"
        node.kill()  # SIGKILL
        killed = time.monotonic()

        async def expiry() -> float:
            await eventually(_none(caller, "CP1"), timeout=10)
            return time.monotonic() - killed

        watch = asyncio.ensure_future(expiry())
        with pytest.raises(CallOutcomeUnknown):
            await call
        unknown = time.monotonic() - killed
        expired = await watch
        assert expired < unknown  # the presence went before the call's deadline
        with pytest.raises(StationNotConnected):
            await caller.request("CP1", b"after", 5)
        return {"unknown": unknown, "expired": expired, "sent_to_kill": killed - sent}


async def test_a_dead_workers_consumer_is_removed_by_a_live_worker(
    redis_server: RedisServer, prefix: str
) -> None:
    # A worker killed with a request in hand leaves its consumer in the group, with the entry
    # pending; a live worker deletes both once the dead one's lease has run out and it has
    # been idle a while, so that the group does not grow with every restart of a worker.
    options: dict[str, Any] = {"presence_ttl": 0.3, "block": 0.1}
    taken = asyncio.Event()

    async def stuck(key: str, body: bytes) -> bytes:
        taken.set()
        await asyncio.Event().wait()
        return b""

    async def answer(key: str, body: bytes) -> bytes:
        return b"done:" + body

    async def consumers(bus: RedisBus) -> dict[str, int]:
        info = await bus._redis.xinfo_consumers(bus._keys.work, "workers")
        return {_text(entry["name"]): int(entry["pending"]) for entry in info}

    dead = RedisBus(redis_server.url, prefix, **options)
    dead.work(stuck)
    await dead.start()
    async with buses(redis_server.url, prefix, None, **options) as [caller]:
        call = asyncio.ensure_future(caller.submit("CP-1", b"first", 0.5))
        await asyncio.wait_for(taken.wait(), 10)
        await dead._crash()
        with pytest.raises(CallOutcomeUnknown):
            await call
        assert await consumers(caller) == {dead._caller: 1}
        live = RedisBus(redis_server.url, prefix, **options)
        live.work(answer)
        await live.start()
        try:

            async def the_dead_one_is_gone() -> bool:
                return dead._caller not in await consumers(caller)

            await eventually(the_dead_one_is_gone)
            assert live.dead_workers_removed == 1
            assert await caller.submit("CP-1", b"second", 5) == b"done:second"
            assert await consumers(caller) == {live._caller: 0}
        finally:
            await live.close()
        assert await consumers(caller) == {}  # a worker that closes removes its own


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value
