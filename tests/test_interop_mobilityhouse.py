"""Interoperability with mobilityhouse/ocpp 2.1.0, the most used Python OCPP library.

Its charge points (1.6 and 2.0.1) connect to our `CentralSystem` over a real loopback
WebSocket, and our `ChargePoint` connects to its central system (its ``ChargePoint`` class on a
`websockets` server), each running a full session: boot, heartbeat, status notification,
authorize, a transaction, a remote start from the central side, and a CALLERROR.
ocpp 2.1.0 needs Python 3.11 or later; it only needs an object with ``recv()`` and
``send()``, which the `websockets` asyncio connections are (tested with websockets 14-17).
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
from typing import Any

import pytest

if sys.version_info < (3, 11):  # pragma: no cover
    pytest.skip("ocpp 2.1.0 supports Python 3.11 and later only", allow_module_level=True)

from ocpp.exceptions import NotSupportedError
from ocpp.exceptions import ProtocolError as TheirProtocolError
from ocpp.routing import on
from ocpp.v16 import ChargePoint as ChargePoint16
from ocpp.v16 import call as call16
from ocpp.v16 import call_result as result16
from ocpp.v16.enums import Action as Action16
from ocpp.v201 import ChargePoint as ChargePoint201
from ocpp.v201 import call as call201
from ocpp.v201 import call_result as result201
from ocpp.v201.enums import Action as Action201
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve
from websockets.exceptions import ConnectionClosed

from ocpp_engine import CallContext, CallError
from ocpp_engine.transports.websocket import CentralSystem, ChargePoint

from .transport_helpers import NOW, within


def record(log: list[str], action: str, answer: dict[str, Any]) -> Any:
    def handler(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        log.append(action)
        return answer

    return handler


def refuse_data_transfer(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    raise CallError("ProtocolError", "no vendor extensions here")


# -- their charge points, our central system -----------------------------------------------


class TheirStation16(ChargePoint16):
    @on(Action16.remote_start_transaction)
    def on_remote_start(self, id_tag: str, **kwargs: Any) -> Any:
        self.remote_tag = id_tag
        return result16.RemoteStartTransaction(status="Accepted")


class TheirStation201(ChargePoint201):
    @on(Action201.request_start_transaction)
    def on_request_start(
        self, id_token: dict[str, Any], remote_start_id: int, **kwargs: Any
    ) -> Any:
        self.remote_token = id_token["id_token"]
        return result201.RequestStartTransaction(status="Accepted")


async def run_their_station(csms: CentralSystem, cls: type, version: str) -> tuple[Any, Any]:
    ws = await connect(f"ws://127.0.0.1:{csms.port}/ocpp/CP-1", subprotocols=[version])
    assert ws.subprotocol == version
    station = cls("CP-1", ws)
    task = asyncio.ensure_future(station.start())
    return station, (ws, task)


async def stop_their_station(handle: tuple[Any, Any]) -> None:
    ws, task = handle
    await ws.close()
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


async def test_their_16_charge_point_against_our_central_system() -> None:
    log: list[str] = []
    meter: list[Any] = []
    handlers = {
        "BootNotification": record(
            log, "BootNotification", {"status": "Accepted", "currentTime": NOW, "interval": 60}
        ),
        "Heartbeat": record(log, "Heartbeat", {"currentTime": NOW}),
        "StatusNotification": record(log, "StatusNotification", {}),
        "Authorize": record(log, "Authorize", {"idTagInfo": {"status": "Accepted"}}),
        "StartTransaction": record(
            log, "StartTransaction", {"transactionId": 42, "idTagInfo": {"status": "Accepted"}}
        ),
        "MeterValues": lambda p, c: meter.append(p) or {},
        "StopTransaction": record(log, "StopTransaction", {}),
        "DataTransfer": refuse_data_transfer,
    }
    async with CentralSystem(handlers, port=0, versions=["ocpp1.6"]) as csms:
        station, handle = await run_their_station(csms, TheirStation16, "ocpp1.6")
        try:
            boot = await within(
                station.call(
                    call16.BootNotification(
                        charge_point_model="Model", charge_point_vendor="Vendor"
                    )
                )
            )
            assert boot.status == "Accepted" and boot.interval == 60
            assert (await within(station.call(call16.Heartbeat()))).current_time == NOW
            await within(
                station.call(
                    call16.StatusNotification(
                        connector_id=1, error_code="NoError", status="Available"
                    )
                )
            )
            auth = await within(station.call(call16.Authorize(id_tag="TAG")))
            assert auth.id_tag_info["status"] == "Accepted"
            start = await within(
                station.call(
                    call16.StartTransaction(
                        connector_id=1, id_tag="TAG", meter_start=0, timestamp=NOW
                    )
                )
            )
            assert start.transaction_id == 42
            await within(
                station.call(
                    call16.MeterValues(
                        connector_id=1,
                        transaction_id=42,
                        meter_value=[
                            {
                                "timestamp": NOW,
                                "sampled_value": [
                                    {
                                        "value": "1500",
                                        "measurand": "Energy.Active.Import.Register",
                                        "unit": "Wh",
                                    }
                                ],
                            }
                        ],
                    )
                )
            )
            await within(
                station.call(
                    call16.StopTransaction(
                        meter_stop=1500, timestamp=NOW, transaction_id=42, reason="Local"
                    )
                )
            )
            # the central side starts a transaction remotely
            answer = await within(
                csms.call("CP-1", "RemoteStartTransaction", {"idTag": "REMOTE", "connectorId": 1})
            )
            assert answer == {"status": "Accepted"} and station.remote_tag == "REMOTE"
            # a CALLERROR each way: our handler refuses, and they lack a handler
            with pytest.raises(TheirProtocolError):
                await within(station.call(call16.DataTransfer(vendor_id="acme"), suppress=False))
            with pytest.raises(CallError) as info:
                await within(csms.call("CP-1", "UnlockConnector", {"connectorId": 1}))
            assert info.value.code == "NotImplemented"
        finally:
            await stop_their_station(handle)
    assert log == [
        "BootNotification",
        "Heartbeat",
        "StatusNotification",
        "Authorize",
        "StartTransaction",
        "StopTransaction",
    ]
    assert meter[0]["meterValue"][0]["sampledValue"][0]["value"] == "1500"


async def test_their_201_charge_point_against_our_central_system() -> None:
    events: list[dict[str, Any]] = []
    log: list[str] = []
    handlers = {
        "BootNotification": record(
            log, "BootNotification", {"status": "Accepted", "currentTime": NOW, "interval": 60}
        ),
        "Heartbeat": record(log, "Heartbeat", {"currentTime": NOW}),
        "StatusNotification": record(log, "StatusNotification", {}),
        "Authorize": record(log, "Authorize", {"idTokenInfo": {"status": "Accepted"}}),
        "TransactionEvent": lambda p, c: events.append(p) or {},
        "DataTransfer": refuse_data_transfer,
    }
    token = {"id_token": "TAG", "type": "ISO14443"}
    async with CentralSystem(handlers, port=0) as csms:  # all versions enabled
        station, handle = await run_their_station(csms, TheirStation201, "ocpp2.0.1")
        try:
            assert csms.stations["CP-1"].version.value == "ocpp2.0.1"
            boot = await within(
                station.call(
                    call201.BootNotification(
                        charging_station={"model": "Model", "vendor_name": "Vendor"},
                        reason="PowerUp",
                    )
                )
            )
            assert boot.status == "Accepted"
            assert (await within(station.call(call201.Heartbeat()))).current_time == NOW
            await within(
                station.call(
                    call201.StatusNotification(
                        timestamp=NOW, connector_status="Available", evse_id=1, connector_id=1
                    )
                )
            )
            auth = await within(station.call(call201.Authorize(id_token=token)))
            assert auth.id_token_info["status"] == "Accepted"
            tx = {"transaction_id": "tx-1"}
            for seq, (kind, trigger, extra) in enumerate(
                [
                    (
                        "Started",
                        "Authorized",
                        {"id_token": token, "evse": {"id": 1, "connector_id": 1}},
                    ),
                    (
                        "Updated",
                        "MeterValuePeriodic",
                        {"meter_value": [{"timestamp": NOW, "sampled_value": [{"value": 1500.0}]}]},
                    ),
                    ("Ended", "StopAuthorized", {}),
                ]
            ):
                await within(
                    station.call(
                        call201.TransactionEvent(
                            event_type=kind,
                            timestamp=NOW,
                            trigger_reason=trigger,
                            seq_no=seq,
                            transaction_info=tx,
                            **extra,
                        )
                    )
                )
            answer = await within(
                csms.call(
                    "CP-1",
                    "RequestStartTransaction",
                    {"idToken": {"idToken": "REMOTE", "type": "Central"}, "remoteStartId": 7},
                )
            )
            assert answer == {"status": "Accepted"} and station.remote_token == "REMOTE"
            with pytest.raises(TheirProtocolError):
                await within(station.call(call201.DataTransfer(vendor_id="acme"), suppress=False))
            with pytest.raises(CallError) as info:
                await within(csms.call("CP-1", "UnlockConnector", {"evseId": 1, "connectorId": 1}))
            assert info.value.code == "NotImplemented"
        finally:
            await stop_their_station(handle)
    assert log == ["BootNotification", "Heartbeat", "StatusNotification", "Authorize"]
    assert [e["eventType"] for e in events] == ["Started", "Updated", "Ended"]
    assert events[1]["meterValue"][0]["sampledValue"][0]["value"] == 1500.0


# -- our charge point, their central system ------------------------------------------------


class TheirCsms16(ChargePoint16):
    seen: list[str]

    @on(Action16.boot_notification)
    def on_boot(self, **kwargs: Any) -> Any:
        self.seen.append("BootNotification")
        return result16.BootNotification(current_time=NOW, interval=60, status="Accepted")

    @on(Action16.heartbeat)
    def on_heartbeat(self) -> Any:
        self.seen.append("Heartbeat")
        return result16.Heartbeat(current_time=NOW)

    @on(Action16.status_notification)
    def on_status(self, **kwargs: Any) -> Any:
        self.seen.append("StatusNotification")
        return result16.StatusNotification()

    @on(Action16.authorize)
    def on_authorize(self, id_tag: str) -> Any:
        self.seen.append("Authorize")
        return result16.Authorize(id_tag_info={"status": "Accepted"})

    @on(Action16.start_transaction)
    def on_start(self, **kwargs: Any) -> Any:
        self.seen.append("StartTransaction")
        return result16.StartTransaction(transaction_id=7, id_tag_info={"status": "Accepted"})

    @on(Action16.meter_values)
    def on_meter(self, meter_value: list[dict[str, Any]], **kwargs: Any) -> Any:
        self.seen.append("MeterValues:" + meter_value[0]["sampled_value"][0]["value"])
        return result16.MeterValues()

    @on(Action16.stop_transaction)
    def on_stop(self, **kwargs: Any) -> Any:
        self.seen.append("StopTransaction")
        return result16.StopTransaction()


class TheirCsms201(ChargePoint201):
    seen: list[str]

    @on(Action201.boot_notification)
    def on_boot(self, **kwargs: Any) -> Any:
        self.seen.append("BootNotification")
        return result201.BootNotification(current_time=NOW, interval=60, status="Accepted")

    @on(Action201.heartbeat)
    def on_heartbeat(self) -> Any:
        self.seen.append("Heartbeat")
        return result201.Heartbeat(current_time=NOW)

    @on(Action201.status_notification)
    def on_status(self, **kwargs: Any) -> Any:
        self.seen.append("StatusNotification")
        return result201.StatusNotification()

    @on(Action201.authorize)
    def on_authorize(self, id_token: dict[str, Any], **kwargs: Any) -> Any:
        self.seen.append("Authorize")
        return result201.Authorize(id_token_info={"status": "Accepted"})

    @on(Action201.transaction_event)
    def on_tx(self, event_type: str, **kwargs: Any) -> Any:
        self.seen.append("TransactionEvent:" + event_type)
        return result201.TransactionEvent()


async def their_central_system(cls: type, version: str) -> tuple[Any, asyncio.Queue[Any]]:
    connected: asyncio.Queue[Any] = asyncio.Queue()

    async def on_connect(websocket: ServerConnection) -> None:
        assert websocket.request is not None
        identity = websocket.request.path.rsplit("/", 1)[-1]
        csms = cls(identity, websocket)
        csms.seen = []
        connected.put_nowait(csms)
        with contextlib.suppress(ConnectionClosed):  # start() ends when the peer leaves
            await csms.start()

    server = await serve(on_connect, "127.0.0.1", 0, subprotocols=[version])
    return server, connected


STATION_16 = {
    "RemoteStartTransaction": lambda p, c: {"status": "Accepted"},
}

STATION_201 = {
    "RequestStartTransaction": lambda p, c: {"status": "Accepted"},
}


async def test_our_16_charge_point_against_their_central_system() -> None:
    server, connected = await their_central_system(TheirCsms16, "ocpp1.6")
    port = server.sockets[0].getsockname()[1]
    try:
        async with ChargePoint(
            f"ws://127.0.0.1:{port}/ocpp",
            "CP-2",
            STATION_16,
            versions=["ocpp2.0.1", "ocpp1.6"],
            reconnect=False,
        ) as cp:
            assert cp.device.version is not None and cp.device.version.value == "ocpp1.6"
            theirs = await within(connected.get())
            assert theirs.id == "CP-2"
            assert (
                await within(
                    cp.call("BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"})
                )
            )["status"] == "Accepted"
            assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW
            await within(
                cp.call(
                    "StatusNotification",
                    {"connectorId": 1, "errorCode": "NoError", "status": "Available"},
                )
            )
            assert (await within(cp.call("Authorize", {"idTag": "TAG"})))["idTagInfo"] == {
                "status": "Accepted"
            }
            start = await within(
                cp.call(
                    "StartTransaction",
                    {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": NOW},
                )
            )
            await within(
                cp.call(
                    "MeterValues",
                    {
                        "connectorId": 1,
                        "transactionId": start["transactionId"],
                        "meterValue": [{"timestamp": NOW, "sampledValue": [{"value": "1500"}]}],
                    },
                )
            )
            await within(
                cp.call(
                    "StopTransaction",
                    {"meterStop": 1500, "timestamp": NOW, "transactionId": start["transactionId"]},
                )
            )
            remote = await within(theirs.call(call16.RemoteStartTransaction(id_tag="R")))
            assert remote.status == "Accepted"
            # our station has no Reset handler: a CALLERROR NotSupported reaches them
            with pytest.raises(NotSupportedError):
                await within(theirs.call(call16.Reset(type="Soft"), suppress=False))
            # they do not handle DataTransfer: their CALLERROR reaches our call()
            with pytest.raises(CallError) as info:
                await within(cp.call("DataTransfer", {"vendorId": "acme"}))
            assert info.value.code == "NotImplemented"
            assert theirs.seen == [
                "BootNotification",
                "Heartbeat",
                "StatusNotification",
                "Authorize",
                "StartTransaction",
                "MeterValues:1500",
                "StopTransaction",
            ]
    finally:
        server.close()
        await server.wait_closed()


async def test_our_201_charge_point_against_their_central_system() -> None:
    server, connected = await their_central_system(TheirCsms201, "ocpp2.0.1")
    port = server.sockets[0].getsockname()[1]
    token = {"idToken": "TAG", "type": "ISO14443"}
    try:
        async with ChargePoint(
            f"ws://127.0.0.1:{port}/ocpp",
            "CP-3",
            STATION_201,
            versions=["ocpp2.0.1"],
            reconnect=False,
        ) as cp:
            theirs = await within(connected.get())
            boot = await within(
                cp.call(
                    "BootNotification",
                    {"chargingStation": {"model": "M", "vendorName": "V"}, "reason": "PowerUp"},
                )
            )
            assert boot["status"] == "Accepted"
            assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW
            await within(
                cp.call(
                    "StatusNotification",
                    {
                        "timestamp": NOW,
                        "connectorStatus": "Available",
                        "evseId": 1,
                        "connectorId": 1,
                    },
                )
            )
            auth = await within(cp.call("Authorize", {"idToken": token}))
            assert auth["idTokenInfo"]["status"] == "Accepted"
            tx = {"transactionId": "tx-9"}
            for seq, (kind, trigger, extra) in enumerate(
                [
                    ("Started", "Authorized", {"idToken": token, "evse": {"id": 1}}),
                    (
                        "Updated",
                        "MeterValuePeriodic",
                        {"meterValue": [{"timestamp": NOW, "sampledValue": [{"value": 1500.0}]}]},
                    ),
                    ("Ended", "StopAuthorized", {}),
                ]
            ):
                await within(
                    cp.call(
                        "TransactionEvent",
                        {
                            "eventType": kind,
                            "timestamp": NOW,
                            "triggerReason": trigger,
                            "seqNo": seq,
                            "transactionInfo": tx,
                            **extra,
                        },
                    )
                )
            remote = await within(
                theirs.call(
                    call201.RequestStartTransaction(
                        id_token={"id_token": "R", "type": "Central"}, remote_start_id=1
                    )
                )
            )
            assert remote.status == "Accepted"
            with pytest.raises(NotSupportedError):
                await within(theirs.call(call201.Reset(type="Immediate"), suppress=False))
            with pytest.raises(CallError) as info:
                await within(cp.call("DataTransfer", {"vendorId": "acme"}))
            assert info.value.code == "NotImplemented"
            assert theirs.seen == [
                "BootNotification",
                "Heartbeat",
                "StatusNotification",
                "Authorize",
                "TransactionEvent:Started",
                "TransactionEvent:Updated",
                "TransactionEvent:Ended",
            ]
    finally:
        server.close()
        await server.wait_closed()
