"""The MQTT transport against a real Mosquitto broker started by the tests."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Iterator
from typing import Any

import aiomqtt
import pytest

from ocpp_engine import (
    CallTimeoutError,
    ConnectionClosedError,
    Device,
    NotConnectedError,
    Role,
)
from ocpp_engine.testing import FakeClock
from ocpp_engine.transports.mqtt import (
    Backoff,
    MqttCentralSystem,
    MqttChargingStation,
    TopicLayout,
)

from .transport_helpers import (
    BOOT_16,
    NOW,
    Changes,
    FakeBroker,
    Mosquitto,
    csms_handlers_16,
    refusing_port,
    within,
)


@pytest.fixture(scope="module")
def broker() -> Iterator[Mosquitto]:
    b = Mosquitto().start()
    yield b
    b.stop()


@pytest.mark.parametrize("identity", ["CP1", "a/b+c#d%e", "é 1", "x" * 48])
def test_topic_layout_round_trips_every_identity(identity: str) -> None:
    layout = TopicLayout(prefix="site/ocpp")
    topic = layout.csms_topic(identity)
    assert topic.startswith("site/ocpp/") and topic.endswith("/to_csms")
    assert topic.count("/") == 3 and "+" not in topic and "#" not in topic
    assert layout.identity_of(topic) == identity
    assert layout.station_topic(identity) == topic[: -len("to_csms")] + "to_station"
    assert layout.csms_subscription == "site/ocpp/+/to_csms"


@pytest.mark.parametrize(
    "topic",
    [
        "ocpp/CP1/to_station",
        "other/CP1/to_csms",
        "ocpp/a/b/to_csms",
        "ocpp//to_csms",
        "ocpp/%FF/to_csms",
        "ocpp/%0A/to_csms",
    ],
)
def test_topic_layout_rejects_foreign_topics(topic: str) -> None:
    assert TopicLayout().identity_of(topic) is None


def test_topic_layout_refuses_wildcards() -> None:
    with pytest.raises(ValueError):
        TopicLayout(prefix="ocpp/#")
    with pytest.raises(ValueError):
        TopicLayout(to_csms="a/b")


async def test_session_over_the_broker(broker: Mosquitto) -> None:
    seen: list[tuple[str, int, bytes]] = []
    recorded = Changes()
    new_stations: list[str] = []
    async with aiomqtt.Client("127.0.0.1", broker.port) as spy:
        await spy.subscribe("ocpp/#", qos=1)

        async def record() -> None:
            async for m in spy.messages:
                assert isinstance(m.payload, bytes)
                seen.append((m.topic.value, m.qos, m.payload))
                recorded()

        recorder = asyncio.ensure_future(record())
        csms = MqttCentralSystem(
            csms_handlers_16(),
            version="ocpp1.6",
            hostname="127.0.0.1",
            port=broker.port,
            on_station=lambda d: new_stations.append(str(d.identity)),
        )
        remote = {"RemoteStartTransaction": lambda p, c: {"status": "Accepted"}}
        async with csms:
            one = MqttChargingStation(
                "CP1", remote, version="ocpp1.6", hostname="127.0.0.1", port=broker.port
            )
            two = MqttChargingStation(
                "site/2", remote, version="ocpp1.6", hostname="127.0.0.1", port=broker.port
            )
            async with one, two:
                for st in (one, two):
                    assert (await within(st.call("BootNotification", BOOT_16)))[
                        "status"
                    ] == "Accepted"
                    assert (await within(st.call("Heartbeat")))["currentTime"] == NOW
                assert set(csms.stations) == {"CP1", "site/2"}
                answer = await within(csms.call("site/2", "RemoteStartTransaction", {"idTag": "T"}))
                assert answer == {"status": "Accepted"}
                with pytest.raises(NotConnectedError):
                    await csms.call("nobody", "Reset", {"type": "Soft"})
            assert not one.device.is_connected
            await recorded.until(lambda: len(seen) >= 10)
        recorder.cancel()
    assert sorted(new_stations) == ["CP1", "site/2"]
    topics = {t for t, _, _ in seen}
    assert topics == {
        "ocpp/CP1/to_csms",
        "ocpp/CP1/to_station",
        "ocpp/site%2F2/to_csms",
        "ocpp/site%2F2/to_station",
    }
    assert {q for _, q, _ in seen} == {1}
    assert any(
        p.startswith(b"[2,") and b'"RemoteStartTransaction"' in p
        for t, _, p in seen
        if t == "ocpp/site%2F2/to_station"
    )


@pytest.fixture
def dropped() -> Iterator[asyncio.Event]:
    """Set when a central system logs that it dropped a frame from an unregistered station."""
    seen = asyncio.Event()

    class Handler(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("dropped a frame from unregistered station"):
                seen.set()

    handler = Handler()
    logger = logging.getLogger("ocpp_engine.transports")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield seen
    logger.removeHandler(handler)
    logger.setLevel(level)


async def test_registration_and_per_station_version(
    broker: Mosquitto,
    dropped: asyncio.Event,
) -> None:
    csms = MqttCentralSystem(
        {**csms_handlers_16(), "Heartbeat": lambda p, c: {"currentTime": NOW}},
        version="ocpp1.6",
        hostname="127.0.0.1",
        port=broker.port,
        auto_register=False,
    )
    async with csms:
        clock = FakeClock()
        stranger = MqttChargingStation(
            "X",
            version="ocpp1.6",
            hostname="127.0.0.1",
            port=broker.port,
            device=Device(role=Role.CHARGING_STATION, clock=clock, identity="X"),
        )
        async with stranger:
            pending = asyncio.ensure_future(stranger.call("Heartbeat", timeout=30))
            await within(dropped.wait())  # the central system got the frame and dropped it
            clock.advance(30)
            with pytest.raises(CallTimeoutError):
                await within(pending)
        assert "X" not in csms.stations
        device = csms.register("CP2", version="ocpp2.0.1")
        assert device.version is not None and device.version.value == "ocpp2.0.1"
        assert csms.register("CP2") is device
        station = MqttChargingStation(
            "CP2", version="ocpp2.0.1", hostname="127.0.0.1", port=broker.port
        )
        async with station:
            assert (await within(station.call("Heartbeat")))["currentTime"] == NOW
        assert csms.forget("CP2") and not csms.forget("CP2")
        assert not device.is_connected


async def test_broker_loss_disconnects_and_reconnect_resumes() -> None:
    broker, spare = Mosquitto().start(), Mosquitto().start()
    events: list[str] = []
    changed = Changes()
    delays: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)
        # the next attempt is refused (the stopped broker's port could be taken meanwhile),
        # then a broker is back
        station.port = refused if len(delays) == 1 else spare.port
        await asyncio.sleep(0)

    never = asyncio.Event()
    reached = asyncio.Event()

    async def hang(payload: Any, ctx: Any) -> Any:
        reached.set()
        await never.wait()

    with contextlib.ExitStack() as stack:
        refused = stack.enter_context(refusing_port())
        stack.callback(spare.stop)
        stack.callback(broker.stop)
        csms = MqttCentralSystem(
            {**csms_handlers_16(), "Authorize": hang},
            version="ocpp1.6",
            hostname="127.0.0.1",
            port=broker.port,
            reconnect=False,
        )
        station = MqttChargingStation(
            "CP1",
            version="ocpp1.6",
            hostname="127.0.0.1",
            port=broker.port,
            backoff=Backoff(initial=0.5, factor=2, maximum=10, jitter=1),
            random=lambda: 0.25,
            sleep=fake_sleep,
            on_connect=Changes(lambda s: changed(events.append("up"))),
            on_disconnect=Changes(lambda s: changed(events.append("down"))),
        )
        await csms.start()
        await within(csms.wait_connected())
        async with station:
            pending = asyncio.ensure_future(station.call("Authorize", {"idTag": "T"}))
            await within(reached.wait())  # the central system's device is handling it
            central_device: Device = csms.stations["CP1"]
            assert station.device.pending_calls
            central_device.hooks.after("disconnected", changed)
            broker.stop()
            with pytest.raises(ConnectionClosedError):
                await within(pending, 5.0)
            await changed.until(lambda: not central_device.is_connected)
            await changed.until(lambda: events == ["up", "down"])
            await within(station.wait_connected())
            await changed.until(lambda: events == ["up", "down", "up"])
            assert delays[:2] == [0.75, 1.25]
            assert station.device.is_connected
        assert events == ["up", "down", "up", "down"]
        await csms.close()


def _nodelay(endpoint: Any) -> int:
    import socket

    client = endpoint._client._client  # the paho client under aiomqtt's
    sock = client.socket()
    return int(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


async def test_both_ends_set_tcp_nodelay_and_keep_the_callers_socket_options(
    broker: Mosquitto,
) -> None:
    import socket

    keepalive = (socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
    csms = MqttCentralSystem(
        csms_handlers_16(), version="ocpp1.6", hostname="127.0.0.1", port=broker.port
    )
    async with csms:
        station = MqttChargingStation(
            "CP-N",
            version="ocpp1.6",
            hostname="127.0.0.1",
            port=broker.port,
            client_options={"socket_options": [keepalive]},
        )
        async with station:
            assert (await within(station.call("BootNotification", BOOT_16)))["status"] == "Accepted"
            assert _nodelay(station) and _nodelay(csms)
            sock = station._client._client.socket()  # type: ignore[union-attr]
            assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
        # The caller may still switch it off.
        off = (socket.IPPROTO_TCP, socket.TCP_NODELAY, 0)
        slow = MqttChargingStation(
            "CP-S",
            version="ocpp1.6",
            hostname="127.0.0.1",
            port=broker.port,
            client_options={"socket_options": [off]},
        )
        async with slow:
            await within(slow.call("BootNotification", BOOT_16))
            assert _nodelay(slow) == 0


# -- the reconnect backoff: only a good connection starts it over ------------------------------

GROWING = Backoff(initial=1, factor=2, maximum=100, jitter=0)


class Sleeps:
    """An injectable ``sleep`` that records each wait and lets the test wait for the next."""

    def __init__(self, stop_after: int | None = None) -> None:
        self.delays: list[float] = []
        self.stop_after = stop_after
        self.slept = asyncio.Event()
        self.enough = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        self.slept.set()
        if len(self.delays) == self.stop_after:
            self.enough.set()
            await asyncio.Future()  # wait here until closed
        await asyncio.sleep(0)


def _station(port: int, sleeps: Sleeps, **options: Any) -> MqttChargingStation:
    return MqttChargingStation(
        "CP1",
        version="ocpp1.6",
        hostname="127.0.0.1",
        port=port,
        backoff=GROWING,
        sleep=sleeps,
        **options,
    )


def _central(port: int, sleeps: Sleeps) -> MqttCentralSystem:
    return MqttCentralSystem(
        version="ocpp1.6", hostname="127.0.0.1", port=port, backoff=GROWING, sleep=sleeps
    )


@pytest.mark.parametrize("side", [_station, _central])
async def test_the_backoff_grows_when_the_broker_closes_every_connection_at_once(
    side: Any,
) -> None:
    sleeps = Sleeps(stop_after=5)
    async with FakeBroker(hang_up_at_once=True) as broker:
        endpoint = side(broker.port, sleeps)
        await endpoint.start()
        try:
            await within(sleeps.enough.wait())
        finally:
            await endpoint.close()
    assert sleeps.delays == [1, 2, 4, 8, 16]
    assert broker.connections == 5


async def test_a_connection_is_good_once_it_stayed_up_long_enough() -> None:
    clock = FakeClock()
    sleeps = Sleeps()
    device = Device(role=Role.CHARGING_STATION, clock=clock, identity="CP1")
    async with FakeBroker() as broker:
        station = _station(broker.port, sleeps, device=device, stable_after=60)
        await station.start()
        try:
            for uptime, expected in ((59.0, 1), (0.0, 2), (60.0, 1), (0.0, 2), (0.0, 4)):
                await within(station.wait_connected())
                clock.advance(uptime)
                sleeps.slept.clear()
                broker.hang_up()
                await within(sleeps.slept.wait())
                assert sleeps.delays[-1] == expected, (uptime, sleeps.delays)
        finally:
            await station.close()


def _answer(to: str, actions: dict[str, Any]) -> Any:
    """A `FakeBroker` reply: answer each CALL named in *actions* on topic *to*."""

    def reply(topic: str, frame: Any) -> list[tuple[str, Any]]:
        if frame[0] == 2 and frame[2] in actions:
            return [(to, [3, frame[1], actions[frame[2]]])]
        return []

    return reply


async def test_a_station_connection_that_carried_an_answered_call_is_good() -> None:
    sleeps = Sleeps()
    reply = _answer("ocpp/CP1/to_station", {"Heartbeat": {"currentTime": NOW}})
    async with FakeBroker(reply) as broker:
        station = _station(broker.port, sleeps)
        await station.start()
        try:
            for answered, expected in ((False, 1), (False, 2), (True, 1), (False, 2)):
                await within(station.wait_connected())
                if answered:
                    assert (await within(station.call("Heartbeat")))["currentTime"] == NOW
                sleeps.slept.clear()
                broker.hang_up()
                await within(sleeps.slept.wait())
                assert sleeps.delays[-1] == expected, (answered, sleeps.delays)
        finally:
            await station.close()


async def test_a_central_system_connection_that_carried_an_answered_call_is_good() -> None:
    sleeps = Sleeps()
    reply = _answer("ocpp/CP7/to_csms", {"ClearCache": {"status": "Accepted"}})
    async with FakeBroker(reply) as broker:
        csms = _central(broker.port, sleeps)
        await csms.start()
        try:
            for answered, expected in ((False, 1), (False, 2), (True, 1), (False, 2)):
                await within(csms.wait_connected())
                if answered:  # a station registered while the connection is up counts too
                    csms.register("CP7")
                    assert await within(csms.call("CP7", "ClearCache", {})) == {
                        "status": "Accepted"
                    }
                    csms.forget("CP7")
                sleeps.slept.clear()
                broker.hang_up()
                await within(sleeps.slept.wait())
                assert sleeps.delays[-1] == expected, (answered, sleeps.delays)
        finally:
            await csms.close()
