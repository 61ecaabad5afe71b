"""OCPP-S (OCPP 1.6 and 1.5 over SOAP 1.2 and HTTP): a central system and a charge point.

Needs the ``soap`` extra (``pip install 'ocpp-engine[soap]'``); it runs on aiohttp, which has
the HTTP server and the HTTP client in one maintained asyncio library.

SOAP is request and response over HTTP; the transport maps it onto a normal `Device`. A SOAP
request becomes the CALL frame ``[2, <wsa:MessageID>, <action>, <payload>]`` fed to the device,
and the device's CALLRESULT or CALLERROR for it becomes the HTTP response: the response
envelope (``RelatesTo`` the request's MessageID) or a SOAP fault (`ocpp_engine.soap.FAULTS`).
A CALL the device sends becomes an HTTP POST to the peer's endpoint, and the response envelope
a CALLRESULT (a fault a CALLERROR) fed back to the device. Handlers, hooks, validation, typed
messages, timeouts and the registration gate work as on WebSocket. A 1.6-S payload is the same
dict as its 1.6-J twin; 1.5-S runs a device on ``Version.V15``.

`SoapCentralSystem` serves stations: one `Device` per ``chargeBoxIdentity``, made on the
station's first request, the version told by the payload's namespace. It learns where to send
its calls from the requests' ``wsa:From`` (or ``wsa:ReplyTo``) address, unless *endpoints*
configures one for the station (stations that send neither, as many do, need it). Its registry
and `SoapCentralSystem.call` are those of the WebSocket `CentralSystem`; `CentralSystemGroup`
puts several servers behind one registry and one ``call``, so one set of handlers serves
1.6-J, 1.6-S and 1.5-S stations.

`SoapChargePoint` is the station's side: it posts its calls to the central system's URL with
its own endpoint in ``wsa:From``, and serves the central system's calls on that endpoint.

Every bad request gets a SOAP fault and the server goes on serving: unreadable or oversized
XML, a DOCTYPE (so no XXE and no entity expansion), a wrong namespace, an unknown action, a
missing or wrong identity. A ``Sender`` fault comes with HTTP 400, any other with 500.

Example:
    ```python
    async with SoapCentralSystem({"BootNotification": on_boot}, port=8080) as csms:
        ...
        result = await csms.call("CP1", "Reset", {"type": "Soft"})
    ```
"""

from __future__ import annotations

import asyncio
import json
import logging
import ssl as _ssl
import uuid
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from types import MappingProxyType, TracebackType
from typing import Any, Final, Protocol

import attrs

from .._device import Device, Handler
from .._errors import LocalProtocolError, NotConnectedError
from .._logs import LogLimiter
from .._tasks import TaskSet
from .._versions import Role, Version, parse_version, rules_for
from ..soap._envelope import (
    ANONYMOUS,
    ANONYMOUS_2004,
    FAULT_ACTION,
    NONE_ADDRESS,
    Fault,
    SoapError,
    SoapMessage,
    action_uri,
    callerror_of,
    fault_for,
    http_status,
    sender_error,
    split_action,
)
from ..soap._envelope import decode as decode_envelope
from ..soap._envelope import encode as encode_envelope
from ..soap._payload import NAMESPACES, PayloadError, service_of
from ..soap._payload import decode as decode_payload
from ..soap._payload import encode as encode_payload
from ._common import DeviceLink, call_back, identity_problem, missing_extra

try:
    from aiohttp import ClientError, ClientSession, ClientTimeout, web
except ImportError as _exc:  # pragma: no cover - depends on the environment
    raise missing_extra("ocpp_engine.transports.soap", "soap", "aiohttp>=3.9", _exc) from _exc

__all__ = [
    "CentralSystemGroup",
    "SoapCentralSystem",
    "SoapChargePoint",
    "SoapRequest",
    "SoapStation",
]

logger = logging.getLogger("ocpp_engine.transports")

#: The largest request or response body read, in bytes (1 MiB); a larger one gets a fault.
DEFAULT_MAX_SIZE: Final = 2**20
#: The most stations a `SoapCentralSystem` keeps by default; beyond it the station heard from
#: least recently is dropped (and made anew on its next request).
DEFAULT_MAX_STATIONS: Final = 10_000
#: The longest chargeBoxIdentity served (OCPP-S sets none; this bounds what a made-up one costs).
MAX_IDENTITY_LENGTH: Final = 255
#: The content type of SOAP 1.2 messages (RFC 3902).
CONTENT_TYPE: Final = "application/soap+xml; charset=utf-8"
#: The versions with a SOAP binding, newest first (those the payload codec has namespaces for).
_SOAP_VERSIONS: Final = tuple(
    sorted({v for v, _ in NAMESPACES}, key=lambda v: v.value, reverse=True)
)


