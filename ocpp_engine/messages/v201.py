"""Typed payload classes for OCPP 2.0.1, generated from ``schemas/v201``.

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
    "ACChargingParameters",
    "APN",
    "APNAuthenticationEnum",
    "AdditionalInfo",
    "AttributeEnum",
    "AuthorizationData",
    "AuthorizationStatusEnum",
    "AuthorizeCertificateStatusEnum",
    "AuthorizeRequest",
    "AuthorizeResponse",
    "BootNotificationRequest",
    "BootNotificationResponse",
    "BootReasonEnum",
    "CancelReservationRequest",
    "CancelReservationResponse",
    "CancelReservationStatusEnum",
    "CertificateActionEnum",
    "CertificateHashData",
    "CertificateHashDataChain",
    "CertificateSignedRequest",
    "CertificateSignedResponse",
    "CertificateSignedStatusEnum",
    "CertificateSigningUseEnum",
    "ChangeAvailabilityRequest",
    "ChangeAvailabilityResponse",
    "ChangeAvailabilityStatusEnum",
    "ChargingLimit",
    "ChargingLimitSourceEnum",
    "ChargingNeeds",
    "ChargingProfile",
    "ChargingProfileCriterion",
    "ChargingProfileKindEnum",
    "ChargingProfilePurposeEnum",
    "ChargingProfileStatusEnum",
    "ChargingRateUnitEnum",
    "ChargingSchedule",
    "ChargingSchedulePeriod",
    "ChargingStateEnum",
    "ChargingStation",
    "ClearCacheRequest",
    "ClearCacheResponse",
    "ClearCacheStatusEnum",
    "ClearChargingProfile",
    "ClearChargingProfileRequest",
    "ClearChargingProfileResponse",
    "ClearChargingProfileStatusEnum",
    "ClearDisplayMessageRequest",
    "ClearDisplayMessageResponse",
    "ClearMessageStatusEnum",
    "ClearMonitoringResult",
    "ClearMonitoringStatusEnum",
    "ClearVariableMonitoringRequest",
    "ClearVariableMonitoringResponse",
    "ClearedChargingLimitRequest",
    "ClearedChargingLimitResponse",
    "Component",
    "ComponentCriterionEnum",
    "ComponentVariable",
    "CompositeSchedule",
    "ConnectorEnum",
    "ConnectorStatusEnum",
    "ConsumptionCost",
    "Cost",
    "CostKindEnum",
    "CostUpdatedRequest",
    "CostUpdatedResponse",
    "CustomData",
    "CustomerInformationRequest",
    "CustomerInformationResponse",
    "CustomerInformationStatusEnum",
    "DCChargingParameters",
    "DataEnum",
    "DataTransferRequest",
    "DataTransferResponse",
    "DataTransferStatusEnum",
    "DeleteCertificateRequest",
    "DeleteCertificateResponse",
    "DeleteCertificateStatusEnum",
    "DisplayMessageStatusEnum",
    "EVSE",
    "EnergyTransferModeEnum",
    "EventData",
    "EventNotificationEnum",
    "EventTriggerEnum",
    "Firmware",
    "FirmwareStatusEnum",
    "FirmwareStatusNotificationRequest",
    "FirmwareStatusNotificationResponse",
    "GenericDeviceModelStatusEnum",
    "GenericStatusEnum",
    "Get15118EVCertificateRequest",
    "Get15118EVCertificateResponse",
    "GetBaseReportRequest",
    "GetBaseReportResponse",
    "GetCertificateIdUseEnum",
    "GetCertificateStatusEnum",
    "GetCertificateStatusRequest",
    "GetCertificateStatusResponse",
    "GetChargingProfileStatusEnum",
    "GetChargingProfilesRequest",
    "GetChargingProfilesResponse",
    "GetCompositeScheduleRequest",
    "GetCompositeScheduleResponse",
    "GetDisplayMessagesRequest",
    "GetDisplayMessagesResponse",
    "GetDisplayMessagesStatusEnum",
    "GetInstalledCertificateIdsRequest",
    "GetInstalledCertificateIdsResponse",
    "GetInstalledCertificateStatusEnum",
    "GetLocalListVersionRequest",
    "GetLocalListVersionResponse",
    "GetLogRequest",
    "GetLogResponse",
    "GetMonitoringReportRequest",
    "GetMonitoringReportResponse",
    "GetReportRequest",
    "GetReportResponse",
    "GetTransactionStatusRequest",
    "GetTransactionStatusResponse",
    "GetVariableData",
    "GetVariableResult",
    "GetVariableStatusEnum",
    "GetVariablesRequest",
    "GetVariablesResponse",
    "HashAlgorithmEnum",
    "HeartbeatRequest",
    "HeartbeatResponse",
    "IdToken",
    "IdTokenEnum",
    "IdTokenInfo",
    "InstallCertificateRequest",
    "InstallCertificateResponse",
    "InstallCertificateStatusEnum",
    "InstallCertificateUseEnum",
    "Iso15118EVCertificateStatusEnum",
    "LocationEnum",
    "LogEnum",
    "LogParameters",
    "LogStatusEnum",
    "LogStatusNotificationRequest",
    "LogStatusNotificationResponse",
    "MeasurandEnum",
    "MessageContent",
    "MessageFormatEnum",
    "MessageInfo",
    "MessagePriorityEnum",
    "MessageStateEnum",
    "MessageTriggerEnum",
    "MeterValue",
    "MeterValuesRequest",
    "MeterValuesResponse",
    "Modem",
    "MonitorEnum",
    "MonitoringBaseEnum",
    "MonitoringCriterionEnum",
    "MonitoringData",
    "MutabilityEnum",
    "NetworkConnectionProfile",
    "NotifyChargingLimitRequest",
    "NotifyChargingLimitResponse",
    "NotifyCustomerInformationRequest",
    "NotifyCustomerInformationResponse",
    "NotifyDisplayMessagesRequest",
    "NotifyDisplayMessagesResponse",
    "NotifyEVChargingNeedsRequest",
    "NotifyEVChargingNeedsResponse",
    "NotifyEVChargingNeedsStatusEnum",
    "NotifyEVChargingScheduleRequest",
    "NotifyEVChargingScheduleResponse",
    "NotifyEventRequest",
    "NotifyEventResponse",
    "NotifyMonitoringReportRequest",
    "NotifyMonitoringReportResponse",
    "NotifyReportRequest",
    "NotifyReportResponse",
    "OCPPInterfaceEnum",
    "OCPPTransportEnum",
    "OCPPVersionEnum",
    "OCSPRequestData",
    "OperationalStatusEnum",
    "PhaseEnum",
    "PublishFirmwareRequest",
    "PublishFirmwareResponse",
    "PublishFirmwareStatusEnum",
    "PublishFirmwareStatusNotificationRequest",
    "PublishFirmwareStatusNotificationResponse",
    "REQUESTS",
    "RESPONSES",
    "ReadingContextEnum",
    "ReasonEnum",
    "RecurrencyKindEnum",
    "RegistrationStatusEnum",
    "RelativeTimeInterval",
    "ReportBaseEnum",
    "ReportChargingProfilesRequest",
    "ReportChargingProfilesResponse",
    "ReportData",
    "RequestStartStopStatusEnum",
    "RequestStartTransactionRequest",
    "RequestStartTransactionResponse",
    "RequestStopTransactionRequest",
    "RequestStopTransactionResponse",
    "ReservationStatusUpdateRequest",
    "ReservationStatusUpdateResponse",
    "ReservationUpdateStatusEnum",
    "ReserveNowRequest",
    "ReserveNowResponse",
    "ReserveNowStatusEnum",
    "ResetEnum",
    "ResetRequest",
    "ResetResponse",
    "ResetStatusEnum",
    "SENDS",
    "SalesTariff",
    "SalesTariffEntry",
    "SampledValue",
    "SecurityEventNotificationRequest",
    "SecurityEventNotificationResponse",
    "SendLocalListRequest",
    "SendLocalListResponse",
    "SendLocalListStatusEnum",
    "SetChargingProfileRequest",
    "SetChargingProfileResponse",
    "SetDisplayMessageRequest",
    "SetDisplayMessageResponse",
    "SetMonitoringBaseRequest",
    "SetMonitoringBaseResponse",
    "SetMonitoringData",
    "SetMonitoringLevelRequest",
    "SetMonitoringLevelResponse",
    "SetMonitoringResult",
    "SetMonitoringStatusEnum",
    "SetNetworkProfileRequest",
    "SetNetworkProfileResponse",
    "SetNetworkProfileStatusEnum",
    "SetVariableData",
    "SetVariableMonitoringRequest",
    "SetVariableMonitoringResponse",
    "SetVariableResult",
    "SetVariableStatusEnum",
    "SetVariablesRequest",
    "SetVariablesResponse",
    "SignCertificateRequest",
    "SignCertificateResponse",
    "SignedMeterValue",
    "StatusInfo",
    "StatusNotificationRequest",
    "StatusNotificationResponse",
    "Transaction",
    "TransactionEventEnum",
    "TransactionEventRequest",
    "TransactionEventResponse",
    "TriggerMessageRequest",
    "TriggerMessageResponse",
    "TriggerMessageStatusEnum",
    "TriggerReasonEnum",
    "UnitOfMeasure",
    "UnlockConnectorRequest",
    "UnlockConnectorResponse",
    "UnlockStatusEnum",
    "UnpublishFirmwareRequest",
    "UnpublishFirmwareResponse",
    "UnpublishFirmwareStatusEnum",
    "UpdateEnum",
    "UpdateFirmwareRequest",
    "UpdateFirmwareResponse",
    "UpdateFirmwareStatusEnum",
    "UploadLogStatusEnum",
    "VPN",
    "VPNEnum",
    "Variable",
    "VariableAttribute",
    "VariableCharacteristics",
    "VariableMonitoring",
]


class APNAuthenticationEnum(str, Enum):
    """Authentication method.

    Values of schema type ``APNAuthenticationEnumType``.
    """

    CHAP = "CHAP"
    NONE = "NONE"
    PAP = "PAP"
    AUTO = "AUTO"


class AttributeEnum(str, Enum):
    """Attribute type for which value is requested.

    When absent, default Actual is assumed.

    Values of schema type ``AttributeEnumType``.
    """

    ACTUAL = "Actual"
    TARGET = "Target"
    MIN_SET = "MinSet"
    MAX_SET = "MaxSet"


class AuthorizationStatusEnum(str, Enum):
    """Current status of the ID Token.

    Values of schema type ``AuthorizationStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    BLOCKED = "Blocked"
    CONCURRENT_TX = "ConcurrentTx"
    EXPIRED = "Expired"
    INVALID = "Invalid"
    NO_CREDIT = "NoCredit"
    NOT_ALLOWED_TYPE_EVSE = "NotAllowedTypeEVSE"
    NOT_AT_THIS_LOCATION = "NotAtThisLocation"
    NOT_AT_THIS_TIME = "NotAtThisTime"
    UNKNOWN = "Unknown"


class AuthorizeCertificateStatusEnum(str, Enum):
    """Certificate status information.

    - if all certificates are valid: return 'Accepted'.

    - if one of the certificates was revoked, return 'CertificateRevoked'.

    Values of schema type ``AuthorizeCertificateStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    SIGNATURE_ERROR = "SignatureError"
    CERTIFICATE_EXPIRED = "CertificateExpired"
    CERTIFICATE_REVOKED = "CertificateRevoked"
    NO_CERTIFICATE_AVAILABLE = "NoCertificateAvailable"
    CERT_CHAIN_ERROR = "CertChainError"
    CONTRACT_CANCELLED = "ContractCancelled"


class BootReasonEnum(str, Enum):
    """Values of schema type ``BootReasonEnumType`` (OCPP 2.0.1).

    This contains the reason for sending this message to the CSMS.
    """

    APPLICATION_RESET = "ApplicationReset"
    FIRMWARE_UPDATE = "FirmwareUpdate"
    LOCAL_RESET = "LocalReset"
    POWER_UP = "PowerUp"
    REMOTE_RESET = "RemoteReset"
    SCHEDULED_RESET = "ScheduledReset"
    TRIGGERED = "Triggered"
    UNKNOWN = "Unknown"
    WATCHDOG = "Watchdog"


class CancelReservationStatusEnum(str, Enum):
    """Values of schema type ``CancelReservationStatusEnumType`` (OCPP 2.0.1).

    This indicates the success or failure of the canceling of a reservation by CSMS.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateActionEnum(str, Enum):
    """Defines whether certificate needs to be installed or updated.

    Values of schema type ``CertificateActionEnumType``.
    """

    INSTALL = "Install"
    UPDATE = "Update"


class CertificateSignedStatusEnum(str, Enum):
    """Returns whether certificate signing has been accepted, otherwise rejected.

    Values of schema type ``CertificateSignedStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class CertificateSigningUseEnum(str, Enum):
    """Indicates the type of the signed certificate that is returned.

    When omitted the certificate is used for both the 15118 connection (if implemented) and the
    Charging Station to CSMS connection. This field is required when a typeOfCertificate was
    included in the SignCertificateRequest that requested this certificate to be signed AND both the
    15118 connection and the Charging Station connection are implemented.

    Values of schema type ``CertificateSigningUseEnumType``.
    """

    CHARGING_STATION_CERTIFICATE = "ChargingStationCertificate"
    V2G_CERTIFICATE = "V2GCertificate"


class ChangeAvailabilityStatusEnum(str, Enum):
    """Values of schema type ``ChangeAvailabilityStatusEnumType`` (OCPP 2.0.1).

    This indicates whether the Charging Station is able to perform the availability change.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class ChargingLimitSourceEnum(str, Enum):
    """Source of the charging limit.

    Values of schema type ``ChargingLimitSourceEnumType``.
    """

    EMS = "EMS"
    OTHER = "Other"
    SO = "SO"
    CSO = "CSO"


class ChargingProfileKindEnum(str, Enum):
    """Indicates the kind of schedule.

    Values of schema type ``ChargingProfileKindEnumType``.
    """

    ABSOLUTE = "Absolute"
    RECURRING = "Recurring"
    RELATIVE = "Relative"


class ChargingProfilePurposeEnum(str, Enum):
    """Values of schema type ``ChargingProfilePurposeEnumType`` (OCPP 2.0.1).

    Specifies to purpose of the charging profiles that will be cleared, if they meet the other
    criteria in the request.
    """

    CHARGING_STATION_EXTERNAL_CONSTRAINTS = "ChargingStationExternalConstraints"
    CHARGING_STATION_MAX_PROFILE = "ChargingStationMaxProfile"
    TX_DEFAULT_PROFILE = "TxDefaultProfile"
    TX_PROFILE = "TxProfile"


class ChargingProfileStatusEnum(str, Enum):
    """Returns whether the Charging Station has been able to process the message successfully.

    This does not guarantee the schedule will be followed to the letter. There might be other
    constraints the Charging Station may need to take into account.

    Values of schema type ``ChargingProfileStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ChargingRateUnitEnum(str, Enum):
    """Can be used to force a power or current profile.

    Values of schema type ``ChargingRateUnitEnumType``.
    """

    W = "W"
    A = "A"


class ChargingStateEnum(str, Enum):
    """Current charging state, is required when state.

    has changed.

    Values of schema type ``ChargingStateEnumType``.
    """

    CHARGING = "Charging"
    EV_CONNECTED = "EVConnected"
    SUSPENDED_EV = "SuspendedEV"
    SUSPENDED_EVSE = "SuspendedEVSE"
    IDLE = "Idle"


class ClearCacheStatusEnum(str, Enum):
    """Accepted if the Charging Station has executed the request, otherwise rejected.

    Values of schema type ``ClearCacheStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ClearChargingProfileStatusEnum(str, Enum):
    """Indicates if the Charging Station was able to execute the request.

    Values of schema type ``ClearChargingProfileStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class ClearMessageStatusEnum(str, Enum):
    """Returns whether the Charging Station has been able to remove the message.

    Values of schema type ``ClearMessageStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class ClearMonitoringStatusEnum(str, Enum):
    """Result of the clear request for this monitor, identified by its Id.

    Values of schema type ``ClearMonitoringStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_FOUND = "NotFound"


class ComponentCriterionEnum(str, Enum):
    """Values of schema type ``ComponentCriterionEnumType`` (OCPP 2.0.1)."""

    ACTIVE = "Active"
    AVAILABLE = "Available"
    ENABLED = "Enabled"
    PROBLEM = "Problem"


class ConnectorEnum(str, Enum):
    """Values of schema type ``ConnectorEnumType`` (OCPP 2.0.1).

    This field specifies the connector type.
    """

    C_CCS1 = "cCCS1"
    C_CCS2 = "cCCS2"
    C_G105 = "cG105"
    C_TESLA = "cTesla"
    C_TYPE1 = "cType1"
    C_TYPE2 = "cType2"
    S309_1P_16A = "s309-1P-16A"
    S309_1P_32A = "s309-1P-32A"
    S309_3P_16A = "s309-3P-16A"
    S309_3P_32A = "s309-3P-32A"
    S_BS1361 = "sBS1361"
    S_CEE_7_7 = "sCEE-7-7"
    S_TYPE2 = "sType2"
    S_TYPE3 = "sType3"
    OTHER_1PH_MAX_16A = "Other1PhMax16A"
    OTHER_1PH_OVER_16A = "Other1PhOver16A"
    OTHER_3PH = "Other3Ph"
    PAN = "Pan"
    W_INDUCTIVE = "wInductive"
    W_RESONANT = "wResonant"
    UNDETERMINED = "Undetermined"
    UNKNOWN = "Unknown"


class ConnectorStatusEnum(str, Enum):
    """Values of schema type ``ConnectorStatusEnumType`` (OCPP 2.0.1).

    This contains the current status of the Connector.
    """

    AVAILABLE = "Available"
    OCCUPIED = "Occupied"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


class CostKindEnum(str, Enum):
    """The kind of cost referred to in the message element amount.

    Values of schema type ``CostKindEnumType``.
    """

    CARBON_DIOXIDE_EMISSION = "CarbonDioxideEmission"
    RELATIVE_PRICE_PERCENTAGE = "RelativePricePercentage"
    RENEWABLE_GENERATION_PERCENTAGE = "RenewableGenerationPercentage"


class CustomerInformationStatusEnum(str, Enum):
    """Indicates whether the request was accepted.

    Values of schema type ``CustomerInformationStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    INVALID = "Invalid"


class DataEnum(str, Enum):
    """Data type of this variable.

    Values of schema type ``DataEnumType``.
    """

    STRING = "string"
    DECIMAL = "decimal"
    INTEGER = "integer"
    DATE_TIME = "dateTime"
    BOOLEAN = "boolean"
    OPTION_LIST = "OptionList"
    SEQUENCE_LIST = "SequenceList"
    MEMBER_LIST = "MemberList"


class DataTransferStatusEnum(str, Enum):
    """Values of schema type ``DataTransferStatusEnumType`` (OCPP 2.0.1).

    This indicates the success or failure of the data transfer.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_MESSAGE_ID = "UnknownMessageId"
    UNKNOWN_VENDOR_ID = "UnknownVendorId"


class DeleteCertificateStatusEnum(str, Enum):
    """Charging Station indicates if it can process the request.

    Values of schema type ``DeleteCertificateStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    NOT_FOUND = "NotFound"


class DisplayMessageStatusEnum(str, Enum):
    """Values of schema type ``DisplayMessageStatusEnumType`` (OCPP 2.0.1).

    This indicates whether the Charging Station is able to display the message.
    """

    ACCEPTED = "Accepted"
    NOT_SUPPORTED_MESSAGE_FORMAT = "NotSupportedMessageFormat"
    REJECTED = "Rejected"
    NOT_SUPPORTED_PRIORITY = "NotSupportedPriority"
    NOT_SUPPORTED_STATE = "NotSupportedState"
    UNKNOWN_TRANSACTION = "UnknownTransaction"


class EnergyTransferModeEnum(str, Enum):
    """Mode of energy transfer requested by the EV.

    Values of schema type ``EnergyTransferModeEnumType``.
    """

    DC = "DC"
    AC_SINGLE_PHASE = "AC_single_phase"
    AC_TWO_PHASE = "AC_two_phase"
    AC_THREE_PHASE = "AC_three_phase"


class EventNotificationEnum(str, Enum):
    """Specifies the event notification type of the message.

    Values of schema type ``EventNotificationEnumType``.
    """

    HARD_WIRED_NOTIFICATION = "HardWiredNotification"
    HARD_WIRED_MONITOR = "HardWiredMonitor"
    PRECONFIGURED_MONITOR = "PreconfiguredMonitor"
    CUSTOM_MONITOR = "CustomMonitor"


class EventTriggerEnum(str, Enum):
    """Type of monitor that triggered this event, e.g.

    exceeding a threshold value.

    Values of schema type ``EventTriggerEnumType``.
    """

    ALERTING = "Alerting"
    DELTA = "Delta"
    PERIODIC = "Periodic"


class FirmwareStatusEnum(str, Enum):
    """Values of schema type ``FirmwareStatusEnumType`` (OCPP 2.0.1).

    This contains the progress status of the firmware installation.
    """

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


class GenericDeviceModelStatusEnum(str, Enum):
    """Values of schema type ``GenericDeviceModelStatusEnumType`` (OCPP 2.0.1).

    This indicates whether the Charging Station is able to accept this request.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_SUPPORTED = "NotSupported"
    EMPTY_RESULT_SET = "EmptyResultSet"


class GenericStatusEnum(str, Enum):
    """The Charging Station will indicate if it was.

    able to process the request

    Values of schema type ``GenericStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class GetCertificateIdUseEnum(str, Enum):
    """Values of schema type ``GetCertificateIdUseEnumType`` (OCPP 2.0.1)."""

    V2G_ROOT_CERTIFICATE = "V2GRootCertificate"
    MO_ROOT_CERTIFICATE = "MORootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    V2G_CERTIFICATE_CHAIN = "V2GCertificateChain"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"


class GetCertificateStatusEnum(str, Enum):
    """Values of schema type ``GetCertificateStatusEnumType`` (OCPP 2.0.1).

    This indicates whether the charging station was able to retrieve the OCSP certificate status.
    """

    ACCEPTED = "Accepted"
    FAILED = "Failed"


class GetChargingProfileStatusEnum(str, Enum):
    """Values of schema type ``GetChargingProfileStatusEnumType`` (OCPP 2.0.1).

    This indicates whether the Charging Station is able to process this request and will send
    ReportChargingProfilesRequest messages.
    """

    ACCEPTED = "Accepted"
    NO_PROFILES = "NoProfiles"


class GetDisplayMessagesStatusEnum(str, Enum):
    """Values of schema type ``GetDisplayMessagesStatusEnumType`` (OCPP 2.0.1).

    Indicates if the Charging Station has Display Messages that match the request criteria in the
    GetDisplayMessagesRequest
    """

    ACCEPTED = "Accepted"
    UNKNOWN = "Unknown"


class GetInstalledCertificateStatusEnum(str, Enum):
    """Charging Station indicates if it can process the request.

    Values of schema type ``GetInstalledCertificateStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    NOT_FOUND = "NotFound"


class GetVariableStatusEnum(str, Enum):
    """Result status of getting the variable.

    Values of schema type ``GetVariableStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    NOT_SUPPORTED_ATTRIBUTE_TYPE = "NotSupportedAttributeType"


class HashAlgorithmEnum(str, Enum):
    """Used algorithms for the hashes provided.

    Values of schema type ``HashAlgorithmEnumType``.
    """

    SHA256 = "SHA256"
    SHA384 = "SHA384"
    SHA512 = "SHA512"


class IdTokenEnum(str, Enum):
    """Enumeration of possible idToken types.

    Values of schema type ``IdTokenEnumType``.
    """

    CENTRAL = "Central"
    EMAID = "eMAID"
    ISO14443 = "ISO14443"
    ISO15693 = "ISO15693"
    KEY_CODE = "KeyCode"
    LOCAL = "Local"
    MAC_ADDRESS = "MacAddress"
    NO_AUTHORIZATION = "NoAuthorization"


class InstallCertificateStatusEnum(str, Enum):
    """Charging Station indicates if installation was successful.

    Values of schema type ``InstallCertificateStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    FAILED = "Failed"


class InstallCertificateUseEnum(str, Enum):
    """Indicates the certificate type that is sent.

    Values of schema type ``InstallCertificateUseEnumType``.
    """

    V2G_ROOT_CERTIFICATE = "V2GRootCertificate"
    MO_ROOT_CERTIFICATE = "MORootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"


class Iso15118EVCertificateStatusEnum(str, Enum):
    """Indicates whether the message was processed properly.

    Values of schema type ``Iso15118EVCertificateStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    FAILED = "Failed"


class LocationEnum(str, Enum):
    """Indicates where the measured value has been sampled.

    Default =  "Outlet"

    Values of schema type ``LocationEnumType``.
    """

    BODY = "Body"
    CABLE = "Cable"
    EV = "EV"
    INLET = "Inlet"
    OUTLET = "Outlet"


class LogEnum(str, Enum):
    """Values of schema type ``LogEnumType`` (OCPP 2.0.1).

    This contains the type of log file that the Charging Station

    should send.
    """

    DIAGNOSTICS_LOG = "DiagnosticsLog"
    SECURITY_LOG = "SecurityLog"


class LogStatusEnum(str, Enum):
    """Values of schema type ``LogStatusEnumType`` (OCPP 2.0.1).

    This field indicates whether the Charging Station was able to accept the request.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"


class MeasurandEnum(str, Enum):
    """Type of measurement.

    Default = "Energy.Active.Import.Register"

    Values of schema type ``MeasurandEnumType``.
    """

    CURRENT_EXPORT = "Current.Export"
    CURRENT_IMPORT = "Current.Import"
    CURRENT_OFFERED = "Current.Offered"
    ENERGY_ACTIVE_EXPORT_REGISTER = "Energy.Active.Export.Register"
    ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register"
    ENERGY_REACTIVE_EXPORT_REGISTER = "Energy.Reactive.Export.Register"
    ENERGY_REACTIVE_IMPORT_REGISTER = "Energy.Reactive.Import.Register"
    ENERGY_ACTIVE_EXPORT_INTERVAL = "Energy.Active.Export.Interval"
    ENERGY_ACTIVE_IMPORT_INTERVAL = "Energy.Active.Import.Interval"
    ENERGY_ACTIVE_NET = "Energy.Active.Net"
    ENERGY_REACTIVE_EXPORT_INTERVAL = "Energy.Reactive.Export.Interval"
    ENERGY_REACTIVE_IMPORT_INTERVAL = "Energy.Reactive.Import.Interval"
    ENERGY_REACTIVE_NET = "Energy.Reactive.Net"
    ENERGY_APPARENT_NET = "Energy.Apparent.Net"
    ENERGY_APPARENT_IMPORT = "Energy.Apparent.Import"
    ENERGY_APPARENT_EXPORT = "Energy.Apparent.Export"
    FREQUENCY = "Frequency"
    POWER_ACTIVE_EXPORT = "Power.Active.Export"
    POWER_ACTIVE_IMPORT = "Power.Active.Import"
    POWER_FACTOR = "Power.Factor"
    POWER_OFFERED = "Power.Offered"
    POWER_REACTIVE_EXPORT = "Power.Reactive.Export"
    POWER_REACTIVE_IMPORT = "Power.Reactive.Import"
    SOC = "SoC"
    VOLTAGE = "Voltage"


class MessageFormatEnum(str, Enum):
    """Format of the message.

    Values of schema type ``MessageFormatEnumType``.
    """

    ASCII = "ASCII"
    HTML = "HTML"
    URI = "URI"
    UTF8 = "UTF8"


class MessagePriorityEnum(str, Enum):
    """Values of schema type ``MessagePriorityEnumType`` (OCPP 2.0.1).

    If provided the Charging Station shall return Display Messages with the given priority only.
    """

    ALWAYS_FRONT = "AlwaysFront"
    IN_FRONT = "InFront"
    NORMAL_CYCLE = "NormalCycle"


class MessageStateEnum(str, Enum):
    """If provided the Charging Station shall return Display Messages with the given state only.

    Values of schema type ``MessageStateEnumType``.
    """

    CHARGING = "Charging"
    FAULTED = "Faulted"
    IDLE = "Idle"
    UNAVAILABLE = "Unavailable"


class MessageTriggerEnum(str, Enum):
    """Type of message to be triggered.

    Values of schema type ``MessageTriggerEnumType``.
    """

    BOOT_NOTIFICATION = "BootNotification"
    LOG_STATUS_NOTIFICATION = "LogStatusNotification"
    FIRMWARE_STATUS_NOTIFICATION = "FirmwareStatusNotification"
    HEARTBEAT = "Heartbeat"
    METER_VALUES = "MeterValues"
    SIGN_CHARGING_STATION_CERTIFICATE = "SignChargingStationCertificate"
    SIGN_V2G_CERTIFICATE = "SignV2GCertificate"
    STATUS_NOTIFICATION = "StatusNotification"
    TRANSACTION_EVENT = "TransactionEvent"
    SIGN_COMBINED_CERTIFICATE = "SignCombinedCertificate"
    PUBLISH_FIRMWARE_STATUS_NOTIFICATION = "PublishFirmwareStatusNotification"


class MonitorEnum(str, Enum):
    """The type of this monitor, e.g.

    a threshold, delta or periodic monitor.

    Values of schema type ``MonitorEnumType``.
    """

    UPPER_THRESHOLD = "UpperThreshold"
    LOWER_THRESHOLD = "LowerThreshold"
    DELTA = "Delta"
    PERIODIC = "Periodic"
    PERIODIC_CLOCK_ALIGNED = "PeriodicClockAligned"


class MonitoringBaseEnum(str, Enum):
    """Specify which monitoring base will be set.

    Values of schema type ``MonitoringBaseEnumType``.
    """

    ALL = "All"
    FACTORY_DEFAULT = "FactoryDefault"
    HARD_WIRED_ONLY = "HardWiredOnly"


class MonitoringCriterionEnum(str, Enum):
    """Values of schema type ``MonitoringCriterionEnumType`` (OCPP 2.0.1)."""

    THRESHOLD_MONITORING = "ThresholdMonitoring"
    DELTA_MONITORING = "DeltaMonitoring"
    PERIODIC_MONITORING = "PeriodicMonitoring"


class MutabilityEnum(str, Enum):
    """Defines the mutability of this attribute.

    Default is ReadWrite when omitted.

    Values of schema type ``MutabilityEnumType``.
    """

    READ_ONLY = "ReadOnly"
    WRITE_ONLY = "WriteOnly"
    READ_WRITE = "ReadWrite"


class NotifyEVChargingNeedsStatusEnum(str, Enum):
    """Returns whether the CSMS has been able to process the message successfully.

    It does not imply that the evChargingNeeds can be met with the current charging profile.

    Values of schema type ``NotifyEVChargingNeedsStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    PROCESSING = "Processing"


class OCPPInterfaceEnum(str, Enum):
    """Applicable Network Interface.

    Values of schema type ``OCPPInterfaceEnumType``.
    """

    WIRED0 = "Wired0"
    WIRED1 = "Wired1"
    WIRED2 = "Wired2"
    WIRED3 = "Wired3"
    WIRELESS0 = "Wireless0"
    WIRELESS1 = "Wireless1"
    WIRELESS2 = "Wireless2"
    WIRELESS3 = "Wireless3"


class OCPPTransportEnum(str, Enum):
    """Defines the transport protocol (e.g.

    SOAP or JSON). Note: SOAP is not supported in OCPP 2.0, but is supported by other versions of
    OCPP.

    Values of schema type ``OCPPTransportEnumType``.
    """

    JSON = "JSON"
    SOAP = "SOAP"


class OCPPVersionEnum(str, Enum):
    """Defines the OCPP version used for this communication function.

    Values of schema type ``OCPPVersionEnumType``.
    """

    OCPP12 = "OCPP12"
    OCPP15 = "OCPP15"
    OCPP16 = "OCPP16"
    OCPP20 = "OCPP20"


class OperationalStatusEnum(str, Enum):
    """Values of schema type ``OperationalStatusEnumType`` (OCPP 2.0.1).

    This contains the type of availability change that the Charging Station should perform.
    """

    INOPERATIVE = "Inoperative"
    OPERATIVE = "Operative"


class PhaseEnum(str, Enum):
    """Indicates how the measured value is to be interpreted.

    For instance between L1 and neutral (L1-N) Please note that not all values of phase are
    applicable to all Measurands. When phase is absent, the measured value is interpreted as an
    overall value.

    Values of schema type ``PhaseEnumType``.
    """

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


class PublishFirmwareStatusEnum(str, Enum):
    """Values of schema type ``PublishFirmwareStatusEnumType`` (OCPP 2.0.1).

    This contains the progress status of the publishfirmware

    installation.
    """

    IDLE = "Idle"
    DOWNLOAD_SCHEDULED = "DownloadScheduled"
    DOWNLOADING = "Downloading"
    DOWNLOADED = "Downloaded"
    PUBLISHED = "Published"
    DOWNLOAD_FAILED = "DownloadFailed"
    DOWNLOAD_PAUSED = "DownloadPaused"
    INVALID_CHECKSUM = "InvalidChecksum"
    CHECKSUM_VERIFIED = "ChecksumVerified"
    PUBLISH_FAILED = "PublishFailed"


class ReadingContextEnum(str, Enum):
    """Type of detail value: start, end or sample.

    Default = "Sample.Periodic"

    Values of schema type ``ReadingContextEnumType``.
    """

    INTERRUPTION_BEGIN = "Interruption.Begin"
    INTERRUPTION_END = "Interruption.End"
    OTHER = "Other"
    SAMPLE_CLOCK = "Sample.Clock"
    SAMPLE_PERIODIC = "Sample.Periodic"
    TRANSACTION_BEGIN = "Transaction.Begin"
    TRANSACTION_END = "Transaction.End"
    TRIGGER = "Trigger"


class ReasonEnum(str, Enum):
    """Values of schema type ``ReasonEnumType`` (OCPP 2.0.1).

    This contains the reason why the transaction was stopped. MAY only be omitted when Reason is
    "Local".
    """

    DE_AUTHORIZED = "DeAuthorized"
    EMERGENCY_STOP = "EmergencyStop"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_DISCONNECTED = "EVDisconnected"
    GROUND_FAULT = "GroundFault"
    IMMEDIATE_RESET = "ImmediateReset"
    LOCAL = "Local"
    LOCAL_OUT_OF_CREDIT = "LocalOutOfCredit"
    MASTER_PASS = "MasterPass"
    OTHER = "Other"
    OVERCURRENT_FAULT = "OvercurrentFault"
    POWER_LOSS = "PowerLoss"
    POWER_QUALITY = "PowerQuality"
    REBOOT = "Reboot"
    REMOTE = "Remote"
    SOC_LIMIT_REACHED = "SOCLimitReached"
    STOPPED_BY_EV = "StoppedByEV"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TIMEOUT = "Timeout"


class RecurrencyKindEnum(str, Enum):
    """Indicates the start point of a recurrence.

    Values of schema type ``RecurrencyKindEnumType``.
    """

    DAILY = "Daily"
    WEEKLY = "Weekly"


class RegistrationStatusEnum(str, Enum):
    """Values of schema type ``RegistrationStatusEnumType`` (OCPP 2.0.1).

    This contains whether the Charging Station has been registered

    within the CSMS.
    """

    ACCEPTED = "Accepted"
    PENDING = "Pending"
    REJECTED = "Rejected"


class ReportBaseEnum(str, Enum):
    """Values of schema type ``ReportBaseEnumType`` (OCPP 2.0.1).

    This field specifies the report base.
    """

    CONFIGURATION_INVENTORY = "ConfigurationInventory"
    FULL_INVENTORY = "FullInventory"
    SUMMARY_INVENTORY = "SummaryInventory"


