"""The kit stations end to end over WebSocket: against serve's central system and mobilityhouse's.

Each 1.6 and 2.0.1 `Station` connects with our `ChargePoint` over a loopback WebSocket and goes
through boot, the StatusNotifications, a heartbeat after a configuration change, a remote
start, periodic meter values, a charging profile, TriggerMessage and a remote stop. Against
mobilityhouse ``ocpp`` 2.1.0 (Python 3.11 and later) its central system checks every message
against its own schemas.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import sys
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from ocpp_engine import CallContext, Device, Role, Version
from ocpp_engine.cli._log import FrameLog
from ocpp_engine.cli.serve import TestCentralSystem
from ocpp_engine.station.station import Station

pytest.importorskip("websockets")

from ocpp_engine.transports.websocket import (
    CentralSystem,
    ChargePoint,
    HandshakeRequest,
)

from .transport_helpers import within

MOBILITYHOUSE = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="ocpp 2.1.0 supports Python 3.11 and later only"
)


def meter(evse: int) -> dict[str, float]:
    return {"Energy.Active.Import.Register": 1000.0 + evse}


async def until(condition: Callable[[], Any]) -> None:
    """Wait, at most 10 s, until *condition* holds (it is checked every loop round)."""

    async def wait() -> None:
        while not condition():
            await asyncio.sleep(0.01)

    await within(wait())


@contextlib.asynccontextmanager
async def online(station: Station, url: str, version: str) -> AsyncIterator[ChargePoint]:
    identity = station.device.identity
    assert identity is not None
    cp = ChargePoint(url, identity, device=station.device, versions=[version])
    runner = asyncio.ensure_future(cp.run())
    try:
        yield cp
    finally:
        await cp.close()
        runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)
        station.close()


# -- against serve's central system -------------------------------------------------------------


class Serve:
    """Serve's central system in process, recording what each station sent."""

    def __init__(self) -> None:
        self.central = TestCentralSystem(FrameLog(io.StringIO()))
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.devices: asyncio.Queue[Device] = asyncio.Queue()

    def device(self, request: HandshakeRequest) -> Device:
        version = request.version or Version.V16
        handlers = self.central.handlers(version, request.identity)

        def record(payload: dict[str, Any], ctx: CallContext) -> Any:
            self.received.append((ctx.action, payload))
            return handlers.get(ctx.action, handlers["*"])(payload, ctx)

        device = Device(None, {"*": record}, role=Role.CSMS, identity=request.identity)
        self.devices.put_nowait(device)
        return device

    def of(self, action: str) -> list[dict[str, Any]]:
        return [p for a, p in self.received if a == action]


@contextlib.asynccontextmanager
async def serve() -> AsyncIterator[tuple[str, Serve]]:
    recorder = Serve()
    server = CentralSystem(
        host="127.0.0.1",
        port=0,
        versions=[Version.V201, Version.V16],
        device_factory=recorder.device,
    )
    await server.start()
    try:
        yield f"ws://127.0.0.1:{server.port}/ocpp", recorder
    finally:
        await recorder.central.close()
        await server.close()


TX_PROFILE_16 = {
    "chargingProfileId": 1,
    "stackLevel": 0,
    "chargingProfilePurpose": "TxProfile",
    "chargingProfileKind": "Relative",
    "chargingSchedule": {
        "chargingRateUnit": "A",
        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16}],
    },
}


def tx_profile_2x(transaction_id: str) -> dict[str, Any]:
    return {
        "id": 1,
        "stackLevel": 0,
        "chargingProfilePurpose": "TxProfile",
        "chargingProfileKind": "Relative",
        "transactionId": transaction_id,
        "chargingSchedule": [
            {
                "id": 1,
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16}],
            }
        ],
    }