def _parse_soap_versions(versions: Iterable[str | Version]) -> tuple[Version, ...]:
    """*versions* as `Version` members, in order, without repeats.

    Raises:
        ValueError: a version is unknown or has no SOAP binding, or none is given.
    """
    out: list[Version] = []
    for v in versions:
        parsed = parse_version(v)
        if parsed not in _SOAP_VERSIONS:
            raise ValueError(f"{parsed.value} has no SOAP binding")
        if parsed not in out:
            out.append(parsed)
    if not out:
        raise ValueError("at least one OCPP version must be enabled")
    return tuple(out)


@attrs.frozen
class SoapRequest:
    """What a central system knows of a station's SOAP request before it is served.

    The *authorize* callback and the *device_factory* of `SoapCentralSystem` receive it.

    Attributes:
        identity: the ``chargeBoxIdentity`` header.
        version: the version the payload's namespace names (``Version.V16`` or ``V15``).
        action: the OCPP action, such as ``"BootNotification"``.
        path: the HTTP request path, query string included.
        headers: the HTTP request headers (a case-insensitive mapping).
        remote_address: the peer's address, or ``None``.
        from_: the ``wsa:From`` address, or ``None``.
        reply_to: the ``wsa:ReplyTo`` address, or ``None``.
        client_certificate: the verified client certificate (as `ssl.SSLSocket.getpeercert`
            returns it) over HTTPS with client certificates, else ``None``.
    """

    identity: str
    version: Version
    action: str
    path: str
    headers: Mapping[str, str]
    remote_address: str | None
    from_: str | None
    reply_to: str | None
    client_certificate: Mapping[str, Any] | None = None


Authorizer = Callable[[SoapRequest], "bool | Awaitable[bool]"]
"""``authorize(request)``, sync or async: return ``True`` to serve the request."""

DeviceFactory = Callable[[SoapRequest], Device]
"""``device_factory(request)``: return the `Device` for a station's first request."""

EndpointLookup = Callable[[str], "str | None"]
"""``endpoint(identity)``: the URL of the station's ChargePointService, or ``None``."""

StationCallback = Callable[["SoapStation"], Any]
"""``callback(station)``, sync or async."""


def _endpoint_of(message: SoapMessage) -> str | None:
    """The station's endpoint a message names: its ``From``, else its ``ReplyTo`` address."""
    for address in (message.from_, message.reply_to):
        if (
            address
            and address not in (ANONYMOUS, ANONYMOUS_2004, NONE_ADDRESS)
            and address.startswith(("http://", "https://"))
        ):
            return address
    return None


#: The longest message id OCPP-J allows.
_MAX_ID: Final = 36


def _peer_certificate(request: web.Request) -> Mapping[str, Any] | None:
    """The verified client certificate of an HTTPS request, or ``None``."""
    transport = request.transport
    if transport is None:
        return None
    certificate = transport.get_extra_info("peercert")
    return certificate or None


def _wsa_id(frame_id: str) -> str:
    """The ``wsa:MessageID`` of a CALL: ``urn:uuid:<id>`` for a UUID, else the id itself."""
    try:
        return f"urn:uuid:{uuid.UUID(frame_id)}"
    except ValueError:
        return frame_id


