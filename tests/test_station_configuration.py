"""OCPP 1.6 configuration keys: GetConfiguration, ChangeConfiguration, listeners, persistence.

A central system's `Device` (through `ocpp_engine.testing.Peer`) asks a station's device, to
which a `ChargePointConfiguration` is attached; everything is offline.
"""

from __future__ import annotations

import collections
import contextlib
import logging
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocpp_engine import CallError, Device
from ocpp_engine.station import MemoryStateStore, SQLiteStateStore, StateStore
from ocpp_engine.station.configuration import (
    STANDARD_KEYS,
    Access,
    Change,
    ChargePointConfiguration,
    ConfigurationStatus,
    KeyDefinition,
    KeyType,
)
from ocpp_engine.testing import Peer

HEX_KEY = "0123456789abcdef0123456789ABCDEF"  # 16 bytes, hex-encoded

#: What the station of most tests declares: two connectors, smart charging, a few optional keys.
DECLARED: dict[str, Any] = {
    "NumberOfConnectors": 2,
    "SupportedFeatureProfiles": ["Core", "SmartCharging", "RemoteTrigger"],
    "ChargeProfileMaxStackLevel": 8,
    "ChargingScheduleMaxPeriods": 24,
    "MaxChargingProfilesInstalled": 10,
    "GetConfigurationMaxKeys": 5,
    "MeterValuesSampledDataMaxLength": 2,
    "LightIntensity": 50,
    "WebSocketPingInterval": "30",
    "AuthorizationKey": None,
    "SecurityProfile": 0,
    "CpoName": "ACME",
}
#: A vendor key whose change takes effect after a restart.
VENDOR = KeyDefinition(
    "AcmeMaxCurrent",
    "Acme",
    KeyType.INTEGER,
    unit="A",
    minimum=6,
    maximum=32,
    reboot=True,
    default=16,
)


def station(store: StateStore | None = None, **options: Any) -> tuple[Device, Any]:
    device = Device(version="ocpp1.6", role="charging_station")
    options.setdefault("keys", [VENDOR])
    config = ChargePointConfiguration.attach(
        device, options.pop("values", DECLARED), store=store, **options
    )
    return device, config


@contextlib.asynccontextmanager
async def csms() -> AsyncIterator[tuple[Peer, ChargePointConfiguration]]:
    """The station of most tests, and a central system's device that asks it."""
    device, config = station()
    async with Peer(device) as peer:
        yield peer, config


async def get_configuration(peer: Peer, *keys: str) -> dict[str, Any]:
    result: dict[str, Any] = await peer.call(
        "GetConfiguration", {"key": list(keys)} if keys else {}
    )
    return result


def as_dict(answer: dict[str, Any]) -> dict[str, str | None]:
    return {entry["key"]: entry.get("value") for entry in answer.get("configurationKey", [])}


# -- the table ---------------------------------------------------------------------------------


def test_the_table_has_every_standard_key_of_every_profile() -> None:
    per_profile = collections.Counter(d.profile for d in STANDARD_KEYS.values())
    assert per_profile == {
        "Core": 34,
        "LocalAuthListManagement": 3,
        "Reservation": 1,
        "SmartCharging": 5,
        "FirmwareManagement": 1,
        "Security": 6,
    }
    required = collections.Counter(d.profile for d in STANDARD_KEYS.values() if d.required)
    assert required == {"Core": 21, "LocalAuthListManagement": 3, "SmartCharging": 4}
    assert all(name == d.name for name, d in STANDARD_KEYS.items())
    assert STANDARD_KEYS["AuthorizationKey"].access is Access.WRITE_ONLY
    assert STANDARD_KEYS["SecurityProfile"].only_raise
    assert STANDARD_KEYS["NumberOfConnectors"].readonly
    assert STANDARD_KEYS["HeartbeatInterval"].unit == "seconds"
    # every ...MaxLength key bounds the list it names, and is a read-only integer
    for name, definition in STANDARD_KEYS.items():
        if definition.max_items is not None:
            bound = STANDARD_KEYS[str(definition.max_items)]
            assert definition.type is KeyType.CSL and bound.readonly, name
            assert bound.type is KeyType.INTEGER, name
    # the defaults are valid values of their keys
    declared = {
        "NumberOfConnectors": 1,
        "SupportedFeatureProfiles": list(STANDARD_PROFILES),
        "LocalAuthListMaxLength": 1,
        "SendLocalListMaxLength": 1,
        "ChargeProfileMaxStackLevel": 1,
        "ChargingScheduleMaxPeriods": 1,
        "MaxChargingProfilesInstalled": 1,
    }
    config = ChargePointConfiguration(declared)
    for name, definition in config.definitions.items():
        if name not in declared:
            assert definition.default is not None, name
            assert config.get(name) == definition.default, name


