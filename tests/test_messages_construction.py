"""Building typed messages: enum value strings and RFC 3339 strings are taken, anything else is not.

Every class with enum or date-time fields converts, when it is built, a string that is one of the
enum's values into the member and an RFC 3339 string into an aware datetime (lists of enums too),
and refuses anything else with an error naming the class, the field and the allowed values.
``from_wire`` builds instances without that step (its values already have the declared types).
"""

from __future__ import annotations

import datetime
from typing import Any

import attrs
import pytest

from ocpp_engine.messages import from_wire, to_wire, v16, v201

UTC = datetime.timezone.utc
NOON = datetime.datetime(2024, 1, 1, 12, 0, tzinfo=UTC)


def test_strings_become_enum_members_and_datetimes() -> None:
    response = v16.BootNotificationResponse(
        status="Accepted",  # type: ignore[arg-type]
        current_time="2024-01-01T12:00:00Z",  # type: ignore[arg-type]
        interval=300,
    )
    assert response.status is v16.RegistrationStatus.ACCEPTED
    assert type(response.current_time) is datetime.datetime
    assert response.current_time == NOON and response.current_time.tzinfo is not None
    assert response == v16.BootNotificationResponse(
        status=v16.RegistrationStatus.ACCEPTED, current_time=NOON, interval=300
    )
    assert to_wire(response) == {
        "status": "Accepted",
        "currentTime": "2024-01-01T12:00:00Z",
        "interval": 300,
    }


def test_nested_classes_convert_their_own_fields() -> None:
    boot = v201.BootNotificationRequest(
        charging_station=v201.ChargingStation(model="X1", vendor_name="ACME"),
        reason="PowerUp",  # type: ignore[arg-type]
    )
    assert boot.reason is v201.BootReasonEnum.POWER_UP
    meter = v16.MeterValuesRequest(
        connector_id=1,
        meter_value=[
            v16.MeterValue(
                timestamp="2024-01-01T14:00:00+02:00",  # type: ignore[arg-type]
                sampled_value=[
                    v16.SampledValue(
                        value="12.5",
                        measurand="Energy.Active.Import.Register",  # type: ignore[arg-type]
                        unit="kWh",  # type: ignore[arg-type]
                    )
                ],
            )
        ],
    )
    (entry,) = meter.meter_value
    assert entry.timestamp == NOON
    assert entry.timestamp.utcoffset() == datetime.timedelta(hours=2)  # the offset is kept
    (sample,) = entry.sampled_value
    assert sample.measurand is v16.Measurand.ENERGY_ACTIVE_IMPORT_REGISTER
    assert sample.unit is v16.UnitOfMeasure.KWH
    assert to_wire(meter)["meterValue"][0] == {
        "timestamp": "2024-01-01T14:00:00+02:00",
        "sampledValue": [
            {"value": "12.5", "measurand": "Energy.Active.Import.Register", "unit": "kWh"}
        ],
    }


def test_lists_of_enums() -> None:
    members = [v201.GetCertificateIdUseEnum.CSMS_ROOT_CERTIFICATE]
    untouched = v201.GetInstalledCertificateIdsRequest(certificate_type=members)
    assert untouched.certificate_type is members  # nothing to convert: the list is kept as is
    mixed = v201.GetInstalledCertificateIdsRequest(
        certificate_type=["V2GRootCertificate", members[0]]
    )  # type: ignore[list-item]
    assert mixed.certificate_type == [
        v201.GetCertificateIdUseEnum.V2G_ROOT_CERTIFICATE,
        v201.GetCertificateIdUseEnum.CSMS_ROOT_CERTIFICATE,
    ]
    assert all(type(x) is v201.GetCertificateIdUseEnum for x in mixed.certificate_type or ())
    assert to_wire(mixed) == {"certificateType": ["V2GRootCertificate", "CSMSRootCertificate"]}


def test_evolve_converts_too() -> None:
    response = v16.BootNotificationResponse(
        status=v16.RegistrationStatus.ACCEPTED, current_time=NOON, interval=300
    )
    changed = attrs.evolve(response, status="Rejected")
    assert changed.status is v16.RegistrationStatus.REJECTED


def test_a_member_of_a_same_valued_enum_of_another_version_is_taken() -> None:
    response = v16.BootNotificationResponse(
        status=v201.RegistrationStatusEnum.PENDING,  # type: ignore[arg-type]
        current_time=NOON,
        interval=300,
    )
    assert response.status is v16.RegistrationStatus.PENDING


