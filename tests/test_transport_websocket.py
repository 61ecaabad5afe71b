"""The WebSocket transport against the real `websockets` library on loopback."""

from __future__ import annotations

import asyncio
import base64
import gc
import json
import ssl
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from ocpp_engine import ConnectionClosedError, Device, NotConnectedError, Role
from ocpp_engine.transports.websocket import (
    Backoff,
    CentralSystem,
    ChargePoint,
    HandshakeRequest,
    Station,
)

from .transport_helpers import (
    BOOT_16,
    NOW,
    Changes,
    csms_handlers_16,
    make_pki,
    refusing_port,
    within,
)


def close_code(ws: Any) -> int | None:
    return ws.protocol.close_code  # type: ignore[no-any-return]  # 14.x lacks ws.close_code


def url(csms: CentralSystem, scheme: str = "ws") -> str:
    return f"{scheme}://127.0.0.1:{csms.port}/ocpp"


async def test_full_session_both_directions_and_registry() -> None:
    events: list[tuple[str, str]] = []
    csms = CentralSystem(
        csms_handlers_16(),
        port=0,
        on_connect=lambda st: events.append(("connect", st.identity)),
        on_disconnect=lambda st: events.append(("disconnect", st.identity)),
    )
    async with csms:
        cp = ChargePoint(
            url(csms),
            "CP 1/é",
            versions=["ocpp1.6"],
            handlers={"RemoteStartTransaction": lambda p, ctx: {"status": "Accepted"}},
        )
        async with cp:
            assert cp.device.version.value == "ocpp1.6"
            boot = await within(cp.call("BootNotification", BOOT_16))
            assert boot["status"] == "Accepted"
            assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW
            # the identity arrives percent-decoded (the answers came from its device)
            assert "CP 1/é" in csms.stations
            station = csms.stations["CP 1/é"]
            assert isinstance(station, Station)
            assert station.version.value == "ocpp1.6"
            assert station.device.role is Role.CSMS
            answer = await within(csms.call("CP 1/é", "RemoteStartTransaction", {"idTag": "TAG"}))
            assert answer == {"status": "Accepted"}
            with pytest.raises(NotConnectedError):
                await csms.call("nobody", "Reset", {"type": "Soft"})
            assert await within(csms.close_connection("CP 1/é"))
            assert "CP 1/é" not in csms.stations
            assert not await csms.close_connection("CP 1/é")
            cp.reconnect = False
    assert events == [("connect", "CP 1/é"), ("disconnect", "CP 1/é")]


async def test_identity_is_percent_decoded_and_an_empty_one_refused() -> None:
    seen: list[str] = []
    async with CentralSystem(
        csms_handlers_16(), port=0, authorize=lambda r: seen.append(r.identity) or True
    ) as csms:
        async with connect(url(csms) + "/CP%201", subprotocols=["ocpp1.6"]) as ws:
            assert ws.subprotocol == "ocpp1.6"
        # an empty last segment is no identity
        with pytest.raises(InvalidStatus) as info:
            await connect(url(csms) + "/", subprotocols=["ocpp1.6"])
        assert info.value.response.status_code == 400
    assert seen == ["CP 1"]


async def test_version_negotiation_prefers_the_servers_order() -> None:
    changed = Changes()
    csms = CentralSystem(port=0, versions=["ocpp2.0.1", "ocpp1.6"], on_connect=changed)
    await csms.start()
    async with connect(url(csms) + "/CP1", subprotocols=["ocpp1.6", "ocpp2.0.1"]) as ws:
        assert ws.subprotocol == "ocpp2.0.1"
        await changed.until(lambda: "CP1" in csms.stations)
        assert csms.stations["CP1"].device.version.value == "ocpp2.0.1"
    await csms.close()


async def test_no_common_subprotocol_completes_handshake_then_closes() -> None:
    async with CentralSystem(port=0, versions=["ocpp2.0.1"]) as csms:
        for offered in ([], ["ocpp1.6"]):
            ws = await connect(url(csms) + "/CP1", subprotocols=offered or None)
            assert ws.subprotocol is None  # the handshake completed without a subprotocol
            with pytest.raises(ConnectionClosed):
                await within(ws.recv())
            assert close_code(ws) == 1002
            assert not csms.stations