class _Session:
    """One device's SOAP traffic: the answers to the requests it serves, and its calls out.

    It is the device's sender. A CALLRESULT or CALLERROR frame answers the request waiting
    under its id; a CALL frame is posted to *endpoint* in a task.
    """

    def __init__(
        self,
        http: _Http,
        device: Device,
        version: Version,
        identity: str,
        endpoint: str | None,
        from_: str | None,
    ) -> None:
        self.http = http
        self.device = device
        self.version = version
        self.identity = identity
        self.endpoint = endpoint
        self.from_ = from_
        #: frame id -> the answer awaited for a request being served
        self.answers: dict[str, asyncio.Future[list[Any]]] = {}
        #: the MessageIDs of the requests being served
        self.serving: set[str] = set()

    def send(self, frame: str | bytes) -> None:
        """The device's sender. Raises NotConnectedError for a CALL without an endpoint."""
        message = json.loads(frame)
        kind = message[0]
        if kind == 2:
            if self.endpoint is None:
                raise NotConnectedError(
                    f"no endpoint is known for station {self.identity!r}: it sent no wsa:From "
                    "and none is configured"
                )
            self.http.spawn(self._post(message[1], message[2], message[3], self.endpoint))
        elif kind in (3, 4):
            waiter = self.answers.pop(message[1], None)
            if waiter is not None and not waiter.done():
                waiter.set_result(message)

    async def answer(self, message_id: str, action: str, payload: Any) -> list[Any]:
        """Feed a request to the device as a CALL; return its CALLRESULT or CALLERROR frame.

        The CALL carries *message_id* when it fits OCPP-J's 36 characters, else an id of its
        own (a ``urn:uuid:`` MessageID is 45 characters).

        Raises:
            SoapError: a request with the same id is being served, or the device did not
                answer within the answer timeout.
        """
        if message_id in self.serving:
            raise sender_error("ProtocolError", "a request with this MessageID is being served")
        frame_id = message_id if len(message_id) <= _MAX_ID else str(uuid.uuid4())
        while frame_id in self.answers:
            frame_id = str(uuid.uuid4())
        waiter: asyncio.Future[list[Any]] = asyncio.get_running_loop().create_future()
        self.answers[frame_id] = waiter
        self.serving.add(message_id)
        try:
            self.device.received(json.dumps([2, frame_id, action, payload]))
            return await asyncio.wait_for(waiter, self.http.answer_timeout)
        except asyncio.TimeoutError:
            raise SoapError(Fault("Receiver", "InternalError", "no answer in time")) from None
        finally:
            self.answers.pop(frame_id, None)
            self.serving.discard(message_id)

    def cancel(self) -> None:
        """Answer the requests being served with InternalError (the station is dropped).

        Raises nothing.
        """
        for frame_id, waiter in self.answers.items():
            if not waiter.done():
                waiter.set_result([4, frame_id, "InternalError", "the station was dropped", {}])
        self.answers.clear()
        self.serving.clear()

    async def _post(self, message_id: str, action: str, payload: Any, endpoint: str) -> None:
        """Post one CALL; feed its answer, or a CALLERROR saying what went wrong, to the device.

        Whatever fails, the device gets an answer, so its call never waits for nothing.
        """
        try:
            await self._exchange(message_id, action, payload, endpoint)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("ocpp_engine.transports.soap: could not post %s", action)
            self._failed(message_id, "InternalError", f"the {action} call could not be made")

    async def _exchange(self, message_id: str, action: str, payload: Any, endpoint: str) -> None:
        try:
            body = encode_payload(self.version, self.http.peer_service, action, False, payload)
        except PayloadError as exc:
            self._failed(message_id, exc.code, f"the payload does not fit the XSD: {exc}")
            return
        wsa_id = _wsa_id(message_id)
        envelope = SoapMessage(
            action_uri(action),
            wsa_id,
            body,
            identity=self.identity,
            to=endpoint,
            from_=self.from_,
            reply_to=ANONYMOUS,
        )
        try:
            status, data = await self.http.post(endpoint, encode_envelope(envelope), action)
        except SoapError as exc:
            self._failed(message_id, "GenericError", str(exc))
            return
        try:
            reply = decode_envelope(data, max_size=self.http.max_size)
        except SoapError as exc:
            self._failed(message_id, "ProtocolError", f"unreadable answer (HTTP {status}): {exc}")
            return
        if reply.fault is not None:
            fault = reply.fault
            details = {"soapCode": fault.code, "soapSubcode": fault.subcode or ""}
            self._failed(message_id, callerror_of(fault), fault.reason, details)
            return
        if reply.relates_to is not None and reply.relates_to not in (wsa_id, message_id):
            self._failed(message_id, "ProtocolError", "the answer relates to another message")
            return
        assert reply.body is not None
        try:
            decoded = decode_payload(reply.body)
        except PayloadError as exc:
            self._failed(message_id, exc.code, str(exc))
            return
        if not decoded.response or decoded.action != action:
            self._failed(message_id, "ProtocolError", f"the answer is no {action} response")
            return
        self.device.received(json.dumps([3, message_id, decoded.payload]))

    def _failed(
        self,
        message_id: str,
        code: str,
        description: str,
        details: Mapping[str, str] | None = None,
    ) -> None:
        rules = rules_for(self.version)
        frame = [4, message_id, rules.spell(code), rules.describe(description), dict(details or {})]
        self.device.received(json.dumps(frame))


LookupFn = Callable[["web.Request", SoapMessage, Any, str], Awaitable[_Session]]


