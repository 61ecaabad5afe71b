"""OCPP 1.6 configuration keys: the table of standard keys, and a station's configuration.

A 1.6 charge point keeps its settings as *configuration keys* that the central system reads
with GetConfiguration (1.6 section 5.8) and writes with ChangeConfiguration (section 5.3).
`STANDARD_KEYS` describes every standard key, one `KeyDefinition` each: section 9.1 (Core),
9.2 (Local Auth List Management), 9.3 (Reservation), 9.4 (Smart Charging),
``SupportedFileTransferProtocols`` (Firmware Management), and the keys of the OCPP 1.6
Security whitepaper (edition 2). The Remote Trigger profile has no keys.

`ChargePointConfiguration` is one station's configuration, made from that table, the values
the firmware declares (which optional keys it supports, the values of read-only keys such as
``NumberOfConnectors``) and its vendor keys:

```python
config = ChargePointConfiguration.attach(
    station,
    values={"NumberOfConnectors": 2, "SupportedFeatureProfiles": ["Core", "RemoteTrigger"]},
    store=SQLiteStateStore("station.db"),
)
config.on_change("HeartbeatInterval", lambda change: heartbeat.every(change.value))
```

What the station answers (``key`` and ``value`` are CiStrings: key names match whatever their
case, and so do booleans and the allowed members of a list):

| ChangeConfiguration | status |
|---|---|
| a key the station does not know or support | ``NotSupported`` |
| a read-only key | ``Rejected`` |
| a value of the wrong type, out of range, not allowed, too long, too many members | ``Rejected`` |
| a lower ``SecurityProfile``; 1 or 2 without an ``AuthorizationKey`` | ``Rejected`` |
| a value the firmware's *checks* refuse | ``Rejected`` |
| a valid value of a key whose definition says ``reboot`` | ``RebootRequired`` (stored) |
| any other valid value | ``Accepted`` (stored) |

GetConfiguration without keys (or with an empty list) returns every supported key but the
write-only ``AuthorizationKey``; with keys, those it knows, in the order asked, and the others
in ``unknownKey`` (``AuthorizationKey`` among them). Asking for more keys than
``GetConfigurationMaxKeys`` is answered with CALLERROR OccurenceConstraintViolation, as 2.0.1
does for GetVariables beyond its ``ItemsPerMessageGetVariables`` (1.6 only says the station
may limit the number).
"""

from __future__ import annotations

import enum
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType
from typing import Any, Final

import attrs

from .._context import CallContext
from .._device import Device
from .._errors import CallError
from .._hooks import HookContext
from ..messages.v16 import ConfigurationStatus
from ._store import MemoryStateStore, StateStore

__all__ = [
    "STANDARD_KEYS",
    "Access",
    "Change",
    "ChargePointConfiguration",
    "ConfigurationStatus",
    "KeyDefinition",
    "KeyType",
]

logger = logging.getLogger("ocpp_engine")

#: The component name under which the configuration keeps its values in a `StateStore`.
COMPONENT: Final = "configuration"
#: The longest value on the wire (CiString500 in GetConfiguration and ChangeConfiguration).
MAX_VALUE_LENGTH: Final = 500
#: The largest integer a key takes when its definition sets no maximum (OCPP integers are
#: 32-bit signed).
MAX_INTEGER: Final = 2**31 - 1

_INTEGER = re.compile(r"[+-]?[0-9]+")
_BOOLEANS: Final[Mapping[str, bool]] = {"true": True, "false": False}
_PROFILE_KEY: Final = "SupportedFeatureProfiles"


class KeyType(str, enum.Enum):
    """The type of a configuration key's value (1.6 section 9: boolean, integer, CSL, string).

    Python values: `bool`, `int`, a `tuple` of `str` for a CSL (comma-separated list), `str`.
    """

    BOOLEAN = "boolean"
    INTEGER = "integer"
    CSL = "CSL"
    STRING = "string"

    def __str__(self) -> str:
        return self.value


