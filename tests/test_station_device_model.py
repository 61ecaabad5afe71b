"""The station kit's device model against a central system, offline, in 2.0.1 and 2.1."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import Device, sleep
from ocpp_engine.errors import CallError
from ocpp_engine.station import MemoryStateStore, SQLiteStateStore, StateStore
from ocpp_engine.station.device_model import (
    AttributeType,
    Component,
    DataType,
    DeviceModel,
    Mutability,
    Variable,
    VariableAttribute,
    VariableChange,
    VariableCharacteristics,
    VariableDefinition,
    define,
)
from ocpp_engine.testing import FakeClock, Peer, sequential_ids

VERSIONS = ["ocpp2.0.1", "ocpp2.1"]
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)

#: The firmware's own variables the tests add: a WriteOnly one, a reboot-required one, a
#: constant one, one with a Target attribute, a component with Enabled and Problem false and
#: one with Enabled false and Problem true.
EXTRA = (
    define("SecurityCtrlr", "BasicAuthPassword", "string", "secret", mutability="WriteOnly"),
    define("InternalCtrlr", "Mode", "OptionList", "A", values_list="A,B", reboot_required=True),
    define("InternalCtrlr", "Serial", "string", "S-1", mutability="ReadOnly", constant=True),
    define("InternalCtrlr", "Phases", "SequenceList", "L1,L2", values_list="L1,L2,L3",
           max_elements=2),
    VariableDefinition(
        Component("LocalController"),
        Variable("Limit"),
        VariableCharacteristics(DataType.DECIMAL, "A", 0, 32),
        (VariableAttribute("Actual", "16"), VariableAttribute("Target", "20")),
    ),
    define(Component("Lamp", instance="front"), "Enabled", "boolean", False),
    define(Component("Lamp", instance="front"), "Problem", "boolean", False, mutability="ReadOnly"),
    define(Component("Fan", evse=1), "Problem", "boolean", True, mutability="ReadOnly"),
    define(Component("Fan", evse=1), "Enabled", "boolean", False),
)  # fmt: skip


def make_station(
    version: str = "ocpp2.0.1", store: StateStore | None = None, **options: Any
) -> tuple[Device, DeviceModel]:
    device = Device(version=version, id_factory=sequential_ids("cs-"), identity="CS-7")
    model = DeviceModel.attach(
        device,
        store=MemoryStateStore() if store is None else store,
        definitions=EXTRA,
        evses={1: 2, 2: 1},
        now=lambda: NOW,
        **options,
    )
    return device, model


class Reports:
    """The CSMS side's NotifyReport handler: keeps every payload."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []

    def __call__(self, payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        self.received.append(payload)
        return {}

    def items(self) -> list[dict[str, Any]]:
        return [item for report in self.received for item in report.get("reportData", [])]


def cv(component: str | dict[str, Any], variable: str | dict[str, Any], **extra: Any) -> dict:
    out = {
        "component": {"name": component} if isinstance(component, str) else component,
        "variable": {"name": variable} if isinstance(variable, str) else variable,
    }
    out.update(extra)
    return out


# -- the standard variables --------------------------------------------------------------------

REQUIRED = [
    ("DeviceDataCtrlr", "ItemsPerMessage", "GetReport"),
    ("DeviceDataCtrlr", "ItemsPerMessage", "GetVariables"),
    ("DeviceDataCtrlr", "ItemsPerMessage", "SetVariables"),
    ("DeviceDataCtrlr", "BytesPerMessage", "GetReport"),
    ("DeviceDataCtrlr", "BytesPerMessage", "GetVariables"),
    ("DeviceDataCtrlr", "BytesPerMessage", "SetVariables"),
    ("OCPPCommCtrlr", "HeartbeatInterval", None),
    ("OCPPCommCtrlr", "MessageTimeout", "Default"),
    ("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent"),
    ("OCPPCommCtrlr", "MessageAttemptInterval", "TransactionEvent"),
    ("OCPPCommCtrlr", "NetworkConfigurationPriority", None),
    ("OCPPCommCtrlr", "NetworkProfileConnectionAttempts", None),
    ("OCPPCommCtrlr", "OfflineThreshold", None),
    ("OCPPCommCtrlr", "ResetRetries", None),
    ("OCPPCommCtrlr", "UnlockOnEVSideDisconnect", None),
    ("OCPPCommCtrlr", "WebSocketPingInterval", None),
    ("OCPPCommCtrlr", "FileTransferProtocols", None),
    ("SecurityCtrlr", "SecurityProfile", None),
    ("SecurityCtrlr", "OrganizationName", None),
    ("SecurityCtrlr", "CertificateEntries", None),
    ("SecurityCtrlr", "Identity", None),
    ("TxCtrlr", "EVConnectionTimeOut", None),
    ("TxCtrlr", "StopTxOnEVSideDisconnect", None),
    ("TxCtrlr", "TxStartPoint", None),
    ("TxCtrlr", "TxStopPoint", None),
    ("TxCtrlr", "StopTxOnInvalidId", None),
    ("SampledDataCtrlr", "TxStartedMeasurands", None),
    ("SampledDataCtrlr", "TxUpdatedMeasurands", None),
    ("SampledDataCtrlr", "TxUpdatedInterval", None),
    ("SampledDataCtrlr", "TxEndedMeasurands", None),
    ("SampledDataCtrlr", "TxEndedInterval", None),
    ("AlignedDataCtrlr", "Measurands", None),
    ("AlignedDataCtrlr", "Interval", None),
    ("AlignedDataCtrlr", "TxEndedMeasurands", None),
    ("AlignedDataCtrlr", "TxEndedInterval", None),
    ("AuthCtrlr", "AuthorizeRemoteStart", None),
    ("AuthCtrlr", "LocalAuthorizeOffline", None),
    ("AuthCtrlr", "LocalPreAuthorize", None),
    ("ChargingStation", "AvailabilityState", None),
    ("ChargingStation", "Available", None),
    ("ChargingStation", "SupplyPhases", None),
    ("ClockCtrlr", "DateTime", None),
    ("ClockCtrlr", "TimeSource", None),
]


@pytest.mark.parametrize("version", VERSIONS)
async def test_the_required_variables_are_there_from_the_start(version: str) -> None:
    device = Device(version=version)
    DeviceModel.attach(device, now=lambda: NOW)
    items = [
        cv(c, {"name": v} if i is None else {"name": v, "instance": i}) for c, v, i in REQUIRED
    ]
    items += [
        cv({"name": "EVSE", "evse": {"id": 1}}, name)
        for name in ("AvailabilityState", "Available", "Power", "SupplyPhases")
    ]
    items += [
        cv({"name": "Connector", "evse": {"id": 1, "connectorId": 1}}, name)
        for name in ("AvailabilityState", "Available", "ConnectorType", "SupplyPhases")
    ]
    async with Peer(device) as peer:
        result = await peer.call("GetVariables", {"getVariableData": items})
    statuses = {
        (r["component"]["name"], r["variable"]["name"]): r["attributeStatus"]
        for r in result["getVariableResult"]
    }
    assert set(statuses.values()) == {"Accepted"}, statuses
    clock = [r for r in result["getVariableResult"] if r["variable"]["name"] == "DateTime"]
    assert clock[0]["attributeValue"] == "2026-03-01T12:00:00.000Z"


def test_the_layout_makes_one_evse_component_per_evse_and_one_per_connector() -> None:
    _, model = make_station()
    components = set(model.components)
    assert {c for c in components if c.name in ("EVSE", "Connector")} == {
        Component("EVSE", evse=1),
        Component("EVSE", evse=2),
        Component("Connector", evse=1, connector=1),
        Component("Connector", evse=1, connector=2),
        Component("Connector", evse=2, connector=1),
    }
    assert model.get("SecurityCtrlr", "Identity") == "CS-7"


# -- GetVariables ------------------------------------------------------------------------------

GET_CASES = [
    # (request item, status, value)
    (cv("OCPPCommCtrlr", "HeartbeatInterval"), "Accepted", "300"),
    (cv("OCPPCommCtrlr", "HeartbeatInterval", attributeType="Actual"), "Accepted", "300"),
    (cv("LocalController", "Limit", attributeType="Target"), "Accepted", "20"),
    (cv({"name": "EVSE", "evse": {"id": 1}}, "Power", attributeType="MaxSet"), "Accepted", "22000.0"),
    (cv({"name": "Connector", "evse": {"id": 2, "connectorId": 1}}, "AvailabilityState"), "Accepted",
     "Available"),
    (cv({"name": "Lamp", "instance": "front"}, "Enabled"), "Accepted", "false"),
    (cv("NoSuchCtrlr", "HeartbeatInterval"), "UnknownComponent", None),
    (cv({"name": "EVSE", "evse": {"id": 9}}, "Power"), "UnknownComponent", None),
    (cv("EVSE", "Power"), "UnknownComponent", None),
    (cv("Lamp", "Enabled"), "UnknownComponent", None),
    (cv("OCPPCommCtrlr", "NoSuchVariable"), "UnknownVariable", None),
    (cv("DeviceDataCtrlr", {"name": "ItemsPerMessage", "instance": "Nothing"}), "UnknownVariable",
     None),
    (cv("OCPPCommCtrlr", "HeartbeatInterval", attributeType="MaxSet"), "NotSupportedAttributeType",
     None),
    (cv("SecurityCtrlr", "BasicAuthPassword"), "Rejected", None),
]  # fmt: skip


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(("item", "status", "value"), GET_CASES)
async def test_get_variables_answers_each_item_with_its_status(
    version: str, item: dict[str, Any], status: str, value: str | None
) -> None:
    device, _ = make_station(version)
    async with Peer(device) as peer:
        result = await peer.call("GetVariables", {"getVariableData": [item]})
    (answer,) = result["getVariableResult"]
    assert answer["attributeStatus"] == status
    assert answer.get("attributeValue") == value
    assert answer["component"] == item["component"]
    assert answer["variable"] == item["variable"]


async def test_get_variables_answers_in_the_order_asked() -> None:
    device, _ = make_station()
    items = [
        cv("NoSuchCtrlr", "X"),
        cv("AuthCtrlr", "LocalPreAuthorize"),
        cv("OCPPCommCtrlr", "Nothing"),
    ]
    async with Peer(device) as peer:
        result = await peer.call("GetVariables", {"getVariableData": items})
    assert [r["attributeStatus"] for r in result["getVariableResult"]] == [
        "UnknownComponent",
        "Accepted",
        "UnknownVariable",
    ]


@pytest.mark.parametrize("action", ["GetVariables", "SetVariables"])
async def test_more_items_than_items_per_message_is_an_occurrence_constraint_violation(
    action: str,
) -> None:
    device, model = make_station()
    model.set("DeviceDataCtrlr", Variable("ItemsPerMessage", action), 2)
    key = "getVariableData" if action == "GetVariables" else "setVariableData"
    extra = {} if action == "GetVariables" else {"attributeValue": "60"}
    item = cv("OCPPCommCtrlr", "HeartbeatInterval", **extra)
    async with Peer(device) as peer:
        assert len((await peer.call(action, {key: [item, item]}))[key.replace("Data", "Result")])
        with pytest.raises(CallError) as caught:
            await peer.call(action, {key: [item, item, item]})
    assert caught.value.code == "OccurrenceConstraintViolation"


@pytest.mark.parametrize("action", ["GetVariables", "SetVariables"])
async def test_a_request_longer_than_bytes_per_message_is_a_format_violation(action: str) -> None:
    device, model = make_station()
    key = "getVariableData" if action == "GetVariables" else "setVariableData"
    extra = {} if action == "GetVariables" else {"attributeValue": "60"}
    items = [cv("OCPPCommCtrlr", "HeartbeatInterval", **extra)] * 5
    async with Peer(device) as peer:
        await peer.call(action, {key: items})
        frame = next(raw for label, raw in peer.pipe.frames[::-1] if label == "peer")  # type: ignore[union-attr]
        model.set("DeviceDataCtrlr", Variable("BytesPerMessage", action), len(frame.encode()) + 20)
        await peer.call(action, {key: items})
        model.set("DeviceDataCtrlr", Variable("BytesPerMessage", action), len(frame.encode()) - 20)
        with pytest.raises(CallError) as caught:
            await peer.call(action, {key: items})
    assert caught.value.code == "FormatViolation"


# -- SetVariables ------------------------------------------------------------------------------

SET_CASES = [
    # (request item, status, reasonCode, value read back (component, variable, attribute))
    (cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="60"), "Accepted", None, "60"),
    (cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="+60"), "Accepted", None, "60"),
    (cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="0"), "Rejected", "ValueTooLow", "300"),
    (cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="1.5"), "Rejected", "InvalidValue",
     "300"),
    (cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="soon"), "Rejected", "InvalidValue",
     "300"),
    (cv("LocalController", "Limit", attributeValue="40", attributeType="Target"), "Rejected",
     "ValueTooHigh", "20"),
    (cv("LocalController", "Limit", attributeValue="12.5", attributeType="Target"), "Accepted",
     None, "12.5"),
    (cv("AuthCtrlr", "LocalPreAuthorize", attributeValue="TRUE"), "Accepted", None, "true"),
    (cv("AuthCtrlr", "LocalPreAuthorize", attributeValue="yes"), "Rejected", "InvalidValue",
     "false"),
    (cv("TxCtrlr", "TxStartPoint", attributeValue="EVConnected,Authorized"), "Accepted", None,
     "EVConnected,Authorized"),
    (cv("TxCtrlr", "TxStartPoint", attributeValue="EVConnected,Teleported"), "Rejected",
     "InvalidValue", "PowerPathClosed"),
    (cv("TxCtrlr", "TxStartPoint", attributeValue="Authorized,Authorized"), "Rejected",
     "InvalidValue", "PowerPathClosed"),
    (cv("InternalCtrlr", "Phases", attributeValue="L1,L2,L3"), "Rejected", "TooManyElements",
     "L1,L2"),
    (cv("ClockCtrlr", "TimeSource", attributeValue="NTP,Heartbeat"), "Accepted", None,
     "NTP,Heartbeat"),
    (cv("SecurityCtrlr", "SecurityProfile", attributeValue="2"), "Rejected", "ReadOnly", "1"),
    (cv("InternalCtrlr", "Serial", attributeValue="S-2"), "Rejected", "ReadOnly", "S-1"),
    (cv("SecurityCtrlr", "BasicAuthPassword", attributeValue="hunter2"), "Accepted", None,
     "hunter2"),
    (cv("InternalCtrlr", "Mode", attributeValue="B"), "RebootRequired", None, "A"),
    (cv("InternalCtrlr", "Mode", attributeValue="C"), "Rejected", "InvalidValue", "A"),
    (cv("NoSuchCtrlr", "HeartbeatInterval", attributeValue="60"), "UnknownComponent", None, None),
    (cv("OCPPCommCtrlr", "Nothing", attributeValue="60"), "UnknownVariable", None, None),
    (cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="60", attributeType="Target"),
     "NotSupportedAttributeType", None, "300"),
]  # fmt: skip


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(("item", "status", "reason", "after"), SET_CASES)
async def test_set_variables_answers_each_item_with_its_status(
    version: str, item: dict[str, Any], status: str, reason: str | None, after: str | None
) -> None:
    device, model = make_station(version)
    async with Peer(device) as peer:
        result = await peer.call("SetVariables", {"setVariableData": [item]})
    (answer,) = result["setVariableResult"]
    assert answer["attributeStatus"] == status
    assert answer.get("attributeStatusInfo", {}).get("reasonCode") == reason
    if after is not None:
        component = Component.from_json(item["component"])
        attribute = item.get("attributeType", "Actual")
        if status == "NotSupportedAttributeType":
            attribute = "Actual"
        assert model.get(component, item["variable"]["name"], attribute) == after