async def test_identity_rules_of_2x_are_enforced_before_the_upgrade() -> None:
    async with CentralSystem(port=0) as csms:
        for bad in ("A" * 49, "CP%3A1"):
            with pytest.raises(InvalidStatus) as info:
                await connect(url(csms) + "/" + bad, subprotocols=["ocpp2.0.1"])
            assert info.value.response.status_code == 400
        # 1.6 has no such limit
        async with connect(url(csms) + "/" + "A" * 49, subprotocols=["ocpp1.6"]) as ws:
            assert ws.subprotocol == "ocpp1.6"
    with pytest.raises(ValueError):
        ChargePoint("ws://x", "a:b", versions=["ocpp2.0.1"])


async def test_basic_auth_profile_1() -> None:
    seen: list[HandshakeRequest] = []

    def authorize(request: HandshakeRequest) -> bool:
        seen.append(request)
        return request.username == request.identity and request.password == "s3cret:x"

    async with CentralSystem(csms_handlers_16(), port=0, authorize=authorize) as csms:
        # right password: accepted, and the request headers are visible
        cp = ChargePoint(
            url(csms),
            "CP1",
            versions=["ocpp1.6"],
            password="s3cret:x",
            connect_options={"user_agent_header": "station/1"},
        )
        async with cp:
            assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW
        assert seen[-1].headers["User-Agent"] == "station/1"
        assert seen[-1].version is not None and seen[-1].version.value == "ocpp1.6"
        assert seen[-1].client_certificate is None
        # wrong password, and no credentials at all: 401 before the upgrade
        for password in ("wrong", None):
            cp = ChargePoint(
                url(csms), "CP1", versions=["ocpp1.6"], password=password, reconnect=False
            )
            await cp.start()
            with pytest.raises(InvalidStatus) as info:
                await within(cp.wait_connected())
            assert info.value.response.status_code == 401
            assert info.value.response.headers["WWW-Authenticate"].startswith("Basic")
            await cp.close()
        assert [r.password for r in seen[-2:]] == ["wrong", None]
        assert not csms.stations


async def test_async_authorizer_that_raises_refuses() -> None:
    async def authorize(request: HandshakeRequest) -> bool:
        await asyncio.sleep(0)
        raise RuntimeError("database down")

    async with CentralSystem(port=0, authorize=authorize) as csms:
        with pytest.raises(InvalidStatus) as info:
            await connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"])
        assert info.value.response.status_code == 401


def collect_py310_tls_leak() -> None:
    """Python 3.10's asyncio leaves TLS transports unclosed even for plain websockets (fixed by
    the 3.11 rewrite of its SSL protocol); collect them here, where their warning is expected."""
    if sys.version_info < (3, 11):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ResourceWarning)
            gc.collect()


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_pki(tmp_path_factory.mktemp("pki"))


def server_context(pki: dict[str, Path], require_client_cert: bool) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(pki["server_cert"], pki["server_key"])
    if require_client_cert:
        ctx.verify_mode = ssl.CERT_REQUIRED
        ctx.load_verify_locations(pki["ca_cert"])
    return ctx


def client_context(pki: dict[str, Path], with_cert: bool) -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=str(pki["ca_cert"]))
    if with_cert:
        ctx.load_cert_chain(pki["client_cert"], pki["client_key"])
    return ctx


async def test_tls_with_basic_auth_profile_2(pki: dict[str, Path]) -> None:
    try:
        await tls_with_basic_auth(pki)
    finally:
        collect_py310_tls_leak()


async def tls_with_basic_auth(pki: dict[str, Path]) -> None:
    async with CentralSystem(
        csms_handlers_16(),
        port=0,
        ssl=server_context(pki, False),
        authorize=lambda r: r.password == "pw",
    ) as csms:
        cp = ChargePoint(
            url(csms, "wss"),
            "CP1",
            versions=["ocpp1.6"],
            password="pw",
            ssl=client_context(pki, False),
        )
        async with cp:
            assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW


async def test_tls_client_certificates_profile_3(pki: dict[str, Path]) -> None:
    try:
        await tls_client_certificates(pki)
    finally:
        collect_py310_tls_leak()


