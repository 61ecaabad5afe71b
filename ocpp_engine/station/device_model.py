"""The OCPP 2.0.1 / 2.1 device model of a charging station: components, variables, reports.

OCPP 2.x describes a station as *components* (a controller such as ``OCPPCommCtrlr``, the
``ChargingStation``, each ``EVSE`` and ``Connector``) holding *variables*, each with up to four
*attributes* (Actual, Target, MinSet, MaxSet) and one set of *characteristics* (data type,
unit, limits, allowed values). `DeviceModel` keeps them, answers the central system's
provisioning requests (2.0.1 functional block B, 2.1 the same) and keeps the persistent
attributes through a `StateStore`:

```python
model = DeviceModel.attach(station, store=SQLiteStateStore("station.db"))
model.get("OCPPCommCtrlr", "HeartbeatInterval")          # "300", as on the wire
model.value("OCPPCommCtrlr", "HeartbeatInterval")        # 300, typed by the data type
model.on_change(restart_heartbeat, variable="HeartbeatInterval")
```

What it answers (2.0.1 Part 2, use cases B05-B08):

=============  ============================================================================
GetVariables   one result per item, in order: ``Accepted`` with the value; ``UnknownComponent``,
               ``UnknownVariable``, ``NotSupportedAttributeType`` (the variable lacks that
               attribute), ``Rejected`` (a WriteOnly attribute). More items than
               DeviceDataCtrlr.ItemsPerMessage[GetVariables]: CALLERROR
               OccurrenceConstraintViolation (B06.FR.16); a request longer than
               BytesPerMessage[GetVariables]: CALLERROR FormatViolation (B06.FR.17).
SetVariables   ``Accepted``; ``RebootRequired`` (a variable defined so: the new value is kept and
               takes effect at the next start); ``Rejected`` (ReadOnly or constant attribute,
               a value of the wrong type, out of its limits or not in its valuesList);
               ``UnknownComponent``, ``UnknownVariable``, ``NotSupportedAttributeType``.
               Items/bytes over ItemsPerMessage/BytesPerMessage[SetVariables]: CALLERROR
               OccurrenceConstraintViolation / FormatViolation (B05, as B06 for GetVariables).
GetBaseReport  ``Accepted``, then NotifyReport after the reply; ``EmptyResultSet`` when the
               base holds nothing; ``Rejected`` while an earlier report is still being sent.
               ConfigurationInventory: the variables with a ReadWrite or WriteOnly attribute;
               FullInventory: all; SummaryInventory: availability states and the problem
               variables (Problem, Tripped, Overload, Fallback) that are true.
GetReport      as GetBaseReport, for the components/variables named by ``componentVariable``
               (a component without variable: all its variables; an absent instance or evse:
               any) among the components meeting one of the ``componentCriteria`` (B08.FR.07-
               FR.10: Active, Available, Enabled: the variable is true or the component has
               none; Problem: the variable is true).
               More componentVariable items than ItemsPerMessage[GetReport]: CALLERROR
               OccurrenceConstraintViolation (B08.FR.17); longer than BytesPerMessage[GetReport]:
               FormatViolation (B08.FR.18).
=============  ============================================================================

A report goes out as NotifyReport messages after the reply (`CallContext.after_reply`), split
so that none carries more reportData items than ItemsPerMessage[GetReport] nor is longer, as a
frame, than BytesPerMessage[GetReport]; ``seqNo`` counts from 0 and ``tbc`` is true on all but
the last. A WriteOnly attribute is reported without its value.

The standard variables present from the start follow the 2.0.1 Part 2 appendix (the
"required" variables of the controllers every station has), in `STANDARD_VARIABLES`, plus
the EVSE and Connector components of the station's layout (*evses*).
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import Any, ClassVar, Final

import attrs

from .._context import CallContext
from .._device import Device
from .._errors import CallError
from .._versions import Version
from ._store import MemoryStateStore, StateStore
from ._time import timestamp, utc_now

__all__ = [
    "STANDARD_VARIABLES",
    "AttributeType",
    "Component",
    "DataType",
    "DeviceModel",
    "Mutability",
    "Variable",
    "VariableAttribute",
    "VariableChange",
    "VariableCharacteristics",
    "VariableDefinition",
    "define",
]

logger = logging.getLogger("ocpp_engine")


class AttributeType(str, enum.Enum):
    """The four attributes a variable may have (AttributeEnumType)."""

    ACTUAL = "Actual"
    TARGET = "Target"
    MIN_SET = "MinSet"
    MAX_SET = "MaxSet"

    def __str__(self) -> str:
        return self.value


class Mutability(str, enum.Enum):
    """Who may change an attribute (MutabilityEnumType): the central system only if writable."""

    READ_ONLY = "ReadOnly"
    WRITE_ONLY = "WriteOnly"
    READ_WRITE = "ReadWrite"

    def __str__(self) -> str:
        return self.value


class DataType(str, enum.Enum):
    """The data type of a variable (DataEnumType); values travel as strings."""

    STRING = "string"
    DECIMAL = "decimal"
    INTEGER = "integer"
    DATE_TIME = "dateTime"
    BOOLEAN = "boolean"
    OPTION_LIST = "OptionList"
    SEQUENCE_LIST = "SequenceList"
    MEMBER_LIST = "MemberList"

    def __str__(self) -> str:
        return self.value


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


@attrs.frozen
class Component:
    """A component: a name, optionally an instance, optionally on an EVSE and its connector.

    Attributes:
        name: the component's name, such as ``"OCPPCommCtrlr"`` or ``"EVSE"``.
        instance: the instance, for a component that exists more than once.
        evse: the EVSE id, for a component of an EVSE.
        connector: the connector id (on *evse*), for a component of a connector.

    Raises:
        ValueError: a *connector* without an *evse*.
    """

    name: str
    instance: str | None = None
    evse: int | None = attrs.field(default=None, converter=_optional_int)
    connector: int | None = attrs.field(default=None, converter=_optional_int)

    def __attrs_post_init__(self) -> None:
        if self.connector is not None and self.evse is None:
            raise ValueError("a component on a connector needs its evse")

    def to_json(self) -> dict[str, Any]:
        """Return the ComponentType payload of this component."""
        out: dict[str, Any] = {"name": self.name}
        if self.instance is not None:
            out["instance"] = self.instance
        if self.evse is not None:
            evse: dict[str, Any] = {"id": self.evse}
            if self.connector is not None:
                evse["connectorId"] = self.connector
            out["evse"] = evse
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Component:
        """Return the component a ComponentType payload names.

        Raises:
            KeyError: *data* has no ``name`` (or its ``evse`` no ``id``).
        """
        evse = data.get("evse")
        return cls(
            data["name"],
            data.get("instance"),
            None if evse is None else evse["id"],
            None if evse is None else evse.get("connectorId"),
        )


@attrs.frozen
class Variable:
    """A variable of a component: a name and optionally an instance.

    Attributes:
        name: the variable's name, such as ``"HeartbeatInterval"``.
        instance: the instance, such as ``"GetVariables"`` of ``ItemsPerMessage``.
    """

    name: str
    instance: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the VariableType payload of this variable."""
        out: dict[str, Any] = {"name": self.name}
        if self.instance is not None:
            out["instance"] = self.instance
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Variable:
        """Return the variable a VariableType payload names.

        Raises:
            KeyError: *data* has no ``name``.
        """
        return cls(data["name"], data.get("instance"))


