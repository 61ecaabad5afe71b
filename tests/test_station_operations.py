"""Reset, ClearCache, UnlockConnector and TriggerMessage of the station kit, 1.6 and 2.x."""

from __future__ import annotations

import json
from typing import Any

import pytest

from ocpp_engine.station import LogUploads
from ocpp_engine.station.station import Station
from ocpp_engine.testing import FakeClock, Pipe, connect

from .tx_station import Csms, wall

V2 = ["ocpp2.0.1", "ocpp2.1"]


def meter(evse: int) -> dict[str, float]:
    return {"Energy.Active.Import.Register": 1000.0 + evse}


class Rig:
    """A kit station on a recording CSMS, with the firmware's callbacks recorded."""

    def __init__(self, version: str, **options: Any) -> None:
        self.version = version
        self.clock = FakeClock()
        self.csms = Csms(version)
        self.reboots: list[tuple[str, int | None, list[str]]] = []
        options.setdefault("reboot", self._reboot)
        common: dict[str, Any] = {"clock": self.clock, "now": wall, "meter": meter, **options}
        if version == "ocpp1.6":
            self.station = Station.for_16(**common)
        else:
            self.station = Station.for_2x(version=version, **common)
        self.pipe: Pipe | None = None

    def _reboot(self, kind: str, evse: int | None) -> None:
        self.reboots.append((kind, evse, self.station_frames()))

    async def online(self) -> None:
        self.pipe = connect(self.csms.device, self.station.device, self.version)
        await self.settle()
        self.csms.received.clear()

    async def settle(self) -> None:
        assert self.pipe is not None
        for _ in range(5):
            await self.pipe.settle()

    async def call(self, action: str, payload: dict[str, Any]) -> Any:
        answer = await self.csms.device.call(action, payload)
        await self.settle()
        return answer

    def station_frames(self) -> list[str]:
        """What the station sent: CALL actions, and ``"result"`` for each CALLRESULT."""
        assert self.pipe is not None
        out = []
        for label, raw in self.pipe.frames:
            if label == "b":
                frame = json.loads(raw)
                out.append(frame[2] if frame[0] == 2 else "result")
        return out

    async def start(self, evse: int = 1) -> None:
        await self.station.transactions.start(evse, "TAG1")
        await self.settle()


# -- Reset -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "reason"), [("Soft", "SoftReset"), ("Hard", "HardReset")])
async def test_v16_reset_stops_the_transactions_with_its_reason_then_reboots(
    kind: str, reason: str
) -> None:
    rig = Rig("ocpp1.6", evses=2)
    await rig.online()
    await rig.start(1)
    await rig.start(2)
    assert await rig.call("Reset", {"type": kind}) == {"status": "Accepted"}
    stops = rig.csms.of("StopTransaction")
    assert [s["reason"] for s in stops] == [reason, reason]
    [(rebooted, evse, frames)] = rig.reboots
    assert (rebooted, evse) == (kind, None)
    assert frames[-1] == "result"  # the reboot came after the reply
    assert rig.station.transactions.open == []


@pytest.mark.parametrize("version", V2)
async def test_v2_immediate_reset_ends_transactions_with_immediate_reset(version: str) -> None:
    rig = Rig(version)
    await rig.online()
    await rig.start()
    assert await rig.call("Reset", {"type": "Immediate"}) == {"status": "Accepted"}
    [ended] = [e for e in rig.csms.of("TransactionEvent") if e["eventType"] == "Ended"]
    assert ended["transactionInfo"]["stoppedReason"] == "ImmediateReset"
    assert ended["triggerReason"] == "ResetCommand"
    assert [(k, e) for k, e, _ in rig.reboots] == [("Immediate", None)]


@pytest.mark.parametrize("version", V2)
async def test_v2_on_idle_reset_is_scheduled_until_the_last_transaction_ends(version: str) -> None:
    rig = Rig(version, evses=2)
    await rig.online()
    await rig.start(1)
    await rig.start(2)
    assert await rig.call("Reset", {"type": "OnIdle"}) == {"status": "Scheduled"}
    assert rig.station.operations.scheduled == ("OnIdle", None)
    rig.station.transactions.stop(1, "Local")
    await rig.settle()
    assert rig.reboots == []
    rig.station.transactions.stop(2, "Local")
    await rig.settle()
    assert [(k, e) for k, e, _ in rig.reboots] == [("OnIdle", None)]
    assert rig.station.operations.scheduled is None


@pytest.mark.parametrize("version", V2)
async def test_v2_on_idle_reset_without_transactions_is_at_once(version: str) -> None:
    rig = Rig(version)
    await rig.online()
    assert await rig.call("Reset", {"type": "OnIdle"}) == {"status": "Accepted"}
    assert [(k, e) for k, e, _ in rig.reboots] == [("OnIdle", None)]


async def test_v2_reset_of_one_evse_stops_only_its_transaction() -> None:
    rig = Rig("ocpp2.0.1", evses=2)
    await rig.online()
    await rig.start(1)
    await rig.start(2)
    answer = await rig.call("Reset", {"type": "Immediate", "evseId": 2})
    assert answer == {"status": "Accepted"}
    assert [t.evse for t in rig.station.transactions.open] == [1]
    assert [(k, e) for k, e, _ in rig.reboots] == [("Immediate", 2)]
    assert await rig.call("Reset", {"type": "Immediate", "evseId": 7}) == {"status": "Rejected"}