class Access(str, enum.Enum):
    """Who may read and write a key: 1.6's R and RW, and the Security whitepaper's W."""

    READ_ONLY = "R"
    READ_WRITE = "RW"
    WRITE_ONLY = "W"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class KeyDefinition:
    """What a configuration key is: its type, its rules, and where the specification has it.

    Args:
        name: the key, as the specification spells it.
        profile: the feature profile that defines it (``"Core"``, ``"LocalAuthListManagement"``,
            ``"Reservation"``, ``"SmartCharging"``, ``"FirmwareManagement"``, ``"Security"``
            for the Security whitepaper's keys, or a vendor's name).
        type: the `KeyType` of its value.
        access: `Access.READ_ONLY` keys are changed only by the firmware; `Access.WRITE_ONLY`
            keys are never returned by GetConfiguration.
        required: whether a station that supports *profile* must support the key (the
            specification's "required"/"optional").
        unit: the unit of an integer (``"seconds"``, ``"times"``, ``"Wh"``, ``"%"``, ...).
        minimum: the smallest integer allowed (``None``: no bound).
        maximum: the largest integer allowed (``None``: 2**31 - 1).
        values: the allowed values of a string, or the allowed members of a CSL, in their
            canonical spelling (empty: anything). They match whatever their case and are stored
            in the canonical spelling.
        pattern: a regular expression that a string, or each member of a CSL, must match in
            full (case-insensitively), checked when *values* is empty; such a value is kept
            as it was sent.
        max_items: for a CSL, the name of the integer key that bounds its number of members
            (the ``...MaxLength`` keys), or the bound itself.
        only_raise: an integer that ChangeConfiguration may only raise (``SecurityProfile``).
        reboot: whether a change takes effect only after a restart (ChangeConfiguration then
            answers ``RebootRequired``). The specification leaves this to the station: no
            standard key sets it; replace a definition with `attrs.evolve` to set it.
        default: the value a supported key has when the firmware declares none (``None``:
            no value).
        description: what the key is for.
    """

    name: str
    profile: str
    type: KeyType
    access: Access = Access.READ_WRITE
    required: bool = False
    unit: str | None = None
    minimum: int | None = None
    maximum: int | None = None
    values: tuple[str, ...] = ()
    pattern: str | None = None
    max_items: str | int | None = None
    only_raise: bool = False
    reboot: bool = False
    default: Any = None
    description: str = ""

    @property
    def readonly(self) -> bool:
        """Whether the central system may not change the key (the wire's ``readonly``)."""
        return self.access is Access.READ_ONLY


@attrs.frozen
class Change:
    """A configuration key that changed, as its listeners receive it.

    Attributes:
        key: the key's name.
        value: the new value (typed: `bool`, `int`, `tuple` of `str`, `str`, or ``None``).
        previous: the value before.
        reboot: the change takes effect after a restart (ChangeConfiguration answered
            ``RebootRequired``): the firmware should restart, once the answer is out.
        context: the ChangeConfiguration CALL that made the change (its ``after_reply`` runs
            work after the answer went out); ``None`` for a change made by `set`.
    """

    key: str
    value: Any
    previous: Any
    reboot: bool = False
    context: CallContext | None = None


Listener = Callable[[Change], Any]

# -- the table -------------------------------------------------------------------------------

_MEASURANDS: Final = (
    "Energy.Active.Export.Register",
    "Energy.Active.Import.Register",
    "Energy.Reactive.Export.Register",
    "Energy.Reactive.Import.Register",
    "Energy.Active.Export.Interval",
    "Energy.Active.Import.Interval",
    "Energy.Reactive.Export.Interval",
    "Energy.Reactive.Import.Interval",
    "Power.Active.Export",
    "Power.Active.Import",
    "Power.Offered",
    "Power.Reactive.Export",
    "Power.Reactive.Import",
    "Power.Factor",
    "Current.Import",
    "Current.Export",
    "Current.Offered",
    "Voltage",
    "Frequency",
    "Temperature",
    "SoC",
    "RPM",
)
_PROFILES: Final = (
    "Core",
    "FirmwareManagement",
    "LocalAuthListManagement",
    "Reservation",
    "SmartCharging",
    "RemoteTrigger",
)
_CORE, _LOCAL, _RESERVATION, _SMART, _FIRMWARE, _SECURITY = (
    "Core",
    "LocalAuthListManagement",
    "Reservation",
    "SmartCharging",
    "FirmwareManagement",
    "Security",
)
_B, _I, _L, _S = KeyType.BOOLEAN, KeyType.INTEGER, KeyType.CSL, KeyType.STRING
_R, _RW, _W = Access.READ_ONLY, Access.READ_WRITE, Access.WRITE_ONLY


