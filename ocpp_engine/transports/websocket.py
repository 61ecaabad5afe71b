"""OCPP-J over WebSocket: a central system server and a charge point client.

Needs the ``websockets`` extra (``pip install 'ocpp-engine[websockets]'``); it runs on the
`websockets` library's asyncio API.

`CentralSystem` listens for stations. It takes each station's identity from the last segment of
the URL path (percent-decoded), lets an *authorize* callback see the identity, the HTTP request
and the Basic credentials before the upgrade (security profiles 1 and 2; with an
`ssl.SSLContext` that requires client certificates, profile 3), picks the subprotocol among the
enabled versions, and runs one `Device` per connection. A station that offers none of the
enabled versions gets a completed handshake without a subprotocol and is closed at once, as
OCPP-J prescribes. A second connection with an identity already connected replaces the first.

`ChargePoint` connects to ``url/identity``, offering one or more versions, with optional Basic
auth and TLS (client certificates included), and reconnects after a lost connection with
exponential backoff and jitter. Its `Device` lives across reconnections and is told about
every connect and disconnect.

Both ends close a connection that sends a binary frame with code 1003 (OCPP-J frames are text)
and one that sends a frame larger than *max_size* with code 1009, and ping the peer every
*ping_interval* seconds, giving up on it when no pong comes *ping_timeout* seconds after a ping;
the closing handshake then waits up to *close_timeout*. A silent peer is thus dropped at most
*ping_interval* + *ping_timeout* + *close_timeout* seconds after its last pong (50 s with the
defaults 20, 20 and 10). `CentralSystem` pings all its stations from one timer, not a task per
connection.

`CentralSystem` keeps one station from costing the others: it reads no frame of a station whose
unsent data is above *write_limit* and closes it with 1008 once it stays there *drain_timeout*
seconds; it handles *frames_per_turn* frames of one station before the others get their turn,
and reads a station no faster than its *rate_limit*; a replaced connection is freed at once;
no close waits longer than *close_timeout*; and what a peer makes it log comes a few lines per
station or address and period, then as one summary line.

Example:
    ```python
    async with CentralSystem({"BootNotification": on_boot}, port=9000) as csms:
        ...
        result = await csms.call("CP1", "Reset", {"type": "Soft"})
    ```
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import functools
import gc
import logging
import random as _random
import ssl as _ssl
import weakref
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from http import HTTPStatus
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote, unquote

import attrs

from .._clock import Clock, TimerHandle, sleep
from .._device import Device, Handler
from .._errors import LocalProtocolError, NotConnectedError
from .._limits import CloseRequest
from .._logs import LogLimiter
from .._tasks import TaskSet
from .._versions import Role, Version
from ._common import (
    Backoff,
    ConnectionHealth,
    DeviceLink,
    SleepFn,
    call_back,
    identity_problem,
    missing_extra,
    parse_versions,
)

if TYPE_CHECKING:
    from ..cluster import Cluster

try:
    from websockets.asyncio.client import ClientConnection, connect
    from websockets.asyncio.server import Server, ServerConnection, serve
    from websockets.datastructures import Headers, MultipleValuesError
    from websockets.exceptions import ConnectionClosed, InvalidHandshake
    from websockets.frames import CloseCode
    from websockets.http11 import Request, Response
    from websockets.protocol import State
    from websockets.typing import Subprotocol
except ImportError as _exc:  # pragma: no cover - depends on the environment
    raise missing_extra(
        "ocpp_engine.transports.websocket", "websockets", "websockets>=14", _exc
    ) from _exc

__all__ = [
    "Authorizer",
    "Backoff",
    "CentralSystem",
    "ChargePoint",
    "DeviceFactory",
    "HandshakeRequest",
    "RateLimit",
    "Station",
]

logger = logging.getLogger("ocpp_engine.transports")

#: The default limit on the size of one received frame, in bytes.
DEFAULT_MAX_SIZE: Final = 2**20
#: The default high-water mark of a station's unsent data, in bytes (`CentralSystem`).
DEFAULT_WRITE_LIMIT: Final = 2**16
#: The default length of the queue of connections the kernel completes before the server
#: accepts them (`CentralSystem`); the kernel caps it at its own maximum (somaxconn).
DEFAULT_BACKLOG: Final = 4096
#: The close code of a station whose unsent data stayed above the write limit too long.
NOT_READING: Final = CloseCode.POLICY_VIOLATION
_ALL_VERSIONS: Final = (Version.V21, Version.V201, Version.V16)


#: Header names whose values stations tend to share (cached, so that 10,000 stations hold one
#: copy); other values, such as credentials and keys, are kept as they came.
_SHARED_VALUES: Final = frozenset(
    {
        "connection",
        "host",
        "origin",
        "sec-websocket-extensions",
        "sec-websocket-protocol",
        "sec-websocket-version",
        "upgrade",
        "user-agent",
    }
)
#: How many distinct strings a central system shares among its stations' headers.
_SHARED_LIMIT: Final = 4096


class _Headers(Mapping[str, str]):
    """HTTP headers, read-only and compact: a case-insensitive mapping over one flat tuple.

    It reads like ``websockets.datastructures.Headers`` (lower-cased keys, `get_all`,
    `raw_items`, `MultipleValuesError` for a header sent more than once) and costs a tenth of
    it: a station's handshake headers live as long as its connection.
    """

    __slots__ = ("_items",)

    def __init__(self, items: tuple[str, ...]) -> None:
        self._items = items  # name, value, name, value, ...

    @classmethod
    def of(cls, headers: Headers, shared: dict[str, str]) -> _Headers:
        """Copy *headers*, sharing common names and values through *shared* (bounded)."""
        items: list[str] = []
        for name, value in headers.raw_items():
            items.append(_shared(name, shared))
            items.append(_shared(value, shared) if name.lower() in _SHARED_VALUES else value)
        return cls(tuple(items))

    def get_all(self, key: str) -> list[str]:
        """All the values of header *key* (case-insensitive), in order; ``[]`` if absent."""
        key = key.lower()
        items = self._items
        return [items[i + 1] for i in range(0, len(items), 2) if items[i].lower() == key]

    def raw_items(self) -> Iterator[tuple[str, str]]:
        """The ``(name, value)`` pairs as received, names in their original case."""
        items = self._items
        return ((items[i], items[i + 1]) for i in range(0, len(items), 2))

    def __getitem__(self, key: str) -> str:
        """The value of header *key* (case-insensitive).

        Raises:
            KeyError: no such header.
            MultipleValuesError: the header came more than once (see `get_all`).
        """
        values = self.get_all(key) if isinstance(key, str) else []
        if not values:
            raise KeyError(key)
        if len(values) > 1:
            raise MultipleValuesError(key)
        return values[0]

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and bool(self.get_all(key))

    def __iter__(self) -> Iterator[str]:
        items = self._items
        return iter(dict.fromkeys(items[i].lower() for i in range(0, len(items), 2)))

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Headers):
            return self._items == other._items
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Headers({list(self.raw_items())!r})"


def _shared(text: str, shared: dict[str, str]) -> str:
    """*text*, or an equal string already held (while *shared* has room)."""
    found = shared.get(text)
    if found is not None:
        return found
    if len(shared) < _SHARED_LIMIT:
        shared[text] = text
    return text


@attrs.frozen
class HandshakeRequest:
    """What the central system knows of a connection attempt before the upgrade.

    The *authorize* callback and the *device_factory* of `CentralSystem` receive it; it stays
    available as `Station.request`.

    Attributes:
        identity: the station identity: the last path segment, percent-decoded.
        path: the request path, query string included.
        headers: the HTTP request headers: a read-only, case-insensitive mapping, with
            ``get_all(name)`` for every value of a header sent more than once (reading one of
            those by key raises ``websockets.datastructures.MultipleValuesError``).
        username: the Basic-auth user name, or ``None`` without Basic credentials (or with a
            user name that is not UTF-8).
        password: the Basic-auth password as text, or ``None`` without Basic credentials or
            when the password is not UTF-8 (see *password_bytes*).
        version: the version that will be negotiated, or ``None`` if the station offers none
            of the enabled versions (the handshake then completes and the connection closes).
        remote_address: the peer's socket address.
        client_certificate: the verified client certificate (as `ssl.SSLSocket.getpeercert`
            returns it) over TLS with client certificates, else ``None``.
        password_bytes: the Basic-auth password as the raw bytes sent, or ``None`` without
            Basic credentials. OCPP-J 1.6 (section 6.2.2) makes the password a binary
            AuthorizationKey of 20 bytes, which is rarely UTF-8: compare this to the key, e.g.
            ``request.password_bytes == bytes.fromhex(authorization_key_hex)``.
    """

    identity: str
    path: str
    headers: Mapping[str, str]
    username: str | None
    password: str | None
    version: Version | None
    remote_address: Any
    client_certificate: Mapping[str, Any] | None
    password_bytes: bytes | None = None


@attrs.frozen
class RateLimit:
    """How fast the central system reads one station's frames: a token bucket.

    A station may send *burst* frames at once and *rate* frames a second on average. Beyond
    that its frames are read no faster than *rate* a second: the rest wait in the TCP buffers,
    which soon makes the station's own sending wait. Nothing is refused and nothing is closed.
    The time is the station's `Device` clock (the event loop, or a `FakeClock` in tests).

    Attributes:
        rate: frames a second, on average (more than 0).
        burst: how many frames may come at once (at least 1).

    Raises:
        ValueError: *rate* is not positive or *burst* is below 1.
    """

    rate: float = attrs.field(validator=attrs.validators.gt(0))
    burst: int = attrs.field(default=100, validator=attrs.validators.ge(1))


Authorizer = Callable[[HandshakeRequest], "bool | Awaitable[bool]"]
"""``authorize(request)``, sync or async: return ``True`` to accept the station."""

DeviceFactory = Callable[[HandshakeRequest], Device]
"""``device_factory(request)``: return the `Device` for a new connection."""

StationCallback = Callable[["Station"], Any]
"""``callback(station)``, sync or async."""


class Station:
    """One connected charging station, as the central system sees it.

    Attributes:
        identity: the station identity.
        device: the station's `Device`; ``await station.device.call(...)`` talks to it.
        version: the negotiated version.
        request: the `HandshakeRequest` it connected with.
        websocket: the underlying ``websockets`` server connection. Once it is open, its
            ``response`` is let go (``None``), and its ``request.headers`` are those of
            *request*.
    """

    def __init__(
        self,
        request: HandshakeRequest,
        device: Device,
        version: Version,
        websocket: ServerConnection,
    ) -> None:
        self.identity = request.identity
        self.request = request
        self.device = device
        self.version = version
        self.websocket = websocket
        self._finished = False
        # None until torn down (or until someone waits for that), then a done future or True:
        # most stations are never closed by the application, so most never make a future
        self._done: asyncio.Future[None] | bool | None = None
        self._on_connect: asyncio.Task[None] | None = None

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the connection and wait until the station is fully disconnected.

        The device is disconnected and the central system's *on_disconnect* callback has run
        when this returns. A station that does not answer the close (or reads nothing) is
        aborted after the central system's *close_timeout*. Closing a closed station does
        nothing. Raises nothing.
        """
        await self.websocket.close(code, reason)
        done = self._done
        if done is True:
            return
        if not isinstance(done, asyncio.Future):
            done = self._done = asyncio.get_running_loop().create_future()
        await asyncio.shield(done)

    def _torn_down(self) -> None:
        done, self._done = self._done, True
        if isinstance(done, asyncio.Future) and not done.done():
            done.set_result(None)

    def __repr__(self) -> str:
        return f"<Station {self.identity!r} {self.version.value}>"


