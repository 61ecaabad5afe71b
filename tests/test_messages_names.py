"""Names of the generated classes, fields and enum members; class constants; wire details."""

from __future__ import annotations

import builtins
import datetime
import enum
import json
import keyword
from pathlib import Path
from typing import Any

import attrs
import pytest

from ocpp_engine.messages import (
    Request,
    Response,
    Send,
    WireFormatError,
    from_wire,
    module_for,
    request_class,
    response_class,
    response_class_of,
    send_class,
    to_wire,
    v16,
    v201,
)
from ocpp_engine.messages._naming import enum_member_name, snake_case
from ocpp_engine.messages.generate import V16_ENUM_NAMES, V16_OBJECT_NAMES

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
VERSIONS = {"v16": "ocpp1.6", "v201": "ocpp2.0.1", "v21": "ocpp2.1"}

# (version, class, wire name, expected Python name)
AWKWARD_FIELDS = [
    ("ocpp2.0.1", "DCChargingParameters", "stateOfCharge", "state_of_charge"),
    ("ocpp2.0.1", "DCChargingParameters", "bulkSoC", "bulk_soc"),
    ("ocpp2.0.1", "DCChargingParameters", "fullSoC", "full_soc"),
    ("ocpp2.1", "BatteryData", "soC", "soc"),
    ("ocpp2.1", "BatteryData", "soH", "soh"),
    ("ocpp2.1", "ChargingSchedule", "limitAtSoC", "limit_at_soc"),
    ("ocpp2.0.1", "NetworkConnectionProfile", "ocppCsmsUrl", "ocpp_csms_url"),
    (
        "ocpp2.0.1",
        "Get15118EVCertificateRequest",
        "iso15118SchemaVersion",
        "iso15118_schema_version",
    ),
    ("ocpp2.0.1", "Get15118EVCertificateRequest", "exiRequest", "exi_request"),
    ("ocpp2.0.1", "Get15118EVCertificateResponse", "exiResponse", "exi_response"),
    (
        "ocpp2.0.1",
        "AuthorizeRequest",
        "iso15118CertificateHashData",
        "iso15118_certificate_hash_data",
    ),
    ("ocpp2.0.1", "OCSPRequestData", "responderURL", "responder_url"),
    ("ocpp2.1", "ChargingSchedulePeriod", "v2xBaseline", "v2x_baseline"),
    ("ocpp2.1", "ChargingSchedulePeriod", "setpoint_L2", "setpoint_l2"),
    ("ocpp2.1", "V2XChargingParameters", "evMaxV2XEnergyRequest", "ev_max_v2x_energy_request"),
    ("ocpp2.1", "Get15118EVCertificateRequest", "prioritizedEMAIDs", "prioritized_emaids"),
    ("ocpp2.1", "VoltageParams", "hv10MinMeanTripDelay", "hv10_min_mean_trip_delay"),
    (
        "ocpp2.1",
        "DERChargingParameters",
        "evDurationLevel1DCInjection",
        "ev_duration_level1_dc_injection",
    ),
    ("ocpp2.1", "AbsolutePriceSchedule", "priceScheduleID", "price_schedule_id"),
    ("ocpp2.1", "Tariff", "tariffId", "tariff_id"),
    ("ocpp2.0.1", "IdTokenInfo", "evseId", "evse_id"),
    ("ocpp2.0.1", "MessageContent", "format", "format_"),
    ("ocpp2.0.1", "AdditionalInfo", "type", "type_"),
    ("ocpp2.0.1", "SalesTariff", "id", "id_"),
    ("ocpp2.0.1", "BootNotificationRequest", "customData", "custom_data"),
    ("ocpp1.6", "BootNotificationRequest", "chargeBoxSerialNumber", "charge_box_serial_number"),
    ("ocpp1.6", "ChangeAvailabilityRequest", "type", "type_"),
    ("ocpp1.6", "ClearChargingProfileRequest", "id", "id_"),
    ("ocpp1.6", "SampledValue", "format", "format_"),
    ("ocpp1.6", "StartTransactionRequest", "idTag", "id_tag"),
    ("ocpp1.6", "SendLocalListRequest", "localAuthorizationList", "local_authorization_list"),
]

