"""OCPP-J over MQTT: a charging station and a central system sharing a broker.

Needs the ``mqtt`` extra (``pip install 'ocpp-engine[mqtt]'``); it runs on `aiomqtt`.

Topic layout (`TopicLayout`, prefix configurable, default ``ocpp``):

```text
{prefix}/{identity}/to_csms      the station publishes, the central system subscribes
{prefix}/{identity}/to_station   the central system publishes, the station subscribes
```

One topic per direction per station; every message is one OCPP-J frame as UTF-8 JSON, published
with QoS 1 and not retained. The identity is percent-encoded in the topic (as in a WebSocket
URL), so ``/``, ``+``, ``#`` and ``%`` in an identity cannot break the layout. The central
system subscribes to ``{prefix}/+/to_csms`` and serves every station over one broker
connection, with one `Device` per identity, created on the station's first message (unless
``auto_register=False``) or by `MqttCentralSystem.register`.

MQTT has no version negotiation: each side is configured with the version it speaks (the
central system per station, through `MqttCentralSystem.register`). A device counts as connected
while its side's broker connection is up and subscribed; when that connection is lost every
pending call fails at once, and the client reconnects with backoff. Sessions are clean: frames
published while a side is offline are not replayed to it later.
"""

from __future__ import annotations

import asyncio
import logging
import random as _random
import socket
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final, TypeVar
from urllib.parse import quote, unquote

import attrs

from .._clock import Clock
from .._device import Device, Handler
from .._errors import NotConnectedError
from .._tasks import TaskSet
from .._versions import Role, Version, parse_version
from ._common import (
    Backoff,
    ConnectionHealth,
    DeviceLink,
    Link,
    SleepFn,
    call_back,
    identity_problem,
    missing_extra,
)

try:
    import aiomqtt
except ImportError as _exc:  # pragma: no cover - depends on the environment
    raise missing_extra("ocpp_engine.transports.mqtt", "mqtt", "aiomqtt", _exc) from _exc

__all__ = ["Backoff", "MqttCentralSystem", "MqttChargingStation", "TopicLayout"]

logger = logging.getLogger("ocpp_engine.transports")

QOS = 1
"""Every frame is published with QoS 1 (at least once)."""

E = TypeVar("E", bound="_Endpoint")


@attrs.frozen
class TopicLayout:
    """Where each direction's frames go: ``{prefix}/{identity}/{to_csms|to_station}``.

    Attributes:
        prefix: the topic prefix; it may contain ``/`` but no wildcard.
        to_csms: the last level of the topics stations publish to.
        to_station: the last level of the topics the central system publishes to.
    """

    prefix: str = "ocpp"
    to_csms: str = "to_csms"
    to_station: str = "to_station"

    def __attrs_post_init__(self) -> None:
        for part in (self.prefix, self.to_csms, self.to_station):
            if not part or "+" in part or "#" in part:
                raise ValueError(f"invalid topic part {part!r}: empty or has a wildcard")
        if "/" in self.to_csms or "/" in self.to_station:
            raise ValueError("to_csms and to_station are single topic levels")

    def csms_topic(self, identity: str) -> str:
        """Return the topic station *identity* publishes to."""
        return f"{self.prefix}/{quote(identity, safe='')}/{self.to_csms}"

    def station_topic(self, identity: str) -> str:
        """Return the topic the central system publishes to for station *identity*."""
        return f"{self.prefix}/{quote(identity, safe='')}/{self.to_station}"

    @property
    def csms_subscription(self) -> str:
        """The filter the central system subscribes to: every station's ``to_csms`` topic."""
        return f"{self.prefix}/+/{self.to_csms}"

    def identity_of(self, topic: str) -> str | None:
        """Return the identity in a station's ``to_csms`` *topic*, or ``None`` if it is not one."""
        head, tail = f"{self.prefix}/", f"/{self.to_csms}"
        if not (topic.startswith(head) and topic.endswith(tail)):
            return None
        middle = topic[len(head) : len(topic) - len(tail)]
        if not middle or "/" in middle:
            return None
        try:
            identity = unquote(middle, errors="strict")
        except UnicodeDecodeError:
            return None
        return identity if identity_problem(identity, None) is None else None