async def test_set_variables_tells_the_listeners_after_its_reply() -> None:
    device, model = make_station()
    seen: list[tuple[VariableChange, int]] = []
    async with Peer(device) as peer:
        model.on_change(
            lambda change: seen.append((change, len(peer.sent()))), variable="HeartbeatInterval"
        )
        await peer.call(
            "SetVariables",
            {
                "setVariableData": [
                    cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="60"),
                    cv("AuthCtrlr", "LocalPreAuthorize", attributeValue="true"),
                    cv("OCPPCommCtrlr", "OfflineThreshold", attributeValue="nope"),
                ]
            },
        )
        await peer.settle()
    ((change, frames_before),) = seen
    assert frames_before == 1  # the SetVariables reply was out already
    assert change == VariableChange(
        Component("OCPPCommCtrlr"),
        Variable("HeartbeatInterval"),
        AttributeType.ACTUAL,
        "60",
        "300",
        by_csms=True,
    )
    assert model.value("OCPPCommCtrlr", "HeartbeatInterval") == 60


async def test_an_async_listener_is_awaited_and_a_failing_one_does_not_stop_the_others() -> None:
    device, model = make_station()
    seen: list[str | None] = []

    def broken(change: VariableChange) -> None:
        raise RuntimeError("listener bug")

    async def moves_the_heartbeat(change: VariableChange) -> None:
        seen.append(change.value)

    model.on_change(broken)
    model.on_change(moves_the_heartbeat, component="OCPPCommCtrlr")
    async with Peer(device) as peer:
        await peer.call(
            "SetVariables",
            {"setVariableData": [cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="90")]},
        )
        await peer.settle()
    assert seen == ["90"]
    model.remove_listener(moves_the_heartbeat)
    model.set("OCPPCommCtrlr", "HeartbeatInterval", 120)
    assert seen == ["90"]