@pytest.mark.parametrize(
    ("build", "error", "parts"),
    [
        (
            lambda: v16.BootNotificationResponse(status="Acepted", current_time=NOON, interval=1),
            ValueError,
            [
                "BootNotificationResponse.status",
                "'Acepted'",
                "RegistrationStatus",
                "'Accepted', 'Pending', 'Rejected'",
            ],
        ),
        (
            lambda: v16.BootNotificationResponse(status=1, current_time=NOON, interval=1),
            TypeError,
            [
                "BootNotificationResponse.status",
                "RegistrationStatus",
                "not int",
                "'Accepted', 'Pending', 'Rejected'",
            ],
        ),
        (
            lambda: v16.BootNotificationResponse(status=None, current_time=NOON, interval=1),
            TypeError,
            ["BootNotificationResponse.status", "not NoneType"],
        ),
        (
            lambda: v16.BootNotificationResponse(
                status="Accepted", current_time="noon", interval=1
            ),
            ValueError,
            ["BootNotificationResponse.current_time", "'noon'", "RFC 3339"],
        ),
        (
            lambda: v16.BootNotificationResponse(
                status="Accepted", current_time="2024-13-01T00:00:00Z", interval=1
            ),
            ValueError,
            ["BootNotificationResponse.current_time", "RFC 3339"],
        ),
        (
            lambda: v16.BootNotificationResponse(
                status="Accepted", current_time=datetime.date(2024, 1, 1), interval=1
            ),
            TypeError,
            ["BootNotificationResponse.current_time", "not date"],
        ),
        (
            lambda: v16.SampledValue(value="1", unit="kwh"),
            ValueError,
            ["SampledValue.unit", "'kwh'", "'kWh'"],
        ),
        (
            lambda: v201.GetInstalledCertificateIdsRequest(
                certificate_type=["CSMSRootCertificate", "Nope"]
            ),
            ValueError,
            [
                "GetInstalledCertificateIdsRequest.certificate_type[1]",
                "'Nope'",
                "'V2GRootCertificate'",
            ],
        ),
        (
            lambda: v201.GetInstalledCertificateIdsRequest(certificate_type="CSMSRootCertificate"),
            TypeError,
            ["GetInstalledCertificateIdsRequest.certificate_type", "takes a list"],
        ),
    ],
)
def test_anything_else_is_refused_when_built(
    build: Any, error: type[Exception], parts: list[str]
) -> None:
    with pytest.raises(error) as info:
        build()
    for part in parts:
        assert part in str(info.value)


def test_from_wire_does_not_run_the_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[Any] = []
    monkeypatch.setattr(v16.SampledValue, "__attrs_post_init__", lambda self: calls.append(self))
    v16.SampledValue(value="1")
    assert len(calls) == 1
    message = from_wire(
        v16.MeterValuesRequest,
        {
            "connectorId": 1,
            "meterValue": [
                {
                    "timestamp": "2024-01-01T12:00:00Z",
                    "sampledValue": [{"value": "1", "unit": "Wh"}],
                }
            ],
        },
    )
    assert len(calls) == 1
    assert message.meter_value[0].sampled_value[0] == v16.SampledValue(
        value="1", unit=v16.UnitOfMeasure.WH
    )


def _attrs_twin(cls: type) -> type:
    """A class with the same fields whose methods attrs generates itself."""
    fields = {
        f.name: attrs.field(default=f.default) if f.default is not attrs.NOTHING else attrs.field()
        for f in attrs.fields(cls)
    }
    return attrs.make_class(cls.__name__, fields, frozen=True)


def test_repr_eq_and_hash_are_what_attrs_generates() -> None:
    """The generated classes share one ``__repr__``, ``__eq__`` and ``__hash__`` (so that attrs
    compiles only their ``__init__`` on import), which behave as attrs' own."""
    station = v201.ChargingStation(model="M", vendor_name="V")
    boot = v201.BootNotificationRequest(charging_station=station, reason="PowerUp")  # type: ignore[arg-type]
    twin = _attrs_twin(v201.BootNotificationRequest)
    values = attrs.asdict(boot, recurse=False)
    assert repr(boot) == repr(twin(**values))
    assert repr(boot) == (
        "BootNotificationRequest(charging_station=ChargingStation(model='M', vendor_name='V', "
        "custom_data=None, serial_number=None, modem=None, firmware_version=None), "
        "reason=<BootReasonEnum.POWER_UP: 'PowerUp'>, custom_data=None)"
    )
    same = v201.BootNotificationRequest(charging_station=station, reason="PowerUp")  # type: ignore[arg-type]
    other = attrs.evolve(boot, reason="Triggered")
    assert (boot == same, boot != same, hash(boot) == hash(same)) == (True, False, True)
    assert (boot == other, boot != other) == (False, True)
    assert boot != twin(**values) and boot.__eq__(twin(**values)) is NotImplemented
    assert v16.HeartbeatRequest() == v16.HeartbeatRequest() != v201.HeartbeatRequest()
    assert len({boot, same, other}) == 2
    with pytest.raises(TypeError, match="unhashable"):
        hash(v201.ClearVariableMonitoringRequest(id_=[1]))
    looped = v201.CustomData(vendor_id="v")
    looped.extra["self"] = looped
    assert repr(looped) == "CustomData(vendor_id='v', extra={'self': ...})"


@pytest.mark.parametrize("module", [v16, v201], ids=["v16", "v201"])
def test_every_class_shares_the_three_methods(module: Any) -> None:
    from ocpp_engine.messages._base import eq_fields, hash_fields, repr_fields

    classes = [c for c in vars(module).values() if attrs.has(c) and c.__module__ == module.__name__]
    assert len(classes) > 80
    for cls in classes:
        assert (cls.__repr__, cls.__eq__, cls.__hash__) == (repr_fields, eq_fields, hash_fields)
