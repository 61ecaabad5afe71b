"""OCPP 1.5 as an engine version: its actions, its derived schemas, a device back to back."""

from __future__ import annotations

import asyncio
import json
from typing import Any
from xml.etree.ElementTree import fromstring, tostring

import pytest

from ocpp_engine import (
    CallContext,
    CallError,
    Device,
    InvalidPayloadError,
    LocalProtocolError,
    Role,
    UnknownActionError,
    Version,
)
from ocpp_engine._logcheck import infer_version
from ocpp_engine._schema import load_schema, schema_dir
from ocpp_engine._validation import validator_for
from ocpp_engine._versions import LAYOUT, rules_for
from ocpp_engine.errors import TypeConstraintViolationError
from ocpp_engine.messages import module_for, v16
from ocpp_engine.registration import NotRegisteredError, RegistrationGate, RegistrationStatus
from ocpp_engine.soap import _payload
from ocpp_engine.testing import FakeClock, Peer, connect, sequential_ids
from ocpp_engine.transports._common import parse_versions

V15 = "ocpp1.5"
NOW = "2024-01-01T00:00:00Z"
BOOT = {"chargePointVendor": "V", "chargePointModel": "M"}
#: 1.5's meter values: "values" of "value"s, each a text with attributes (a 1.6 sampledValue
#: is an element with children, in "meterValue").
METER = {
    "connectorId": 1,
    "transactionId": 7,
    "values": [
        {"timestamp": NOW, "value": [{"value": "1200", "unit": "Wh", "context": "Sample.Clock"}]}
    ],
}


def station(**options: Any) -> Device:
    options.setdefault("id_factory", sequential_ids("s"))
    return Device(lambda raw: None, version=V15, role=Role.CHARGING_STATION, **options)


def central(handlers: dict[str, Any] | None = None, **options: Any) -> Device:
    table: dict[str, Any] = {
        "BootNotification": lambda p, c: {
            "status": "Accepted",
            "currentTime": NOW,
            "heartbeatInterval": 300,
        },
        "Heartbeat": lambda p, c: {"currentTime": NOW},
        "MeterValues": lambda p, c: {},
    }
    table.update(handlers or {})
    options.setdefault("id_factory", sequential_ids("c"))
    return Device(lambda raw: None, table, version=V15, role=Role.CSMS, **options)


def test_the_actions_and_senders_are_the_wsdls() -> None:
    rules = rules_for(V15)
    from_wsdl: dict[str, set[Role]] = {}
    for m in _payload._BY_ELEMENT.values():
        if m.version is Version.V15:
            sender = Role.CHARGING_STATION if m.service == "cs" else Role.CSMS
            from_wsdl.setdefault(m.action, set()).add(sender)
    assert rules.actions == from_wsdl
    assert rules.actions["DataTransfer"] == {Role.CHARGING_STATION, Role.CSMS}
    assert "TriggerMessage" not in rules.actions  # 1.6's
    assert rules.send_actions == {}
    assert rules.spell("FormatViolation") == "FormationViolation"  # 1.6's spellings


def test_the_layout_marks_15_as_derived_untyped_and_soap_only() -> None:
    layout = LAYOUT[Version.V15]
    assert (layout.folder, layout.module, layout.label, layout.request_suffix) == (
        "v15",
        "v15",
        "1.5",
        "",
    )
    assert not layout.typed and not layout.json
    assert all(LAYOUT[v].typed and LAYOUT[v].json for v in Version if v is not Version.V15)
    schema = load_schema(schema_dir() / "v15" / "BootNotification.json")
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    assert (schema["id"], schema["title"]) == (
        "urn:OCPP:1.5:BootNotificationRequest",
        "BootNotificationRequest",
    )
    assert schema["additionalProperties"] is False
    assert schema["required"] == ["chargePointVendor", "chargePointModel"]


def test_there_are_no_typed_classes_and_the_lookup_says_so() -> None:
    with pytest.raises(ValueError, match="no typed message classes"):
        module_for(V15)


