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
defaults 20, 20 and 10).

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
import logging
import random as _random
import ssl as _ssl
import weakref
from collections.abc import Awaitable, Callable, Iterable, Mapping
from http import HTTPStatus
from types import MappingProxyType, TracebackType
from typing import TYPE_CHECKING, Any, Final
from urllib.parse import quote, unquote

import attrs

from .._clock import sleep
from .._device import Device, Handler
from .._errors import LocalProtocolError, NotConnectedError
from .._limits import CloseRequest
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
    from websockets.exceptions import ConnectionClosed, InvalidHandshake
    from websockets.frames import CloseCode
    from websockets.http11 import Request, Response
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
    "Station",
]

logger = logging.getLogger("ocpp_engine.transports")

#: The default limit on the size of one received frame, in bytes.
DEFAULT_MAX_SIZE: Final = 2**20
_ALL_VERSIONS: Final = (Version.V21, Version.V201, Version.V16)


@attrs.frozen
class HandshakeRequest:
    """What the central system knows of a connection attempt before the upgrade.

    The *authorize* callback and the *device_factory* of `CentralSystem` receive it; it stays
    available as `Station.request`.

    Attributes:
        identity: the station identity: the last path segment, percent-decoded.
        path: the request path, query string included.
        headers: the HTTP request headers (a case-insensitive mapping).
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
        websocket: the underlying ``websockets`` server connection.
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
        self._done = asyncio.Event()
        self._on_connect: asyncio.Task[None] | None = None

    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the connection and wait until the station is fully disconnected.

        The device is disconnected and the central system's *on_disconnect* callback has run
        when this returns. Closing a closed station does nothing. Raises nothing.
        """
        await self.websocket.close(code, reason)
        await self._done.wait()

    def __repr__(self) -> str:
        return f"<Station {self.identity!r} {self.version.value}>"


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
        serve_options: further keyword arguments for `websockets.asyncio.server.serve`.
        cluster: an unstarted `ocpp_engine.cluster.Cluster` to join as an edge node: its
            stations are held in the cluster, served for calls from other processes, and
            `call` reaches the stations of the other nodes too. Started and closed with
            the server.

    Raises:
        ValueError: a version is not supported, or none is enabled.
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
        serve_options: Mapping[str, Any] | None = None,
        cluster: Cluster | None = None,
    ) -> None:
        self.versions = parse_versions(versions)
        self.host = host
        self._port = port
        self.ssl = ssl
        self.authorize = authorize
        self.device_factory = device_factory or _default_factory(handlers, call_timeout)
        self.on_connect = on_connect
        self.on_disconnect = on_disconnect
        self.ping_interval = ping_interval
        self.ping_timeout = ping_timeout
        self.close_timeout = close_timeout
        self.max_size = max_size
        self.compression = compression
        self._serve_options = dict(serve_options or {})
        self._stations: dict[str, Station] = {}
        self._requests: weakref.WeakKeyDictionary[ServerConnection, HandshakeRequest] = (
            weakref.WeakKeyDictionary()
        )
        self._tasks: set[asyncio.Task[Any]] = set()
        self._server: Server | None = None
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
        starting = serve(
            self._handle,
            self.host,
            self._port,
            subprotocols=[Subprotocol(v.value) for v in self.versions],
            select_subprotocol=self._select_subprotocol,
            process_request=self._process_request,
            ping_interval=self.ping_interval,
            ping_timeout=self.ping_timeout,
            close_timeout=self.close_timeout,
            max_size=self.max_size,
            compression=self.compression,
            ssl=self.ssl,
            **self._serve_options,
        )
        try:
            self._server = await starting
        except BaseException:
            if self._edge is not None:
                await self._edge.close()
            raise

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
        returns. Closing twice does nothing. Raises nothing.
        """
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        await server.wait_closed()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
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
        version = self._pick(_offered(request.headers))
        problem = identity_problem(identity, version)
        if problem is not None:
            logger.info("refused a connection to %r: %s", path, problem)
            return connection.respond(HTTPStatus.BAD_REQUEST, problem + "\n")
        username, password, password_bytes = _basic_credentials(request.headers)
        cert = None
        if self.ssl is not None:
            cert = connection.transport.get_extra_info("peercert") or None
        handshake = HandshakeRequest(
            identity=identity,
            path=path,
            headers=request.headers,
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
                logger.info("refused station %r: not authorised", identity)
                response = connection.respond(HTTPStatus.UNAUTHORIZED, "Unauthorized\n")
                response.headers["WWW-Authenticate"] = 'Basic realm="OCPP", charset="UTF-8"'
                return response
        self._requests[connection] = handshake
        return None

    # -- one connection -----------------------------------------------------------------------

    async def _handle(self, websocket: ServerConnection) -> None:
        request = self._requests.pop(websocket, None)
        if request is None or websocket.subprotocol is None:
            logger.info("closing a connection that agreed on no OCPP version")
            await websocket.close(CloseCode.PROTOCOL_ERROR, "no OCPP version agreed")
            return
        version = Version(websocket.subprotocol)
        old = self._stations.pop(request.identity, None)
        if old is not None:
            logger.info("station %r reconnected; closing its previous connection", request.identity)
            await self._finish(old)
            self._spawn(old.websocket.close(CloseCode.NORMAL_CLOSURE, "replaced"))
        try:
            device = self.device_factory(request)
            device.sender = websocket.send
            _close_on_request(device, websocket)
            device.connected(version)
        except Exception:
            logger.exception("could not create the device of station %r", request.identity)
            await websocket.close(CloseCode.INTERNAL_ERROR, "internal error")
            return
        station = Station(request, device, version, websocket)
        self._stations[request.identity] = station
        if self._edge is not None:
            await self._edge.station_connected(station)
        if self.on_connect is not None:
            station._on_connect = self._spawn(
                call_back(self.on_connect, station, what="on_connect")
            )
        try:
            await _pump(websocket, device, lambda: not station._finished)
        finally:
            await self._finish(station)

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
            station._done.set()

    def _spawn(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task


class _CloseOnRequest:
    """Closes the WebSocket when its device asks (too many broken frames: code 1002)."""

    __slots__ = ("websocket",)

    def __init__(self, websocket: ServerConnection | ClientConnection) -> None:
        self.websocket = websocket

    async def __call__(self, request: CloseRequest) -> None:
        reason = request.reason.encode()[:123].decode(errors="ignore")  # RFC 6455: 123 bytes
        logger.warning("closing the connection with %d: %s", request.code, request.reason)
        await self.websocket.close(request.code, reason)


def _close_on_request(device: Device, websocket: ServerConnection | ClientConnection) -> None:
    """Let *device* close *websocket*, unless its user set an ``on_close_request`` of their own."""
    current = device.on_close_request
    if current is None or isinstance(current, _CloseOnRequest):
        device.on_close_request = _CloseOnRequest(websocket)


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