async def test_v16_kit_station_against_serve() -> None:
    async with serve() as (url, csms):
        station = Station.for_16(identity="KIT-16", evses=2, meter=meter)
        async with online(station, url, "ocpp1.6"):
            device = await within(csms.devices.get())
            await until(lambda: len(csms.of("StatusNotification")) == 3)
            assert csms.received[0][0] == "BootNotification"

            for key in ("HeartbeatInterval", "MeterValueSampleInterval"):
                answer = await within(
                    device.call("ChangeConfiguration", {"key": key, "value": "1"})
                )
                assert answer == {"status": "Accepted"}
            await until(lambda: csms.of("Heartbeat"))

            remote = {"connectorId": 1, "idTag": "TAG1"}
            assert await within(device.call("RemoteStartTransaction", remote)) == {
                "status": "Accepted"
            }
            await until(lambda: csms.of("StartTransaction"))
            await until(lambda: any(v.get("transactionId") for v in csms.of("MeterValues")))
            tx_id = csms.of("MeterValues")[0]["transactionId"]

            profile = {"connectorId": 1, "csChargingProfiles": TX_PROFILE_16}
            assert await within(device.call("SetChargingProfile", profile)) == {
                "status": "Accepted"
            }
            trigger = {"requestedMessage": "MeterValues", "connectorId": 1}
            assert await within(device.call("TriggerMessage", trigger)) == {"status": "Accepted"}
            await until(
                lambda: any(
                    v["meterValue"][0]["sampledValue"][0].get("context") == "Trigger"
                    for v in csms.of("MeterValues")
                )
            )
            stop = {"transactionId": tx_id}
            assert await within(device.call("RemoteStopTransaction", stop)) == {
                "status": "Accepted"
            }
            await until(lambda: csms.of("StopTransaction"))
            assert csms.of("StopTransaction")[0]["reason"] == "Remote"
            assert station.smart_charging.profiles.get(1) is None  # went with its transaction
            trigger = {"requestedMessage": "StatusNotification", "connectorId": 2}
            assert await within(device.call("TriggerMessage", trigger)) == {"status": "Accepted"}
            await until(lambda: len(csms.of("StatusNotification")) >= 6)
            await within(station.outbox.join())


async def test_v201_kit_station_against_serve() -> None:
    async with serve() as (url, csms):
        station = Station.for_2x(identity="KIT-201", evses=2, meter=meter)
        async with online(station, url, "ocpp2.0.1"):
            device = await within(csms.devices.get())
            await until(lambda: len(csms.of("StatusNotification")) == 2)
            assert csms.of("BootNotification")[0]["reason"] == "PowerUp"

            variables = [
                ("OCPPCommCtrlr", "HeartbeatInterval"),
                ("SampledDataCtrlr", "TxUpdatedInterval"),
            ]
            data = [
                {"component": {"name": c}, "variable": {"name": v}, "attributeValue": "1"}
                for c, v in variables
            ]
            answer = await within(device.call("SetVariables", {"setVariableData": data}))
            assert [r["attributeStatus"] for r in answer["setVariableResult"]] == [
                "Accepted",
                "Accepted",
            ]
            await until(lambda: csms.of("Heartbeat"))

            remote = {
                "idToken": {"idToken": "TAG1", "type": "ISO14443"},
                "remoteStartId": 5,
                "evseId": 1,
            }
            answer = await within(device.call("RequestStartTransaction", remote))
            assert answer["status"] == "Accepted"
            await until(lambda: csms.of("TransactionEvent"))
            started = csms.of("TransactionEvent")[0]
            assert started["eventType"] == "Started" and started["triggerReason"] == "RemoteStart"
            assert csms.of("Authorize")  # AuthCtrlr.AuthorizeRemoteStart is true
            tx_id = started["transactionInfo"]["transactionId"]
            await until(
                lambda: any(
                    e["triggerReason"] == "MeterValuePeriodic" for e in csms.of("TransactionEvent")
                )
            )
            profile = {"evseId": 1, "chargingProfile": tx_profile_2x(tx_id)}
            answer = await within(device.call("SetChargingProfile", profile))
            assert answer["status"] == "Accepted"
            trigger = {"requestedMessage": "TransactionEvent", "evse": {"id": 1}}
            assert (await within(device.call("TriggerMessage", trigger)))["status"] == "Accepted"
            await until(
                lambda: any(e["triggerReason"] == "Trigger" for e in csms.of("TransactionEvent"))
            )
            answer = await within(device.call("RequestStopTransaction", {"transactionId": tx_id}))
            assert answer["status"] == "Accepted"
            await until(lambda: any(e["eventType"] == "Ended" for e in csms.of("TransactionEvent")))
            ended = csms.of("TransactionEvent")[-1]
            assert ended["transactionInfo"]["stoppedReason"] == "Remote"
            seq = [e["seqNo"] for e in csms.of("TransactionEvent")]
            assert seq == list(range(len(seq)))
            trigger = {
                "requestedMessage": "StatusNotification",
                "evse": {"id": 2, "connectorId": 1},
            }
            assert (await within(device.call("TriggerMessage", trigger)))["status"] == "Accepted"
            await within(station.outbox.join())


