"""A whole station from the kit: every component made, attached and wired together.

`Station` is what a firmware would otherwise write by hand around the kit: one `Device`, the
`RegistrationGate` and its `BootPolicy`, the 1.6 `ChargePointConfiguration` or the 2.x
`DeviceModel`, `Connectors`, the `Outbox` and `Transactions`, `SmartCharging` and
`Operations`, all on one store (a SQLite file, or memory). The configuration drives the
components as the central system changes it (`SETTINGS_16`, `SETTINGS_2X`):

=============================================  ====================================  ===========
1.6 key / 2.x component.variable[instance]     drives                                when
=============================================  ====================================  ===========
HeartbeatInterval / OCPPCommCtrlr.             ``boot.set_interval`` (the heartbeat  positive
HeartbeatInterval                              timer restarts)
MeterValueSampleInterval / SampledDataCtrlr.   ``transactions.meter_value_sample_    always
TxUpdatedInterval                              interval``
MeterValuesSampledData / SampledDataCtrlr.     ``transactions.measurands``           always
TxUpdatedMeasurands
2.x SampledDataCtrlr.TxStartedMeasurands,      ``transactions.started_measurands``,  always
TxEndedMeasurands                              ``ended_measurands``
TransactionMessageAttempts / OCPPCommCtrlr.    ``outbox.attempts``                   at least 1
MessageAttempts[TransactionEvent]
TransactionMessageRetryInterval /              ``outbox.retry_interval``             always
OCPPCommCtrlr.MessageAttemptInterval
[TransactionEvent]
AuthorizeRemoteTxRequests / AuthCtrlr.         ``transactions.authorize_remote_      always
AuthorizeRemoteStart                           start``
StopTransactionOnInvalidId / TxCtrlr.          ``transactions.stop_on_invalid_id``   always
StopTxOnInvalidId
1.6 ChargeProfileMaxStackLevel,                the smart charging limits             always
MaxChargingProfilesInstalled,
ChargingScheduleMaxPeriods
=============================================  ====================================  ===========

Smart charging learns the transaction of each connector from `Transactions`, and is told (a
`Transactions.on_change` listener) when one starts, when its id is known (1.6: as the
StartTransaction answer is received, before anything after it), and when it ends, so TxProfiles
bind to it and go with it. The TxProfile of a remote start (1.6 RemoteStartTransaction, 2.x
RequestStartTransaction ``chargingProfile``) is installed for the transaction it started, with
its id (`SmartCharging.install`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from .._clock import Clock
from .._device import Device
from .._versions import Role, Version
from ..outbox import MemoryStore, Outbox, SQLiteStore
from ..registration import RegistrationGate
from ._store import MemoryStateStore, SQLiteStateStore, StateStore
from ._time import utc_now
from .configuration import Change, ChargePointConfiguration
from .connectors import Connectors
from .device_model import DeviceModel, Variable, VariableChange
from .heartbeat import BootPolicy
from .operations import Operations
from .smart_charging import SmartCharging
from .smart_charging import Transaction as ActiveTransaction
from .transactions import MeterReader, Transaction, TransactionChange, Transactions

__all__ = ["DEFAULTS_16", "SETTINGS_16", "SETTINGS_2X", "Station"]

logger = logging.getLogger("ocpp_engine")

Setter = Callable[["Station", Any], None]


def _heartbeat(station: Station, value: Any) -> None:
    if value:
        station.boot.set_interval(float(value))


def _attempts(station: Station, value: Any) -> None:
    station.outbox.attempts = max(1, int(value))


def _set(attribute: str, convert: Callable[[Any], Any] = lambda v: v) -> Setter:
    """A setter of ``station.transactions.<attribute>``."""

    def setter(station: Station, value: Any) -> None:
        setattr(station.transactions, attribute, convert(value))

    return setter


def _limit(attribute: str) -> Setter:
    """A setter of ``station.smart_charging.profiles.<attribute>``."""

    def setter(station: Station, value: Any) -> None:
        setattr(station.smart_charging.profiles, attribute, int(value))

    return setter


def _retry(station: Station, value: Any) -> None:
    station.outbox.retry_interval = float(value)


#: 1.6: the configuration values a station has unless *values* says otherwise: the profiles
#: the kit answers, and the smart charging limits of `ProfileStore`'s defaults.
DEFAULTS_16: Final[Mapping[str, Any]] = {
    "SupportedFeatureProfiles": ("Core", "SmartCharging", "RemoteTrigger"),
    "ChargeProfileMaxStackLevel": 10,
    "MaxChargingProfilesInstalled": 20,
    "ChargingScheduleMaxPeriods": 24,
}
_SMART_KEYS: Final = (
    "ChargeProfileMaxStackLevel",
    "MaxChargingProfilesInstalled",
    "ChargingScheduleMaxPeriods",
)

#: 1.6: the configuration key -> what it sets.
SETTINGS_16: Final[Mapping[str, Setter]] = {
    "HeartbeatInterval": _heartbeat,
    "MeterValueSampleInterval": _set("meter_value_sample_interval", float),
    "MeterValuesSampledData": _set("measurands", tuple),
    "TransactionMessageAttempts": _attempts,
    "TransactionMessageRetryInterval": _retry,
    "AuthorizeRemoteTxRequests": _set("authorize_remote_start", bool),
    "StopTransactionOnInvalidId": _set("stop_on_invalid_id", bool),
    "ChargeProfileMaxStackLevel": _limit("max_stack_level"),
    "MaxChargingProfilesInstalled": _limit("max_profiles"),
    "ChargingScheduleMaxPeriods": _limit("max_periods"),
}

#: 2.x: ``(component, variable, instance)`` -> what it sets.
SETTINGS_2X: Final[Mapping[tuple[str, str, str | None], Setter]] = {
    ("OCPPCommCtrlr", "HeartbeatInterval", None): _heartbeat,
    ("SampledDataCtrlr", "TxUpdatedInterval", None): _set("meter_value_sample_interval", float),
    ("SampledDataCtrlr", "TxUpdatedMeasurands", None): _set("measurands", tuple),
    ("SampledDataCtrlr", "TxStartedMeasurands", None): _set("started_measurands", tuple),
    ("SampledDataCtrlr", "TxEndedMeasurands", None): _set("ended_measurands", tuple),
    ("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent"): _attempts,
    ("OCPPCommCtrlr", "MessageAttemptInterval", "TransactionEvent"): _retry,
    ("AuthCtrlr", "AuthorizeRemoteStart", None): _set("authorize_remote_start", bool),
    ("TxCtrlr", "StopTxOnInvalidId", None): _set("stop_on_invalid_id", bool),
}


def _parse(stamp: str) -> datetime | None:
    try:
        return datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None


class Station:
    """A charging station made of the kit's components; use `for_16` or `for_2x`.

    Make it inside the event loop (the outbox starts and the transactions a power loss left
    open are ended at once); connect its `device` with a transport (for example
    ``ChargePoint(url, identity, device=station.device, versions=[...])``) and it boots,
    reports its connectors, heartbeats and answers the central system.

    Args:
        version: ``"ocpp1.6"``, ``"ocpp2.0.1"`` or ``"ocpp2.1"``.
        boot: the BootNotification payload.
        identity: the station identity.
        evses: the number of EVSEs (1.6 connectors), one connector each, or (2.x) a mapping
            of EVSE id to its number of connectors.
        store: a SQLite file for everything that must survive a restart (the components'
            state and the outbox), a `StateStore`, or ``None`` for memory.
        values: 1.6 configuration values (`ChargePointConfiguration`), over `DEFAULTS_16`
            (``NumberOfConnectors`` comes from *evses*); 2.x ignored.
        definitions: 2.x the firmware's own device model variables (`DeviceModel`).
        meter: ``meter(evse)`` -> readings by measurand (`Transactions`).
        reboot: ``reboot(kind, evse)`` after a Reset (`Operations`); default: boot again.
        unlock: ``unlock(evse, connector)`` -> unlocked? (`Operations`).
        clear_cache: ``clear_cache()`` -> cleared? (`Operations`).
        diagnostics: ``diagnostics(station)`` -> the uploads component, called once the
            others are attached; it registers its own handlers, and TriggerMessage asks it
            for its status (see `operations.Diagnostics`).
        clock: the device's clock (a `FakeClock` in tests).
        now: the wall clock of timestamps and schedules (default: UTC now).
        **device_options: further `Device` arguments (``call_timeout``, ...).

    Attributes:
        device: the station's `Device`.
        gate: its `RegistrationGate`.
        boot: its `BootPolicy`.
        outbox: its `Outbox`.
        store: its `StateStore`.
        connectors: its `Connectors`.
        transactions: its `Transactions`.
        smart_charging: its `SmartCharging`.
        operations: its `Operations`.
        configuration: 1.6 the `ChargePointConfiguration` (2.x ``None``).
        device_model: 2.x the `DeviceModel` (1.6 ``None``).
        diagnostics: what *diagnostics* returned, or ``None``.

    Raises:
        ValueError: an unknown version or OCPP 1.5 (the kit implements 1.6, 2.0.1 and 2.1), or
            an argument a component refuses.
        RuntimeError: no event loop is running.
    """

    def __init__(
        self,
        version: str | Version,
        boot: Mapping[str, Any],
        *,
        identity: str = "CS-1",
        evses: int | Mapping[int, int] = 1,
        store: str | Path | StateStore | None = None,
        values: Mapping[str, Any] | None = None,
        definitions: Any = (),
        meter: MeterReader | None = None,
        reboot: Callable[[str, int | None], Any] | None = None,
        unlock: Callable[[int, int], Any] | None = None,
        clear_cache: Callable[[], Any] | None = None,
        diagnostics: Callable[[Station], Any] | None = None,
        clock: Clock | None = None,
        now: Callable[[], datetime] | None = None,
        **device_options: Any,
    ) -> None:
        self.version = Version(version)
        if self.version is Version.V15:
            raise ValueError("the station kit implements OCPP 1.6, 2.0.1 and 2.1, not 1.5")
        v16 = self.version is Version.V16
        self._now = now if now is not None else utc_now
        self._own_store = store is None or isinstance(store, (str, Path))
        if store is None:
            self.store: StateStore = MemoryStateStore()
            outbox_store: Any = MemoryStore()
        elif isinstance(store, (str, Path)):
            self.store = SQLiteStateStore(store)
            outbox_store = SQLiteStore(store)
        else:
            self.store = store
            outbox_store = MemoryStore()
        self.device = Device(
            version=self.version,
            role=Role.CHARGING_STATION,
            identity=identity,
            clock=clock,
            **device_options,
        )
        layout = {e: 1 for e in range(1, evses + 1)} if isinstance(evses, int) else dict(evses)
        self.gate = RegistrationGate.attach(self.device, side="charging_station")
        self.boot = BootPolicy.attach(self.device, self.gate, boot)
        self.configuration: ChargePointConfiguration | None = None
        self.device_model: DeviceModel | None = None
        if v16:
            given = {**DEFAULTS_16, "NumberOfConnectors": len(layout), **(values or {})}
            if "SmartCharging" not in given["SupportedFeatureProfiles"]:
                for key in _SMART_KEYS:
                    if values is None or key not in values:
                        given.pop(key, None)
            self.configuration = ChargePointConfiguration.attach(
                self.device, given, store=self.store
            )
        else:
            self.device_model = DeviceModel.attach(
                self.device, store=self.store, evses=layout, definitions=definitions, now=now
            )
        self.connectors = Connectors.attach(
            self.device, self.store, evses=layout, gate=self.gate, now=now
        )
        self.outbox = Outbox(self.device, outbox_store, gate=self.gate)
        self.outbox.start()
        self.transactions = Transactions.attach(
            self.device,
            self.store,
            self.outbox,
            connectors=self.connectors,
            version=self.version,
            meter=meter,
            now=now,
        )
        self.smart_charging = SmartCharging.attach(
            self.device,
            now=self._now,
            store=self.store,
            transactions=self._active,
            connectors=len(layout),
        )
        for ended in self.transactions.recovered:  # ended with PowerLoss: their TxProfiles go
            if ended.transaction_id is not None:
                self.smart_charging.transaction_ended(str(ended.transaction_id))
        self.transactions.on_change(self._transaction_changed)
        self.transactions.charging_profile = self._remote_profile
        self.diagnostics: Any = None
        self.operations = Operations.attach(
            self.device,
            transactions=self.transactions,
            connectors=self.connectors,
            gate=self.gate,
            reboot=reboot if reboot is not None else self._boot_again,
            unlock=unlock,
            clear_cache=clear_cache,
            version=self.version,
            now=now,
        )
        if diagnostics is not None:
            self.diagnostics = diagnostics(self)
            if callable(getattr(self.diagnostics, "report", None)):
                self.operations.diagnostics = self.diagnostics
        self._wire()

    @classmethod
    def for_16(cls, vendor: str = "ocpp-engine", model: str = "kit", **options: Any) -> Station:
        """Make a 1.6 station that boots as *vendor* and *model*.

        Args:
            vendor: ``chargePointVendor``.
            model: ``chargePointModel``.
            **options: the other arguments of `Station` (``boot`` replaces the payload).

        Returns:
            the station, its components attached.

        Raises:
            ValueError: see `Station`.
            RuntimeError: no event loop is running.
        """
        boot = options.pop("boot", {"chargePointVendor": vendor, "chargePointModel": model})
        return cls(Version.V16, boot, **options)

    @classmethod
    def for_2x(
        cls,
        vendor: str = "ocpp-engine",
        model: str = "kit",
        *,
        version: str | Version = Version.V201,
        **options: Any,
    ) -> Station:
        """Make a 2.0.1 (or, with *version*, 2.1) station that boots as *vendor* and *model*.

        Args:
            vendor: ``chargingStation.vendorName``.
            model: ``chargingStation.model``.
            version: ``"ocpp2.0.1"`` or ``"ocpp2.1"``.
            **options: the other arguments of `Station` (``boot`` replaces the payload).

        Returns:
            the station, its components attached.

        Raises:
            ValueError: see `Station`, or *version* is 1.6.
            RuntimeError: no event loop is running.
        """
        if Version(version) is Version.V16:
            raise ValueError("for_2x makes 2.0.1 and 2.1 stations: use for_16")
        payload = {"reason": "PowerUp", "chargingStation": {"vendorName": vendor, "model": model}}
        return cls(version, options.pop("boot", payload), **options)

    def close(self) -> None:
        """Stop the components and close the store (open transactions stay in it)."""
        self.transactions.detach()
        self.connectors.detach()
        self.boot.detach()
        self.smart_charging.close()
        self.outbox.close()
        if self._own_store:
            close = getattr(self.store, "close", None)
            if close is not None:
                close()

    # -- wiring ---------------------------------------------------------------------------------

    def _wire(self) -> None:
        if self.configuration is not None:
            config = self.configuration
            for key, setter in SETTINGS_16.items():
                if key in config.definitions:
                    self._apply(setter, config.get(key))
            config.on_change(None, self._config_changed)
        if self.device_model is not None:
            model = self.device_model
            for (component, variable, instance), setter in SETTINGS_2X.items():
                self._apply(setter, model.value(component, _variable(variable, instance)))
            model.on_change(self._variable_changed)

    def _apply(self, setter: Setter, value: Any) -> None:
        try:
            setter(self, value)
        except (TypeError, ValueError) as exc:
            logger.warning("ocpp_engine: a setting was not applied: %s", exc)

    def _config_changed(self, change: Change) -> None:
        setter = SETTINGS_16.get(change.key)
        if setter is not None and not change.reboot:
            self._apply(setter, change.value)

    def _variable_changed(self, change: VariableChange) -> None:
        key = (change.component.name, change.variable.name, change.variable.instance)
        setter = SETTINGS_2X.get(key)
        if setter is not None and self.device_model is not None:
            value = self.device_model.value(change.component, change.variable)
            self._apply(setter, value)

    def _active(self, evse: int) -> ActiveTransaction | None:
        transaction = self.transactions.transaction(evse)
        if transaction is None or transaction.transaction_id is None:
            return None
        return ActiveTransaction(str(transaction.transaction_id), _parse(transaction.started_at))

    def _transaction_changed(self, change: TransactionChange) -> None:
        if change.kind == "ended" and change.transaction_id is not None:
            self.smart_charging.transaction_ended(str(change.transaction_id))
        else:
            self.smart_charging.refresh()

    def _remote_profile(self, transaction: Transaction, profile: Mapping[str, Any]) -> None:
        verdict = self.smart_charging.install(profile, transaction.evse, self.version)
        if not verdict.accepted:
            logger.warning(
                "ocpp_engine: the remote start's profile was not installed: %s %s",
                verdict.reason,
                verdict.info,
            )

    def _boot_again(self, kind: str, evse: int | None) -> None:
        if evse is not None:
            return  # one EVSE restarts; the station stays registered
        payload = dict(self.boot.payload)
        if self.version is not Version.V16:
            payload["reason"] = "RemoteReset"
        self.boot.reboot(payload)


def _variable(name: str, instance: str | None) -> Variable | str:
    return Variable(name, instance) if instance is not None else name