@attrs.frozen
class VariableAttribute:
    """One attribute of a variable and its initial value (VariableAttributeType).

    Attributes:
        type: which attribute (Actual, Target, MinSet, MaxSet).
        value: the value as on the wire (``"300"``, ``"true"``), or ``None`` for none yet.
        mutability: ReadOnly (only the station changes it), WriteOnly (the central system
            sets it and cannot read it back), ReadWrite.
        persistent: the value survives a restart (kept in the `StateStore`).
        constant: the value never changes, not even by the station.
    """

    type: AttributeType = attrs.field(default=AttributeType.ACTUAL, converter=AttributeType)
    value: str | None = None
    mutability: Mutability = attrs.field(default=Mutability.READ_WRITE, converter=Mutability)
    persistent: bool = False
    constant: bool = False


def _values_list(value: Iterable[str] | str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split(",") if v.strip())
    return tuple(value)


@attrs.frozen
class VariableCharacteristics:
    """What values a variable takes (VariableCharacteristicsType).

    Attributes:
        data_type: the `DataType`.
        unit: the unit, such as ``"s"``, ``"W"``, ``"A"``.
        min_limit: the lowest value of a number; the shortest length of a string or list.
        max_limit: the highest value of a number; the longest length of a string or list.
        values_list: the allowed values of an OptionList, or members of a MemberList or
            SequenceList (a tuple; a comma-separated string is split).
        supports_monitoring: whether monitors may be set on the variable.
        max_elements: (2.1) the most elements a list may hold; not reported in 2.0.1.
    """

    data_type: DataType = attrs.field(converter=DataType)
    unit: str | None = None
    min_limit: float | None = None
    max_limit: float | None = None
    values_list: tuple[str, ...] | None = attrs.field(default=None, converter=_values_list)
    supports_monitoring: bool = False
    max_elements: int | None = None

    def to_json(self, version: Version | None = None) -> dict[str, Any]:
        """Return the VariableCharacteristicsType payload (``maxElements`` only for 2.1)."""
        out: dict[str, Any] = {
            "dataType": self.data_type.value,
            "supportsMonitoring": self.supports_monitoring,
        }
        if self.unit is not None:
            out["unit"] = self.unit
        if self.min_limit is not None:
            out["minLimit"] = self.min_limit
        if self.max_limit is not None:
            out["maxLimit"] = self.max_limit
        if self.values_list is not None:
            out["valuesList"] = ",".join(self.values_list)
        if self.max_elements is not None and version is Version.V21:
            out["maxElements"] = self.max_elements
        return out


def _attributes(value: Iterable[VariableAttribute]) -> tuple[VariableAttribute, ...]:
    return tuple(value)


@attrs.frozen
class VariableDefinition:
    """One variable of one component: its characteristics and its attributes.

    Make one with `define` for the common case of a single Actual attribute.

    Attributes:
        component: the `Component`.
        variable: the `Variable`.
        characteristics: the `VariableCharacteristics`.
        attributes: its attributes, at most one of each type.
        reboot_required: a new value set by the central system takes effect only after a
            restart (SetVariables answers ``RebootRequired``).

    Raises:
        ValueError: no attribute, two of the same type, or a value that does not fit the
            characteristics.
    """

    component: Component
    variable: Variable
    characteristics: VariableCharacteristics
    attributes: tuple[VariableAttribute, ...] = attrs.field(converter=_attributes)
    reboot_required: bool = False

    def __attrs_post_init__(self) -> None:
        types = [a.type for a in self.attributes]
        if not types or len(set(types)) != len(types):
            raise ValueError(
                f"{self.component.name}.{self.variable.name}: give one to four attributes, "
                "each type once"
            )
        for attribute in self.attributes:
            if attribute.value is not None and attribute.value != "":
                try:
                    _normalize(attribute.value, self.characteristics)
                except _Invalid as exc:
                    raise ValueError(f"{self.component.name}.{self.variable.name}: {exc}") from None

    def attribute(self, type: AttributeType | str = AttributeType.ACTUAL) -> VariableAttribute:
        """Return the attribute of *type*.

        Raises:
            KeyError: the variable has no such attribute.
        """
        wanted = AttributeType(type)
        for attribute in self.attributes:
            if attribute.type is wanted:
                return attribute
        raise KeyError(f"{self.component.name}.{self.variable.name} has no {wanted} attribute")


ComponentLike = Component | str
VariableLike = Variable | str


def _component(value: ComponentLike) -> Component:
    return value if isinstance(value, Component) else Component(value)


def _variable(value: VariableLike) -> Variable:
    return value if isinstance(value, Variable) else Variable(value)