# (version, enum class, wire value, expected member name)
AWKWARD_MEMBERS = [
    ("ocpp1.6", "Measurand", "SoC", "SOC"),
    ("ocpp1.6", "Measurand", "Energy.Active.Import.Register", "ENERGY_ACTIVE_IMPORT_REGISTER"),
    ("ocpp1.6", "Phase", "L1-N", "L1_N"),
    ("ocpp1.6", "UnitOfMeasure", "Celcius", "CELCIUS"),
    ("ocpp1.6", "UnitOfMeasure", "Celsius", "CELSIUS"),
    ("ocpp1.6", "UnitOfMeasure", "kWh", "KWH"),
    ("ocpp1.6", "UnitOfMeasure", "kvarh", "KVARH"),
    ("ocpp1.6", "ReadingContext", "Interruption.Begin", "INTERRUPTION_BEGIN"),
    ("ocpp1.6", "ChargePointStatus", "SuspendedEVSE", "SUSPENDED_EVSE"),
    ("ocpp1.6", "ChargePointErrorCode", "EVCommunicationError", "EV_COMMUNICATION_ERROR"),
    ("ocpp1.6", "Location", "EV", "EV"),
    ("ocpp2.0.1", "IdTokenEnum", "ISO14443", "ISO14443"),
    ("ocpp2.0.1", "IdTokenEnum", "eMAID", "EMAID"),
    ("ocpp2.0.1", "ConnectorEnum", "s309-1P-16A", "S309_1P_16A"),
    ("ocpp2.0.1", "ConnectorEnum", "cCCS1", "C_CCS1"),
    ("ocpp2.0.1", "ConnectorEnum", "Other1PhMax16A", "OTHER_1PH_MAX_16A"),
    ("ocpp2.0.1", "VPNEnum", "IKEv2", "IKEV2"),
    ("ocpp2.0.1", "VPNEnum", "IPSec", "IPSEC"),
    ("ocpp2.0.1", "OCPPVersionEnum", "OCPP20", "OCPP20"),
    ("ocpp2.1", "OCPPVersionEnum", "OCPP201", "OCPP201"),
    ("ocpp2.0.1", "ChargingLimitSourceEnum", "SO", "SO"),
    ("ocpp2.0.1", "CertificateSigningUseEnum", "V2GCertificate", "V2G_CERTIFICATE"),
    ("ocpp2.1", "MeasurandEnum", "EnergyRequest.Maximum.V2X", "ENERGY_REQUEST_MAXIMUM_V2X"),
    ("ocpp2.1", "ControlModeEnum", "ScheduledControl", "SCHEDULED_CONTROL"),
    ("ocpp2.1", "ChargingProfilePurposeEnum", "PriorityCharging", "PRIORITY_CHARGING"),
]


def _fields_by_wire(cls: type[Any]) -> dict[str, str]:
    return {f.metadata["wire"]: f.name for f in attrs.fields(cls) if "wire" in f.metadata}


@pytest.mark.parametrize(("version", "class_name", "wire", "python"), AWKWARD_FIELDS)
def test_awkward_field_names(version: str, class_name: str, wire: str, python: str) -> None:
    cls = getattr(module_for(version), class_name)
    assert _fields_by_wire(cls)[wire] == python


@pytest.mark.parametrize(("version", "enum_name", "value", "member"), AWKWARD_MEMBERS)
def test_awkward_enum_members(version: str, enum_name: str, value: str, member: str) -> None:
    cls = getattr(module_for(version), enum_name)
    assert issubclass(cls, str) and issubclass(cls, enum.Enum)
    assert cls[member].value == value
    assert cls(value) is cls[member]
    assert cls[member] == value  # a str Enum compares equal to its wire value


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SoC", "soc"),
        ("V2X", "v2x"),
        ("EVSE", "evse"),
        ("URL", "url"),
        ("ocppCsmsUrl", "ocpp_csms_url"),
        ("EVSEId", "evse_id"),
        ("maxFilter", "max_filter"),
        ("hash", "hash_"),
        ("max", "max_"),
        ("min", "min_"),
        ("filter", "filter_"),
        ("class", "class_"),
        ("match", "match_"),
        ("self", "self_"),
        ("extra", "extra_"),
        ("15118Version", "n_15118_version"),
    ],
)
def test_snake_case(name: str, expected: str) -> None:
    assert snake_case(name) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("3G", "VALUE_3G"),
        ("4G-LTE", "VALUE_4G_LTE"),
        ("", "EMPTY"),
        ("V2X", "V2X"),
        ("ISO15118", "ISO15118"),
        ("Central", "CENTRAL"),
        ("IdleTIme", "IDLE_TIME"),
    ],
)
def test_enum_member_name(value: str, expected: str) -> None:
    assert enum_member_name(value) == expected