STANDARD_PROFILES = (
    "Core",
    "FirmwareManagement",
    "LocalAuthListManagement",
    "Reservation",
    "SmartCharging",
    "RemoteTrigger",
)


# -- GetConfiguration --------------------------------------------------------------------------


async def test_get_configuration_returns_every_supported_key_but_the_write_only_one() -> None:
    async with csms() as (peer, config):
        answer = await get_configuration(peer)
        assert "unknownKey" not in answer
        values = as_dict(answer)
        assert list(values) == [name for name in config.definitions if name != "AuthorizationKey"]
        assert values["NumberOfConnectors"] == "2"
        assert values["LocalAuthorizeOffline"] == "true"
        assert values["SupportedFeatureProfiles"] == "Core,SmartCharging,RemoteTrigger"
        assert values["StopTxnSampledData"] == ""
        assert values["WebSocketPingInterval"] == "30"
        assert values["AcmeMaxCurrent"] == "16"
        assert "BlinkRepeat" not in values  # optional, not declared
        assert "LocalAuthListEnabled" not in values  # its profile is not supported
        readonly = {e["key"]: e["readonly"] for e in answer["configurationKey"]}
        assert readonly["NumberOfConnectors"] is True
        assert readonly["HeartbeatInterval"] is False


async def test_get_configuration_answers_the_keys_asked_and_lists_the_unknown_ones() -> None:
    async with csms() as (peer, _):
        answer = await get_configuration(
            peer, "heartbeatinterval", "Nonsense", "NumberOfConnectors", "BlinkRepeat"
        )
        assert answer == {
            "configurationKey": [
                {"key": "HeartbeatInterval", "readonly": False, "value": "300"},
                {"key": "NumberOfConnectors", "readonly": True, "value": "2"},
            ],
            "unknownKey": ["Nonsense", "BlinkRepeat"],
        }
        assert await get_configuration(peer, "Nonsense") == {"unknownKey": ["Nonsense"]}


async def test_a_key_without_a_value_is_listed_without_one() -> None:
    device, _ = station(values=DECLARED | {"MinimumStatusDuration": None})
    async with Peer(device) as peer:
        answer = await get_configuration(peer, "MinimumStatusDuration")
    assert answer == {"configurationKey": [{"key": "MinimumStatusDuration", "readonly": False}]}


async def test_the_authorization_key_is_never_readable() -> None:
    async with csms() as (peer, config):
        assert await peer.call("ChangeConfiguration", {"key": "AuthorizationKey", "value": HEX_KEY})
        assert config.get("AuthorizationKey") == HEX_KEY  # the firmware reads it
        everything = await get_configuration(peer)
        assert "AuthorizationKey" not in as_dict(everything)
        assert await get_configuration(peer, "AuthorizationKey") == {
            "unknownKey": ["AuthorizationKey"]
        }
        assert await get_configuration(peer, "authorizationkey", "CpoName") == {
            "configurationKey": [{"key": "CpoName", "readonly": False, "value": "ACME"}],
            "unknownKey": ["authorizationkey"],
        }
        assert all(HEX_KEY not in raw for label, raw in peer if label == "device")