class _Fifo:
    """A first-in first-out queue: a list and the index of its head.

    It stands in for the `collections.deque` of received frames ``websockets`` makes per
    connection (624 bytes empty, where this costs about 100): it has the methods that queue
    uses (`append`, `popleft`, `extendleft`, `len`).
    """

    __slots__ = ("_head", "_items")

    def __init__(self) -> None:
        self._items: list[Any] = []
        self._head = 0

    def __len__(self) -> int:
        return len(self._items) - self._head

    def __iter__(self) -> Iterator[Any]:
        return iter(self._items[self._head :])

    def append(self, item: Any) -> None:
        self._items.append(item)

    def popleft(self) -> Any:
        items, head = self._items, self._head
        if head >= len(items):
            raise IndexError("pop from an empty queue")
        item, items[head] = items[head], None
        head += 1
        if head == len(items):
            items.clear()
            head = 0
        elif head >= 32 and 2 * head >= len(items):
            del items[:head]  # a long burst: drop the consumed half at once
            head = 0
        self._head = head
        return item

    def extendleft(self, items: Iterable[Any]) -> None:
        for item in items:
            if self._head:
                self._head -= 1
                self._items[self._head] = item
            else:
                self._items.insert(0, item)

    def clear(self) -> None:
        self._items.clear()
        self._head = 0