#: Sent on every broker connection. Without it each QoS 1 hop waits on Nagle's algorithm and
#: the peer's delayed ACK: about 44 ms a round trip on loopback against Mosquitto, about 1 ms
#: with it (and the broker's own ``set_tcp_nodelay true``).
_NODELAY: Final = (socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _with_nodelay(client_options: Mapping[str, Any] | None) -> dict[str, Any]:
    """Return *client_options* with TCP_NODELAY added to the socket options."""
    options = dict(client_options or {})
    socket_options = tuple(options.get("socket_options") or ())
    if not any(tuple(o[:2]) == _NODELAY[:2] for o in socket_options):
        socket_options += (_NODELAY,)
    options["socket_options"] = socket_options
    return options


def _payload(message: aiomqtt.Message) -> str | bytes:
    payload = message.payload
    return payload if isinstance(payload, (str, bytes)) else str(payload)


class _Endpoint(Link):
    """A broker connection that subscribes, pumps messages and reconnects with backoff."""

    _noun = "the MQTT connection"

    def __init__(
        self,
        hostname: str,
        port: int,
        client_options: Mapping[str, Any] | None,
        reconnect: bool,
        backoff: Backoff,
        stable_after: float,
        random: Callable[[], float],
        sleep: SleepFn,
    ) -> None:
        super().__init__()
        self.hostname = hostname
        self.port = port
        self.reconnect = reconnect
        self.backoff = backoff
        self.stable_after = stable_after
        self.last_error: BaseException | None = None
        self._client_options = _with_nodelay(client_options)
        self._random = random
        self._sleep = sleep
        self._client: aiomqtt.Client | None = None
        self._health = ConnectionHealth(stable_after)

    # what subclasses define
    def _clock(self) -> Clock:
        raise NotImplementedError

    def _subscription(self) -> str:
        raise NotImplementedError

    def _on_message(self, message: aiomqtt.Message) -> None:
        raise NotImplementedError

    def _on_up(self) -> None:
        raise NotImplementedError

    async def _on_down(self) -> None:
        raise NotImplementedError

    async def _publish(self, topic: str, frame: str) -> None:
        client = self._client
        if client is None:
            raise NotConnectedError("the broker connection is down")
        await client.publish(topic, frame.encode("utf-8"), qos=QOS)

    async def run(self) -> None:
        """Connect to the broker and serve, reconnecting after every loss, until `close`.

        With ``reconnect=False`` it returns when the first connection ends.

        Raises:
            aiomqtt.MqttError: with ``reconnect=False``, why the connection failed.
        """
        attempt = 0
        while not self._closing:
            good = False
            try:
                async with aiomqtt.Client(
                    self.hostname, self.port, **self._client_options
                ) as client:
                    await client.subscribe(self._subscription(), qos=QOS)
                    self._client = client
                    self._health.stable_after = self.stable_after
                    self._health.begin(self._clock())
                    self._up.set()
                    self._on_up()
                    try:
                        async for message in client.messages:
                            self._on_message(message)
                    finally:
                        self._client = None
                        self._up.clear()
                        good = self._health.end()
                        await self._on_down()
            except aiomqtt.MqttError as exc:
                self.last_error = exc
                logger.warning(
                    "MQTT connection to %s:%s failed: %s", self.hostname, self.port, repr(exc)
                )
                if not self.reconnect:
                    raise
            if good:
                attempt = 0
            if not self.reconnect or self._closing:
                return
            delay = self.backoff.delay(attempt, self._random)
            attempt += 1
            await self._sleep(delay)


MqttStationCallback = Callable[["MqttChargingStation"], Any]
"""``callback(station)``, sync or async."""


class MqttChargingStation(_Endpoint, DeviceLink):
    """A charging station that talks OCPP-J to its central system through an MQTT broker.

    Args:
        identity: the station identity.
        handlers: action -> handler for the device this station creates (see `Device`).
        version: the OCPP version both sides speak (required).
        hostname: the broker's host name.
        port: the broker's port.
        device: a `Device` to use instead of creating one; its sender is replaced.
        topics: the topic layout.
        client_options: further keyword arguments for `aiomqtt.Client` (``username``,
            ``password``, ``tls_context``, ``identifier``, ``keepalive``, ...).
        reconnect: whether to reconnect after a failed attempt or a lost connection.
        backoff: the waits between attempts. They grow after every failed attempt and after
            every connection that was not good, and start over after a good one.
        stable_after: how long, in seconds, a connection must stay up to count as good (one
            that carried an answer to one of our CALLs is good at once), on the device's clock. A
            broker that accepts the connection and then closes it, again and again, thus meets
            waits that grow instead of a reconnection every *backoff.initial* seconds.
        random: returns a float in [0, 1) for the jitter; injectable for tests.
        sleep: waits between attempts; injectable for tests.
        on_connect: ``on_connect(station)``, sync or async, runs as a task after every
            connection (send BootNotification here); it is cancelled on disconnect.
        on_disconnect: ``on_disconnect(station)``, sync or async, runs after every loss.
        call_timeout: the created device's call timeout, in seconds.

    Raises:
        ValueError: the version is not supported or the identity is invalid for it.
    """

    def __init__(
        self,
        identity: str,
        handlers: Mapping[str, Handler] | None = None,
        *,
        version: str | Version,
        hostname: str = "localhost",
        port: int = 1883,
        device: Device | None = None,
        topics: TopicLayout = TopicLayout(),
        client_options: Mapping[str, Any] | None = None,
        reconnect: bool = True,
        backoff: Backoff = Backoff(),  # noqa: B008 - frozen
        stable_after: float = 30.0,
        random: Callable[[], float] = _random.random,
        sleep: SleepFn = asyncio.sleep,
        on_connect: MqttStationCallback | None = None,
        on_disconnect: MqttStationCallback | None = None,
        call_timeout: float = 30.0,
    ) -> None:
        super().__init__(
            hostname, port, client_options, reconnect, backoff, stable_after, random, sleep
        )
        self.version = parse_version(version)
        problem = identity_problem(identity, self.version)
        if problem is not None:
            raise ValueError(problem)
        self.identity = identity
        self.topics = topics
        self.on_connect = on_connect
        self.on_disconnect = on_disconnect
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
        self._outbound = topics.csms_topic(identity)
        self._inbound = topics.station_topic(identity)
        self._hook: asyncio.Task[None] | None = None

    def _subscription(self) -> str:
        return self._inbound

    def _clock(self) -> Clock:
        return self.device.clock

    def _on_message(self, message: aiomqtt.Message) -> None:
        if message.topic.value == self._inbound:
            self.device.received(_payload(message))

    async def _send(self, frame: str) -> None:
        await self._publish(self._outbound, frame)

    def _on_up(self) -> None:
        self.device.sender = self._send
        self._health.watch(self.device)
        self.device.connected(self.version)
        if self.on_connect is not None:
            self._hook = asyncio.ensure_future(call_back(self.on_connect, self, what="on_connect"))

    async def _on_down(self) -> None:
        self.device.disconnected()
        hook, self._hook = self._hook, None
        if hook is not None:
            hook.cancel()
            await asyncio.gather(hook, return_exceptions=True)
        await call_back(self.on_disconnect, self, what="on_disconnect")

    def __repr__(self) -> str:
        state = "connected" if self.is_connected else "disconnected"
        return f"<MqttChargingStation {self.identity!r} {self.version.value} {state}>"


class MqttCentralSystem(_Endpoint):
    """A central system serving many stations over one MQTT broker connection.

    Args:
        handlers: action -> handler for every station's device; ignored when
            *device_factory* is given.
        version: the default OCPP version of the stations (`register` may set another).
        hostname: the broker's host name.
        port: the broker's port.
        topics: the topic layout.
        device_factory: ``device_factory(identity)`` returns the `Device` of a new station;
            its sender is replaced.
        auto_register: create a device for an unknown station on its first message; when
            false, frames from stations not `register` ed are dropped.
        on_station: ``on_station(device)``, sync or async, runs as a task when a station's
            device is created (its identity is ``device.identity``).
        client_options: further keyword arguments for `aiomqtt.Client`.
        reconnect: whether to reconnect after a failed attempt or a lost connection.
        backoff: the waits between attempts. They grow after every failed attempt and after
            every connection that was not good, and start over after a good one.
        stable_after: how long, in seconds, a connection must stay up to count as good (one
            that carried an answer to a CALL of any station's device is good at once), on the
            event loop's clock. A broker that accepts the connection and then closes it, again
            and again, thus meets waits that grow instead of a reconnection every
            *backoff.initial* seconds.
        random: returns a float in [0, 1) for the jitter; injectable for tests.
        sleep: waits between attempts; injectable for tests.
        call_timeout: the default devices' call timeout, in seconds.

    Raises:
        ValueError: the version is not supported.
    """

    def __init__(
        self,
        handlers: Mapping[str, Handler] | None = None,
        *,
        version: str | Version,
        hostname: str = "localhost",
        port: int = 1883,
        topics: TopicLayout = TopicLayout(),
        device_factory: Callable[[str], Device] | None = None,
        auto_register: bool = True,
        on_station: Callable[[Device], Any] | None = None,
        client_options: Mapping[str, Any] | None = None,
        reconnect: bool = True,
        backoff: Backoff = Backoff(),  # noqa: B008 - frozen
        stable_after: float = 30.0,
        random: Callable[[], float] = _random.random,
        sleep: SleepFn = asyncio.sleep,
        call_timeout: float = 30.0,
    ) -> None:
        super().__init__(
            hostname, port, client_options, reconnect, backoff, stable_after, random, sleep
        )
        self.version = parse_version(version)
        self.topics = topics
        self.auto_register = auto_register
        self.on_station = on_station
        self._handlers = handlers
        self._call_timeout = call_timeout
        self._factory = device_factory
        self._devices: dict[str, Device] = {}
        self._versions: dict[str, Version] = {}
        self._tasks = TaskSet()

    @property
    def stations(self) -> Mapping[str, Device]:
        """The known stations' devices by identity: a live, read-only view."""
        return MappingProxyType(self._devices)

    def register(self, identity: str, version: str | Version | None = None) -> Device:
        """Return the device of station *identity*, creating it if needed.

        Args:
            identity: the station identity.
            version: the version this station speaks (default: the central system's).

        Raises:
            ValueError: the identity is invalid for the version, or the version is unknown.
        """
        chosen = self.version if version is None else parse_version(version)
        problem = identity_problem(identity, chosen)
        if problem is not None:
            raise ValueError(problem)
        device = self._devices.get(identity)
        if device is not None:
            if version is not None and self._versions[identity] is not chosen:
                self._versions[identity] = chosen
                if device.is_connected:
                    device.disconnected()
                    device.connected(chosen)
            return device
        if self._factory is not None:
            device = self._factory(identity)
        else:
            device = Device(
                None,  # the sender is set when the connection is up
                self._handlers,
                role=Role.CSMS,
                call_timeout=self._call_timeout,
                identity=identity,
            )
        topic = self.topics.station_topic(identity)

        async def send(frame: str) -> None:
            await self._publish(topic, frame)

        device.sender = send
        self._devices[identity] = device
        self._versions[identity] = chosen
        if self.is_connected:
            self._health.watch(device)
            device.connected(chosen)
        if self.on_station is not None:
            self._tasks.spawn(call_back(self.on_station, device, what="on_station"))
        return device

    def forget(self, identity: str) -> bool:
        """Disconnect and drop the device of station *identity*.

        Returns:
            whether the station was known. Raises nothing.
        """
        device = self._devices.pop(identity, None)
        self._versions.pop(identity, None)
        if device is None:
            return False
        device.disconnected()
        return True

    async def call(
        self,
        identity: str,
        action: str,
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> Any:
        """Send a CALL to station *identity* and return its CALLRESULT payload.

        Raises:
            NotConnectedError: the station is unknown or the broker connection is down.
            Exception: whatever `Device.call` raises.
        """
        device = self._devices.get(identity)
        if device is None:
            raise NotConnectedError(f"no station {identity!r} is known")
        return await device.call(action, payload, timeout=timeout)

    def _subscription(self) -> str:
        return self.topics.csms_subscription

    def _clock(self) -> Clock:
        return asyncio.get_running_loop()

    def _on_message(self, message: aiomqtt.Message) -> None:
        identity = self.topics.identity_of(message.topic.value)
        if identity is None:
            return
        device = self._devices.get(identity)
        if device is None:
            if not self.auto_register:
                logger.info("dropped a frame from unregistered station %r", identity)
                return
            try:
                device = self.register(identity)
            except ValueError as exc:
                logger.info("dropped a frame from %r: %s", identity, exc)
                return
            except Exception:
                logger.exception("could not create the device of station %r", identity)
                return
        device.received(_payload(message))

    def _on_up(self) -> None:
        for identity, device in self._devices.items():
            self._health.watch(device)
            device.connected(self._versions[identity])

    async def _on_down(self) -> None:
        for device in self._devices.values():
            device.disconnected()

    async def close(self) -> None:
        """Disconnect from the broker and stop; every device is disconnected.

        Raises nothing.
        """
        await super().close()
        await self._tasks.cancel_all()

    def __repr__(self) -> str:
        state = "connected" if self.is_connected else "disconnected"
        return f"<MqttCentralSystem {len(self._devices)} stations {state}>"
