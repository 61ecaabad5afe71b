"""The MQTT transport against a real Mosquitto broker started by the tests."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import aiomqtt
import pytest

from ocpp_engine import CallTimeoutError, ConnectionClosedError, Device, NotConnectedError
from ocpp_engine.transports.mqtt import (
    Backoff,
    MqttCentralSystem,
    MqttChargingStation,
    TopicLayout,
)

from .transport_helpers import BOOT_16, NOW, Mosquitto, csms_handlers_16, eventually, within


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


@pytest.mark.parametrize("topic", ["ocpp/CP1/to_station", "other/CP1/to_csms",
                                   "ocpp/a/b/to_csms", "ocpp//to_csms", "ocpp/%FF/to_csms",
                                   "ocpp/%0A/to_csms"])
def test_topic_layout_rejects_foreign_topics(topic: str) -> None:
    assert TopicLayout().identity_of(topic) is None


def test_topic_layout_refuses_wildcards() -> None:
    with pytest.raises(ValueError):
        TopicLayout(prefix="ocpp/#")
    with pytest.raises(ValueError):
        TopicLayout(to_csms="a/b")


async def test_session_over_the_broker(broker: Mosquitto) -> None:
    seen: list[tuple[str, int, bytes]] = []
    new_stations: list[str] = []
    async with aiomqtt.Client("127.0.0.1", broker.port) as spy:
        await spy.subscribe("ocpp/#", qos=1)

        async def record() -> None:
            async for m in spy.messages:
                assert isinstance(m.payload, bytes)
                seen.append((m.topic.value, m.qos, m.payload))

        recorder = asyncio.ensure_future(record())
        csms = MqttCentralSystem(csms_handlers_16(), version="ocpp1.6", hostname="127.0.0.1",
                                 port=broker.port,
                                 on_station=lambda d: new_stations.append(str(d.identity)))
        remote = {"RemoteStartTransaction": lambda p, c: {"status": "Accepted"}}
        async with csms:
            one = MqttChargingStation("CP1", remote, version="ocpp1.6", hostname="127.0.0.1",
                                      port=broker.port)
            two = MqttChargingStation("site/2", remote, version="ocpp1.6",
                                      hostname="127.0.0.1", port=broker.port)
            async with one, two:
                for st in (one, two):
                    assert (await within(st.call("BootNotification", BOOT_16)))["status"] \
                        == "Accepted"
                    assert (await within(st.call("Heartbeat")))["currentTime"] == NOW
                assert set(csms.stations) == {"CP1", "site/2"}
                answer = await within(csms.call("site/2", "RemoteStartTransaction",
                                                {"idTag": "T"}))
                assert answer == {"status": "Accepted"}
                with pytest.raises(NotConnectedError):
                    await csms.call("nobody", "Reset", {"type": "Soft"})
            assert not one.device.is_connected
            await eventually(lambda: len(seen) >= 10)
        recorder.cancel()
    assert sorted(new_stations) == ["CP1", "site/2"]
    topics = {t for t, _, _ in seen}
    assert topics == {"ocpp/CP1/to_csms", "ocpp/CP1/to_station", "ocpp/site%2F2/to_csms",
                      "ocpp/site%2F2/to_station"}
    assert {q for _, q, _ in seen} == {1}
    assert any(p.startswith(b'[2,') and b'"RemoteStartTransaction"' in p
               for t, _, p in seen if t == "ocpp/site%2F2/to_station")


async def test_registration_and_per_station_version(broker: Mosquitto) -> None:
    csms = MqttCentralSystem(
        {**csms_handlers_16(), "Heartbeat": lambda p, c: {"currentTime": NOW}},
        version="ocpp1.6", hostname="127.0.0.1", port=broker.port, auto_register=False)
    async with csms:
        stranger = MqttChargingStation("X", version="ocpp1.6", hostname="127.0.0.1",
                                       port=broker.port)
        async with stranger:
            with pytest.raises(CallTimeoutError):
                await stranger.call("Heartbeat", timeout=0.3)
        assert "X" not in csms.stations
        device = csms.register("CP2", version="ocpp2.0.1")
        assert device.version is not None and device.version.value == "ocpp2.0.1"
        assert csms.register("CP2") is device
        station = MqttChargingStation("CP2", version="ocpp2.0.1", hostname="127.0.0.1",
                                      port=broker.port)
        async with station:
            assert (await within(station.call("Heartbeat")))["currentTime"] == NOW
        assert csms.forget("CP2") and not csms.forget("CP2")
        assert not device.is_connected


async def test_broker_loss_disconnects_and_reconnect_resumes() -> None:
    broker = Mosquitto().start()
    events: list[str] = []
    delays: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 2:
            broker.start()
        await asyncio.sleep(0.01)

    never = asyncio.Event()

    async def hang(payload: Any, ctx: Any) -> Any:
        await never.wait()

    try:
        csms = MqttCentralSystem({**csms_handlers_16(), "Authorize": hang}, version="ocpp1.6",
                                 hostname="127.0.0.1", port=broker.port, reconnect=False)
        station = MqttChargingStation(
            "CP1", version="ocpp1.6", hostname="127.0.0.1", port=broker.port,
            backoff=Backoff(initial=0.5, factor=2, maximum=10, jitter=1), random=lambda: 0.25,
            sleep=fake_sleep, on_connect=lambda s: events.append("up"),
            on_disconnect=lambda s: events.append("down"))
        await csms.start()
        await within(csms.wait_connected())
        async with station:
            pending = asyncio.ensure_future(station.call("Authorize", {"idTag": "T"}))
            await eventually(lambda: "CP1" in csms.stations and station.device.pending_calls)
            central_device: Device = csms.stations["CP1"]
            broker.stop()
            with pytest.raises(ConnectionClosedError):
                await within(pending, 5.0)
            await eventually(lambda: not central_device.is_connected)
            await eventually(lambda: events == ["up", "down"])
            await within(station.wait_connected())
            await eventually(lambda: events == ["up", "down", "up"])
            assert delays[:2] == [0.75, 1.25]
            assert station.device.is_connected
        assert events == ["up", "down", "up", "down"]
        await csms.close()
    finally:
        broker.stop()


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
    csms = MqttCentralSystem(csms_handlers_16(), version="ocpp1.6", hostname="127.0.0.1",
                             port=broker.port)
    async with csms:
        station = MqttChargingStation("CP-N", version="ocpp1.6", hostname="127.0.0.1",
                                      port=broker.port,
                                      client_options={"socket_options": [keepalive]})
        async with station:
            assert (await within(station.call("BootNotification", BOOT_16)))["status"] \
                == "Accepted"
            assert _nodelay(station) and _nodelay(csms)
            sock = station._client._client.socket()  # type: ignore[union-attr]
            assert sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE)
        # The caller may still switch it off.
        off = (socket.IPPROTO_TCP, socket.TCP_NODELAY, 0)
        slow = MqttChargingStation("CP-S", version="ocpp1.6", hostname="127.0.0.1",
                                   port=broker.port, client_options={"socket_options": [off]})
        async with slow:
            await within(slow.call("BootNotification", BOOT_16))
            assert _nodelay(slow) == 0