# -- against mobilityhouse ocpp's central system ------------------------------------------------


async def their_central_system(version: str) -> tuple[Any, asyncio.Queue[Any]]:
    """mobilityhouse ``ocpp``'s ChargePoint as a central system on a `websockets` server."""
    from websockets.asyncio.server import ServerConnection
    from websockets.asyncio.server import serve as ws_serve
    from websockets.exceptions import ConnectionClosed

    from .transport_helpers import NOW

    if version == "ocpp1.6":
        from ocpp.routing import on
        from ocpp.v16 import ChargePoint as Theirs
        from ocpp.v16 import call_result as result
        from ocpp.v16.enums import Action

        class Csms(Theirs):  # type: ignore[misc]
            seen: list[tuple[str, dict[str, Any]]]

            @on(Action.boot_notification)
            def on_boot(self, **kw: Any) -> Any:
                self.seen.append(("BootNotification", kw))
                return result.BootNotification(current_time=NOW, interval=300, status="Accepted")

            @on(Action.heartbeat)
            def on_heartbeat(self, **kw: Any) -> Any:
                self.seen.append(("Heartbeat", kw))
                return result.Heartbeat(current_time=NOW)

            @on(Action.status_notification)
            def on_status(self, **kw: Any) -> Any:
                self.seen.append(("StatusNotification", kw))
                return result.StatusNotification()

            @on(Action.authorize)
            def on_authorize(self, **kw: Any) -> Any:
                self.seen.append(("Authorize", kw))
                return result.Authorize(id_tag_info={"status": "Accepted"})

            @on(Action.start_transaction)
            def on_start(self, **kw: Any) -> Any:
                self.seen.append(("StartTransaction", kw))
                return result.StartTransaction(
                    transaction_id=77, id_tag_info={"status": "Accepted"}
                )

            @on(Action.meter_values)
            def on_meter_values(self, **kw: Any) -> Any:
                self.seen.append(("MeterValues", kw))
                return result.MeterValues()

            @on(Action.stop_transaction)
            def on_stop(self, **kw: Any) -> Any:
                self.seen.append(("StopTransaction", kw))
                return result.StopTransaction()

    else:
        from ocpp.routing import on
        from ocpp.v201 import ChargePoint as Theirs
        from ocpp.v201 import call_result as result
        from ocpp.v201.enums import Action

        class Csms(Theirs):  # type: ignore[misc,no-redef]
            seen: list[tuple[str, dict[str, Any]]]

            @on(Action.boot_notification)
            def on_boot(self, **kw: Any) -> Any:
                self.seen.append(("BootNotification", kw))
                return result.BootNotification(current_time=NOW, interval=300, status="Accepted")

            @on(Action.heartbeat)
            def on_heartbeat(self, **kw: Any) -> Any:
                self.seen.append(("Heartbeat", kw))
                return result.Heartbeat(current_time=NOW)

            @on(Action.status_notification)
            def on_status(self, **kw: Any) -> Any:
                self.seen.append(("StatusNotification", kw))
                return result.StatusNotification()

            @on(Action.authorize)
            def on_authorize(self, **kw: Any) -> Any:
                self.seen.append(("Authorize", kw))
                return result.Authorize(id_token_info={"status": "Accepted"})

            @on(Action.transaction_event)
            def on_transaction_event(self, **kw: Any) -> Any:
                self.seen.append(("TransactionEvent", kw))
                return result.TransactionEvent()

    connected: asyncio.Queue[Any] = asyncio.Queue()

    async def on_connect(websocket: ServerConnection) -> None:
        assert websocket.request is not None
        csms = Csms(websocket.request.path.rsplit("/", 1)[-1], websocket)
        csms.seen = []
        connected.put_nowait(csms)
        with contextlib.suppress(ConnectionClosed):
            await csms.start()

    server = await ws_serve(on_connect, "127.0.0.1", 0, subprotocols=[version])
    return server, connected


def actions(theirs: Any, action: str) -> list[dict[str, Any]]:
    return [kw for a, kw in theirs.seen if a == action]