async def test_v2_reset_of_an_evse_is_rejected_without_evse_reset() -> None:
    rig = Rig("ocpp2.0.1")
    rig.station.operations.evse_reset = False
    await rig.online()
    assert await rig.call("Reset", {"type": "OnIdle", "evseId": 1}) == {"status": "Rejected"}
    assert rig.reboots == []


async def test_the_default_reboot_boots_again_with_remote_reset() -> None:
    clock = FakeClock()
    csms = Csms("ocpp2.0.1")
    station = Station.for_2x(clock=clock, now=wall)
    pipe = connect(csms.device, station.device, "ocpp2.0.1")
    await pipe.settle()
    assert await csms.device.call("Reset", {"type": "Immediate"}) == {"status": "Accepted"}
    for _ in range(3):
        await pipe.settle()
    boots = csms.of("BootNotification")
    assert [b["reason"] for b in boots] == ["PowerUp", "RemoteReset"]


# -- ClearCache, UnlockConnector ----------------------------------------------------------------


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_clear_cache_asks_the_firmware(version: str) -> None:
    answers = [True, False]
    rig = Rig(version, clear_cache=lambda: answers.pop(0))
    await rig.online()
    assert await rig.call("ClearCache", {}) == {"status": "Accepted"}
    assert await rig.call("ClearCache", {}) == {"status": "Rejected"}


async def test_v16_unlock_stops_the_transaction_first() -> None:
    unlocked: list[tuple[int, int, bool]] = []

    def unlock(evse: int, connector: int) -> bool:
        unlocked.append((evse, connector, rig.station.transactions.transaction(evse) is None))
        return True

    rig = Rig("ocpp1.6", unlock=unlock)
    await rig.online()
    await rig.start()
    assert await rig.call("UnlockConnector", {"connectorId": 1}) == {"status": "Unlocked"}
    [stop] = rig.csms.of("StopTransaction")
    assert stop["reason"] == "UnlockCommand"
    assert unlocked == [(1, 1, True)]


async def test_v16_unlock_failed_and_not_supported() -> None:
    rig = Rig("ocpp1.6", unlock=lambda evse, connector: False)
    await rig.online()
    assert await rig.call("UnlockConnector", {"connectorId": 1}) == {"status": "UnlockFailed"}
    assert await rig.call("UnlockConnector", {"connectorId": 3}) == {"status": "NotSupported"}


@pytest.mark.parametrize("version", V2)
async def test_v2_unlock_leaves_a_running_transaction_alone(version: str) -> None:
    rig = Rig(version, evses={1: 1, 2: 1})
    await rig.online()
    await rig.start(1)
    answer = await rig.call("UnlockConnector", {"evseId": 1, "connectorId": 1})
    assert answer == {"status": "OngoingAuthorizedTransaction"}
    assert rig.station.transactions.transaction(1) is not None
    answer = await rig.call("UnlockConnector", {"evseId": 2, "connectorId": 1})
    assert answer == {"status": "Unlocked"}
    answer = await rig.call("UnlockConnector", {"evseId": 2, "connectorId": 2})
    assert answer == {"status": "UnknownConnector"}


# -- TriggerMessage ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "sent"),
    [
        ("BootNotification", ["BootNotification"]),
        ("Heartbeat", ["Heartbeat"]),
        ("StatusNotification", ["StatusNotification"]),
        ("MeterValues", ["MeterValues"]),
        ("DiagnosticsStatusNotification", ["DiagnosticsStatusNotification"]),
        ("FirmwareStatusNotification", ["FirmwareStatusNotification"]),
    ],
)
async def test_v16_trigger_sends_the_message_after_the_reply(message: str, sent: list[str]) -> None:
    rig = Rig("ocpp1.6")
    await rig.online()
    before = len(rig.station_frames())
    answer = await rig.call("TriggerMessage", {"requestedMessage": message, "connectorId": 1})
    assert answer == {"status": "Accepted"}
    assert rig.station_frames()[before:] == ["result", *sent]
    assert rig.csms.actions() == sent


async def test_v16_triggered_meter_values_carry_the_transaction() -> None:
    rig = Rig("ocpp1.6", evses=2)
    await rig.online()
    await rig.start(1)
    rig.csms.received.clear()
    answer = await rig.call("TriggerMessage", {"requestedMessage": "MeterValues"})
    assert answer == {"status": "Accepted"}
    values = sorted(rig.csms.of("MeterValues"), key=lambda v: v["connectorId"])
    assert [(v["connectorId"], v.get("transactionId")) for v in values] == [(1, 101), (2, None)]
    assert values[1]["meterValue"][0]["sampledValue"][0]["value"] == "1002"
    assert {v["meterValue"][0]["sampledValue"][0]["context"] for v in values} == {"Trigger"}


