"""What the cluster needs of a broker: presence, routed requests and events, as bytes.

A `Bus` is one process's connection to the broker. It knows nothing of OCPP: the cluster puts
calls and answers in bytes (`ocpp_engine.cluster._wire`) and the bus carries them to whichever
node holds a station. Each engine (in memory, NATS, Redis) implements this class; a contract
test runs the same cases against all of them.

Presence is the bus's job, and it must never go stale: a node `hold` s a station while its
connection is open, the bus keeps that claim alive (refreshing it, rebuilding it after a broker
reconnect) until `let_go` or the node dies, and a claim by another node takes the station over
(the old holder's ``on_lost`` runs, so it closes its connection). Requests are answered by the
holder's ``on_request``; a request for a station nobody holds fails at once
(`StationNotConnected`), one whose holder dies ends at its deadline (`CallOutcomeUnknown`), and
none is ever sent twice.

Worker mode adds a pool: processes that called `Bus.work` share the requests `Bus.submit` makes
(a NATS queue group, a Redis consumer group); each request reaches one worker, at most once.
"""

from __future__ import annotations

import abc
from collections.abc import AsyncIterator, Awaitable, Callable

__all__ = [
    "Bus",
    "BusClosedError",
    "CallOutcomeUnknown",
    "ClusterError",
    "NoWorkers",
    "OnLost",
    "OnRequest",
    "OnWork",
    "StationNotConnected",
]

OnRequest = Callable[[str, bytes], Awaitable[bytes]]
"""``on_request(identity, body)``: answer a request for a station this node holds."""

OnLost = Callable[[str], Awaitable[None]]
"""``on_lost(identity)``: another node took the station over; close its connection here."""


OnWork = Callable[[str, bytes], Awaitable[bytes]]
"""``on_work(key, body)``: a worker's answer to a request of the pool."""


class ClusterError(Exception):
    """The root of the cluster's exceptions."""


class StationNotConnected(ClusterError):
    """No node of the cluster holds the station: the call was not sent anywhere.

    Attributes:
        identity: the station.
    """

    def __init__(self, identity: str) -> None:
        super().__init__(f"station {identity!r} is not connected to any node of the cluster")
        self.identity = identity


class CallOutcomeUnknown(ClusterError):
    """No answer came by the deadline from the node that holds the station.

    The request may or may not have reached the station (its node may have died after sending
    it): the library never retries it, because an OCPP call such as RemoteStartTransaction is not
    idempotent.

    Attributes:
        identity: the station.
        timeout: the seconds waited.
    """

    def __init__(self, identity: str, timeout: float, *, worker: bool = False) -> None:
        if worker:
            text = f"no answer from the worker pool about {identity!r} within {timeout} s"
        else:
            text = f"no answer from the node holding {identity!r} within {timeout} s"
        super().__init__(text + "; the call may or may not have reached the station")
        self.identity = identity
        self.timeout = timeout


class NoWorkers(ClusterError):
    """No worker of the pool is listening: the request was not sent anywhere.

    Attributes:
        key: the key of the request (the station).
    """

    def __init__(self, key: str) -> None:
        super().__init__(f"no worker of the cluster is listening (a request about {key!r})")
        self.key = key


class BusClosedError(ClusterError):
    """The bus is not started, or was closed."""


class Bus(abc.ABC):
    """One process's connection to the cluster's broker.

    Lifecycle: `start` connects (and, when `serve` was called first, starts answering);
    `close` lets go of every station this node holds and disconnects. Both are idempotent.
    """

    @abc.abstractmethod
    async def start(self) -> None:
        """Connect to the broker.

        Raises:
            OSError: the broker cannot be reached (engine-specific subclasses allowed).
        """

    @abc.abstractmethod
    async def close(self) -> None:
        """Let go of every station held here, stop serving and disconnect. Raises nothing."""

    @abc.abstractmethod
    def serve(self, node: str, on_request: OnRequest, on_lost: OnLost) -> None:
        """Make this process the edge node *node*: call before `start`.

        Requests for stations this node holds reach *on_request*; *on_lost* runs when another
        node takes over one of them. Requests for one station reach *on_request* one at a time
        per calling process, in the order they were sent (the edge's Device queues them).

        Raises:
            BusClosedError: the bus is already started.
        """

    @abc.abstractmethod
    async def hold(self, identity: str) -> None:
        """Claim *identity* for this node; any other holder is told to let go (its ``on_lost``).

        Raises:
            BusClosedError: the bus is not started, or `serve` was not called.
        """

    @abc.abstractmethod
    async def let_go(self, identity: str) -> None:
        """Drop the claim on *identity*, if this node still holds it (never a newer holder's).

        Raises nothing.
        """

    @abc.abstractmethod
    async def locate(self, identity: str) -> str | None:
        """Return the node that holds *identity*, or ``None``.

        Raises:
            BusClosedError: the bus is not started.
        """

    @abc.abstractmethod
    async def stations(self) -> dict[str, str]:
        """Return every held station and its node (identity -> node).

        Raises:
            BusClosedError: the bus is not started.
        """

    @abc.abstractmethod
    async def request(self, identity: str, body: bytes, timeout: float) -> bytes:
        """Send *body* to the node holding *identity* and return its reply.

        Raises:
            StationNotConnected: nobody holds *identity* (at once, nothing was sent).
            CallOutcomeUnknown: no reply within *timeout* seconds.
            BusClosedError: the bus is not started.
        """

    @abc.abstractmethod
    async def publish(self, event: bytes) -> None:
        """Send *event* to every process reading `events` (at most once; none is replayed).

        Raises:
            BusClosedError: the bus is not started.
        """

    @abc.abstractmethod
    def events(self) -> AsyncIterator[bytes]:
        """Every event published from now on, by any process, in order per publisher.

        The iterator ends when the bus closes.
        """

    @abc.abstractmethod
    def work(self, on_work: OnWork) -> None:
        """Make this process a worker of the pool: call before `start`.

        Each request `submit` makes (from any process) reaches the ``on_work`` of exactly one
        worker, at most once: a worker that dies with a request in hand leaves it unanswered
        (its caller gets `CallOutcomeUnknown` at the deadline) and no other worker gets it.
        A worker may run several requests at once; the order of one key's requests is kept by
        `submit`, which hands them out one at a time.

        Raises:
            BusClosedError: the bus is already started.
        """

    @abc.abstractmethod
    async def submit(self, key: str, body: bytes, timeout: float) -> bytes:
        """Hand *body* to one worker of the pool and return its reply.

        The requests of one *key* made through this bus go out one at a time, in the order
        `submit` was called: the next waits until the previous one is answered or given up.

        Args:
            key: what the request is about (the station): the unit of order.
            body: the request, as the cluster encoded it.
            timeout: seconds to wait for the reply, the wait for the key's turn included.

        Returns:
            The reply of the worker's ``on_work``.

        Raises:
            NoWorkers: no worker is listening (at once, nothing was sent), where the engine can
                tell (NATS: no responders; Redis: no worker presence in the last lease).
            CallOutcomeUnknown: no reply within *timeout* seconds (the worker died or is slow,
                or its ``on_work`` raised); the request is never sent again.
            BusClosedError: the bus is not started, or closed while waiting.
        """
