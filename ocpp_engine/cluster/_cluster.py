"""The cluster: calls to any station from any process, and the edge that serves them.

`Cluster` is what every process uses: ``await cluster.call(identity, action, payload)`` reaches
the station wherever its connection is, `locate` and `stations` say where stations are, and
`events` reports connections, disconnections and boots. An edge node is a `CentralSystem`
made with ``cluster=cluster``: its `Edge` holds every station that connects there, serves the
cluster's requests through each station's own `Device` (so calls queue at the edge under the
Device's one-call-at-a-time rule, and are validated there), and closes a station's connection
when the same identity connects to another node.

Failure semantics, in one table (the exception the caller sees):

| what happened                                      | the caller gets        | retried |
|----------------------------------------------------|------------------------|---------|
| nobody holds the station                           | `StationNotConnected`, at once | no |
| the station answered a CALLERROR                   | `CallError`            | no      |
| the station did not answer the edge in time        | `CallTimeoutError`     | no      |
| the station disconnected while the call waited     | `ConnectionClosedError`| no      |
| the holding node died or no answer by the deadline | `CallOutcomeUnknown`, at the deadline | no |

Worker mode (``Cluster(bus, workers=True)`` on the edge, ``cluster.serve_workers(handlers)`` in
the worker processes): the stations' own CALLs are answered by a pool of workers instead of
handlers on the edge; see `ocpp_engine.cluster._workers`.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import time
import weakref
from collections.abc import AsyncIterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar, overload

from .._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    InvalidPayloadError,
    LocalProtocolError,
    NotConnectedError,
    RemoteProtocolError,
    UnknownActionError,
)
from .._hooks import HookContext
from .._tasks import TaskSet
from .._versions import Version
from ._bus import Bus, CallOutcomeUnknown, ClusterError
from ._common import logger
from ._wire import (
    CallReply,
    CallRequest,
    StationEvent,
    WireError,
    decode_event,
    decode_reply,
    decode_request,
)
from ._workers import DEFAULT_WORK_TIMEOUT, WorkerHandler, WorkerPool, install

if TYPE_CHECKING:
    from .._device import Device
    from ..messages import Request, Response

    R = TypeVar("R", bound=Response)

__all__ = ["Cluster", "Edge", "StationLike"]

#: The default seconds `Cluster.call` waits for an answer.
DEFAULT_TIMEOUT: Final = 30.0

#: The edge gives the station a little less time than the caller waits, so that a silent
#: station is reported as `CallTimeoutError` (known: the edge is alive) before the caller's
#: deadline would make it `CallOutcomeUnknown`: this share of the timeout, at most a second.
_EDGE_MARGIN: Final = 0.1
_EDGE_MARGIN_MAX: Final = 1.0


def _default_node() -> str:
    return f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"


class StationLike(Protocol):
    """What the edge needs of a connected station (`transports.websocket.Station` fits)."""

    identity: str
    device: Device
    version: Version

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the connection and wait for its teardown. Raises nothing."""


class CentralSystemLike(Protocol):
    """What the edge needs of its central system: the registry of connected stations."""

    @property
    def stations(self) -> Mapping[str, Any]:
        """The connected stations by identity. Raises nothing."""


class _Events:
    """`Cluster.events`: the bus's events decoded; unreadable ones are skipped."""

    def __init__(self, raw: AsyncIterator[bytes]) -> None:
        self._raw = raw

    def __aiter__(self) -> _Events:
        return self

    async def __anext__(self) -> StationEvent:
        while True:
            body = await self._raw.__anext__()
            try:
                return decode_event(body)
            except WireError as exc:
                logger.warning("skipped an unreadable cluster event: %s", exc)


