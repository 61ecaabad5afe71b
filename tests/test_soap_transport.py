"""OCPP-S over HTTP on loopback: sessions end to end, hostile requests, the registry."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, SubElement

import pytest

from ocpp_engine import CallError, Device, NotConnectedError, RegistrationGate, Version
from ocpp_engine.soap._envelope import (
    ANONYMOUS,
    SOAP_NS,
    Fault,
    SoapMessage,
    decode,
    encode,
)
from ocpp_engine.soap._payload import encode as encode_payload

from .test_soap_envelope import assert_valid
from .transport_helpers import BOOT_16, NOW, csms_handlers_16, refusing_port

aiohttp = pytest.importorskip("aiohttp")
from ocpp_engine.transports.soap import (  # noqa: E402
    CentralSystemGroup,
    SoapCentralSystem,
    SoapChargePoint,
    SoapRequest,
)

CS16 = "urn://Ocpp/Cs/2015/10/"
CP16 = "urn://Ocpp/Cp/2015/10/"
HAS_15 = "ocpp1.5" in {v.value for v in Version}


def url_of(server: SoapCentralSystem | SoapChargePoint) -> str:
    return f"http://127.0.0.1:{server.port}/ocpp"


async def post(url: str, data: bytes) -> tuple[int, SoapMessage]:
    """POST raw bytes; return the status and the decoded answer."""
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=data, headers={"Content-Type": "application/soap+xml"}) as r,
    ):
        return r.status, decode(await r.read())


def request(
    body: Element,
    identity: str | None = "CP-1",
    action: str | None = None,
    message_id: str = "urn:uuid:1",
    from_: str | None = None,
) -> bytes:
    if action is None:
        local = body.tag.rpartition("}")[2]
        action = "/" + local[0].upper() + local[1:].removesuffix("Request")
    return encode(
        SoapMessage(action, message_id, body, identity=identity, from_=from_, reply_to=ANONYMOUS)
    )


def heartbeat(namespace: str = CS16) -> Element:
    return Element(f"{{{namespace}}}heartbeatRequest")


def answer_of(handler: Any) -> Any:
    return lambda payload: handler(payload, None)


class Recorder:
    """CSMS handlers for 1.6 that record every payload they get, by action."""

    def __init__(self) -> None:
        self.payloads: list[tuple[str | None, str, dict[str, Any]]] = []
        self.tx = 0

    def handlers(self) -> dict[str, Any]:
        def record(action: str, answer: Any) -> Any:
            def handler(payload: dict[str, Any], ctx: Any) -> Any:
                self.payloads.append((ctx.device.identity, action, payload))
                return answer(payload) if callable(answer) else answer

            return handler

        def start(payload: dict[str, Any]) -> dict[str, Any]:
            self.tx += 1
            return {"transactionId": self.tx, "idTagInfo": {"status": "Accepted"}}

        def refuse(payload: dict[str, Any]) -> Any:
            raise CallError("NotSupported", "no data transfer here")

        return {
            **{a: record(a, answer_of(h)) for a, h in csms_handlers_16().items()},
            "BootNotification": record(
                "BootNotification",
                {"status": "Accepted", "currentTime": NOW, "interval": 300},
            ),
            "StartTransaction": record("StartTransaction", start),
            "StopTransaction": record("StopTransaction", {"idTagInfo": {"status": "Accepted"}}),
            "MeterValues": record("MeterValues", {}),
            "DataTransfer": record("DataTransfer", refuse),
        }


METER_VALUES = {
    "connectorId": 1,
    "transactionId": 1,
    "meterValue": [
        {
            "timestamp": NOW,
            "sampledValue": [
                {"value": "12.5", "measurand": "Energy.Active.Import.Register", "unit": "kWh"},
                {"value": "7", "context": "Sample.Periodic"},
            ],
        }
    ],
}


@pytest.fixture
def written(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Every envelope the transport writes, in order."""
    from ocpp_engine.transports import soap

    envelopes: list[bytes] = []

    def encode_and_keep(message: SoapMessage) -> bytes:
        data = encode(message)
        envelopes.append(data)
        return data

    monkeypatch.setattr(soap, "encode_envelope", encode_and_keep)
    return envelopes