def define(
    component: ComponentLike,
    variable: VariableLike,
    data_type: DataType | str,
    value: Any = None,
    *,
    mutability: Mutability | str = Mutability.READ_WRITE,
    persistent: bool | None = None,
    constant: bool = False,
    unit: str | None = None,
    min_limit: float | None = None,
    max_limit: float | None = None,
    values_list: Iterable[str] | str | None = None,
    supports_monitoring: bool = False,
    max_elements: int | None = None,
    reboot_required: bool = False,
) -> VariableDefinition:
    """Define a variable with one Actual attribute: the usual shape.

    Args:
        component: the component, or its name.
        variable: the variable, or its name.
        data_type: its `DataType`.
        value: its initial value, a Python value (``300``, ``True``, ``["A", "B"]``) or the
            wire string; ``None`` for none.
        mutability: see `VariableAttribute`.
        persistent: see `VariableAttribute`; default: true unless ReadOnly.
        constant: see `VariableAttribute`.
        unit: see `VariableCharacteristics`.
        min_limit: see `VariableCharacteristics`.
        max_limit: see `VariableCharacteristics`.
        values_list: see `VariableCharacteristics`.
        supports_monitoring: see `VariableCharacteristics`.
        max_elements: see `VariableCharacteristics`.
        reboot_required: see `VariableDefinition`.

    Returns:
        the `VariableDefinition`.

    Raises:
        ValueError: *data_type* or *mutability* is not a valid value.
    """
    mutability = Mutability(mutability)
    return VariableDefinition(
        _component(component),
        _variable(variable),
        VariableCharacteristics(
            DataType(data_type),
            unit,
            min_limit,
            max_limit,
            values_list,
            supports_monitoring,
            max_elements,
        ),
        (
            VariableAttribute(
                AttributeType.ACTUAL,
                None if value is None else _wire(value),
                mutability,
                mutability is not Mutability.READ_ONLY if persistent is None else persistent,
                constant,
            ),
        ),
        reboot_required,
    )


# -- values -----------------------------------------------------------------------------------

#: The longest value an attribute may hold: GetVariableResult and NotifyReport allow 2500.
MAX_VALUE_LENGTH: Final = 2500

_INTEGER = re.compile(r"[+-]?\d+")
_DECIMAL = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")
_LISTS: Final = frozenset({DataType.OPTION_LIST, DataType.SEQUENCE_LIST, DataType.MEMBER_LIST})


def _wire(value: Any) -> str:
    """The wire string of a Python value: booleans lower-case, lists comma-separated."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, (list, tuple)):
        return ",".join(_wire(v) for v in value)
    return str(value)


class _Invalid(ValueError):
    """A value the characteristics refuse; ``reason`` is the statusInfo reasonCode."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _check_number(number: float, chars: VariableCharacteristics, text: str) -> None:
    if chars.min_limit is not None and number < chars.min_limit:
        raise _Invalid("ValueTooLow", f"{text} is below the minimum {chars.min_limit}")
    if chars.max_limit is not None and number > chars.max_limit:
        raise _Invalid("ValueTooHigh", f"{text} is above the maximum {chars.max_limit}")


def _check_length(text: str, chars: VariableCharacteristics) -> None:
    if chars.min_limit is not None and len(text) < chars.min_limit:
        raise _Invalid("ValueTooLow", f"{text!r} is shorter than {chars.min_limit}")
    if chars.max_limit is not None and len(text) > chars.max_limit:
        raise _Invalid("ValueTooHigh", f"{text!r} is longer than {chars.max_limit}")


def _normalize(text: str, chars: VariableCharacteristics) -> str:
    """Return the value as stored, or raise `_Invalid` (2.0.1 Part 2, data types)."""
    kind = chars.data_type
    if len(text) > MAX_VALUE_LENGTH:
        raise _Invalid("TooLargeElement", f"a value is at most {MAX_VALUE_LENGTH} characters")
    if kind is DataType.INTEGER:
        if not _INTEGER.fullmatch(text.strip()):
            raise _Invalid("InvalidValue", f"{text!r} is not an integer")
        _check_number(int(text), chars, text)
        return str(int(text))
    if kind is DataType.DECIMAL:
        if not _DECIMAL.fullmatch(text.strip()) or not math.isfinite(float(text)):
            raise _Invalid("InvalidValue", f"{text!r} is not a decimal")
        _check_number(float(text), chars, text)
        return text.strip()
    if kind is DataType.BOOLEAN:
        if text.lower() not in ("true", "false"):
            raise _Invalid("InvalidValue", f"{text!r} is not true or false")
        return text.lower()
    if kind is DataType.DATE_TIME:
        try:
            datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
        except ValueError:
            raise _Invalid("InvalidValue", f"{text!r} is not a date and time") from None
        return text
    _check_length(text, chars)
    if kind is DataType.STRING:
        return text
    allowed = chars.values_list
    if kind is DataType.OPTION_LIST:
        if allowed is not None and text not in allowed:
            raise _Invalid("InvalidValue", f"{text!r} is not one of {','.join(allowed)}")
        return text
    members = [m.strip() for m in text.split(",")] if text.strip() else []
    if len(set(members)) != len(members):
        raise _Invalid("InvalidValue", f"{text!r} repeats a member")
    if allowed is not None:
        for member in members:
            if member not in allowed:
                raise _Invalid("InvalidValue", f"{member!r} is not one of {','.join(allowed)}")
    if chars.max_elements is not None and len(members) > chars.max_elements:
        raise _Invalid("TooManyElements", f"at most {chars.max_elements} members")
    return ",".join(members)


def _typed(text: str | None, kind: DataType) -> Any:
    """The Python value of a wire string: int, float, bool, datetime, str or list of str."""
    if text is None:
        return None
    if kind is DataType.INTEGER:
        return int(text)
    if kind is DataType.DECIMAL:
        return float(text)
    if kind is DataType.BOOLEAN:
        return text.lower() == "true"
    if kind is DataType.DATE_TIME:
        return datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
    if kind in (DataType.SEQUENCE_LIST, DataType.MEMBER_LIST):
        return [m for m in text.split(",") if m]
    return text


# -- the standard variables -------------------------------------------------------------------

_MEASURANDS: Final = (
    "Current.Export,Current.Import,Current.Offered,Energy.Active.Export.Register,"
    "Energy.Active.Import.Register,Energy.Reactive.Export.Register,"
    "Energy.Reactive.Import.Register,Energy.Active.Export.Interval,"
    "Energy.Active.Import.Interval,Energy.Active.Net,Energy.Reactive.Export.Interval,"
    "Energy.Reactive.Import.Interval,Energy.Reactive.Net,Energy.Apparent.Net,"
    "Energy.Apparent.Import,Energy.Apparent.Export,Frequency,Power.Active.Export,"
    "Power.Active.Import,Power.Factor,Power.Offered,Power.Reactive.Export,"
    "Power.Reactive.Import,SoC,Voltage"
)
_TX_START: Final = (
    "ParkingBayOccupancy,EVConnected,Authorized,DataSigned,PowerPathClosed,EnergyTransfer"
)
_TX_STOP: Final = "ParkingBayOccupancy,EVConnected,Authorized,PowerPathClosed,EnergyTransfer"
_AVAILABILITY: Final = "Available,Occupied,Reserved,Unavailable,Faulted"
_RO: Final = Mutability.READ_ONLY
_RW: Final = Mutability.READ_WRITE
_I: Final = DataType.INTEGER
_B: Final = DataType.BOOLEAN
_S: Final = DataType.STRING
_ML: Final = DataType.MEMBER_LIST
_SL: Final = DataType.SEQUENCE_LIST
_OL: Final = DataType.OPTION_LIST


