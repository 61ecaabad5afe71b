"""zeep, an independent SOAP implementation, against our OCPP-S peers, both ways.

zeep reads the OCA WSDLs in ``schemas/wsdl/`` and writes and reads its own envelopes (it adds
the WS-Addressing headers itself, since the WSDLs ask for them). Its client is synchronous, so
it runs in a thread while our servers run on the event loop; everything is on loopback.
"""

from __future__ import annotations

import asyncio
import datetime
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import CallError, Version
from ocpp_engine.soap._envelope import decode, encode

from .transport_helpers import BOOT_16, NOW

zeep = pytest.importorskip("zeep")
pytest.importorskip("aiohttp")
from aiohttp import web  # noqa: E402
from lxml import etree  # noqa: E402

from ocpp_engine.transports.soap import SoapCentralSystem, SoapChargePoint  # noqa: E402

WSDL = Path(__file__).resolve().parent.parent / "schemas" / "wsdl"
HAS_15 = "ocpp1.5" in {v.value for v in Version}
UTC = datetime.timezone.utc
WHEN = datetime.datetime(2024, 1, 1, tzinfo=UTC)

#: version -> (CentralSystemService WSDL and binding, ChargePointService WSDL and binding)
SERVICES = {
    "ocpp1.6": (
        ("OCPP_CentralSystemService_1.6.wsdl", "{urn://Ocpp/Cs/2015/10/}CentralSystemServiceSoap"),
        ("OCPP_ChargePointService_1.6.wsdl", "{urn://Ocpp/Cp/2015/10/}ChargePointServiceSoap"),
    ),
    "ocpp1.5": (
        ("OCPP_CentralSystemService_1.5.wsdl", "{urn://Ocpp/Cs/2012/06/}CentralSystemServiceSoap"),
        ("OCPP_ChargePointService_1.5.wsdl", "{urn://Ocpp/Cp/2012/06/}ChargePointServiceSoap"),
    ),
}
VERSIONS = [
    "ocpp1.6",
    pytest.param(
        "ocpp1.5",
        marks=pytest.mark.skipif(not HAS_15, reason="OCPP 1.5 is not an engine version yet"),
    ),
]


def zeep_client(wsdl: str) -> Any:
    transport = zeep.Transport(timeout=10, operation_timeout=10)
    return zeep.Client(str(WSDL / wsdl), transport=transport)


def zeep_service(wsdl: str, binding: str, address: str) -> Any:
    return zeep_client(wsdl).create_service(binding, address)


def subcodes(fault: Any) -> list[str]:
    return [q.localname if hasattr(q, "localname") else str(q) for q in fault.subcodes or []]


def boot_answer(version: str) -> dict[str, Any]:
    key = "interval" if version == "ocpp1.6" else "heartbeatInterval"
    return {"status": "Accepted", "currentTime": NOW, key: 300}


