"""Transactions of the station kit: 1.6 and 2.x, online, offline, across a power loss."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

from ocpp_engine.station.connectors import ConnectorStatus
from ocpp_engine.station.transactions import Transaction, TransactionChange, TransactionRefused
from ocpp_engine.testing import FakeClock

from .tx_station import Csms, Station

V2 = ["ocpp2.0.1", "ocpp2.1"]


class Meter:
    """A meter whose energy register the test moves."""

    def __init__(self) -> None:
        self.energy = 1000.0

    def __call__(self, evse: int) -> dict[str, float]:
        return {"Energy.Active.Import.Register": self.energy, "Power.Active.Import": 7000.0}


async def test_v16_start_meter_values_stop_carry_the_transaction_id() -> None:
    clock, csms, meter = FakeClock(), Csms("ocpp1.6"), Meter()
    station = Station("ocpp1.6", clock, meter=meter, meter_value_sample_interval=60)
    await station.online(csms)
    await station.transactions.start(1, "TAG1")
    await station.settle()
    assert station.connectors.status(1) is ConnectorStatus.CHARGING
    meter.energy = 1500
    clock.advance(60)
    await station.settle()
    meter.energy = 2000
    delivery = station.transactions.stop(1, "Local", id_token="TAG1")
    await station.settle()
    assert (await delivery) == {}
    start = csms.of("StartTransaction")[0]
    assert start["connectorId"] == 1 and start["idTag"] == "TAG1" and start["meterStart"] == 1000
    [values] = csms.of("MeterValues")
    assert values["transactionId"] == 101 and values["connectorId"] == 1
    sampled = values["meterValue"][0]["sampledValue"]
    assert sampled == [
        {
            "value": "1500",
            "context": "Sample.Periodic",
            "measurand": "Energy.Active.Import.Register",
            "unit": "Wh",
        }
    ]
    [stop] = csms.of("StopTransaction")
    assert stop["transactionId"] == 101 and stop["meterStop"] == 2000
    assert stop["reason"] == "Local" and stop["idTag"] == "TAG1"
    assert station.connectors.status(1) is ConnectorStatus.AVAILABLE
    assert station.transactions.transaction(1) is None
    assert [s["status"] for s in csms.of("StatusNotification") if s["connectorId"] == 1][-2:] == [
        "Charging",
        "Available",
    ]


@pytest.mark.parametrize("version", V2)
async def test_v2_events_number_seq_no_without_gaps_under_one_transaction_id(version: str) -> None:
    clock, csms, meter = FakeClock(), Csms(version), Meter()
    station = Station(
        version,
        clock,
        meter=meter,
        meter_value_sample_interval=30,
        measurands=["Energy.Active.Import.Register", "Power.Active.Import"],
    )
    await station.online(csms)
    transaction = await station.transactions.start(2, "TAG2", id_token_type="ISO14443")
    await station.settle()
    clock.advance(30)
    await station.settle()
    station.transactions.set_charging_state(2, "SuspendedEV")
    await station.settle()
    assert station.connectors.status(2) is ConnectorStatus.SUSPENDED_EV
    clock.advance(30)
    await station.settle()
    station.transactions.stop(2, "EVDisconnected")
    await station.settle()
    events = csms.of("TransactionEvent")
    assert [(e["eventType"], e["triggerReason"]) for e in events] == [
        ("Started", "Authorized"),
        ("Updated", "MeterValuePeriodic"),
        ("Updated", "ChargingStateChanged"),
        ("Updated", "MeterValuePeriodic"),
        ("Ended", "EVCommunicationLost"),
    ]
    assert [e["seqNo"] for e in events] == [0, 1, 2, 3, 4]
    assert {e["transactionInfo"]["transactionId"] for e in events} == {transaction.transaction_id}
    assert not any(e.get("offline") for e in events)
    started, ended = events[0], events[-1]
    assert started["evse"] == {"id": 2, "connectorId": 1}
    assert started["idToken"] == {"idToken": "TAG2", "type": "ISO14443"}
    assert started["meterValue"][0]["sampledValue"][0]["context"] == "Transaction.Begin"
    assert ended["transactionInfo"]["stoppedReason"] == "EVDisconnected"
    assert ended["meterValue"][0]["sampledValue"][1] == {
        "value": 7000.0,
        "context": "Transaction.End",
        "measurand": "Power.Active.Import",
        "unitOfMeasure": {"unit": "W"},
    }
    statuses = [s["connectorStatus"] for s in csms.of("StatusNotification") if s["evseId"] == 2]
    assert statuses[-2:] == ["Occupied", "Available"]


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_a_power_loss_ends_the_open_transaction_with_power_loss(
    version: str, tmp_path: Path
) -> None:
    path = tmp_path / "station.db"
    clock, csms = FakeClock(), Csms(version)
    station = Station.on_file(version, clock, path, meter=Meter(), meter_value_sample_interval=10)
    await station.online(csms)
    transaction = await station.transactions.start(1, "TAG1")
    clock.advance(10)
    await station.settle()
    station.close()  # the power goes; every object is lost, the file stays
    sent_before = len(csms.of("StartTransaction" if version == "ocpp1.6" else "TransactionEvent"))

    clock2, csms2 = FakeClock(), Csms(version)
    csms2._ids = csms._ids  # the same central system's id sequence
    again = Station.on_file(version, clock2, path)
    assert [t.evse for t in again.transactions.recovered] == [1]
    assert again.transactions.transaction(1) is None
    assert again.connectors.status(1) is ConnectorStatus.AVAILABLE
    await again.online(csms2)
    if version == "ocpp1.6":
        assert sent_before == 1
        [stop] = csms2.of("StopTransaction")
        assert stop["reason"] == "PowerLoss" and stop["transactionId"] == 101
    else:
        [ended] = csms2.of("TransactionEvent")
        assert ended["eventType"] == "Ended" and ended["offline"] is True
        assert ended["triggerReason"] == "AbnormalCondition"
        assert ended["transactionInfo"] == {
            "transactionId": transaction.transaction_id,
            "stoppedReason": "PowerLoss",
        }
        assert ended["seqNo"] == sent_before  # Started 0, Updated 1, Ended 2
    assert again.state.load("transactions") == {}
    again.close()


async def test_v16_power_loss_before_the_start_was_answered(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    station = Station.on_file("ocpp1.6", FakeClock(), path)
    await station.transactions.start(1, "TAG1")  # offline: StartTransaction waits
    station.close()
    csms = Csms("ocpp1.6")
    again = Station.on_file("ocpp1.6", FakeClock(), path)
    await again.online(csms)
    sent = [a for a in csms.actions() if a != "StatusNotification"]
    assert sent == ["BootNotification", "StartTransaction", "StopTransaction"]
    stop = csms.of("StopTransaction")[0]
    assert stop["transactionId"] == 101 and stop["reason"] == "PowerLoss"
    again.close()


async def test_v16_offline_start_is_delivered_in_order_with_the_real_id_on_reconnect() -> None:
    clock, csms, meter = FakeClock(), Csms("ocpp1.6"), Meter()
    station = Station("ocpp1.6", clock, meter=meter, meter_value_sample_interval=60)
    await station.online(csms)
    station.offline()
    await station.transactions.start(1, "TAG1")
    for energy in (1100, 1200):
        meter.energy = energy
        clock.advance(60)
        await station.settle()
    station.transactions.stop(1, "EVDisconnected")
    before = len(csms.received)
    await station.online(csms)
    await station.settle()
    sent = [(a, p) for a, p in csms.received[before:] if a != "StatusNotification"]
    assert [a for a, _ in sent] == [
        "StartTransaction",
        "MeterValues",
        "MeterValues",
        "StopTransaction",
    ]
    assert [p["transactionId"] for _, p in sent[1:]] == [101, 101, 101]
    assert [p["meterValue"][0]["sampledValue"][0]["value"] for _, p in sent[1:3]] == [
        "1100",
        "1200",
    ]


async def test_v2_events_while_offline_say_so() -> None:
    clock, csms = FakeClock(), Csms("ocpp2.0.1")
    station = Station("ocpp2.0.1", clock)
    await station.online(csms)
    station.offline()
    await station.transactions.start(1, "TAG1")
    station.transactions.stop(1, "Local")
    await station.online(csms)
    events = csms.of("TransactionEvent")
    assert [(e["seqNo"], e.get("offline")) for e in events] == [(0, True), (1, True)]


@pytest.mark.parametrize("version", ["ocpp1.6", *V2])
async def test_remote_start_and_stop_happen_after_the_reply(version: str) -> None:
    csms = Csms(version)
    station = Station(version, FakeClock())
    await station.online(csms)
    peer = csms.device
    v16 = version == "ocpp1.6"
    if v16:
        answer = await peer.call("RemoteStartTransaction", {"connectorId": 2, "idTag": "R1"})
    else:
        answer = await peer.call(
            "RequestStartTransaction",
            {"evseId": 2, "remoteStartId": 7, "idToken": {"idToken": "R1", "type": "Central"}},
        )
    assert answer["status"] == "Accepted"
    await station.settle()
    transaction = station.transactions.transaction(2)
    assert transaction is not None and transaction.id_token == "R1"
    assert station.pipe is not None
    frames = [raw for _, raw in station.pipe.frames]
    reply = next(i for i, raw in enumerate(frames) if raw.startswith("[3"))
    start_action = "StartTransaction" if v16 else "TransactionEvent"
    assert reply < next(i for i, raw in enumerate(frames) if start_action in raw)
    if not v16:
        started = csms.of("TransactionEvent")[0]
        assert started["triggerReason"] == "RemoteStart"
        assert started["transactionInfo"]["remoteStartId"] == 7
    # The EVSE is busy now: another start there is refused.
    if v16:
        busy = await peer.call("RemoteStartTransaction", {"connectorId": 2, "idTag": "R2"})
        unknown = await peer.call("RemoteStopTransaction", {"transactionId": 999})
        stop = await peer.call("RemoteStopTransaction", {"transactionId": 101})
    else:
        busy = await peer.call(
            "RequestStartTransaction",
            {"evseId": 2, "remoteStartId": 8, "idToken": {"idToken": "R2", "type": "Central"}},
        )
        unknown = await peer.call("RequestStopTransaction", {"transactionId": "nope"})
        stop = await peer.call(
            "RequestStopTransaction", {"transactionId": transaction.transaction_id}
        )
    assert (busy["status"], unknown["status"], stop["status"]) == ("Rejected",) * 2 + ("Accepted",)
    await station.settle()
    assert station.transactions.transaction(2) is None
    if v16:
        assert csms.of("StopTransaction")[0]["reason"] == "Remote"
    else:
        ended = csms.of("TransactionEvent")[-1]
        assert ended["triggerReason"] == "RemoteStop"
        assert ended["transactionInfo"]["stoppedReason"] == "Remote"


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_authorize_before_start_when_configured(version: str) -> None:
    csms = Csms(version)
    station = Station(version, FakeClock(), authorize_before_start=True)
    await station.online(csms)
    csms.authorize_status = "Invalid"
    with pytest.raises(TransactionRefused) as refused:
        await station.transactions.start(1, "BAD")
    assert refused.value.reason == "not authorized"
    assert "StartTransaction" not in csms.actions() and "TransactionEvent" not in csms.actions()
    csms.authorize_status = "Accepted"
    await station.transactions.start(1, "GOOD")
    await station.settle()
    assert csms.actions().count("Authorize") == 2
    start = "StartTransaction" if version == "ocpp1.6" else "TransactionEvent"
    assert csms.actions().index(start) > csms.actions().index("Authorize")


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_a_start_the_central_system_refuses_is_stopped_deauthorized(version: str) -> None:
    csms = Csms(version)
    csms.id_tag_status = "Blocked"
    station = Station(version, FakeClock())
    await station.online(csms)
    await station.transactions.start(1, "BLOCKED")
    await station.settle()
    assert station.transactions.transaction(1) is None
    if version == "ocpp1.6":
        stop = csms.of("StopTransaction")[0]
        assert stop["reason"] == "DeAuthorized" and stop["transactionId"] == 101
    else:
        ended = csms.of("TransactionEvent")[-1]
        assert ended["transactionInfo"]["stoppedReason"] == "DeAuthorized"
        assert ended["triggerReason"] == "Deauthorized"


async def test_starting_is_refused_on_a_busy_or_inoperative_evse() -> None:
    station = Station("ocpp1.6", FakeClock())
    await station.transactions.start(1, "A")
    with pytest.raises(TransactionRefused) as busy:
        await station.transactions.start(1, "B")
    assert busy.value.reason == "busy"
    station.connectors.change_availability(False, 2)
    with pytest.raises(TransactionRefused) as unavailable:
        await station.transactions.start(2, "B")
    assert unavailable.value.reason == "unavailable"
    with pytest.raises(TransactionRefused):
        station.transactions.stop(2)
    with pytest.raises(ValueError, match="stop reason"):
        station.transactions.stop(1, "ImmediateReset")  # 2.x only


async def test_changing_the_sample_interval_restarts_the_timer() -> None:
    clock, csms = FakeClock(), Csms("ocpp1.6")
    station = Station("ocpp1.6", clock, meter=Meter(), meter_value_sample_interval=60)
    await station.online(csms)
    await station.transactions.start(1, "TAG1")
    await station.settle()
    clock.advance(50)
    await station.settle()
    station.transactions.meter_value_sample_interval = 20
    clock.advance(19)
    await station.settle()
    assert csms.of("MeterValues") == []
    clock.advance(1)
    await station.settle()
    assert len(csms.of("MeterValues")) == 1
    station.transactions.meter_value_sample_interval = 0
    clock.advance(100)
    await station.settle()
    assert len(csms.of("MeterValues")) == 1


async def test_v2_a_death_between_queueing_and_saving_skips_no_seq_no(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    station = Station.on_file("ocpp2.0.1", FakeClock(), path)
    transaction = await station.transactions.start(1, "TAG1")  # Started, seqNo 0
    # The process queued the next event and died before it saved seqNo 2.
    station.outbox.put(
        "TransactionEvent",
        {
            "eventType": "Updated",
            "timestamp": "2024-01-01T00:00:00.000Z",
            "triggerReason": "MeterValuePeriodic",
            "seqNo": 1,
            "transactionInfo": {"transactionId": transaction.transaction_id},
        },
    )
    station.close()
    csms = Csms("ocpp2.0.1")
    again = Station.on_file("ocpp2.0.1", FakeClock(), path)
    await again.online(csms)
    assert [e["seqNo"] for e in csms.of("TransactionEvent")] == [0, 1, 2]
    again.close()


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_a_death_between_saving_and_queueing_the_start_sends_nothing(
    version: str, tmp_path: Path
) -> None:
    path = tmp_path / "station.db"
    station = Station.on_file(version, FakeClock(), path)
    transaction = await station.transactions.start(1, "TAG1")
    # As if the process died after saving the transaction, before queueing its start.
    [entry] = station.outbox.pending
    station.outbox.store.complete(entry.seq, [])
    station.state.put("transactions", "evse:1", {**_record(transaction), "start_seq": None})
    if version != "ocpp1.6":
        station.state.put("transactions", "evse:1", {**_record(transaction), "seq_no": 0})
    station.close()
    csms = Csms(version)
    again = Station.on_file(version, FakeClock(), path)
    assert again.transactions.recovered == []
    await again.online(csms)
    assert [a for a in csms.actions() if a != "StatusNotification"] == ["BootNotification"]
    assert again.state.load("transactions") == {}
    again.close()


async def test_v16_a_death_before_saving_the_start_seq_still_links_the_stop(
    tmp_path: Path,
) -> None:
    path = tmp_path / "station.db"
    station = Station.on_file("ocpp1.6", FakeClock(), path)
    transaction = await station.transactions.start(1, "TAG1")  # offline: queued
    station.state.put("transactions", "evse:1", {**_record(transaction), "start_seq": None})
    station.close()
    csms = Csms("ocpp1.6")
    again = Station.on_file("ocpp1.6", FakeClock(), path)
    assert [t.evse for t in again.transactions.recovered] == [1]
    await again.online(csms)
    [stop] = csms.of("StopTransaction")
    assert stop["transactionId"] == 101 and stop["reason"] == "PowerLoss"
    again.close()


def _record(transaction: Transaction) -> dict[str, Any]:
    return attrs.asdict(transaction)


async def test_a_late_refusal_stops_only_the_transaction_it_answers() -> None:
    csms = Csms("ocpp1.6")
    csms.blocked = {"A"}
    station = Station("ocpp1.6", FakeClock())  # offline, and its wall clock stands still
    await station.transactions.start(1, "A")
    station.transactions.stop(1)
    await station.transactions.start(1, "B")
    await station.online(csms)
    transaction = station.transactions.transaction(1)
    assert transaction is not None and transaction.id_token == "B"
    assert [p["reason"] for p in csms.of("StopTransaction")] == ["Local"]


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_trigger_sends_the_meter_values_now(version: str) -> None:
    csms = Csms(version)
    station = Station(version, FakeClock(), meter=Meter())
    await station.online(csms)
    with pytest.raises(TransactionRefused):
        station.transactions.trigger(1)
    await station.transactions.start(1, "TAG1")
    delivery = station.transactions.trigger(1)
    assert delivery is not None
    await station.settle()
    if version == "ocpp1.6":
        [values] = csms.of("MeterValues")
        assert values["transactionId"] == 101
        sampled = values["meterValue"][0]["sampledValue"]
    else:
        updated = csms.of("TransactionEvent")[-1]
        assert (updated["triggerReason"], updated["seqNo"]) == ("Trigger", 1)
        sampled = updated["meterValue"][0]["sampledValue"]
    assert [s["context"] for s in sampled] == ["Trigger"]


async def test_v2_started_and_ended_sample_their_own_measurands() -> None:
    csms = Csms("ocpp2.0.1")
    station = Station(
        "ocpp2.0.1",
        FakeClock(),
        meter=Meter(),
        measurands=["Energy.Active.Import.Register"],
        started_measurands=["Power.Active.Import"],
    )
    await station.online(csms)
    await station.transactions.start(1, "TAG1")
    station.transactions.ended_measurands = ("Power.Active.Import", "Voltage")  # at run time
    station.transactions.stop(1)
    await station.settle()
    started, ended = csms.of("TransactionEvent")
    measurands = [
        [s["measurand"] for s in e["meterValue"][0]["sampledValue"]] for e in (started, ended)
    ]
    assert measurands == [["Power.Active.Import"], ["Power.Active.Import"]]  # no Voltage read


async def test_v16_listeners_are_told_start_id_and_end_and_a_failing_one_is_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    csms = Csms("ocpp1.6")
    station = Station("ocpp1.6", FakeClock())
    told: list[TransactionChange] = []

    def broken(change: TransactionChange) -> None:
        raise RuntimeError("listener bug")

    station.transactions.on_change(broken)
    station.transactions.on_change(told.append)
    await station.transactions.start(2, "TAG1")  # offline: the id comes with the answer
    assert told == [TransactionChange("started", 2, 1)]
    await station.online(csms)
    assert told[1:] == [TransactionChange("id_known", 2, 1, 101)]
    station.transactions.remove_listener(broken)
    station.transactions.stop(2, "EVDisconnected")
    assert told[2:] == [TransactionChange("ended", 2, 1, 101, "EVDisconnected")]
    assert "a transaction listener failed" in caplog.text


SCHEDULE_16 = {"chargingRateUnit": "A", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 8}]}
PROFILE_16 = {
    "chargingProfileId": 3,
    "stackLevel": 0,
    "chargingProfilePurpose": "TxProfile",
    "chargingProfileKind": "Relative",
    "chargingSchedule": SCHEDULE_16,
}
PROFILE_2X = {
    "id": 3,
    "stackLevel": 0,
    "chargingProfilePurpose": "TxProfile",
    "chargingProfileKind": "Relative",
    "chargingSchedule": [{"id": 1, **SCHEDULE_16}],
}


@pytest.mark.parametrize("v16", [True, False])
async def test_a_remote_start_profile_goes_to_the_hook_once_the_id_is_known(v16: bool) -> None:
    version = "ocpp1.6" if v16 else "ocpp2.0.1"
    csms = Csms(version)
    handed: list[tuple[Any, dict[str, Any]]] = []
    station = Station(version, FakeClock())
    station.transactions.charging_profile = lambda t, p: handed.append((t.transaction_id, p))
    if v16:
        action = "RemoteStartTransaction"
        request: dict[str, Any] = {"connectorId": 1, "idTag": "R1", "chargingProfile": PROFILE_16}
    else:
        action = "RequestStartTransaction"
        request = {"remoteStartId": 1, "idToken": {"idToken": "R1", "type": "Central"}}
        request["chargingProfile"] = PROFILE_2X
    await station.online(csms)
    assert (await csms.device.call(action, request))["status"] == "Accepted"
    await station.settle()
    transaction = station.transactions.transaction(1)
    assert transaction is not None and transaction.transaction_id is not None
    profile = PROFILE_16 if v16 else PROFILE_2X
    expected = {**profile, "transactionId": transaction.transaction_id}
    assert handed == [(transaction.transaction_id, expected)]


async def test_v16_a_remote_start_profile_of_a_transaction_ended_before_its_id_is_dropped() -> None:
    csms = Csms("ocpp1.6")
    handed: list[Any] = []
    station = Station("ocpp1.6", FakeClock())
    station.transactions.charging_profile = lambda t, p: handed.append(p)
    await station.online(csms)
    station.offline()  # the StartTransaction stays queued (the remote start's own work, here)
    await station.transactions._remote_start(1, "R1", "ISO14443", None, PROFILE_16)
    station.transactions.stop(1, "Local")
    await station.online(csms)
    assert [a for a in csms.actions() if "Transaction" in a] == [
        "StartTransaction",
        "StopTransaction",
    ]
    assert handed == []