def _std(
    component: str,
    variable: str,
    instance: str | None,
    data_type: DataType,
    value: Any,
    mutability: Mutability,
    unit: str | None = None,
    limits: tuple[float | None, float | None] = (None, None),
    values_list: str | None = None,
) -> VariableDefinition:
    return define(
        component,
        Variable(variable, instance),
        data_type,
        value,
        mutability=mutability,
        unit=unit,
        min_limit=limits[0],
        max_limit=limits[1],
        values_list=values_list,
        supports_monitoring=True,
    )


_POSITIVE: Final = (1, None)
_NATURAL: Final = (0, None)
_ANY: Final = (None, None)
_REGISTER: Final = "Energy.Active.Import.Register"

#: The station-wide variables every `DeviceModel` has from the start, with their initial
#: values: the variables the OCPP 2.0.1 Part 2 appendix (referenced components and variables)
#: marks required for the controllers every station has, plus OCPPCommCtrlr.HeartbeatInterval.
#: ReadWrite ones are persistent.
STANDARD_VARIABLES: Final[tuple[VariableDefinition, ...]] = (
    # DeviceDataCtrlr (B05-B08)
    _std("DeviceDataCtrlr", "ItemsPerMessage", "GetReport", _I, 100, _RO, None, _POSITIVE),
    _std("DeviceDataCtrlr", "ItemsPerMessage", "GetVariables", _I, 100, _RO, None, _POSITIVE),
    _std("DeviceDataCtrlr", "ItemsPerMessage", "SetVariables", _I, 100, _RO, None, _POSITIVE),
    _std("DeviceDataCtrlr", "BytesPerMessage", "GetReport", _I, 8192, _RO, None, _POSITIVE),
    _std("DeviceDataCtrlr", "BytesPerMessage", "GetVariables", _I, 8192, _RO, None, _POSITIVE),
    _std("DeviceDataCtrlr", "BytesPerMessage", "SetVariables", _I, 8192, _RO, None, _POSITIVE),
    # OCPPCommCtrlr (B, and E13 for the TransactionEvent retries)
    _std("OCPPCommCtrlr", "HeartbeatInterval", None, _I, 300, _RW, "s", _POSITIVE),
    _std("OCPPCommCtrlr", "MessageTimeout", "Default", _I, 30, _RO, "s", _POSITIVE),
    _std("OCPPCommCtrlr", "MessageAttempts", "TransactionEvent", _I, 3, _RW, None, _NATURAL),
    _std("OCPPCommCtrlr", "MessageAttemptInterval", "TransactionEvent", _I, 60, _RW, "s",
         _NATURAL),
    _std("OCPPCommCtrlr", "NetworkConfigurationPriority", None, _SL, "1", _RW),
    _std("OCPPCommCtrlr", "NetworkProfileConnectionAttempts", None, _I, 3, _RW, None, _NATURAL),
    _std("OCPPCommCtrlr", "OfflineThreshold", None, _I, 60, _RW, "s", _NATURAL),
    _std("OCPPCommCtrlr", "ResetRetries", None, _I, 2, _RW, None, _NATURAL),
    _std("OCPPCommCtrlr", "RetryBackOffRandomRange", None, _I, 10, _RW, "s", _NATURAL),
    _std("OCPPCommCtrlr", "RetryBackOffRepeatTimes", None, _I, 5, _RW, None, _NATURAL),
    _std("OCPPCommCtrlr", "RetryBackOffWaitMinimum", None, _I, 5, _RW, "s", _NATURAL),
    _std("OCPPCommCtrlr", "UnlockOnEVSideDisconnect", None, _B, True, _RW),
    _std("OCPPCommCtrlr", "WebSocketPingInterval", None, _I, 30, _RW, "s", _NATURAL),
    _std("OCPPCommCtrlr", "FileTransferProtocols", None, _ML, "HTTPS", _RO, None, _ANY,
         "FTP,FTPS,HTTP,HTTPS,SFTP"),
    # SecurityCtrlr (A)
    _std("SecurityCtrlr", "SecurityProfile", None, _I, 1, _RO, None, (1, 3)),
    _std("SecurityCtrlr", "OrganizationName", None, _S, "", _RW),
    _std("SecurityCtrlr", "CertificateEntries", None, _I, 0, _RO, None, _NATURAL),
    _std("SecurityCtrlr", "Identity", None, _S, "", _RO, None, (None, 48)),
    # TxCtrlr (E)
    _std("TxCtrlr", "EVConnectionTimeOut", None, _I, 120, _RW, "s", _NATURAL),
    _std("TxCtrlr", "StopTxOnEVSideDisconnect", None, _B, True, _RW),
    _std("TxCtrlr", "StopTxOnInvalidId", None, _B, True, _RW),
    _std("TxCtrlr", "TxStartPoint", None, _ML, "PowerPathClosed", _RW, None, _ANY, _TX_START),
    _std("TxCtrlr", "TxStopPoint", None, _ML, "EVConnected,Authorized", _RW, None, _ANY,
         _TX_STOP),
    # SampledDataCtrlr (J02)
    _std("SampledDataCtrlr", "TxStartedMeasurands", None, _ML, _REGISTER, _RW, None, _ANY,
         _MEASURANDS),
    _std("SampledDataCtrlr", "TxUpdatedMeasurands", None, _ML, _REGISTER, _RW, None, _ANY,
         _MEASURANDS),
    _std("SampledDataCtrlr", "TxUpdatedInterval", None, _I, 60, _RW, "s", _NATURAL),
    _std("SampledDataCtrlr", "TxEndedMeasurands", None, _ML, _REGISTER, _RW, None, _ANY,
         _MEASURANDS),
    _std("SampledDataCtrlr", "TxEndedInterval", None, _I, 0, _RW, "s", _NATURAL),
    # AlignedDataCtrlr (J01)
    _std("AlignedDataCtrlr", "Measurands", None, _ML, _REGISTER, _RW, None, _ANY, _MEASURANDS),
    _std("AlignedDataCtrlr", "Interval", None, _I, 900, _RW, "s", _NATURAL),
    _std("AlignedDataCtrlr", "TxEndedMeasurands", None, _ML, _REGISTER, _RW, None, _ANY,
         _MEASURANDS),
    _std("AlignedDataCtrlr", "TxEndedInterval", None, _I, 0, _RW, "s", _NATURAL),
    # AuthCtrlr (C)
    _std("AuthCtrlr", "AuthorizeRemoteStart", None, _B, True, _RW),
    _std("AuthCtrlr", "LocalAuthorizeOffline", None, _B, True, _RW),
    _std("AuthCtrlr", "LocalPreAuthorize", None, _B, False, _RW),
    # ChargingStation (G)
    _std("ChargingStation", "AvailabilityState", None, _OL, "Available", _RO, None, _ANY,
         _AVAILABILITY),
    _std("ChargingStation", "Available", None, _B, True, _RO),
    _std("ChargingStation", "SupplyPhases", None, _I, 3, _RO, None, (0, 3)),
    # ClockCtrlr (B)
    _std("ClockCtrlr", "DateTime", None, DataType.DATE_TIME, None, _RO),
    _std("ClockCtrlr", "TimeSource", None, _SL, "Heartbeat", _RW, None, _ANY,
         "Heartbeat,NTP,GPS,RealTimeClock,MobileNetwork,RadioTimeTransmitter"),
)  # fmt: skip


