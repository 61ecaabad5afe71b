"""Every row of the "what the peer can get wrong" table, for every version.

Each case injects one raw frame into a device under test and compares what the device sends
back with the table: no reply, or a CALLERROR with a given message id and code.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from ocpp_engine import CallContext, Device
from ocpp_engine.testing import sequential_ids

from .helpers import BOOT_RESPONSE, HEARTBEAT_RESPONSE, exchange

V16, V201, V21 = "ocpp1.6", "ocpp2.0.1", "ocpp2.1"
LONG_ID = "x" * 37
DEEP = "[" * 70 + "]" * 70  # deeper than the default limit, 64


def authorize_result(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    if ctx.version.value == V16:
        return {"idTagInfo": {"status": "Accepted"}}
    return {"idTokenInfo": {"status": "Accepted"}}


def device_under_test(version: str) -> Device:
    """No role: every action of the version is accepted when it has a handler."""
    handlers: dict[str, Any] = {
        "BootNotification": lambda p, c: dict(BOOT_RESPONSE),
        "Heartbeat": lambda p, c: dict(HEARTBEAT_RESPONSE),
        "StatusNotification": lambda p, c: {},
        "MeterValues": lambda p, c: {},
        "Authorize": authorize_result,
        "SetChargingProfile": lambda p, c: {"status": "Accepted"},
        "NotifyEVChargingNeeds": lambda p, c: {"status": "Accepted"},
        "StartTransaction": lambda p, c: {"transactionId": 1, "idTagInfo": {"status": "Accepted"}},
    }
    return Device(lambda raw: None, handlers, version=version, id_factory=sequential_ids("d"))


def boot_16(**fields: Any) -> dict[str, Any]:
    return {"chargePointVendor": "V", "chargePointModel": "M", **fields}


def boot_2x(**station: Any) -> dict[str, Any]:
    return {"reason": "PowerUp", "chargingStation": {"vendorName": "V", "model": "M", **station}}


def call(action: str, payload: Any, message_id: Any = "m1") -> str:
    return json.dumps([2, message_id, action, payload])


def ev_needs(soc: int) -> dict[str, Any]:
    return {
        "evseId": 1,
        "chargingNeeds": {
            "requestedEnergyTransfer": "DC",
            "dcChargingParameters": {"evMaxCurrent": 10, "evMaxVoltage": 400, "stateOfCharge": soc},
        },
    }


def charging_profile_16(limit: float) -> dict[str, Any]:
    return {
        "connectorId": 1,
        "csChargingProfiles": {
            "chargingProfileId": 1,
            "stackLevel": 0,
            "chargingProfilePurpose": "TxDefaultProfile",
            "chargingProfileKind": "Absolute",
            "chargingSchedule": {
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": limit}],
            },
        },
    }


NO_REPLY = None
RPC = "RpcFrameworkError"
# (row, frame per version or one frame for all, expected per version: None or (id, code))
Frames = dict[str, str | bytes]
ROWS: list[tuple[str, str | bytes | Frames, dict[str, tuple[str, str] | None]]] = [
    ("not JSON", "this is not json", {V16: NO_REPLY, V201: ("-1", RPC), V21: ("-1", RPC)}),
    ("invalid UTF-8 bytes", b"\xff\xfe[2,", {V16: NO_REPLY, V201: ("-1", RPC), V21: ("-1", RPC)}),
    ("not an array", '{"a": 1}', {V16: NO_REPLY, V201: ("-1", RPC), V21: ("-1", RPC)}),
    ("empty array", "[]", {V16: NO_REPLY, V201: ("-1", RPC), V21: ("-1", RPC)}),
    ("id missing", "[2]", {V16: NO_REPLY, V201: ("-1", RPC), V21: ("-1", RPC)}),
    (
        "id a number",
        call("Heartbeat", {}, 17),
        {V16: NO_REPLY, V201: ("-1", RPC), V21: ("-1", RPC)},
    ),
    ("id null", call("Heartbeat", {}, None), {V16: NO_REPLY, V201: ("-1", RPC), V21: ("-1", RPC)}),
    (
        "id longer than 36",
        call("Heartbeat", {}, LONG_ID),
        {V16: (LONG_ID, "ProtocolError"), V201: (LONG_ID, RPC), V21: (LONG_ID, RPC)},
    ),
    (
        "action not a string",
        call(5, {}),  # type: ignore[arg-type]
        {V16: ("m1", "ProtocolError"), V201: ("m1", RPC), V21: ("m1", RPC)},
    ),
    (
        "payload missing",
        '[2, "m1", "Heartbeat"]',
        {V16: ("m1", "ProtocolError"), V201: ("m1", RPC), V21: ("m1", RPC)},
    ),
    (
        "extra element",
        '[2, "m1", "Heartbeat", {}, {}]',
        {V16: ("m1", "ProtocolError"), V201: ("m1", RPC), V21: ("m1", RPC)},
    ),
    (
        "payload an array",
        call("Heartbeat", []),
        {
            V16: ("m1", "FormationViolation"),
            V201: ("m1", "FormatViolation"),
            V21: ("m1", "FormatViolation"),
        },
    ),
    (
        "payload null",
        call("Heartbeat", None),
        {
            V16: ("m1", "FormationViolation"),
            V201: ("m1", "FormatViolation"),
            V21: ("m1", "FormatViolation"),
        },
    ),
    (
        "payload a string",
        call("Heartbeat", "{}"),
        {
            V16: ("m1", "FormationViolation"),
            V201: ("m1", "FormatViolation"),
            V21: ("m1", "FormatViolation"),
        },
    ),
    (
        "unknown message type 9",
        '[9, "m1", "Heartbeat", {}]',
        {V16: NO_REPLY, V201: ("m1", "MessageTypeNotSupported"), V21: NO_REPLY},
    ),
    (
        "message type a string",
        '["2", "m1", "Heartbeat", {}]',
        {V16: NO_REPLY, V201: ("m1", "MessageTypeNotSupported"), V21: NO_REPLY},
    ),
    (
        "message type 5 before 2.1",
        '[5, "m1", "GenericError", "", {}]',
        {V16: NO_REPLY, V201: ("m1", "MessageTypeNotSupported"), V21: NO_REPLY},
    ),
    (
        "message type 5 without a readable id",
        '[5, 5, "GenericError", "", {}]',
        {V16: NO_REPLY, V201: ("-1", RPC), V21: NO_REPLY},
    ),
    (
        "over a limit: unknown message type 9",
        '[9, "m1", {"x": ' + DEEP + "}]",
        {V16: NO_REPLY, V201: ("m1", "MessageTypeNotSupported"), V21: NO_REPLY},
    ),
    (
        "over a limit: message type 5",
        '[5, "m1", "GenericError", "", {"x": ' + DEEP + "}]",
        {V16: NO_REPLY, V201: ("m1", "MessageTypeNotSupported"), V21: NO_REPLY},
    ),
    (
        "over a limit: message type 6",
        '[6, "m1", "NotifyPeriodicEventStream", {"x": ' + DEEP + "}]",
        {V16: NO_REPLY, V201: ("m1", "MessageTypeNotSupported"), V21: NO_REPLY},
    ),
    (
        "over a limit: CALL",
        call("Heartbeat", {"x": json.loads(DEEP)}),
        {
            V16: ("m1", "FormationViolation"),
            V201: ("m1", "FormatViolation"),
            V21: ("m1", "FormatViolation"),
        },
    ),
    (
        "SEND",
        '[6, "m1", "NotifyPeriodicEventStream", {"id": 1, "pending": 0, '
        '"basetime": "2024-01-01T00:00:00Z", "data": [{"t": 0, "v": "1"}]}]',
        {V16: NO_REPLY, V201: ("m1", "MessageTypeNotSupported"), V21: NO_REPLY},
    ),
    (
        "action not in the version",
        call("NoSuchAction", {}),
        {
            V16: ("m1", "NotImplemented"),
            V201: ("m1", "NotImplemented"),
            V21: ("m1", "NotImplemented"),
        },
    ),
    (
        "action of another version",
        {
            V16: call("TransactionEvent", {}),
            V201: call("StartTransaction", {}),
            V21: call("StartTransaction", {}),
        },
        {
            V16: ("m1", "NotImplemented"),
            V201: ("m1", "NotImplemented"),
            V21: ("m1", "NotImplemented"),
        },
    ),
    (
        "known action, no handler",
        call("DataTransfer", {"vendorId": "X"}),
        {V16: ("m1", "NotSupported"), V201: ("m1", "NotSupported"), V21: ("m1", "NotSupported")},
    ),
    (
        "schema: type",
        {
            V16: call("BootNotification", boot_16(chargePointVendor=5)),
            V201: call("BootNotification", boot_2x(vendorName=5)),
            V21: call("BootNotification", boot_2x(vendorName=5)),
        },
        {
            V16: ("m1", "TypeConstraintViolation"),
            V201: ("m1", "TypeConstraintViolation"),
            V21: ("m1", "TypeConstraintViolation"),
        },
    ),
    (
        "schema: required",
        call("BootNotification", {}),
        {
            V16: ("m1", "OccurenceConstraintViolation"),
            V201: ("m1", "OccurrenceConstraintViolation"),
            V21: ("m1", "OccurrenceConstraintViolation"),
        },
    ),
    (
        "schema: minItems",
        {
            V16: call("MeterValues", {"connectorId": 1, "meterValue": []}),
            V201: call("MeterValues", {"evseId": 1, "meterValue": []}),
            V21: call("MeterValues", {"evseId": 1, "meterValue": []}),
        },
        {
            V16: ("m1", "OccurenceConstraintViolation"),
            V201: ("m1", "OccurrenceConstraintViolation"),
            V21: ("m1", "OccurrenceConstraintViolation"),
        },
    ),
    (
        "schema: maxItems",
        {
            V201: call(
                "Authorize",
                {
                    "idToken": {"idToken": "T", "type": "Central"},
                    "iso15118CertificateHashData": [
                        {
                            "hashAlgorithm": "SHA256",
                            "issuerNameHash": "a",
                            "issuerKeyHash": "b",
                            "serialNumber": "c",
                            "responderURL": "u",
                        }
                    ]
                    * 5,
                },
            )
        },
        {V201: ("m1", "OccurrenceConstraintViolation")},
    ),
    (
        "schema: enum",
        {
            V16: call(
                "StatusNotification",
                {"connectorId": 1, "errorCode": "Bogus", "status": "Available"},
            ),
            V201: call("BootNotification", {**boot_2x(), "reason": "Bogus"}),
            V21: call("BootNotification", {**boot_2x(), "reason": "Bogus"}),
        },
        {
            V16: ("m1", "PropertyConstraintViolation"),
            V201: ("m1", "PropertyConstraintViolation"),
            V21: ("m1", "PropertyConstraintViolation"),
        },
    ),
    (
        "schema: maxLength",
        {
            V16: call("BootNotification", boot_16(chargePointVendor="v" * 21)),
            V201: call("BootNotification", boot_2x(vendorName="v" * 51)),
            V21: call("BootNotification", boot_2x(vendorName="v" * 51)),
        },
        {
            V16: ("m1", "PropertyConstraintViolation"),
            V201: ("m1", "PropertyConstraintViolation"),
            V21: ("m1", "PropertyConstraintViolation"),
        },
    ),
    (
        "schema: minimum",
        {
            V201: call("NotifyEVChargingNeeds", ev_needs(-1)),
            V21: call(
                "MeterValues",
                {
                    "evseId": -1,
                    "meterValue": [
                        {"timestamp": "2024-01-01T00:00:00Z", "sampledValue": [{"value": 1.0}]}
                    ],
                },
            ),
        },
        {V201: ("m1", "PropertyConstraintViolation"), V21: ("m1", "PropertyConstraintViolation")},
    ),
    (
        "schema: maximum",
        {V201: call("NotifyEVChargingNeeds", ev_needs(101))},
        {V201: ("m1", "PropertyConstraintViolation")},
    ),
    (
        "schema: multipleOf",
        {V16: call("SetChargingProfile", charging_profile_16(16.05))},
        {V16: ("m1", "PropertyConstraintViolation")},
    ),
    (
        "schema: format",
        {
            V16: call(
                "StartTransaction",
                {"connectorId": 1, "idTag": "T", "meterStart": 0, "timestamp": "yesterday"},
            ),
            V201: call(
                "StatusNotification",
                {
                    "timestamp": "yesterday",
                    "connectorStatus": "Available",
                    "evseId": 1,
                    "connectorId": 1,
                },
            ),
            V21: call(
                "StatusNotification",
                {
                    "timestamp": "yesterday",
                    "connectorStatus": "Available",
                    "evseId": 1,
                    "connectorId": 1,
                },
            ),
        },
        {
            V16: ("m1", "PropertyConstraintViolation"),
            V201: ("m1", "PropertyConstraintViolation"),
            V21: ("m1", "PropertyConstraintViolation"),
        },
    ),
    (
        "schema: additionalProperties",
        call("Heartbeat", {"extra": 1}),
        {
            V16: ("m1", "FormationViolation"),
            V201: ("m1", "FormatViolation"),
            V21: ("m1", "FormatViolation"),
        },
    ),
]


def cases() -> list[Any]:
    out = []
    for row, frames, expected in ROWS:
        for version, want in expected.items():
            frame = frames[version] if isinstance(frames, dict) else frames
            out.append(pytest.param(version, frame, want, id=f"{row} [{version}]"))
    return out


@pytest.mark.parametrize(("version", "frame", "expected"), cases())
async def test_row(version: str, frame: str | bytes, expected: tuple[str, str] | None) -> None:
    device = device_under_test(version)
    sent = await exchange(device, frame)
    if expected is None:
        assert sent == []
    else:
        assert len(sent) == 1, sent
        reply = sent[0]
        assert reply[0] == 4
        assert (reply[1], reply[2]) == expected
        assert isinstance(reply[3], str)
        assert isinstance(reply[4], dict)
    # The device goes on working after every row.
    again = await exchange(device, call("Heartbeat", {}, "after"))
    assert again == [[3, "after", HEARTBEAT_RESPONSE]]


@pytest.mark.parametrize("version", [V16, V201, V21])
async def test_valid_calls_of_the_table_pass(version: str) -> None:
    """The payloads the table breaks are valid once repaired, so each row tests one rule."""
    frames = [call("BootNotification", boot_16() if version == V16 else boot_2x(), "ok")]
    if version == V16:
        frames.append(call("SetChargingProfile", charging_profile_16(16.1), "ok2"))
    if version == V201:
        frames.append(call("NotifyEVChargingNeeds", ev_needs(100), "ok2"))
    sent = await exchange(device_under_test(version), *frames)
    assert [frame[0] for frame in sent] == [3] * len(frames), sent


@pytest.mark.parametrize("version", [V16, V201, V21])
async def test_schema_errors_say_where(version: str) -> None:
    frame = call(
        "BootNotification",
        boot_16(chargePointVendor=5) if version == V16 else boot_2x(vendorName=5),
    )
    [reply] = await exchange(device_under_test(version), frame)
    path = "chargePointVendor" if version == V16 else "chargingStation.vendorName"
    assert reply[4] == {"path": path, "rule": "type"}
    assert path in reply[3]


@pytest.mark.parametrize("version", [V16, V201, V21])
async def test_a_leading_byte_order_mark_is_tolerated(version: str) -> None:
    sent = await exchange(
        device_under_test(version),
        "\ufeff" + call("Heartbeat", {}, "a"),
        "\ufeff".encode() + call("Heartbeat", {}, "b").encode(),
    )
    assert sent == [[3, "a", HEARTBEAT_RESPONSE], [3, "b", HEARTBEAT_RESPONSE]]


@pytest.mark.parametrize("version", [V16, V201, V21])
async def test_any_bytes_like_frame_is_read(version: str) -> None:
    frames: list[Any] = [
        bytearray(call("Heartbeat", {}, "ba").encode()),
        memoryview(call("Heartbeat", {}, "mv").encode()),
    ]
    sent = await exchange(device_under_test(version), *frames)
    assert [frame[:2] for frame in sent] == [[3, "ba"], [3, "mv"]]


@pytest.mark.parametrize("version", [V16, V201, V21])
async def test_an_empty_action_is_not_implemented_and_says_so(version: str) -> None:
    [reply] = await exchange(device_under_test(version), call("", {}))
    assert reply[:4] == [4, "m1", "NotImplemented", "'' is not a known action"]


@pytest.mark.parametrize("version", [V16, V201, V21])
async def test_replies_to_unknown_ids_are_never_answered(version: str) -> None:
    device = device_under_test(version)
    frames = [
        '[3, "nobody", {}]',
        '[4, "nobody", "GenericError", "", {}]',
        "[3, 17, {}]",
        "[4, null]",
        "[3]",
    ]
    sent = await exchange(device, *frames)
    assert sent == []


@pytest.mark.parametrize("version", [V16, V201, V21])
async def test_error_descriptions_respect_the_version_limit(version: str) -> None:
    from ocpp_engine import CallError

    def refuse(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        raise CallError("SecurityError", "d" * 1000)

    device = device_under_test(version)
    device.on("Heartbeat", refuse)
    [reply] = await exchange(device, call("Heartbeat", {}))
    assert reply[2] == "SecurityError"
    if version == V16:
        assert len(reply[3]) == 1000
    else:
        assert len(reply[3]) == 255