def test_ocpp_j_transports_refuse_15() -> None:
    with pytest.raises(ValueError, match=r"OCPP 1\.5 has no OCPP-J"):
        parse_versions(["ocpp1.6", "ocpp1.5"])
    assert parse_versions(["ocpp1.6"]) == (Version.V16,)


def test_the_log_checker_never_guesses_15() -> None:
    """A 1.6 log is valid 1.5 as often as not; the guess is 1.6, --version names 1.5."""
    frames = [[2, "a", "BootNotification", BOOT], [2, "b", "Heartbeat", {}]]
    assert infer_version(frames) is Version.V16


async def test_a_15_session_back_to_back() -> None:
    seen: list[tuple[str, dict[str, Any]]] = []

    def meter(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        seen.append((ctx.action, payload))
        return {}

    cs = station(handlers={})
    cs.on("RemoteStartTransaction", lambda p, c: {"status": "Accepted"})
    cs.on(
        "GetConfiguration",
        lambda p, c: {"configurationKey": [{"key": "K", "readonly": True, "value": "1"}]},
    )
    csms = central({"MeterValues": meter})
    pipe = connect(cs, csms)
    assert (await cs.call("BootNotification", BOOT))["heartbeatInterval"] == 300
    assert await cs.call("Heartbeat") == {"currentTime": NOW}
    assert await cs.call("MeterValues", METER) == {}
    assert seen == [("MeterValues", METER)]
    assert await csms.call("RemoteStartTransaction", {"idTag": "TAG", "connectorId": 1}) == {
        "status": "Accepted"
    }
    answer = await csms.call("GetConfiguration", {"key": ["K"]})
    assert answer["configurationKey"][0]["readonly"] is True
    assert [json.loads(raw)[0] for _, raw in pipe.frames] == [2, 3] * 5
    assert cs.version is csms.version is Version.V15


async def test_our_call_is_validated() -> None:
    cs, csms = station(), central()
    connect(cs, csms)
    with pytest.raises(InvalidPayloadError) as info:
        await cs.call("BootNotification", {"chargePointVendor": "V"})
    assert info.value.code == "OccurrenceConstraintViolation"
    with pytest.raises(InvalidPayloadError) as info:
        # 1.6's meter value shape is no 1.5 shape
        await cs.call("MeterValues", {"connectorId": 1, "meterValue": []})
    assert info.value.code == "FormatViolation"
    with pytest.raises(UnknownActionError):
        await cs.call("StatusNotification" + "X", {})
    with pytest.raises(UnknownActionError):
        await cs.call("TriggerMessage", {"requestedMessage": "Heartbeat"})


async def test_their_call_is_validated_and_answered_with_16_spellings() -> None:
    csms = central()
    async with Peer(csms, answer=False) as peer:
        peer.inject(json.dumps([2, "x1", "BootNotification", {"chargePointVendor": "V"}]))
        peer.inject(
            json.dumps(
                [
                    2,
                    "x2",
                    "MeterValues",
                    {
                        "connectorId": 1,
                        "values": [{"timestamp": NOW, "value": [{"value": "1", "unit": "kelvin"}]}],
                    },
                ]
            )
        )
        peer.inject(json.dumps([2, "x3", "Heartbeat", {"extra": 1}]))
        await peer.settle()
        answers = [await peer.next_frame() for _ in range(3)]
    assert [a[:3] for a in answers] == [
        [4, "x1", "OccurenceConstraintViolation"],
        [4, "x2", "PropertyConstraintViolation"],
        [4, "x3", "FormationViolation"],
    ]


async def test_our_result_is_validated() -> None:
    csms = central({"Heartbeat": lambda p, c: {"currentTime": 5}})
    cs = station()
    connect(cs, csms)
    with pytest.raises(CallError) as info:
        await cs.call("Heartbeat")
    assert info.value.code == "InternalError"


async def test_their_result_is_validated() -> None:
    cs = station()
    async with Peer(cs, answer=False) as peer:
        task = asyncio.create_task(cs.call("Heartbeat"))
        frame = await peer.next_frame()
        peer.inject(json.dumps([3, frame[1], {"currentTime": 5}]))
        with pytest.raises(TypeConstraintViolationError):
            await task


async def test_a_typed_16_message_is_refused_by_a_15_device() -> None:
    cs, csms = station(), central()
    connect(cs, csms)
    with pytest.raises(LocalProtocolError, match=r"the device speaks ocpp1\.5"):
        await cs.call(v16.HeartbeatRequest())


def test_a_15_soap_payload_decodes_to_a_dict_the_15_schema_accepts() -> None:
    element = _payload.encode(Version.V15, "cs", "MeterValues", False, METER)
    text = tostring(element, encoding="unicode")
    # the text with its attributes, in the XSD's order
    assert '<ns0:value context="Sample.Clock" unit="Wh">1200</ns0:value>' in text
    decoded = _payload.decode(fromstring(text))
    assert (decoded.version, decoded.service, decoded.action) == (Version.V15, "cs", "MeterValues")
    assert decoded.payload == METER
    validator = validator_for(Version.V15, "MeterValues", False)
    assert validator is not None
    validator(decoded.payload)


def test_the_websocket_commands_refuse_15_and_the_log_checker_takes_it() -> None:
    import argparse

    from ocpp_engine.cli import _common, validate

    with pytest.raises(argparse.ArgumentTypeError, match="has no OCPP-J"):
        _common.versions_arg("ocpp1.6,ocpp1.5")
    assert Version.V15 not in _common.JSON_VERSIONS
    parser = argparse.ArgumentParser()
    validate._add_arguments(parser)
    assert parser.parse_args(["--version", "ocpp1.5"]).version == "ocpp1.5"


async def test_the_registration_gate_reads_15s_heartbeat_interval() -> None:
    """1.5's BootNotification response names its interval heartbeatInterval, 1.6's interval."""
    clock = FakeClock()
    cs = station(clock=clock)
    csms = central(
        {
            "BootNotification": lambda p, c: {
                "status": "Rejected",
                "currentTime": NOW,
                "heartbeatInterval": 30,
            }
        },
        clock=clock,
    )
    station_gate = RegistrationGate.attach(cs, "charging_station")
    csms_gate = RegistrationGate.attach(csms, "csms")
    connect(cs, csms)
    assert (await cs.call("BootNotification", BOOT))["status"] == "Rejected"
    assert station_gate.status is csms_gate.status is RegistrationStatus.REJECTED
    assert station_gate.interval == csms_gate.interval == 30
    with pytest.raises(NotRegisteredError) as info:
        await cs.call("BootNotification", BOOT)
    assert info.value.retry_after == 30


async def test_a_typed_16_handler_on_a_15_device_answers_not_supported() -> None:
    def heartbeat(request: v16.HeartbeatRequest, ctx: CallContext) -> v16.HeartbeatResponse:
        raise AssertionError("not reached")

    cs, csms = station(), central({"Heartbeat": heartbeat})
    connect(cs, csms)
    with pytest.raises(CallError) as info:
        await cs.call("Heartbeat")
    assert (info.value.code, info.value.description) == (
        "NotSupported",
        "Heartbeat is handled for ocpp1.6 only",
    )


async def test_the_station_kit_refuses_15_rather_than_play_it_as_2x() -> None:
    from ocpp_engine.station import Station

    with pytest.raises(ValueError, match=r"not 1\.5"):
        Station(V15, BOOT)


def test_a_15_identity_follows_16s_rules_not_2xs() -> None:
    """2.x limits the identity for Basic auth (48 characters, no ':'); 1.5 and 1.6 do not."""
    from ocpp_engine.transports._common import identity_problem

    assert identity_problem("CP:1" + "x" * 60, Version.V15) is None
    assert identity_problem("CP:1", Version.V201) is not None
