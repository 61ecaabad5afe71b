"""Typed payload classes for OCPP 1.6, generated from ``schemas/v16``.

Do not edit: regenerate with ``python -m ocpp_engine.messages.generate``. The naming
rules are described in `ocpp_engine.messages.generate`; convert instances with
[`to_wire`][ocpp_engine.messages.to_wire] and
[`from_wire`][ocpp_engine.messages.from_wire].
"""

import datetime
from collections.abc import Callable
from enum import Enum
from typing import Any, ClassVar

import attrs

from ocpp_engine.messages._base import Request, Response, Send
from ocpp_engine.messages._base import coerce_fields as _coerce_fields
from ocpp_engine.messages._base import eq_fields as _eq_fields
from ocpp_engine.messages._base import hash_fields as _hash_fields
from ocpp_engine.messages._base import repr_fields as _repr_fields
from ocpp_engine.messages._base import slot_setters as _slot_setters
from ocpp_engine.messages._datetime import format_datetime as _format_datetime
from ocpp_engine.messages._datetime import parse_datetime as _parse_datetime

__all__ = [
    "AuthorizationData",
    "AuthorizationStatus",
    "AuthorizeRequest",
    "AuthorizeResponse",
    "AvailabilityStatus",
    "AvailabilityType",
    "BootNotificationRequest",
    "BootNotificationResponse",
    "CancelReservationRequest",
    "CancelReservationResponse",
    "CancelReservationStatus",
    "CertificateHashData",
    "CertificateSignedRequest",
    "CertificateSignedResponse",
    "CertificateSignedStatusEnum",
    "CertificateUseEnum",
    "ChangeAvailabilityRequest",
    "ChangeAvailabilityResponse",
    "ChangeConfigurationRequest",
    "ChangeConfigurationResponse",
    "ChargePointErrorCode",
    "ChargePointStatus",
    "ChargingProfile",
    "ChargingProfileKindType",
    "ChargingProfilePurposeType",
    "ChargingProfileStatus",
    "ChargingRateUnitType",
    "ChargingSchedule",
    "ChargingSchedulePeriod",
    "ClearCacheRequest",
    "ClearCacheResponse",
    "ClearCacheStatus",
    "ClearChargingProfileRequest",
    "ClearChargingProfileResponse",
    "ClearChargingProfileStatus",
    "ConfigurationStatus",
    "DataTransferRequest",
    "DataTransferResponse",
    "DataTransferStatus",
    "DeleteCertificateRequest",
    "DeleteCertificateResponse",
    "DeleteCertificateStatusEnum",
    "DiagnosticsStatus",
    "DiagnosticsStatusNotificationRequest",
    "DiagnosticsStatusNotificationResponse",
    "ExtendedTriggerMessageRequest",
    "ExtendedTriggerMessageResponse",
    "Firmware",
    "FirmwareStatus",
    "FirmwareStatusEnum",
    "FirmwareStatusNotificationRequest",
    "FirmwareStatusNotificationResponse",
    "GenericStatusEnum",
    "GetCompositeScheduleRequest",
    "GetCompositeScheduleResponse",
    "GetCompositeScheduleStatus",
    "GetConfigurationRequest",
    "GetConfigurationResponse",
    "GetDiagnosticsRequest",
    "GetDiagnosticsResponse",
    "GetInstalledCertificateIdsRequest",
    "GetInstalledCertificateIdsResponse",
    "GetInstalledCertificateStatusEnum",
    "GetLocalListVersionRequest",
    "GetLocalListVersionResponse",
    "GetLogRequest",
    "GetLogResponse",
    "HashAlgorithmEnum",
    "HeartbeatRequest",
    "HeartbeatResponse",
    "IdTagInfo",
    "InstallCertificateRequest",
    "InstallCertificateResponse",
    "InstallCertificateStatusEnum",
    "KeyValue",
    "Location",
    "LogEnum",
    "LogParameters",
    "LogStatusEnum",
    "LogStatusNotificationRequest",
    "LogStatusNotificationResponse",
    "Measurand",
    "MessageTrigger",
    "MessageTriggerEnum",
    "MeterValue",
    "MeterValueStopTransactionRequest",
    "MeterValuesRequest",
    "MeterValuesResponse",
    "Phase",
    "REQUESTS",
    "RESPONSES",
    "ReadingContext",
    "Reason",
    "RecurrencyKindType",
    "RegistrationStatus",
    "RemoteStartStopStatus",
    "RemoteStartTransactionRequest",
    "RemoteStartTransactionResponse",
    "RemoteStopTransactionRequest",
    "RemoteStopTransactionResponse",
    "ReservationStatus",
    "ReserveNowRequest",
    "ReserveNowResponse",
    "ResetRequest",
    "ResetResponse",
    "ResetStatus",
    "ResetType",
    "SENDS",
    "SampledValue",
    "SampledValueStopTransactionRequest",
    "SecurityEventNotificationRequest",
    "SecurityEventNotificationResponse",
    "SendLocalListRequest",
    "SendLocalListResponse",
    "SetChargingProfileRequest",
    "SetChargingProfileResponse",
    "SignCertificateRequest",
    "SignCertificateResponse",
    "SignedFirmwareStatusNotificationRequest",
    "SignedFirmwareStatusNotificationResponse",
    "SignedUpdateFirmwareRequest",
    "SignedUpdateFirmwareResponse",
    "StartTransactionRequest",
    "StartTransactionResponse",
    "StatusNotificationRequest",
    "StatusNotificationResponse",
    "StopTransactionRequest",
    "StopTransactionResponse",
    "TriggerMessageRequest",
    "TriggerMessageResponse",
    "TriggerMessageStatus",
    "TriggerMessageStatusEnum",
    "UnitOfMeasure",
    "UnitOfMeasureStopTransactionRequest",
    "UnlockConnectorRequest",
    "UnlockConnectorResponse",
    "UnlockStatus",
    "UpdateFirmwareRequest",
    "UpdateFirmwareResponse",
    "UpdateFirmwareStatusEnum",
    "UpdateStatus",
    "UpdateType",
    "UploadLogStatusEnum",
    "ValueFormat",
]


class AuthorizationStatus(str, Enum):
    """Values of ``status`` in AuthorizeResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    EXPIRED = "Expired"
    INVALID = "Invalid"
    CONCURRENT_TX = "ConcurrentTx"


class AvailabilityStatus(str, Enum):
    """Values of ``status`` in ChangeAvailabilityResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class AvailabilityType(str, Enum):
    """Values of ``type`` in ChangeAvailability (OCPP 1.6)."""

    INOPERATIVE = "Inoperative"
    OPERATIVE = "Operative"