@pytest.mark.parametrize("version", VERSIONS)
async def test_a_zeep_station_against_our_central_system(version: str) -> None:
    seen: dict[str, dict[str, Any]] = {}

    def record(action: str, answer: Any) -> Any:
        def handler(payload: dict[str, Any], ctx: Any) -> Any:
            seen[action] = payload
            if isinstance(answer, Exception):
                raise answer
            return answer

        return handler

    handlers = {
        "BootNotification": record("BootNotification", boot_answer(version)),
        "Heartbeat": record("Heartbeat", {"currentTime": NOW}),
        "Authorize": record("Authorize", {"idTagInfo": {"status": "Accepted"}}),
        "StartTransaction": record(
            "StartTransaction", {"transactionId": 7, "idTagInfo": {"status": "Accepted"}}
        ),
        "DataTransfer": record("DataTransfer", CallError("NotSupported", "no data transfer")),
    }
    (wsdl, binding), _ = SERVICES[version]
    async with SoapCentralSystem(handlers, port=0, versions=[version]) as csms:
        address = f"http://127.0.0.1:{csms.port}/CentralSystemService"

        def station() -> dict[str, Any]:
            service = zeep_service(wsdl, binding, address)
            header = {"ChargeBoxIdentity": "CP-Z"}
            out: dict[str, Any] = {}
            out["boot"] = service.BootNotification(**BOOT_16, _soapheaders=header)
            out["heartbeat"] = service.Heartbeat(_soapheaders=header)
            out["authorize"] = service.Authorize(idTag="TAG", _soapheaders=header)
            out["start"] = service.StartTransaction(
                connectorId=1, idTag="TAG", timestamp=WHEN, meterStart=0, _soapheaders=header
            )
            with pytest.raises(zeep.exceptions.Fault) as caught:
                service.DataTransfer(vendorId="V", _soapheaders=header)
            out["fault"] = caught.value
            with pytest.raises(zeep.exceptions.Fault) as caught:
                service.Heartbeat()  # no chargeBoxIdentity
            out["anonymous"] = caught.value
            return out

        out = await asyncio.to_thread(station)
        assert csms.stations["CP-Z"].version.value == version

    assert out["boot"].status == "Accepted"
    assert out["boot"].currentTime == WHEN
    assert out["heartbeat"] == WHEN
    assert out["authorize"].status == "Accepted"
    assert out["start"].transactionId == 7
    assert out["fault"].code.endswith("Receiver") and subcodes(out["fault"]) == ["NotSupported"]
    assert out["fault"].message == "no data transfer"
    assert subcodes(out["anonymous"]) == ["IdentityMismatch"]
    assert seen["BootNotification"] == BOOT_16
    assert seen["StartTransaction"]["meterStart"] == 0
    assert seen["StartTransaction"]["timestamp"].startswith("2024-01-01T00:00:00")


async def test_zeep_meter_values_reach_the_handler_as_the_json_twin() -> None:
    seen: list[dict[str, Any]] = []
    handlers = {"MeterValues": lambda p, c: seen.append(p) or {}}
    (wsdl, binding), _ = SERVICES["ocpp1.6"]
    async with SoapCentralSystem(handlers, port=0) as csms:
        address = f"http://127.0.0.1:{csms.port}/"

        def station() -> None:
            service = zeep_service(wsdl, binding, address)
            service.MeterValues(
                connectorId=1,
                transactionId=3,
                meterValue=[
                    {
                        "timestamp": WHEN,
                        "sampledValue": [
                            {"value": "12.5", "measurand": "Energy.Active.Import.Register"},
                            {"value": "230", "measurand": "Voltage", "unit": "V", "phase": "L1"},
                        ],
                    }
                ],
                _soapheaders={"ChargeBoxIdentity": "CP-Z"},
            )

        await asyncio.to_thread(station)
    (payload,) = seen
    assert payload["connectorId"] == 1 and payload["transactionId"] == 3
    (meter_value,) = payload["meterValue"]
    assert meter_value["sampledValue"] == [
        {"value": "12.5", "measurand": "Energy.Active.Import.Register"},
        {"value": "230", "measurand": "Voltage", "unit": "V", "phase": "L1"},
    ]


@pytest.mark.parametrize("version", VERSIONS)
async def test_a_zeep_central_system_against_our_charge_point(version: str) -> None:
    def reset(payload: dict[str, Any], ctx: Any) -> Any:
        raise CallError("NotSupported", "no resets")

    handlers = {
        "RemoteStartTransaction": lambda p, c: {"status": "Accepted"},
        "ChangeConfiguration": lambda p, c: {"status": "Rejected"},
        "Reset": reset,
    }
    _, (wsdl, binding) = SERVICES[version]
    async with SoapChargePoint("http://127.0.0.1:1/", "CP-1", handlers, version=version) as cp:
        assert cp.endpoint is not None
        endpoint = cp.endpoint

        def central_system() -> dict[str, Any]:
            service = zeep_service(wsdl, binding, endpoint)
            header = {"ChargeBoxIdentity": "CP-1"}
            out: dict[str, Any] = {}
            out["start"] = service.RemoteStartTransaction(idTag="TAG", _soapheaders=header)
            out["change"] = service.ChangeConfiguration(key="K", value="V", _soapheaders=header)
            with pytest.raises(zeep.exceptions.Fault) as caught:
                service.Reset(type="Soft", _soapheaders=header)
            out["reset"] = caught.value
            with pytest.raises(zeep.exceptions.Fault) as caught:
                service.Reset(type="Soft", _soapheaders={"ChargeBoxIdentity": "CP-2"})
            out["other"] = caught.value
            return out

        out = await asyncio.to_thread(central_system)
    assert out["start"] == "Accepted"
    assert out["change"] == "Rejected"
    assert subcodes(out["reset"]) == ["NotSupported"] and out["reset"].message == "no resets"
    assert subcodes(out["other"]) == ["IdentityMismatch"]