async def test_more_keys_than_get_configuration_max_keys_are_refused() -> None:
    async with csms() as (peer, _):
        five = ["HeartbeatInterval", "NumberOfConnectors", "CpoName", "Nonsense", "LightIntensity"]
        answer = await get_configuration(peer, *five)
        assert len(answer["configurationKey"]) == 4 and answer["unknownKey"] == ["Nonsense"]
        with pytest.raises(CallError) as caught:
            await get_configuration(peer, *five, "SecurityProfile")
        assert caught.value.code == "OccurenceConstraintViolation"
        assert "GetConfigurationMaxKeys is 5" in caught.value.description
        assert len(as_dict(await get_configuration(peer))) > 5  # all keys: no limit


# -- ChangeConfiguration -----------------------------------------------------------------------

A, R, RR, NS = "Accepted", "Rejected", "RebootRequired", "NotSupported"

#: (key, value sent, status, value GetConfiguration returns afterwards; None: unchanged)
CHANGES: list[tuple[str, str, str, str | None]] = [
    # unknown or unsupported keys
    ("Nonsense", "1", NS, None),
    ("BlinkRepeat", "3", NS, None),  # optional, not declared
    ("LocalAuthListEnabled", "true", NS, None),  # its profile is not supported
    # read-only keys
    ("NumberOfConnectors", "3", R, None),
    ("SupportedFeatureProfiles", "Core", R, None),
    ("GetConfigurationMaxKeys", "50", R, None),
    # integers
    ("HeartbeatInterval", "60", A, "60"),
    ("heartbeatinterval", "61", A, "61"),  # keys are CiStrings
    ("HeartbeatInterval", "+62", A, "62"),
    ("HeartbeatInterval", "0", A, "0"),
    ("HeartbeatInterval", "300", A, "300"),  # the value it has
    ("HeartbeatInterval", "-1", R, None),
    ("HeartbeatInterval", "1.5", R, None),
    ("HeartbeatInterval", "abc", R, None),
    ("HeartbeatInterval", "", R, None),
    ("HeartbeatInterval", "1_000", R, None),
    ("HeartbeatInterval", "٣", R, None),  # not an ASCII digit
    ("HeartbeatInterval", "2147483648", R, None),
    ("HeartbeatInterval", "2147483647", A, "2147483647"),
    ("LightIntensity", "100", A, "100"),
    ("LightIntensity", "101", R, None),
    # booleans
    ("LocalPreAuthorize", "TRUE", A, "true"),
    ("LocalPreAuthorize", "False", A, "false"),
    ("LocalPreAuthorize", "yes", R, None),
    ("LocalPreAuthorize", "1", R, None),
    # comma-separated lists
    ("MeterValuesSampledData", "Voltage,SoC", A, "Voltage,SoC"),
    ("MeterValuesSampledData", " voltage , soc ", A, "Voltage,SoC"),
    ("MeterValuesSampledData", "", A, ""),
    ("MeterValuesSampledData", "Voltage,Bogus", R, None),
    ("MeterValuesSampledData", "Voltage,,SoC", R, None),
    ("MeterValuesSampledData", "Voltage,SoC,RPM", R, None),  # MaxLength is 2
    ("MeterValuesAlignedData", "Voltage,SoC,RPM", A, "Voltage,SoC,RPM"),  # no MaxLength
    ("ConnectorPhaseRotation", "0.RST,1.RST,2.RTS", A, "0.RST,1.RST,2.RTS"),
    ("ConnectorPhaseRotation", "NotApplicable", A, "NotApplicable"),
    ("ConnectorPhaseRotation", "1.XYZ", R, None),
    # strings
    ("CpoName", "Other CPO", A, "Other CPO"),
    # security
    ("SecurityProfile", "1", R, None),  # no AuthorizationKey yet
    ("SecurityProfile", "4", R, None),
    ("AuthorizationKey", "short", R, None),
    ("AuthorizationKey", "not hex, but 32 characters long!", R, None),
    ("AuthorizationKey", HEX_KEY + "00000000", A, None),  # 20 bytes; never readable
    ("AuthorizationKey", HEX_KEY + "0000000000", R, None),  # 21 bytes
    ("AuthorizationKey", HEX_KEY + "0", R, None),  # half a byte more
    # a key whose change needs a restart
    ("AcmeMaxCurrent", "32", RR, "32"),
    ("AcmeMaxCurrent", "16", A, "16"),  # its value: nothing to restart for
    ("AcmeMaxCurrent", "33", R, None),
]