def _key(name: str, profile: str, type: KeyType, access: Access, **rest: Any) -> KeyDefinition:
    return KeyDefinition(name, profile, type, access, **rest)


def _max_length(of: str, profile: str = _CORE) -> KeyDefinition:
    return _key(
        f"{of}MaxLength",
        profile,
        _I,
        _R,
        minimum=0,
        description=f"The most members {of} may hold.",
    )


# fmt: off
_TABLE: Final = (
    # 1.6 section 9.1, Core profile
    _key("AllowOfflineTxForUnknownId", _CORE, _B, _RW,
         description="Start transactions for unknown identifiers while offline."),
    _key("AuthorizationCacheEnabled", _CORE, _B, _RW,
         description="Whether the Authorization Cache is enabled."),
    _key("AuthorizeRemoteTxRequests", _CORE, _B, _RW, required=True, default=False,
         description="Authorize the idTag of a RemoteStartTransaction like a local one "
         "(R or RW: the station's choice)."),
    _key("BlinkRepeat", _CORE, _I, _RW, unit="times", minimum=0,
         description="How often the lights blink."),
    _key("ClockAlignedDataInterval", _CORE, _I, _RW, required=True, unit="seconds",
         minimum=0, default=0,
         description="The interval of clock-aligned meter values (0: none)."),
    _key("ConnectionTimeOut", _CORE, _I, _RW, required=True, unit="seconds", minimum=0,
         default=60,
         description="How long a connector waits for the cable after an authorization."),
    _key("ConnectorPhaseRotation", _CORE, _L, _RW, required=True,
         pattern=r"([0-9]+\.)?(NotApplicable|Unknown|RST|RTS|SRT|STR|TRS|TSR)",
         max_items="ConnectorPhaseRotationMaxLength", default=("0.Unknown",),
         description="The phase rotation of each connector, as <connector>.<rotation>."),
    _max_length("ConnectorPhaseRotation"),
    _key("GetConfigurationMaxKeys", _CORE, _I, _R, required=True, minimum=1, default=100,
         description="The most keys a GetConfiguration may ask for."),
    _key("HeartbeatInterval", _CORE, _I, _RW, required=True, unit="seconds", minimum=0,
         default=300,
         description="The seconds between Heartbeats while no other message is sent."),
    _key("LightIntensity", _CORE, _I, _RW, unit="%", minimum=0, maximum=100,
         description="The intensity of the lights, in percent."),
    _key("LocalAuthorizeOffline", _CORE, _B, _RW, required=True, default=True,
         description="Authorize from the local list or cache while offline."),
    _key("LocalPreAuthorize", _CORE, _B, _RW, required=True, default=False,
         description="Start at once for identifiers the local list or cache accepts."),
    _key("MaxEnergyOnInvalidId", _CORE, _I, _RW, unit="Wh", minimum=0,
         description="The energy still delivered after an identifier turned out invalid."),
    _key("MeterValuesAlignedData", _CORE, _L, _RW, required=True, values=_MEASURANDS,
         max_items="MeterValuesAlignedDataMaxLength",
         default=("Energy.Active.Import.Register",),
         description="The measurands of clock-aligned MeterValues."),
    _max_length("MeterValuesAlignedData"),
    _key("MeterValuesSampledData", _CORE, _L, _RW, required=True, values=_MEASURANDS,
         max_items="MeterValuesSampledDataMaxLength",
         default=("Energy.Active.Import.Register",),
         description="The measurands of sampled MeterValues during a transaction."),
    _max_length("MeterValuesSampledData"),
    _key("MeterValueSampleInterval", _CORE, _I, _RW, required=True, unit="seconds",
         minimum=0, default=60,
         description="The seconds between sampled meter values (0: none)."),
    _key("MinimumStatusDuration", _CORE, _I, _RW, unit="seconds", minimum=0,
         description="How long a status must last before a StatusNotification."),
    _key("NumberOfConnectors", _CORE, _I, _R, required=True, minimum=0,
         description="The number of physical connectors."),
    _key("ResetRetries", _CORE, _I, _RW, required=True, unit="times", minimum=0, default=3,
         description="How often to retry a reset that failed."),
    _key("StopTransactionOnEVSideDisconnect", _CORE, _B, _RW, required=True, default=True,
         description="Stop the transaction when the cable is unplugged from the EV."),
    _key("StopTransactionOnInvalidId", _CORE, _B, _RW, required=True, default=True,
         description="Stop the transaction when StartTransaction's idTag is not Accepted."),
    _key("StopTxnAlignedData", _CORE, _L, _RW, required=True, values=_MEASURANDS,
         max_items="StopTxnAlignedDataMaxLength", default=(),
         description="The clock-aligned measurands in StopTransaction's transactionData."),
    _max_length("StopTxnAlignedData"),
    _key("StopTxnSampledData", _CORE, _L, _RW, required=True, values=_MEASURANDS,
         max_items="StopTxnSampledDataMaxLength", default=(),
         description="The sampled measurands in StopTransaction's transactionData."),
    _max_length("StopTxnSampledData"),
    _key("SupportedFeatureProfiles", _CORE, _L, _R, required=True, values=_PROFILES,
         max_items="SupportedFeatureProfilesMaxLength", default=("Core",),
         description="The feature profiles the station supports."),
    _max_length("SupportedFeatureProfiles"),
    _key("TransactionMessageAttempts", _CORE, _I, _RW, required=True, unit="times",
         minimum=0, default=3,
         description="How often to send a transaction message the central system failed "
         "to process."),
    _key("TransactionMessageRetryInterval", _CORE, _I, _RW, required=True, unit="seconds",
         minimum=0, default=60,
         description="The wait before the next attempt, multiplied by the attempts made."),
    _key("UnlockConnectorOnEVSideDisconnect", _CORE, _B, _RW, required=True, default=True,
         description="Unlock the connector when the cable is unplugged from the EV."),
    _key("WebSocketPingInterval", _CORE, _I, _RW, unit="seconds", minimum=0,
         description="The seconds between WebSocket pings (0: none)."),
    # 1.6 section 9.2, Local Auth List Management profile
    _key("LocalAuthListEnabled", _LOCAL, _B, _RW, required=True, default=True,
         description="Whether the Local Authorization List is enabled."),
    _key("LocalAuthListMaxLength", _LOCAL, _I, _R, required=True, minimum=0,
         description="The most identifiers the Local Authorization List holds."),
    _key("SendLocalListMaxLength", _LOCAL, _I, _R, required=True, minimum=0,
         description="The most identifiers one SendLocalList may carry."),
    # 1.6 section 9.3, Reservation profile
    _key("ReserveConnectorZeroSupported", _RESERVATION, _B, _R,
         description="Whether a reservation of connector 0 is supported."),
    # 1.6 section 9.4, Smart Charging profile
    _key("ChargeProfileMaxStackLevel", _SMART, _I, _R, required=True, minimum=0,
         description="The highest stackLevel of a charging profile."),
    _key("ChargingScheduleAllowedChargingRateUnit", _SMART, _L, _R, required=True,
         values=("Current", "Power"), default=("Current", "Power"),
         description="The charging rate units a schedule may use."),
    _key("ChargingScheduleMaxPeriods", _SMART, _I, _R, required=True, minimum=0,
         description="The most periods a charging schedule may have."),
    _key("ConnectorSwitch3to1PhaseSupported", _SMART, _B, _R,
         description="Whether a transaction may switch between 3 and 1 phases."),
    _key("MaxChargingProfilesInstalled", _SMART, _I, _R, required=True, minimum=0,
         description="The most charging profiles installed at a time."),
    # Firmware Management (not in the 1.6 section 9 tables; see the module's text)
    _key("SupportedFileTransferProtocols", _FIRMWARE, _L, _R,
         values=("FTP", "FTPS", "HTTP", "HTTPS", "SFTP"),
         description="The protocols UpdateFirmware and GetDiagnostics locations may use."),
    # Security whitepaper (edition 2)
    _key("AdditionalRootCertificateCheck", _SECURITY, _B, _R,
         description="Only one CentralSystemRootCertificate (and a fallback) may be "
         "installed, and a new one must be signed by the old one."),
    _key("AuthorizationKey", _SECURITY, _S, _W, pattern="([0-9a-f]{2}){16,20}",
         description="The Basic authentication password of security profiles 1 and 2, "
         "hex-encoded (16 to 20 bytes). Never returned by GetConfiguration."),
    _key("CertificateSignedMaxChainSize", _SECURITY, _I, _R, unit="bytes", minimum=0,
         maximum=10000,
         description="The largest certificate chain a CertificateSigned may carry."),
    _key("CertificateStoreMaxLength", _SECURITY, _I, _R, minimum=0,
         description="The most certificates the station stores."),
    _key("CpoName", _SECURITY, _S, _RW,
         description="The CPO's name, as in the Charge Point Certificate."),
    _key("SecurityProfile", _SECURITY, _I, _RW, minimum=0, maximum=3, only_raise=True,
         default=0,
         description="The security profile of the connection; the central system may only "
         "raise it."),
)
# fmt: on