async def test_our_central_system_against_a_station_built_with_zeep() -> None:
    """The station's side is zeep's serializers: it reads our requests and writes the answers."""
    _, (wsdl, binding) = SERVICES["ocpp1.6"]
    service = zeep_service(wsdl, binding, "http://127.0.0.1:1/")
    operations = service._binding._operations
    received: list[tuple[str, Any]] = []
    answers = {
        "GetConfiguration": {
            "configurationKey": [{"key": "HeartbeatInterval", "readonly": False, "value": "300"}],
            "unknownKey": ["Nope"],
        },
        "RemoteStopTransaction": {"status": "Rejected"},
    }

    async def serve(request: web.Request) -> web.Response:
        envelope = etree.fromstring(await request.read())
        message = decode(etree.tostring(envelope))
        assert message.action is not None
        operation = operations[message.action.lstrip("/")]
        parsed = operation.input.deserialize(envelope)
        received.append((operation.name, parsed))
        reply = operation.output.serialize(**answers[operation.name])
        return web.Response(
            body=etree.tostring(reply.content, xml_declaration=True, encoding="utf-8"),
            content_type="application/soap+xml",
        )

    app = web.Application()
    app.router.add_post("/", serve)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        station_url = f"http://127.0.0.1:{runner.addresses[0][1]}/"
        heartbeat = {"Heartbeat": lambda p, c: {"currentTime": NOW}}
        async with SoapCentralSystem(heartbeat, port=0, endpoints={"CP-Z": station_url}) as csms:
            cs_wsdl, cs_binding = SERVICES["ocpp1.6"][0]
            address = f"http://127.0.0.1:{csms.port}/"
            await asyncio.to_thread(
                lambda: zeep_service(cs_wsdl, cs_binding, address).Heartbeat(
                    _soapheaders={"ChargeBoxIdentity": "CP-Z"}
                )
            )
            configuration = await csms.call(
                "CP-Z", "GetConfiguration", {"key": ["HeartbeatInterval", "Nope"]}
            )
            stop = await csms.call("CP-Z", "RemoteStopTransaction", {"transactionId": 5})
    finally:
        await runner.cleanup()
    assert configuration == answers["GetConfiguration"]
    assert stop == {"status": "Rejected"}
    (name, parsed), (name2, parsed2) = received
    assert name == "GetConfiguration" and list(parsed.body.key) == ["HeartbeatInterval", "Nope"]
    assert parsed.header.ChargeBoxIdentity == "CP-Z"
    assert name2 == "RemoteStopTransaction" and parsed2.body.transactionId == 5


def test_zeep_reads_our_fault_envelopes() -> None:
    """A fault we write, parsed by zeep's SOAP 1.2 binding: code, subcode and reason."""
    from ocpp_engine.soap._envelope import FAULT_ACTION, SoapMessage, fault_for

    _, (wsdl, binding) = SERVICES["ocpp1.6"]
    service = zeep_service(wsdl, binding, "http://127.0.0.1:1/")
    data = encode(SoapMessage(FAULT_ACTION, "m", None, fault=fault_for("SecurityError", "who?")))
    with pytest.raises(zeep.exceptions.Fault) as caught:
        service._binding.process_error(
            etree.fromstring(data), service._binding._operations["Reset"]
        )
    assert caught.value.message == "who?"
    assert caught.value.code.endswith("Sender") and subcodes(caught.value) == ["SecurityError"]