@MOBILITYHOUSE
async def test_v16_kit_station_against_mobilityhouse() -> None:
    from ocpp.v16 import call

    server, connected = await their_central_system("ocpp1.6")
    port = server.sockets[0].getsockname()[1]
    try:
        station = Station.for_16(identity="KIT-16", meter=meter)
        async with online(station, f"ws://127.0.0.1:{port}/ocpp", "ocpp1.6"):
            theirs = await within(connected.get())
            await until(lambda: len(actions(theirs, "StatusNotification")) == 2)
            changed = await within(
                theirs.call(call.ChangeConfiguration(key="HeartbeatInterval", value="1"))
            )
            assert changed.status == "Accepted"
            await until(lambda: actions(theirs, "Heartbeat"))
            remote = await within(
                theirs.call(call.RemoteStartTransaction(id_tag="TAG1", connector_id=1))
            )
            assert remote.status == "Accepted"
            await until(lambda: getattr(station.transactions.transaction(1), "transaction_id", 0))
            profile = await within(
                theirs.call(
                    call.SetChargingProfile(connector_id=1, cs_charging_profiles=TX_PROFILE_16)
                )
            )
            assert profile.status == "Accepted"
            trigger = await within(
                theirs.call(call.TriggerMessage(requested_message="MeterValues", connector_id=1))
            )
            assert trigger.status == "Accepted"
            await until(lambda: actions(theirs, "MeterValues"))
            assert actions(theirs, "MeterValues")[0]["transaction_id"] == 77
            stop = await within(theirs.call(call.RemoteStopTransaction(transaction_id=77)))
            assert stop.status == "Accepted"
            await until(lambda: actions(theirs, "StopTransaction"))
            assert actions(theirs, "StopTransaction")[0]["reason"] == "Remote"
            configuration = await within(
                theirs.call(call.GetConfiguration(key=["HeartbeatInterval"]))
            )
            assert configuration.configuration_key[0]["value"] == "1"
            reset = await within(theirs.call(call.Reset(type="Soft")))
            assert reset.status == "Accepted"
            await until(lambda: len(actions(theirs, "BootNotification")) == 2)
    finally:
        server.close()
        await server.wait_closed()


@MOBILITYHOUSE
async def test_v201_kit_station_against_mobilityhouse() -> None:
    from ocpp.v201 import call

    server, connected = await their_central_system("ocpp2.0.1")
    port = server.sockets[0].getsockname()[1]
    try:
        station = Station.for_2x(identity="KIT-201", meter=meter)
        async with online(station, f"ws://127.0.0.1:{port}/ocpp", "ocpp2.0.1"):
            theirs = await within(connected.get())
            await until(lambda: actions(theirs, "StatusNotification"))
            changed = await within(
                theirs.call(
                    call.SetVariables(
                        set_variable_data=[
                            {
                                "component": {"name": "OCPPCommCtrlr"},
                                "variable": {"name": "HeartbeatInterval"},
                                "attribute_value": "1",
                            }
                        ]
                    )
                )
            )
            assert changed.set_variable_result[0]["attribute_status"] == "Accepted"
            await until(lambda: actions(theirs, "Heartbeat"))
            remote = await within(
                theirs.call(
                    call.RequestStartTransaction(
                        id_token={"id_token": "TAG1", "type": "ISO14443"},
                        remote_start_id=3,
                        evse_id=1,
                    )
                )
            )
            assert remote.status == "Accepted"
            await until(lambda: actions(theirs, "TransactionEvent"))
            started = actions(theirs, "TransactionEvent")[0]
            tx_id = started["transaction_info"]["transaction_id"]
            profile = await within(
                theirs.call(
                    call.SetChargingProfile(evse_id=1, charging_profile=tx_profile_2x(tx_id))
                )
            )
            assert profile.status == "Accepted"
            trigger = await within(
                theirs.call(
                    call.TriggerMessage(requested_message="TransactionEvent", evse={"id": 1})
                )
            )
            assert trigger.status == "Accepted"
            await until(lambda: len(actions(theirs, "TransactionEvent")) == 2)
            stop = await within(theirs.call(call.RequestStopTransaction(transaction_id=tx_id)))
            assert stop.status == "Accepted"
            await until(lambda: len(actions(theirs, "TransactionEvent")) == 3)
            events = actions(theirs, "TransactionEvent")
            assert [e["event_type"] for e in events] == ["Started", "Updated", "Ended"]
            assert [e["seq_no"] for e in events] == [0, 1, 2]
            reset = await within(theirs.call(call.Reset(type="Immediate")))
            assert reset.status == "Accepted"
            await until(lambda: len(actions(theirs, "BootNotification")) == 2)
            assert actions(theirs, "BootNotification")[1]["reason"] == "RemoteReset"
    finally:
        server.close()
        await server.wait_closed()