def _layout(evses: Mapping[int, int], max_power: float) -> list[VariableDefinition]:
    """The EVSE and Connector components of a station: their required variables."""
    out: list[VariableDefinition] = []
    for evse_id, connectors in evses.items():
        evse = Component("EVSE", evse=evse_id)
        out += [
            define(evse, "AvailabilityState", _OL, "Available", mutability=_RO,
                   values_list=_AVAILABILITY, supports_monitoring=True),
            define(evse, "Available", _B, True, mutability=_RO, supports_monitoring=True),
            VariableDefinition(
                evse,
                Variable("Power"),
                VariableCharacteristics(DataType.DECIMAL, "W", 0, max_power,
                                        supports_monitoring=True),
                (
                    VariableAttribute(AttributeType.ACTUAL, "0", _RO),
                    VariableAttribute(AttributeType.MAX_SET, _wire(max_power), _RO),
                ),
            ),
            define(evse, "SupplyPhases", _I, 3, mutability=_RO, min_limit=0, max_limit=3),
        ]  # fmt: skip
        for connector_id in range(1, connectors + 1):
            connector = Component("Connector", evse=evse_id, connector=connector_id)
            out += [
                define(connector, "AvailabilityState", _OL, "Available", mutability=_RO,
                       values_list=_AVAILABILITY, supports_monitoring=True),
                define(connector, "Available", _B, True, mutability=_RO,
                       supports_monitoring=True),
                define(connector, "ConnectorType", _S, "cType2", mutability=_RO),
                define(connector, "SupplyPhases", _I, 3, mutability=_RO, min_limit=0,
                       max_limit=3),
            ]  # fmt: skip
    return out


# -- the model --------------------------------------------------------------------------------


@attrs.frozen
class VariableChange:
    """What a change listener is told (see `DeviceModel.on_change`).

    Attributes:
        component: the `Component`.
        variable: the `Variable`.
        attribute: the `AttributeType` that changed.
        value: the new value (wire string).
        previous: the value before.
        by_csms: whether the central system set it (SetVariables), rather than the station.
    """

    component: Component
    variable: Variable
    attribute: AttributeType
    value: str | None
    previous: str | None
    by_csms: bool


Listener = Callable[[VariableChange], Any]
_Key = tuple[Component, Variable, AttributeType]

#: Base report -> which attributes of a variable it holds (B07).
_REPORT_BASES: Final = ("ConfigurationInventory", "FullInventory", "SummaryInventory")
_PROBLEMS: Final = frozenset({"Problem", "Tripped", "Overload", "Fallback"})
#: GetReport componentCriteria -> whether a component lacking that variable meets it.
_CRITERIA: Final[Mapping[str, bool]] = {
    "Active": True,
    "Available": True,
    "Enabled": True,
    "Problem": False,
}
#: Length of a CALL frame around its payload, at most: ``[2,"<id>","<action>",<payload>]``
#: with OCPP-J's longest message id, 36 characters.
_FRAME_OVERHEAD: Final = len('[2,"","",]') + 36


def _size(payload: Any) -> int:
    return len(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode())