def test_the_station_sets_values_locally_readonly_ones_too() -> None:
    _, model = make_station()
    changes: list[VariableChange] = []
    model.on_change(changes.append)
    model.set(Component("Connector", evse=1, connector=2), "AvailabilityState", "Unavailable")
    model.set("TxCtrlr", "TxStopPoint", ["EVConnected"])
    model.set("AuthCtrlr", "LocalPreAuthorize", True)
    model.set("AuthCtrlr", "LocalPreAuthorize", True)  # no change, no call
    assert [(c.variable.name, c.value, c.by_csms) for c in changes] == [
        ("AvailabilityState", "Unavailable", False),
        ("TxStopPoint", "EVConnected", False),
        ("LocalPreAuthorize", "true", False),
    ]
    assert model.value("TxCtrlr", "TxStopPoint") == ["EVConnected"]
    assert model.value("AuthCtrlr", "LocalPreAuthorize") is True
    assert model.value("LocalController", "Limit", "Target") == 20.0
    assert model.value("ClockCtrlr", "DateTime") == NOW


@pytest.mark.parametrize(
    ("component", "variable", "value", "error"),
    [
        ("InternalCtrlr", "Serial", "S-9", ValueError),  # constant
        ("OCPPCommCtrlr", "HeartbeatInterval", -5, ValueError),
        ("OCPPCommCtrlr", "HeartbeatInterval", "x" * 3000, ValueError),
        ("TxCtrlr", "TxStartPoint", ["Nowhere"], ValueError),
        ("NoSuchCtrlr", "HeartbeatInterval", 1, KeyError),
        ("OCPPCommCtrlr", "Nothing", 1, KeyError),
    ],
)
def test_a_local_value_that_does_not_fit_is_refused(
    component: str, variable: str, value: Any, error: type[Exception]
) -> None:
    _, model = make_station()
    with pytest.raises(error):
        model.set(component, variable, value)