async def tls_client_certificates(pki: dict[str, Path]) -> None:
    def common_name(request: HandshakeRequest) -> str | None:
        cert = request.client_certificate or {}
        for rdn in cert.get("subject", ()):
            for key, value in rdn:
                if key == "commonName":
                    return str(value)
        return None

    async with CentralSystem(
        csms_handlers_16(),
        port=0,
        ssl=server_context(pki, True),
        authorize=lambda r: common_name(r) == r.identity,
    ) as csms:
        cp = ChargePoint(
            url(csms, "wss"), "CP1", versions=["ocpp1.6"], ssl=client_context(pki, True)
        )
        async with cp:
            assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW
        # the certificate names CP1, not CP2: refused by the authoriser
        cp2 = ChargePoint(
            url(csms, "wss"),
            "CP2",
            versions=["ocpp1.6"],
            ssl=client_context(pki, True),
            reconnect=False,
        )
        await cp2.start()
        with pytest.raises(InvalidStatus):
            await within(cp2.wait_connected())
        await cp2.close()
        # no client certificate: the TLS handshake fails
        cp3 = ChargePoint(
            url(csms, "wss"),
            "CP1",
            versions=["ocpp1.6"],
            ssl=client_context(pki, False),
            reconnect=False,
        )
        await cp3.start()
        with pytest.raises((OSError, EOFError, InvalidHandshake)):  # TLS 1.3: after the hello
            await within(cp3.wait_connected())
        await cp3.close()
        assert not csms.stations


async def test_binary_frame_is_refused_with_1003() -> None:
    changed = Changes()
    async with CentralSystem(
        csms_handlers_16(), port=0, on_connect=changed, on_disconnect=changed
    ) as csms:
        async with connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"]) as ws:
            await changed.until(lambda: "CP1" in csms.stations)
            await ws.send(b'[2,"1","Heartbeat",{}]')
            with pytest.raises(ConnectionClosed):
                await within(ws.recv())
            assert close_code(ws) == 1003
        await changed.until(lambda: not csms.stations)


async def test_too_large_frame_is_refused_with_1009() -> None:
    changed = Changes()
    async with CentralSystem(
        csms_handlers_16(), port=0, max_size=1000, on_disconnect=changed
    ) as csms:
        async with connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"]) as ws:
            # under the limit: answered
            await ws.send(json.dumps([2, "1", "Heartbeat", {}]))
            assert json.loads(await within(ws.recv()))[0] == 3
            await ws.send(
                json.dumps([2, "2", "DataTransfer", {"vendorId": "v", "data": "x" * 2000}])
            )
            with pytest.raises(ConnectionClosed):
                await within(ws.recv())
            assert close_code(ws) == 1009
        await changed.until(lambda: not csms.stations)


async def test_client_refuses_binary_and_large_frames_too() -> None:
    changed = Changes()
    async with CentralSystem(csms_handlers_16(), port=0, on_connect=changed) as csms:
        cp = ChargePoint(url(csms), "CP1", versions=["ocpp1.6"], max_size=100, reconnect=False)
        async with cp:
            await changed.until(lambda: "CP1" in csms.stations)
            server_ws = csms.stations["CP1"].websocket
            await server_ws.send(b"\x00")
            await within(server_ws.wait_closed())
            assert close_code(server_ws) == 1003
        cp = ChargePoint(url(csms), "CP1", versions=["ocpp1.6"], max_size=100, reconnect=False)
        async with cp:
            await changed.until(lambda: "CP1" in csms.stations)
            server_ws = csms.stations["CP1"].websocket
            await server_ws.send("x" * 200)
            await within(server_ws.wait_closed())
            assert close_code(server_ws) == 1009


async def test_second_connection_replaces_the_first() -> None:
    events: list[tuple[str, int]] = []
    devices: list[Device] = []

    def factory(request: HandshakeRequest) -> Device:
        device = Device(
            print,
            {"Heartbeat": lambda p, c: {"currentTime": NOW}},
            role="csms",
            identity=request.identity,
            call_timeout=30,
        )
        devices.append(device)
        return device

    changed = Changes()
    async with CentralSystem(
        port=0,
        device_factory=factory,
        on_connect=Changes(lambda st: changed(events.append(("connect", id(st))))),
        on_disconnect=Changes(lambda st: changed(events.append(("disconnect", id(st))))),
    ) as csms:
        first = await connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"])
        await changed.until(lambda: "CP1" in csms.stations)
        old = csms.stations["CP1"]
        # a call to the first connection is pending when the second one arrives
        pending = asyncio.ensure_future(csms.call("CP1", "Reset", {"type": "Soft"}))
        frame = json.loads(await within(first.recv()))
        assert frame[2] == "Reset"
        second = await connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"])
        with pytest.raises(ConnectionClosedError):
            await within(pending, 2.0)
        await changed.until(lambda: csms.stations.get("CP1") not in (None, old))
        new = csms.stations["CP1"]
        assert not devices[0].is_connected and devices[1].is_connected
        # the old socket is closed; the new one works
        with pytest.raises(ConnectionClosed):
            await within(first.recv())
        await second.send(json.dumps([2, "h", "Heartbeat", {}]))
        assert json.loads(await within(second.recv()))[:2] == [3, "h"]
        assert events == [("connect", id(old)), ("disconnect", id(old)), ("connect", id(new))]
        await second.close()
        await changed.until(lambda: not csms.stations)
    assert events[-1] == ("disconnect", id(new))