#: Every standard 1.6 configuration key, by name, in the specification's order.
STANDARD_KEYS: Final[Mapping[str, KeyDefinition]] = MappingProxyType({d.name: d for d in _TABLE})


# -- values ------------------------------------------------------------------------------------


class _Invalid(ValueError):
    """A value a key does not take (ChangeConfiguration: Rejected)."""


def _canonical(definition: KeyDefinition, text: str) -> str:
    """Return *text* in its canonical spelling, checked against *definition*'s values/pattern."""
    if definition.values:
        for allowed in definition.values:
            if allowed.lower() == text.lower():
                return allowed
        raise _Invalid(f"{text!r} is not one of {', '.join(definition.values)}")
    if definition.pattern is not None and not re.fullmatch(definition.pattern, text, re.IGNORECASE):
        raise _Invalid(f"{text!r} does not match {definition.pattern}")
    return text


def _parse(definition: KeyDefinition, raw: Any) -> Any:
    """Turn wire text, or a typed value, into *definition*'s typed value.

    Raises:
        _Invalid: the value is not of the key's type, or breaks one of its rules (the count of
            CSL members, which needs the other keys, is checked by the caller).
    """
    if raw is None:
        return None
    kind = definition.type
    if kind is KeyType.BOOLEAN:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and raw.strip().lower() in _BOOLEANS:
            return _BOOLEANS[raw.strip().lower()]
        raise _Invalid(f"{raw!r} is not a boolean (true or false)")
    if kind is KeyType.INTEGER:
        if isinstance(raw, str) and _INTEGER.fullmatch(raw.strip()):
            value = int(raw.strip())
        elif isinstance(raw, int) and not isinstance(raw, bool):
            value = raw
        else:
            raise _Invalid(f"{raw!r} is not a decimal integer")
        low = definition.minimum
        high = MAX_INTEGER if definition.maximum is None else definition.maximum
        if (low is not None and value < low) or value > high:
            raise _Invalid(f"{value} is outside {low if low is not None else ''}..{high}")
        return value
    if kind is KeyType.CSL:
        if isinstance(raw, str):
            members = [] if not raw.strip() else [m.strip() for m in raw.split(",")]
        elif isinstance(raw, (list, tuple)) and all(isinstance(m, str) for m in raw):
            members = [m.strip() for m in raw]
        else:
            raise _Invalid(f"{raw!r} is not a comma-separated list")
        if any(not m for m in members):
            raise _Invalid(f"{raw!r} has an empty member")
        return tuple(_canonical(definition, m) for m in members)
    if not isinstance(raw, str):
        raise _Invalid(f"{raw!r} is not a string")
    return _canonical(definition, raw)