@pytest.mark.parametrize(
    ("version", "name"),
    [("ocpp1.6", n) for n in sorted({*V16_OBJECT_NAMES.values(), *V16_ENUM_NAMES.values()})]
    + [
        ("ocpp2.0.1", n)
        for n in (
            "EVSE",
            "ChargingStation",
            "CustomData",
            "BootReasonEnum",
            "IdToken",
            "IdTokenEnum",
            "VPN",
            "VPNEnum",
            "MeterValue",
        )
    ]
    + [("ocpp2.1", n) for n in ("AuthorizationData", "StreamDataElement", "V2XFreqWattPoint")],
)
def test_class_names(version: str, name: str) -> None:
    cls = getattr(module_for(version), name)
    assert cls.__name__ == name
    assert cls.__doc__


def test_shape_variants_get_distinct_names() -> None:
    # 1.6 StopTransaction's unit enum lacks "Hertz" (a schema defect), so its meter values are
    # a different shape from MeterValues' and get suffixed names; identical shapes are shared.
    assert "HERTZ" in v16.UnitOfMeasure.__members__
    assert "HERTZ" not in v16.UnitOfMeasureStopTransactionRequest.__members__
    hints = attrs.fields_dict(v16.StopTransactionRequest)
    assert hints["transaction_data"].type == list[v16.MeterValueStopTransactionRequest] | None
    assert attrs.fields_dict(v16.MeterValuesRequest)["meter_value"].type == list[v16.MeterValue]
    id_tag_info = v16.IdTagInfo
    for cls in (v16.AuthorizeResponse, v16.StartTransactionResponse, v16.StopTransactionResponse):
        assert attrs.fields_dict(cls)["id_tag_info"].type in (id_tag_info, id_tag_info | None)
    assert attrs.fields_dict(v16.AuthorizationData)["id_tag_info"].type == id_tag_info | None


def _schema_files(folder: str) -> list[Path]:
    return sorted((SCHEMAS / folder).glob("*.json"))


@pytest.mark.parametrize("folder", list(VERSIONS))
def test_every_schema_has_a_class_with_its_properties(folder: str) -> None:
    version = VERSIONS[folder]
    module = module_for(version)
    seen = set()
    for path in _schema_files(folder):
        stem = path.stem
        schema = json.loads(path.read_text(encoding="utf-8"))
        if stem.endswith("Response"):
            action = stem[: -len("Response")]
            cls: Any = response_class(version, action)
            assert issubclass(cls, Response)
            assert cls.__name__ == f"{action}Response"
        else:
            action = stem[: -len("Request")] if stem.endswith("Request") else stem
            if folder != "v16" and not stem.endswith("Request"):
                cls = send_class(version, action)
                assert issubclass(cls, Send) and not issubclass(cls, Request)
            else:
                cls = request_class(version, action)
                assert issubclass(cls, Request)
                assert cls.RESPONSE is module.RESPONSES[action]
            assert cls.__name__ == f"{action}Request"
        assert action == cls.ACTION
        assert version == cls.VERSION
        assert set(_fields_by_wire(cls)) == set(schema.get("properties", {}))
        required = {f.metadata["wire"] for f in attrs.fields(cls) if f.default is attrs.NOTHING}
        assert required == set(schema.get("required", ()))
        seen.add(cls)
    assert seen == {*module.REQUESTS.values(), *module.RESPONSES.values(), *module.SENDS.values()}


@pytest.mark.parametrize("version", list(VERSIONS.values()))
def test_python_names_are_safe_and_classes_frozen_slotted(version: str) -> None:
    module = module_for(version)
    reserved = set(keyword.kwlist) | set(keyword.softkwlist) | set(dir(builtins))
    for name in module.__all__:
        cls = getattr(module, name)
        assert cls.__doc__, name
        if not (isinstance(cls, type) and attrs.has(cls)):
            continue
        assert "__slots__" in cls.__dict__, name
        seen_optional = False
        for f in attrs.fields(cls):
            assert f.name.isidentifier() and f.name not in reserved, (name, f.name)
            assert f.name == f.name.lower(), (name, f.name)
            if f.name == "extra":
                continue
            if f.default is attrs.NOTHING:
                assert not seen_optional, (name, f.name)  # required fields first
            else:
                seen_optional = True
                assert f.default is None, (name, f.name)  # schema defaults are not materialised


def test_instances_are_frozen() -> None:
    message = v16.HeartbeatResponse(current_time=datetime.datetime.now(datetime.timezone.utc))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        message.current_time = None  # type: ignore[misc, assignment]
    assert not hasattr(message, "__dict__")