async def test_ping_drops_a_dead_peer() -> None:
    disconnected = asyncio.Event()
    changed = Changes()
    # websockets keeps its ping timers on the event loop's clock: real time it must be, as
    # short as stays well clear of a loaded machine's scheduling delays (no assertion on it)
    async with CentralSystem(
        port=0,
        ping_interval=0.05,
        ping_timeout=0.1,
        close_timeout=0.1,
        on_connect=changed,
        on_disconnect=lambda st: disconnected.set(),
    ) as csms:
        ws = await connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"], ping_interval=None)
        await changed.until(lambda: "CP1" in csms.stations)
        device = csms.stations["CP1"].device
        ws.transport.pause_reading()  # the peer stops answering pings
        try:
            await within(disconnected.wait(), 5.0)
            assert not device.is_connected and not csms.stations
        finally:
            ws.transport.abort()


async def test_charge_point_reconnects_with_backoff_and_jitter() -> None:
    delays: list[float] = []
    states: list[str] = []
    changed = Changes()

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 4:  # the server comes up after four failed attempts
            await restarted.start()
            cp.url = url(restarted) + "/CP1"
        await asyncio.sleep(0)

    restarted = CentralSystem(csms_handlers_16(), port=0, on_connect=changed)
    with refusing_port() as port:  # nothing listens there
        cp = ChargePoint(
            f"ws://127.0.0.1:{port}/ocpp",
            "CP1",
            versions=["ocpp1.6"],
            backoff=Backoff(initial=1.0, factor=2.0, maximum=5.0, jitter=0.5),
            random=lambda: 0.5,
            sleep=fake_sleep,
            on_connect=lambda c: changed(states.append("up")),
            on_disconnect=lambda c: states.append("down"),
        )
        await cp.start()
        await within(cp.wait_connected())
    try:
        assert delays == [1.25, 2.25, 4.25, 5.25]
        assert isinstance(cp.last_error, OSError)
        # an answered call makes the connection a good one
        assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW
        # the server drops the connection: the device is told and the client comes back
        await within(restarted.close_connection("CP1", 1012, "restart"))
        await changed.until(lambda: "CP1" in restarted.stations and len(states) == 3)
        assert delays[4] == 1.25  # the backoff starts over after a good connection
        assert states == ["up", "down", "up"]
        assert cp.device.is_connected
        assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW
    finally:
        await cp.close()
        await restarted.close()
    assert states == ["up", "down", "up", "down"]
    assert not cp.device.is_connected


async def test_disconnect_fails_client_calls_at_once_and_call_offline_raises() -> None:
    got_call = asyncio.Event()

    async def slow(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        got_call.set()
        await asyncio.sleep(30)
        return {}

    async with CentralSystem({"Heartbeat": slow}, port=0) as csms:
        cp = ChargePoint(url(csms), "CP1", versions=["ocpp1.6"], reconnect=False)
        async with cp:
            pending = asyncio.ensure_future(cp.call("Heartbeat"))
            await within(got_call.wait())
            await csms.close_connection("CP1")
            with pytest.raises(ConnectionClosedError):
                await within(pending, 2.0)
        with pytest.raises(NotConnectedError):
            await cp.call("Heartbeat")


async def test_server_close_disconnects_everyone() -> None:
    closed: list[str] = []
    changed = Changes()
    csms = CentralSystem(
        csms_handlers_16(),
        port=0,
        on_connect=changed,
        on_disconnect=lambda st: closed.append(st.identity),
    )
    await csms.start()
    clients = [
        ChargePoint(
            url(csms), f"CP{i}", versions=["ocpp1.6"], reconnect=False, on_disconnect=changed
        )
        for i in range(3)
    ]
    for c in clients:
        await c.start()
        await within(c.wait_connected())
    await changed.until(lambda: len(csms.stations) == 3)
    await within(csms.close())
    assert sorted(closed) == ["CP0", "CP1", "CP2"]
    for c in clients:
        await changed.until(lambda c=c: not c.is_connected)
        await c.close()


def test_basic_header_is_what_the_spec_says() -> None:
    cp = ChargePoint("ws://h/ocpp/", "CP1", versions=["ocpp1.6"], password="pw")
    assert cp.url == "ws://h/ocpp/CP1"
    headers = cp._options["additional_headers"]
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"CP1:pw").decode()
    assert Backoff(initial=1, factor=2, maximum=10, jitter=0).delay(10) == 10