class _Http:
    """The HTTP server and client one side runs: requests in for *service*, calls out.

    *lookup(request, message, decoded, identity)* returns the session that serves a request,
    or raises `SoapError`.
    """

    def __init__(
        self,
        service: str,
        lookup: LookupFn,
        *,
        host: str | None,
        port: int,
        max_size: int,
        answer_timeout: float,
        request_timeout: float,
        ssl: _ssl.SSLContext | None = None,
        client_ssl: _ssl.SSLContext | None = None,
    ) -> None:
        self.service = service
        self.ssl = ssl
        self.client_ssl = client_ssl
        self.peer_service = "cp" if service == "cs" else "cs"
        self.lookup = lookup
        self.host = host
        self.port_wanted = port
        self.max_size = max_size
        self.answer_timeout = answer_timeout
        self.request_timeout = request_timeout
        self.log = LogLimiter(logger)
        self.tasks = TaskSet()
        self.runner: web.AppRunner | None = None
        self.site: web.TCPSite | None = None
        self.client: ClientSession | None = None

    async def start(self) -> None:
        app = web.Application(client_max_size=self.max_size)
        app.router.add_post("/{tail:.*}", self.handle)
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.host, self.port_wanted, ssl_context=self.ssl)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self.runner, self.site = runner, site
        self.client = ClientSession(timeout=ClientTimeout(total=self.request_timeout))

    async def close(self) -> None:
        runner, self.runner = self.runner, None
        client, self.client = self.client, None
        await self.tasks.cancel_all()
        if runner is not None:
            await runner.cleanup()
        if client is not None:
            await client.close()
        self.log.flush()

    @property
    def port(self) -> int:
        runner = self.runner
        if runner is None or not runner.addresses:
            raise LocalProtocolError("the server is not started")
        return int(runner.addresses[0][1])

    def spawn(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        return self.tasks.spawn(coro)

    # -- calls out -----------------------------------------------------------------------------

    async def post(self, url: str, data: bytes, action: str) -> tuple[int, bytes]:
        """POST an envelope; return the status and the body (at most *max_size* bytes).

        Raises:
            SoapError: the peer could not be reached, did not answer in time, answered with
                a body too large, or the client is closed.
        """
        client = self.client
        if client is None:
            raise SoapError(Fault("Receiver", "InternalError", "the transport is closed"))
        headers = {"Content-Type": f'{CONTENT_TYPE}; action="{action_uri(action)}"'}
        try:
            tls: _ssl.SSLContext | bool = True if self.client_ssl is None else self.client_ssl
            async with client.post(url, data=data, headers=headers, ssl=tls) as response:
                body = await _read_bounded(response.content, self.max_size)
                return response.status, body
        except (ClientError, OSError, asyncio.TimeoutError, ValueError) as exc:
            text = str(exc)
            reason = f"no answer from {url}: {type(exc).__name__}" + (f": {text}" if text else "")
            raise SoapError(Fault("Receiver", "InternalError", reason)) from None

    # -- requests in ---------------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.Response:
        """Serve one HTTP request; every problem becomes a SOAP fault. Raises nothing."""
        message_id = None
        try:
            try:
                data = await asyncio.wait_for(request.read(), self.request_timeout)
            except web.HTTPRequestEntityTooLarge:
                raise sender_error(
                    "ProtocolError", f"the message is larger than {self.max_size} bytes"
                ) from None
            except asyncio.TimeoutError:
                raise sender_error("ProtocolError", "the message did not arrive in time") from None
            message = decode_envelope(data, max_size=self.max_size)
            message_id = message.message_id
            return await self._serve(request, message)
        except SoapError as exc:
            self.log.info(request.remote or "", "SOAP fault for %s: %s", request.remote, exc.fault)
            return _fault_response(exc.fault, message_id)
        except (ConnectionError, asyncio.CancelledError):
            raise
        except Exception:
            logger.exception("ocpp_engine.transports.soap: could not serve a request")
            return _fault_response(Fault("Receiver", "InternalError", "internal error"), message_id)

    async def _serve(self, request: web.Request, message: SoapMessage) -> web.Response:
        if message.body is None:
            raise sender_error("ProtocolError", "a request must carry a body, not a fault")
        namespace = message.body.tag[1:].partition("}")[0] if message.body.tag[:1] == "{" else ""
        known = service_of(namespace)
        if known is None:
            raise sender_error("ProtocolError", f"not an OCPP-S namespace: {namespace!r}")
        if known[1] != self.service:
            raise sender_error("ProtocolError", f"this endpoint does not serve {namespace}")
        try:
            decoded = decode_payload(message.body)
        except PayloadError as exc:
            raise SoapError(fault_for(exc.code, str(exc))) from None
        if decoded.response:
            raise sender_error("ProtocolError", "a request was expected, not a response")
        if message.action is not None and split_action(message.action) != (decoded.action, False):
            raise sender_error(
                "ProtocolError", f"wsa:Action {message.action!r} is not {decoded.action}"
            )
        identity = message.identity
        if not identity or identity_problem(identity, None) is not None:
            raise sender_error("IdentityMismatch", "the chargeBoxIdentity header is missing")
        if len(identity) > MAX_IDENTITY_LENGTH:
            raise sender_error(
                "IdentityMismatch", f"the chargeBoxIdentity is longer than {MAX_IDENTITY_LENGTH}"
            )
        session = await self.lookup(request, message, decoded, identity)
        # a request without a MessageID (node-soap sends none unless told to) is served under
        # an id of our own, and its answer relates to nothing: no RelatesTo
        relates_to = message.message_id
        message_id = relates_to or f"urn:uuid:{uuid.uuid4()}"
        frame = await session.answer(message_id, decoded.action, decoded.payload)
        if frame[0] == 4:
            fault = fault_for(frame[2], frame[3] if len(frame) > 3 else "")
            return _fault_response(fault, relates_to)
        try:
            body = encode_payload(session.version, self.service, decoded.action, True, frame[2])
        except PayloadError as exc:
            logger.error("the answer to %s does not fit the XSD: %s", decoded.action, exc)
            raise SoapError(Fault("Receiver", "InternalError", "the answer is invalid")) from None
        reply = SoapMessage(
            action_uri(decoded.action, response=True),
            f"urn:uuid:{uuid.uuid4()}",
            body,
            relates_to=relates_to,
        )
        return web.Response(body=encode_envelope(reply), content_type=_MEDIA, charset="utf-8")


_MEDIA: Final = "application/soap+xml"


def _fault_response(fault: Fault, relates_to: str | None) -> web.Response:
    envelope = SoapMessage(
        FAULT_ACTION, f"urn:uuid:{uuid.uuid4()}", None, relates_to=relates_to, fault=fault
    )
    return web.Response(
        status=http_status(fault),
        body=encode_envelope(envelope),
        content_type=_MEDIA,
        charset="utf-8",
    )


async def _read_bounded(stream: Any, limit: int) -> bytes:
    """Read *stream* to its end, at most *limit* bytes.

    Raises:
        ValueError: the stream holds more than *limit* bytes.
    """
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = await stream.read(limit + 1 - total)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise ValueError(f"the answer is larger than {limit} bytes")


# -- the central system ---------------------------------------------------------------------


class SoapStation:
    """One station a `SoapCentralSystem` has heard from.

    Attributes:
        identity: the station's ``chargeBoxIdentity``.
        device: the station's `Device`; ``await station.device.call(...)`` talks to it.
        version: the station's version (``Version.V16`` or ``Version.V15``).
        request: the `SoapRequest` of its first request.
        endpoint: the URL its calls are posted to (learnt or configured), or ``None``.
    """

    def __init__(self, request: SoapRequest, device: Device, session: _Session) -> None:
        self.identity = request.identity
        self.request = request
        self.device = device
        self.version = request.version
        self._session = session
        self._on_connect: asyncio.Task[None] | None = None

    @property
    def endpoint(self) -> str | None:
        """The URL the station's calls are posted to, or ``None`` while none is known."""
        return self._session.endpoint

    def __repr__(self) -> str:
        return f"<SoapStation {self.identity!r} {self.version.value} {self.endpoint}>"


def _default_factory(handlers: Mapping[str, Handler] | None, call_timeout: float) -> DeviceFactory:
    def make(request: SoapRequest) -> Device:
        return Device(
            None, handlers, role=Role.CSMS, call_timeout=call_timeout, identity=request.identity
        )

    return make


class SoapCentralSystem:
    """An OCPP-S server: one `Device` per station identity, and a registry.

    Args:
        handlers: action -> handler for every station's device (see `Device`); ignored when
            *device_factory* is given. The same mapping may serve a WebSocket `CentralSystem`.
        host: the interface to listen on (default ``"127.0.0.1"``; ``None`` or ``"0.0.0.0"``:
            every interface).
        port: the TCP port (``0``: any free port; read `port` after `start`). Every path
            serves the CentralSystemService.
        versions: the enabled versions (default 1.6 and 1.5; only these two have SOAP).
        ssl: a server `ssl.SSLContext` to serve HTTPS (require client certificates in it to
            authenticate stations by certificate).
        client_ssl: the client `ssl.SSLContext` for calls to ``https://`` station endpoints
            (default: the system's trusted certificates).
        device_factory: ``device_factory(request)`` returns the `Device` of a station's first
            request (its sender is replaced); a station that changes version gets a new one.
        authorize: ``authorize(request)``, sync or async, sees every `SoapRequest` before it
            is served; a false result answers with a ``Sender``/``SecurityError`` fault.
        endpoints: where to post the calls to a station: a mapping or a function from
            identity to URL. It wins over the ``wsa:From`` address a request names (which is
            used for the stations it does not know).
        url: this server's own URL, sent as ``wsa:From`` in calls to stations (default: none).
        on_connect: ``on_connect(station)``, sync or async, runs as a task when a station is
            first heard from (its device is connected); it is cancelled when it is dropped.
        on_disconnect: ``on_disconnect(station)``, sync or async, runs after a station was
            dropped (`max_stations`, a change of version, `close`).
        max_stations: the most stations kept; beyond it the one heard from least recently is
            dropped (it is made anew on its next request), so requests with made-up identities
            cost bounded memory. Use *authorize* to refuse them outright.
        max_size: the largest request or response body, in bytes.
        call_timeout: the default devices' call timeout, in seconds.
        answer_timeout: how long a request waits for its device's answer (then a
            ``Receiver``/``InternalError`` fault), in seconds.
        request_timeout: the whole time allowed to one call posted to a station, and to a
            request's body to arrive (then a ``Sender`` fault), in seconds.

    Raises:
        ValueError: a version has no SOAP binding, or none is enabled; *max_stations* < 1.
    """

    def __init__(
        self,
        handlers: Mapping[str, Handler] | None = None,
        *,
        host: str | None = "127.0.0.1",
        port: int = 9000,
        versions: Iterable[str | Version] = _SOAP_VERSIONS,
        ssl: _ssl.SSLContext | None = None,
        client_ssl: _ssl.SSLContext | None = None,
        device_factory: DeviceFactory | None = None,
        authorize: Authorizer | None = None,
        endpoints: Mapping[str, str] | EndpointLookup | None = None,
        url: str | None = None,
        on_connect: StationCallback | None = None,
        on_disconnect: StationCallback | None = None,
        max_stations: int = DEFAULT_MAX_STATIONS,
        max_size: int = DEFAULT_MAX_SIZE,
        call_timeout: float = 30.0,
        answer_timeout: float = 30.0,
        request_timeout: float = 30.0,
    ) -> None:
        self.versions = _parse_soap_versions(versions)
        if max_stations < 1:
            raise ValueError("max_stations must be at least 1")
        self.device_factory = device_factory or _default_factory(handlers, call_timeout)
        self.authorize = authorize
        self.endpoints = endpoints
        self.url = url
        self.on_connect = on_connect
        self.on_disconnect = on_disconnect
        self.max_stations = max_stations
        self._stations: OrderedDict[str, SoapStation] = OrderedDict()
        self._http = _Http(
            "cs",
            self._lookup,
            host=host,
            port=port,
            max_size=max_size,
            answer_timeout=answer_timeout,
            request_timeout=request_timeout,
            ssl=ssl,
            client_ssl=client_ssl,
        )

    # -- running ------------------------------------------------------------------------------

    async def start(self) -> None:
        """Start listening; return once the socket is bound.

        Raises:
            LocalProtocolError: the server is already started.
            OSError: the address cannot be bound.
        """
        if self._http.runner is not None:
            raise LocalProtocolError("the central system is already started")
        await self._http.start()

    async def serve_forever(self) -> None:
        """Start (unless started) and serve until cancelled; then close everything.

        Raises:
            OSError: the address cannot be bound.
        """
        if self._http.runner is None:
            await self.start()
        try:
            await asyncio.Future()
        finally:
            await self.close()

    async def close(self) -> None:
        """Stop serving, drop every station (its device disconnected) and close the client.

        Every *on_disconnect* callback has run when this returns. Closing twice does nothing.
        Raises nothing.
        """
        if self._http.runner is None:
            return
        while self._stations:
            _, station = self._stations.popitem(last=False)
            await self._drop(station)
        await self._http.close()

    async def __aenter__(self) -> SoapCentralSystem:
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
        return self._http.port

    # -- the registry -------------------------------------------------------------------------

    @property
    def stations(self) -> Mapping[str, SoapStation]:
        """The stations heard from, by identity: a live, read-only view."""
        return MappingProxyType(self._stations)

    async def call(
        self,
        identity: str,
        action: str,
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> Any:
        """Post a CALL to the station *identity* and return its CALLRESULT payload.

        Raises:
            NotConnectedError: no station with that identity was heard from, or no endpoint
                is known for it.
            Exception: whatever `Device.call` raises (`CallError` for a SOAP fault, or with
                ``GenericError`` when the station could not be reached; `CallTimeoutError`).
        """
        station = self._stations.get(identity)
        if station is None:
            raise NotConnectedError(f"no station {identity!r} is known")
        return await station.device.call(action, payload, timeout=timeout)

    # -- serving ------------------------------------------------------------------------------

    def _configured(self, identity: str) -> str | None:
        endpoints = self.endpoints
        if endpoints is None:
            return None
        if isinstance(endpoints, Mapping):
            return endpoints.get(identity)
        return endpoints(identity)

    async def _lookup(
        self, request: web.Request, message: SoapMessage, decoded: Any, identity: str
    ) -> _Session:
        version = decoded.version
        if version not in self.versions:
            raise sender_error("ProtocolError", f"{version.value} is not served here")
        soap_request = SoapRequest(
            identity=identity,
            version=version,
            action=decoded.action,
            path=request.path_qs,
            headers=request.headers,
            remote_address=request.remote,
            from_=message.from_,
            reply_to=message.reply_to,
            client_certificate=_peer_certificate(request),
        )
        if self.authorize is not None:
            try:
                verdict = self.authorize(soap_request)
                if hasattr(verdict, "__await__"):
                    verdict = await verdict
            except Exception:
                logger.exception("the authorize callback failed; refusing %r", identity)
                verdict = False
            if not verdict:
                raise sender_error("SecurityError", "not authorised")
        station = self._stations.get(identity)
        if station is not None and station.version is not version:
            del self._stations[identity]
            await self._drop(station)
            station = None
        if station is None:
            station = await self._open(soap_request)
        else:
            self._stations.move_to_end(identity)
        session = station._session
        configured = self._configured(identity)
        session.endpoint = configured or _endpoint_of(message) or session.endpoint
        return session

    async def _open(self, request: SoapRequest) -> SoapStation:
        while len(self._stations) >= self.max_stations:
            _, oldest = self._stations.popitem(last=False)
            self._http.log.info(
                "max_stations", "dropping station %r: max_stations reached", oldest.identity
            )
            await self._drop(oldest)
        try:
            device = self.device_factory(request)
        except Exception:
            logger.exception("could not create the device of station %r", request.identity)
            raise SoapError(Fault("Receiver", "InternalError", "internal error")) from None
        session = _Session(self._http, device, request.version, request.identity, None, self.url)
        device.sender = session.send
        device.connected(request.version)
        station = SoapStation(request, device, session)
        self._stations[request.identity] = station
        if self.on_connect is not None:
            station._on_connect = self._http.spawn(
                call_back(self.on_connect, station, what="on_connect")
            )
        return station

    async def _drop(self, station: SoapStation) -> None:
        """Tear a station down: its pending requests fail, its device is disconnected."""
        station._session.cancel()
        station.device.disconnected()
        if station._on_connect is not None:
            station._on_connect.cancel()
        await call_back(self.on_disconnect, station, what="on_disconnect")

    def __repr__(self) -> str:
        return f"<SoapCentralSystem {len(self._stations)} stations>"


# -- the charge point -----------------------------------------------------------------------


class SoapChargePoint(DeviceLink):
    """An OCPP-S charge point: calls the central system, and serves its calls over HTTP.

    Args:
        url: the central system's CentralSystemService URL.
        identity: the station identity, sent as ``chargeBoxIdentity``.
        handlers: action -> handler for the device this client creates (see `Device`).
        version: ``"ocpp1.6"`` (default) or ``"ocpp1.5"``.
        device: a `Device` to use instead of creating one; its sender is replaced.
        ssl: the client `ssl.SSLContext` for an ``https://`` central system (load a client
            certificate into it to authenticate by certificate); default: the system's trusted
            certificates.
        server_ssl: a server `ssl.SSLContext` to serve the station's endpoint over HTTPS.
        host: the interface the station's own server listens on.
        port: its TCP port (``0``: any free port).
        endpoint: the URL the central system reaches this station at, sent as ``wsa:From``
            (default ``http://<host>:<port>/``, ``https://`` with *server_ssl*).
        call_timeout: the created device's call timeout, in seconds.
        answer_timeout: how long a request of the central system waits for the device's
            answer, in seconds.
        request_timeout: the whole time allowed to one call posted, and to a request's body to
            arrive, in seconds.
        max_size: the largest request or response body, in bytes.

    Attributes:
        device: the station's `Device`.
        endpoint: the URL sent as ``wsa:From`` (known once started).

    Raises:
        ValueError: the version has no SOAP binding, or the identity is invalid.
    """

    _noun = "the charge point"

    def __init__(
        self,
        url: str,
        identity: str,
        handlers: Mapping[str, Handler] | None = None,
        *,
        version: str | Version = Version.V16,
        device: Device | None = None,
        ssl: _ssl.SSLContext | None = None,
        server_ssl: _ssl.SSLContext | None = None,
        host: str = "127.0.0.1",
        port: int = 0,
        endpoint: str | None = None,
        call_timeout: float = 30.0,
        answer_timeout: float = 30.0,
        request_timeout: float = 30.0,
        max_size: int = DEFAULT_MAX_SIZE,
    ) -> None:
        super().__init__()
        (self.version,) = _parse_soap_versions([version])
        problem = identity_problem(identity, self.version)
        if problem is not None:
            raise ValueError(problem)
        self.url = url
        self.identity = identity
        self.device = (
            device
            if device is not None
            else Device(
                None,
                handlers,
                role=Role.CHARGING_STATION,
                call_timeout=call_timeout,
                identity=identity,
            )
        )
        self.endpoint = endpoint
        self._http = _Http(
            "cp",
            self._lookup,
            host=host,
            port=port,
            max_size=max_size,
            answer_timeout=answer_timeout,
            request_timeout=request_timeout,
            ssl=server_ssl,
            client_ssl=ssl,
        )
        self._host = host
        self._session: _Session | None = None

    async def run(self) -> None:
        """Serve on the station's endpoint and connect the device, until `close`.

        Raises:
            OSError: the station's address cannot be bound.
        """
        await self._http.start()
        try:
            if self.endpoint is None:
                scheme = "http" if self._http.ssl is None else "https"
                self.endpoint = f"{scheme}://{self._host}:{self._http.port}/"
            session = _Session(
                self._http, self.device, self.version, self.identity, self.url, self.endpoint
            )
            self._session = session
            self.device.sender = session.send
            self.device.connected(self.version)
            self._up.set()
            await asyncio.Future()
        finally:
            self._up.clear()
            if self._session is not None:
                self._session.cancel()
            self.device.disconnected()
            await self._http.close()

    @property
    def port(self) -> int:
        """The port the station's own server listens on.

        Raises:
            LocalProtocolError: not started.
        """
        return self._http.port

    async def _lookup(
        self, request: web.Request, message: SoapMessage, decoded: Any, identity: str
    ) -> _Session:
        if decoded.version is not self.version:
            raise sender_error("ProtocolError", f"this station speaks {self.version.value}")
        if identity != self.identity:
            raise sender_error("IdentityMismatch", f"this is not station {identity!r}")
        session = self._session
        if session is None:
            raise SoapError(Fault("Receiver", "InternalError", "the station is not running"))
        return session

    def __repr__(self) -> str:
        state = "connected" if self.is_connected else "disconnected"
        return f"<SoapChargePoint {self.identity!r} {self.url} {state}>"


# -- several servers as one -----------------------------------------------------------------


class _Server(Protocol):
    @property
    def stations(self) -> Mapping[str, Any]: ...

    async def call(
        self,
        identity: str,
        action: str,
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> Any: ...

    async def start(self) -> None: ...

    async def close(self) -> None: ...


class _Union(Mapping[str, Any]):
    """The stations of several servers, live; a station on more than one is the first's."""

    def __init__(self, servers: tuple[_Server, ...]) -> None:
        self._servers = servers

    def __getitem__(self, identity: str) -> Any:
        for server in self._servers:
            station = server.stations.get(identity)
            if station is not None:
                return station
        raise KeyError(identity)

    def __iter__(self) -> Iterator[str]:
        seen: set[str] = set()
        for server in self._servers:
            for identity in server.stations:
                if identity not in seen:
                    seen.add(identity)
                    yield identity

    def __len__(self) -> int:
        return sum(1 for _ in self)


class CentralSystemGroup:
    """Several central system servers as one: one registry, one ``call`` by identity.

    Give the same handlers (or device factory) to a WebSocket `CentralSystem` and a
    `SoapCentralSystem`, group them, and call any station whichever transport it is on.

    Args:
        servers: the servers, such as ``CentralSystem(...)`` and ``SoapCentralSystem(...)``;
            a station on more than one is found on the first.
    """

    def __init__(self, *servers: _Server) -> None:
        self.servers = servers

    @property
    def stations(self) -> Mapping[str, Any]:
        """Every server's stations by identity: a live, read-only view."""
        return _Union(self.servers)

    async def call(
        self,
        identity: str,
        action: str,
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> Any:
        """Send a CALL to the station *identity* on whichever server holds it.

        Raises:
            NotConnectedError: no server holds the station.
            Exception: whatever the server's ``call`` raises.
        """
        for server in self.servers:
            if identity in server.stations:
                return await server.call(identity, action, payload, timeout=timeout)
        raise NotConnectedError(f"no station {identity!r} is connected")

    async def start(self) -> None:
        """Start every server; if one fails, close those started and raise its error.

        Raises:
            Exception: what the failing server's ``start`` raised.
        """
        started: list[_Server] = []
        try:
            for server in self.servers:
                await server.start()
                started.append(server)
        except BaseException:
            for server in reversed(started):
                await server.close()
            raise

    async def close(self) -> None:
        """Close every server. Raises nothing."""
        for server in reversed(self.servers):
            await server.close()

    async def __aenter__(self) -> CentralSystemGroup:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