def test_schema_defaults_are_not_sent() -> None:
    # ``offline`` has ``default: false`` in the schema; unset, it must not appear on the wire.
    message = v201.TransactionEventRequest(
        event_type=v201.TransactionEventEnum.STARTED,
        timestamp=datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
        trigger_reason=v201.TriggerReasonEnum.AUTHORIZED,
        seq_no=0,
        transaction_info=v201.Transaction(transaction_id="tx-1"),
    )
    assert to_wire(message) == {
        "eventType": "Started",
        "timestamp": "2024-01-01T00:00:00Z",
        "triggerReason": "Authorized",
        "seqNo": 0,
        "transactionInfo": {"transactionId": "tx-1"},
    }
    assert from_wire(v201.TransactionEventRequest, to_wire(message)).offline is None


def test_custom_data_keeps_vendor_keys() -> None:
    wire = {
        "reason": "PowerUp",
        "chargingStation": {
            "model": "M",
            "vendorName": "V",
            "customData": {"vendorId": "com.acme", "batch": [1, {"a": None}], "vendorIdx": "y"},
        },
        "customData": {"vendorId": "com.acme"},
    }
    message = from_wire(v201.BootNotificationRequest, wire)
    custom = message.charging_station.custom_data
    assert custom == v201.CustomData("com.acme", {"batch": [1, {"a": None}], "vendorIdx": "y"})
    assert message.custom_data == v201.CustomData("com.acme")
    assert to_wire(message) == wire
    # A declared key wins over a same-named key in ``extra``.
    clash = v201.CustomData("real", {"vendorId": "fake", "k": 1})
    assert to_wire(clash) == {"vendorId": "real", "k": 1}


def test_response_class_of_and_lookup() -> None:
    request = v16.BootNotificationRequest(charge_point_vendor="V", charge_point_model="M")
    assert response_class_of(request) is v16.BootNotificationResponse
    assert request_class("ocpp1.6", "BootNotification") is v16.BootNotificationRequest
    assert v16.REQUESTS["BootNotification"] is v16.BootNotificationRequest
    assert send_class("ocpp2.1", "NotifyPeriodicEventStream").__name__ == (
        "NotifyPeriodicEventStreamRequest"
    )
    with pytest.raises(KeyError):
        request_class("ocpp1.6", "NoSuchAction")
    with pytest.raises(ValueError, match="unknown OCPP version"):
        module_for("ocpp1.2")
    with pytest.raises(ValueError, match=r"ocpp1\.5 has no typed message classes"):
        module_for("ocpp1.5")


def test_modules_are_the_typed_versions_and_each_exists() -> None:
    """``MODULES`` lists the versions whose layout says typed, and each has its module."""
    import importlib.util

    import ocpp_engine.messages as messages
    from ocpp_engine._versions import LAYOUT

    assert sorted(messages.MODULES) == ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"]
    for version, layout in LAYOUT.items():
        name = f"ocpp_engine.messages.{layout.module}"
        assert (importlib.util.find_spec(name) is not None) is layout.typed, version
        assert (version.value in messages.MODULES) is layout.typed, version


def test_from_wire_errors() -> None:
    with pytest.raises(WireFormatError, match=r"BootNotificationRequest.*chargePointVendor"):
        from_wire(v16.BootNotificationRequest, {"chargePointModel": "M"})
    with pytest.raises(WireFormatError, match=r"Accepted\-ish"):
        from_wire(
            v16.BootNotificationResponse,
            {"status": "Accepted-ish", "currentTime": "2024-01-01T00:00:00Z", "interval": 1},
        )
    with pytest.raises(WireFormatError, match="RFC 3339"):
        from_wire(
            v16.BootNotificationResponse,
            {"status": "Accepted", "currentTime": "yesterday", "interval": 1},
        )
    with pytest.raises(WireFormatError):
        from_wire(v16.MeterValuesRequest, {"connectorId": 1, "meterValue": 5})
    with pytest.raises(WireFormatError):
        from_wire(v16.MeterValuesRequest, [])  # type: ignore[arg-type]


def test_enum_members_are_plain_strings_on_the_wire() -> None:
    wire = to_wire(v16.StatusNotificationResponse())
    assert wire == {}
    message = v16.ChangeAvailabilityRequest(connector_id=0, type_=v16.AvailabilityType.INOPERATIVE)
    wire = to_wire(message)
    assert wire == {"connectorId": 0, "type": "Inoperative"}
    assert type(wire["type"]) is str