class CancelReservationStatus(str, Enum):
    """Values of ``status`` in CancelReservationResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateSignedStatusEnum(str, Enum):
    """Values of schema type ``CertificateSignedStatusEnumType`` (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateUseEnum(str, Enum):
    """Values of schema type ``CertificateUseEnumType`` (OCPP 1.6)."""

    CENTRAL_SYSTEM_ROOT_CERTIFICATE = "CentralSystemRootCertificate"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"


class ChargePointErrorCode(str, Enum):
    """Values of ``errorCode`` in StatusNotification (OCPP 1.6)."""

    CONNECTOR_LOCK_FAILURE = "ConnectorLockFailure"
    EV_COMMUNICATION_ERROR = "EVCommunicationError"
    GROUND_FAILURE = "GroundFailure"
    HIGH_TEMPERATURE = "HighTemperature"
    INTERNAL_ERROR = "InternalError"
    LOCAL_LIST_CONFLICT = "LocalListConflict"
    NO_ERROR = "NoError"
    OTHER_ERROR = "OtherError"
    OVER_CURRENT_FAILURE = "OverCurrentFailure"
    POWER_METER_FAILURE = "PowerMeterFailure"
    POWER_SWITCH_FAILURE = "PowerSwitchFailure"
    READER_FAILURE = "ReaderFailure"
    RESET_FAILURE = "ResetFailure"
    UNDER_VOLTAGE = "UnderVoltage"
    OVER_VOLTAGE = "OverVoltage"
    WEAK_SIGNAL = "WeakSignal"


class ChargePointStatus(str, Enum):
    """Values of ``status`` in StatusNotification (OCPP 1.6)."""

    AVAILABLE = "Available"
    PREPARING = "Preparing"
    CHARGING = "Charging"
    SUSPENDED_EVSE = "SuspendedEVSE"
    SUSPENDED_EV = "SuspendedEV"
    FINISHING = "Finishing"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


class ChargingProfileKindType(str, Enum):
    """Values of ``chargingProfileKind`` in RemoteStartTransaction (OCPP 1.6)."""

    ABSOLUTE = "Absolute"
    RECURRING = "Recurring"
    RELATIVE = "Relative"


class ChargingProfilePurposeType(str, Enum):
    """Values of ``chargingProfilePurpose`` in ClearChargingProfile (OCPP 1.6)."""

    CHARGE_POINT_MAX_PROFILE = "ChargePointMaxProfile"
    TX_DEFAULT_PROFILE = "TxDefaultProfile"
    TX_PROFILE = "TxProfile"


class ChargingProfileStatus(str, Enum):
    """Values of ``status`` in SetChargingProfileResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_SUPPORTED = "NotSupported"


class ChargingRateUnitType(str, Enum):
    """Values of ``chargingRateUnit`` in GetCompositeSchedule (OCPP 1.6)."""

    A = "A"
    W = "W"


class ClearCacheStatus(str, Enum):
    """Values of ``status`` in ClearCacheResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ClearChargingProfileStatus(str, Enum):
    """Values of ``status`` in ClearChargingProfileResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class ConfigurationStatus(str, Enum):
    """Values of ``status`` in ChangeConfigurationResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    REBOOT_REQUIRED = "RebootRequired"
    NOT_SUPPORTED = "NotSupported"


class DataTransferStatus(str, Enum):
    """Values of ``status`` in DataTransferResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_MESSAGE_ID = "UnknownMessageId"
    UNKNOWN_VENDOR_ID = "UnknownVendorId"


class DeleteCertificateStatusEnum(str, Enum):
    """Values of schema type ``DeleteCertificateStatusEnumType`` (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    NOT_FOUND = "NotFound"


class DiagnosticsStatus(str, Enum):
    """Values of ``status`` in DiagnosticsStatusNotification (OCPP 1.6)."""

    IDLE = "Idle"
    UPLOADED = "Uploaded"
    UPLOAD_FAILED = "UploadFailed"
    UPLOADING = "Uploading"


class FirmwareStatus(str, Enum):
    """Values of ``status`` in FirmwareStatusNotification (OCPP 1.6)."""

    DOWNLOADED = "Downloaded"
    DOWNLOAD_FAILED = "DownloadFailed"
    DOWNLOADING = "Downloading"
    IDLE = "Idle"
    INSTALLATION_FAILED = "InstallationFailed"
    INSTALLING = "Installing"
    INSTALLED = "Installed"


class FirmwareStatusEnum(str, Enum):
    """Values of schema type ``FirmwareStatusEnumType`` (OCPP 1.6)."""

    DOWNLOADED = "Downloaded"
    DOWNLOAD_FAILED = "DownloadFailed"
    DOWNLOADING = "Downloading"
    DOWNLOAD_SCHEDULED = "DownloadScheduled"
    DOWNLOAD_PAUSED = "DownloadPaused"
    IDLE = "Idle"
    INSTALLATION_FAILED = "InstallationFailed"
    INSTALLING = "Installing"
    INSTALLED = "Installed"
    INSTALL_REBOOTING = "InstallRebooting"
    INSTALL_SCHEDULED = "InstallScheduled"
    INSTALL_VERIFICATION_FAILED = "InstallVerificationFailed"
    INVALID_SIGNATURE = "InvalidSignature"
    SIGNATURE_VERIFIED = "SignatureVerified"


class GenericStatusEnum(str, Enum):
    """Values of schema type ``GenericStatusEnumType`` (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class GetCompositeScheduleStatus(str, Enum):
    """Values of ``status`` in GetCompositeScheduleResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class GetInstalledCertificateStatusEnum(str, Enum):
    """Values of schema type ``GetInstalledCertificateStatusEnumType`` (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    NOT_FOUND = "NotFound"


class HashAlgorithmEnum(str, Enum):
    """Values of schema type ``HashAlgorithmEnumType`` (OCPP 1.6)."""

    SHA256 = "SHA256"
    SHA384 = "SHA384"
    SHA512 = "SHA512"


class InstallCertificateStatusEnum(str, Enum):
    """Values of schema type ``InstallCertificateStatusEnumType`` (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    REJECTED = "Rejected"


class Location(str, Enum):
    """Values of ``location`` in MeterValues (OCPP 1.6)."""

    CABLE = "Cable"
    EV = "EV"
    INLET = "Inlet"
    OUTLET = "Outlet"
    BODY = "Body"


class LogEnum(str, Enum):
    """Values of schema type ``LogEnumType`` (OCPP 1.6)."""

    DIAGNOSTICS_LOG = "DiagnosticsLog"
    SECURITY_LOG = "SecurityLog"


class LogStatusEnum(str, Enum):
    """Values of schema type ``LogStatusEnumType`` (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"


class Measurand(str, Enum):
    """Values of ``measurand`` in MeterValues (OCPP 1.6)."""

    ENERGY_ACTIVE_EXPORT_REGISTER = "Energy.Active.Export.Register"
    ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register"
    ENERGY_REACTIVE_EXPORT_REGISTER = "Energy.Reactive.Export.Register"
    ENERGY_REACTIVE_IMPORT_REGISTER = "Energy.Reactive.Import.Register"
    ENERGY_ACTIVE_EXPORT_INTERVAL = "Energy.Active.Export.Interval"
    ENERGY_ACTIVE_IMPORT_INTERVAL = "Energy.Active.Import.Interval"
    ENERGY_REACTIVE_EXPORT_INTERVAL = "Energy.Reactive.Export.Interval"
    ENERGY_REACTIVE_IMPORT_INTERVAL = "Energy.Reactive.Import.Interval"
    POWER_ACTIVE_EXPORT = "Power.Active.Export"
    POWER_ACTIVE_IMPORT = "Power.Active.Import"
    POWER_OFFERED = "Power.Offered"
    POWER_REACTIVE_EXPORT = "Power.Reactive.Export"
    POWER_REACTIVE_IMPORT = "Power.Reactive.Import"
    POWER_FACTOR = "Power.Factor"
    CURRENT_IMPORT = "Current.Import"
    CURRENT_EXPORT = "Current.Export"
    CURRENT_OFFERED = "Current.Offered"
    VOLTAGE = "Voltage"
    FREQUENCY = "Frequency"
    TEMPERATURE = "Temperature"
    SOC = "SoC"
    RPM = "RPM"


class MessageTrigger(str, Enum):
    """Values of ``requestedMessage`` in TriggerMessage (OCPP 1.6)."""

    BOOT_NOTIFICATION = "BootNotification"
    DIAGNOSTICS_STATUS_NOTIFICATION = "DiagnosticsStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    STATUS_NOTIFICATION = "StatusNotification"


class MessageTriggerEnum(str, Enum):
    """Values of schema type ``MessageTriggerEnumType`` (OCPP 1.6)."""

    BOOT_NOTIFICATION = "BootNotification"
    LOG_STATUS_NOTIFICATION = "LogStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    SIGN_CHARGE_POINT_CERTIFICATE = "SignChargePointCertificate"
    STATUS_NOTIFICATION = "StatusNotification"


class Phase(str, Enum):
    """Values of ``phase`` in MeterValues (OCPP 1.6)."""

    L1 = "L1"
    L2 = "L2"
    L3 = "L3"
    N = "N"
    L1_N = "L1-N"
    L2_N = "L2-N"
    L3_N = "L3-N"
    L1_L2 = "L1-L2"
    L2_L3 = "L2-L3"
    L3_L1 = "L3-L1"


class ReadingContext(str, Enum):
    """Values of ``context`` in MeterValues (OCPP 1.6)."""

    INTERRUPTION_BEGIN = "Interruption.Begin"
    INTERRUPTION_END = "Interruption.End"
    SAMPLE_CLOCK = "Sample.Clock"
    SAMPLE_PERIODIC = "Sample.Periodic"
    TRANSACTION_BEGIN = "Transaction.Begin"
    TRANSACTION_END = "Transaction.End"
    TRIGGER = "Trigger"
    OTHER = "Other"


class Reason(str, Enum):
    """Values of ``reason`` in StopTransaction (OCPP 1.6)."""

    EMERGENCY_STOP = "EmergencyStop"
    EV_DISCONNECTED = "EVDisconnected"
    HARD_RESET = "HardReset"
    LOCAL = "Local"
    OTHER = "Other"
    POWER_LOSS = "PowerLoss"
    REBOOT = "Reboot"
    REMOTE = "Remote"
    SOFT_RESET = "SoftReset"
    UNLOCK_COMMAND = "UnlockCommand"
    DE_AUTHORIZED = "DeAuthorized"


class RecurrencyKindType(str, Enum):
    """Values of ``recurrencyKind`` in RemoteStartTransaction (OCPP 1.6)."""

    DAILY = "Daily"
    WEEKLY = "Weekly"


class RegistrationStatus(str, Enum):
    """Values of ``status`` in BootNotificationResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    PENDING = "Pending"
    REJECTED = "Rejected"


class RemoteStartStopStatus(str, Enum):
    """Values of ``status`` in RemoteStartTransactionResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ReservationStatus(str, Enum):
    """Values of ``status`` in ReserveNowResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    FAULTED = "Faulted"
    OCCUPIED = "Occupied"
    REJECTED = "Rejected"
    UNAVAILABLE = "Unavailable"


class ResetStatus(str, Enum):
    """Values of ``status`` in ResetResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ResetType(str, Enum):
    """Values of ``type`` in Reset (OCPP 1.6)."""

    HARD = "Hard"
    SOFT = "Soft"


class TriggerMessageStatus(str, Enum):
    """Values of ``status`` in TriggerMessageResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_IMPLEMENTED = "NotImplemented"


class TriggerMessageStatusEnum(str, Enum):
    """Values of schema type ``TriggerMessageStatusEnumType`` (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_IMPLEMENTED = "NotImplemented"


class UnitOfMeasure(str, Enum):
    """Values of ``unit`` in MeterValues (OCPP 1.6)."""

    WH = "Wh"
    KWH = "kWh"
    VARH = "varh"
    KVARH = "kvarh"
    W = "W"
    KW = "kW"
    VA = "VA"
    KVA = "kVA"
    VAR = "var"
    KVAR = "kvar"
    A = "A"
    V = "V"
    K = "K"
    CELCIUS = "Celcius"
    CELSIUS = "Celsius"
    FAHRENHEIT = "Fahrenheit"
    PERCENT = "Percent"
    HERTZ = "Hertz"


class UnitOfMeasureStopTransactionRequest(str, Enum):
    """Values of ``unit`` in StopTransaction (OCPP 1.6)."""

    WH = "Wh"
    KWH = "kWh"
    VARH = "varh"
    KVARH = "kvarh"
    W = "W"
    KW = "kW"
    VA = "VA"
    KVA = "kVA"
    VAR = "var"
    KVAR = "kvar"
    A = "A"
    V = "V"
    K = "K"
    CELCIUS = "Celcius"
    CELSIUS = "Celsius"
    FAHRENHEIT = "Fahrenheit"
    PERCENT = "Percent"


class UnlockStatus(str, Enum):
    """Values of ``status`` in UnlockConnectorResponse (OCPP 1.6)."""

    UNLOCKED = "Unlocked"
    UNLOCK_FAILED = "UnlockFailed"
    NOT_SUPPORTED = "NotSupported"


class UpdateFirmwareStatusEnum(str, Enum):
    """Values of schema type ``UpdateFirmwareStatusEnumType`` (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"
    INVALID_CERTIFICATE = "InvalidCertificate"
    REVOKED_CERTIFICATE = "RevokedCertificate"


class UpdateStatus(str, Enum):
    """Values of ``status`` in SendLocalListResponse (OCPP 1.6)."""

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    NOT_SUPPORTED = "NotSupported"
    VERSION_MISMATCH = "VersionMismatch"


class UpdateType(str, Enum):
    """Values of ``updateType`` in SendLocalList (OCPP 1.6)."""

    DIFFERENTIAL = "Differential"
    FULL = "Full"


class UploadLogStatusEnum(str, Enum):
    """Values of schema type ``UploadLogStatusEnumType`` (OCPP 1.6)."""

    BAD_MESSAGE = "BadMessage"
    IDLE = "Idle"
    NOT_SUPPORTED_OPERATION = "NotSupportedOperation"
    PERMISSION_DENIED = "PermissionDenied"
    UPLOADED = "Uploaded"
    UPLOAD_FAILURE = "UploadFailure"
    UPLOADING = "Uploading"


class ValueFormat(str, Enum):
    """Values of ``format`` in MeterValues (OCPP 1.6)."""

    RAW = "Raw"
    SIGNED_DATA = "SignedData"


@attrs.frozen
class IdTagInfo:
    """Object of ``idTagInfo`` in AuthorizeResponse (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: AuthorizationStatus = attrs.field(metadata={"wire": "status"})
    expiry_date: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "expiryDate"}
    )
    parent_id_tag: str | None = attrs.field(default=None, metadata={"wire": "parentIdTag"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AuthorizationData:
    """Object of ``localAuthorizationList`` in SendLocalList (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_tag: str = attrs.field(metadata={"wire": "idTag"})
    id_tag_info: IdTagInfo | None = attrs.field(default=None, metadata={"wire": "idTagInfo"})


@attrs.frozen
class CertificateHashData:
    """Object of schema type ``CertificateHashDataType`` (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    hash_algorithm: HashAlgorithmEnum = attrs.field(metadata={"wire": "hashAlgorithm"})
    issuer_name_hash: str = attrs.field(metadata={"wire": "issuerNameHash"})
    issuer_key_hash: str = attrs.field(metadata={"wire": "issuerKeyHash"})
    serial_number: str = attrs.field(metadata={"wire": "serialNumber"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingSchedulePeriod:
    """Object of ``chargingSchedulePeriod`` in GetCompositeScheduleResponse (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    start_period: int = attrs.field(metadata={"wire": "startPeriod"})
    limit: float = attrs.field(metadata={"wire": "limit"})
    number_phases: int | None = attrs.field(default=None, metadata={"wire": "numberPhases"})


@attrs.frozen
class ChargingSchedule:
    """Object of ``chargingSchedule`` in GetCompositeScheduleResponse (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_rate_unit: ChargingRateUnitType = attrs.field(metadata={"wire": "chargingRateUnit"})
    charging_schedule_period: list[ChargingSchedulePeriod] = attrs.field(
        metadata={"wire": "chargingSchedulePeriod"}
    )
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    start_schedule: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "startSchedule"}
    )
    min_charging_rate: float | None = attrs.field(
        default=None, metadata={"wire": "minChargingRate"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingProfile:
    """Object of ``chargingProfile`` in RemoteStartTransaction (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_profile_id: int = attrs.field(metadata={"wire": "chargingProfileId"})
    stack_level: int = attrs.field(metadata={"wire": "stackLevel"})
    charging_profile_purpose: ChargingProfilePurposeType = attrs.field(
        metadata={"wire": "chargingProfilePurpose"}
    )
    charging_profile_kind: ChargingProfileKindType = attrs.field(
        metadata={"wire": "chargingProfileKind"}
    )
    charging_schedule: ChargingSchedule = attrs.field(metadata={"wire": "chargingSchedule"})
    transaction_id: int | None = attrs.field(default=None, metadata={"wire": "transactionId"})
    recurrency_kind: RecurrencyKindType | None = attrs.field(
        default=None, metadata={"wire": "recurrencyKind"}
    )
    valid_from: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "validFrom"})
    valid_to: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "validTo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class Firmware:
    """Object of schema type ``FirmwareType`` (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    location: str = attrs.field(metadata={"wire": "location"})
    retrieve_date_time: datetime.datetime = attrs.field(metadata={"wire": "retrieveDateTime"})
    signing_certificate: str = attrs.field(metadata={"wire": "signingCertificate"})
    signature: str = attrs.field(metadata={"wire": "signature"})
    install_date_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "installDateTime"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class KeyValue:
    """Object of ``configurationKey`` in GetConfigurationResponse (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    key: str = attrs.field(metadata={"wire": "key"})
    readonly: bool = attrs.field(metadata={"wire": "readonly"})
    value: str | None = attrs.field(default=None, metadata={"wire": "value"})


@attrs.frozen
class LogParameters:
    """Object of schema type ``LogParametersType`` (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    remote_location: str = attrs.field(metadata={"wire": "remoteLocation"})
    oldest_timestamp: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "oldestTimestamp"}
    )
    latest_timestamp: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "latestTimestamp"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SampledValue:
    """Object of ``sampledValue`` in MeterValues (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    value: str = attrs.field(metadata={"wire": "value"})
    context: ReadingContext | None = attrs.field(default=None, metadata={"wire": "context"})
    format_: ValueFormat | None = attrs.field(default=None, metadata={"wire": "format"})
    measurand: Measurand | None = attrs.field(default=None, metadata={"wire": "measurand"})
    phase: Phase | None = attrs.field(default=None, metadata={"wire": "phase"})
    location: Location | None = attrs.field(default=None, metadata={"wire": "location"})
    unit: UnitOfMeasure | None = attrs.field(default=None, metadata={"wire": "unit"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class MeterValue:
    """Object of ``meterValue`` in MeterValues (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    sampled_value: list[SampledValue] = attrs.field(metadata={"wire": "sampledValue"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SampledValueStopTransactionRequest:
    """Object of ``sampledValue`` in StopTransaction (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    value: str = attrs.field(metadata={"wire": "value"})
    context: ReadingContext | None = attrs.field(default=None, metadata={"wire": "context"})
    format_: ValueFormat | None = attrs.field(default=None, metadata={"wire": "format"})
    measurand: Measurand | None = attrs.field(default=None, metadata={"wire": "measurand"})
    phase: Phase | None = attrs.field(default=None, metadata={"wire": "phase"})
    location: Location | None = attrs.field(default=None, metadata={"wire": "location"})
    unit: UnitOfMeasureStopTransactionRequest | None = attrs.field(
        default=None, metadata={"wire": "unit"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class MeterValueStopTransactionRequest:
    """Object of ``transactionData`` in StopTransaction (OCPP 1.6)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    sampled_value: list[SampledValueStopTransactionRequest] = attrs.field(
        metadata={"wire": "sampledValue"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AuthorizeResponse(Response):
    """Payload of the Authorize response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "Authorize"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_tag_info: IdTagInfo = attrs.field(metadata={"wire": "idTagInfo"})


@attrs.frozen
class BootNotificationResponse(Response):
    """Payload of the BootNotification response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "BootNotification"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: RegistrationStatus = attrs.field(metadata={"wire": "status"})
    current_time: datetime.datetime = attrs.field(metadata={"wire": "currentTime"})
    interval: int = attrs.field(metadata={"wire": "interval"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CancelReservationResponse(Response):
    """Payload of the CancelReservation response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "CancelReservation"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: CancelReservationStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CertificateSignedResponse(Response):
    """Payload of the CertificateSigned response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "CertificateSigned"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: CertificateSignedStatusEnum = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChangeAvailabilityResponse(Response):
    """Payload of the ChangeAvailability response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ChangeAvailability"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: AvailabilityStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChangeConfigurationResponse(Response):
    """Payload of the ChangeConfiguration response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ChangeConfiguration"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ConfigurationStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearCacheResponse(Response):
    """Payload of the ClearCache response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ClearCache"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearCacheStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearChargingProfileResponse(Response):
    """Payload of the ClearChargingProfile response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ClearChargingProfile"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearChargingProfileStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DataTransferResponse(Response):
    """Payload of the DataTransfer response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "DataTransfer"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DataTransferStatus = attrs.field(metadata={"wire": "status"})
    data: str | None = attrs.field(default=None, metadata={"wire": "data"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DeleteCertificateResponse(Response):
    """Payload of the DeleteCertificate response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "DeleteCertificate"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DeleteCertificateStatusEnum = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DiagnosticsStatusNotificationResponse(Response):
    """Payload of the DiagnosticsStatusNotification response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "DiagnosticsStatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class ExtendedTriggerMessageResponse(Response):
    """Payload of the ExtendedTriggerMessage response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ExtendedTriggerMessage"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: TriggerMessageStatusEnum = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class FirmwareStatusNotificationResponse(Response):
    """Payload of the FirmwareStatusNotification response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "FirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class GetCompositeScheduleResponse(Response):
    """Payload of the GetCompositeSchedule response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetCompositeSchedule"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetCompositeScheduleStatus = attrs.field(metadata={"wire": "status"})
    connector_id: int | None = attrs.field(default=None, metadata={"wire": "connectorId"})
    schedule_start: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "scheduleStart"}
    )
    charging_schedule: ChargingSchedule | None = attrs.field(
        default=None, metadata={"wire": "chargingSchedule"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetConfigurationResponse(Response):
    """Payload of the GetConfiguration response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetConfiguration"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    configuration_key: list[KeyValue] | None = attrs.field(
        default=None, metadata={"wire": "configurationKey"}
    )
    unknown_key: list[str] | None = attrs.field(default=None, metadata={"wire": "unknownKey"})


@attrs.frozen
class GetDiagnosticsResponse(Response):
    """Payload of the GetDiagnostics response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetDiagnostics"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    file_name: str | None = attrs.field(default=None, metadata={"wire": "fileName"})


@attrs.frozen
class GetInstalledCertificateIdsResponse(Response):
    """Payload of the GetInstalledCertificateIds response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetInstalledCertificateIds"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetInstalledCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    certificate_hash_data: list[CertificateHashData] | None = attrs.field(
        default=None, metadata={"wire": "certificateHashData"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetLocalListVersionResponse(Response):
    """Payload of the GetLocalListVersion response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetLocalListVersion"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    list_version: int = attrs.field(metadata={"wire": "listVersion"})


@attrs.frozen
class GetLogResponse(Response):
    """Payload of the GetLog response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetLog"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: LogStatusEnum = attrs.field(metadata={"wire": "status"})
    filename: str | None = attrs.field(default=None, metadata={"wire": "filename"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class HeartbeatResponse(Response):
    """Payload of the Heartbeat response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "Heartbeat"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    current_time: datetime.datetime = attrs.field(metadata={"wire": "currentTime"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class InstallCertificateResponse(Response):
    """Payload of the InstallCertificate response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "InstallCertificate"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: InstallCertificateStatusEnum = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class LogStatusNotificationResponse(Response):
    """Payload of the LogStatusNotification response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "LogStatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class MeterValuesResponse(Response):
    """Payload of the MeterValues response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "MeterValues"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class RemoteStartTransactionResponse(Response):
    """Payload of the RemoteStartTransaction response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "RemoteStartTransaction"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: RemoteStartStopStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class RemoteStopTransactionResponse(Response):
    """Payload of the RemoteStopTransaction response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "RemoteStopTransaction"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: RemoteStartStopStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ReserveNowResponse(Response):
    """Payload of the ReserveNow response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ReserveNow"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ReservationStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ResetResponse(Response):
    """Payload of the Reset response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "Reset"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ResetStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SecurityEventNotificationResponse(Response):
    """Payload of the SecurityEventNotification response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SecurityEventNotification"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class SendLocalListResponse(Response):
    """Payload of the SendLocalList response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SendLocalList"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UpdateStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetChargingProfileResponse(Response):
    """Payload of the SetChargingProfile response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SetChargingProfile"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ChargingProfileStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SignCertificateResponse(Response):
    """Payload of the SignCertificate response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SignCertificate"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SignedFirmwareStatusNotificationResponse(Response):
    """Payload of the SignedFirmwareStatusNotification response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SignedFirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class SignedUpdateFirmwareResponse(Response):
    """Payload of the SignedUpdateFirmware response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SignedUpdateFirmware"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UpdateFirmwareStatusEnum = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class StartTransactionResponse(Response):
    """Payload of the StartTransaction response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "StartTransaction"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_tag_info: IdTagInfo = attrs.field(metadata={"wire": "idTagInfo"})
    transaction_id: int = attrs.field(metadata={"wire": "transactionId"})


@attrs.frozen
class StatusNotificationResponse(Response):
    """Payload of the StatusNotification response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "StatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class StopTransactionResponse(Response):
    """Payload of the StopTransaction response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "StopTransaction"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_tag_info: IdTagInfo | None = attrs.field(default=None, metadata={"wire": "idTagInfo"})


@attrs.frozen
class TriggerMessageResponse(Response):
    """Payload of the TriggerMessage response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "TriggerMessage"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: TriggerMessageStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UnlockConnectorResponse(Response):
    """Payload of the UnlockConnector response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "UnlockConnector"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UnlockStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UpdateFirmwareResponse(Response):
    """Payload of the UpdateFirmware response (OCPP 1.6)."""

    ACTION: ClassVar[str] = "UpdateFirmware"
    VERSION: ClassVar[str] = "ocpp1.6"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class AuthorizeRequest(Request[AuthorizeResponse]):
    """Payload of the Authorize request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "Authorize"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[AuthorizeResponse]] = AuthorizeResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_tag: str = attrs.field(metadata={"wire": "idTag"})


@attrs.frozen
class BootNotificationRequest(Request[BootNotificationResponse]):
    """Payload of the BootNotification request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "BootNotification"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[BootNotificationResponse]] = BootNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charge_point_vendor: str = attrs.field(metadata={"wire": "chargePointVendor"})
    charge_point_model: str = attrs.field(metadata={"wire": "chargePointModel"})
    charge_point_serial_number: str | None = attrs.field(
        default=None, metadata={"wire": "chargePointSerialNumber"}
    )
    charge_box_serial_number: str | None = attrs.field(
        default=None, metadata={"wire": "chargeBoxSerialNumber"}
    )
    firmware_version: str | None = attrs.field(default=None, metadata={"wire": "firmwareVersion"})
    iccid: str | None = attrs.field(default=None, metadata={"wire": "iccid"})
    imsi: str | None = attrs.field(default=None, metadata={"wire": "imsi"})
    meter_type: str | None = attrs.field(default=None, metadata={"wire": "meterType"})
    meter_serial_number: str | None = attrs.field(
        default=None, metadata={"wire": "meterSerialNumber"}
    )


@attrs.frozen
class CancelReservationRequest(Request[CancelReservationResponse]):
    """Payload of the CancelReservation request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "CancelReservation"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[CancelReservationResponse]] = CancelReservationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    reservation_id: int = attrs.field(metadata={"wire": "reservationId"})


@attrs.frozen
class CertificateSignedRequest(Request[CertificateSignedResponse]):
    """Payload of the CertificateSigned request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "CertificateSigned"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[CertificateSignedResponse]] = CertificateSignedResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_chain: str = attrs.field(metadata={"wire": "certificateChain"})


@attrs.frozen
class ChangeAvailabilityRequest(Request[ChangeAvailabilityResponse]):
    """Payload of the ChangeAvailability request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ChangeAvailability"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[ChangeAvailabilityResponse]] = ChangeAvailabilityResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    connector_id: int = attrs.field(metadata={"wire": "connectorId"})
    type_: AvailabilityType = attrs.field(metadata={"wire": "type"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChangeConfigurationRequest(Request[ChangeConfigurationResponse]):
    """Payload of the ChangeConfiguration request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ChangeConfiguration"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[ChangeConfigurationResponse]] = ChangeConfigurationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    key: str = attrs.field(metadata={"wire": "key"})
    value: str = attrs.field(metadata={"wire": "value"})


@attrs.frozen
class ClearCacheRequest(Request[ClearCacheResponse]):
    """Payload of the ClearCache request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ClearCache"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[ClearCacheResponse]] = ClearCacheResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class ClearChargingProfileRequest(Request[ClearChargingProfileResponse]):
    """Payload of the ClearChargingProfile request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ClearChargingProfile"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[ClearChargingProfileResponse]] = ClearChargingProfileResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int | None = attrs.field(default=None, metadata={"wire": "id"})
    connector_id: int | None = attrs.field(default=None, metadata={"wire": "connectorId"})
    charging_profile_purpose: ChargingProfilePurposeType | None = attrs.field(
        default=None, metadata={"wire": "chargingProfilePurpose"}
    )
    stack_level: int | None = attrs.field(default=None, metadata={"wire": "stackLevel"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DataTransferRequest(Request[DataTransferResponse]):
    """Payload of the DataTransfer request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "DataTransfer"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[DataTransferResponse]] = DataTransferResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    vendor_id: str = attrs.field(metadata={"wire": "vendorId"})
    message_id: str | None = attrs.field(default=None, metadata={"wire": "messageId"})
    data: str | None = attrs.field(default=None, metadata={"wire": "data"})


@attrs.frozen
class DeleteCertificateRequest(Request[DeleteCertificateResponse]):
    """Payload of the DeleteCertificate request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "DeleteCertificate"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[DeleteCertificateResponse]] = DeleteCertificateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_hash_data: CertificateHashData = attrs.field(
        metadata={"wire": "certificateHashData"}
    )


@attrs.frozen
class DiagnosticsStatusNotificationRequest(Request[DiagnosticsStatusNotificationResponse]):
    """Payload of the DiagnosticsStatusNotification request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "DiagnosticsStatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[DiagnosticsStatusNotificationResponse]] = (
        DiagnosticsStatusNotificationResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DiagnosticsStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ExtendedTriggerMessageRequest(Request[ExtendedTriggerMessageResponse]):
    """Payload of the ExtendedTriggerMessage request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ExtendedTriggerMessage"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[ExtendedTriggerMessageResponse]] = ExtendedTriggerMessageResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    requested_message: MessageTriggerEnum = attrs.field(metadata={"wire": "requestedMessage"})
    connector_id: int | None = attrs.field(default=None, metadata={"wire": "connectorId"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class FirmwareStatusNotificationRequest(Request[FirmwareStatusNotificationResponse]):
    """Payload of the FirmwareStatusNotification request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "FirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[FirmwareStatusNotificationResponse]] = (
        FirmwareStatusNotificationResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: FirmwareStatus = attrs.field(metadata={"wire": "status"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetCompositeScheduleRequest(Request[GetCompositeScheduleResponse]):
    """Payload of the GetCompositeSchedule request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetCompositeSchedule"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[GetCompositeScheduleResponse]] = GetCompositeScheduleResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    connector_id: int = attrs.field(metadata={"wire": "connectorId"})
    duration: int = attrs.field(metadata={"wire": "duration"})
    charging_rate_unit: ChargingRateUnitType | None = attrs.field(
        default=None, metadata={"wire": "chargingRateUnit"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetConfigurationRequest(Request[GetConfigurationResponse]):
    """Payload of the GetConfiguration request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetConfiguration"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[GetConfigurationResponse]] = GetConfigurationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    key: list[str] | None = attrs.field(default=None, metadata={"wire": "key"})


@attrs.frozen
class GetDiagnosticsRequest(Request[GetDiagnosticsResponse]):
    """Payload of the GetDiagnostics request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetDiagnostics"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[GetDiagnosticsResponse]] = GetDiagnosticsResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    location: str = attrs.field(metadata={"wire": "location"})
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    retry_interval: int | None = attrs.field(default=None, metadata={"wire": "retryInterval"})
    start_time: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "startTime"})
    stop_time: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "stopTime"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetInstalledCertificateIdsRequest(Request[GetInstalledCertificateIdsResponse]):
    """Payload of the GetInstalledCertificateIds request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetInstalledCertificateIds"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[GetInstalledCertificateIdsResponse]] = (
        GetInstalledCertificateIdsResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_type: CertificateUseEnum = attrs.field(metadata={"wire": "certificateType"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetLocalListVersionRequest(Request[GetLocalListVersionResponse]):
    """Payload of the GetLocalListVersion request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetLocalListVersion"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[GetLocalListVersionResponse]] = GetLocalListVersionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class GetLogRequest(Request[GetLogResponse]):
    """Payload of the GetLog request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "GetLog"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[GetLogResponse]] = GetLogResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    log: LogParameters = attrs.field(metadata={"wire": "log"})
    log_type: LogEnum = attrs.field(metadata={"wire": "logType"})
    request_id: int = attrs.field(metadata={"wire": "requestId"})
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    retry_interval: int | None = attrs.field(default=None, metadata={"wire": "retryInterval"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class HeartbeatRequest(Request[HeartbeatResponse]):
    """Payload of the Heartbeat request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "Heartbeat"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[HeartbeatResponse]] = HeartbeatResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields


@attrs.frozen
class InstallCertificateRequest(Request[InstallCertificateResponse]):
    """Payload of the InstallCertificate request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "InstallCertificate"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[InstallCertificateResponse]] = InstallCertificateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_type: CertificateUseEnum = attrs.field(metadata={"wire": "certificateType"})
    certificate: str = attrs.field(metadata={"wire": "certificate"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class LogStatusNotificationRequest(Request[LogStatusNotificationResponse]):
    """Payload of the LogStatusNotification request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "LogStatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[LogStatusNotificationResponse]] = LogStatusNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UploadLogStatusEnum = attrs.field(metadata={"wire": "status"})
    request_id: int | None = attrs.field(default=None, metadata={"wire": "requestId"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class MeterValuesRequest(Request[MeterValuesResponse]):
    """Payload of the MeterValues request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "MeterValues"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[MeterValuesResponse]] = MeterValuesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    connector_id: int = attrs.field(metadata={"wire": "connectorId"})
    meter_value: list[MeterValue] = attrs.field(metadata={"wire": "meterValue"})
    transaction_id: int | None = attrs.field(default=None, metadata={"wire": "transactionId"})


@attrs.frozen
class RemoteStartTransactionRequest(Request[RemoteStartTransactionResponse]):
    """Payload of the RemoteStartTransaction request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "RemoteStartTransaction"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[RemoteStartTransactionResponse]] = RemoteStartTransactionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_tag: str = attrs.field(metadata={"wire": "idTag"})
    connector_id: int | None = attrs.field(default=None, metadata={"wire": "connectorId"})
    charging_profile: ChargingProfile | None = attrs.field(
        default=None, metadata={"wire": "chargingProfile"}
    )


@attrs.frozen
class RemoteStopTransactionRequest(Request[RemoteStopTransactionResponse]):
    """Payload of the RemoteStopTransaction request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "RemoteStopTransaction"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[RemoteStopTransactionResponse]] = RemoteStopTransactionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    transaction_id: int = attrs.field(metadata={"wire": "transactionId"})


@attrs.frozen
class ReserveNowRequest(Request[ReserveNowResponse]):
    """Payload of the ReserveNow request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "ReserveNow"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[ReserveNowResponse]] = ReserveNowResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    connector_id: int = attrs.field(metadata={"wire": "connectorId"})
    expiry_date: datetime.datetime = attrs.field(metadata={"wire": "expiryDate"})
    id_tag: str = attrs.field(metadata={"wire": "idTag"})
    reservation_id: int = attrs.field(metadata={"wire": "reservationId"})
    parent_id_tag: str | None = attrs.field(default=None, metadata={"wire": "parentIdTag"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ResetRequest(Request[ResetResponse]):
    """Payload of the Reset request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "Reset"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[ResetResponse]] = ResetResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    type_: ResetType = attrs.field(metadata={"wire": "type"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SecurityEventNotificationRequest(Request[SecurityEventNotificationResponse]):
    """Payload of the SecurityEventNotification request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SecurityEventNotification"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[SecurityEventNotificationResponse]] = SecurityEventNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    type_: str = attrs.field(metadata={"wire": "type"})
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    tech_info: str | None = attrs.field(default=None, metadata={"wire": "techInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SendLocalListRequest(Request[SendLocalListResponse]):
    """Payload of the SendLocalList request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SendLocalList"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[SendLocalListResponse]] = SendLocalListResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    list_version: int = attrs.field(metadata={"wire": "listVersion"})
    update_type: UpdateType = attrs.field(metadata={"wire": "updateType"})
    local_authorization_list: list[AuthorizationData] | None = attrs.field(
        default=None, metadata={"wire": "localAuthorizationList"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetChargingProfileRequest(Request[SetChargingProfileResponse]):
    """Payload of the SetChargingProfile request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SetChargingProfile"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[SetChargingProfileResponse]] = SetChargingProfileResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    connector_id: int = attrs.field(metadata={"wire": "connectorId"})
    cs_charging_profiles: ChargingProfile = attrs.field(metadata={"wire": "csChargingProfiles"})


@attrs.frozen
class SignCertificateRequest(Request[SignCertificateResponse]):
    """Payload of the SignCertificate request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SignCertificate"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[SignCertificateResponse]] = SignCertificateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    csr: str = attrs.field(metadata={"wire": "csr"})


@attrs.frozen
class SignedFirmwareStatusNotificationRequest(Request[SignedFirmwareStatusNotificationResponse]):
    """Payload of the SignedFirmwareStatusNotification request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SignedFirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[SignedFirmwareStatusNotificationResponse]] = (
        SignedFirmwareStatusNotificationResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: FirmwareStatusEnum = attrs.field(metadata={"wire": "status"})
    request_id: int | None = attrs.field(default=None, metadata={"wire": "requestId"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SignedUpdateFirmwareRequest(Request[SignedUpdateFirmwareResponse]):
    """Payload of the SignedUpdateFirmware request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "SignedUpdateFirmware"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[SignedUpdateFirmwareResponse]] = SignedUpdateFirmwareResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    firmware: Firmware = attrs.field(metadata={"wire": "firmware"})
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    retry_interval: int | None = attrs.field(default=None, metadata={"wire": "retryInterval"})


@attrs.frozen
class StartTransactionRequest(Request[StartTransactionResponse]):
    """Payload of the StartTransaction request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "StartTransaction"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[StartTransactionResponse]] = StartTransactionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    connector_id: int = attrs.field(metadata={"wire": "connectorId"})
    id_tag: str = attrs.field(metadata={"wire": "idTag"})
    meter_start: int = attrs.field(metadata={"wire": "meterStart"})
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    reservation_id: int | None = attrs.field(default=None, metadata={"wire": "reservationId"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class StatusNotificationRequest(Request[StatusNotificationResponse]):
    """Payload of the StatusNotification request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "StatusNotification"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[StatusNotificationResponse]] = StatusNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    connector_id: int = attrs.field(metadata={"wire": "connectorId"})
    error_code: ChargePointErrorCode = attrs.field(metadata={"wire": "errorCode"})
    status: ChargePointStatus = attrs.field(metadata={"wire": "status"})
    info: str | None = attrs.field(default=None, metadata={"wire": "info"})
    timestamp: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "timestamp"})
    vendor_id: str | None = attrs.field(default=None, metadata={"wire": "vendorId"})
    vendor_error_code: str | None = attrs.field(default=None, metadata={"wire": "vendorErrorCode"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class StopTransactionRequest(Request[StopTransactionResponse]):
    """Payload of the StopTransaction request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "StopTransaction"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[StopTransactionResponse]] = StopTransactionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    meter_stop: int = attrs.field(metadata={"wire": "meterStop"})
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    transaction_id: int = attrs.field(metadata={"wire": "transactionId"})
    id_tag: str | None = attrs.field(default=None, metadata={"wire": "idTag"})
    reason: Reason | None = attrs.field(default=None, metadata={"wire": "reason"})
    transaction_data: list[MeterValueStopTransactionRequest] | None = attrs.field(
        default=None, metadata={"wire": "transactionData"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class TriggerMessageRequest(Request[TriggerMessageResponse]):
    """Payload of the TriggerMessage request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "TriggerMessage"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[TriggerMessageResponse]] = TriggerMessageResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    requested_message: MessageTrigger = attrs.field(metadata={"wire": "requestedMessage"})
    connector_id: int | None = attrs.field(default=None, metadata={"wire": "connectorId"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UnlockConnectorRequest(Request[UnlockConnectorResponse]):
    """Payload of the UnlockConnector request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "UnlockConnector"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[UnlockConnectorResponse]] = UnlockConnectorResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    connector_id: int = attrs.field(metadata={"wire": "connectorId"})


@attrs.frozen
class UpdateFirmwareRequest(Request[UpdateFirmwareResponse]):
    """Payload of the UpdateFirmware request (OCPP 1.6)."""

    ACTION: ClassVar[str] = "UpdateFirmware"
    VERSION: ClassVar[str] = "ocpp1.6"
    RESPONSE: ClassVar[type[UpdateFirmwareResponse]] = UpdateFirmwareResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    location: str = attrs.field(metadata={"wire": "location"})
    retrieve_date: datetime.datetime = attrs.field(metadata={"wire": "retrieveDate"})
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    retry_interval: int | None = attrs.field(default=None, metadata={"wire": "retryInterval"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


#: Request payload classes by action.
REQUESTS: dict[str, type[Request[Any]]] = {
    "Authorize": AuthorizeRequest,
    "BootNotification": BootNotificationRequest,
    "CancelReservation": CancelReservationRequest,
    "CertificateSigned": CertificateSignedRequest,
    "ChangeAvailability": ChangeAvailabilityRequest,
    "ChangeConfiguration": ChangeConfigurationRequest,
    "ClearCache": ClearCacheRequest,
    "ClearChargingProfile": ClearChargingProfileRequest,
    "DataTransfer": DataTransferRequest,
    "DeleteCertificate": DeleteCertificateRequest,
    "DiagnosticsStatusNotification": DiagnosticsStatusNotificationRequest,
    "ExtendedTriggerMessage": ExtendedTriggerMessageRequest,
    "FirmwareStatusNotification": FirmwareStatusNotificationRequest,
    "GetCompositeSchedule": GetCompositeScheduleRequest,
    "GetConfiguration": GetConfigurationRequest,
    "GetDiagnostics": GetDiagnosticsRequest,
    "GetInstalledCertificateIds": GetInstalledCertificateIdsRequest,
    "GetLocalListVersion": GetLocalListVersionRequest,
    "GetLog": GetLogRequest,
    "Heartbeat": HeartbeatRequest,
    "InstallCertificate": InstallCertificateRequest,
    "LogStatusNotification": LogStatusNotificationRequest,
    "MeterValues": MeterValuesRequest,
    "RemoteStartTransaction": RemoteStartTransactionRequest,
    "RemoteStopTransaction": RemoteStopTransactionRequest,
    "ReserveNow": ReserveNowRequest,
    "Reset": ResetRequest,
    "SecurityEventNotification": SecurityEventNotificationRequest,
    "SendLocalList": SendLocalListRequest,
    "SetChargingProfile": SetChargingProfileRequest,
    "SignCertificate": SignCertificateRequest,
    "SignedFirmwareStatusNotification": SignedFirmwareStatusNotificationRequest,
    "SignedUpdateFirmware": SignedUpdateFirmwareRequest,
    "StartTransaction": StartTransactionRequest,
    "StatusNotification": StatusNotificationRequest,
    "StopTransaction": StopTransactionRequest,
    "TriggerMessage": TriggerMessageRequest,
    "UnlockConnector": UnlockConnectorRequest,
    "UpdateFirmware": UpdateFirmwareRequest,
}
#: Response payload classes by action.
RESPONSES: dict[str, type[Response]] = {
    "Authorize": AuthorizeResponse,
    "BootNotification": BootNotificationResponse,
    "CancelReservation": CancelReservationResponse,
    "CertificateSigned": CertificateSignedResponse,
    "ChangeAvailability": ChangeAvailabilityResponse,
    "ChangeConfiguration": ChangeConfigurationResponse,
    "ClearCache": ClearCacheResponse,
    "ClearChargingProfile": ClearChargingProfileResponse,
    "DataTransfer": DataTransferResponse,
    "DeleteCertificate": DeleteCertificateResponse,
    "DiagnosticsStatusNotification": DiagnosticsStatusNotificationResponse,
    "ExtendedTriggerMessage": ExtendedTriggerMessageResponse,
    "FirmwareStatusNotification": FirmwareStatusNotificationResponse,
    "GetCompositeSchedule": GetCompositeScheduleResponse,
    "GetConfiguration": GetConfigurationResponse,
    "GetDiagnostics": GetDiagnosticsResponse,
    "GetInstalledCertificateIds": GetInstalledCertificateIdsResponse,
    "GetLocalListVersion": GetLocalListVersionResponse,
    "GetLog": GetLogResponse,
    "Heartbeat": HeartbeatResponse,
    "InstallCertificate": InstallCertificateResponse,
    "LogStatusNotification": LogStatusNotificationResponse,
    "MeterValues": MeterValuesResponse,
    "RemoteStartTransaction": RemoteStartTransactionResponse,
    "RemoteStopTransaction": RemoteStopTransactionResponse,
    "ReserveNow": ReserveNowResponse,
    "Reset": ResetResponse,
    "SecurityEventNotification": SecurityEventNotificationResponse,
    "SendLocalList": SendLocalListResponse,
    "SetChargingProfile": SetChargingProfileResponse,
    "SignCertificate": SignCertificateResponse,
    "SignedFirmwareStatusNotification": SignedFirmwareStatusNotificationResponse,
    "SignedUpdateFirmware": SignedUpdateFirmwareResponse,
    "StartTransaction": StartTransactionResponse,
    "StatusNotification": StatusNotificationResponse,
    "StopTransaction": StopTransactionResponse,
    "TriggerMessage": TriggerMessageResponse,
    "UnlockConnector": UnlockConnectorResponse,
    "UpdateFirmware": UpdateFirmwareResponse,
}
#: SEND payload classes by action (messages without a response).
SENDS: dict[str, type[Send]] = {}

# Conversion to and from the wire form, registered as cattrs hooks.
_E_AuthorizationStatus = {m.value: m for m in AuthorizationStatus}
_E_AvailabilityStatus = {m.value: m for m in AvailabilityStatus}
_E_AvailabilityType = {m.value: m for m in AvailabilityType}
_E_CancelReservationStatus = {m.value: m for m in CancelReservationStatus}
_E_CertificateSignedStatusEnum = {m.value: m for m in CertificateSignedStatusEnum}
_E_CertificateUseEnum = {m.value: m for m in CertificateUseEnum}
_E_ChargePointErrorCode = {m.value: m for m in ChargePointErrorCode}
_E_ChargePointStatus = {m.value: m for m in ChargePointStatus}
_E_ChargingProfileKindType = {m.value: m for m in ChargingProfileKindType}
_E_ChargingProfilePurposeType = {m.value: m for m in ChargingProfilePurposeType}
_E_ChargingProfileStatus = {m.value: m for m in ChargingProfileStatus}
_E_ChargingRateUnitType = {m.value: m for m in ChargingRateUnitType}
_E_ClearCacheStatus = {m.value: m for m in ClearCacheStatus}
_E_ClearChargingProfileStatus = {m.value: m for m in ClearChargingProfileStatus}
_E_ConfigurationStatus = {m.value: m for m in ConfigurationStatus}
_E_DataTransferStatus = {m.value: m for m in DataTransferStatus}
_E_DeleteCertificateStatusEnum = {m.value: m for m in DeleteCertificateStatusEnum}
_E_DiagnosticsStatus = {m.value: m for m in DiagnosticsStatus}
_E_FirmwareStatus = {m.value: m for m in FirmwareStatus}
_E_FirmwareStatusEnum = {m.value: m for m in FirmwareStatusEnum}
_E_GenericStatusEnum = {m.value: m for m in GenericStatusEnum}
_E_GetCompositeScheduleStatus = {m.value: m for m in GetCompositeScheduleStatus}
_E_GetInstalledCertificateStatusEnum = {m.value: m for m in GetInstalledCertificateStatusEnum}
_E_HashAlgorithmEnum = {m.value: m for m in HashAlgorithmEnum}
_E_InstallCertificateStatusEnum = {m.value: m for m in InstallCertificateStatusEnum}
_E_Location = {m.value: m for m in Location}
_E_LogEnum = {m.value: m for m in LogEnum}
_E_LogStatusEnum = {m.value: m for m in LogStatusEnum}
_E_Measurand = {m.value: m for m in Measurand}
_E_MessageTrigger = {m.value: m for m in MessageTrigger}
_E_MessageTriggerEnum = {m.value: m for m in MessageTriggerEnum}
_E_Phase = {m.value: m for m in Phase}
_E_ReadingContext = {m.value: m for m in ReadingContext}
_E_Reason = {m.value: m for m in Reason}
_E_RecurrencyKindType = {m.value: m for m in RecurrencyKindType}
_E_RegistrationStatus = {m.value: m for m in RegistrationStatus}
_E_RemoteStartStopStatus = {m.value: m for m in RemoteStartStopStatus}
_E_ReservationStatus = {m.value: m for m in ReservationStatus}
_E_ResetStatus = {m.value: m for m in ResetStatus}
_E_ResetType = {m.value: m for m in ResetType}
_E_TriggerMessageStatus = {m.value: m for m in TriggerMessageStatus}
_E_TriggerMessageStatusEnum = {m.value: m for m in TriggerMessageStatusEnum}
_E_UnitOfMeasure = {m.value: m for m in UnitOfMeasure}
_E_UnitOfMeasureStopTransactionRequest = {m.value: m for m in UnitOfMeasureStopTransactionRequest}
_E_UnlockStatus = {m.value: m for m in UnlockStatus}
_E_UpdateFirmwareStatusEnum = {m.value: m for m in UpdateFirmwareStatusEnum}
_E_UpdateStatus = {m.value: m for m in UpdateStatus}
_E_UpdateType = {m.value: m for m in UpdateType}
_E_UploadLogStatusEnum = {m.value: m for m in UploadLogStatusEnum}
_E_ValueFormat = {m.value: m for m in ValueFormat}
_new = object.__new__
_SET_IdTagInfo = _slot_setters(IdTagInfo)
_SET_AuthorizationData = _slot_setters(AuthorizationData)
_SET_CertificateHashData = _slot_setters(CertificateHashData)
_SET_ChargingSchedulePeriod = _slot_setters(ChargingSchedulePeriod)
_SET_ChargingSchedule = _slot_setters(ChargingSchedule)
_SET_ChargingProfile = _slot_setters(ChargingProfile)
_SET_Firmware = _slot_setters(Firmware)
_SET_KeyValue = _slot_setters(KeyValue)
_SET_LogParameters = _slot_setters(LogParameters)
_SET_SampledValue = _slot_setters(SampledValue)
_SET_MeterValue = _slot_setters(MeterValue)
_SET_SampledValueStopTransactionRequest = _slot_setters(SampledValueStopTransactionRequest)
_SET_MeterValueStopTransactionRequest = _slot_setters(MeterValueStopTransactionRequest)
_SET_AuthorizeResponse = _slot_setters(AuthorizeResponse)
_SET_BootNotificationResponse = _slot_setters(BootNotificationResponse)
_SET_CancelReservationResponse = _slot_setters(CancelReservationResponse)
_SET_CertificateSignedResponse = _slot_setters(CertificateSignedResponse)
_SET_ChangeAvailabilityResponse = _slot_setters(ChangeAvailabilityResponse)
_SET_ChangeConfigurationResponse = _slot_setters(ChangeConfigurationResponse)
_SET_ClearCacheResponse = _slot_setters(ClearCacheResponse)
_SET_ClearChargingProfileResponse = _slot_setters(ClearChargingProfileResponse)
_SET_DataTransferResponse = _slot_setters(DataTransferResponse)
_SET_DeleteCertificateResponse = _slot_setters(DeleteCertificateResponse)
_SET_ExtendedTriggerMessageResponse = _slot_setters(ExtendedTriggerMessageResponse)
_SET_GetCompositeScheduleResponse = _slot_setters(GetCompositeScheduleResponse)
_SET_GetConfigurationResponse = _slot_setters(GetConfigurationResponse)
_SET_GetDiagnosticsResponse = _slot_setters(GetDiagnosticsResponse)
_SET_GetInstalledCertificateIdsResponse = _slot_setters(GetInstalledCertificateIdsResponse)
_SET_GetLocalListVersionResponse = _slot_setters(GetLocalListVersionResponse)
_SET_GetLogResponse = _slot_setters(GetLogResponse)
_SET_HeartbeatResponse = _slot_setters(HeartbeatResponse)
_SET_InstallCertificateResponse = _slot_setters(InstallCertificateResponse)
_SET_RemoteStartTransactionResponse = _slot_setters(RemoteStartTransactionResponse)
_SET_RemoteStopTransactionResponse = _slot_setters(RemoteStopTransactionResponse)
_SET_ReserveNowResponse = _slot_setters(ReserveNowResponse)
_SET_ResetResponse = _slot_setters(ResetResponse)
_SET_SendLocalListResponse = _slot_setters(SendLocalListResponse)
_SET_SetChargingProfileResponse = _slot_setters(SetChargingProfileResponse)
_SET_SignCertificateResponse = _slot_setters(SignCertificateResponse)
_SET_SignedUpdateFirmwareResponse = _slot_setters(SignedUpdateFirmwareResponse)
_SET_StartTransactionResponse = _slot_setters(StartTransactionResponse)
_SET_StopTransactionResponse = _slot_setters(StopTransactionResponse)
_SET_TriggerMessageResponse = _slot_setters(TriggerMessageResponse)
_SET_UnlockConnectorResponse = _slot_setters(UnlockConnectorResponse)
_SET_AuthorizeRequest = _slot_setters(AuthorizeRequest)
_SET_BootNotificationRequest = _slot_setters(BootNotificationRequest)
_SET_CancelReservationRequest = _slot_setters(CancelReservationRequest)
_SET_CertificateSignedRequest = _slot_setters(CertificateSignedRequest)
_SET_ChangeAvailabilityRequest = _slot_setters(ChangeAvailabilityRequest)
_SET_ChangeConfigurationRequest = _slot_setters(ChangeConfigurationRequest)
_SET_ClearChargingProfileRequest = _slot_setters(ClearChargingProfileRequest)
_SET_DataTransferRequest = _slot_setters(DataTransferRequest)
_SET_DeleteCertificateRequest = _slot_setters(DeleteCertificateRequest)
_SET_DiagnosticsStatusNotificationRequest = _slot_setters(DiagnosticsStatusNotificationRequest)
_SET_ExtendedTriggerMessageRequest = _slot_setters(ExtendedTriggerMessageRequest)
_SET_FirmwareStatusNotificationRequest = _slot_setters(FirmwareStatusNotificationRequest)
_SET_GetCompositeScheduleRequest = _slot_setters(GetCompositeScheduleRequest)
_SET_GetConfigurationRequest = _slot_setters(GetConfigurationRequest)
_SET_GetDiagnosticsRequest = _slot_setters(GetDiagnosticsRequest)
_SET_GetInstalledCertificateIdsRequest = _slot_setters(GetInstalledCertificateIdsRequest)
_SET_GetLogRequest = _slot_setters(GetLogRequest)
_SET_InstallCertificateRequest = _slot_setters(InstallCertificateRequest)
_SET_LogStatusNotificationRequest = _slot_setters(LogStatusNotificationRequest)
_SET_MeterValuesRequest = _slot_setters(MeterValuesRequest)
_SET_RemoteStartTransactionRequest = _slot_setters(RemoteStartTransactionRequest)
_SET_RemoteStopTransactionRequest = _slot_setters(RemoteStopTransactionRequest)
_SET_ReserveNowRequest = _slot_setters(ReserveNowRequest)
_SET_ResetRequest = _slot_setters(ResetRequest)
_SET_SecurityEventNotificationRequest = _slot_setters(SecurityEventNotificationRequest)
_SET_SendLocalListRequest = _slot_setters(SendLocalListRequest)
_SET_SetChargingProfileRequest = _slot_setters(SetChargingProfileRequest)
_SET_SignCertificateRequest = _slot_setters(SignCertificateRequest)
_SET_SignedFirmwareStatusNotificationRequest = _slot_setters(
    SignedFirmwareStatusNotificationRequest
)
_SET_SignedUpdateFirmwareRequest = _slot_setters(SignedUpdateFirmwareRequest)
_SET_StartTransactionRequest = _slot_setters(StartTransactionRequest)
_SET_StatusNotificationRequest = _slot_setters(StatusNotificationRequest)
_SET_StopTransactionRequest = _slot_setters(StopTransactionRequest)
_SET_TriggerMessageRequest = _slot_setters(TriggerMessageRequest)
_SET_UnlockConnectorRequest = _slot_setters(UnlockConnectorRequest)
_SET_UpdateFirmwareRequest = _slot_setters(UpdateFirmwareRequest)


def _to_wire_IdTagInfo(o: IdTagInfo) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.expiry_date is not None:
        d["expiryDate"] = _format_datetime(o.expiry_date)
    if o.parent_id_tag is not None:
        d["parentIdTag"] = o.parent_id_tag
    return d


def _from_wire_IdTagInfo(d: dict[str, Any]) -> IdTagInfo:
    g = d.get
    s0, s1, s2 = _SET_IdTagInfo
    o = _new(IdTagInfo)
    s0(o, _E_AuthorizationStatus[d["status"]])
    s1(o, None if (v := g("expiryDate")) is None else _parse_datetime(v))
    s2(o, g("parentIdTag"))
    return o


def _to_wire_AuthorizationData(o: AuthorizationData) -> dict[str, Any]:
    d: dict[str, Any] = {"idTag": o.id_tag}
    if o.id_tag_info is not None:
        d["idTagInfo"] = _to_wire_IdTagInfo(o.id_tag_info)
    return d


def _from_wire_AuthorizationData(d: dict[str, Any]) -> AuthorizationData:
    g = d.get
    s0, s1 = _SET_AuthorizationData
    o = _new(AuthorizationData)
    s0(o, d["idTag"])
    s1(o, None if (v := g("idTagInfo")) is None else _from_wire_IdTagInfo(v))
    return o


def _to_wire_CertificateHashData(o: CertificateHashData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "hashAlgorithm": o.hash_algorithm._value_,
        "issuerNameHash": o.issuer_name_hash,
        "issuerKeyHash": o.issuer_key_hash,
        "serialNumber": o.serial_number,
    }
    return d


def _from_wire_CertificateHashData(d: dict[str, Any]) -> CertificateHashData:
    s0, s1, s2, s3 = _SET_CertificateHashData
    o = _new(CertificateHashData)
    s0(o, _E_HashAlgorithmEnum[d["hashAlgorithm"]])
    s1(o, d["issuerNameHash"])
    s2(o, d["issuerKeyHash"])
    s3(o, d["serialNumber"])
    return o


def _to_wire_ChargingSchedulePeriod(o: ChargingSchedulePeriod) -> dict[str, Any]:
    d: dict[str, Any] = {"startPeriod": o.start_period, "limit": o.limit}
    if o.number_phases is not None:
        d["numberPhases"] = o.number_phases
    return d


def _from_wire_ChargingSchedulePeriod(d: dict[str, Any]) -> ChargingSchedulePeriod:
    g = d.get
    s0, s1, s2 = _SET_ChargingSchedulePeriod
    o = _new(ChargingSchedulePeriod)
    s0(o, d["startPeriod"])
    s1(o, d["limit"])
    s2(o, g("numberPhases"))
    return o


def _to_wire_ChargingSchedule(o: ChargingSchedule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "chargingRateUnit": o.charging_rate_unit._value_,
        "chargingSchedulePeriod": [
            _to_wire_ChargingSchedulePeriod(x) for x in o.charging_schedule_period
        ],
    }
    if o.duration is not None:
        d["duration"] = o.duration
    if o.start_schedule is not None:
        d["startSchedule"] = _format_datetime(o.start_schedule)
    if o.min_charging_rate is not None:
        d["minChargingRate"] = o.min_charging_rate
    return d


def _from_wire_ChargingSchedule(d: dict[str, Any]) -> ChargingSchedule:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_ChargingSchedule
    o = _new(ChargingSchedule)
    s0(o, _E_ChargingRateUnitType[d["chargingRateUnit"]])
    s1(o, [_from_wire_ChargingSchedulePeriod(x) for x in d["chargingSchedulePeriod"]])
    s2(o, g("duration"))
    s3(o, None if (v := g("startSchedule")) is None else _parse_datetime(v))
    s4(o, g("minChargingRate"))
    return o


def _to_wire_ChargingProfile(o: ChargingProfile) -> dict[str, Any]:
    d: dict[str, Any] = {
        "chargingProfileId": o.charging_profile_id,
        "stackLevel": o.stack_level,
        "chargingProfilePurpose": o.charging_profile_purpose._value_,
        "chargingProfileKind": o.charging_profile_kind._value_,
        "chargingSchedule": _to_wire_ChargingSchedule(o.charging_schedule),
    }
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    if o.recurrency_kind is not None:
        d["recurrencyKind"] = o.recurrency_kind._value_
    if o.valid_from is not None:
        d["validFrom"] = _format_datetime(o.valid_from)
    if o.valid_to is not None:
        d["validTo"] = _format_datetime(o.valid_to)
    return d


def _from_wire_ChargingProfile(d: dict[str, Any]) -> ChargingProfile:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_ChargingProfile
    o = _new(ChargingProfile)
    s0(o, d["chargingProfileId"])
    s1(o, d["stackLevel"])
    s2(o, _E_ChargingProfilePurposeType[d["chargingProfilePurpose"]])
    s3(o, _E_ChargingProfileKindType[d["chargingProfileKind"]])
    s4(o, _from_wire_ChargingSchedule(d["chargingSchedule"]))
    s5(o, g("transactionId"))
    s6(o, None if (v := g("recurrencyKind")) is None else _E_RecurrencyKindType[v])
    s7(o, None if (v := g("validFrom")) is None else _parse_datetime(v))
    s8(o, None if (v := g("validTo")) is None else _parse_datetime(v))
    return o


def _to_wire_Firmware(o: Firmware) -> dict[str, Any]:
    d: dict[str, Any] = {
        "location": o.location,
        "retrieveDateTime": _format_datetime(o.retrieve_date_time),
        "signingCertificate": o.signing_certificate,
        "signature": o.signature,
    }
    if o.install_date_time is not None:
        d["installDateTime"] = _format_datetime(o.install_date_time)
    return d


def _from_wire_Firmware(d: dict[str, Any]) -> Firmware:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_Firmware
    o = _new(Firmware)
    s0(o, d["location"])
    s1(o, _parse_datetime(d["retrieveDateTime"]))
    s2(o, d["signingCertificate"])
    s3(o, d["signature"])
    s4(o, None if (v := g("installDateTime")) is None else _parse_datetime(v))
    return o


def _to_wire_KeyValue(o: KeyValue) -> dict[str, Any]:
    d: dict[str, Any] = {"key": o.key, "readonly": o.readonly}
    if o.value is not None:
        d["value"] = o.value
    return d


def _from_wire_KeyValue(d: dict[str, Any]) -> KeyValue:
    g = d.get
    s0, s1, s2 = _SET_KeyValue
    o = _new(KeyValue)
    s0(o, d["key"])
    s1(o, d["readonly"])
    s2(o, g("value"))
    return o


def _to_wire_LogParameters(o: LogParameters) -> dict[str, Any]:
    d: dict[str, Any] = {"remoteLocation": o.remote_location}
    if o.oldest_timestamp is not None:
        d["oldestTimestamp"] = _format_datetime(o.oldest_timestamp)
    if o.latest_timestamp is not None:
        d["latestTimestamp"] = _format_datetime(o.latest_timestamp)
    return d


def _from_wire_LogParameters(d: dict[str, Any]) -> LogParameters:
    g = d.get
    s0, s1, s2 = _SET_LogParameters
    o = _new(LogParameters)
    s0(o, d["remoteLocation"])
    s1(o, None if (v := g("oldestTimestamp")) is None else _parse_datetime(v))
    s2(o, None if (v := g("latestTimestamp")) is None else _parse_datetime(v))
    return o


def _to_wire_SampledValue(o: SampledValue) -> dict[str, Any]:
    d: dict[str, Any] = {"value": o.value}
    if o.context is not None:
        d["context"] = o.context._value_
    if o.format_ is not None:
        d["format"] = o.format_._value_
    if o.measurand is not None:
        d["measurand"] = o.measurand._value_
    if o.phase is not None:
        d["phase"] = o.phase._value_
    if o.location is not None:
        d["location"] = o.location._value_
    if o.unit is not None:
        d["unit"] = o.unit._value_
    return d


def _from_wire_SampledValue(d: dict[str, Any]) -> SampledValue:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_SampledValue
    o = _new(SampledValue)
    s0(o, d["value"])
    s1(o, None if (v := g("context")) is None else _E_ReadingContext[v])
    s2(o, None if (v := g("format")) is None else _E_ValueFormat[v])
    s3(o, None if (v := g("measurand")) is None else _E_Measurand[v])
    s4(o, None if (v := g("phase")) is None else _E_Phase[v])
    s5(o, None if (v := g("location")) is None else _E_Location[v])
    s6(o, None if (v := g("unit")) is None else _E_UnitOfMeasure[v])
    return o


def _to_wire_MeterValue(o: MeterValue) -> dict[str, Any]:
    d: dict[str, Any] = {
        "timestamp": _format_datetime(o.timestamp),
        "sampledValue": [_to_wire_SampledValue(x) for x in o.sampled_value],
    }
    return d


def _from_wire_MeterValue(d: dict[str, Any]) -> MeterValue:
    s0, s1 = _SET_MeterValue
    o = _new(MeterValue)
    s0(o, _parse_datetime(d["timestamp"]))
    s1(o, [_from_wire_SampledValue(x) for x in d["sampledValue"]])
    return o


def _to_wire_SampledValueStopTransactionRequest(
    o: SampledValueStopTransactionRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"value": o.value}
    if o.context is not None:
        d["context"] = o.context._value_
    if o.format_ is not None:
        d["format"] = o.format_._value_
    if o.measurand is not None:
        d["measurand"] = o.measurand._value_
    if o.phase is not None:
        d["phase"] = o.phase._value_
    if o.location is not None:
        d["location"] = o.location._value_
    if o.unit is not None:
        d["unit"] = o.unit._value_
    return d


def _from_wire_SampledValueStopTransactionRequest(
    d: dict[str, Any],
) -> SampledValueStopTransactionRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_SampledValueStopTransactionRequest
    o = _new(SampledValueStopTransactionRequest)
    s0(o, d["value"])
    s1(o, None if (v := g("context")) is None else _E_ReadingContext[v])
    s2(o, None if (v := g("format")) is None else _E_ValueFormat[v])
    s3(o, None if (v := g("measurand")) is None else _E_Measurand[v])
    s4(o, None if (v := g("phase")) is None else _E_Phase[v])
    s5(o, None if (v := g("location")) is None else _E_Location[v])
    s6(o, None if (v := g("unit")) is None else _E_UnitOfMeasureStopTransactionRequest[v])
    return o


def _to_wire_MeterValueStopTransactionRequest(
    o: MeterValueStopTransactionRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "timestamp": _format_datetime(o.timestamp),
        "sampledValue": [_to_wire_SampledValueStopTransactionRequest(x) for x in o.sampled_value],
    }
    return d


def _from_wire_MeterValueStopTransactionRequest(
    d: dict[str, Any],
) -> MeterValueStopTransactionRequest:
    s0, s1 = _SET_MeterValueStopTransactionRequest
    o = _new(MeterValueStopTransactionRequest)
    s0(o, _parse_datetime(d["timestamp"]))
    s1(o, [_from_wire_SampledValueStopTransactionRequest(x) for x in d["sampledValue"]])
    return o


def _to_wire_AuthorizeResponse(o: AuthorizeResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"idTagInfo": _to_wire_IdTagInfo(o.id_tag_info)}
    return d


def _from_wire_AuthorizeResponse(d: dict[str, Any]) -> AuthorizeResponse:
    (s0,) = _SET_AuthorizeResponse
    o = _new(AuthorizeResponse)
    s0(o, _from_wire_IdTagInfo(d["idTagInfo"]))
    return o


def _to_wire_BootNotificationResponse(o: BootNotificationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {
        "status": o.status._value_,
        "currentTime": _format_datetime(o.current_time),
        "interval": o.interval,
    }
    return d


def _from_wire_BootNotificationResponse(d: dict[str, Any]) -> BootNotificationResponse:
    s0, s1, s2 = _SET_BootNotificationResponse
    o = _new(BootNotificationResponse)
    s0(o, _E_RegistrationStatus[d["status"]])
    s1(o, _parse_datetime(d["currentTime"]))
    s2(o, d["interval"])
    return o


def _to_wire_CancelReservationResponse(o: CancelReservationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_CancelReservationResponse(d: dict[str, Any]) -> CancelReservationResponse:
    (s0,) = _SET_CancelReservationResponse
    o = _new(CancelReservationResponse)
    s0(o, _E_CancelReservationStatus[d["status"]])
    return o


def _to_wire_CertificateSignedResponse(o: CertificateSignedResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_CertificateSignedResponse(d: dict[str, Any]) -> CertificateSignedResponse:
    (s0,) = _SET_CertificateSignedResponse
    o = _new(CertificateSignedResponse)
    s0(o, _E_CertificateSignedStatusEnum[d["status"]])
    return o


def _to_wire_ChangeAvailabilityResponse(o: ChangeAvailabilityResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_ChangeAvailabilityResponse(d: dict[str, Any]) -> ChangeAvailabilityResponse:
    (s0,) = _SET_ChangeAvailabilityResponse
    o = _new(ChangeAvailabilityResponse)
    s0(o, _E_AvailabilityStatus[d["status"]])
    return o


def _to_wire_ChangeConfigurationResponse(o: ChangeConfigurationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_ChangeConfigurationResponse(d: dict[str, Any]) -> ChangeConfigurationResponse:
    (s0,) = _SET_ChangeConfigurationResponse
    o = _new(ChangeConfigurationResponse)
    s0(o, _E_ConfigurationStatus[d["status"]])
    return o


def _to_wire_ClearCacheResponse(o: ClearCacheResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_ClearCacheResponse(d: dict[str, Any]) -> ClearCacheResponse:
    (s0,) = _SET_ClearCacheResponse
    o = _new(ClearCacheResponse)
    s0(o, _E_ClearCacheStatus[d["status"]])
    return o


def _to_wire_ClearChargingProfileResponse(o: ClearChargingProfileResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_ClearChargingProfileResponse(d: dict[str, Any]) -> ClearChargingProfileResponse:
    (s0,) = _SET_ClearChargingProfileResponse
    o = _new(ClearChargingProfileResponse)
    s0(o, _E_ClearChargingProfileStatus[d["status"]])
    return o


def _to_wire_DataTransferResponse(o: DataTransferResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.data is not None:
        d["data"] = o.data
    return d


def _from_wire_DataTransferResponse(d: dict[str, Any]) -> DataTransferResponse:
    g = d.get
    s0, s1 = _SET_DataTransferResponse
    o = _new(DataTransferResponse)
    s0(o, _E_DataTransferStatus[d["status"]])
    s1(o, g("data"))
    return o


def _to_wire_DeleteCertificateResponse(o: DeleteCertificateResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_DeleteCertificateResponse(d: dict[str, Any]) -> DeleteCertificateResponse:
    (s0,) = _SET_DeleteCertificateResponse
    o = _new(DeleteCertificateResponse)
    s0(o, _E_DeleteCertificateStatusEnum[d["status"]])
    return o


def _to_wire_DiagnosticsStatusNotificationResponse(
    o: DiagnosticsStatusNotificationResponse,
) -> dict[str, Any]:
    return {}


def _from_wire_DiagnosticsStatusNotificationResponse(
    d: dict[str, Any],
) -> DiagnosticsStatusNotificationResponse:
    return _new(DiagnosticsStatusNotificationResponse)


def _to_wire_ExtendedTriggerMessageResponse(o: ExtendedTriggerMessageResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_ExtendedTriggerMessageResponse(d: dict[str, Any]) -> ExtendedTriggerMessageResponse:
    (s0,) = _SET_ExtendedTriggerMessageResponse
    o = _new(ExtendedTriggerMessageResponse)
    s0(o, _E_TriggerMessageStatusEnum[d["status"]])
    return o


def _to_wire_FirmwareStatusNotificationResponse(
    o: FirmwareStatusNotificationResponse,
) -> dict[str, Any]:
    return {}


def _from_wire_FirmwareStatusNotificationResponse(
    d: dict[str, Any],
) -> FirmwareStatusNotificationResponse:
    return _new(FirmwareStatusNotificationResponse)


def _to_wire_GetCompositeScheduleResponse(o: GetCompositeScheduleResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.connector_id is not None:
        d["connectorId"] = o.connector_id
    if o.schedule_start is not None:
        d["scheduleStart"] = _format_datetime(o.schedule_start)
    if o.charging_schedule is not None:
        d["chargingSchedule"] = _to_wire_ChargingSchedule(o.charging_schedule)
    return d


def _from_wire_GetCompositeScheduleResponse(d: dict[str, Any]) -> GetCompositeScheduleResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetCompositeScheduleResponse
    o = _new(GetCompositeScheduleResponse)
    s0(o, _E_GetCompositeScheduleStatus[d["status"]])
    s1(o, g("connectorId"))
    s2(o, None if (v := g("scheduleStart")) is None else _parse_datetime(v))
    s3(o, None if (v := g("chargingSchedule")) is None else _from_wire_ChargingSchedule(v))
    return o


def _to_wire_GetConfigurationResponse(o: GetConfigurationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.configuration_key is not None:
        d["configurationKey"] = [_to_wire_KeyValue(x) for x in o.configuration_key]
    if o.unknown_key is not None:
        d["unknownKey"] = list(o.unknown_key)
    return d


def _from_wire_GetConfigurationResponse(d: dict[str, Any]) -> GetConfigurationResponse:
    g = d.get
    s0, s1 = _SET_GetConfigurationResponse
    o = _new(GetConfigurationResponse)
    s0(o, None if (v := g("configurationKey")) is None else [_from_wire_KeyValue(x) for x in v])
    s1(o, None if (v := g("unknownKey")) is None else list(v))
    return o


def _to_wire_GetDiagnosticsResponse(o: GetDiagnosticsResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.file_name is not None:
        d["fileName"] = o.file_name
    return d


def _from_wire_GetDiagnosticsResponse(d: dict[str, Any]) -> GetDiagnosticsResponse:
    g = d.get
    (s0,) = _SET_GetDiagnosticsResponse
    o = _new(GetDiagnosticsResponse)
    s0(o, g("fileName"))
    return o


def _to_wire_GetInstalledCertificateIdsResponse(
    o: GetInstalledCertificateIdsResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.certificate_hash_data is not None:
        d["certificateHashData"] = [
            _to_wire_CertificateHashData(x) for x in o.certificate_hash_data
        ]
    return d


def _from_wire_GetInstalledCertificateIdsResponse(
    d: dict[str, Any],
) -> GetInstalledCertificateIdsResponse:
    g = d.get
    s0, s1 = _SET_GetInstalledCertificateIdsResponse
    o = _new(GetInstalledCertificateIdsResponse)
    s0(o, _E_GetInstalledCertificateStatusEnum[d["status"]])
    s1(
        o,
        (
            None
            if (v := g("certificateHashData")) is None
            else [_from_wire_CertificateHashData(x) for x in v]
        ),
    )
    return o


def _to_wire_GetLocalListVersionResponse(o: GetLocalListVersionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"listVersion": o.list_version}
    return d


def _from_wire_GetLocalListVersionResponse(d: dict[str, Any]) -> GetLocalListVersionResponse:
    (s0,) = _SET_GetLocalListVersionResponse
    o = _new(GetLocalListVersionResponse)
    s0(o, d["listVersion"])
    return o


def _to_wire_GetLogResponse(o: GetLogResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.filename is not None:
        d["filename"] = o.filename
    return d


def _from_wire_GetLogResponse(d: dict[str, Any]) -> GetLogResponse:
    g = d.get
    s0, s1 = _SET_GetLogResponse
    o = _new(GetLogResponse)
    s0(o, _E_LogStatusEnum[d["status"]])
    s1(o, g("filename"))
    return o


def _to_wire_HeartbeatResponse(o: HeartbeatResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"currentTime": _format_datetime(o.current_time)}
    return d


def _from_wire_HeartbeatResponse(d: dict[str, Any]) -> HeartbeatResponse:
    (s0,) = _SET_HeartbeatResponse
    o = _new(HeartbeatResponse)
    s0(o, _parse_datetime(d["currentTime"]))
    return o


def _to_wire_InstallCertificateResponse(o: InstallCertificateResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_InstallCertificateResponse(d: dict[str, Any]) -> InstallCertificateResponse:
    (s0,) = _SET_InstallCertificateResponse
    o = _new(InstallCertificateResponse)
    s0(o, _E_InstallCertificateStatusEnum[d["status"]])
    return o


def _to_wire_LogStatusNotificationResponse(o: LogStatusNotificationResponse) -> dict[str, Any]:
    return {}


def _from_wire_LogStatusNotificationResponse(d: dict[str, Any]) -> LogStatusNotificationResponse:
    return _new(LogStatusNotificationResponse)


def _to_wire_MeterValuesResponse(o: MeterValuesResponse) -> dict[str, Any]:
    return {}


def _from_wire_MeterValuesResponse(d: dict[str, Any]) -> MeterValuesResponse:
    return _new(MeterValuesResponse)


def _to_wire_RemoteStartTransactionResponse(o: RemoteStartTransactionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_RemoteStartTransactionResponse(d: dict[str, Any]) -> RemoteStartTransactionResponse:
    (s0,) = _SET_RemoteStartTransactionResponse
    o = _new(RemoteStartTransactionResponse)
    s0(o, _E_RemoteStartStopStatus[d["status"]])
    return o


def _to_wire_RemoteStopTransactionResponse(o: RemoteStopTransactionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_RemoteStopTransactionResponse(d: dict[str, Any]) -> RemoteStopTransactionResponse:
    (s0,) = _SET_RemoteStopTransactionResponse
    o = _new(RemoteStopTransactionResponse)
    s0(o, _E_RemoteStartStopStatus[d["status"]])
    return o


def _to_wire_ReserveNowResponse(o: ReserveNowResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_ReserveNowResponse(d: dict[str, Any]) -> ReserveNowResponse:
    (s0,) = _SET_ReserveNowResponse
    o = _new(ReserveNowResponse)
    s0(o, _E_ReservationStatus[d["status"]])
    return o


def _to_wire_ResetResponse(o: ResetResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_ResetResponse(d: dict[str, Any]) -> ResetResponse:
    (s0,) = _SET_ResetResponse
    o = _new(ResetResponse)
    s0(o, _E_ResetStatus[d["status"]])
    return o


def _to_wire_SecurityEventNotificationResponse(
    o: SecurityEventNotificationResponse,
) -> dict[str, Any]:
    return {}


def _from_wire_SecurityEventNotificationResponse(
    d: dict[str, Any],
) -> SecurityEventNotificationResponse:
    return _new(SecurityEventNotificationResponse)


def _to_wire_SendLocalListResponse(o: SendLocalListResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_SendLocalListResponse(d: dict[str, Any]) -> SendLocalListResponse:
    (s0,) = _SET_SendLocalListResponse
    o = _new(SendLocalListResponse)
    s0(o, _E_UpdateStatus[d["status"]])
    return o


def _to_wire_SetChargingProfileResponse(o: SetChargingProfileResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_SetChargingProfileResponse(d: dict[str, Any]) -> SetChargingProfileResponse:
    (s0,) = _SET_SetChargingProfileResponse
    o = _new(SetChargingProfileResponse)
    s0(o, _E_ChargingProfileStatus[d["status"]])
    return o


def _to_wire_SignCertificateResponse(o: SignCertificateResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_SignCertificateResponse(d: dict[str, Any]) -> SignCertificateResponse:
    (s0,) = _SET_SignCertificateResponse
    o = _new(SignCertificateResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    return o


def _to_wire_SignedFirmwareStatusNotificationResponse(
    o: SignedFirmwareStatusNotificationResponse,
) -> dict[str, Any]:
    return {}


def _from_wire_SignedFirmwareStatusNotificationResponse(
    d: dict[str, Any],
) -> SignedFirmwareStatusNotificationResponse:
    return _new(SignedFirmwareStatusNotificationResponse)


def _to_wire_SignedUpdateFirmwareResponse(o: SignedUpdateFirmwareResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_SignedUpdateFirmwareResponse(d: dict[str, Any]) -> SignedUpdateFirmwareResponse:
    (s0,) = _SET_SignedUpdateFirmwareResponse
    o = _new(SignedUpdateFirmwareResponse)
    s0(o, _E_UpdateFirmwareStatusEnum[d["status"]])
    return o


def _to_wire_StartTransactionResponse(o: StartTransactionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {
        "idTagInfo": _to_wire_IdTagInfo(o.id_tag_info),
        "transactionId": o.transaction_id,
    }
    return d


def _from_wire_StartTransactionResponse(d: dict[str, Any]) -> StartTransactionResponse:
    s0, s1 = _SET_StartTransactionResponse
    o = _new(StartTransactionResponse)
    s0(o, _from_wire_IdTagInfo(d["idTagInfo"]))
    s1(o, d["transactionId"])
    return o


def _to_wire_StatusNotificationResponse(o: StatusNotificationResponse) -> dict[str, Any]:
    return {}


def _from_wire_StatusNotificationResponse(d: dict[str, Any]) -> StatusNotificationResponse:
    return _new(StatusNotificationResponse)


def _to_wire_StopTransactionResponse(o: StopTransactionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.id_tag_info is not None:
        d["idTagInfo"] = _to_wire_IdTagInfo(o.id_tag_info)
    return d


def _from_wire_StopTransactionResponse(d: dict[str, Any]) -> StopTransactionResponse:
    g = d.get
    (s0,) = _SET_StopTransactionResponse
    o = _new(StopTransactionResponse)
    s0(o, None if (v := g("idTagInfo")) is None else _from_wire_IdTagInfo(v))
    return o


def _to_wire_TriggerMessageResponse(o: TriggerMessageResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_TriggerMessageResponse(d: dict[str, Any]) -> TriggerMessageResponse:
    (s0,) = _SET_TriggerMessageResponse
    o = _new(TriggerMessageResponse)
    s0(o, _E_TriggerMessageStatus[d["status"]])
    return o


def _to_wire_UnlockConnectorResponse(o: UnlockConnectorResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_UnlockConnectorResponse(d: dict[str, Any]) -> UnlockConnectorResponse:
    (s0,) = _SET_UnlockConnectorResponse
    o = _new(UnlockConnectorResponse)
    s0(o, _E_UnlockStatus[d["status"]])
    return o


def _to_wire_UpdateFirmwareResponse(o: UpdateFirmwareResponse) -> dict[str, Any]:
    return {}


def _from_wire_UpdateFirmwareResponse(d: dict[str, Any]) -> UpdateFirmwareResponse:
    return _new(UpdateFirmwareResponse)


def _to_wire_AuthorizeRequest(o: AuthorizeRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"idTag": o.id_tag}
    return d


def _from_wire_AuthorizeRequest(d: dict[str, Any]) -> AuthorizeRequest:
    (s0,) = _SET_AuthorizeRequest
    o = _new(AuthorizeRequest)
    s0(o, d["idTag"])
    return o


def _to_wire_BootNotificationRequest(o: BootNotificationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "chargePointVendor": o.charge_point_vendor,
        "chargePointModel": o.charge_point_model,
    }
    if o.charge_point_serial_number is not None:
        d["chargePointSerialNumber"] = o.charge_point_serial_number
    if o.charge_box_serial_number is not None:
        d["chargeBoxSerialNumber"] = o.charge_box_serial_number
    if o.firmware_version is not None:
        d["firmwareVersion"] = o.firmware_version
    if o.iccid is not None:
        d["iccid"] = o.iccid
    if o.imsi is not None:
        d["imsi"] = o.imsi
    if o.meter_type is not None:
        d["meterType"] = o.meter_type
    if o.meter_serial_number is not None:
        d["meterSerialNumber"] = o.meter_serial_number
    return d


def _from_wire_BootNotificationRequest(d: dict[str, Any]) -> BootNotificationRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_BootNotificationRequest
    o = _new(BootNotificationRequest)
    s0(o, d["chargePointVendor"])
    s1(o, d["chargePointModel"])
    s2(o, g("chargePointSerialNumber"))
    s3(o, g("chargeBoxSerialNumber"))
    s4(o, g("firmwareVersion"))
    s5(o, g("iccid"))
    s6(o, g("imsi"))
    s7(o, g("meterType"))
    s8(o, g("meterSerialNumber"))
    return o


def _to_wire_CancelReservationRequest(o: CancelReservationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"reservationId": o.reservation_id}
    return d


def _from_wire_CancelReservationRequest(d: dict[str, Any]) -> CancelReservationRequest:
    (s0,) = _SET_CancelReservationRequest
    o = _new(CancelReservationRequest)
    s0(o, d["reservationId"])
    return o


def _to_wire_CertificateSignedRequest(o: CertificateSignedRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"certificateChain": o.certificate_chain}
    return d


def _from_wire_CertificateSignedRequest(d: dict[str, Any]) -> CertificateSignedRequest:
    (s0,) = _SET_CertificateSignedRequest
    o = _new(CertificateSignedRequest)
    s0(o, d["certificateChain"])
    return o


def _to_wire_ChangeAvailabilityRequest(o: ChangeAvailabilityRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"connectorId": o.connector_id, "type": o.type_._value_}
    return d


def _from_wire_ChangeAvailabilityRequest(d: dict[str, Any]) -> ChangeAvailabilityRequest:
    s0, s1 = _SET_ChangeAvailabilityRequest
    o = _new(ChangeAvailabilityRequest)
    s0(o, d["connectorId"])
    s1(o, _E_AvailabilityType[d["type"]])
    return o


def _to_wire_ChangeConfigurationRequest(o: ChangeConfigurationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"key": o.key, "value": o.value}
    return d


def _from_wire_ChangeConfigurationRequest(d: dict[str, Any]) -> ChangeConfigurationRequest:
    s0, s1 = _SET_ChangeConfigurationRequest
    o = _new(ChangeConfigurationRequest)
    s0(o, d["key"])
    s1(o, d["value"])
    return o


def _to_wire_ClearCacheRequest(o: ClearCacheRequest) -> dict[str, Any]:
    return {}


def _from_wire_ClearCacheRequest(d: dict[str, Any]) -> ClearCacheRequest:
    return _new(ClearCacheRequest)


def _to_wire_ClearChargingProfileRequest(o: ClearChargingProfileRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.id_ is not None:
        d["id"] = o.id_
    if o.connector_id is not None:
        d["connectorId"] = o.connector_id
    if o.charging_profile_purpose is not None:
        d["chargingProfilePurpose"] = o.charging_profile_purpose._value_
    if o.stack_level is not None:
        d["stackLevel"] = o.stack_level
    return d


def _from_wire_ClearChargingProfileRequest(d: dict[str, Any]) -> ClearChargingProfileRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_ClearChargingProfileRequest
    o = _new(ClearChargingProfileRequest)
    s0(o, g("id"))
    s1(o, g("connectorId"))
    s2(o, None if (v := g("chargingProfilePurpose")) is None else _E_ChargingProfilePurposeType[v])
    s3(o, g("stackLevel"))
    return o


def _to_wire_DataTransferRequest(o: DataTransferRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"vendorId": o.vendor_id}
    if o.message_id is not None:
        d["messageId"] = o.message_id
    if o.data is not None:
        d["data"] = o.data
    return d


def _from_wire_DataTransferRequest(d: dict[str, Any]) -> DataTransferRequest:
    g = d.get
    s0, s1, s2 = _SET_DataTransferRequest
    o = _new(DataTransferRequest)
    s0(o, d["vendorId"])
    s1(o, g("messageId"))
    s2(o, g("data"))
    return o


def _to_wire_DeleteCertificateRequest(o: DeleteCertificateRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "certificateHashData": _to_wire_CertificateHashData(o.certificate_hash_data),
    }
    return d


def _from_wire_DeleteCertificateRequest(d: dict[str, Any]) -> DeleteCertificateRequest:
    (s0,) = _SET_DeleteCertificateRequest
    o = _new(DeleteCertificateRequest)
    s0(o, _from_wire_CertificateHashData(d["certificateHashData"]))
    return o


def _to_wire_DiagnosticsStatusNotificationRequest(
    o: DiagnosticsStatusNotificationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_DiagnosticsStatusNotificationRequest(
    d: dict[str, Any],
) -> DiagnosticsStatusNotificationRequest:
    (s0,) = _SET_DiagnosticsStatusNotificationRequest
    o = _new(DiagnosticsStatusNotificationRequest)
    s0(o, _E_DiagnosticsStatus[d["status"]])
    return o


def _to_wire_ExtendedTriggerMessageRequest(o: ExtendedTriggerMessageRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestedMessage": o.requested_message._value_}
    if o.connector_id is not None:
        d["connectorId"] = o.connector_id
    return d


def _from_wire_ExtendedTriggerMessageRequest(d: dict[str, Any]) -> ExtendedTriggerMessageRequest:
    g = d.get
    s0, s1 = _SET_ExtendedTriggerMessageRequest
    o = _new(ExtendedTriggerMessageRequest)
    s0(o, _E_MessageTriggerEnum[d["requestedMessage"]])
    s1(o, g("connectorId"))
    return o


def _to_wire_FirmwareStatusNotificationRequest(
    o: FirmwareStatusNotificationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    return d


def _from_wire_FirmwareStatusNotificationRequest(
    d: dict[str, Any],
) -> FirmwareStatusNotificationRequest:
    (s0,) = _SET_FirmwareStatusNotificationRequest
    o = _new(FirmwareStatusNotificationRequest)
    s0(o, _E_FirmwareStatus[d["status"]])
    return o


def _to_wire_GetCompositeScheduleRequest(o: GetCompositeScheduleRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"connectorId": o.connector_id, "duration": o.duration}
    if o.charging_rate_unit is not None:
        d["chargingRateUnit"] = o.charging_rate_unit._value_
    return d


def _from_wire_GetCompositeScheduleRequest(d: dict[str, Any]) -> GetCompositeScheduleRequest:
    g = d.get
    s0, s1, s2 = _SET_GetCompositeScheduleRequest
    o = _new(GetCompositeScheduleRequest)
    s0(o, d["connectorId"])
    s1(o, d["duration"])
    s2(o, None if (v := g("chargingRateUnit")) is None else _E_ChargingRateUnitType[v])
    return o


def _to_wire_GetConfigurationRequest(o: GetConfigurationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.key is not None:
        d["key"] = list(o.key)
    return d


def _from_wire_GetConfigurationRequest(d: dict[str, Any]) -> GetConfigurationRequest:
    g = d.get
    (s0,) = _SET_GetConfigurationRequest
    o = _new(GetConfigurationRequest)
    s0(o, None if (v := g("key")) is None else list(v))
    return o


def _to_wire_GetDiagnosticsRequest(o: GetDiagnosticsRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"location": o.location}
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    if o.start_time is not None:
        d["startTime"] = _format_datetime(o.start_time)
    if o.stop_time is not None:
        d["stopTime"] = _format_datetime(o.stop_time)
    return d


def _from_wire_GetDiagnosticsRequest(d: dict[str, Any]) -> GetDiagnosticsRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_GetDiagnosticsRequest
    o = _new(GetDiagnosticsRequest)
    s0(o, d["location"])
    s1(o, g("retries"))
    s2(o, g("retryInterval"))
    s3(o, None if (v := g("startTime")) is None else _parse_datetime(v))
    s4(o, None if (v := g("stopTime")) is None else _parse_datetime(v))
    return o


def _to_wire_GetInstalledCertificateIdsRequest(
    o: GetInstalledCertificateIdsRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"certificateType": o.certificate_type._value_}
    return d


def _from_wire_GetInstalledCertificateIdsRequest(
    d: dict[str, Any],
) -> GetInstalledCertificateIdsRequest:
    (s0,) = _SET_GetInstalledCertificateIdsRequest
    o = _new(GetInstalledCertificateIdsRequest)
    s0(o, _E_CertificateUseEnum[d["certificateType"]])
    return o


def _to_wire_GetLocalListVersionRequest(o: GetLocalListVersionRequest) -> dict[str, Any]:
    return {}


def _from_wire_GetLocalListVersionRequest(d: dict[str, Any]) -> GetLocalListVersionRequest:
    return _new(GetLocalListVersionRequest)


def _to_wire_GetLogRequest(o: GetLogRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "log": _to_wire_LogParameters(o.log),
        "logType": o.log_type._value_,
        "requestId": o.request_id,
    }
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    return d


def _from_wire_GetLogRequest(d: dict[str, Any]) -> GetLogRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_GetLogRequest
    o = _new(GetLogRequest)
    s0(o, _from_wire_LogParameters(d["log"]))
    s1(o, _E_LogEnum[d["logType"]])
    s2(o, d["requestId"])
    s3(o, g("retries"))
    s4(o, g("retryInterval"))
    return o


def _to_wire_HeartbeatRequest(o: HeartbeatRequest) -> dict[str, Any]:
    return {}


def _from_wire_HeartbeatRequest(d: dict[str, Any]) -> HeartbeatRequest:
    return _new(HeartbeatRequest)


def _to_wire_InstallCertificateRequest(o: InstallCertificateRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "certificateType": o.certificate_type._value_,
        "certificate": o.certificate,
    }
    return d


def _from_wire_InstallCertificateRequest(d: dict[str, Any]) -> InstallCertificateRequest:
    s0, s1 = _SET_InstallCertificateRequest
    o = _new(InstallCertificateRequest)
    s0(o, _E_CertificateUseEnum[d["certificateType"]])
    s1(o, d["certificate"])
    return o


def _to_wire_LogStatusNotificationRequest(o: LogStatusNotificationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.request_id is not None:
        d["requestId"] = o.request_id
    return d


def _from_wire_LogStatusNotificationRequest(d: dict[str, Any]) -> LogStatusNotificationRequest:
    g = d.get
    s0, s1 = _SET_LogStatusNotificationRequest
    o = _new(LogStatusNotificationRequest)
    s0(o, _E_UploadLogStatusEnum[d["status"]])
    s1(o, g("requestId"))
    return o


def _to_wire_MeterValuesRequest(o: MeterValuesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "connectorId": o.connector_id,
        "meterValue": [_to_wire_MeterValue(x) for x in o.meter_value],
    }
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    return d


def _from_wire_MeterValuesRequest(d: dict[str, Any]) -> MeterValuesRequest:
    g = d.get
    s0, s1, s2 = _SET_MeterValuesRequest
    o = _new(MeterValuesRequest)
    s0(o, d["connectorId"])
    s1(o, [_from_wire_MeterValue(x) for x in d["meterValue"]])
    s2(o, g("transactionId"))
    return o


def _to_wire_RemoteStartTransactionRequest(o: RemoteStartTransactionRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"idTag": o.id_tag}
    if o.connector_id is not None:
        d["connectorId"] = o.connector_id
    if o.charging_profile is not None:
        d["chargingProfile"] = _to_wire_ChargingProfile(o.charging_profile)
    return d


def _from_wire_RemoteStartTransactionRequest(d: dict[str, Any]) -> RemoteStartTransactionRequest:
    g = d.get
    s0, s1, s2 = _SET_RemoteStartTransactionRequest
    o = _new(RemoteStartTransactionRequest)
    s0(o, d["idTag"])
    s1(o, g("connectorId"))
    s2(o, None if (v := g("chargingProfile")) is None else _from_wire_ChargingProfile(v))
    return o


def _to_wire_RemoteStopTransactionRequest(o: RemoteStopTransactionRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"transactionId": o.transaction_id}
    return d


def _from_wire_RemoteStopTransactionRequest(d: dict[str, Any]) -> RemoteStopTransactionRequest:
    (s0,) = _SET_RemoteStopTransactionRequest
    o = _new(RemoteStopTransactionRequest)
    s0(o, d["transactionId"])
    return o


def _to_wire_ReserveNowRequest(o: ReserveNowRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "connectorId": o.connector_id,
        "expiryDate": _format_datetime(o.expiry_date),
        "idTag": o.id_tag,
        "reservationId": o.reservation_id,
    }
    if o.parent_id_tag is not None:
        d["parentIdTag"] = o.parent_id_tag
    return d


def _from_wire_ReserveNowRequest(d: dict[str, Any]) -> ReserveNowRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_ReserveNowRequest
    o = _new(ReserveNowRequest)
    s0(o, d["connectorId"])
    s1(o, _parse_datetime(d["expiryDate"]))
    s2(o, d["idTag"])
    s3(o, d["reservationId"])
    s4(o, g("parentIdTag"))
    return o


def _to_wire_ResetRequest(o: ResetRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type_._value_}
    return d


def _from_wire_ResetRequest(d: dict[str, Any]) -> ResetRequest:
    (s0,) = _SET_ResetRequest
    o = _new(ResetRequest)
    s0(o, _E_ResetType[d["type"]])
    return o


def _to_wire_SecurityEventNotificationRequest(
    o: SecurityEventNotificationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type_, "timestamp": _format_datetime(o.timestamp)}
    if o.tech_info is not None:
        d["techInfo"] = o.tech_info
    return d


def _from_wire_SecurityEventNotificationRequest(
    d: dict[str, Any],
) -> SecurityEventNotificationRequest:
    g = d.get
    s0, s1, s2 = _SET_SecurityEventNotificationRequest
    o = _new(SecurityEventNotificationRequest)
    s0(o, d["type"])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, g("techInfo"))
    return o


def _to_wire_SendLocalListRequest(o: SendLocalListRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"listVersion": o.list_version, "updateType": o.update_type._value_}
    if o.local_authorization_list is not None:
        d["localAuthorizationList"] = [
            _to_wire_AuthorizationData(x) for x in o.local_authorization_list
        ]
    return d


def _from_wire_SendLocalListRequest(d: dict[str, Any]) -> SendLocalListRequest:
    g = d.get
    s0, s1, s2 = _SET_SendLocalListRequest
    o = _new(SendLocalListRequest)
    s0(o, d["listVersion"])
    s1(o, _E_UpdateType[d["updateType"]])
    s2(
        o,
        (
            None
            if (v := g("localAuthorizationList")) is None
            else [_from_wire_AuthorizationData(x) for x in v]
        ),
    )
    return o


def _to_wire_SetChargingProfileRequest(o: SetChargingProfileRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "connectorId": o.connector_id,
        "csChargingProfiles": _to_wire_ChargingProfile(o.cs_charging_profiles),
    }
    return d


def _from_wire_SetChargingProfileRequest(d: dict[str, Any]) -> SetChargingProfileRequest:
    s0, s1 = _SET_SetChargingProfileRequest
    o = _new(SetChargingProfileRequest)
    s0(o, d["connectorId"])
    s1(o, _from_wire_ChargingProfile(d["csChargingProfiles"]))
    return o


def _to_wire_SignCertificateRequest(o: SignCertificateRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"csr": o.csr}
    return d


def _from_wire_SignCertificateRequest(d: dict[str, Any]) -> SignCertificateRequest:
    (s0,) = _SET_SignCertificateRequest
    o = _new(SignCertificateRequest)
    s0(o, d["csr"])
    return o


def _to_wire_SignedFirmwareStatusNotificationRequest(
    o: SignedFirmwareStatusNotificationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.request_id is not None:
        d["requestId"] = o.request_id
    return d


def _from_wire_SignedFirmwareStatusNotificationRequest(
    d: dict[str, Any],
) -> SignedFirmwareStatusNotificationRequest:
    g = d.get
    s0, s1 = _SET_SignedFirmwareStatusNotificationRequest
    o = _new(SignedFirmwareStatusNotificationRequest)
    s0(o, _E_FirmwareStatusEnum[d["status"]])
    s1(o, g("requestId"))
    return o


def _to_wire_SignedUpdateFirmwareRequest(o: SignedUpdateFirmwareRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id, "firmware": _to_wire_Firmware(o.firmware)}
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    return d


def _from_wire_SignedUpdateFirmwareRequest(d: dict[str, Any]) -> SignedUpdateFirmwareRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_SignedUpdateFirmwareRequest
    o = _new(SignedUpdateFirmwareRequest)
    s0(o, d["requestId"])
    s1(o, _from_wire_Firmware(d["firmware"]))
    s2(o, g("retries"))
    s3(o, g("retryInterval"))
    return o


def _to_wire_StartTransactionRequest(o: StartTransactionRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "connectorId": o.connector_id,
        "idTag": o.id_tag,
        "meterStart": o.meter_start,
        "timestamp": _format_datetime(o.timestamp),
    }
    if o.reservation_id is not None:
        d["reservationId"] = o.reservation_id
    return d


def _from_wire_StartTransactionRequest(d: dict[str, Any]) -> StartTransactionRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_StartTransactionRequest
    o = _new(StartTransactionRequest)
    s0(o, d["connectorId"])
    s1(o, d["idTag"])
    s2(o, d["meterStart"])
    s3(o, _parse_datetime(d["timestamp"]))
    s4(o, g("reservationId"))
    return o


def _to_wire_StatusNotificationRequest(o: StatusNotificationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "connectorId": o.connector_id,
        "errorCode": o.error_code._value_,
        "status": o.status._value_,
    }
    if o.info is not None:
        d["info"] = o.info
    if o.timestamp is not None:
        d["timestamp"] = _format_datetime(o.timestamp)
    if o.vendor_id is not None:
        d["vendorId"] = o.vendor_id
    if o.vendor_error_code is not None:
        d["vendorErrorCode"] = o.vendor_error_code
    return d


def _from_wire_StatusNotificationRequest(d: dict[str, Any]) -> StatusNotificationRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_StatusNotificationRequest
    o = _new(StatusNotificationRequest)
    s0(o, d["connectorId"])
    s1(o, _E_ChargePointErrorCode[d["errorCode"]])
    s2(o, _E_ChargePointStatus[d["status"]])
    s3(o, g("info"))
    s4(o, None if (v := g("timestamp")) is None else _parse_datetime(v))
    s5(o, g("vendorId"))
    s6(o, g("vendorErrorCode"))
    return o


def _to_wire_StopTransactionRequest(o: StopTransactionRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "meterStop": o.meter_stop,
        "timestamp": _format_datetime(o.timestamp),
        "transactionId": o.transaction_id,
    }
    if o.id_tag is not None:
        d["idTag"] = o.id_tag
    if o.reason is not None:
        d["reason"] = o.reason._value_
    if o.transaction_data is not None:
        d["transactionData"] = [
            _to_wire_MeterValueStopTransactionRequest(x) for x in o.transaction_data
        ]
    return d


def _from_wire_StopTransactionRequest(d: dict[str, Any]) -> StopTransactionRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_StopTransactionRequest
    o = _new(StopTransactionRequest)
    s0(o, d["meterStop"])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, d["transactionId"])
    s3(o, g("idTag"))
    s4(o, None if (v := g("reason")) is None else _E_Reason[v])
    s5(
        o,
        (
            None
            if (v := g("transactionData")) is None
            else [_from_wire_MeterValueStopTransactionRequest(x) for x in v]
        ),
    )
    return o


def _to_wire_TriggerMessageRequest(o: TriggerMessageRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestedMessage": o.requested_message._value_}
    if o.connector_id is not None:
        d["connectorId"] = o.connector_id
    return d


def _from_wire_TriggerMessageRequest(d: dict[str, Any]) -> TriggerMessageRequest:
    g = d.get
    s0, s1 = _SET_TriggerMessageRequest
    o = _new(TriggerMessageRequest)
    s0(o, _E_MessageTrigger[d["requestedMessage"]])
    s1(o, g("connectorId"))
    return o


def _to_wire_UnlockConnectorRequest(o: UnlockConnectorRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"connectorId": o.connector_id}
    return d


def _from_wire_UnlockConnectorRequest(d: dict[str, Any]) -> UnlockConnectorRequest:
    (s0,) = _SET_UnlockConnectorRequest
    o = _new(UnlockConnectorRequest)
    s0(o, d["connectorId"])
    return o


def _to_wire_UpdateFirmwareRequest(o: UpdateFirmwareRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"location": o.location, "retrieveDate": _format_datetime(o.retrieve_date)}
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    return d


def _from_wire_UpdateFirmwareRequest(d: dict[str, Any]) -> UpdateFirmwareRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_UpdateFirmwareRequest
    o = _new(UpdateFirmwareRequest)
    s0(o, d["location"])
    s1(o, _parse_datetime(d["retrieveDate"]))
    s2(o, g("retries"))
    s3(o, g("retryInterval"))
    return o


_TO_WIRE: dict[type, Callable[[Any], dict[str, Any]]] = {
    IdTagInfo: _to_wire_IdTagInfo,
    AuthorizationData: _to_wire_AuthorizationData,
    CertificateHashData: _to_wire_CertificateHashData,
    ChargingSchedulePeriod: _to_wire_ChargingSchedulePeriod,
    ChargingSchedule: _to_wire_ChargingSchedule,
    ChargingProfile: _to_wire_ChargingProfile,
    Firmware: _to_wire_Firmware,
    KeyValue: _to_wire_KeyValue,
    LogParameters: _to_wire_LogParameters,
    SampledValue: _to_wire_SampledValue,
    MeterValue: _to_wire_MeterValue,
    SampledValueStopTransactionRequest: _to_wire_SampledValueStopTransactionRequest,
    MeterValueStopTransactionRequest: _to_wire_MeterValueStopTransactionRequest,
    AuthorizeResponse: _to_wire_AuthorizeResponse,
    BootNotificationResponse: _to_wire_BootNotificationResponse,
    CancelReservationResponse: _to_wire_CancelReservationResponse,
    CertificateSignedResponse: _to_wire_CertificateSignedResponse,
    ChangeAvailabilityResponse: _to_wire_ChangeAvailabilityResponse,
    ChangeConfigurationResponse: _to_wire_ChangeConfigurationResponse,
    ClearCacheResponse: _to_wire_ClearCacheResponse,
    ClearChargingProfileResponse: _to_wire_ClearChargingProfileResponse,
    DataTransferResponse: _to_wire_DataTransferResponse,
    DeleteCertificateResponse: _to_wire_DeleteCertificateResponse,
    DiagnosticsStatusNotificationResponse: _to_wire_DiagnosticsStatusNotificationResponse,
    ExtendedTriggerMessageResponse: _to_wire_ExtendedTriggerMessageResponse,
    FirmwareStatusNotificationResponse: _to_wire_FirmwareStatusNotificationResponse,
    GetCompositeScheduleResponse: _to_wire_GetCompositeScheduleResponse,
    GetConfigurationResponse: _to_wire_GetConfigurationResponse,
    GetDiagnosticsResponse: _to_wire_GetDiagnosticsResponse,
    GetInstalledCertificateIdsResponse: _to_wire_GetInstalledCertificateIdsResponse,
    GetLocalListVersionResponse: _to_wire_GetLocalListVersionResponse,
    GetLogResponse: _to_wire_GetLogResponse,
    HeartbeatResponse: _to_wire_HeartbeatResponse,
    InstallCertificateResponse: _to_wire_InstallCertificateResponse,
    LogStatusNotificationResponse: _to_wire_LogStatusNotificationResponse,
    MeterValuesResponse: _to_wire_MeterValuesResponse,
    RemoteStartTransactionResponse: _to_wire_RemoteStartTransactionResponse,
    RemoteStopTransactionResponse: _to_wire_RemoteStopTransactionResponse,
    ReserveNowResponse: _to_wire_ReserveNowResponse,
    ResetResponse: _to_wire_ResetResponse,
    SecurityEventNotificationResponse: _to_wire_SecurityEventNotificationResponse,
    SendLocalListResponse: _to_wire_SendLocalListResponse,
    SetChargingProfileResponse: _to_wire_SetChargingProfileResponse,
    SignCertificateResponse: _to_wire_SignCertificateResponse,
    SignedFirmwareStatusNotificationResponse: _to_wire_SignedFirmwareStatusNotificationResponse,
    SignedUpdateFirmwareResponse: _to_wire_SignedUpdateFirmwareResponse,
    StartTransactionResponse: _to_wire_StartTransactionResponse,
    StatusNotificationResponse: _to_wire_StatusNotificationResponse,
    StopTransactionResponse: _to_wire_StopTransactionResponse,
    TriggerMessageResponse: _to_wire_TriggerMessageResponse,
    UnlockConnectorResponse: _to_wire_UnlockConnectorResponse,
    UpdateFirmwareResponse: _to_wire_UpdateFirmwareResponse,
    AuthorizeRequest: _to_wire_AuthorizeRequest,
    BootNotificationRequest: _to_wire_BootNotificationRequest,
    CancelReservationRequest: _to_wire_CancelReservationRequest,
    CertificateSignedRequest: _to_wire_CertificateSignedRequest,
    ChangeAvailabilityRequest: _to_wire_ChangeAvailabilityRequest,
    ChangeConfigurationRequest: _to_wire_ChangeConfigurationRequest,
    ClearCacheRequest: _to_wire_ClearCacheRequest,
    ClearChargingProfileRequest: _to_wire_ClearChargingProfileRequest,
    DataTransferRequest: _to_wire_DataTransferRequest,
    DeleteCertificateRequest: _to_wire_DeleteCertificateRequest,
    DiagnosticsStatusNotificationRequest: _to_wire_DiagnosticsStatusNotificationRequest,
    ExtendedTriggerMessageRequest: _to_wire_ExtendedTriggerMessageRequest,
    FirmwareStatusNotificationRequest: _to_wire_FirmwareStatusNotificationRequest,
    GetCompositeScheduleRequest: _to_wire_GetCompositeScheduleRequest,
    GetConfigurationRequest: _to_wire_GetConfigurationRequest,
    GetDiagnosticsRequest: _to_wire_GetDiagnosticsRequest,
    GetInstalledCertificateIdsRequest: _to_wire_GetInstalledCertificateIdsRequest,
    GetLocalListVersionRequest: _to_wire_GetLocalListVersionRequest,
    GetLogRequest: _to_wire_GetLogRequest,
    HeartbeatRequest: _to_wire_HeartbeatRequest,
    InstallCertificateRequest: _to_wire_InstallCertificateRequest,
    LogStatusNotificationRequest: _to_wire_LogStatusNotificationRequest,
    MeterValuesRequest: _to_wire_MeterValuesRequest,
    RemoteStartTransactionRequest: _to_wire_RemoteStartTransactionRequest,
    RemoteStopTransactionRequest: _to_wire_RemoteStopTransactionRequest,
    ReserveNowRequest: _to_wire_ReserveNowRequest,
    ResetRequest: _to_wire_ResetRequest,
    SecurityEventNotificationRequest: _to_wire_SecurityEventNotificationRequest,
    SendLocalListRequest: _to_wire_SendLocalListRequest,
    SetChargingProfileRequest: _to_wire_SetChargingProfileRequest,
    SignCertificateRequest: _to_wire_SignCertificateRequest,
    SignedFirmwareStatusNotificationRequest: _to_wire_SignedFirmwareStatusNotificationRequest,
    SignedUpdateFirmwareRequest: _to_wire_SignedUpdateFirmwareRequest,
    StartTransactionRequest: _to_wire_StartTransactionRequest,
    StatusNotificationRequest: _to_wire_StatusNotificationRequest,
    StopTransactionRequest: _to_wire_StopTransactionRequest,
    TriggerMessageRequest: _to_wire_TriggerMessageRequest,
    UnlockConnectorRequest: _to_wire_UnlockConnectorRequest,
    UpdateFirmwareRequest: _to_wire_UpdateFirmwareRequest,
}
_FROM_WIRE: dict[type, Callable[[dict[str, Any]], Any]] = {
    IdTagInfo: _from_wire_IdTagInfo,
    AuthorizationData: _from_wire_AuthorizationData,
    CertificateHashData: _from_wire_CertificateHashData,
    ChargingSchedulePeriod: _from_wire_ChargingSchedulePeriod,
    ChargingSchedule: _from_wire_ChargingSchedule,
    ChargingProfile: _from_wire_ChargingProfile,
    Firmware: _from_wire_Firmware,
    KeyValue: _from_wire_KeyValue,
    LogParameters: _from_wire_LogParameters,
    SampledValue: _from_wire_SampledValue,
    MeterValue: _from_wire_MeterValue,
    SampledValueStopTransactionRequest: _from_wire_SampledValueStopTransactionRequest,
    MeterValueStopTransactionRequest: _from_wire_MeterValueStopTransactionRequest,
    AuthorizeResponse: _from_wire_AuthorizeResponse,
    BootNotificationResponse: _from_wire_BootNotificationResponse,
    CancelReservationResponse: _from_wire_CancelReservationResponse,
    CertificateSignedResponse: _from_wire_CertificateSignedResponse,
    ChangeAvailabilityResponse: _from_wire_ChangeAvailabilityResponse,
    ChangeConfigurationResponse: _from_wire_ChangeConfigurationResponse,
    ClearCacheResponse: _from_wire_ClearCacheResponse,
    ClearChargingProfileResponse: _from_wire_ClearChargingProfileResponse,
    DataTransferResponse: _from_wire_DataTransferResponse,
    DeleteCertificateResponse: _from_wire_DeleteCertificateResponse,
    DiagnosticsStatusNotificationResponse: _from_wire_DiagnosticsStatusNotificationResponse,
    ExtendedTriggerMessageResponse: _from_wire_ExtendedTriggerMessageResponse,
    FirmwareStatusNotificationResponse: _from_wire_FirmwareStatusNotificationResponse,
    GetCompositeScheduleResponse: _from_wire_GetCompositeScheduleResponse,
    GetConfigurationResponse: _from_wire_GetConfigurationResponse,
    GetDiagnosticsResponse: _from_wire_GetDiagnosticsResponse,
    GetInstalledCertificateIdsResponse: _from_wire_GetInstalledCertificateIdsResponse,
    GetLocalListVersionResponse: _from_wire_GetLocalListVersionResponse,
    GetLogResponse: _from_wire_GetLogResponse,
    HeartbeatResponse: _from_wire_HeartbeatResponse,
    InstallCertificateResponse: _from_wire_InstallCertificateResponse,
    LogStatusNotificationResponse: _from_wire_LogStatusNotificationResponse,
    MeterValuesResponse: _from_wire_MeterValuesResponse,
    RemoteStartTransactionResponse: _from_wire_RemoteStartTransactionResponse,
    RemoteStopTransactionResponse: _from_wire_RemoteStopTransactionResponse,
    ReserveNowResponse: _from_wire_ReserveNowResponse,
    ResetResponse: _from_wire_ResetResponse,
    SecurityEventNotificationResponse: _from_wire_SecurityEventNotificationResponse,
    SendLocalListResponse: _from_wire_SendLocalListResponse,
    SetChargingProfileResponse: _from_wire_SetChargingProfileResponse,
    SignCertificateResponse: _from_wire_SignCertificateResponse,
    SignedFirmwareStatusNotificationResponse: _from_wire_SignedFirmwareStatusNotificationResponse,
    SignedUpdateFirmwareResponse: _from_wire_SignedUpdateFirmwareResponse,
    StartTransactionResponse: _from_wire_StartTransactionResponse,
    StatusNotificationResponse: _from_wire_StatusNotificationResponse,
    StopTransactionResponse: _from_wire_StopTransactionResponse,
    TriggerMessageResponse: _from_wire_TriggerMessageResponse,
    UnlockConnectorResponse: _from_wire_UnlockConnectorResponse,
    UpdateFirmwareResponse: _from_wire_UpdateFirmwareResponse,
    AuthorizeRequest: _from_wire_AuthorizeRequest,
    BootNotificationRequest: _from_wire_BootNotificationRequest,
    CancelReservationRequest: _from_wire_CancelReservationRequest,
    CertificateSignedRequest: _from_wire_CertificateSignedRequest,
    ChangeAvailabilityRequest: _from_wire_ChangeAvailabilityRequest,
    ChangeConfigurationRequest: _from_wire_ChangeConfigurationRequest,
    ClearCacheRequest: _from_wire_ClearCacheRequest,
    ClearChargingProfileRequest: _from_wire_ClearChargingProfileRequest,
    DataTransferRequest: _from_wire_DataTransferRequest,
    DeleteCertificateRequest: _from_wire_DeleteCertificateRequest,
    DiagnosticsStatusNotificationRequest: _from_wire_DiagnosticsStatusNotificationRequest,
    ExtendedTriggerMessageRequest: _from_wire_ExtendedTriggerMessageRequest,
    FirmwareStatusNotificationRequest: _from_wire_FirmwareStatusNotificationRequest,
    GetCompositeScheduleRequest: _from_wire_GetCompositeScheduleRequest,
    GetConfigurationRequest: _from_wire_GetConfigurationRequest,
    GetDiagnosticsRequest: _from_wire_GetDiagnosticsRequest,
    GetInstalledCertificateIdsRequest: _from_wire_GetInstalledCertificateIdsRequest,
    GetLocalListVersionRequest: _from_wire_GetLocalListVersionRequest,
    GetLogRequest: _from_wire_GetLogRequest,
    HeartbeatRequest: _from_wire_HeartbeatRequest,
    InstallCertificateRequest: _from_wire_InstallCertificateRequest,
    LogStatusNotificationRequest: _from_wire_LogStatusNotificationRequest,
    MeterValuesRequest: _from_wire_MeterValuesRequest,
    RemoteStartTransactionRequest: _from_wire_RemoteStartTransactionRequest,
    RemoteStopTransactionRequest: _from_wire_RemoteStopTransactionRequest,
    ReserveNowRequest: _from_wire_ReserveNowRequest,
    ResetRequest: _from_wire_ResetRequest,
    SecurityEventNotificationRequest: _from_wire_SecurityEventNotificationRequest,
    SendLocalListRequest: _from_wire_SendLocalListRequest,
    SetChargingProfileRequest: _from_wire_SetChargingProfileRequest,
    SignCertificateRequest: _from_wire_SignCertificateRequest,
    SignedFirmwareStatusNotificationRequest: _from_wire_SignedFirmwareStatusNotificationRequest,
    SignedUpdateFirmwareRequest: _from_wire_SignedUpdateFirmwareRequest,
    StartTransactionRequest: _from_wire_StartTransactionRequest,
    StatusNotificationRequest: _from_wire_StatusNotificationRequest,
    StopTransactionRequest: _from_wire_StopTransactionRequest,
    TriggerMessageRequest: _from_wire_TriggerMessageRequest,
    UnlockConnectorRequest: _from_wire_UnlockConnectorRequest,
    UpdateFirmwareRequest: _from_wire_UpdateFirmwareRequest,
}