class RequestStartStopStatusEnum(str, Enum):
    """Status indicating whether the Charging Station accepts the request to start a transaction.

    Values of schema type ``RequestStartStopStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class ReservationUpdateStatusEnum(str, Enum):
    """The updated reservation status.

    Values of schema type ``ReservationUpdateStatusEnumType``.
    """

    EXPIRED = "Expired"
    REMOVED = "Removed"


class ReserveNowStatusEnum(str, Enum):
    """Values of schema type ``ReserveNowStatusEnumType`` (OCPP 2.0.1).

    This indicates the success or failure of the reservation.
    """

    ACCEPTED = "Accepted"
    FAULTED = "Faulted"
    OCCUPIED = "Occupied"
    REJECTED = "Rejected"
    UNAVAILABLE = "Unavailable"


class ResetEnum(str, Enum):
    """Values of schema type ``ResetEnumType`` (OCPP 2.0.1).

    This contains the type of reset that the Charging Station or EVSE should perform.
    """

    IMMEDIATE = "Immediate"
    ON_IDLE = "OnIdle"


class ResetStatusEnum(str, Enum):
    """Values of schema type ``ResetStatusEnumType`` (OCPP 2.0.1).

    This indicates whether the Charging Station is able to perform the reset.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class SendLocalListStatusEnum(str, Enum):
    """Values of schema type ``SendLocalListStatusEnumType`` (OCPP 2.0.1).

    This indicates whether the Charging Station has successfully received and applied the update of
    the Local Authorization List.
    """

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    VERSION_MISMATCH = "VersionMismatch"


class SetMonitoringStatusEnum(str, Enum):
    """Status is OK if a value could be returned.

    Otherwise this will indicate the reason why a value could not be returned.

    Values of schema type ``SetMonitoringStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    UNSUPPORTED_MONITOR_TYPE = "UnsupportedMonitorType"
    REJECTED = "Rejected"
    DUPLICATE = "Duplicate"


class SetNetworkProfileStatusEnum(str, Enum):
    """Result of operation.

    Values of schema type ``SetNetworkProfileStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    FAILED = "Failed"


class SetVariableStatusEnum(str, Enum):
    """Result status of setting the variable.

    Values of schema type ``SetVariableStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    NOT_SUPPORTED_ATTRIBUTE_TYPE = "NotSupportedAttributeType"
    REBOOT_REQUIRED = "RebootRequired"


class TransactionEventEnum(str, Enum):
    """Values of schema type ``TransactionEventEnumType`` (OCPP 2.0.1).

    This contains the type of this event.

    The first TransactionEvent of a transaction SHALL contain: "Started" The last TransactionEvent
    of a transaction SHALL contain: "Ended" All others SHALL contain: "Updated"
    """

    ENDED = "Ended"
    STARTED = "Started"
    UPDATED = "Updated"


class TriggerMessageStatusEnum(str, Enum):
    """Indicates whether the Charging Station will send the requested notification or not.

    Values of schema type ``TriggerMessageStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_IMPLEMENTED = "NotImplemented"


class TriggerReasonEnum(str, Enum):
    """Reason the Charging Station sends this message to the CSMS.

    Values of schema type ``TriggerReasonEnumType``.
    """

    AUTHORIZED = "Authorized"
    CABLE_PLUGGED_IN = "CablePluggedIn"
    CHARGING_RATE_CHANGED = "ChargingRateChanged"
    CHARGING_STATE_CHANGED = "ChargingStateChanged"
    DEAUTHORIZED = "Deauthorized"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_COMMUNICATION_LOST = "EVCommunicationLost"
    EV_CONNECT_TIMEOUT = "EVConnectTimeout"
    METER_VALUE_CLOCK = "MeterValueClock"
    METER_VALUE_PERIODIC = "MeterValuePeriodic"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TRIGGER = "Trigger"
    UNLOCK_COMMAND = "UnlockCommand"
    STOP_AUTHORIZED = "StopAuthorized"
    EV_DEPARTED = "EVDeparted"
    EV_DETECTED = "EVDetected"
    REMOTE_STOP = "RemoteStop"
    REMOTE_START = "RemoteStart"
    ABNORMAL_CONDITION = "AbnormalCondition"
    SIGNED_DATA_RECEIVED = "SignedDataReceived"
    RESET_COMMAND = "ResetCommand"


class UnlockStatusEnum(str, Enum):
    """Values of schema type ``UnlockStatusEnumType`` (OCPP 2.0.1).

    This indicates whether the Charging Station has unlocked the connector.
    """

    UNLOCKED = "Unlocked"
    UNLOCK_FAILED = "UnlockFailed"
    ONGOING_AUTHORIZED_TRANSACTION = "OngoingAuthorizedTransaction"
    UNKNOWN_CONNECTOR = "UnknownConnector"


class UnpublishFirmwareStatusEnum(str, Enum):
    """Indicates whether the Local Controller succeeded in unpublishing the firmware.

    Values of schema type ``UnpublishFirmwareStatusEnumType``.
    """

    DOWNLOAD_ONGOING = "DownloadOngoing"
    NO_FIRMWARE = "NoFirmware"
    UNPUBLISHED = "Unpublished"


class UpdateEnum(str, Enum):
    """Values of schema type ``UpdateEnumType`` (OCPP 2.0.1).

    This contains the type of update (full or differential) of this request.
    """

    DIFFERENTIAL = "Differential"
    FULL = "Full"