async def test_a_16_session_end_to_end(written: list[bytes]) -> None:
    recorder = Recorder()
    started = asyncio.Event()

    def remote_start(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        started.set()
        return {"status": "Accepted"}

    def reset(payload: dict[str, Any], ctx: Any) -> Any:
        raise CallError("NotSupported", "no resets")

    station_handlers = {"RemoteStartTransaction": remote_start, "Reset": reset}
    async with (
        SoapCentralSystem(recorder.handlers(), port=0) as csms,
        SoapChargePoint(url_of(csms), "CP-1", station_handlers) as cp,
    ):
        boot = await cp.call("BootNotification", BOOT_16)
        assert boot == {"status": "Accepted", "currentTime": NOW, "interval": 300}
        assert await cp.call("Heartbeat") == {"currentTime": NOW}
        assert await cp.call("Authorize", {"idTag": "TAG"}) == {"idTagInfo": {"status": "Accepted"}}
        tx = await cp.call(
            "StartTransaction",
            {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": NOW},
        )
        assert tx["transactionId"] == 1
        assert await cp.call("MeterValues", METER_VALUES) == {}
        stop = {"transactionId": 1, "meterStop": 12500, "timestamp": NOW, "reason": "Local"}
        assert await cp.call("StopTransaction", stop) == {"idTagInfo": {"status": "Accepted"}}
        with pytest.raises(CallError) as caught:
            await cp.call("DataTransfer", {"vendorId": "V"})
        assert caught.value.code == "NotSupported"

        station = csms.stations["CP-1"]
        assert station.version is Version.V16
        assert station.endpoint == cp.endpoint
        answer = await csms.call(
            "CP-1", "RemoteStartTransaction", {"idTag": "TAG", "connectorId": 1}
        )
        assert answer == {"status": "Accepted"} and started.is_set()
        with pytest.raises(CallError) as caught:
            await csms.call("CP-1", "Reset", {"type": "Soft"})
        assert caught.value.code == "NotSupported"
        assert "no resets" in caught.value.description

    # every envelope written passes the SOAP 1.2, WS-Addressing and OCPP schemas
    assert len(written) == 2 * 9  # nine requests, nine answers (two of them faults)
    for data in written:
        assert_valid(data)
    requests = [decode(data) for data in written if decode(data).identity is not None]
    assert len(requests) == 9
    assert all((m.message_id or "").startswith("urn:uuid:") for m in requests)
    # the handlers saw the very dicts a 1.6-J station would have sent
    seen = {action: payload for _, action, payload in recorder.payloads}
    assert seen["MeterValues"] == METER_VALUES
    assert seen["BootNotification"] == BOOT_16
    assert seen["StopTransaction"] == stop
    assert {identity for identity, _, _ in recorder.payloads} == {"CP-1"}


@pytest.mark.skipif(not HAS_15, reason="OCPP 1.5 is not an engine version yet")
async def test_a_15_session_end_to_end(written: list[bytes]) -> None:
    tx_ids = iter(range(1, 100))
    seen: dict[str, dict[str, Any]] = {}

    def record(action: str, answer: Any) -> Any:
        def handler(payload: dict[str, Any], ctx: Any) -> Any:
            seen[action] = payload
            return answer(payload) if callable(answer) else answer

        return handler

    def refuse(payload: dict[str, Any]) -> Any:
        raise CallError("SecurityError", "not you")

    handlers = {
        "BootNotification": record(
            "BootNotification", {"status": "Accepted", "currentTime": NOW, "heartbeatInterval": 300}
        ),
        "Heartbeat": record("Heartbeat", {"currentTime": NOW}),
        "Authorize": record("Authorize", {"idTagInfo": {"status": "Accepted"}}),
        "StartTransaction": record(
            "StartTransaction",
            lambda p: {"transactionId": next(tx_ids), "idTagInfo": {"status": "Accepted"}},
        ),
        "MeterValues": record("MeterValues", {}),
        "StopTransaction": record("StopTransaction", {}),
        "DataTransfer": record("DataTransfer", refuse),
    }
    station_handlers = {"RemoteStartTransaction": lambda p, c: {"status": "Accepted"}}
    async with (
        SoapCentralSystem(handlers, port=0, versions=["ocpp1.5"]) as csms,
        SoapChargePoint(url_of(csms), "CP-15", station_handlers, version="ocpp1.5") as cp,
    ):
        boot = await cp.call("BootNotification", BOOT_16)
        assert boot["status"] == "Accepted" and boot["heartbeatInterval"] == 300
        assert await cp.call("Heartbeat") == {"currentTime": NOW}
        assert await cp.call("Authorize", {"idTag": "TAG"}) == {"idTagInfo": {"status": "Accepted"}}
        tx = await cp.call(
            "StartTransaction",
            {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": NOW},
        )
        assert tx["transactionId"] == 1
        meter = {
            "connectorId": 1,
            "transactionId": 1,
            "values": [{"timestamp": NOW, "value": [{"value": "12", "unit": "kWh"}]}],
        }
        assert await cp.call("MeterValues", meter) == {}
        stop = {"transactionId": 1, "meterStop": 10, "timestamp": NOW}
        assert await cp.call("StopTransaction", stop) == {}
        with pytest.raises(CallError) as caught:
            await cp.call("DataTransfer", {"vendorId": "V"})
        assert caught.value.code == "SecurityError"
        assert csms.stations["CP-15"].version.value == "ocpp1.5"
        answer = await csms.call("CP-15", "RemoteStartTransaction", {"idTag": "TAG"})
        assert answer == {"status": "Accepted"}
    for data in written:
        assert_valid(data)
    assert seen["StartTransaction"]["meterStart"] == 0
    assert seen["MeterValues"] == meter


# -- hostile requests -----------------------------------------------------------------------------

OVERSIZED = 4096


def hostile_requests() -> list[Any]:
    body = heartbeat()
    wrong_ns = Element("{urn://Ocpp/Cs/1999/01/}heartbeatRequest")
    unknown = Element(f"{{{CS16}}}launchRocketRequest")
    cp_service = Element(f"{{{CP16}}}resetRequest")
    SubElement(cp_service, f"{{{CP16}}}type").text = "Soft"
    response = Element(f"{{{CS16}}}heartbeatResponse")
    SubElement(response, f"{{{CS16}}}currentTime").text = NOW
    bad_payload = Element(f"{{{CS16}}}authorizeRequest")
    SubElement(bad_payload, f"{{{CS16}}}idTag").text = "X" * 21
    return [
        pytest.param(b"<s:Envelope", 400, "ProtocolError", id="malformed"),
        pytest.param(
            b'<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            + request(body).replace(b"CP-1", b"&x;").split(b"?>", 1)[1],
            400,
            "SecurityError",
            id="xxe",
        ),
        pytest.param(
            b'<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]>'
            b"<l>&d;</l>",
            400,
            "SecurityError",
            id="billion-laughs",
        ),
        pytest.param(b"<x>" + b" " * OVERSIZED + b"</x>", 400, "ProtocolError", id="oversized"),
        pytest.param(request(wrong_ns), 400, "ProtocolError", id="wrong-namespace"),
        pytest.param(
            request(body).replace(SOAP_NS.encode(), b"http://schemas.xmlsoap.org/soap/envelope/"),
            500,
            None,
            id="soap-1.1",
        ),
        pytest.param(request(unknown), 500, "NotImplemented", id="unknown-action"),
        pytest.param(request(cp_service), 400, "ProtocolError", id="charge-point-service"),
        pytest.param(request(response), 400, "ProtocolError", id="a-response"),
        pytest.param(request(body, identity=None), 400, "IdentityMismatch", id="no-identity"),
        pytest.param(request(body, identity=" "), 400, "IdentityMismatch", id="blank-identity"),
        pytest.param(
            request(body, identity="C" * 256), 400, "IdentityMismatch", id="long-identity"
        ),
        pytest.param(
            request(body).replace(b">CP-1<", b">C&#9;P<"),
            400,
            "IdentityMismatch",
            id="control-char",
        ),
        pytest.param(request(body, action="/Authorize"), 400, "ProtocolError", id="wrong-action"),
        pytest.param(request(bad_payload), 400, "PropertyConstraintViolation", id="bad-payload"),
        pytest.param(
            encode(SoapMessage("/x", "1", None, fault=Fault("Sender", "ProtocolError"))),
            400,
            "ProtocolError",
            id="a-fault",
        ),
    ]


@pytest.mark.parametrize(("data", "status", "subcode"), hostile_requests())
async def test_hostile_requests_get_a_fault_and_the_server_goes_on(
    data: bytes, status: int, subcode: str | None
) -> None:
    async with SoapCentralSystem(csms_handlers_16(), port=0, max_size=OVERSIZED) as csms:
        got, answer = await post(url_of(csms), data)
        assert got == status
        assert answer.fault is not None and answer.fault.subcode == subcode
        assert answer.fault.code == ("Sender" if status == 400 else answer.fault.code)
        assert not csms.stations
        got, answer = await post(url_of(csms), request(heartbeat()))
        assert got == 200 and answer.relates_to == "urn:uuid:1"
        assert answer.action == "/HeartbeatResponse"
        assert set(csms.stations) == {"CP-1"}


async def test_mangled_envelopes_get_an_answer_and_leave_the_server_serving() -> None:
    """Bytes of a valid request flipped, cut and repeated: every answer is an envelope."""
    import random

    rng = random.Random(15)
    valid = request(heartbeat())
    async with SoapCentralSystem(csms_handlers_16(), port=0) as csms:
        for n in range(60):
            data = bytearray(valid)
            for _ in range(rng.randint(1, 4)):
                i = rng.randrange(len(data))
                kind = rng.randrange(3)
                if kind == 0:
                    data[i] = rng.randrange(256)
                elif kind == 1:
                    del data[i : i + rng.randint(1, 20)]
                else:
                    data[i:i] = data[i : i + rng.randint(1, 40)]
            status, answer = await post(
                url_of(csms), bytes(data).replace(b"urn:uuid:1", str(n).encode())
            )
            assert status in (200, 400, 500)
            assert (answer.fault is not None) == (status != 200)
        status, answer = await post(url_of(csms), valid)
        assert status == 200 and answer.fault is None


async def test_a_body_larger_than_the_limit_is_refused_whatever_its_length_header() -> None:
    async with SoapCentralSystem(csms_handlers_16(), port=0, max_size=OVERSIZED) as csms:

        async def chunks() -> Any:
            for _ in range(10):
                yield b" " * 1024

        async with (
            aiohttp.ClientSession() as session,
            session.post(url_of(csms), data=chunks()) as response,
        ):
            assert response.status == 400
            assert decode(await response.read()).fault is not None


async def test_a_body_that_never_arrives_gets_a_fault() -> None:
    async with SoapCentralSystem(csms_handlers_16(), port=0, request_timeout=0.1) as csms:
        reader, writer = await asyncio.open_connection("127.0.0.1", csms.port)
        writer.write(
            b"POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/soap+xml\r\n"
            b"Content-Length: 1000\r\n\r\n<s:Envelope"
        )
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), 10)
        assert status_line.startswith(b"HTTP/1.1 400")
        writer.close()
        await writer.wait_closed()
        status, _ = await post(url_of(csms), request(heartbeat()))
        assert status == 200


async def test_a_request_id_in_use_gets_a_fault() -> None:
    release = asyncio.Event()

    async def slow(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        await release.wait()
        return {"currentTime": NOW}

    async with SoapCentralSystem({"Heartbeat": slow}, port=0) as csms:
        first = asyncio.ensure_future(post(url_of(csms), request(heartbeat())))
        await wait_for(
            lambda: "CP-1" in csms.stations and bool(csms.stations["CP-1"]._session.answers)
        )
        status, answer = await post(url_of(csms), request(heartbeat()))
        assert status == 400 and answer.fault is not None
        release.set()
        status, answer = await first
        assert status == 200


async def wait_for(predicate: Any) -> None:
    """Let the loop run until *predicate* holds (at most 10 s)."""

    async def spin() -> None:
        while not predicate():
            await asyncio.sleep(0)

    await asyncio.wait_for(spin(), 10)


async def test_a_message_id_longer_than_ocpp_j_allows_is_answered_on_it() -> None:
    """wsa:MessageIDs are ``urn:uuid:`` IRIs, 45 characters; OCPP-J ids stop at 36."""
    long_id = "urn:uuid:0f9d3c5e-6a8b-4c1d-9e2f-3a4b5c6d7e8f"
    seen: list[str] = []

    def heartbeat_handler(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        seen.append(ctx.message_id)
        return {"currentTime": NOW}

    async with SoapCentralSystem({"Heartbeat": heartbeat_handler}, port=0) as csms:
        status, answer = await post(url_of(csms), request(heartbeat(), message_id=long_id))
        assert status == 200 and answer.relates_to == long_id
        status, answer = await post(url_of(csms), request(heartbeat(), message_id="short-id"))
        assert status == 200 and answer.relates_to == "short-id"
    assert len(seen[0]) <= 36 and seen[1] == "short-id"


async def test_an_unanswered_request_gets_a_receiver_fault() -> None:
    never = asyncio.Event()

    async def hang(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        await never.wait()
        return {}

    async with SoapCentralSystem({"Heartbeat": hang}, port=0, answer_timeout=0.01) as csms:
        status, answer = await post(url_of(csms), request(heartbeat()))
        assert status == 500
        assert answer.fault == Fault("Receiver", "InternalError", "no answer in time")


# -- the registry ---------------------------------------------------------------------------------


async def test_made_up_identities_cost_bounded_memory() -> None:
    dropped: list[str] = []
    devices: dict[str, Device] = {}

    def factory(request: SoapRequest) -> Device:
        device = Device(None, csms_handlers_16(), role="csms", identity=request.identity)
        devices[request.identity] = device
        return device

    async with SoapCentralSystem(
        device_factory=factory,
        port=0,
        max_stations=3,
        on_disconnect=lambda station: dropped.append(station.identity),
    ) as csms:
        for n in range(20):
            status, _ = await post(url_of(csms), request(heartbeat(), identity=f"junk-{n}"))
            assert status == 200
            assert len(csms.stations) <= 3
        assert list(csms.stations) == ["junk-17", "junk-18", "junk-19"]
        assert dropped == [f"junk-{n}" for n in range(17)]
        assert not devices["junk-0"].is_connected
        # a station heard from again is kept over the others
        await post(url_of(csms), request(heartbeat(), identity="junk-17"))
        await post(url_of(csms), request(heartbeat(), identity="new"))
        assert list(csms.stations) == ["junk-19", "junk-17", "new"]
    assert len(dropped) == 21  # closing dropped the last three


async def test_a_station_dropped_while_a_request_waits_answers_it_with_a_fault() -> None:
    release = asyncio.Event()

    async def slow(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        if ctx.device.identity == "A":
            await release.wait()
        return {"currentTime": NOW}

    async with SoapCentralSystem({"Heartbeat": slow}, port=0, max_stations=1) as csms:
        waiting = asyncio.ensure_future(post(url_of(csms), request(heartbeat(), identity="A")))
        await wait_for(lambda: "A" in csms.stations and bool(csms.stations["A"]._session.answers))
        status, _ = await post(url_of(csms), request(heartbeat(), identity="B"))
        assert status == 200 and list(csms.stations) == ["B"]
        status, answer = await waiting
        assert status == 500 and answer.fault == Fault(
            "Receiver", "InternalError", "the station was dropped"
        )
        release.set()


async def test_on_connect_and_on_disconnect() -> None:
    events: list[tuple[str, str]] = []

    async def connected(station: Any) -> None:
        events.append(("connect", station.identity))
        assert station.device.is_connected

    async with SoapCentralSystem(
        csms_handlers_16(),
        port=0,
        on_connect=connected,
        on_disconnect=lambda station: events.append(("disconnect", station.identity)),
    ) as csms:
        for identity in ("A", "B", "A"):
            await post(url_of(csms), request(heartbeat(), identity=identity))
        await wait_for(lambda: len(events) == 2)
        assert repr(csms) == "<SoapCentralSystem 2 stations>"
    # dropped at close from the station heard from least recently
    assert events == [("connect", "A"), ("connect", "B"), ("disconnect", "B"), ("disconnect", "A")]


async def test_authorize_refuses_with_a_security_error() -> None:
    seen: list[SoapRequest] = []

    async def authorize(request: SoapRequest) -> bool:
        seen.append(request)
        return request.identity == "CP-1" and request.headers.get("X-Key") == "k"

    async with SoapCentralSystem(csms_handlers_16(), port=0, authorize=authorize) as csms:
        status, answer = await post(url_of(csms), request(heartbeat()))
        assert status == 400 and answer.fault == Fault("Sender", "SecurityError", "not authorised")
        assert not csms.stations
        async with (
            aiohttp.ClientSession(headers={"X-Key": "k"}) as session,
            session.post(url_of(csms), data=request(heartbeat())) as response,
        ):
            assert response.status == 200
        assert set(csms.stations) == {"CP-1"}
    assert seen[0].action == "Heartbeat" and seen[0].path == "/ocpp"
    assert seen[0].version is Version.V16


async def test_endpoints_learnt_configured_or_missing() -> None:
    station_handlers = {"ClearCache": lambda p, c: {"status": "Accepted"}}
    async with SoapChargePoint("http://127.0.0.1:1/unused", "CP-2", station_handlers) as cp:
        configured = {"CP-2": cp.endpoint or ""}
        async with SoapCentralSystem(csms_handlers_16(), port=0, endpoints=configured) as csms:
            # no wsa:From: the configured endpoint is used
            await post(url_of(csms), request(heartbeat(), identity="CP-2"))
            assert await csms.call("CP-2", "ClearCache") == {"status": "Accepted"}
            # no wsa:From and nothing configured: no endpoint to call
            await post(url_of(csms), request(heartbeat(), identity="CP-3"))
            assert csms.stations["CP-3"].endpoint is None
            with pytest.raises(NotConnectedError, match="no endpoint"):
                await csms.call("CP-3", "ClearCache")
            # a wsa:From address is learnt
            await post(url_of(csms), request(heartbeat(), identity="CP-3", from_=cp.endpoint))
            assert csms.stations["CP-3"].endpoint == cp.endpoint
            with pytest.raises(NotConnectedError):
                await csms.call("CP-9", "ClearCache")
        # a function of the identity, which wins over wsa:From
        async with SoapCentralSystem(
            csms_handlers_16(), port=0, endpoints=lambda identity: configured.get(identity)
        ) as csms:
            await post(
                url_of(csms), request(heartbeat(), identity="CP-2", from_="http://x.invalid/")
            )
            assert csms.stations["CP-2"].endpoint == cp.endpoint


async def test_an_unreachable_station_fails_the_call_with_a_generic_error() -> None:
    with refusing_port() as port:
        async with SoapCentralSystem(csms_handlers_16(), port=0, request_timeout=5) as csms:
            from_ = f"http://127.0.0.1:{port}/"
            await post(url_of(csms), request(heartbeat(), from_=from_))
            with pytest.raises(CallError) as caught:
                await csms.call("CP-1", "ClearCache")
            assert caught.value.code == "GenericError"
            assert "no answer from" in caught.value.description


RESET_RESPONSE = encode_payload(Version.V16, "cp", "Reset", True, {"status": "Accepted"})


async def test_a_station_answering_with_junk_fails_the_call() -> None:
    from aiohttp import web

    replies = [
        (200, b"<not xml"),
        (
            500,
            encode(SoapMessage("/f", None, None, fault=Fault("Sender", "IdentityMismatch", "who"))),
        ),
        (200, encode(SoapMessage("/ResetResponse", None, RESET_RESPONSE))),
        (200, b"x" * 5000),
    ]
    expected = ["ProtocolError", "SecurityError", "ProtocolError", "GenericError"]

    async def reply(request: web.Request) -> web.Response:
        status, body = replies.pop(0)
        return web.Response(status=status, body=body)

    app = web.Application()
    app.router.add_post("/", reply)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        async with SoapCentralSystem(csms_handlers_16(), port=0, max_size=OVERSIZED) as csms:
            await post(url_of(csms), request(heartbeat(), from_=f"http://127.0.0.1:{port}/"))
            for code in expected:
                with pytest.raises(CallError) as caught:
                    await csms.call("CP-1", "ClearCache")
                assert caught.value.code == code
                if code == "SecurityError":  # the fault as it came, in the details
                    assert caught.value.details == {
                        "soapCode": "Sender",
                        "soapSubcode": "IdentityMismatch",
                    }
                    assert caught.value.description == "who"
            # the device is still usable
            assert csms.stations["CP-1"].device.is_connected
    finally:
        await runner.cleanup()


async def test_a_call_that_cannot_be_made_fails_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from ocpp_engine.transports import soap

    def broken(message: SoapMessage) -> bytes:
        raise RuntimeError("broken")

    async with SoapCentralSystem(csms_handlers_16(), port=0) as csms:
        await post(url_of(csms), request(heartbeat(), from_="http://127.0.0.1:1/"))
        monkeypatch.setattr(soap, "encode_envelope", broken)
        with pytest.raises(CallError) as caught:
            await csms.call("CP-1", "ClearCache", timeout=5)
        assert caught.value.code == "InternalError"


async def test_a_station_that_changes_version_gets_a_new_device() -> None:
    if not HAS_15:
        pytest.skip("OCPP 1.5 is not an engine version yet")
    async with SoapCentralSystem({"Heartbeat": lambda p, c: {"currentTime": NOW}}, port=0) as csms:
        await post(url_of(csms), request(heartbeat()))
        first = csms.stations["CP-1"].device
        await post(url_of(csms), request(heartbeat("urn://Ocpp/Cs/2012/06/")))
        assert csms.stations["CP-1"].device is not first
        assert not first.is_connected


async def test_the_charge_point_refuses_another_identity_and_the_wrong_service() -> None:
    async with SoapChargePoint(
        "http://127.0.0.1:1/", "CP-1", {"Reset": lambda p, c: {"status": "Accepted"}}
    ) as cp:
        url = f"http://127.0.0.1:{cp.port}/"
        reset = encode_payload(Version.V16, "cp", "Reset", False, {"type": "Soft"})
        status, answer = await post(url, request(reset, identity="CP-2"))
        assert status == 400 and answer.fault is not None
        assert answer.fault.subcode == "IdentityMismatch"
        status, answer = await post(url, request(heartbeat(), identity="CP-1"))
        assert status == 400 and answer.fault is not None
        status, answer = await post(url, request(reset, identity="CP-1"))
        assert status == 200 and answer.relates_to == "urn:uuid:1"


async def test_the_charge_point_answers_hostile_requests_with_faults_too() -> None:
    async with SoapChargePoint(
        "http://127.0.0.1:1/", "CP-1", {"Reset": lambda p, c: {"status": "Accepted"}}
    ) as cp:
        url = f"http://127.0.0.1:{cp.port}/"
        reset = encode_payload(Version.V16, "cp", "Reset", False, {"type": "Soft"})
        xxe = b'<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + request(reset).split(
            b"?>", 1
        )[1].replace(b"CP-1", b"&e;")
        status, answer = await post(url, xxe)
        assert status == 400 and answer.fault is not None
        assert answer.fault.subcode == "SecurityError"
        status, answer = await post(url, b"<" * 100)
        assert status == 400
        status, answer = await post(url, request(reset))
        assert status == 200 and answer.fault is None


async def test_the_registration_gate_works_over_soap() -> None:
    def factory(request: SoapRequest) -> Device:
        device = Device(None, csms_handlers_16(), role="csms", identity=request.identity)
        RegistrationGate.attach(device, side="csms", status="Pending")
        return device

    async with (
        SoapCentralSystem(device_factory=factory, port=0) as csms,
        SoapChargePoint(url_of(csms), "CP-1") as cp,
    ):
        with pytest.raises(CallError) as caught:
            await cp.call(
                "StatusNotification",
                {"connectorId": 1, "errorCode": "NoError", "status": "Available"},
            )
        assert caught.value.code == "SecurityError"


# -- one set of handlers for 1.6-J and 1.6-S --------------------------------------------------------


async def test_one_set_of_handlers_serves_json_and_soap_stations() -> None:
    pytest.importorskip("websockets")
    from ocpp_engine.transports.websocket import CentralSystem, ChargePoint

    recorder = Recorder()
    handlers = recorder.handlers()
    station_handlers = {"ClearCache": lambda p, c: {"status": "Accepted"}}
    group = CentralSystemGroup(
        CentralSystem(handlers, port=0, versions=["ocpp1.6"]),
        SoapCentralSystem(handlers, port=0),
    )
    async with group:
        ws, soap = group.servers
        assert isinstance(ws, CentralSystem) and isinstance(soap, SoapCentralSystem)
        async with (
            ChargePoint(
                f"ws://127.0.0.1:{ws.port}/ocpp", "CP-J", station_handlers, versions=["ocpp1.6"]
            ) as json_cp,
            SoapChargePoint(url_of(soap), "CP-S", station_handlers) as soap_cp,
        ):
            for cp in (json_cp, soap_cp):
                await cp.call("BootNotification", BOOT_16)
                await cp.call("MeterValues", METER_VALUES)
            assert set(group.stations) == {"CP-J", "CP-S"} and len(group.stations) == 2
            for identity in ("CP-J", "CP-S"):
                assert await group.call(identity, "ClearCache") == {"status": "Accepted"}
            with pytest.raises(NotConnectedError):
                await group.call("CP-X", "ClearCache")
    by_station: dict[str | None, list[tuple[str, Mapping[str, Any]]]] = {}
    for identity, action, payload in recorder.payloads:
        by_station.setdefault(identity, []).append((action, payload))
    assert by_station["CP-J"] == by_station["CP-S"]
    assert not group.stations


async def test_a_group_that_cannot_start_closes_what_it_started() -> None:
    first = SoapCentralSystem(csms_handlers_16(), port=0)
    async with first:
        taken = SoapCentralSystem(csms_handlers_16(), port=first.port)
        second = SoapCentralSystem(csms_handlers_16(), port=0)
        with pytest.raises(OSError):
            await CentralSystemGroup(second, taken).start()
        with pytest.raises(Exception, match="not started"):
            second.port  # noqa: B018


async def test_the_example_serves_json_and_soap_stations() -> None:
    """examples/soap_csms.py: one central system, one set of handlers, three kinds of station."""
    pytest.importorskip("websockets")
    import importlib.util

    from ocpp_engine.transports.websocket import ChargePoint

    path = Path(__file__).parent.parent / "examples" / "soap_csms.py"
    assert len(path.read_text().splitlines()) <= 60
    spec = importlib.util.spec_from_file_location("example_soap_csms", path)
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    assert callable(example.main) and "Run:" in (example.__doc__ or "")
    async with example.central_system(0, 0, "127.0.0.1") as csms:
        websocket, soap = csms.servers
        soap_url = f"http://127.0.0.1:{soap.port}/"
        async with (
            ChargePoint(f"ws://127.0.0.1:{websocket.port}/ocpp", "CP-J", versions=["ocpp1.6"]) as j,
            SoapChargePoint(soap_url, "CP-S") as s,
            SoapChargePoint(soap_url, "CP-15", version="ocpp1.5") as old,
        ):
            assert (await j.call("BootNotification", BOOT_16))["interval"] == 300
            assert (await s.call("BootNotification", BOOT_16))["interval"] == 300
            assert (await old.call("BootNotification", BOOT_16))["heartbeatInterval"] == 300
            assert set(csms.stations) == {"CP-J", "CP-S", "CP-15"}


# Python 3.10's asyncio never marks an SSL transport closed when its peer closed the
# connection (3.11's rewritten sslproto does, in SSLProtocol.connection_lost), so on 3.10 the
# server transports aiohttp let go of warn from __del__ although nothing leaked.
_SSL_PEER_CLOSED = pytest.mark.filterwarnings(
    "ignore:unclosed transport <asyncio.sslproto:ResourceWarning"
    if sys.version_info < (3, 11)
    else "error:unclosed transport <asyncio.sslproto:ResourceWarning"
)


@_SSL_PEER_CLOSED
async def test_https_both_ways_with_client_certificates(tmp_path: Path) -> None:
    import ssl

    from .transport_helpers import make_pki

    pki = make_pki(tmp_path)
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(pki["server_cert"], pki["server_key"])
    server.verify_mode = ssl.CERT_REQUIRED
    server.load_verify_locations(pki["ca_cert"])
    client = ssl.create_default_context(cafile=str(pki["ca_cert"]))
    client.load_cert_chain(pki["client_cert"], pki["client_key"])
    seen: list[SoapRequest] = []

    def authorize(request: SoapRequest) -> bool:
        seen.append(request)
        return request.client_certificate is not None

    station_handlers = {"ClearCache": lambda p, c: {"status": "Accepted"}}
    async with (
        SoapCentralSystem(
            csms_handlers_16(), port=0, ssl=server, client_ssl=client, authorize=authorize
        ) as csms,
        SoapChargePoint(
            f"https://127.0.0.1:{csms.port}/",
            "CP1",
            station_handlers,
            ssl=client,
            server_ssl=server,
        ) as cp,
    ):
        assert (cp.endpoint or "").startswith("https://127.0.0.1:")
        assert (await cp.call("BootNotification", BOOT_16))["status"] == "Accepted"
        assert await csms.call("CP1", "ClearCache") == {"status": "Accepted"}
        subject = dict(item[0] for item in (seen[0].client_certificate or {})["subject"])
        assert subject["commonName"] == "CP1"
        # without a client certificate the TLS handshake fails: the call fails, nothing hangs
        plain = ssl.create_default_context(cafile=str(pki["ca_cert"]))
        async with SoapChargePoint(f"https://127.0.0.1:{csms.port}/", "CP2", ssl=plain) as other:
            with pytest.raises(CallError) as caught:
                await other.call("Heartbeat")
            assert caught.value.code == "GenericError"


def test_a_missing_extra_is_named() -> None:
    code = (
        "import sys; sys.modules['aiohttp'] = None\n"
        "try:\n"
        "    import ocpp_engine.transports.soap\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent.parent,
    )
    assert result.returncode == 0, result.stderr
    assert "pip install 'ocpp-engine[soap]'" in result.stdout


def test_the_lazy_names() -> None:
    import ocpp_engine.transports as transports
    from ocpp_engine.transports import soap

    assert transports.SoapCentralSystem is soap.SoapCentralSystem
    assert transports.SoapChargePoint is soap.SoapChargePoint
    assert transports.CentralSystemGroup is soap.CentralSystemGroup


def test_only_soap_versions_are_accepted() -> None:
    with pytest.raises(ValueError, match="no SOAP binding"):
        SoapCentralSystem(versions=["ocpp2.0.1"])
    with pytest.raises(ValueError, match="no SOAP binding"):
        SoapChargePoint("http://x/", "CP", version="ocpp2.1")
    with pytest.raises(ValueError):
        SoapCentralSystem(max_stations=0)
    with pytest.raises(ValueError):
        SoapChargePoint("http://x/", "")


@pytest.mark.parametrize(
    ("from_", "reply_to", "endpoint"),
    [
        ("http://10.0.0.7:8080/", None, "http://10.0.0.7:8080/"),
        (None, "https://10.0.0.7/cp", "https://10.0.0.7/cp"),
        ("http://www.w3.org/2005/08/addressing/anonymous", None, None),
        # the 2004/08 namespace's anonymous address is an http URL too, and no endpoint
        ("http://schemas.xmlsoap.org/ws/2004/08/addressing/role/anonymous", None, None),
        ("urn:station", None, None),
    ],
)
def test_the_endpoint_a_request_names(
    from_: str | None, reply_to: str | None, endpoint: str | None
) -> None:
    from ocpp_engine.transports.soap import _endpoint_of

    message = SoapMessage("/Heartbeat", None, heartbeat(), from_=from_, reply_to=reply_to)
    assert _endpoint_of(message) == endpoint