def _wire(value: Any) -> str | None:
    """The wire text of a typed value (``None`` for no value)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return ",".join(value)
    return str(value)


def _stored(value: Any) -> Any:
    """A typed value read back from a store (lists come back for tuples)."""
    return tuple(value) if isinstance(value, list) else value


# -- the configuration -------------------------------------------------------------------------


class ChargePointConfiguration:
    """One charge point's OCPP 1.6 configuration keys; attach it to answer the central system.

    A key is supported when it is required by a profile the station supports (Core always,
    the others when named in ``SupportedFeatureProfiles``), named in *values*, or defined in
    *keys*. Its value is, in order: the last one written (by ChangeConfiguration or `set`) and
    kept in *store*, the one in *values*, its definition's default. Read-only keys are not
    kept in the store: the firmware declares them at every start, and `set` changes them for
    the life of the object.

    Args:
        values: key -> value for the keys the firmware declares, typed (`bool`, `int`, a
            list or tuple of `str`, `str`) or as wire text; ``None`` declares a key supported
            without a value (``AuthorizationKey`` before one is set).
        keys: vendor keys, and replacements of standard definitions (same name), such as
            ``attrs.evolve(STANDARD_KEYS["AuthorizeRemoteTxRequests"], access=Access.READ_ONLY)``
            or a definition with ``reboot=True``.
        store: where written values are kept (default: a new `MemoryStateStore`); the
            configuration writes through under the component name ``"configuration"``.
        checks: key -> ``check(value) -> bool``, the firmware's own say on a ChangeConfiguration
            that passed the definition's rules (``False``: Rejected); for example whether a
            client certificate is installed before ``SecurityProfile`` 3.

    Attributes:
        definitions: the supported keys' definitions, by name, in the table's order.
        store: the `StateStore`.

    Raises:
        ValueError: a declared value is not valid for its key, a key in *values* is neither
            standard nor in *keys*, belongs to a profile the station does not support, or a
            required key has no value and no default.
    """

    def __init__(
        self,
        values: Mapping[str, Any] | None = None,
        *,
        keys: Iterable[KeyDefinition] = (),
        store: StateStore | None = None,
        checks: Mapping[str, Callable[[Any], bool]] | None = None,
    ) -> None:
        values = dict(values or {})
        table = dict(STANDARD_KEYS)
        extra = {d.name: d for d in keys}
        table.update(extra)
        self.store: StateStore = MemoryStateStore() if store is None else store
        self._checks = dict(checks or {})
        self._listeners: list[tuple[str | None, Listener]] = []
        self._reboot: set[str] = set()
        for name in values:
            if name not in table:
                raise ValueError(f"{name} is not a standard key; define it in keys=")
        profiles = {"Core"}
        raw_profiles = values.get("SupportedFeatureProfiles", table[_PROFILE_KEY].default)
        try:
            profiles.update(_parse(table[_PROFILE_KEY], raw_profiles) or ())
        except _Invalid as exc:
            raise ValueError(f"SupportedFeatureProfiles: {exc}") from None
        chosen: dict[str, KeyDefinition] = {}
        for name, definition in table.items():
            standard = name in STANDARD_KEYS
            in_profile = definition.profile in profiles or definition.profile == _SECURITY
            if standard and not in_profile and name in values:
                raise ValueError(
                    f"{name} belongs to the {definition.profile} profile, which is not in "
                    "SupportedFeatureProfiles"
                )
            wanted = standard and in_profile and definition.required
            if wanted or name in values or (name in extra and (not standard or in_profile)):
                chosen[name] = definition
        self.definitions: Mapping[str, KeyDefinition] = MappingProxyType(chosen)
        self._lower = {name.lower(): name for name in chosen}
        self._values: dict[str, Any] = {}
        for name, definition in chosen.items():
            raw = values.get(name, definition.default)
            if raw is None and name not in values and definition.required:
                raise ValueError(f"{name} is required: give its value")
            try:
                self._values[name] = _parse(definition, raw)
            except _Invalid as exc:
                raise ValueError(f"{name}: {exc}") from None
        for name, definition in chosen.items():
            problem = self._too_many(definition, self._values[name])
            if problem is not None:
                raise ValueError(f"{name}: {problem}")
        for name, raw in self.store.load(COMPONENT).items():
            kept = chosen.get(name)
            if kept is None or kept.readonly:
                continue
            try:
                value = _parse(kept, _stored(raw))
                problem = self._too_many(kept, value)
                if problem is not None:
                    raise _Invalid(problem)
            except _Invalid as exc:
                logger.warning("ocpp_engine: the stored %s is ignored: %s", name, exc)
                continue
            self._values[name] = value

    @classmethod
    def attach(
        cls, device: Device, values: Mapping[str, Any] | None = None, **options: Any
    ) -> ChargePointConfiguration:
        """Make a configuration and let it answer GetConfiguration and ChangeConfiguration.

        It also follows the device's BootNotification: an Accepted answer's positive
        ``interval`` becomes ``HeartbeatInterval`` (1.6 section 4.2: the charge point adjusts
        its heartbeat interval to it), and its listeners are told.

        Args:
            device: the station's device (1.6); its handlers of those two actions are replaced.
            values: the values the firmware declares (see `ChargePointConfiguration`).
            **options: the other arguments of `ChargePointConfiguration` (*keys*, *store*,
                *checks*).

        Returns:
            the configuration, answering already.

        Raises:
            ValueError: as `ChargePointConfiguration`.
        """
        config = cls(values, **options)
        device.on("GetConfiguration", config._on_get_configuration)
        device.on("ChangeConfiguration", config._on_change_configuration)
        device.hooks.after("execute_call_result_handler", config._on_boot_answered)
        return config

    # -- the firmware's API -------------------------------------------------------------------

    def __contains__(self, key: object) -> bool:
        """Whether *key* is supported (any case, as the wire matches it)."""
        return isinstance(key, str) and key.lower() in self._lower

    def get(self, key: str) -> Any:
        """Return the value of *key*, typed (write-only keys too: the firmware needs them).

        Raises:
            KeyError: the station does not support *key*.
        """
        return self._values[self._name(key)]

    def set(self, key: str, value: Any) -> None:
        """Set *key* from the firmware: read-only keys too, and ``SecurityProfile`` downwards.

        The value is checked against the key's definition, kept in the store (unless the key
        is read-only) and the key's listeners are told, when it changed.

        Args:
            key: the key, in any case.
            value: the typed value or its wire text; ``None`` for no value.

        Raises:
            KeyError: the station does not support *key*.
            ValueError: the value is not valid for the key.
        """
        name = self._name(key)
        definition = self.definitions[name]
        try:
            typed = _parse(definition, value)
        except _Invalid as exc:
            raise ValueError(f"{name}: {exc}") from None
        problem = self._too_many(definition, typed)
        if problem is not None:
            raise ValueError(f"{name}: {problem}")
        self._write(name, typed, reboot=False, context=None)

    def change(
        self, key: str, value: str, context: CallContext | None = None
    ) -> ConfigurationStatus:
        """Apply a ChangeConfiguration (1.6 section 5.3), as the central system's handler does.

        Args:
            key: the key, in any case.
            value: the wire text of the new value.
            context: the CALL that asks, passed on to the listeners (`Change.context`).

        Returns:
            the status to answer (see the module's table). A bad value is answered, never
            raised; a *checks* function that raises counts as a refusal (and is logged).
        """
        name = self._lower.get(key.lower())
        if name is None:
            return ConfigurationStatus.NOT_SUPPORTED
        definition = self.definitions[name]
        if definition.readonly:
            return ConfigurationStatus.REJECTED
        try:
            typed = _parse(definition, value)
        except _Invalid as exc:
            logger.info("ocpp_engine: ChangeConfiguration %s rejected: %s", name, exc)
            return ConfigurationStatus.REJECTED
        if len(value) > MAX_VALUE_LENGTH or self._refused(definition, typed):
            return ConfigurationStatus.REJECTED
        if not self._checked(name, typed):
            return ConfigurationStatus.REJECTED
        if typed == self._values[name]:
            return ConfigurationStatus.ACCEPTED
        self._write(name, typed, reboot=definition.reboot, context=context)
        if definition.reboot:
            return ConfigurationStatus.REBOOT_REQUIRED
        return ConfigurationStatus.ACCEPTED

    @property
    def reboot_pending(self) -> frozenset[str]:
        """The keys changed with ``RebootRequired`` since this configuration was made."""
        return frozenset(self._reboot)

    def on_change(self, key: str | None, listener: Listener) -> None:
        """Call ``listener(change)`` (a `Change`) after *key* (``None``: any key) changed.

        Listeners run in the order they were added, right after the value is stored: for a
        ChangeConfiguration before its answer is sent (use ``change.context.after_reply`` for
        what must follow the answer, such as a restart or a reconnection). An exception in a
        listener is logged; the change stands.

        Raises:
            KeyError: *key* is not supported.
        """
        self._listeners.append((None if key is None else self._name(key), listener))

    def remove_listener(self, listener: Listener) -> None:
        """Stop calling *listener* (for every key it was added for); an unknown one is ignored."""
        self._listeners = [(k, fn) for k, fn in self._listeners if fn != listener]

    # -- the handlers -------------------------------------------------------------------------

    def _on_get_configuration(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        """Answer a GetConfiguration (1.6 section 5.8)."""
        asked = payload.get("key") or []
        limit = self._values.get("GetConfigurationMaxKeys")
        if isinstance(limit, int) and len(asked) > limit:
            raise CallError(
                "OccurenceConstraintViolation",
                f"{len(asked)} keys asked for; GetConfigurationMaxKeys is {limit}",
            )
        known: list[dict[str, Any]] = []
        unknown: list[str] = []
        if not asked:
            names: Iterable[str] = self.definitions
        else:
            names = []
            for key in asked:
                name = self._lower.get(key.lower())
                if name is None or self.definitions[name].access is Access.WRITE_ONLY:
                    unknown.append(key)
                else:
                    names.append(name)
        for name in names:
            definition = self.definitions[name]
            if definition.access is Access.WRITE_ONLY:
                continue
            entry: dict[str, Any] = {"key": name, "readonly": definition.readonly}
            text = _wire(self._values[name])
            if text is not None:
                entry["value"] = text
            known.append(entry)
        answer: dict[str, Any] = {}
        if known:
            answer["configurationKey"] = known
        if unknown:
            answer["unknownKey"] = unknown
        return answer

    def _on_change_configuration(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        """Answer a ChangeConfiguration (1.6 section 5.3)."""
        return {"status": self.change(payload["key"], payload["value"], ctx).value}

    def _on_boot_answered(self, ctx: HookContext) -> None:
        """An Accepted BootNotification's interval is the heartbeat interval (1.6 section 4.2)."""
        result = ctx.result
        if ctx.action != "BootNotification" or not isinstance(result, dict):
            return
        interval = result.get("interval")
        if result.get("status") != "Accepted" or not isinstance(interval, int) or interval <= 0:
            return
        try:
            self.set("HeartbeatInterval", interval)
        except ValueError as exc:
            logger.warning("ocpp_engine: the BootNotification interval is not taken: %s", exc)

    # -- inside -------------------------------------------------------------------------------

    def _name(self, key: str) -> str:
        name = self._lower.get(key.lower())
        if name is None:
            raise KeyError(key)
        return name

    def _too_many(self, definition: KeyDefinition, value: Any) -> str | None:
        """Why *value* is too long for the wire or has too many list members, or ``None``."""
        bound = definition.max_items
        if isinstance(bound, str):
            bound = self._values.get(bound)
        if isinstance(value, tuple) and isinstance(bound, int) and len(value) > bound:
            return f"{len(value)} members; at most {bound}"
        if len(_wire(value) or "") > MAX_VALUE_LENGTH:
            return f"longer than {MAX_VALUE_LENGTH} characters"
        return None

    def _refused(self, definition: KeyDefinition, value: Any) -> bool:
        """The rules beyond a value's own: list length, only raising, the security profile."""
        problem = self._too_many(definition, value)
        if problem is not None:
            logger.info(
                "ocpp_engine: ChangeConfiguration %s rejected: %s", definition.name, problem
            )
            return True
        current = self._values[definition.name]
        if definition.only_raise and isinstance(current, int) and value < current:
            return True
        if definition.name == "SecurityProfile" and value in (1, 2) and value != current:
            # Security whitepaper: profiles 1 and 2 authenticate with the AuthorizationKey
            return not self._values.get("AuthorizationKey")
        return False

    def _checked(self, name: str, value: Any) -> bool:
        """Whether the firmware's check of *name*, if any, takes *value*."""
        check = self._checks.get(name)
        if check is None:
            return True
        try:
            return bool(check(value))
        except Exception:
            logger.exception("ocpp_engine: the check of %s failed; the change is rejected", name)
            return False

    def _write(self, name: str, value: Any, *, reboot: bool, context: CallContext | None) -> None:
        """Store *value* (the store first: a store that fails leaves the old value), tell."""
        previous = self._values[name]
        if value == previous:
            return
        if not self.definitions[name].readonly:
            self.store.put(COMPONENT, name, value)
        self._values[name] = value
        if reboot:
            self._reboot.add(name)
        change = Change(name, value, previous, reboot, context)
        for key, listener in list(self._listeners):
            if key is None or key == name:
                try:
                    listener(change)
                except Exception:
                    logger.exception("ocpp_engine: a listener of %s failed", name)