def test_definitions_are_checked() -> None:
    with pytest.raises(ValueError):
        define("X", "Y", "integer", "ten")
    with pytest.raises(ValueError):
        VariableDefinition(
            Component("X"),
            Variable("Y"),
            VariableCharacteristics("integer"),
            (VariableAttribute(), VariableAttribute()),
        )
    with pytest.raises(ValueError):
        Component("Connector", connector=1)
    device = Device(version="ocpp2.0.1")
    with pytest.raises(ValueError):
        DeviceModel(device, definitions=[define("X", "Y", "integer", 5, max_limit=3)])


# -- reports -----------------------------------------------------------------------------------


async def report(
    device: Device, action: str, payload: dict[str, Any]
) -> tuple[dict[str, Any], Reports, list[str]]:
    reports = Reports()
    async with Peer(device, handlers={"NotifyReport": reports}) as peer:
        answer = await peer.call(action, payload)
        await peer.settle()
        frames = [raw for label, raw in peer.pipe.frames if label == "device"]  # type: ignore[union-attr]
    return answer, reports, frames


def names(items: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(i["component"]["name"], i["variable"]["name"]) for i in items}


@pytest.mark.parametrize("version", VERSIONS)
async def test_a_full_inventory_is_split_by_items_per_message(version: str) -> None:
    device, model = make_station(version)
    model.set("DeviceDataCtrlr", Variable("ItemsPerMessage", "GetReport"), 7)
    answer, reports, _ = await report(
        device, "GetBaseReport", {"requestId": 42, "reportBase": "FullInventory"}
    )
    assert answer == {"status": "Accepted"}
    total = sum(len(model._components[c]) for c in model.components)
    assert len(reports.items()) == total
    assert [r["seqNo"] for r in reports.received] == list(range(len(reports.received)))
    assert len(reports.received) == -(-total // 7)
    assert [r["tbc"] for r in reports.received] == [True] * (len(reports.received) - 1) + [False]
    assert all(len(r["reportData"]) <= 7 for r in reports.received)
    assert {r["requestId"] for r in reports.received} == {42}
    assert {r["generatedAt"] for r in reports.received} == {"2026-03-01T12:00:00.000Z"}


@pytest.mark.parametrize("version", VERSIONS)
async def test_a_full_inventory_is_split_by_bytes_per_message(version: str) -> None:
    device, model = make_station(version)
    model.set("DeviceDataCtrlr", Variable("BytesPerMessage", "GetReport"), 1500)
    _, reports, frames = await report(
        device, "GetBaseReport", {"requestId": 1, "reportBase": "FullInventory"}
    )
    notify = [raw for raw in frames if '"NotifyReport"' in raw]
    assert len(notify) > 5
    assert max(len(raw.encode()) for raw in notify) <= 1500
    # not split more than needed: each but the last would have gone over with the next item
    for raw, following in zip(reports.received, reports.received[1:], strict=False):
        grown = dict(raw, reportData=raw["reportData"] + following["reportData"][:1])
        frame = json.dumps([2, "x" * 36, "NotifyReport", grown], separators=(",", ":"))
        assert len(frame.encode()) > 1500 - 40
    assert names(reports.items()) >= {("OCPPCommCtrlr", "HeartbeatInterval")}


async def test_the_base_reports_hold_what_b07_says() -> None:
    device, model = make_station()
    model.set(Component("EVSE", evse=2), "AvailabilityState", "Faulted")
    _, configuration, _ = await report(
        device, "GetBaseReport", {"requestId": 1, "reportBase": "ConfigurationInventory"}
    )
    items = configuration.items()
    assert ("OCPPCommCtrlr", "HeartbeatInterval") in names(items)
    assert ("SecurityCtrlr", "SecurityProfile") not in names(items)
    assert all(
        a["mutability"] in ("ReadWrite", "WriteOnly") for i in items for a in i["variableAttribute"]
    )
    (password,) = [i for i in items if i["variable"]["name"] == "BasicAuthPassword"]
    assert "value" not in password["variableAttribute"][0]  # WriteOnly: never reported
    heartbeat = next(i for i in items if i["variable"]["name"] == "HeartbeatInterval")
    assert heartbeat["variableCharacteristics"] == {
        "dataType": "integer",
        "supportsMonitoring": True,
        "unit": "s",
        "minLimit": 1,
    }
    assert heartbeat["variableAttribute"] == [
        {
            "type": "Actual",
            "value": "300",
            "mutability": "ReadWrite",
            "persistent": True,
            "constant": False,
        }
    ]

    _, summary, _ = await report(
        device, "GetBaseReport", {"requestId": 2, "reportBase": "SummaryInventory"}
    )
    states = {
        (i["component"]["name"], json.dumps(i["component"].get("evse")), i["variable"]["name"]):
        i["variableAttribute"][0].get("value")
        for i in summary.items()
    }  # fmt: skip
    assert states == {
        ("ChargingStation", "null", "AvailabilityState"): "Available",
        ("EVSE", '{"id": 1}', "AvailabilityState"): "Available",
        ("EVSE", '{"id": 2}', "AvailabilityState"): "Faulted",
        ("Connector", '{"id": 1, "connectorId": 1}', "AvailabilityState"): "Available",
        ("Connector", '{"id": 1, "connectorId": 2}', "AvailabilityState"): "Available",
        ("Connector", '{"id": 2, "connectorId": 1}', "AvailabilityState"): "Available",
        ("Fan", '{"id": 1}', "Problem"): "true",
    }


@pytest.mark.parametrize(("version", "reported"), [("ocpp2.0.1", None), ("ocpp2.1", 2)])
async def test_max_elements_is_reported_in_2_1_only(version: str, reported: int | None) -> None:
    device, _ = make_station(version)
    _, reports, _ = await report(
        device,
        "GetReport",
        {"requestId": 3, "componentVariable": [cv("InternalCtrlr", "Phases")]},
    )
    (item,) = reports.items()
    assert item["variableCharacteristics"].get("maxElements") == reported


GET_REPORT_CASES = [
    # (componentVariable, componentCriteria, status, what is reported)
    ([{"component": {"name": "LocalController"}}], None, "Accepted",
     {("LocalController", "Limit")}),
    ([cv("OCPPCommCtrlr", "HeartbeatInterval"), cv("AuthCtrlr", "LocalPreAuthorize")], None,
     "Accepted", {("OCPPCommCtrlr", "HeartbeatInterval"), ("AuthCtrlr", "LocalPreAuthorize")}),
    ([cv("DeviceDataCtrlr", "ItemsPerMessage")], None, "Accepted",
     {("DeviceDataCtrlr", "ItemsPerMessage")}),
    ([{"component": {"name": "Connector", "evse": {"id": 1}}}], None, "Accepted",
     {("Connector", n) for n in ("AvailabilityState", "Available", "ConnectorType",
                                 "SupplyPhases")}),
    ([cv("NoSuchCtrlr", "X")], None, "EmptyResultSet", set()),
    ([cv("OCPPCommCtrlr", "Nothing")], None, "EmptyResultSet", set()),
    (None, ["Problem"], "Accepted", {("Fan", "Problem"), ("Fan", "Enabled")}),
    ([{"component": {"name": "Lamp"}}], ["Enabled"], "EmptyResultSet", set()),
    ([{"component": {"name": "Fan"}}], ["Enabled", "Problem"], "Accepted",
     {("Fan", "Problem"), ("Fan", "Enabled")}),
    ([{"component": {"name": "Fan"}}], ["Enabled"], "EmptyResultSet", set()),
    ([{"component": {"name": "Lamp"}}], ["Problem"], "EmptyResultSet", set()),
    ([cv("OCPPCommCtrlr", "HeartbeatInterval")], ["Available", "Active"], "Accepted",
     {("OCPPCommCtrlr", "HeartbeatInterval")}),
]  # fmt: skip


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize(("wanted", "criteria", "status", "reported"), GET_REPORT_CASES)
async def test_get_report_reports_what_its_filters_choose(
    version: str,
    wanted: list[dict[str, Any]] | None,
    criteria: list[str] | None,
    status: str,
    reported: set[tuple[str, str]],
) -> None:
    device, _ = make_station(version)
    payload: dict[str, Any] = {"requestId": 5}
    if wanted is not None:
        payload["componentVariable"] = wanted
    if criteria is not None:
        payload["componentCriteria"] = criteria
    answer, reports, _ = await report(device, "GetReport", payload)
    assert answer == {"status": status}
    assert names(reports.items()) == reported
    if status == "EmptyResultSet":
        assert reports.received == []


async def test_get_report_over_items_per_message_is_an_occurrence_constraint_violation() -> None:
    device, model = make_station()
    model.set("DeviceDataCtrlr", Variable("ItemsPerMessage", "GetReport"), 1)
    async with Peer(device) as peer:
        with pytest.raises(CallError) as caught:
            await peer.call(
                "GetReport",
                {
                    "requestId": 1,
                    "componentVariable": [
                        cv("OCPPCommCtrlr", "HeartbeatInterval"),
                        cv("AuthCtrlr", "LocalPreAuthorize"),
                    ],
                },
            )
    assert caught.value.code == "OccurrenceConstraintViolation"


async def test_a_report_cut_by_a_failing_csms_leaves_the_model_ready_for_the_next() -> None:
    device, model = make_station()
    model.set("DeviceDataCtrlr", Variable("ItemsPerMessage", "GetReport"), 10)

    def refuse(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        raise CallError("InternalError", "database down")

    async with Peer(device, handlers={"NotifyReport": refuse}) as peer:
        first = await peer.call("GetBaseReport", {"requestId": 1, "reportBase": "FullInventory"})
        await peer.settle()
        sent = [f for f in peer.sent() if f[0] == 2]
        assert len(sent) == 1  # the first NotifyReport failed: the rest was not sent
        second = await peer.call("GetBaseReport", {"requestId": 2, "reportBase": "FullInventory"})
        await peer.settle()
    assert first == second == {"status": "Accepted"}


# -- persistence -------------------------------------------------------------------------------


async def test_persistent_values_survive_a_restart(tmp_path: Path) -> None:
    store = SQLiteStateStore(tmp_path / "station.db")
    device, model = make_station(store=store)
    async with Peer(device) as peer:
        result = await peer.call(
            "SetVariables",
            {
                "setVariableData": [
                    cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="45"),
                    cv("InternalCtrlr", "Mode", attributeValue="B"),
                    cv("LocalController", "Limit", attributeValue="8", attributeType="Target"),
                ]
            },
        )
    assert [r["attributeStatus"] for r in result["setVariableResult"]] == [
        "Accepted",
        "RebootRequired",
        "Accepted",
    ]
    assert model.pending_reboot
    assert model.get("InternalCtrlr", "Mode") == "A"
    model.set(Component("EVSE", evse=1), "AvailabilityState", "Faulted")  # not persistent
    store.close()

    store = SQLiteStateStore(tmp_path / "station.db")
    device, model = make_station(store=store)
    assert model.value("OCPPCommCtrlr", "HeartbeatInterval") == 45
    assert model.get("InternalCtrlr", "Mode") == "B"
    assert not model.pending_reboot
    assert model.get("LocalController", "Limit", "Target") == "20"  # not persistent
    assert model.get(Component("EVSE", evse=1), "AvailabilityState") == "Available"
    async with Peer(device) as peer:
        result = await peer.call(
            "GetVariables", {"getVariableData": [cv("OCPPCommCtrlr", "HeartbeatInterval")]}
        )
    assert result["getVariableResult"][0]["attributeValue"] == "45"
    store.close()


def test_a_stored_value_that_no_longer_fits_gives_way_to_the_definition() -> None:
    store = MemoryStateStore()
    _, model = make_station(store=store)
    model.set("OCPPCommCtrlr", "HeartbeatInterval", 5000)
    _, model = make_station(
        store=store,
    )
    assert model.value("OCPPCommCtrlr", "HeartbeatInterval") == 5000
    strict = define("OCPPCommCtrlr", "HeartbeatInterval", "integer", 300, max_limit=3600)
    model = DeviceModel(Device(version="ocpp2.0.1"), store=store, definitions=[strict])
    assert model.value("OCPPCommCtrlr", "HeartbeatInterval") == 300


def test_the_data_is_frozen_and_compares_by_value() -> None:
    assert Component("EVSE", evse=1) == Component.from_json({"name": "EVSE", "evse": {"id": 1}})
    assert Component("Connector", "x", 1, 2).to_json() == {
        "name": "Connector",
        "instance": "x",
        "evse": {"id": 1, "connectorId": 2},
    }
    assert Variable.from_json({"name": "V", "instance": "i"}).to_json() == {
        "name": "V",
        "instance": "i",
    }
    attribute = VariableAttribute()
    assert attribute.mutability is Mutability.READ_WRITE
    with pytest.raises(AttributeError):
        attribute.value = "x"  # type: ignore[misc]


async def test_a_report_asked_for_while_one_is_being_sent_is_rejected() -> None:
    device, model = make_station()
    model.set("DeviceDataCtrlr", Variable("ItemsPerMessage", "GetReport"), 10)
    release = asyncio.Event()
    started = asyncio.Event()
    received: list[int] = []

    async def slow(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        received.append(payload["seqNo"])
        started.set()
        await release.wait()
        return {}

    async with Peer(device, handlers={"NotifyReport": slow}) as peer:
        first = await peer.call("GetBaseReport", {"requestId": 1, "reportBase": "FullInventory"})
        await started.wait()
        second = await peer.call("GetReport", {"requestId": 2})
        third = await peer.call("GetBaseReport", {"requestId": 3, "reportBase": "FullInventory"})
        release.set()
        await peer.settle()
        fourth = await peer.call("GetBaseReport", {"requestId": 4, "reportBase": "FullInventory"})
        await peer.settle()
    assert first == fourth == {"status": "Accepted"}
    assert second["status"] == third["status"] == "Rejected"
    assert received.count(0) == 2


async def test_a_malformed_request_without_validation_gets_an_error_not_a_crash() -> None:
    device = Device(version="ocpp2.0.1", validation=False)
    DeviceModel.attach(device)
    async with Peer(device, validation=False) as peer:
        for payload in ({"getVariableData": [{"variable": {"name": "X"}}]}, {}, {"x": 1}):
            with pytest.raises(CallError):
                await peer.call("GetVariables", payload)
        result = await peer.call(
            "GetVariables", {"getVariableData": [cv("AuthCtrlr", "LocalPreAuthorize")]}
        )
    assert result["getVariableResult"][0]["attributeValue"] == "false"


def test_a_definition_added_later_finds_the_value_set_before() -> None:
    _, model = make_station()
    model.set("OCPPCommCtrlr", "HeartbeatInterval", 900)
    model.add(define("OCPPCommCtrlr", "HeartbeatInterval", "integer", 300, max_limit=3600))
    assert model.value("OCPPCommCtrlr", "HeartbeatInterval") == 900
    model.add(
        VariableDefinition(
            Component("EVSE", evse=1),
            Variable("Power"),
            VariableCharacteristics("decimal", "W", 0, 11000),
            (VariableAttribute("Actual", "0", "ReadOnly"),),
        )
    )
    with pytest.raises(KeyError):
        model.get(Component("EVSE", evse=1), "Power", "MaxSet")


async def test_an_async_listener_runs_after_a_local_set_too() -> None:
    _, model = make_station()
    seen = asyncio.Event()

    async def on_change(change: VariableChange) -> None:
        seen.set()

    model.on_change(on_change)
    model.set("OCPPCommCtrlr", "HeartbeatInterval", 30)
    await asyncio.wait_for(seen.wait(), 1)


async def test_a_new_heartbeat_interval_moves_the_heartbeat() -> None:
    clock = FakeClock()
    device = Device(version="ocpp2.0.1", clock=clock)
    model = DeviceModel.attach(device, now=lambda: NOW)
    beats: list[float] = []
    loops: list[asyncio.Task[None]] = []
    asleep = asyncio.Event()

    async def heartbeat() -> None:
        while True:
            waiting = sleep(device.clock, model.value("OCPPCommCtrlr", "HeartbeatInterval"))
            asleep.set()
            await waiting
            await device.call("Heartbeat", {})

    async def advance(seconds: float) -> None:
        await asleep.wait()  # the loop has armed its timer
        asleep.clear()
        clock.advance(seconds)
        await peer.settle()

    def restart(change: VariableChange | None = None) -> None:
        for task in loops:
            task.cancel()
        asleep.clear()
        loops.append(asyncio.ensure_future(heartbeat()))

    def on_heartbeat(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        beats.append(clock.time())
        return {"currentTime": "2026-03-01T12:00:00Z"}

    model.on_change(restart, variable="HeartbeatInterval")
    async with Peer(device, handlers={"Heartbeat": on_heartbeat}) as peer:
        restart()
        await advance(300)
        await peer.call(
            "SetVariables",
            {"setVariableData": [cv("OCPPCommCtrlr", "HeartbeatInterval", attributeValue="60")]},
        )
        await peer.settle()
        await advance(60)
        await advance(60)
    for task in loops:
        task.cancel()
    assert beats == [300, 360, 420]
