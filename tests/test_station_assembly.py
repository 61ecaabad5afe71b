"""The assembled kit station: the configuration and device model drive the components."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ocpp_engine.station import MemoryStateStore
from ocpp_engine.station.station import SETTINGS_2X, SETTINGS_16, Station
from ocpp_engine.testing import FakeClock, Pipe, connect

from .tx_station import Csms, wall


async def online(station: Station, csms: Csms, version: str) -> Pipe:
    pipe = connect(csms.device, station.device, version)
    await settle(pipe)
    return pipe


async def settle(pipe: Pipe) -> None:
    for _ in range(5):
        await pipe.settle()


def set_variable(component: str, variable: str, value: str, instance: str | None = None) -> Any:
    named: dict[str, Any] = {"name": variable}
    if instance is not None:
        named["instance"] = instance
    return {
        "setVariableData": [
            {"component": {"name": component}, "variable": named, "attributeValue": value}
        ]
    }


async def test_v16_change_of_heartbeat_interval_moves_the_heartbeat() -> None:
    clock, csms = FakeClock(), Csms("ocpp1.6")
    station = Station.for_16(clock=clock, now=wall)
    pipe = await online(station, csms, "ocpp1.6")
    answer = await csms.device.call(
        "ChangeConfiguration", {"key": "HeartbeatInterval", "value": "10"}
    )
    assert answer == {"status": "Accepted"}
    assert station.boot.interval == 10
    clock.advance(10)
    await settle(pipe)
    assert csms.actions().count("Heartbeat") == 1
    clock.advance(10)
    await settle(pipe)
    assert csms.actions().count("Heartbeat") == 2


@pytest.mark.parametrize(
    ("key", "value", "read", "expected"),
    [
        ("TransactionMessageAttempts", "7", lambda s: s.outbox.attempts, 7),
        ("TransactionMessageAttempts", "0", lambda s: s.outbox.attempts, 1),
        ("TransactionMessageRetryInterval", "5", lambda s: s.outbox.retry_interval, 5.0),
        (
            "MeterValueSampleInterval",
            "15",
            lambda s: s.transactions.meter_value_sample_interval,
            15.0,
        ),
        (
            "MeterValuesSampledData",
            "Energy.Active.Import.Register,Power.Active.Import",
            lambda s: s.transactions.measurands,
            ("Energy.Active.Import.Register", "Power.Active.Import"),
        ),
        (
            "AuthorizeRemoteTxRequests",
            "true",
            lambda s: s.transactions.authorize_remote_start,
            True,
        ),
        ("StopTransactionOnInvalidId", "false", lambda s: s.transactions.stop_on_invalid_id, False),
    ],
)
async def test_v16_change_configuration_drives_the_components(
    key: str, value: str, read: Any, expected: Any
) -> None:
    csms = Csms("ocpp1.6")
    station = Station.for_16(clock=FakeClock(), now=wall)
    await online(station, csms, "ocpp1.6")
    answer = await csms.device.call("ChangeConfiguration", {"key": key, "value": value})
    assert answer == {"status": "Accepted"}
    assert read(station) == expected


async def test_v16_smart_charging_limits_come_from_the_configuration() -> None:
    station = Station.for_16(
        clock=FakeClock(),
        now=wall,
        values={
            "SupportedFeatureProfiles": ["Core", "SmartCharging"],
            "ChargeProfileMaxStackLevel": 3,
            "MaxChargingProfilesInstalled": 4,
            "ChargingScheduleMaxPeriods": 5,
        },
    )
    profiles = station.smart_charging.profiles
    assert (profiles.max_stack_level, profiles.max_profiles, profiles.max_periods) == (3, 4, 5)
    assert set(SETTINGS_16) >= {"HeartbeatInterval", "TransactionMessageAttempts"}


@pytest.mark.parametrize("version", ["ocpp2.0.1", "ocpp2.1"])
async def test_v2_set_variables_drive_the_components(version: str) -> None:
    clock, csms = FakeClock(), Csms(version)
    station = Station.for_2x(version=version, clock=clock, now=wall)
    assert station.transactions.authorize_remote_start is True  # AuthCtrlr's initial value
    assert station.transactions.meter_value_sample_interval == 60.0
    pipe = await online(station, csms, version)
    calls = [
        set_variable("OCPPCommCtrlr", "HeartbeatInterval", "10"),
        set_variable("OCPPCommCtrlr", "MessageAttempts", "5", "TransactionEvent"),
        set_variable("OCPPCommCtrlr", "MessageAttemptInterval", "9", "TransactionEvent"),
        set_variable("SampledDataCtrlr", "TxUpdatedInterval", "30"),
        set_variable("AuthCtrlr", "AuthorizeRemoteStart", "false"),
    ]
    for payload in calls:
        answer = await csms.device.call("SetVariables", payload)
        assert answer["setVariableResult"][0]["attributeStatus"] == "Accepted"
    await settle(pipe)
    assert station.outbox.attempts == 5
    assert station.outbox.retry_interval == 9.0
    assert station.transactions.meter_value_sample_interval == 30.0
    assert station.transactions.authorize_remote_start is False
    assert station.boot.interval == 10
    clock.advance(10)
    await settle(pipe)
    assert csms.actions().count("Heartbeat") == 1
    assert ("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent") in SETTINGS_2X


async def test_v16_tx_profile_binds_to_the_running_transaction_and_goes_with_it() -> None:
    csms = Csms("ocpp1.6")
    station = Station.for_16(clock=FakeClock(), now=wall)
    pipe = await online(station, csms, "ocpp1.6")
    profile = {
        "chargingProfileId": 5,
        "stackLevel": 0,
        "chargingProfilePurpose": "TxProfile",
        "chargingProfileKind": "Relative",
        "chargingSchedule": {
            "chargingRateUnit": "A",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 10}],
        },
    }
    request = {"connectorId": 1, "csChargingProfiles": profile}
    assert await csms.device.call("SetChargingProfile", request) == {"status": "Rejected"}
    await station.transactions.start(1, "TAG1")
    await settle(pipe)
    assert await csms.device.call("SetChargingProfile", request) == {"status": "Accepted"}
    limit = station.smart_charging.limit_now(1)
    assert limit is not None and limit.limit == 10
    station.transactions.stop(1, "Local")
    await settle(pipe)
    assert station.smart_charging.profiles.get(5) is None
    assert station.smart_charging.limit_now(1) is None


async def test_v16_state_survives_a_restart_on_one_file(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    csms = Csms("ocpp1.6")
    station = Station.for_16(clock=FakeClock(), now=wall, store=path)
    pipe = await online(station, csms, "ocpp1.6")
    await csms.device.call(
        "ChangeConfiguration", {"key": "MeterValueSampleInterval", "value": "15"}
    )
    await station.transactions.start(1, "TAG1")
    await settle(pipe)
    pipe.close()
    station.close()  # the power goes

    csms = Csms("ocpp1.6")
    station = Station.for_16(clock=FakeClock(), now=wall, store=path)
    assert station.transactions.meter_value_sample_interval == 15.0
    assert [t.evse for t in station.transactions.recovered] == [1]
    pipe = await online(station, csms, "ocpp1.6")
    await station.outbox.join()
    [stop] = csms.of("StopTransaction")
    assert stop["reason"] == "PowerLoss" and stop["transactionId"] == 101
    station.close()


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_tx_profile_of_a_transaction_lost_with_the_power_goes_at_the_restart(
    tmp_path: Path, version: str
) -> None:
    # 1.6 section 5.16.3, 2.0.1 K01.FR.05: a TxProfile ends with its transaction, also with one
    # ended with PowerLoss at start-up; else it stays in the store for good.
    path = tmp_path / "station.db"
    v16 = version == "ocpp1.6"

    def make() -> Station:
        if v16:
            return Station.for_16(clock=FakeClock(), now=wall, store=path)
        return Station.for_2x(clock=FakeClock(), now=wall, store=path, version=version)

    csms = Csms(version)
    station = make()
    pipe = await online(station, csms, version)
    transaction = await station.transactions.start(1, "TAG1")
    await settle(pipe)
    period = {"startPeriod": 0, "limit": 10}
    if v16:
        schedule: Any = {"chargingRateUnit": "A", "chargingSchedulePeriod": [period]}
        profile = {
            "chargingProfileId": 5,
            "stackLevel": 0,
            "chargingProfilePurpose": "TxProfile",
            "chargingProfileKind": "Relative",
            "chargingSchedule": schedule,
        }
        request = {"connectorId": 1, "csChargingProfiles": profile}
    else:
        schedule = [{"id": 1, "chargingRateUnit": "A", "chargingSchedulePeriod": [period]}]
        profile = {
            "id": 5,
            "stackLevel": 0,
            "chargingProfilePurpose": "TxProfile",
            "chargingProfileKind": "Relative",
            "transactionId": transaction.transaction_id,
            "chargingSchedule": schedule,
        }
        request = {"evseId": 1, "chargingProfile": profile}
    assert (await csms.device.call("SetChargingProfile", request))["status"] == "Accepted"
    pipe.close()
    station.close()  # the power goes

    station = make()
    assert [t.evse for t in station.transactions.recovered] == [1]
    assert station.smart_charging.profiles.get(5) is None
    station.close()
    station = make()  # and it stays gone
    assert station.smart_charging.profiles.profiles() == ()
    station.close()


async def test_a_given_state_store_is_shared_and_left_open() -> None:
    store = MemoryStateStore()
    station = Station.for_2x(clock=FakeClock(), now=wall, store=store)
    assert station.store is store
    station.close()
    store.put("firmware", "k", 1)  # still open: the station did not own it
    assert store.load("firmware") == {"k": 1}


async def test_for_2x_refuses_1_6() -> None:
    with pytest.raises(ValueError, match="for_16"):
        Station.for_2x(version="ocpp1.6")


async def test_each_version_refuses_the_other_versions_configuration() -> None:
    # a 2.x station keeps its configuration in the device model; 1.6 values given to it
    # would be dropped without a word
    with pytest.raises(ValueError, match="definitions"):
        Station.for_2x(clock=FakeClock(), now=wall, values={"HeartbeatInterval": 60})
    with pytest.raises(ValueError, match="values"):
        Station.for_16(clock=FakeClock(), now=wall, definitions=[object()])


@pytest.mark.parametrize("running", [True, False])
async def test_v16_meter_values_of_a_large_register_keep_every_digit(running: bool) -> None:
    csms = Csms("ocpp1.6")
    station = Station.for_16(
        clock=FakeClock(), now=wall, meter=lambda evse: {"Energy.Active.Import.Register": 1234567.0}
    )
    pipe = await online(station, csms, "ocpp1.6")
    if running:
        await station.transactions.start(1, "TAG1")
    trigger = {"requestedMessage": "MeterValues", "connectorId": 1}
    assert await csms.device.call("TriggerMessage", trigger) == {"status": "Accepted"}
    await settle(pipe)
    [values] = csms.of("MeterValues")
    assert values["meterValue"][0]["sampledValue"][0]["value"] == "1234567"


TX_16 = {
    "chargingProfileId": 7,
    "stackLevel": 0,
    "chargingProfilePurpose": "TxProfile",
    "chargingProfileKind": "Relative",
    "chargingSchedule": {
        "chargingRateUnit": "A",
        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 12}],
    },
}
TX_2X = {
    "id": 7,
    "stackLevel": 0,
    "chargingProfilePurpose": "TxProfile",
    "chargingProfileKind": "Relative",
    "chargingSchedule": [
        {
            "id": 1,
            "chargingRateUnit": "A",
            "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 12}],
        }
    ],
}


class EagerCsms(Csms):
    """Sends a TxProfile for the transaction right after answering its StartTransaction."""

    def __init__(self) -> None:
        super().__init__("ocpp1.6")
        self.set_answers: list[Any] = []

    def answer(self, payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        answer = super().answer(payload, ctx)
        if ctx.action == "StartTransaction":
            ctx.after_reply(self._set, payload["connectorId"], answer["transactionId"])
        return answer

    async def _set(self, connector: int, transaction_id: int) -> None:
        profile = {**TX_16, "transactionId": transaction_id}
        request = {"connectorId": connector, "csChargingProfiles": profile}
        self.set_answers.append(await self.device.call("SetChargingProfile", request))


async def test_v16_smart_charging_learns_the_transaction_id_as_soon_as_it_is_answered() -> None:
    csms = EagerCsms()
    station = Station.for_16(clock=FakeClock(), now=wall)
    changes: list[Any] = []
    station.transactions.on_change(changes.append)
    pipe = await online(station, csms, "ocpp1.6")
    await station.transactions.start(1, "TAG1")
    await settle(pipe)
    assert csms.set_answers == [{"status": "Accepted"}]
    limit = station.smart_charging.limit_now(1)
    assert limit is not None and limit.limit == 12
    assert [(c.kind, c.transaction_id) for c in changes] == [("started", None), ("id_known", 101)]
    station.transactions.stop(1, "Local")
    assert changes[-1].kind == "ended" and changes[-1].reason == "Local"
    assert station.smart_charging.limit_now(1) is None


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_remote_start_profile_is_in_force_for_its_transaction_only(version: str) -> None:
    csms = Csms(version)
    v16 = version == "ocpp1.6"
    if v16:
        station = Station.for_16(clock=FakeClock(), now=wall)
        request: dict[str, Any] = {"connectorId": 1, "idTag": "TAG1", "chargingProfile": TX_16}
        action = "RemoteStartTransaction"
    else:
        station = Station.for_2x(version=version, clock=FakeClock(), now=wall)
        request = {
            "idToken": {"idToken": "TAG1", "type": "Central"},
            "remoteStartId": 3,
            "evseId": 1,
            "chargingProfile": TX_2X,
        }
        action = "RequestStartTransaction"
    pipe = await online(station, csms, version)
    answer = await csms.device.call(action, request)
    assert answer["status"] == "Accepted"
    await settle(pipe)
    transaction = station.transactions.transaction(1)
    assert transaction is not None and transaction.transaction_id is not None
    installed = station.smart_charging.profiles.get(7)
    assert installed is not None and installed.transaction_id == str(transaction.transaction_id)
    limit = station.smart_charging.limit_now(1)
    assert limit is not None and limit.limit == 12
    station.transactions.stop(1, "Local")
    await settle(pipe)
    assert station.smart_charging.profiles.get(7) is None
    assert station.smart_charging.limit_now(1) is None


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_remote_start_with_a_profile_that_is_not_a_tx_profile_is_rejected(
    version: str,
) -> None:
    csms = Csms(version)
    if version == "ocpp1.6":
        station = Station.for_16(clock=FakeClock(), now=wall)
        profile = {**TX_16, "chargingProfilePurpose": "TxDefaultProfile"}
        request: dict[str, Any] = {"connectorId": 1, "idTag": "TAG1", "chargingProfile": profile}
        action = "RemoteStartTransaction"
    else:
        station = Station.for_2x(version=version, clock=FakeClock(), now=wall)
        profile = {**TX_2X, "chargingProfilePurpose": "TxDefaultProfile"}
        request = {"idToken": {"idToken": "TAG1", "type": "Central"}, "remoteStartId": 3}
        request["chargingProfile"] = profile
        action = "RequestStartTransaction"
    pipe = await online(station, csms, version)
    assert (await csms.device.call(action, request))["status"] == "Rejected"
    await settle(pipe)
    assert station.transactions.open == []
    assert station.smart_charging.profiles.profiles() == ()