@pytest.mark.parametrize(("key", "value", "status", "after"), CHANGES)
async def test_change_configuration(key: str, value: str, status: str, after: str | None) -> None:
    device, config = station()
    async with Peer(device) as peer:
        before = as_dict(await get_configuration(peer))
        answer = await peer.call("ChangeConfiguration", {"key": key, "value": value})
        assert answer == {"status": status}
        now = as_dict(await get_configuration(peer))
    name = {n.lower(): n for n in config.definitions}.get(key.lower(), key)
    expected = dict(before)
    if after is not None:
        expected[name] = after
    assert now == expected


async def test_the_security_profile_is_raised_once_a_key_is_set_and_never_lowered() -> None:
    async with csms() as (peer, config):

        async def change(key: str, value: str) -> str:
            answer = await peer.call("ChangeConfiguration", {"key": key, "value": value})
            return str(answer["status"])

        assert await change("SecurityProfile", "1") == R
        assert await change("AuthorizationKey", HEX_KEY) == A
        assert await change("SecurityProfile", "2") == A
        assert await change("SecurityProfile", "1") == R
        assert await change("SecurityProfile", "2") == A
        assert config.get("SecurityProfile") == 2
        config.set("SecurityProfile", 1)  # the firmware falls back: allowed locally
        assert config.get("SecurityProfile") == 1


async def test_the_firmware_may_refuse_a_value_the_rules_allow() -> None:
    installed: list[str] = []
    device, config = station(checks={"SecurityProfile": lambda v: v < 3 or bool(installed)})
    config.set("AuthorizationKey", HEX_KEY)
    async with Peer(device) as peer:
        change = {"key": "SecurityProfile", "value": "3"}
        assert await peer.call("ChangeConfiguration", change) == {"status": R}
        installed.append("client certificate")
        assert await peer.call("ChangeConfiguration", change) == {"status": A}
    assert config.get("SecurityProfile") == 3


def test_a_check_that_raises_refuses_the_change(caplog: pytest.LogCaptureFixture) -> None:
    def broken(value: Any) -> bool:
        raise RuntimeError("no certificate store")

    config = ChargePointConfiguration(DECLARED, checks={"CpoName": broken})
    with caplog.at_level(logging.ERROR, logger="ocpp_engine"):
        assert config.change("CpoName", "Other") is ConfigurationStatus.REJECTED
    assert config.get("CpoName") == "ACME"
    assert "the check of CpoName failed" in caplog.text


class FailingStore(MemoryStateStore):
    def put(self, component: str, key: str, value: Any) -> None:
        raise OSError("disk full")


async def test_a_store_that_fails_keeps_the_old_value() -> None:
    device, config = station(FailingStore())
    heard: list[Change] = []
    config.on_change(None, heard.append)
    async with Peer(device) as peer:
        with pytest.raises(CallError) as caught:
            await peer.call("ChangeConfiguration", {"key": "HeartbeatInterval", "value": "5"})
    assert caught.value.code == "InternalError"
    assert config.get("HeartbeatInterval") == 300 and heard == []


FULL: dict[str, Any] = {
    "NumberOfConnectors": 2,
    "SupportedFeatureProfiles": list(STANDARD_PROFILES),
    "LocalAuthListMaxLength": 100,
    "SendLocalListMaxLength": 10,
    "ChargeProfileMaxStackLevel": 8,
    "ChargingScheduleMaxPeriods": 24,
    "MaxChargingProfilesInstalled": 10,
    "MeterValuesSampledDataMaxLength": 4,
} | {  # every optional writable key
    d.name: None
    for d in STANDARD_KEYS.values()
    if not d.required and not d.readonly and d.name != "SecurityProfile"
}


