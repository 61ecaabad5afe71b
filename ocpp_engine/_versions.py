"""The rules that differ between OCPP versions, kept as tables.

Everything the engine decides per version (which message types exist, how an error code is
spelled, what to do with a frame it cannot read, which actions exist and which side sends them)
is looked up here, so the device itself holds no version-specific branches. `LAYOUT` says where
each version's schemas and generated modules live and how the version is named.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Final

import attrs

__all__ = [
    "CALL",
    "CALLERROR",
    "CALLRESULT",
    "CALLRESULTERROR",
    "LAYOUT",
    "SEND",
    "Role",
    "Version",
    "VersionLayout",
    "VersionRules",
    "rules_for",
]

# Message type numbers (OCPP-J section 4).
CALL: Final = 2
CALLRESULT: Final = 3
CALLERROR: Final = 4
CALLRESULTERROR: Final = 5  # 2.1 only
SEND: Final = 6  # 2.1 only


class Version(str, enum.Enum):
    """An OCPP version, named by its WebSocket subprotocol.

    OCPP 1.5 has no JSON edition: it travels over SOAP (`ocpp_engine.soap`), whose transport
    runs a device of this version; the name ``"ocpp1.5"`` follows the others'.
    """

    V15 = "ocpp1.5"
    V16 = "ocpp1.6"
    V201 = "ocpp2.0.1"
    V21 = "ocpp2.1"

    def __str__(self) -> str:
        return self.value


class Role(str, enum.Enum):
    """Which end of the connection a device plays.

    A device that knows its role refuses to send CALLs that only the other side may send, and
    answers such CALLs from the peer with ``NotSupported``.
    """

    CHARGING_STATION = "charging_station"
    CSMS = "csms"

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class VersionLayout:
    """Where one version's files live and how it is named; one instance per `Version`.

    Attributes:
        folder: the version's folder of schema files (``schemas/<folder>/`` in a checkout).
        module: the name of the version's generated modules, ``ocpp_engine.messages.<module>``
            (typed payloads) and ``ocpp_engine._validators.<module>`` (fast-path validators).
        label: the version as people write it, without "OCPP" (``"2.0.1"``).
        request_suffix: what a request schema's file name adds to the action (1.5 and 1.6
            add nothing: ``Authorize.json``; 2.x adds ``Request``). A response adds
            ``Response``; a SEND payload adds nothing.
        typed: whether typed message classes (``ocpp_engine.messages.<module>``) exist for
            the version. OCPP 1.5's schemas are derived from its SOAP XSD, and it has none:
            its handlers take and return dicts.
        json: whether the version has an OCPP-J edition, a WebSocket subprotocol. OCPP 1.5
            travels over SOAP only (`ocpp_engine.soap`); the OCPP-J transports refuse it and
            the log checker never guesses it.
    """

    folder: str
    module: str
    label: str
    request_suffix: str
    typed: bool = True
    json: bool = True


#: The layout of every version.
LAYOUT: Final[Mapping[Version, VersionLayout]] = {
    Version.V15: VersionLayout(
        folder="v15", module="v15", label="1.5", request_suffix="", typed=False, json=False
    ),
    Version.V16: VersionLayout(folder="v16", module="v16", label="1.6", request_suffix=""),
    Version.V201: VersionLayout(
        folder="v201", module="v201", label="2.0.1", request_suffix="Request"
    ),
    Version.V21: VersionLayout(folder="v21", module="v21", label="2.1", request_suffix="Request"),
}

_CS = Role.CHARGING_STATION
_CSMS = Role.CSMS

# -- actions per version, and who sends them -------------------------------------------------

# OCPP 1.5, from its WSDLs: CentralSystemService (sent by the station), ChargePointService (sent
# by the central system).
_V15_FROM_CS = (
    "Authorize BootNotification DataTransfer DiagnosticsStatusNotification "
    "FirmwareStatusNotification Heartbeat MeterValues StartTransaction StatusNotification "
    "StopTransaction"
)
_V15_FROM_CSMS = (
    "CancelReservation ChangeAvailability ChangeConfiguration ClearCache DataTransfer "
    "GetConfiguration GetDiagnostics GetLocalListVersion RemoteStartTransaction "
    "RemoteStopTransaction ReserveNow Reset SendLocalList UnlockConnector UpdateFirmware"
)
_V16_FROM_CS = (
    "Authorize BootNotification DataTransfer DiagnosticsStatusNotification "
    "FirmwareStatusNotification Heartbeat MeterValues StartTransaction StatusNotification "
    "StopTransaction "
    # Security extension (Improved security for OCPP 1.6-J)
    "LogStatusNotification SecurityEventNotification SignCertificate "
    "SignedFirmwareStatusNotification"
)
_V16_FROM_CSMS = (
    "CancelReservation ChangeAvailability ChangeConfiguration ClearCache ClearChargingProfile "
    "DataTransfer GetCompositeSchedule GetConfiguration GetDiagnostics GetLocalListVersion "
    "RemoteStartTransaction RemoteStopTransaction ReserveNow Reset SendLocalList "
    "SetChargingProfile TriggerMessage UnlockConnector UpdateFirmware "
    # Security extension
    "CertificateSigned DeleteCertificate ExtendedTriggerMessage GetInstalledCertificateIds "
    "GetLog InstallCertificate SignedUpdateFirmware"
)
_V201_FROM_CS = (
    "Authorize BootNotification ClearedChargingLimit DataTransfer FirmwareStatusNotification "
    "Get15118EVCertificate GetCertificateStatus Heartbeat LogStatusNotification MeterValues "
    "NotifyChargingLimit NotifyCustomerInformation NotifyDisplayMessages NotifyEVChargingNeeds "
    "NotifyEVChargingSchedule NotifyEvent NotifyMonitoringReport NotifyReport "
    "PublishFirmwareStatusNotification ReportChargingProfiles ReservationStatusUpdate "
    "SecurityEventNotification SignCertificate StatusNotification TransactionEvent"
)
_V201_FROM_CSMS = (
    "CancelReservation CertificateSigned ChangeAvailability ClearCache ClearChargingProfile "
    "ClearDisplayMessage ClearVariableMonitoring CostUpdated CustomerInformation DataTransfer "
    "DeleteCertificate GetBaseReport GetChargingProfiles GetCompositeSchedule GetDisplayMessages "
    "GetInstalledCertificateIds GetLocalListVersion GetLog GetMonitoringReport GetReport "
    "GetTransactionStatus GetVariables InstallCertificate PublishFirmware "
    "RequestStartTransaction RequestStopTransaction ReserveNow Reset SendLocalList "
    "SetChargingProfile SetDisplayMessage SetMonitoringBase SetMonitoringLevel "
    "SetNetworkProfile SetVariableMonitoring SetVariables TriggerMessage UnlockConnector "
    "UnpublishFirmware UpdateFirmware"
)
_V21_NEW_FROM_CS = (
    "BatterySwap ClosePeriodicEventStream GetCertificateChainStatus NotifyDERAlarm "
    "NotifyDERStartStop NotifyPriorityCharging NotifySettlement OpenPeriodicEventStream "
    "PullDynamicScheduleUpdate ReportDERControl VatNumberValidation"
)
_V21_NEW_FROM_CSMS = (
    "AFRRSignal AdjustPeriodicEventStream ChangeTransactionTariff ClearDERControl ClearTariffs "
    "GetDERControl GetPeriodicEventStream GetTariffs NotifyAllowedEnergyTransfer "
    "NotifyWebPaymentStarted RequestBatterySwap SetDERControl SetDefaultTariff "
    "UpdateDynamicSchedule UsePriorityCharging"
)
# 2.1 SEND (message type 6): the only action is NotifyPeriodicEventStream, station to CSMS.
_V21_SEND_FROM_CS = "NotifyPeriodicEventStream"


def _senders(from_cs: str, from_csms: str) -> dict[str, frozenset[Role]]:
    table: dict[str, set[Role]] = {}
    for name in from_cs.split():
        table.setdefault(name, set()).add(_CS)
    for name in from_csms.split():
        table.setdefault(name, set()).add(_CSMS)
    return {name: frozenset(roles) for name, roles in sorted(table.items())}


# -- error codes --------------------------------------------------------------------------------

#: The codes every version defines, in their 2.x spelling (the canonical one used in this code).
_COMMON_CODES = frozenset(
    {
        "NotImplemented",
        "NotSupported",
        "InternalError",
        "ProtocolError",
        "SecurityError",
        "FormatViolation",
        "PropertyConstraintViolation",
        "OccurrenceConstraintViolation",
        "TypeConstraintViolation",
        "GenericError",
    }
)
_V2_CODES = _COMMON_CODES | {"RpcFrameworkError", "MessageTypeNotSupported"}

#: 1.6 prints two codes misspelled; its errata keep them. Canonical -> 1.6 spelling.
_V16_SPELLING = {
    "FormatViolation": "FormationViolation",
    "OccurrenceConstraintViolation": "OccurenceConstraintViolation",
    # Codes 1.6 does not define, replaced by the nearest code it has.
    "RpcFrameworkError": "ProtocolError",
    "MessageTypeNotSupported": "ProtocolError",
}
#: Every spelling seen on the wire -> canonical spelling.
_ALIASES = {
    "FormationViolation": "FormatViolation",
    "OccurenceConstraintViolation": "OccurrenceConstraintViolation",
}


@attrs.frozen
class VersionRules:
    """What one OCPP-J version prescribes; one instance per `Version`.

    Attributes:
        version: the version these rules belong to.
        message_types: the message type numbers the version defines.
        answer_unreadable: whether a frame whose message id cannot be read is answered with a
            CALLERROR carrying the id ``"-1"`` (2.x) or only dropped (1.6).
        answer_unknown_type: whether an unknown message type number is answered with
            ``MessageTypeNotSupported`` (2.0.1) or ignored (1.6, 2.1).
        error_codes: the error codes the version defines, spelled as it prints them.
        max_description: the longest errorDescription the version allows, or ``None``.
        actions: every action of the version and which roles may send it as a CALL.
        send_actions: the actions that travel as SEND (type 6), and which roles send them.
    """

    version: Version
    message_types: frozenset[int]
    answer_unreadable: bool
    answer_unknown_type: bool
    error_codes: frozenset[str]
    max_description: int | None
    actions: Mapping[str, frozenset[Role]]
    send_actions: Mapping[str, frozenset[Role]]
    _spelling: Mapping[str, str] = attrs.field(alias="spelling")

    def spell(self, code: str) -> str:
        """Return *code* spelled as this version prints it.

        Either spelling of the two 1.6 misspelled codes is accepted. A code this version does
        not define becomes ``GenericError``, so the engine never sends a code the version lacks.
        """
        code = _ALIASES.get(code, code)
        code = self._spelling.get(code, code)
        return code if code in self.error_codes else "GenericError"

    def normalise(self, code: str) -> str:
        """Return a received *code* in this version's spelling; unknown codes stay as they are."""
        canonical = _ALIASES.get(code, code)
        spelled = self._spelling.get(canonical, canonical)
        return spelled if spelled in self.error_codes else code

    def describe(self, text: str) -> str:
        """Cut an errorDescription to the version's maximum length."""
        limit = self.max_description
        if limit is not None and len(text) > limit:
            return text[: limit - 3] + "..."
        return text