async def test_v16_trigger_of_status_without_connector_reports_every_one() -> None:
    rig = Rig("ocpp1.6", evses=2)
    await rig.online()
    assert await rig.call("TriggerMessage", {"requestedMessage": "StatusNotification"}) == {
        "status": "Accepted"
    }
    assert [p["connectorId"] for p in rig.csms.of("StatusNotification")] == [0, 1, 2]


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_trigger_for_a_connector_the_station_lacks_is_rejected(version: str) -> None:
    rig = Rig(version)
    await rig.online()
    payload: dict[str, Any] = {"requestedMessage": "StatusNotification"}
    payload.update({"connectorId": 5} if version == "ocpp1.6" else {"evse": {"id": 5}})
    assert await rig.call("TriggerMessage", payload) == {"status": "Rejected"}
    assert rig.csms.actions() == []


@pytest.mark.parametrize("version", V2)
@pytest.mark.parametrize(
    "message",
    [
        "Heartbeat",
        "StatusNotification",
        "MeterValues",
        "LogStatusNotification",
        "FirmwareStatusNotification",
        "TransactionEvent",
    ],
)
async def test_v2_trigger_sends_the_message_after_the_reply(version: str, message: str) -> None:
    rig = Rig(version)
    await rig.online()
    await rig.start()
    rig.csms.received.clear()
    before = len(rig.station_frames())
    answer = await rig.call(
        "TriggerMessage", {"requestedMessage": message, "evse": {"id": 1, "connectorId": 1}}
    )
    assert answer == {"status": "Accepted"}
    assert rig.station_frames()[before:] == ["result", message]
    if message == "TransactionEvent":
        [event] = rig.csms.of("TransactionEvent")
        assert (event["eventType"], event["triggerReason"]) == ("Updated", "Trigger")


@pytest.mark.parametrize("version", V2)
async def test_v2_trigger_of_a_boot_once_accepted_is_rejected(version: str) -> None:
    # 2.0.1 F06.FR.17: the registration gate refuses it for an Accepted station; the triggered
    # boot of a Pending one is in tests/test_registration.py.
    rig = Rig(version)
    await rig.online()
    rig.csms.received.clear()
    before = len(rig.station_frames())
    answer = await rig.call("TriggerMessage", {"requestedMessage": "BootNotification"})
    assert answer == {"status": "Rejected"}
    await rig.settle()
    assert rig.station_frames()[before:] == ["result"]
    assert rig.csms.of("BootNotification") == []


@pytest.mark.parametrize("version", V2)
async def test_v2_trigger_of_a_transaction_event_without_one_is_rejected(version: str) -> None:
    rig = Rig(version)
    await rig.online()
    answer = await rig.call("TriggerMessage", {"requestedMessage": "TransactionEvent"})
    assert answer == {"status": "Rejected"}


@pytest.mark.parametrize("version", V2)
async def test_v2_trigger_of_what_the_kit_does_not_send_is_not_implemented(version: str) -> None:
    rig = Rig(version)
    await rig.online()
    answer = await rig.call("TriggerMessage", {"requestedMessage": "SignV2GCertificate"})
    assert answer == {"status": "NotImplemented"}
    assert rig.csms.actions() == []


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_the_log_uploads_component_answers_the_trigger_of_its_status(version: str) -> None:
    def nothing(log_type: str, oldest: Any, latest: Any) -> None:
        return None

    rig = Rig(version, diagnostics=lambda st: LogUploads.attach(st.device, collect=nothing))
    await rig.online()
    requested = "DiagnosticsStatusNotification" if version == "ocpp1.6" else "LogStatusNotification"
    assert await rig.call("TriggerMessage", {"requestedMessage": requested}) == {
        "status": "Accepted"
    }
    assert rig.csms.actions() == [requested]


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_the_upload_status_comes_from_the_diagnostics_component(version: str) -> None:
    asked: list[str] = []

    class Uploads:
        def __init__(self, station: Station) -> None:
            self.station = station

        def report(self, action: str) -> None:
            asked.append(action)

    rig = Rig(version, diagnostics=Uploads)
    assert isinstance(rig.station.diagnostics, Uploads)
    await rig.online()
    requested = "DiagnosticsStatusNotification" if version == "ocpp1.6" else "LogStatusNotification"
    assert await rig.call("TriggerMessage", {"requestedMessage": requested}) == {
        "status": "Accepted"
    }
    assert asked == [requested]
    assert rig.csms.actions() == []


@pytest.mark.parametrize("version", V2)
async def test_v2_scheduled_reset_fires_when_a_transaction_ends_on_a_faulted_connector(
    version: str,
) -> None:
    rig = Rig(version)
    await rig.online()
    await rig.start(1)
    rig.station.connectors.set_fault(1, "GroundFailure")
    await rig.settle()
    assert await rig.call("Reset", {"type": "OnIdle"}) == {"status": "Scheduled"}
    status = rig.station.connectors.status(1)
    rig.station.transactions.stop(1, "GroundFault")
    await rig.settle()
    assert status == rig.station.connectors.status(1) == "Faulted"  # no status change
    assert [(k, e) for k, e, _ in rig.reboots] == [("OnIdle", None)]
    assert rig.station.operations.scheduled is None