def valid_values(definition: KeyDefinition, config: ChargePointConfiguration) -> Any:
    """A strategy for the typed values *definition* takes."""
    if definition.type is KeyType.BOOLEAN:
        return st.booleans()
    if definition.type is KeyType.INTEGER:
        return st.integers(definition.minimum, definition.maximum or 2**31 - 1)
    if definition.type is KeyType.CSL:
        bound = definition.max_items
        most = config.get(bound) if isinstance(bound, str) and bound in config else 6
        if definition.values:
            return st.lists(st.sampled_from(definition.values), max_size=most).map(tuple)
        return st.lists(
            st.sampled_from(["0.RST", "1.TSR", "2.NotApplicable", "Unknown"]), max_size=most
        ).map(tuple)
    if definition.name == "AuthorizationKey":
        return st.binary(min_size=16, max_size=20).map(bytes.hex)
    return st.text(st.characters(blacklist_categories=["Cs"]), max_size=100)


def wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(value)
    return str(value)


@settings(max_examples=300)
@given(st.data())
def test_every_valid_value_is_accepted_and_read_back(data: st.DataObject) -> None:
    config = ChargePointConfiguration(FULL)
    writable = [d for d in config.definitions.values() if not d.readonly]
    definition = data.draw(st.sampled_from(writable))
    value = data.draw(valid_values(definition, config))
    text = data.draw(st.sampled_from([wire(value), wire(value).upper(), wire(value).lower()]))
    status = config.change(definition.name, text)
    assert status is ConfigurationStatus.ACCEPTED, (definition.name, text)
    if definition.type is KeyType.BOOLEAN or definition.values:
        assert config.get(definition.name) == value  # in the specification's spelling
    else:
        assert wire(config.get(definition.name)) == text  # as it was sent


def test_change_gives_the_same_answers_without_a_device() -> None:
    for key, value, status, _ in CHANGES:
        config = ChargePointConfiguration(DECLARED, keys=[VENDOR])
        assert config.change(key, value) is ConfigurationStatus(status), (key, value)


# -- listeners ---------------------------------------------------------------------------------


async def test_a_heartbeat_interval_change_tells_its_listeners() -> None:
    async with csms() as (peer, config):
        heard: list[Change] = []
        anything: list[str] = []
        config.on_change("heartbeatInterval", heard.append)
        config.on_change(None, lambda change: anything.append(change.key))
        await peer.call("ChangeConfiguration", {"key": "HeartbeatInterval", "value": "42"})
        assert [(c.key, c.value, c.previous, c.reboot) for c in heard] == [
            ("HeartbeatInterval", 42, 300, False)
        ]
        assert heard[0].context is not None and heard[0].context.action == "ChangeConfiguration"
        await peer.call("ChangeConfiguration", {"key": "HeartbeatInterval", "value": "42"})  # same
        await peer.call("ChangeConfiguration", {"key": "HeartbeatInterval", "value": "x"})  # bad
        await peer.call("ChangeConfiguration", {"key": "LocalPreAuthorize", "value": "true"})
        assert len(heard) == 1
        assert anything == ["HeartbeatInterval", "LocalPreAuthorize"]
        config.set("HeartbeatInterval", 7)
        assert heard[-1] == Change("HeartbeatInterval", 7, 42, False, None)
        config.remove_listener(heard.append)
        config.set("HeartbeatInterval", 8)
        assert len(heard) == 2


@pytest.mark.parametrize(
    ("status", "interval", "heartbeat"),
    [("Accepted", 120, 120), ("Accepted", 0, 300), ("Pending", 30, 300), ("Accepted", 2**40, 300)],
)
async def test_an_accepted_boot_sets_the_heartbeat_interval(
    status: str, interval: int, heartbeat: int
) -> None:
    device, config = station()
    heard: list[int] = []
    config.on_change("HeartbeatInterval", lambda change: heard.append(change.value))

    def boot(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        return {"status": status, "currentTime": "2024-01-01T00:00:00Z", "interval": interval}

    async with Peer(device, handlers={"BootNotification": boot}):
        answer = await device.call(
            "BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"}
        )
    assert answer["status"] == status
    assert config.get("HeartbeatInterval") == heartbeat
    assert heard == ([heartbeat] if heartbeat != 300 else [])