_V201_ACTIONS = _senders(_V201_FROM_CS, _V201_FROM_CSMS)

_RULES: dict[Version, VersionRules] = {
    # 1.5 has no OCPP-J; its SOAP transport maps requests and responses onto 1.6's frames and
    # error codes, which the device then handles as for 1.6.
    Version.V15: VersionRules(
        version=Version.V15,
        message_types=frozenset({CALL, CALLRESULT, CALLERROR}),
        answer_unreadable=False,
        answer_unknown_type=False,
        error_codes=frozenset(_V16_SPELLING.get(c, c) for c in _COMMON_CODES),
        max_description=None,
        actions=_senders(_V15_FROM_CS, _V15_FROM_CSMS),
        send_actions={},
        spelling=_V16_SPELLING,
    ),
    Version.V16: VersionRules(
        version=Version.V16,
        message_types=frozenset({CALL, CALLRESULT, CALLERROR}),
        answer_unreadable=False,
        answer_unknown_type=False,
        error_codes=frozenset(_V16_SPELLING.get(c, c) for c in _COMMON_CODES),
        max_description=None,
        actions=_senders(_V16_FROM_CS, _V16_FROM_CSMS),
        send_actions={},
        spelling=_V16_SPELLING,
    ),
    Version.V201: VersionRules(
        version=Version.V201,
        message_types=frozenset({CALL, CALLRESULT, CALLERROR}),
        answer_unreadable=True,
        answer_unknown_type=True,
        error_codes=_V2_CODES,
        max_description=255,
        actions=_V201_ACTIONS,
        send_actions={},
        spelling={},
    ),
    Version.V21: VersionRules(
        version=Version.V21,
        message_types=frozenset({CALL, CALLRESULT, CALLERROR, CALLRESULTERROR, SEND}),
        answer_unreadable=True,
        answer_unknown_type=False,
        error_codes=_V2_CODES,
        max_description=255,
        actions=_senders(
            _V201_FROM_CS + " " + _V21_NEW_FROM_CS, _V201_FROM_CSMS + " " + _V21_NEW_FROM_CSMS
        ),
        send_actions=_senders(_V21_SEND_FROM_CS, ""),
        spelling={},
    ),
}

#: Names accepted for each version besides the subprotocol name itself.
_VERSION_ALIASES = {
    "1.5": Version.V15,
    "ocpp1.6j": Version.V16,
    "ocpp1.6-json": Version.V16,
    "1.6": Version.V16,
    "2.0.1": Version.V201,
    "2.1": Version.V21,
}


def parse_version(value: str | Version) -> Version:
    """Return the `Version` for a subprotocol name such as ``"ocpp2.0.1"``.

    Raises:
        ValueError: *value* names no supported version.
    """
    if isinstance(value, Version):
        return value
    try:
        return Version(value)
    except ValueError:
        pass
    found = _VERSION_ALIASES.get(str(value).lower())
    if found is None:
        supported = ", ".join(v.value for v in Version)
        raise ValueError(f"unsupported OCPP version {value!r}; supported: {supported}")
    return found


def rules_for(version: str | Version) -> VersionRules:
    """Return the `VersionRules` of *version* (a `Version` or its subprotocol name).

    Raises:
        ValueError: *version* names no supported version.
    """
    return _RULES[parse_version(version)]