class UpdateFirmwareStatusEnum(str, Enum):
    """Values of schema type ``UpdateFirmwareStatusEnumType`` (OCPP 2.0.1).

    This field indicates whether the Charging Station was able to accept the request.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"
    INVALID_CERTIFICATE = "InvalidCertificate"
    REVOKED_CERTIFICATE = "RevokedCertificate"


class UploadLogStatusEnum(str, Enum):
    """Values of schema type ``UploadLogStatusEnumType`` (OCPP 2.0.1).

    This contains the status of the log upload.
    """

    BAD_MESSAGE = "BadMessage"
    IDLE = "Idle"
    NOT_SUPPORTED_OPERATION = "NotSupportedOperation"
    PERMISSION_DENIED = "PermissionDenied"
    UPLOADED = "Uploaded"
    UPLOAD_FAILURE = "UploadFailure"
    UPLOADING = "Uploading"
    ACCEPTED_CANCELED = "AcceptedCanceled"


class VPNEnum(str, Enum):
    """Type of VPN.

    Values of schema type ``VPNEnumType``.
    """

    IKEV2 = "IKEv2"
    IPSEC = "IPSec"
    L2TP = "L2TP"
    PPTP = "PPTP"


@attrs.frozen
class CustomData:
    """Object of schema type ``CustomDataType`` (OCPP 2.0.1).

    This class does not get 'AdditionalProperties = false' in the schema generation, so it can be
    extended with arbitrary JSON properties to allow adding custom data.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    vendor_id: str = attrs.field(metadata={"wire": "vendorId"})
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Properties not declared by the schema (vendor data), kept verbatim."""


@attrs.frozen
class ACChargingParameters:
    """EV AC charging parameters.

    Object of schema type ``ACChargingParametersType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    energy_amount: int = attrs.field(metadata={"wire": "energyAmount"})
    """Amount of energy requested (in Wh). This includes energy required for preconditioning."""
    ev_min_current: int = attrs.field(metadata={"wire": "evMinCurrent"})
    """Minimum current (amps) supported by the electric vehicle (per phase)."""
    ev_max_current: int = attrs.field(metadata={"wire": "evMaxCurrent"})
    """
    Maximum current (amps) supported by the electric vehicle (per phase). Includes cable capacity.
    """
    ev_max_voltage: int = attrs.field(metadata={"wire": "evMaxVoltage"})
    """Maximum voltage supported by the electric vehicle"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class APN:
    """Collection of configuration data needed to make a data-connection over a cellular network.

    NOTE: When asking a GSM modem to dial in, it is possible to specify which mobile operator should
    be used. This can be done with the mobile country code (MCC) in combination with a mobile
    network code (MNC). Example: If your preferred network is Vodafone Netherlands, the MCC=204 and
    the MNC=04 which means the key PreferredNetwork = 20404 Some modems allows to specify a
    preferred network, which means, if this network is not available, a different network is used.
    If you specify UseOnlyPreferredNetwork and this network is not available, the modem will not
    dial in.

    Object of schema type ``APNType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    apn: str = attrs.field(metadata={"wire": "apn"})
    """The Access Point Name as an URL."""
    apn_authentication: APNAuthenticationEnum = attrs.field(metadata={"wire": "apnAuthentication"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    apn_user_name: str | None = attrs.field(default=None, metadata={"wire": "apnUserName"})
    """APN username."""
    apn_password: str | None = attrs.field(default=None, metadata={"wire": "apnPassword"})
    """APN Password."""
    sim_pin: int | None = attrs.field(default=None, metadata={"wire": "simPin"})
    """SIM card pin code."""
    preferred_network: str | None = attrs.field(default=None, metadata={"wire": "preferredNetwork"})
    """Preferred network, written as MCC and MNC concatenated. See note."""
    use_only_preferred_network: bool | None = attrs.field(
        default=None, metadata={"wire": "useOnlyPreferredNetwork"}
    )
    """
    Default: false. Use only the preferred Network, do

    not dial in when not available. See Note.

    Schema default: ``false`` (not sent unless set explicitly).
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AdditionalInfo:
    """Object of schema type ``AdditionalInfoType`` (OCPP 2.0.1).

    Contains a case insensitive identifier to use for the authorization and the type of
    authorization to support multiple forms of identifiers.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    additional_id_token: str = attrs.field(metadata={"wire": "additionalIdToken"})
    """This field specifies the additional IdToken."""
    type_: str = attrs.field(metadata={"wire": "type"})
    """
    This defines the type of the additionalIdToken. This is a custom type, so the implementation
    needs to be agreed upon by all involved parties.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class IdToken:
    """Object of schema type ``IdTokenType`` (OCPP 2.0.1).

    Contains a case insensitive identifier to use for the authorization and the type of
    authorization to support multiple forms of identifiers.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token: str = attrs.field(metadata={"wire": "idToken"})
    """
    IdToken is case insensitive. Might hold the hidden id of an RFID tag, but can for example also
    contain a UUID.
    """
    type_: IdTokenEnum = attrs.field(metadata={"wire": "type"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    additional_info: list[AdditionalInfo] | None = attrs.field(
        default=None, metadata={"wire": "additionalInfo"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class MessageContent:
    """Contains message details, for a message to be displayed on a Charging Station.

    Object of schema type ``MessageContentType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    format_: MessageFormatEnum = attrs.field(metadata={"wire": "format"})
    content: str = attrs.field(metadata={"wire": "content"})
    """Message contents."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    language: str | None = attrs.field(default=None, metadata={"wire": "language"})
    """Message language identifier. Contains a language code as defined in [RFC5646]."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class IdTokenInfo:
    """Contains status information about an identifier.

    It is advised to not stop charging for a token that expires during charging, as ExpiryDate is
    only used for caching purposes. If ExpiryDate is not given, the status has no end date.

    Object of schema type ``IdTokenInfoType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: AuthorizationStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    cache_expiry_date_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "cacheExpiryDateTime"}
    )
    """Date and Time after which the token must be considered invalid."""
    charging_priority: int | None = attrs.field(default=None, metadata={"wire": "chargingPriority"})
    """
    Priority from a business point of view. Default priority is 0, The range is from -9 to 9. Higher
    values indicate a higher priority. The chargingPriority in TransactionEventResponse overrules
    this one.
    """
    language1: str | None = attrs.field(default=None, metadata={"wire": "language1"})
    """
    Preferred user interface language of identifier user. Contains a language code as defined in
    [RFC5646].
    """
    evse_id: list[int] | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """
    Only used when the IdToken is only valid for one or more specific EVSEs, not for the entire
    Charging Station.
    """
    group_id_token: IdToken | None = attrs.field(default=None, metadata={"wire": "groupIdToken"})
    language2: str | None = attrs.field(default=None, metadata={"wire": "language2"})
    """
    Second preferred user interface language of identifier user. Don't use when language1 is
    omitted, has to be different from language1. Contains a language code as defined in [RFC5646].
    """
    personal_message: MessageContent | None = attrs.field(
        default=None, metadata={"wire": "personalMessage"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AuthorizationData:
    """Contains the identifier to use for authorization.

    Object of schema type ``AuthorizationData``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token: IdToken = attrs.field(metadata={"wire": "idToken"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    id_token_info: IdTokenInfo | None = attrs.field(default=None, metadata={"wire": "idTokenInfo"})


@attrs.frozen
class CertificateHashData:
    """Object of schema type ``CertificateHashDataType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    hash_algorithm: HashAlgorithmEnum = attrs.field(metadata={"wire": "hashAlgorithm"})
    issuer_name_hash: str = attrs.field(metadata={"wire": "issuerNameHash"})
    """Hashed value of the Issuer DN (Distinguished Name)."""
    issuer_key_hash: str = attrs.field(metadata={"wire": "issuerKeyHash"})
    """Hashed value of the issuers public key"""
    serial_number: str = attrs.field(metadata={"wire": "serialNumber"})
    """The serial number of the certificate."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CertificateHashDataChain:
    """Object of schema type ``CertificateHashDataChainType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_hash_data: CertificateHashData = attrs.field(
        metadata={"wire": "certificateHashData"}
    )
    certificate_type: GetCertificateIdUseEnum = attrs.field(metadata={"wire": "certificateType"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    child_certificate_hash_data: list[CertificateHashData] | None = attrs.field(
        default=None, metadata={"wire": "childCertificateHashData"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingLimit:
    """Object of schema type ``ChargingLimitType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_limit_source: ChargingLimitSourceEnum = attrs.field(
        metadata={"wire": "chargingLimitSource"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    is_grid_critical: bool | None = attrs.field(default=None, metadata={"wire": "isGridCritical"})
    """Indicates whether the charging limit is critical for the grid."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DCChargingParameters:
    """EV DC charging parameters.

    Object of schema type ``DCChargingParametersType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    ev_max_current: int = attrs.field(metadata={"wire": "evMaxCurrent"})
    """Maximum current (amps) supported by the electric vehicle. Includes cable capacity."""
    ev_max_voltage: int = attrs.field(metadata={"wire": "evMaxVoltage"})
    """Maximum voltage supported by the electric vehicle"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    energy_amount: int | None = attrs.field(default=None, metadata={"wire": "energyAmount"})
    """Amount of energy requested (in Wh). This inludes energy required for preconditioning."""
    ev_max_power: int | None = attrs.field(default=None, metadata={"wire": "evMaxPower"})
    """Maximum power (in W) supported by the electric vehicle. Required for DC charging."""
    state_of_charge: int | None = attrs.field(default=None, metadata={"wire": "stateOfCharge"})
    """Energy available in the battery (in percent of the battery capacity)"""
    ev_energy_capacity: int | None = attrs.field(
        default=None, metadata={"wire": "evEnergyCapacity"}
    )
    """Capacity of the electric vehicle battery (in Wh)"""
    full_soc: int | None = attrs.field(default=None, metadata={"wire": "fullSoC"})
    """
    Percentage of SoC at which the EV considers the battery fully charged. (possible values: 0 -
    100)
    """
    bulk_soc: int | None = attrs.field(default=None, metadata={"wire": "bulkSoC"})
    """
    Percentage of SoC at which the EV considers a fast charging process to end. (possible values: 0
    - 100)
    """


@attrs.frozen
class ChargingNeeds:
    """Object of schema type ``ChargingNeedsType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    requested_energy_transfer: EnergyTransferModeEnum = attrs.field(
        metadata={"wire": "requestedEnergyTransfer"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    ac_charging_parameters: ACChargingParameters | None = attrs.field(
        default=None, metadata={"wire": "acChargingParameters"}
    )
    dc_charging_parameters: DCChargingParameters | None = attrs.field(
        default=None, metadata={"wire": "dcChargingParameters"}
    )
    departure_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "departureTime"}
    )
    """Estimated departure time of the EV."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingSchedulePeriod:
    """Charging schedule period structure defines a time period in a charging schedule.

    Object of schema type ``ChargingSchedulePeriodType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    start_period: int = attrs.field(metadata={"wire": "startPeriod"})
    """
    Start of the period, in seconds from the start of schedule. The value of StartPeriod also
    defines the stop time of the previous period.
    """
    limit: float = attrs.field(metadata={"wire": "limit"})
    """
    Charging rate limit during the schedule period, in the applicable chargingRateUnit, for example
    in Amperes (A) or Watts (W). Accepts at most one digit fraction (e.g. 8.1).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    number_phases: int | None = attrs.field(default=None, metadata={"wire": "numberPhases"})
    """
    The number of phases that can be used for charging. If a number of phases is needed,
    numberPhases=3 will be assumed unless another number is given.
    """
    phase_to_use: int | None = attrs.field(default=None, metadata={"wire": "phaseToUse"})
    """
    Values: 1..3, Used if numberPhases=1 and if the EVSE is capable of switching the phase connected
    to the EV, i.e. ACPhaseSwitchingSupported is defined and true. It's not allowed unless both
    conditions above are true. If both conditions are true, and phaseToUse is omitted, the Charging
    Station / EVSE will make the selection on its own.
    """


@attrs.frozen
class RelativeTimeInterval:
    """Object of schema type ``RelativeTimeIntervalType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    start: int = attrs.field(metadata={"wire": "start"})
    """Start of the interval, in seconds from NOW."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration of the interval, in seconds."""


@attrs.frozen
class Cost:
    """Object of schema type ``CostType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    cost_kind: CostKindEnum = attrs.field(metadata={"wire": "costKind"})
    amount: int = attrs.field(metadata={"wire": "amount"})
    """The estimated or actual cost per kWh"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    amount_multiplier: int | None = attrs.field(default=None, metadata={"wire": "amountMultiplier"})
    """
    Values: -3..3, The amountMultiplier defines the exponent to base 10 (dec). The final value is
    determined by: amount * 10 ^ amountMultiplier
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ConsumptionCost:
    """Object of schema type ``ConsumptionCostType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    start_value: float = attrs.field(metadata={"wire": "startValue"})
    """
    The lowest level of consumption that defines the starting point of this consumption block. The
    block interval extends to the start of the next interval.
    """
    cost: list[Cost] = attrs.field(metadata={"wire": "cost"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SalesTariffEntry:
    """Object of schema type ``SalesTariffEntryType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    relative_time_interval: RelativeTimeInterval = attrs.field(
        metadata={"wire": "relativeTimeInterval"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    e_price_level: int | None = attrs.field(default=None, metadata={"wire": "ePriceLevel"})
    """
    Defines the price level of this SalesTariffEntry (referring to NumEPriceLevels). Small values
    for the EPriceLevel represent a cheaper TariffEntry. Large values for the EPriceLevel represent
    a more expensive TariffEntry.
    """
    consumption_cost: list[ConsumptionCost] | None = attrs.field(
        default=None, metadata={"wire": "consumptionCost"}
    )


@attrs.frozen
class SalesTariff:
    """NOTE: This dataType is based on dataTypes from ISO 15118-2.

    Object of schema type ``SalesTariffType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """
    SalesTariff identifier used to identify one sales tariff. An SAID remains a unique identifier
    for one schedule throughout a charging session.
    """
    sales_tariff_entry: list[SalesTariffEntry] = attrs.field(metadata={"wire": "salesTariffEntry"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    sales_tariff_description: str | None = attrs.field(
        default=None, metadata={"wire": "salesTariffDescription"}
    )
    """
    A human readable title/short description of the sales tariff e.g. for HMI display purposes.
    """
    num_e_price_levels: int | None = attrs.field(default=None, metadata={"wire": "numEPriceLevels"})
    """
    Defines the overall number of distinct price levels used across all provided SalesTariff
    elements.
    """


@attrs.frozen
class ChargingSchedule:
    """Object of schema type ``ChargingScheduleType`` (OCPP 2.0.1).

    Charging schedule structure defines a list of charging periods, as used in:
    GetCompositeSchedule.conf and ChargingProfile.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """Identifies the ChargingSchedule."""
    charging_rate_unit: ChargingRateUnitEnum = attrs.field(metadata={"wire": "chargingRateUnit"})
    charging_schedule_period: list[ChargingSchedulePeriod] = attrs.field(
        metadata={"wire": "chargingSchedulePeriod"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    start_schedule: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "startSchedule"}
    )
    """
    Starting point of an absolute schedule. If absent the schedule will be relative to start of
    charging.
    """
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    """
    Duration of the charging schedule in seconds. If the duration is left empty, the last period
    will continue indefinitely or until end of the transaction if chargingProfilePurpose =
    TxProfile.
    """
    min_charging_rate: float | None = attrs.field(
        default=None, metadata={"wire": "minChargingRate"}
    )
    """
    Minimum charging rate supported by the EV. The unit of measure is defined by the
    chargingRateUnit. This parameter is intended to be used by a local smart charging algorithm to
    optimize the power allocation for in the case a charging process is inefficient at lower
    charging rates. Accepts at most one digit fraction (e.g. 8.1)
    """
    sales_tariff: SalesTariff | None = attrs.field(default=None, metadata={"wire": "salesTariff"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingProfile:
    """Object of schema type ``ChargingProfileType`` (OCPP 2.0.1).

    A ChargingProfile consists of ChargingSchedule, describing the amount of power or current that
    can be delivered per time interval.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """Id of ChargingProfile."""
    stack_level: int = attrs.field(metadata={"wire": "stackLevel"})
    """
    Value determining level in hierarchy stack of profiles. Higher values have precedence over lower
    values. Lowest level is 0.
    """
    charging_profile_purpose: ChargingProfilePurposeEnum = attrs.field(
        metadata={"wire": "chargingProfilePurpose"}
    )
    charging_profile_kind: ChargingProfileKindEnum = attrs.field(
        metadata={"wire": "chargingProfileKind"}
    )
    charging_schedule: list[ChargingSchedule] = attrs.field(metadata={"wire": "chargingSchedule"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    recurrency_kind: RecurrencyKindEnum | None = attrs.field(
        default=None, metadata={"wire": "recurrencyKind"}
    )
    valid_from: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "validFrom"})
    """
    Point in time at which the profile starts to be valid. If absent, the profile is valid as soon
    as it is received by the Charging Station.
    """
    valid_to: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "validTo"})
    """
    Point in time at which the profile stops to be valid. If absent, the profile is valid until it
    is replaced by another profile.
    """
    transaction_id: str | None = attrs.field(default=None, metadata={"wire": "transactionId"})
    """
    SHALL only be included if ChargingProfilePurpose is set to TxProfile. The transactionId is used
    to match the profile to a specific transaction.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingProfileCriterion:
    """Object of schema type ``ChargingProfileCriterionType`` (OCPP 2.0.1).

    A ChargingProfile consists of ChargingSchedule, describing the amount of power or current that
    can be delivered per time interval.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    charging_profile_purpose: ChargingProfilePurposeEnum | None = attrs.field(
        default=None, metadata={"wire": "chargingProfilePurpose"}
    )
    stack_level: int | None = attrs.field(default=None, metadata={"wire": "stackLevel"})
    """
    Value determining level in hierarchy stack of profiles. Higher values have precedence over lower
    values. Lowest level is 0.
    """
    charging_profile_id: list[int] | None = attrs.field(
        default=None, metadata={"wire": "chargingProfileId"}
    )
    """
    List of all the chargingProfileIds requested. Any ChargingProfile that matches one of these
    profiles will be reported. If omitted, the Charging Station SHALL not filter on
    chargingProfileId. This field SHALL NOT contain more ids than set in
    ChargingProfileEntries.maxLimit
    """
    charging_limit_source: list[ChargingLimitSourceEnum] | None = attrs.field(
        default=None, metadata={"wire": "chargingLimitSource"}
    )
    """
    For which charging limit sources, charging profiles SHALL be reported. If omitted, the Charging
    Station SHALL not filter on chargingLimitSource.
    """
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Properties not declared by the schema (vendor data), kept verbatim."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class Modem:
    """Object of schema type ``ModemType`` (OCPP 2.0.1).

    Defines parameters required for initiating and maintaining wireless communication with other
    devices.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    iccid: str | None = attrs.field(default=None, metadata={"wire": "iccid"})
    """This contains the ICCID of the modem's SIM card."""
    imsi: str | None = attrs.field(default=None, metadata={"wire": "imsi"})
    """This contains the IMSI of the modem's SIM card."""


@attrs.frozen
class ChargingStation:
    """The physical system where an Electrical Vehicle (EV) can be charged.

    Object of schema type ``ChargingStationType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    model: str = attrs.field(metadata={"wire": "model"})
    """Defines the model of the device."""
    vendor_name: str = attrs.field(metadata={"wire": "vendorName"})
    """Identifies the vendor (not necessarily in a unique manner)."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    serial_number: str | None = attrs.field(default=None, metadata={"wire": "serialNumber"})
    """Vendor-specific device identifier."""
    modem: Modem | None = attrs.field(default=None, metadata={"wire": "modem"})
    firmware_version: str | None = attrs.field(default=None, metadata={"wire": "firmwareVersion"})
    """This contains the firmware version of the Charging Station."""


@attrs.frozen
class ClearChargingProfile:
    """Object of schema type ``ClearChargingProfileType`` (OCPP 2.0.1).

    A ChargingProfile consists of a ChargingSchedule, describing the amount of power or current that
    can be delivered per time interval.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """
    Specifies the id of the EVSE for which to clear charging profiles. An evseId of zero (0)
    specifies the charging profile for the overall Charging Station. Absence of this parameter means
    the clearing applies to all charging profiles that match the other criteria in the request.
    """
    charging_profile_purpose: ChargingProfilePurposeEnum | None = attrs.field(
        default=None, metadata={"wire": "chargingProfilePurpose"}
    )
    stack_level: int | None = attrs.field(default=None, metadata={"wire": "stackLevel"})
    """
    Specifies the stackLevel for which charging profiles will be cleared, if they meet the other
    criteria in the request.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class StatusInfo:
    """Element providing more information about the status.

    Object of schema type ``StatusInfoType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    reason_code: str = attrs.field(metadata={"wire": "reasonCode"})
    """
    A predefined code for the reason why the status is returned in this response. The string is
    case-insensitive.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    additional_info: str | None = attrs.field(default=None, metadata={"wire": "additionalInfo"})
    """Additional text to provide detailed information."""


@attrs.frozen
class ClearMonitoringResult:
    """Object of schema type ``ClearMonitoringResultType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearMonitoringStatusEnum = attrs.field(metadata={"wire": "status"})
    id_: int = attrs.field(metadata={"wire": "id"})
    """Id of the monitor of which a clear was requested."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class EVSE:
    """Electric Vehicle Supply Equipment.

    Object of schema type ``EVSEType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """EVSE Identifier. This contains a number (> 0) designating an EVSE of the Charging Station."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    connector_id: int | None = attrs.field(default=None, metadata={"wire": "connectorId"})
    """An id to designate a specific connector (on an EVSE) by connector index number."""


@attrs.frozen
class Component:
    """A physical or logical component.

    Object of schema type ``ComponentType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    name: str = attrs.field(metadata={"wire": "name"})
    """
    Name of the component. Name should be taken from the list of standardized component names
    whenever possible. Case Insensitive. strongly advised to use Camel Case.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    evse: EVSE | None = attrs.field(default=None, metadata={"wire": "evse"})
    instance: str | None = attrs.field(default=None, metadata={"wire": "instance"})
    """
    Name of instance in case the component exists as multiple instances. Case Insensitive. strongly
    advised to use Camel Case.
    """


@attrs.frozen
class Variable:
    """Reference key to a component-variable.

    Object of schema type ``VariableType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    name: str = attrs.field(metadata={"wire": "name"})
    """
    Name of the variable. Name should be taken from the list of standardized variable names whenever
    possible. Case Insensitive. strongly advised to use Camel Case.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    instance: str | None = attrs.field(default=None, metadata={"wire": "instance"})
    """
    Name of instance in case the variable exists as multiple instances. Case Insensitive. strongly
    advised to use Camel Case.
    """


@attrs.frozen
class ComponentVariable:
    """Class to report components, variables and variable attributes and characteristics.

    Object of schema type ``ComponentVariableType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    component: Component = attrs.field(metadata={"wire": "component"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    variable: Variable | None = attrs.field(default=None, metadata={"wire": "variable"})


@attrs.frozen
class CompositeSchedule:
    """Object of schema type ``CompositeScheduleType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_schedule_period: list[ChargingSchedulePeriod] = attrs.field(
        metadata={"wire": "chargingSchedulePeriod"}
    )
    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """
    The ID of the EVSE for which the

    schedule is requested. When evseid=0, the

    Charging Station calculated the expected

    consumption for the grid connection.
    """
    duration: int = attrs.field(metadata={"wire": "duration"})
    """Duration of the schedule in seconds."""
    schedule_start: datetime.datetime = attrs.field(metadata={"wire": "scheduleStart"})
    """
    Date and time at which the schedule becomes active. All time measurements within the schedule
    are relative to this timestamp.
    """
    charging_rate_unit: ChargingRateUnitEnum = attrs.field(metadata={"wire": "chargingRateUnit"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class EventData:
    """Class to report an event notification for a component-variable.

    Object of schema type ``EventDataType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    event_id: int = attrs.field(metadata={"wire": "eventId"})
    """Identifies the event. This field can be referred to as a cause by other events."""
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """Timestamp of the moment the report was generated."""
    trigger: EventTriggerEnum = attrs.field(metadata={"wire": "trigger"})
    actual_value: str = attrs.field(metadata={"wire": "actualValue"})
    """
    Actual value (_attributeType_ Actual) of the variable.

    The Configuration Variable ReportingValueSize can be used to limit
    GetVariableResult.attributeValue, VariableAttribute.value and EventData.actualValue. The max
    size of these values will always remain equal.
    """
    component: Component = attrs.field(metadata={"wire": "component"})
    event_notification_type: EventNotificationEnum = attrs.field(
        metadata={"wire": "eventNotificationType"}
    )
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    cause: int | None = attrs.field(default=None, metadata={"wire": "cause"})
    """Refers to the Id of an event that is considered to be the cause for this event."""
    tech_code: str | None = attrs.field(default=None, metadata={"wire": "techCode"})
    """Technical (error) code as reported by component."""
    tech_info: str | None = attrs.field(default=None, metadata={"wire": "techInfo"})
    """Technical detail information as reported by component."""
    cleared: bool | None = attrs.field(default=None, metadata={"wire": "cleared"})
    """
    _Cleared_ is set to true to report the clearing of a monitored situation, i.e. a 'return to
    normal'.
    """
    transaction_id: str | None = attrs.field(default=None, metadata={"wire": "transactionId"})
    """
    If an event notification is linked to a specific transaction, this field can be used to specify
    its transactionId.
    """
    variable_monitoring_id: int | None = attrs.field(
        default=None, metadata={"wire": "variableMonitoringId"}
    )
    """Identifies the VariableMonitoring which triggered the event."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class Firmware:
    """Represents a copy of the firmware that can be loaded/updated on the Charging Station.

    Object of schema type ``FirmwareType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    location: str = attrs.field(metadata={"wire": "location"})
    """URI defining the origin of the firmware."""
    retrieve_date_time: datetime.datetime = attrs.field(metadata={"wire": "retrieveDateTime"})
    """Date and time at which the firmware shall be retrieved."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    install_date_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "installDateTime"}
    )
    """Date and time at which the firmware shall be installed."""
    signing_certificate: str | None = attrs.field(
        default=None, metadata={"wire": "signingCertificate"}
    )
    """
    Certificate with which the firmware was signed.

    PEM encoded X.509 certificate.
    """
    signature: str | None = attrs.field(default=None, metadata={"wire": "signature"})
    """Base64 encoded firmware signature."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetVariableData:
    """Class to hold parameters for GetVariables request.

    Object of schema type ``GetVariableDataType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    attribute_type: AttributeEnum | None = attrs.field(
        default=None, metadata={"wire": "attributeType"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetVariableResult:
    """Class to hold results of GetVariables request.

    Object of schema type ``GetVariableResultType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    attribute_status: GetVariableStatusEnum = attrs.field(metadata={"wire": "attributeStatus"})
    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    attribute_status_info: StatusInfo | None = attrs.field(
        default=None, metadata={"wire": "attributeStatusInfo"}
    )
    attribute_type: AttributeEnum | None = attrs.field(
        default=None, metadata={"wire": "attributeType"}
    )
    attribute_value: str | None = attrs.field(default=None, metadata={"wire": "attributeValue"})
    """
    Value of requested attribute type of component-variable. This field can only be empty when the
    given status is NOT accepted.

    The Configuration Variable ReportingValueSize can be used to limit
    GetVariableResult.attributeValue, VariableAttribute.value and EventData.actualValue. The max
    size of these values will always remain equal.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class LogParameters:
    """Generic class for the configuration of logging entries.

    Object of schema type ``LogParametersType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    remote_location: str = attrs.field(metadata={"wire": "remoteLocation"})
    """The URL of the location at the remote system where the log should be stored."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    oldest_timestamp: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "oldestTimestamp"}
    )
    """
    This contains the date and time of the oldest logging information to include in the diagnostics.
    """
    latest_timestamp: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "latestTimestamp"}
    )
    """
    This contains the date and time of the latest logging information to include in the diagnostics.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class MessageInfo:
    """Contains message details, for a message to be displayed on a Charging Station.

    Object of schema type ``MessageInfoType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """
    Master resource identifier, unique within an exchange context. It is defined within the OCPP
    context as a positive Integer value (greater or equal to zero).
    """
    priority: MessagePriorityEnum = attrs.field(metadata={"wire": "priority"})
    message: MessageContent = attrs.field(metadata={"wire": "message"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    display: Component | None = attrs.field(default=None, metadata={"wire": "display"})
    state: MessageStateEnum | None = attrs.field(default=None, metadata={"wire": "state"})
    start_date_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "startDateTime"}
    )
    """From what date-time should this message be shown. If omitted: directly."""
    end_date_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "endDateTime"}
    )
    """
    Until what date-time should this message be shown, after this date/time this message SHALL be
    removed.
    """
    transaction_id: str | None = attrs.field(default=None, metadata={"wire": "transactionId"})
    """
    During which transaction shall this message be shown.

    Message SHALL be removed by the Charging Station after transaction has

    ended.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SignedMeterValue:
    """Represent a signed version of the meter value.

    Object of schema type ``SignedMeterValueType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    signed_meter_data: str = attrs.field(metadata={"wire": "signedMeterData"})
    """
    Base64 encoded, contains the signed data which might contain more then just the meter value. It
    can contain information like timestamps, reference to a customer etc.
    """
    signing_method: str = attrs.field(metadata={"wire": "signingMethod"})
    """Method used to create the digital signature."""
    encoding_method: str = attrs.field(metadata={"wire": "encodingMethod"})
    """Method used to encode the meter values before applying the digital signature algorithm."""
    public_key: str = attrs.field(metadata={"wire": "publicKey"})
    """Base64 encoded, sending depends on configuration variable _PublicKeyWithSignedMeterValue_."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class UnitOfMeasure:
    """Represents a UnitOfMeasure with a multiplier.

    Object of schema type ``UnitOfMeasureType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    unit: str | None = attrs.field(default=None, metadata={"wire": "unit"})
    """
    Unit of the value. Default = "Wh" if the (default) measurand is an "Energy" type.

    This field SHALL use a value from the list Standardized Units of Measurements in Part 2
    Appendices.

    If an applicable unit is available in that list, otherwise a "custom" unit might be used.

    Schema default: ``"Wh"`` (not sent unless set explicitly).
    """
    multiplier: int | None = attrs.field(default=None, metadata={"wire": "multiplier"})
    """
    Multiplier, this value represents the exponent to base 10. I.e. multiplier 3 means 10 raised to
    the 3rd power. Default is 0.

    Schema default: ``0`` (not sent unless set explicitly).
    """


@attrs.frozen
class SampledValue:
    """Single sampled value in MeterValues.

    Each value can be accompanied by optional fields.

    To save on mobile data usage, default values of all of the optional fields are such that. The
    value without any additional fields will be interpreted, as a register reading of active import
    energy in Wh (Watt-hour) units.

    Object of schema type ``SampledValueType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    value: float = attrs.field(metadata={"wire": "value"})
    """Indicates the measured value."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    context: ReadingContextEnum | None = attrs.field(default=None, metadata={"wire": "context"})
    measurand: MeasurandEnum | None = attrs.field(default=None, metadata={"wire": "measurand"})
    phase: PhaseEnum | None = attrs.field(default=None, metadata={"wire": "phase"})
    location: LocationEnum | None = attrs.field(default=None, metadata={"wire": "location"})
    signed_meter_value: SignedMeterValue | None = attrs.field(
        default=None, metadata={"wire": "signedMeterValue"}
    )
    unit_of_measure: UnitOfMeasure | None = attrs.field(
        default=None, metadata={"wire": "unitOfMeasure"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class MeterValue:
    """Collection of one or more sampled values in MeterValuesRequest and TransactionEvent.

    All sampled values in a MeterValue are sampled at the same point in time.

    Object of schema type ``MeterValueType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    sampled_value: list[SampledValue] = attrs.field(metadata={"wire": "sampledValue"})
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """Timestamp for measured value(s)."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class VariableMonitoring:
    """A monitoring setting for a variable.

    Object of schema type ``VariableMonitoringType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """Identifies the monitor."""
    transaction: bool = attrs.field(metadata={"wire": "transaction"})
    """
    Monitor only active when a transaction is ongoing on a component relevant to this transaction.
    """
    value: float = attrs.field(metadata={"wire": "value"})
    """
    Value for threshold or delta monitoring.

    For Periodic or PeriodicClockAligned this is the interval in seconds.
    """
    type_: MonitorEnum = attrs.field(metadata={"wire": "type"})
    severity: int = attrs.field(metadata={"wire": "severity"})
    """
    The severity that will be assigned to an event that is triggered by this monitor. The severity
    range is 0-9, with 0 as the highest and 9 as the lowest severity level.

    The severity levels have the following meaning:

    *0-Danger*

    Indicates lives are potentially in danger. Urgent attention is needed and action should be taken
    immediately.

    *1-Hardware Failure*

    Indicates that the Charging Station is unable to continue regular operations due to Hardware
    issues. Action is required.

    *2-System Failure*

    Indicates that the Charging Station is unable to continue regular operations due to software or
    minor hardware issues. Action is required.

    *3-Critical*

    Indicates a critical error. Action is required.

    *4-Error*

    Indicates a non-urgent error. Action is required.

    *5-Alert*

    Indicates an alert event. Default severity for any type of monitoring event.

    *6-Warning*

    Indicates a warning event. Action may be required.

    *7-Notice*

    Indicates an unusual event. No immediate action is required.

    *8-Informational*

    Indicates a regular operational event. May be used for reporting, measuring throughput, etc. No
    action is required.

    *9-Debug*

    Indicates information useful to developers for debugging, not useful during operations.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class MonitoringData:
    """Class to hold parameters of SetVariableMonitoring request.

    Object of schema type ``MonitoringDataType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    variable_monitoring: list[VariableMonitoring] = attrs.field(
        metadata={"wire": "variableMonitoring"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class VPN:
    """VPN Configuration settings.

    Object of schema type ``VPNType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    server: str = attrs.field(metadata={"wire": "server"})
    """VPN Server Address"""
    user: str = attrs.field(metadata={"wire": "user"})
    """VPN User"""
    password: str = attrs.field(metadata={"wire": "password"})
    """VPN Password."""
    key: str = attrs.field(metadata={"wire": "key"})
    """VPN shared secret."""
    type_: VPNEnum = attrs.field(metadata={"wire": "type"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    group: str | None = attrs.field(default=None, metadata={"wire": "group"})
    """VPN group."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NetworkConnectionProfile:
    """Object of schema type ``NetworkConnectionProfileType`` (OCPP 2.0.1).

    The NetworkConnectionProfile defines the functional and technical parameters of a communication
    link.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    ocpp_version: OCPPVersionEnum = attrs.field(metadata={"wire": "ocppVersion"})
    ocpp_transport: OCPPTransportEnum = attrs.field(metadata={"wire": "ocppTransport"})
    ocpp_csms_url: str = attrs.field(metadata={"wire": "ocppCsmsUrl"})
    """URL of the CSMS(s) that this Charging Station  communicates with."""
    message_timeout: int = attrs.field(metadata={"wire": "messageTimeout"})
    """
    Duration in seconds before a message send by the Charging Station via this network connection
    times-out.

    The best setting depends on the underlying network and response times of the CSMS.

    If you are looking for a some guideline: use 30 seconds as a starting point.
    """
    security_profile: int = attrs.field(metadata={"wire": "securityProfile"})
    """
    This field specifies the security profile used when connecting to the CSMS with this
    NetworkConnectionProfile.
    """
    ocpp_interface: OCPPInterfaceEnum = attrs.field(metadata={"wire": "ocppInterface"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    apn: APN | None = attrs.field(default=None, metadata={"wire": "apn"})
    vpn: VPN | None = attrs.field(default=None, metadata={"wire": "vpn"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class OCSPRequestData:
    """Object of schema type ``OCSPRequestDataType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    hash_algorithm: HashAlgorithmEnum = attrs.field(metadata={"wire": "hashAlgorithm"})
    issuer_name_hash: str = attrs.field(metadata={"wire": "issuerNameHash"})
    """Hashed value of the Issuer DN (Distinguished Name)."""
    issuer_key_hash: str = attrs.field(metadata={"wire": "issuerKeyHash"})
    """Hashed value of the issuers public key"""
    serial_number: str = attrs.field(metadata={"wire": "serialNumber"})
    """The serial number of the certificate."""
    responder_url: str = attrs.field(metadata={"wire": "responderURL"})
    """This contains the responder URL (Case insensitive)."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class VariableAttribute:
    """Attribute data of a variable.

    Object of schema type ``VariableAttributeType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    type_: AttributeEnum | None = attrs.field(default=None, metadata={"wire": "type"})
    value: str | None = attrs.field(default=None, metadata={"wire": "value"})
    """
    Value of the attribute. May only be omitted when mutability is set to 'WriteOnly'.

    The Configuration Variable ReportingValueSize can be used to limit
    GetVariableResult.attributeValue, VariableAttribute.value and EventData.actualValue. The max
    size of these values will always remain equal.
    """
    mutability: MutabilityEnum | None = attrs.field(default=None, metadata={"wire": "mutability"})
    persistent: bool | None = attrs.field(default=None, metadata={"wire": "persistent"})
    """
    If true, value will be persistent across system reboots or power down. Default when omitted is
    false.

    Schema default: ``false`` (not sent unless set explicitly).
    """
    constant: bool | None = attrs.field(default=None, metadata={"wire": "constant"})
    """
    If true, value that will never be changed by the Charging Station at runtime. Default when
    omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class VariableCharacteristics:
    """Fixed read-only parameters of a variable.

    Object of schema type ``VariableCharacteristicsType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    data_type: DataEnum = attrs.field(metadata={"wire": "dataType"})
    supports_monitoring: bool = attrs.field(metadata={"wire": "supportsMonitoring"})
    """Flag indicating if this variable supports monitoring."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    unit: str | None = attrs.field(default=None, metadata={"wire": "unit"})
    """Unit of the variable. When the transmitted value has a unit, this field SHALL be included."""
    min_limit: float | None = attrs.field(default=None, metadata={"wire": "minLimit"})
    """Minimum possible value of this variable."""
    max_limit: float | None = attrs.field(default=None, metadata={"wire": "maxLimit"})
    """
    Maximum possible value of this variable. When the datatype of this Variable is String,
    OptionList, SequenceList or MemberList, this field defines the maximum length of the (CSV)
    string.
    """
    values_list: str | None = attrs.field(default=None, metadata={"wire": "valuesList"})
    """
    Allowed values when variable is Option/Member/SequenceList.

    * OptionList: The (Actual) Variable value must be a single value from the reported (CSV)
    enumeration list.

    * MemberList: The (Actual) Variable value  may be an (unordered) (sub-)set of the reported (CSV)
    valid values list.

    * SequenceList: The (Actual) Variable value  may be an ordered (priority, etc)  (sub-)set of the
    reported (CSV) valid values.

    This is a comma separated list.

    The Configuration Variable ConfigurationValueSize can be used to limit
    SetVariableData.attributeValue and VariableCharacteristics.valueList. The max size of these
    values will always remain equal.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ReportData:
    """Class to report components, variables and variable attributes and characteristics.

    Object of schema type ``ReportDataType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    variable_attribute: list[VariableAttribute] = attrs.field(
        metadata={"wire": "variableAttribute"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    variable_characteristics: VariableCharacteristics | None = attrs.field(
        default=None, metadata={"wire": "variableCharacteristics"}
    )


@attrs.frozen
class SetMonitoringData:
    """Class to hold parameters of SetVariableMonitoring request.

    Object of schema type ``SetMonitoringDataType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    value: float = attrs.field(metadata={"wire": "value"})
    """
    Value for threshold or delta monitoring.

    For Periodic or PeriodicClockAligned this is the interval in seconds.
    """
    type_: MonitorEnum = attrs.field(metadata={"wire": "type"})
    severity: int = attrs.field(metadata={"wire": "severity"})
    """
    The severity that will be assigned to an event that is triggered by this monitor. The severity
    range is 0-9, with 0 as the highest and 9 as the lowest severity level.

    The severity levels have the following meaning:

    *0-Danger*

    Indicates lives are potentially in danger. Urgent attention is needed and action should be taken
    immediately.

    *1-Hardware Failure*

    Indicates that the Charging Station is unable to continue regular operations due to Hardware
    issues. Action is required.

    *2-System Failure*

    Indicates that the Charging Station is unable to continue regular operations due to software or
    minor hardware issues. Action is required.

    *3-Critical*

    Indicates a critical error. Action is required.

    *4-Error*

    Indicates a non-urgent error. Action is required.

    *5-Alert*

    Indicates an alert event. Default severity for any type of monitoring event.

    *6-Warning*

    Indicates a warning event. Action may be required.

    *7-Notice*

    Indicates an unusual event. No immediate action is required.

    *8-Informational*

    Indicates a regular operational event. May be used for reporting, measuring throughput, etc. No
    action is required.

    *9-Debug*

    Indicates information useful to developers for debugging, not useful during operations.
    """
    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    id_: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """
    An id SHALL only be given to replace an existing monitor. The Charging Station handles the
    generation of id's for new monitors.
    """
    transaction: bool | None = attrs.field(default=None, metadata={"wire": "transaction"})
    """
    Monitor only active when a transaction is ongoing on a component relevant to this transaction.
    Default = false.

    Schema default: ``false`` (not sent unless set explicitly).
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetMonitoringResult:
    """Class to hold result of SetVariableMonitoring request.

    Object of schema type ``SetMonitoringResultType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: SetMonitoringStatusEnum = attrs.field(metadata={"wire": "status"})
    type_: MonitorEnum = attrs.field(metadata={"wire": "type"})
    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    severity: int = attrs.field(metadata={"wire": "severity"})
    """
    The severity that will be assigned to an event that is triggered by this monitor. The severity
    range is 0-9, with 0 as the highest and 9 as the lowest severity level.

    The severity levels have the following meaning:

    *0-Danger*

    Indicates lives are potentially in danger. Urgent attention is needed and action should be taken
    immediately.

    *1-Hardware Failure*

    Indicates that the Charging Station is unable to continue regular operations due to Hardware
    issues. Action is required.

    *2-System Failure*

    Indicates that the Charging Station is unable to continue regular operations due to software or
    minor hardware issues. Action is required.

    *3-Critical*

    Indicates a critical error. Action is required.

    *4-Error*

    Indicates a non-urgent error. Action is required.

    *5-Alert*

    Indicates an alert event. Default severity for any type of monitoring event.

    *6-Warning*

    Indicates a warning event. Action may be required.

    *7-Notice*

    Indicates an unusual event. No immediate action is required.

    *8-Informational*

    Indicates a regular operational event. May be used for reporting, measuring throughput, etc. No
    action is required.

    *9-Debug*

    Indicates information useful to developers for debugging, not useful during operations.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    id_: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """
    Id given to the VariableMonitor by the Charging Station. The Id is only returned when status is
    accepted. Installed VariableMonitors should have unique id's but the id's of removed Installed
    monitors should have unique id's but the id's of removed monitors MAY be reused.
    """
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetVariableData:
    """Object of schema type ``SetVariableDataType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    attribute_value: str = attrs.field(metadata={"wire": "attributeValue"})
    """
    Value to be assigned to attribute of variable.

    The Configuration Variable ConfigurationValueSize can be used to limit
    SetVariableData.attributeValue and VariableCharacteristics.valueList. The max size of these
    values will always remain equal.
    """
    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    attribute_type: AttributeEnum | None = attrs.field(
        default=None, metadata={"wire": "attributeType"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetVariableResult:
    """Object of schema type ``SetVariableResultType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    attribute_status: SetVariableStatusEnum = attrs.field(metadata={"wire": "attributeStatus"})
    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    attribute_type: AttributeEnum | None = attrs.field(
        default=None, metadata={"wire": "attributeType"}
    )
    attribute_status_info: StatusInfo | None = attrs.field(
        default=None, metadata={"wire": "attributeStatusInfo"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class Transaction:
    """Object of schema type ``TransactionType`` (OCPP 2.0.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    transaction_id: str = attrs.field(metadata={"wire": "transactionId"})
    """This contains the Id of the transaction."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    charging_state: ChargingStateEnum | None = attrs.field(
        default=None, metadata={"wire": "chargingState"}
    )
    time_spent_charging: int | None = attrs.field(
        default=None, metadata={"wire": "timeSpentCharging"}
    )
    """
    Contains the total time that energy flowed from EVSE to EV during the transaction (in seconds).
    Note that timeSpentCharging is smaller or equal to the duration of the transaction.
    """
    stopped_reason: ReasonEnum | None = attrs.field(
        default=None, metadata={"wire": "stoppedReason"}
    )
    remote_start_id: int | None = attrs.field(default=None, metadata={"wire": "remoteStartId"})
    """
    The ID given to remote start request (RequestStartTransactionRequest. This enables to CSMS to
    match the started transaction to the given start request.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AuthorizeResponse(Response):
    """Payload of the Authorize response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "Authorize"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token_info: IdTokenInfo = attrs.field(metadata={"wire": "idTokenInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    certificate_status: AuthorizeCertificateStatusEnum | None = attrs.field(
        default=None, metadata={"wire": "certificateStatus"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class BootNotificationResponse(Response):
    """Payload of the BootNotification response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "BootNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    current_time: datetime.datetime = attrs.field(metadata={"wire": "currentTime"})
    """This contains the CSMS's current time."""
    interval: int = attrs.field(metadata={"wire": "interval"})
    """
    When Status is Accepted, this contains the heartbeat interval in seconds. If the CSMS returns
    something other than Accepted, the value of the interval field indicates the minimum wait time
    before sending a next BootNotification request.
    """
    status: RegistrationStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CancelReservationResponse(Response):
    """Payload of the CancelReservation response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "CancelReservation"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: CancelReservationStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CertificateSignedResponse(Response):
    """Payload of the CertificateSigned response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "CertificateSigned"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: CertificateSignedStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChangeAvailabilityResponse(Response):
    """Payload of the ChangeAvailability response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ChangeAvailability"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ChangeAvailabilityStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearCacheResponse(Response):
    """Payload of the ClearCache response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearCache"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearCacheStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearChargingProfileResponse(Response):
    """Payload of the ClearChargingProfile response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearChargingProfile"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearChargingProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearDisplayMessageResponse(Response):
    """Payload of the ClearDisplayMessage response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearDisplayMessage"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearMessageStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearVariableMonitoringResponse(Response):
    """Payload of the ClearVariableMonitoring response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearVariableMonitoring"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    clear_monitoring_result: list[ClearMonitoringResult] = attrs.field(
        metadata={"wire": "clearMonitoringResult"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearedChargingLimitResponse(Response):
    """Payload of the ClearedChargingLimit response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearedChargingLimit"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CostUpdatedResponse(Response):
    """Payload of the CostUpdated response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "CostUpdated"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CustomerInformationResponse(Response):
    """Payload of the CustomerInformation response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "CustomerInformation"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: CustomerInformationStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DataTransferResponse(Response):
    """Payload of the DataTransfer response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "DataTransfer"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DataTransferStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    data: Any | None = attrs.field(default=None, metadata={"wire": "data"})
    """Data without specified length or format, in response to request."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DeleteCertificateResponse(Response):
    """Payload of the DeleteCertificate response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "DeleteCertificate"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DeleteCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class FirmwareStatusNotificationResponse(Response):
    """Payload of the FirmwareStatusNotification response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "FirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class Get15118EVCertificateResponse(Response):
    """Payload of the Get15118EVCertificate response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "Get15118EVCertificate"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: Iso15118EVCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    exi_response: str = attrs.field(metadata={"wire": "exiResponse"})
    """Raw CertificateInstallationRes response for the EV, Base64 encoded."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetBaseReportResponse(Response):
    """Payload of the GetBaseReport response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetBaseReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericDeviceModelStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetCertificateStatusResponse(Response):
    """Payload of the GetCertificateStatus response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetCertificateStatus"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    ocsp_result: str | None = attrs.field(default=None, metadata={"wire": "ocspResult"})
    """
    OCSPResponse class as defined in IETF RFC 6960. DER encoded (as defined in IETF RFC 6960), and
    then base64 encoded. MAY only be omitted when status is not Accepted.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetChargingProfilesResponse(Response):
    """Payload of the GetChargingProfiles response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetChargingProfiles"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetChargingProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetCompositeScheduleResponse(Response):
    """Payload of the GetCompositeSchedule response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetCompositeSchedule"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    schedule: CompositeSchedule | None = attrs.field(default=None, metadata={"wire": "schedule"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetDisplayMessagesResponse(Response):
    """Payload of the GetDisplayMessages response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetDisplayMessages"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetDisplayMessagesStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetInstalledCertificateIdsResponse(Response):
    """Payload of the GetInstalledCertificateIds response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetInstalledCertificateIds"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetInstalledCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    certificate_hash_data_chain: list[CertificateHashDataChain] | None = attrs.field(
        default=None, metadata={"wire": "certificateHashDataChain"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetLocalListVersionResponse(Response):
    """Payload of the GetLocalListVersion response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetLocalListVersion"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    version_number: int = attrs.field(metadata={"wire": "versionNumber"})
    """
    This contains the current version number of the local authorization list in the Charging
    Station.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetLogResponse(Response):
    """Payload of the GetLog response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetLog"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: LogStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    filename: str | None = attrs.field(default=None, metadata={"wire": "filename"})
    """
    This contains the name of the log file that will be uploaded. This field is not present when no
    logging information is available.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetMonitoringReportResponse(Response):
    """Payload of the GetMonitoringReport response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetMonitoringReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericDeviceModelStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetReportResponse(Response):
    """Payload of the GetReport response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericDeviceModelStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetTransactionStatusResponse(Response):
    """Payload of the GetTransactionStatus response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetTransactionStatus"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    messages_in_queue: bool = attrs.field(metadata={"wire": "messagesInQueue"})
    """Whether there are still message to be delivered."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    ongoing_indicator: bool | None = attrs.field(
        default=None, metadata={"wire": "ongoingIndicator"}
    )
    """Whether the transaction is still ongoing."""


@attrs.frozen
class GetVariablesResponse(Response):
    """Payload of the GetVariables response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetVariables"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    get_variable_result: list[GetVariableResult] = attrs.field(
        metadata={"wire": "getVariableResult"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class HeartbeatResponse(Response):
    """Payload of the Heartbeat response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "Heartbeat"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    current_time: datetime.datetime = attrs.field(metadata={"wire": "currentTime"})
    """Contains the current time of the CSMS."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class InstallCertificateResponse(Response):
    """Payload of the InstallCertificate response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "InstallCertificate"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: InstallCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class LogStatusNotificationResponse(Response):
    """Payload of the LogStatusNotification response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "LogStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class MeterValuesResponse(Response):
    """Payload of the MeterValues response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "MeterValues"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyChargingLimitResponse(Response):
    """Payload of the NotifyChargingLimit response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyChargingLimit"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyCustomerInformationResponse(Response):
    """Payload of the NotifyCustomerInformation response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyCustomerInformation"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyDisplayMessagesResponse(Response):
    """Payload of the NotifyDisplayMessages response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyDisplayMessages"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyEVChargingNeedsResponse(Response):
    """Payload of the NotifyEVChargingNeeds response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyEVChargingNeeds"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: NotifyEVChargingNeedsStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyEVChargingScheduleResponse(Response):
    """Payload of the NotifyEVChargingSchedule response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyEVChargingSchedule"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyEventResponse(Response):
    """Payload of the NotifyEvent response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyEvent"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyMonitoringReportResponse(Response):
    """Payload of the NotifyMonitoringReport response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyMonitoringReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyReportResponse(Response):
    """Payload of the NotifyReport response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class PublishFirmwareResponse(Response):
    """Payload of the PublishFirmware response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "PublishFirmware"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class PublishFirmwareStatusNotificationResponse(Response):
    """Payload of the PublishFirmwareStatusNotification response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "PublishFirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ReportChargingProfilesResponse(Response):
    """Payload of the ReportChargingProfiles response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ReportChargingProfiles"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class RequestStartTransactionResponse(Response):
    """Payload of the RequestStartTransaction response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "RequestStartTransaction"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: RequestStartStopStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    transaction_id: str | None = attrs.field(default=None, metadata={"wire": "transactionId"})
    """
    When the transaction was already started by the Charging Station before the
    RequestStartTransactionRequest was received, for example: cable plugged in first. This contains
    the transactionId of the already started transaction.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class RequestStopTransactionResponse(Response):
    """Payload of the RequestStopTransaction response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "RequestStopTransaction"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: RequestStartStopStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ReservationStatusUpdateResponse(Response):
    """Payload of the ReservationStatusUpdate response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ReservationStatusUpdate"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ReserveNowResponse(Response):
    """Payload of the ReserveNow response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ReserveNow"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ReserveNowStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ResetResponse(Response):
    """Payload of the Reset response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "Reset"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ResetStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SecurityEventNotificationResponse(Response):
    """Payload of the SecurityEventNotification response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SecurityEventNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SendLocalListResponse(Response):
    """Payload of the SendLocalList response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SendLocalList"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: SendLocalListStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetChargingProfileResponse(Response):
    """Payload of the SetChargingProfile response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetChargingProfile"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ChargingProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetDisplayMessageResponse(Response):
    """Payload of the SetDisplayMessage response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetDisplayMessage"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DisplayMessageStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetMonitoringBaseResponse(Response):
    """Payload of the SetMonitoringBase response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetMonitoringBase"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericDeviceModelStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetMonitoringLevelResponse(Response):
    """Payload of the SetMonitoringLevel response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetMonitoringLevel"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetNetworkProfileResponse(Response):
    """Payload of the SetNetworkProfile response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetNetworkProfile"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: SetNetworkProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetVariableMonitoringResponse(Response):
    """Payload of the SetVariableMonitoring response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetVariableMonitoring"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    set_monitoring_result: list[SetMonitoringResult] = attrs.field(
        metadata={"wire": "setMonitoringResult"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SetVariablesResponse(Response):
    """Payload of the SetVariables response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetVariables"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    set_variable_result: list[SetVariableResult] = attrs.field(
        metadata={"wire": "setVariableResult"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SignCertificateResponse(Response):
    """Payload of the SignCertificate response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SignCertificate"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class StatusNotificationResponse(Response):
    """Payload of the StatusNotification response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "StatusNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TransactionEventResponse(Response):
    """Payload of the TransactionEvent response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "TransactionEvent"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    total_cost: float | None = attrs.field(default=None, metadata={"wire": "totalCost"})
    """
    SHALL only be sent when charging has ended. Final total cost of this transaction, including
    taxes. In the currency configured with the Configuration Variable: `Currency`. When omitted, the
    transaction was NOT free. To indicate a free transaction, the CSMS SHALL send 0.00.
    """
    charging_priority: int | None = attrs.field(default=None, metadata={"wire": "chargingPriority"})
    """
    Priority from a business point of view. Default priority is 0, The range is from -9 to 9. Higher
    values indicate a higher priority. The chargingPriority in TransactionEventResponse is
    temporarily, so it may not be set in the IdTokenInfoType afterwards. Also the chargingPriority
    in TransactionEventResponse overrules the one in IdTokenInfoType.
    """
    id_token_info: IdTokenInfo | None = attrs.field(default=None, metadata={"wire": "idTokenInfo"})
    updated_personal_message: MessageContent | None = attrs.field(
        default=None, metadata={"wire": "updatedPersonalMessage"}
    )


@attrs.frozen
class TriggerMessageResponse(Response):
    """Payload of the TriggerMessage response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "TriggerMessage"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: TriggerMessageStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UnlockConnectorResponse(Response):
    """Payload of the UnlockConnector response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "UnlockConnector"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UnlockStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UnpublishFirmwareResponse(Response):
    """Payload of the UnpublishFirmware response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "UnpublishFirmware"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UnpublishFirmwareStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UpdateFirmwareResponse(Response):
    """Payload of the UpdateFirmware response (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "UpdateFirmware"
    VERSION: ClassVar[str] = "ocpp2.0.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UpdateFirmwareStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AuthorizeRequest(Request[AuthorizeResponse]):
    """Payload of the Authorize request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "Authorize"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[AuthorizeResponse]] = AuthorizeResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token: IdToken = attrs.field(metadata={"wire": "idToken"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    certificate: str | None = attrs.field(default=None, metadata={"wire": "certificate"})
    """The X.509 certificated presented by EV and encoded in PEM format."""
    iso15118_certificate_hash_data: list[OCSPRequestData] | None = attrs.field(
        default=None, metadata={"wire": "iso15118CertificateHashData"}
    )


@attrs.frozen
class BootNotificationRequest(Request[BootNotificationResponse]):
    """Payload of the BootNotification request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "BootNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[BootNotificationResponse]] = BootNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_station: ChargingStation = attrs.field(metadata={"wire": "chargingStation"})
    reason: BootReasonEnum = attrs.field(metadata={"wire": "reason"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CancelReservationRequest(Request[CancelReservationResponse]):
    """Payload of the CancelReservation request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "CancelReservation"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[CancelReservationResponse]] = CancelReservationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    reservation_id: int = attrs.field(metadata={"wire": "reservationId"})
    """Id of the reservation to cancel."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CertificateSignedRequest(Request[CertificateSignedResponse]):
    """Payload of the CertificateSigned request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "CertificateSigned"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[CertificateSignedResponse]] = CertificateSignedResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_chain: str = attrs.field(metadata={"wire": "certificateChain"})
    """
    The signed PEM encoded X.509 certificate. This can also contain the necessary sub CA
    certificates. In that case, the order of the bundle should follow the certificate chain,
    starting from the leaf certificate.

    The Configuration Variable MaxCertificateChainSize can be used to limit the maximum size of this
    field.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    certificate_type: CertificateSigningUseEnum | None = attrs.field(
        default=None, metadata={"wire": "certificateType"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChangeAvailabilityRequest(Request[ChangeAvailabilityResponse]):
    """Payload of the ChangeAvailability request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ChangeAvailability"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ChangeAvailabilityResponse]] = ChangeAvailabilityResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    operational_status: OperationalStatusEnum = attrs.field(metadata={"wire": "operationalStatus"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    evse: EVSE | None = attrs.field(default=None, metadata={"wire": "evse"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearCacheRequest(Request[ClearCacheResponse]):
    """Payload of the ClearCache request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearCache"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ClearCacheResponse]] = ClearCacheResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearChargingProfileRequest(Request[ClearChargingProfileResponse]):
    """Payload of the ClearChargingProfile request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearChargingProfile"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ClearChargingProfileResponse]] = ClearChargingProfileResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    charging_profile_id: int | None = attrs.field(
        default=None, metadata={"wire": "chargingProfileId"}
    )
    """The Id of the charging profile to clear."""
    charging_profile_criteria: ClearChargingProfile | None = attrs.field(
        default=None, metadata={"wire": "chargingProfileCriteria"}
    )


@attrs.frozen
class ClearDisplayMessageRequest(Request[ClearDisplayMessageResponse]):
    """Payload of the ClearDisplayMessage request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearDisplayMessage"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ClearDisplayMessageResponse]] = ClearDisplayMessageResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """Id of the message that SHALL be removed from the Charging Station."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearVariableMonitoringRequest(Request[ClearVariableMonitoringResponse]):
    """Payload of the ClearVariableMonitoring request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearVariableMonitoring"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ClearVariableMonitoringResponse]] = ClearVariableMonitoringResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: list[int] = attrs.field(metadata={"wire": "id"})
    """List of the monitors to be cleared, identified by there Id."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearedChargingLimitRequest(Request[ClearedChargingLimitResponse]):
    """Payload of the ClearedChargingLimit request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ClearedChargingLimit"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ClearedChargingLimitResponse]] = ClearedChargingLimitResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_limit_source: ChargingLimitSourceEnum = attrs.field(
        metadata={"wire": "chargingLimitSource"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """EVSE Identifier."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CostUpdatedRequest(Request[CostUpdatedResponse]):
    """Payload of the CostUpdated request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "CostUpdated"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[CostUpdatedResponse]] = CostUpdatedResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    total_cost: float = attrs.field(metadata={"wire": "totalCost"})
    """
    Current total cost, based on the information known by the CSMS, of the transaction including
    taxes. In the currency configured with the configuration Variable: [Currency]
    """
    transaction_id: str = attrs.field(metadata={"wire": "transactionId"})
    """Transaction Id of the transaction the current cost are asked for."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CustomerInformationRequest(Request[CustomerInformationResponse]):
    """Payload of the CustomerInformation request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "CustomerInformation"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[CustomerInformationResponse]] = CustomerInformationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of the request."""
    report: bool = attrs.field(metadata={"wire": "report"})
    """
    Flag indicating whether the Charging Station should return NotifyCustomerInformationRequest
    messages containing information about the customer referred to.
    """
    clear: bool = attrs.field(metadata={"wire": "clear"})
    """
    Flag indicating whether the Charging Station should clear all information about the customer
    referred to.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    customer_certificate: CertificateHashData | None = attrs.field(
        default=None, metadata={"wire": "customerCertificate"}
    )
    id_token: IdToken | None = attrs.field(default=None, metadata={"wire": "idToken"})
    customer_identifier: str | None = attrs.field(
        default=None, metadata={"wire": "customerIdentifier"}
    )
    """
    A (e.g. vendor specific) identifier of the customer this request refers to. This field contains
    a custom identifier other than IdToken and Certificate.

    One of the possible identifiers (customerIdentifier, customerIdToken or customerCertificate)
    should be in the request message.
    """


@attrs.frozen
class DataTransferRequest(Request[DataTransferResponse]):
    """Payload of the DataTransfer request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "DataTransfer"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[DataTransferResponse]] = DataTransferResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    vendor_id: str = attrs.field(metadata={"wire": "vendorId"})
    """This identifies the Vendor specific implementation"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    message_id: str | None = attrs.field(default=None, metadata={"wire": "messageId"})
    """May be used to indicate a specific message or implementation."""
    data: Any | None = attrs.field(default=None, metadata={"wire": "data"})
    """
    Data without specified length or format. This needs to be decided by both parties (Open to
    implementation).
    """


@attrs.frozen
class DeleteCertificateRequest(Request[DeleteCertificateResponse]):
    """Payload of the DeleteCertificate request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "DeleteCertificate"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[DeleteCertificateResponse]] = DeleteCertificateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_hash_data: CertificateHashData = attrs.field(
        metadata={"wire": "certificateHashData"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class FirmwareStatusNotificationRequest(Request[FirmwareStatusNotificationResponse]):
    """Payload of the FirmwareStatusNotification request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "FirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[FirmwareStatusNotificationResponse]] = (
        FirmwareStatusNotificationResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: FirmwareStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    request_id: int | None = attrs.field(default=None, metadata={"wire": "requestId"})
    """
    The request id that was provided in the

    UpdateFirmwareRequest that started this firmware update.

    This field is mandatory, unless the message was triggered by a TriggerMessageRequest AND there
    is no firmware update ongoing.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class Get15118EVCertificateRequest(Request[Get15118EVCertificateResponse]):
    """Payload of the Get15118EVCertificate request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "Get15118EVCertificate"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[Get15118EVCertificateResponse]] = Get15118EVCertificateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    iso15118_schema_version: str = attrs.field(metadata={"wire": "iso15118SchemaVersion"})
    """
    Schema version currently used for the 15118 session between EV and Charging Station. Needed for
    parsing of the EXI stream by the CSMS.
    """
    action: CertificateActionEnum = attrs.field(metadata={"wire": "action"})
    exi_request: str = attrs.field(metadata={"wire": "exiRequest"})
    """Raw CertificateInstallationReq request from EV, Base64 encoded."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetBaseReportRequest(Request[GetBaseReportResponse]):
    """Payload of the GetBaseReport request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetBaseReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetBaseReportResponse]] = GetBaseReportResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of the request."""
    report_base: ReportBaseEnum = attrs.field(metadata={"wire": "reportBase"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetCertificateStatusRequest(Request[GetCertificateStatusResponse]):
    """Payload of the GetCertificateStatus request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetCertificateStatus"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetCertificateStatusResponse]] = GetCertificateStatusResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    ocsp_request_data: OCSPRequestData = attrs.field(metadata={"wire": "ocspRequestData"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetChargingProfilesRequest(Request[GetChargingProfilesResponse]):
    """Payload of the GetChargingProfiles request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetChargingProfiles"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetChargingProfilesResponse]] = GetChargingProfilesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """
    Reference identification that is to be used by the Charging Station in the
    ReportChargingProfilesRequest when provided.
    """
    charging_profile: ChargingProfileCriterion = attrs.field(metadata={"wire": "chargingProfile"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """
    For which EVSE installed charging profiles SHALL be reported. If 0, only charging profiles
    installed on the Charging Station itself (the grid connection) SHALL be reported. If omitted,
    all installed charging profiles SHALL be reported.
    """


@attrs.frozen
class GetCompositeScheduleRequest(Request[GetCompositeScheduleResponse]):
    """Payload of the GetCompositeSchedule request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetCompositeSchedule"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetCompositeScheduleResponse]] = GetCompositeScheduleResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    duration: int = attrs.field(metadata={"wire": "duration"})
    """Length of the requested schedule in seconds."""
    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """
    The ID of the EVSE for which the schedule is requested. When evseid=0, the Charging Station will
    calculate the expected consumption for the grid connection.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    charging_rate_unit: ChargingRateUnitEnum | None = attrs.field(
        default=None, metadata={"wire": "chargingRateUnit"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetDisplayMessagesRequest(Request[GetDisplayMessagesResponse]):
    """Payload of the GetDisplayMessages request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetDisplayMessages"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetDisplayMessagesResponse]] = GetDisplayMessagesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of this request."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    id_: list[int] | None = attrs.field(default=None, metadata={"wire": "id"})
    """
    If provided the Charging Station shall return Display Messages of the given ids. This field
    SHALL NOT contain more ids than set in NumberOfDisplayMessages.maxLimit
    """
    priority: MessagePriorityEnum | None = attrs.field(default=None, metadata={"wire": "priority"})
    state: MessageStateEnum | None = attrs.field(default=None, metadata={"wire": "state"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetInstalledCertificateIdsRequest(Request[GetInstalledCertificateIdsResponse]):
    """Payload of the GetInstalledCertificateIds request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetInstalledCertificateIds"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetInstalledCertificateIdsResponse]] = (
        GetInstalledCertificateIdsResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    certificate_type: list[GetCertificateIdUseEnum] | None = attrs.field(
        default=None, metadata={"wire": "certificateType"}
    )
    """
    Indicates the type of certificates requested. When omitted, all certificate types are requested.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetLocalListVersionRequest(Request[GetLocalListVersionResponse]):
    """Payload of the GetLocalListVersion request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetLocalListVersion"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetLocalListVersionResponse]] = GetLocalListVersionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetLogRequest(Request[GetLogResponse]):
    """Payload of the GetLog request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetLog"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetLogResponse]] = GetLogResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    log: LogParameters = attrs.field(metadata={"wire": "log"})
    log_type: LogEnum = attrs.field(metadata={"wire": "logType"})
    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of this request"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    """
    This specifies how many times the Charging Station must try to upload the log before giving up.
    If this field is not present, it is left to Charging Station to decide how many times it wants
    to retry.
    """
    retry_interval: int | None = attrs.field(default=None, metadata={"wire": "retryInterval"})
    """
    The interval in seconds after which a retry may be attempted. If this field is not present, it
    is left to Charging Station to decide how long to wait between attempts.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetMonitoringReportRequest(Request[GetMonitoringReportResponse]):
    """Payload of the GetMonitoringReport request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetMonitoringReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetMonitoringReportResponse]] = GetMonitoringReportResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of the request."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    component_variable: list[ComponentVariable] | None = attrs.field(
        default=None, metadata={"wire": "componentVariable"}
    )
    monitoring_criteria: list[MonitoringCriterionEnum] | None = attrs.field(
        default=None, metadata={"wire": "monitoringCriteria"}
    )
    """This field contains criteria for components for which a monitoring report is requested"""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetReportRequest(Request[GetReportResponse]):
    """Payload of the GetReport request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetReportResponse]] = GetReportResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of the request."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    component_variable: list[ComponentVariable] | None = attrs.field(
        default=None, metadata={"wire": "componentVariable"}
    )
    component_criteria: list[ComponentCriterionEnum] | None = attrs.field(
        default=None, metadata={"wire": "componentCriteria"}
    )
    """This field contains criteria for components for which a report is requested"""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetTransactionStatusRequest(Request[GetTransactionStatusResponse]):
    """Payload of the GetTransactionStatus request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetTransactionStatus"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetTransactionStatusResponse]] = GetTransactionStatusResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    transaction_id: str | None = attrs.field(default=None, metadata={"wire": "transactionId"})
    """The Id of the transaction for which the status is requested."""


@attrs.frozen
class GetVariablesRequest(Request[GetVariablesResponse]):
    """Payload of the GetVariables request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "GetVariables"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[GetVariablesResponse]] = GetVariablesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    get_variable_data: list[GetVariableData] = attrs.field(metadata={"wire": "getVariableData"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class HeartbeatRequest(Request[HeartbeatResponse]):
    """Payload of the Heartbeat request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "Heartbeat"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[HeartbeatResponse]] = HeartbeatResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class InstallCertificateRequest(Request[InstallCertificateResponse]):
    """Payload of the InstallCertificate request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "InstallCertificate"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[InstallCertificateResponse]] = InstallCertificateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_type: InstallCertificateUseEnum = attrs.field(metadata={"wire": "certificateType"})
    certificate: str = attrs.field(metadata={"wire": "certificate"})
    """A PEM encoded X.509 certificate."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class LogStatusNotificationRequest(Request[LogStatusNotificationResponse]):
    """Payload of the LogStatusNotification request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "LogStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[LogStatusNotificationResponse]] = LogStatusNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UploadLogStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    request_id: int | None = attrs.field(default=None, metadata={"wire": "requestId"})
    """
    The request id that was provided in GetLogRequest that started this log upload. This field is
    mandatory,

    unless the message was triggered by a TriggerMessageRequest AND there is no log upload ongoing.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class MeterValuesRequest(Request[MeterValuesResponse]):
    """Payload of the MeterValues request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "MeterValues"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[MeterValuesResponse]] = MeterValuesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """
    This contains a number (>0) designating an EVSE of the Charging Station. '0' (zero) is used to
    designate the main power meter.
    """
    meter_value: list[MeterValue] = attrs.field(metadata={"wire": "meterValue"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyChargingLimitRequest(Request[NotifyChargingLimitResponse]):
    """Payload of the NotifyChargingLimit request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyChargingLimit"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[NotifyChargingLimitResponse]] = NotifyChargingLimitResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_limit: ChargingLimit = attrs.field(metadata={"wire": "chargingLimit"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    charging_schedule: list[ChargingSchedule] | None = attrs.field(
        default=None, metadata={"wire": "chargingSchedule"}
    )
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """
    The charging schedule contained in this notification applies to an EVSE. evseId must be > 0.
    """


@attrs.frozen
class NotifyCustomerInformationRequest(Request[NotifyCustomerInformationResponse]):
    """Payload of the NotifyCustomerInformation request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyCustomerInformation"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[NotifyCustomerInformationResponse]] = NotifyCustomerInformationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    data: str = attrs.field(metadata={"wire": "data"})
    """
    (Part of) the requested data. No format specified in which the data is returned. Should be human
    readable.
    """
    seq_no: int = attrs.field(metadata={"wire": "seqNo"})
    """Sequence number of this message. First message starts at 0."""
    generated_at: datetime.datetime = attrs.field(metadata={"wire": "generatedAt"})
    """Timestamp of the moment this message was generated at the Charging Station."""
    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of the request."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the monitoringData follows in an
    upcoming notifyMonitoringReportRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyDisplayMessagesRequest(Request[NotifyDisplayMessagesResponse]):
    """Payload of the NotifyDisplayMessages request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyDisplayMessages"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[NotifyDisplayMessagesResponse]] = NotifyDisplayMessagesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The id of the GetDisplayMessagesRequest that requested this message."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    message_info: list[MessageInfo] | None = attrs.field(
        default=None, metadata={"wire": "messageInfo"}
    )
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the report follows in an upcoming
    NotifyDisplayMessagesRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """


@attrs.frozen
class NotifyEVChargingNeedsRequest(Request[NotifyEVChargingNeedsResponse]):
    """Payload of the NotifyEVChargingNeeds request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyEVChargingNeeds"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[NotifyEVChargingNeedsResponse]] = NotifyEVChargingNeedsResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_needs: ChargingNeeds = attrs.field(metadata={"wire": "chargingNeeds"})
    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """Defines the EVSE and connector to which the EV is connected. EvseId may not be 0."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    max_schedule_tuples: int | None = attrs.field(
        default=None, metadata={"wire": "maxScheduleTuples"}
    )
    """Contains the maximum schedule tuples the car supports per schedule."""


@attrs.frozen
class NotifyEVChargingScheduleRequest(Request[NotifyEVChargingScheduleResponse]):
    """Payload of the NotifyEVChargingSchedule request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyEVChargingSchedule"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[NotifyEVChargingScheduleResponse]] = NotifyEVChargingScheduleResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    time_base: datetime.datetime = attrs.field(metadata={"wire": "timeBase"})
    """Periods contained in the charging profile are relative to this point in time."""
    charging_schedule: ChargingSchedule = attrs.field(metadata={"wire": "chargingSchedule"})
    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """
    The charging schedule contained in this notification applies to an EVSE. EvseId must be > 0.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyEventRequest(Request[NotifyEventResponse]):
    """Payload of the NotifyEvent request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyEvent"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[NotifyEventResponse]] = NotifyEventResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    generated_at: datetime.datetime = attrs.field(metadata={"wire": "generatedAt"})
    """Timestamp of the moment this message was generated at the Charging Station."""
    seq_no: int = attrs.field(metadata={"wire": "seqNo"})
    """Sequence number of this message. First message starts at 0."""
    event_data: list[EventData] = attrs.field(metadata={"wire": "eventData"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the report follows in an upcoming
    notifyEventRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyMonitoringReportRequest(Request[NotifyMonitoringReportResponse]):
    """Payload of the NotifyMonitoringReport request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyMonitoringReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[NotifyMonitoringReportResponse]] = NotifyMonitoringReportResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The id of the GetMonitoringRequest that requested this report."""
    seq_no: int = attrs.field(metadata={"wire": "seqNo"})
    """Sequence number of this message. First message starts at 0."""
    generated_at: datetime.datetime = attrs.field(metadata={"wire": "generatedAt"})
    """Timestamp of the moment this message was generated at the Charging Station."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    monitor: list[MonitoringData] | None = attrs.field(default=None, metadata={"wire": "monitor"})
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the monitoringData follows in an
    upcoming notifyMonitoringReportRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyReportRequest(Request[NotifyReportResponse]):
    """Payload of the NotifyReport request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "NotifyReport"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[NotifyReportResponse]] = NotifyReportResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The id of the GetReportRequest  or GetBaseReportRequest that requested this report"""
    generated_at: datetime.datetime = attrs.field(metadata={"wire": "generatedAt"})
    """Timestamp of the moment this message was generated at the Charging Station."""
    seq_no: int = attrs.field(metadata={"wire": "seqNo"})
    """Sequence number of this message. First message starts at 0."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    report_data: list[ReportData] | None = attrs.field(
        default=None, metadata={"wire": "reportData"}
    )
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the report follows in an upcoming
    notifyReportRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class PublishFirmwareRequest(Request[PublishFirmwareResponse]):
    """Payload of the PublishFirmware request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "PublishFirmware"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[PublishFirmwareResponse]] = PublishFirmwareResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    location: str = attrs.field(metadata={"wire": "location"})
    """
    This contains a string containing a URI pointing to a

    location from which to retrieve the firmware.
    """
    checksum: str = attrs.field(metadata={"wire": "checksum"})
    """The MD5 checksum over the entire firmware file as a hexadecimal string of length 32."""
    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of the request."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    """
    This specifies how many times Charging Station must try

    to download the firmware before giving up. If this field is not

    present, it is left to Charging Station to decide how many times it wants to retry.
    """
    retry_interval: int | None = attrs.field(default=None, metadata={"wire": "retryInterval"})
    """
    The interval in seconds

    after which a retry may be

    attempted. If this field is not

    present, it is left to Charging

    Station to decide how long to wait

    between attempts.
    """


@attrs.frozen
class PublishFirmwareStatusNotificationRequest(Request[PublishFirmwareStatusNotificationResponse]):
    """Payload of the PublishFirmwareStatusNotification request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "PublishFirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[PublishFirmwareStatusNotificationResponse]] = (
        PublishFirmwareStatusNotificationResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: PublishFirmwareStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    location: list[str] | None = attrs.field(default=None, metadata={"wire": "location"})
    """
    Required if status is Published. Can be multiple URI's, if the Local Controller supports e.g.
    HTTP, HTTPS, and FTP.
    """
    request_id: int | None = attrs.field(default=None, metadata={"wire": "requestId"})
    """
    The request id that was

    provided in the

    PublishFirmwareRequest which

    triggered this action.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ReportChargingProfilesRequest(Request[ReportChargingProfilesResponse]):
    """Payload of the ReportChargingProfiles request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ReportChargingProfiles"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ReportChargingProfilesResponse]] = ReportChargingProfilesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """
    Id used to match the GetChargingProfilesRequest message with the resulting
    ReportChargingProfilesRequest messages. When the CSMS provided a requestId in the
    GetChargingProfilesRequest, this field SHALL contain the same value.
    """
    charging_limit_source: ChargingLimitSourceEnum = attrs.field(
        metadata={"wire": "chargingLimitSource"}
    )
    charging_profile: list[ChargingProfile] = attrs.field(metadata={"wire": "chargingProfile"})
    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """
    The evse to which the charging profile applies. If evseId = 0, the message contains an overall
    limit for the Charging Station.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    To Be Continued. Default value when omitted: false. false indicates that there are no further
    messages as part of this report.

    Schema default: ``false`` (not sent unless set explicitly).
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class RequestStartTransactionRequest(Request[RequestStartTransactionResponse]):
    """Payload of the RequestStartTransaction request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "RequestStartTransaction"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[RequestStartTransactionResponse]] = RequestStartTransactionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token: IdToken = attrs.field(metadata={"wire": "idToken"})
    remote_start_id: int = attrs.field(metadata={"wire": "remoteStartId"})
    """
    Id given by the server to this start request. The Charging Station might return this in the
    TransactionEventRequest, letting the server know which transaction was started for this request.
    Use to start a transaction.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """Number of the EVSE on which to start the transaction. EvseId SHALL be > 0"""
    group_id_token: IdToken | None = attrs.field(default=None, metadata={"wire": "groupIdToken"})
    charging_profile: ChargingProfile | None = attrs.field(
        default=None, metadata={"wire": "chargingProfile"}
    )


@attrs.frozen
class RequestStopTransactionRequest(Request[RequestStopTransactionResponse]):
    """Payload of the RequestStopTransaction request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "RequestStopTransaction"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[RequestStopTransactionResponse]] = RequestStopTransactionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    transaction_id: str = attrs.field(metadata={"wire": "transactionId"})
    """The identifier of the transaction which the Charging Station is requested to stop."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ReservationStatusUpdateRequest(Request[ReservationStatusUpdateResponse]):
    """Payload of the ReservationStatusUpdate request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ReservationStatusUpdate"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ReservationStatusUpdateResponse]] = ReservationStatusUpdateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    reservation_id: int = attrs.field(metadata={"wire": "reservationId"})
    """The ID of the reservation."""
    reservation_update_status: ReservationUpdateStatusEnum = attrs.field(
        metadata={"wire": "reservationUpdateStatus"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ReserveNowRequest(Request[ReserveNowResponse]):
    """Payload of the ReserveNow request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "ReserveNow"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ReserveNowResponse]] = ReserveNowResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """Id of reservation."""
    expiry_date_time: datetime.datetime = attrs.field(metadata={"wire": "expiryDateTime"})
    """Date and time at which the reservation expires."""
    id_token: IdToken = attrs.field(metadata={"wire": "idToken"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    connector_type: ConnectorEnum | None = attrs.field(
        default=None, metadata={"wire": "connectorType"}
    )
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """This contains ID of the evse to be reserved."""
    group_id_token: IdToken | None = attrs.field(default=None, metadata={"wire": "groupIdToken"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ResetRequest(Request[ResetResponse]):
    """Payload of the Reset request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "Reset"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[ResetResponse]] = ResetResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    type_: ResetEnum = attrs.field(metadata={"wire": "type"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """
    This contains the ID of a specific EVSE that needs to be reset, instead of the entire Charging
    Station.
    """

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SecurityEventNotificationRequest(Request[SecurityEventNotificationResponse]):
    """Payload of the SecurityEventNotification request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SecurityEventNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SecurityEventNotificationResponse]] = SecurityEventNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    type_: str = attrs.field(metadata={"wire": "type"})
    """Type of the security event. This value should be taken from the Security events list."""
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """Date and time at which the event occurred."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    tech_info: str | None = attrs.field(default=None, metadata={"wire": "techInfo"})
    """Additional information about the occurred security event."""

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SendLocalListRequest(Request[SendLocalListResponse]):
    """Payload of the SendLocalList request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SendLocalList"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SendLocalListResponse]] = SendLocalListResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    version_number: int = attrs.field(metadata={"wire": "versionNumber"})
    """
    In case of a full update this is the version number of the full list. In case of a differential
    update it is the version number of the list after the update has been applied.
    """
    update_type: UpdateEnum = attrs.field(metadata={"wire": "updateType"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    local_authorization_list: list[AuthorizationData] | None = attrs.field(
        default=None, metadata={"wire": "localAuthorizationList"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetChargingProfileRequest(Request[SetChargingProfileResponse]):
    """Payload of the SetChargingProfile request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetChargingProfile"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SetChargingProfileResponse]] = SetChargingProfileResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """
    For TxDefaultProfile an evseId=0 applies the profile to each individual evse. For
    ChargingStationMaxProfile and ChargingStationExternalConstraints an evseId=0 contains an overal
    limit for the whole Charging Station.
    """
    charging_profile: ChargingProfile = attrs.field(metadata={"wire": "chargingProfile"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SetDisplayMessageRequest(Request[SetDisplayMessageResponse]):
    """Payload of the SetDisplayMessage request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetDisplayMessage"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SetDisplayMessageResponse]] = SetDisplayMessageResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    message: MessageInfo = attrs.field(metadata={"wire": "message"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SetMonitoringBaseRequest(Request[SetMonitoringBaseResponse]):
    """Payload of the SetMonitoringBase request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetMonitoringBase"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SetMonitoringBaseResponse]] = SetMonitoringBaseResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    monitoring_base: MonitoringBaseEnum = attrs.field(metadata={"wire": "monitoringBase"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetMonitoringLevelRequest(Request[SetMonitoringLevelResponse]):
    """Payload of the SetMonitoringLevel request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetMonitoringLevel"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SetMonitoringLevelResponse]] = SetMonitoringLevelResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    severity: int = attrs.field(metadata={"wire": "severity"})
    """
    The Charging Station SHALL only report events with a severity number lower than or equal to this
    severity.

    The severity range is 0-9, with 0 as the highest and 9 as the lowest severity level.

    The severity levels have the following meaning:

    *0-Danger*

    Indicates lives are potentially in danger. Urgent attention is needed and action should be taken
    immediately.

    *1-Hardware Failure*

    Indicates that the Charging Station is unable to continue regular operations due to Hardware
    issues. Action is required.

    *2-System Failure*

    Indicates that the Charging Station is unable to continue regular operations due to software or
    minor hardware issues. Action is required.

    *3-Critical*

    Indicates a critical error. Action is required.

    *4-Error*

    Indicates a non-urgent error. Action is required.

    *5-Alert*

    Indicates an alert event. Default severity for any type of monitoring event.

    *6-Warning*

    Indicates a warning event. Action may be required.

    *7-Notice*

    Indicates an unusual event. No immediate action is required.

    *8-Informational*

    Indicates a regular operational event. May be used for reporting, measuring throughput, etc. No
    action is required.

    *9-Debug*

    Indicates information useful to developers for debugging, not useful during operations.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SetNetworkProfileRequest(Request[SetNetworkProfileResponse]):
    """Payload of the SetNetworkProfile request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetNetworkProfile"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SetNetworkProfileResponse]] = SetNetworkProfileResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    configuration_slot: int = attrs.field(metadata={"wire": "configurationSlot"})
    """Slot in which the configuration should be stored."""
    connection_data: NetworkConnectionProfile = attrs.field(metadata={"wire": "connectionData"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SetVariableMonitoringRequest(Request[SetVariableMonitoringResponse]):
    """Payload of the SetVariableMonitoring request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetVariableMonitoring"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SetVariableMonitoringResponse]] = SetVariableMonitoringResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    set_monitoring_data: list[SetMonitoringData] = attrs.field(
        metadata={"wire": "setMonitoringData"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SetVariablesRequest(Request[SetVariablesResponse]):
    """Payload of the SetVariables request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SetVariables"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SetVariablesResponse]] = SetVariablesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    set_variable_data: list[SetVariableData] = attrs.field(metadata={"wire": "setVariableData"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SignCertificateRequest(Request[SignCertificateResponse]):
    """Payload of the SignCertificate request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "SignCertificate"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[SignCertificateResponse]] = SignCertificateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    csr: str = attrs.field(metadata={"wire": "csr"})
    """
    The Charging Station SHALL send the public key in form of a Certificate Signing Request (CSR) as
    described in RFC 2986 [22] and then PEM encoded, using the SignCertificateRequest message.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    certificate_type: CertificateSigningUseEnum | None = attrs.field(
        default=None, metadata={"wire": "certificateType"}
    )

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class StatusNotificationRequest(Request[StatusNotificationResponse]):
    """Payload of the StatusNotification request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "StatusNotification"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[StatusNotificationResponse]] = StatusNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """
    The time for which the status is reported. If absent time of receipt of the message will be
    assumed.
    """
    connector_status: ConnectorStatusEnum = attrs.field(metadata={"wire": "connectorStatus"})
    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """The id of the EVSE to which the connector belongs for which the the status is reported."""
    connector_id: int = attrs.field(metadata={"wire": "connectorId"})
    """The id of the connector within the EVSE for which the status is reported."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class TransactionEventRequest(Request[TransactionEventResponse]):
    """Payload of the TransactionEvent request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "TransactionEvent"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[TransactionEventResponse]] = TransactionEventResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    event_type: TransactionEventEnum = attrs.field(metadata={"wire": "eventType"})
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """The date and time at which this transaction event occurred."""
    trigger_reason: TriggerReasonEnum = attrs.field(metadata={"wire": "triggerReason"})
    seq_no: int = attrs.field(metadata={"wire": "seqNo"})
    """
    Incremental sequence number, helps with determining if all messages of a transaction have been
    received.
    """
    transaction_info: Transaction = attrs.field(metadata={"wire": "transactionInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    meter_value: list[MeterValue] | None = attrs.field(
        default=None, metadata={"wire": "meterValue"}
    )
    offline: bool | None = attrs.field(default=None, metadata={"wire": "offline"})
    """
    Indication that this transaction event happened when the Charging Station was offline. Default =
    false, meaning: the event occurred when the Charging Station was online.

    Schema default: ``false`` (not sent unless set explicitly).
    """
    number_of_phases_used: int | None = attrs.field(
        default=None, metadata={"wire": "numberOfPhasesUsed"}
    )
    """
    If the Charging Station is able to report the number of phases used, then it SHALL provide it.
    When omitted the CSMS may be able to determine the number of phases used via device management.
    """
    cable_max_current: int | None = attrs.field(default=None, metadata={"wire": "cableMaxCurrent"})
    """The maximum current of the connected cable in Ampere (A)."""
    reservation_id: int | None = attrs.field(default=None, metadata={"wire": "reservationId"})
    """This contains the Id of the reservation that terminates as a result of this transaction."""
    evse: EVSE | None = attrs.field(default=None, metadata={"wire": "evse"})
    id_token: IdToken | None = attrs.field(default=None, metadata={"wire": "idToken"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class TriggerMessageRequest(Request[TriggerMessageResponse]):
    """Payload of the TriggerMessage request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "TriggerMessage"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[TriggerMessageResponse]] = TriggerMessageResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    requested_message: MessageTriggerEnum = attrs.field(metadata={"wire": "requestedMessage"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    evse: EVSE | None = attrs.field(default=None, metadata={"wire": "evse"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UnlockConnectorRequest(Request[UnlockConnectorResponse]):
    """Payload of the UnlockConnector request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "UnlockConnector"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[UnlockConnectorResponse]] = UnlockConnectorResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """This contains the identifier of the EVSE for which a connector needs to be unlocked."""
    connector_id: int = attrs.field(metadata={"wire": "connectorId"})
    """This contains the identifier of the connector that needs to be unlocked."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class UnpublishFirmwareRequest(Request[UnpublishFirmwareResponse]):
    """Payload of the UnpublishFirmware request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "UnpublishFirmware"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[UnpublishFirmwareResponse]] = UnpublishFirmwareResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    checksum: str = attrs.field(metadata={"wire": "checksum"})
    """The MD5 checksum over the entire firmware file as a hexadecimal string of length 32."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class UpdateFirmwareRequest(Request[UpdateFirmwareResponse]):
    """Payload of the UpdateFirmware request (OCPP 2.0.1)."""

    ACTION: ClassVar[str] = "UpdateFirmware"
    VERSION: ClassVar[str] = "ocpp2.0.1"
    RESPONSE: ClassVar[type[UpdateFirmwareResponse]] = UpdateFirmwareResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of this request"""
    firmware: Firmware = attrs.field(metadata={"wire": "firmware"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    """
    This specifies how many times Charging Station must try to download the firmware before giving
    up. If this field is not present, it is left to Charging Station to decide how many times it
    wants to retry.
    """
    retry_interval: int | None = attrs.field(default=None, metadata={"wire": "retryInterval"})
    """
    The interval in seconds after which a retry may be attempted. If this field is not present, it
    is left to Charging Station to decide how long to wait between attempts.
    """


#: Request payload classes by action.
REQUESTS: dict[str, type[Request[Any]]] = {
    "Authorize": AuthorizeRequest,
    "BootNotification": BootNotificationRequest,
    "CancelReservation": CancelReservationRequest,
    "CertificateSigned": CertificateSignedRequest,
    "ChangeAvailability": ChangeAvailabilityRequest,
    "ClearCache": ClearCacheRequest,
    "ClearChargingProfile": ClearChargingProfileRequest,
    "ClearDisplayMessage": ClearDisplayMessageRequest,
    "ClearVariableMonitoring": ClearVariableMonitoringRequest,
    "ClearedChargingLimit": ClearedChargingLimitRequest,
    "CostUpdated": CostUpdatedRequest,
    "CustomerInformation": CustomerInformationRequest,
    "DataTransfer": DataTransferRequest,
    "DeleteCertificate": DeleteCertificateRequest,
    "FirmwareStatusNotification": FirmwareStatusNotificationRequest,
    "Get15118EVCertificate": Get15118EVCertificateRequest,
    "GetBaseReport": GetBaseReportRequest,
    "GetCertificateStatus": GetCertificateStatusRequest,
    "GetChargingProfiles": GetChargingProfilesRequest,
    "GetCompositeSchedule": GetCompositeScheduleRequest,
    "GetDisplayMessages": GetDisplayMessagesRequest,
    "GetInstalledCertificateIds": GetInstalledCertificateIdsRequest,
    "GetLocalListVersion": GetLocalListVersionRequest,
    "GetLog": GetLogRequest,
    "GetMonitoringReport": GetMonitoringReportRequest,
    "GetReport": GetReportRequest,
    "GetTransactionStatus": GetTransactionStatusRequest,
    "GetVariables": GetVariablesRequest,
    "Heartbeat": HeartbeatRequest,
    "InstallCertificate": InstallCertificateRequest,
    "LogStatusNotification": LogStatusNotificationRequest,
    "MeterValues": MeterValuesRequest,
    "NotifyChargingLimit": NotifyChargingLimitRequest,
    "NotifyCustomerInformation": NotifyCustomerInformationRequest,
    "NotifyDisplayMessages": NotifyDisplayMessagesRequest,
    "NotifyEVChargingNeeds": NotifyEVChargingNeedsRequest,
    "NotifyEVChargingSchedule": NotifyEVChargingScheduleRequest,
    "NotifyEvent": NotifyEventRequest,
    "NotifyMonitoringReport": NotifyMonitoringReportRequest,
    "NotifyReport": NotifyReportRequest,
    "PublishFirmware": PublishFirmwareRequest,
    "PublishFirmwareStatusNotification": PublishFirmwareStatusNotificationRequest,
    "ReportChargingProfiles": ReportChargingProfilesRequest,
    "RequestStartTransaction": RequestStartTransactionRequest,
    "RequestStopTransaction": RequestStopTransactionRequest,
    "ReservationStatusUpdate": ReservationStatusUpdateRequest,
    "ReserveNow": ReserveNowRequest,
    "Reset": ResetRequest,
    "SecurityEventNotification": SecurityEventNotificationRequest,
    "SendLocalList": SendLocalListRequest,
    "SetChargingProfile": SetChargingProfileRequest,
    "SetDisplayMessage": SetDisplayMessageRequest,
    "SetMonitoringBase": SetMonitoringBaseRequest,
    "SetMonitoringLevel": SetMonitoringLevelRequest,
    "SetNetworkProfile": SetNetworkProfileRequest,
    "SetVariableMonitoring": SetVariableMonitoringRequest,
    "SetVariables": SetVariablesRequest,
    "SignCertificate": SignCertificateRequest,
    "StatusNotification": StatusNotificationRequest,
    "TransactionEvent": TransactionEventRequest,
    "TriggerMessage": TriggerMessageRequest,
    "UnlockConnector": UnlockConnectorRequest,
    "UnpublishFirmware": UnpublishFirmwareRequest,
    "UpdateFirmware": UpdateFirmwareRequest,
}
#: Response payload classes by action.
RESPONSES: dict[str, type[Response]] = {
    "Authorize": AuthorizeResponse,
    "BootNotification": BootNotificationResponse,
    "CancelReservation": CancelReservationResponse,
    "CertificateSigned": CertificateSignedResponse,
    "ChangeAvailability": ChangeAvailabilityResponse,
    "ClearCache": ClearCacheResponse,
    "ClearChargingProfile": ClearChargingProfileResponse,
    "ClearDisplayMessage": ClearDisplayMessageResponse,
    "ClearVariableMonitoring": ClearVariableMonitoringResponse,
    "ClearedChargingLimit": ClearedChargingLimitResponse,
    "CostUpdated": CostUpdatedResponse,
    "CustomerInformation": CustomerInformationResponse,
    "DataTransfer": DataTransferResponse,
    "DeleteCertificate": DeleteCertificateResponse,
    "FirmwareStatusNotification": FirmwareStatusNotificationResponse,
    "Get15118EVCertificate": Get15118EVCertificateResponse,
    "GetBaseReport": GetBaseReportResponse,
    "GetCertificateStatus": GetCertificateStatusResponse,
    "GetChargingProfiles": GetChargingProfilesResponse,
    "GetCompositeSchedule": GetCompositeScheduleResponse,
    "GetDisplayMessages": GetDisplayMessagesResponse,
    "GetInstalledCertificateIds": GetInstalledCertificateIdsResponse,
    "GetLocalListVersion": GetLocalListVersionResponse,
    "GetLog": GetLogResponse,
    "GetMonitoringReport": GetMonitoringReportResponse,
    "GetReport": GetReportResponse,
    "GetTransactionStatus": GetTransactionStatusResponse,
    "GetVariables": GetVariablesResponse,
    "Heartbeat": HeartbeatResponse,
    "InstallCertificate": InstallCertificateResponse,
    "LogStatusNotification": LogStatusNotificationResponse,
    "MeterValues": MeterValuesResponse,
    "NotifyChargingLimit": NotifyChargingLimitResponse,
    "NotifyCustomerInformation": NotifyCustomerInformationResponse,
    "NotifyDisplayMessages": NotifyDisplayMessagesResponse,
    "NotifyEVChargingNeeds": NotifyEVChargingNeedsResponse,
    "NotifyEVChargingSchedule": NotifyEVChargingScheduleResponse,
    "NotifyEvent": NotifyEventResponse,
    "NotifyMonitoringReport": NotifyMonitoringReportResponse,
    "NotifyReport": NotifyReportResponse,
    "PublishFirmware": PublishFirmwareResponse,
    "PublishFirmwareStatusNotification": PublishFirmwareStatusNotificationResponse,
    "ReportChargingProfiles": ReportChargingProfilesResponse,
    "RequestStartTransaction": RequestStartTransactionResponse,
    "RequestStopTransaction": RequestStopTransactionResponse,
    "ReservationStatusUpdate": ReservationStatusUpdateResponse,
    "ReserveNow": ReserveNowResponse,
    "Reset": ResetResponse,
    "SecurityEventNotification": SecurityEventNotificationResponse,
    "SendLocalList": SendLocalListResponse,
    "SetChargingProfile": SetChargingProfileResponse,
    "SetDisplayMessage": SetDisplayMessageResponse,
    "SetMonitoringBase": SetMonitoringBaseResponse,
    "SetMonitoringLevel": SetMonitoringLevelResponse,
    "SetNetworkProfile": SetNetworkProfileResponse,
    "SetVariableMonitoring": SetVariableMonitoringResponse,
    "SetVariables": SetVariablesResponse,
    "SignCertificate": SignCertificateResponse,
    "StatusNotification": StatusNotificationResponse,
    "TransactionEvent": TransactionEventResponse,
    "TriggerMessage": TriggerMessageResponse,
    "UnlockConnector": UnlockConnectorResponse,
    "UnpublishFirmware": UnpublishFirmwareResponse,
    "UpdateFirmware": UpdateFirmwareResponse,
}
#: SEND payload classes by action (messages without a response).
SENDS: dict[str, type[Send]] = {}

# Conversion to and from the wire form, registered as cattrs hooks.
_E_APNAuthenticationEnum = {m.value: m for m in APNAuthenticationEnum}
_E_AttributeEnum = {m.value: m for m in AttributeEnum}
_E_AuthorizationStatusEnum = {m.value: m for m in AuthorizationStatusEnum}
_E_AuthorizeCertificateStatusEnum = {m.value: m for m in AuthorizeCertificateStatusEnum}
_E_BootReasonEnum = {m.value: m for m in BootReasonEnum}
_E_CancelReservationStatusEnum = {m.value: m for m in CancelReservationStatusEnum}
_E_CertificateActionEnum = {m.value: m for m in CertificateActionEnum}
_E_CertificateSignedStatusEnum = {m.value: m for m in CertificateSignedStatusEnum}
_E_CertificateSigningUseEnum = {m.value: m for m in CertificateSigningUseEnum}
_E_ChangeAvailabilityStatusEnum = {m.value: m for m in ChangeAvailabilityStatusEnum}
_E_ChargingLimitSourceEnum = {m.value: m for m in ChargingLimitSourceEnum}
_E_ChargingProfileKindEnum = {m.value: m for m in ChargingProfileKindEnum}
_E_ChargingProfilePurposeEnum = {m.value: m for m in ChargingProfilePurposeEnum}
_E_ChargingProfileStatusEnum = {m.value: m for m in ChargingProfileStatusEnum}
_E_ChargingRateUnitEnum = {m.value: m for m in ChargingRateUnitEnum}
_E_ChargingStateEnum = {m.value: m for m in ChargingStateEnum}
_E_ClearCacheStatusEnum = {m.value: m for m in ClearCacheStatusEnum}
_E_ClearChargingProfileStatusEnum = {m.value: m for m in ClearChargingProfileStatusEnum}
_E_ClearMessageStatusEnum = {m.value: m for m in ClearMessageStatusEnum}
_E_ClearMonitoringStatusEnum = {m.value: m for m in ClearMonitoringStatusEnum}
_E_ComponentCriterionEnum = {m.value: m for m in ComponentCriterionEnum}
_E_ConnectorEnum = {m.value: m for m in ConnectorEnum}
_E_ConnectorStatusEnum = {m.value: m for m in ConnectorStatusEnum}
_E_CostKindEnum = {m.value: m for m in CostKindEnum}
_E_CustomerInformationStatusEnum = {m.value: m for m in CustomerInformationStatusEnum}
_E_DataEnum = {m.value: m for m in DataEnum}
_E_DataTransferStatusEnum = {m.value: m for m in DataTransferStatusEnum}
_E_DeleteCertificateStatusEnum = {m.value: m for m in DeleteCertificateStatusEnum}
_E_DisplayMessageStatusEnum = {m.value: m for m in DisplayMessageStatusEnum}
_E_EnergyTransferModeEnum = {m.value: m for m in EnergyTransferModeEnum}
_E_EventNotificationEnum = {m.value: m for m in EventNotificationEnum}
_E_EventTriggerEnum = {m.value: m for m in EventTriggerEnum}
_E_FirmwareStatusEnum = {m.value: m for m in FirmwareStatusEnum}
_E_GenericDeviceModelStatusEnum = {m.value: m for m in GenericDeviceModelStatusEnum}
_E_GenericStatusEnum = {m.value: m for m in GenericStatusEnum}
_E_GetCertificateIdUseEnum = {m.value: m for m in GetCertificateIdUseEnum}
_E_GetCertificateStatusEnum = {m.value: m for m in GetCertificateStatusEnum}
_E_GetChargingProfileStatusEnum = {m.value: m for m in GetChargingProfileStatusEnum}
_E_GetDisplayMessagesStatusEnum = {m.value: m for m in GetDisplayMessagesStatusEnum}
_E_GetInstalledCertificateStatusEnum = {m.value: m for m in GetInstalledCertificateStatusEnum}
_E_GetVariableStatusEnum = {m.value: m for m in GetVariableStatusEnum}
_E_HashAlgorithmEnum = {m.value: m for m in HashAlgorithmEnum}
_E_IdTokenEnum = {m.value: m for m in IdTokenEnum}
_E_InstallCertificateStatusEnum = {m.value: m for m in InstallCertificateStatusEnum}
_E_InstallCertificateUseEnum = {m.value: m for m in InstallCertificateUseEnum}
_E_Iso15118EVCertificateStatusEnum = {m.value: m for m in Iso15118EVCertificateStatusEnum}
_E_LocationEnum = {m.value: m for m in LocationEnum}
_E_LogEnum = {m.value: m for m in LogEnum}
_E_LogStatusEnum = {m.value: m for m in LogStatusEnum}
_E_MeasurandEnum = {m.value: m for m in MeasurandEnum}
_E_MessageFormatEnum = {m.value: m for m in MessageFormatEnum}
_E_MessagePriorityEnum = {m.value: m for m in MessagePriorityEnum}
_E_MessageStateEnum = {m.value: m for m in MessageStateEnum}
_E_MessageTriggerEnum = {m.value: m for m in MessageTriggerEnum}
_E_MonitorEnum = {m.value: m for m in MonitorEnum}
_E_MonitoringBaseEnum = {m.value: m for m in MonitoringBaseEnum}
_E_MonitoringCriterionEnum = {m.value: m for m in MonitoringCriterionEnum}
_E_MutabilityEnum = {m.value: m for m in MutabilityEnum}
_E_NotifyEVChargingNeedsStatusEnum = {m.value: m for m in NotifyEVChargingNeedsStatusEnum}
_E_OCPPInterfaceEnum = {m.value: m for m in OCPPInterfaceEnum}
_E_OCPPTransportEnum = {m.value: m for m in OCPPTransportEnum}
_E_OCPPVersionEnum = {m.value: m for m in OCPPVersionEnum}
_E_OperationalStatusEnum = {m.value: m for m in OperationalStatusEnum}
_E_PhaseEnum = {m.value: m for m in PhaseEnum}
_E_PublishFirmwareStatusEnum = {m.value: m for m in PublishFirmwareStatusEnum}
_E_ReadingContextEnum = {m.value: m for m in ReadingContextEnum}
_E_ReasonEnum = {m.value: m for m in ReasonEnum}
_E_RecurrencyKindEnum = {m.value: m for m in RecurrencyKindEnum}
_E_RegistrationStatusEnum = {m.value: m for m in RegistrationStatusEnum}
_E_ReportBaseEnum = {m.value: m for m in ReportBaseEnum}
_E_RequestStartStopStatusEnum = {m.value: m for m in RequestStartStopStatusEnum}
_E_ReservationUpdateStatusEnum = {m.value: m for m in ReservationUpdateStatusEnum}
_E_ReserveNowStatusEnum = {m.value: m for m in ReserveNowStatusEnum}
_E_ResetEnum = {m.value: m for m in ResetEnum}
_E_ResetStatusEnum = {m.value: m for m in ResetStatusEnum}
_E_SendLocalListStatusEnum = {m.value: m for m in SendLocalListStatusEnum}
_E_SetMonitoringStatusEnum = {m.value: m for m in SetMonitoringStatusEnum}
_E_SetNetworkProfileStatusEnum = {m.value: m for m in SetNetworkProfileStatusEnum}
_E_SetVariableStatusEnum = {m.value: m for m in SetVariableStatusEnum}
_E_TransactionEventEnum = {m.value: m for m in TransactionEventEnum}
_E_TriggerMessageStatusEnum = {m.value: m for m in TriggerMessageStatusEnum}
_E_TriggerReasonEnum = {m.value: m for m in TriggerReasonEnum}
_E_UnlockStatusEnum = {m.value: m for m in UnlockStatusEnum}
_E_UnpublishFirmwareStatusEnum = {m.value: m for m in UnpublishFirmwareStatusEnum}
_E_UpdateEnum = {m.value: m for m in UpdateEnum}
_E_UpdateFirmwareStatusEnum = {m.value: m for m in UpdateFirmwareStatusEnum}
_E_UploadLogStatusEnum = {m.value: m for m in UploadLogStatusEnum}
_E_VPNEnum = {m.value: m for m in VPNEnum}
_new = object.__new__
_SET_CustomData = _slot_setters(CustomData)
_SET_ACChargingParameters = _slot_setters(ACChargingParameters)
_SET_APN = _slot_setters(APN)
_SET_AdditionalInfo = _slot_setters(AdditionalInfo)
_SET_IdToken = _slot_setters(IdToken)
_SET_MessageContent = _slot_setters(MessageContent)
_SET_IdTokenInfo = _slot_setters(IdTokenInfo)
_SET_AuthorizationData = _slot_setters(AuthorizationData)
_SET_CertificateHashData = _slot_setters(CertificateHashData)
_SET_CertificateHashDataChain = _slot_setters(CertificateHashDataChain)
_SET_ChargingLimit = _slot_setters(ChargingLimit)
_SET_DCChargingParameters = _slot_setters(DCChargingParameters)
_SET_ChargingNeeds = _slot_setters(ChargingNeeds)
_SET_ChargingSchedulePeriod = _slot_setters(ChargingSchedulePeriod)
_SET_RelativeTimeInterval = _slot_setters(RelativeTimeInterval)
_SET_Cost = _slot_setters(Cost)
_SET_ConsumptionCost = _slot_setters(ConsumptionCost)
_SET_SalesTariffEntry = _slot_setters(SalesTariffEntry)
_SET_SalesTariff = _slot_setters(SalesTariff)
_SET_ChargingSchedule = _slot_setters(ChargingSchedule)
_SET_ChargingProfile = _slot_setters(ChargingProfile)
_SET_ChargingProfileCriterion = _slot_setters(ChargingProfileCriterion)
_SET_Modem = _slot_setters(Modem)
_SET_ChargingStation = _slot_setters(ChargingStation)
_SET_ClearChargingProfile = _slot_setters(ClearChargingProfile)
_SET_StatusInfo = _slot_setters(StatusInfo)
_SET_ClearMonitoringResult = _slot_setters(ClearMonitoringResult)
_SET_EVSE = _slot_setters(EVSE)
_SET_Component = _slot_setters(Component)
_SET_Variable = _slot_setters(Variable)
_SET_ComponentVariable = _slot_setters(ComponentVariable)
_SET_CompositeSchedule = _slot_setters(CompositeSchedule)
_SET_EventData = _slot_setters(EventData)
_SET_Firmware = _slot_setters(Firmware)
_SET_GetVariableData = _slot_setters(GetVariableData)
_SET_GetVariableResult = _slot_setters(GetVariableResult)
_SET_LogParameters = _slot_setters(LogParameters)
_SET_MessageInfo = _slot_setters(MessageInfo)
_SET_SignedMeterValue = _slot_setters(SignedMeterValue)
_SET_UnitOfMeasure = _slot_setters(UnitOfMeasure)
_SET_SampledValue = _slot_setters(SampledValue)
_SET_MeterValue = _slot_setters(MeterValue)
_SET_VariableMonitoring = _slot_setters(VariableMonitoring)
_SET_MonitoringData = _slot_setters(MonitoringData)
_SET_VPN = _slot_setters(VPN)
_SET_NetworkConnectionProfile = _slot_setters(NetworkConnectionProfile)
_SET_OCSPRequestData = _slot_setters(OCSPRequestData)
_SET_VariableAttribute = _slot_setters(VariableAttribute)
_SET_VariableCharacteristics = _slot_setters(VariableCharacteristics)
_SET_ReportData = _slot_setters(ReportData)
_SET_SetMonitoringData = _slot_setters(SetMonitoringData)
_SET_SetMonitoringResult = _slot_setters(SetMonitoringResult)
_SET_SetVariableData = _slot_setters(SetVariableData)
_SET_SetVariableResult = _slot_setters(SetVariableResult)
_SET_Transaction = _slot_setters(Transaction)
_SET_AuthorizeResponse = _slot_setters(AuthorizeResponse)
_SET_BootNotificationResponse = _slot_setters(BootNotificationResponse)
_SET_CancelReservationResponse = _slot_setters(CancelReservationResponse)
_SET_CertificateSignedResponse = _slot_setters(CertificateSignedResponse)
_SET_ChangeAvailabilityResponse = _slot_setters(ChangeAvailabilityResponse)
_SET_ClearCacheResponse = _slot_setters(ClearCacheResponse)
_SET_ClearChargingProfileResponse = _slot_setters(ClearChargingProfileResponse)
_SET_ClearDisplayMessageResponse = _slot_setters(ClearDisplayMessageResponse)
_SET_ClearVariableMonitoringResponse = _slot_setters(ClearVariableMonitoringResponse)
_SET_ClearedChargingLimitResponse = _slot_setters(ClearedChargingLimitResponse)
_SET_CostUpdatedResponse = _slot_setters(CostUpdatedResponse)
_SET_CustomerInformationResponse = _slot_setters(CustomerInformationResponse)
_SET_DataTransferResponse = _slot_setters(DataTransferResponse)
_SET_DeleteCertificateResponse = _slot_setters(DeleteCertificateResponse)
_SET_FirmwareStatusNotificationResponse = _slot_setters(FirmwareStatusNotificationResponse)
_SET_Get15118EVCertificateResponse = _slot_setters(Get15118EVCertificateResponse)
_SET_GetBaseReportResponse = _slot_setters(GetBaseReportResponse)
_SET_GetCertificateStatusResponse = _slot_setters(GetCertificateStatusResponse)
_SET_GetChargingProfilesResponse = _slot_setters(GetChargingProfilesResponse)
_SET_GetCompositeScheduleResponse = _slot_setters(GetCompositeScheduleResponse)
_SET_GetDisplayMessagesResponse = _slot_setters(GetDisplayMessagesResponse)
_SET_GetInstalledCertificateIdsResponse = _slot_setters(GetInstalledCertificateIdsResponse)
_SET_GetLocalListVersionResponse = _slot_setters(GetLocalListVersionResponse)
_SET_GetLogResponse = _slot_setters(GetLogResponse)
_SET_GetMonitoringReportResponse = _slot_setters(GetMonitoringReportResponse)
_SET_GetReportResponse = _slot_setters(GetReportResponse)
_SET_GetTransactionStatusResponse = _slot_setters(GetTransactionStatusResponse)
_SET_GetVariablesResponse = _slot_setters(GetVariablesResponse)
_SET_HeartbeatResponse = _slot_setters(HeartbeatResponse)
_SET_InstallCertificateResponse = _slot_setters(InstallCertificateResponse)
_SET_LogStatusNotificationResponse = _slot_setters(LogStatusNotificationResponse)
_SET_MeterValuesResponse = _slot_setters(MeterValuesResponse)
_SET_NotifyChargingLimitResponse = _slot_setters(NotifyChargingLimitResponse)
_SET_NotifyCustomerInformationResponse = _slot_setters(NotifyCustomerInformationResponse)
_SET_NotifyDisplayMessagesResponse = _slot_setters(NotifyDisplayMessagesResponse)
_SET_NotifyEVChargingNeedsResponse = _slot_setters(NotifyEVChargingNeedsResponse)
_SET_NotifyEVChargingScheduleResponse = _slot_setters(NotifyEVChargingScheduleResponse)
_SET_NotifyEventResponse = _slot_setters(NotifyEventResponse)
_SET_NotifyMonitoringReportResponse = _slot_setters(NotifyMonitoringReportResponse)
_SET_NotifyReportResponse = _slot_setters(NotifyReportResponse)
_SET_PublishFirmwareResponse = _slot_setters(PublishFirmwareResponse)
_SET_PublishFirmwareStatusNotificationResponse = _slot_setters(
    PublishFirmwareStatusNotificationResponse
)
_SET_ReportChargingProfilesResponse = _slot_setters(ReportChargingProfilesResponse)
_SET_RequestStartTransactionResponse = _slot_setters(RequestStartTransactionResponse)
_SET_RequestStopTransactionResponse = _slot_setters(RequestStopTransactionResponse)
_SET_ReservationStatusUpdateResponse = _slot_setters(ReservationStatusUpdateResponse)
_SET_ReserveNowResponse = _slot_setters(ReserveNowResponse)
_SET_ResetResponse = _slot_setters(ResetResponse)
_SET_SecurityEventNotificationResponse = _slot_setters(SecurityEventNotificationResponse)
_SET_SendLocalListResponse = _slot_setters(SendLocalListResponse)
_SET_SetChargingProfileResponse = _slot_setters(SetChargingProfileResponse)
_SET_SetDisplayMessageResponse = _slot_setters(SetDisplayMessageResponse)
_SET_SetMonitoringBaseResponse = _slot_setters(SetMonitoringBaseResponse)
_SET_SetMonitoringLevelResponse = _slot_setters(SetMonitoringLevelResponse)
_SET_SetNetworkProfileResponse = _slot_setters(SetNetworkProfileResponse)
_SET_SetVariableMonitoringResponse = _slot_setters(SetVariableMonitoringResponse)
_SET_SetVariablesResponse = _slot_setters(SetVariablesResponse)
_SET_SignCertificateResponse = _slot_setters(SignCertificateResponse)
_SET_StatusNotificationResponse = _slot_setters(StatusNotificationResponse)
_SET_TransactionEventResponse = _slot_setters(TransactionEventResponse)
_SET_TriggerMessageResponse = _slot_setters(TriggerMessageResponse)
_SET_UnlockConnectorResponse = _slot_setters(UnlockConnectorResponse)
_SET_UnpublishFirmwareResponse = _slot_setters(UnpublishFirmwareResponse)
_SET_UpdateFirmwareResponse = _slot_setters(UpdateFirmwareResponse)
_SET_AuthorizeRequest = _slot_setters(AuthorizeRequest)
_SET_BootNotificationRequest = _slot_setters(BootNotificationRequest)
_SET_CancelReservationRequest = _slot_setters(CancelReservationRequest)
_SET_CertificateSignedRequest = _slot_setters(CertificateSignedRequest)
_SET_ChangeAvailabilityRequest = _slot_setters(ChangeAvailabilityRequest)
_SET_ClearCacheRequest = _slot_setters(ClearCacheRequest)
_SET_ClearChargingProfileRequest = _slot_setters(ClearChargingProfileRequest)
_SET_ClearDisplayMessageRequest = _slot_setters(ClearDisplayMessageRequest)
_SET_ClearVariableMonitoringRequest = _slot_setters(ClearVariableMonitoringRequest)
_SET_ClearedChargingLimitRequest = _slot_setters(ClearedChargingLimitRequest)
_SET_CostUpdatedRequest = _slot_setters(CostUpdatedRequest)
_SET_CustomerInformationRequest = _slot_setters(CustomerInformationRequest)
_SET_DataTransferRequest = _slot_setters(DataTransferRequest)
_SET_DeleteCertificateRequest = _slot_setters(DeleteCertificateRequest)
_SET_FirmwareStatusNotificationRequest = _slot_setters(FirmwareStatusNotificationRequest)
_SET_Get15118EVCertificateRequest = _slot_setters(Get15118EVCertificateRequest)
_SET_GetBaseReportRequest = _slot_setters(GetBaseReportRequest)
_SET_GetCertificateStatusRequest = _slot_setters(GetCertificateStatusRequest)
_SET_GetChargingProfilesRequest = _slot_setters(GetChargingProfilesRequest)
_SET_GetCompositeScheduleRequest = _slot_setters(GetCompositeScheduleRequest)
_SET_GetDisplayMessagesRequest = _slot_setters(GetDisplayMessagesRequest)
_SET_GetInstalledCertificateIdsRequest = _slot_setters(GetInstalledCertificateIdsRequest)
_SET_GetLocalListVersionRequest = _slot_setters(GetLocalListVersionRequest)
_SET_GetLogRequest = _slot_setters(GetLogRequest)
_SET_GetMonitoringReportRequest = _slot_setters(GetMonitoringReportRequest)
_SET_GetReportRequest = _slot_setters(GetReportRequest)
_SET_GetTransactionStatusRequest = _slot_setters(GetTransactionStatusRequest)
_SET_GetVariablesRequest = _slot_setters(GetVariablesRequest)
_SET_HeartbeatRequest = _slot_setters(HeartbeatRequest)
_SET_InstallCertificateRequest = _slot_setters(InstallCertificateRequest)
_SET_LogStatusNotificationRequest = _slot_setters(LogStatusNotificationRequest)
_SET_MeterValuesRequest = _slot_setters(MeterValuesRequest)
_SET_NotifyChargingLimitRequest = _slot_setters(NotifyChargingLimitRequest)
_SET_NotifyCustomerInformationRequest = _slot_setters(NotifyCustomerInformationRequest)
_SET_NotifyDisplayMessagesRequest = _slot_setters(NotifyDisplayMessagesRequest)
_SET_NotifyEVChargingNeedsRequest = _slot_setters(NotifyEVChargingNeedsRequest)
_SET_NotifyEVChargingScheduleRequest = _slot_setters(NotifyEVChargingScheduleRequest)
_SET_NotifyEventRequest = _slot_setters(NotifyEventRequest)
_SET_NotifyMonitoringReportRequest = _slot_setters(NotifyMonitoringReportRequest)
_SET_NotifyReportRequest = _slot_setters(NotifyReportRequest)
_SET_PublishFirmwareRequest = _slot_setters(PublishFirmwareRequest)
_SET_PublishFirmwareStatusNotificationRequest = _slot_setters(
    PublishFirmwareStatusNotificationRequest
)
_SET_ReportChargingProfilesRequest = _slot_setters(ReportChargingProfilesRequest)
_SET_RequestStartTransactionRequest = _slot_setters(RequestStartTransactionRequest)
_SET_RequestStopTransactionRequest = _slot_setters(RequestStopTransactionRequest)
_SET_ReservationStatusUpdateRequest = _slot_setters(ReservationStatusUpdateRequest)
_SET_ReserveNowRequest = _slot_setters(ReserveNowRequest)
_SET_ResetRequest = _slot_setters(ResetRequest)
_SET_SecurityEventNotificationRequest = _slot_setters(SecurityEventNotificationRequest)
_SET_SendLocalListRequest = _slot_setters(SendLocalListRequest)
_SET_SetChargingProfileRequest = _slot_setters(SetChargingProfileRequest)
_SET_SetDisplayMessageRequest = _slot_setters(SetDisplayMessageRequest)
_SET_SetMonitoringBaseRequest = _slot_setters(SetMonitoringBaseRequest)
_SET_SetMonitoringLevelRequest = _slot_setters(SetMonitoringLevelRequest)
_SET_SetNetworkProfileRequest = _slot_setters(SetNetworkProfileRequest)
_SET_SetVariableMonitoringRequest = _slot_setters(SetVariableMonitoringRequest)
_SET_SetVariablesRequest = _slot_setters(SetVariablesRequest)
_SET_SignCertificateRequest = _slot_setters(SignCertificateRequest)
_SET_StatusNotificationRequest = _slot_setters(StatusNotificationRequest)
_SET_TransactionEventRequest = _slot_setters(TransactionEventRequest)
_SET_TriggerMessageRequest = _slot_setters(TriggerMessageRequest)
_SET_UnlockConnectorRequest = _slot_setters(UnlockConnectorRequest)
_SET_UnpublishFirmwareRequest = _slot_setters(UnpublishFirmwareRequest)
_SET_UpdateFirmwareRequest = _slot_setters(UpdateFirmwareRequest)
_KEYS_CustomData = frozenset({"vendorId"})
_KEYS_ChargingProfileCriterion = frozenset(
    {
        "customData",
        "chargingProfilePurpose",
        "stackLevel",
        "chargingProfileId",
        "chargingLimitSource",
    }
)


def _to_wire_CustomData(o: CustomData) -> dict[str, Any]:
    d: dict[str, Any] = {"vendorId": o.vendor_id}
    if o.extra:
        d = {**o.extra, **d}
    return d


def _from_wire_CustomData(d: dict[str, Any]) -> CustomData:
    s0, s1 = _SET_CustomData
    o = _new(CustomData)
    s0(o, d["vendorId"])
    s1(
        o,
        (
            {}
            if d.keys() <= _KEYS_CustomData
            else {k: v for k, v in d.items() if k not in _KEYS_CustomData}
        ),
    )
    return o


def _to_wire_ACChargingParameters(o: ACChargingParameters) -> dict[str, Any]:
    d: dict[str, Any] = {
        "energyAmount": o.energy_amount,
        "evMinCurrent": o.ev_min_current,
        "evMaxCurrent": o.ev_max_current,
        "evMaxVoltage": o.ev_max_voltage,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ACChargingParameters(d: dict[str, Any]) -> ACChargingParameters:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_ACChargingParameters
    o = _new(ACChargingParameters)
    s0(o, d["energyAmount"])
    s1(o, d["evMinCurrent"])
    s2(o, d["evMaxCurrent"])
    s3(o, d["evMaxVoltage"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_APN(o: APN) -> dict[str, Any]:
    d: dict[str, Any] = {"apn": o.apn, "apnAuthentication": o.apn_authentication._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.apn_user_name is not None:
        d["apnUserName"] = o.apn_user_name
    if o.apn_password is not None:
        d["apnPassword"] = o.apn_password
    if o.sim_pin is not None:
        d["simPin"] = o.sim_pin
    if o.preferred_network is not None:
        d["preferredNetwork"] = o.preferred_network
    if o.use_only_preferred_network is not None:
        d["useOnlyPreferredNetwork"] = o.use_only_preferred_network
    return d


def _from_wire_APN(d: dict[str, Any]) -> APN:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_APN
    o = _new(APN)
    s0(o, d["apn"])
    s1(o, _E_APNAuthenticationEnum[d["apnAuthentication"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("apnUserName"))
    s4(o, g("apnPassword"))
    s5(o, g("simPin"))
    s6(o, g("preferredNetwork"))
    s7(o, g("useOnlyPreferredNetwork"))
    return o


def _to_wire_AdditionalInfo(o: AdditionalInfo) -> dict[str, Any]:
    d: dict[str, Any] = {"additionalIdToken": o.additional_id_token, "type": o.type_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AdditionalInfo(d: dict[str, Any]) -> AdditionalInfo:
    g = d.get
    s0, s1, s2 = _SET_AdditionalInfo
    o = _new(AdditionalInfo)
    s0(o, d["additionalIdToken"])
    s1(o, d["type"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_IdToken(o: IdToken) -> dict[str, Any]:
    d: dict[str, Any] = {"idToken": o.id_token, "type": o.type_._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.additional_info is not None:
        d["additionalInfo"] = [_to_wire_AdditionalInfo(x) for x in o.additional_info]
    return d


def _from_wire_IdToken(d: dict[str, Any]) -> IdToken:
    g = d.get
    s0, s1, s2, s3 = _SET_IdToken
    o = _new(IdToken)
    s0(o, d["idToken"])
    s1(o, _E_IdTokenEnum[d["type"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, None if (v := g("additionalInfo")) is None else [_from_wire_AdditionalInfo(x) for x in v])
    return o


def _to_wire_MessageContent(o: MessageContent) -> dict[str, Any]:
    d: dict[str, Any] = {"format": o.format_._value_, "content": o.content}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.language is not None:
        d["language"] = o.language
    return d


def _from_wire_MessageContent(d: dict[str, Any]) -> MessageContent:
    g = d.get
    s0, s1, s2, s3 = _SET_MessageContent
    o = _new(MessageContent)
    s0(o, _E_MessageFormatEnum[d["format"]])
    s1(o, d["content"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("language"))
    return o


def _to_wire_IdTokenInfo(o: IdTokenInfo) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.cache_expiry_date_time is not None:
        d["cacheExpiryDateTime"] = _format_datetime(o.cache_expiry_date_time)
    if o.charging_priority is not None:
        d["chargingPriority"] = o.charging_priority
    if o.language1 is not None:
        d["language1"] = o.language1
    if o.evse_id is not None:
        d["evseId"] = list(o.evse_id)
    if o.group_id_token is not None:
        d["groupIdToken"] = _to_wire_IdToken(o.group_id_token)
    if o.language2 is not None:
        d["language2"] = o.language2
    if o.personal_message is not None:
        d["personalMessage"] = _to_wire_MessageContent(o.personal_message)
    return d


def _from_wire_IdTokenInfo(d: dict[str, Any]) -> IdTokenInfo:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_IdTokenInfo
    o = _new(IdTokenInfo)
    s0(o, _E_AuthorizationStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("cacheExpiryDateTime")) is None else _parse_datetime(v))
    s3(o, g("chargingPriority"))
    s4(o, g("language1"))
    s5(o, None if (v := g("evseId")) is None else list(v))
    s6(o, None if (v := g("groupIdToken")) is None else _from_wire_IdToken(v))
    s7(o, g("language2"))
    s8(o, None if (v := g("personalMessage")) is None else _from_wire_MessageContent(v))
    return o


def _to_wire_AuthorizationData(o: AuthorizationData) -> dict[str, Any]:
    d: dict[str, Any] = {"idToken": _to_wire_IdToken(o.id_token)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.id_token_info is not None:
        d["idTokenInfo"] = _to_wire_IdTokenInfo(o.id_token_info)
    return d


def _from_wire_AuthorizationData(d: dict[str, Any]) -> AuthorizationData:
    g = d.get
    s0, s1, s2 = _SET_AuthorizationData
    o = _new(AuthorizationData)
    s0(o, _from_wire_IdToken(d["idToken"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("idTokenInfo")) is None else _from_wire_IdTokenInfo(v))
    return o


def _to_wire_CertificateHashData(o: CertificateHashData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "hashAlgorithm": o.hash_algorithm._value_,
        "issuerNameHash": o.issuer_name_hash,
        "issuerKeyHash": o.issuer_key_hash,
        "serialNumber": o.serial_number,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CertificateHashData(d: dict[str, Any]) -> CertificateHashData:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_CertificateHashData
    o = _new(CertificateHashData)
    s0(o, _E_HashAlgorithmEnum[d["hashAlgorithm"]])
    s1(o, d["issuerNameHash"])
    s2(o, d["issuerKeyHash"])
    s3(o, d["serialNumber"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CertificateHashDataChain(o: CertificateHashDataChain) -> dict[str, Any]:
    d: dict[str, Any] = {
        "certificateHashData": _to_wire_CertificateHashData(o.certificate_hash_data),
        "certificateType": o.certificate_type._value_,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.child_certificate_hash_data is not None:
        d["childCertificateHashData"] = [
            _to_wire_CertificateHashData(x) for x in o.child_certificate_hash_data
        ]
    return d


def _from_wire_CertificateHashDataChain(d: dict[str, Any]) -> CertificateHashDataChain:
    g = d.get
    s0, s1, s2, s3 = _SET_CertificateHashDataChain
    o = _new(CertificateHashDataChain)
    s0(o, _from_wire_CertificateHashData(d["certificateHashData"]))
    s1(o, _E_GetCertificateIdUseEnum[d["certificateType"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(
        o,
        (
            None
            if (v := g("childCertificateHashData")) is None
            else [_from_wire_CertificateHashData(x) for x in v]
        ),
    )
    return o


def _to_wire_ChargingLimit(o: ChargingLimit) -> dict[str, Any]:
    d: dict[str, Any] = {"chargingLimitSource": o.charging_limit_source._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.is_grid_critical is not None:
        d["isGridCritical"] = o.is_grid_critical
    return d


def _from_wire_ChargingLimit(d: dict[str, Any]) -> ChargingLimit:
    g = d.get
    s0, s1, s2 = _SET_ChargingLimit
    o = _new(ChargingLimit)
    s0(o, _E_ChargingLimitSourceEnum[d["chargingLimitSource"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("isGridCritical"))
    return o


def _to_wire_DCChargingParameters(o: DCChargingParameters) -> dict[str, Any]:
    d: dict[str, Any] = {"evMaxCurrent": o.ev_max_current, "evMaxVoltage": o.ev_max_voltage}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.energy_amount is not None:
        d["energyAmount"] = o.energy_amount
    if o.ev_max_power is not None:
        d["evMaxPower"] = o.ev_max_power
    if o.state_of_charge is not None:
        d["stateOfCharge"] = o.state_of_charge
    if o.ev_energy_capacity is not None:
        d["evEnergyCapacity"] = o.ev_energy_capacity
    if o.full_soc is not None:
        d["fullSoC"] = o.full_soc
    if o.bulk_soc is not None:
        d["bulkSoC"] = o.bulk_soc
    return d


def _from_wire_DCChargingParameters(d: dict[str, Any]) -> DCChargingParameters:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_DCChargingParameters
    o = _new(DCChargingParameters)
    s0(o, d["evMaxCurrent"])
    s1(o, d["evMaxVoltage"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("energyAmount"))
    s4(o, g("evMaxPower"))
    s5(o, g("stateOfCharge"))
    s6(o, g("evEnergyCapacity"))
    s7(o, g("fullSoC"))
    s8(o, g("bulkSoC"))
    return o


def _to_wire_ChargingNeeds(o: ChargingNeeds) -> dict[str, Any]:
    d: dict[str, Any] = {"requestedEnergyTransfer": o.requested_energy_transfer._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.ac_charging_parameters is not None:
        d["acChargingParameters"] = _to_wire_ACChargingParameters(o.ac_charging_parameters)
    if o.dc_charging_parameters is not None:
        d["dcChargingParameters"] = _to_wire_DCChargingParameters(o.dc_charging_parameters)
    if o.departure_time is not None:
        d["departureTime"] = _format_datetime(o.departure_time)
    return d


def _from_wire_ChargingNeeds(d: dict[str, Any]) -> ChargingNeeds:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_ChargingNeeds
    o = _new(ChargingNeeds)
    s0(o, _E_EnergyTransferModeEnum[d["requestedEnergyTransfer"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("acChargingParameters")) is None else _from_wire_ACChargingParameters(v))
    s3(o, None if (v := g("dcChargingParameters")) is None else _from_wire_DCChargingParameters(v))
    s4(o, None if (v := g("departureTime")) is None else _parse_datetime(v))
    return o


def _to_wire_ChargingSchedulePeriod(o: ChargingSchedulePeriod) -> dict[str, Any]:
    d: dict[str, Any] = {"startPeriod": o.start_period, "limit": o.limit}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.number_phases is not None:
        d["numberPhases"] = o.number_phases
    if o.phase_to_use is not None:
        d["phaseToUse"] = o.phase_to_use
    return d


def _from_wire_ChargingSchedulePeriod(d: dict[str, Any]) -> ChargingSchedulePeriod:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_ChargingSchedulePeriod
    o = _new(ChargingSchedulePeriod)
    s0(o, d["startPeriod"])
    s1(o, d["limit"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("numberPhases"))
    s4(o, g("phaseToUse"))
    return o


def _to_wire_RelativeTimeInterval(o: RelativeTimeInterval) -> dict[str, Any]:
    d: dict[str, Any] = {"start": o.start}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.duration is not None:
        d["duration"] = o.duration
    return d


def _from_wire_RelativeTimeInterval(d: dict[str, Any]) -> RelativeTimeInterval:
    g = d.get
    s0, s1, s2 = _SET_RelativeTimeInterval
    o = _new(RelativeTimeInterval)
    s0(o, d["start"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("duration"))
    return o


def _to_wire_Cost(o: Cost) -> dict[str, Any]:
    d: dict[str, Any] = {"costKind": o.cost_kind._value_, "amount": o.amount}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.amount_multiplier is not None:
        d["amountMultiplier"] = o.amount_multiplier
    return d


def _from_wire_Cost(d: dict[str, Any]) -> Cost:
    g = d.get
    s0, s1, s2, s3 = _SET_Cost
    o = _new(Cost)
    s0(o, _E_CostKindEnum[d["costKind"]])
    s1(o, d["amount"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("amountMultiplier"))
    return o


def _to_wire_ConsumptionCost(o: ConsumptionCost) -> dict[str, Any]:
    d: dict[str, Any] = {"startValue": o.start_value, "cost": [_to_wire_Cost(x) for x in o.cost]}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ConsumptionCost(d: dict[str, Any]) -> ConsumptionCost:
    g = d.get
    s0, s1, s2 = _SET_ConsumptionCost
    o = _new(ConsumptionCost)
    s0(o, d["startValue"])
    s1(o, [_from_wire_Cost(x) for x in d["cost"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SalesTariffEntry(o: SalesTariffEntry) -> dict[str, Any]:
    d: dict[str, Any] = {
        "relativeTimeInterval": _to_wire_RelativeTimeInterval(o.relative_time_interval),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.e_price_level is not None:
        d["ePriceLevel"] = o.e_price_level
    if o.consumption_cost is not None:
        d["consumptionCost"] = [_to_wire_ConsumptionCost(x) for x in o.consumption_cost]
    return d


def _from_wire_SalesTariffEntry(d: dict[str, Any]) -> SalesTariffEntry:
    g = d.get
    s0, s1, s2, s3 = _SET_SalesTariffEntry
    o = _new(SalesTariffEntry)
    s0(o, _from_wire_RelativeTimeInterval(d["relativeTimeInterval"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("ePriceLevel"))
    s3(
        o,
        None if (v := g("consumptionCost")) is None else [_from_wire_ConsumptionCost(x) for x in v],
    )
    return o


def _to_wire_SalesTariff(o: SalesTariff) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "salesTariffEntry": [_to_wire_SalesTariffEntry(x) for x in o.sales_tariff_entry],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.sales_tariff_description is not None:
        d["salesTariffDescription"] = o.sales_tariff_description
    if o.num_e_price_levels is not None:
        d["numEPriceLevels"] = o.num_e_price_levels
    return d


def _from_wire_SalesTariff(d: dict[str, Any]) -> SalesTariff:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_SalesTariff
    o = _new(SalesTariff)
    s0(o, d["id"])
    s1(o, [_from_wire_SalesTariffEntry(x) for x in d["salesTariffEntry"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("salesTariffDescription"))
    s4(o, g("numEPriceLevels"))
    return o


def _to_wire_ChargingSchedule(o: ChargingSchedule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "chargingRateUnit": o.charging_rate_unit._value_,
        "chargingSchedulePeriod": [
            _to_wire_ChargingSchedulePeriod(x) for x in o.charging_schedule_period
        ],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.start_schedule is not None:
        d["startSchedule"] = _format_datetime(o.start_schedule)
    if o.duration is not None:
        d["duration"] = o.duration
    if o.min_charging_rate is not None:
        d["minChargingRate"] = o.min_charging_rate
    if o.sales_tariff is not None:
        d["salesTariff"] = _to_wire_SalesTariff(o.sales_tariff)
    return d


def _from_wire_ChargingSchedule(d: dict[str, Any]) -> ChargingSchedule:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_ChargingSchedule
    o = _new(ChargingSchedule)
    s0(o, d["id"])
    s1(o, _E_ChargingRateUnitEnum[d["chargingRateUnit"]])
    s2(o, [_from_wire_ChargingSchedulePeriod(x) for x in d["chargingSchedulePeriod"]])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("startSchedule")) is None else _parse_datetime(v))
    s5(o, g("duration"))
    s6(o, g("minChargingRate"))
    s7(o, None if (v := g("salesTariff")) is None else _from_wire_SalesTariff(v))
    return o


def _to_wire_ChargingProfile(o: ChargingProfile) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "stackLevel": o.stack_level,
        "chargingProfilePurpose": o.charging_profile_purpose._value_,
        "chargingProfileKind": o.charging_profile_kind._value_,
        "chargingSchedule": [_to_wire_ChargingSchedule(x) for x in o.charging_schedule],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.recurrency_kind is not None:
        d["recurrencyKind"] = o.recurrency_kind._value_
    if o.valid_from is not None:
        d["validFrom"] = _format_datetime(o.valid_from)
    if o.valid_to is not None:
        d["validTo"] = _format_datetime(o.valid_to)
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    return d


def _from_wire_ChargingProfile(d: dict[str, Any]) -> ChargingProfile:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = _SET_ChargingProfile
    o = _new(ChargingProfile)
    s0(o, d["id"])
    s1(o, d["stackLevel"])
    s2(o, _E_ChargingProfilePurposeEnum[d["chargingProfilePurpose"]])
    s3(o, _E_ChargingProfileKindEnum[d["chargingProfileKind"]])
    s4(o, [_from_wire_ChargingSchedule(x) for x in d["chargingSchedule"]])
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s6(o, None if (v := g("recurrencyKind")) is None else _E_RecurrencyKindEnum[v])
    s7(o, None if (v := g("validFrom")) is None else _parse_datetime(v))
    s8(o, None if (v := g("validTo")) is None else _parse_datetime(v))
    s9(o, g("transactionId"))
    return o


def _to_wire_ChargingProfileCriterion(o: ChargingProfileCriterion) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.charging_profile_purpose is not None:
        d["chargingProfilePurpose"] = o.charging_profile_purpose._value_
    if o.stack_level is not None:
        d["stackLevel"] = o.stack_level
    if o.charging_profile_id is not None:
        d["chargingProfileId"] = list(o.charging_profile_id)
    if o.charging_limit_source is not None:
        d["chargingLimitSource"] = [x._value_ for x in o.charging_limit_source]
    if o.extra:
        d = {**o.extra, **d}
    return d


def _from_wire_ChargingProfileCriterion(d: dict[str, Any]) -> ChargingProfileCriterion:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_ChargingProfileCriterion
    o = _new(ChargingProfileCriterion)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s1(o, None if (v := g("chargingProfilePurpose")) is None else _E_ChargingProfilePurposeEnum[v])
    s2(o, g("stackLevel"))
    s3(o, None if (v := g("chargingProfileId")) is None else list(v))
    s4(
        o,
        (
            None
            if (v := g("chargingLimitSource")) is None
            else [_E_ChargingLimitSourceEnum[x] for x in v]
        ),
    )
    s5(
        o,
        (
            {}
            if d.keys() <= _KEYS_ChargingProfileCriterion
            else {k: v for k, v in d.items() if k not in _KEYS_ChargingProfileCriterion}
        ),
    )
    return o


def _to_wire_Modem(o: Modem) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.iccid is not None:
        d["iccid"] = o.iccid
    if o.imsi is not None:
        d["imsi"] = o.imsi
    return d


def _from_wire_Modem(d: dict[str, Any]) -> Modem:
    g = d.get
    s0, s1, s2 = _SET_Modem
    o = _new(Modem)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s1(o, g("iccid"))
    s2(o, g("imsi"))
    return o


def _to_wire_ChargingStation(o: ChargingStation) -> dict[str, Any]:
    d: dict[str, Any] = {"model": o.model, "vendorName": o.vendor_name}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.serial_number is not None:
        d["serialNumber"] = o.serial_number
    if o.modem is not None:
        d["modem"] = _to_wire_Modem(o.modem)
    if o.firmware_version is not None:
        d["firmwareVersion"] = o.firmware_version
    return d


def _from_wire_ChargingStation(d: dict[str, Any]) -> ChargingStation:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_ChargingStation
    o = _new(ChargingStation)
    s0(o, d["model"])
    s1(o, d["vendorName"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("serialNumber"))
    s4(o, None if (v := g("modem")) is None else _from_wire_Modem(v))
    s5(o, g("firmwareVersion"))
    return o


def _to_wire_ClearChargingProfile(o: ClearChargingProfile) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.charging_profile_purpose is not None:
        d["chargingProfilePurpose"] = o.charging_profile_purpose._value_
    if o.stack_level is not None:
        d["stackLevel"] = o.stack_level
    return d


def _from_wire_ClearChargingProfile(d: dict[str, Any]) -> ClearChargingProfile:
    g = d.get
    s0, s1, s2, s3 = _SET_ClearChargingProfile
    o = _new(ClearChargingProfile)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s1(o, g("evseId"))
    s2(o, None if (v := g("chargingProfilePurpose")) is None else _E_ChargingProfilePurposeEnum[v])
    s3(o, g("stackLevel"))
    return o


def _to_wire_StatusInfo(o: StatusInfo) -> dict[str, Any]:
    d: dict[str, Any] = {"reasonCode": o.reason_code}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.additional_info is not None:
        d["additionalInfo"] = o.additional_info
    return d


def _from_wire_StatusInfo(d: dict[str, Any]) -> StatusInfo:
    g = d.get
    s0, s1, s2 = _SET_StatusInfo
    o = _new(StatusInfo)
    s0(o, d["reasonCode"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("additionalInfo"))
    return o


def _to_wire_ClearMonitoringResult(o: ClearMonitoringResult) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_, "id": o.id_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_ClearMonitoringResult(d: dict[str, Any]) -> ClearMonitoringResult:
    g = d.get
    s0, s1, s2, s3 = _SET_ClearMonitoringResult
    o = _new(ClearMonitoringResult)
    s0(o, _E_ClearMonitoringStatusEnum[d["status"]])
    s1(o, d["id"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_EVSE(o: EVSE) -> dict[str, Any]:
    d: dict[str, Any] = {"id": o.id_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.connector_id is not None:
        d["connectorId"] = o.connector_id
    return d


def _from_wire_EVSE(d: dict[str, Any]) -> EVSE:
    g = d.get
    s0, s1, s2 = _SET_EVSE
    o = _new(EVSE)
    s0(o, d["id"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("connectorId"))
    return o


def _to_wire_Component(o: Component) -> dict[str, Any]:
    d: dict[str, Any] = {"name": o.name}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.evse is not None:
        d["evse"] = _to_wire_EVSE(o.evse)
    if o.instance is not None:
        d["instance"] = o.instance
    return d


def _from_wire_Component(d: dict[str, Any]) -> Component:
    g = d.get
    s0, s1, s2, s3 = _SET_Component
    o = _new(Component)
    s0(o, d["name"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("evse")) is None else _from_wire_EVSE(v))
    s3(o, g("instance"))
    return o


def _to_wire_Variable(o: Variable) -> dict[str, Any]:
    d: dict[str, Any] = {"name": o.name}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.instance is not None:
        d["instance"] = o.instance
    return d


def _from_wire_Variable(d: dict[str, Any]) -> Variable:
    g = d.get
    s0, s1, s2 = _SET_Variable
    o = _new(Variable)
    s0(o, d["name"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("instance"))
    return o


def _to_wire_ComponentVariable(o: ComponentVariable) -> dict[str, Any]:
    d: dict[str, Any] = {"component": _to_wire_Component(o.component)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.variable is not None:
        d["variable"] = _to_wire_Variable(o.variable)
    return d


def _from_wire_ComponentVariable(d: dict[str, Any]) -> ComponentVariable:
    g = d.get
    s0, s1, s2 = _SET_ComponentVariable
    o = _new(ComponentVariable)
    s0(o, _from_wire_Component(d["component"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("variable")) is None else _from_wire_Variable(v))
    return o


def _to_wire_CompositeSchedule(o: CompositeSchedule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "chargingSchedulePeriod": [
            _to_wire_ChargingSchedulePeriod(x) for x in o.charging_schedule_period
        ],
        "evseId": o.evse_id,
        "duration": o.duration,
        "scheduleStart": _format_datetime(o.schedule_start),
        "chargingRateUnit": o.charging_rate_unit._value_,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CompositeSchedule(d: dict[str, Any]) -> CompositeSchedule:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_CompositeSchedule
    o = _new(CompositeSchedule)
    s0(o, [_from_wire_ChargingSchedulePeriod(x) for x in d["chargingSchedulePeriod"]])
    s1(o, d["evseId"])
    s2(o, d["duration"])
    s3(o, _parse_datetime(d["scheduleStart"]))
    s4(o, _E_ChargingRateUnitEnum[d["chargingRateUnit"]])
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EventData(o: EventData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "eventId": o.event_id,
        "timestamp": _format_datetime(o.timestamp),
        "trigger": o.trigger._value_,
        "actualValue": o.actual_value,
        "component": _to_wire_Component(o.component),
        "eventNotificationType": o.event_notification_type._value_,
        "variable": _to_wire_Variable(o.variable),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.cause is not None:
        d["cause"] = o.cause
    if o.tech_code is not None:
        d["techCode"] = o.tech_code
    if o.tech_info is not None:
        d["techInfo"] = o.tech_info
    if o.cleared is not None:
        d["cleared"] = o.cleared
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    if o.variable_monitoring_id is not None:
        d["variableMonitoringId"] = o.variable_monitoring_id
    return d


def _from_wire_EventData(d: dict[str, Any]) -> EventData:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13 = _SET_EventData
    o = _new(EventData)
    s0(o, d["eventId"])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, _E_EventTriggerEnum[d["trigger"]])
    s3(o, d["actualValue"])
    s4(o, _from_wire_Component(d["component"]))
    s5(o, _E_EventNotificationEnum[d["eventNotificationType"]])
    s6(o, _from_wire_Variable(d["variable"]))
    s7(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s8(o, g("cause"))
    s9(o, g("techCode"))
    s10(o, g("techInfo"))
    s11(o, g("cleared"))
    s12(o, g("transactionId"))
    s13(o, g("variableMonitoringId"))
    return o


def _to_wire_Firmware(o: Firmware) -> dict[str, Any]:
    d: dict[str, Any] = {
        "location": o.location,
        "retrieveDateTime": _format_datetime(o.retrieve_date_time),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.install_date_time is not None:
        d["installDateTime"] = _format_datetime(o.install_date_time)
    if o.signing_certificate is not None:
        d["signingCertificate"] = o.signing_certificate
    if o.signature is not None:
        d["signature"] = o.signature
    return d


def _from_wire_Firmware(d: dict[str, Any]) -> Firmware:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_Firmware
    o = _new(Firmware)
    s0(o, d["location"])
    s1(o, _parse_datetime(d["retrieveDateTime"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, None if (v := g("installDateTime")) is None else _parse_datetime(v))
    s4(o, g("signingCertificate"))
    s5(o, g("signature"))
    return o


def _to_wire_GetVariableData(o: GetVariableData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.attribute_type is not None:
        d["attributeType"] = o.attribute_type._value_
    return d


def _from_wire_GetVariableData(d: dict[str, Any]) -> GetVariableData:
    g = d.get
    s0, s1, s2, s3 = _SET_GetVariableData
    o = _new(GetVariableData)
    s0(o, _from_wire_Component(d["component"]))
    s1(o, _from_wire_Variable(d["variable"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, None if (v := g("attributeType")) is None else _E_AttributeEnum[v])
    return o


def _to_wire_GetVariableResult(o: GetVariableResult) -> dict[str, Any]:
    d: dict[str, Any] = {
        "attributeStatus": o.attribute_status._value_,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.attribute_status_info is not None:
        d["attributeStatusInfo"] = _to_wire_StatusInfo(o.attribute_status_info)
    if o.attribute_type is not None:
        d["attributeType"] = o.attribute_type._value_
    if o.attribute_value is not None:
        d["attributeValue"] = o.attribute_value
    return d


def _from_wire_GetVariableResult(d: dict[str, Any]) -> GetVariableResult:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_GetVariableResult
    o = _new(GetVariableResult)
    s0(o, _E_GetVariableStatusEnum[d["attributeStatus"]])
    s1(o, _from_wire_Component(d["component"]))
    s2(o, _from_wire_Variable(d["variable"]))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("attributeStatusInfo")) is None else _from_wire_StatusInfo(v))
    s5(o, None if (v := g("attributeType")) is None else _E_AttributeEnum[v])
    s6(o, g("attributeValue"))
    return o


def _to_wire_LogParameters(o: LogParameters) -> dict[str, Any]:
    d: dict[str, Any] = {"remoteLocation": o.remote_location}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.oldest_timestamp is not None:
        d["oldestTimestamp"] = _format_datetime(o.oldest_timestamp)
    if o.latest_timestamp is not None:
        d["latestTimestamp"] = _format_datetime(o.latest_timestamp)
    return d


def _from_wire_LogParameters(d: dict[str, Any]) -> LogParameters:
    g = d.get
    s0, s1, s2, s3 = _SET_LogParameters
    o = _new(LogParameters)
    s0(o, d["remoteLocation"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("oldestTimestamp")) is None else _parse_datetime(v))
    s3(o, None if (v := g("latestTimestamp")) is None else _parse_datetime(v))
    return o


def _to_wire_MessageInfo(o: MessageInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "priority": o.priority._value_,
        "message": _to_wire_MessageContent(o.message),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.display is not None:
        d["display"] = _to_wire_Component(o.display)
    if o.state is not None:
        d["state"] = o.state._value_
    if o.start_date_time is not None:
        d["startDateTime"] = _format_datetime(o.start_date_time)
    if o.end_date_time is not None:
        d["endDateTime"] = _format_datetime(o.end_date_time)
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    return d


def _from_wire_MessageInfo(d: dict[str, Any]) -> MessageInfo:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_MessageInfo
    o = _new(MessageInfo)
    s0(o, d["id"])
    s1(o, _E_MessagePriorityEnum[d["priority"]])
    s2(o, _from_wire_MessageContent(d["message"]))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("display")) is None else _from_wire_Component(v))
    s5(o, None if (v := g("state")) is None else _E_MessageStateEnum[v])
    s6(o, None if (v := g("startDateTime")) is None else _parse_datetime(v))
    s7(o, None if (v := g("endDateTime")) is None else _parse_datetime(v))
    s8(o, g("transactionId"))
    return o


def _to_wire_SignedMeterValue(o: SignedMeterValue) -> dict[str, Any]:
    d: dict[str, Any] = {
        "signedMeterData": o.signed_meter_data,
        "signingMethod": o.signing_method,
        "encodingMethod": o.encoding_method,
        "publicKey": o.public_key,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SignedMeterValue(d: dict[str, Any]) -> SignedMeterValue:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_SignedMeterValue
    o = _new(SignedMeterValue)
    s0(o, d["signedMeterData"])
    s1(o, d["signingMethod"])
    s2(o, d["encodingMethod"])
    s3(o, d["publicKey"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UnitOfMeasure(o: UnitOfMeasure) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.unit is not None:
        d["unit"] = o.unit
    if o.multiplier is not None:
        d["multiplier"] = o.multiplier
    return d


def _from_wire_UnitOfMeasure(d: dict[str, Any]) -> UnitOfMeasure:
    g = d.get
    s0, s1, s2 = _SET_UnitOfMeasure
    o = _new(UnitOfMeasure)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s1(o, g("unit"))
    s2(o, g("multiplier"))
    return o


def _to_wire_SampledValue(o: SampledValue) -> dict[str, Any]:
    d: dict[str, Any] = {"value": o.value}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.context is not None:
        d["context"] = o.context._value_
    if o.measurand is not None:
        d["measurand"] = o.measurand._value_
    if o.phase is not None:
        d["phase"] = o.phase._value_
    if o.location is not None:
        d["location"] = o.location._value_
    if o.signed_meter_value is not None:
        d["signedMeterValue"] = _to_wire_SignedMeterValue(o.signed_meter_value)
    if o.unit_of_measure is not None:
        d["unitOfMeasure"] = _to_wire_UnitOfMeasure(o.unit_of_measure)
    return d


def _from_wire_SampledValue(d: dict[str, Any]) -> SampledValue:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_SampledValue
    o = _new(SampledValue)
    s0(o, d["value"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("context")) is None else _E_ReadingContextEnum[v])
    s3(o, None if (v := g("measurand")) is None else _E_MeasurandEnum[v])
    s4(o, None if (v := g("phase")) is None else _E_PhaseEnum[v])
    s5(o, None if (v := g("location")) is None else _E_LocationEnum[v])
    s6(o, None if (v := g("signedMeterValue")) is None else _from_wire_SignedMeterValue(v))
    s7(o, None if (v := g("unitOfMeasure")) is None else _from_wire_UnitOfMeasure(v))
    return o


def _to_wire_MeterValue(o: MeterValue) -> dict[str, Any]:
    d: dict[str, Any] = {
        "sampledValue": [_to_wire_SampledValue(x) for x in o.sampled_value],
        "timestamp": _format_datetime(o.timestamp),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_MeterValue(d: dict[str, Any]) -> MeterValue:
    g = d.get
    s0, s1, s2 = _SET_MeterValue
    o = _new(MeterValue)
    s0(o, [_from_wire_SampledValue(x) for x in d["sampledValue"]])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_VariableMonitoring(o: VariableMonitoring) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "transaction": o.transaction,
        "value": o.value,
        "type": o.type_._value_,
        "severity": o.severity,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_VariableMonitoring(d: dict[str, Any]) -> VariableMonitoring:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_VariableMonitoring
    o = _new(VariableMonitoring)
    s0(o, d["id"])
    s1(o, d["transaction"])
    s2(o, d["value"])
    s3(o, _E_MonitorEnum[d["type"]])
    s4(o, d["severity"])
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_MonitoringData(o: MonitoringData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
        "variableMonitoring": [_to_wire_VariableMonitoring(x) for x in o.variable_monitoring],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_MonitoringData(d: dict[str, Any]) -> MonitoringData:
    g = d.get
    s0, s1, s2, s3 = _SET_MonitoringData
    o = _new(MonitoringData)
    s0(o, _from_wire_Component(d["component"]))
    s1(o, _from_wire_Variable(d["variable"]))
    s2(o, [_from_wire_VariableMonitoring(x) for x in d["variableMonitoring"]])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_VPN(o: VPN) -> dict[str, Any]:
    d: dict[str, Any] = {
        "server": o.server,
        "user": o.user,
        "password": o.password,
        "key": o.key,
        "type": o.type_._value_,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.group is not None:
        d["group"] = o.group
    return d


def _from_wire_VPN(d: dict[str, Any]) -> VPN:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_VPN
    o = _new(VPN)
    s0(o, d["server"])
    s1(o, d["user"])
    s2(o, d["password"])
    s3(o, d["key"])
    s4(o, _E_VPNEnum[d["type"]])
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s6(o, g("group"))
    return o


def _to_wire_NetworkConnectionProfile(o: NetworkConnectionProfile) -> dict[str, Any]:
    d: dict[str, Any] = {
        "ocppVersion": o.ocpp_version._value_,
        "ocppTransport": o.ocpp_transport._value_,
        "ocppCsmsUrl": o.ocpp_csms_url,
        "messageTimeout": o.message_timeout,
        "securityProfile": o.security_profile,
        "ocppInterface": o.ocpp_interface._value_,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.apn is not None:
        d["apn"] = _to_wire_APN(o.apn)
    if o.vpn is not None:
        d["vpn"] = _to_wire_VPN(o.vpn)
    return d


def _from_wire_NetworkConnectionProfile(d: dict[str, Any]) -> NetworkConnectionProfile:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_NetworkConnectionProfile
    o = _new(NetworkConnectionProfile)
    s0(o, _E_OCPPVersionEnum[d["ocppVersion"]])
    s1(o, _E_OCPPTransportEnum[d["ocppTransport"]])
    s2(o, d["ocppCsmsUrl"])
    s3(o, d["messageTimeout"])
    s4(o, d["securityProfile"])
    s5(o, _E_OCPPInterfaceEnum[d["ocppInterface"]])
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s7(o, None if (v := g("apn")) is None else _from_wire_APN(v))
    s8(o, None if (v := g("vpn")) is None else _from_wire_VPN(v))
    return o


def _to_wire_OCSPRequestData(o: OCSPRequestData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "hashAlgorithm": o.hash_algorithm._value_,
        "issuerNameHash": o.issuer_name_hash,
        "issuerKeyHash": o.issuer_key_hash,
        "serialNumber": o.serial_number,
        "responderURL": o.responder_url,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_OCSPRequestData(d: dict[str, Any]) -> OCSPRequestData:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_OCSPRequestData
    o = _new(OCSPRequestData)
    s0(o, _E_HashAlgorithmEnum[d["hashAlgorithm"]])
    s1(o, d["issuerNameHash"])
    s2(o, d["issuerKeyHash"])
    s3(o, d["serialNumber"])
    s4(o, d["responderURL"])
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_VariableAttribute(o: VariableAttribute) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.type_ is not None:
        d["type"] = o.type_._value_
    if o.value is not None:
        d["value"] = o.value
    if o.mutability is not None:
        d["mutability"] = o.mutability._value_
    if o.persistent is not None:
        d["persistent"] = o.persistent
    if o.constant is not None:
        d["constant"] = o.constant
    return d


def _from_wire_VariableAttribute(d: dict[str, Any]) -> VariableAttribute:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_VariableAttribute
    o = _new(VariableAttribute)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s1(o, None if (v := g("type")) is None else _E_AttributeEnum[v])
    s2(o, g("value"))
    s3(o, None if (v := g("mutability")) is None else _E_MutabilityEnum[v])
    s4(o, g("persistent"))
    s5(o, g("constant"))
    return o


def _to_wire_VariableCharacteristics(o: VariableCharacteristics) -> dict[str, Any]:
    d: dict[str, Any] = {
        "dataType": o.data_type._value_,
        "supportsMonitoring": o.supports_monitoring,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.unit is not None:
        d["unit"] = o.unit
    if o.min_limit is not None:
        d["minLimit"] = o.min_limit
    if o.max_limit is not None:
        d["maxLimit"] = o.max_limit
    if o.values_list is not None:
        d["valuesList"] = o.values_list
    return d


def _from_wire_VariableCharacteristics(d: dict[str, Any]) -> VariableCharacteristics:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_VariableCharacteristics
    o = _new(VariableCharacteristics)
    s0(o, _E_DataEnum[d["dataType"]])
    s1(o, d["supportsMonitoring"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("unit"))
    s4(o, g("minLimit"))
    s5(o, g("maxLimit"))
    s6(o, g("valuesList"))
    return o


def _to_wire_ReportData(o: ReportData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
        "variableAttribute": [_to_wire_VariableAttribute(x) for x in o.variable_attribute],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.variable_characteristics is not None:
        d["variableCharacteristics"] = _to_wire_VariableCharacteristics(o.variable_characteristics)
    return d


def _from_wire_ReportData(d: dict[str, Any]) -> ReportData:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_ReportData
    o = _new(ReportData)
    s0(o, _from_wire_Component(d["component"]))
    s1(o, _from_wire_Variable(d["variable"]))
    s2(o, [_from_wire_VariableAttribute(x) for x in d["variableAttribute"]])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(
        o,
        (
            None
            if (v := g("variableCharacteristics")) is None
            else _from_wire_VariableCharacteristics(v)
        ),
    )
    return o


def _to_wire_SetMonitoringData(o: SetMonitoringData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "value": o.value,
        "type": o.type_._value_,
        "severity": o.severity,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.id_ is not None:
        d["id"] = o.id_
    if o.transaction is not None:
        d["transaction"] = o.transaction
    return d


def _from_wire_SetMonitoringData(d: dict[str, Any]) -> SetMonitoringData:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_SetMonitoringData
    o = _new(SetMonitoringData)
    s0(o, d["value"])
    s1(o, _E_MonitorEnum[d["type"]])
    s2(o, d["severity"])
    s3(o, _from_wire_Component(d["component"]))
    s4(o, _from_wire_Variable(d["variable"]))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s6(o, g("id"))
    s7(o, g("transaction"))
    return o


def _to_wire_SetMonitoringResult(o: SetMonitoringResult) -> dict[str, Any]:
    d: dict[str, Any] = {
        "status": o.status._value_,
        "type": o.type_._value_,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
        "severity": o.severity,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.id_ is not None:
        d["id"] = o.id_
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_SetMonitoringResult(d: dict[str, Any]) -> SetMonitoringResult:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_SetMonitoringResult
    o = _new(SetMonitoringResult)
    s0(o, _E_SetMonitoringStatusEnum[d["status"]])
    s1(o, _E_MonitorEnum[d["type"]])
    s2(o, _from_wire_Component(d["component"]))
    s3(o, _from_wire_Variable(d["variable"]))
    s4(o, d["severity"])
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s6(o, g("id"))
    s7(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_SetVariableData(o: SetVariableData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "attributeValue": o.attribute_value,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.attribute_type is not None:
        d["attributeType"] = o.attribute_type._value_
    return d


def _from_wire_SetVariableData(d: dict[str, Any]) -> SetVariableData:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_SetVariableData
    o = _new(SetVariableData)
    s0(o, d["attributeValue"])
    s1(o, _from_wire_Component(d["component"]))
    s2(o, _from_wire_Variable(d["variable"]))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("attributeType")) is None else _E_AttributeEnum[v])
    return o


def _to_wire_SetVariableResult(o: SetVariableResult) -> dict[str, Any]:
    d: dict[str, Any] = {
        "attributeStatus": o.attribute_status._value_,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.attribute_type is not None:
        d["attributeType"] = o.attribute_type._value_
    if o.attribute_status_info is not None:
        d["attributeStatusInfo"] = _to_wire_StatusInfo(o.attribute_status_info)
    return d


def _from_wire_SetVariableResult(d: dict[str, Any]) -> SetVariableResult:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_SetVariableResult
    o = _new(SetVariableResult)
    s0(o, _E_SetVariableStatusEnum[d["attributeStatus"]])
    s1(o, _from_wire_Component(d["component"]))
    s2(o, _from_wire_Variable(d["variable"]))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("attributeType")) is None else _E_AttributeEnum[v])
    s5(o, None if (v := g("attributeStatusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_Transaction(o: Transaction) -> dict[str, Any]:
    d: dict[str, Any] = {"transactionId": o.transaction_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.charging_state is not None:
        d["chargingState"] = o.charging_state._value_
    if o.time_spent_charging is not None:
        d["timeSpentCharging"] = o.time_spent_charging
    if o.stopped_reason is not None:
        d["stoppedReason"] = o.stopped_reason._value_
    if o.remote_start_id is not None:
        d["remoteStartId"] = o.remote_start_id
    return d


def _from_wire_Transaction(d: dict[str, Any]) -> Transaction:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_Transaction
    o = _new(Transaction)
    s0(o, d["transactionId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("chargingState")) is None else _E_ChargingStateEnum[v])
    s3(o, g("timeSpentCharging"))
    s4(o, None if (v := g("stoppedReason")) is None else _E_ReasonEnum[v])
    s5(o, g("remoteStartId"))
    return o


def _to_wire_AuthorizeResponse(o: AuthorizeResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"idTokenInfo": _to_wire_IdTokenInfo(o.id_token_info)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.certificate_status is not None:
        d["certificateStatus"] = o.certificate_status._value_
    return d


def _from_wire_AuthorizeResponse(d: dict[str, Any]) -> AuthorizeResponse:
    g = d.get
    s0, s1, s2 = _SET_AuthorizeResponse
    o = _new(AuthorizeResponse)
    s0(o, _from_wire_IdTokenInfo(d["idTokenInfo"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("certificateStatus")) is None else _E_AuthorizeCertificateStatusEnum[v])
    return o


def _to_wire_BootNotificationResponse(o: BootNotificationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {
        "currentTime": _format_datetime(o.current_time),
        "interval": o.interval,
        "status": o.status._value_,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_BootNotificationResponse(d: dict[str, Any]) -> BootNotificationResponse:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_BootNotificationResponse
    o = _new(BootNotificationResponse)
    s0(o, _parse_datetime(d["currentTime"]))
    s1(o, d["interval"])
    s2(o, _E_RegistrationStatusEnum[d["status"]])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_CancelReservationResponse(o: CancelReservationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_CancelReservationResponse(d: dict[str, Any]) -> CancelReservationResponse:
    g = d.get
    s0, s1, s2 = _SET_CancelReservationResponse
    o = _new(CancelReservationResponse)
    s0(o, _E_CancelReservationStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_CertificateSignedResponse(o: CertificateSignedResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_CertificateSignedResponse(d: dict[str, Any]) -> CertificateSignedResponse:
    g = d.get
    s0, s1, s2 = _SET_CertificateSignedResponse
    o = _new(CertificateSignedResponse)
    s0(o, _E_CertificateSignedStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_ChangeAvailabilityResponse(o: ChangeAvailabilityResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_ChangeAvailabilityResponse(d: dict[str, Any]) -> ChangeAvailabilityResponse:
    g = d.get
    s0, s1, s2 = _SET_ChangeAvailabilityResponse
    o = _new(ChangeAvailabilityResponse)
    s0(o, _E_ChangeAvailabilityStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_ClearCacheResponse(o: ClearCacheResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_ClearCacheResponse(d: dict[str, Any]) -> ClearCacheResponse:
    g = d.get
    s0, s1, s2 = _SET_ClearCacheResponse
    o = _new(ClearCacheResponse)
    s0(o, _E_ClearCacheStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_ClearChargingProfileResponse(o: ClearChargingProfileResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_ClearChargingProfileResponse(d: dict[str, Any]) -> ClearChargingProfileResponse:
    g = d.get
    s0, s1, s2 = _SET_ClearChargingProfileResponse
    o = _new(ClearChargingProfileResponse)
    s0(o, _E_ClearChargingProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_ClearDisplayMessageResponse(o: ClearDisplayMessageResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_ClearDisplayMessageResponse(d: dict[str, Any]) -> ClearDisplayMessageResponse:
    g = d.get
    s0, s1, s2 = _SET_ClearDisplayMessageResponse
    o = _new(ClearDisplayMessageResponse)
    s0(o, _E_ClearMessageStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_ClearVariableMonitoringResponse(o: ClearVariableMonitoringResponse) -> dict[str, Any]:
    d: dict[str, Any] = {
        "clearMonitoringResult": [
            _to_wire_ClearMonitoringResult(x) for x in o.clear_monitoring_result
        ],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearVariableMonitoringResponse(
    d: dict[str, Any],
) -> ClearVariableMonitoringResponse:
    g = d.get
    s0, s1 = _SET_ClearVariableMonitoringResponse
    o = _new(ClearVariableMonitoringResponse)
    s0(o, [_from_wire_ClearMonitoringResult(x) for x in d["clearMonitoringResult"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearedChargingLimitResponse(o: ClearedChargingLimitResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearedChargingLimitResponse(d: dict[str, Any]) -> ClearedChargingLimitResponse:
    g = d.get
    (s0,) = _SET_ClearedChargingLimitResponse
    o = _new(ClearedChargingLimitResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CostUpdatedResponse(o: CostUpdatedResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CostUpdatedResponse(d: dict[str, Any]) -> CostUpdatedResponse:
    g = d.get
    (s0,) = _SET_CostUpdatedResponse
    o = _new(CostUpdatedResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CustomerInformationResponse(o: CustomerInformationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_CustomerInformationResponse(d: dict[str, Any]) -> CustomerInformationResponse:
    g = d.get
    s0, s1, s2 = _SET_CustomerInformationResponse
    o = _new(CustomerInformationResponse)
    s0(o, _E_CustomerInformationStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_DataTransferResponse(o: DataTransferResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.data is not None:
        d["data"] = o.data
    return d


def _from_wire_DataTransferResponse(d: dict[str, Any]) -> DataTransferResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_DataTransferResponse
    o = _new(DataTransferResponse)
    s0(o, _E_DataTransferStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, g("data"))
    return o


def _to_wire_DeleteCertificateResponse(o: DeleteCertificateResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_DeleteCertificateResponse(d: dict[str, Any]) -> DeleteCertificateResponse:
    g = d.get
    s0, s1, s2 = _SET_DeleteCertificateResponse
    o = _new(DeleteCertificateResponse)
    s0(o, _E_DeleteCertificateStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_FirmwareStatusNotificationResponse(
    o: FirmwareStatusNotificationResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_FirmwareStatusNotificationResponse(
    d: dict[str, Any],
) -> FirmwareStatusNotificationResponse:
    g = d.get
    (s0,) = _SET_FirmwareStatusNotificationResponse
    o = _new(FirmwareStatusNotificationResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Get15118EVCertificateResponse(o: Get15118EVCertificateResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_, "exiResponse": o.exi_response}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_Get15118EVCertificateResponse(d: dict[str, Any]) -> Get15118EVCertificateResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_Get15118EVCertificateResponse
    o = _new(Get15118EVCertificateResponse)
    s0(o, _E_Iso15118EVCertificateStatusEnum[d["status"]])
    s1(o, d["exiResponse"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_GetBaseReportResponse(o: GetBaseReportResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_GetBaseReportResponse(d: dict[str, Any]) -> GetBaseReportResponse:
    g = d.get
    s0, s1, s2 = _SET_GetBaseReportResponse
    o = _new(GetBaseReportResponse)
    s0(o, _E_GenericDeviceModelStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_GetCertificateStatusResponse(o: GetCertificateStatusResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.ocsp_result is not None:
        d["ocspResult"] = o.ocsp_result
    return d


def _from_wire_GetCertificateStatusResponse(d: dict[str, Any]) -> GetCertificateStatusResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetCertificateStatusResponse
    o = _new(GetCertificateStatusResponse)
    s0(o, _E_GetCertificateStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, g("ocspResult"))
    return o


def _to_wire_GetChargingProfilesResponse(o: GetChargingProfilesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_GetChargingProfilesResponse(d: dict[str, Any]) -> GetChargingProfilesResponse:
    g = d.get
    s0, s1, s2 = _SET_GetChargingProfilesResponse
    o = _new(GetChargingProfilesResponse)
    s0(o, _E_GetChargingProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_GetCompositeScheduleResponse(o: GetCompositeScheduleResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.schedule is not None:
        d["schedule"] = _to_wire_CompositeSchedule(o.schedule)
    return d


def _from_wire_GetCompositeScheduleResponse(d: dict[str, Any]) -> GetCompositeScheduleResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetCompositeScheduleResponse
    o = _new(GetCompositeScheduleResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, None if (v := g("schedule")) is None else _from_wire_CompositeSchedule(v))
    return o


def _to_wire_GetDisplayMessagesResponse(o: GetDisplayMessagesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_GetDisplayMessagesResponse(d: dict[str, Any]) -> GetDisplayMessagesResponse:
    g = d.get
    s0, s1, s2 = _SET_GetDisplayMessagesResponse
    o = _new(GetDisplayMessagesResponse)
    s0(o, _E_GetDisplayMessagesStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_GetInstalledCertificateIdsResponse(
    o: GetInstalledCertificateIdsResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.certificate_hash_data_chain is not None:
        d["certificateHashDataChain"] = [
            _to_wire_CertificateHashDataChain(x) for x in o.certificate_hash_data_chain
        ]
    return d


def _from_wire_GetInstalledCertificateIdsResponse(
    d: dict[str, Any],
) -> GetInstalledCertificateIdsResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetInstalledCertificateIdsResponse
    o = _new(GetInstalledCertificateIdsResponse)
    s0(o, _E_GetInstalledCertificateStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(
        o,
        (
            None
            if (v := g("certificateHashDataChain")) is None
            else [_from_wire_CertificateHashDataChain(x) for x in v]
        ),
    )
    return o


def _to_wire_GetLocalListVersionResponse(o: GetLocalListVersionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"versionNumber": o.version_number}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetLocalListVersionResponse(d: dict[str, Any]) -> GetLocalListVersionResponse:
    g = d.get
    s0, s1 = _SET_GetLocalListVersionResponse
    o = _new(GetLocalListVersionResponse)
    s0(o, d["versionNumber"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetLogResponse(o: GetLogResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.filename is not None:
        d["filename"] = o.filename
    return d


def _from_wire_GetLogResponse(d: dict[str, Any]) -> GetLogResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetLogResponse
    o = _new(GetLogResponse)
    s0(o, _E_LogStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, g("filename"))
    return o


def _to_wire_GetMonitoringReportResponse(o: GetMonitoringReportResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_GetMonitoringReportResponse(d: dict[str, Any]) -> GetMonitoringReportResponse:
    g = d.get
    s0, s1, s2 = _SET_GetMonitoringReportResponse
    o = _new(GetMonitoringReportResponse)
    s0(o, _E_GenericDeviceModelStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_GetReportResponse(o: GetReportResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_GetReportResponse(d: dict[str, Any]) -> GetReportResponse:
    g = d.get
    s0, s1, s2 = _SET_GetReportResponse
    o = _new(GetReportResponse)
    s0(o, _E_GenericDeviceModelStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_GetTransactionStatusResponse(o: GetTransactionStatusResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"messagesInQueue": o.messages_in_queue}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.ongoing_indicator is not None:
        d["ongoingIndicator"] = o.ongoing_indicator
    return d


def _from_wire_GetTransactionStatusResponse(d: dict[str, Any]) -> GetTransactionStatusResponse:
    g = d.get
    s0, s1, s2 = _SET_GetTransactionStatusResponse
    o = _new(GetTransactionStatusResponse)
    s0(o, d["messagesInQueue"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("ongoingIndicator"))
    return o


def _to_wire_GetVariablesResponse(o: GetVariablesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {
        "getVariableResult": [_to_wire_GetVariableResult(x) for x in o.get_variable_result],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetVariablesResponse(d: dict[str, Any]) -> GetVariablesResponse:
    g = d.get
    s0, s1 = _SET_GetVariablesResponse
    o = _new(GetVariablesResponse)
    s0(o, [_from_wire_GetVariableResult(x) for x in d["getVariableResult"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_HeartbeatResponse(o: HeartbeatResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"currentTime": _format_datetime(o.current_time)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_HeartbeatResponse(d: dict[str, Any]) -> HeartbeatResponse:
    g = d.get
    s0, s1 = _SET_HeartbeatResponse
    o = _new(HeartbeatResponse)
    s0(o, _parse_datetime(d["currentTime"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_InstallCertificateResponse(o: InstallCertificateResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_InstallCertificateResponse(d: dict[str, Any]) -> InstallCertificateResponse:
    g = d.get
    s0, s1, s2 = _SET_InstallCertificateResponse
    o = _new(InstallCertificateResponse)
    s0(o, _E_InstallCertificateStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_LogStatusNotificationResponse(o: LogStatusNotificationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_LogStatusNotificationResponse(d: dict[str, Any]) -> LogStatusNotificationResponse:
    g = d.get
    (s0,) = _SET_LogStatusNotificationResponse
    o = _new(LogStatusNotificationResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_MeterValuesResponse(o: MeterValuesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_MeterValuesResponse(d: dict[str, Any]) -> MeterValuesResponse:
    g = d.get
    (s0,) = _SET_MeterValuesResponse
    o = _new(MeterValuesResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyChargingLimitResponse(o: NotifyChargingLimitResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyChargingLimitResponse(d: dict[str, Any]) -> NotifyChargingLimitResponse:
    g = d.get
    (s0,) = _SET_NotifyChargingLimitResponse
    o = _new(NotifyChargingLimitResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyCustomerInformationResponse(
    o: NotifyCustomerInformationResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyCustomerInformationResponse(
    d: dict[str, Any],
) -> NotifyCustomerInformationResponse:
    g = d.get
    (s0,) = _SET_NotifyCustomerInformationResponse
    o = _new(NotifyCustomerInformationResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyDisplayMessagesResponse(o: NotifyDisplayMessagesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyDisplayMessagesResponse(d: dict[str, Any]) -> NotifyDisplayMessagesResponse:
    g = d.get
    (s0,) = _SET_NotifyDisplayMessagesResponse
    o = _new(NotifyDisplayMessagesResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyEVChargingNeedsResponse(o: NotifyEVChargingNeedsResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_NotifyEVChargingNeedsResponse(d: dict[str, Any]) -> NotifyEVChargingNeedsResponse:
    g = d.get
    s0, s1, s2 = _SET_NotifyEVChargingNeedsResponse
    o = _new(NotifyEVChargingNeedsResponse)
    s0(o, _E_NotifyEVChargingNeedsStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_NotifyEVChargingScheduleResponse(
    o: NotifyEVChargingScheduleResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_NotifyEVChargingScheduleResponse(
    d: dict[str, Any],
) -> NotifyEVChargingScheduleResponse:
    g = d.get
    s0, s1, s2 = _SET_NotifyEVChargingScheduleResponse
    o = _new(NotifyEVChargingScheduleResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_NotifyEventResponse(o: NotifyEventResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyEventResponse(d: dict[str, Any]) -> NotifyEventResponse:
    g = d.get
    (s0,) = _SET_NotifyEventResponse
    o = _new(NotifyEventResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyMonitoringReportResponse(o: NotifyMonitoringReportResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyMonitoringReportResponse(d: dict[str, Any]) -> NotifyMonitoringReportResponse:
    g = d.get
    (s0,) = _SET_NotifyMonitoringReportResponse
    o = _new(NotifyMonitoringReportResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyReportResponse(o: NotifyReportResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyReportResponse(d: dict[str, Any]) -> NotifyReportResponse:
    g = d.get
    (s0,) = _SET_NotifyReportResponse
    o = _new(NotifyReportResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PublishFirmwareResponse(o: PublishFirmwareResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_PublishFirmwareResponse(d: dict[str, Any]) -> PublishFirmwareResponse:
    g = d.get
    s0, s1, s2 = _SET_PublishFirmwareResponse
    o = _new(PublishFirmwareResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_PublishFirmwareStatusNotificationResponse(
    o: PublishFirmwareStatusNotificationResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PublishFirmwareStatusNotificationResponse(
    d: dict[str, Any],
) -> PublishFirmwareStatusNotificationResponse:
    g = d.get
    (s0,) = _SET_PublishFirmwareStatusNotificationResponse
    o = _new(PublishFirmwareStatusNotificationResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ReportChargingProfilesResponse(o: ReportChargingProfilesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReportChargingProfilesResponse(d: dict[str, Any]) -> ReportChargingProfilesResponse:
    g = d.get
    (s0,) = _SET_ReportChargingProfilesResponse
    o = _new(ReportChargingProfilesResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_RequestStartTransactionResponse(o: RequestStartTransactionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    return d


def _from_wire_RequestStartTransactionResponse(
    d: dict[str, Any],
) -> RequestStartTransactionResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_RequestStartTransactionResponse
    o = _new(RequestStartTransactionResponse)
    s0(o, _E_RequestStartStopStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, g("transactionId"))
    return o


def _to_wire_RequestStopTransactionResponse(o: RequestStopTransactionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_RequestStopTransactionResponse(d: dict[str, Any]) -> RequestStopTransactionResponse:
    g = d.get
    s0, s1, s2 = _SET_RequestStopTransactionResponse
    o = _new(RequestStopTransactionResponse)
    s0(o, _E_RequestStartStopStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_ReservationStatusUpdateResponse(o: ReservationStatusUpdateResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReservationStatusUpdateResponse(
    d: dict[str, Any],
) -> ReservationStatusUpdateResponse:
    g = d.get
    (s0,) = _SET_ReservationStatusUpdateResponse
    o = _new(ReservationStatusUpdateResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ReserveNowResponse(o: ReserveNowResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_ReserveNowResponse(d: dict[str, Any]) -> ReserveNowResponse:
    g = d.get
    s0, s1, s2 = _SET_ReserveNowResponse
    o = _new(ReserveNowResponse)
    s0(o, _E_ReserveNowStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_ResetResponse(o: ResetResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_ResetResponse(d: dict[str, Any]) -> ResetResponse:
    g = d.get
    s0, s1, s2 = _SET_ResetResponse
    o = _new(ResetResponse)
    s0(o, _E_ResetStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_SecurityEventNotificationResponse(
    o: SecurityEventNotificationResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SecurityEventNotificationResponse(
    d: dict[str, Any],
) -> SecurityEventNotificationResponse:
    g = d.get
    (s0,) = _SET_SecurityEventNotificationResponse
    o = _new(SecurityEventNotificationResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SendLocalListResponse(o: SendLocalListResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_SendLocalListResponse(d: dict[str, Any]) -> SendLocalListResponse:
    g = d.get
    s0, s1, s2 = _SET_SendLocalListResponse
    o = _new(SendLocalListResponse)
    s0(o, _E_SendLocalListStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_SetChargingProfileResponse(o: SetChargingProfileResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_SetChargingProfileResponse(d: dict[str, Any]) -> SetChargingProfileResponse:
    g = d.get
    s0, s1, s2 = _SET_SetChargingProfileResponse
    o = _new(SetChargingProfileResponse)
    s0(o, _E_ChargingProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_SetDisplayMessageResponse(o: SetDisplayMessageResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_SetDisplayMessageResponse(d: dict[str, Any]) -> SetDisplayMessageResponse:
    g = d.get
    s0, s1, s2 = _SET_SetDisplayMessageResponse
    o = _new(SetDisplayMessageResponse)
    s0(o, _E_DisplayMessageStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_SetMonitoringBaseResponse(o: SetMonitoringBaseResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_SetMonitoringBaseResponse(d: dict[str, Any]) -> SetMonitoringBaseResponse:
    g = d.get
    s0, s1, s2 = _SET_SetMonitoringBaseResponse
    o = _new(SetMonitoringBaseResponse)
    s0(o, _E_GenericDeviceModelStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_SetMonitoringLevelResponse(o: SetMonitoringLevelResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_SetMonitoringLevelResponse(d: dict[str, Any]) -> SetMonitoringLevelResponse:
    g = d.get
    s0, s1, s2 = _SET_SetMonitoringLevelResponse
    o = _new(SetMonitoringLevelResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_SetNetworkProfileResponse(o: SetNetworkProfileResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_SetNetworkProfileResponse(d: dict[str, Any]) -> SetNetworkProfileResponse:
    g = d.get
    s0, s1, s2 = _SET_SetNetworkProfileResponse
    o = _new(SetNetworkProfileResponse)
    s0(o, _E_SetNetworkProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_SetVariableMonitoringResponse(o: SetVariableMonitoringResponse) -> dict[str, Any]:
    d: dict[str, Any] = {
        "setMonitoringResult": [_to_wire_SetMonitoringResult(x) for x in o.set_monitoring_result],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetVariableMonitoringResponse(d: dict[str, Any]) -> SetVariableMonitoringResponse:
    g = d.get
    s0, s1 = _SET_SetVariableMonitoringResponse
    o = _new(SetVariableMonitoringResponse)
    s0(o, [_from_wire_SetMonitoringResult(x) for x in d["setMonitoringResult"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetVariablesResponse(o: SetVariablesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {
        "setVariableResult": [_to_wire_SetVariableResult(x) for x in o.set_variable_result],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetVariablesResponse(d: dict[str, Any]) -> SetVariablesResponse:
    g = d.get
    s0, s1 = _SET_SetVariablesResponse
    o = _new(SetVariablesResponse)
    s0(o, [_from_wire_SetVariableResult(x) for x in d["setVariableResult"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SignCertificateResponse(o: SignCertificateResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_SignCertificateResponse(d: dict[str, Any]) -> SignCertificateResponse:
    g = d.get
    s0, s1, s2 = _SET_SignCertificateResponse
    o = _new(SignCertificateResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_StatusNotificationResponse(o: StatusNotificationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_StatusNotificationResponse(d: dict[str, Any]) -> StatusNotificationResponse:
    g = d.get
    (s0,) = _SET_StatusNotificationResponse
    o = _new(StatusNotificationResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TransactionEventResponse(o: TransactionEventResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.total_cost is not None:
        d["totalCost"] = o.total_cost
    if o.charging_priority is not None:
        d["chargingPriority"] = o.charging_priority
    if o.id_token_info is not None:
        d["idTokenInfo"] = _to_wire_IdTokenInfo(o.id_token_info)
    if o.updated_personal_message is not None:
        d["updatedPersonalMessage"] = _to_wire_MessageContent(o.updated_personal_message)
    return d


def _from_wire_TransactionEventResponse(d: dict[str, Any]) -> TransactionEventResponse:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_TransactionEventResponse
    o = _new(TransactionEventResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s1(o, g("totalCost"))
    s2(o, g("chargingPriority"))
    s3(o, None if (v := g("idTokenInfo")) is None else _from_wire_IdTokenInfo(v))
    s4(o, None if (v := g("updatedPersonalMessage")) is None else _from_wire_MessageContent(v))
    return o


def _to_wire_TriggerMessageResponse(o: TriggerMessageResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_TriggerMessageResponse(d: dict[str, Any]) -> TriggerMessageResponse:
    g = d.get
    s0, s1, s2 = _SET_TriggerMessageResponse
    o = _new(TriggerMessageResponse)
    s0(o, _E_TriggerMessageStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_UnlockConnectorResponse(o: UnlockConnectorResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_UnlockConnectorResponse(d: dict[str, Any]) -> UnlockConnectorResponse:
    g = d.get
    s0, s1, s2 = _SET_UnlockConnectorResponse
    o = _new(UnlockConnectorResponse)
    s0(o, _E_UnlockStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_UnpublishFirmwareResponse(o: UnpublishFirmwareResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UnpublishFirmwareResponse(d: dict[str, Any]) -> UnpublishFirmwareResponse:
    g = d.get
    s0, s1 = _SET_UnpublishFirmwareResponse
    o = _new(UnpublishFirmwareResponse)
    s0(o, _E_UnpublishFirmwareStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UpdateFirmwareResponse(o: UpdateFirmwareResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    return d


def _from_wire_UpdateFirmwareResponse(d: dict[str, Any]) -> UpdateFirmwareResponse:
    g = d.get
    s0, s1, s2 = _SET_UpdateFirmwareResponse
    o = _new(UpdateFirmwareResponse)
    s0(o, _E_UpdateFirmwareStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    return o


def _to_wire_AuthorizeRequest(o: AuthorizeRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"idToken": _to_wire_IdToken(o.id_token)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.certificate is not None:
        d["certificate"] = o.certificate
    if o.iso15118_certificate_hash_data is not None:
        d["iso15118CertificateHashData"] = [
            _to_wire_OCSPRequestData(x) for x in o.iso15118_certificate_hash_data
        ]
    return d


def _from_wire_AuthorizeRequest(d: dict[str, Any]) -> AuthorizeRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_AuthorizeRequest
    o = _new(AuthorizeRequest)
    s0(o, _from_wire_IdToken(d["idToken"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("certificate"))
    s3(
        o,
        (
            None
            if (v := g("iso15118CertificateHashData")) is None
            else [_from_wire_OCSPRequestData(x) for x in v]
        ),
    )
    return o


def _to_wire_BootNotificationRequest(o: BootNotificationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "chargingStation": _to_wire_ChargingStation(o.charging_station),
        "reason": o.reason._value_,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_BootNotificationRequest(d: dict[str, Any]) -> BootNotificationRequest:
    g = d.get
    s0, s1, s2 = _SET_BootNotificationRequest
    o = _new(BootNotificationRequest)
    s0(o, _from_wire_ChargingStation(d["chargingStation"]))
    s1(o, _E_BootReasonEnum[d["reason"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CancelReservationRequest(o: CancelReservationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"reservationId": o.reservation_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CancelReservationRequest(d: dict[str, Any]) -> CancelReservationRequest:
    g = d.get
    s0, s1 = _SET_CancelReservationRequest
    o = _new(CancelReservationRequest)
    s0(o, d["reservationId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CertificateSignedRequest(o: CertificateSignedRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"certificateChain": o.certificate_chain}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.certificate_type is not None:
        d["certificateType"] = o.certificate_type._value_
    return d


def _from_wire_CertificateSignedRequest(d: dict[str, Any]) -> CertificateSignedRequest:
    g = d.get
    s0, s1, s2 = _SET_CertificateSignedRequest
    o = _new(CertificateSignedRequest)
    s0(o, d["certificateChain"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("certificateType")) is None else _E_CertificateSigningUseEnum[v])
    return o


def _to_wire_ChangeAvailabilityRequest(o: ChangeAvailabilityRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"operationalStatus": o.operational_status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.evse is not None:
        d["evse"] = _to_wire_EVSE(o.evse)
    return d


def _from_wire_ChangeAvailabilityRequest(d: dict[str, Any]) -> ChangeAvailabilityRequest:
    g = d.get
    s0, s1, s2 = _SET_ChangeAvailabilityRequest
    o = _new(ChangeAvailabilityRequest)
    s0(o, _E_OperationalStatusEnum[d["operationalStatus"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("evse")) is None else _from_wire_EVSE(v))
    return o


def _to_wire_ClearCacheRequest(o: ClearCacheRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearCacheRequest(d: dict[str, Any]) -> ClearCacheRequest:
    g = d.get
    (s0,) = _SET_ClearCacheRequest
    o = _new(ClearCacheRequest)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearChargingProfileRequest(o: ClearChargingProfileRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.charging_profile_id is not None:
        d["chargingProfileId"] = o.charging_profile_id
    if o.charging_profile_criteria is not None:
        d["chargingProfileCriteria"] = _to_wire_ClearChargingProfile(o.charging_profile_criteria)
    return d


def _from_wire_ClearChargingProfileRequest(d: dict[str, Any]) -> ClearChargingProfileRequest:
    g = d.get
    s0, s1, s2 = _SET_ClearChargingProfileRequest
    o = _new(ClearChargingProfileRequest)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s1(o, g("chargingProfileId"))
    s2(
        o,
        None if (v := g("chargingProfileCriteria")) is None else _from_wire_ClearChargingProfile(v),
    )
    return o


def _to_wire_ClearDisplayMessageRequest(o: ClearDisplayMessageRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"id": o.id_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearDisplayMessageRequest(d: dict[str, Any]) -> ClearDisplayMessageRequest:
    g = d.get
    s0, s1 = _SET_ClearDisplayMessageRequest
    o = _new(ClearDisplayMessageRequest)
    s0(o, d["id"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearVariableMonitoringRequest(o: ClearVariableMonitoringRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"id": list(o.id_)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearVariableMonitoringRequest(d: dict[str, Any]) -> ClearVariableMonitoringRequest:
    g = d.get
    s0, s1 = _SET_ClearVariableMonitoringRequest
    o = _new(ClearVariableMonitoringRequest)
    s0(o, list(d["id"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearedChargingLimitRequest(o: ClearedChargingLimitRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"chargingLimitSource": o.charging_limit_source._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    return d


def _from_wire_ClearedChargingLimitRequest(d: dict[str, Any]) -> ClearedChargingLimitRequest:
    g = d.get
    s0, s1, s2 = _SET_ClearedChargingLimitRequest
    o = _new(ClearedChargingLimitRequest)
    s0(o, _E_ChargingLimitSourceEnum[d["chargingLimitSource"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("evseId"))
    return o


def _to_wire_CostUpdatedRequest(o: CostUpdatedRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"totalCost": o.total_cost, "transactionId": o.transaction_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CostUpdatedRequest(d: dict[str, Any]) -> CostUpdatedRequest:
    g = d.get
    s0, s1, s2 = _SET_CostUpdatedRequest
    o = _new(CostUpdatedRequest)
    s0(o, d["totalCost"])
    s1(o, d["transactionId"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CustomerInformationRequest(o: CustomerInformationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id, "report": o.report, "clear": o.clear}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.customer_certificate is not None:
        d["customerCertificate"] = _to_wire_CertificateHashData(o.customer_certificate)
    if o.id_token is not None:
        d["idToken"] = _to_wire_IdToken(o.id_token)
    if o.customer_identifier is not None:
        d["customerIdentifier"] = o.customer_identifier
    return d


def _from_wire_CustomerInformationRequest(d: dict[str, Any]) -> CustomerInformationRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_CustomerInformationRequest
    o = _new(CustomerInformationRequest)
    s0(o, d["requestId"])
    s1(o, d["report"])
    s2(o, d["clear"])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("customerCertificate")) is None else _from_wire_CertificateHashData(v))
    s5(o, None if (v := g("idToken")) is None else _from_wire_IdToken(v))
    s6(o, g("customerIdentifier"))
    return o


def _to_wire_DataTransferRequest(o: DataTransferRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"vendorId": o.vendor_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.message_id is not None:
        d["messageId"] = o.message_id
    if o.data is not None:
        d["data"] = o.data
    return d


def _from_wire_DataTransferRequest(d: dict[str, Any]) -> DataTransferRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_DataTransferRequest
    o = _new(DataTransferRequest)
    s0(o, d["vendorId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("messageId"))
    s3(o, g("data"))
    return o


def _to_wire_DeleteCertificateRequest(o: DeleteCertificateRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "certificateHashData": _to_wire_CertificateHashData(o.certificate_hash_data),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_DeleteCertificateRequest(d: dict[str, Any]) -> DeleteCertificateRequest:
    g = d.get
    s0, s1 = _SET_DeleteCertificateRequest
    o = _new(DeleteCertificateRequest)
    s0(o, _from_wire_CertificateHashData(d["certificateHashData"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_FirmwareStatusNotificationRequest(
    o: FirmwareStatusNotificationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.request_id is not None:
        d["requestId"] = o.request_id
    return d


def _from_wire_FirmwareStatusNotificationRequest(
    d: dict[str, Any],
) -> FirmwareStatusNotificationRequest:
    g = d.get
    s0, s1, s2 = _SET_FirmwareStatusNotificationRequest
    o = _new(FirmwareStatusNotificationRequest)
    s0(o, _E_FirmwareStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("requestId"))
    return o


def _to_wire_Get15118EVCertificateRequest(o: Get15118EVCertificateRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "iso15118SchemaVersion": o.iso15118_schema_version,
        "action": o.action._value_,
        "exiRequest": o.exi_request,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Get15118EVCertificateRequest(d: dict[str, Any]) -> Get15118EVCertificateRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_Get15118EVCertificateRequest
    o = _new(Get15118EVCertificateRequest)
    s0(o, d["iso15118SchemaVersion"])
    s1(o, _E_CertificateActionEnum[d["action"]])
    s2(o, d["exiRequest"])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetBaseReportRequest(o: GetBaseReportRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id, "reportBase": o.report_base._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetBaseReportRequest(d: dict[str, Any]) -> GetBaseReportRequest:
    g = d.get
    s0, s1, s2 = _SET_GetBaseReportRequest
    o = _new(GetBaseReportRequest)
    s0(o, d["requestId"])
    s1(o, _E_ReportBaseEnum[d["reportBase"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetCertificateStatusRequest(o: GetCertificateStatusRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"ocspRequestData": _to_wire_OCSPRequestData(o.ocsp_request_data)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetCertificateStatusRequest(d: dict[str, Any]) -> GetCertificateStatusRequest:
    g = d.get
    s0, s1 = _SET_GetCertificateStatusRequest
    o = _new(GetCertificateStatusRequest)
    s0(o, _from_wire_OCSPRequestData(d["ocspRequestData"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetChargingProfilesRequest(o: GetChargingProfilesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "requestId": o.request_id,
        "chargingProfile": _to_wire_ChargingProfileCriterion(o.charging_profile),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    return d


def _from_wire_GetChargingProfilesRequest(d: dict[str, Any]) -> GetChargingProfilesRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_GetChargingProfilesRequest
    o = _new(GetChargingProfilesRequest)
    s0(o, d["requestId"])
    s1(o, _from_wire_ChargingProfileCriterion(d["chargingProfile"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("evseId"))
    return o


def _to_wire_GetCompositeScheduleRequest(o: GetCompositeScheduleRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"duration": o.duration, "evseId": o.evse_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.charging_rate_unit is not None:
        d["chargingRateUnit"] = o.charging_rate_unit._value_
    return d


def _from_wire_GetCompositeScheduleRequest(d: dict[str, Any]) -> GetCompositeScheduleRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_GetCompositeScheduleRequest
    o = _new(GetCompositeScheduleRequest)
    s0(o, d["duration"])
    s1(o, d["evseId"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, None if (v := g("chargingRateUnit")) is None else _E_ChargingRateUnitEnum[v])
    return o


def _to_wire_GetDisplayMessagesRequest(o: GetDisplayMessagesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.id_ is not None:
        d["id"] = list(o.id_)
    if o.priority is not None:
        d["priority"] = o.priority._value_
    if o.state is not None:
        d["state"] = o.state._value_
    return d


def _from_wire_GetDisplayMessagesRequest(d: dict[str, Any]) -> GetDisplayMessagesRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_GetDisplayMessagesRequest
    o = _new(GetDisplayMessagesRequest)
    s0(o, d["requestId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("id")) is None else list(v))
    s3(o, None if (v := g("priority")) is None else _E_MessagePriorityEnum[v])
    s4(o, None if (v := g("state")) is None else _E_MessageStateEnum[v])
    return o


def _to_wire_GetInstalledCertificateIdsRequest(
    o: GetInstalledCertificateIdsRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.certificate_type is not None:
        d["certificateType"] = [x._value_ for x in o.certificate_type]
    return d


def _from_wire_GetInstalledCertificateIdsRequest(
    d: dict[str, Any],
) -> GetInstalledCertificateIdsRequest:
    g = d.get
    s0, s1 = _SET_GetInstalledCertificateIdsRequest
    o = _new(GetInstalledCertificateIdsRequest)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s1(
        o,
        None if (v := g("certificateType")) is None else [_E_GetCertificateIdUseEnum[x] for x in v],
    )
    return o


def _to_wire_GetLocalListVersionRequest(o: GetLocalListVersionRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetLocalListVersionRequest(d: dict[str, Any]) -> GetLocalListVersionRequest:
    g = d.get
    (s0,) = _SET_GetLocalListVersionRequest
    o = _new(GetLocalListVersionRequest)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetLogRequest(o: GetLogRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "log": _to_wire_LogParameters(o.log),
        "logType": o.log_type._value_,
        "requestId": o.request_id,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    return d


def _from_wire_GetLogRequest(d: dict[str, Any]) -> GetLogRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_GetLogRequest
    o = _new(GetLogRequest)
    s0(o, _from_wire_LogParameters(d["log"]))
    s1(o, _E_LogEnum[d["logType"]])
    s2(o, d["requestId"])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, g("retries"))
    s5(o, g("retryInterval"))
    return o


def _to_wire_GetMonitoringReportRequest(o: GetMonitoringReportRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.component_variable is not None:
        d["componentVariable"] = [_to_wire_ComponentVariable(x) for x in o.component_variable]
    if o.monitoring_criteria is not None:
        d["monitoringCriteria"] = [x._value_ for x in o.monitoring_criteria]
    return d


def _from_wire_GetMonitoringReportRequest(d: dict[str, Any]) -> GetMonitoringReportRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_GetMonitoringReportRequest
    o = _new(GetMonitoringReportRequest)
    s0(o, d["requestId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(
        o,
        (
            None
            if (v := g("componentVariable")) is None
            else [_from_wire_ComponentVariable(x) for x in v]
        ),
    )
    s3(
        o,
        (
            None
            if (v := g("monitoringCriteria")) is None
            else [_E_MonitoringCriterionEnum[x] for x in v]
        ),
    )
    return o


def _to_wire_GetReportRequest(o: GetReportRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.component_variable is not None:
        d["componentVariable"] = [_to_wire_ComponentVariable(x) for x in o.component_variable]
    if o.component_criteria is not None:
        d["componentCriteria"] = [x._value_ for x in o.component_criteria]
    return d


def _from_wire_GetReportRequest(d: dict[str, Any]) -> GetReportRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_GetReportRequest
    o = _new(GetReportRequest)
    s0(o, d["requestId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(
        o,
        (
            None
            if (v := g("componentVariable")) is None
            else [_from_wire_ComponentVariable(x) for x in v]
        ),
    )
    s3(
        o,
        (
            None
            if (v := g("componentCriteria")) is None
            else [_E_ComponentCriterionEnum[x] for x in v]
        ),
    )
    return o


def _to_wire_GetTransactionStatusRequest(o: GetTransactionStatusRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    return d


def _from_wire_GetTransactionStatusRequest(d: dict[str, Any]) -> GetTransactionStatusRequest:
    g = d.get
    s0, s1 = _SET_GetTransactionStatusRequest
    o = _new(GetTransactionStatusRequest)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s1(o, g("transactionId"))
    return o


def _to_wire_GetVariablesRequest(o: GetVariablesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "getVariableData": [_to_wire_GetVariableData(x) for x in o.get_variable_data],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetVariablesRequest(d: dict[str, Any]) -> GetVariablesRequest:
    g = d.get
    s0, s1 = _SET_GetVariablesRequest
    o = _new(GetVariablesRequest)
    s0(o, [_from_wire_GetVariableData(x) for x in d["getVariableData"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_HeartbeatRequest(o: HeartbeatRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_HeartbeatRequest(d: dict[str, Any]) -> HeartbeatRequest:
    g = d.get
    (s0,) = _SET_HeartbeatRequest
    o = _new(HeartbeatRequest)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_InstallCertificateRequest(o: InstallCertificateRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "certificateType": o.certificate_type._value_,
        "certificate": o.certificate,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_InstallCertificateRequest(d: dict[str, Any]) -> InstallCertificateRequest:
    g = d.get
    s0, s1, s2 = _SET_InstallCertificateRequest
    o = _new(InstallCertificateRequest)
    s0(o, _E_InstallCertificateUseEnum[d["certificateType"]])
    s1(o, d["certificate"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_LogStatusNotificationRequest(o: LogStatusNotificationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.request_id is not None:
        d["requestId"] = o.request_id
    return d


def _from_wire_LogStatusNotificationRequest(d: dict[str, Any]) -> LogStatusNotificationRequest:
    g = d.get
    s0, s1, s2 = _SET_LogStatusNotificationRequest
    o = _new(LogStatusNotificationRequest)
    s0(o, _E_UploadLogStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("requestId"))
    return o


def _to_wire_MeterValuesRequest(o: MeterValuesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "evseId": o.evse_id,
        "meterValue": [_to_wire_MeterValue(x) for x in o.meter_value],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_MeterValuesRequest(d: dict[str, Any]) -> MeterValuesRequest:
    g = d.get
    s0, s1, s2 = _SET_MeterValuesRequest
    o = _new(MeterValuesRequest)
    s0(o, d["evseId"])
    s1(o, [_from_wire_MeterValue(x) for x in d["meterValue"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyChargingLimitRequest(o: NotifyChargingLimitRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"chargingLimit": _to_wire_ChargingLimit(o.charging_limit)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.charging_schedule is not None:
        d["chargingSchedule"] = [_to_wire_ChargingSchedule(x) for x in o.charging_schedule]
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    return d


def _from_wire_NotifyChargingLimitRequest(d: dict[str, Any]) -> NotifyChargingLimitRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_NotifyChargingLimitRequest
    o = _new(NotifyChargingLimitRequest)
    s0(o, _from_wire_ChargingLimit(d["chargingLimit"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(
        o,
        (
            None
            if (v := g("chargingSchedule")) is None
            else [_from_wire_ChargingSchedule(x) for x in v]
        ),
    )
    s3(o, g("evseId"))
    return o


def _to_wire_NotifyCustomerInformationRequest(
    o: NotifyCustomerInformationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "data": o.data,
        "seqNo": o.seq_no,
        "generatedAt": _format_datetime(o.generated_at),
        "requestId": o.request_id,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.tbc is not None:
        d["tbc"] = o.tbc
    return d


def _from_wire_NotifyCustomerInformationRequest(
    d: dict[str, Any],
) -> NotifyCustomerInformationRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_NotifyCustomerInformationRequest
    o = _new(NotifyCustomerInformationRequest)
    s0(o, d["data"])
    s1(o, d["seqNo"])
    s2(o, _parse_datetime(d["generatedAt"]))
    s3(o, d["requestId"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s5(o, g("tbc"))
    return o


def _to_wire_NotifyDisplayMessagesRequest(o: NotifyDisplayMessagesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.message_info is not None:
        d["messageInfo"] = [_to_wire_MessageInfo(x) for x in o.message_info]
    if o.tbc is not None:
        d["tbc"] = o.tbc
    return d


def _from_wire_NotifyDisplayMessagesRequest(d: dict[str, Any]) -> NotifyDisplayMessagesRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_NotifyDisplayMessagesRequest
    o = _new(NotifyDisplayMessagesRequest)
    s0(o, d["requestId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("messageInfo")) is None else [_from_wire_MessageInfo(x) for x in v])
    s3(o, g("tbc"))
    return o


def _to_wire_NotifyEVChargingNeedsRequest(o: NotifyEVChargingNeedsRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "chargingNeeds": _to_wire_ChargingNeeds(o.charging_needs),
        "evseId": o.evse_id,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.max_schedule_tuples is not None:
        d["maxScheduleTuples"] = o.max_schedule_tuples
    return d


def _from_wire_NotifyEVChargingNeedsRequest(d: dict[str, Any]) -> NotifyEVChargingNeedsRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_NotifyEVChargingNeedsRequest
    o = _new(NotifyEVChargingNeedsRequest)
    s0(o, _from_wire_ChargingNeeds(d["chargingNeeds"]))
    s1(o, d["evseId"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("maxScheduleTuples"))
    return o


def _to_wire_NotifyEVChargingScheduleRequest(o: NotifyEVChargingScheduleRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "timeBase": _format_datetime(o.time_base),
        "chargingSchedule": _to_wire_ChargingSchedule(o.charging_schedule),
        "evseId": o.evse_id,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyEVChargingScheduleRequest(
    d: dict[str, Any],
) -> NotifyEVChargingScheduleRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_NotifyEVChargingScheduleRequest
    o = _new(NotifyEVChargingScheduleRequest)
    s0(o, _parse_datetime(d["timeBase"]))
    s1(o, _from_wire_ChargingSchedule(d["chargingSchedule"]))
    s2(o, d["evseId"])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyEventRequest(o: NotifyEventRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "generatedAt": _format_datetime(o.generated_at),
        "seqNo": o.seq_no,
        "eventData": [_to_wire_EventData(x) for x in o.event_data],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.tbc is not None:
        d["tbc"] = o.tbc
    return d


def _from_wire_NotifyEventRequest(d: dict[str, Any]) -> NotifyEventRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_NotifyEventRequest
    o = _new(NotifyEventRequest)
    s0(o, _parse_datetime(d["generatedAt"]))
    s1(o, d["seqNo"])
    s2(o, [_from_wire_EventData(x) for x in d["eventData"]])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, g("tbc"))
    return o


def _to_wire_NotifyMonitoringReportRequest(o: NotifyMonitoringReportRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "requestId": o.request_id,
        "seqNo": o.seq_no,
        "generatedAt": _format_datetime(o.generated_at),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.monitor is not None:
        d["monitor"] = [_to_wire_MonitoringData(x) for x in o.monitor]
    if o.tbc is not None:
        d["tbc"] = o.tbc
    return d


def _from_wire_NotifyMonitoringReportRequest(d: dict[str, Any]) -> NotifyMonitoringReportRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_NotifyMonitoringReportRequest
    o = _new(NotifyMonitoringReportRequest)
    s0(o, d["requestId"])
    s1(o, d["seqNo"])
    s2(o, _parse_datetime(d["generatedAt"]))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("monitor")) is None else [_from_wire_MonitoringData(x) for x in v])
    s5(o, g("tbc"))
    return o


def _to_wire_NotifyReportRequest(o: NotifyReportRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "requestId": o.request_id,
        "generatedAt": _format_datetime(o.generated_at),
        "seqNo": o.seq_no,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.report_data is not None:
        d["reportData"] = [_to_wire_ReportData(x) for x in o.report_data]
    if o.tbc is not None:
        d["tbc"] = o.tbc
    return d


def _from_wire_NotifyReportRequest(d: dict[str, Any]) -> NotifyReportRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_NotifyReportRequest
    o = _new(NotifyReportRequest)
    s0(o, d["requestId"])
    s1(o, _parse_datetime(d["generatedAt"]))
    s2(o, d["seqNo"])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("reportData")) is None else [_from_wire_ReportData(x) for x in v])
    s5(o, g("tbc"))
    return o


def _to_wire_PublishFirmwareRequest(o: PublishFirmwareRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"location": o.location, "checksum": o.checksum, "requestId": o.request_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    return d


def _from_wire_PublishFirmwareRequest(d: dict[str, Any]) -> PublishFirmwareRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_PublishFirmwareRequest
    o = _new(PublishFirmwareRequest)
    s0(o, d["location"])
    s1(o, d["checksum"])
    s2(o, d["requestId"])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, g("retries"))
    s5(o, g("retryInterval"))
    return o


def _to_wire_PublishFirmwareStatusNotificationRequest(
    o: PublishFirmwareStatusNotificationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.location is not None:
        d["location"] = list(o.location)
    if o.request_id is not None:
        d["requestId"] = o.request_id
    return d


def _from_wire_PublishFirmwareStatusNotificationRequest(
    d: dict[str, Any],
) -> PublishFirmwareStatusNotificationRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_PublishFirmwareStatusNotificationRequest
    o = _new(PublishFirmwareStatusNotificationRequest)
    s0(o, _E_PublishFirmwareStatusEnum[d["status"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("location")) is None else list(v))
    s3(o, g("requestId"))
    return o


def _to_wire_ReportChargingProfilesRequest(o: ReportChargingProfilesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "requestId": o.request_id,
        "chargingLimitSource": o.charging_limit_source._value_,
        "chargingProfile": [_to_wire_ChargingProfile(x) for x in o.charging_profile],
        "evseId": o.evse_id,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.tbc is not None:
        d["tbc"] = o.tbc
    return d


def _from_wire_ReportChargingProfilesRequest(d: dict[str, Any]) -> ReportChargingProfilesRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_ReportChargingProfilesRequest
    o = _new(ReportChargingProfilesRequest)
    s0(o, d["requestId"])
    s1(o, _E_ChargingLimitSourceEnum[d["chargingLimitSource"]])
    s2(o, [_from_wire_ChargingProfile(x) for x in d["chargingProfile"]])
    s3(o, d["evseId"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s5(o, g("tbc"))
    return o


def _to_wire_RequestStartTransactionRequest(o: RequestStartTransactionRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "idToken": _to_wire_IdToken(o.id_token),
        "remoteStartId": o.remote_start_id,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.group_id_token is not None:
        d["groupIdToken"] = _to_wire_IdToken(o.group_id_token)
    if o.charging_profile is not None:
        d["chargingProfile"] = _to_wire_ChargingProfile(o.charging_profile)
    return d


def _from_wire_RequestStartTransactionRequest(d: dict[str, Any]) -> RequestStartTransactionRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_RequestStartTransactionRequest
    o = _new(RequestStartTransactionRequest)
    s0(o, _from_wire_IdToken(d["idToken"]))
    s1(o, d["remoteStartId"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("evseId"))
    s4(o, None if (v := g("groupIdToken")) is None else _from_wire_IdToken(v))
    s5(o, None if (v := g("chargingProfile")) is None else _from_wire_ChargingProfile(v))
    return o


def _to_wire_RequestStopTransactionRequest(o: RequestStopTransactionRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"transactionId": o.transaction_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_RequestStopTransactionRequest(d: dict[str, Any]) -> RequestStopTransactionRequest:
    g = d.get
    s0, s1 = _SET_RequestStopTransactionRequest
    o = _new(RequestStopTransactionRequest)
    s0(o, d["transactionId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ReservationStatusUpdateRequest(o: ReservationStatusUpdateRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "reservationId": o.reservation_id,
        "reservationUpdateStatus": o.reservation_update_status._value_,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReservationStatusUpdateRequest(d: dict[str, Any]) -> ReservationStatusUpdateRequest:
    g = d.get
    s0, s1, s2 = _SET_ReservationStatusUpdateRequest
    o = _new(ReservationStatusUpdateRequest)
    s0(o, d["reservationId"])
    s1(o, _E_ReservationUpdateStatusEnum[d["reservationUpdateStatus"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ReserveNowRequest(o: ReserveNowRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "expiryDateTime": _format_datetime(o.expiry_date_time),
        "idToken": _to_wire_IdToken(o.id_token),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.connector_type is not None:
        d["connectorType"] = o.connector_type._value_
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.group_id_token is not None:
        d["groupIdToken"] = _to_wire_IdToken(o.group_id_token)
    return d


def _from_wire_ReserveNowRequest(d: dict[str, Any]) -> ReserveNowRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_ReserveNowRequest
    o = _new(ReserveNowRequest)
    s0(o, d["id"])
    s1(o, _parse_datetime(d["expiryDateTime"]))
    s2(o, _from_wire_IdToken(d["idToken"]))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s4(o, None if (v := g("connectorType")) is None else _E_ConnectorEnum[v])
    s5(o, g("evseId"))
    s6(o, None if (v := g("groupIdToken")) is None else _from_wire_IdToken(v))
    return o


def _to_wire_ResetRequest(o: ResetRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type_._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    return d


def _from_wire_ResetRequest(d: dict[str, Any]) -> ResetRequest:
    g = d.get
    s0, s1, s2 = _SET_ResetRequest
    o = _new(ResetRequest)
    s0(o, _E_ResetEnum[d["type"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, g("evseId"))
    return o


def _to_wire_SecurityEventNotificationRequest(
    o: SecurityEventNotificationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type_, "timestamp": _format_datetime(o.timestamp)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.tech_info is not None:
        d["techInfo"] = o.tech_info
    return d


def _from_wire_SecurityEventNotificationRequest(
    d: dict[str, Any],
) -> SecurityEventNotificationRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_SecurityEventNotificationRequest
    o = _new(SecurityEventNotificationRequest)
    s0(o, d["type"])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("techInfo"))
    return o


def _to_wire_SendLocalListRequest(o: SendLocalListRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"versionNumber": o.version_number, "updateType": o.update_type._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.local_authorization_list is not None:
        d["localAuthorizationList"] = [
            _to_wire_AuthorizationData(x) for x in o.local_authorization_list
        ]
    return d


def _from_wire_SendLocalListRequest(d: dict[str, Any]) -> SendLocalListRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_SendLocalListRequest
    o = _new(SendLocalListRequest)
    s0(o, d["versionNumber"])
    s1(o, _E_UpdateEnum[d["updateType"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(
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
        "evseId": o.evse_id,
        "chargingProfile": _to_wire_ChargingProfile(o.charging_profile),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetChargingProfileRequest(d: dict[str, Any]) -> SetChargingProfileRequest:
    g = d.get
    s0, s1, s2 = _SET_SetChargingProfileRequest
    o = _new(SetChargingProfileRequest)
    s0(o, d["evseId"])
    s1(o, _from_wire_ChargingProfile(d["chargingProfile"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetDisplayMessageRequest(o: SetDisplayMessageRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"message": _to_wire_MessageInfo(o.message)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetDisplayMessageRequest(d: dict[str, Any]) -> SetDisplayMessageRequest:
    g = d.get
    s0, s1 = _SET_SetDisplayMessageRequest
    o = _new(SetDisplayMessageRequest)
    s0(o, _from_wire_MessageInfo(d["message"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetMonitoringBaseRequest(o: SetMonitoringBaseRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"monitoringBase": o.monitoring_base._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetMonitoringBaseRequest(d: dict[str, Any]) -> SetMonitoringBaseRequest:
    g = d.get
    s0, s1 = _SET_SetMonitoringBaseRequest
    o = _new(SetMonitoringBaseRequest)
    s0(o, _E_MonitoringBaseEnum[d["monitoringBase"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetMonitoringLevelRequest(o: SetMonitoringLevelRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"severity": o.severity}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetMonitoringLevelRequest(d: dict[str, Any]) -> SetMonitoringLevelRequest:
    g = d.get
    s0, s1 = _SET_SetMonitoringLevelRequest
    o = _new(SetMonitoringLevelRequest)
    s0(o, d["severity"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetNetworkProfileRequest(o: SetNetworkProfileRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "configurationSlot": o.configuration_slot,
        "connectionData": _to_wire_NetworkConnectionProfile(o.connection_data),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetNetworkProfileRequest(d: dict[str, Any]) -> SetNetworkProfileRequest:
    g = d.get
    s0, s1, s2 = _SET_SetNetworkProfileRequest
    o = _new(SetNetworkProfileRequest)
    s0(o, d["configurationSlot"])
    s1(o, _from_wire_NetworkConnectionProfile(d["connectionData"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetVariableMonitoringRequest(o: SetVariableMonitoringRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "setMonitoringData": [_to_wire_SetMonitoringData(x) for x in o.set_monitoring_data],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetVariableMonitoringRequest(d: dict[str, Any]) -> SetVariableMonitoringRequest:
    g = d.get
    s0, s1 = _SET_SetVariableMonitoringRequest
    o = _new(SetVariableMonitoringRequest)
    s0(o, [_from_wire_SetMonitoringData(x) for x in d["setMonitoringData"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetVariablesRequest(o: SetVariablesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "setVariableData": [_to_wire_SetVariableData(x) for x in o.set_variable_data],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetVariablesRequest(d: dict[str, Any]) -> SetVariablesRequest:
    g = d.get
    s0, s1 = _SET_SetVariablesRequest
    o = _new(SetVariablesRequest)
    s0(o, [_from_wire_SetVariableData(x) for x in d["setVariableData"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SignCertificateRequest(o: SignCertificateRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"csr": o.csr}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.certificate_type is not None:
        d["certificateType"] = o.certificate_type._value_
    return d


def _from_wire_SignCertificateRequest(d: dict[str, Any]) -> SignCertificateRequest:
    g = d.get
    s0, s1, s2 = _SET_SignCertificateRequest
    o = _new(SignCertificateRequest)
    s0(o, d["csr"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("certificateType")) is None else _E_CertificateSigningUseEnum[v])
    return o


def _to_wire_StatusNotificationRequest(o: StatusNotificationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "timestamp": _format_datetime(o.timestamp),
        "connectorStatus": o.connector_status._value_,
        "evseId": o.evse_id,
        "connectorId": o.connector_id,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_StatusNotificationRequest(d: dict[str, Any]) -> StatusNotificationRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_StatusNotificationRequest
    o = _new(StatusNotificationRequest)
    s0(o, _parse_datetime(d["timestamp"]))
    s1(o, _E_ConnectorStatusEnum[d["connectorStatus"]])
    s2(o, d["evseId"])
    s3(o, d["connectorId"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TransactionEventRequest(o: TransactionEventRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "eventType": o.event_type._value_,
        "timestamp": _format_datetime(o.timestamp),
        "triggerReason": o.trigger_reason._value_,
        "seqNo": o.seq_no,
        "transactionInfo": _to_wire_Transaction(o.transaction_info),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.meter_value is not None:
        d["meterValue"] = [_to_wire_MeterValue(x) for x in o.meter_value]
    if o.offline is not None:
        d["offline"] = o.offline
    if o.number_of_phases_used is not None:
        d["numberOfPhasesUsed"] = o.number_of_phases_used
    if o.cable_max_current is not None:
        d["cableMaxCurrent"] = o.cable_max_current
    if o.reservation_id is not None:
        d["reservationId"] = o.reservation_id
    if o.evse is not None:
        d["evse"] = _to_wire_EVSE(o.evse)
    if o.id_token is not None:
        d["idToken"] = _to_wire_IdToken(o.id_token)
    return d


def _from_wire_TransactionEventRequest(d: dict[str, Any]) -> TransactionEventRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12 = _SET_TransactionEventRequest
    o = _new(TransactionEventRequest)
    s0(o, _E_TransactionEventEnum[d["eventType"]])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, _E_TriggerReasonEnum[d["triggerReason"]])
    s3(o, d["seqNo"])
    s4(o, _from_wire_Transaction(d["transactionInfo"]))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s6(o, None if (v := g("meterValue")) is None else [_from_wire_MeterValue(x) for x in v])
    s7(o, g("offline"))
    s8(o, g("numberOfPhasesUsed"))
    s9(o, g("cableMaxCurrent"))
    s10(o, g("reservationId"))
    s11(o, None if (v := g("evse")) is None else _from_wire_EVSE(v))
    s12(o, None if (v := g("idToken")) is None else _from_wire_IdToken(v))
    return o


def _to_wire_TriggerMessageRequest(o: TriggerMessageRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestedMessage": o.requested_message._value_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.evse is not None:
        d["evse"] = _to_wire_EVSE(o.evse)
    return d


def _from_wire_TriggerMessageRequest(d: dict[str, Any]) -> TriggerMessageRequest:
    g = d.get
    s0, s1, s2 = _SET_TriggerMessageRequest
    o = _new(TriggerMessageRequest)
    s0(o, _E_MessageTriggerEnum[d["requestedMessage"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s2(o, None if (v := g("evse")) is None else _from_wire_EVSE(v))
    return o


def _to_wire_UnlockConnectorRequest(o: UnlockConnectorRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"evseId": o.evse_id, "connectorId": o.connector_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UnlockConnectorRequest(d: dict[str, Any]) -> UnlockConnectorRequest:
    g = d.get
    s0, s1, s2 = _SET_UnlockConnectorRequest
    o = _new(UnlockConnectorRequest)
    s0(o, d["evseId"])
    s1(o, d["connectorId"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UnpublishFirmwareRequest(o: UnpublishFirmwareRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"checksum": o.checksum}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UnpublishFirmwareRequest(d: dict[str, Any]) -> UnpublishFirmwareRequest:
    g = d.get
    s0, s1 = _SET_UnpublishFirmwareRequest
    o = _new(UnpublishFirmwareRequest)
    s0(o, d["checksum"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UpdateFirmwareRequest(o: UpdateFirmwareRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id, "firmware": _to_wire_Firmware(o.firmware)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    return d


def _from_wire_UpdateFirmwareRequest(d: dict[str, Any]) -> UpdateFirmwareRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_UpdateFirmwareRequest
    o = _new(UpdateFirmwareRequest)
    s0(o, d["requestId"])
    s1(o, _from_wire_Firmware(d["firmware"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    s3(o, g("retries"))
    s4(o, g("retryInterval"))
    return o


_TO_WIRE: dict[type, Callable[[Any], dict[str, Any]]] = {
    CustomData: _to_wire_CustomData,
    ACChargingParameters: _to_wire_ACChargingParameters,
    APN: _to_wire_APN,
    AdditionalInfo: _to_wire_AdditionalInfo,
    IdToken: _to_wire_IdToken,
    MessageContent: _to_wire_MessageContent,
    IdTokenInfo: _to_wire_IdTokenInfo,
    AuthorizationData: _to_wire_AuthorizationData,
    CertificateHashData: _to_wire_CertificateHashData,
    CertificateHashDataChain: _to_wire_CertificateHashDataChain,
    ChargingLimit: _to_wire_ChargingLimit,
    DCChargingParameters: _to_wire_DCChargingParameters,
    ChargingNeeds: _to_wire_ChargingNeeds,
    ChargingSchedulePeriod: _to_wire_ChargingSchedulePeriod,
    RelativeTimeInterval: _to_wire_RelativeTimeInterval,
    Cost: _to_wire_Cost,
    ConsumptionCost: _to_wire_ConsumptionCost,
    SalesTariffEntry: _to_wire_SalesTariffEntry,
    SalesTariff: _to_wire_SalesTariff,
    ChargingSchedule: _to_wire_ChargingSchedule,
    ChargingProfile: _to_wire_ChargingProfile,
    ChargingProfileCriterion: _to_wire_ChargingProfileCriterion,
    Modem: _to_wire_Modem,
    ChargingStation: _to_wire_ChargingStation,
    ClearChargingProfile: _to_wire_ClearChargingProfile,
    StatusInfo: _to_wire_StatusInfo,
    ClearMonitoringResult: _to_wire_ClearMonitoringResult,
    EVSE: _to_wire_EVSE,
    Component: _to_wire_Component,
    Variable: _to_wire_Variable,
    ComponentVariable: _to_wire_ComponentVariable,
    CompositeSchedule: _to_wire_CompositeSchedule,
    EventData: _to_wire_EventData,
    Firmware: _to_wire_Firmware,
    GetVariableData: _to_wire_GetVariableData,
    GetVariableResult: _to_wire_GetVariableResult,
    LogParameters: _to_wire_LogParameters,
    MessageInfo: _to_wire_MessageInfo,
    SignedMeterValue: _to_wire_SignedMeterValue,
    UnitOfMeasure: _to_wire_UnitOfMeasure,
    SampledValue: _to_wire_SampledValue,
    MeterValue: _to_wire_MeterValue,
    VariableMonitoring: _to_wire_VariableMonitoring,
    MonitoringData: _to_wire_MonitoringData,
    VPN: _to_wire_VPN,
    NetworkConnectionProfile: _to_wire_NetworkConnectionProfile,
    OCSPRequestData: _to_wire_OCSPRequestData,
    VariableAttribute: _to_wire_VariableAttribute,
    VariableCharacteristics: _to_wire_VariableCharacteristics,
    ReportData: _to_wire_ReportData,
    SetMonitoringData: _to_wire_SetMonitoringData,
    SetMonitoringResult: _to_wire_SetMonitoringResult,
    SetVariableData: _to_wire_SetVariableData,
    SetVariableResult: _to_wire_SetVariableResult,
    Transaction: _to_wire_Transaction,
    AuthorizeResponse: _to_wire_AuthorizeResponse,
    BootNotificationResponse: _to_wire_BootNotificationResponse,
    CancelReservationResponse: _to_wire_CancelReservationResponse,
    CertificateSignedResponse: _to_wire_CertificateSignedResponse,
    ChangeAvailabilityResponse: _to_wire_ChangeAvailabilityResponse,
    ClearCacheResponse: _to_wire_ClearCacheResponse,
    ClearChargingProfileResponse: _to_wire_ClearChargingProfileResponse,
    ClearDisplayMessageResponse: _to_wire_ClearDisplayMessageResponse,
    ClearVariableMonitoringResponse: _to_wire_ClearVariableMonitoringResponse,
    ClearedChargingLimitResponse: _to_wire_ClearedChargingLimitResponse,
    CostUpdatedResponse: _to_wire_CostUpdatedResponse,
    CustomerInformationResponse: _to_wire_CustomerInformationResponse,
    DataTransferResponse: _to_wire_DataTransferResponse,
    DeleteCertificateResponse: _to_wire_DeleteCertificateResponse,
    FirmwareStatusNotificationResponse: _to_wire_FirmwareStatusNotificationResponse,
    Get15118EVCertificateResponse: _to_wire_Get15118EVCertificateResponse,
    GetBaseReportResponse: _to_wire_GetBaseReportResponse,
    GetCertificateStatusResponse: _to_wire_GetCertificateStatusResponse,
    GetChargingProfilesResponse: _to_wire_GetChargingProfilesResponse,
    GetCompositeScheduleResponse: _to_wire_GetCompositeScheduleResponse,
    GetDisplayMessagesResponse: _to_wire_GetDisplayMessagesResponse,
    GetInstalledCertificateIdsResponse: _to_wire_GetInstalledCertificateIdsResponse,
    GetLocalListVersionResponse: _to_wire_GetLocalListVersionResponse,
    GetLogResponse: _to_wire_GetLogResponse,
    GetMonitoringReportResponse: _to_wire_GetMonitoringReportResponse,
    GetReportResponse: _to_wire_GetReportResponse,
    GetTransactionStatusResponse: _to_wire_GetTransactionStatusResponse,
    GetVariablesResponse: _to_wire_GetVariablesResponse,
    HeartbeatResponse: _to_wire_HeartbeatResponse,
    InstallCertificateResponse: _to_wire_InstallCertificateResponse,
    LogStatusNotificationResponse: _to_wire_LogStatusNotificationResponse,
    MeterValuesResponse: _to_wire_MeterValuesResponse,
    NotifyChargingLimitResponse: _to_wire_NotifyChargingLimitResponse,
    NotifyCustomerInformationResponse: _to_wire_NotifyCustomerInformationResponse,
    NotifyDisplayMessagesResponse: _to_wire_NotifyDisplayMessagesResponse,
    NotifyEVChargingNeedsResponse: _to_wire_NotifyEVChargingNeedsResponse,
    NotifyEVChargingScheduleResponse: _to_wire_NotifyEVChargingScheduleResponse,
    NotifyEventResponse: _to_wire_NotifyEventResponse,
    NotifyMonitoringReportResponse: _to_wire_NotifyMonitoringReportResponse,
    NotifyReportResponse: _to_wire_NotifyReportResponse,
    PublishFirmwareResponse: _to_wire_PublishFirmwareResponse,
    PublishFirmwareStatusNotificationResponse: _to_wire_PublishFirmwareStatusNotificationResponse,
    ReportChargingProfilesResponse: _to_wire_ReportChargingProfilesResponse,
    RequestStartTransactionResponse: _to_wire_RequestStartTransactionResponse,
    RequestStopTransactionResponse: _to_wire_RequestStopTransactionResponse,
    ReservationStatusUpdateResponse: _to_wire_ReservationStatusUpdateResponse,
    ReserveNowResponse: _to_wire_ReserveNowResponse,
    ResetResponse: _to_wire_ResetResponse,
    SecurityEventNotificationResponse: _to_wire_SecurityEventNotificationResponse,
    SendLocalListResponse: _to_wire_SendLocalListResponse,
    SetChargingProfileResponse: _to_wire_SetChargingProfileResponse,
    SetDisplayMessageResponse: _to_wire_SetDisplayMessageResponse,
    SetMonitoringBaseResponse: _to_wire_SetMonitoringBaseResponse,
    SetMonitoringLevelResponse: _to_wire_SetMonitoringLevelResponse,
    SetNetworkProfileResponse: _to_wire_SetNetworkProfileResponse,
    SetVariableMonitoringResponse: _to_wire_SetVariableMonitoringResponse,
    SetVariablesResponse: _to_wire_SetVariablesResponse,
    SignCertificateResponse: _to_wire_SignCertificateResponse,
    StatusNotificationResponse: _to_wire_StatusNotificationResponse,
    TransactionEventResponse: _to_wire_TransactionEventResponse,
    TriggerMessageResponse: _to_wire_TriggerMessageResponse,
    UnlockConnectorResponse: _to_wire_UnlockConnectorResponse,
    UnpublishFirmwareResponse: _to_wire_UnpublishFirmwareResponse,
    UpdateFirmwareResponse: _to_wire_UpdateFirmwareResponse,
    AuthorizeRequest: _to_wire_AuthorizeRequest,
    BootNotificationRequest: _to_wire_BootNotificationRequest,
    CancelReservationRequest: _to_wire_CancelReservationRequest,
    CertificateSignedRequest: _to_wire_CertificateSignedRequest,
    ChangeAvailabilityRequest: _to_wire_ChangeAvailabilityRequest,
    ClearCacheRequest: _to_wire_ClearCacheRequest,
    ClearChargingProfileRequest: _to_wire_ClearChargingProfileRequest,
    ClearDisplayMessageRequest: _to_wire_ClearDisplayMessageRequest,
    ClearVariableMonitoringRequest: _to_wire_ClearVariableMonitoringRequest,
    ClearedChargingLimitRequest: _to_wire_ClearedChargingLimitRequest,
    CostUpdatedRequest: _to_wire_CostUpdatedRequest,
    CustomerInformationRequest: _to_wire_CustomerInformationRequest,
    DataTransferRequest: _to_wire_DataTransferRequest,
    DeleteCertificateRequest: _to_wire_DeleteCertificateRequest,
    FirmwareStatusNotificationRequest: _to_wire_FirmwareStatusNotificationRequest,
    Get15118EVCertificateRequest: _to_wire_Get15118EVCertificateRequest,
    GetBaseReportRequest: _to_wire_GetBaseReportRequest,
    GetCertificateStatusRequest: _to_wire_GetCertificateStatusRequest,
    GetChargingProfilesRequest: _to_wire_GetChargingProfilesRequest,
    GetCompositeScheduleRequest: _to_wire_GetCompositeScheduleRequest,
    GetDisplayMessagesRequest: _to_wire_GetDisplayMessagesRequest,
    GetInstalledCertificateIdsRequest: _to_wire_GetInstalledCertificateIdsRequest,
    GetLocalListVersionRequest: _to_wire_GetLocalListVersionRequest,
    GetLogRequest: _to_wire_GetLogRequest,
    GetMonitoringReportRequest: _to_wire_GetMonitoringReportRequest,
    GetReportRequest: _to_wire_GetReportRequest,
    GetTransactionStatusRequest: _to_wire_GetTransactionStatusRequest,
    GetVariablesRequest: _to_wire_GetVariablesRequest,
    HeartbeatRequest: _to_wire_HeartbeatRequest,
    InstallCertificateRequest: _to_wire_InstallCertificateRequest,
    LogStatusNotificationRequest: _to_wire_LogStatusNotificationRequest,
    MeterValuesRequest: _to_wire_MeterValuesRequest,
    NotifyChargingLimitRequest: _to_wire_NotifyChargingLimitRequest,
    NotifyCustomerInformationRequest: _to_wire_NotifyCustomerInformationRequest,
    NotifyDisplayMessagesRequest: _to_wire_NotifyDisplayMessagesRequest,
    NotifyEVChargingNeedsRequest: _to_wire_NotifyEVChargingNeedsRequest,
    NotifyEVChargingScheduleRequest: _to_wire_NotifyEVChargingScheduleRequest,
    NotifyEventRequest: _to_wire_NotifyEventRequest,
    NotifyMonitoringReportRequest: _to_wire_NotifyMonitoringReportRequest,
    NotifyReportRequest: _to_wire_NotifyReportRequest,
    PublishFirmwareRequest: _to_wire_PublishFirmwareRequest,
    PublishFirmwareStatusNotificationRequest: _to_wire_PublishFirmwareStatusNotificationRequest,
    ReportChargingProfilesRequest: _to_wire_ReportChargingProfilesRequest,
    RequestStartTransactionRequest: _to_wire_RequestStartTransactionRequest,
    RequestStopTransactionRequest: _to_wire_RequestStopTransactionRequest,
    ReservationStatusUpdateRequest: _to_wire_ReservationStatusUpdateRequest,
    ReserveNowRequest: _to_wire_ReserveNowRequest,
    ResetRequest: _to_wire_ResetRequest,
    SecurityEventNotificationRequest: _to_wire_SecurityEventNotificationRequest,
    SendLocalListRequest: _to_wire_SendLocalListRequest,
    SetChargingProfileRequest: _to_wire_SetChargingProfileRequest,
    SetDisplayMessageRequest: _to_wire_SetDisplayMessageRequest,
    SetMonitoringBaseRequest: _to_wire_SetMonitoringBaseRequest,
    SetMonitoringLevelRequest: _to_wire_SetMonitoringLevelRequest,
    SetNetworkProfileRequest: _to_wire_SetNetworkProfileRequest,
    SetVariableMonitoringRequest: _to_wire_SetVariableMonitoringRequest,
    SetVariablesRequest: _to_wire_SetVariablesRequest,
    SignCertificateRequest: _to_wire_SignCertificateRequest,
    StatusNotificationRequest: _to_wire_StatusNotificationRequest,
    TransactionEventRequest: _to_wire_TransactionEventRequest,
    TriggerMessageRequest: _to_wire_TriggerMessageRequest,
    UnlockConnectorRequest: _to_wire_UnlockConnectorRequest,
    UnpublishFirmwareRequest: _to_wire_UnpublishFirmwareRequest,
    UpdateFirmwareRequest: _to_wire_UpdateFirmwareRequest,
}
_FROM_WIRE: dict[type, Callable[[dict[str, Any]], Any]] = {
    CustomData: _from_wire_CustomData,
    ACChargingParameters: _from_wire_ACChargingParameters,
    APN: _from_wire_APN,
    AdditionalInfo: _from_wire_AdditionalInfo,
    IdToken: _from_wire_IdToken,
    MessageContent: _from_wire_MessageContent,
    IdTokenInfo: _from_wire_IdTokenInfo,
    AuthorizationData: _from_wire_AuthorizationData,
    CertificateHashData: _from_wire_CertificateHashData,
    CertificateHashDataChain: _from_wire_CertificateHashDataChain,
    ChargingLimit: _from_wire_ChargingLimit,
    DCChargingParameters: _from_wire_DCChargingParameters,
    ChargingNeeds: _from_wire_ChargingNeeds,
    ChargingSchedulePeriod: _from_wire_ChargingSchedulePeriod,
    RelativeTimeInterval: _from_wire_RelativeTimeInterval,
    Cost: _from_wire_Cost,
    ConsumptionCost: _from_wire_ConsumptionCost,
    SalesTariffEntry: _from_wire_SalesTariffEntry,
    SalesTariff: _from_wire_SalesTariff,
    ChargingSchedule: _from_wire_ChargingSchedule,
    ChargingProfile: _from_wire_ChargingProfile,
    ChargingProfileCriterion: _from_wire_ChargingProfileCriterion,
    Modem: _from_wire_Modem,
    ChargingStation: _from_wire_ChargingStation,
    ClearChargingProfile: _from_wire_ClearChargingProfile,
    StatusInfo: _from_wire_StatusInfo,
    ClearMonitoringResult: _from_wire_ClearMonitoringResult,
    EVSE: _from_wire_EVSE,
    Component: _from_wire_Component,
    Variable: _from_wire_Variable,
    ComponentVariable: _from_wire_ComponentVariable,
    CompositeSchedule: _from_wire_CompositeSchedule,
    EventData: _from_wire_EventData,
    Firmware: _from_wire_Firmware,
    GetVariableData: _from_wire_GetVariableData,
    GetVariableResult: _from_wire_GetVariableResult,
    LogParameters: _from_wire_LogParameters,
    MessageInfo: _from_wire_MessageInfo,
    SignedMeterValue: _from_wire_SignedMeterValue,
    UnitOfMeasure: _from_wire_UnitOfMeasure,
    SampledValue: _from_wire_SampledValue,
    MeterValue: _from_wire_MeterValue,
    VariableMonitoring: _from_wire_VariableMonitoring,
    MonitoringData: _from_wire_MonitoringData,
    VPN: _from_wire_VPN,
    NetworkConnectionProfile: _from_wire_NetworkConnectionProfile,
    OCSPRequestData: _from_wire_OCSPRequestData,
    VariableAttribute: _from_wire_VariableAttribute,
    VariableCharacteristics: _from_wire_VariableCharacteristics,
    ReportData: _from_wire_ReportData,
    SetMonitoringData: _from_wire_SetMonitoringData,
    SetMonitoringResult: _from_wire_SetMonitoringResult,
    SetVariableData: _from_wire_SetVariableData,
    SetVariableResult: _from_wire_SetVariableResult,
    Transaction: _from_wire_Transaction,
    AuthorizeResponse: _from_wire_AuthorizeResponse,
    BootNotificationResponse: _from_wire_BootNotificationResponse,
    CancelReservationResponse: _from_wire_CancelReservationResponse,
    CertificateSignedResponse: _from_wire_CertificateSignedResponse,
    ChangeAvailabilityResponse: _from_wire_ChangeAvailabilityResponse,
    ClearCacheResponse: _from_wire_ClearCacheResponse,
    ClearChargingProfileResponse: _from_wire_ClearChargingProfileResponse,
    ClearDisplayMessageResponse: _from_wire_ClearDisplayMessageResponse,
    ClearVariableMonitoringResponse: _from_wire_ClearVariableMonitoringResponse,
    ClearedChargingLimitResponse: _from_wire_ClearedChargingLimitResponse,
    CostUpdatedResponse: _from_wire_CostUpdatedResponse,
    CustomerInformationResponse: _from_wire_CustomerInformationResponse,
    DataTransferResponse: _from_wire_DataTransferResponse,
    DeleteCertificateResponse: _from_wire_DeleteCertificateResponse,
    FirmwareStatusNotificationResponse: _from_wire_FirmwareStatusNotificationResponse,
    Get15118EVCertificateResponse: _from_wire_Get15118EVCertificateResponse,
    GetBaseReportResponse: _from_wire_GetBaseReportResponse,
    GetCertificateStatusResponse: _from_wire_GetCertificateStatusResponse,
    GetChargingProfilesResponse: _from_wire_GetChargingProfilesResponse,
    GetCompositeScheduleResponse: _from_wire_GetCompositeScheduleResponse,
    GetDisplayMessagesResponse: _from_wire_GetDisplayMessagesResponse,
    GetInstalledCertificateIdsResponse: _from_wire_GetInstalledCertificateIdsResponse,
    GetLocalListVersionResponse: _from_wire_GetLocalListVersionResponse,
    GetLogResponse: _from_wire_GetLogResponse,
    GetMonitoringReportResponse: _from_wire_GetMonitoringReportResponse,
    GetReportResponse: _from_wire_GetReportResponse,
    GetTransactionStatusResponse: _from_wire_GetTransactionStatusResponse,
    GetVariablesResponse: _from_wire_GetVariablesResponse,
    HeartbeatResponse: _from_wire_HeartbeatResponse,
    InstallCertificateResponse: _from_wire_InstallCertificateResponse,
    LogStatusNotificationResponse: _from_wire_LogStatusNotificationResponse,
    MeterValuesResponse: _from_wire_MeterValuesResponse,
    NotifyChargingLimitResponse: _from_wire_NotifyChargingLimitResponse,
    NotifyCustomerInformationResponse: _from_wire_NotifyCustomerInformationResponse,
    NotifyDisplayMessagesResponse: _from_wire_NotifyDisplayMessagesResponse,
    NotifyEVChargingNeedsResponse: _from_wire_NotifyEVChargingNeedsResponse,
    NotifyEVChargingScheduleResponse: _from_wire_NotifyEVChargingScheduleResponse,
    NotifyEventResponse: _from_wire_NotifyEventResponse,
    NotifyMonitoringReportResponse: _from_wire_NotifyMonitoringReportResponse,
    NotifyReportResponse: _from_wire_NotifyReportResponse,
    PublishFirmwareResponse: _from_wire_PublishFirmwareResponse,
    PublishFirmwareStatusNotificationResponse: _from_wire_PublishFirmwareStatusNotificationResponse,
    ReportChargingProfilesResponse: _from_wire_ReportChargingProfilesResponse,
    RequestStartTransactionResponse: _from_wire_RequestStartTransactionResponse,
    RequestStopTransactionResponse: _from_wire_RequestStopTransactionResponse,
    ReservationStatusUpdateResponse: _from_wire_ReservationStatusUpdateResponse,
    ReserveNowResponse: _from_wire_ReserveNowResponse,
    ResetResponse: _from_wire_ResetResponse,
    SecurityEventNotificationResponse: _from_wire_SecurityEventNotificationResponse,
    SendLocalListResponse: _from_wire_SendLocalListResponse,
    SetChargingProfileResponse: _from_wire_SetChargingProfileResponse,
    SetDisplayMessageResponse: _from_wire_SetDisplayMessageResponse,
    SetMonitoringBaseResponse: _from_wire_SetMonitoringBaseResponse,
    SetMonitoringLevelResponse: _from_wire_SetMonitoringLevelResponse,
    SetNetworkProfileResponse: _from_wire_SetNetworkProfileResponse,
    SetVariableMonitoringResponse: _from_wire_SetVariableMonitoringResponse,
    SetVariablesResponse: _from_wire_SetVariablesResponse,
    SignCertificateResponse: _from_wire_SignCertificateResponse,
    StatusNotificationResponse: _from_wire_StatusNotificationResponse,
    TransactionEventResponse: _from_wire_TransactionEventResponse,
    TriggerMessageResponse: _from_wire_TriggerMessageResponse,
    UnlockConnectorResponse: _from_wire_UnlockConnectorResponse,
    UnpublishFirmwareResponse: _from_wire_UnpublishFirmwareResponse,
    UpdateFirmwareResponse: _from_wire_UpdateFirmwareResponse,
    AuthorizeRequest: _from_wire_AuthorizeRequest,
    BootNotificationRequest: _from_wire_BootNotificationRequest,
    CancelReservationRequest: _from_wire_CancelReservationRequest,
    CertificateSignedRequest: _from_wire_CertificateSignedRequest,
    ChangeAvailabilityRequest: _from_wire_ChangeAvailabilityRequest,
    ClearCacheRequest: _from_wire_ClearCacheRequest,
    ClearChargingProfileRequest: _from_wire_ClearChargingProfileRequest,
    ClearDisplayMessageRequest: _from_wire_ClearDisplayMessageRequest,
    ClearVariableMonitoringRequest: _from_wire_ClearVariableMonitoringRequest,
    ClearedChargingLimitRequest: _from_wire_ClearedChargingLimitRequest,
    CostUpdatedRequest: _from_wire_CostUpdatedRequest,
    CustomerInformationRequest: _from_wire_CustomerInformationRequest,
    DataTransferRequest: _from_wire_DataTransferRequest,
    DeleteCertificateRequest: _from_wire_DeleteCertificateRequest,
    FirmwareStatusNotificationRequest: _from_wire_FirmwareStatusNotificationRequest,
    Get15118EVCertificateRequest: _from_wire_Get15118EVCertificateRequest,
    GetBaseReportRequest: _from_wire_GetBaseReportRequest,
    GetCertificateStatusRequest: _from_wire_GetCertificateStatusRequest,
    GetChargingProfilesRequest: _from_wire_GetChargingProfilesRequest,
    GetCompositeScheduleRequest: _from_wire_GetCompositeScheduleRequest,
    GetDisplayMessagesRequest: _from_wire_GetDisplayMessagesRequest,
    GetInstalledCertificateIdsRequest: _from_wire_GetInstalledCertificateIdsRequest,
    GetLocalListVersionRequest: _from_wire_GetLocalListVersionRequest,
    GetLogRequest: _from_wire_GetLogRequest,
    GetMonitoringReportRequest: _from_wire_GetMonitoringReportRequest,
    GetReportRequest: _from_wire_GetReportRequest,
    GetTransactionStatusRequest: _from_wire_GetTransactionStatusRequest,
    GetVariablesRequest: _from_wire_GetVariablesRequest,
    HeartbeatRequest: _from_wire_HeartbeatRequest,
    InstallCertificateRequest: _from_wire_InstallCertificateRequest,
    LogStatusNotificationRequest: _from_wire_LogStatusNotificationRequest,
    MeterValuesRequest: _from_wire_MeterValuesRequest,
    NotifyChargingLimitRequest: _from_wire_NotifyChargingLimitRequest,
    NotifyCustomerInformationRequest: _from_wire_NotifyCustomerInformationRequest,
    NotifyDisplayMessagesRequest: _from_wire_NotifyDisplayMessagesRequest,
    NotifyEVChargingNeedsRequest: _from_wire_NotifyEVChargingNeedsRequest,
    NotifyEVChargingScheduleRequest: _from_wire_NotifyEVChargingScheduleRequest,
    NotifyEventRequest: _from_wire_NotifyEventRequest,
    NotifyMonitoringReportRequest: _from_wire_NotifyMonitoringReportRequest,
    NotifyReportRequest: _from_wire_NotifyReportRequest,
    PublishFirmwareRequest: _from_wire_PublishFirmwareRequest,
    PublishFirmwareStatusNotificationRequest: _from_wire_PublishFirmwareStatusNotificationRequest,
    ReportChargingProfilesRequest: _from_wire_ReportChargingProfilesRequest,
    RequestStartTransactionRequest: _from_wire_RequestStartTransactionRequest,
    RequestStopTransactionRequest: _from_wire_RequestStopTransactionRequest,
    ReservationStatusUpdateRequest: _from_wire_ReservationStatusUpdateRequest,
    ReserveNowRequest: _from_wire_ReserveNowRequest,
    ResetRequest: _from_wire_ResetRequest,
    SecurityEventNotificationRequest: _from_wire_SecurityEventNotificationRequest,
    SendLocalListRequest: _from_wire_SendLocalListRequest,
    SetChargingProfileRequest: _from_wire_SetChargingProfileRequest,
    SetDisplayMessageRequest: _from_wire_SetDisplayMessageRequest,
    SetMonitoringBaseRequest: _from_wire_SetMonitoringBaseRequest,
    SetMonitoringLevelRequest: _from_wire_SetMonitoringLevelRequest,
    SetNetworkProfileRequest: _from_wire_SetNetworkProfileRequest,
    SetVariableMonitoringRequest: _from_wire_SetVariableMonitoringRequest,
    SetVariablesRequest: _from_wire_SetVariablesRequest,
    SignCertificateRequest: _from_wire_SignCertificateRequest,
    StatusNotificationRequest: _from_wire_StatusNotificationRequest,
    TransactionEventRequest: _from_wire_TransactionEventRequest,
    TriggerMessageRequest: _from_wire_TriggerMessageRequest,
    UnlockConnectorRequest: _from_wire_UnlockConnectorRequest,
    UnpublishFirmwareRequest: _from_wire_UnpublishFirmwareRequest,
    UpdateFirmwareRequest: _from_wire_UpdateFirmwareRequest,
}