async def test_a_failing_listener_is_logged_and_the_change_stands(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with csms() as (peer, config):
        later: list[int] = []

        def broken(change: Change) -> None:
            raise RuntimeError("listener bug")

        config.on_change("HeartbeatInterval", broken)
        config.on_change("HeartbeatInterval", lambda change: later.append(change.value))
        with caplog.at_level(logging.ERROR, logger="ocpp_engine"):
            answer = await peer.call(
                "ChangeConfiguration", {"key": "HeartbeatInterval", "value": "9"}
            )
        assert answer == {"status": A}
        assert later == [9] and config.get("HeartbeatInterval") == 9
        assert "a listener of HeartbeatInterval failed" in caplog.text


async def test_a_reboot_key_tells_the_firmware_to_restart_after_the_answer() -> None:
    async with csms() as (peer, config):
        restarts: list[list[str]] = []

        def on_change(change: Change) -> None:
            if change.reboot and change.context is not None:
                # what the station sent so far, when the restart begins
                change.context.after_reply(lambda: restarts.append([raw for _, raw in peer]))

        config.on_change(None, on_change)
        answer = await peer.call("ChangeConfiguration", {"key": "AcmeMaxCurrent", "value": "20"})
        await peer.settle()
        assert answer == {"status": RR}
        assert config.reboot_pending == {"AcmeMaxCurrent"}
        assert config.get("AcmeMaxCurrent") == 20
        assert len(restarts) == 1 and '"RebootRequired"' in restarts[0][-1]


# -- the firmware's API ------------------------------------------------------------------------


def test_set_bypasses_read_only_but_not_the_rules() -> None:
    config = ChargePointConfiguration(DECLARED, keys=[VENDOR])
    config.set("NumberOfConnectors", 3)
    config.set("MeterValuesSampledDataMaxLength", "3")
    config.set("MeterValuesSampledData", ["Voltage", "SoC", "RPM"])
    assert config.get("MeterValuesSampledData") == ("Voltage", "SoC", "RPM")
    assert config.get("NumberOfConnectors") == 3
    for key, value in [
        ("NumberOfConnectors", "three"),
        ("NumberOfConnectors", True),
        ("LocalPreAuthorize", 1),
        ("MeterValuesSampledData", ["Voltage", "SoC", "RPM", "Frequency"]),
        ("CpoName", 5),
        ("CpoName", "x" * 501),
    ]:
        with pytest.raises(ValueError):
            config.set(key, value)
    with pytest.raises(KeyError):
        config.set("BlinkRepeat", 1)
    with pytest.raises(KeyError):
        config.get("Nonsense")
    with pytest.raises(KeyError):
        config.on_change("Nonsense", print)
    assert "numberofconnectors" in config and "BlinkRepeat" not in config


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"SupportedFeatureProfiles": ["Core"]}, "NumberOfConnectors is required"),
        (DECLARED | {"Nonsense": 1}, "Nonsense is not a standard key"),
        (DECLARED | {"ReserveConnectorZeroSupported": True}, "Reservation profile"),
        (DECLARED | {"HeartbeatInterval": "soon"}, "HeartbeatInterval"),
        (DECLARED | {"SupportedFeatureProfiles": ["Core", "Bogus"]}, "SupportedFeatureProfiles"),
        (DECLARED | {"MeterValuesSampledData": ["Voltage", "SoC", "RPM"]}, "at most 2"),
        (
            {k: v for k, v in DECLARED.items() if k != "ChargingScheduleMaxPeriods"},
            "ChargingScheduleMaxPeriods is required",
        ),
    ],
)
def test_a_wrong_declaration_is_refused(values: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ChargePointConfiguration(values)


async def test_a_standard_definition_may_be_replaced() -> None:
    read_only = attrs.evolve(STANDARD_KEYS["AuthorizeRemoteTxRequests"], access=Access.READ_ONLY)
    device, _ = station(keys=[read_only])
    async with Peer(device) as peer:
        change = {"key": "AuthorizeRemoteTxRequests", "value": "true"}
        assert await peer.call("ChangeConfiguration", change) == {"status": R}
        answer = await get_configuration(peer, "AuthorizeRemoteTxRequests", "AcmeMaxCurrent")
    assert answer == {
        "configurationKey": [
            {"key": "AuthorizeRemoteTxRequests", "readonly": True, "value": "false"}
        ],
        "unknownKey": ["AcmeMaxCurrent"],  # keys= replaced the vendor key list
    }


# -- persistence -------------------------------------------------------------------------------


async def test_changes_survive_a_restart(tmp_path: Path) -> None:
    store = SQLiteStateStore(tmp_path / "station.db")
    device, config = station(store)
    async with Peer(device) as peer:
        for key, value in [
            ("HeartbeatInterval", "120"),
            ("MeterValuesSampledData", "Voltage"),
            ("LocalPreAuthorize", "true"),
            ("AuthorizationKey", HEX_KEY),
            ("AcmeMaxCurrent", "10"),
        ]:
            assert (await peer.call("ChangeConfiguration", {"key": key, "value": value}))[
                "status"
            ] in (A, RR)
    config.set("NumberOfConnectors", 4)  # read-only: the firmware declares it at every start
    store.close()

    store = SQLiteStateStore(tmp_path / "station.db")
    device, config = station(store)
    assert config.reboot_pending == frozenset()
    assert config.get("AuthorizationKey") == HEX_KEY
    async with Peer(device) as peer:
        values = as_dict(await get_configuration(peer))
    store.close()
    assert values["HeartbeatInterval"] == "120"
    assert values["MeterValuesSampledData"] == "Voltage"
    assert values["LocalPreAuthorize"] == "true"
    assert values["AcmeMaxCurrent"] == "10"
    assert values["NumberOfConnectors"] == "2"


def test_a_stored_value_the_firmware_no_longer_takes_is_ignored(
    caplog: pytest.LogCaptureFixture,
) -> None:
    store = MemoryStateStore()
    store.put("configuration", "HeartbeatInterval", 45)
    store.put("configuration", "AcmeMaxCurrent", 30)
    store.put("configuration", "MeterValuesSampledData", ["Voltage", "SoC", "RPM"])
    store.put("configuration", "NumberOfConnectors", 9)  # read-only: never taken from a store
    store.put("configuration", "Retired", 1)
    narrower = attrs.evolve(VENDOR, maximum=20)
    with caplog.at_level(logging.WARNING, logger="ocpp_engine"):
        config = ChargePointConfiguration(DECLARED, keys=[narrower], store=store)
    assert config.get("HeartbeatInterval") == 45
    assert config.get("AcmeMaxCurrent") == 16
    assert config.get("MeterValuesSampledData") == ("Energy.Active.Import.Register",)
    assert config.get("NumberOfConnectors") == 2
    assert "stored AcmeMaxCurrent is ignored" in caplog.text
    assert "stored MeterValuesSampledData is ignored" in caplog.text


def test_the_manual_lists_the_table_as_it_is() -> None:
    """The manual's table of standard keys says what `STANDARD_KEYS` says, both ways."""
    page = Path(__file__).resolve().parent.parent / "docs" / "kit" / "configuration.md"
    rows = {}
    for line in page.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 8 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = cells[1:7]
    expected = {}
    for name, d in STANDARD_KEYS.items():
        if d.default is None:
            shown = ""
        elif isinstance(d.default, bool):
            shown = f"`{str(d.default).lower()}`"
        elif isinstance(d.default, tuple):
            shown = f"`{','.join(d.default)}`" if d.default else "(empty)"
        else:
            shown = f"`{d.default}`"
        required = "yes" if d.required else "no"
        expected[name] = [d.profile, d.type.value, d.unit or "", d.access.value, required, shown]
    assert rows == expected