class _StationConnection(ServerConnection):
    """A server connection that knows when its unsent data is above the write limit.

    The transport calls `pause_writing` when the data not yet taken by the kernel goes above
    the write limit and `resume_writing` when it falls below a quarter of it. In between the
    central system reads no frame of the station (`writable` waits), so no new answer piles
    up; after *drain_timeout* seconds there it calls *on_stall*. `close` never waits longer
    than *close_timeout*: past it the TCP connection is aborted, since a close frame queued
    behind data the peer never reads would wait forever.

    With a *keepalive*, the central system's one `_Keepalive` pings it instead of a task of
    its own. Once open it lets go of the handshake response (the `HandshakeRequest` keeps what
    the application needs). Its own attributes are slots, so that the instance dictionary
    ``websockets`` fills keeps its compact, shared-key form (past 30 keys it doubles).
    """

    __slots__ = (
        "_drain_timeout",
        "_keepalive",
        "_on_stall",
        "_pinged_at",
        "_queued",
        "_stall",
        "_waiter",
        "identity",
        "over",
    )

    def __init__(self, *args: Any, keepalive: _Keepalive | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: Whether the unsent data is above the write limit.
        self.over = False
        self.identity = ""
        self._drain_timeout: float | None = None
        self._on_stall: Callable[[_StationConnection], None] | None = None
        self._stall: asyncio.TimerHandle | None = None
        self._waiter: asyncio.Future[None] | None = None
        self._keepalive = keepalive
        #: The keepalive's set this connection waits in (for a ping, a pong or its abort).
        self._queued: set[_StationConnection] | None = None
        #: When the keepalive pinged it, while it waits for the pong; else ``None``.
        self._pinged_at: float | None = None
        # a list, not a 624-byte deque: it holds a waiter only while the station reads slowly
        self.drain_waiters = []  # type: ignore[assignment]
        # websockets before 17 puts the connection itself in its logger's extra: a cycle (the
        # connection, its protocol's logger, the extra) that only the collector frees; 17
        # puts a weak proxy there, as this does for the older ones
        extra = getattr(self.protocol.logger, "extra", None)
        if isinstance(extra, dict) and extra.get("websocket") is self:
            extra["websocket"] = weakref.proxy(self)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        # the assembler's queue of received frames: a deque as well (skipped if that changes)
        frames: Any = getattr(self.recv_messages, "frames", None)
        if type(getattr(frames, "queue", None)) is deque and not frames.queue:
            frames.queue = _Fifo()

    def start_keepalive(self) -> None:
        """Let go of the handshake; join the shared keepalive (or start websockets').

        ``websockets`` calls it once the connection is open, before the handler.
        """
        self.response = None
        # the closure websockets binds per connection to call select_subprotocol
        vars(self.protocol).pop("select_subprotocol", None)
        if self._keepalive is None:
            super().start_keepalive()
        elif self.ping_interval is not None:
            self._keepalive.add(self)

    def acknowledge_pings(self, data: bytes) -> None:
        if self._pinged_at is not None and (data == _PING or data in self.pending_pings):
            # a pong answers every ping before it too (RFC 6455, section 5.5.3)
            assert self._keepalive is not None
            self._keepalive.ponged(self)
        super().acknowledge_pings(data)

    def arm(
        self, identity: str, drain_timeout: float | None, on_stall: Callable[[Any], None]
    ) -> None:
        """Call *on_stall(self)* once the data stays above the limit *drain_timeout* seconds."""
        self.identity = identity
        self._drain_timeout = drain_timeout
        self._on_stall = on_stall
        if self.over:
            self._start_stall()

    def pause_writing(self) -> None:
        super().pause_writing()
        self.over = True
        self._start_stall()

    def resume_writing(self) -> None:
        super().resume_writing()
        self.over = False
        self._stop_stall()
        self._wake()

    def connection_lost(self, exc: Exception | None) -> None:
        super().connection_lost(exc)
        # A connection lost without a closing handshake leaves the parser's exception (most
        # often EOFError) on the protocol, its traceback holding the parser's frame, which
        # holds the protocol: a cycle that only the collector frees. Its traceback tells
        # nothing of use (where websockets' parser met the end of the stream).
        failure = self.protocol.parser_exc
        if failure is not None:
            failure.__traceback__ = None
        # asyncio's socket transport keeps a bound method of its own (its read callback): a
        # cycle as well, and nothing reads a lost connection's socket any more
        if "_read_ready_cb" in getattr(self.transport, "__dict__", ()):
            self.transport._read_ready_cb = None  # type: ignore[attr-defined]
        self._on_stall = None
        self._stop_stall()
        self._wake()
        if self._keepalive is not None:
            self._keepalive.discard(self)

    async def close(self, code: int = CloseCode.NORMAL_CLOSURE, reason: str = "") -> None:
        """The closing handshake, aborting the TCP connection after *close_timeout* seconds.

        Raises nothing (a cancelled close aborts the connection and re-raises).
        """
        timeout = self.close_timeout
        if timeout is None:
            await super().close(code, reason)
            return
        closing = asyncio.ensure_future(super().close(code, reason))
        try:
            await asyncio.wait({closing}, timeout=timeout)
        except BaseException:
            self.transport.abort()
            closing.cancel()
            raise
        if not closing.done():
            self.transport.abort()  # connection_lost ends the close at once
        await closing

    async def writable(self) -> bool:
        """Wait until the unsent data is below the low mark (``False``: the connection is lost)."""
        lost = self.connection_lost_waiter
        while self.over and not lost.done():
            await self._wait()
        return not lost.done()

    async def hold(self, clock: Clock, delay: float) -> bool:
        """Wait *delay* seconds on *clock* (or less); ``False`` if the connection is lost."""
        lost = self.connection_lost_waiter
        if lost.done():
            return False
        timer: TimerHandle = clock.call_later(delay, self._wake)
        try:
            await self._wait()
        finally:
            timer.cancel()
        return not lost.done()

    async def _wait(self) -> None:
        waiter = self._waiter = self.loop.create_future()
        try:
            await waiter
        finally:
            self._waiter = None

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def _start_stall(self) -> None:
        if self._stall is None and self._on_stall is not None and self._drain_timeout is not None:
            self._stall = self.loop.call_later(self._drain_timeout, self._stalled)

    def _stop_stall(self) -> None:
        stall, self._stall = self._stall, None
        if stall is not None:
            stall.cancel()

    def _stalled(self) -> None:
        self._stall = None
        on_stall, self._on_stall = self._on_stall, None
        if on_stall is not None:
            on_stall(self)


#: The payload of the keepalive's pings (any payload will do: one ping per station at a time).
_PING: Final = b"ka"
#: The keepalive's granularity, in seconds: deadlines this close share one timer.
_KEEPALIVE_RESOLUTION: Final = 0.05

_Queue = deque[tuple[float, set[_StationConnection]]]


class _Keepalive:
    """One keepalive for every station of a central system, on one timer of the event loop.

    A station is pinged *interval* seconds after its connection opened and after each pong.
    Once *timeout* seconds pass without a pong it fails the connection with 1011, as
    ``websockets`` does, and aborts its TCP connection if the close has not completed after
    *close_timeout* seconds more. A silent station is thus dropped at most *interval* +
    *timeout* + *close_timeout* seconds after its last pong: stations due within the resolution
    share one timer, deadlines are met up to one resolution late, and pings go up to three
    resolutions early to keep the bound. While its unsent data is above the write limit, the
    pong timeout starts over (as a ``websockets`` ping waits for the data to drain): the drain
    timeout closes such a station.

    Three queues hold the stations, in order of their next deadline, in buckets that one timer
    serves: waiting for their ping, for their pong, for their abort. A connection that is lost
    leaves its bucket at once, so nothing here keeps a closed connection alive.
    """

    __slots__ = (
        "_aborts",
        "_at",
        "_pings",
        "_pongs",
        "_timer",
        "close_timeout",
        "interval",
        "loop",
        "resolution",
        "timeout",
    )

    def __init__(
        self,
        loop: asyncio.AbstractEventLoop,
        interval: float,
        timeout: float | None,
        close_timeout: float | None,
    ) -> None:
        self.loop = loop
        self.interval = interval
        self.timeout = timeout
        self.close_timeout = close_timeout
        self.resolution = min(_KEEPALIVE_RESOLUTION, interval / 10)
        self._pings: _Queue = deque()
        self._pongs: _Queue = deque()
        self._aborts: _Queue = deque()
        self._timer: asyncio.TimerHandle | None = None
        self._at = 0.0

    def add(self, connection: _StationConnection) -> None:
        """Ping *connection* from now on."""
        self._wait_ping(connection, self.loop.time())

    def ponged(self, connection: _StationConnection) -> None:
        """*connection* answered its ping: note the latency, ping it again later."""
        now = self.loop.time()
        if connection._pinged_at is not None:
            connection.latency = now - connection._pinged_at
            connection._pinged_at = None
        self.discard(connection)
        self._wait_ping(connection, now)

    def discard(self, connection: _StationConnection) -> None:
        """Forget *connection* (its connection is lost)."""
        queued, connection._queued = connection._queued, None
        if queued is not None:
            queued.discard(connection)

    def close(self) -> None:
        """Stop the timer and forget every station."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        for queue in (self._pings, self._pongs, self._aborts):
            for _, bucket in queue:
                for connection in bucket:
                    connection._queued = None
            queue.clear()

    def _queues(self) -> tuple[_Queue, _Queue, _Queue]:
        return self._pings, self._pongs, self._aborts

    def _wait_ping(self, connection: _StationConnection, now: float) -> None:
        # early rather than late, so that the documented bound holds for the whole cycle
        at = now + self.interval - 2 * self.resolution
        pings = self._pings
        if pings and pings[-1][0] >= at - self.resolution:
            bucket = pings[-1][1]
        else:
            bucket = set()
            pings.append((at, bucket))
        self._enter(connection, bucket, at)

    def _wait_until(self, queue: _Queue, connection: _StationConnection, at: float) -> None:
        # never early: a deadline may only be met up to one resolution late
        if queue and queue[-1][0] >= at:
            bucket = queue[-1][1]
        else:
            at += self.resolution
            bucket = set()
            queue.append((at, bucket))
        self._enter(connection, bucket, at)

    def _enter(
        self, connection: _StationConnection, bucket: set[_StationConnection], at: float
    ) -> None:
        bucket.add(connection)
        connection._queued = bucket
        if self._timer is None or at < self._at:
            self._arm(at)

    def _arm(self, at: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._at = at
        self._timer = self.loop.call_at(at, self._fire)

    def _fire(self) -> None:
        self._timer = None
        now = self.loop.time()
        for queue, action in (
            (self._pings, self._ping),
            (self._pongs, self._expired),
            (self._aborts, self._abort),
        ):
            while queue and queue[0][0] <= now:
                _, bucket = queue.popleft()
                for connection in bucket:
                    connection._queued = None
                    action(connection, now)
        fronts = [queue[0][0] for queue in (self._pings, self._pongs, self._aborts) if queue]
        if fronts and (self._timer is None or min(fronts) < self._at):
            self._arm(min(fronts))

    def _ping(self, connection: _StationConnection, now: float) -> None:
        if connection.protocol.state is not State.OPEN:
            return  # closing: connection_lost comes soon
        try:
            connection.protocol.send_ping(_PING)
            connection.send_data()  # no wait for the buffer to drain: see the class docstring
        except Exception as exc:  # pragma: no cover - transport.write does not raise
            # websockets 17 names it set_connection_exc, earlier ones set_recv_exc
            for name in ("set_connection_exc", "set_recv_exc"):
                record = getattr(connection, name, None)
                if record is not None:
                    record(exc)
                    break
            connection.transport.abort()
            return
        if self.timeout is None:
            self._wait_ping(connection, now)
        else:
            connection._pinged_at = now
            self._wait_until(self._pongs, connection, now + self.timeout)

    def _expired(self, connection: _StationConnection, now: float) -> None:
        if connection.protocol.state is not State.OPEN:
            return
        assert self.timeout is not None
        if connection.over:
            self._wait_until(self._pongs, connection, now + self.timeout)
            return
        connection._pinged_at = None
        connection.protocol.fail(CloseCode.INTERNAL_ERROR, "keepalive ping timeout")
        connection.send_data()
        if self.close_timeout is not None:
            connection.close_deadline = now + self.close_timeout
            self._wait_until(self._aborts, connection, now + self.close_timeout)

    def _abort(self, connection: _StationConnection, now: float) -> None:
        connection.transport.abort()  # the peer never completed the close


class _Bucket:
    """A token bucket on a clock: `take` says how long to wait before the next frame."""

    __slots__ = ("burst", "clock", "rate", "stamp", "tokens")

    def __init__(self, limit: RateLimit, clock: Clock) -> None:
        self.rate = limit.rate
        self.burst = limit.burst
        self.clock = clock
        self.tokens = float(limit.burst)
        self.stamp = clock.time()

    def take(self) -> float:
        """Take a token and return 0, or return the seconds until one is there."""
        now = self.clock.time()
        tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if tokens >= 1:
            self.tokens = tokens - 1
            return 0.0
        self.tokens = tokens
        return (1 - tokens) / self.rate


def _host(connection: ServerConnection) -> str:
    """The peer's address without its port: whom to blame before the identity is known."""
    address = connection.remote_address
    if isinstance(address, tuple) and address:
        return str(address[0])
    return str(address)


def _default_factory(handlers: Mapping[str, Handler] | None, call_timeout: float) -> DeviceFactory:
    def make(request: HandshakeRequest) -> Device:
        return Device(
            None,  # the sender is set when the connection is up
            handlers,
            role=Role.CSMS,
            call_timeout=call_timeout,
            identity=request.identity,
        )

    return make


_NO_CREDENTIALS: Final = (None, None, None)


def _basic_credentials(headers: Any) -> tuple[str | None, str | None, bytes | None]:
    """Return the Basic user name, the password as text (if UTF-8) and as bytes."""
    values = headers.get_all("Authorization")
    if len(values) != 1:
        return _NO_CREDENTIALS
    scheme, _, token = values[0].strip().partition(" ")
    if scheme.lower() != "basic":
        return _NO_CREDENTIALS
    try:
        decoded = base64.b64decode(token.strip(), validate=True)
    except binascii.Error:
        return _NO_CREDENTIALS
    user, sep, key = decoded.partition(b":")
    if not sep:
        return _NO_CREDENTIALS
    try:
        username = user.decode("utf-8")
    except UnicodeDecodeError:
        return _NO_CREDENTIALS
    try:
        password: str | None = key.decode("utf-8")
    except UnicodeDecodeError:
        password = None  # a binary key, as OCPP-J 1.6 allows
    return username, password, key


def _offered(headers: Any) -> list[str]:
    return [
        p.strip()
        for value in headers.get_all("Sec-WebSocket-Protocol")
        for p in value.split(",")
        if p.strip()
    ]


class CentralSystem:
    """An OCPP-J WebSocket server: one `Device` per connected station, and a registry.

    Args:
        handlers: action -> handler for every station's device (see `Device`); ignored when
            *device_factory* is given.
        host: the interface to listen on (default ``"127.0.0.1"``, this machine only;
            ``None`` or ``"0.0.0.0"``: every interface).
        port: the TCP port (``0``: any free port; read `port` after `start`).
        versions: the enabled versions, in order of preference (default: 2.1, 2.0.1, 1.6).
        ssl: a server `ssl.SSLContext` for ``wss://``; make it require client certificates
            (``verify_mode = CERT_REQUIRED``) for security profile 3.
        authorize: ``authorize(request)``, sync or async, sees every `HandshakeRequest` before
            the upgrade; a false result refuses it with HTTP 401. Without it every station
            with a valid identity is accepted.
        device_factory: ``device_factory(request)`` returns the `Device` of a new connection,
            to customise it (handlers, hooks, validation). Its sender is replaced by the
            connection's. It may return the same device for the same identity each time.
        on_connect: ``on_connect(station)``, sync or async, runs as a task once the station's
            device is connected; it may call the station. It is cancelled on disconnect.
        on_disconnect: ``on_disconnect(station)``, sync or async, runs after the device was
            disconnected.
        ping_interval: seconds between pings (``None``: no pings).
        ping_timeout: seconds to wait for a pong before dropping the station.
        close_timeout: seconds to wait for the peer's part of a closing handshake; a dead
            peer is dropped after *ping_interval* + *ping_timeout* + *close_timeout*.
        max_size: the largest frame accepted, in bytes; larger ones close with code 1009.
        call_timeout: the default devices' call timeout, in seconds.
        compression: ``"deflate"`` (RFC 7692, which 2.x requires of a CSMS) or ``None``.
            Each message is compressed on its own (``server_no_context_takeover`` and
            ``client_no_context_takeover``): a station then costs about 19 KiB instead of 50,
            for a lower compression ratio. To keep compression contexts between messages,
            pass your own ``extensions`` in *serve_options*.
        open_timeout: seconds a new TCP connection has to complete its TLS and WebSocket
            handshakes; one that sends nothing, or half a request, is closed after it
            (``None``: no limit).
        backlog: how many connections the kernel may complete before the server accepts
            them; the kernel caps it at its own maximum (``net.core.somaxconn`` on Linux, 4096
            by default since Linux 5.4). A storm of stations connecting at once beyond it sees
            resets or slow retries.
        write_limit: the high-water mark, in bytes, of a station's data not yet taken by the
            kernel. Above it the server reads no further frame of that station (so answers
            cannot pile up) until the data falls below a quarter of it.
        drain_timeout: seconds a station's unsent data may stay above *write_limit*; then the
            station is closed with 1008 (policy violation), and its TCP connection aborted if
            the close frame cannot be sent within *close_timeout* (``None``: never closed for
            that).
        frames_per_turn: how many frames of one station are handled before the server lets
            the other stations have their turn (at least 1), so that one station's burst
            cannot hold the others up.
        rate_limit: a `RateLimit` on each station's frames (``None``, the default: none);
            beyond it a station's frames are read more slowly, never refused.
        gc_freeze: seconds after a station connects within which the central system calls
            `gc.freeze()` (``None``, the default: never); it also collects and freezes what
            start-up made, in `start`. Frozen objects are left out of every later collection,
            so that the collector's pauses stay short with thousands of stations connected
            (see the performance guide). The collector never frees a frozen reference cycle:
            what reference counting frees (a station that disconnects) is freed as usual,
            while cycles that were alive at a freeze and dropped after it stay in memory until
            `gc.unfreeze()`. It acts on the whole process.
        serve_options: further keyword arguments for `websockets.asyncio.server.serve`; they
            override the ones above (except ``create_connection``, the server's own).
        cluster: an unstarted `ocpp_engine.cluster.Cluster` to join as an edge node: its
            stations are held in the cluster, served for calls from other processes, and
            `call` reaches the stations of the other nodes too. Started and closed with
            the server.

    Closing a station, or the server, never waits longer than *close_timeout* for the close
    frame to leave and the peer to answer; then the TCP connection is aborted. With
    ``close_timeout=None`` a station that reads nothing can hold a close forever.

    Raises:
        ValueError: a version is not supported, or none is enabled; *frames_per_turn* is
            below 1; *gc_freeze* is negative.
        BusClosedError: *cluster* is already started.
    """

    def __init__(
        self,
        handlers: Mapping[str, Handler] | None = None,
        *,
        host: str | None = "127.0.0.1",
        port: int = 9000,
        versions: Iterable[str | Version] = _ALL_VERSIONS,
        ssl: _ssl.SSLContext | None = None,
        authorize: Authorizer | None = None,
        device_factory: DeviceFactory | None = None,
        on_connect: StationCallback | None = None,
        on_disconnect: StationCallback | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        close_timeout: float | None = 10.0,
        max_size: int | None = DEFAULT_MAX_SIZE,
        call_timeout: float = 30.0,
        compression: str | None = "deflate",
        open_timeout: float | None = 10.0,
        backlog: int = DEFAULT_BACKLOG,
        write_limit: int = DEFAULT_WRITE_LIMIT,
        drain_timeout: float | None = 30.0,
        frames_per_turn: int = 8,
        rate_limit: RateLimit | None = None,
        gc_freeze: float | None = None,
        serve_options: Mapping[str, Any] | None = None,
        cluster: Cluster | None = None,
    ) -> None:
        if frames_per_turn < 1:
            raise ValueError("frames_per_turn must be at least 1")
        if gc_freeze is not None and gc_freeze < 0:
            raise ValueError("gc_freeze must not be negative")
        self.versions = parse_versions(versions)
        self.host = host
        self._port = port
        self.ssl = ssl
        self.authorize = authorize
        self.device_factory = device_factory or _default_factory(handlers, call_timeout)
        self.call_timeout = call_timeout
        self.on_connect = on_connect
        self.on_disconnect = on_disconnect
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.close_timeout = close_timeout
        self.max_size = max_size
        self.compression = compression
        self.open_timeout = open_timeout
        self.backlog = backlog
        self.write_limit = write_limit
        self.drain_timeout = drain_timeout
        self.frames_per_turn = frames_per_turn
        self.rate_limit = rate_limit
        self.gc_freeze = gc_freeze
        self._freeze: asyncio.TimerHandle | None = None
        self._serve_options = dict(serve_options or {})
        self._log = LogLimiter(logger)
        self._strings: dict[str, str] = {}  # header names and values the stations share
        self._stations: dict[str, Station] = {}
        self._requests: weakref.WeakKeyDictionary[ServerConnection, HandshakeRequest] = (
            weakref.WeakKeyDictionary()
        )
        self._tasks = TaskSet()
        self._server: Server | None = None
        self._keepalive: _Keepalive | None = None
        self._edge = None
        if cluster is not None:
            from ..cluster import Edge

            self._edge = Edge(cluster, self)

    # -- running ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start listening; return once the socket is bound.

        Raises:
            LocalProtocolError: the server is already started.
            OSError: the address cannot be bound, or the cluster's broker cannot be reached.
        """
        if self._server is not None:
            raise LocalProtocolError("the central system is already started")
        if self._edge is not None:
            await self._edge.start()
        options: dict[str, Any] = {
            "subprotocols": [Subprotocol(v.value) for v in self.versions],
            "select_subprotocol": self._select_subprotocol,
            "process_request": self._process_request,
            "ping_interval": self.ping_interval,
            "ping_timeout": self.ping_timeout,
            "close_timeout": self.close_timeout,
            "open_timeout": self.open_timeout,
            "max_size": self.max_size,
            "compression": self.compression,
            "ssl": self.ssl,
            "backlog": self.backlog,
            "write_limit": self.write_limit,
            **_deflate(self.compression),
            **self._serve_options,
        }
        interval = options["ping_interval"]
        self._keepalive = (
            None
            if interval is None
            else _Keepalive(
                asyncio.get_running_loop(),
                interval,
                options["ping_timeout"],
                options["close_timeout"],
            )
        )
        # one keepalive for all the stations, instead of websockets' task per connection
        options["create_connection"] = functools.partial(
            _StationConnection, keepalive=self._keepalive
        )
        try:
            self._server = await serve(self._handle, self.host, self._port, **options)
        except BaseException:
            if self._edge is not None:
                await self._edge.close()
            raise
        if self.gc_freeze is not None:
            gc.collect()  # start-up's garbage, while it is cheap to find
            gc.freeze()

    async def serve_forever(self) -> None:
        """Start (unless started) and serve until cancelled; then close everything.

        Raises:
            OSError: the address cannot be bound.
        """
        if self._server is None:
            await self.start()
        try:
            await asyncio.Future()
        finally:
            await self.close()

    async def close(self) -> None:
        """Stop listening, close every connection (code 1001) and wait for their teardown.

        Every device is disconnected and every *on_disconnect* callback has run when this
        returns. A station that does not answer the close, or reads nothing, is aborted after
        *close_timeout* seconds; one still in its opening handshake is dropped after
        *open_timeout*. Closing twice does nothing. Raises nothing.
        """
        server, self._server = self._server, None
        if server is None:
            return
        server.close()  # each close is bounded by close_timeout (see _StationConnection)
        await server.wait_closed()
        if self._keepalive is not None:
            self._keepalive.close()
            self._keepalive = None
        if self._freeze is not None:
            self._freeze.cancel()
            self._freeze = None
        await self._tasks.cancel_all()
        self._log.flush()
        if self._edge is not None:
            await self._edge.close()

    async def __aenter__(self) -> CentralSystem:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def port(self) -> int:
        """The port the server listens on (useful with ``port=0``).

        Raises:
            LocalProtocolError: the server is not started.
        """
        if self._server is None:
            raise LocalProtocolError("the central system is not started")
        return int(self._server.sockets[0].getsockname()[1])

    # -- the registry -------------------------------------------------------------------------

    @property
    def stations(self) -> Mapping[str, Station]:
        """The connected stations by identity: a live, read-only view."""
        return MappingProxyType(self._stations)

    async def call(
        self,
        identity: str,
        action: str,
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> Any:
        """Send a CALL to the station *identity* and return its CALLRESULT payload.

        With a *cluster*, a station of another node is called through it (see
        `ocpp_engine.cluster.Cluster.call`).

        Raises:
            NotConnectedError: no station with that identity is connected (without a cluster).
            StationNotConnected: no node of the cluster holds it (with a cluster).
            Exception: whatever `Device.call` raises (`CallError`, `CallTimeoutError`,
                `ConnectionClosedError`, ...).
        """
        station = self._stations.get(identity)
        if station is None:
            if self._edge is not None:
                return await self._edge.call(identity, action, payload, timeout=timeout)
            raise NotConnectedError(f"no station {identity!r} is connected")
        return await station.device.call(action, payload, timeout=timeout)

    async def close_connection(self, identity: str, code: int = 1000, reason: str = "") -> bool:
        """Close the connection of station *identity* and wait for its teardown.

        Returns:
            ``True`` if the station was connected, ``False`` otherwise. Raises nothing.
        """
        station = self._stations.get(identity)
        if station is None:
            return False
        await station.close(code, reason)
        return True

    # -- the handshake ------------------------------------------------------------------------

    def _pick(self, offered: Iterable[str]) -> Version | None:
        offered = set(offered)
        for version in self.versions:
            if version.value in offered:
                return version
        return None

    def _select_subprotocol(
        self, connection: ServerConnection, offered: Iterable[str]
    ) -> Subprotocol | None:
        version = self._pick(offered)
        return None if version is None else Subprotocol(version.value)

    async def _process_request(
        self, connection: ServerConnection, request: Request
    ) -> Response | None:
        path = request.path
        identity = _identity_from_path(path)
        headers = _Headers.of(request.headers, self._strings)
        version = self._pick(_offered(headers))
        problem = identity_problem(identity, version)
        if problem is not None:
            self._log.info(_host(connection), "refused a connection to %r: %s", path, problem)
            return connection.respond(HTTPStatus.BAD_REQUEST, problem + "\n")
        username, password, password_bytes = _basic_credentials(headers)
        cert = None
        if self.ssl is not None:
            cert = connection.transport.get_extra_info("peercert") or None
        handshake = HandshakeRequest(
            identity=identity,
            path=path,
            headers=headers,
            username=username,
            password=password,
            version=version,
            remote_address=connection.remote_address,
            client_certificate=cert,
            password_bytes=password_bytes,
        )
        if self.authorize is not None:
            try:
                verdict = self.authorize(handshake)
                if hasattr(verdict, "__await__"):
                    verdict = await verdict
            except Exception:
                logger.exception("the authorize callback failed; refusing %r", identity)
                verdict = False
            if not verdict:
                self._log.info(_host(connection), "refused station %r: not authorised", identity)
                response = connection.respond(HTTPStatus.UNAUTHORIZED, "Unauthorized\n")
                response.headers["WWW-Authenticate"] = 'Basic realm="OCPP", charset="UTF-8"'
                return response
        self._requests[connection] = handshake
        return None

    # -- one connection -----------------------------------------------------------------------

    async def _handle(self, websocket: ServerConnection) -> None:
        request = self._requests.pop(websocket, None)
        if request is not None and websocket.request is not None:
            # the request lives as long as websockets' parser: keep the compact headers only
            websocket.request.headers = request.headers  # type: ignore[assignment]
        if request is None or websocket.subprotocol is None:
            self._log.info(_host(websocket), "closing a connection that agreed on no OCPP version")
            await websocket.close(CloseCode.PROTOCOL_ERROR, "no OCPP version agreed")
            return
        await self._replace(request.identity)
        station = await self._open(websocket, request, Version(websocket.subprotocol))
        if station is None:
            await websocket.close(CloseCode.INTERNAL_ERROR, "internal error")
            return
        try:
            await self._serve(station)
        finally:
            await self._finish(station)

    async def _replace(self, identity: str) -> None:
        """Tear down the connection *identity* had, if any, and close it in a task.

        Nothing of it stays referenced here (this frame ends before the new connection is
        served), so the old station, device and socket are freed once the socket is closed.
        """
        old = self._stations.pop(identity, None)
        if old is not None:
            self._log.info(
                identity, "station %r reconnected; closing its previous connection", identity
            )
            await self._finish(old)
            self._spawn(old.websocket.close(CloseCode.NORMAL_CLOSURE, "replaced"))

    async def _open(
        self, websocket: ServerConnection, request: HandshakeRequest, version: Version
    ) -> Station | None:
        """Make and register the station of a new connection (``None``: the factory failed)."""
        try:
            device = self.device_factory(request)
            device.sender = websocket.send
            _close_on_request(device, websocket, self._log, request.identity)
            device.connected(version)
        except Exception:
            logger.exception("could not create the device of station %r", request.identity)
            return None
        if isinstance(websocket, _StationConnection):
            websocket.arm(request.identity, self.drain_timeout, self._stalled)
        station = Station(request, device, version, websocket)
        self._stations[request.identity] = station
        if self.gc_freeze is not None and self._freeze is None:
            self._freeze = asyncio.get_running_loop().call_later(self.gc_freeze, self._frozen)
        if self._edge is not None:
            await self._edge.station_connected(station)
        if self.on_connect is not None:
            station._on_connect = self._spawn(
                call_back(self.on_connect, station, what="on_connect")
            )
        return station

    async def _serve(self, station: Station) -> None:
        """Feed the station's text frames to its device until the connection closes.

        Frames stop reaching the device as soon as the station is finished (a replaced
        connection must not feed a device that may already serve its successor). No frame is
        read while the station's unsent data is above the write limit, nor faster than the
        rate limit allows; after *frames_per_turn* frames the other stations get their turn.
        A binary frame closes the connection with 1003.
        """
        websocket = station.websocket
        device = station.device
        flow = websocket if isinstance(websocket, _StationConnection) else None
        bucket = None if self.rate_limit is None else _Bucket(self.rate_limit, device.clock)
        per_turn = left = self.frames_per_turn
        try:
            async for message in websocket:
                if not isinstance(message, str):
                    self._log.info(
                        station.identity,
                        "closing station %r: it sent a binary frame",
                        station.identity,
                    )
                    await websocket.close(CloseCode.UNSUPPORTED_DATA, "OCPP-J frames are text")
                    return
                if flow is not None:
                    if flow.over and not await flow.writable():
                        return
                    if bucket is not None and not await self._throttle(flow, bucket, station):
                        return
                if station._finished:
                    return
                device.received(message)
                del message  # not held while waiting for the next one
                left -= 1
                if not left:
                    left = per_turn
                    await asyncio.sleep(0)
        except ConnectionClosed:
            pass

    async def _throttle(self, flow: _StationConnection, bucket: _Bucket, station: Station) -> bool:
        """Wait until *bucket* lets one more frame through; ``False`` if the connection is lost."""
        wait = bucket.take()
        if not wait:
            return True
        self._log.info(
            station.identity,
            "station %r sends more than %g frames a second: reading it more slowly",
            station.identity,
            bucket.rate,
        )
        while wait:
            if not await flow.hold(bucket.clock, wait):
                return False
            wait = bucket.take()
        return True

    def _stalled(self, connection: _StationConnection) -> None:
        """*connection* kept its unsent data above the write limit too long: close it."""
        self._log.warn(
            connection.identity,
            "station %r read nothing for %.1f s (%d bytes unsent): closing with %d",
            connection.identity,
            self.drain_timeout,
            connection.transport.get_write_buffer_size(),
            NOT_READING,
        )
        self._spawn(connection.close(NOT_READING, "not reading"))

    async def _finish(self, station: Station) -> None:
        """Tear *station* down once: unregister, disconnect its device, run on_disconnect."""
        if station._finished:
            return
        station._finished = True
        try:
            if self._stations.get(station.identity) is station:
                del self._stations[station.identity]
            station.device.disconnected()
            if self._edge is not None:
                await self._edge.station_disconnected(station)
            if station._on_connect is not None:
                station._on_connect.cancel()
            await call_back(self.on_disconnect, station, what="on_disconnect")
        finally:
            station._torn_down()

    def _frozen(self) -> None:
        """Leave what exists now, the new stations included, out of later collections."""
        self._freeze = None
        gc.collect(1)  # young garbage cycles are not frozen (a collection of old ones is long)
        gc.freeze()

    def _spawn(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        return self._tasks.spawn(coro)


def _deflate(compression: str | None) -> dict[str, Any]:
    """The permessage-deflate settings of a central system: no context kept between messages.

    A kept compressor and decompressor are most of what a connection costs (about 31 KiB of
    50 per station, idle, measured by ``benchmarks/load.py``); compressing each message on
    its own costs some ratio on similar messages, and no memory between them.
    """
    if compression != "deflate":
        return {}
    from websockets.extensions.permessage_deflate import ServerPerMessageDeflateFactory

    factory = ServerPerMessageDeflateFactory(
        server_max_window_bits=12,
        client_max_window_bits=12,
        server_no_context_takeover=True,
        client_no_context_takeover=True,
        compress_settings={"memLevel": 5},
    )
    return {"extensions": [factory]}


class _CloseOnRequest:
    """Closes the WebSocket when its device asks (too many broken frames: code 1002)."""

    __slots__ = ("key", "log", "websocket")

    def __init__(
        self,
        websocket: ServerConnection | ClientConnection,
        log: LogLimiter | None = None,
        key: str = "",
    ) -> None:
        self.websocket = websocket
        self.log = log
        self.key = key

    async def __call__(self, request: CloseRequest) -> None:
        reason = request.reason.encode()[:123].decode(errors="ignore")  # RFC 6455: 123 bytes
        message = "closing the connection with %d: %s"
        if self.log is not None:
            self.log.warn(self.key, message, request.code, request.reason)
        else:
            logger.warning(message, request.code, request.reason)
        await self.websocket.close(request.code, reason)


def _close_on_request(
    device: Device,
    websocket: ServerConnection | ClientConnection,
    log: LogLimiter | None = None,
    key: str = "",
) -> None:
    """Let *device* close *websocket*, unless its user set an ``on_close_request`` of their own.

    A central system passes its *log*, so that a station whose connections keep being closed
    for it logs a few lines and a summary (under *key*), not one each time.
    """
    current = device.on_close_request
    if current is None or isinstance(current, _CloseOnRequest):
        device.on_close_request = _CloseOnRequest(websocket, log, key)


def _describe(exc: BaseException) -> str:
    """One short line for a failed connection attempt (no object reprs, no response body)."""
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _closed_by_peer(websocket: ServerConnection | ClientConnection) -> ConnectionError:
    """Describe how *websocket* closed: the close code and reason, when there were any."""
    protocol = websocket.protocol
    code, reason = protocol.close_code, protocol.close_reason
    if code is None:
        return ConnectionError("the connection was lost")
    return ConnectionError(
        f"the connection closed with code {code}" + (f" ({reason})" if reason else "")
    )


def _identity_from_path(path: str) -> str:
    """Return the last path segment, percent-decoded ("" if it does not decode as UTF-8)."""
    segment = path.partition("?")[0].rpartition("/")[2]
    try:
        return unquote(segment, errors="strict")
    except UnicodeDecodeError:
        return ""


async def _pump(
    websocket: ServerConnection | ClientConnection,
    device: Device,
    alive: Callable[[], bool] = lambda: True,
) -> None:
    """Feed every text frame to *device* until the connection closes; refuse binary frames.

    Frames stop reaching the device as soon as *alive* returns false (a replaced connection
    must not feed a device that may already serve its successor).
    """
    try:
        async for message in websocket:
            if not alive():
                return
            if isinstance(message, str):
                device.received(message)
            else:
                logger.info("closing a connection that sent a binary frame")
                await websocket.close(CloseCode.UNSUPPORTED_DATA, "OCPP-J frames are text")
                return
    except ConnectionClosed:
        pass


ChargePointCallback = Callable[["ChargePoint"], Any]
"""``callback(charge_point)``, sync or async."""


class ChargePoint(DeviceLink):
    """An OCPP-J WebSocket client for a charging station, reconnecting after a lost connection.

    Args:
        url: the central system's endpoint, such as ``"ws://localhost:9000/ocpp"``; the
            percent-encoded identity is appended as the last path segment.
        identity: the station identity.
        handlers: action -> handler for the device this client creates (see `Device`).
        versions: the versions to offer, in order of preference (required).
        device: a `Device` to use instead of creating one; its sender is replaced.
        password: the Basic-auth password (security profiles 1 and 2): text (sent as UTF-8) or
            `bytes` sent as they are, such as OCPP-J 1.6's 20-byte AuthorizationKey
            (``bytes.fromhex(key_hex)``); ``None``: no Basic auth.
        username: the Basic-auth user name (default: the identity, as OCPP requires).
        ssl: a client `ssl.SSLContext` for ``wss://`` (load a client certificate into it for
            security profile 3); ``None`` uses the default context for ``wss://`` URLs.
        reconnect: whether to reconnect after a failed attempt or a lost connection.
        backoff: the waits between attempts. They grow after every failed attempt and after
            every connection that was not good, and start over after a good one.
        stable_after: how long, in seconds, a connection must stay up to count as good (one
            that carried an answer to one of our CALLs is good at once). A central system that
            accepts the connection and then closes it, again and again, thus meets waits that
            grow instead of a reconnection every *backoff.initial* seconds.
        random: returns a float in [0, 1) for the jitter; injectable for tests.
        sleep: waits between attempts (default: `ocpp_engine.sleep` on the device's clock, so
            a `FakeClock` drives it); injectable for tests.
        on_connect: ``on_connect(charge_point)``, sync or async, runs as a task after every
            connection; it is cancelled on disconnect. Boot from here through a
            `RegistrationGate` made once for the device and kept across connections
            (``await gate.boot(payload)``): OCPP-J sends BootNotification again after a
            reconnection only when its content changed (1.6 section 5.4, 2.0.1 section 5.3,
            2.1 section 5.4), and the gate sends it only then.
        on_disconnect: ``on_disconnect(charge_point)``, sync or async, runs after every loss.
        ping_interval: seconds between pings (``None``: no pings).
        ping_timeout: seconds to wait for a pong before dropping the connection.
        close_timeout: seconds to wait for the peer's part of a closing handshake; a dead
            central system is noticed after *ping_interval* + *ping_timeout* + *close_timeout*.
        max_size: the largest frame accepted, in bytes; larger ones close with code 1009.
        call_timeout: the created device's call timeout, in seconds.
        open_timeout: seconds allowed for the TCP, TLS and WebSocket handshakes.
        connect_options: further keyword arguments for `websockets.asyncio.client.connect`.

    Attributes:
        device: the station's `Device`, kept across connections.
        websocket: the current ``websockets`` client connection, or ``None`` while offline.
        last_error: why the last attempt failed, or how the last connection ended (a
            `ConnectionError` naming the close code and reason); ``None`` before either.

    Raises:
        ValueError: a version is not supported, none is given, or the identity is invalid for
            one of them.
    """

    _noun = "the charge point"

    def __init__(
        self,
        url: str,
        identity: str,
        handlers: Mapping[str, Handler] | None = None,
        *,
        versions: Iterable[str | Version],
        device: Device | None = None,
        password: str | bytes | None = None,
        username: str | None = None,
        ssl: _ssl.SSLContext | None = None,
        reconnect: bool = True,
        backoff: Backoff = Backoff(),  # noqa: B008 - frozen
        stable_after: float = 30.0,
        random: Callable[[], float] = _random.random,
        sleep: SleepFn | None = None,
        on_connect: ChargePointCallback | None = None,
        on_disconnect: ChargePointCallback | None = None,
        ping_interval: float | None = 20.0,
        ping_timeout: float | None = 20.0,
        close_timeout: float | None = 10.0,
        max_size: int | None = DEFAULT_MAX_SIZE,
        call_timeout: float = 30.0,
        open_timeout: float | None = 10.0,
        connect_options: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.versions = parse_versions(versions)
        for version in self.versions:
            problem = identity_problem(identity, version)
            if problem is not None:
                raise ValueError(f"{problem} ({version.value})")
        self.identity = identity
        self.url = url.rstrip("/") + "/" + quote(identity, safe="")
        self.device = (
            device
            if device is not None
            else Device(
                None,  # the sender is set when the connection is up
                handlers,
                role=Role.CHARGING_STATION,
                call_timeout=call_timeout,
                identity=identity,
            )
        )
        self.reconnect = reconnect
        self.backoff = backoff
        self.stable_after = stable_after
        self.on_connect = on_connect
        self.on_disconnect = on_disconnect
        self._random = random
        self._sleep = sleep
        self._health = ConnectionHealth(stable_after)
        headers: dict[str, str] = {}
        if password is not None:
            user = identity if username is None else username
            key = password if isinstance(password, bytes) else password.encode()
            token = base64.b64encode(user.encode() + b":" + key).decode("ascii")
            headers["Authorization"] = f"Basic {token}"
        self._options: dict[str, Any] = {
            "subprotocols": [Subprotocol(v.value) for v in self.versions],
            "additional_headers": headers,
            "ping_interval": ping_interval,
            "ping_timeout": ping_timeout,
            "close_timeout": close_timeout,
            "max_size": max_size,
            "open_timeout": open_timeout,
            **({"ssl": ssl} if ssl is not None else {}),
            **(connect_options or {}),
        }
        self.websocket: ClientConnection | None = None
        self.last_error: BaseException | None = None

    # -- running ------------------------------------------------------------------------------

    async def run(self) -> None:
        """Connect, and reconnect after every loss, until `close`.

        With ``reconnect=False`` it returns when the first connection ends.

        Raises:
            websockets.exceptions.InvalidURI: the URL is not a WebSocket URL.
            Exception: with ``reconnect=False``, why the connection could not be opened (a
                `ConnectionError` when the server agreed on none of our versions).
        """
        attempt = 0
        while not self._closing:
            try:
                websocket = await connect(self.url, **self._options)
            except (OSError, TimeoutError, asyncio.TimeoutError, EOFError, InvalidHandshake) as exc:
                self.last_error = exc
                if not self.reconnect:
                    raise  # the caller reports it
                # the text, not the exception: a kept log record must not keep the socket alive
                logger.warning("could not connect to %s: %s", self.url, _describe(exc))
            else:
                agreed = await self._session(websocket)
                if agreed is None:
                    if not self.reconnect and self.last_error is not None:
                        raise self.last_error
                elif agreed:
                    attempt = 0
            if not self.reconnect or self._closing:
                return
            delay = self.backoff.delay(attempt, self._random)
            attempt += 1
            logger.info("reconnecting to %s in %.1f s", self.url, delay)
            if self._sleep is not None:
                await self._sleep(delay)
            else:
                await sleep(self.device.clock, delay)

    async def _session(self, websocket: ClientConnection) -> bool | None:
        """Run one connection; return whether it was good, ``None`` if no version was agreed.

        A connection is good when it stayed up *stable_after* seconds on the device's clock,
        or carried an answer to one of our CALLs.
        """
        self.websocket = websocket
        try:
            agreed = websocket.subprotocol
            if agreed is None or agreed not in {v.value for v in self.versions}:
                self.last_error = ConnectionError("the server agreed on none of our versions")
                logger.warning(
                    "%s agreed on none of %s", self.url, [v.value for v in self.versions]
                )
                await websocket.close(CloseCode.PROTOCOL_ERROR, "no OCPP version agreed")
                return None
            device = self.device
            device.sender = websocket.send
            _close_on_request(device, websocket)
            device.connected(Version(agreed))
            self._health.stable_after = self.stable_after
            self._health.begin(device.clock)
            self._health.watch(device)
            self._up.set()
            hook = None
            if self.on_connect is not None:
                hook = asyncio.ensure_future(call_back(self.on_connect, self, what="on_connect"))
            try:
                await _pump(websocket, device)
            finally:
                self._up.clear()
                good = self._health.end()
                if not self._closing:
                    self.last_error = _closed_by_peer(websocket)
                device.disconnected()
                if hook is not None:
                    hook.cancel()
                    await asyncio.gather(hook, return_exceptions=True)
                await call_back(self.on_disconnect, self, what="on_disconnect")
            return good
        finally:
            self.websocket = None

    async def close(self) -> None:
        """Close the connection, stop reconnecting, and wait for the device to disconnect.

        Raises nothing.
        """
        self._closing = True
        websocket = self.websocket
        if websocket is not None:
            await websocket.close()
        task, self._task = self._task, None
        if task is not None:
            if websocket is not None:
                # The session ends now that its socket is closed; let it run on_disconnect.
                await asyncio.wait({task})
            task.cancel()  # sleeping or connecting: stop it
            await asyncio.gather(task, return_exceptions=True)

    def __repr__(self) -> str:
        state = "connected" if self.is_connected else "disconnected"
        return f"<ChargePoint {self.identity!r} {self.url} {state}>"