class Cluster:
    """One process's part of the cluster: calls to any station, where stations are, events.

    Use it as an async context manager (or `start` and `close`). An edge node passes it to
    ``CentralSystem(..., cluster=cluster)`` unstarted instead: the central system starts and
    closes it.

    Args:
        bus: the broker engine, such as ``NatsBus("nats://127.0.0.1:4222")``; the namespace of
            its subjects or keys (its *prefix*) is the bus's.
        node_id: this process's name in the cluster (`locate` returns it); default
            ``host-pid-random``, unique per run.
        workers: worker mode for the edge this cluster joins: every CALL of its stations that
            has no handler of its own on the edge goes, validated, to the worker pool (see
            `serve_workers`), one at a time per station; ``False``: handled on the edge.
        work_timeout: seconds the edge waits for the pool's answer to one CALL; then the
            station gets a CALLERROR ``InternalError``.

    Raises:
        ValueError: *work_timeout* is not positive.

    Example:
        ```python
        async with Cluster(bus) as cluster:
            answer = await cluster.call("CP-1", "Reset", {"type": "Soft"}, timeout=30)
        ```
    """

    def __init__(
        self,
        bus: Bus,
        *,
        node_id: str | None = None,
        workers: bool = False,
        work_timeout: float = DEFAULT_WORK_TIMEOUT,
    ) -> None:
        if not work_timeout > 0:
            raise ValueError("work_timeout must be positive")
        self.bus = bus
        self.node_id = node_id or _default_node()
        self.workers = workers
        self.work_timeout = work_timeout
        self.edge: Edge | None = None
        self._started = False

    def serve_workers(self, handlers: Mapping[str, WorkerHandler]) -> None:
        """Make this process a worker of the pool: call before `start`.

        Each CALL an edge in worker mode submits reaches one worker of the pool, at most once,
        and runs ``handlers[action](payload, ctx)`` (or ``handlers["*"]``), sync or async, as
        a `Device` handler would: *payload* is the validated request (a dict), *ctx* a
        `WorkContext` (identity, action, message id, version, edge node, deadline); return the
        response payload (a dict, validated at the edge) or raise `CallError` for a CALLERROR.

        Args:
            handlers: action -> handler; ``"*"`` for every action without its own.

        Raises:
            BusClosedError: the cluster is already started.
        """
        self.bus.work(WorkerPool(handlers).on_work)

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect the bus (once).

        Raises:
            OSError: the broker cannot be reached (or the engine's own connection error).
        """
        if not self._started:
            await self.bus.start()
            self._started = True

    async def close(self) -> None:
        """Let go of this node's stations and disconnect. Raises nothing."""
        self._started = False
        await self.bus.close()

    async def __aenter__(self) -> Cluster:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    # -- calls ----------------------------------------------------------------------------------

    @overload
    async def call(
        self, identity: str, action: Request[R], payload: None = None, *, timeout: float = ...
    ) -> R: ...

    @overload
    async def call(
        self,
        identity: str,
        action: str,
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float = ...,
    ) -> dict[str, Any]: ...

    async def call(
        self,
        identity: str,
        action: str | Request[Any],
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> Any:
        """Send a CALL to station *identity*, wherever it is connected; return its answer.

        A station connected to this very node is called directly. Otherwise the call goes to
        its node once; it is never retried.

        Args:
            identity: the station.
            action: the action, or a typed request from `ocpp_engine.messages` (as with
                `Device.call`; the station must speak that request's version).
            payload: the request payload (``None``: ``{}``); none with a typed request.
            timeout: seconds to wait for the answer.

        Returns:
            the CALLRESULT payload; for a typed request, an instance of its response class.

        Raises:
            StationNotConnected: no node holds the station (at once; nothing was sent).
            CallOutcomeUnknown: no answer by the deadline: the holding node died or is cut off;
                the station may or may not have received the call.
            CallError: the station answered with a CALLERROR.
            CallTimeoutError: the station did not answer its edge in time.
            ConnectionClosedError: the station disconnected before answering.
            LocalProtocolError: the call was refused before it was sent (a subclass such as
                `InvalidPayloadError` or `UnknownActionError` says why), or a typed request
                is not of the station's version.
            RemoteProtocolError: the station's answer broke the protocol.
            BusClosedError: the cluster is not started.
            ClusterError: any other failure at the edge or on the bus.
        """
        edge = self.edge
        if edge is not None:
            station = edge.local(identity)
            if station is not None:
                device: Any = station.device  # its overloads take what this method takes
                return await device.call(action, payload, timeout=timeout)
        response: type[Any] | None = None
        version: str | None = None
        if type(action) is not str:
            from .._typed import outgoing

            version = _version_of(action)
            action, wire, response = outgoing(Version(version), action, payload, False)
        else:
            wire = {} if payload is None else dict(payload)
        request = CallRequest(action, wire, timeout, time.time() + timeout, version, self.node_id)
        raw = await self.bus.request(identity, request.to_bytes(), timeout)
        try:
            reply = decode_reply(raw)
        except WireError as exc:
            raise ClusterError(f"unreadable answer from the node of {identity!r}: {exc}") from None
        result = reply.outcome(identity, action, timeout)
        if response is None:
            return result
        from .._typed import structure_result

        return structure_result(response, result)

    # -- presence and events --------------------------------------------------------------------

    async def locate(self, identity: str) -> str | None:
        """Return the node that holds station *identity*, or ``None``.

        Raises:
            BusClosedError: the cluster is not started.
        """
        return await self.bus.locate(identity)

    async def stations(self) -> dict[str, str]:
        """Return every connected station of the cluster and its node (identity -> node).

        Raises:
            BusClosedError: the cluster is not started.
        """
        return await self.bus.stations()

    def events(self) -> AsyncIterator[StationEvent]:
        """Every `StationEvent` from now on (connected, disconnected, booted), from any node.

        Reading starts at this call, not at the first ``await``; the iterator ends when the
        cluster closes. Events are not stored: one published while nobody reads is lost. A
        station taken over by another node gets that node's ``connected`` and no
        ``disconnected`` from the old one, so the last event of a station says where it is.
        Raises nothing.
        """
        return _Events(self.bus.events())

    def __repr__(self) -> str:
        return f"<Cluster node={self.node_id!r} bus={self.bus!r}>"


def _version_of(message: Any) -> str:
    version = getattr(type(message), "VERSION", None)
    if not isinstance(version, str):
        raise LocalProtocolError(
            "call() takes an action name and a payload, or a typed request message; "
            f"got {type(message).__name__}"
        )
    try:
        return Version(version).value
    except ValueError:
        raise LocalProtocolError(f"unknown version {version!r}") from None


#: How the edge reports each exception of `Device.call` (the first matching class wins): the
#: failure kind of `_wire.FAILURES`.
_FAILURE_KINDS: Final[tuple[tuple[type[Exception], str], ...]] = (
    (NotConnectedError, "not_connected"),
    (CallTimeoutError, "timeout"),
    (ConnectionClosedError, "closed"),
    (InvalidPayloadError, "invalid"),
    (UnknownActionError, "unknown_action"),
    (LocalProtocolError, "local"),
    (RemoteProtocolError, "remote"),
)


def _failure(exc: Exception) -> CallReply:
    for cls, kind in _FAILURE_KINDS:
        if isinstance(exc, cls):
            details: dict[str, Any] = {}
            if isinstance(exc, CallTimeoutError):
                details["message_id"] = exc.message_id
            elif isinstance(exc, InvalidPayloadError):
                details.update(code=exc.code, path=exc.path)
            elif isinstance(exc, RemoteProtocolError):
                details.update(code=exc.code, path=exc.path, rule=exc.rule)
            return CallReply.failure(kind, str(exc), details)
    return CallReply.failure("internal", f"{type(exc).__name__}: {exc}")


class Edge:
    """A central system's part in the cluster: it holds, serves and releases its stations.

    ``CentralSystem(..., cluster=cluster)`` makes one; the central system tells it when a
    station is registered (`station_connected`) and when it is finished
    (`station_disconnected`). Requests from other processes are served through the station's
    own `Device`; a takeover by another node closes the local connection. With
    ``Cluster(..., workers=True)`` each station's CALLs without a handler of their own on the
    edge go to the worker pool (`Cluster.serve_workers`).

    Args:
        cluster: the cluster, not started yet.
        csms: the central system (anything with a ``stations`` mapping).

    Raises:
        BusClosedError: the cluster's bus is already started (an edge must serve first).
        LocalProtocolError: the cluster already has an edge.
    """

    def __init__(self, cluster: Cluster, csms: CentralSystemLike) -> None:
        if cluster.edge is not None:
            raise LocalProtocolError("this cluster already serves a central system")
        self.cluster = cluster
        self.csms = csms
        cluster.bus.serve(cluster.node_id, self._on_request, self._on_lost)
        cluster.edge = self
        self._held: dict[str, StationLike] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self._hooked: weakref.WeakSet[Device] = weakref.WeakSet()
        self._pooled: weakref.WeakSet[Device] = weakref.WeakSet()
        self._tasks = TaskSet()

    @property
    def node(self) -> str:
        """The name of this node in the cluster. Raises nothing."""
        return self.cluster.node_id

    async def start(self) -> None:
        """Start the cluster (it serves this edge from then on).

        Raises:
            OSError: the broker cannot be reached (or the engine's own connection error).
        """
        await self.cluster.start()

    async def close(self) -> None:
        """Let go of every station and close the cluster. Raises nothing."""
        await self._tasks.cancel_all()
        self._held.clear()
        await self.cluster.close()

    def local(self, identity: str) -> StationLike | None:
        """The station *identity* if connected to this node, else ``None``. Raises nothing."""
        station = self.csms.stations.get(identity)
        return station if station is not None else self._held.get(identity)

    def _lock(self, identity: str) -> asyncio.Lock:
        lock = self._locks.get(identity)
        if lock is None:
            lock = self._locks[identity] = asyncio.Lock()
        return lock

    def _unlock(self, identity: str, lock: asyncio.Lock) -> None:
        if not lock.locked() and self._locks.get(identity) is lock and not lock._waiters:
            del self._locks[identity]

    async def station_connected(self, station: StationLike) -> None:
        """Hold *station* for this node (any other node's connection of it is closed).

        Raises nothing: a broker failure is logged, and the station still works locally.
        """
        identity = station.identity
        self._held[identity] = station
        self._hook_boot(station.device, identity)
        if self.cluster.workers and station.device not in self._pooled:
            self._pooled.add(station.device)
            install(self.cluster, station.device, identity)
        lock = self._lock(identity)
        try:
            async with lock:
                if self._held.get(identity) is station:
                    await self.cluster.bus.hold(identity)
                    await self._publish("connected", station)
        except Exception:
            logger.exception("could not hold station %r in the cluster", identity)
        finally:
            self._unlock(identity, lock)

    async def station_disconnected(self, station: StationLike) -> None:
        """Let go of *station* unless a newer connection (here or elsewhere) took it over.

        Raises nothing.
        """
        identity = station.identity
        if self._held.get(identity) is not station:
            return  # taken over, or replaced by a newer connection that holds it now
        del self._held[identity]
        lock = self._lock(identity)
        try:
            async with lock:
                if identity not in self._held:
                    await self.cluster.bus.let_go(identity)
                    await self._publish("disconnected", station)
        except Exception:
            logger.exception("could not let go of station %r in the cluster", identity)
        finally:
            self._unlock(identity, lock)

    async def call(
        self,
        identity: str,
        action: Any,
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> Any:
        """`Cluster.call` for ``csms.call`` on a station of another node.

        Args:
            identity: the station.
            action: the action, or a typed request.
            payload: the request payload.
            timeout: seconds to wait for the answer; ``None``: the central system's
                ``call_timeout`` (30 s unless given), the timeout its own stations' devices
                use by default, so that ``None`` waits as long for a station here as for one
                on another node. The holding edge gives the station a little less of it (a
                tenth, at most a second), so a silent station is reported as
                `CallTimeoutError` before this caller's deadline.

        Raises:
            Exception: what `Cluster.call` raises.
        """
        if timeout is None:
            timeout = getattr(self.csms, "call_timeout", DEFAULT_TIMEOUT)
        return await self.cluster.call(identity, action, payload, timeout=timeout)

    # -- serving the bus ------------------------------------------------------------------------

    async def _on_request(self, identity: str, body: bytes) -> bytes:
        try:
            request = decode_request(body)
        except WireError as exc:
            return CallReply.failure("bad_request", str(exc)).to_bytes()
        left = min(request.timeout, request.deadline - time.time())
        if left <= 0:
            # Delayed past its deadline (in a broker's buffer): the caller has given up, so
            # sending it now would be a call nobody waits for. No answer.
            raise CallOutcomeUnknown(identity, request.timeout)
        station = self.local(identity)
        if station is None:
            return CallReply.failure("not_connected", f"{identity!r} left").to_bytes()
        if request.version is not None and station.version.value != request.version:
            return CallReply.failure(
                "local",
                f"a {request.version} request for station {identity!r}, which speaks "
                f"{station.version.value}",
            ).to_bytes()
        timeout = left - min(left * _EDGE_MARGIN, _EDGE_MARGIN_MAX)
        try:
            result = await station.device.call(request.action, request.payload, timeout=timeout)
        except CallError as exc:
            return CallReply.error(exc).to_bytes()
        except Exception as exc:
            return _failure(exc).to_bytes()
        return CallReply.result(result).to_bytes()

    async def _on_lost(self, identity: str) -> None:
        station = self._held.pop(identity, None)
        if station is None:
            return
        logger.info("station %r connected to another node; closing it here", identity)
        await station.close(1000, "replaced")

    # -- events ---------------------------------------------------------------------------------

    async def _publish(self, kind: str, station: StationLike) -> None:
        event = StationEvent(kind, station.identity, self.node, station.version.value)
        await self.cluster.bus.publish(event.to_bytes())

    def _hook_boot(self, device: Device, identity: str) -> None:
        if device in self._hooked:
            return
        self._hooked.add(device)

        def booted(ctx: HookContext) -> None:
            payload = ctx.payload
            if (
                ctx.action == "BootNotification"
                and isinstance(payload, dict)
                and payload.get("status") == "Accepted"
                and ctx.frame is not None
            ):
                station = self._held.get(identity)
                if station is not None:
                    self._tasks.spawn(self._publish_quietly("booted", station))

        device.hooks.after("send_call_result", booted)

    async def _publish_quietly(self, kind: str, station: StationLike) -> None:
        try:
            await self._publish(kind, station)
        except Exception:
            logger.exception("could not publish the %s event of %r", kind, station.identity)