class DeviceModel:
    """A station's device model; create it with `attach`.

    Args:
        device: the station's `Device`.
        store: where persistent attributes are kept (default: a fresh `MemoryStateStore`).
        definitions: the firmware's own variables, added after the standard ones (a definition
            of a standard variable replaces it).
        evses: the station's layout, EVSE id -> number of connectors (default ``{1: 1}``):
            each gets its EVSE and Connector components.
        max_power: the maximum power of an EVSE in W (its Power maxLimit and MaxSet).
        now: the wall clock for ClockCtrlr.DateTime and NotifyReport ``generatedAt``
            (default: the system's UTC time).

    Attributes:
        device: the device.
        store: the `StateStore`.
    """

    #: The `StateStore` component name the model keeps its values under.
    STORE_COMPONENT: ClassVar[str] = "device_model"

    def __init__(
        self,
        device: Device,
        *,
        store: StateStore | None = None,
        definitions: Iterable[VariableDefinition] = (),
        evses: Mapping[int, int] | None = None,
        max_power: float = 22000.0,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.device = device
        self.store: StateStore = MemoryStateStore() if store is None else store
        self._now = utc_now if now is None else now
        self._components: dict[Component, dict[Variable, VariableDefinition]] = {}
        self._values: dict[_Key, str | None] = {}
        self._pending: dict[_Key, str] = {}
        self._listeners: list[tuple[Listener, str | None, str | None]] = []
        self._live: dict[_Key, Callable[[], Any]] = {}
        self._stored = self.store.load(self.STORE_COMPONENT)
        self._reporting = 0
        self._tasks: set[asyncio.Task[None]] = set()
        for definition in STANDARD_VARIABLES:
            self.add(definition)
        self.bind("ClockCtrlr", "DateTime", lambda: timestamp(self._now()))
        if device.identity and len(device.identity) <= 48:
            self.set("SecurityCtrlr", "Identity", device.identity)
        for definition in _layout({1: 1} if evses is None else evses, max_power):
            self.add(definition)
        for definition in definitions:
            self.add(definition)

    @classmethod
    def attach(cls, device: Device, **options: Any) -> DeviceModel:
        """Create a device model for *device* and register its handlers.

        Registers GetVariables, SetVariables, GetBaseReport and GetReport on the device.

        Args:
            device: the station's device.
            **options: the other arguments of `DeviceModel` (``store=``, ``evses=``...).

        Returns:
            the model, answering the central system's requests.
        """
        model = cls(device, **options)
        for action, handler in model._handlers().items():
            device.on(action, handler)
        return model

    # -- defining -----------------------------------------------------------------------------

    def add(self, definition: VariableDefinition) -> None:
        """Add a variable (or replace one of the same component and variable).

        A persistent attribute takes the value kept in the store, when there is one that
        still fits the characteristics.
        """
        chars = definition.characteristics
        variables = self._components.setdefault(definition.component, {})
        replaced = variables.get(definition.variable)
        if replaced is not None:
            for attribute in replaced.attributes:
                key = (replaced.component, replaced.variable, attribute.type)
                self._values.pop(key, None)
                self._live.pop(key, None)
        variables[definition.variable] = definition
        for attribute in definition.attributes:
            key = (definition.component, definition.variable, attribute.type)
            self._values[key] = attribute.value
            self._pending.pop(key, None)
            if attribute.constant or not (attribute.persistent or definition.reboot_required):
                continue
            stored = self._stored.get(_store_key(key))
            if isinstance(stored, str):
                try:
                    self._values[key] = _normalize(stored, chars)
                except _Invalid:
                    logger.warning("the stored value %r of %s no longer fits it", stored, key)

    def bind(
        self,
        component: ComponentLike,
        variable: VariableLike,
        getter: Callable[[], Any],
        attribute: AttributeType | str = AttributeType.ACTUAL,
    ) -> None:
        """Read an attribute from *getter* whenever it is asked for (a live measurement).

        Args:
            component: the component, or its name.
            variable: the variable, or its name.
            getter: returns the current value (a Python value or the wire string).
            attribute: which attribute.

        Raises:
            KeyError: no such variable or attribute.
        """
        key = self._key(component, variable, attribute)
        self._live[key] = getter

    def definition(self, component: ComponentLike, variable: VariableLike) -> VariableDefinition:
        """Return the definition of a variable (its initial values, not the current ones).

        Raises:
            KeyError: no such component or variable.
        """
        c, v = _component(component), _variable(variable)
        try:
            return self._components[c][v]
        except KeyError:
            raise KeyError(f"no variable {c.name}.{v.name} in the device model") from None

    @property
    def components(self) -> tuple[Component, ...]:
        """Every component, in the order they were added."""
        return tuple(self._components)

    @property
    def pending_reboot(self) -> bool:
        """Whether a value set by the central system waits for a restart (RebootRequired)."""
        return bool(self._pending)

    # -- values -------------------------------------------------------------------------------

    def get(
        self,
        component: ComponentLike,
        variable: VariableLike,
        attribute: AttributeType | str = AttributeType.ACTUAL,
    ) -> str | None:
        """Return an attribute's value as on the wire (``None``: none set).

        The station reads WriteOnly attributes too (the central system cannot).

        Raises:
            KeyError: no such component, variable or attribute.
        """
        key = self._key(component, variable, attribute)
        getter = self._live.get(key)
        if getter is not None:
            return _wire(getter())
        return self._values[key]

    def value(
        self,
        component: ComponentLike,
        variable: VariableLike,
        attribute: AttributeType | str = AttributeType.ACTUAL,
    ) -> Any:
        """Return an attribute's value as a Python value, by the variable's data type.

        integer -> ``int``, decimal -> ``float``, boolean -> ``bool``, dateTime ->
        ``datetime``, MemberList and SequenceList -> ``list[str]``, others -> ``str``;
        ``None`` when no value is set.

        Raises:
            KeyError: no such component, variable or attribute.
        """
        text = self.get(component, variable, attribute)
        return _typed(text, self.definition(component, variable).characteristics.data_type)

    def set(
        self,
        component: ComponentLike,
        variable: VariableLike,
        value: Any,
        attribute: AttributeType | str = AttributeType.ACTUAL,
    ) -> None:
        """Set an attribute as the station (ReadOnly ones too), keep it, tell the listeners.

        Args:
            component: the component, or its name.
            variable: the variable, or its name.
            value: a Python value (``60``, ``True``, ``["A", "B"]``) or the wire string.
            attribute: which attribute.

        Raises:
            KeyError: no such component, variable or attribute.
            ValueError: the attribute is constant, or the value does not fit the variable's
                characteristics.
        """
        key = self._key(component, variable, attribute)
        definition = self._components[key[0]][key[1]]
        if definition.attribute(key[2]).constant:
            raise ValueError(f"{key[0].name}.{key[1].name} is constant")
        try:
            text = _normalize(_wire(value), definition.characteristics)
        except _Invalid as exc:
            raise ValueError(f"{key[0].name}.{key[1].name}: {exc}") from None
        self._put(key, text, by_csms=False)

    def on_change(
        self, listener: Listener, *, component: str | None = None, variable: str | None = None
    ) -> None:
        """Call ``listener(change)`` after an attribute's value changes.

        Changes by SetVariables are told once its reply has gone out; the station's own
        (`set`) at once. An exception in a listener is logged and does not stop the others.

        Args:
            listener: called with a `VariableChange`; an ``async def`` listener is awaited
                after a SetVariables reply, and runs as a task after the station's own `set`.
            component: only changes of components of this name.
            variable: only changes of variables of this name.
        """
        self._listeners.append((listener, component, variable))

    def remove_listener(self, listener: Listener) -> None:
        """Stop calling *listener*; an unknown one is ignored."""
        self._listeners = [entry for entry in self._listeners if entry[0] is not listener]

    # -- internals: values --------------------------------------------------------------------

    def _key(
        self, component: ComponentLike, variable: VariableLike, attribute: AttributeType | str
    ) -> _Key:
        definition = self.definition(component, variable)
        return (definition.component, definition.variable, definition.attribute(attribute).type)

    def _put(self, key: _Key, text: str, *, by_csms: bool) -> VariableChange | None:
        """Store a checked value; return the change, and tell the listeners unless *by_csms*."""
        definition = self._components[key[0]][key[1]]
        previous = self._values.get(key)
        self._values[key] = text
        if definition.attribute(key[2]).persistent:
            self._keep(key, text)
        if previous == text:
            return None
        change = VariableChange(key[0], key[1], key[2], text, previous, by_csms)
        if not by_csms:
            for waiting in self._tell(change):
                self._run(waiting, change)
        return change

    def _run(self, waiting: Any, change: VariableChange) -> None:
        """Run an async listener's awaitable as a task (a plain call has none to await in)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            logger.warning("an async device model listener needs a running event loop")
            if hasattr(waiting, "close"):
                waiting.close()
            return
        task = loop.create_task(self._await(waiting, change))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    @staticmethod
    async def _await(waiting: Any, change: VariableChange) -> None:
        try:
            await waiting
        except Exception:
            logger.exception("a device model listener failed on %s", change)

    def _keep(self, key: _Key, text: str) -> None:
        """Write a value through to the store (and to what a later `add` finds there)."""
        name = _store_key(key)
        self.store.put(self.STORE_COMPONENT, name, text)
        self._stored[name] = text

    def _tell(self, change: VariableChange) -> Any:
        waits = []
        for listener, component, variable in list(self._listeners):
            if component is not None and component != change.component.name:
                continue
            if variable is not None and variable != change.variable.name:
                continue
            try:
                result = listener(change)
            except Exception:
                logger.exception("a device model listener failed on %s", change)
                continue
            if hasattr(result, "__await__"):
                waits.append(result)
        return waits

    async def _tell_all(self, changes: list[VariableChange]) -> None:
        for change in changes:
            for waiting in self._tell(change):
                await self._await(waiting, change)

    # -- internals: the handlers --------------------------------------------------------------

    def _handlers(self) -> dict[str, Callable[[Any, CallContext], Any]]:
        return {
            "GetVariables": self._on_get_variables,
            "SetVariables": self._on_set_variables,
            "GetBaseReport": self._on_get_base_report,
            "GetReport": self._on_get_report,
        }

    def _limit(self, variable: str, instance: str) -> int:
        value = self.value("DeviceDataCtrlr", Variable(variable, instance))
        return int(value) if value is not None else 0

    def _check_request(
        self, payload: Mapping[str, Any], ctx: CallContext, items: int, instance: str
    ) -> None:
        """Refuse a request over ItemsPerMessage / BytesPerMessage of *instance* (B05-B08)."""
        most = self._limit("ItemsPerMessage", instance)
        if most and items > most:
            raise CallError(
                "OccurrenceConstraintViolation",
                f"{items} items, ItemsPerMessage{instance} is {most}",
            )
        length = _size(payload) + len(f'[2,"{ctx.message_id}","{ctx.action}",]')
        most = self._limit("BytesPerMessage", instance)
        if most and length > most:
            raise CallError(
                "FormatViolation", f"{length} bytes, BytesPerMessage{instance} is {most}"
            )

    def _find(self, data: Mapping[str, Any]) -> tuple[str, _Key | None]:
        """Resolve a component/variable/attributeType request: (status, key)."""
        component = Component.from_json(data["component"])
        variables = self._components.get(component)
        if variables is None:
            return "UnknownComponent", None
        definition = variables.get(Variable.from_json(data["variable"]))
        if definition is None:
            return "UnknownVariable", None
        wanted = AttributeType(data.get("attributeType", "Actual"))
        if all(a.type is not wanted for a in definition.attributes):
            return "NotSupportedAttributeType", None
        return "Accepted", (definition.component, definition.variable, wanted)

    def _on_get_variables(self, payload: Mapping[str, Any], ctx: CallContext) -> dict[str, Any]:
        """GetVariables (B06): one result per requested attribute, in order."""
        data = payload["getVariableData"]
        self._check_request(payload, ctx, len(data), "GetVariables")
        results = []
        for item in data:
            status, key = self._find(item)
            result: dict[str, Any] = {
                "attributeStatus": status,
                "component": item["component"],
                "variable": item["variable"],
            }
            if "attributeType" in item:
                result["attributeType"] = item["attributeType"]
            if key is not None:
                attribute = self._components[key[0]][key[1]].attribute(key[2])
                if attribute.mutability is Mutability.WRITE_ONLY:
                    result["attributeStatus"] = "Rejected"
                    result["attributeStatusInfo"] = {"reasonCode": "WriteOnly"}
                else:
                    value = self.get(key[0], key[1], key[2])
                    result["attributeValue"] = "" if value is None else value
            results.append(result)
        return {"getVariableResult": results}

    def _on_set_variables(self, payload: Mapping[str, Any], ctx: CallContext) -> dict[str, Any]:
        """SetVariables (B05): one result per item, in order; listeners after the reply."""
        data = payload["setVariableData"]
        self._check_request(payload, ctx, len(data), "SetVariables")
        results = []
        changes: list[VariableChange] = []
        for item in data:
            status, key = self._find(item)
            result: dict[str, Any] = {
                "attributeStatus": status,
                "component": item["component"],
                "variable": item["variable"],
            }
            if "attributeType" in item:
                result["attributeType"] = item["attributeType"]
            if key is not None:
                status, reason = self._set_by_csms(key, item["attributeValue"], changes)
                result["attributeStatus"] = status
                if reason is not None:
                    result["attributeStatusInfo"] = {"reasonCode": reason}
            results.append(result)
        if changes:
            ctx.after_reply(self._tell_all, changes)
        return {"setVariableResult": results}

    def _set_by_csms(
        self, key: _Key, text: str, changes: list[VariableChange]
    ) -> tuple[str, str | None]:
        definition = self._components[key[0]][key[1]]
        attribute = definition.attribute(key[2])
        if attribute.mutability is Mutability.READ_ONLY or attribute.constant:
            return "Rejected", "ReadOnly"
        try:
            text = _normalize(text, definition.characteristics)
        except _Invalid as exc:
            return "Rejected", exc.reason
        if definition.reboot_required:
            self._keep(key, text)
            if text != self._values.get(key):
                self._pending[key] = text
                return "RebootRequired", None
            self._pending.pop(key, None)
            return "Accepted", None
        change = self._put(key, text, by_csms=True)
        if change is not None:
            changes.append(change)
        return "Accepted", None

    def _on_get_base_report(self, payload: Mapping[str, Any], ctx: CallContext) -> dict[str, Any]:
        """GetBaseReport (B07): answer, then send the report as NotifyReport messages."""
        base = payload["reportBase"]
        if base not in _REPORT_BASES:
            return {"status": "NotSupported"}
        if self._reporting:
            return {"status": "Rejected", "statusInfo": {"reasonCode": "OngoingReport"}}
        data = list(self._report(ctx.version, lambda c, v: True, base))
        return self._start_report(payload["requestId"], data, ctx)

    def _on_get_report(self, payload: Mapping[str, Any], ctx: CallContext) -> dict[str, Any]:
        """GetReport (B08): the variables matching the filters, as NotifyReport messages."""
        wanted = payload.get("componentVariable") or []
        criteria = payload.get("componentCriteria") or []
        self._check_request(payload, ctx, len(wanted), "GetReport")
        if self._reporting:
            return {"status": "Rejected", "statusInfo": {"reasonCode": "OngoingReport"}}
        filters = [_filter(item) for item in wanted]

        def chosen(component: Component, variable: Variable) -> bool:
            if criteria and not any(self._meets(component, c) for c in criteria):
                return False
            return not filters or any(f(component, variable) for f in filters)

        data = list(self._report(ctx.version, chosen, "FullInventory"))
        return self._start_report(payload["requestId"], data, ctx)

    def _meets(self, component: Component, criterion: str) -> bool:
        definition = self._components[component].get(Variable(criterion))
        if definition is None or all(
            a.type is not AttributeType.ACTUAL for a in definition.attributes
        ):
            return _CRITERIA[criterion]
        return self.get(component, criterion) == "true"

    def _report(
        self, version: Version, chosen: Callable[[Component, Variable], bool], base: str
    ) -> Iterator[dict[str, Any]]:
        """The reportData items of a report, in definition order."""
        for component, variables in self._components.items():
            for variable, definition in variables.items():
                if not chosen(component, variable):
                    continue
                attributes = []
                for attribute in definition.attributes:
                    if not _in_base(
                        base, definition, attribute, self.get(component, variable, attribute.type)
                    ):
                        continue
                    entry: dict[str, Any] = {
                        "type": attribute.type.value,
                        "mutability": attribute.mutability.value,
                        "persistent": attribute.persistent,
                        "constant": attribute.constant,
                    }
                    value = self.get(component, variable, attribute.type)
                    if attribute.mutability is not Mutability.WRITE_ONLY and value is not None:
                        entry["value"] = value
                    attributes.append(entry)
                if not attributes:
                    continue
                item: dict[str, Any] = {
                    "component": component.to_json(),
                    "variable": variable.to_json(),
                    "variableAttribute": attributes,
                }
                if base != "SummaryInventory":
                    item["variableCharacteristics"] = definition.characteristics.to_json(version)
                yield item

    def _start_report(
        self, request_id: int, data: list[dict[str, Any]], ctx: CallContext
    ) -> dict[str, Any]:
        if not data:
            return {"status": "EmptyResultSet"}
        ctx.after_reply(self._send_report, request_id, data)
        return {"status": "Accepted"}

    def _split(self, request_id: int, data: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Split reportData into NotifyReport payloads by ItemsPerMessage/BytesPerMessage.

        Each payload holds at most ItemsPerMessage[GetReport] items and, as a CALL frame with
        the longest message id OCPP-J allows (36 characters), is at most
        BytesPerMessage[GetReport] bytes long, unless a single item is longer on its own (it
        then goes alone). ``seqNo`` counts from 0; ``tbc`` is true on all but the last.

        Args:
            request_id: the ``requestId`` of the GetBaseReport or GetReport.
            data: the reportData items.

        Returns:
            the NotifyReport request payloads, in order.
        """
        generated = timestamp(self._now())
        most_items = max(self._limit("ItemsPerMessage", "GetReport"), 1)
        most_bytes = self._limit("BytesPerMessage", "GetReport")
        base = {
            "requestId": request_id,
            "generatedAt": generated,
            "seqNo": 0,
            "tbc": False,
            "reportData": [],
        }
        empty = _size(base) + len("NotifyReport") + _FRAME_OVERHEAD + len(str(len(data)))
        chunks: list[list[dict[str, Any]]] = [[]]
        length = empty
        for item in data:
            grow = _size(item) + 1
            chunk = chunks[-1]
            if chunk and (len(chunk) >= most_items or (most_bytes and length + grow > most_bytes)):
                chunks.append([])
                length = empty
            chunks[-1].append(item)
            length += grow
        return [
            {
                "requestId": request_id,
                "generatedAt": generated,
                "seqNo": seq,
                "tbc": seq < len(chunks) - 1,
                "reportData": chunk,
            }
            for seq, chunk in enumerate(chunks)
        ]

    async def _send_report(self, request_id: int, data: list[dict[str, Any]]) -> None:
        self._reporting += 1
        try:
            for payload in self._split(request_id, data):
                await self.device.call("NotifyReport", payload)
        except Exception as exc:
            logger.warning("the report %s was cut short: %r", request_id, exc)
        finally:
            self._reporting -= 1


def _store_key(key: _Key) -> str:
    component, variable, attribute = key
    return json.dumps(
        [
            component.name,
            component.instance,
            component.evse,
            component.connector,
            variable.name,
            variable.instance,
            attribute.value,
        ],
        separators=(",", ":"),
    )


def _in_base(
    base: str, definition: VariableDefinition, attribute: VariableAttribute, value: str | None
) -> bool:
    """Whether a base report (B07) holds this attribute."""
    if base == "FullInventory":
        return True
    if base == "ConfigurationInventory":
        return attribute.mutability is not Mutability.READ_ONLY
    name = definition.variable.name
    if name == "AvailabilityState" and definition.component.name in (
        "ChargingStation",
        "EVSE",
        "Connector",
    ):
        return True
    return name in _PROBLEMS and value == "true"


def _filter(item: Mapping[str, Any]) -> Callable[[Component, Variable], bool]:
    """A GetReport componentVariable as a predicate: absent instance, evse, variable = any."""
    wanted = item["component"]
    name, instance, evse = wanted["name"], wanted.get("instance"), wanted.get("evse")
    variable = item.get("variable")

    def matches(component: Component, var: Variable) -> bool:
        if component.name != name:
            return False
        if instance is not None and component.instance != instance:
            return False
        if evse is not None:
            if component.evse != evse["id"]:
                return False
            if "connectorId" in evse and component.connector != evse["connectorId"]:
                return False
        if variable is None:
            return True
        if var.name != variable["name"]:
            return False
        return "instance" not in variable or var.instance == variable["instance"]

    return matches