async def test_a_device_reused_by_the_factory_hears_only_the_newest_connection() -> None:
    heard: list[str] = []
    shared = Device(
        print,
        {"Heartbeat": lambda p, c: heard.append(c.message_id) or {"currentTime": NOW}},
        role="csms",
    )
    changed = Changes()
    async with CentralSystem(
        port=0, device_factory=lambda request: shared, on_connect=changed
    ) as csms:
        first = await connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"])
        await changed.until(lambda: "CP1" in csms.stations)
        old = csms.stations["CP1"]
        # a frame from the old connection is still in flight when the new one takes over
        old.websocket.transport.pause_reading()
        await first.send(json.dumps([2, "old", "Heartbeat", {}]))
        second = await connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"])
        await changed.until(lambda: csms.stations.get("CP1") not in (None, old))
        assert shared.is_connected
        old.websocket.transport.resume_reading()
        await within(old.websocket.wait_closed())
        await second.send(json.dumps([2, "new", "Heartbeat", {}]))
        assert json.loads(await within(second.recv()))[:2] == [3, "new"]
        assert heard == ["new"]
        await first.close()
        await second.close()


async def test_a_flood_of_broken_frames_closes_with_1002() -> None:
    """The device asks its transport to close after max_bad_frames; the adapter uses 1002."""
    from ocpp_engine import Limits

    def factory(request: HandshakeRequest) -> Device:
        return Device(
            lambda raw: None, csms_handlers_16(), role=Role.CSMS, limits=Limits(max_bad_frames=3)
        )

    changed = Changes()
    async with CentralSystem(port=0, device_factory=factory, on_disconnect=changed) as csms:
        async with connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"]) as ws:
            await ws.send("not json")
            await ws.send('{"not": "a frame"}')
            await ws.send('[2, "ok", "Heartbeat", {}]')  # a good frame resets the count
            assert json.loads(await within(ws.recv()))[:2] == [3, "ok"]
            for _ in range(3):
                await ws.send("still not json")
            with pytest.raises(ConnectionClosed):
                await within(ws.recv())
            assert close_code(ws) == 1002
        await changed.until(lambda: "CP1" not in csms.stations)


async def test_a_users_own_close_handler_is_kept() -> None:
    from ocpp_engine import CloseRequest, Limits

    asked: list[CloseRequest] = []
    changed = Changes(asked.append)

    def factory(request: HandshakeRequest) -> Device:
        return Device(
            lambda raw: None,
            csms_handlers_16(),
            role=Role.CSMS,
            limits=Limits(max_bad_frames=1),
            on_close_request=changed,
        )

    async with CentralSystem(port=0, device_factory=factory) as csms:
        ws = await connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"])
        await ws.send("garbage")
        await changed.until(lambda: len(asked) == 1)
        await ws.send('[2, "ok", "Heartbeat", {}]')
        assert json.loads(await within(ws.recv()))[:2] == [3, "ok"]  # still open
        await ws.close()
    assert asked[0].code == 1002


async def test_typed_calls_through_the_charge_point() -> None:
    from ocpp_engine.messages import v16

    async with (
        CentralSystem(csms_handlers_16(), port=0) as csms,
        ChargePoint(url(csms), "CP1", versions=["ocpp1.6"]) as cp,
    ):
        answer = await within(cp.call(v16.HeartbeatRequest()))
        assert isinstance(answer, v16.HeartbeatResponse)
        assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW
