"""The in-memory engine: several `MemoryBus` on one `MemoryBroker` act as processes on a broker.

For fast tests of the cluster and of code that uses it: the same contract as the NATS and
Redis engines (tests/test_cluster_contract.py runs the same cases on all of them), in one event
loop, with no broker to start. `MemoryBus.kill` stands for a node that dies: its stations are
gone at once and the requests it was serving are never answered, so they end at their caller's
deadline as `CallOutcomeUnknown`. Workers (`MemoryBus.work`) take the pool's requests in
turn (round robin).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

from .._tasks import TaskSet
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
from ._common import EventReaders, Turns, logger

__all__ = ["MemoryBroker", "MemoryBus"]


class MemoryBroker:
    """The broker that several `MemoryBus` share: who holds which station, and who listens."""

    def __init__(self) -> None:
        self._holders: dict[str, MemoryBus] = {}
        self._buses: list[MemoryBus] = []
        self._workers: list[MemoryBus] = []
        self._turn = 0

    def __repr__(self) -> str:
        return f"<MemoryBroker {len(self._buses)} buses, {len(self._holders)} stations>"


class MemoryBus(Bus):
    """One process's connection to a `MemoryBroker`.

    Args:
        broker: the broker shared with the other "processes".
    """

    def __init__(self, broker: MemoryBroker) -> None:
        self.broker = broker
        self.node: str | None = None
        self._on_request: OnRequest | None = None
        self._on_lost: OnLost | None = None
        self._on_work: OnWork | None = None
        self._turns = Turns()
        self._started = False
        self._closed = False
        self._held: set[str] = set()
        self._tasks = TaskSet()
        self._events = EventReaders()

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Join the broker. Raises nothing (idempotent)."""
        if self._started:
            return
        if self._closed:
            raise BusClosedError("the bus was closed")
        self._started = True
        self.broker._buses.append(self)
        if self._on_work is not None:
            self.broker._workers.append(self)

    async def close(self) -> None:
        """Let go of every station held here, stop serving and leave the broker. Raises nothing."""
        if not self._started or self._closed:
            self._closed = True
            return
        for identity in list(self._held):
            await self.let_go(identity)
        self._leave()
        await self._tasks.cancel_all()

    def kill(self) -> None:
        """Die like a process under ``kill -9``: nothing is let go politely, nothing answered.

        Its stations are free at once (the broker saw the connection drop); the requests it
        was serving are never answered. Raises nothing.
        """
        for identity in list(self._held):
            if self.broker._holders.get(identity) is self:
                del self.broker._holders[identity]
        self._held.clear()
        self._leave()
        for task in self._tasks:
            task.cancel()

    def _leave(self) -> None:
        self._closed = True
        if self in self.broker._buses:
            self.broker._buses.remove(self)
        if self in self.broker._workers:
            self.broker._workers.remove(self)
        self._events.close()

    def _check(self) -> None:
        if not self._started or self._closed:
            raise BusClosedError("the bus is not started" if not self._closed else "bus closed")

    # -- the edge -------------------------------------------------------------------------------

    def serve(self, node: str, on_request: OnRequest, on_lost: OnLost) -> None:
        """Make this bus the edge node *node* (before `start`).

        Raises:
            BusClosedError: the bus is already started.
        """
        if self._started:
            raise BusClosedError("serve() must come before start()")
        self.node, self._on_request, self._on_lost = node, on_request, on_lost

    async def hold(self, identity: str) -> None:
        """Claim *identity*; the previous holder's ``on_lost`` runs.

        Raises:
            BusClosedError: the bus is not started, or `serve` was not called.
        """
        self._check()
        if self._on_request is None:
            raise BusClosedError("serve() was not called: this bus is not an edge node")
        previous = self.broker._holders.get(identity)
        self.broker._holders[identity] = self
        self._held.add(identity)
        if previous is not None and previous is not self:
            previous._lost(identity)

    def _lost(self, identity: str) -> None:
        self._held.discard(identity)
        if self._on_lost is not None:
            self._tasks.spawn(self._run_on_lost(self._on_lost, identity))

    @staticmethod
    async def _run_on_lost(on_lost: OnLost, identity: str) -> None:
        try:
            await on_lost(identity)
        except Exception:
            logger.exception("on_lost(%r) failed", identity)

    async def let_go(self, identity: str) -> None:
        """Drop the claim on *identity* if this bus still holds it. Raises nothing."""
        self._held.discard(identity)
        if self.broker._holders.get(identity) is self:
            del self.broker._holders[identity]

    # -- presence -------------------------------------------------------------------------------

    async def locate(self, identity: str) -> str | None:
        """Return the node holding *identity*, or ``None``.

        Raises:
            BusClosedError: the bus is not started.
        """
        self._check()
        holder = self.broker._holders.get(identity)
        return None if holder is None else holder.node

    async def stations(self) -> dict[str, str]:
        """Return identity -> node for every held station.

        Raises:
            BusClosedError: the bus is not started.
        """
        self._check()
        return {identity: bus.node or "" for identity, bus in self.broker._holders.items()}

    # -- requests -------------------------------------------------------------------------------

    async def request(self, identity: str, body: bytes, timeout: float) -> bytes:
        """Have the holder of *identity* answer *body*.

        Raises:
            StationNotConnected: nobody holds *identity*.
            CallOutcomeUnknown: no answer within *timeout* seconds.
            BusClosedError: the bus is not started.
        """
        self._check()
        holder = self.broker._holders.get(identity)
        if holder is None or holder._on_request is None:
            raise StationNotConnected(identity)
        reply: asyncio.Future[bytes] = asyncio.get_running_loop().create_future()
        holder._tasks.spawn(holder._answer(holder._on_request, identity, body, reply))
        try:
            return await asyncio.wait_for(reply, timeout)
        except asyncio.TimeoutError:
            raise CallOutcomeUnknown(identity, timeout) from None

    @staticmethod
    async def _answer(
        on_request: OnRequest | OnWork, identity: str, body: bytes, reply: asyncio.Future[bytes]
    ) -> None:
        try:
            answer = await on_request(identity, body)
        except ClusterError as exc:  # nothing to answer (it came after its deadline)
            logger.debug("no answer to a request about %r: %s", identity, exc)
            return
        except Exception:
            logger.exception("on_request(%r) failed; the caller will time out", identity)
            return
        if not reply.done():
            reply.set_result(answer)

    # -- the worker pool ------------------------------------------------------------------------

    def work(self, on_work: OnWork) -> None:
        """Make this bus a worker of the broker's pool (before `start`).

        Raises:
            BusClosedError: the bus is already started.
        """
        if self._started:
            raise BusClosedError("work() must come before start()")
        self._on_work = on_work

    async def submit(self, key: str, body: bytes, timeout: float) -> bytes:
        """Hand *body* to the next worker in turn; return its reply.

        Raises:
            NoWorkers: no worker is on the broker.
            CallOutcomeUnknown: no answer within *timeout* seconds.
            BusClosedError: the bus is not started.
        """
        self._check()
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        async with self._turns.turn(key, deadline, timeout):
            workers = self.broker._workers
            if not workers:
                raise NoWorkers(key)
            self.broker._turn += 1
            worker = workers[self.broker._turn % len(workers)]
            assert worker._on_work is not None
            reply: asyncio.Future[bytes] = loop.create_future()
            worker._tasks.spawn(worker._answer(worker._on_work, key, body, reply))
            try:
                return await asyncio.wait_for(reply, max(0.0, deadline - loop.time()))
            except asyncio.TimeoutError:
                raise CallOutcomeUnknown(key, timeout, worker=True) from None

    # -- events ---------------------------------------------------------------------------------

    async def publish(self, event: bytes) -> None:
        """Hand *event* to every reader of every bus on the broker.

        Raises:
            BusClosedError: the bus is not started.
        """
        self._check()
        for bus in list(self.broker._buses):
            bus._events.deliver(event)

    def events(self) -> AsyncIterator[bytes]:
        """Every event published from now on; ends when the bus closes. Raises nothing."""
        return self._events.reader()

    def __repr__(self) -> str:
        return f"<MemoryBus node={self.node!r} holding {len(self._held)}>"
