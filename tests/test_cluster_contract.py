"""The bus contract, run on every engine: presence, routing, takeover, death and events.

`BUSES` names, for each engine, the fixture that makes its buses (starting a real broker when
the engine needs one). Another engine joins with one entry and its fixture.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from ocpp_engine.cluster import (
    Bus,
    BusClosedError,
    CallOutcomeUnknown,
    MemoryBroker,
    MemoryBus,
    NatsBus,
    NoWorkers,
    StationNotConnected,
)
from tests.cluster_helpers import NatsServer, RedisServer, free_port, nats_server, redis_server

pytestmark = pytest.mark.transport


class Engine:
    """Makes the buses of one engine: ``new()`` a bus, ``await kill(bus)`` a dead node."""

    def __init__(self, new: Callable[[], Bus], kill: Callable[[Bus], Awaitable[None]]) -> None:
        self.new = new
        self.kill = kill


#: engine name -> the fixture that returns its `Engine`.
BUSES: dict[str, str] = {
    "memory": "memory_engine",
    "nats": "nats_engine",
    "redis": "redis_engine",
}


@pytest.fixture
def memory_engine() -> Engine:
    broker = MemoryBroker()

    async def kill(bus: Bus) -> None:
        assert isinstance(bus, MemoryBus)
        bus.kill()

    return Engine(lambda: MemoryBus(broker), kill)


@pytest.fixture(scope="module")
def nats_broker() -> Iterator[NatsServer]:
    with nats_server() as server:
        yield server


_PREFIXES = itertools.count()


@pytest.fixture
def nats_engine(nats_broker: NatsServer) -> Engine:
    prefix = f"t{next(_PREFIXES)}"  # each test its own namespace on the shared server

    async def kill(bus: Bus) -> None:
        assert isinstance(bus, NatsBus)
        await bus._die()

    return Engine(lambda: NatsBus(nats_broker.url, prefix=prefix), kill)


@pytest.fixture(scope="module")
def redis_broker() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


@pytest.fixture
def redis_engine(redis_broker: RedisServer) -> Engine:
    from ocpp_engine.cluster import RedisBus

    prefix = f"t{next(_PREFIXES)}"

    async def kill(bus: Bus) -> None:
        assert isinstance(bus, RedisBus)
        await bus._crash()  # a death without goodbye: no release, no reply

    return Engine(lambda: RedisBus(redis_broker.url, prefix=prefix, presence_ttl=1.0), kill)


@pytest.fixture(params=list(BUSES))
def engine(request: pytest.FixtureRequest) -> Engine:
    value: Engine = request.getfixturevalue(BUSES[request.param])
    return value


class Node:
    """An edge node for the tests: records what it was asked and what it lost."""

    def __init__(self, engine: Engine, name: str) -> None:
        self.name = name
        self.bus = engine.new()
        self.requests: list[tuple[str, bytes]] = []
        self.lost: list[str] = []
        self.lost_event = asyncio.Event()
        self.entered = asyncio.Event()
        self.release: asyncio.Event | None = None  # set: requests wait for it
        self.bus.serve(name, self.on_request, self.on_lost)

    async def on_request(self, identity: str, body: bytes) -> bytes:
        self.requests.append((identity, body))
        self.entered.set()
        if self.release is not None:
            await self.release.wait()
        return self.name.encode() + b":" + body

    async def on_lost(self, identity: str) -> None:
        self.lost.append(identity)
        self.lost_event.set()


async def _started(*buses: Bus) -> None:
    for bus in buses:
        await bus.start()


async def _closed(*buses: Bus) -> None:
    for bus in buses:
        await bus.close()


async def test_hold_locate_stations_and_let_go(engine: Engine) -> None:
    a, b, api = Node(engine, "A"), Node(engine, "B"), engine.new()
    await _started(a.bus, b.bus, api)
    try:
        await a.bus.hold("CP-1")
        await a.bus.hold("CP.2 with*odd>chars")
        await b.bus.hold("CP-3")
        assert await api.locate("CP-1") == "A"
        assert await api.locate("CP.2 with*odd>chars") == "A"
        assert await api.locate("CP-3") == "B"
        assert await api.locate("CP-4") is None
        assert await api.stations() == {"CP-1": "A", "CP.2 with*odd>chars": "A", "CP-3": "B"}
        await a.bus.let_go("CP-1")
        await a.bus.let_go("never-held")
        assert await api.locate("CP-1") is None
        assert await api.stations() == {"CP.2 with*odd>chars": "A", "CP-3": "B"}
    finally:
        await _closed(a.bus, b.bus, api)


async def test_close_lets_go_of_everything(engine: Engine) -> None:
    a, api = Node(engine, "A"), engine.new()
    await _started(a.bus, api)
    try:
        await a.bus.hold("CP-1")
        await a.bus.close()
        await a.bus.close()  # idempotent
        assert await api.stations() == {}
        with pytest.raises(StationNotConnected):
            await api.request("CP-1", b"x", 5)
    finally:
        await _closed(api)


async def test_requests_reach_the_holder_in_order(engine: Engine) -> None:
    a, b, api = Node(engine, "A"), Node(engine, "B"), engine.new()
    await _started(a.bus, b.bus, api)
    try:
        await a.bus.hold("CP-1")
        await b.bus.hold("CP-2")
        assert await api.request("CP-1", b"one", 5) == b"A:one"
        assert await api.request("CP-2", b"two", 5) == b"B:two"
        bodies = [str(i).encode() for i in range(20)]
        answers = await asyncio.gather(*(api.request("CP-1", body, 5) for body in bodies))
        assert answers == [b"A:" + body for body in bodies]
        assert [body for _, body in a.requests[1:]] == bodies
        assert b.requests == [("CP-2", b"two")]
    finally:
        await _closed(a.bus, b.bus, api)


async def test_a_station_nobody_holds_fails_at_once(engine: Engine) -> None:
    a, api = Node(engine, "A"), engine.new()
    await _started(a.bus, api)
    try:
        # 60 s timeout: a wait for the deadline would hit the 10 s guard instead.
        with pytest.raises(StationNotConnected) as caught:
            await asyncio.wait_for(api.request("CP-9", b"x", 60), 10)
        assert caught.value.identity == "CP-9"
        assert a.requests == []
    finally:
        await _closed(a.bus, api)


async def test_takeover_tells_the_old_holder_to_let_go(engine: Engine) -> None:
    a, b, api = Node(engine, "A"), Node(engine, "B"), engine.new()
    await _started(a.bus, b.bus, api)
    try:
        await a.bus.hold("CP-1")
        await b.bus.hold("CP-1")
        await asyncio.wait_for(a.lost_event.wait(), 10)
        assert a.lost == ["CP-1"]
        assert b.lost == []
        assert await api.locate("CP-1") == "B"
        assert await api.request("CP-1", b"x", 5) == b"B:x"
        await a.bus.let_go("CP-1")  # the old holder's late let_go must not drop B's claim
        assert await api.locate("CP-1") == "B"
        assert await api.stations() == {"CP-1": "B"}
    finally:
        await _closed(a.bus, b.bus, api)


async def test_simultaneous_claims_leave_exactly_one_holder(engine: Engine) -> None:
    a, b, api = Node(engine, "A"), Node(engine, "B"), engine.new()
    await _started(a.bus, b.bus, api)
    try:
        await asyncio.gather(a.bus.hold("CP-1"), b.bus.hold("CP-1"))
        done, _ = await asyncio.wait(
            [
                asyncio.ensure_future(a.lost_event.wait()),
                asyncio.ensure_future(b.lost_event.wait()),
            ],
            timeout=10,
            return_when=asyncio.FIRST_COMPLETED,
        )
        assert done
        loser, winner = (a, b) if a.lost else (b, a)
        assert loser.lost == ["CP-1"] and winner.lost == []
        assert await api.locate("CP-1") == winner.name
        assert await api.request("CP-1", b"x", 5) == winner.name.encode() + b":x"
    finally:
        await _closed(a.bus, b.bus, api)


async def test_a_killed_node_ends_its_calls_at_the_deadline_without_retry(engine: Engine) -> None:
    a, b, api = Node(engine, "A"), Node(engine, "B"), engine.new()
    a.release = asyncio.Event()  # never set: A is busy with the call when it dies
    await _started(a.bus, b.bus, api)
    try:
        await a.bus.hold("CP-1")
        await b.bus.hold("CP-2")
        loop = asyncio.get_running_loop()
        started = loop.time()
        call = asyncio.ensure_future(api.request("CP-1", b"start", 0.5))
        await asyncio.wait_for(a.entered.wait(), 10)
        await engine.kill(a.bus)
        with pytest.raises(CallOutcomeUnknown) as caught:
            await call
        assert loop.time() - started >= 0.45  # at the deadline, not when the node died
        assert caught.value.identity == "CP-1" and caught.value.timeout == 0.5
        assert a.requests == [("CP-1", b"start")]  # sent once, never again
        assert b.requests == []
        # A dead node's presence ends: at once where the broker sees the connection drop
        # (NATS, memory), when its lease runs out where presence is leased (Redis).
        for _ in range(200):
            if await api.locate("CP-1") is None:
                break
            await asyncio.sleep(0.05)
        with pytest.raises(StationNotConnected):
            await asyncio.wait_for(api.request("CP-1", b"again", 60), 10)
        assert await api.locate("CP-1") is None
        assert await api.stations() == {"CP-2": "B"}
        await b.bus.hold("CP-1")  # the station reconnects elsewhere
        assert await api.locate("CP-1") == "B"
        assert await api.request("CP-1", b"back", 5) == b"B:back"
    finally:
        await _closed(b.bus, api)


async def test_events_reach_every_reader_in_order(engine: Engine) -> None:
    a, b, api = Node(engine, "A"), Node(engine, "B"), engine.new()
    await _started(a.bus, b.bus, api)
    try:
        first, second = api.events(), b.bus.events()
        marker = b"start"
        await a.bus.publish(marker)
        for i in range(5):
            await a.bus.publish(b"a%d" % i)
        await a.bus.publish(b"done")
        for reader in (first, second):
            assert await asyncio.wait_for(reader.__anext__(), 10) == marker
        for reader in (first, second):
            got = []
            async for event in reader:
                got.append(event)
                if event == b"done":
                    break
            assert got == [b"a0", b"a1", b"a2", b"a3", b"a4", b"done"]
        late = api.events()
        await api.close()
        assert [event async for event in late] == []
        assert [event async for event in api.events()] == []
    finally:
        await _closed(a.bus, b.bus, api)


async def test_misuse_is_refused(engine: Engine) -> None:
    bus, client = engine.new(), engine.new()
    with pytest.raises(BusClosedError):
        await bus.locate("CP-1")
    with pytest.raises(BusClosedError):
        await bus.request("CP-1", b"x", 1)
    await client.start()
    try:
        with pytest.raises(BusClosedError):
            await client.hold("CP-1")  # not an edge node

        async def on_request(identity: str, body: bytes) -> bytes:
            return body

        async def on_lost(identity: str) -> None:
            return None

        with pytest.raises(BusClosedError):
            client.serve("X", on_request, on_lost)
    finally:
        await client.close()
    with pytest.raises(BusClosedError):
        await client.stations()


class Pool:
    """What the workers of one test share: the log of what each took, and who is busy."""

    def __init__(self) -> None:
        self.log: list[tuple[str, str, bytes]] = []  # (worker, key, body) as taken
        self.busy: dict[str, int] = {}  # key -> requests in hand now, in the whole pool
        self.most = 0  # the most requests of one key in hand at once


class Worker:
    """A worker of the pool for the tests: records what it took in the shared `Pool`."""

    def __init__(self, engine: Engine, name: str, pool: Pool) -> None:
        self.name = name
        self.bus = engine.new()
        self.pool = pool
        self.got: list[tuple[str, bytes]] = []
        self.entered = asyncio.Event()
        self.stuck: set[bytes] = set()  # bodies this worker takes and never answers
        self.bus.work(self.on_work)

    async def on_work(self, key: str, body: bytes) -> bytes:
        pool = self.pool
        self.got.append((key, body))
        pool.log.append((self.name, key, body))
        self.entered.set()
        pool.busy[key] = pool.busy.get(key, 0) + 1
        pool.most = max(pool.most, pool.busy[key])
        try:
            if body in self.stuck:
                await asyncio.Event().wait()
            for _ in range(3):  # let the other requests in, if any were sent meanwhile
                await asyncio.sleep(0)
            return self.name.encode() + b":" + body
        finally:
            pool.busy[key] -= 1


async def test_a_pool_of_two_workers_shares_the_requests_each_handled_once(
    engine: Engine,
) -> None:
    pool = Pool()
    one, two, api = Worker(engine, "W1", pool), Worker(engine, "W2", pool), engine.new()
    await _started(one.bus, two.bus, api)
    try:
        bodies = [b"r%d" % i for i in range(40)]
        for n, body in enumerate(bodies):
            answer = await api.submit(f"CP-{n}", body, 5)
            name, _, echoed = answer.partition(b":")
            assert echoed == body and name in (b"W1", b"W2")
            assert (f"CP-{n}", body) in (one if name == b"W1" else two).got
        assert sorted(body for _, _, body in pool.log) == sorted(bodies)  # each exactly once
        assert one.got and two.got  # both took part
    finally:
        await _closed(one.bus, two.bus, api)


async def test_submit_keeps_the_order_of_each_key(engine: Engine) -> None:
    pool = Pool()
    one, two, api = Worker(engine, "W1", pool), Worker(engine, "W2", pool), engine.new()
    await _started(one.bus, two.bus, api)
    try:
        sent = [(f"CP-{i % 2}", b"%d" % i) for i in range(24)]
        answers = await asyncio.gather(*(api.submit(key, body, 10) for key, body in sent))
        assert [answer.partition(b":")[2] for answer in answers] == [body for _, body in sent]
        for key in ("CP-0", "CP-1"):
            handled = [body for _, k, body in pool.log if k == key]
            assert handled == [body for k, body in sent if k == key]
        assert pool.most == 1  # never two of one key at once, even on two workers
    finally:
        await _closed(one.bus, two.bus, api)


async def test_submit_without_workers_fails_at_once(engine: Engine) -> None:
    pool = Pool()
    a, api = Node(engine, "A"), engine.new()  # an edge is no worker
    await _started(a.bus, api)
    try:
        # 60 s timeout: a wait for the deadline would hit the 10 s guard instead.
        with pytest.raises(NoWorkers) as caught:
            await asyncio.wait_for(api.submit("CP-1", b"x", 60), 10)
        assert caught.value.key == "CP-1"
        worker = Worker(engine, "W1", pool)
        await worker.bus.start()
        assert await api.submit("CP-1", b"y", 5) == b"W1:y"
        await worker.bus.close()  # a worker that leaves politely is gone at once
        with pytest.raises(NoWorkers):
            await asyncio.wait_for(api.submit("CP-1", b"z", 60), 10)
        assert pool.log == [("W1", "CP-1", b"y")]
    finally:
        await _closed(a.bus, api)


async def test_a_dead_worker_ends_its_request_at_the_deadline_never_sent_again(
    engine: Engine,
) -> None:
    pool = Pool()
    one, two, api = Worker(engine, "W1", pool), Worker(engine, "W2", pool), engine.new()
    one.stuck.add(b"start")
    two.stuck.add(b"start")
    await _started(one.bus, two.bus, api)
    try:
        loop = asyncio.get_running_loop()
        started = loop.time()
        call = asyncio.ensure_future(api.submit("CP-1", b"start", 0.5))
        await asyncio.wait_for(asyncio.wait([
            asyncio.ensure_future(one.entered.wait()),
            asyncio.ensure_future(two.entered.wait()),
        ], return_when=asyncio.FIRST_COMPLETED), 10)  # fmt: skip
        dead, alive = (one, two) if one.got else (two, one)
        await engine.kill(dead.bus)
        with pytest.raises(CallOutcomeUnknown) as caught:
            await call
        assert loop.time() - started >= 0.45  # at the deadline, not when the worker died
        assert caught.value.identity == "CP-1" and caught.value.timeout == 0.5
        # the survivor takes the key's next request, and never the dead worker's
        assert await api.submit("CP-1", b"next", 5) == alive.name.encode() + b":next"
        assert pool.log == [(dead.name, "CP-1", b"start"), (alive.name, "CP-1", b"next")]
    finally:
        await _closed(alive.bus, api)


async def test_work_after_start_is_refused(engine: Engine) -> None:
    bus = engine.new()
    with pytest.raises(BusClosedError):
        await bus.submit("CP-1", b"x", 1)
    await bus.start()
    try:

        async def on_work(key: str, body: bytes) -> bytes:
            return body

        with pytest.raises(BusClosedError):
            bus.work(on_work)
    finally:
        await bus.close()


async def test_redis_a_worker_that_starts_late_never_takes_a_given_up_request(
    redis_engine: Engine,
) -> None:
    from ocpp_engine.cluster import RedisBus

    pool = Pool()
    dead, api = Worker(redis_engine, "W1", pool), redis_engine.new()
    await _started(dead.bus, api)
    try:
        await redis_engine.kill(dead.bus)  # its lease (1 s) still counts: the request is sent
        with pytest.raises(CallOutcomeUnknown):
            await api.submit("CP-1", b"given up", 0.2)
        late = Worker(redis_engine, "W2", pool)
        await late.bus.start()
        try:
            assert await api.submit("CP-1", b"new", 5) == b"W2:new"
            assert pool.log == [("W2", "CP-1", b"new")]
            assert isinstance(late.bus, RedisBus) and late.bus.expired_dropped == 1
        finally:
            await late.bus.close()
    finally:
        await _closed(api)


async def test_a_nats_bus_without_a_server_fails_to_start() -> None:
    bus = NatsBus(f"nats://127.0.0.1:{free_port()}", start_timeout=0.5)
    with pytest.raises(ConnectionError):
        await bus.start()


@pytest.mark.parametrize("who", ["older", "newer"])
async def test_nats_claims_said_again_after_a_reconnection_settle_a_double_hold(
    nats_engine: Engine, who: str
) -> None:
    # B took the station over while cut off from the server, so A never saw B's claim; when
    # either of them reconnects and says its claims again, the lower claim (A's) lets go.
    a, b, api = Node(nats_engine, "A"), Node(nats_engine, "B"), nats_engine.new()
    await _started(a.bus, b.bus, api)
    try:
        assert isinstance(a.bus, NatsBus) and isinstance(b.bus, NatsBus)
        await a.bus.hold("CP-1")

        async def unheard(*args: object, **kwargs: object) -> None:
            return None

        b.bus._announce = unheard  # type: ignore[method-assign]
        await b.bus.hold("CP-1")
        del b.bus._announce
        assert a.lost == [] and b.lost == []
        await (a.bus if who == "older" else b.bus)._reconnected()
        await asyncio.wait_for(a.lost_event.wait(), 10)
        assert a.lost == ["CP-1"] and b.lost == []
        assert await api.stations() == {"CP-1": "B"}
        answers = {await api.request("CP-1", b"x", 5) for _ in range(20)}
        assert answers == {b"B:x"}
    finally:
        await _closed(a.bus, b.bus, api)


async def test_nats_a_request_reaching_a_node_that_let_go_is_asked_again(
    nats_engine: Engine,
) -> None:
    # The window between a node letting go and the server forgetting its subscription, held
    # open: requests the server still routes to A are answered "not here" and asked again.
    a, b, api = Node(nats_engine, "A"), Node(nats_engine, "B"), nats_engine.new()
    await _started(a.bus, b.bus, api)
    try:
        assert isinstance(a.bus, NatsBus) and isinstance(b.bus, NatsBus)
        await a.bus.hold("CP-1")

        async def unheard(*args: object, **kwargs: object) -> None:
            return None

        b.bus._announce = unheard  # type: ignore[method-assign]
        await b.bus.hold("CP-1")
        a.bus._holds["CP-1"].released = True
        answers = await asyncio.gather(*(api.request("CP-1", b"x", 5) for _ in range(20)))
        assert set(answers) == {b"B:x"}
        assert a.requests == []
    finally:
        await _closed(a.bus, b.bus, api)


class _LateFlusher:
    """nats-py's flusher task, made late on demand: while `go` is clear, what the client has
    buffered (SUB, UNSUB, PUB) stays unwritten, as on a busy machine where the task runs late.
    `NatsBus` must not count on the server having what it has not been sent.
    """

    def __init__(self, bus: NatsBus) -> None:
        nc: Any = bus._client()
        self._queue: asyncio.Queue[Any] = nc._flush_queue
        nc._flush_queue = self
        self.go = asyncio.Event()
        self.go.set()

    async def put(self, item: Any) -> None:
        await self._queue.put(item)

    async def get(self) -> Any:
        item = await self._queue.get()
        await self.go.wait()
        return item

    def empty(self) -> bool:
        return self._queue.empty()


async def _late_flusher(bus: Bus) -> _LateFlusher:
    assert isinstance(bus, NatsBus)
    late = _LateFlusher(bus)
    await bus._client().flush()  # the flusher takes its next job through `late` from now on
    return late


async def test_nats_a_subscription_is_in_effect_when_hold_returns(nats_engine: Engine) -> None:
    # nats-py writes a flush's PING at once but a SUB only when its flusher task runs, so the
    # PONG could come back before the server had the subscription: hold() returned, and the
    # station was not reachable yet ("no responders").
    a, api = Node(nats_engine, "A"), nats_engine.new()
    await _started(a.bus, api)
    late = await _late_flusher(a.bus)
    try:
        await a.bus.hold("CP-0")  # asks the subject itself, through the flusher
        nc: Any = a.bus._client()
        subscribe = nc.subscribe

        async def subscribe_late(*args: Any, **kwargs: Any) -> Any:
            late.go.clear()
            return await subscribe(*args, **kwargs)

        nc.subscribe = subscribe_late
        holding = asyncio.ensure_future(a.bus.hold("CP-1"))
        await asyncio.wait({holding}, timeout=1)  # a bound for the defect to show
        if holding.done():  # hold() returned: the server must have the subscription
            assert await api.locate("CP-1") == "A"
        late.go.set()
        await asyncio.wait_for(holding, 10)
        assert await api.locate("CP-1") == "A"
        assert await api.request("CP-1", b"x", 5) == b"A:x"
    finally:
        late.go.set()
        await _closed(a.bus, api)


async def test_nats_a_request_sent_while_a_node_lets_go_is_never_lost(
    nats_engine: Engine,
) -> None:
    # Letting go drains the station's subscription; nats-py's drain flushes with a PING that
    # could overtake its UNSUB, and stop reading while the server still routed requests here:
    # such a request was lost (the caller's deadline, an unknown outcome; a locate took 2 s)
    # instead of answered "not here" and then "no responders".
    a, api = Node(nats_engine, "A"), nats_engine.new()
    await _started(a.bus, api)
    await a.bus.hold("CP-1")
    late = await _late_flusher(a.bus)
    try:
        assert isinstance(a.bus, NatsBus)
        before = set(a.bus._tasks)
        late.go.clear()
        await a.bus.let_go("CP-1")
        (draining,) = set(a.bus._tasks) - before
        await asyncio.wait({draining}, timeout=1)  # a bound for the defect to show
        if draining.done():  # drained: the server must have forgotten the subscription
            with pytest.raises(StationNotConnected):
                await api.request("CP-1", b"x", 2)
        late.go.set()
        await asyncio.wait_for(draining, 10)
        with pytest.raises(StationNotConnected):
            await api.request("CP-1", b"x", 2)
        assert a.requests == []
    finally:
        late.go.set()
        await _closed(a.bus, api)
