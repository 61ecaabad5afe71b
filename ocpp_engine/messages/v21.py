"""Typed payload classes for OCPP 2.1, generated from ``schemas/v21``.

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
    "AFRRSignalRequest",
    "AFRRSignalResponse",
    "APN",
    "APNAuthenticationEnum",
    "AbsolutePriceSchedule",
    "AdditionalInfo",
    "AdditionalSelectedServices",
    "Address",
    "AdjustPeriodicEventStreamRequest",
    "AdjustPeriodicEventStreamResponse",
    "AttributeEnum",
    "AuthorizationData",
    "AuthorizationStatusEnum",
    "AuthorizeCertificateStatusEnum",
    "AuthorizeRequest",
    "AuthorizeResponse",
    "BatteryData",
    "BatterySwapEventEnum",
    "BatterySwapRequest",
    "BatterySwapResponse",
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
    "CertificateStatus",
    "CertificateStatusEnum",
    "CertificateStatusRequestInfo",
    "CertificateStatusSourceEnum",
    "ChangeAvailabilityRequest",
    "ChangeAvailabilityResponse",
    "ChangeAvailabilityStatusEnum",
    "ChangeTransactionTariffRequest",
    "ChangeTransactionTariffResponse",
    "ChargingLimit",
    "ChargingNeeds",
    "ChargingPeriod",
    "ChargingProfile",
    "ChargingProfileCriterion",
    "ChargingProfileKindEnum",
    "ChargingProfilePurposeEnum",
    "ChargingProfileStatusEnum",
    "ChargingRateUnitEnum",
    "ChargingSchedule",
    "ChargingSchedulePeriod",
    "ChargingScheduleUpdate",
    "ChargingStateEnum",
    "ChargingStation",
    "ClearCacheRequest",
    "ClearCacheResponse",
    "ClearCacheStatusEnum",
    "ClearChargingProfile",
    "ClearChargingProfileRequest",
    "ClearChargingProfileResponse",
    "ClearChargingProfileStatusEnum",
    "ClearDERControlRequest",
    "ClearDERControlResponse",
    "ClearDisplayMessageRequest",
    "ClearDisplayMessageResponse",
    "ClearMessageStatusEnum",
    "ClearMonitoringResult",
    "ClearMonitoringStatusEnum",
    "ClearTariffsRequest",
    "ClearTariffsResponse",
    "ClearTariffsResult",
    "ClearVariableMonitoringRequest",
    "ClearVariableMonitoringResponse",
    "ClearedChargingLimitRequest",
    "ClearedChargingLimitResponse",
    "ClosePeriodicEventStreamRequest",
    "ClosePeriodicEventStreamResponse",
    "Component",
    "ComponentCriterionEnum",
    "ComponentVariable",
    "CompositeSchedule",
    "ConnectorStatusEnum",
    "ConstantStreamData",
    "ConsumptionCost",
    "ControlModeEnum",
    "Cost",
    "CostDetails",
    "CostDimension",
    "CostDimensionEnum",
    "CostKindEnum",
    "CostUpdatedRequest",
    "CostUpdatedResponse",
    "CustomData",
    "CustomerInformationRequest",
    "CustomerInformationResponse",
    "CustomerInformationStatusEnum",
    "DCChargingParameters",
    "DERChargingParameters",
    "DERControlEnum",
    "DERControlStatusEnum",
    "DERCurve",
    "DERCurveGet",
    "DERCurvePoints",
    "DERUnitEnum",
    "DataEnum",
    "DataTransferRequest",
    "DataTransferResponse",
    "DataTransferStatusEnum",
    "DayOfWeekEnum",
    "DeleteCertificateRequest",
    "DeleteCertificateResponse",
    "DeleteCertificateStatusEnum",
    "DisplayMessageStatusEnum",
    "EVAbsolutePriceSchedule",
    "EVAbsolutePriceScheduleEntry",
    "EVEnergyOffer",
    "EVPowerSchedule",
    "EVPowerScheduleEntry",
    "EVPriceRule",
    "EVSE",
    "EnergyTransferModeEnum",
    "EnterService",
    "EnterServiceGet",
    "EventData",
    "EventNotificationEnum",
    "EventTriggerEnum",
    "EvseKindEnum",
    "Firmware",
    "FirmwareStatusEnum",
    "FirmwareStatusNotificationRequest",
    "FirmwareStatusNotificationResponse",
    "FixedPF",
    "FixedPFGet",
    "FixedVar",
    "FixedVarGet",
    "FreqDroop",
    "FreqDroopGet",
    "GenericDeviceModelStatusEnum",
    "GenericStatusEnum",
    "Get15118EVCertificateRequest",
    "Get15118EVCertificateResponse",
    "GetBaseReportRequest",
    "GetBaseReportResponse",
    "GetCertificateChainStatusRequest",
    "GetCertificateChainStatusResponse",
    "GetCertificateIdUseEnum",
    "GetCertificateStatusEnum",
    "GetCertificateStatusRequest",
    "GetCertificateStatusResponse",
    "GetChargingProfileStatusEnum",
    "GetChargingProfilesRequest",
    "GetChargingProfilesResponse",
    "GetCompositeScheduleRequest",
    "GetCompositeScheduleResponse",
    "GetDERControlRequest",
    "GetDERControlResponse",
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
    "GetPeriodicEventStreamRequest",
    "GetPeriodicEventStreamResponse",
    "GetReportRequest",
    "GetReportResponse",
    "GetTariffsRequest",
    "GetTariffsResponse",
    "GetTransactionStatusRequest",
    "GetTransactionStatusResponse",
    "GetVariableData",
    "GetVariableResult",
    "GetVariableStatusEnum",
    "GetVariablesRequest",
    "GetVariablesResponse",
    "Gradient",
    "GradientGet",
    "GridEventFaultEnum",
    "HashAlgorithmEnum",
    "HeartbeatRequest",
    "HeartbeatResponse",
    "Hysteresis",
    "IdToken",
    "IdTokenInfo",
    "InstallCertificateRequest",
    "InstallCertificateResponse",
    "InstallCertificateStatusEnum",
    "InstallCertificateUseEnum",
    "IslandingDetectionEnum",
    "Iso15118EVCertificateStatusEnum",
    "LimitAtSoC",
    "LimitMaxDischarge",
    "LimitMaxDischargeGet",
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
    "MobilityNeedsModeEnum",
    "Modem",
    "MonitorEnum",
    "MonitoringBaseEnum",
    "MonitoringCriterionEnum",
    "MonitoringData",
    "MutabilityEnum",
    "NetworkConnectionProfile",
    "NotifyAllowedEnergyTransferRequest",
    "NotifyAllowedEnergyTransferResponse",
    "NotifyAllowedEnergyTransferStatusEnum",
    "NotifyChargingLimitRequest",
    "NotifyChargingLimitResponse",
    "NotifyCustomerInformationRequest",
    "NotifyCustomerInformationResponse",
    "NotifyDERAlarmRequest",
    "NotifyDERAlarmResponse",
    "NotifyDERStartStopRequest",
    "NotifyDERStartStopResponse",
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
    "NotifyPeriodicEventStreamRequest",
    "NotifyPriorityChargingRequest",
    "NotifyPriorityChargingResponse",
    "NotifyReportRequest",
    "NotifyReportResponse",
    "NotifySettlementRequest",
    "NotifySettlementResponse",
    "NotifyWebPaymentStartedRequest",
    "NotifyWebPaymentStartedResponse",
    "OCPPInterfaceEnum",
    "OCPPTransportEnum",
    "OCPPVersionEnum",
    "OCSPRequestData",
    "OpenPeriodicEventStreamRequest",
    "OpenPeriodicEventStreamResponse",
    "OperationModeEnum",
    "OperationalStatusEnum",
    "OverstayRule",
    "OverstayRuleList",
    "PaymentStatusEnum",
    "PeriodicEventStreamParams",
    "PhaseEnum",
    "PowerDuringCessationEnum",
    "PreconditioningStatusEnum",
    "Price",
    "PriceLevelSchedule",
    "PriceLevelScheduleEntry",
    "PriceRule",
    "PriceRuleStack",
    "PriorityChargingStatusEnum",
    "PublishFirmwareRequest",
    "PublishFirmwareResponse",
    "PublishFirmwareStatusEnum",
    "PublishFirmwareStatusNotificationRequest",
    "PublishFirmwareStatusNotificationResponse",
    "PullDynamicScheduleUpdateRequest",
    "PullDynamicScheduleUpdateResponse",
    "REQUESTS",
    "RESPONSES",
    "RationalNumber",
    "ReactivePowerParams",
    "ReadingContextEnum",
    "ReasonEnum",
    "RecurrencyKindEnum",
    "RegistrationStatusEnum",
    "RelativeTimeInterval",
    "ReportBaseEnum",
    "ReportChargingProfilesRequest",
    "ReportChargingProfilesResponse",
    "ReportDERControlRequest",
    "ReportDERControlResponse",
    "ReportData",
    "RequestBatterySwapRequest",
    "RequestBatterySwapResponse",
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
    "SetDERControlRequest",
    "SetDERControlResponse",
    "SetDefaultTariffRequest",
    "SetDefaultTariffResponse",
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
    "StreamDataElement",
    "Tariff",
    "TariffAssignment",
    "TariffChangeStatusEnum",
    "TariffClearStatusEnum",
    "TariffConditions",
    "TariffConditionsFixed",
    "TariffCostEnum",
    "TariffEnergy",
    "TariffEnergyPrice",
    "TariffFixed",
    "TariffFixedPrice",
    "TariffGetStatusEnum",
    "TariffKindEnum",
    "TariffSetStatusEnum",
    "TariffTime",
    "TariffTimePrice",
    "TaxRate",
    "TaxRule",
    "TotalCost",
    "TotalPrice",
    "TotalUsage",
    "Transaction",
    "TransactionEventEnum",
    "TransactionEventRequest",
    "TransactionEventResponse",
    "TransactionLimit",
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
    "UpdateDynamicScheduleRequest",
    "UpdateDynamicScheduleResponse",
    "UpdateEnum",
    "UpdateFirmwareRequest",
    "UpdateFirmwareResponse",
    "UpdateFirmwareStatusEnum",
    "UploadLogStatusEnum",
    "UsePriorityChargingRequest",
    "UsePriorityChargingResponse",
    "V2XChargingParameters",
    "V2XFreqWattPoint",
    "V2XSignalWattPoint",
    "VPN",
    "VPNEnum",
    "Variable",
    "VariableAttribute",
    "VariableCharacteristics",
    "VariableMonitoring",
    "VatNumberValidationRequest",
    "VatNumberValidationResponse",
    "VoltageParams",
]


class APNAuthenticationEnum(str, Enum):
    """Authentication method.

    Values of schema type ``APNAuthenticationEnumType``.
    """

    PAP = "PAP"
    CHAP = "CHAP"
    NONE = "NONE"
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


class BatterySwapEventEnum(str, Enum):
    """Battery in/out.

    Values of schema type ``BatterySwapEventEnumType``.
    """

    BATTERY_IN = "BatteryIn"
    BATTERY_OUT = "BatteryOut"
    BATTERY_OUT_TIMEOUT = "BatteryOutTimeout"


class BootReasonEnum(str, Enum):
    """Values of schema type ``BootReasonEnumType`` (OCPP 2.1).

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
    """Values of schema type ``CancelReservationStatusEnumType`` (OCPP 2.1).

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
    V2G20_CERTIFICATE = "V2G20Certificate"


class CertificateStatusEnum(str, Enum):
    """Status of certificate: good, revoked or unknown.

    Values of schema type ``CertificateStatusEnumType``.
    """

    GOOD = "Good"
    REVOKED = "Revoked"
    UNKNOWN = "Unknown"
    FAILED = "Failed"


class CertificateStatusSourceEnum(str, Enum):
    """Source of status: OCSP, CRL.

    Values of schema type ``CertificateStatusSourceEnumType``.
    """

    CRL = "CRL"
    OCSP = "OCSP"


class ChangeAvailabilityStatusEnum(str, Enum):
    """Values of schema type ``ChangeAvailabilityStatusEnumType`` (OCPP 2.1).

    This indicates whether the Charging Station is able to perform the availability change.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class ChargingProfileKindEnum(str, Enum):
    """Indicates the kind of schedule.

    Values of schema type ``ChargingProfileKindEnumType``.
    """

    ABSOLUTE = "Absolute"
    RECURRING = "Recurring"
    RELATIVE = "Relative"
    DYNAMIC = "Dynamic"


class ChargingProfilePurposeEnum(str, Enum):
    """Values of schema type ``ChargingProfilePurposeEnumType`` (OCPP 2.1).

    Specifies to purpose of the charging profiles that will be cleared, if they meet the other
    criteria in the request.
    """

    CHARGING_STATION_EXTERNAL_CONSTRAINTS = "ChargingStationExternalConstraints"
    CHARGING_STATION_MAX_PROFILE = "ChargingStationMaxProfile"
    TX_DEFAULT_PROFILE = "TxDefaultProfile"
    TX_PROFILE = "TxProfile"
    PRIORITY_CHARGING = "PriorityCharging"
    LOCAL_GENERATION = "LocalGeneration"


class ChargingProfileStatusEnum(str, Enum):
    """Result of request.

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

    has changed. Omitted when there is no communication between EVSE and EV, because no cable is
    plugged in.

    Values of schema type ``ChargingStateEnumType``.
    """

    EV_CONNECTED = "EVConnected"
    CHARGING = "Charging"
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
    REJECTED = "Rejected"


class ClearMonitoringStatusEnum(str, Enum):
    """Result of the clear request for this monitor, identified by its Id.

    Values of schema type ``ClearMonitoringStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_FOUND = "NotFound"


class ComponentCriterionEnum(str, Enum):
    """Values of schema type ``ComponentCriterionEnumType`` (OCPP 2.1)."""

    ACTIVE = "Active"
    AVAILABLE = "Available"
    ENABLED = "Enabled"
    PROBLEM = "Problem"


class ConnectorStatusEnum(str, Enum):
    """Values of schema type ``ConnectorStatusEnumType`` (OCPP 2.1).

    This contains the current status of the Connector.
    """

    AVAILABLE = "Available"
    OCCUPIED = "Occupied"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


class ControlModeEnum(str, Enum):
    """*(2.1)* Indicates whether EV wants to operate in Dynamic or Scheduled mode.

    When absent, Scheduled mode is assumed for backwards compatibility.

    *ISO 15118-20:*

    ServiceSelectionReq(SelectedEnergyTransferService)

    Values of schema type ``ControlModeEnumType``.
    """

    SCHEDULED_CONTROL = "ScheduledControl"
    DYNAMIC_CONTROL = "DynamicControl"


class CostDimensionEnum(str, Enum):
    """Type of cost dimension: energy, power, time, etc.

    Values of schema type ``CostDimensionEnumType``.
    """

    ENERGY = "Energy"
    MAX_CURRENT = "MaxCurrent"
    MIN_CURRENT = "MinCurrent"
    MAX_POWER = "MaxPower"
    MIN_POWER = "MinPower"
    IDLE_TIME = "IdleTIme"
    CHARGING_TIME = "ChargingTime"


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


class DERControlEnum(str, Enum):
    """Name of control settings to clear.

    Not used when _controlId_ is provided.

    Values of schema type ``DERControlEnumType``.
    """

    ENTER_SERVICE = "EnterService"
    FREQ_DROOP = "FreqDroop"
    FREQ_WATT = "FreqWatt"
    FIXED_PF_ABSORB = "FixedPFAbsorb"
    FIXED_PF_INJECT = "FixedPFInject"
    FIXED_VAR = "FixedVar"
    GRADIENTS = "Gradients"
    HF_MUST_TRIP = "HFMustTrip"
    HF_MAY_TRIP = "HFMayTrip"
    HV_MUST_TRIP = "HVMustTrip"
    HV_MOM_CESS = "HVMomCess"
    HV_MAY_TRIP = "HVMayTrip"
    LIMIT_MAX_DISCHARGE = "LimitMaxDischarge"
    LF_MUST_TRIP = "LFMustTrip"
    LV_MUST_TRIP = "LVMustTrip"
    LV_MOM_CESS = "LVMomCess"
    LV_MAY_TRIP = "LVMayTrip"
    POWER_MONITORING_MUST_TRIP = "PowerMonitoringMustTrip"
    VOLT_VAR = "VoltVar"
    VOLT_WATT = "VoltWatt"
    WATT_PF = "WattPF"
    WATT_VAR = "WattVar"


class DERControlStatusEnum(str, Enum):
    """Result of operation.

    Values of schema type ``DERControlStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_SUPPORTED = "NotSupported"
    NOT_FOUND = "NotFound"


class DERUnitEnum(str, Enum):
    """Unit of the Y-axis of DER curve.

    Values of schema type ``DERUnitEnumType``.
    """

    NOT_APPLICABLE = "Not_Applicable"
    PCT_MAX_W = "PctMaxW"
    PCT_MAX_VAR = "PctMaxVar"
    PCT_W_AVAIL = "PctWAvail"
    PCT_VAR_AVAIL = "PctVarAvail"
    PCT_EFFECTIVE_V = "PctEffectiveV"


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
    """Values of schema type ``DataTransferStatusEnumType`` (OCPP 2.1).

    This indicates the success or failure of the data transfer.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_MESSAGE_ID = "UnknownMessageId"
    UNKNOWN_VENDOR_ID = "UnknownVendorId"


class DayOfWeekEnum(str, Enum):
    """Values of schema type ``DayOfWeekEnumType`` (OCPP 2.1)."""

    MONDAY = "Monday"
    TUESDAY = "Tuesday"
    WEDNESDAY = "Wednesday"
    THURSDAY = "Thursday"
    FRIDAY = "Friday"
    SATURDAY = "Saturday"
    SUNDAY = "Sunday"


class DeleteCertificateStatusEnum(str, Enum):
    """Charging Station indicates if it can process the request.

    Values of schema type ``DeleteCertificateStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    FAILED = "Failed"
    NOT_FOUND = "NotFound"


class DisplayMessageStatusEnum(str, Enum):
    """Values of schema type ``DisplayMessageStatusEnumType`` (OCPP 2.1).

    This indicates whether the Charging Station is able to display the message.
    """

    ACCEPTED = "Accepted"
    NOT_SUPPORTED_MESSAGE_FORMAT = "NotSupportedMessageFormat"
    REJECTED = "Rejected"
    NOT_SUPPORTED_PRIORITY = "NotSupportedPriority"
    NOT_SUPPORTED_STATE = "NotSupportedState"
    UNKNOWN_TRANSACTION = "UnknownTransaction"
    LANGUAGE_NOT_SUPPORTED = "LanguageNotSupported"


class EnergyTransferModeEnum(str, Enum):
    """Values of schema type ``EnergyTransferModeEnumType`` (OCPP 2.1)."""

    AC_SINGLE_PHASE = "AC_single_phase"
    AC_TWO_PHASE = "AC_two_phase"
    AC_THREE_PHASE = "AC_three_phase"
    DC = "DC"
    AC_BPT = "AC_BPT"
    AC_BPT_DER = "AC_BPT_DER"
    AC_DER = "AC_DER"
    DC_BPT = "DC_BPT"
    DC_ACDP = "DC_ACDP"
    DC_ACDP_BPT = "DC_ACDP_BPT"
    WPT = "WPT"


class EventNotificationEnum(str, Enum):
    """Specifies the event notification type of the message.

    Values of schema type ``EventNotificationEnumType``.
    """

    HARD_WIRED_NOTIFICATION = "HardWiredNotification"
    HARD_WIRED_MONITOR = "HardWiredMonitor"
    PRECONFIGURED_MONITOR = "PreconfiguredMonitor"
    CUSTOM_MONITOR = "CustomMonitor"


class EventTriggerEnum(str, Enum):
    """Type of trigger for this event, e.g.

    exceeding a threshold value.

    Values of schema type ``EventTriggerEnumType``.
    """

    ALERTING = "Alerting"
    DELTA = "Delta"
    PERIODIC = "Periodic"


class EvseKindEnum(str, Enum):
    """Type of EVSE (AC, DC) this tariff applies to.

    Values of schema type ``EvseKindEnumType``.
    """

    AC = "AC"
    DC = "DC"


class FirmwareStatusEnum(str, Enum):
    """Values of schema type ``FirmwareStatusEnumType`` (OCPP 2.1).

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
    """Values of schema type ``GenericDeviceModelStatusEnumType`` (OCPP 2.1).

    This indicates whether the Charging Station is able to accept this request.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NOT_SUPPORTED = "NotSupported"
    EMPTY_RESULT_SET = "EmptyResultSet"


class GenericStatusEnum(str, Enum):
    """Values of schema type ``GenericStatusEnumType`` (OCPP 2.1)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class GetCertificateIdUseEnum(str, Enum):
    """Values of schema type ``GetCertificateIdUseEnumType`` (OCPP 2.1)."""

    V2G_ROOT_CERTIFICATE = "V2GRootCertificate"
    MO_ROOT_CERTIFICATE = "MORootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    V2G_CERTIFICATE_CHAIN = "V2GCertificateChain"
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"
    OEM_ROOT_CERTIFICATE = "OEMRootCertificate"


class GetCertificateStatusEnum(str, Enum):
    """Values of schema type ``GetCertificateStatusEnumType`` (OCPP 2.1).

    This indicates whether the charging station was able to retrieve the OCSP certificate status.
    """

    ACCEPTED = "Accepted"
    FAILED = "Failed"


class GetChargingProfileStatusEnum(str, Enum):
    """Values of schema type ``GetChargingProfileStatusEnumType`` (OCPP 2.1).

    This indicates whether the Charging Station is able to process this request and will send
    ReportChargingProfilesRequest messages.
    """

    ACCEPTED = "Accepted"
    NO_PROFILES = "NoProfiles"


class GetDisplayMessagesStatusEnum(str, Enum):
    """Values of schema type ``GetDisplayMessagesStatusEnumType`` (OCPP 2.1).

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
    """Values of schema type ``GetVariableStatusEnumType`` (OCPP 2.1)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    UNKNOWN_COMPONENT = "UnknownComponent"
    UNKNOWN_VARIABLE = "UnknownVariable"
    NOT_SUPPORTED_ATTRIBUTE_TYPE = "NotSupportedAttributeType"


class GridEventFaultEnum(str, Enum):
    """Type of grid event that caused this.

    Values of schema type ``GridEventFaultEnumType``.
    """

    CURRENT_IMBALANCE = "CurrentImbalance"
    LOCAL_EMERGENCY = "LocalEmergency"
    LOW_INPUT_POWER = "LowInputPower"
    OVER_CURRENT = "OverCurrent"
    OVER_FREQUENCY = "OverFrequency"
    OVER_VOLTAGE = "OverVoltage"
    PHASE_ROTATION = "PhaseRotation"
    REMOTE_EMERGENCY = "RemoteEmergency"
    UNDER_FREQUENCY = "UnderFrequency"
    UNDER_VOLTAGE = "UnderVoltage"
    VOLTAGE_IMBALANCE = "VoltageImbalance"


class HashAlgorithmEnum(str, Enum):
    """Used algorithms for the hashes provided.

    Values of schema type ``HashAlgorithmEnumType``.
    """

    SHA256 = "SHA256"
    SHA384 = "SHA384"
    SHA512 = "SHA512"


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
    MANUFACTURER_ROOT_CERTIFICATE = "ManufacturerRootCertificate"
    CSMS_ROOT_CERTIFICATE = "CSMSRootCertificate"
    OEM_ROOT_CERTIFICATE = "OEMRootCertificate"


class IslandingDetectionEnum(str, Enum):
    """Values of schema type ``IslandingDetectionEnumType`` (OCPP 2.1)."""

    NO_ANTI_ISLANDING_SUPPORT = "NoAntiIslandingSupport"
    ROCOF = "RoCoF"
    UVP_OVP = "UVP_OVP"
    UFP_OFP = "UFP_OFP"
    VOLTAGE_VECTOR_SHIFT = "VoltageVectorShift"
    ZERO_CROSSING_DETECTION = "ZeroCrossingDetection"
    OTHER_PASSIVE = "OtherPassive"
    IMPEDANCE_MEASUREMENT = "ImpedanceMeasurement"
    IMPEDANCE_AT_FREQUENCY = "ImpedanceAtFrequency"
    SLIP_MODE_FREQUENCY_SHIFT = "SlipModeFrequencyShift"
    SANDIA_FREQUENCY_SHIFT = "SandiaFrequencyShift"
    SANDIA_VOLTAGE_SHIFT = "SandiaVoltageShift"
    FREQUENCY_JUMP = "FrequencyJump"
    RCLQ_FACTOR = "RCLQFactor"
    OTHER_ACTIVE = "OtherActive"


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
    UPSTREAM = "Upstream"


class LogEnum(str, Enum):
    """Values of schema type ``LogEnumType`` (OCPP 2.1).

    This contains the type of log file that the Charging Station

    should send.
    """

    DIAGNOSTICS_LOG = "DiagnosticsLog"
    SECURITY_LOG = "SecurityLog"
    DATA_COLLECTOR_LOG = "DataCollectorLog"


class LogStatusEnum(str, Enum):
    """Values of schema type ``LogStatusEnumType`` (OCPP 2.1).

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
    CURRENT_EXPORT_OFFERED = "Current.Export.Offered"
    CURRENT_EXPORT_MINIMUM = "Current.Export.Minimum"
    CURRENT_IMPORT = "Current.Import"
    CURRENT_IMPORT_OFFERED = "Current.Import.Offered"
    CURRENT_IMPORT_MINIMUM = "Current.Import.Minimum"
    CURRENT_OFFERED = "Current.Offered"
    DISPLAY_PRESENT_SOC = "Display.PresentSOC"
    DISPLAY_MINIMUM_SOC = "Display.MinimumSOC"
    DISPLAY_TARGET_SOC = "Display.TargetSOC"
    DISPLAY_MAXIMUM_SOC = "Display.MaximumSOC"
    DISPLAY_REMAINING_TIME_TO_MINIMUM_SOC = "Display.RemainingTimeToMinimumSOC"
    DISPLAY_REMAINING_TIME_TO_TARGET_SOC = "Display.RemainingTimeToTargetSOC"
    DISPLAY_REMAINING_TIME_TO_MAXIMUM_SOC = "Display.RemainingTimeToMaximumSOC"
    DISPLAY_CHARGING_COMPLETE = "Display.ChargingComplete"
    DISPLAY_BATTERY_ENERGY_CAPACITY = "Display.BatteryEnergyCapacity"
    DISPLAY_INLET_HOT = "Display.InletHot"
    ENERGY_ACTIVE_EXPORT_INTERVAL = "Energy.Active.Export.Interval"
    ENERGY_ACTIVE_EXPORT_REGISTER = "Energy.Active.Export.Register"
    ENERGY_ACTIVE_IMPORT_INTERVAL = "Energy.Active.Import.Interval"
    ENERGY_ACTIVE_IMPORT_REGISTER = "Energy.Active.Import.Register"
    ENERGY_ACTIVE_IMPORT_CABLE_LOSS = "Energy.Active.Import.CableLoss"
    ENERGY_ACTIVE_IMPORT_LOCAL_GENERATION_REGISTER = "Energy.Active.Import.LocalGeneration.Register"
    ENERGY_ACTIVE_NET = "Energy.Active.Net"
    ENERGY_ACTIVE_SETPOINT_INTERVAL = "Energy.Active.Setpoint.Interval"
    ENERGY_APPARENT_EXPORT = "Energy.Apparent.Export"
    ENERGY_APPARENT_IMPORT = "Energy.Apparent.Import"
    ENERGY_APPARENT_NET = "Energy.Apparent.Net"
    ENERGY_REACTIVE_EXPORT_INTERVAL = "Energy.Reactive.Export.Interval"
    ENERGY_REACTIVE_EXPORT_REGISTER = "Energy.Reactive.Export.Register"
    ENERGY_REACTIVE_IMPORT_INTERVAL = "Energy.Reactive.Import.Interval"
    ENERGY_REACTIVE_IMPORT_REGISTER = "Energy.Reactive.Import.Register"
    ENERGY_REACTIVE_NET = "Energy.Reactive.Net"
    ENERGY_REQUEST_TARGET = "EnergyRequest.Target"
    ENERGY_REQUEST_MINIMUM = "EnergyRequest.Minimum"
    ENERGY_REQUEST_MAXIMUM = "EnergyRequest.Maximum"
    ENERGY_REQUEST_MINIMUM_V2X = "EnergyRequest.Minimum.V2X"
    ENERGY_REQUEST_MAXIMUM_V2X = "EnergyRequest.Maximum.V2X"
    ENERGY_REQUEST_BULK = "EnergyRequest.Bulk"
    FREQUENCY = "Frequency"
    POWER_ACTIVE_EXPORT = "Power.Active.Export"
    POWER_ACTIVE_IMPORT = "Power.Active.Import"
    POWER_ACTIVE_SETPOINT = "Power.Active.Setpoint"
    POWER_ACTIVE_RESIDUAL = "Power.Active.Residual"
    POWER_EXPORT_MINIMUM = "Power.Export.Minimum"
    POWER_EXPORT_OFFERED = "Power.Export.Offered"
    POWER_FACTOR = "Power.Factor"
    POWER_IMPORT_OFFERED = "Power.Import.Offered"
    POWER_IMPORT_MINIMUM = "Power.Import.Minimum"
    POWER_OFFERED = "Power.Offered"
    POWER_REACTIVE_EXPORT = "Power.Reactive.Export"
    POWER_REACTIVE_IMPORT = "Power.Reactive.Import"
    SOC = "SoC"
    VOLTAGE = "Voltage"
    VOLTAGE_MINIMUM = "Voltage.Minimum"
    VOLTAGE_MAXIMUM = "Voltage.Maximum"


class MessageFormatEnum(str, Enum):
    """Format of the message.

    Values of schema type ``MessageFormatEnumType``.
    """

    ASCII = "ASCII"
    HTML = "HTML"
    URI = "URI"
    UTF8 = "UTF8"
    QRCODE = "QRCODE"


class MessagePriorityEnum(str, Enum):
    """Values of schema type ``MessagePriorityEnumType`` (OCPP 2.1).

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
    SUSPENDED = "Suspended"
    DISCHARGING = "Discharging"


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
    SIGN_V2G20_CERTIFICATE = "SignV2G20Certificate"
    STATUS_NOTIFICATION = "StatusNotification"
    TRANSACTION_EVENT = "TransactionEvent"
    SIGN_COMBINED_CERTIFICATE = "SignCombinedCertificate"
    PUBLISH_FIRMWARE_STATUS_NOTIFICATION = "PublishFirmwareStatusNotification"
    CUSTOM_TRIGGER = "CustomTrigger"


class MobilityNeedsModeEnum(str, Enum):
    """*(2.1)* Value of EVCC indicates that EV determines min/target SOC and departure time.

    A value of EVCC_SECC indicates that charging station or CSMS may also update min/target SOC and
    departure time.

    *ISO 15118-20:*

    ServiceSelectionReq(SelectedEnergyTransferService)

    Values of schema type ``MobilityNeedsModeEnumType``.
    """

    EVCC = "EVCC"
    EVCC_SECC = "EVCC_SECC"


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
    TARGET_DELTA = "TargetDelta"
    TARGET_DELTA_RELATIVE = "TargetDeltaRelative"


class MonitoringBaseEnum(str, Enum):
    """Specify which monitoring base will be set.

    Values of schema type ``MonitoringBaseEnumType``.
    """

    ALL = "All"
    FACTORY_DEFAULT = "FactoryDefault"
    HARD_WIRED_ONLY = "HardWiredOnly"


class MonitoringCriterionEnum(str, Enum):
    """Values of schema type ``MonitoringCriterionEnumType`` (OCPP 2.1)."""

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


class NotifyAllowedEnergyTransferStatusEnum(str, Enum):
    """Values of schema type ``NotifyAllowedEnergyTransferStatusEnumType`` (OCPP 2.1)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"


class NotifyEVChargingNeedsStatusEnum(str, Enum):
    """Returns whether the CSMS has been able to process the message successfully.

    It does not imply that the evChargingNeeds can be met with the current charging profile.

    Values of schema type ``NotifyEVChargingNeedsStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    PROCESSING = "Processing"
    NO_CHARGING_PROFILE = "NoChargingProfile"


class OCPPInterfaceEnum(str, Enum):
    """Applicable Network Interface.

    Charging Station is allowed to use a different network interface to connect if the given one
    does not work.

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
    ANY = "Any"


class OCPPTransportEnum(str, Enum):
    """Defines the transport protocol (e.g.

    SOAP or JSON). Note: SOAP is not supported in OCPP 2.x, but is supported by earlier versions of
    OCPP.

    Values of schema type ``OCPPTransportEnumType``.
    """

    SOAP = "SOAP"
    JSON = "JSON"


class OCPPVersionEnum(str, Enum):
    """Values of schema type ``OCPPVersionEnumType`` (OCPP 2.1).

    *(2.1)* This field is ignored, since the OCPP version to use is determined during the websocket
    handshake. The field is only kept for backwards compatibility with the OCPP 2.0.1 JSON schema.
    """

    OCPP12 = "OCPP12"
    OCPP15 = "OCPP15"
    OCPP16 = "OCPP16"
    OCPP20 = "OCPP20"
    OCPP201 = "OCPP201"
    OCPP21 = "OCPP21"


class OperationModeEnum(str, Enum):
    """*(2.1)* Charging operation mode to use during this time interval.

    When absent defaults to `ChargingOnly`.

    Values of schema type ``OperationModeEnumType``.
    """

    IDLE = "Idle"
    CHARGING_ONLY = "ChargingOnly"
    CENTRAL_SETPOINT = "CentralSetpoint"
    EXTERNAL_SETPOINT = "ExternalSetpoint"
    EXTERNAL_LIMITS = "ExternalLimits"
    CENTRAL_FREQUENCY = "CentralFrequency"
    LOCAL_FREQUENCY = "LocalFrequency"
    LOCAL_LOAD_BALANCING = "LocalLoadBalancing"


class OperationalStatusEnum(str, Enum):
    """Values of schema type ``OperationalStatusEnumType`` (OCPP 2.1).

    This contains the type of availability change that the Charging Station should perform.
    """

    INOPERATIVE = "Inoperative"
    OPERATIVE = "Operative"


class PaymentStatusEnum(str, Enum):
    """The status of the settlement attempt.

    Values of schema type ``PaymentStatusEnumType``.
    """

    SETTLED = "Settled"
    CANCELED = "Canceled"
    REJECTED = "Rejected"
    FAILED = "Failed"


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


class PowerDuringCessationEnum(str, Enum):
    """Values of schema type ``PowerDuringCessationEnumType`` (OCPP 2.1).

    Parameter is only sent, if the EV has to feed-in power or reactive power during fault-ride
    through (FRT) as defined by HVMomCess curve and LVMomCess curve.
    """

    ACTIVE = "Active"
    REACTIVE = "Reactive"


class PreconditioningStatusEnum(str, Enum):
    """*(2.1)* The current preconditioning status of the BMS in the EV.

    Default value is Unknown.

    Values of schema type ``PreconditioningStatusEnumType``.
    """

    UNKNOWN = "Unknown"
    READY = "Ready"
    NOT_READY = "NotReady"
    PRECONDITIONING = "Preconditioning"


class PriorityChargingStatusEnum(str, Enum):
    """Result of the request.

    Values of schema type ``PriorityChargingStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NO_PROFILE = "NoProfile"


class PublishFirmwareStatusEnum(str, Enum):
    """Values of schema type ``PublishFirmwareStatusEnumType`` (OCPP 2.1).

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
    """Values of schema type ``ReasonEnumType`` (OCPP 2.1).

    The _stoppedReason_ is the reason/event that initiated the process of stopping the transaction.
    It will normally be the user stopping authorization via card (Local or MasterPass) or app
    (Remote), but it can also be CSMS revoking authorization (DeAuthorized), or disconnecting the EV
    when TxStopPoint = EVConnected (EVDisconnected). Most other reasons are related to technical
    faults or energy limitations.

    MAY only be omitted when _stoppedReason_ is "Local"
    """

    DE_AUTHORIZED = "DeAuthorized"
    EMERGENCY_STOP = "EmergencyStop"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_DISCONNECTED = "EVDisconnected"
    GROUND_FAULT = "GroundFault"
    IMMEDIATE_RESET = "ImmediateReset"
    MASTER_PASS = "MasterPass"
    LOCAL = "Local"
    LOCAL_OUT_OF_CREDIT = "LocalOutOfCredit"
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
    REQ_ENERGY_TRANSFER_REJECTED = "ReqEnergyTransferRejected"


class RecurrencyKindEnum(str, Enum):
    """Indicates the start point of a recurrence.

    Values of schema type ``RecurrencyKindEnumType``.
    """

    DAILY = "Daily"
    WEEKLY = "Weekly"


class RegistrationStatusEnum(str, Enum):
    """Values of schema type ``RegistrationStatusEnumType`` (OCPP 2.1).

    This contains whether the Charging Station has been registered

    within the CSMS.
    """

    ACCEPTED = "Accepted"
    PENDING = "Pending"
    REJECTED = "Rejected"


class ReportBaseEnum(str, Enum):
    """Values of schema type ``ReportBaseEnumType`` (OCPP 2.1).

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
    NO_TRANSACTION = "NoTransaction"


class ReserveNowStatusEnum(str, Enum):
    """Values of schema type ``ReserveNowStatusEnumType`` (OCPP 2.1).

    This indicates the success or failure of the reservation.
    """

    ACCEPTED = "Accepted"
    FAULTED = "Faulted"
    OCCUPIED = "Occupied"
    REJECTED = "Rejected"
    UNAVAILABLE = "Unavailable"


class ResetEnum(str, Enum):
    """Values of schema type ``ResetEnumType`` (OCPP 2.1).

    This contains the type of reset that the Charging Station or EVSE should perform.
    """

    IMMEDIATE = "Immediate"
    ON_IDLE = "OnIdle"
    IMMEDIATE_AND_RESUME = "ImmediateAndResume"


class ResetStatusEnum(str, Enum):
    """Values of schema type ``ResetStatusEnumType`` (OCPP 2.1).

    This indicates whether the Charging Station is able to perform the reset.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"


class SendLocalListStatusEnum(str, Enum):
    """Values of schema type ``SendLocalListStatusEnumType`` (OCPP 2.1).

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


class TariffChangeStatusEnum(str, Enum):
    """Status of the operation.

    Values of schema type ``TariffChangeStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    TOO_MANY_ELEMENTS = "TooManyElements"
    CONDITION_NOT_SUPPORTED = "ConditionNotSupported"
    TX_NOT_FOUND = "TxNotFound"
    NO_CURRENCY_CHANGE = "NoCurrencyChange"


class TariffClearStatusEnum(str, Enum):
    """Values of schema type ``TariffClearStatusEnumType`` (OCPP 2.1)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NO_TARIFF = "NoTariff"


class TariffCostEnum(str, Enum):
    """Type of cost: normal or the minimum or maximum cost.

    Values of schema type ``TariffCostEnumType``.
    """

    NORMAL_COST = "NormalCost"
    MIN_COST = "MinCost"
    MAX_COST = "MaxCost"


class TariffGetStatusEnum(str, Enum):
    """Status of operation.

    Values of schema type ``TariffGetStatusEnumType``.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    NO_TARIFF = "NoTariff"


class TariffKindEnum(str, Enum):
    """Kind of tariff (driver/default).

    Values of schema type ``TariffKindEnumType``.
    """

    DEFAULT_TARIFF = "DefaultTariff"
    DRIVER_TARIFF = "DriverTariff"


class TariffSetStatusEnum(str, Enum):
    """Values of schema type ``TariffSetStatusEnumType`` (OCPP 2.1)."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    TOO_MANY_ELEMENTS = "TooManyElements"
    CONDITION_NOT_SUPPORTED = "ConditionNotSupported"
    DUPLICATE_TARIFF_ID = "DuplicateTariffId"


class TransactionEventEnum(str, Enum):
    """Values of schema type ``TransactionEventEnumType`` (OCPP 2.1).

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

    ABNORMAL_CONDITION = "AbnormalCondition"
    AUTHORIZED = "Authorized"
    CABLE_PLUGGED_IN = "CablePluggedIn"
    CHARGING_RATE_CHANGED = "ChargingRateChanged"
    CHARGING_STATE_CHANGED = "ChargingStateChanged"
    COST_LIMIT_REACHED = "CostLimitReached"
    DEAUTHORIZED = "Deauthorized"
    ENERGY_LIMIT_REACHED = "EnergyLimitReached"
    EV_COMMUNICATION_LOST = "EVCommunicationLost"
    EV_CONNECT_TIMEOUT = "EVConnectTimeout"
    EV_DEPARTED = "EVDeparted"
    EV_DETECTED = "EVDetected"
    LIMIT_SET = "LimitSet"
    METER_VALUE_CLOCK = "MeterValueClock"
    METER_VALUE_PERIODIC = "MeterValuePeriodic"
    OPERATION_MODE_CHANGED = "OperationModeChanged"
    REMOTE_START = "RemoteStart"
    REMOTE_STOP = "RemoteStop"
    RESET_COMMAND = "ResetCommand"
    RUNNING_COST = "RunningCost"
    SIGNED_DATA_RECEIVED = "SignedDataReceived"
    SOC_LIMIT_REACHED = "SoCLimitReached"
    STOP_AUTHORIZED = "StopAuthorized"
    TARIFF_CHANGED = "TariffChanged"
    TARIFF_NOT_ACCEPTED = "TariffNotAccepted"
    TIME_LIMIT_REACHED = "TimeLimitReached"
    TRIGGER = "Trigger"
    TX_RESUMED = "TxResumed"
    UNLOCK_COMMAND = "UnlockCommand"


class UnlockStatusEnum(str, Enum):
    """Values of schema type ``UnlockStatusEnumType`` (OCPP 2.1).

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
    """Values of schema type ``UpdateEnumType`` (OCPP 2.1).

    This contains the type of update (full or differential) of this request.
    """

    DIFFERENTIAL = "Differential"
    FULL = "Full"


class UpdateFirmwareStatusEnum(str, Enum):
    """Values of schema type ``UpdateFirmwareStatusEnumType`` (OCPP 2.1).

    This field indicates whether the Charging Station was able to accept the request.
    """

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    ACCEPTED_CANCELED = "AcceptedCanceled"
    INVALID_CERTIFICATE = "InvalidCertificate"
    REVOKED_CERTIFICATE = "RevokedCertificate"


class UploadLogStatusEnum(str, Enum):
    """Values of schema type ``UploadLogStatusEnumType`` (OCPP 2.1).

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
    """Object of schema type ``CustomDataType`` (OCPP 2.1).

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
    """EV AC charging parameters for ISO 15118-2.

    Object of schema type ``ACChargingParametersType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    energy_amount: float = attrs.field(metadata={"wire": "energyAmount"})
    """
    Amount of energy requested (in Wh). This includes energy required for preconditioning.

    Relates to:

    *ISO 15118-2*: AC_EVChargeParameterType: EAmount

    *ISO 15118-20*: Dynamic/Scheduled_SEReqControlModeType: EVTargetEnergyRequest
    """
    ev_min_current: float = attrs.field(metadata={"wire": "evMinCurrent"})
    """
    Minimum current (amps) supported by the electric vehicle (per phase).

    Relates to:

    *ISO 15118-2*: AC_EVChargeParameterType: EVMinCurrent
    """
    ev_max_current: float = attrs.field(metadata={"wire": "evMaxCurrent"})
    """
    Maximum current (amps) supported by the electric vehicle (per phase). Includes cable capacity.

    Relates to:

    *ISO 15118-2*: AC_EVChargeParameterType: EVMaxCurrent
    """
    ev_max_voltage: float = attrs.field(metadata={"wire": "evMaxVoltage"})
    """
    Maximum voltage supported by the electric vehicle.

    Relates to:

    *ISO 15118-2*: AC_EVChargeParameterType: EVMaxVoltage
    """
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
    apn_user_name: str | None = attrs.field(default=None, metadata={"wire": "apnUserName"})
    """APN username."""
    apn_password: str | None = attrs.field(default=None, metadata={"wire": "apnPassword"})
    """*(2.1)* APN Password."""
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
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class RationalNumber:
    """Part of ISO 15118-20 price schedule.

    Object of schema type ``RationalNumberType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    exponent: int = attrs.field(metadata={"wire": "exponent"})
    """The exponent to base 10 (dec)"""
    value: int = attrs.field(metadata={"wire": "value"})
    """Value which shall be multiplied."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class PriceRule:
    """Part of ISO 15118-20 price schedule.

    Object of schema type ``PriceRuleType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    energy_fee: RationalNumber = attrs.field(metadata={"wire": "energyFee"})
    power_range_start: RationalNumber = attrs.field(metadata={"wire": "powerRangeStart"})
    parking_fee_period: int | None = attrs.field(
        default=None, metadata={"wire": "parkingFeePeriod"}
    )
    """
    The duration of the parking fee period (in seconds).

    When the time enters into a ParkingFeePeriod, the ParkingFee will apply to the session. .
    """
    carbon_dioxide_emission: int | None = attrs.field(
        default=None, metadata={"wire": "carbonDioxideEmission"}
    )
    """Number of grams of CO2 per kWh."""
    renewable_generation_percentage: int | None = attrs.field(
        default=None, metadata={"wire": "renewableGenerationPercentage"}
    )
    """Percentage of the power that is created by renewable resources."""
    parking_fee: RationalNumber | None = attrs.field(default=None, metadata={"wire": "parkingFee"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class PriceRuleStack:
    """Part of ISO 15118-20 price schedule.

    Object of schema type ``PriceRuleStackType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    duration: int = attrs.field(metadata={"wire": "duration"})
    """
    Duration of the stack of price rules.  he amount of seconds that define the duration of the
    given PriceRule(s).
    """
    price_rule: list[PriceRule] = attrs.field(metadata={"wire": "priceRule"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TaxRule:
    """Part of ISO 15118-20 price schedule.

    Object of schema type ``TaxRuleType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    tax_rule_id: int = attrs.field(metadata={"wire": "taxRuleID"})
    """Id for the tax rule."""
    applies_to_energy_fee: bool = attrs.field(metadata={"wire": "appliesToEnergyFee"})
    """Indicates whether this tax applies to Energy Fees."""
    applies_to_parking_fee: bool = attrs.field(metadata={"wire": "appliesToParkingFee"})
    """Indicates whether this tax applies to Parking Fees."""
    applies_to_overstay_fee: bool = attrs.field(metadata={"wire": "appliesToOverstayFee"})
    """Indicates whether this tax applies to Overstay Fees."""
    applies_to_minimum_maximum_cost: bool = attrs.field(
        metadata={"wire": "appliesToMinimumMaximumCost"}
    )
    """Indicates whether this tax applies to Minimum/Maximum Cost."""
    tax_rate: RationalNumber = attrs.field(metadata={"wire": "taxRate"})
    tax_rule_name: str | None = attrs.field(default=None, metadata={"wire": "taxRuleName"})
    """Human readable string to identify the tax rule."""
    tax_included_in_price: bool | None = attrs.field(
        default=None, metadata={"wire": "taxIncludedInPrice"}
    )
    """Indicates whether the tax is included in any price or not."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class OverstayRule:
    """Part of ISO 15118-20 price schedule.

    Object of schema type ``OverstayRuleType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    overstay_fee: RationalNumber = attrs.field(metadata={"wire": "overstayFee"})
    start_time: int = attrs.field(metadata={"wire": "startTime"})
    """
    Time in seconds after trigger of the parent Overstay Rules for this particular fee to apply.
    """
    overstay_fee_period: int = attrs.field(metadata={"wire": "overstayFeePeriod"})
    """Time till overstay will be reapplied"""
    overstay_rule_description: str | None = attrs.field(
        default=None, metadata={"wire": "overstayRuleDescription"}
    )
    """Human readable string to identify the overstay rule."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class OverstayRuleList:
    """Part of ISO 15118-20 price schedule.

    Object of schema type ``OverstayRuleListType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    overstay_rule: list[OverstayRule] = attrs.field(metadata={"wire": "overstayRule"})
    overstay_power_threshold: RationalNumber | None = attrs.field(
        default=None, metadata={"wire": "overstayPowerThreshold"}
    )
    overstay_time_threshold: int | None = attrs.field(
        default=None, metadata={"wire": "overstayTimeThreshold"}
    )
    """Time till overstay is applied in seconds."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class AdditionalSelectedServices:
    """Part of ISO 15118-20 price schedule.

    Object of schema type ``AdditionalSelectedServicesType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    service_fee: RationalNumber = attrs.field(metadata={"wire": "serviceFee"})
    service_name: str = attrs.field(metadata={"wire": "serviceName"})
    """Human readable string to identify this service."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class AbsolutePriceSchedule:
    """Object of schema type ``AbsolutePriceScheduleType`` (OCPP 2.1).

    The AbsolutePriceScheduleType is modeled after the same type that is defined in ISO 15118-20,
    such that if it is supplied by an EMSP as a signed EXI message, the conversion from EXI to JSON
    (in OCPP) and back to EXI (for ISO 15118-20) does not change the digest and therefore does not
    invalidate the signature.

    image::images/AbsolutePriceSchedule-Simple.png[]
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    time_anchor: datetime.datetime = attrs.field(metadata={"wire": "timeAnchor"})
    """Starting point of price schedule."""
    price_schedule_id: int = attrs.field(metadata={"wire": "priceScheduleID"})
    """Unique ID of price schedule"""
    currency: str = attrs.field(metadata={"wire": "currency"})
    """Currency according to ISO 4217."""
    language: str = attrs.field(metadata={"wire": "language"})
    """
    String that indicates what language is used for the human readable strings in the price
    schedule. Based on ISO 639.
    """
    price_algorithm: str = attrs.field(metadata={"wire": "priceAlgorithm"})
    """
    A string in URN notation which shall uniquely identify an algorithm that defines how to compute
    an energy fee sum for a specific power profile based on the EnergyFee information from the
    PriceRule elements.
    """
    price_rule_stacks: list[PriceRuleStack] = attrs.field(metadata={"wire": "priceRuleStacks"})
    price_schedule_description: str | None = attrs.field(
        default=None, metadata={"wire": "priceScheduleDescription"}
    )
    """Description of the price schedule."""
    minimum_cost: RationalNumber | None = attrs.field(
        default=None, metadata={"wire": "minimumCost"}
    )
    maximum_cost: RationalNumber | None = attrs.field(
        default=None, metadata={"wire": "maximumCost"}
    )
    tax_rules: list[TaxRule] | None = attrs.field(default=None, metadata={"wire": "taxRules"})
    overstay_rule_list: OverstayRuleList | None = attrs.field(
        default=None, metadata={"wire": "overstayRuleList"}
    )
    additional_selected_services: list[AdditionalSelectedServices] | None = attrs.field(
        default=None, metadata={"wire": "additionalSelectedServices"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AdditionalInfo:
    """Object of schema type ``AdditionalInfoType`` (OCPP 2.1).

    Contains a case insensitive identifier to use for the authorization and the type of
    authorization to support multiple forms of identifiers.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    additional_id_token: str = attrs.field(metadata={"wire": "additionalIdToken"})
    """*(2.1)* This field specifies the additional IdToken."""
    type_: str = attrs.field(metadata={"wire": "type"})
    """
    _additionalInfo_ can be used to send extra information to CSMS in addition to the regular
    authorization with _IdToken_. _AdditionalInfo_ contains one or more custom _types_, which need
    to be agreed upon by all parties involved. When the _type_ is not supported, the CSMS/Charging
    Station MAY ignore the _additionalInfo_.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class Address:
    """*(2.1)* A generic address format.

    Object of schema type ``AddressType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    name: str = attrs.field(metadata={"wire": "name"})
    """Name of person/company"""
    address1: str = attrs.field(metadata={"wire": "address1"})
    """Address line 1"""
    city: str = attrs.field(metadata={"wire": "city"})
    """City"""
    country: str = attrs.field(metadata={"wire": "country"})
    """Country name"""
    address2: str | None = attrs.field(default=None, metadata={"wire": "address2"})
    """Address line 2"""
    postal_code: str | None = attrs.field(default=None, metadata={"wire": "postalCode"})
    """Postal code"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class IdToken:
    """Object of schema type ``IdTokenType`` (OCPP 2.1).

    Contains a case insensitive identifier to use for the authorization and the type of
    authorization to support multiple forms of identifiers.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token: str = attrs.field(metadata={"wire": "idToken"})
    """
    *(2.1)* IdToken is case insensitive. Might hold the hidden id of an RFID tag, but can for
    example also contain a UUID.
    """
    type_: str = attrs.field(metadata={"wire": "type"})
    """
    *(2.1)* Enumeration of possible idToken types. Values defined in Appendix as
    IdTokenEnumStringType.
    """
    additional_info: list[AdditionalInfo] | None = attrs.field(
        default=None, metadata={"wire": "additionalInfo"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


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
    """
    *(2.1)* Required. Message contents.

    Maximum length supported by Charging Station is given in
    OCPPCommCtrlr.FieldLength["MessageContentType.content"].

    Maximum length defaults to 1024.
    """
    language: str | None = attrs.field(default=None, metadata={"wire": "language"})
    """Message language identifier. Contains a language code as defined in [RFC5646]."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    group_id_token: IdToken | None = attrs.field(default=None, metadata={"wire": "groupIdToken"})
    language1: str | None = attrs.field(default=None, metadata={"wire": "language1"})
    """
    Preferred user interface language of identifier user. Contains a language code as defined in
    [RFC5646].
    """
    language2: str | None = attrs.field(default=None, metadata={"wire": "language2"})
    """
    Second preferred user interface language of identifier user. Don't use when language1 is
    omitted, has to be different from language1. Contains a language code as defined in [RFC5646].
    """
    evse_id: list[int] | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """
    Only used when the IdToken is only valid for one or more specific EVSEs, not for the entire
    Charging Station.
    """
    personal_message: MessageContent | None = attrs.field(
        default=None, metadata={"wire": "personalMessage"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    id_token_info: IdTokenInfo | None = attrs.field(default=None, metadata={"wire": "idTokenInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class BatteryData:
    """Object of schema type ``BatteryDataType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """Slot number where battery is inserted or removed."""
    serial_number: str = attrs.field(metadata={"wire": "serialNumber"})
    """Serial number of battery."""
    soc: float = attrs.field(metadata={"wire": "soC"})
    """State of charge"""
    soh: float = attrs.field(metadata={"wire": "soH"})
    """State of health"""
    production_date: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "productionDate"}
    )
    """Production date of battery."""
    vendor_info: str | None = attrs.field(default=None, metadata={"wire": "vendorInfo"})
    """Vendor-specific info from battery in undefined format."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CertificateHashData:
    """Object of schema type ``CertificateHashDataType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    hash_algorithm: HashAlgorithmEnum = attrs.field(metadata={"wire": "hashAlgorithm"})
    issuer_name_hash: str = attrs.field(metadata={"wire": "issuerNameHash"})
    """
    The hash of the issuer's distinguished

    name (DN), that must be calculated over the DER

    encoding of the issuer's name field in the certificate

    being checked.
    """
    issuer_key_hash: str = attrs.field(metadata={"wire": "issuerKeyHash"})
    """
    The hash of the DER encoded public key:

    the value (excluding tag and length) of the subject

    public key field in the issuer's certificate.
    """
    serial_number: str = attrs.field(metadata={"wire": "serialNumber"})
    """
    The string representation of the

    hexadecimal value of the serial number without the

    prefix "0x" and without leading zeroes.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CertificateHashDataChain:
    """Object of schema type ``CertificateHashDataChainType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_hash_data: CertificateHashData = attrs.field(
        metadata={"wire": "certificateHashData"}
    )
    certificate_type: GetCertificateIdUseEnum = attrs.field(metadata={"wire": "certificateType"})
    child_certificate_hash_data: list[CertificateHashData] | None = attrs.field(
        default=None, metadata={"wire": "childCertificateHashData"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CertificateStatus:
    """Revocation status of certificate.

    Object of schema type ``CertificateStatusType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_hash_data: CertificateHashData = attrs.field(
        metadata={"wire": "certificateHashData"}
    )
    source: CertificateStatusSourceEnum = attrs.field(metadata={"wire": "source"})
    status: CertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    next_update: datetime.datetime = attrs.field(metadata={"wire": "nextUpdate"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CertificateStatusRequestInfo:
    """Data necessary to request the revocation status of a certificate.

    Object of schema type ``CertificateStatusRequestInfoType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_hash_data: CertificateHashData = attrs.field(
        metadata={"wire": "certificateHashData"}
    )
    source: CertificateStatusSourceEnum = attrs.field(metadata={"wire": "source"})
    urls: list[str] = attrs.field(metadata={"wire": "urls"})
    """URL(s) of _source_."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingLimit:
    """Object of schema type ``ChargingLimitType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_limit_source: str = attrs.field(metadata={"wire": "chargingLimitSource"})
    """
    Represents the source of the charging limit. Values defined in appendix as
    ChargingLimitSourceEnumStringType.
    """
    is_local_generation: bool | None = attrs.field(
        default=None, metadata={"wire": "isLocalGeneration"}
    )
    """
    *(2.1)* True when the reported limit concerns local generation that is providing extra capacity,
    instead of a limitation.
    """
    is_grid_critical: bool | None = attrs.field(default=None, metadata={"wire": "isGridCritical"})
    """Indicates whether the charging limit is critical for the grid."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class DERChargingParameters:
    """Object of schema type ``DERChargingParametersType`` (OCPP 2.1).

    *(2.1)* DERChargingParametersType is used in ChargingNeedsType during an ISO 15118-20 session
    for AC_BPT_DER to report the inverter settings related to DER control that were agreed between
    EVSE and EV.

    Fields starting with "ev" contain values from the EV.

    Other fields contain a value that is supported by both EV and EVSE.

    DERChargingParametersType type is only relevant in case of an ISO 15118-20 AC_BPT_DER/AC_DER
    charging session.

    NOTE: All these fields have values greater or equal to zero (i.e. are non-negative)
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    ev_supported_der_control: list[DERControlEnum] | None = attrs.field(
        default=None, metadata={"wire": "evSupportedDERControl"}
    )
    """
    DER control functions supported by EV.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType:DERControlFunctions (bitmap)
    """
    ev_over_excited_max_discharge_power: float | None = attrs.field(
        default=None, metadata={"wire": "evOverExcitedMaxDischargePower"}
    )
    """
    Rated maximum injected active power by EV, at specified over-excited power factor
    (overExcitedPowerFactor).

    It can also be defined as the rated maximum discharge power at the rated minimum injected
    reactive power value. This means that if the EV is providing reactive power support, and it is
    requested to discharge at max power (e.g. to satisfy an EMS request), the EV may override the
    request and discharge up to overExcitedMaximumDischargePower to meet the minimum reactive power
    requirements.

    Corresponds to the WOvPF attribute in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVOverExcitedMaximumDischargePower
    """
    ev_over_excited_power_factor: float | None = attrs.field(
        default=None, metadata={"wire": "evOverExcitedPowerFactor"}
    )
    """
    EV power factor when injecting (over excited) the minimum reactive power.

    Corresponds to the OvPF attribute in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVOverExcitedPowerFactor
    """
    ev_under_excited_max_discharge_power: float | None = attrs.field(
        default=None, metadata={"wire": "evUnderExcitedMaxDischargePower"}
    )
    """
    Rated maximum injected active power by EV supported at specified under-excited power factor
    (EVUnderExcitedPowerFactor).

    It can also be defined as the rated maximum dischargePower at the rated minimum absorbed
    reactive power value.

    This means that if the EV is providing reactive power support, and it is requested to discharge
    at max power (e.g. to satisfy an EMS request), the EV may override the request and discharge up
    to underExcitedMaximumDischargePower to meet the minimum reactive power requirements.

    This corresponds to the WUnPF attribute in the IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVUnderExcitedMaximumDischargePower
    """
    ev_under_excited_power_factor: float | None = attrs.field(
        default=None, metadata={"wire": "evUnderExcitedPowerFactor"}
    )
    """
    EV power factor when injecting (under excited) the minimum reactive power.

    Corresponds to the OvPF attribute in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVUnderExcitedPowerFactor
    """
    max_apparent_power: float | None = attrs.field(
        default=None, metadata={"wire": "maxApparentPower"}
    )
    """
    Rated maximum total apparent power, defined by min(EV, EVSE) in va.

    Corresponds to the VAMaxRtg in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumApparentPower
    """
    max_charge_apparent_power: float | None = attrs.field(
        default=None, metadata={"wire": "maxChargeApparentPower"}
    )
    """
    Rated maximum absorbed apparent power, defined by min(EV, EVSE) in va.

    This field represents the sum of all phases, unless values are provided for L2 and L3,

    in which case this field represents phase L1.

    Corresponds to the ChaVAMaxRtg in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumChargeApparentPower
    """
    max_charge_apparent_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "maxChargeApparentPower_L2"}
    )
    """
    Rated maximum absorbed apparent power on phase L2, defined by min(EV, EVSE) in va.

    Corresponds to the ChaVAMaxRtg in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumChargeApparentPower_L2
    """
    max_charge_apparent_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "maxChargeApparentPower_L3"}
    )
    """
    Rated maximum absorbed apparent power on phase L3, defined by min(EV, EVSE) in va.

    Corresponds to the ChaVAMaxRtg in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumChargeApparentPower_L3
    """
    max_discharge_apparent_power: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargeApparentPower"}
    )
    """
    Rated maximum injected apparent power, defined by min(EV, EVSE) in va.

    This field represents the sum of all phases, unless values are provided for L2 and L3,

    in which case this field represents phase L1.

    Corresponds to the DisVAMaxRtg in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumDischargeApparentPower
    """
    max_discharge_apparent_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargeApparentPower_L2"}
    )
    """
    Rated maximum injected apparent power on phase L2, defined by min(EV, EVSE) in va.

    Corresponds to the DisVAMaxRtg in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumDischargeApparentPower_L2
    """
    max_discharge_apparent_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargeApparentPower_L3"}
    )
    """
    Rated maximum injected apparent power on phase L3, defined by min(EV, EVSE) in va.

    Corresponds to the DisVAMaxRtg in IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumDischargeApparentPower_L3
    """
    max_charge_reactive_power: float | None = attrs.field(
        default=None, metadata={"wire": "maxChargeReactivePower"}
    )
    """
    Rated maximum absorbed reactive power, defined by min(EV, EVSE), in vars.

    This field represents the sum of all phases, unless values are provided for L2 and L3,

    in which case this field represents phase L1.

    Corresponds to the AvarMax attribute in the IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumChargeReactivePower
    """
    max_charge_reactive_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "maxChargeReactivePower_L2"}
    )
    """
    Rated maximum absorbed reactive power, defined by min(EV, EVSE), in vars on phase L2.

    Corresponds to the AvarMax attribute in the IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumChargeReactivePower_L2
    """
    max_charge_reactive_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "maxChargeReactivePower_L3"}
    )
    """
    Rated maximum absorbed reactive power, defined by min(EV, EVSE), in vars on phase L3.

    Corresponds to the AvarMax attribute in the IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumChargeReactivePower_L3
    """
    min_charge_reactive_power: float | None = attrs.field(
        default=None, metadata={"wire": "minChargeReactivePower"}
    )
    """
    Rated minimum absorbed reactive power, defined by max(EV, EVSE), in vars.

    This field represents the sum of all phases, unless values are provided for L2 and L3,

    in which case this field represents phase L1.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMinimumChargeReactivePower
    """
    min_charge_reactive_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "minChargeReactivePower_L2"}
    )
    """
    Rated minimum absorbed reactive power, defined by max(EV, EVSE), in vars on phase L2.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMinimumChargeReactivePower_L2
    """
    min_charge_reactive_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "minChargeReactivePower_L3"}
    )
    """
    Rated minimum absorbed reactive power, defined by max(EV, EVSE), in vars on phase L3.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMinimumChargeReactivePower_L3
    """
    max_discharge_reactive_power: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargeReactivePower"}
    )
    """
    Rated maximum injected reactive power, defined by min(EV, EVSE), in vars.

    This field represents the sum of all phases, unless values are provided for L2 and L3,

    in which case this field represents phase L1.

    Corresponds to the IvarMax attribute in the IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumDischargeReactivePower
    """
    max_discharge_reactive_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargeReactivePower_L2"}
    )
    """
    Rated maximum injected reactive power, defined by min(EV, EVSE), in vars on phase L2.

    Corresponds to the IvarMax attribute in the IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumDischargeReactivePower_L2
    """
    max_discharge_reactive_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargeReactivePower_L3"}
    )
    """
    Rated maximum injected reactive power, defined by min(EV, EVSE), in vars on phase L3.

    Corresponds to the IvarMax attribute in the IEC 61850.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumDischargeReactivePower_L3
    """
    min_discharge_reactive_power: float | None = attrs.field(
        default=None, metadata={"wire": "minDischargeReactivePower"}
    )
    """
    Rated minimum injected reactive power, defined by max(EV, EVSE), in vars.

    This field represents the sum of all phases, unless values are provided for L2 and L3,

    in which case this field represents phase L1.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMinimumDischargeReactivePower
    """
    min_discharge_reactive_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "minDischargeReactivePower_L2"}
    )
    """
    Rated minimum injected reactive power, defined by max(EV, EVSE), in var on phase L2.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMinimumDischargeReactivePower_L2
    """
    min_discharge_reactive_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "minDischargeReactivePower_L3"}
    )
    """
    Rated minimum injected reactive power, defined by max(EV, EVSE), in var on phase L3.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMinimumDischargeReactivePower_L3
    """
    nominal_voltage: float | None = attrs.field(default=None, metadata={"wire": "nominalVoltage"})
    """
    Line voltage supported by EVSE and EV.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVNominalVoltage
    """
    nominal_voltage_offset: float | None = attrs.field(
        default=None, metadata={"wire": "nominalVoltageOffset"}
    )
    """
    The nominal AC voltage (rms) offset between the Charging Station's electrical connection point
    and the utility's point of common coupling.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVNominalVoltageOffset
    """
    max_nominal_voltage: float | None = attrs.field(
        default=None, metadata={"wire": "maxNominalVoltage"}
    )
    """
    Maximum AC rms voltage, as defined by min(EV, EVSE)  to operate with.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumNominalVoltage
    """
    min_nominal_voltage: float | None = attrs.field(
        default=None, metadata={"wire": "minNominalVoltage"}
    )
    """
    Minimum AC rms voltage, as defined by max(EV, EVSE)  to operate with.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMinimumNominalVoltage
    """
    ev_inverter_manufacturer: str | None = attrs.field(
        default=None, metadata={"wire": "evInverterManufacturer"}
    )
    """
    Manufacturer of the EV inverter.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVInverterManufacturer
    """
    ev_inverter_model: str | None = attrs.field(default=None, metadata={"wire": "evInverterModel"})
    """
    Model name of the EV inverter.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVInverterModel
    """
    ev_inverter_serial_number: str | None = attrs.field(
        default=None, metadata={"wire": "evInverterSerialNumber"}
    )
    """
    Serial number of the EV inverter.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVInverterSerialNumber
    """
    ev_inverter_sw_version: str | None = attrs.field(
        default=None, metadata={"wire": "evInverterSwVersion"}
    )
    """
    Software version of EV inverter.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVInverterSwVersion
    """
    ev_inverter_hw_version: str | None = attrs.field(
        default=None, metadata={"wire": "evInverterHwVersion"}
    )
    """
    Hardware version of EV inverter.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVInverterHwVersion
    """
    ev_islanding_detection_method: list[IslandingDetectionEnum] | None = attrs.field(
        default=None, metadata={"wire": "evIslandingDetectionMethod"}
    )
    """
    Type of islanding detection method. Only mandatory when islanding detection is required at the
    site, as set in the ISO 15118 Service Details configuration.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVIslandingDetectionMethod
    """
    ev_islanding_trip_time: float | None = attrs.field(
        default=None, metadata={"wire": "evIslandingTripTime"}
    )
    """
    Time after which EV will trip if an island has been detected.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVIslandingTripTime
    """
    ev_maximum_level1_dc_injection: float | None = attrs.field(
        default=None, metadata={"wire": "evMaximumLevel1DCInjection"}
    )
    """
    Maximum injected DC current allowed at level 1 charging.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumLevel1DCInjection
    """
    ev_duration_level1_dc_injection: float | None = attrs.field(
        default=None, metadata={"wire": "evDurationLevel1DCInjection"}
    )
    """
    Maximum allowed duration of DC injection at level 1 charging.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVDurationLevel1DCInjection
    """
    ev_maximum_level2_dc_injection: float | None = attrs.field(
        default=None, metadata={"wire": "evMaximumLevel2DCInjection"}
    )
    """
    Maximum injected DC current allowed at level 2 charging.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVMaximumLevel2DCInjection
    """
    ev_duration_level2_dc_injection: float | None = attrs.field(
        default=None, metadata={"wire": "evDurationLevel2DCInjection"}
    )
    """
    Maximum allowed duration of DC injection at level 2 charging.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVDurationLevel2DCInjection
    """
    ev_reactive_susceptance: float | None = attrs.field(
        default=None, metadata={"wire": "evReactiveSusceptance"}
    )
    """
    Measure of the susceptibility of the circuit to reactance, in Siemens (S).

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVReactiveSusceptance
    """
    ev_session_total_discharge_energy_available: float | None = attrs.field(
        default=None, metadata={"wire": "evSessionTotalDischargeEnergyAvailable"}
    )
    """
    Total energy value, in Wh, that EV is allowed to provide during the entire V2G session. The
    value is independent of the V2X Cycling area. Once this value reaches the value of 0, the EV may
    block any attempt to discharge in order to protect the battery health.

    *ISO 15118-20*: DER_BPT_AC_CPDReqEnergyTransferModeType: EVSessionTotalDischargeEnergyAvailable
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class EVPriceRule:
    """*(2.1)* An entry in price schedule over time for which EV is willing to discharge.

    Object of schema type ``EVPriceRuleType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    energy_fee: float = attrs.field(metadata={"wire": "energyFee"})
    """Cost per kWh."""
    power_range_start: float = attrs.field(metadata={"wire": "powerRangeStart"})
    """
    The EnergyFee applies between this value and the value of the PowerRangeStart of the subsequent
    EVPriceRule. If the power is below this value, the EnergyFee of the previous EVPriceRule
    applies. Negative values are used for discharging.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class EVAbsolutePriceScheduleEntry:
    """*(2.1)* An entry in price schedule over time for which EV is willing to discharge.

    Object of schema type ``EVAbsolutePriceScheduleEntryType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    duration: int = attrs.field(metadata={"wire": "duration"})
    """The amount of seconds of this entry."""
    ev_price_rule: list[EVPriceRule] = attrs.field(metadata={"wire": "evPriceRule"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class EVAbsolutePriceSchedule:
    """*(2.1)* Price schedule of EV energy offer.

    Object of schema type ``EVAbsolutePriceScheduleType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    time_anchor: datetime.datetime = attrs.field(metadata={"wire": "timeAnchor"})
    """Starting point in time of the EVEnergyOffer."""
    currency: str = attrs.field(metadata={"wire": "currency"})
    """Currency code according to ISO 4217."""
    ev_absolute_price_schedule_entries: list[EVAbsolutePriceScheduleEntry] = attrs.field(
        metadata={"wire": "evAbsolutePriceScheduleEntries"}
    )
    price_algorithm: str = attrs.field(metadata={"wire": "priceAlgorithm"})
    """ISO 15118-20 URN of price algorithm: Power, PeakPower, StackedEnergy."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class EVPowerScheduleEntry:
    """Object of schema type ``EVPowerScheduleEntryType`` (OCPP 2.1).

    *(2.1)* An entry in schedule of the energy amount over time that EV is willing to discharge. A
    negative value indicates the willingness to discharge under specific conditions, a positive
    value indicates that the EV currently is not able to offer energy to discharge.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    duration: int = attrs.field(metadata={"wire": "duration"})
    """The duration of this entry."""
    power: float = attrs.field(metadata={"wire": "power"})
    """
    Defines maximum amount of power for the duration of this EVPowerScheduleEntry to be discharged
    from the EV battery through EVSE power outlet. Negative values are used for discharging.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class EVPowerSchedule:
    """*(2.1)* Schedule of EV energy offer.

    Object of schema type ``EVPowerScheduleType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    ev_power_schedule_entries: list[EVPowerScheduleEntry] = attrs.field(
        metadata={"wire": "evPowerScheduleEntries"}
    )
    time_anchor: datetime.datetime = attrs.field(metadata={"wire": "timeAnchor"})
    """The time that defines the starting point for the EVEnergyOffer."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class EVEnergyOffer:
    """*(2.1)* A schedule of the energy amount over time that EV is willing to discharge.

    A negative value indicates the willingness to discharge under specific conditions, a positive
    value indicates that the EV currently is not able to offer energy to discharge.

    Object of schema type ``EVEnergyOfferType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    ev_power_schedule: EVPowerSchedule = attrs.field(metadata={"wire": "evPowerSchedule"})
    ev_absolute_price_schedule: EVAbsolutePriceSchedule | None = attrs.field(
        default=None, metadata={"wire": "evAbsolutePriceSchedule"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class DCChargingParameters:
    """EV DC charging parameters for ISO 15118-2.

    Object of schema type ``DCChargingParametersType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    ev_max_current: float = attrs.field(metadata={"wire": "evMaxCurrent"})
    """
    Maximum current (in A) supported by the electric vehicle. Includes cable capacity.

    Relates to:

    *ISO 15118-2*: DC_EVChargeParameterType:EVMaximumCurrentLimit
    """
    ev_max_voltage: float = attrs.field(metadata={"wire": "evMaxVoltage"})
    """
    Maximum voltage supported by the electric vehicle.

    Relates to:

    *ISO 15118-2*: DC_EVChargeParameterType: EVMaximumVoltageLimit
    """
    ev_max_power: float | None = attrs.field(default=None, metadata={"wire": "evMaxPower"})
    """
    Maximum power (in W) supported by the electric vehicle. Required for DC charging.

    Relates to:

    *ISO 15118-2*: DC_EVChargeParameterType: EVMaximumPowerLimit
    """
    ev_energy_capacity: float | None = attrs.field(
        default=None, metadata={"wire": "evEnergyCapacity"}
    )
    """
    Capacity of the electric vehicle battery (in Wh).

    Relates to:

    *ISO 15118-2*: DC_EVChargeParameterType: EVEnergyCapacity
    """
    energy_amount: float | None = attrs.field(default=None, metadata={"wire": "energyAmount"})
    """
    Amount of energy requested (in Wh). This inludes energy required for preconditioning.

    Relates to:

    *ISO 15118-2*: DC_EVChargeParameterType: EVEnergyRequest
    """
    state_of_charge: int | None = attrs.field(default=None, metadata={"wire": "stateOfCharge"})
    """
    Energy available in the battery (in percent of the battery capacity)

    Relates to:

    *ISO 15118-2*: DC_EVChargeParameterType: DC_EVStatus: EVRESSSOC
    """
    full_soc: int | None = attrs.field(default=None, metadata={"wire": "fullSoC"})
    """
    Percentage of SoC at which the EV considers the battery fully charged. (possible values: 0 -
    100)

    Relates to:

    *ISO 15118-2*: DC_EVChargeParameterType: FullSOC
    """
    bulk_soc: int | None = attrs.field(default=None, metadata={"wire": "bulkSoC"})
    """
    Percentage of SoC at which the EV considers a fast charging process to end. (possible values: 0
    - 100)

    Relates to:

    *ISO 15118-2*: DC_EVChargeParameterType: BulkSOC
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class V2XChargingParameters:
    """Charging parameters for ISO 15118-20, also supporting V2X charging/discharging.+.

    All values are greater or equal to zero, with the exception of EVMinEnergyRequest,
    EVMaxEnergyRequest, EVTargetEnergyRequest, EVMinV2XEnergyRequest and EVMaxV2XEnergyRequest.

    Object of schema type ``V2XChargingParametersType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    min_charge_power: float | None = attrs.field(default=None, metadata={"wire": "minChargePower"})
    """
    Minimum charge power in W, defined by max(EV, EVSE).

    This field represents the sum of all phases, unless values are provided for L2 and L3, in which
    case this field represents phase L1.

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMinimumChargePower
    """
    min_charge_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "minChargePower_L2"}
    )
    """
    Minimum charge power on phase L2 in W, defined by max(EV, EVSE).

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMinimumChargePower_L2
    """
    min_charge_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "minChargePower_L3"}
    )
    """
    Minimum charge power on phase L3 in W, defined by max(EV, EVSE).

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMinimumChargePower_L3
    """
    max_charge_power: float | None = attrs.field(default=None, metadata={"wire": "maxChargePower"})
    """
    Maximum charge (absorbed) power in W, defined by min(EV, EVSE) at unity power factor.

    This field represents the sum of all phases, unless values are provided for L2 and L3, in which
    case this field represents phase L1.

    It corresponds to the ChaWMax attribute in the IEC 61850.

    It is usually equivalent to the rated apparent power of the EV when discharging (ChaVAMax) in
    IEC 61850.

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMaximumChargePower
    """
    max_charge_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "maxChargePower_L2"}
    )
    """
    Maximum charge power on phase L2 in W, defined by min(EV, EVSE)

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMaximumChargePower_L2
    """
    max_charge_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "maxChargePower_L3"}
    )
    """
    Maximum charge power on phase L3 in W, defined by min(EV, EVSE)

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMaximumChargePower_L3
    """
    min_discharge_power: float | None = attrs.field(
        default=None, metadata={"wire": "minDischargePower"}
    )
    """
    Minimum discharge (injected) power in W, defined by max(EV, EVSE) at unity power factor. Value
    >= 0.

    This field represents the sum of all phases, unless values are provided for L2 and L3, in which
    case this field represents phase L1.

    It corresponds to the WMax attribute in the IEC 61850.

    It is usually equivalent to the rated apparent power of the EV when discharging (VAMax attribute
    in the IEC 61850).

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMinimumDischargePower
    """
    min_discharge_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "minDischargePower_L2"}
    )
    """
    Minimum discharge power on phase L2 in W, defined by max(EV, EVSE).  Value >= 0.

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMinimumDischargePower_L2
    """
    min_discharge_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "minDischargePower_L3"}
    )
    """
    Minimum discharge power on phase L3 in W, defined by max(EV, EVSE).  Value >= 0.

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMinimumDischargePower_L3
    """
    max_discharge_power: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargePower"}
    )
    """
    Maximum discharge (injected) power in W, defined by min(EV, EVSE) at unity power factor.  Value
    >= 0.

    This field represents the sum of all phases, unless values are provided for L2 and L3, in which
    case this field represents phase L1.

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMaximumDischargePower
    """
    max_discharge_power_l2: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargePower_L2"}
    )
    """
    Maximum discharge power on phase L2 in W, defined by min(EV, EVSE).  Value >= 0.

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMaximumDischargePowe_L2
    """
    max_discharge_power_l3: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargePower_L3"}
    )
    """
    Maximum discharge power on phase L3 in W, defined by min(EV, EVSE).  Value >= 0.

    Relates to:

    *ISO 15118-20*: BPT_AC/DC_CPDReqEnergyTransferModeType: EVMaximumDischargePower_L3
    """
    min_charge_current: float | None = attrs.field(
        default=None, metadata={"wire": "minChargeCurrent"}
    )
    """
    Minimum charge current in A, defined by max(EV, EVSE)

    Relates to:

    *ISO 15118-20*: BPT_DC_CPDReqEnergyTransferModeType: EVMinimumChargeCurrent
    """
    max_charge_current: float | None = attrs.field(
        default=None, metadata={"wire": "maxChargeCurrent"}
    )
    """
    Maximum charge current in A, defined by min(EV, EVSE)

    Relates to:

    *ISO 15118-20*: BPT_DC_CPDReqEnergyTransferModeType: EVMaximumChargeCurrent
    """
    min_discharge_current: float | None = attrs.field(
        default=None, metadata={"wire": "minDischargeCurrent"}
    )
    """
    Minimum discharge current in A, defined by max(EV, EVSE).  Value >= 0.

    Relates to:

    *ISO 15118-20*: BPT_DC_CPDReqEnergyTransferModeType: EVMinimumDischargeCurrent
    """
    max_discharge_current: float | None = attrs.field(
        default=None, metadata={"wire": "maxDischargeCurrent"}
    )
    """
    Maximum discharge current in A, defined by min(EV, EVSE).  Value >= 0.

    Relates to:

    *ISO 15118-20*: BPT_DC_CPDReqEnergyTransferModeType: EVMaximumDischargeCurrent
    """
    min_voltage: float | None = attrs.field(default=None, metadata={"wire": "minVoltage"})
    """
    Minimum voltage in V, defined by max(EV, EVSE)

    Relates to:

    *ISO 15118-20*: BPT_DC_CPDReqEnergyTransferModeType: EVMinimumVoltage
    """
    max_voltage: float | None = attrs.field(default=None, metadata={"wire": "maxVoltage"})
    """
    Maximum voltage in V, defined by min(EV, EVSE)

    Relates to:

    *ISO 15118-20*: BPT_DC_CPDReqEnergyTransferModeType: EVMaximumVoltage
    """
    ev_target_energy_request: float | None = attrs.field(
        default=None, metadata={"wire": "evTargetEnergyRequest"}
    )
    """
    Energy to requested state of charge in Wh

    Relates to:

    *ISO 15118-20*: Dynamic/Scheduled_SEReqControlModeType: EVTargetEnergyRequest
    """
    ev_min_energy_request: float | None = attrs.field(
        default=None, metadata={"wire": "evMinEnergyRequest"}
    )
    """
    Energy to minimum allowed state of charge in Wh

    Relates to:

    *ISO 15118-20*: Dynamic/Scheduled_SEReqControlModeType: EVMinimumEnergyRequest
    """
    ev_max_energy_request: float | None = attrs.field(
        default=None, metadata={"wire": "evMaxEnergyRequest"}
    )
    """
    Energy to maximum state of charge in Wh

    Relates to:

    *ISO 15118-20*: Dynamic/Scheduled_SEReqControlModeType: EVMaximumEnergyRequest
    """
    ev_min_v2x_energy_request: float | None = attrs.field(
        default=None, metadata={"wire": "evMinV2XEnergyRequest"}
    )
    """
    Energy (in Wh) to minimum state of charge for cycling (V2X) activity.

    Positive value means that current state of charge is below V2X range.

    Relates to:

    *ISO 15118-20*: Dynamic_SEReqControlModeType: EVMinimumV2XEnergyRequest
    """
    ev_max_v2x_energy_request: float | None = attrs.field(
        default=None, metadata={"wire": "evMaxV2XEnergyRequest"}
    )
    """
    Energy (in Wh) to maximum state of charge for cycling (V2X) activity.

    Negative value indicates that current state of charge is above V2X range.

    Relates to:

    *ISO 15118-20*: Dynamic_SEReqControlModeType: EVMaximumV2XEnergyRequest
    """
    target_soc: int | None = attrs.field(default=None, metadata={"wire": "targetSoC"})
    """
    Target state of charge at departure as percentage.

    Relates to:

    *ISO 15118-20*: BPT_DC_CPDReqEnergyTransferModeType: TargetSOC
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ChargingNeeds:
    """Object of schema type ``ChargingNeedsType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    requested_energy_transfer: EnergyTransferModeEnum = attrs.field(
        metadata={"wire": "requestedEnergyTransfer"}
    )
    ac_charging_parameters: ACChargingParameters | None = attrs.field(
        default=None, metadata={"wire": "acChargingParameters"}
    )
    der_charging_parameters: DERChargingParameters | None = attrs.field(
        default=None, metadata={"wire": "derChargingParameters"}
    )
    ev_energy_offer: EVEnergyOffer | None = attrs.field(
        default=None, metadata={"wire": "evEnergyOffer"}
    )
    dc_charging_parameters: DCChargingParameters | None = attrs.field(
        default=None, metadata={"wire": "dcChargingParameters"}
    )
    v2x_charging_parameters: V2XChargingParameters | None = attrs.field(
        default=None, metadata={"wire": "v2xChargingParameters"}
    )
    available_energy_transfer: list[EnergyTransferModeEnum] | None = attrs.field(
        default=None, metadata={"wire": "availableEnergyTransfer"}
    )
    """*(2.1)* Modes of energy transfer that are marked as available by EV."""
    control_mode: ControlModeEnum | None = attrs.field(
        default=None, metadata={"wire": "controlMode"}
    )
    mobility_needs_mode: MobilityNeedsModeEnum | None = attrs.field(
        default=None, metadata={"wire": "mobilityNeedsMode"}
    )
    departure_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "departureTime"}
    )
    """
    Estimated departure time of the EV.

    *ISO 15118-2:* AC/DC_EVChargeParameterType: DepartureTime

    *ISO 15118-20:* Dynamic/Scheduled_SEReqControlModeType: DepartureTIme
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CostDimension:
    """Volume consumed of cost dimension.

    Object of schema type ``CostDimensionType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    type_: CostDimensionEnum = attrs.field(metadata={"wire": "type"})
    volume: float = attrs.field(metadata={"wire": "volume"})
    """Volume of the dimension consumed, measured according to the dimension type."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingPeriod:
    """Object of schema type ``ChargingPeriodType`` (OCPP 2.1).

    A ChargingPeriodType consists of a start time, and a list of possible values that influence this
    period, for example: amount of energy charged this period, maximum current during this period
    etc.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    start_period: datetime.datetime = attrs.field(metadata={"wire": "startPeriod"})
    """
    Start timestamp of charging period. A period ends when the next period starts. The last period
    ends when the session ends.
    """
    dimensions: list[CostDimension] | None = attrs.field(
        default=None, metadata={"wire": "dimensions"}
    )
    tariff_id: str | None = attrs.field(default=None, metadata={"wire": "tariffId"})
    """
    Unique identifier of the Tariff that was used to calculate cost. If not provided, then cost was
    calculated by some other means.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class LimitAtSoC:
    """Object of schema type ``LimitAtSoCType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    soc: int = attrs.field(metadata={"wire": "soc"})
    """The SoC value beyond which the charging rate limit should be applied."""
    limit: float = attrs.field(metadata={"wire": "limit"})
    """
    Charging rate limit beyond the SoC value.

    The unit is defined by _chargingSchedule.chargingRateUnit_.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class V2XFreqWattPoint:
    """*(2.1)* A point of a frequency-watt curve.

    Object of schema type ``V2XFreqWattPointType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    frequency: float = attrs.field(metadata={"wire": "frequency"})
    """Net frequency in Hz."""
    power: float = attrs.field(metadata={"wire": "power"})
    """Power in W to charge (positive) or discharge (negative) at specified frequency."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class V2XSignalWattPoint:
    """*(2.1)* A point of a signal-watt curve.

    Object of schema type ``V2XSignalWattPointType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    signal: int = attrs.field(metadata={"wire": "signal"})
    """Signal value from an AFRRSignalRequest."""
    power: float = attrs.field(metadata={"wire": "power"})
    """Power in W to charge (positive) or discharge (negative) at specified frequency."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ChargingSchedulePeriod:
    """Charging schedule period structure defines a time period in a charging schedule.

    It is used in: CompositeScheduleType and in ChargingScheduleType. When used in a
    NotifyEVChargingScheduleRequest only _startPeriod_, _limit_, _limit_L2_, _limit_L3_ are
    relevant.

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
    limit: float | None = attrs.field(default=None, metadata={"wire": "limit"})
    """
    Optional only when not required by the _operationMode_, as in CentralSetpoint, ExternalSetpoint,
    ExternalLimits, LocalFrequency,  LocalLoadBalancing.

    Charging rate limit during the schedule period, in the applicable _chargingRateUnit_.

    This SHOULD be a non-negative value; a negative value is only supported for backwards
    compatibility with older systems that use a negative value to specify a discharging limit.

    When using _chargingRateUnit_ = `W`, this field represents the sum of the power of all phases,
    unless values are provided for L2 and L3, in which case this field represents phase L1.
    """
    limit_l2: float | None = attrs.field(default=None, metadata={"wire": "limit_L2"})
    """*(2.1)* Charging rate limit on phase L2  in the applicable _chargingRateUnit_."""
    limit_l3: float | None = attrs.field(default=None, metadata={"wire": "limit_L3"})
    """*(2.1)* Charging rate limit on phase L3  in the applicable _chargingRateUnit_."""
    number_phases: int | None = attrs.field(default=None, metadata={"wire": "numberPhases"})
    """
    The number of phases that can be used for charging.

    For a DC EVSE this field should be omitted.

    For an AC EVSE a default value of _numberPhases_ = 3 will be assumed if the field is absent.
    """
    phase_to_use: int | None = attrs.field(default=None, metadata={"wire": "phaseToUse"})
    """
    Values: 1..3, Used if numberPhases=1 and if the EVSE is capable of switching the phase connected
    to the EV, i.e. ACPhaseSwitchingSupported is defined and true. It's not allowed unless both
    conditions above are true. If both conditions are true, and phaseToUse is omitted, the Charging
    Station / EVSE will make the selection on its own.
    """
    discharge_limit: float | None = attrs.field(default=None, metadata={"wire": "dischargeLimit"})
    """
    *(2.1)* Limit in _chargingRateUnit_ that the EV is allowed to discharge with. Note, these are
    negative values in order to be consistent with _setpoint_, which can be positive and negative.

    For AC this field represents the sum of all phases, unless values are provided for L2 and L3, in
    which case this field represents phase L1.
    """
    discharge_limit_l2: float | None = attrs.field(
        default=None, metadata={"wire": "dischargeLimit_L2"}
    )
    """*(2.1)* Limit in _chargingRateUnit_ on phase L2 that the EV is allowed to discharge with."""
    discharge_limit_l3: float | None = attrs.field(
        default=None, metadata={"wire": "dischargeLimit_L3"}
    )
    """*(2.1)* Limit in _chargingRateUnit_ on phase L3 that the EV is allowed to discharge with."""
    setpoint: float | None = attrs.field(default=None, metadata={"wire": "setpoint"})
    """
    *(2.1)* Setpoint in _chargingRateUnit_ that the EV should follow as close as possible. Use
    negative values for discharging.

    When a limit and/or _dischargeLimit_ are given the overshoot when following _setpoint_ must
    remain within these values.

    This field represents the sum of all phases, unless values are provided for L2 and L3, in which
    case this field represents phase L1.
    """
    setpoint_l2: float | None = attrs.field(default=None, metadata={"wire": "setpoint_L2"})
    """
    *(2.1)* Setpoint in _chargingRateUnit_ that the EV should follow on phase L2 as close as
    possible.
    """
    setpoint_l3: float | None = attrs.field(default=None, metadata={"wire": "setpoint_L3"})
    """
    *(2.1)* Setpoint in _chargingRateUnit_ that the EV should follow on phase L3 as close as
    possible.
    """
    setpoint_reactive: float | None = attrs.field(
        default=None, metadata={"wire": "setpointReactive"}
    )
    """
    *(2.1)* Setpoint for reactive power (or current) in _chargingRateUnit_ that the EV should follow
    as closely as possible. Positive values for inductive, negative for capacitive reactive power or
    current.

    This field represents the sum of all phases, unless values are provided for L2 and L3, in which
    case this field represents phase L1.
    """
    setpoint_reactive_l2: float | None = attrs.field(
        default=None, metadata={"wire": "setpointReactive_L2"}
    )
    """
    *(2.1)* Setpoint for reactive power (or current) in _chargingRateUnit_ that the EV should follow
    on phase L2 as closely as possible.
    """
    setpoint_reactive_l3: float | None = attrs.field(
        default=None, metadata={"wire": "setpointReactive_L3"}
    )
    """
    *(2.1)* Setpoint for reactive power (or current) in _chargingRateUnit_ that the EV should follow
    on phase L3 as closely as possible.
    """
    preconditioning_request: bool | None = attrs.field(
        default=None, metadata={"wire": "preconditioningRequest"}
    )
    """
    *(2.1)* If  true, the EV should attempt to keep the BMS preconditioned for this time interval.
    """
    evse_sleep: bool | None = attrs.field(default=None, metadata={"wire": "evseSleep"})
    """
    *(2.1)* If true, the EVSE must turn off power electronics/modules associated with this
    transaction. Default value when absent is false.
    """
    v2x_baseline: float | None = attrs.field(default=None, metadata={"wire": "v2xBaseline"})
    """
    *(2.1)* Power value that, when present, is used as a baseline on top of which values from
    _v2xFreqWattCurve_ and _v2xSignalWattCurve_ are added.
    """
    operation_mode: OperationModeEnum | None = attrs.field(
        default=None, metadata={"wire": "operationMode"}
    )
    v2x_freq_watt_curve: list[V2XFreqWattPoint] | None = attrs.field(
        default=None, metadata={"wire": "v2xFreqWattCurve"}
    )
    v2x_signal_watt_curve: list[V2XSignalWattPoint] | None = attrs.field(
        default=None, metadata={"wire": "v2xSignalWattCurve"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class RelativeTimeInterval:
    """Object of schema type ``RelativeTimeIntervalType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    start: int = attrs.field(metadata={"wire": "start"})
    """Start of the interval, in seconds from NOW."""
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration of the interval, in seconds."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class Cost:
    """Object of schema type ``CostType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    cost_kind: CostKindEnum = attrs.field(metadata={"wire": "costKind"})
    amount: int = attrs.field(metadata={"wire": "amount"})
    """The estimated or actual cost per kWh"""
    amount_multiplier: int | None = attrs.field(default=None, metadata={"wire": "amountMultiplier"})
    """
    Values: -3..3, The amountMultiplier defines the exponent to base 10 (dec). The final value is
    determined by: amount * 10 ^ amountMultiplier
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ConsumptionCost:
    """Object of schema type ``ConsumptionCostType`` (OCPP 2.1)."""

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
    """Object of schema type ``SalesTariffEntryType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    relative_time_interval: RelativeTimeInterval = attrs.field(
        metadata={"wire": "relativeTimeInterval"}
    )
    e_price_level: int | None = attrs.field(default=None, metadata={"wire": "ePriceLevel"})
    """
    Defines the price level of this SalesTariffEntry (referring to NumEPriceLevels). Small values
    for the EPriceLevel represent a cheaper TariffEntry. Large values for the EPriceLevel represent
    a more expensive TariffEntry.
    """
    consumption_cost: list[ConsumptionCost] | None = attrs.field(
        default=None, metadata={"wire": "consumptionCost"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SalesTariff:
    """A SalesTariff provided by a Mobility Operator (EMSP) .

    NOTE: This dataType is based on dataTypes from ISO 15118-2.

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
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class PriceLevelScheduleEntry:
    """Part of ISO 15118-20 price schedule.

    Object of schema type ``PriceLevelScheduleEntryType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    duration: int = attrs.field(metadata={"wire": "duration"})
    """The amount of seconds that define the duration of this given PriceLevelScheduleEntry."""
    price_level: int = attrs.field(metadata={"wire": "priceLevel"})
    """
    Defines the price level of this PriceLevelScheduleEntry (referring to NumberOfPriceLevels).
    Small values for the PriceLevel represent a cheaper PriceLevelScheduleEntry. Large values for
    the PriceLevel represent a more expensive PriceLevelScheduleEntry.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class PriceLevelSchedule:
    """Object of schema type ``PriceLevelScheduleType`` (OCPP 2.1).

    The PriceLevelScheduleType is modeled after the same type that is defined in ISO 15118-20, such
    that if it is supplied by an EMSP as a signed EXI message, the conversion from EXI to JSON (in
    OCPP) and back to EXI (for ISO 15118-20) does not change the digest and therefore does not
    invalidate the signature.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    price_level_schedule_entries: list[PriceLevelScheduleEntry] = attrs.field(
        metadata={"wire": "priceLevelScheduleEntries"}
    )
    time_anchor: datetime.datetime = attrs.field(metadata={"wire": "timeAnchor"})
    """Starting point of this price schedule."""
    price_schedule_id: int = attrs.field(metadata={"wire": "priceScheduleId"})
    """Unique ID of this price schedule."""
    number_of_price_levels: int = attrs.field(metadata={"wire": "numberOfPriceLevels"})
    """
    Defines the overall number of distinct price level elements used across all PriceLevelSchedules.
    """
    price_schedule_description: str | None = attrs.field(
        default=None, metadata={"wire": "priceScheduleDescription"}
    )
    """Description of the price schedule."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingSchedule:
    """Object of schema type ``ChargingScheduleType`` (OCPP 2.1).

    Charging schedule structure defines a list of charging periods, as used in:
    NotifyEVChargingScheduleRequest and ChargingProfileType. When used in a
    NotifyEVChargingScheduleRequest only _duration_ and _chargingSchedulePeriod_ are relevant and
    _chargingRateUnit_ must be 'W'.

    An ISO 15118-20 session may provide either an _absolutePriceSchedule_ or a _priceLevelSchedule_.
    An ISO 15118-2 session can only provide a_salesTariff_ element. The field _digestValue_ is used
    when price schedule or sales tariff are signed.

    image::images/ChargingSchedule-Simple.png[]
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    charging_rate_unit: ChargingRateUnitEnum = attrs.field(metadata={"wire": "chargingRateUnit"})
    charging_schedule_period: list[ChargingSchedulePeriod] = attrs.field(
        metadata={"wire": "chargingSchedulePeriod"}
    )
    limit_at_soc: LimitAtSoC | None = attrs.field(default=None, metadata={"wire": "limitAtSoC"})
    start_schedule: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "startSchedule"}
    )
    """Starting point of an absolute schedule or recurring schedule."""
    duration: int | None = attrs.field(default=None, metadata={"wire": "duration"})
    """
    Duration of the charging schedule in seconds. If the duration is left empty, the last period
    will continue indefinitely or until end of the transaction in case startSchedule is absent.
    """
    min_charging_rate: float | None = attrs.field(
        default=None, metadata={"wire": "minChargingRate"}
    )
    """
    Minimum charging rate supported by the EV. The unit of measure is defined by the
    chargingRateUnit. This parameter is intended to be used by a local smart charging algorithm to
    optimize the power allocation for in the case a charging process is inefficient at lower
    charging rates.
    """
    power_tolerance: float | None = attrs.field(default=None, metadata={"wire": "powerTolerance"})
    """*(2.1)* Power tolerance when following EVPowerProfile."""
    signature_id: int | None = attrs.field(default=None, metadata={"wire": "signatureId"})
    """*(2.1)* Id of this element for referencing in a signature."""
    digest_value: str | None = attrs.field(default=None, metadata={"wire": "digestValue"})
    """
    *(2.1)* Base64 encoded hash (SHA256 for ISO 15118-2, SHA512 for ISO 15118-20) of the EXI price
    schedule element. Used in signature.
    """
    use_local_time: bool | None = attrs.field(default=None, metadata={"wire": "useLocalTime"})
    """
    *(2.1)* Defaults to false. When true, disregard time zone offset in dateTime fields of
    _ChargingScheduleType_ and use unqualified local time at Charging Station instead.

    This allows the same `Absolute` or `Recurring` charging profile to be used in both summer and
    winter time.
    """
    randomized_delay: int | None = attrs.field(default=None, metadata={"wire": "randomizedDelay"})
    """
    *(2.1)* Defaults to 0. When _randomizedDelay_ not equals zero, then the start of each
    ChargingSchedulePeriodType is delayed by a randomly chosen number of seconds between 0 and
    _randomizedDelay_.  Only allowed for TxProfile and TxDefaultProfile.
    """
    sales_tariff: SalesTariff | None = attrs.field(default=None, metadata={"wire": "salesTariff"})
    absolute_price_schedule: AbsolutePriceSchedule | None = attrs.field(
        default=None, metadata={"wire": "absolutePriceSchedule"}
    )
    price_level_schedule: PriceLevelSchedule | None = attrs.field(
        default=None, metadata={"wire": "priceLevelSchedule"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingProfile:
    """Object of schema type ``ChargingProfileType`` (OCPP 2.1).

    A ChargingProfile consists of 1 to 3 ChargingSchedules with a list of ChargingSchedulePeriods,
    describing the amount of power or current that can be delivered per time interval.

    image::images/ChargingProfile-Simple.png[]
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """
    Id of ChargingProfile. Unique within charging station. Id can have a negative value. This is
    useful to distinguish charging profiles from an external actor (external constraints) from
    charging profiles received from CSMS.
    """
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
    SHALL only be included if ChargingProfilePurpose is set to TxProfile in a
    SetChargingProfileRequest. The transactionId is used to match the profile to a specific
    transaction.
    """
    max_offline_duration: int | None = attrs.field(
        default=None, metadata={"wire": "maxOfflineDuration"}
    )
    """
    *(2.1)* Period in seconds that this charging profile remains valid after the Charging Station
    has gone offline. After this period the charging profile becomes invalid for as long as it is
    offline and the Charging Station reverts back to a valid profile with a lower stack level.

    If _invalidAfterOfflineDuration_ is true, then this charging profile will become permanently
    invalid.

    A value of 0 means that the charging profile is immediately invalid while offline. When the
    field is absent, then  no timeout applies and the charging profile remains valid when offline.
    """
    invalid_after_offline_duration: bool | None = attrs.field(
        default=None, metadata={"wire": "invalidAfterOfflineDuration"}
    )
    """
    *(2.1)* When set to true this charging profile will not be valid anymore after being offline for
    more than _maxOfflineDuration_.

    When absent defaults to false.
    """
    dyn_update_interval: int | None = attrs.field(
        default=None, metadata={"wire": "dynUpdateInterval"}
    )
    """
    *(2.1)*  Interval in seconds after receipt of last update, when to request a profile update by
    sending a PullDynamicScheduleUpdateRequest message.

    A value of 0 or no value means that no update interval applies.

    Only relevant in a dynamic charging profile.
    """
    dyn_update_time: datetime.datetime | None = attrs.field(
        default=None, metadata={"wire": "dynUpdateTime"}
    )
    """
    *(2.1)* Time at which limits or setpoints in this charging profile were last updated by a
    PullDynamicScheduleUpdateRequest or UpdateDynamicScheduleRequest or by an external actor.

    Only relevant in a dynamic charging profile.
    """
    price_schedule_signature: str | None = attrs.field(
        default=None, metadata={"wire": "priceScheduleSignature"}
    )
    """
    *(2.1)* ISO 15118-20 signature for all price schedules in _chargingSchedules_.

    Note: for 256-bit elliptic curves (like secp256k1) the ECDSA signature is 512 bits (64 bytes)
    and for 521-bit curves (like secp521r1) the signature is 1042 bits. This equals 131 bytes, which
    can be encoded as base64 in 176 bytes.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingProfileCriterion:
    """Object of schema type ``ChargingProfileCriterionType`` (OCPP 2.1).

    A ChargingProfileCriterionType is a filter for charging profiles to be selected by a
    GetChargingProfilesRequest.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

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
    charging_limit_source: list[str] | None = attrs.field(
        default=None, metadata={"wire": "chargingLimitSource"}
    )
    """
    For which charging limit sources, charging profiles SHALL be reported. If omitted, the Charging
    Station SHALL not filter on chargingLimitSource. Values defined in Appendix as
    ChargingLimitSourceEnumStringType.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChargingScheduleUpdate:
    """Updates to a ChargingSchedulePeriodType for dynamic charging profiles.

    Object of schema type ``ChargingScheduleUpdateType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    limit: float | None = attrs.field(default=None, metadata={"wire": "limit"})
    """
    Optional only when not required by the _operationMode_, as in CentralSetpoint, ExternalSetpoint,
    ExternalLimits, LocalFrequency,  LocalLoadBalancing.

    Charging rate limit during the schedule period, in the applicable _chargingRateUnit_.

    This SHOULD be a non-negative value; a negative value is only supported for backwards
    compatibility with older systems that use a negative value to specify a discharging limit.

    For AC this field represents the sum of all phases, unless values are provided for L2 and L3, in
    which case this field represents phase L1.
    """
    limit_l2: float | None = attrs.field(default=None, metadata={"wire": "limit_L2"})
    """*(2.1)* Charging rate limit on phase L2  in the applicable _chargingRateUnit_."""
    limit_l3: float | None = attrs.field(default=None, metadata={"wire": "limit_L3"})
    """*(2.1)* Charging rate limit on phase L3  in the applicable _chargingRateUnit_."""
    discharge_limit: float | None = attrs.field(default=None, metadata={"wire": "dischargeLimit"})
    """
    *(2.1)* Limit in _chargingRateUnit_ that the EV is allowed to discharge with. Note, these are
    negative values in order to be consistent with _setpoint_, which can be positive and negative.

    For AC this field represents the sum of all phases, unless values are provided for L2 and L3, in
    which case this field represents phase L1.
    """
    discharge_limit_l2: float | None = attrs.field(
        default=None, metadata={"wire": "dischargeLimit_L2"}
    )
    """*(2.1)* Limit in _chargingRateUnit_ on phase L2 that the EV is allowed to discharge with."""
    discharge_limit_l3: float | None = attrs.field(
        default=None, metadata={"wire": "dischargeLimit_L3"}
    )
    """*(2.1)* Limit in _chargingRateUnit_ on phase L3 that the EV is allowed to discharge with."""
    setpoint: float | None = attrs.field(default=None, metadata={"wire": "setpoint"})
    """
    *(2.1)* Setpoint in _chargingRateUnit_ that the EV should follow as close as possible. Use
    negative values for discharging.

    When a limit and/or _dischargeLimit_ are given the overshoot when following _setpoint_ must
    remain within these values.

    This field represents the sum of all phases, unless values are provided for L2 and L3, in which
    case this field represents phase L1.
    """
    setpoint_l2: float | None = attrs.field(default=None, metadata={"wire": "setpoint_L2"})
    """
    *(2.1)* Setpoint in _chargingRateUnit_ that the EV should follow on phase L2 as close as
    possible.
    """
    setpoint_l3: float | None = attrs.field(default=None, metadata={"wire": "setpoint_L3"})
    """
    *(2.1)* Setpoint in _chargingRateUnit_ that the EV should follow on phase L3 as close as
    possible.
    """
    setpoint_reactive: float | None = attrs.field(
        default=None, metadata={"wire": "setpointReactive"}
    )
    """
    *(2.1)* Setpoint for reactive power (or current) in _chargingRateUnit_ that the EV should follow
    as closely as possible. Positive values for inductive, negative for capacitive reactive power or
    current.

    This field represents the sum of all phases, unless values are provided for L2 and L3, in which
    case this field represents phase L1.
    """
    setpoint_reactive_l2: float | None = attrs.field(
        default=None, metadata={"wire": "setpointReactive_L2"}
    )
    """
    *(2.1)* Setpoint for reactive power (or current) in _chargingRateUnit_ that the EV should follow
    on phase L2 as closely as possible.
    """
    setpoint_reactive_l3: float | None = attrs.field(
        default=None, metadata={"wire": "setpointReactive_L3"}
    )
    """
    *(2.1)* Setpoint for reactive power (or current) in _chargingRateUnit_ that the EV should follow
    on phase L3 as closely as possible.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class Modem:
    """Object of schema type ``ModemType`` (OCPP 2.1).

    Defines parameters required for initiating and maintaining wireless communication with other
    devices.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    iccid: str | None = attrs.field(default=None, metadata={"wire": "iccid"})
    """This contains the ICCID of the modem's SIM card."""
    imsi: str | None = attrs.field(default=None, metadata={"wire": "imsi"})
    """This contains the IMSI of the modem's SIM card."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


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
    serial_number: str | None = attrs.field(default=None, metadata={"wire": "serialNumber"})
    """Vendor-specific device identifier."""
    modem: Modem | None = attrs.field(default=None, metadata={"wire": "modem"})
    firmware_version: str | None = attrs.field(default=None, metadata={"wire": "firmwareVersion"})
    """This contains the firmware version of the Charging Station."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearChargingProfile:
    """Object of schema type ``ClearChargingProfileType`` (OCPP 2.1).

    A ClearChargingProfileType is a filter for charging profiles to be cleared by
    ClearChargingProfileRequest.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

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
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    additional_info: str | None = attrs.field(default=None, metadata={"wire": "additionalInfo"})
    """Additional text to provide detailed information."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearMonitoringResult:
    """Object of schema type ``ClearMonitoringResultType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearMonitoringStatusEnum = attrs.field(metadata={"wire": "status"})
    id_: int = attrs.field(metadata={"wire": "id"})
    """Id of the monitor of which a clear was requested."""
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearTariffsResult:
    """Object of schema type ``ClearTariffsResultType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: TariffClearStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    tariff_id: str | None = attrs.field(default=None, metadata={"wire": "tariffId"})
    """
    Id of tariff for which _status_ is reported. If no tariffs were found, then this field is
    absent, and _status_ will be `NoTariff`.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    connector_id: int | None = attrs.field(default=None, metadata={"wire": "connectorId"})
    """An id to designate a specific connector (on an EVSE) by connector index number."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


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
    evse: EVSE | None = attrs.field(default=None, metadata={"wire": "evse"})
    instance: str | None = attrs.field(default=None, metadata={"wire": "instance"})
    """
    Name of instance in case the component exists as multiple instances. Case Insensitive. strongly
    advised to use Camel Case.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


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
    instance: str | None = attrs.field(default=None, metadata={"wire": "instance"})
    """
    Name of instance in case the variable exists as multiple instances. Case Insensitive. strongly
    advised to use Camel Case.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ComponentVariable:
    """Class to report components, variables and variable attributes and characteristics.

    Object of schema type ``ComponentVariableType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable | None = attrs.field(default=None, metadata={"wire": "variable"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CompositeSchedule:
    """Object of schema type ``CompositeScheduleType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    duration: int = attrs.field(metadata={"wire": "duration"})
    schedule_start: datetime.datetime = attrs.field(metadata={"wire": "scheduleStart"})
    charging_rate_unit: ChargingRateUnitEnum = attrs.field(metadata={"wire": "chargingRateUnit"})
    charging_schedule_period: list[ChargingSchedulePeriod] = attrs.field(
        metadata={"wire": "chargingSchedulePeriod"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class PeriodicEventStreamParams:
    """Object of schema type ``PeriodicEventStreamParamsType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    interval: int | None = attrs.field(default=None, metadata={"wire": "interval"})
    """Time in seconds after which stream data is sent."""
    values: int | None = attrs.field(default=None, metadata={"wire": "values"})
    """Number of items to be sent together in stream."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ConstantStreamData:
    """Object of schema type ``ConstantStreamDataType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """Uniquely identifies the stream"""
    params: PeriodicEventStreamParams = attrs.field(metadata={"wire": "params"})
    variable_monitoring_id: int = attrs.field(metadata={"wire": "variableMonitoringId"})
    """Id of monitor used to report his event. It can be a preconfigured or hardwired monitor."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TaxRate:
    """Tax percentage.

    Object of schema type ``TaxRateType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    type_: str = attrs.field(metadata={"wire": "type"})
    """Type of this tax, e.g.  "Federal ",  "State", for information on receipt."""
    tax: float = attrs.field(metadata={"wire": "tax"})
    """Tax percentage"""
    stack: int | None = attrs.field(default=None, metadata={"wire": "stack"})
    """
    Stack level for this type of tax. Default value, when absent, is 0.

    _stack_ = 0: tax on net price;

    _stack_ = 1: tax added on top of _stack_ 0;

    _stack_ = 2: tax added on top of _stack_ 1, etc.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class Price:
    """Price with and without tax.

    At least one of _exclTax_, _inclTax_ must be present.

    Object of schema type ``PriceType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    excl_tax: float | None = attrs.field(default=None, metadata={"wire": "exclTax"})
    """Price/cost excluding tax. Can be absent if _inclTax_ is present."""
    incl_tax: float | None = attrs.field(default=None, metadata={"wire": "inclTax"})
    """Price/cost including tax. Can be absent if _exclTax_ is present."""
    tax_rates: list[TaxRate] | None = attrs.field(default=None, metadata={"wire": "taxRates"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TotalPrice:
    """Total cost with and without tax.

    Contains the total of energy, charging time, idle time, fixed and reservation costs including
    and/or excluding tax.

    Object of schema type ``TotalPriceType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    excl_tax: float | None = attrs.field(default=None, metadata={"wire": "exclTax"})
    """Price/cost excluding tax. Can be absent if _inclTax_ is present."""
    incl_tax: float | None = attrs.field(default=None, metadata={"wire": "inclTax"})
    """Price/cost including tax. Can be absent if _exclTax_ is present."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TotalCost:
    """Object of schema type ``TotalCostType`` (OCPP 2.1).

    This contains the cost calculated during a transaction. It is used both for running cost and
    final cost of the transaction.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    currency: str = attrs.field(metadata={"wire": "currency"})
    """Currency of the costs in ISO 4217 Code."""
    type_of_cost: TariffCostEnum = attrs.field(metadata={"wire": "typeOfCost"})
    total: TotalPrice = attrs.field(metadata={"wire": "total"})
    fixed: Price | None = attrs.field(default=None, metadata={"wire": "fixed"})
    energy: Price | None = attrs.field(default=None, metadata={"wire": "energy"})
    charging_time: Price | None = attrs.field(default=None, metadata={"wire": "chargingTime"})
    idle_time: Price | None = attrs.field(default=None, metadata={"wire": "idleTime"})
    reservation_time: Price | None = attrs.field(default=None, metadata={"wire": "reservationTime"})
    reservation_fixed: Price | None = attrs.field(
        default=None, metadata={"wire": "reservationFixed"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class TotalUsage:
    """Object of schema type ``TotalUsageType`` (OCPP 2.1).

    This contains the calculated usage of energy, charging time and idle time during a transaction.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    energy: float = attrs.field(metadata={"wire": "energy"})
    charging_time: int = attrs.field(metadata={"wire": "chargingTime"})
    """
    Total duration of the charging session (including the duration of charging and not charging), in
    seconds.
    """
    idle_time: int = attrs.field(metadata={"wire": "idleTime"})
    """
    Total duration of the charging session where the EV was not charging (no energy was transferred
    between EVSE and EV), in seconds.
    """
    reservation_time: int | None = attrs.field(default=None, metadata={"wire": "reservationTime"})
    """Total time of reservation in seconds."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CostDetails:
    """Object of schema type ``CostDetailsType`` (OCPP 2.1).

    CostDetailsType contains the cost as calculated by Charging Station based on provided
    TariffType.

    NOTE: Reservation is not shown as a _chargingPeriod_, because it took place outside of the
    transaction.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    total_cost: TotalCost = attrs.field(metadata={"wire": "totalCost"})
    total_usage: TotalUsage = attrs.field(metadata={"wire": "totalUsage"})
    charging_periods: list[ChargingPeriod] | None = attrs.field(
        default=None, metadata={"wire": "chargingPeriods"}
    )
    failure_to_calculate: bool | None = attrs.field(
        default=None, metadata={"wire": "failureToCalculate"}
    )
    """If set to true, then Charging Station has failed to calculate the cost."""
    failure_reason: str | None = attrs.field(default=None, metadata={"wire": "failureReason"})
    """Optional human-readable reason text in case of failure to calculate."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class DERCurvePoints:
    """Object of schema type ``DERCurvePointsType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    x: float = attrs.field(metadata={"wire": "x"})
    """The data value of the X-axis (independent) variable, depending on the curve type."""
    y: float = attrs.field(metadata={"wire": "y"})
    """
    The data value of the Y-axis (dependent) variable, depending on the  cmn_derunitenumtype of the
    curve. If _y_ is power factor, then a positive value means DER is absorbing reactive power
    (under-excited), a negative value when DER is injecting reactive power (over-excited).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class Hysteresis:
    """Object of schema type ``HysteresisType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    hysteresis_high: float | None = attrs.field(default=None, metadata={"wire": "hysteresisHigh"})
    """
    High value for return to normal operation after a grid event, in absolute value. This value
    adopts the same unit as defined by yUnit
    """
    hysteresis_low: float | None = attrs.field(default=None, metadata={"wire": "hysteresisLow"})
    """
    Low value for return to normal operation after a grid event, in absolute value. This value
    adopts the same unit as defined by yUnit
    """
    hysteresis_delay: float | None = attrs.field(default=None, metadata={"wire": "hysteresisDelay"})
    """
    Delay in seconds, once grid parameter within HysteresisLow and HysteresisHigh, for the EV to
    return to normal operation after a grid event.
    """
    hysteresis_gradient: float | None = attrs.field(
        default=None, metadata={"wire": "hysteresisGradient"}
    )
    """
    Set default rate of change (ramp rate %/s) for the EV to return to normal operation after a grid
    event
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ReactivePowerParams:
    """Object of schema type ``ReactivePowerParamsType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    v_ref: float | None = attrs.field(default=None, metadata={"wire": "vRef"})
    """
    Only for VoltVar curve: The nominal ac voltage (rms) adjustment to the voltage curve points for
    Volt-Var curves (percentage).
    """
    autonomous_v_ref_enable: bool | None = attrs.field(
        default=None, metadata={"wire": "autonomousVRefEnable"}
    )
    """Only for VoltVar: Enable/disable autonomous VRef adjustment"""
    autonomous_v_ref_time_constant: float | None = attrs.field(
        default=None, metadata={"wire": "autonomousVRefTimeConstant"}
    )
    """Only for VoltVar: Adjustment range for VRef time constant"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class VoltageParams:
    """Object of schema type ``VoltageParamsType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    hv10_min_mean_value: float | None = attrs.field(
        default=None, metadata={"wire": "hv10MinMeanValue"}
    )
    """
    EN 50549-1 chapter 4.9.3.4

    Voltage threshold for the 10 min time window mean value monitoring.

    The 10 min mean is recalculated up to every 3 s.

    If the present voltage is above this threshold for more than the time defined by
    _hv10MinMeanValue_, the EV must trip.

    This value is mandatory if _hv10MinMeanTripDelay_ is set.
    """
    hv10_min_mean_trip_delay: float | None = attrs.field(
        default=None, metadata={"wire": "hv10MinMeanTripDelay"}
    )
    """
    Time for which the voltage is allowed to stay above the 10 min mean value.

    After this time, the EV must trip.

    This value is mandatory if OverVoltageMeanValue10min is set.
    """
    power_during_cessation: PowerDuringCessationEnum | None = attrs.field(
        default=None, metadata={"wire": "powerDuringCessation"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DERCurve:
    """Object of schema type ``DERCurveType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    curve_data: list[DERCurvePoints] = attrs.field(metadata={"wire": "curveData"})
    priority: int = attrs.field(metadata={"wire": "priority"})
    """Priority of curve (0=highest)"""
    y_unit: DERUnitEnum = attrs.field(metadata={"wire": "yUnit"})
    hysteresis: Hysteresis | None = attrs.field(default=None, metadata={"wire": "hysteresis"})
    reactive_power_params: ReactivePowerParams | None = attrs.field(
        default=None, metadata={"wire": "reactivePowerParams"}
    )
    voltage_params: VoltageParams | None = attrs.field(
        default=None, metadata={"wire": "voltageParams"}
    )
    response_time: float | None = attrs.field(default=None, metadata={"wire": "responseTime"})
    """
    Open loop response time, the time to ramp up to 90% of the new target in response to the change
    in voltage, in seconds. A value of 0 is used to mean no limit. When not present, the device
    should follow its default behavior.
    """
    start_time: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "startTime"})
    """Point in time when this curve will become activated. Only absent when _default_ is true."""
    duration: float | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in seconds that this curve will be active. Only absent when _default_ is true."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DERCurveGet:
    """Object of schema type ``DERCurveGetType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    curve: DERCurve = attrs.field(metadata={"wire": "curve"})
    id_: str = attrs.field(metadata={"wire": "id"})
    """Id of DER curve"""
    curve_type: DERControlEnum = attrs.field(metadata={"wire": "curveType"})
    is_default: bool = attrs.field(metadata={"wire": "isDefault"})
    """True if this is a default curve"""
    is_superseded: bool = attrs.field(metadata={"wire": "isSuperseded"})
    """
    True if this setting is superseded by a higher priority setting (i.e. lower value of _priority_)
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class EnterService:
    """Object of schema type ``EnterServiceType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    priority: int = attrs.field(metadata={"wire": "priority"})
    """Priority of setting (0=highest)"""
    high_voltage: float = attrs.field(metadata={"wire": "highVoltage"})
    """Enter service voltage high"""
    low_voltage: float = attrs.field(metadata={"wire": "lowVoltage"})
    """Enter service voltage low"""
    high_freq: float = attrs.field(metadata={"wire": "highFreq"})
    """Enter service frequency high"""
    low_freq: float = attrs.field(metadata={"wire": "lowFreq"})
    """Enter service frequency low"""
    delay: float | None = attrs.field(default=None, metadata={"wire": "delay"})
    """Enter service delay"""
    random_delay: float | None = attrs.field(default=None, metadata={"wire": "randomDelay"})
    """Enter service randomized delay"""
    ramp_rate: float | None = attrs.field(default=None, metadata={"wire": "rampRate"})
    """Enter service ramp rate in seconds"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class EnterServiceGet:
    """Object of schema type ``EnterServiceGetType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    enter_service: EnterService = attrs.field(metadata={"wire": "enterService"})
    id_: str = attrs.field(metadata={"wire": "id"})
    """Id of setting"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


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
    severity: int | None = attrs.field(default=None, metadata={"wire": "severity"})
    """
    *(2.1)* Severity associated with the monitor in _variableMonitoringId_ or with the hardwired
    notification.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class FixedPF:
    """Object of schema type ``FixedPFType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    priority: int = attrs.field(metadata={"wire": "priority"})
    """Priority of setting (0=highest)"""
    displacement: float = attrs.field(metadata={"wire": "displacement"})
    """Power factor, cos(phi), as value between 0..1."""
    excitation: bool = attrs.field(metadata={"wire": "excitation"})
    """
    True when absorbing reactive power (under-excited), false when injecting reactive power
    (over-excited).
    """
    start_time: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "startTime"})
    """Time when this setting becomes active"""
    duration: float | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in seconds that this setting is active."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class FixedPFGet:
    """Object of schema type ``FixedPFGetType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    fixed_pf: FixedPF = attrs.field(metadata={"wire": "fixedPF"})
    id_: str = attrs.field(metadata={"wire": "id"})
    """Id of setting."""
    is_default: bool = attrs.field(metadata={"wire": "isDefault"})
    """True if setting is a default control."""
    is_superseded: bool = attrs.field(metadata={"wire": "isSuperseded"})
    """True if this setting is superseded by a lower priority setting."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class FixedVar:
    """Object of schema type ``FixedVarType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    priority: int = attrs.field(metadata={"wire": "priority"})
    """Priority of setting (0=highest)"""
    setpoint: float = attrs.field(metadata={"wire": "setpoint"})
    """
    The value specifies a target var output interpreted as a signed percentage (-100 to 100).

    A negative value refers to charging, whereas a positive one refers to discharging.

    The value type is determined by the unit field.
    """
    unit: DERUnitEnum = attrs.field(metadata={"wire": "unit"})
    start_time: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "startTime"})
    """Time when this setting becomes active."""
    duration: float | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in seconds that this setting is active."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class FixedVarGet:
    """Object of schema type ``FixedVarGetType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    fixed_var: FixedVar = attrs.field(metadata={"wire": "fixedVar"})
    id_: str = attrs.field(metadata={"wire": "id"})
    """Id of setting"""
    is_default: bool = attrs.field(metadata={"wire": "isDefault"})
    """True if setting is a default control."""
    is_superseded: bool = attrs.field(metadata={"wire": "isSuperseded"})
    """True if this setting is superseded by a lower priority setting"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class FreqDroop:
    """Object of schema type ``FreqDroopType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    priority: int = attrs.field(metadata={"wire": "priority"})
    """Priority of setting (0=highest)"""
    over_freq: float = attrs.field(metadata={"wire": "overFreq"})
    """Over-frequency start of droop"""
    under_freq: float = attrs.field(metadata={"wire": "underFreq"})
    """Under-frequency start of droop"""
    over_droop: float = attrs.field(metadata={"wire": "overDroop"})
    """Over-frequency droop per unit, oFDroop"""
    under_droop: float = attrs.field(metadata={"wire": "underDroop"})
    """Under-frequency droop per unit, uFDroop"""
    response_time: float = attrs.field(metadata={"wire": "responseTime"})
    """Open loop response time in seconds"""
    start_time: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "startTime"})
    """Time when this setting becomes active"""
    duration: float | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in seconds that this setting is active"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class FreqDroopGet:
    """Object of schema type ``FreqDroopGetType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    freq_droop: FreqDroop = attrs.field(metadata={"wire": "freqDroop"})
    id_: str = attrs.field(metadata={"wire": "id"})
    """Id of setting"""
    is_default: bool = attrs.field(metadata={"wire": "isDefault"})
    """True if setting is a default control."""
    is_superseded: bool = attrs.field(metadata={"wire": "isSuperseded"})
    """
    True if this setting is superseded by a higher priority setting (i.e. lower value of _priority_)
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


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
    attribute_type: AttributeEnum | None = attrs.field(
        default=None, metadata={"wire": "attributeType"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class Gradient:
    """Object of schema type ``GradientType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    priority: int = attrs.field(metadata={"wire": "priority"})
    """Id of setting"""
    gradient: float = attrs.field(metadata={"wire": "gradient"})
    """Default ramp rate in seconds (0 if not applicable)"""
    soft_gradient: float = attrs.field(metadata={"wire": "softGradient"})
    """Soft-start ramp rate in seconds (0 if not applicable)"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GradientGet:
    """Object of schema type ``GradientGetType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    gradient: Gradient = attrs.field(metadata={"wire": "gradient"})
    id_: str = attrs.field(metadata={"wire": "id"})
    """Id of setting"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class LimitMaxDischarge:
    """Object of schema type ``LimitMaxDischargeType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    priority: int = attrs.field(metadata={"wire": "priority"})
    """Priority of setting (0=highest)"""
    pct_max_discharge_power: float | None = attrs.field(
        default=None, metadata={"wire": "pctMaxDischargePower"}
    )
    """
    Only for PowerMonitoring.

    The value specifies a percentage (0 to 100) of the rated maximum discharge power of EV.

    The PowerMonitoring curve becomes active when power exceeds this percentage.
    """
    power_monitoring_must_trip: DERCurve | None = attrs.field(
        default=None, metadata={"wire": "powerMonitoringMustTrip"}
    )
    start_time: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "startTime"})
    """Time when this setting becomes active"""
    duration: float | None = attrs.field(default=None, metadata={"wire": "duration"})
    """Duration in seconds that this setting is active"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class LimitMaxDischargeGet:
    """Object of schema type ``LimitMaxDischargeGetType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: str = attrs.field(metadata={"wire": "id"})
    """Id of setting"""
    is_default: bool = attrs.field(metadata={"wire": "isDefault"})
    """True if setting is a default control."""
    is_superseded: bool = attrs.field(metadata={"wire": "isSuperseded"})
    """
    True if this setting is superseded by a higher priority setting (i.e. lower value of _priority_)
    """
    limit_max_discharge: LimitMaxDischarge = attrs.field(metadata={"wire": "limitMaxDischarge"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


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
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    Unique id within an exchange context. It is defined within the OCPP context as a positive
    Integer value (greater or equal to zero).
    """
    priority: MessagePriorityEnum = attrs.field(metadata={"wire": "priority"})
    message: MessageContent = attrs.field(metadata={"wire": "message"})
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
    message_extra: list[MessageContent] | None = attrs.field(
        default=None, metadata={"wire": "messageExtra"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    Base64 encoded, contains the signed data from the meter in the format specified in
    _encodingMethod_, which might contain more then just the meter value. It can contain information
    like timestamps, reference to a customer etc.
    """
    encoding_method: str = attrs.field(metadata={"wire": "encodingMethod"})
    """Format used by the energy meter to encode the meter data. For example: OCMF or EDL."""
    signing_method: str | None = attrs.field(default=None, metadata={"wire": "signingMethod"})
    """
    *(2.1)* Method used to create the digital signature. Optional, if already included in
    _signedMeterData_. Standard values for this are defined in Appendix as
    SigningMethodEnumStringType.
    """
    public_key: str | None = attrs.field(default=None, metadata={"wire": "publicKey"})
    """
    *(2.1)* Base64 encoded, sending depends on configuration variable
    _PublicKeyWithSignedMeterValue_.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class UnitOfMeasure:
    """Represents a UnitOfMeasure with a multiplier.

    Object of schema type ``UnitOfMeasureType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

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

    The _multiplier_ only multiplies the value of the measurand. It does not specify a conversion
    between units, for example, kW and W.

    Schema default: ``0`` (not sent unless set explicitly).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


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
    measurand: MeasurandEnum | None = attrs.field(default=None, metadata={"wire": "measurand"})
    context: ReadingContextEnum | None = attrs.field(default=None, metadata={"wire": "context"})
    phase: PhaseEnum | None = attrs.field(default=None, metadata={"wire": "phase"})
    location: LocationEnum | None = attrs.field(default=None, metadata={"wire": "location"})
    signed_meter_value: SignedMeterValue | None = attrs.field(
        default=None, metadata={"wire": "signedMeterValue"}
    )
    unit_of_measure: UnitOfMeasure | None = attrs.field(
        default=None, metadata={"wire": "unitOfMeasure"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    event_notification_type: EventNotificationEnum = attrs.field(
        metadata={"wire": "eventNotificationType"}
    )
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
    """*(2.1)* VPN Password."""
    key: str = attrs.field(metadata={"wire": "key"})
    """VPN shared secret."""
    type_: VPNEnum = attrs.field(metadata={"wire": "type"})
    group: str | None = attrs.field(default=None, metadata={"wire": "group"})
    """VPN group."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NetworkConnectionProfile:
    """Object of schema type ``NetworkConnectionProfileType`` (OCPP 2.1).

    The NetworkConnectionProfile defines the functional and technical parameters of a communication
    link.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    ocpp_interface: OCPPInterfaceEnum = attrs.field(metadata={"wire": "ocppInterface"})
    ocpp_transport: OCPPTransportEnum = attrs.field(metadata={"wire": "ocppTransport"})
    message_timeout: int = attrs.field(metadata={"wire": "messageTimeout"})
    """
    Duration in seconds before a message send by the Charging Station via this network connection
    times-out.

    The best setting depends on the underlying network and response times of the CSMS.

    If you are looking for a some guideline: use 30 seconds as a starting point.
    """
    ocpp_csms_url: str = attrs.field(metadata={"wire": "ocppCsmsUrl"})
    """
    URL of the CSMS(s) that this Charging Station communicates with, without the Charging Station
    identity part.

    The SecurityCtrlr.Identity field is appended to _ocppCsmsUrl_ to provide the full websocket URL.
    """
    security_profile: int = attrs.field(metadata={"wire": "securityProfile"})
    """
    This field specifies the security profile used when connecting to the CSMS with this
    NetworkConnectionProfile.
    """
    apn: APN | None = attrs.field(default=None, metadata={"wire": "apn"})
    ocpp_version: OCPPVersionEnum | None = attrs.field(
        default=None, metadata={"wire": "ocppVersion"}
    )
    identity: str | None = attrs.field(default=None, metadata={"wire": "identity"})
    """*(2.1)* Charging Station identity to be used as the basic authentication username."""
    basic_auth_password: str | None = attrs.field(
        default=None, metadata={"wire": "basicAuthPassword"}
    )
    """*(2.1)* BasicAuthPassword to use for security profile 1 or 2."""
    vpn: VPN | None = attrs.field(default=None, metadata={"wire": "vpn"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class OCSPRequestData:
    """Information about a certificate for an OCSP check.

    Object of schema type ``OCSPRequestDataType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    hash_algorithm: HashAlgorithmEnum = attrs.field(metadata={"wire": "hashAlgorithm"})
    issuer_name_hash: str = attrs.field(metadata={"wire": "issuerNameHash"})
    """
    The hash of the issuer's distinguished

    name (DN), that must be calculated over the DER

    encoding of the issuer's name field in the certificate

    being checked.
    """
    issuer_key_hash: str = attrs.field(metadata={"wire": "issuerKeyHash"})
    """
    The hash of the DER encoded public key:

    the value (excluding tag and length) of the subject

    public key field in the issuer's certificate.
    """
    serial_number: str = attrs.field(metadata={"wire": "serialNumber"})
    """
    The string representation of the

    hexadecimal value of the serial number without the

    prefix "0x" and without leading zeroes.
    """
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
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    max_elements: int | None = attrs.field(default=None, metadata={"wire": "maxElements"})
    """
    *(2.1)* Maximum number of elements from _valuesList_ that are supported as _attributeValue_.
    """
    values_list: str | None = attrs.field(default=None, metadata={"wire": "valuesList"})
    """
    Mandatory when _dataType_ = OptionList, MemberList or SequenceList. In that case _valuesList_
    specifies the allowed values for the type.

    The length of this field can be limited by DeviceDataCtrlr.ConfigurationValueSize.

    * OptionList: The (Actual) Variable value must be a single value from the reported (CSV)
    enumeration list.

    * MemberList: The (Actual) Variable value  may be an (unordered) (sub-)set of the reported (CSV)
    valid values list.

    * SequenceList: The (Actual) Variable value  may be an ordered (priority, etc)  (sub-)set of the
    reported (CSV) valid values.

    This is a comma separated list.

    The Configuration Variable ConfigurationValueSize can be used to limit
    SetVariableData.attributeValue and VariableCharacteristics.valuesList. The max size of these
    values will always remain equal.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    variable_characteristics: VariableCharacteristics | None = attrs.field(
        default=None, metadata={"wire": "variableCharacteristics"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


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
    id_: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """
    An id SHALL only be given to replace an existing monitor. The Charging Station handles the
    generation of id's for new monitors.
    """
    periodic_event_stream: PeriodicEventStreamParams | None = attrs.field(
        default=None, metadata={"wire": "periodicEventStream"}
    )
    transaction: bool | None = attrs.field(default=None, metadata={"wire": "transaction"})
    """
    Monitor only active when a transaction is ongoing on a component relevant to this transaction.
    Default = false.

    Schema default: ``false`` (not sent unless set explicitly).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

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
    id_: int | None = attrs.field(default=None, metadata={"wire": "id"})
    """
    Id given to the VariableMonitor by the Charging Station. The Id is only returned when status is
    accepted. Installed VariableMonitors should have unique id's but the id's of removed Installed
    monitors should have unique id's but the id's of removed monitors MAY be reused.
    """
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetVariableData:
    """Object of schema type ``SetVariableDataType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    attribute_value: str = attrs.field(metadata={"wire": "attributeValue"})
    """
    Value to be assigned to attribute of variable.

    This value is allowed to be an empty string ("").

    The Configuration Variable ConfigurationValueSize can be used to limit
    SetVariableData.attributeValue and VariableCharacteristics.valuesList. The max size of these
    values will always remain equal.
    """
    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    attribute_type: AttributeEnum | None = attrs.field(
        default=None, metadata={"wire": "attributeType"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetVariableResult:
    """Object of schema type ``SetVariableResultType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    attribute_status: SetVariableStatusEnum = attrs.field(metadata={"wire": "attributeStatus"})
    component: Component = attrs.field(metadata={"wire": "component"})
    variable: Variable = attrs.field(metadata={"wire": "variable"})
    attribute_type: AttributeEnum | None = attrs.field(
        default=None, metadata={"wire": "attributeType"}
    )
    attribute_status_info: StatusInfo | None = attrs.field(
        default=None, metadata={"wire": "attributeStatusInfo"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class StreamDataElement:
    """Object of schema type ``StreamDataElementType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    t: float = attrs.field(metadata={"wire": "t"})
    """
    Offset relative to _basetime_ of this message. _basetime_ + _t_ is timestamp of recorded value.
    """
    v: str = attrs.field(metadata={"wire": "v"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TariffConditions:
    """Object of schema type ``TariffConditionsType`` (OCPP 2.1).

    These conditions describe if and when a TariffEnergyType or TariffTimeType applies during a
    transaction.

    When more than one restriction is set, they are to be treated as a logical AND. All need to be
    valid before this price is active.

    For reverse energy flow (discharging) negative values of energy, power and current are used.

    NOTE: _minXXX_ (where XXX = Kwh/A/Kw) must be read as "closest to zero", and _maxXXX_ as
    "furthest from zero". For example, a *charging* power range from 10 kW to 50 kWh is given by
    _minPower_ = 10000 and _maxPower_ = 50000, and a *discharging* power range from -10 kW to -50 kW
    is given by _minPower_ = -10 and _maxPower_ = -50.

    NOTE: _startTimeOfDay_ and _endTimeOfDay_ are in local time, because it is the time in the
    tariff as it is shown to the EV driver at the Charging Station.

    A Charging Station will convert this to the internal time zone that it uses (which is
    recommended to be UTC, see section Generic chapter 3.1) when performing cost calculation.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    start_time_of_day: str | None = attrs.field(default=None, metadata={"wire": "startTimeOfDay"})
    """
    Start time of day in local time.

    Format as per RFC 3339: time-hour ":" time-minute

    Must be in 24h format with leading zeros. Hour/Minute separator: ":"

    Regex: `([0-1][0-9]|2[0-3]):[0-5][0-9]`
    """
    end_time_of_day: str | None = attrs.field(default=None, metadata={"wire": "endTimeOfDay"})
    """
    End time of day in local time. Same syntax as _startTimeOfDay_.

    If end time < start time then the period wraps around to the next day.

    To stop at end of the day use: 00:00.
    """
    day_of_week: list[DayOfWeekEnum] | None = attrs.field(
        default=None, metadata={"wire": "dayOfWeek"}
    )
    """Day(s) of the week this is tariff applies."""
    valid_from_date: str | None = attrs.field(default=None, metadata={"wire": "validFromDate"})
    """
    Start date in local time, for example: 2015-12-24.

    Valid from this day (inclusive).

    Format as per RFC 3339: full-date

    Regex: `([12][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])`
    """
    valid_to_date: str | None = attrs.field(default=None, metadata={"wire": "validToDate"})
    """
    End date in local time, for example: 2015-12-27.

    Valid until this day (exclusive). Same syntax as _validFromDate_.
    """
    evse_kind: EvseKindEnum | None = attrs.field(default=None, metadata={"wire": "evseKind"})
    min_energy: float | None = attrs.field(default=None, metadata={"wire": "minEnergy"})
    """
    Minimum consumed energy in Wh, for example 20000 Wh.

    Valid from this amount of energy (inclusive) being used.
    """
    max_energy: float | None = attrs.field(default=None, metadata={"wire": "maxEnergy"})
    """
    Maximum consumed energy in Wh, for example 50000 Wh.

    Valid until this amount of energy (exclusive) being used.
    """
    min_current: float | None = attrs.field(default=None, metadata={"wire": "minCurrent"})
    """
    Sum of the minimum current (in Amperes) over all phases, for example 5 A.

    When the EV is charging with more than, or equal to, the defined amount of current, this price
    is/becomes active. If the charging current is or becomes lower, this price is not or no longer
    valid and becomes inactive.

    This is NOT about the minimum current over the entire transaction.
    """
    max_current: float | None = attrs.field(default=None, metadata={"wire": "maxCurrent"})
    """
    Sum of the maximum current (in Amperes) over all phases, for example 20 A.

    When the EV is charging with less than the defined amount of current, this price becomes/is
    active. If the charging current is or becomes higher, this price is not or no longer valid and
    becomes inactive.

    This is NOT about the maximum current over the entire transaction.
    """
    min_power: float | None = attrs.field(default=None, metadata={"wire": "minPower"})
    """
    Minimum power in W, for example 5000 W.

    When the EV is charging with more than, or equal to, the defined amount of power, this price
    is/becomes active.

    If the charging power is or becomes lower, this price is not or no longer valid and becomes
    inactive.

    This is NOT about the minimum power over the entire transaction.
    """
    max_power: float | None = attrs.field(default=None, metadata={"wire": "maxPower"})
    """
    Maximum power in W, for example 20000 W.

    When the EV is charging with less than the defined amount of power, this price becomes/is
    active.

    If the charging power is or becomes higher, this price is not or no longer valid and becomes
    inactive.

    This is NOT about the maximum power over the entire transaction.
    """
    min_time: int | None = attrs.field(default=None, metadata={"wire": "minTime"})
    """
    Minimum duration in seconds the transaction (charging & idle) MUST last (inclusive).

    When the duration of a transaction is longer than the defined value, this price is or becomes
    active.

    Before that moment, this price is not yet active.
    """
    max_time: int | None = attrs.field(default=None, metadata={"wire": "maxTime"})
    """
    Maximum duration in seconds the transaction (charging & idle) MUST last (exclusive).

    When the duration of a transaction is shorter than the defined value, this price is or becomes
    active.

    After that moment, this price is no longer active.
    """
    min_charging_time: int | None = attrs.field(default=None, metadata={"wire": "minChargingTime"})
    """
    Minimum duration in seconds the charging MUST last (inclusive).

    When the duration of a charging is longer than the defined value, this price is or becomes
    active.

    Before that moment, this price is not yet active.
    """
    max_charging_time: int | None = attrs.field(default=None, metadata={"wire": "maxChargingTime"})
    """
    Maximum duration in seconds the charging MUST last (exclusive).

    When the duration of a charging is shorter than the defined value, this price is or becomes
    active.

    After that moment, this price is no longer active.
    """
    min_idle_time: int | None = attrs.field(default=None, metadata={"wire": "minIdleTime"})
    """
    Minimum duration in seconds the idle period (i.e. not charging) MUST last (inclusive).

    When the duration of the idle time is longer than the defined value, this price is or becomes
    active.

    Before that moment, this price is not yet active.
    """
    max_idle_time: int | None = attrs.field(default=None, metadata={"wire": "maxIdleTime"})
    """
    Maximum duration in seconds the idle period (i.e. not charging) MUST last (exclusive).

    When the duration of idle time is shorter than the defined value, this price is or becomes
    active.

    After that moment, this price is no longer active.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class TariffEnergyPrice:
    """Tariff with optional conditions for an energy price.

    Object of schema type ``TariffEnergyPriceType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    price_kwh: float = attrs.field(metadata={"wire": "priceKwh"})
    """Price per kWh (excl. tax) for this element."""
    conditions: TariffConditions | None = attrs.field(default=None, metadata={"wire": "conditions"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TariffEnergy:
    """Price elements and tax for energy.

    Object of schema type ``TariffEnergyType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    prices: list[TariffEnergyPrice] = attrs.field(metadata={"wire": "prices"})
    tax_rates: list[TaxRate] | None = attrs.field(default=None, metadata={"wire": "taxRates"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TariffTimePrice:
    """Tariff with optional conditions for a time duration price.

    Object of schema type ``TariffTimePriceType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    price_minute: float = attrs.field(metadata={"wire": "priceMinute"})
    """Price per minute (excl. tax) for this element."""
    conditions: TariffConditions | None = attrs.field(default=None, metadata={"wire": "conditions"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TariffTime:
    """Price elements and tax for time.

    Object of schema type ``TariffTimeType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    prices: list[TariffTimePrice] = attrs.field(metadata={"wire": "prices"})
    tax_rates: list[TaxRate] | None = attrs.field(default=None, metadata={"wire": "taxRates"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TariffConditionsFixed:
    """These conditions describe if a FixedPrice applies at start of the transaction.

    When more than one restriction is set, they are to be treated as a logical AND. All need to be
    valid before this price is active.

    NOTE: _startTimeOfDay_ and _endTimeOfDay_ are in local time, because it is the time in the
    tariff as it is shown to the EV driver at the Charging Station.

    A Charging Station will convert this to the internal time zone that it uses (which is
    recommended to be UTC, see section Generic chapter 3.1) when performing cost calculation.

    Object of schema type ``TariffConditionsFixedType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    start_time_of_day: str | None = attrs.field(default=None, metadata={"wire": "startTimeOfDay"})
    """
    Start time of day in local time.

    Format as per RFC 3339: time-hour ":" time-minute

    Must be in 24h format with leading zeros. Hour/Minute separator: ":"

    Regex: `([0-1][0-9]|2[0-3]):[0-5][0-9]`
    """
    end_time_of_day: str | None = attrs.field(default=None, metadata={"wire": "endTimeOfDay"})
    """
    End time of day in local time. Same syntax as _startTimeOfDay_.

    If end time < start time then the period wraps around to the next day.

    To stop at end of the day use: 00:00.
    """
    day_of_week: list[DayOfWeekEnum] | None = attrs.field(
        default=None, metadata={"wire": "dayOfWeek"}
    )
    """Day(s) of the week this is tariff applies."""
    valid_from_date: str | None = attrs.field(default=None, metadata={"wire": "validFromDate"})
    """
    Start date in local time, for example: 2015-12-24.

    Valid from this day (inclusive).

    Format as per RFC 3339: full-date

    Regex: `([12][0-9]{3})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])`
    """
    valid_to_date: str | None = attrs.field(default=None, metadata={"wire": "validToDate"})
    """
    End date in local time, for example: 2015-12-27.

    Valid until this day (exclusive). Same syntax as _validFromDate_.
    """
    evse_kind: EvseKindEnum | None = attrs.field(default=None, metadata={"wire": "evseKind"})
    payment_brand: str | None = attrs.field(default=None, metadata={"wire": "paymentBrand"})
    """
    For which payment brand this (adhoc) tariff applies. Can be used to add a surcharge for certain
    payment brands.

    Based on value of _additionalIdToken_ from _idToken.additionalInfo.type_ = "PaymentBrand".
    """
    payment_recognition: str | None = attrs.field(
        default=None, metadata={"wire": "paymentRecognition"}
    )
    """
    Type of adhoc payment, e.g. CC, Debit.

    Based on value of _additionalIdToken_ from _idToken.additionalInfo.type_ = "PaymentRecognition".
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class TariffFixedPrice:
    """Tariff with optional conditions for a fixed price.

    Object of schema type ``TariffFixedPriceType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    price_fixed: float = attrs.field(metadata={"wire": "priceFixed"})
    """Fixed price  for this element e.g. a start fee."""
    conditions: TariffConditionsFixed | None = attrs.field(
        default=None, metadata={"wire": "conditions"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TariffFixed:
    """Object of schema type ``TariffFixedType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    prices: list[TariffFixedPrice] = attrs.field(metadata={"wire": "prices"})
    tax_rates: list[TaxRate] | None = attrs.field(default=None, metadata={"wire": "taxRates"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class Tariff:
    """A tariff is described by fields with prices for:.

    energy,

    charging time,

    idle time,

    fixed fee,

    reservation time,

    reservation fixed fee.

    Each of these fields may have (optional) conditions that specify when a price is applicable.

    The _description_ contains a human-readable explanation of the tariff to be shown to the user.

    The other fields are parameters that define the tariff. These are used by the charging station
    to calculate the price.

    Object of schema type ``TariffType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    tariff_id: str = attrs.field(metadata={"wire": "tariffId"})
    """Unique id of tariff"""
    currency: str = attrs.field(metadata={"wire": "currency"})
    """Currency code according to ISO 4217"""
    description: list[MessageContent] | None = attrs.field(
        default=None, metadata={"wire": "description"}
    )
    energy: TariffEnergy | None = attrs.field(default=None, metadata={"wire": "energy"})
    valid_from: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "validFrom"})
    """Time when this tariff becomes active. When absent, it is immediately active."""
    charging_time: TariffTime | None = attrs.field(default=None, metadata={"wire": "chargingTime"})
    idle_time: TariffTime | None = attrs.field(default=None, metadata={"wire": "idleTime"})
    fixed_fee: TariffFixed | None = attrs.field(default=None, metadata={"wire": "fixedFee"})
    reservation_time: TariffTime | None = attrs.field(
        default=None, metadata={"wire": "reservationTime"}
    )
    reservation_fixed: TariffFixed | None = attrs.field(
        default=None, metadata={"wire": "reservationFixed"}
    )
    min_cost: Price | None = attrs.field(default=None, metadata={"wire": "minCost"})
    max_cost: Price | None = attrs.field(default=None, metadata={"wire": "maxCost"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class TariffAssignment:
    """Shows assignment of tariffs to EVSE or IdToken.

    Object of schema type ``TariffAssignmentType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    tariff_id: str = attrs.field(metadata={"wire": "tariffId"})
    """Tariff id."""
    tariff_kind: TariffKindEnum = attrs.field(metadata={"wire": "tariffKind"})
    valid_from: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "validFrom"})
    """Date/time when this tariff become active."""
    evse_ids: list[int] | None = attrs.field(default=None, metadata={"wire": "evseIds"})
    id_tokens: list[str] | None = attrs.field(default=None, metadata={"wire": "idTokens"})
    """IdTokens related to tariff"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class TransactionLimit:
    """Cost, energy, time or SoC limit for a transaction.

    Object of schema type ``TransactionLimitType``.
    """

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    max_cost: float | None = attrs.field(default=None, metadata={"wire": "maxCost"})
    """Maximum allowed cost of transaction in currency of tariff."""
    max_energy: float | None = attrs.field(default=None, metadata={"wire": "maxEnergy"})
    """Maximum allowed energy in Wh to charge in transaction."""
    max_time: int | None = attrs.field(default=None, metadata={"wire": "maxTime"})
    """Maximum duration of transaction in seconds from start to end."""
    max_soc: int | None = attrs.field(default=None, metadata={"wire": "maxSoC"})
    """Maximum State of Charge of EV in percentage."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class Transaction:
    """Object of schema type ``TransactionType`` (OCPP 2.1)."""

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    transaction_id: str = attrs.field(metadata={"wire": "transactionId"})
    """This contains the Id of the transaction."""
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
    operation_mode: OperationModeEnum | None = attrs.field(
        default=None, metadata={"wire": "operationMode"}
    )
    tariff_id: str | None = attrs.field(default=None, metadata={"wire": "tariffId"})
    """*(2.1)* Id of tariff in use for transaction"""
    transaction_limit: TransactionLimit | None = attrs.field(
        default=None, metadata={"wire": "transactionLimit"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AFRRSignalResponse(Response):
    """Payload of the AFRRSignal response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "AFRRSignal"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AdjustPeriodicEventStreamResponse(Response):
    """Payload of the AdjustPeriodicEventStream response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "AdjustPeriodicEventStream"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AuthorizeResponse(Response):
    """Payload of the Authorize response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "Authorize"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token_info: IdTokenInfo = attrs.field(metadata={"wire": "idTokenInfo"})
    certificate_status: AuthorizeCertificateStatusEnum | None = attrs.field(
        default=None, metadata={"wire": "certificateStatus"}
    )
    allowed_energy_transfer: list[EnergyTransferModeEnum] | None = attrs.field(
        default=None, metadata={"wire": "allowedEnergyTransfer"}
    )
    """
    *(2.1)* List of allowed energy transfer modes the EV can choose from. If omitted this defaults
    to charging only.
    """
    tariff: Tariff | None = attrs.field(default=None, metadata={"wire": "tariff"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class BatterySwapResponse(Response):
    """Payload of the BatterySwap response (OCPP 2.1).

    This is an empty response that just acknowledges receipt of the request. (The request cannot be
    rejected).
    """

    ACTION: ClassVar[str] = "BatterySwap"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class BootNotificationResponse(Response):
    """Payload of the BootNotification response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "BootNotification"
    VERSION: ClassVar[str] = "ocpp2.1"

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
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CancelReservationResponse(Response):
    """Payload of the CancelReservation response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "CancelReservation"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: CancelReservationStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class CertificateSignedResponse(Response):
    """Payload of the CertificateSigned response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "CertificateSigned"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: CertificateSignedStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChangeAvailabilityResponse(Response):
    """Payload of the ChangeAvailability response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ChangeAvailability"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ChangeAvailabilityStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChangeTransactionTariffResponse(Response):
    """Payload of the ChangeTransactionTariff response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ChangeTransactionTariff"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: TariffChangeStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearCacheResponse(Response):
    """Payload of the ClearCache response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearCache"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearCacheStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearChargingProfileResponse(Response):
    """Payload of the ClearChargingProfile response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearChargingProfile"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearChargingProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearDERControlResponse(Response):
    """Payload of the ClearDERControl response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearDERControl"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DERControlStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearDisplayMessageResponse(Response):
    """Payload of the ClearDisplayMessage response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearDisplayMessage"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ClearMessageStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearTariffsResponse(Response):
    """Payload of the ClearTariffs response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearTariffs"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    clear_tariffs_result: list[ClearTariffsResult] = attrs.field(
        metadata={"wire": "clearTariffsResult"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearVariableMonitoringResponse(Response):
    """Payload of the ClearVariableMonitoring response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearVariableMonitoring"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    clear_monitoring_result: list[ClearMonitoringResult] = attrs.field(
        metadata={"wire": "clearMonitoringResult"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearedChargingLimitResponse(Response):
    """Payload of the ClearedChargingLimit response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearedChargingLimit"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClosePeriodicEventStreamResponse(Response):
    """Payload of the ClosePeriodicEventStream response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClosePeriodicEventStream"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CostUpdatedResponse(Response):
    """Payload of the CostUpdated response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "CostUpdated"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CustomerInformationResponse(Response):
    """Payload of the CustomerInformation response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "CustomerInformation"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: CustomerInformationStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DataTransferResponse(Response):
    """Payload of the DataTransfer response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "DataTransfer"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DataTransferStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    data: Any | None = attrs.field(default=None, metadata={"wire": "data"})
    """Data without specified length or format, in response to request."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class DeleteCertificateResponse(Response):
    """Payload of the DeleteCertificate response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "DeleteCertificate"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DeleteCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class FirmwareStatusNotificationResponse(Response):
    """Payload of the FirmwareStatusNotification response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "FirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class Get15118EVCertificateResponse(Response):
    """Payload of the Get15118EVCertificate response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "Get15118EVCertificate"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: Iso15118EVCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    exi_response: str = attrs.field(metadata={"wire": "exiResponse"})
    """
    *(2/1)* Raw CertificateInstallationRes response for the EV, Base64 encoded.

    Extended to support ISO 15118-20 certificates. The minimum supported length is 17000. If a
    longer _exiResponse_ is supported, then the supported length must be communicated in variable
    OCPPCommCtrlr.FieldLength[ "Get15118EVCertificateResponse.exiResponse" ].
    """
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    remaining_contracts: int | None = attrs.field(
        default=None, metadata={"wire": "remainingContracts"}
    )
    """*(2.1)* Number of contracts that can be retrieved with additional requests."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetBaseReportResponse(Response):
    """Payload of the GetBaseReport response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetBaseReport"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericDeviceModelStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetCertificateChainStatusResponse(Response):
    """Payload of the GetCertificateChainStatus response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetCertificateChainStatus"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_status: list[CertificateStatus] = attrs.field(
        metadata={"wire": "certificateStatus"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetCertificateStatusResponse(Response):
    """Payload of the GetCertificateStatus response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetCertificateStatus"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    ocsp_result: str | None = attrs.field(default=None, metadata={"wire": "ocspResult"})
    """
    *(2.1)* OCSPResponse class as defined in IETF RFC 6960. DER encoded (as defined in IETF RFC
    6960), and then base64 encoded. MAY only be omitted when status is not Accepted.

    The minimum supported length is 18000. If a longer _ocspResult_ is supported, then the supported
    length must be communicated in variable OCPPCommCtrlr.FieldLength[
    "GetCertificateStatusResponse.ocspResult" ].
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetChargingProfilesResponse(Response):
    """Payload of the GetChargingProfiles response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetChargingProfiles"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetChargingProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetCompositeScheduleResponse(Response):
    """Payload of the GetCompositeSchedule response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetCompositeSchedule"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    schedule: CompositeSchedule | None = attrs.field(default=None, metadata={"wire": "schedule"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetDERControlResponse(Response):
    """Payload of the GetDERControl response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetDERControl"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DERControlStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetDisplayMessagesResponse(Response):
    """Payload of the GetDisplayMessages response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetDisplayMessages"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetDisplayMessagesStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetInstalledCertificateIdsResponse(Response):
    """Payload of the GetInstalledCertificateIds response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetInstalledCertificateIds"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GetInstalledCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    certificate_hash_data_chain: list[CertificateHashDataChain] | None = attrs.field(
        default=None, metadata={"wire": "certificateHashDataChain"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetLocalListVersionResponse(Response):
    """Payload of the GetLocalListVersion response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetLocalListVersion"
    VERSION: ClassVar[str] = "ocpp2.1"

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
    """Payload of the GetLog response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetLog"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: LogStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    filename: str | None = attrs.field(default=None, metadata={"wire": "filename"})
    """
    This contains the name of the log file that will be uploaded. This field is not present when no
    logging information is available.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetMonitoringReportResponse(Response):
    """Payload of the GetMonitoringReport response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetMonitoringReport"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericDeviceModelStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetPeriodicEventStreamResponse(Response):
    """Payload of the GetPeriodicEventStream response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetPeriodicEventStream"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    constant_stream_data: list[ConstantStreamData] | None = attrs.field(
        default=None, metadata={"wire": "constantStreamData"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetReportResponse(Response):
    """Payload of the GetReport response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetReport"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericDeviceModelStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetTariffsResponse(Response):
    """Payload of the GetTariffs response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetTariffs"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: TariffGetStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    tariff_assignments: list[TariffAssignment] | None = attrs.field(
        default=None, metadata={"wire": "tariffAssignments"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetTransactionStatusResponse(Response):
    """Payload of the GetTransactionStatus response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetTransactionStatus"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    messages_in_queue: bool = attrs.field(metadata={"wire": "messagesInQueue"})
    """Whether there are still message to be delivered."""
    ongoing_indicator: bool | None = attrs.field(
        default=None, metadata={"wire": "ongoingIndicator"}
    )
    """Whether the transaction is still ongoing."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetVariablesResponse(Response):
    """Payload of the GetVariables response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetVariables"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    get_variable_result: list[GetVariableResult] = attrs.field(
        metadata={"wire": "getVariableResult"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class HeartbeatResponse(Response):
    """Payload of the Heartbeat response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "Heartbeat"
    VERSION: ClassVar[str] = "ocpp2.1"

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
    """Payload of the InstallCertificate response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "InstallCertificate"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: InstallCertificateStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class LogStatusNotificationResponse(Response):
    """Payload of the LogStatusNotification response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "LogStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class MeterValuesResponse(Response):
    """Payload of the MeterValues response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "MeterValues"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyAllowedEnergyTransferResponse(Response):
    """Payload of the NotifyAllowedEnergyTransfer response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyAllowedEnergyTransfer"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: NotifyAllowedEnergyTransferStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyChargingLimitResponse(Response):
    """Payload of the NotifyChargingLimit response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyChargingLimit"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyCustomerInformationResponse(Response):
    """Payload of the NotifyCustomerInformation response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyCustomerInformation"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyDERAlarmResponse(Response):
    """Payload of the NotifyDERAlarm response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyDERAlarm"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyDERStartStopResponse(Response):
    """Payload of the NotifyDERStartStop response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyDERStartStop"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyDisplayMessagesResponse(Response):
    """Payload of the NotifyDisplayMessages response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyDisplayMessages"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyEVChargingNeedsResponse(Response):
    """Payload of the NotifyEVChargingNeeds response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyEVChargingNeeds"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: NotifyEVChargingNeedsStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyEVChargingScheduleResponse(Response):
    """Payload of the NotifyEVChargingSchedule response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyEVChargingSchedule"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyEventResponse(Response):
    """Payload of the NotifyEvent response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyEvent"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyMonitoringReportResponse(Response):
    """Payload of the NotifyMonitoringReport response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyMonitoringReport"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyPriorityChargingResponse(Response):
    """Payload of the NotifyPriorityCharging response (OCPP 2.1).

    This response message has an empty body.
    """

    ACTION: ClassVar[str] = "NotifyPriorityCharging"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyReportResponse(Response):
    """Payload of the NotifyReport response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyReport"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifySettlementResponse(Response):
    """Payload of the NotifySettlement response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifySettlement"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    receipt_url: str | None = attrs.field(default=None, metadata={"wire": "receiptUrl"})
    """
    The receipt URL if receipt generated by CSMS. The Charging Station can QR encode it and show it
    to the EV Driver.
    """
    receipt_id: str | None = attrs.field(default=None, metadata={"wire": "receiptId"})
    """The receipt id if the receipt is generated by CSMS."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyWebPaymentStartedResponse(Response):
    """Payload of the NotifyWebPaymentStarted response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyWebPaymentStarted"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class OpenPeriodicEventStreamResponse(Response):
    """Payload of the OpenPeriodicEventStream response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "OpenPeriodicEventStream"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class PublishFirmwareResponse(Response):
    """Payload of the PublishFirmware response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "PublishFirmware"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class PublishFirmwareStatusNotificationResponse(Response):
    """Payload of the PublishFirmwareStatusNotification response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "PublishFirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class PullDynamicScheduleUpdateResponse(Response):
    """Payload of the PullDynamicScheduleUpdate response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "PullDynamicScheduleUpdate"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ChargingProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    schedule_update: ChargingScheduleUpdate | None = attrs.field(
        default=None, metadata={"wire": "scheduleUpdate"}
    )
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ReportChargingProfilesResponse(Response):
    """Payload of the ReportChargingProfiles response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ReportChargingProfiles"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ReportDERControlResponse(Response):
    """Payload of the ReportDERControl response (OCPP 2.1).

    This message has no parameters.
    """

    ACTION: ClassVar[str] = "ReportDERControl"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class RequestBatterySwapResponse(Response):
    """Payload of the RequestBatterySwap response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "RequestBatterySwap"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class RequestStartTransactionResponse(Response):
    """Payload of the RequestStartTransaction response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "RequestStartTransaction"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: RequestStartStopStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    transaction_id: str | None = attrs.field(default=None, metadata={"wire": "transactionId"})
    """
    When the transaction was already started by the Charging Station before the
    RequestStartTransactionRequest was received, for example: cable plugged in first. This contains
    the transactionId of the already started transaction.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class RequestStopTransactionResponse(Response):
    """Payload of the RequestStopTransaction response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "RequestStopTransaction"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: RequestStartStopStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ReservationStatusUpdateResponse(Response):
    """Payload of the ReservationStatusUpdate response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ReservationStatusUpdate"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ReserveNowResponse(Response):
    """Payload of the ReserveNow response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ReserveNow"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ReserveNowStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ResetResponse(Response):
    """Payload of the Reset response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "Reset"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ResetStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SecurityEventNotificationResponse(Response):
    """Payload of the SecurityEventNotification response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SecurityEventNotification"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SendLocalListResponse(Response):
    """Payload of the SendLocalList response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SendLocalList"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: SendLocalListStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetChargingProfileResponse(Response):
    """Payload of the SetChargingProfile response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetChargingProfile"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ChargingProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetDERControlResponse(Response):
    """Payload of the SetDERControl response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetDERControl"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DERControlStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    superseded_ids: list[str] | None = attrs.field(default=None, metadata={"wire": "supersededIds"})
    """List of controlIds that are superseded as a result of setting this control."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetDefaultTariffResponse(Response):
    """Payload of the SetDefaultTariff response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetDefaultTariff"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: TariffSetStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetDisplayMessageResponse(Response):
    """Payload of the SetDisplayMessage response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetDisplayMessage"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: DisplayMessageStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetMonitoringBaseResponse(Response):
    """Payload of the SetMonitoringBase response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetMonitoringBase"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericDeviceModelStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetMonitoringLevelResponse(Response):
    """Payload of the SetMonitoringLevel response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetMonitoringLevel"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetNetworkProfileResponse(Response):
    """Payload of the SetNetworkProfile response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetNetworkProfile"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: SetNetworkProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetVariableMonitoringResponse(Response):
    """Payload of the SetVariableMonitoring response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetVariableMonitoring"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    set_monitoring_result: list[SetMonitoringResult] = attrs.field(
        metadata={"wire": "setMonitoringResult"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SetVariablesResponse(Response):
    """Payload of the SetVariables response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetVariables"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    set_variable_result: list[SetVariableResult] = attrs.field(
        metadata={"wire": "setVariableResult"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SignCertificateResponse(Response):
    """Payload of the SignCertificate response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SignCertificate"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class StatusNotificationResponse(Response):
    """Payload of the StatusNotification response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "StatusNotification"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TransactionEventResponse(Response):
    """Payload of the TransactionEvent response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "TransactionEvent"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    total_cost: float | None = attrs.field(default=None, metadata={"wire": "totalCost"})
    """
    When _eventType_ of TransactionEventRequest is Updated, then this value contains the running
    cost. When _eventType_ of TransactionEventRequest is Ended, then this contains the final total
    cost of this transaction, including taxes, in the currency configured with the Configuration
    Variable: Currency. Absence of this value does not imply that the transaction was free. To
    indicate a free transaction, the CSMS SHALL send a value of 0.00.
    """
    charging_priority: int | None = attrs.field(default=None, metadata={"wire": "chargingPriority"})
    """
    Priority from a business point of view. Default priority is 0, The range is from -9 to 9. Higher
    values indicate a higher priority. The chargingPriority in TransactionEventResponse is
    temporarily, so it may not be set in the IdTokenInfoType afterwards. Also the chargingPriority
    in TransactionEventResponse has a higher priority than the one in IdTokenInfoType.
    """
    id_token_info: IdTokenInfo | None = attrs.field(default=None, metadata={"wire": "idTokenInfo"})
    transaction_limit: TransactionLimit | None = attrs.field(
        default=None, metadata={"wire": "transactionLimit"}
    )
    updated_personal_message: MessageContent | None = attrs.field(
        default=None, metadata={"wire": "updatedPersonalMessage"}
    )
    updated_personal_message_extra: list[MessageContent] | None = attrs.field(
        default=None, metadata={"wire": "updatedPersonalMessageExtra"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class TriggerMessageResponse(Response):
    """Payload of the TriggerMessage response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "TriggerMessage"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: TriggerMessageStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UnlockConnectorResponse(Response):
    """Payload of the UnlockConnector response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "UnlockConnector"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UnlockStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UnpublishFirmwareResponse(Response):
    """Payload of the UnpublishFirmware response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "UnpublishFirmware"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UnpublishFirmwareStatusEnum = attrs.field(metadata={"wire": "status"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UpdateDynamicScheduleResponse(Response):
    """Payload of the UpdateDynamicSchedule response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "UpdateDynamicSchedule"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: ChargingProfileStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UpdateFirmwareResponse(Response):
    """Payload of the UpdateFirmware response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "UpdateFirmware"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UpdateFirmwareStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UsePriorityChargingResponse(Response):
    """Payload of the UsePriorityCharging response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "UsePriorityCharging"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: PriorityChargingStatusEnum = attrs.field(metadata={"wire": "status"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class VatNumberValidationResponse(Response):
    """Payload of the VatNumberValidation response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "VatNumberValidation"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    vat_number: str = attrs.field(metadata={"wire": "vatNumber"})
    """VAT number that was requested."""
    status: GenericStatusEnum = attrs.field(metadata={"wire": "status"})
    company: Address | None = attrs.field(default=None, metadata={"wire": "company"})
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """EVSE id for which check was requested."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyPeriodicEventStreamRequest(Send):
    """Payload of the NotifyPeriodicEventStream SEND message, which has no response (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyPeriodicEventStream"
    VERSION: ClassVar[str] = "ocpp2.1"

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    data: list[StreamDataElement] = attrs.field(metadata={"wire": "data"})
    id_: int = attrs.field(metadata={"wire": "id"})
    """Id of stream."""
    pending: int = attrs.field(metadata={"wire": "pending"})
    """Number of data elements still pending to be sent."""
    basetime: datetime.datetime = attrs.field(metadata={"wire": "basetime"})
    """Base timestamp to add to time offset of values."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AFRRSignalRequest(Request[AFRRSignalResponse]):
    """Payload of the AFRRSignal request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "AFRRSignal"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[AFRRSignalResponse]] = AFRRSignalResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """Time when signal becomes active."""
    signal: int = attrs.field(metadata={"wire": "signal"})
    """Value of signal in _v2xSignalWattCurve_."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class AdjustPeriodicEventStreamRequest(Request[AdjustPeriodicEventStreamResponse]):
    """Payload of the AdjustPeriodicEventStream request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "AdjustPeriodicEventStream"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[AdjustPeriodicEventStreamResponse]] = AdjustPeriodicEventStreamResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    params: PeriodicEventStreamParams = attrs.field(metadata={"wire": "params"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class AuthorizeRequest(Request[AuthorizeResponse]):
    """Payload of the Authorize request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "Authorize"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[AuthorizeResponse]] = AuthorizeResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token: IdToken = attrs.field(metadata={"wire": "idToken"})
    certificate: str | None = attrs.field(default=None, metadata={"wire": "certificate"})
    """
    *(2.1)* The X.509 certificate chain presented by EV and encoded in PEM format. Order of
    certificates in chain is from leaf up to (but excluding) root certificate.

    Only needed in case of central contract validation when Charging Station cannot validate the
    contract certificate.
    """
    iso15118_certificate_hash_data: list[OCSPRequestData] | None = attrs.field(
        default=None, metadata={"wire": "iso15118CertificateHashData"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class BatterySwapRequest(Request[BatterySwapResponse]):
    """Payload of the BatterySwap request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "BatterySwap"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[BatterySwapResponse]] = BatterySwapResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    battery_data: list[BatteryData] = attrs.field(metadata={"wire": "batteryData"})
    event_type: BatterySwapEventEnum = attrs.field(metadata={"wire": "eventType"})
    id_token: IdToken = attrs.field(metadata={"wire": "idToken"})
    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """RequestId to correlate BatteryIn/Out events and optional RequestBatterySwapRequest."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class BootNotificationRequest(Request[BootNotificationResponse]):
    """Payload of the BootNotification request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "BootNotification"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the CancelReservation request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "CancelReservation"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[CancelReservationResponse]] = CancelReservationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    reservation_id: int = attrs.field(metadata={"wire": "reservationId"})
    """Id of the reservation to cancel."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CertificateSignedRequest(Request[CertificateSignedResponse]):
    """Payload of the CertificateSigned request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "CertificateSigned"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[CertificateSignedResponse]] = CertificateSignedResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_chain: str = attrs.field(metadata={"wire": "certificateChain"})
    """
    The signed PEM encoded X.509 certificate. This SHALL also contain the necessary sub CA
    certificates, when applicable. The order of the bundle follows the certificate chain, starting
    from the leaf certificate.

    The Configuration Variable MaxCertificateChainSize can be used to limit the maximum size of this
    field.
    """
    certificate_type: CertificateSigningUseEnum | None = attrs.field(
        default=None, metadata={"wire": "certificateType"}
    )
    request_id: int | None = attrs.field(default=None, metadata={"wire": "requestId"})
    """*(2.1)* RequestId to correlate this message with the SignCertificateRequest."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChangeAvailabilityRequest(Request[ChangeAvailabilityResponse]):
    """Payload of the ChangeAvailability request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ChangeAvailability"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ChangeAvailabilityResponse]] = ChangeAvailabilityResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    operational_status: OperationalStatusEnum = attrs.field(metadata={"wire": "operationalStatus"})
    evse: EVSE | None = attrs.field(default=None, metadata={"wire": "evse"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ChangeTransactionTariffRequest(Request[ChangeTransactionTariffResponse]):
    """Payload of the ChangeTransactionTariff request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ChangeTransactionTariff"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ChangeTransactionTariffResponse]] = ChangeTransactionTariffResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    tariff: Tariff = attrs.field(metadata={"wire": "tariff"})
    transaction_id: str = attrs.field(metadata={"wire": "transactionId"})
    """Transaction id for new tariff."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearCacheRequest(Request[ClearCacheResponse]):
    """Payload of the ClearCache request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearCache"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ClearCacheResponse]] = ClearCacheResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearChargingProfileRequest(Request[ClearChargingProfileResponse]):
    """Payload of the ClearChargingProfile request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearChargingProfile"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ClearChargingProfileResponse]] = ClearChargingProfileResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_profile_id: int | None = attrs.field(
        default=None, metadata={"wire": "chargingProfileId"}
    )
    """The Id of the charging profile to clear."""
    charging_profile_criteria: ClearChargingProfile | None = attrs.field(
        default=None, metadata={"wire": "chargingProfileCriteria"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearDERControlRequest(Request[ClearDERControlResponse]):
    """Payload of the ClearDERControl request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearDERControl"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ClearDERControlResponse]] = ClearDERControlResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    is_default: bool = attrs.field(metadata={"wire": "isDefault"})
    """True: clearing default DER controls. False: clearing scheduled controls."""
    control_type: DERControlEnum | None = attrs.field(
        default=None, metadata={"wire": "controlType"}
    )
    control_id: str | None = attrs.field(default=None, metadata={"wire": "controlId"})
    """Id of control setting to clear. When omitted all settings for _controlType_ are cleared."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ClearDisplayMessageRequest(Request[ClearDisplayMessageResponse]):
    """Payload of the ClearDisplayMessage request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearDisplayMessage"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ClearDisplayMessageResponse]] = ClearDisplayMessageResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """Id of the message that SHALL be removed from the Charging Station."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearTariffsRequest(Request[ClearTariffsResponse]):
    """Payload of the ClearTariffs request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearTariffs"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ClearTariffsResponse]] = ClearTariffsResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    tariff_ids: list[str] | None = attrs.field(default=None, metadata={"wire": "tariffIds"})
    """List of tariff Ids to clear. When absent clears all tariffs at _evseId_."""
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """When present only clear tariffs matching _tariffIds_ at EVSE _evseId_."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearVariableMonitoringRequest(Request[ClearVariableMonitoringResponse]):
    """Payload of the ClearVariableMonitoring request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearVariableMonitoring"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ClearVariableMonitoringResponse]] = ClearVariableMonitoringResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: list[int] = attrs.field(metadata={"wire": "id"})
    """List of the monitors to be cleared, identified by there Id."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClearedChargingLimitRequest(Request[ClearedChargingLimitResponse]):
    """Payload of the ClearedChargingLimit request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClearedChargingLimit"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ClearedChargingLimitResponse]] = ClearedChargingLimitResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_limit_source: str = attrs.field(metadata={"wire": "chargingLimitSource"})
    """
    Source of the charging limit. Allowed values defined in Appendix as
    ChargingLimitSourceEnumStringType.
    """
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """EVSE Identifier."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ClosePeriodicEventStreamRequest(Request[ClosePeriodicEventStreamResponse]):
    """Payload of the ClosePeriodicEventStream request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ClosePeriodicEventStream"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ClosePeriodicEventStreamResponse]] = ClosePeriodicEventStreamResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """Id of stream to close."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class CostUpdatedRequest(Request[CostUpdatedResponse]):
    """Payload of the CostUpdated request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "CostUpdated"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the CustomerInformation request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "CustomerInformation"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class DataTransferRequest(Request[DataTransferResponse]):
    """Payload of the DataTransfer request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "DataTransfer"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[DataTransferResponse]] = DataTransferResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    vendor_id: str = attrs.field(metadata={"wire": "vendorId"})
    """This identifies the Vendor specific implementation"""
    message_id: str | None = attrs.field(default=None, metadata={"wire": "messageId"})
    """May be used to indicate a specific message or implementation."""
    data: Any | None = attrs.field(default=None, metadata={"wire": "data"})
    """
    Data without specified length or format. This needs to be decided by both parties (Open to
    implementation).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class DeleteCertificateRequest(Request[DeleteCertificateResponse]):
    """Payload of the DeleteCertificate request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "DeleteCertificate"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the FirmwareStatusNotification request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "FirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[FirmwareStatusNotificationResponse]] = (
        FirmwareStatusNotificationResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: FirmwareStatusEnum = attrs.field(metadata={"wire": "status"})
    request_id: int | None = attrs.field(default=None, metadata={"wire": "requestId"})
    """
    The request id that was provided in the

    UpdateFirmwareRequest that started this firmware update.

    This field is mandatory, unless the message was triggered by a TriggerMessageRequest AND there
    is no firmware update ongoing.
    """
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class Get15118EVCertificateRequest(Request[Get15118EVCertificateResponse]):
    """Payload of the Get15118EVCertificate request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "Get15118EVCertificate"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """
    *(2.1)* Raw CertificateInstallationReq request from EV, Base64 encoded.

    Extended to support ISO 15118-20 certificates. The minimum supported length is 11000. If a
    longer _exiRequest_ is supported, then the supported length must be communicated in variable
    OCPPCommCtrlr.FieldLength[ "Get15118EVCertificateRequest.exiRequest" ].
    """
    maximum_contract_certificate_chains: int | None = attrs.field(
        default=None, metadata={"wire": "maximumContractCertificateChains"}
    )
    """
    *(2.1)* Absent during ISO 15118-2 session. Required during ISO 15118-20 session.

    Maximum number of contracts that EV wants to install.
    """
    prioritized_emaids: list[str] | None = attrs.field(
        default=None, metadata={"wire": "prioritizedEMAIDs"}
    )
    """
    *(2.1)*  Absent during ISO 15118-2 session. Optional during ISO 15118-20 session. List of EMAIDs
    for which contract certificates must be requested first, in case there are more certificates
    than allowed by _maximumContractCertificateChains_.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetBaseReportRequest(Request[GetBaseReportResponse]):
    """Payload of the GetBaseReport request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetBaseReport"
    VERSION: ClassVar[str] = "ocpp2.1"
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
class GetCertificateChainStatusRequest(Request[GetCertificateChainStatusResponse]):
    """Payload of the GetCertificateChainStatus request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetCertificateChainStatus"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetCertificateChainStatusResponse]] = GetCertificateChainStatusResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_status_requests: list[CertificateStatusRequestInfo] = attrs.field(
        metadata={"wire": "certificateStatusRequests"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetCertificateStatusRequest(Request[GetCertificateStatusResponse]):
    """Payload of the GetCertificateStatus request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetCertificateStatus"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetCertificateStatusResponse]] = GetCertificateStatusResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    ocsp_request_data: OCSPRequestData = attrs.field(metadata={"wire": "ocspRequestData"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetChargingProfilesRequest(Request[GetChargingProfilesResponse]):
    """Payload of the GetChargingProfiles request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetChargingProfiles"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """
    For which EVSE installed charging profiles SHALL be reported. If 0, only charging profiles
    installed on the Charging Station itself (the grid connection) SHALL be reported. If omitted,
    all installed charging profiles SHALL be reported.

    Reported charging profiles SHALL match the criteria in field _chargingProfile_.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetCompositeScheduleRequest(Request[GetCompositeScheduleResponse]):
    """Payload of the GetCompositeSchedule request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetCompositeSchedule"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    charging_rate_unit: ChargingRateUnitEnum | None = attrs.field(
        default=None, metadata={"wire": "chargingRateUnit"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetDERControlRequest(Request[GetDERControlResponse]):
    """Payload of the GetDERControl request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetDERControl"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetDERControlResponse]] = GetDERControlResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """RequestId to be used in ReportDERControlRequest."""
    is_default: bool | None = attrs.field(default=None, metadata={"wire": "isDefault"})
    """True: get a default DER control. False: get a scheduled control."""
    control_type: DERControlEnum | None = attrs.field(
        default=None, metadata={"wire": "controlType"}
    )
    control_id: str | None = attrs.field(default=None, metadata={"wire": "controlId"})
    """Id of setting to get. When omitted all settings for _controlType_ are retrieved."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetDisplayMessagesRequest(Request[GetDisplayMessagesResponse]):
    """Payload of the GetDisplayMessages request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetDisplayMessages"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetDisplayMessagesResponse]] = GetDisplayMessagesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of this request."""
    id_: list[int] | None = attrs.field(default=None, metadata={"wire": "id"})
    """
    If provided the Charging Station shall return Display Messages of the given ids. This field
    SHALL NOT contain more ids than set in NumberOfDisplayMessages.maxLimit
    """
    priority: MessagePriorityEnum | None = attrs.field(default=None, metadata={"wire": "priority"})
    state: MessageStateEnum | None = attrs.field(default=None, metadata={"wire": "state"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetInstalledCertificateIdsRequest(Request[GetInstalledCertificateIdsResponse]):
    """Payload of the GetInstalledCertificateIds request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetInstalledCertificateIds"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetInstalledCertificateIdsResponse]] = (
        GetInstalledCertificateIdsResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    certificate_type: list[GetCertificateIdUseEnum] | None = attrs.field(
        default=None, metadata={"wire": "certificateType"}
    )
    """
    Indicates the type of certificates requested. When omitted, all certificate types are requested.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetLocalListVersionRequest(Request[GetLocalListVersionResponse]):
    """Payload of the GetLocalListVersion request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetLocalListVersion"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetLocalListVersionResponse]] = GetLocalListVersionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetLogRequest(Request[GetLogResponse]):
    """Payload of the GetLog request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetLog"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetLogResponse]] = GetLogResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    log: LogParameters = attrs.field(metadata={"wire": "log"})
    log_type: LogEnum = attrs.field(metadata={"wire": "logType"})
    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of this request"""
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    """
    This specifies how many times the Charging Station must retry to upload the log before giving
    up. If this field is not present, it is left to Charging Station to decide how many times it
    wants to retry. If the value is 0, it means: no retries.
    """
    retry_interval: int | None = attrs.field(default=None, metadata={"wire": "retryInterval"})
    """
    The interval in seconds after which a retry may be attempted. If this field is not present, it
    is left to Charging Station to decide how long to wait between attempts.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetMonitoringReportRequest(Request[GetMonitoringReportResponse]):
    """Payload of the GetMonitoringReport request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetMonitoringReport"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetMonitoringReportResponse]] = GetMonitoringReportResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of the request."""
    component_variable: list[ComponentVariable] | None = attrs.field(
        default=None, metadata={"wire": "componentVariable"}
    )
    monitoring_criteria: list[MonitoringCriterionEnum] | None = attrs.field(
        default=None, metadata={"wire": "monitoringCriteria"}
    )
    """This field contains criteria for components for which a monitoring report is requested"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetPeriodicEventStreamRequest(Request[GetPeriodicEventStreamResponse]):
    """Payload of the GetPeriodicEventStream request (OCPP 2.1).

    This message is empty. It has no fields.
    """

    ACTION: ClassVar[str] = "GetPeriodicEventStream"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetPeriodicEventStreamResponse]] = GetPeriodicEventStreamResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetReportRequest(Request[GetReportResponse]):
    """Payload of the GetReport request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetReport"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetReportResponse]] = GetReportResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of the request."""
    component_variable: list[ComponentVariable] | None = attrs.field(
        default=None, metadata={"wire": "componentVariable"}
    )
    component_criteria: list[ComponentCriterionEnum] | None = attrs.field(
        default=None, metadata={"wire": "componentCriteria"}
    )
    """This field contains criteria for components for which a report is requested"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class GetTariffsRequest(Request[GetTariffsResponse]):
    """Payload of the GetTariffs request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetTariffs"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetTariffsResponse]] = GetTariffsResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """EVSE id to get tariff from. When _evseId_ = 0, this gets tariffs from all EVSEs."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetTransactionStatusRequest(Request[GetTransactionStatusResponse]):
    """Payload of the GetTransactionStatus request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetTransactionStatus"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetTransactionStatusResponse]] = GetTransactionStatusResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    transaction_id: str | None = attrs.field(default=None, metadata={"wire": "transactionId"})
    """The Id of the transaction for which the status is requested."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class GetVariablesRequest(Request[GetVariablesResponse]):
    """Payload of the GetVariables request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "GetVariables"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[GetVariablesResponse]] = GetVariablesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    get_variable_data: list[GetVariableData] = attrs.field(metadata={"wire": "getVariableData"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class HeartbeatRequest(Request[HeartbeatResponse]):
    """Payload of the Heartbeat request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "Heartbeat"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[HeartbeatResponse]] = HeartbeatResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class InstallCertificateRequest(Request[InstallCertificateResponse]):
    """Payload of the InstallCertificate request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "InstallCertificate"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the LogStatusNotification request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "LogStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[LogStatusNotificationResponse]] = LogStatusNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: UploadLogStatusEnum = attrs.field(metadata={"wire": "status"})
    request_id: int | None = attrs.field(default=None, metadata={"wire": "requestId"})
    """
    The request id that was provided in GetLogRequest that started this log upload. This field is
    mandatory,

    unless the message was triggered by a TriggerMessageRequest AND there is no log upload ongoing.
    """
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class MeterValuesRequest(Request[MeterValuesResponse]):
    """Payload of the MeterValues request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "MeterValues"
    VERSION: ClassVar[str] = "ocpp2.1"
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
class NotifyAllowedEnergyTransferRequest(Request[NotifyAllowedEnergyTransferResponse]):
    """Payload of the NotifyAllowedEnergyTransfer request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyAllowedEnergyTransfer"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifyAllowedEnergyTransferResponse]] = (
        NotifyAllowedEnergyTransferResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    transaction_id: str = attrs.field(metadata={"wire": "transactionId"})
    """The transaction for which the allowed energy transfer is allowed."""
    allowed_energy_transfer: list[EnergyTransferModeEnum] = attrs.field(
        metadata={"wire": "allowedEnergyTransfer"}
    )
    """Modes of energy transfer that are accepted by CSMS."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyChargingLimitRequest(Request[NotifyChargingLimitResponse]):
    """Payload of the NotifyChargingLimit request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyChargingLimit"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifyChargingLimitResponse]] = NotifyChargingLimitResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_limit: ChargingLimit = attrs.field(metadata={"wire": "chargingLimit"})
    charging_schedule: list[ChargingSchedule] | None = attrs.field(
        default=None, metadata={"wire": "chargingSchedule"}
    )
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """
    The EVSE to which the charging limit is set. If absent or when zero, it applies to the entire
    Charging Station.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyCustomerInformationRequest(Request[NotifyCustomerInformationResponse]):
    """Payload of the NotifyCustomerInformation request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyCustomerInformation"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the monitoringData follows in an
    upcoming notifyMonitoringReportRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyDERAlarmRequest(Request[NotifyDERAlarmResponse]):
    """Payload of the NotifyDERAlarm request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyDERAlarm"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifyDERAlarmResponse]] = NotifyDERAlarmResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    control_type: DERControlEnum = attrs.field(metadata={"wire": "controlType"})
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """Time of start or end of alarm."""
    grid_event_fault: GridEventFaultEnum | None = attrs.field(
        default=None, metadata={"wire": "gridEventFault"}
    )
    alarm_ended: bool | None = attrs.field(default=None, metadata={"wire": "alarmEnded"})
    """
    True when error condition has ended.

    Absent or false when alarm has started.
    """
    extra_info: str | None = attrs.field(default=None, metadata={"wire": "extraInfo"})
    """Optional info provided by EV."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyDERStartStopRequest(Request[NotifyDERStartStopResponse]):
    """Payload of the NotifyDERStartStop request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyDERStartStop"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifyDERStartStopResponse]] = NotifyDERStartStopResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    control_id: str = attrs.field(metadata={"wire": "controlId"})
    """
    Id of the started or stopped DER control.

    Corresponds to the _controlId_ of the SetDERControlRequest.
    """
    started: bool = attrs.field(metadata={"wire": "started"})
    """True if DER control has started. False if it has ended."""
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """Time of start or end of event."""
    superseded_ids: list[str] | None = attrs.field(default=None, metadata={"wire": "supersededIds"})
    """List of controlIds that are superseded as a result of this control starting."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyDisplayMessagesRequest(Request[NotifyDisplayMessagesResponse]):
    """Payload of the NotifyDisplayMessages request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyDisplayMessages"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifyDisplayMessagesResponse]] = NotifyDisplayMessagesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The id of the GetDisplayMessagesRequest that requested this message."""
    message_info: list[MessageInfo] | None = attrs.field(
        default=None, metadata={"wire": "messageInfo"}
    )
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the report follows in an upcoming
    NotifyDisplayMessagesRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyEVChargingNeedsRequest(Request[NotifyEVChargingNeedsResponse]):
    """Payload of the NotifyEVChargingNeeds request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyEVChargingNeeds"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifyEVChargingNeedsResponse]] = NotifyEVChargingNeedsResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """Defines the EVSE and connector to which the EV is connected. EvseId may not be 0."""
    charging_needs: ChargingNeeds = attrs.field(metadata={"wire": "chargingNeeds"})
    max_schedule_tuples: int | None = attrs.field(
        default=None, metadata={"wire": "maxScheduleTuples"}
    )
    """
    Contains the maximum elements the EV supports for:

    - ISO 15118-2: schedule tuples in SASchedule (both Pmax and Tariff).

    - ISO 15118-20: PowerScheduleEntry, PriceRule and PriceLevelScheduleEntries.
    """
    timestamp: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "timestamp"})
    """
    *(2.1)* Time when EV charging needs were received.

    Field can be added when charging station was offline when charging needs were received.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyEVChargingScheduleRequest(Request[NotifyEVChargingScheduleResponse]):
    """Payload of the NotifyEVChargingSchedule request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyEVChargingSchedule"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    selected_charging_schedule_id: int | None = attrs.field(
        default=None, metadata={"wire": "selectedChargingScheduleId"}
    )
    """*(2.1)* Id  of the _chargingSchedule_ that EV selected from the provided ChargingProfile."""
    power_tolerance_acceptance: bool | None = attrs.field(
        default=None, metadata={"wire": "powerToleranceAcceptance"}
    )
    """
    *(2.1)* True when power tolerance is accepted by EV.

    This value is taken from EVPowerProfile.PowerToleranceAcceptance in the ISO 15118-20
    PowerDeliverReq message..
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyEventRequest(Request[NotifyEventResponse]):
    """Payload of the NotifyEvent request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyEvent"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifyEventResponse]] = NotifyEventResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    generated_at: datetime.datetime = attrs.field(metadata={"wire": "generatedAt"})
    """Timestamp of the moment this message was generated at the Charging Station."""
    seq_no: int = attrs.field(metadata={"wire": "seqNo"})
    """Sequence number of this message. First message starts at 0."""
    event_data: list[EventData] = attrs.field(metadata={"wire": "eventData"})
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the report follows in an upcoming
    notifyEventRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyMonitoringReportRequest(Request[NotifyMonitoringReportResponse]):
    """Payload of the NotifyMonitoringReport request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyMonitoringReport"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    monitor: list[MonitoringData] | None = attrs.field(default=None, metadata={"wire": "monitor"})
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the monitoringData follows in an
    upcoming notifyMonitoringReportRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyPriorityChargingRequest(Request[NotifyPriorityChargingResponse]):
    """Payload of the NotifyPriorityCharging request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyPriorityCharging"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifyPriorityChargingResponse]] = NotifyPriorityChargingResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    transaction_id: str = attrs.field(metadata={"wire": "transactionId"})
    """The transaction for which priority charging is requested."""
    activated: bool = attrs.field(metadata={"wire": "activated"})
    """
    True if priority charging was activated. False if it has stopped using the priority charging
    profile.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class NotifyReportRequest(Request[NotifyReportResponse]):
    """Payload of the NotifyReport request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyReport"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    report_data: list[ReportData] | None = attrs.field(
        default=None, metadata={"wire": "reportData"}
    )
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    "to be continued" indicator. Indicates whether another part of the report follows in an upcoming
    notifyReportRequest message. Default value when omitted is false.

    Schema default: ``false`` (not sent unless set explicitly).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifySettlementRequest(Request[NotifySettlementResponse]):
    """Payload of the NotifySettlement request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifySettlement"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifySettlementResponse]] = NotifySettlementResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    psp_ref: str = attrs.field(metadata={"wire": "pspRef"})
    """
    The payment reference received from the payment terminal and is used as the value for _idToken_.
    """
    status: PaymentStatusEnum = attrs.field(metadata={"wire": "status"})
    settlement_amount: float = attrs.field(metadata={"wire": "settlementAmount"})
    """The amount that was settled, or attempted to be settled (in case of failure)."""
    settlement_time: datetime.datetime = attrs.field(metadata={"wire": "settlementTime"})
    """The time when the settlement was done."""
    transaction_id: str | None = attrs.field(default=None, metadata={"wire": "transactionId"})
    """
    The _transactionId_ that the settlement belongs to. Can be empty if the payment transaction is
    canceled prior to the start of the OCPP transaction.
    """
    status_info: str | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    """Additional information from payment terminal/payment process."""
    receipt_id: str | None = attrs.field(default=None, metadata={"wire": "receiptId"})
    receipt_url: str | None = attrs.field(default=None, metadata={"wire": "receiptUrl"})
    """The receipt URL, to be used if the receipt is generated by the payment terminal or the CS."""
    vat_company: Address | None = attrs.field(default=None, metadata={"wire": "vatCompany"})
    vat_number: str | None = attrs.field(default=None, metadata={"wire": "vatNumber"})
    """VAT number for a company receipt."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class NotifyWebPaymentStartedRequest(Request[NotifyWebPaymentStartedResponse]):
    """Payload of the NotifyWebPaymentStarted request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "NotifyWebPaymentStarted"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[NotifyWebPaymentStartedResponse]] = NotifyWebPaymentStartedResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """EVSE id for which transaction is requested."""
    timeout: int = attrs.field(metadata={"wire": "timeout"})
    """
    Timeout value in seconds after which no result of web payment process (e.g. QR code scanning) is
    to be expected anymore.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class OpenPeriodicEventStreamRequest(Request[OpenPeriodicEventStreamResponse]):
    """Payload of the OpenPeriodicEventStream request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "OpenPeriodicEventStream"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[OpenPeriodicEventStreamResponse]] = OpenPeriodicEventStreamResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    constant_stream_data: ConstantStreamData = attrs.field(metadata={"wire": "constantStreamData"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class PublishFirmwareRequest(Request[PublishFirmwareResponse]):
    """Payload of the PublishFirmware request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "PublishFirmware"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    """
    This specifies how many times Charging Station must retry

    to download the firmware before giving up. If this field is not

    present, it is left to Charging Station to decide how many times it wants to retry.

    If the value is 0, it means: no retries.
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
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class PublishFirmwareStatusNotificationRequest(Request[PublishFirmwareStatusNotificationResponse]):
    """Payload of the PublishFirmwareStatusNotification request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "PublishFirmwareStatusNotification"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[PublishFirmwareStatusNotificationResponse]] = (
        PublishFirmwareStatusNotificationResponse
    )

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    status: PublishFirmwareStatusEnum = attrs.field(metadata={"wire": "status"})
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
    status_info: StatusInfo | None = attrs.field(default=None, metadata={"wire": "statusInfo"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class PullDynamicScheduleUpdateRequest(Request[PullDynamicScheduleUpdateResponse]):
    """Payload of the PullDynamicScheduleUpdate request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "PullDynamicScheduleUpdate"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[PullDynamicScheduleUpdateResponse]] = PullDynamicScheduleUpdateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_profile_id: int = attrs.field(metadata={"wire": "chargingProfileId"})
    """Id of charging profile to update."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ReportChargingProfilesRequest(Request[ReportChargingProfilesResponse]):
    """Payload of the ReportChargingProfiles request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ReportChargingProfiles"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    charging_limit_source: str = attrs.field(metadata={"wire": "chargingLimitSource"})
    """
    Source that has installed this charging profile. Values defined in Appendix as
    ChargingLimitSourceEnumStringType.
    """
    charging_profile: list[ChargingProfile] = attrs.field(metadata={"wire": "chargingProfile"})
    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """
    The evse to which the charging profile applies. If evseId = 0, the message contains an overall
    limit for the Charging Station.
    """
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    To Be Continued. Default value when omitted: false. false indicates that there are no further
    messages as part of this report.

    Schema default: ``false`` (not sent unless set explicitly).
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ReportDERControlRequest(Request[ReportDERControlResponse]):
    """Payload of the ReportDERControl request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ReportDERControl"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ReportDERControlResponse]] = ReportDERControlResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """RequestId from GetDERControlRequest."""
    curve: list[DERCurveGet] | None = attrs.field(default=None, metadata={"wire": "curve"})
    enter_service: list[EnterServiceGet] | None = attrs.field(
        default=None, metadata={"wire": "enterService"}
    )
    fixed_pf_absorb: list[FixedPFGet] | None = attrs.field(
        default=None, metadata={"wire": "fixedPFAbsorb"}
    )
    fixed_pf_inject: list[FixedPFGet] | None = attrs.field(
        default=None, metadata={"wire": "fixedPFInject"}
    )
    fixed_var: list[FixedVarGet] | None = attrs.field(default=None, metadata={"wire": "fixedVar"})
    freq_droop: list[FreqDroopGet] | None = attrs.field(
        default=None, metadata={"wire": "freqDroop"}
    )
    gradient: list[GradientGet] | None = attrs.field(default=None, metadata={"wire": "gradient"})
    limit_max_discharge: list[LimitMaxDischargeGet] | None = attrs.field(
        default=None, metadata={"wire": "limitMaxDischarge"}
    )
    tbc: bool | None = attrs.field(default=None, metadata={"wire": "tbc"})
    """
    To Be Continued. Default value when omitted: false.

    False indicates that there are no further messages as part of this report.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class RequestBatterySwapRequest(Request[RequestBatterySwapResponse]):
    """Payload of the RequestBatterySwap request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "RequestBatterySwap"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[RequestBatterySwapResponse]] = RequestBatterySwapResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token: IdToken = attrs.field(metadata={"wire": "idToken"})
    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """Request id to match with BatterySwapRequest."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class RequestStartTransactionRequest(Request[RequestStartTransactionResponse]):
    """Payload of the RequestStartTransaction request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "RequestStartTransaction"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[RequestStartTransactionResponse]] = RequestStartTransactionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_token: IdToken = attrs.field(metadata={"wire": "idToken"})
    remote_start_id: int = attrs.field(metadata={"wire": "remoteStartId"})
    """
    Id given by the server to this start request. The Charging Station will return this in the
    TransactionEventRequest, letting the server know which transaction was started for this request.
    Use to start a transaction.
    """
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """Number of the EVSE on which to start the transaction. EvseId SHALL be > 0"""
    group_id_token: IdToken | None = attrs.field(default=None, metadata={"wire": "groupIdToken"})
    charging_profile: ChargingProfile | None = attrs.field(
        default=None, metadata={"wire": "chargingProfile"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class RequestStopTransactionRequest(Request[RequestStopTransactionResponse]):
    """Payload of the RequestStopTransaction request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "RequestStopTransaction"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[RequestStopTransactionResponse]] = RequestStopTransactionResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    transaction_id: str = attrs.field(metadata={"wire": "transactionId"})
    """The identifier of the transaction which the Charging Station is requested to stop."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class ReservationStatusUpdateRequest(Request[ReservationStatusUpdateResponse]):
    """Payload of the ReservationStatusUpdate request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ReservationStatusUpdate"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the ReserveNow request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "ReserveNow"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ReserveNowResponse]] = ReserveNowResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    id_: int = attrs.field(metadata={"wire": "id"})
    """Id of reservation."""
    expiry_date_time: datetime.datetime = attrs.field(metadata={"wire": "expiryDateTime"})
    """Date and time at which the reservation expires."""
    id_token: IdToken = attrs.field(metadata={"wire": "idToken"})
    connector_type: str | None = attrs.field(default=None, metadata={"wire": "connectorType"})
    """
    This field specifies the connector type. Values defined in Appendix as ConnectorEnumStringType.
    """
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """This contains ID of the evse to be reserved."""
    group_id_token: IdToken | None = attrs.field(default=None, metadata={"wire": "groupIdToken"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class ResetRequest(Request[ResetResponse]):
    """Payload of the Reset request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "Reset"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[ResetResponse]] = ResetResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    type_: ResetEnum = attrs.field(metadata={"wire": "type"})
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """
    This contains the ID of a specific EVSE that needs to be reset, instead of the entire Charging
    Station.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SecurityEventNotificationRequest(Request[SecurityEventNotificationResponse]):
    """Payload of the SecurityEventNotification request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SecurityEventNotification"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[SecurityEventNotificationResponse]] = SecurityEventNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    type_: str = attrs.field(metadata={"wire": "type"})
    """Type of the security event. This value should be taken from the Security events list."""
    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """Date and time at which the event occurred."""
    tech_info: str | None = attrs.field(default=None, metadata={"wire": "techInfo"})
    """Additional information about the occurred security event."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SendLocalListRequest(Request[SendLocalListResponse]):
    """Payload of the SendLocalList request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SendLocalList"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    local_authorization_list: list[AuthorizationData] | None = attrs.field(
        default=None, metadata={"wire": "localAuthorizationList"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetChargingProfileRequest(Request[SetChargingProfileResponse]):
    """Payload of the SetChargingProfile request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetChargingProfile"
    VERSION: ClassVar[str] = "ocpp2.1"
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
class SetDERControlRequest(Request[SetDERControlResponse]):
    """Payload of the SetDERControl request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetDERControl"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[SetDERControlResponse]] = SetDERControlResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    is_default: bool = attrs.field(metadata={"wire": "isDefault"})
    """True if this is a default DER control"""
    control_id: str = attrs.field(metadata={"wire": "controlId"})
    """Unique id of this control, e.g. UUID"""
    control_type: DERControlEnum = attrs.field(metadata={"wire": "controlType"})
    curve: DERCurve | None = attrs.field(default=None, metadata={"wire": "curve"})
    enter_service: EnterService | None = attrs.field(
        default=None, metadata={"wire": "enterService"}
    )
    fixed_pf_absorb: FixedPF | None = attrs.field(default=None, metadata={"wire": "fixedPFAbsorb"})
    fixed_pf_inject: FixedPF | None = attrs.field(default=None, metadata={"wire": "fixedPFInject"})
    fixed_var: FixedVar | None = attrs.field(default=None, metadata={"wire": "fixedVar"})
    freq_droop: FreqDroop | None = attrs.field(default=None, metadata={"wire": "freqDroop"})
    gradient: Gradient | None = attrs.field(default=None, metadata={"wire": "gradient"})
    limit_max_discharge: LimitMaxDischarge | None = attrs.field(
        default=None, metadata={"wire": "limitMaxDischarge"}
    )
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class SetDefaultTariffRequest(Request[SetDefaultTariffResponse]):
    """Payload of the SetDefaultTariff request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetDefaultTariff"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[SetDefaultTariffResponse]] = SetDefaultTariffResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    evse_id: int = attrs.field(metadata={"wire": "evseId"})
    """EVSE that tariff applies to. When _evseId_ = 0, then tarriff applies to all EVSEs."""
    tariff: Tariff = attrs.field(metadata={"wire": "tariff"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SetDisplayMessageRequest(Request[SetDisplayMessageResponse]):
    """Payload of the SetDisplayMessage request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetDisplayMessage"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[SetDisplayMessageResponse]] = SetDisplayMessageResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    message: MessageInfo = attrs.field(metadata={"wire": "message"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SetMonitoringBaseRequest(Request[SetMonitoringBaseResponse]):
    """Payload of the SetMonitoringBase request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetMonitoringBase"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the SetMonitoringLevel request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetMonitoringLevel"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the SetNetworkProfile request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetNetworkProfile"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the SetVariableMonitoring request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetVariableMonitoring"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the SetVariables request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SetVariables"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[SetVariablesResponse]] = SetVariablesResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    set_variable_data: list[SetVariableData] = attrs.field(metadata={"wire": "setVariableData"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class SignCertificateRequest(Request[SignCertificateResponse]):
    """Payload of the SignCertificate request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "SignCertificate"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[SignCertificateResponse]] = SignCertificateResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    csr: str = attrs.field(metadata={"wire": "csr"})
    """
    The Charging Station SHALL send the public key in form of a Certificate Signing Request (CSR) as
    described in RFC 2986 [22] and then PEM encoded, using the SignCertificateRequest message.
    """
    certificate_type: CertificateSigningUseEnum | None = attrs.field(
        default=None, metadata={"wire": "certificateType"}
    )
    hash_root_certificate: CertificateHashData | None = attrs.field(
        default=None, metadata={"wire": "hashRootCertificate"}
    )
    request_id: int | None = attrs.field(default=None, metadata={"wire": "requestId"})
    """*(2.1)* RequestId to match this message with the CertificateSignedRequest."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class StatusNotificationRequest(Request[StatusNotificationResponse]):
    """Payload of the StatusNotification request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "StatusNotification"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[StatusNotificationResponse]] = StatusNotificationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    timestamp: datetime.datetime = attrs.field(metadata={"wire": "timestamp"})
    """The time for which the status is reported."""
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
    """Payload of the TransactionEvent request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "TransactionEvent"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    cost_details: CostDetails | None = attrs.field(default=None, metadata={"wire": "costDetails"})
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

    When omitted the CSMS may be able to determine the number of phases used as follows:

    1: The numberPhases in the currently used ChargingSchedule.

    2: The number of phases provided via device management.
    """
    cable_max_current: int | None = attrs.field(default=None, metadata={"wire": "cableMaxCurrent"})
    """The maximum current of the connected cable in Ampere (A)."""
    reservation_id: int | None = attrs.field(default=None, metadata={"wire": "reservationId"})
    """This contains the Id of the reservation that terminates as a result of this transaction."""
    preconditioning_status: PreconditioningStatusEnum | None = attrs.field(
        default=None, metadata={"wire": "preconditioningStatus"}
    )
    evse_sleep: bool | None = attrs.field(default=None, metadata={"wire": "evseSleep"})
    """
    *(2.1)* True when EVSE electronics are in sleep mode for this transaction. Default value (when
    absent) is false.
    """
    evse: EVSE | None = attrs.field(default=None, metadata={"wire": "evse"})
    id_token: IdToken | None = attrs.field(default=None, metadata={"wire": "idToken"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class TriggerMessageRequest(Request[TriggerMessageResponse]):
    """Payload of the TriggerMessage request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "TriggerMessage"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[TriggerMessageResponse]] = TriggerMessageResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    requested_message: MessageTriggerEnum = attrs.field(metadata={"wire": "requestedMessage"})
    evse: EVSE | None = attrs.field(default=None, metadata={"wire": "evse"})
    custom_trigger: str | None = attrs.field(default=None, metadata={"wire": "customTrigger"})
    """
    *(2.1)* When _requestedMessage_ = `CustomTrigger` this will trigger sending the corresponding
    message in field _customTrigger_, if supported by Charging Station.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})

    def __attrs_post_init__(self) -> None:
        _coerce_fields(self)


@attrs.frozen
class UnlockConnectorRequest(Request[UnlockConnectorResponse]):
    """Payload of the UnlockConnector request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "UnlockConnector"
    VERSION: ClassVar[str] = "ocpp2.1"
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
    """Payload of the UnpublishFirmware request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "UnpublishFirmware"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[UnpublishFirmwareResponse]] = UnpublishFirmwareResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    checksum: str = attrs.field(metadata={"wire": "checksum"})
    """The MD5 checksum over the entire firmware file as a hexadecimal string of length 32."""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class UpdateDynamicScheduleRequest(Request[UpdateDynamicScheduleResponse]):
    """Payload of the UpdateDynamicSchedule request (OCPP 2.1).

    Id of dynamic charging profile to update.
    """

    ACTION: ClassVar[str] = "UpdateDynamicSchedule"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[UpdateDynamicScheduleResponse]] = UpdateDynamicScheduleResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    charging_profile_id: int = attrs.field(metadata={"wire": "chargingProfileId"})
    """Id of charging profile to update."""
    schedule_update: ChargingScheduleUpdate = attrs.field(metadata={"wire": "scheduleUpdate"})
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class UpdateFirmwareRequest(Request[UpdateFirmwareResponse]):
    """Payload of the UpdateFirmware request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "UpdateFirmware"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[UpdateFirmwareResponse]] = UpdateFirmwareResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    request_id: int = attrs.field(metadata={"wire": "requestId"})
    """The Id of this request"""
    firmware: Firmware = attrs.field(metadata={"wire": "firmware"})
    retries: int | None = attrs.field(default=None, metadata={"wire": "retries"})
    """
    This specifies how many times Charging Station must retry to download the firmware before giving
    up. If this field is not present, it is left to Charging Station to decide how many times it
    wants to retry.

    If the value is 0, it means: no retries.
    """
    retry_interval: int | None = attrs.field(default=None, metadata={"wire": "retryInterval"})
    """
    The interval in seconds after which a retry may be attempted. If this field is not present, it
    is left to Charging Station to decide how long to wait between attempts.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class UsePriorityChargingRequest(Request[UsePriorityChargingResponse]):
    """Payload of the UsePriorityCharging request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "UsePriorityCharging"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[UsePriorityChargingResponse]] = UsePriorityChargingResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    transaction_id: str = attrs.field(metadata={"wire": "transactionId"})
    """The transaction for which priority charging is requested."""
    activate: bool = attrs.field(metadata={"wire": "activate"})
    """
    True to request priority charging.

    False to request stopping priority charging.
    """
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


@attrs.frozen
class VatNumberValidationRequest(Request[VatNumberValidationResponse]):
    """Payload of the VatNumberValidation request (OCPP 2.1)."""

    ACTION: ClassVar[str] = "VatNumberValidation"
    VERSION: ClassVar[str] = "ocpp2.1"
    RESPONSE: ClassVar[type[VatNumberValidationResponse]] = VatNumberValidationResponse

    __repr__ = _repr_fields
    __eq__ = _eq_fields
    __hash__ = _hash_fields

    vat_number: str = attrs.field(metadata={"wire": "vatNumber"})
    """VAT number to check."""
    evse_id: int | None = attrs.field(default=None, metadata={"wire": "evseId"})
    """EVSE id for which check is done"""
    custom_data: CustomData | None = attrs.field(default=None, metadata={"wire": "customData"})


#: Request payload classes by action.
REQUESTS: dict[str, type[Request[Any]]] = {
    "AFRRSignal": AFRRSignalRequest,
    "AdjustPeriodicEventStream": AdjustPeriodicEventStreamRequest,
    "Authorize": AuthorizeRequest,
    "BatterySwap": BatterySwapRequest,
    "BootNotification": BootNotificationRequest,
    "CancelReservation": CancelReservationRequest,
    "CertificateSigned": CertificateSignedRequest,
    "ChangeAvailability": ChangeAvailabilityRequest,
    "ChangeTransactionTariff": ChangeTransactionTariffRequest,
    "ClearCache": ClearCacheRequest,
    "ClearChargingProfile": ClearChargingProfileRequest,
    "ClearDERControl": ClearDERControlRequest,
    "ClearDisplayMessage": ClearDisplayMessageRequest,
    "ClearTariffs": ClearTariffsRequest,
    "ClearVariableMonitoring": ClearVariableMonitoringRequest,
    "ClearedChargingLimit": ClearedChargingLimitRequest,
    "ClosePeriodicEventStream": ClosePeriodicEventStreamRequest,
    "CostUpdated": CostUpdatedRequest,
    "CustomerInformation": CustomerInformationRequest,
    "DataTransfer": DataTransferRequest,
    "DeleteCertificate": DeleteCertificateRequest,
    "FirmwareStatusNotification": FirmwareStatusNotificationRequest,
    "Get15118EVCertificate": Get15118EVCertificateRequest,
    "GetBaseReport": GetBaseReportRequest,
    "GetCertificateChainStatus": GetCertificateChainStatusRequest,
    "GetCertificateStatus": GetCertificateStatusRequest,
    "GetChargingProfiles": GetChargingProfilesRequest,
    "GetCompositeSchedule": GetCompositeScheduleRequest,
    "GetDERControl": GetDERControlRequest,
    "GetDisplayMessages": GetDisplayMessagesRequest,
    "GetInstalledCertificateIds": GetInstalledCertificateIdsRequest,
    "GetLocalListVersion": GetLocalListVersionRequest,
    "GetLog": GetLogRequest,
    "GetMonitoringReport": GetMonitoringReportRequest,
    "GetPeriodicEventStream": GetPeriodicEventStreamRequest,
    "GetReport": GetReportRequest,
    "GetTariffs": GetTariffsRequest,
    "GetTransactionStatus": GetTransactionStatusRequest,
    "GetVariables": GetVariablesRequest,
    "Heartbeat": HeartbeatRequest,
    "InstallCertificate": InstallCertificateRequest,
    "LogStatusNotification": LogStatusNotificationRequest,
    "MeterValues": MeterValuesRequest,
    "NotifyAllowedEnergyTransfer": NotifyAllowedEnergyTransferRequest,
    "NotifyChargingLimit": NotifyChargingLimitRequest,
    "NotifyCustomerInformation": NotifyCustomerInformationRequest,
    "NotifyDERAlarm": NotifyDERAlarmRequest,
    "NotifyDERStartStop": NotifyDERStartStopRequest,
    "NotifyDisplayMessages": NotifyDisplayMessagesRequest,
    "NotifyEVChargingNeeds": NotifyEVChargingNeedsRequest,
    "NotifyEVChargingSchedule": NotifyEVChargingScheduleRequest,
    "NotifyEvent": NotifyEventRequest,
    "NotifyMonitoringReport": NotifyMonitoringReportRequest,
    "NotifyPriorityCharging": NotifyPriorityChargingRequest,
    "NotifyReport": NotifyReportRequest,
    "NotifySettlement": NotifySettlementRequest,
    "NotifyWebPaymentStarted": NotifyWebPaymentStartedRequest,
    "OpenPeriodicEventStream": OpenPeriodicEventStreamRequest,
    "PublishFirmware": PublishFirmwareRequest,
    "PublishFirmwareStatusNotification": PublishFirmwareStatusNotificationRequest,
    "PullDynamicScheduleUpdate": PullDynamicScheduleUpdateRequest,
    "ReportChargingProfiles": ReportChargingProfilesRequest,
    "ReportDERControl": ReportDERControlRequest,
    "RequestBatterySwap": RequestBatterySwapRequest,
    "RequestStartTransaction": RequestStartTransactionRequest,
    "RequestStopTransaction": RequestStopTransactionRequest,
    "ReservationStatusUpdate": ReservationStatusUpdateRequest,
    "ReserveNow": ReserveNowRequest,
    "Reset": ResetRequest,
    "SecurityEventNotification": SecurityEventNotificationRequest,
    "SendLocalList": SendLocalListRequest,
    "SetChargingProfile": SetChargingProfileRequest,
    "SetDERControl": SetDERControlRequest,
    "SetDefaultTariff": SetDefaultTariffRequest,
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
    "UpdateDynamicSchedule": UpdateDynamicScheduleRequest,
    "UpdateFirmware": UpdateFirmwareRequest,
    "UsePriorityCharging": UsePriorityChargingRequest,
    "VatNumberValidation": VatNumberValidationRequest,
}
#: Response payload classes by action.
RESPONSES: dict[str, type[Response]] = {
    "AFRRSignal": AFRRSignalResponse,
    "AdjustPeriodicEventStream": AdjustPeriodicEventStreamResponse,
    "Authorize": AuthorizeResponse,
    "BatterySwap": BatterySwapResponse,
    "BootNotification": BootNotificationResponse,
    "CancelReservation": CancelReservationResponse,
    "CertificateSigned": CertificateSignedResponse,
    "ChangeAvailability": ChangeAvailabilityResponse,
    "ChangeTransactionTariff": ChangeTransactionTariffResponse,
    "ClearCache": ClearCacheResponse,
    "ClearChargingProfile": ClearChargingProfileResponse,
    "ClearDERControl": ClearDERControlResponse,
    "ClearDisplayMessage": ClearDisplayMessageResponse,
    "ClearTariffs": ClearTariffsResponse,
    "ClearVariableMonitoring": ClearVariableMonitoringResponse,
    "ClearedChargingLimit": ClearedChargingLimitResponse,
    "ClosePeriodicEventStream": ClosePeriodicEventStreamResponse,
    "CostUpdated": CostUpdatedResponse,
    "CustomerInformation": CustomerInformationResponse,
    "DataTransfer": DataTransferResponse,
    "DeleteCertificate": DeleteCertificateResponse,
    "FirmwareStatusNotification": FirmwareStatusNotificationResponse,
    "Get15118EVCertificate": Get15118EVCertificateResponse,
    "GetBaseReport": GetBaseReportResponse,
    "GetCertificateChainStatus": GetCertificateChainStatusResponse,
    "GetCertificateStatus": GetCertificateStatusResponse,
    "GetChargingProfiles": GetChargingProfilesResponse,
    "GetCompositeSchedule": GetCompositeScheduleResponse,
    "GetDERControl": GetDERControlResponse,
    "GetDisplayMessages": GetDisplayMessagesResponse,
    "GetInstalledCertificateIds": GetInstalledCertificateIdsResponse,
    "GetLocalListVersion": GetLocalListVersionResponse,
    "GetLog": GetLogResponse,
    "GetMonitoringReport": GetMonitoringReportResponse,
    "GetPeriodicEventStream": GetPeriodicEventStreamResponse,
    "GetReport": GetReportResponse,
    "GetTariffs": GetTariffsResponse,
    "GetTransactionStatus": GetTransactionStatusResponse,
    "GetVariables": GetVariablesResponse,
    "Heartbeat": HeartbeatResponse,
    "InstallCertificate": InstallCertificateResponse,
    "LogStatusNotification": LogStatusNotificationResponse,
    "MeterValues": MeterValuesResponse,
    "NotifyAllowedEnergyTransfer": NotifyAllowedEnergyTransferResponse,
    "NotifyChargingLimit": NotifyChargingLimitResponse,
    "NotifyCustomerInformation": NotifyCustomerInformationResponse,
    "NotifyDERAlarm": NotifyDERAlarmResponse,
    "NotifyDERStartStop": NotifyDERStartStopResponse,
    "NotifyDisplayMessages": NotifyDisplayMessagesResponse,
    "NotifyEVChargingNeeds": NotifyEVChargingNeedsResponse,
    "NotifyEVChargingSchedule": NotifyEVChargingScheduleResponse,
    "NotifyEvent": NotifyEventResponse,
    "NotifyMonitoringReport": NotifyMonitoringReportResponse,
    "NotifyPriorityCharging": NotifyPriorityChargingResponse,
    "NotifyReport": NotifyReportResponse,
    "NotifySettlement": NotifySettlementResponse,
    "NotifyWebPaymentStarted": NotifyWebPaymentStartedResponse,
    "OpenPeriodicEventStream": OpenPeriodicEventStreamResponse,
    "PublishFirmware": PublishFirmwareResponse,
    "PublishFirmwareStatusNotification": PublishFirmwareStatusNotificationResponse,
    "PullDynamicScheduleUpdate": PullDynamicScheduleUpdateResponse,
    "ReportChargingProfiles": ReportChargingProfilesResponse,
    "ReportDERControl": ReportDERControlResponse,
    "RequestBatterySwap": RequestBatterySwapResponse,
    "RequestStartTransaction": RequestStartTransactionResponse,
    "RequestStopTransaction": RequestStopTransactionResponse,
    "ReservationStatusUpdate": ReservationStatusUpdateResponse,
    "ReserveNow": ReserveNowResponse,
    "Reset": ResetResponse,
    "SecurityEventNotification": SecurityEventNotificationResponse,
    "SendLocalList": SendLocalListResponse,
    "SetChargingProfile": SetChargingProfileResponse,
    "SetDERControl": SetDERControlResponse,
    "SetDefaultTariff": SetDefaultTariffResponse,
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
    "UpdateDynamicSchedule": UpdateDynamicScheduleResponse,
    "UpdateFirmware": UpdateFirmwareResponse,
    "UsePriorityCharging": UsePriorityChargingResponse,
    "VatNumberValidation": VatNumberValidationResponse,
}
#: SEND payload classes by action (messages without a response).
SENDS: dict[str, type[Send]] = {
    "NotifyPeriodicEventStream": NotifyPeriodicEventStreamRequest,
}

# Conversion to and from the wire form, registered as cattrs hooks.
_E_APNAuthenticationEnum = {m.value: m for m in APNAuthenticationEnum}
_E_AttributeEnum = {m.value: m for m in AttributeEnum}
_E_AuthorizationStatusEnum = {m.value: m for m in AuthorizationStatusEnum}
_E_AuthorizeCertificateStatusEnum = {m.value: m for m in AuthorizeCertificateStatusEnum}
_E_BatterySwapEventEnum = {m.value: m for m in BatterySwapEventEnum}
_E_BootReasonEnum = {m.value: m for m in BootReasonEnum}
_E_CancelReservationStatusEnum = {m.value: m for m in CancelReservationStatusEnum}
_E_CertificateActionEnum = {m.value: m for m in CertificateActionEnum}
_E_CertificateSignedStatusEnum = {m.value: m for m in CertificateSignedStatusEnum}
_E_CertificateSigningUseEnum = {m.value: m for m in CertificateSigningUseEnum}
_E_CertificateStatusEnum = {m.value: m for m in CertificateStatusEnum}
_E_CertificateStatusSourceEnum = {m.value: m for m in CertificateStatusSourceEnum}
_E_ChangeAvailabilityStatusEnum = {m.value: m for m in ChangeAvailabilityStatusEnum}
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
_E_ConnectorStatusEnum = {m.value: m for m in ConnectorStatusEnum}
_E_ControlModeEnum = {m.value: m for m in ControlModeEnum}
_E_CostDimensionEnum = {m.value: m for m in CostDimensionEnum}
_E_CostKindEnum = {m.value: m for m in CostKindEnum}
_E_CustomerInformationStatusEnum = {m.value: m for m in CustomerInformationStatusEnum}
_E_DERControlEnum = {m.value: m for m in DERControlEnum}
_E_DERControlStatusEnum = {m.value: m for m in DERControlStatusEnum}
_E_DERUnitEnum = {m.value: m for m in DERUnitEnum}
_E_DataEnum = {m.value: m for m in DataEnum}
_E_DataTransferStatusEnum = {m.value: m for m in DataTransferStatusEnum}
_E_DayOfWeekEnum = {m.value: m for m in DayOfWeekEnum}
_E_DeleteCertificateStatusEnum = {m.value: m for m in DeleteCertificateStatusEnum}
_E_DisplayMessageStatusEnum = {m.value: m for m in DisplayMessageStatusEnum}
_E_EnergyTransferModeEnum = {m.value: m for m in EnergyTransferModeEnum}
_E_EventNotificationEnum = {m.value: m for m in EventNotificationEnum}
_E_EventTriggerEnum = {m.value: m for m in EventTriggerEnum}
_E_EvseKindEnum = {m.value: m for m in EvseKindEnum}
_E_FirmwareStatusEnum = {m.value: m for m in FirmwareStatusEnum}
_E_GenericDeviceModelStatusEnum = {m.value: m for m in GenericDeviceModelStatusEnum}
_E_GenericStatusEnum = {m.value: m for m in GenericStatusEnum}
_E_GetCertificateIdUseEnum = {m.value: m for m in GetCertificateIdUseEnum}
_E_GetCertificateStatusEnum = {m.value: m for m in GetCertificateStatusEnum}
_E_GetChargingProfileStatusEnum = {m.value: m for m in GetChargingProfileStatusEnum}
_E_GetDisplayMessagesStatusEnum = {m.value: m for m in GetDisplayMessagesStatusEnum}
_E_GetInstalledCertificateStatusEnum = {m.value: m for m in GetInstalledCertificateStatusEnum}
_E_GetVariableStatusEnum = {m.value: m for m in GetVariableStatusEnum}
_E_GridEventFaultEnum = {m.value: m for m in GridEventFaultEnum}
_E_HashAlgorithmEnum = {m.value: m for m in HashAlgorithmEnum}
_E_InstallCertificateStatusEnum = {m.value: m for m in InstallCertificateStatusEnum}
_E_InstallCertificateUseEnum = {m.value: m for m in InstallCertificateUseEnum}
_E_IslandingDetectionEnum = {m.value: m for m in IslandingDetectionEnum}
_E_Iso15118EVCertificateStatusEnum = {m.value: m for m in Iso15118EVCertificateStatusEnum}
_E_LocationEnum = {m.value: m for m in LocationEnum}
_E_LogEnum = {m.value: m for m in LogEnum}
_E_LogStatusEnum = {m.value: m for m in LogStatusEnum}
_E_MeasurandEnum = {m.value: m for m in MeasurandEnum}
_E_MessageFormatEnum = {m.value: m for m in MessageFormatEnum}
_E_MessagePriorityEnum = {m.value: m for m in MessagePriorityEnum}
_E_MessageStateEnum = {m.value: m for m in MessageStateEnum}
_E_MessageTriggerEnum = {m.value: m for m in MessageTriggerEnum}
_E_MobilityNeedsModeEnum = {m.value: m for m in MobilityNeedsModeEnum}
_E_MonitorEnum = {m.value: m for m in MonitorEnum}
_E_MonitoringBaseEnum = {m.value: m for m in MonitoringBaseEnum}
_E_MonitoringCriterionEnum = {m.value: m for m in MonitoringCriterionEnum}
_E_MutabilityEnum = {m.value: m for m in MutabilityEnum}
_E_NotifyAllowedEnergyTransferStatusEnum = {
    m.value: m for m in NotifyAllowedEnergyTransferStatusEnum
}
_E_NotifyEVChargingNeedsStatusEnum = {m.value: m for m in NotifyEVChargingNeedsStatusEnum}
_E_OCPPInterfaceEnum = {m.value: m for m in OCPPInterfaceEnum}
_E_OCPPTransportEnum = {m.value: m for m in OCPPTransportEnum}
_E_OCPPVersionEnum = {m.value: m for m in OCPPVersionEnum}
_E_OperationModeEnum = {m.value: m for m in OperationModeEnum}
_E_OperationalStatusEnum = {m.value: m for m in OperationalStatusEnum}
_E_PaymentStatusEnum = {m.value: m for m in PaymentStatusEnum}
_E_PhaseEnum = {m.value: m for m in PhaseEnum}
_E_PowerDuringCessationEnum = {m.value: m for m in PowerDuringCessationEnum}
_E_PreconditioningStatusEnum = {m.value: m for m in PreconditioningStatusEnum}
_E_PriorityChargingStatusEnum = {m.value: m for m in PriorityChargingStatusEnum}
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
_E_TariffChangeStatusEnum = {m.value: m for m in TariffChangeStatusEnum}
_E_TariffClearStatusEnum = {m.value: m for m in TariffClearStatusEnum}
_E_TariffCostEnum = {m.value: m for m in TariffCostEnum}
_E_TariffGetStatusEnum = {m.value: m for m in TariffGetStatusEnum}
_E_TariffKindEnum = {m.value: m for m in TariffKindEnum}
_E_TariffSetStatusEnum = {m.value: m for m in TariffSetStatusEnum}
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
_SET_RationalNumber = _slot_setters(RationalNumber)
_SET_PriceRule = _slot_setters(PriceRule)
_SET_PriceRuleStack = _slot_setters(PriceRuleStack)
_SET_TaxRule = _slot_setters(TaxRule)
_SET_OverstayRule = _slot_setters(OverstayRule)
_SET_OverstayRuleList = _slot_setters(OverstayRuleList)
_SET_AdditionalSelectedServices = _slot_setters(AdditionalSelectedServices)
_SET_AbsolutePriceSchedule = _slot_setters(AbsolutePriceSchedule)
_SET_AdditionalInfo = _slot_setters(AdditionalInfo)
_SET_Address = _slot_setters(Address)
_SET_IdToken = _slot_setters(IdToken)
_SET_MessageContent = _slot_setters(MessageContent)
_SET_IdTokenInfo = _slot_setters(IdTokenInfo)
_SET_AuthorizationData = _slot_setters(AuthorizationData)
_SET_BatteryData = _slot_setters(BatteryData)
_SET_CertificateHashData = _slot_setters(CertificateHashData)
_SET_CertificateHashDataChain = _slot_setters(CertificateHashDataChain)
_SET_CertificateStatus = _slot_setters(CertificateStatus)
_SET_CertificateStatusRequestInfo = _slot_setters(CertificateStatusRequestInfo)
_SET_ChargingLimit = _slot_setters(ChargingLimit)
_SET_DERChargingParameters = _slot_setters(DERChargingParameters)
_SET_EVPriceRule = _slot_setters(EVPriceRule)
_SET_EVAbsolutePriceScheduleEntry = _slot_setters(EVAbsolutePriceScheduleEntry)
_SET_EVAbsolutePriceSchedule = _slot_setters(EVAbsolutePriceSchedule)
_SET_EVPowerScheduleEntry = _slot_setters(EVPowerScheduleEntry)
_SET_EVPowerSchedule = _slot_setters(EVPowerSchedule)
_SET_EVEnergyOffer = _slot_setters(EVEnergyOffer)
_SET_DCChargingParameters = _slot_setters(DCChargingParameters)
_SET_V2XChargingParameters = _slot_setters(V2XChargingParameters)
_SET_ChargingNeeds = _slot_setters(ChargingNeeds)
_SET_CostDimension = _slot_setters(CostDimension)
_SET_ChargingPeriod = _slot_setters(ChargingPeriod)
_SET_LimitAtSoC = _slot_setters(LimitAtSoC)
_SET_V2XFreqWattPoint = _slot_setters(V2XFreqWattPoint)
_SET_V2XSignalWattPoint = _slot_setters(V2XSignalWattPoint)
_SET_ChargingSchedulePeriod = _slot_setters(ChargingSchedulePeriod)
_SET_RelativeTimeInterval = _slot_setters(RelativeTimeInterval)
_SET_Cost = _slot_setters(Cost)
_SET_ConsumptionCost = _slot_setters(ConsumptionCost)
_SET_SalesTariffEntry = _slot_setters(SalesTariffEntry)
_SET_SalesTariff = _slot_setters(SalesTariff)
_SET_PriceLevelScheduleEntry = _slot_setters(PriceLevelScheduleEntry)
_SET_PriceLevelSchedule = _slot_setters(PriceLevelSchedule)
_SET_ChargingSchedule = _slot_setters(ChargingSchedule)
_SET_ChargingProfile = _slot_setters(ChargingProfile)
_SET_ChargingProfileCriterion = _slot_setters(ChargingProfileCriterion)
_SET_ChargingScheduleUpdate = _slot_setters(ChargingScheduleUpdate)
_SET_Modem = _slot_setters(Modem)
_SET_ChargingStation = _slot_setters(ChargingStation)
_SET_ClearChargingProfile = _slot_setters(ClearChargingProfile)
_SET_StatusInfo = _slot_setters(StatusInfo)
_SET_ClearMonitoringResult = _slot_setters(ClearMonitoringResult)
_SET_ClearTariffsResult = _slot_setters(ClearTariffsResult)
_SET_EVSE = _slot_setters(EVSE)
_SET_Component = _slot_setters(Component)
_SET_Variable = _slot_setters(Variable)
_SET_ComponentVariable = _slot_setters(ComponentVariable)
_SET_CompositeSchedule = _slot_setters(CompositeSchedule)
_SET_PeriodicEventStreamParams = _slot_setters(PeriodicEventStreamParams)
_SET_ConstantStreamData = _slot_setters(ConstantStreamData)
_SET_TaxRate = _slot_setters(TaxRate)
_SET_Price = _slot_setters(Price)
_SET_TotalPrice = _slot_setters(TotalPrice)
_SET_TotalCost = _slot_setters(TotalCost)
_SET_TotalUsage = _slot_setters(TotalUsage)
_SET_CostDetails = _slot_setters(CostDetails)
_SET_DERCurvePoints = _slot_setters(DERCurvePoints)
_SET_Hysteresis = _slot_setters(Hysteresis)
_SET_ReactivePowerParams = _slot_setters(ReactivePowerParams)
_SET_VoltageParams = _slot_setters(VoltageParams)
_SET_DERCurve = _slot_setters(DERCurve)
_SET_DERCurveGet = _slot_setters(DERCurveGet)
_SET_EnterService = _slot_setters(EnterService)
_SET_EnterServiceGet = _slot_setters(EnterServiceGet)
_SET_EventData = _slot_setters(EventData)
_SET_Firmware = _slot_setters(Firmware)
_SET_FixedPF = _slot_setters(FixedPF)
_SET_FixedPFGet = _slot_setters(FixedPFGet)
_SET_FixedVar = _slot_setters(FixedVar)
_SET_FixedVarGet = _slot_setters(FixedVarGet)
_SET_FreqDroop = _slot_setters(FreqDroop)
_SET_FreqDroopGet = _slot_setters(FreqDroopGet)
_SET_GetVariableData = _slot_setters(GetVariableData)
_SET_GetVariableResult = _slot_setters(GetVariableResult)
_SET_Gradient = _slot_setters(Gradient)
_SET_GradientGet = _slot_setters(GradientGet)
_SET_LimitMaxDischarge = _slot_setters(LimitMaxDischarge)
_SET_LimitMaxDischargeGet = _slot_setters(LimitMaxDischargeGet)
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
_SET_StreamDataElement = _slot_setters(StreamDataElement)
_SET_TariffConditions = _slot_setters(TariffConditions)
_SET_TariffEnergyPrice = _slot_setters(TariffEnergyPrice)
_SET_TariffEnergy = _slot_setters(TariffEnergy)
_SET_TariffTimePrice = _slot_setters(TariffTimePrice)
_SET_TariffTime = _slot_setters(TariffTime)
_SET_TariffConditionsFixed = _slot_setters(TariffConditionsFixed)
_SET_TariffFixedPrice = _slot_setters(TariffFixedPrice)
_SET_TariffFixed = _slot_setters(TariffFixed)
_SET_Tariff = _slot_setters(Tariff)
_SET_TariffAssignment = _slot_setters(TariffAssignment)
_SET_TransactionLimit = _slot_setters(TransactionLimit)
_SET_Transaction = _slot_setters(Transaction)
_SET_AFRRSignalResponse = _slot_setters(AFRRSignalResponse)
_SET_AdjustPeriodicEventStreamResponse = _slot_setters(AdjustPeriodicEventStreamResponse)
_SET_AuthorizeResponse = _slot_setters(AuthorizeResponse)
_SET_BatterySwapResponse = _slot_setters(BatterySwapResponse)
_SET_BootNotificationResponse = _slot_setters(BootNotificationResponse)
_SET_CancelReservationResponse = _slot_setters(CancelReservationResponse)
_SET_CertificateSignedResponse = _slot_setters(CertificateSignedResponse)
_SET_ChangeAvailabilityResponse = _slot_setters(ChangeAvailabilityResponse)
_SET_ChangeTransactionTariffResponse = _slot_setters(ChangeTransactionTariffResponse)
_SET_ClearCacheResponse = _slot_setters(ClearCacheResponse)
_SET_ClearChargingProfileResponse = _slot_setters(ClearChargingProfileResponse)
_SET_ClearDERControlResponse = _slot_setters(ClearDERControlResponse)
_SET_ClearDisplayMessageResponse = _slot_setters(ClearDisplayMessageResponse)
_SET_ClearTariffsResponse = _slot_setters(ClearTariffsResponse)
_SET_ClearVariableMonitoringResponse = _slot_setters(ClearVariableMonitoringResponse)
_SET_ClearedChargingLimitResponse = _slot_setters(ClearedChargingLimitResponse)
_SET_ClosePeriodicEventStreamResponse = _slot_setters(ClosePeriodicEventStreamResponse)
_SET_CostUpdatedResponse = _slot_setters(CostUpdatedResponse)
_SET_CustomerInformationResponse = _slot_setters(CustomerInformationResponse)
_SET_DataTransferResponse = _slot_setters(DataTransferResponse)
_SET_DeleteCertificateResponse = _slot_setters(DeleteCertificateResponse)
_SET_FirmwareStatusNotificationResponse = _slot_setters(FirmwareStatusNotificationResponse)
_SET_Get15118EVCertificateResponse = _slot_setters(Get15118EVCertificateResponse)
_SET_GetBaseReportResponse = _slot_setters(GetBaseReportResponse)
_SET_GetCertificateChainStatusResponse = _slot_setters(GetCertificateChainStatusResponse)
_SET_GetCertificateStatusResponse = _slot_setters(GetCertificateStatusResponse)
_SET_GetChargingProfilesResponse = _slot_setters(GetChargingProfilesResponse)
_SET_GetCompositeScheduleResponse = _slot_setters(GetCompositeScheduleResponse)
_SET_GetDERControlResponse = _slot_setters(GetDERControlResponse)
_SET_GetDisplayMessagesResponse = _slot_setters(GetDisplayMessagesResponse)
_SET_GetInstalledCertificateIdsResponse = _slot_setters(GetInstalledCertificateIdsResponse)
_SET_GetLocalListVersionResponse = _slot_setters(GetLocalListVersionResponse)
_SET_GetLogResponse = _slot_setters(GetLogResponse)
_SET_GetMonitoringReportResponse = _slot_setters(GetMonitoringReportResponse)
_SET_GetPeriodicEventStreamResponse = _slot_setters(GetPeriodicEventStreamResponse)
_SET_GetReportResponse = _slot_setters(GetReportResponse)
_SET_GetTariffsResponse = _slot_setters(GetTariffsResponse)
_SET_GetTransactionStatusResponse = _slot_setters(GetTransactionStatusResponse)
_SET_GetVariablesResponse = _slot_setters(GetVariablesResponse)
_SET_HeartbeatResponse = _slot_setters(HeartbeatResponse)
_SET_InstallCertificateResponse = _slot_setters(InstallCertificateResponse)
_SET_LogStatusNotificationResponse = _slot_setters(LogStatusNotificationResponse)
_SET_MeterValuesResponse = _slot_setters(MeterValuesResponse)
_SET_NotifyAllowedEnergyTransferResponse = _slot_setters(NotifyAllowedEnergyTransferResponse)
_SET_NotifyChargingLimitResponse = _slot_setters(NotifyChargingLimitResponse)
_SET_NotifyCustomerInformationResponse = _slot_setters(NotifyCustomerInformationResponse)
_SET_NotifyDERAlarmResponse = _slot_setters(NotifyDERAlarmResponse)
_SET_NotifyDERStartStopResponse = _slot_setters(NotifyDERStartStopResponse)
_SET_NotifyDisplayMessagesResponse = _slot_setters(NotifyDisplayMessagesResponse)
_SET_NotifyEVChargingNeedsResponse = _slot_setters(NotifyEVChargingNeedsResponse)
_SET_NotifyEVChargingScheduleResponse = _slot_setters(NotifyEVChargingScheduleResponse)
_SET_NotifyEventResponse = _slot_setters(NotifyEventResponse)
_SET_NotifyMonitoringReportResponse = _slot_setters(NotifyMonitoringReportResponse)
_SET_NotifyPriorityChargingResponse = _slot_setters(NotifyPriorityChargingResponse)
_SET_NotifyReportResponse = _slot_setters(NotifyReportResponse)
_SET_NotifySettlementResponse = _slot_setters(NotifySettlementResponse)
_SET_NotifyWebPaymentStartedResponse = _slot_setters(NotifyWebPaymentStartedResponse)
_SET_OpenPeriodicEventStreamResponse = _slot_setters(OpenPeriodicEventStreamResponse)
_SET_PublishFirmwareResponse = _slot_setters(PublishFirmwareResponse)
_SET_PublishFirmwareStatusNotificationResponse = _slot_setters(
    PublishFirmwareStatusNotificationResponse
)
_SET_PullDynamicScheduleUpdateResponse = _slot_setters(PullDynamicScheduleUpdateResponse)
_SET_ReportChargingProfilesResponse = _slot_setters(ReportChargingProfilesResponse)
_SET_ReportDERControlResponse = _slot_setters(ReportDERControlResponse)
_SET_RequestBatterySwapResponse = _slot_setters(RequestBatterySwapResponse)
_SET_RequestStartTransactionResponse = _slot_setters(RequestStartTransactionResponse)
_SET_RequestStopTransactionResponse = _slot_setters(RequestStopTransactionResponse)
_SET_ReservationStatusUpdateResponse = _slot_setters(ReservationStatusUpdateResponse)
_SET_ReserveNowResponse = _slot_setters(ReserveNowResponse)
_SET_ResetResponse = _slot_setters(ResetResponse)
_SET_SecurityEventNotificationResponse = _slot_setters(SecurityEventNotificationResponse)
_SET_SendLocalListResponse = _slot_setters(SendLocalListResponse)
_SET_SetChargingProfileResponse = _slot_setters(SetChargingProfileResponse)
_SET_SetDERControlResponse = _slot_setters(SetDERControlResponse)
_SET_SetDefaultTariffResponse = _slot_setters(SetDefaultTariffResponse)
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
_SET_UpdateDynamicScheduleResponse = _slot_setters(UpdateDynamicScheduleResponse)
_SET_UpdateFirmwareResponse = _slot_setters(UpdateFirmwareResponse)
_SET_UsePriorityChargingResponse = _slot_setters(UsePriorityChargingResponse)
_SET_VatNumberValidationResponse = _slot_setters(VatNumberValidationResponse)
_SET_NotifyPeriodicEventStreamRequest = _slot_setters(NotifyPeriodicEventStreamRequest)
_SET_AFRRSignalRequest = _slot_setters(AFRRSignalRequest)
_SET_AdjustPeriodicEventStreamRequest = _slot_setters(AdjustPeriodicEventStreamRequest)
_SET_AuthorizeRequest = _slot_setters(AuthorizeRequest)
_SET_BatterySwapRequest = _slot_setters(BatterySwapRequest)
_SET_BootNotificationRequest = _slot_setters(BootNotificationRequest)
_SET_CancelReservationRequest = _slot_setters(CancelReservationRequest)
_SET_CertificateSignedRequest = _slot_setters(CertificateSignedRequest)
_SET_ChangeAvailabilityRequest = _slot_setters(ChangeAvailabilityRequest)
_SET_ChangeTransactionTariffRequest = _slot_setters(ChangeTransactionTariffRequest)
_SET_ClearCacheRequest = _slot_setters(ClearCacheRequest)
_SET_ClearChargingProfileRequest = _slot_setters(ClearChargingProfileRequest)
_SET_ClearDERControlRequest = _slot_setters(ClearDERControlRequest)
_SET_ClearDisplayMessageRequest = _slot_setters(ClearDisplayMessageRequest)
_SET_ClearTariffsRequest = _slot_setters(ClearTariffsRequest)
_SET_ClearVariableMonitoringRequest = _slot_setters(ClearVariableMonitoringRequest)
_SET_ClearedChargingLimitRequest = _slot_setters(ClearedChargingLimitRequest)
_SET_ClosePeriodicEventStreamRequest = _slot_setters(ClosePeriodicEventStreamRequest)
_SET_CostUpdatedRequest = _slot_setters(CostUpdatedRequest)
_SET_CustomerInformationRequest = _slot_setters(CustomerInformationRequest)
_SET_DataTransferRequest = _slot_setters(DataTransferRequest)
_SET_DeleteCertificateRequest = _slot_setters(DeleteCertificateRequest)
_SET_FirmwareStatusNotificationRequest = _slot_setters(FirmwareStatusNotificationRequest)
_SET_Get15118EVCertificateRequest = _slot_setters(Get15118EVCertificateRequest)
_SET_GetBaseReportRequest = _slot_setters(GetBaseReportRequest)
_SET_GetCertificateChainStatusRequest = _slot_setters(GetCertificateChainStatusRequest)
_SET_GetCertificateStatusRequest = _slot_setters(GetCertificateStatusRequest)
_SET_GetChargingProfilesRequest = _slot_setters(GetChargingProfilesRequest)
_SET_GetCompositeScheduleRequest = _slot_setters(GetCompositeScheduleRequest)
_SET_GetDERControlRequest = _slot_setters(GetDERControlRequest)
_SET_GetDisplayMessagesRequest = _slot_setters(GetDisplayMessagesRequest)
_SET_GetInstalledCertificateIdsRequest = _slot_setters(GetInstalledCertificateIdsRequest)
_SET_GetLocalListVersionRequest = _slot_setters(GetLocalListVersionRequest)
_SET_GetLogRequest = _slot_setters(GetLogRequest)
_SET_GetMonitoringReportRequest = _slot_setters(GetMonitoringReportRequest)
_SET_GetPeriodicEventStreamRequest = _slot_setters(GetPeriodicEventStreamRequest)
_SET_GetReportRequest = _slot_setters(GetReportRequest)
_SET_GetTariffsRequest = _slot_setters(GetTariffsRequest)
_SET_GetTransactionStatusRequest = _slot_setters(GetTransactionStatusRequest)
_SET_GetVariablesRequest = _slot_setters(GetVariablesRequest)
_SET_HeartbeatRequest = _slot_setters(HeartbeatRequest)
_SET_InstallCertificateRequest = _slot_setters(InstallCertificateRequest)
_SET_LogStatusNotificationRequest = _slot_setters(LogStatusNotificationRequest)
_SET_MeterValuesRequest = _slot_setters(MeterValuesRequest)
_SET_NotifyAllowedEnergyTransferRequest = _slot_setters(NotifyAllowedEnergyTransferRequest)
_SET_NotifyChargingLimitRequest = _slot_setters(NotifyChargingLimitRequest)
_SET_NotifyCustomerInformationRequest = _slot_setters(NotifyCustomerInformationRequest)
_SET_NotifyDERAlarmRequest = _slot_setters(NotifyDERAlarmRequest)
_SET_NotifyDERStartStopRequest = _slot_setters(NotifyDERStartStopRequest)
_SET_NotifyDisplayMessagesRequest = _slot_setters(NotifyDisplayMessagesRequest)
_SET_NotifyEVChargingNeedsRequest = _slot_setters(NotifyEVChargingNeedsRequest)
_SET_NotifyEVChargingScheduleRequest = _slot_setters(NotifyEVChargingScheduleRequest)
_SET_NotifyEventRequest = _slot_setters(NotifyEventRequest)
_SET_NotifyMonitoringReportRequest = _slot_setters(NotifyMonitoringReportRequest)
_SET_NotifyPriorityChargingRequest = _slot_setters(NotifyPriorityChargingRequest)
_SET_NotifyReportRequest = _slot_setters(NotifyReportRequest)
_SET_NotifySettlementRequest = _slot_setters(NotifySettlementRequest)
_SET_NotifyWebPaymentStartedRequest = _slot_setters(NotifyWebPaymentStartedRequest)
_SET_OpenPeriodicEventStreamRequest = _slot_setters(OpenPeriodicEventStreamRequest)
_SET_PublishFirmwareRequest = _slot_setters(PublishFirmwareRequest)
_SET_PublishFirmwareStatusNotificationRequest = _slot_setters(
    PublishFirmwareStatusNotificationRequest
)
_SET_PullDynamicScheduleUpdateRequest = _slot_setters(PullDynamicScheduleUpdateRequest)
_SET_ReportChargingProfilesRequest = _slot_setters(ReportChargingProfilesRequest)
_SET_ReportDERControlRequest = _slot_setters(ReportDERControlRequest)
_SET_RequestBatterySwapRequest = _slot_setters(RequestBatterySwapRequest)
_SET_RequestStartTransactionRequest = _slot_setters(RequestStartTransactionRequest)
_SET_RequestStopTransactionRequest = _slot_setters(RequestStopTransactionRequest)
_SET_ReservationStatusUpdateRequest = _slot_setters(ReservationStatusUpdateRequest)
_SET_ReserveNowRequest = _slot_setters(ReserveNowRequest)
_SET_ResetRequest = _slot_setters(ResetRequest)
_SET_SecurityEventNotificationRequest = _slot_setters(SecurityEventNotificationRequest)
_SET_SendLocalListRequest = _slot_setters(SendLocalListRequest)
_SET_SetChargingProfileRequest = _slot_setters(SetChargingProfileRequest)
_SET_SetDERControlRequest = _slot_setters(SetDERControlRequest)
_SET_SetDefaultTariffRequest = _slot_setters(SetDefaultTariffRequest)
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
_SET_UpdateDynamicScheduleRequest = _slot_setters(UpdateDynamicScheduleRequest)
_SET_UpdateFirmwareRequest = _slot_setters(UpdateFirmwareRequest)
_SET_UsePriorityChargingRequest = _slot_setters(UsePriorityChargingRequest)
_SET_VatNumberValidationRequest = _slot_setters(VatNumberValidationRequest)
_KEYS_CustomData = frozenset({"vendorId"})


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
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_APN(d: dict[str, Any]) -> APN:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_APN
    o = _new(APN)
    s0(o, d["apn"])
    s1(o, _E_APNAuthenticationEnum[d["apnAuthentication"]])
    s2(o, g("apnUserName"))
    s3(o, g("apnPassword"))
    s4(o, g("simPin"))
    s5(o, g("preferredNetwork"))
    s6(o, g("useOnlyPreferredNetwork"))
    s7(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_RationalNumber(o: RationalNumber) -> dict[str, Any]:
    d: dict[str, Any] = {"exponent": o.exponent, "value": o.value}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_RationalNumber(d: dict[str, Any]) -> RationalNumber:
    g = d.get
    s0, s1, s2 = _SET_RationalNumber
    o = _new(RationalNumber)
    s0(o, d["exponent"])
    s1(o, d["value"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PriceRule(o: PriceRule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "energyFee": _to_wire_RationalNumber(o.energy_fee),
        "powerRangeStart": _to_wire_RationalNumber(o.power_range_start),
    }
    if o.parking_fee_period is not None:
        d["parkingFeePeriod"] = o.parking_fee_period
    if o.carbon_dioxide_emission is not None:
        d["carbonDioxideEmission"] = o.carbon_dioxide_emission
    if o.renewable_generation_percentage is not None:
        d["renewableGenerationPercentage"] = o.renewable_generation_percentage
    if o.parking_fee is not None:
        d["parkingFee"] = _to_wire_RationalNumber(o.parking_fee)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PriceRule(d: dict[str, Any]) -> PriceRule:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_PriceRule
    o = _new(PriceRule)
    s0(o, _from_wire_RationalNumber(d["energyFee"]))
    s1(o, _from_wire_RationalNumber(d["powerRangeStart"]))
    s2(o, g("parkingFeePeriod"))
    s3(o, g("carbonDioxideEmission"))
    s4(o, g("renewableGenerationPercentage"))
    s5(o, None if (v := g("parkingFee")) is None else _from_wire_RationalNumber(v))
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PriceRuleStack(o: PriceRuleStack) -> dict[str, Any]:
    d: dict[str, Any] = {
        "duration": o.duration,
        "priceRule": [_to_wire_PriceRule(x) for x in o.price_rule],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PriceRuleStack(d: dict[str, Any]) -> PriceRuleStack:
    g = d.get
    s0, s1, s2 = _SET_PriceRuleStack
    o = _new(PriceRuleStack)
    s0(o, d["duration"])
    s1(o, [_from_wire_PriceRule(x) for x in d["priceRule"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TaxRule(o: TaxRule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "taxRuleID": o.tax_rule_id,
        "appliesToEnergyFee": o.applies_to_energy_fee,
        "appliesToParkingFee": o.applies_to_parking_fee,
        "appliesToOverstayFee": o.applies_to_overstay_fee,
        "appliesToMinimumMaximumCost": o.applies_to_minimum_maximum_cost,
        "taxRate": _to_wire_RationalNumber(o.tax_rate),
    }
    if o.tax_rule_name is not None:
        d["taxRuleName"] = o.tax_rule_name
    if o.tax_included_in_price is not None:
        d["taxIncludedInPrice"] = o.tax_included_in_price
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TaxRule(d: dict[str, Any]) -> TaxRule:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_TaxRule
    o = _new(TaxRule)
    s0(o, d["taxRuleID"])
    s1(o, d["appliesToEnergyFee"])
    s2(o, d["appliesToParkingFee"])
    s3(o, d["appliesToOverstayFee"])
    s4(o, d["appliesToMinimumMaximumCost"])
    s5(o, _from_wire_RationalNumber(d["taxRate"]))
    s6(o, g("taxRuleName"))
    s7(o, g("taxIncludedInPrice"))
    s8(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_OverstayRule(o: OverstayRule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "overstayFee": _to_wire_RationalNumber(o.overstay_fee),
        "startTime": o.start_time,
        "overstayFeePeriod": o.overstay_fee_period,
    }
    if o.overstay_rule_description is not None:
        d["overstayRuleDescription"] = o.overstay_rule_description
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_OverstayRule(d: dict[str, Any]) -> OverstayRule:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_OverstayRule
    o = _new(OverstayRule)
    s0(o, _from_wire_RationalNumber(d["overstayFee"]))
    s1(o, d["startTime"])
    s2(o, d["overstayFeePeriod"])
    s3(o, g("overstayRuleDescription"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_OverstayRuleList(o: OverstayRuleList) -> dict[str, Any]:
    d: dict[str, Any] = {"overstayRule": [_to_wire_OverstayRule(x) for x in o.overstay_rule]}
    if o.overstay_power_threshold is not None:
        d["overstayPowerThreshold"] = _to_wire_RationalNumber(o.overstay_power_threshold)
    if o.overstay_time_threshold is not None:
        d["overstayTimeThreshold"] = o.overstay_time_threshold
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_OverstayRuleList(d: dict[str, Any]) -> OverstayRuleList:
    g = d.get
    s0, s1, s2, s3 = _SET_OverstayRuleList
    o = _new(OverstayRuleList)
    s0(o, [_from_wire_OverstayRule(x) for x in d["overstayRule"]])
    s1(o, None if (v := g("overstayPowerThreshold")) is None else _from_wire_RationalNumber(v))
    s2(o, g("overstayTimeThreshold"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_AdditionalSelectedServices(o: AdditionalSelectedServices) -> dict[str, Any]:
    d: dict[str, Any] = {
        "serviceFee": _to_wire_RationalNumber(o.service_fee),
        "serviceName": o.service_name,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AdditionalSelectedServices(d: dict[str, Any]) -> AdditionalSelectedServices:
    g = d.get
    s0, s1, s2 = _SET_AdditionalSelectedServices
    o = _new(AdditionalSelectedServices)
    s0(o, _from_wire_RationalNumber(d["serviceFee"]))
    s1(o, d["serviceName"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_AbsolutePriceSchedule(o: AbsolutePriceSchedule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "timeAnchor": _format_datetime(o.time_anchor),
        "priceScheduleID": o.price_schedule_id,
        "currency": o.currency,
        "language": o.language,
        "priceAlgorithm": o.price_algorithm,
        "priceRuleStacks": [_to_wire_PriceRuleStack(x) for x in o.price_rule_stacks],
    }
    if o.price_schedule_description is not None:
        d["priceScheduleDescription"] = o.price_schedule_description
    if o.minimum_cost is not None:
        d["minimumCost"] = _to_wire_RationalNumber(o.minimum_cost)
    if o.maximum_cost is not None:
        d["maximumCost"] = _to_wire_RationalNumber(o.maximum_cost)
    if o.tax_rules is not None:
        d["taxRules"] = [_to_wire_TaxRule(x) for x in o.tax_rules]
    if o.overstay_rule_list is not None:
        d["overstayRuleList"] = _to_wire_OverstayRuleList(o.overstay_rule_list)
    if o.additional_selected_services is not None:
        d["additionalSelectedServices"] = [
            _to_wire_AdditionalSelectedServices(x) for x in o.additional_selected_services
        ]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AbsolutePriceSchedule(d: dict[str, Any]) -> AbsolutePriceSchedule:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12 = _SET_AbsolutePriceSchedule
    o = _new(AbsolutePriceSchedule)
    s0(o, _parse_datetime(d["timeAnchor"]))
    s1(o, d["priceScheduleID"])
    s2(o, d["currency"])
    s3(o, d["language"])
    s4(o, d["priceAlgorithm"])
    s5(o, [_from_wire_PriceRuleStack(x) for x in d["priceRuleStacks"]])
    s6(o, g("priceScheduleDescription"))
    s7(o, None if (v := g("minimumCost")) is None else _from_wire_RationalNumber(v))
    s8(o, None if (v := g("maximumCost")) is None else _from_wire_RationalNumber(v))
    s9(o, None if (v := g("taxRules")) is None else [_from_wire_TaxRule(x) for x in v])
    s10(o, None if (v := g("overstayRuleList")) is None else _from_wire_OverstayRuleList(v))
    s11(
        o,
        (
            None
            if (v := g("additionalSelectedServices")) is None
            else [_from_wire_AdditionalSelectedServices(x) for x in v]
        ),
    )
    s12(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_Address(o: Address) -> dict[str, Any]:
    d: dict[str, Any] = {
        "name": o.name,
        "address1": o.address1,
        "city": o.city,
        "country": o.country,
    }
    if o.address2 is not None:
        d["address2"] = o.address2
    if o.postal_code is not None:
        d["postalCode"] = o.postal_code
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Address(d: dict[str, Any]) -> Address:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_Address
    o = _new(Address)
    s0(o, d["name"])
    s1(o, d["address1"])
    s2(o, d["city"])
    s3(o, d["country"])
    s4(o, g("address2"))
    s5(o, g("postalCode"))
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_IdToken(o: IdToken) -> dict[str, Any]:
    d: dict[str, Any] = {"idToken": o.id_token, "type": o.type_}
    if o.additional_info is not None:
        d["additionalInfo"] = [_to_wire_AdditionalInfo(x) for x in o.additional_info]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_IdToken(d: dict[str, Any]) -> IdToken:
    g = d.get
    s0, s1, s2, s3 = _SET_IdToken
    o = _new(IdToken)
    s0(o, d["idToken"])
    s1(o, d["type"])
    s2(o, None if (v := g("additionalInfo")) is None else [_from_wire_AdditionalInfo(x) for x in v])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_MessageContent(o: MessageContent) -> dict[str, Any]:
    d: dict[str, Any] = {"format": o.format_._value_, "content": o.content}
    if o.language is not None:
        d["language"] = o.language
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_MessageContent(d: dict[str, Any]) -> MessageContent:
    g = d.get
    s0, s1, s2, s3 = _SET_MessageContent
    o = _new(MessageContent)
    s0(o, _E_MessageFormatEnum[d["format"]])
    s1(o, d["content"])
    s2(o, g("language"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_IdTokenInfo(o: IdTokenInfo) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.cache_expiry_date_time is not None:
        d["cacheExpiryDateTime"] = _format_datetime(o.cache_expiry_date_time)
    if o.charging_priority is not None:
        d["chargingPriority"] = o.charging_priority
    if o.group_id_token is not None:
        d["groupIdToken"] = _to_wire_IdToken(o.group_id_token)
    if o.language1 is not None:
        d["language1"] = o.language1
    if o.language2 is not None:
        d["language2"] = o.language2
    if o.evse_id is not None:
        d["evseId"] = list(o.evse_id)
    if o.personal_message is not None:
        d["personalMessage"] = _to_wire_MessageContent(o.personal_message)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_IdTokenInfo(d: dict[str, Any]) -> IdTokenInfo:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_IdTokenInfo
    o = _new(IdTokenInfo)
    s0(o, _E_AuthorizationStatusEnum[d["status"]])
    s1(o, None if (v := g("cacheExpiryDateTime")) is None else _parse_datetime(v))
    s2(o, g("chargingPriority"))
    s3(o, None if (v := g("groupIdToken")) is None else _from_wire_IdToken(v))
    s4(o, g("language1"))
    s5(o, g("language2"))
    s6(o, None if (v := g("evseId")) is None else list(v))
    s7(o, None if (v := g("personalMessage")) is None else _from_wire_MessageContent(v))
    s8(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_AuthorizationData(o: AuthorizationData) -> dict[str, Any]:
    d: dict[str, Any] = {"idToken": _to_wire_IdToken(o.id_token)}
    if o.id_token_info is not None:
        d["idTokenInfo"] = _to_wire_IdTokenInfo(o.id_token_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AuthorizationData(d: dict[str, Any]) -> AuthorizationData:
    g = d.get
    s0, s1, s2 = _SET_AuthorizationData
    o = _new(AuthorizationData)
    s0(o, _from_wire_IdToken(d["idToken"]))
    s1(o, None if (v := g("idTokenInfo")) is None else _from_wire_IdTokenInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_BatteryData(o: BatteryData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "evseId": o.evse_id,
        "serialNumber": o.serial_number,
        "soC": o.soc,
        "soH": o.soh,
    }
    if o.production_date is not None:
        d["productionDate"] = _format_datetime(o.production_date)
    if o.vendor_info is not None:
        d["vendorInfo"] = o.vendor_info
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_BatteryData(d: dict[str, Any]) -> BatteryData:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_BatteryData
    o = _new(BatteryData)
    s0(o, d["evseId"])
    s1(o, d["serialNumber"])
    s2(o, d["soC"])
    s3(o, d["soH"])
    s4(o, None if (v := g("productionDate")) is None else _parse_datetime(v))
    s5(o, g("vendorInfo"))
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.child_certificate_hash_data is not None:
        d["childCertificateHashData"] = [
            _to_wire_CertificateHashData(x) for x in o.child_certificate_hash_data
        ]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CertificateHashDataChain(d: dict[str, Any]) -> CertificateHashDataChain:
    g = d.get
    s0, s1, s2, s3 = _SET_CertificateHashDataChain
    o = _new(CertificateHashDataChain)
    s0(o, _from_wire_CertificateHashData(d["certificateHashData"]))
    s1(o, _E_GetCertificateIdUseEnum[d["certificateType"]])
    s2(
        o,
        (
            None
            if (v := g("childCertificateHashData")) is None
            else [_from_wire_CertificateHashData(x) for x in v]
        ),
    )
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CertificateStatus(o: CertificateStatus) -> dict[str, Any]:
    d: dict[str, Any] = {
        "certificateHashData": _to_wire_CertificateHashData(o.certificate_hash_data),
        "source": o.source._value_,
        "status": o.status._value_,
        "nextUpdate": _format_datetime(o.next_update),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CertificateStatus(d: dict[str, Any]) -> CertificateStatus:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_CertificateStatus
    o = _new(CertificateStatus)
    s0(o, _from_wire_CertificateHashData(d["certificateHashData"]))
    s1(o, _E_CertificateStatusSourceEnum[d["source"]])
    s2(o, _E_CertificateStatusEnum[d["status"]])
    s3(o, _parse_datetime(d["nextUpdate"]))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CertificateStatusRequestInfo(o: CertificateStatusRequestInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "certificateHashData": _to_wire_CertificateHashData(o.certificate_hash_data),
        "source": o.source._value_,
        "urls": list(o.urls),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CertificateStatusRequestInfo(d: dict[str, Any]) -> CertificateStatusRequestInfo:
    g = d.get
    s0, s1, s2, s3 = _SET_CertificateStatusRequestInfo
    o = _new(CertificateStatusRequestInfo)
    s0(o, _from_wire_CertificateHashData(d["certificateHashData"]))
    s1(o, _E_CertificateStatusSourceEnum[d["source"]])
    s2(o, list(d["urls"]))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChargingLimit(o: ChargingLimit) -> dict[str, Any]:
    d: dict[str, Any] = {"chargingLimitSource": o.charging_limit_source}
    if o.is_local_generation is not None:
        d["isLocalGeneration"] = o.is_local_generation
    if o.is_grid_critical is not None:
        d["isGridCritical"] = o.is_grid_critical
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChargingLimit(d: dict[str, Any]) -> ChargingLimit:
    g = d.get
    s0, s1, s2, s3 = _SET_ChargingLimit
    o = _new(ChargingLimit)
    s0(o, d["chargingLimitSource"])
    s1(o, g("isLocalGeneration"))
    s2(o, g("isGridCritical"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_DERChargingParameters(o: DERChargingParameters) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.ev_supported_der_control is not None:
        d["evSupportedDERControl"] = [x._value_ for x in o.ev_supported_der_control]
    if o.ev_over_excited_max_discharge_power is not None:
        d["evOverExcitedMaxDischargePower"] = o.ev_over_excited_max_discharge_power
    if o.ev_over_excited_power_factor is not None:
        d["evOverExcitedPowerFactor"] = o.ev_over_excited_power_factor
    if o.ev_under_excited_max_discharge_power is not None:
        d["evUnderExcitedMaxDischargePower"] = o.ev_under_excited_max_discharge_power
    if o.ev_under_excited_power_factor is not None:
        d["evUnderExcitedPowerFactor"] = o.ev_under_excited_power_factor
    if o.max_apparent_power is not None:
        d["maxApparentPower"] = o.max_apparent_power
    if o.max_charge_apparent_power is not None:
        d["maxChargeApparentPower"] = o.max_charge_apparent_power
    if o.max_charge_apparent_power_l2 is not None:
        d["maxChargeApparentPower_L2"] = o.max_charge_apparent_power_l2
    if o.max_charge_apparent_power_l3 is not None:
        d["maxChargeApparentPower_L3"] = o.max_charge_apparent_power_l3
    if o.max_discharge_apparent_power is not None:
        d["maxDischargeApparentPower"] = o.max_discharge_apparent_power
    if o.max_discharge_apparent_power_l2 is not None:
        d["maxDischargeApparentPower_L2"] = o.max_discharge_apparent_power_l2
    if o.max_discharge_apparent_power_l3 is not None:
        d["maxDischargeApparentPower_L3"] = o.max_discharge_apparent_power_l3
    if o.max_charge_reactive_power is not None:
        d["maxChargeReactivePower"] = o.max_charge_reactive_power
    if o.max_charge_reactive_power_l2 is not None:
        d["maxChargeReactivePower_L2"] = o.max_charge_reactive_power_l2
    if o.max_charge_reactive_power_l3 is not None:
        d["maxChargeReactivePower_L3"] = o.max_charge_reactive_power_l3
    if o.min_charge_reactive_power is not None:
        d["minChargeReactivePower"] = o.min_charge_reactive_power
    if o.min_charge_reactive_power_l2 is not None:
        d["minChargeReactivePower_L2"] = o.min_charge_reactive_power_l2
    if o.min_charge_reactive_power_l3 is not None:
        d["minChargeReactivePower_L3"] = o.min_charge_reactive_power_l3
    if o.max_discharge_reactive_power is not None:
        d["maxDischargeReactivePower"] = o.max_discharge_reactive_power
    if o.max_discharge_reactive_power_l2 is not None:
        d["maxDischargeReactivePower_L2"] = o.max_discharge_reactive_power_l2
    if o.max_discharge_reactive_power_l3 is not None:
        d["maxDischargeReactivePower_L3"] = o.max_discharge_reactive_power_l3
    if o.min_discharge_reactive_power is not None:
        d["minDischargeReactivePower"] = o.min_discharge_reactive_power
    if o.min_discharge_reactive_power_l2 is not None:
        d["minDischargeReactivePower_L2"] = o.min_discharge_reactive_power_l2
    if o.min_discharge_reactive_power_l3 is not None:
        d["minDischargeReactivePower_L3"] = o.min_discharge_reactive_power_l3
    if o.nominal_voltage is not None:
        d["nominalVoltage"] = o.nominal_voltage
    if o.nominal_voltage_offset is not None:
        d["nominalVoltageOffset"] = o.nominal_voltage_offset
    if o.max_nominal_voltage is not None:
        d["maxNominalVoltage"] = o.max_nominal_voltage
    if o.min_nominal_voltage is not None:
        d["minNominalVoltage"] = o.min_nominal_voltage
    if o.ev_inverter_manufacturer is not None:
        d["evInverterManufacturer"] = o.ev_inverter_manufacturer
    if o.ev_inverter_model is not None:
        d["evInverterModel"] = o.ev_inverter_model
    if o.ev_inverter_serial_number is not None:
        d["evInverterSerialNumber"] = o.ev_inverter_serial_number
    if o.ev_inverter_sw_version is not None:
        d["evInverterSwVersion"] = o.ev_inverter_sw_version
    if o.ev_inverter_hw_version is not None:
        d["evInverterHwVersion"] = o.ev_inverter_hw_version
    if o.ev_islanding_detection_method is not None:
        d["evIslandingDetectionMethod"] = [x._value_ for x in o.ev_islanding_detection_method]
    if o.ev_islanding_trip_time is not None:
        d["evIslandingTripTime"] = o.ev_islanding_trip_time
    if o.ev_maximum_level1_dc_injection is not None:
        d["evMaximumLevel1DCInjection"] = o.ev_maximum_level1_dc_injection
    if o.ev_duration_level1_dc_injection is not None:
        d["evDurationLevel1DCInjection"] = o.ev_duration_level1_dc_injection
    if o.ev_maximum_level2_dc_injection is not None:
        d["evMaximumLevel2DCInjection"] = o.ev_maximum_level2_dc_injection
    if o.ev_duration_level2_dc_injection is not None:
        d["evDurationLevel2DCInjection"] = o.ev_duration_level2_dc_injection
    if o.ev_reactive_susceptance is not None:
        d["evReactiveSusceptance"] = o.ev_reactive_susceptance
    if o.ev_session_total_discharge_energy_available is not None:
        d["evSessionTotalDischargeEnergyAvailable"] = o.ev_session_total_discharge_energy_available
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_DERChargingParameters(d: dict[str, Any]) -> DERChargingParameters:
    g = d.get
    (
        s0,
        s1,
        s2,
        s3,
        s4,
        s5,
        s6,
        s7,
        s8,
        s9,
        s10,
        s11,
        s12,
        s13,
        s14,
        s15,
        s16,
        s17,
        s18,
        s19,
        s20,
        s21,
        s22,
        s23,
        s24,
        s25,
        s26,
        s27,
        s28,
        s29,
        s30,
        s31,
        s32,
        s33,
        s34,
        s35,
        s36,
        s37,
        s38,
        s39,
        s40,
        s41,
    ) = _SET_DERChargingParameters
    o = _new(DERChargingParameters)
    s0(o, None if (v := g("evSupportedDERControl")) is None else [_E_DERControlEnum[x] for x in v])
    s1(o, g("evOverExcitedMaxDischargePower"))
    s2(o, g("evOverExcitedPowerFactor"))
    s3(o, g("evUnderExcitedMaxDischargePower"))
    s4(o, g("evUnderExcitedPowerFactor"))
    s5(o, g("maxApparentPower"))
    s6(o, g("maxChargeApparentPower"))
    s7(o, g("maxChargeApparentPower_L2"))
    s8(o, g("maxChargeApparentPower_L3"))
    s9(o, g("maxDischargeApparentPower"))
    s10(o, g("maxDischargeApparentPower_L2"))
    s11(o, g("maxDischargeApparentPower_L3"))
    s12(o, g("maxChargeReactivePower"))
    s13(o, g("maxChargeReactivePower_L2"))
    s14(o, g("maxChargeReactivePower_L3"))
    s15(o, g("minChargeReactivePower"))
    s16(o, g("minChargeReactivePower_L2"))
    s17(o, g("minChargeReactivePower_L3"))
    s18(o, g("maxDischargeReactivePower"))
    s19(o, g("maxDischargeReactivePower_L2"))
    s20(o, g("maxDischargeReactivePower_L3"))
    s21(o, g("minDischargeReactivePower"))
    s22(o, g("minDischargeReactivePower_L2"))
    s23(o, g("minDischargeReactivePower_L3"))
    s24(o, g("nominalVoltage"))
    s25(o, g("nominalVoltageOffset"))
    s26(o, g("maxNominalVoltage"))
    s27(o, g("minNominalVoltage"))
    s28(o, g("evInverterManufacturer"))
    s29(o, g("evInverterModel"))
    s30(o, g("evInverterSerialNumber"))
    s31(o, g("evInverterSwVersion"))
    s32(o, g("evInverterHwVersion"))
    s33(
        o,
        (
            None
            if (v := g("evIslandingDetectionMethod")) is None
            else [_E_IslandingDetectionEnum[x] for x in v]
        ),
    )
    s34(o, g("evIslandingTripTime"))
    s35(o, g("evMaximumLevel1DCInjection"))
    s36(o, g("evDurationLevel1DCInjection"))
    s37(o, g("evMaximumLevel2DCInjection"))
    s38(o, g("evDurationLevel2DCInjection"))
    s39(o, g("evReactiveSusceptance"))
    s40(o, g("evSessionTotalDischargeEnergyAvailable"))
    s41(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EVPriceRule(o: EVPriceRule) -> dict[str, Any]:
    d: dict[str, Any] = {"energyFee": o.energy_fee, "powerRangeStart": o.power_range_start}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EVPriceRule(d: dict[str, Any]) -> EVPriceRule:
    g = d.get
    s0, s1, s2 = _SET_EVPriceRule
    o = _new(EVPriceRule)
    s0(o, d["energyFee"])
    s1(o, d["powerRangeStart"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EVAbsolutePriceScheduleEntry(o: EVAbsolutePriceScheduleEntry) -> dict[str, Any]:
    d: dict[str, Any] = {
        "duration": o.duration,
        "evPriceRule": [_to_wire_EVPriceRule(x) for x in o.ev_price_rule],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EVAbsolutePriceScheduleEntry(d: dict[str, Any]) -> EVAbsolutePriceScheduleEntry:
    g = d.get
    s0, s1, s2 = _SET_EVAbsolutePriceScheduleEntry
    o = _new(EVAbsolutePriceScheduleEntry)
    s0(o, d["duration"])
    s1(o, [_from_wire_EVPriceRule(x) for x in d["evPriceRule"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EVAbsolutePriceSchedule(o: EVAbsolutePriceSchedule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "timeAnchor": _format_datetime(o.time_anchor),
        "currency": o.currency,
        "evAbsolutePriceScheduleEntries": [
            _to_wire_EVAbsolutePriceScheduleEntry(x) for x in o.ev_absolute_price_schedule_entries
        ],
        "priceAlgorithm": o.price_algorithm,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EVAbsolutePriceSchedule(d: dict[str, Any]) -> EVAbsolutePriceSchedule:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_EVAbsolutePriceSchedule
    o = _new(EVAbsolutePriceSchedule)
    s0(o, _parse_datetime(d["timeAnchor"]))
    s1(o, d["currency"])
    s2(o, [_from_wire_EVAbsolutePriceScheduleEntry(x) for x in d["evAbsolutePriceScheduleEntries"]])
    s3(o, d["priceAlgorithm"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EVPowerScheduleEntry(o: EVPowerScheduleEntry) -> dict[str, Any]:
    d: dict[str, Any] = {"duration": o.duration, "power": o.power}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EVPowerScheduleEntry(d: dict[str, Any]) -> EVPowerScheduleEntry:
    g = d.get
    s0, s1, s2 = _SET_EVPowerScheduleEntry
    o = _new(EVPowerScheduleEntry)
    s0(o, d["duration"])
    s1(o, d["power"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EVPowerSchedule(o: EVPowerSchedule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "evPowerScheduleEntries": [
            _to_wire_EVPowerScheduleEntry(x) for x in o.ev_power_schedule_entries
        ],
        "timeAnchor": _format_datetime(o.time_anchor),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EVPowerSchedule(d: dict[str, Any]) -> EVPowerSchedule:
    g = d.get
    s0, s1, s2 = _SET_EVPowerSchedule
    o = _new(EVPowerSchedule)
    s0(o, [_from_wire_EVPowerScheduleEntry(x) for x in d["evPowerScheduleEntries"]])
    s1(o, _parse_datetime(d["timeAnchor"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EVEnergyOffer(o: EVEnergyOffer) -> dict[str, Any]:
    d: dict[str, Any] = {"evPowerSchedule": _to_wire_EVPowerSchedule(o.ev_power_schedule)}
    if o.ev_absolute_price_schedule is not None:
        d["evAbsolutePriceSchedule"] = _to_wire_EVAbsolutePriceSchedule(
            o.ev_absolute_price_schedule
        )
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EVEnergyOffer(d: dict[str, Any]) -> EVEnergyOffer:
    g = d.get
    s0, s1, s2 = _SET_EVEnergyOffer
    o = _new(EVEnergyOffer)
    s0(o, _from_wire_EVPowerSchedule(d["evPowerSchedule"]))
    s1(
        o,
        (
            None
            if (v := g("evAbsolutePriceSchedule")) is None
            else _from_wire_EVAbsolutePriceSchedule(v)
        ),
    )
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_DCChargingParameters(o: DCChargingParameters) -> dict[str, Any]:
    d: dict[str, Any] = {"evMaxCurrent": o.ev_max_current, "evMaxVoltage": o.ev_max_voltage}
    if o.ev_max_power is not None:
        d["evMaxPower"] = o.ev_max_power
    if o.ev_energy_capacity is not None:
        d["evEnergyCapacity"] = o.ev_energy_capacity
    if o.energy_amount is not None:
        d["energyAmount"] = o.energy_amount
    if o.state_of_charge is not None:
        d["stateOfCharge"] = o.state_of_charge
    if o.full_soc is not None:
        d["fullSoC"] = o.full_soc
    if o.bulk_soc is not None:
        d["bulkSoC"] = o.bulk_soc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_DCChargingParameters(d: dict[str, Any]) -> DCChargingParameters:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_DCChargingParameters
    o = _new(DCChargingParameters)
    s0(o, d["evMaxCurrent"])
    s1(o, d["evMaxVoltage"])
    s2(o, g("evMaxPower"))
    s3(o, g("evEnergyCapacity"))
    s4(o, g("energyAmount"))
    s5(o, g("stateOfCharge"))
    s6(o, g("fullSoC"))
    s7(o, g("bulkSoC"))
    s8(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_V2XChargingParameters(o: V2XChargingParameters) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.min_charge_power is not None:
        d["minChargePower"] = o.min_charge_power
    if o.min_charge_power_l2 is not None:
        d["minChargePower_L2"] = o.min_charge_power_l2
    if o.min_charge_power_l3 is not None:
        d["minChargePower_L3"] = o.min_charge_power_l3
    if o.max_charge_power is not None:
        d["maxChargePower"] = o.max_charge_power
    if o.max_charge_power_l2 is not None:
        d["maxChargePower_L2"] = o.max_charge_power_l2
    if o.max_charge_power_l3 is not None:
        d["maxChargePower_L3"] = o.max_charge_power_l3
    if o.min_discharge_power is not None:
        d["minDischargePower"] = o.min_discharge_power
    if o.min_discharge_power_l2 is not None:
        d["minDischargePower_L2"] = o.min_discharge_power_l2
    if o.min_discharge_power_l3 is not None:
        d["minDischargePower_L3"] = o.min_discharge_power_l3
    if o.max_discharge_power is not None:
        d["maxDischargePower"] = o.max_discharge_power
    if o.max_discharge_power_l2 is not None:
        d["maxDischargePower_L2"] = o.max_discharge_power_l2
    if o.max_discharge_power_l3 is not None:
        d["maxDischargePower_L3"] = o.max_discharge_power_l3
    if o.min_charge_current is not None:
        d["minChargeCurrent"] = o.min_charge_current
    if o.max_charge_current is not None:
        d["maxChargeCurrent"] = o.max_charge_current
    if o.min_discharge_current is not None:
        d["minDischargeCurrent"] = o.min_discharge_current
    if o.max_discharge_current is not None:
        d["maxDischargeCurrent"] = o.max_discharge_current
    if o.min_voltage is not None:
        d["minVoltage"] = o.min_voltage
    if o.max_voltage is not None:
        d["maxVoltage"] = o.max_voltage
    if o.ev_target_energy_request is not None:
        d["evTargetEnergyRequest"] = o.ev_target_energy_request
    if o.ev_min_energy_request is not None:
        d["evMinEnergyRequest"] = o.ev_min_energy_request
    if o.ev_max_energy_request is not None:
        d["evMaxEnergyRequest"] = o.ev_max_energy_request
    if o.ev_min_v2x_energy_request is not None:
        d["evMinV2XEnergyRequest"] = o.ev_min_v2x_energy_request
    if o.ev_max_v2x_energy_request is not None:
        d["evMaxV2XEnergyRequest"] = o.ev_max_v2x_energy_request
    if o.target_soc is not None:
        d["targetSoC"] = o.target_soc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_V2XChargingParameters(d: dict[str, Any]) -> V2XChargingParameters:
    g = d.get
    (
        s0,
        s1,
        s2,
        s3,
        s4,
        s5,
        s6,
        s7,
        s8,
        s9,
        s10,
        s11,
        s12,
        s13,
        s14,
        s15,
        s16,
        s17,
        s18,
        s19,
        s20,
        s21,
        s22,
        s23,
        s24,
    ) = _SET_V2XChargingParameters
    o = _new(V2XChargingParameters)
    s0(o, g("minChargePower"))
    s1(o, g("minChargePower_L2"))
    s2(o, g("minChargePower_L3"))
    s3(o, g("maxChargePower"))
    s4(o, g("maxChargePower_L2"))
    s5(o, g("maxChargePower_L3"))
    s6(o, g("minDischargePower"))
    s7(o, g("minDischargePower_L2"))
    s8(o, g("minDischargePower_L3"))
    s9(o, g("maxDischargePower"))
    s10(o, g("maxDischargePower_L2"))
    s11(o, g("maxDischargePower_L3"))
    s12(o, g("minChargeCurrent"))
    s13(o, g("maxChargeCurrent"))
    s14(o, g("minDischargeCurrent"))
    s15(o, g("maxDischargeCurrent"))
    s16(o, g("minVoltage"))
    s17(o, g("maxVoltage"))
    s18(o, g("evTargetEnergyRequest"))
    s19(o, g("evMinEnergyRequest"))
    s20(o, g("evMaxEnergyRequest"))
    s21(o, g("evMinV2XEnergyRequest"))
    s22(o, g("evMaxV2XEnergyRequest"))
    s23(o, g("targetSoC"))
    s24(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChargingNeeds(o: ChargingNeeds) -> dict[str, Any]:
    d: dict[str, Any] = {"requestedEnergyTransfer": o.requested_energy_transfer._value_}
    if o.ac_charging_parameters is not None:
        d["acChargingParameters"] = _to_wire_ACChargingParameters(o.ac_charging_parameters)
    if o.der_charging_parameters is not None:
        d["derChargingParameters"] = _to_wire_DERChargingParameters(o.der_charging_parameters)
    if o.ev_energy_offer is not None:
        d["evEnergyOffer"] = _to_wire_EVEnergyOffer(o.ev_energy_offer)
    if o.dc_charging_parameters is not None:
        d["dcChargingParameters"] = _to_wire_DCChargingParameters(o.dc_charging_parameters)
    if o.v2x_charging_parameters is not None:
        d["v2xChargingParameters"] = _to_wire_V2XChargingParameters(o.v2x_charging_parameters)
    if o.available_energy_transfer is not None:
        d["availableEnergyTransfer"] = [x._value_ for x in o.available_energy_transfer]
    if o.control_mode is not None:
        d["controlMode"] = o.control_mode._value_
    if o.mobility_needs_mode is not None:
        d["mobilityNeedsMode"] = o.mobility_needs_mode._value_
    if o.departure_time is not None:
        d["departureTime"] = _format_datetime(o.departure_time)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChargingNeeds(d: dict[str, Any]) -> ChargingNeeds:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 = _SET_ChargingNeeds
    o = _new(ChargingNeeds)
    s0(o, _E_EnergyTransferModeEnum[d["requestedEnergyTransfer"]])
    s1(o, None if (v := g("acChargingParameters")) is None else _from_wire_ACChargingParameters(v))
    s2(
        o,
        None if (v := g("derChargingParameters")) is None else _from_wire_DERChargingParameters(v),
    )
    s3(o, None if (v := g("evEnergyOffer")) is None else _from_wire_EVEnergyOffer(v))
    s4(o, None if (v := g("dcChargingParameters")) is None else _from_wire_DCChargingParameters(v))
    s5(
        o,
        None if (v := g("v2xChargingParameters")) is None else _from_wire_V2XChargingParameters(v),
    )
    s6(
        o,
        (
            None
            if (v := g("availableEnergyTransfer")) is None
            else [_E_EnergyTransferModeEnum[x] for x in v]
        ),
    )
    s7(o, None if (v := g("controlMode")) is None else _E_ControlModeEnum[v])
    s8(o, None if (v := g("mobilityNeedsMode")) is None else _E_MobilityNeedsModeEnum[v])
    s9(o, None if (v := g("departureTime")) is None else _parse_datetime(v))
    s10(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CostDimension(o: CostDimension) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type_._value_, "volume": o.volume}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CostDimension(d: dict[str, Any]) -> CostDimension:
    g = d.get
    s0, s1, s2 = _SET_CostDimension
    o = _new(CostDimension)
    s0(o, _E_CostDimensionEnum[d["type"]])
    s1(o, d["volume"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChargingPeriod(o: ChargingPeriod) -> dict[str, Any]:
    d: dict[str, Any] = {"startPeriod": _format_datetime(o.start_period)}
    if o.dimensions is not None:
        d["dimensions"] = [_to_wire_CostDimension(x) for x in o.dimensions]
    if o.tariff_id is not None:
        d["tariffId"] = o.tariff_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChargingPeriod(d: dict[str, Any]) -> ChargingPeriod:
    g = d.get
    s0, s1, s2, s3 = _SET_ChargingPeriod
    o = _new(ChargingPeriod)
    s0(o, _parse_datetime(d["startPeriod"]))
    s1(o, None if (v := g("dimensions")) is None else [_from_wire_CostDimension(x) for x in v])
    s2(o, g("tariffId"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_LimitAtSoC(o: LimitAtSoC) -> dict[str, Any]:
    d: dict[str, Any] = {"soc": o.soc, "limit": o.limit}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_LimitAtSoC(d: dict[str, Any]) -> LimitAtSoC:
    g = d.get
    s0, s1, s2 = _SET_LimitAtSoC
    o = _new(LimitAtSoC)
    s0(o, d["soc"])
    s1(o, d["limit"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_V2XFreqWattPoint(o: V2XFreqWattPoint) -> dict[str, Any]:
    d: dict[str, Any] = {"frequency": o.frequency, "power": o.power}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_V2XFreqWattPoint(d: dict[str, Any]) -> V2XFreqWattPoint:
    g = d.get
    s0, s1, s2 = _SET_V2XFreqWattPoint
    o = _new(V2XFreqWattPoint)
    s0(o, d["frequency"])
    s1(o, d["power"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_V2XSignalWattPoint(o: V2XSignalWattPoint) -> dict[str, Any]:
    d: dict[str, Any] = {"signal": o.signal, "power": o.power}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_V2XSignalWattPoint(d: dict[str, Any]) -> V2XSignalWattPoint:
    g = d.get
    s0, s1, s2 = _SET_V2XSignalWattPoint
    o = _new(V2XSignalWattPoint)
    s0(o, d["signal"])
    s1(o, d["power"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChargingSchedulePeriod(o: ChargingSchedulePeriod) -> dict[str, Any]:
    d: dict[str, Any] = {"startPeriod": o.start_period}
    if o.limit is not None:
        d["limit"] = o.limit
    if o.limit_l2 is not None:
        d["limit_L2"] = o.limit_l2
    if o.limit_l3 is not None:
        d["limit_L3"] = o.limit_l3
    if o.number_phases is not None:
        d["numberPhases"] = o.number_phases
    if o.phase_to_use is not None:
        d["phaseToUse"] = o.phase_to_use
    if o.discharge_limit is not None:
        d["dischargeLimit"] = o.discharge_limit
    if o.discharge_limit_l2 is not None:
        d["dischargeLimit_L2"] = o.discharge_limit_l2
    if o.discharge_limit_l3 is not None:
        d["dischargeLimit_L3"] = o.discharge_limit_l3
    if o.setpoint is not None:
        d["setpoint"] = o.setpoint
    if o.setpoint_l2 is not None:
        d["setpoint_L2"] = o.setpoint_l2
    if o.setpoint_l3 is not None:
        d["setpoint_L3"] = o.setpoint_l3
    if o.setpoint_reactive is not None:
        d["setpointReactive"] = o.setpoint_reactive
    if o.setpoint_reactive_l2 is not None:
        d["setpointReactive_L2"] = o.setpoint_reactive_l2
    if o.setpoint_reactive_l3 is not None:
        d["setpointReactive_L3"] = o.setpoint_reactive_l3
    if o.preconditioning_request is not None:
        d["preconditioningRequest"] = o.preconditioning_request
    if o.evse_sleep is not None:
        d["evseSleep"] = o.evse_sleep
    if o.v2x_baseline is not None:
        d["v2xBaseline"] = o.v2x_baseline
    if o.operation_mode is not None:
        d["operationMode"] = o.operation_mode._value_
    if o.v2x_freq_watt_curve is not None:
        d["v2xFreqWattCurve"] = [_to_wire_V2XFreqWattPoint(x) for x in o.v2x_freq_watt_curve]
    if o.v2x_signal_watt_curve is not None:
        d["v2xSignalWattCurve"] = [_to_wire_V2XSignalWattPoint(x) for x in o.v2x_signal_watt_curve]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChargingSchedulePeriod(d: dict[str, Any]) -> ChargingSchedulePeriod:
    g = d.get
    (
        s0,
        s1,
        s2,
        s3,
        s4,
        s5,
        s6,
        s7,
        s8,
        s9,
        s10,
        s11,
        s12,
        s13,
        s14,
        s15,
        s16,
        s17,
        s18,
        s19,
        s20,
        s21,
    ) = _SET_ChargingSchedulePeriod
    o = _new(ChargingSchedulePeriod)
    s0(o, d["startPeriod"])
    s1(o, g("limit"))
    s2(o, g("limit_L2"))
    s3(o, g("limit_L3"))
    s4(o, g("numberPhases"))
    s5(o, g("phaseToUse"))
    s6(o, g("dischargeLimit"))
    s7(o, g("dischargeLimit_L2"))
    s8(o, g("dischargeLimit_L3"))
    s9(o, g("setpoint"))
    s10(o, g("setpoint_L2"))
    s11(o, g("setpoint_L3"))
    s12(o, g("setpointReactive"))
    s13(o, g("setpointReactive_L2"))
    s14(o, g("setpointReactive_L3"))
    s15(o, g("preconditioningRequest"))
    s16(o, g("evseSleep"))
    s17(o, g("v2xBaseline"))
    s18(o, None if (v := g("operationMode")) is None else _E_OperationModeEnum[v])
    s19(
        o,
        (
            None
            if (v := g("v2xFreqWattCurve")) is None
            else [_from_wire_V2XFreqWattPoint(x) for x in v]
        ),
    )
    s20(
        o,
        (
            None
            if (v := g("v2xSignalWattCurve")) is None
            else [_from_wire_V2XSignalWattPoint(x) for x in v]
        ),
    )
    s21(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_RelativeTimeInterval(o: RelativeTimeInterval) -> dict[str, Any]:
    d: dict[str, Any] = {"start": o.start}
    if o.duration is not None:
        d["duration"] = o.duration
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_RelativeTimeInterval(d: dict[str, Any]) -> RelativeTimeInterval:
    g = d.get
    s0, s1, s2 = _SET_RelativeTimeInterval
    o = _new(RelativeTimeInterval)
    s0(o, d["start"])
    s1(o, g("duration"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Cost(o: Cost) -> dict[str, Any]:
    d: dict[str, Any] = {"costKind": o.cost_kind._value_, "amount": o.amount}
    if o.amount_multiplier is not None:
        d["amountMultiplier"] = o.amount_multiplier
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Cost(d: dict[str, Any]) -> Cost:
    g = d.get
    s0, s1, s2, s3 = _SET_Cost
    o = _new(Cost)
    s0(o, _E_CostKindEnum[d["costKind"]])
    s1(o, d["amount"])
    s2(o, g("amountMultiplier"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.e_price_level is not None:
        d["ePriceLevel"] = o.e_price_level
    if o.consumption_cost is not None:
        d["consumptionCost"] = [_to_wire_ConsumptionCost(x) for x in o.consumption_cost]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SalesTariffEntry(d: dict[str, Any]) -> SalesTariffEntry:
    g = d.get
    s0, s1, s2, s3 = _SET_SalesTariffEntry
    o = _new(SalesTariffEntry)
    s0(o, _from_wire_RelativeTimeInterval(d["relativeTimeInterval"]))
    s1(o, g("ePriceLevel"))
    s2(
        o,
        None if (v := g("consumptionCost")) is None else [_from_wire_ConsumptionCost(x) for x in v],
    )
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SalesTariff(o: SalesTariff) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "salesTariffEntry": [_to_wire_SalesTariffEntry(x) for x in o.sales_tariff_entry],
    }
    if o.sales_tariff_description is not None:
        d["salesTariffDescription"] = o.sales_tariff_description
    if o.num_e_price_levels is not None:
        d["numEPriceLevels"] = o.num_e_price_levels
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SalesTariff(d: dict[str, Any]) -> SalesTariff:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_SalesTariff
    o = _new(SalesTariff)
    s0(o, d["id"])
    s1(o, [_from_wire_SalesTariffEntry(x) for x in d["salesTariffEntry"]])
    s2(o, g("salesTariffDescription"))
    s3(o, g("numEPriceLevels"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PriceLevelScheduleEntry(o: PriceLevelScheduleEntry) -> dict[str, Any]:
    d: dict[str, Any] = {"duration": o.duration, "priceLevel": o.price_level}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PriceLevelScheduleEntry(d: dict[str, Any]) -> PriceLevelScheduleEntry:
    g = d.get
    s0, s1, s2 = _SET_PriceLevelScheduleEntry
    o = _new(PriceLevelScheduleEntry)
    s0(o, d["duration"])
    s1(o, d["priceLevel"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PriceLevelSchedule(o: PriceLevelSchedule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "priceLevelScheduleEntries": [
            _to_wire_PriceLevelScheduleEntry(x) for x in o.price_level_schedule_entries
        ],
        "timeAnchor": _format_datetime(o.time_anchor),
        "priceScheduleId": o.price_schedule_id,
        "numberOfPriceLevels": o.number_of_price_levels,
    }
    if o.price_schedule_description is not None:
        d["priceScheduleDescription"] = o.price_schedule_description
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PriceLevelSchedule(d: dict[str, Any]) -> PriceLevelSchedule:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_PriceLevelSchedule
    o = _new(PriceLevelSchedule)
    s0(o, [_from_wire_PriceLevelScheduleEntry(x) for x in d["priceLevelScheduleEntries"]])
    s1(o, _parse_datetime(d["timeAnchor"]))
    s2(o, d["priceScheduleId"])
    s3(o, d["numberOfPriceLevels"])
    s4(o, g("priceScheduleDescription"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChargingSchedule(o: ChargingSchedule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "chargingRateUnit": o.charging_rate_unit._value_,
        "chargingSchedulePeriod": [
            _to_wire_ChargingSchedulePeriod(x) for x in o.charging_schedule_period
        ],
    }
    if o.limit_at_soc is not None:
        d["limitAtSoC"] = _to_wire_LimitAtSoC(o.limit_at_soc)
    if o.start_schedule is not None:
        d["startSchedule"] = _format_datetime(o.start_schedule)
    if o.duration is not None:
        d["duration"] = o.duration
    if o.min_charging_rate is not None:
        d["minChargingRate"] = o.min_charging_rate
    if o.power_tolerance is not None:
        d["powerTolerance"] = o.power_tolerance
    if o.signature_id is not None:
        d["signatureId"] = o.signature_id
    if o.digest_value is not None:
        d["digestValue"] = o.digest_value
    if o.use_local_time is not None:
        d["useLocalTime"] = o.use_local_time
    if o.randomized_delay is not None:
        d["randomizedDelay"] = o.randomized_delay
    if o.sales_tariff is not None:
        d["salesTariff"] = _to_wire_SalesTariff(o.sales_tariff)
    if o.absolute_price_schedule is not None:
        d["absolutePriceSchedule"] = _to_wire_AbsolutePriceSchedule(o.absolute_price_schedule)
    if o.price_level_schedule is not None:
        d["priceLevelSchedule"] = _to_wire_PriceLevelSchedule(o.price_level_schedule)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChargingSchedule(d: dict[str, Any]) -> ChargingSchedule:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15 = _SET_ChargingSchedule
    o = _new(ChargingSchedule)
    s0(o, d["id"])
    s1(o, _E_ChargingRateUnitEnum[d["chargingRateUnit"]])
    s2(o, [_from_wire_ChargingSchedulePeriod(x) for x in d["chargingSchedulePeriod"]])
    s3(o, None if (v := g("limitAtSoC")) is None else _from_wire_LimitAtSoC(v))
    s4(o, None if (v := g("startSchedule")) is None else _parse_datetime(v))
    s5(o, g("duration"))
    s6(o, g("minChargingRate"))
    s7(o, g("powerTolerance"))
    s8(o, g("signatureId"))
    s9(o, g("digestValue"))
    s10(o, g("useLocalTime"))
    s11(o, g("randomizedDelay"))
    s12(o, None if (v := g("salesTariff")) is None else _from_wire_SalesTariff(v))
    s13(
        o,
        None if (v := g("absolutePriceSchedule")) is None else _from_wire_AbsolutePriceSchedule(v),
    )
    s14(o, None if (v := g("priceLevelSchedule")) is None else _from_wire_PriceLevelSchedule(v))
    s15(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChargingProfile(o: ChargingProfile) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "stackLevel": o.stack_level,
        "chargingProfilePurpose": o.charging_profile_purpose._value_,
        "chargingProfileKind": o.charging_profile_kind._value_,
        "chargingSchedule": [_to_wire_ChargingSchedule(x) for x in o.charging_schedule],
    }
    if o.recurrency_kind is not None:
        d["recurrencyKind"] = o.recurrency_kind._value_
    if o.valid_from is not None:
        d["validFrom"] = _format_datetime(o.valid_from)
    if o.valid_to is not None:
        d["validTo"] = _format_datetime(o.valid_to)
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    if o.max_offline_duration is not None:
        d["maxOfflineDuration"] = o.max_offline_duration
    if o.invalid_after_offline_duration is not None:
        d["invalidAfterOfflineDuration"] = o.invalid_after_offline_duration
    if o.dyn_update_interval is not None:
        d["dynUpdateInterval"] = o.dyn_update_interval
    if o.dyn_update_time is not None:
        d["dynUpdateTime"] = _format_datetime(o.dyn_update_time)
    if o.price_schedule_signature is not None:
        d["priceScheduleSignature"] = o.price_schedule_signature
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChargingProfile(d: dict[str, Any]) -> ChargingProfile:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14 = _SET_ChargingProfile
    o = _new(ChargingProfile)
    s0(o, d["id"])
    s1(o, d["stackLevel"])
    s2(o, _E_ChargingProfilePurposeEnum[d["chargingProfilePurpose"]])
    s3(o, _E_ChargingProfileKindEnum[d["chargingProfileKind"]])
    s4(o, [_from_wire_ChargingSchedule(x) for x in d["chargingSchedule"]])
    s5(o, None if (v := g("recurrencyKind")) is None else _E_RecurrencyKindEnum[v])
    s6(o, None if (v := g("validFrom")) is None else _parse_datetime(v))
    s7(o, None if (v := g("validTo")) is None else _parse_datetime(v))
    s8(o, g("transactionId"))
    s9(o, g("maxOfflineDuration"))
    s10(o, g("invalidAfterOfflineDuration"))
    s11(o, g("dynUpdateInterval"))
    s12(o, None if (v := g("dynUpdateTime")) is None else _parse_datetime(v))
    s13(o, g("priceScheduleSignature"))
    s14(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChargingProfileCriterion(o: ChargingProfileCriterion) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.charging_profile_purpose is not None:
        d["chargingProfilePurpose"] = o.charging_profile_purpose._value_
    if o.stack_level is not None:
        d["stackLevel"] = o.stack_level
    if o.charging_profile_id is not None:
        d["chargingProfileId"] = list(o.charging_profile_id)
    if o.charging_limit_source is not None:
        d["chargingLimitSource"] = list(o.charging_limit_source)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChargingProfileCriterion(d: dict[str, Any]) -> ChargingProfileCriterion:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_ChargingProfileCriterion
    o = _new(ChargingProfileCriterion)
    s0(o, None if (v := g("chargingProfilePurpose")) is None else _E_ChargingProfilePurposeEnum[v])
    s1(o, g("stackLevel"))
    s2(o, None if (v := g("chargingProfileId")) is None else list(v))
    s3(o, None if (v := g("chargingLimitSource")) is None else list(v))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChargingScheduleUpdate(o: ChargingScheduleUpdate) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.limit is not None:
        d["limit"] = o.limit
    if o.limit_l2 is not None:
        d["limit_L2"] = o.limit_l2
    if o.limit_l3 is not None:
        d["limit_L3"] = o.limit_l3
    if o.discharge_limit is not None:
        d["dischargeLimit"] = o.discharge_limit
    if o.discharge_limit_l2 is not None:
        d["dischargeLimit_L2"] = o.discharge_limit_l2
    if o.discharge_limit_l3 is not None:
        d["dischargeLimit_L3"] = o.discharge_limit_l3
    if o.setpoint is not None:
        d["setpoint"] = o.setpoint
    if o.setpoint_l2 is not None:
        d["setpoint_L2"] = o.setpoint_l2
    if o.setpoint_l3 is not None:
        d["setpoint_L3"] = o.setpoint_l3
    if o.setpoint_reactive is not None:
        d["setpointReactive"] = o.setpoint_reactive
    if o.setpoint_reactive_l2 is not None:
        d["setpointReactive_L2"] = o.setpoint_reactive_l2
    if o.setpoint_reactive_l3 is not None:
        d["setpointReactive_L3"] = o.setpoint_reactive_l3
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChargingScheduleUpdate(d: dict[str, Any]) -> ChargingScheduleUpdate:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12 = _SET_ChargingScheduleUpdate
    o = _new(ChargingScheduleUpdate)
    s0(o, g("limit"))
    s1(o, g("limit_L2"))
    s2(o, g("limit_L3"))
    s3(o, g("dischargeLimit"))
    s4(o, g("dischargeLimit_L2"))
    s5(o, g("dischargeLimit_L3"))
    s6(o, g("setpoint"))
    s7(o, g("setpoint_L2"))
    s8(o, g("setpoint_L3"))
    s9(o, g("setpointReactive"))
    s10(o, g("setpointReactive_L2"))
    s11(o, g("setpointReactive_L3"))
    s12(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Modem(o: Modem) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.iccid is not None:
        d["iccid"] = o.iccid
    if o.imsi is not None:
        d["imsi"] = o.imsi
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Modem(d: dict[str, Any]) -> Modem:
    g = d.get
    s0, s1, s2 = _SET_Modem
    o = _new(Modem)
    s0(o, g("iccid"))
    s1(o, g("imsi"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChargingStation(o: ChargingStation) -> dict[str, Any]:
    d: dict[str, Any] = {"model": o.model, "vendorName": o.vendor_name}
    if o.serial_number is not None:
        d["serialNumber"] = o.serial_number
    if o.modem is not None:
        d["modem"] = _to_wire_Modem(o.modem)
    if o.firmware_version is not None:
        d["firmwareVersion"] = o.firmware_version
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChargingStation(d: dict[str, Any]) -> ChargingStation:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_ChargingStation
    o = _new(ChargingStation)
    s0(o, d["model"])
    s1(o, d["vendorName"])
    s2(o, g("serialNumber"))
    s3(o, None if (v := g("modem")) is None else _from_wire_Modem(v))
    s4(o, g("firmwareVersion"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearChargingProfile(o: ClearChargingProfile) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.charging_profile_purpose is not None:
        d["chargingProfilePurpose"] = o.charging_profile_purpose._value_
    if o.stack_level is not None:
        d["stackLevel"] = o.stack_level
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearChargingProfile(d: dict[str, Any]) -> ClearChargingProfile:
    g = d.get
    s0, s1, s2, s3 = _SET_ClearChargingProfile
    o = _new(ClearChargingProfile)
    s0(o, g("evseId"))
    s1(o, None if (v := g("chargingProfilePurpose")) is None else _E_ChargingProfilePurposeEnum[v])
    s2(o, g("stackLevel"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_StatusInfo(o: StatusInfo) -> dict[str, Any]:
    d: dict[str, Any] = {"reasonCode": o.reason_code}
    if o.additional_info is not None:
        d["additionalInfo"] = o.additional_info
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_StatusInfo(d: dict[str, Any]) -> StatusInfo:
    g = d.get
    s0, s1, s2 = _SET_StatusInfo
    o = _new(StatusInfo)
    s0(o, d["reasonCode"])
    s1(o, g("additionalInfo"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearMonitoringResult(o: ClearMonitoringResult) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_, "id": o.id_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearMonitoringResult(d: dict[str, Any]) -> ClearMonitoringResult:
    g = d.get
    s0, s1, s2, s3 = _SET_ClearMonitoringResult
    o = _new(ClearMonitoringResult)
    s0(o, _E_ClearMonitoringStatusEnum[d["status"]])
    s1(o, d["id"])
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearTariffsResult(o: ClearTariffsResult) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.tariff_id is not None:
        d["tariffId"] = o.tariff_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearTariffsResult(d: dict[str, Any]) -> ClearTariffsResult:
    g = d.get
    s0, s1, s2, s3 = _SET_ClearTariffsResult
    o = _new(ClearTariffsResult)
    s0(o, _E_TariffClearStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, g("tariffId"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EVSE(o: EVSE) -> dict[str, Any]:
    d: dict[str, Any] = {"id": o.id_}
    if o.connector_id is not None:
        d["connectorId"] = o.connector_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EVSE(d: dict[str, Any]) -> EVSE:
    g = d.get
    s0, s1, s2 = _SET_EVSE
    o = _new(EVSE)
    s0(o, d["id"])
    s1(o, g("connectorId"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Component(o: Component) -> dict[str, Any]:
    d: dict[str, Any] = {"name": o.name}
    if o.evse is not None:
        d["evse"] = _to_wire_EVSE(o.evse)
    if o.instance is not None:
        d["instance"] = o.instance
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Component(d: dict[str, Any]) -> Component:
    g = d.get
    s0, s1, s2, s3 = _SET_Component
    o = _new(Component)
    s0(o, d["name"])
    s1(o, None if (v := g("evse")) is None else _from_wire_EVSE(v))
    s2(o, g("instance"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Variable(o: Variable) -> dict[str, Any]:
    d: dict[str, Any] = {"name": o.name}
    if o.instance is not None:
        d["instance"] = o.instance
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Variable(d: dict[str, Any]) -> Variable:
    g = d.get
    s0, s1, s2 = _SET_Variable
    o = _new(Variable)
    s0(o, d["name"])
    s1(o, g("instance"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ComponentVariable(o: ComponentVariable) -> dict[str, Any]:
    d: dict[str, Any] = {"component": _to_wire_Component(o.component)}
    if o.variable is not None:
        d["variable"] = _to_wire_Variable(o.variable)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ComponentVariable(d: dict[str, Any]) -> ComponentVariable:
    g = d.get
    s0, s1, s2 = _SET_ComponentVariable
    o = _new(ComponentVariable)
    s0(o, _from_wire_Component(d["component"]))
    s1(o, None if (v := g("variable")) is None else _from_wire_Variable(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CompositeSchedule(o: CompositeSchedule) -> dict[str, Any]:
    d: dict[str, Any] = {
        "evseId": o.evse_id,
        "duration": o.duration,
        "scheduleStart": _format_datetime(o.schedule_start),
        "chargingRateUnit": o.charging_rate_unit._value_,
        "chargingSchedulePeriod": [
            _to_wire_ChargingSchedulePeriod(x) for x in o.charging_schedule_period
        ],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CompositeSchedule(d: dict[str, Any]) -> CompositeSchedule:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_CompositeSchedule
    o = _new(CompositeSchedule)
    s0(o, d["evseId"])
    s1(o, d["duration"])
    s2(o, _parse_datetime(d["scheduleStart"]))
    s3(o, _E_ChargingRateUnitEnum[d["chargingRateUnit"]])
    s4(o, [_from_wire_ChargingSchedulePeriod(x) for x in d["chargingSchedulePeriod"]])
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PeriodicEventStreamParams(o: PeriodicEventStreamParams) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.interval is not None:
        d["interval"] = o.interval
    if o.values is not None:
        d["values"] = o.values
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PeriodicEventStreamParams(d: dict[str, Any]) -> PeriodicEventStreamParams:
    g = d.get
    s0, s1, s2 = _SET_PeriodicEventStreamParams
    o = _new(PeriodicEventStreamParams)
    s0(o, g("interval"))
    s1(o, g("values"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ConstantStreamData(o: ConstantStreamData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "params": _to_wire_PeriodicEventStreamParams(o.params),
        "variableMonitoringId": o.variable_monitoring_id,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ConstantStreamData(d: dict[str, Any]) -> ConstantStreamData:
    g = d.get
    s0, s1, s2, s3 = _SET_ConstantStreamData
    o = _new(ConstantStreamData)
    s0(o, d["id"])
    s1(o, _from_wire_PeriodicEventStreamParams(d["params"]))
    s2(o, d["variableMonitoringId"])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TaxRate(o: TaxRate) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type_, "tax": o.tax}
    if o.stack is not None:
        d["stack"] = o.stack
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TaxRate(d: dict[str, Any]) -> TaxRate:
    g = d.get
    s0, s1, s2, s3 = _SET_TaxRate
    o = _new(TaxRate)
    s0(o, d["type"])
    s1(o, d["tax"])
    s2(o, g("stack"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Price(o: Price) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.excl_tax is not None:
        d["exclTax"] = o.excl_tax
    if o.incl_tax is not None:
        d["inclTax"] = o.incl_tax
    if o.tax_rates is not None:
        d["taxRates"] = [_to_wire_TaxRate(x) for x in o.tax_rates]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Price(d: dict[str, Any]) -> Price:
    g = d.get
    s0, s1, s2, s3 = _SET_Price
    o = _new(Price)
    s0(o, g("exclTax"))
    s1(o, g("inclTax"))
    s2(o, None if (v := g("taxRates")) is None else [_from_wire_TaxRate(x) for x in v])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TotalPrice(o: TotalPrice) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.excl_tax is not None:
        d["exclTax"] = o.excl_tax
    if o.incl_tax is not None:
        d["inclTax"] = o.incl_tax
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TotalPrice(d: dict[str, Any]) -> TotalPrice:
    g = d.get
    s0, s1, s2 = _SET_TotalPrice
    o = _new(TotalPrice)
    s0(o, g("exclTax"))
    s1(o, g("inclTax"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TotalCost(o: TotalCost) -> dict[str, Any]:
    d: dict[str, Any] = {
        "currency": o.currency,
        "typeOfCost": o.type_of_cost._value_,
        "total": _to_wire_TotalPrice(o.total),
    }
    if o.fixed is not None:
        d["fixed"] = _to_wire_Price(o.fixed)
    if o.energy is not None:
        d["energy"] = _to_wire_Price(o.energy)
    if o.charging_time is not None:
        d["chargingTime"] = _to_wire_Price(o.charging_time)
    if o.idle_time is not None:
        d["idleTime"] = _to_wire_Price(o.idle_time)
    if o.reservation_time is not None:
        d["reservationTime"] = _to_wire_Price(o.reservation_time)
    if o.reservation_fixed is not None:
        d["reservationFixed"] = _to_wire_Price(o.reservation_fixed)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TotalCost(d: dict[str, Any]) -> TotalCost:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = _SET_TotalCost
    o = _new(TotalCost)
    s0(o, d["currency"])
    s1(o, _E_TariffCostEnum[d["typeOfCost"]])
    s2(o, _from_wire_TotalPrice(d["total"]))
    s3(o, None if (v := g("fixed")) is None else _from_wire_Price(v))
    s4(o, None if (v := g("energy")) is None else _from_wire_Price(v))
    s5(o, None if (v := g("chargingTime")) is None else _from_wire_Price(v))
    s6(o, None if (v := g("idleTime")) is None else _from_wire_Price(v))
    s7(o, None if (v := g("reservationTime")) is None else _from_wire_Price(v))
    s8(o, None if (v := g("reservationFixed")) is None else _from_wire_Price(v))
    s9(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TotalUsage(o: TotalUsage) -> dict[str, Any]:
    d: dict[str, Any] = {
        "energy": o.energy,
        "chargingTime": o.charging_time,
        "idleTime": o.idle_time,
    }
    if o.reservation_time is not None:
        d["reservationTime"] = o.reservation_time
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TotalUsage(d: dict[str, Any]) -> TotalUsage:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_TotalUsage
    o = _new(TotalUsage)
    s0(o, d["energy"])
    s1(o, d["chargingTime"])
    s2(o, d["idleTime"])
    s3(o, g("reservationTime"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CostDetails(o: CostDetails) -> dict[str, Any]:
    d: dict[str, Any] = {
        "totalCost": _to_wire_TotalCost(o.total_cost),
        "totalUsage": _to_wire_TotalUsage(o.total_usage),
    }
    if o.charging_periods is not None:
        d["chargingPeriods"] = [_to_wire_ChargingPeriod(x) for x in o.charging_periods]
    if o.failure_to_calculate is not None:
        d["failureToCalculate"] = o.failure_to_calculate
    if o.failure_reason is not None:
        d["failureReason"] = o.failure_reason
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CostDetails(d: dict[str, Any]) -> CostDetails:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_CostDetails
    o = _new(CostDetails)
    s0(o, _from_wire_TotalCost(d["totalCost"]))
    s1(o, _from_wire_TotalUsage(d["totalUsage"]))
    s2(
        o,
        None if (v := g("chargingPeriods")) is None else [_from_wire_ChargingPeriod(x) for x in v],
    )
    s3(o, g("failureToCalculate"))
    s4(o, g("failureReason"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_DERCurvePoints(o: DERCurvePoints) -> dict[str, Any]:
    d: dict[str, Any] = {"x": o.x, "y": o.y}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_DERCurvePoints(d: dict[str, Any]) -> DERCurvePoints:
    g = d.get
    s0, s1, s2 = _SET_DERCurvePoints
    o = _new(DERCurvePoints)
    s0(o, d["x"])
    s1(o, d["y"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Hysteresis(o: Hysteresis) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.hysteresis_high is not None:
        d["hysteresisHigh"] = o.hysteresis_high
    if o.hysteresis_low is not None:
        d["hysteresisLow"] = o.hysteresis_low
    if o.hysteresis_delay is not None:
        d["hysteresisDelay"] = o.hysteresis_delay
    if o.hysteresis_gradient is not None:
        d["hysteresisGradient"] = o.hysteresis_gradient
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Hysteresis(d: dict[str, Any]) -> Hysteresis:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_Hysteresis
    o = _new(Hysteresis)
    s0(o, g("hysteresisHigh"))
    s1(o, g("hysteresisLow"))
    s2(o, g("hysteresisDelay"))
    s3(o, g("hysteresisGradient"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ReactivePowerParams(o: ReactivePowerParams) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.v_ref is not None:
        d["vRef"] = o.v_ref
    if o.autonomous_v_ref_enable is not None:
        d["autonomousVRefEnable"] = o.autonomous_v_ref_enable
    if o.autonomous_v_ref_time_constant is not None:
        d["autonomousVRefTimeConstant"] = o.autonomous_v_ref_time_constant
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReactivePowerParams(d: dict[str, Any]) -> ReactivePowerParams:
    g = d.get
    s0, s1, s2, s3 = _SET_ReactivePowerParams
    o = _new(ReactivePowerParams)
    s0(o, g("vRef"))
    s1(o, g("autonomousVRefEnable"))
    s2(o, g("autonomousVRefTimeConstant"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_VoltageParams(o: VoltageParams) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.hv10_min_mean_value is not None:
        d["hv10MinMeanValue"] = o.hv10_min_mean_value
    if o.hv10_min_mean_trip_delay is not None:
        d["hv10MinMeanTripDelay"] = o.hv10_min_mean_trip_delay
    if o.power_during_cessation is not None:
        d["powerDuringCessation"] = o.power_during_cessation._value_
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_VoltageParams(d: dict[str, Any]) -> VoltageParams:
    g = d.get
    s0, s1, s2, s3 = _SET_VoltageParams
    o = _new(VoltageParams)
    s0(o, g("hv10MinMeanValue"))
    s1(o, g("hv10MinMeanTripDelay"))
    s2(o, None if (v := g("powerDuringCessation")) is None else _E_PowerDuringCessationEnum[v])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_DERCurve(o: DERCurve) -> dict[str, Any]:
    d: dict[str, Any] = {
        "curveData": [_to_wire_DERCurvePoints(x) for x in o.curve_data],
        "priority": o.priority,
        "yUnit": o.y_unit._value_,
    }
    if o.hysteresis is not None:
        d["hysteresis"] = _to_wire_Hysteresis(o.hysteresis)
    if o.reactive_power_params is not None:
        d["reactivePowerParams"] = _to_wire_ReactivePowerParams(o.reactive_power_params)
    if o.voltage_params is not None:
        d["voltageParams"] = _to_wire_VoltageParams(o.voltage_params)
    if o.response_time is not None:
        d["responseTime"] = o.response_time
    if o.start_time is not None:
        d["startTime"] = _format_datetime(o.start_time)
    if o.duration is not None:
        d["duration"] = o.duration
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_DERCurve(d: dict[str, Any]) -> DERCurve:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = _SET_DERCurve
    o = _new(DERCurve)
    s0(o, [_from_wire_DERCurvePoints(x) for x in d["curveData"]])
    s1(o, d["priority"])
    s2(o, _E_DERUnitEnum[d["yUnit"]])
    s3(o, None if (v := g("hysteresis")) is None else _from_wire_Hysteresis(v))
    s4(o, None if (v := g("reactivePowerParams")) is None else _from_wire_ReactivePowerParams(v))
    s5(o, None if (v := g("voltageParams")) is None else _from_wire_VoltageParams(v))
    s6(o, g("responseTime"))
    s7(o, None if (v := g("startTime")) is None else _parse_datetime(v))
    s8(o, g("duration"))
    s9(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_DERCurveGet(o: DERCurveGet) -> dict[str, Any]:
    d: dict[str, Any] = {
        "curve": _to_wire_DERCurve(o.curve),
        "id": o.id_,
        "curveType": o.curve_type._value_,
        "isDefault": o.is_default,
        "isSuperseded": o.is_superseded,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_DERCurveGet(d: dict[str, Any]) -> DERCurveGet:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_DERCurveGet
    o = _new(DERCurveGet)
    s0(o, _from_wire_DERCurve(d["curve"]))
    s1(o, d["id"])
    s2(o, _E_DERControlEnum[d["curveType"]])
    s3(o, d["isDefault"])
    s4(o, d["isSuperseded"])
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EnterService(o: EnterService) -> dict[str, Any]:
    d: dict[str, Any] = {
        "priority": o.priority,
        "highVoltage": o.high_voltage,
        "lowVoltage": o.low_voltage,
        "highFreq": o.high_freq,
        "lowFreq": o.low_freq,
    }
    if o.delay is not None:
        d["delay"] = o.delay
    if o.random_delay is not None:
        d["randomDelay"] = o.random_delay
    if o.ramp_rate is not None:
        d["rampRate"] = o.ramp_rate
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EnterService(d: dict[str, Any]) -> EnterService:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_EnterService
    o = _new(EnterService)
    s0(o, d["priority"])
    s1(o, d["highVoltage"])
    s2(o, d["lowVoltage"])
    s3(o, d["highFreq"])
    s4(o, d["lowFreq"])
    s5(o, g("delay"))
    s6(o, g("randomDelay"))
    s7(o, g("rampRate"))
    s8(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_EnterServiceGet(o: EnterServiceGet) -> dict[str, Any]:
    d: dict[str, Any] = {"enterService": _to_wire_EnterService(o.enter_service), "id": o.id_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EnterServiceGet(d: dict[str, Any]) -> EnterServiceGet:
    g = d.get
    s0, s1, s2 = _SET_EnterServiceGet
    o = _new(EnterServiceGet)
    s0(o, _from_wire_EnterService(d["enterService"]))
    s1(o, d["id"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.severity is not None:
        d["severity"] = o.severity
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_EventData(d: dict[str, Any]) -> EventData:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14 = _SET_EventData
    o = _new(EventData)
    s0(o, d["eventId"])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, _E_EventTriggerEnum[d["trigger"]])
    s3(o, d["actualValue"])
    s4(o, _from_wire_Component(d["component"]))
    s5(o, _E_EventNotificationEnum[d["eventNotificationType"]])
    s6(o, _from_wire_Variable(d["variable"]))
    s7(o, g("cause"))
    s8(o, g("techCode"))
    s9(o, g("techInfo"))
    s10(o, g("cleared"))
    s11(o, g("transactionId"))
    s12(o, g("variableMonitoringId"))
    s13(o, g("severity"))
    s14(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Firmware(o: Firmware) -> dict[str, Any]:
    d: dict[str, Any] = {
        "location": o.location,
        "retrieveDateTime": _format_datetime(o.retrieve_date_time),
    }
    if o.install_date_time is not None:
        d["installDateTime"] = _format_datetime(o.install_date_time)
    if o.signing_certificate is not None:
        d["signingCertificate"] = o.signing_certificate
    if o.signature is not None:
        d["signature"] = o.signature
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Firmware(d: dict[str, Any]) -> Firmware:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_Firmware
    o = _new(Firmware)
    s0(o, d["location"])
    s1(o, _parse_datetime(d["retrieveDateTime"]))
    s2(o, None if (v := g("installDateTime")) is None else _parse_datetime(v))
    s3(o, g("signingCertificate"))
    s4(o, g("signature"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_FixedPF(o: FixedPF) -> dict[str, Any]:
    d: dict[str, Any] = {
        "priority": o.priority,
        "displacement": o.displacement,
        "excitation": o.excitation,
    }
    if o.start_time is not None:
        d["startTime"] = _format_datetime(o.start_time)
    if o.duration is not None:
        d["duration"] = o.duration
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_FixedPF(d: dict[str, Any]) -> FixedPF:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_FixedPF
    o = _new(FixedPF)
    s0(o, d["priority"])
    s1(o, d["displacement"])
    s2(o, d["excitation"])
    s3(o, None if (v := g("startTime")) is None else _parse_datetime(v))
    s4(o, g("duration"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_FixedPFGet(o: FixedPFGet) -> dict[str, Any]:
    d: dict[str, Any] = {
        "fixedPF": _to_wire_FixedPF(o.fixed_pf),
        "id": o.id_,
        "isDefault": o.is_default,
        "isSuperseded": o.is_superseded,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_FixedPFGet(d: dict[str, Any]) -> FixedPFGet:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_FixedPFGet
    o = _new(FixedPFGet)
    s0(o, _from_wire_FixedPF(d["fixedPF"]))
    s1(o, d["id"])
    s2(o, d["isDefault"])
    s3(o, d["isSuperseded"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_FixedVar(o: FixedVar) -> dict[str, Any]:
    d: dict[str, Any] = {"priority": o.priority, "setpoint": o.setpoint, "unit": o.unit._value_}
    if o.start_time is not None:
        d["startTime"] = _format_datetime(o.start_time)
    if o.duration is not None:
        d["duration"] = o.duration
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_FixedVar(d: dict[str, Any]) -> FixedVar:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_FixedVar
    o = _new(FixedVar)
    s0(o, d["priority"])
    s1(o, d["setpoint"])
    s2(o, _E_DERUnitEnum[d["unit"]])
    s3(o, None if (v := g("startTime")) is None else _parse_datetime(v))
    s4(o, g("duration"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_FixedVarGet(o: FixedVarGet) -> dict[str, Any]:
    d: dict[str, Any] = {
        "fixedVar": _to_wire_FixedVar(o.fixed_var),
        "id": o.id_,
        "isDefault": o.is_default,
        "isSuperseded": o.is_superseded,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_FixedVarGet(d: dict[str, Any]) -> FixedVarGet:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_FixedVarGet
    o = _new(FixedVarGet)
    s0(o, _from_wire_FixedVar(d["fixedVar"]))
    s1(o, d["id"])
    s2(o, d["isDefault"])
    s3(o, d["isSuperseded"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_FreqDroop(o: FreqDroop) -> dict[str, Any]:
    d: dict[str, Any] = {
        "priority": o.priority,
        "overFreq": o.over_freq,
        "underFreq": o.under_freq,
        "overDroop": o.over_droop,
        "underDroop": o.under_droop,
        "responseTime": o.response_time,
    }
    if o.start_time is not None:
        d["startTime"] = _format_datetime(o.start_time)
    if o.duration is not None:
        d["duration"] = o.duration
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_FreqDroop(d: dict[str, Any]) -> FreqDroop:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_FreqDroop
    o = _new(FreqDroop)
    s0(o, d["priority"])
    s1(o, d["overFreq"])
    s2(o, d["underFreq"])
    s3(o, d["overDroop"])
    s4(o, d["underDroop"])
    s5(o, d["responseTime"])
    s6(o, None if (v := g("startTime")) is None else _parse_datetime(v))
    s7(o, g("duration"))
    s8(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_FreqDroopGet(o: FreqDroopGet) -> dict[str, Any]:
    d: dict[str, Any] = {
        "freqDroop": _to_wire_FreqDroop(o.freq_droop),
        "id": o.id_,
        "isDefault": o.is_default,
        "isSuperseded": o.is_superseded,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_FreqDroopGet(d: dict[str, Any]) -> FreqDroopGet:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_FreqDroopGet
    o = _new(FreqDroopGet)
    s0(o, _from_wire_FreqDroop(d["freqDroop"]))
    s1(o, d["id"])
    s2(o, d["isDefault"])
    s3(o, d["isSuperseded"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetVariableData(o: GetVariableData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.attribute_type is not None:
        d["attributeType"] = o.attribute_type._value_
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetVariableData(d: dict[str, Any]) -> GetVariableData:
    g = d.get
    s0, s1, s2, s3 = _SET_GetVariableData
    o = _new(GetVariableData)
    s0(o, _from_wire_Component(d["component"]))
    s1(o, _from_wire_Variable(d["variable"]))
    s2(o, None if (v := g("attributeType")) is None else _E_AttributeEnum[v])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetVariableResult(o: GetVariableResult) -> dict[str, Any]:
    d: dict[str, Any] = {
        "attributeStatus": o.attribute_status._value_,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.attribute_status_info is not None:
        d["attributeStatusInfo"] = _to_wire_StatusInfo(o.attribute_status_info)
    if o.attribute_type is not None:
        d["attributeType"] = o.attribute_type._value_
    if o.attribute_value is not None:
        d["attributeValue"] = o.attribute_value
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetVariableResult(d: dict[str, Any]) -> GetVariableResult:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_GetVariableResult
    o = _new(GetVariableResult)
    s0(o, _E_GetVariableStatusEnum[d["attributeStatus"]])
    s1(o, _from_wire_Component(d["component"]))
    s2(o, _from_wire_Variable(d["variable"]))
    s3(o, None if (v := g("attributeStatusInfo")) is None else _from_wire_StatusInfo(v))
    s4(o, None if (v := g("attributeType")) is None else _E_AttributeEnum[v])
    s5(o, g("attributeValue"))
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Gradient(o: Gradient) -> dict[str, Any]:
    d: dict[str, Any] = {
        "priority": o.priority,
        "gradient": o.gradient,
        "softGradient": o.soft_gradient,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Gradient(d: dict[str, Any]) -> Gradient:
    g = d.get
    s0, s1, s2, s3 = _SET_Gradient
    o = _new(Gradient)
    s0(o, d["priority"])
    s1(o, d["gradient"])
    s2(o, d["softGradient"])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GradientGet(o: GradientGet) -> dict[str, Any]:
    d: dict[str, Any] = {"gradient": _to_wire_Gradient(o.gradient), "id": o.id_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GradientGet(d: dict[str, Any]) -> GradientGet:
    g = d.get
    s0, s1, s2 = _SET_GradientGet
    o = _new(GradientGet)
    s0(o, _from_wire_Gradient(d["gradient"]))
    s1(o, d["id"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_LimitMaxDischarge(o: LimitMaxDischarge) -> dict[str, Any]:
    d: dict[str, Any] = {"priority": o.priority}
    if o.pct_max_discharge_power is not None:
        d["pctMaxDischargePower"] = o.pct_max_discharge_power
    if o.power_monitoring_must_trip is not None:
        d["powerMonitoringMustTrip"] = _to_wire_DERCurve(o.power_monitoring_must_trip)
    if o.start_time is not None:
        d["startTime"] = _format_datetime(o.start_time)
    if o.duration is not None:
        d["duration"] = o.duration
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_LimitMaxDischarge(d: dict[str, Any]) -> LimitMaxDischarge:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_LimitMaxDischarge
    o = _new(LimitMaxDischarge)
    s0(o, d["priority"])
    s1(o, g("pctMaxDischargePower"))
    s2(o, None if (v := g("powerMonitoringMustTrip")) is None else _from_wire_DERCurve(v))
    s3(o, None if (v := g("startTime")) is None else _parse_datetime(v))
    s4(o, g("duration"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_LimitMaxDischargeGet(o: LimitMaxDischargeGet) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "isDefault": o.is_default,
        "isSuperseded": o.is_superseded,
        "limitMaxDischarge": _to_wire_LimitMaxDischarge(o.limit_max_discharge),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_LimitMaxDischargeGet(d: dict[str, Any]) -> LimitMaxDischargeGet:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_LimitMaxDischargeGet
    o = _new(LimitMaxDischargeGet)
    s0(o, d["id"])
    s1(o, d["isDefault"])
    s2(o, d["isSuperseded"])
    s3(o, _from_wire_LimitMaxDischarge(d["limitMaxDischarge"]))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_LogParameters(o: LogParameters) -> dict[str, Any]:
    d: dict[str, Any] = {"remoteLocation": o.remote_location}
    if o.oldest_timestamp is not None:
        d["oldestTimestamp"] = _format_datetime(o.oldest_timestamp)
    if o.latest_timestamp is not None:
        d["latestTimestamp"] = _format_datetime(o.latest_timestamp)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_LogParameters(d: dict[str, Any]) -> LogParameters:
    g = d.get
    s0, s1, s2, s3 = _SET_LogParameters
    o = _new(LogParameters)
    s0(o, d["remoteLocation"])
    s1(o, None if (v := g("oldestTimestamp")) is None else _parse_datetime(v))
    s2(o, None if (v := g("latestTimestamp")) is None else _parse_datetime(v))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_MessageInfo(o: MessageInfo) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": o.id_,
        "priority": o.priority._value_,
        "message": _to_wire_MessageContent(o.message),
    }
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
    if o.message_extra is not None:
        d["messageExtra"] = [_to_wire_MessageContent(x) for x in o.message_extra]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_MessageInfo(d: dict[str, Any]) -> MessageInfo:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 = _SET_MessageInfo
    o = _new(MessageInfo)
    s0(o, d["id"])
    s1(o, _E_MessagePriorityEnum[d["priority"]])
    s2(o, _from_wire_MessageContent(d["message"]))
    s3(o, None if (v := g("display")) is None else _from_wire_Component(v))
    s4(o, None if (v := g("state")) is None else _E_MessageStateEnum[v])
    s5(o, None if (v := g("startDateTime")) is None else _parse_datetime(v))
    s6(o, None if (v := g("endDateTime")) is None else _parse_datetime(v))
    s7(o, g("transactionId"))
    s8(o, None if (v := g("messageExtra")) is None else [_from_wire_MessageContent(x) for x in v])
    s9(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SignedMeterValue(o: SignedMeterValue) -> dict[str, Any]:
    d: dict[str, Any] = {
        "signedMeterData": o.signed_meter_data,
        "encodingMethod": o.encoding_method,
    }
    if o.signing_method is not None:
        d["signingMethod"] = o.signing_method
    if o.public_key is not None:
        d["publicKey"] = o.public_key
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SignedMeterValue(d: dict[str, Any]) -> SignedMeterValue:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_SignedMeterValue
    o = _new(SignedMeterValue)
    s0(o, d["signedMeterData"])
    s1(o, d["encodingMethod"])
    s2(o, g("signingMethod"))
    s3(o, g("publicKey"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UnitOfMeasure(o: UnitOfMeasure) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.unit is not None:
        d["unit"] = o.unit
    if o.multiplier is not None:
        d["multiplier"] = o.multiplier
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UnitOfMeasure(d: dict[str, Any]) -> UnitOfMeasure:
    g = d.get
    s0, s1, s2 = _SET_UnitOfMeasure
    o = _new(UnitOfMeasure)
    s0(o, g("unit"))
    s1(o, g("multiplier"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SampledValue(o: SampledValue) -> dict[str, Any]:
    d: dict[str, Any] = {"value": o.value}
    if o.measurand is not None:
        d["measurand"] = o.measurand._value_
    if o.context is not None:
        d["context"] = o.context._value_
    if o.phase is not None:
        d["phase"] = o.phase._value_
    if o.location is not None:
        d["location"] = o.location._value_
    if o.signed_meter_value is not None:
        d["signedMeterValue"] = _to_wire_SignedMeterValue(o.signed_meter_value)
    if o.unit_of_measure is not None:
        d["unitOfMeasure"] = _to_wire_UnitOfMeasure(o.unit_of_measure)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SampledValue(d: dict[str, Any]) -> SampledValue:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_SampledValue
    o = _new(SampledValue)
    s0(o, d["value"])
    s1(o, None if (v := g("measurand")) is None else _E_MeasurandEnum[v])
    s2(o, None if (v := g("context")) is None else _E_ReadingContextEnum[v])
    s3(o, None if (v := g("phase")) is None else _E_PhaseEnum[v])
    s4(o, None if (v := g("location")) is None else _E_LocationEnum[v])
    s5(o, None if (v := g("signedMeterValue")) is None else _from_wire_SignedMeterValue(v))
    s6(o, None if (v := g("unitOfMeasure")) is None else _from_wire_UnitOfMeasure(v))
    s7(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
        "eventNotificationType": o.event_notification_type._value_,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_VariableMonitoring(d: dict[str, Any]) -> VariableMonitoring:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_VariableMonitoring
    o = _new(VariableMonitoring)
    s0(o, d["id"])
    s1(o, d["transaction"])
    s2(o, d["value"])
    s3(o, _E_MonitorEnum[d["type"]])
    s4(o, d["severity"])
    s5(o, _E_EventNotificationEnum[d["eventNotificationType"]])
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.group is not None:
        d["group"] = o.group
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
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
    s5(o, g("group"))
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NetworkConnectionProfile(o: NetworkConnectionProfile) -> dict[str, Any]:
    d: dict[str, Any] = {
        "ocppInterface": o.ocpp_interface._value_,
        "ocppTransport": o.ocpp_transport._value_,
        "messageTimeout": o.message_timeout,
        "ocppCsmsUrl": o.ocpp_csms_url,
        "securityProfile": o.security_profile,
    }
    if o.apn is not None:
        d["apn"] = _to_wire_APN(o.apn)
    if o.ocpp_version is not None:
        d["ocppVersion"] = o.ocpp_version._value_
    if o.identity is not None:
        d["identity"] = o.identity
    if o.basic_auth_password is not None:
        d["basicAuthPassword"] = o.basic_auth_password
    if o.vpn is not None:
        d["vpn"] = _to_wire_VPN(o.vpn)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NetworkConnectionProfile(d: dict[str, Any]) -> NetworkConnectionProfile:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 = _SET_NetworkConnectionProfile
    o = _new(NetworkConnectionProfile)
    s0(o, _E_OCPPInterfaceEnum[d["ocppInterface"]])
    s1(o, _E_OCPPTransportEnum[d["ocppTransport"]])
    s2(o, d["messageTimeout"])
    s3(o, d["ocppCsmsUrl"])
    s4(o, d["securityProfile"])
    s5(o, None if (v := g("apn")) is None else _from_wire_APN(v))
    s6(o, None if (v := g("ocppVersion")) is None else _E_OCPPVersionEnum[v])
    s7(o, g("identity"))
    s8(o, g("basicAuthPassword"))
    s9(o, None if (v := g("vpn")) is None else _from_wire_VPN(v))
    s10(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_VariableAttribute(d: dict[str, Any]) -> VariableAttribute:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_VariableAttribute
    o = _new(VariableAttribute)
    s0(o, None if (v := g("type")) is None else _E_AttributeEnum[v])
    s1(o, g("value"))
    s2(o, None if (v := g("mutability")) is None else _E_MutabilityEnum[v])
    s3(o, g("persistent"))
    s4(o, g("constant"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_VariableCharacteristics(o: VariableCharacteristics) -> dict[str, Any]:
    d: dict[str, Any] = {
        "dataType": o.data_type._value_,
        "supportsMonitoring": o.supports_monitoring,
    }
    if o.unit is not None:
        d["unit"] = o.unit
    if o.min_limit is not None:
        d["minLimit"] = o.min_limit
    if o.max_limit is not None:
        d["maxLimit"] = o.max_limit
    if o.max_elements is not None:
        d["maxElements"] = o.max_elements
    if o.values_list is not None:
        d["valuesList"] = o.values_list
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_VariableCharacteristics(d: dict[str, Any]) -> VariableCharacteristics:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_VariableCharacteristics
    o = _new(VariableCharacteristics)
    s0(o, _E_DataEnum[d["dataType"]])
    s1(o, d["supportsMonitoring"])
    s2(o, g("unit"))
    s3(o, g("minLimit"))
    s4(o, g("maxLimit"))
    s5(o, g("maxElements"))
    s6(o, g("valuesList"))
    s7(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ReportData(o: ReportData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
        "variableAttribute": [_to_wire_VariableAttribute(x) for x in o.variable_attribute],
    }
    if o.variable_characteristics is not None:
        d["variableCharacteristics"] = _to_wire_VariableCharacteristics(o.variable_characteristics)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReportData(d: dict[str, Any]) -> ReportData:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_ReportData
    o = _new(ReportData)
    s0(o, _from_wire_Component(d["component"]))
    s1(o, _from_wire_Variable(d["variable"]))
    s2(o, [_from_wire_VariableAttribute(x) for x in d["variableAttribute"]])
    s3(
        o,
        (
            None
            if (v := g("variableCharacteristics")) is None
            else _from_wire_VariableCharacteristics(v)
        ),
    )
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetMonitoringData(o: SetMonitoringData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "value": o.value,
        "type": o.type_._value_,
        "severity": o.severity,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.id_ is not None:
        d["id"] = o.id_
    if o.periodic_event_stream is not None:
        d["periodicEventStream"] = _to_wire_PeriodicEventStreamParams(o.periodic_event_stream)
    if o.transaction is not None:
        d["transaction"] = o.transaction
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetMonitoringData(d: dict[str, Any]) -> SetMonitoringData:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_SetMonitoringData
    o = _new(SetMonitoringData)
    s0(o, d["value"])
    s1(o, _E_MonitorEnum[d["type"]])
    s2(o, d["severity"])
    s3(o, _from_wire_Component(d["component"]))
    s4(o, _from_wire_Variable(d["variable"]))
    s5(o, g("id"))
    s6(
        o,
        (
            None
            if (v := g("periodicEventStream")) is None
            else _from_wire_PeriodicEventStreamParams(v)
        ),
    )
    s7(o, g("transaction"))
    s8(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetMonitoringResult(o: SetMonitoringResult) -> dict[str, Any]:
    d: dict[str, Any] = {
        "status": o.status._value_,
        "type": o.type_._value_,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
        "severity": o.severity,
    }
    if o.id_ is not None:
        d["id"] = o.id_
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
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
    s5(o, g("id"))
    s6(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s7(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetVariableData(o: SetVariableData) -> dict[str, Any]:
    d: dict[str, Any] = {
        "attributeValue": o.attribute_value,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.attribute_type is not None:
        d["attributeType"] = o.attribute_type._value_
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetVariableData(d: dict[str, Any]) -> SetVariableData:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_SetVariableData
    o = _new(SetVariableData)
    s0(o, d["attributeValue"])
    s1(o, _from_wire_Component(d["component"]))
    s2(o, _from_wire_Variable(d["variable"]))
    s3(o, None if (v := g("attributeType")) is None else _E_AttributeEnum[v])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetVariableResult(o: SetVariableResult) -> dict[str, Any]:
    d: dict[str, Any] = {
        "attributeStatus": o.attribute_status._value_,
        "component": _to_wire_Component(o.component),
        "variable": _to_wire_Variable(o.variable),
    }
    if o.attribute_type is not None:
        d["attributeType"] = o.attribute_type._value_
    if o.attribute_status_info is not None:
        d["attributeStatusInfo"] = _to_wire_StatusInfo(o.attribute_status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetVariableResult(d: dict[str, Any]) -> SetVariableResult:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_SetVariableResult
    o = _new(SetVariableResult)
    s0(o, _E_SetVariableStatusEnum[d["attributeStatus"]])
    s1(o, _from_wire_Component(d["component"]))
    s2(o, _from_wire_Variable(d["variable"]))
    s3(o, None if (v := g("attributeType")) is None else _E_AttributeEnum[v])
    s4(o, None if (v := g("attributeStatusInfo")) is None else _from_wire_StatusInfo(v))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_StreamDataElement(o: StreamDataElement) -> dict[str, Any]:
    d: dict[str, Any] = {"t": o.t, "v": o.v}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_StreamDataElement(d: dict[str, Any]) -> StreamDataElement:
    g = d.get
    s0, s1, s2 = _SET_StreamDataElement
    o = _new(StreamDataElement)
    s0(o, d["t"])
    s1(o, d["v"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TariffConditions(o: TariffConditions) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.start_time_of_day is not None:
        d["startTimeOfDay"] = o.start_time_of_day
    if o.end_time_of_day is not None:
        d["endTimeOfDay"] = o.end_time_of_day
    if o.day_of_week is not None:
        d["dayOfWeek"] = [x._value_ for x in o.day_of_week]
    if o.valid_from_date is not None:
        d["validFromDate"] = o.valid_from_date
    if o.valid_to_date is not None:
        d["validToDate"] = o.valid_to_date
    if o.evse_kind is not None:
        d["evseKind"] = o.evse_kind._value_
    if o.min_energy is not None:
        d["minEnergy"] = o.min_energy
    if o.max_energy is not None:
        d["maxEnergy"] = o.max_energy
    if o.min_current is not None:
        d["minCurrent"] = o.min_current
    if o.max_current is not None:
        d["maxCurrent"] = o.max_current
    if o.min_power is not None:
        d["minPower"] = o.min_power
    if o.max_power is not None:
        d["maxPower"] = o.max_power
    if o.min_time is not None:
        d["minTime"] = o.min_time
    if o.max_time is not None:
        d["maxTime"] = o.max_time
    if o.min_charging_time is not None:
        d["minChargingTime"] = o.min_charging_time
    if o.max_charging_time is not None:
        d["maxChargingTime"] = o.max_charging_time
    if o.min_idle_time is not None:
        d["minIdleTime"] = o.min_idle_time
    if o.max_idle_time is not None:
        d["maxIdleTime"] = o.max_idle_time
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TariffConditions(d: dict[str, Any]) -> TariffConditions:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15, s16, s17, s18 = (
        _SET_TariffConditions
    )
    o = _new(TariffConditions)
    s0(o, g("startTimeOfDay"))
    s1(o, g("endTimeOfDay"))
    s2(o, None if (v := g("dayOfWeek")) is None else [_E_DayOfWeekEnum[x] for x in v])
    s3(o, g("validFromDate"))
    s4(o, g("validToDate"))
    s5(o, None if (v := g("evseKind")) is None else _E_EvseKindEnum[v])
    s6(o, g("minEnergy"))
    s7(o, g("maxEnergy"))
    s8(o, g("minCurrent"))
    s9(o, g("maxCurrent"))
    s10(o, g("minPower"))
    s11(o, g("maxPower"))
    s12(o, g("minTime"))
    s13(o, g("maxTime"))
    s14(o, g("minChargingTime"))
    s15(o, g("maxChargingTime"))
    s16(o, g("minIdleTime"))
    s17(o, g("maxIdleTime"))
    s18(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TariffEnergyPrice(o: TariffEnergyPrice) -> dict[str, Any]:
    d: dict[str, Any] = {"priceKwh": o.price_kwh}
    if o.conditions is not None:
        d["conditions"] = _to_wire_TariffConditions(o.conditions)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TariffEnergyPrice(d: dict[str, Any]) -> TariffEnergyPrice:
    g = d.get
    s0, s1, s2 = _SET_TariffEnergyPrice
    o = _new(TariffEnergyPrice)
    s0(o, d["priceKwh"])
    s1(o, None if (v := g("conditions")) is None else _from_wire_TariffConditions(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TariffEnergy(o: TariffEnergy) -> dict[str, Any]:
    d: dict[str, Any] = {"prices": [_to_wire_TariffEnergyPrice(x) for x in o.prices]}
    if o.tax_rates is not None:
        d["taxRates"] = [_to_wire_TaxRate(x) for x in o.tax_rates]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TariffEnergy(d: dict[str, Any]) -> TariffEnergy:
    g = d.get
    s0, s1, s2 = _SET_TariffEnergy
    o = _new(TariffEnergy)
    s0(o, [_from_wire_TariffEnergyPrice(x) for x in d["prices"]])
    s1(o, None if (v := g("taxRates")) is None else [_from_wire_TaxRate(x) for x in v])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TariffTimePrice(o: TariffTimePrice) -> dict[str, Any]:
    d: dict[str, Any] = {"priceMinute": o.price_minute}
    if o.conditions is not None:
        d["conditions"] = _to_wire_TariffConditions(o.conditions)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TariffTimePrice(d: dict[str, Any]) -> TariffTimePrice:
    g = d.get
    s0, s1, s2 = _SET_TariffTimePrice
    o = _new(TariffTimePrice)
    s0(o, d["priceMinute"])
    s1(o, None if (v := g("conditions")) is None else _from_wire_TariffConditions(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TariffTime(o: TariffTime) -> dict[str, Any]:
    d: dict[str, Any] = {"prices": [_to_wire_TariffTimePrice(x) for x in o.prices]}
    if o.tax_rates is not None:
        d["taxRates"] = [_to_wire_TaxRate(x) for x in o.tax_rates]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TariffTime(d: dict[str, Any]) -> TariffTime:
    g = d.get
    s0, s1, s2 = _SET_TariffTime
    o = _new(TariffTime)
    s0(o, [_from_wire_TariffTimePrice(x) for x in d["prices"]])
    s1(o, None if (v := g("taxRates")) is None else [_from_wire_TaxRate(x) for x in v])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TariffConditionsFixed(o: TariffConditionsFixed) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.start_time_of_day is not None:
        d["startTimeOfDay"] = o.start_time_of_day
    if o.end_time_of_day is not None:
        d["endTimeOfDay"] = o.end_time_of_day
    if o.day_of_week is not None:
        d["dayOfWeek"] = [x._value_ for x in o.day_of_week]
    if o.valid_from_date is not None:
        d["validFromDate"] = o.valid_from_date
    if o.valid_to_date is not None:
        d["validToDate"] = o.valid_to_date
    if o.evse_kind is not None:
        d["evseKind"] = o.evse_kind._value_
    if o.payment_brand is not None:
        d["paymentBrand"] = o.payment_brand
    if o.payment_recognition is not None:
        d["paymentRecognition"] = o.payment_recognition
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TariffConditionsFixed(d: dict[str, Any]) -> TariffConditionsFixed:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_TariffConditionsFixed
    o = _new(TariffConditionsFixed)
    s0(o, g("startTimeOfDay"))
    s1(o, g("endTimeOfDay"))
    s2(o, None if (v := g("dayOfWeek")) is None else [_E_DayOfWeekEnum[x] for x in v])
    s3(o, g("validFromDate"))
    s4(o, g("validToDate"))
    s5(o, None if (v := g("evseKind")) is None else _E_EvseKindEnum[v])
    s6(o, g("paymentBrand"))
    s7(o, g("paymentRecognition"))
    s8(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TariffFixedPrice(o: TariffFixedPrice) -> dict[str, Any]:
    d: dict[str, Any] = {"priceFixed": o.price_fixed}
    if o.conditions is not None:
        d["conditions"] = _to_wire_TariffConditionsFixed(o.conditions)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TariffFixedPrice(d: dict[str, Any]) -> TariffFixedPrice:
    g = d.get
    s0, s1, s2 = _SET_TariffFixedPrice
    o = _new(TariffFixedPrice)
    s0(o, d["priceFixed"])
    s1(o, None if (v := g("conditions")) is None else _from_wire_TariffConditionsFixed(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TariffFixed(o: TariffFixed) -> dict[str, Any]:
    d: dict[str, Any] = {"prices": [_to_wire_TariffFixedPrice(x) for x in o.prices]}
    if o.tax_rates is not None:
        d["taxRates"] = [_to_wire_TaxRate(x) for x in o.tax_rates]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TariffFixed(d: dict[str, Any]) -> TariffFixed:
    g = d.get
    s0, s1, s2 = _SET_TariffFixed
    o = _new(TariffFixed)
    s0(o, [_from_wire_TariffFixedPrice(x) for x in d["prices"]])
    s1(o, None if (v := g("taxRates")) is None else [_from_wire_TaxRate(x) for x in v])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Tariff(o: Tariff) -> dict[str, Any]:
    d: dict[str, Any] = {"tariffId": o.tariff_id, "currency": o.currency}
    if o.description is not None:
        d["description"] = [_to_wire_MessageContent(x) for x in o.description]
    if o.energy is not None:
        d["energy"] = _to_wire_TariffEnergy(o.energy)
    if o.valid_from is not None:
        d["validFrom"] = _format_datetime(o.valid_from)
    if o.charging_time is not None:
        d["chargingTime"] = _to_wire_TariffTime(o.charging_time)
    if o.idle_time is not None:
        d["idleTime"] = _to_wire_TariffTime(o.idle_time)
    if o.fixed_fee is not None:
        d["fixedFee"] = _to_wire_TariffFixed(o.fixed_fee)
    if o.reservation_time is not None:
        d["reservationTime"] = _to_wire_TariffTime(o.reservation_time)
    if o.reservation_fixed is not None:
        d["reservationFixed"] = _to_wire_TariffFixed(o.reservation_fixed)
    if o.min_cost is not None:
        d["minCost"] = _to_wire_Price(o.min_cost)
    if o.max_cost is not None:
        d["maxCost"] = _to_wire_Price(o.max_cost)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Tariff(d: dict[str, Any]) -> Tariff:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12 = _SET_Tariff
    o = _new(Tariff)
    s0(o, d["tariffId"])
    s1(o, d["currency"])
    s2(o, None if (v := g("description")) is None else [_from_wire_MessageContent(x) for x in v])
    s3(o, None if (v := g("energy")) is None else _from_wire_TariffEnergy(v))
    s4(o, None if (v := g("validFrom")) is None else _parse_datetime(v))
    s5(o, None if (v := g("chargingTime")) is None else _from_wire_TariffTime(v))
    s6(o, None if (v := g("idleTime")) is None else _from_wire_TariffTime(v))
    s7(o, None if (v := g("fixedFee")) is None else _from_wire_TariffFixed(v))
    s8(o, None if (v := g("reservationTime")) is None else _from_wire_TariffTime(v))
    s9(o, None if (v := g("reservationFixed")) is None else _from_wire_TariffFixed(v))
    s10(o, None if (v := g("minCost")) is None else _from_wire_Price(v))
    s11(o, None if (v := g("maxCost")) is None else _from_wire_Price(v))
    s12(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TariffAssignment(o: TariffAssignment) -> dict[str, Any]:
    d: dict[str, Any] = {"tariffId": o.tariff_id, "tariffKind": o.tariff_kind._value_}
    if o.valid_from is not None:
        d["validFrom"] = _format_datetime(o.valid_from)
    if o.evse_ids is not None:
        d["evseIds"] = list(o.evse_ids)
    if o.id_tokens is not None:
        d["idTokens"] = list(o.id_tokens)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TariffAssignment(d: dict[str, Any]) -> TariffAssignment:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_TariffAssignment
    o = _new(TariffAssignment)
    s0(o, d["tariffId"])
    s1(o, _E_TariffKindEnum[d["tariffKind"]])
    s2(o, None if (v := g("validFrom")) is None else _parse_datetime(v))
    s3(o, None if (v := g("evseIds")) is None else list(v))
    s4(o, None if (v := g("idTokens")) is None else list(v))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TransactionLimit(o: TransactionLimit) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.max_cost is not None:
        d["maxCost"] = o.max_cost
    if o.max_energy is not None:
        d["maxEnergy"] = o.max_energy
    if o.max_time is not None:
        d["maxTime"] = o.max_time
    if o.max_soc is not None:
        d["maxSoC"] = o.max_soc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TransactionLimit(d: dict[str, Any]) -> TransactionLimit:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_TransactionLimit
    o = _new(TransactionLimit)
    s0(o, g("maxCost"))
    s1(o, g("maxEnergy"))
    s2(o, g("maxTime"))
    s3(o, g("maxSoC"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Transaction(o: Transaction) -> dict[str, Any]:
    d: dict[str, Any] = {"transactionId": o.transaction_id}
    if o.charging_state is not None:
        d["chargingState"] = o.charging_state._value_
    if o.time_spent_charging is not None:
        d["timeSpentCharging"] = o.time_spent_charging
    if o.stopped_reason is not None:
        d["stoppedReason"] = o.stopped_reason._value_
    if o.remote_start_id is not None:
        d["remoteStartId"] = o.remote_start_id
    if o.operation_mode is not None:
        d["operationMode"] = o.operation_mode._value_
    if o.tariff_id is not None:
        d["tariffId"] = o.tariff_id
    if o.transaction_limit is not None:
        d["transactionLimit"] = _to_wire_TransactionLimit(o.transaction_limit)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Transaction(d: dict[str, Any]) -> Transaction:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8 = _SET_Transaction
    o = _new(Transaction)
    s0(o, d["transactionId"])
    s1(o, None if (v := g("chargingState")) is None else _E_ChargingStateEnum[v])
    s2(o, g("timeSpentCharging"))
    s3(o, None if (v := g("stoppedReason")) is None else _E_ReasonEnum[v])
    s4(o, g("remoteStartId"))
    s5(o, None if (v := g("operationMode")) is None else _E_OperationModeEnum[v])
    s6(o, g("tariffId"))
    s7(o, None if (v := g("transactionLimit")) is None else _from_wire_TransactionLimit(v))
    s8(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_AFRRSignalResponse(o: AFRRSignalResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AFRRSignalResponse(d: dict[str, Any]) -> AFRRSignalResponse:
    g = d.get
    s0, s1, s2 = _SET_AFRRSignalResponse
    o = _new(AFRRSignalResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_AdjustPeriodicEventStreamResponse(
    o: AdjustPeriodicEventStreamResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AdjustPeriodicEventStreamResponse(
    d: dict[str, Any],
) -> AdjustPeriodicEventStreamResponse:
    g = d.get
    s0, s1, s2 = _SET_AdjustPeriodicEventStreamResponse
    o = _new(AdjustPeriodicEventStreamResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_AuthorizeResponse(o: AuthorizeResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"idTokenInfo": _to_wire_IdTokenInfo(o.id_token_info)}
    if o.certificate_status is not None:
        d["certificateStatus"] = o.certificate_status._value_
    if o.allowed_energy_transfer is not None:
        d["allowedEnergyTransfer"] = [x._value_ for x in o.allowed_energy_transfer]
    if o.tariff is not None:
        d["tariff"] = _to_wire_Tariff(o.tariff)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AuthorizeResponse(d: dict[str, Any]) -> AuthorizeResponse:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_AuthorizeResponse
    o = _new(AuthorizeResponse)
    s0(o, _from_wire_IdTokenInfo(d["idTokenInfo"]))
    s1(o, None if (v := g("certificateStatus")) is None else _E_AuthorizeCertificateStatusEnum[v])
    s2(
        o,
        (
            None
            if (v := g("allowedEnergyTransfer")) is None
            else [_E_EnergyTransferModeEnum[x] for x in v]
        ),
    )
    s3(o, None if (v := g("tariff")) is None else _from_wire_Tariff(v))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_BatterySwapResponse(o: BatterySwapResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_BatterySwapResponse(d: dict[str, Any]) -> BatterySwapResponse:
    g = d.get
    (s0,) = _SET_BatterySwapResponse
    o = _new(BatterySwapResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_BootNotificationResponse(o: BootNotificationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {
        "currentTime": _format_datetime(o.current_time),
        "interval": o.interval,
        "status": o.status._value_,
    }
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_BootNotificationResponse(d: dict[str, Any]) -> BootNotificationResponse:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_BootNotificationResponse
    o = _new(BootNotificationResponse)
    s0(o, _parse_datetime(d["currentTime"]))
    s1(o, d["interval"])
    s2(o, _E_RegistrationStatusEnum[d["status"]])
    s3(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CancelReservationResponse(o: CancelReservationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CancelReservationResponse(d: dict[str, Any]) -> CancelReservationResponse:
    g = d.get
    s0, s1, s2 = _SET_CancelReservationResponse
    o = _new(CancelReservationResponse)
    s0(o, _E_CancelReservationStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_CertificateSignedResponse(o: CertificateSignedResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CertificateSignedResponse(d: dict[str, Any]) -> CertificateSignedResponse:
    g = d.get
    s0, s1, s2 = _SET_CertificateSignedResponse
    o = _new(CertificateSignedResponse)
    s0(o, _E_CertificateSignedStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChangeAvailabilityResponse(o: ChangeAvailabilityResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChangeAvailabilityResponse(d: dict[str, Any]) -> ChangeAvailabilityResponse:
    g = d.get
    s0, s1, s2 = _SET_ChangeAvailabilityResponse
    o = _new(ChangeAvailabilityResponse)
    s0(o, _E_ChangeAvailabilityStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChangeTransactionTariffResponse(o: ChangeTransactionTariffResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChangeTransactionTariffResponse(
    d: dict[str, Any],
) -> ChangeTransactionTariffResponse:
    g = d.get
    s0, s1, s2 = _SET_ChangeTransactionTariffResponse
    o = _new(ChangeTransactionTariffResponse)
    s0(o, _E_TariffChangeStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearCacheResponse(o: ClearCacheResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearCacheResponse(d: dict[str, Any]) -> ClearCacheResponse:
    g = d.get
    s0, s1, s2 = _SET_ClearCacheResponse
    o = _new(ClearCacheResponse)
    s0(o, _E_ClearCacheStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearChargingProfileResponse(o: ClearChargingProfileResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearChargingProfileResponse(d: dict[str, Any]) -> ClearChargingProfileResponse:
    g = d.get
    s0, s1, s2 = _SET_ClearChargingProfileResponse
    o = _new(ClearChargingProfileResponse)
    s0(o, _E_ClearChargingProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearDERControlResponse(o: ClearDERControlResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearDERControlResponse(d: dict[str, Any]) -> ClearDERControlResponse:
    g = d.get
    s0, s1, s2 = _SET_ClearDERControlResponse
    o = _new(ClearDERControlResponse)
    s0(o, _E_DERControlStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearDisplayMessageResponse(o: ClearDisplayMessageResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearDisplayMessageResponse(d: dict[str, Any]) -> ClearDisplayMessageResponse:
    g = d.get
    s0, s1, s2 = _SET_ClearDisplayMessageResponse
    o = _new(ClearDisplayMessageResponse)
    s0(o, _E_ClearMessageStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearTariffsResponse(o: ClearTariffsResponse) -> dict[str, Any]:
    d: dict[str, Any] = {
        "clearTariffsResult": [_to_wire_ClearTariffsResult(x) for x in o.clear_tariffs_result],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearTariffsResponse(d: dict[str, Any]) -> ClearTariffsResponse:
    g = d.get
    s0, s1 = _SET_ClearTariffsResponse
    o = _new(ClearTariffsResponse)
    s0(o, [_from_wire_ClearTariffsResult(x) for x in d["clearTariffsResult"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_ClosePeriodicEventStreamResponse(
    o: ClosePeriodicEventStreamResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClosePeriodicEventStreamResponse(
    d: dict[str, Any],
) -> ClosePeriodicEventStreamResponse:
    g = d.get
    (s0,) = _SET_ClosePeriodicEventStreamResponse
    o = _new(ClosePeriodicEventStreamResponse)
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
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CustomerInformationResponse(d: dict[str, Any]) -> CustomerInformationResponse:
    g = d.get
    s0, s1, s2 = _SET_CustomerInformationResponse
    o = _new(CustomerInformationResponse)
    s0(o, _E_CustomerInformationStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_DataTransferResponse(o: DataTransferResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.data is not None:
        d["data"] = o.data
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_DataTransferResponse(d: dict[str, Any]) -> DataTransferResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_DataTransferResponse
    o = _new(DataTransferResponse)
    s0(o, _E_DataTransferStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, g("data"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_DeleteCertificateResponse(o: DeleteCertificateResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_DeleteCertificateResponse(d: dict[str, Any]) -> DeleteCertificateResponse:
    g = d.get
    s0, s1, s2 = _SET_DeleteCertificateResponse
    o = _new(DeleteCertificateResponse)
    s0(o, _E_DeleteCertificateStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.remaining_contracts is not None:
        d["remainingContracts"] = o.remaining_contracts
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Get15118EVCertificateResponse(d: dict[str, Any]) -> Get15118EVCertificateResponse:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_Get15118EVCertificateResponse
    o = _new(Get15118EVCertificateResponse)
    s0(o, _E_Iso15118EVCertificateStatusEnum[d["status"]])
    s1(o, d["exiResponse"])
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, g("remainingContracts"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetBaseReportResponse(o: GetBaseReportResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetBaseReportResponse(d: dict[str, Any]) -> GetBaseReportResponse:
    g = d.get
    s0, s1, s2 = _SET_GetBaseReportResponse
    o = _new(GetBaseReportResponse)
    s0(o, _E_GenericDeviceModelStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetCertificateChainStatusResponse(
    o: GetCertificateChainStatusResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "certificateStatus": [_to_wire_CertificateStatus(x) for x in o.certificate_status],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetCertificateChainStatusResponse(
    d: dict[str, Any],
) -> GetCertificateChainStatusResponse:
    g = d.get
    s0, s1 = _SET_GetCertificateChainStatusResponse
    o = _new(GetCertificateChainStatusResponse)
    s0(o, [_from_wire_CertificateStatus(x) for x in d["certificateStatus"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetCertificateStatusResponse(o: GetCertificateStatusResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.ocsp_result is not None:
        d["ocspResult"] = o.ocsp_result
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetCertificateStatusResponse(d: dict[str, Any]) -> GetCertificateStatusResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetCertificateStatusResponse
    o = _new(GetCertificateStatusResponse)
    s0(o, _E_GetCertificateStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, g("ocspResult"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetChargingProfilesResponse(o: GetChargingProfilesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetChargingProfilesResponse(d: dict[str, Any]) -> GetChargingProfilesResponse:
    g = d.get
    s0, s1, s2 = _SET_GetChargingProfilesResponse
    o = _new(GetChargingProfilesResponse)
    s0(o, _E_GetChargingProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetCompositeScheduleResponse(o: GetCompositeScheduleResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.schedule is not None:
        d["schedule"] = _to_wire_CompositeSchedule(o.schedule)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetCompositeScheduleResponse(d: dict[str, Any]) -> GetCompositeScheduleResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetCompositeScheduleResponse
    o = _new(GetCompositeScheduleResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("schedule")) is None else _from_wire_CompositeSchedule(v))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetDERControlResponse(o: GetDERControlResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetDERControlResponse(d: dict[str, Any]) -> GetDERControlResponse:
    g = d.get
    s0, s1, s2 = _SET_GetDERControlResponse
    o = _new(GetDERControlResponse)
    s0(o, _E_DERControlStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetDisplayMessagesResponse(o: GetDisplayMessagesResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetDisplayMessagesResponse(d: dict[str, Any]) -> GetDisplayMessagesResponse:
    g = d.get
    s0, s1, s2 = _SET_GetDisplayMessagesResponse
    o = _new(GetDisplayMessagesResponse)
    s0(o, _E_GetDisplayMessagesStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetInstalledCertificateIdsResponse(
    o: GetInstalledCertificateIdsResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.certificate_hash_data_chain is not None:
        d["certificateHashDataChain"] = [
            _to_wire_CertificateHashDataChain(x) for x in o.certificate_hash_data_chain
        ]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetInstalledCertificateIdsResponse(
    d: dict[str, Any],
) -> GetInstalledCertificateIdsResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetInstalledCertificateIdsResponse
    o = _new(GetInstalledCertificateIdsResponse)
    s0(o, _E_GetInstalledCertificateStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(
        o,
        (
            None
            if (v := g("certificateHashDataChain")) is None
            else [_from_wire_CertificateHashDataChain(x) for x in v]
        ),
    )
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.filename is not None:
        d["filename"] = o.filename
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetLogResponse(d: dict[str, Any]) -> GetLogResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetLogResponse
    o = _new(GetLogResponse)
    s0(o, _E_LogStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, g("filename"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetMonitoringReportResponse(o: GetMonitoringReportResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetMonitoringReportResponse(d: dict[str, Any]) -> GetMonitoringReportResponse:
    g = d.get
    s0, s1, s2 = _SET_GetMonitoringReportResponse
    o = _new(GetMonitoringReportResponse)
    s0(o, _E_GenericDeviceModelStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetPeriodicEventStreamResponse(o: GetPeriodicEventStreamResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.constant_stream_data is not None:
        d["constantStreamData"] = [_to_wire_ConstantStreamData(x) for x in o.constant_stream_data]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetPeriodicEventStreamResponse(d: dict[str, Any]) -> GetPeriodicEventStreamResponse:
    g = d.get
    s0, s1 = _SET_GetPeriodicEventStreamResponse
    o = _new(GetPeriodicEventStreamResponse)
    s0(
        o,
        (
            None
            if (v := g("constantStreamData")) is None
            else [_from_wire_ConstantStreamData(x) for x in v]
        ),
    )
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetReportResponse(o: GetReportResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetReportResponse(d: dict[str, Any]) -> GetReportResponse:
    g = d.get
    s0, s1, s2 = _SET_GetReportResponse
    o = _new(GetReportResponse)
    s0(o, _E_GenericDeviceModelStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetTariffsResponse(o: GetTariffsResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.tariff_assignments is not None:
        d["tariffAssignments"] = [_to_wire_TariffAssignment(x) for x in o.tariff_assignments]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetTariffsResponse(d: dict[str, Any]) -> GetTariffsResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_GetTariffsResponse
    o = _new(GetTariffsResponse)
    s0(o, _E_TariffGetStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(
        o,
        (
            None
            if (v := g("tariffAssignments")) is None
            else [_from_wire_TariffAssignment(x) for x in v]
        ),
    )
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetTransactionStatusResponse(o: GetTransactionStatusResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"messagesInQueue": o.messages_in_queue}
    if o.ongoing_indicator is not None:
        d["ongoingIndicator"] = o.ongoing_indicator
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetTransactionStatusResponse(d: dict[str, Any]) -> GetTransactionStatusResponse:
    g = d.get
    s0, s1, s2 = _SET_GetTransactionStatusResponse
    o = _new(GetTransactionStatusResponse)
    s0(o, d["messagesInQueue"])
    s1(o, g("ongoingIndicator"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_InstallCertificateResponse(d: dict[str, Any]) -> InstallCertificateResponse:
    g = d.get
    s0, s1, s2 = _SET_InstallCertificateResponse
    o = _new(InstallCertificateResponse)
    s0(o, _E_InstallCertificateStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_NotifyAllowedEnergyTransferResponse(
    o: NotifyAllowedEnergyTransferResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyAllowedEnergyTransferResponse(
    d: dict[str, Any],
) -> NotifyAllowedEnergyTransferResponse:
    g = d.get
    s0, s1, s2 = _SET_NotifyAllowedEnergyTransferResponse
    o = _new(NotifyAllowedEnergyTransferResponse)
    s0(o, _E_NotifyAllowedEnergyTransferStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_NotifyDERAlarmResponse(o: NotifyDERAlarmResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyDERAlarmResponse(d: dict[str, Any]) -> NotifyDERAlarmResponse:
    g = d.get
    (s0,) = _SET_NotifyDERAlarmResponse
    o = _new(NotifyDERAlarmResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyDERStartStopResponse(o: NotifyDERStartStopResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyDERStartStopResponse(d: dict[str, Any]) -> NotifyDERStartStopResponse:
    g = d.get
    (s0,) = _SET_NotifyDERStartStopResponse
    o = _new(NotifyDERStartStopResponse)
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
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyEVChargingNeedsResponse(d: dict[str, Any]) -> NotifyEVChargingNeedsResponse:
    g = d.get
    s0, s1, s2 = _SET_NotifyEVChargingNeedsResponse
    o = _new(NotifyEVChargingNeedsResponse)
    s0(o, _E_NotifyEVChargingNeedsStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyEVChargingScheduleResponse(
    o: NotifyEVChargingScheduleResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyEVChargingScheduleResponse(
    d: dict[str, Any],
) -> NotifyEVChargingScheduleResponse:
    g = d.get
    s0, s1, s2 = _SET_NotifyEVChargingScheduleResponse
    o = _new(NotifyEVChargingScheduleResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_NotifyPriorityChargingResponse(o: NotifyPriorityChargingResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyPriorityChargingResponse(d: dict[str, Any]) -> NotifyPriorityChargingResponse:
    g = d.get
    (s0,) = _SET_NotifyPriorityChargingResponse
    o = _new(NotifyPriorityChargingResponse)
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


def _to_wire_NotifySettlementResponse(o: NotifySettlementResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.receipt_url is not None:
        d["receiptUrl"] = o.receipt_url
    if o.receipt_id is not None:
        d["receiptId"] = o.receipt_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifySettlementResponse(d: dict[str, Any]) -> NotifySettlementResponse:
    g = d.get
    s0, s1, s2 = _SET_NotifySettlementResponse
    o = _new(NotifySettlementResponse)
    s0(o, g("receiptUrl"))
    s1(o, g("receiptId"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyWebPaymentStartedResponse(o: NotifyWebPaymentStartedResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyWebPaymentStartedResponse(
    d: dict[str, Any],
) -> NotifyWebPaymentStartedResponse:
    g = d.get
    (s0,) = _SET_NotifyWebPaymentStartedResponse
    o = _new(NotifyWebPaymentStartedResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_OpenPeriodicEventStreamResponse(o: OpenPeriodicEventStreamResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_OpenPeriodicEventStreamResponse(
    d: dict[str, Any],
) -> OpenPeriodicEventStreamResponse:
    g = d.get
    s0, s1, s2 = _SET_OpenPeriodicEventStreamResponse
    o = _new(OpenPeriodicEventStreamResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PublishFirmwareResponse(o: PublishFirmwareResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PublishFirmwareResponse(d: dict[str, Any]) -> PublishFirmwareResponse:
    g = d.get
    s0, s1, s2 = _SET_PublishFirmwareResponse
    o = _new(PublishFirmwareResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_PullDynamicScheduleUpdateResponse(
    o: PullDynamicScheduleUpdateResponse,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.schedule_update is not None:
        d["scheduleUpdate"] = _to_wire_ChargingScheduleUpdate(o.schedule_update)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PullDynamicScheduleUpdateResponse(
    d: dict[str, Any],
) -> PullDynamicScheduleUpdateResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_PullDynamicScheduleUpdateResponse
    o = _new(PullDynamicScheduleUpdateResponse)
    s0(o, _E_ChargingProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("scheduleUpdate")) is None else _from_wire_ChargingScheduleUpdate(v))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_ReportDERControlResponse(o: ReportDERControlResponse) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReportDERControlResponse(d: dict[str, Any]) -> ReportDERControlResponse:
    g = d.get
    (s0,) = _SET_ReportDERControlResponse
    o = _new(ReportDERControlResponse)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_RequestBatterySwapResponse(o: RequestBatterySwapResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_RequestBatterySwapResponse(d: dict[str, Any]) -> RequestBatterySwapResponse:
    g = d.get
    s0, s1, s2 = _SET_RequestBatterySwapResponse
    o = _new(RequestBatterySwapResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_RequestStartTransactionResponse(o: RequestStartTransactionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_RequestStartTransactionResponse(
    d: dict[str, Any],
) -> RequestStartTransactionResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_RequestStartTransactionResponse
    o = _new(RequestStartTransactionResponse)
    s0(o, _E_RequestStartStopStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, g("transactionId"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_RequestStopTransactionResponse(o: RequestStopTransactionResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_RequestStopTransactionResponse(d: dict[str, Any]) -> RequestStopTransactionResponse:
    g = d.get
    s0, s1, s2 = _SET_RequestStopTransactionResponse
    o = _new(RequestStopTransactionResponse)
    s0(o, _E_RequestStartStopStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReserveNowResponse(d: dict[str, Any]) -> ReserveNowResponse:
    g = d.get
    s0, s1, s2 = _SET_ReserveNowResponse
    o = _new(ReserveNowResponse)
    s0(o, _E_ReserveNowStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ResetResponse(o: ResetResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ResetResponse(d: dict[str, Any]) -> ResetResponse:
    g = d.get
    s0, s1, s2 = _SET_ResetResponse
    o = _new(ResetResponse)
    s0(o, _E_ResetStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SendLocalListResponse(d: dict[str, Any]) -> SendLocalListResponse:
    g = d.get
    s0, s1, s2 = _SET_SendLocalListResponse
    o = _new(SendLocalListResponse)
    s0(o, _E_SendLocalListStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetChargingProfileResponse(o: SetChargingProfileResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetChargingProfileResponse(d: dict[str, Any]) -> SetChargingProfileResponse:
    g = d.get
    s0, s1, s2 = _SET_SetChargingProfileResponse
    o = _new(SetChargingProfileResponse)
    s0(o, _E_ChargingProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetDERControlResponse(o: SetDERControlResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.superseded_ids is not None:
        d["supersededIds"] = list(o.superseded_ids)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetDERControlResponse(d: dict[str, Any]) -> SetDERControlResponse:
    g = d.get
    s0, s1, s2, s3 = _SET_SetDERControlResponse
    o = _new(SetDERControlResponse)
    s0(o, _E_DERControlStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("supersededIds")) is None else list(v))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetDefaultTariffResponse(o: SetDefaultTariffResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetDefaultTariffResponse(d: dict[str, Any]) -> SetDefaultTariffResponse:
    g = d.get
    s0, s1, s2 = _SET_SetDefaultTariffResponse
    o = _new(SetDefaultTariffResponse)
    s0(o, _E_TariffSetStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetDisplayMessageResponse(o: SetDisplayMessageResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetDisplayMessageResponse(d: dict[str, Any]) -> SetDisplayMessageResponse:
    g = d.get
    s0, s1, s2 = _SET_SetDisplayMessageResponse
    o = _new(SetDisplayMessageResponse)
    s0(o, _E_DisplayMessageStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetMonitoringBaseResponse(o: SetMonitoringBaseResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetMonitoringBaseResponse(d: dict[str, Any]) -> SetMonitoringBaseResponse:
    g = d.get
    s0, s1, s2 = _SET_SetMonitoringBaseResponse
    o = _new(SetMonitoringBaseResponse)
    s0(o, _E_GenericDeviceModelStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetMonitoringLevelResponse(o: SetMonitoringLevelResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetMonitoringLevelResponse(d: dict[str, Any]) -> SetMonitoringLevelResponse:
    g = d.get
    s0, s1, s2 = _SET_SetMonitoringLevelResponse
    o = _new(SetMonitoringLevelResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetNetworkProfileResponse(o: SetNetworkProfileResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetNetworkProfileResponse(d: dict[str, Any]) -> SetNetworkProfileResponse:
    g = d.get
    s0, s1, s2 = _SET_SetNetworkProfileResponse
    o = _new(SetNetworkProfileResponse)
    s0(o, _E_SetNetworkProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SignCertificateResponse(d: dict[str, Any]) -> SignCertificateResponse:
    g = d.get
    s0, s1, s2 = _SET_SignCertificateResponse
    o = _new(SignCertificateResponse)
    s0(o, _E_GenericStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.total_cost is not None:
        d["totalCost"] = o.total_cost
    if o.charging_priority is not None:
        d["chargingPriority"] = o.charging_priority
    if o.id_token_info is not None:
        d["idTokenInfo"] = _to_wire_IdTokenInfo(o.id_token_info)
    if o.transaction_limit is not None:
        d["transactionLimit"] = _to_wire_TransactionLimit(o.transaction_limit)
    if o.updated_personal_message is not None:
        d["updatedPersonalMessage"] = _to_wire_MessageContent(o.updated_personal_message)
    if o.updated_personal_message_extra is not None:
        d["updatedPersonalMessageExtra"] = [
            _to_wire_MessageContent(x) for x in o.updated_personal_message_extra
        ]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TransactionEventResponse(d: dict[str, Any]) -> TransactionEventResponse:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_TransactionEventResponse
    o = _new(TransactionEventResponse)
    s0(o, g("totalCost"))
    s1(o, g("chargingPriority"))
    s2(o, None if (v := g("idTokenInfo")) is None else _from_wire_IdTokenInfo(v))
    s3(o, None if (v := g("transactionLimit")) is None else _from_wire_TransactionLimit(v))
    s4(o, None if (v := g("updatedPersonalMessage")) is None else _from_wire_MessageContent(v))
    s5(
        o,
        (
            None
            if (v := g("updatedPersonalMessageExtra")) is None
            else [_from_wire_MessageContent(x) for x in v]
        ),
    )
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TriggerMessageResponse(o: TriggerMessageResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TriggerMessageResponse(d: dict[str, Any]) -> TriggerMessageResponse:
    g = d.get
    s0, s1, s2 = _SET_TriggerMessageResponse
    o = _new(TriggerMessageResponse)
    s0(o, _E_TriggerMessageStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UnlockConnectorResponse(o: UnlockConnectorResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UnlockConnectorResponse(d: dict[str, Any]) -> UnlockConnectorResponse:
    g = d.get
    s0, s1, s2 = _SET_UnlockConnectorResponse
    o = _new(UnlockConnectorResponse)
    s0(o, _E_UnlockStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_UpdateDynamicScheduleResponse(o: UpdateDynamicScheduleResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UpdateDynamicScheduleResponse(d: dict[str, Any]) -> UpdateDynamicScheduleResponse:
    g = d.get
    s0, s1, s2 = _SET_UpdateDynamicScheduleResponse
    o = _new(UpdateDynamicScheduleResponse)
    s0(o, _E_ChargingProfileStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UpdateFirmwareResponse(o: UpdateFirmwareResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UpdateFirmwareResponse(d: dict[str, Any]) -> UpdateFirmwareResponse:
    g = d.get
    s0, s1, s2 = _SET_UpdateFirmwareResponse
    o = _new(UpdateFirmwareResponse)
    s0(o, _E_UpdateFirmwareStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UsePriorityChargingResponse(o: UsePriorityChargingResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UsePriorityChargingResponse(d: dict[str, Any]) -> UsePriorityChargingResponse:
    g = d.get
    s0, s1, s2 = _SET_UsePriorityChargingResponse
    o = _new(UsePriorityChargingResponse)
    s0(o, _E_PriorityChargingStatusEnum[d["status"]])
    s1(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_VatNumberValidationResponse(o: VatNumberValidationResponse) -> dict[str, Any]:
    d: dict[str, Any] = {"vatNumber": o.vat_number, "status": o.status._value_}
    if o.company is not None:
        d["company"] = _to_wire_Address(o.company)
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_VatNumberValidationResponse(d: dict[str, Any]) -> VatNumberValidationResponse:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_VatNumberValidationResponse
    o = _new(VatNumberValidationResponse)
    s0(o, d["vatNumber"])
    s1(o, _E_GenericStatusEnum[d["status"]])
    s2(o, None if (v := g("company")) is None else _from_wire_Address(v))
    s3(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s4(o, g("evseId"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyPeriodicEventStreamRequest(
    o: NotifyPeriodicEventStreamRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "data": [_to_wire_StreamDataElement(x) for x in o.data],
        "id": o.id_,
        "pending": o.pending,
        "basetime": _format_datetime(o.basetime),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyPeriodicEventStreamRequest(
    d: dict[str, Any],
) -> NotifyPeriodicEventStreamRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_NotifyPeriodicEventStreamRequest
    o = _new(NotifyPeriodicEventStreamRequest)
    s0(o, [_from_wire_StreamDataElement(x) for x in d["data"]])
    s1(o, d["id"])
    s2(o, d["pending"])
    s3(o, _parse_datetime(d["basetime"]))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_AFRRSignalRequest(o: AFRRSignalRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"timestamp": _format_datetime(o.timestamp), "signal": o.signal}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AFRRSignalRequest(d: dict[str, Any]) -> AFRRSignalRequest:
    g = d.get
    s0, s1, s2 = _SET_AFRRSignalRequest
    o = _new(AFRRSignalRequest)
    s0(o, _parse_datetime(d["timestamp"]))
    s1(o, d["signal"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_AdjustPeriodicEventStreamRequest(
    o: AdjustPeriodicEventStreamRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"id": o.id_, "params": _to_wire_PeriodicEventStreamParams(o.params)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AdjustPeriodicEventStreamRequest(
    d: dict[str, Any],
) -> AdjustPeriodicEventStreamRequest:
    g = d.get
    s0, s1, s2 = _SET_AdjustPeriodicEventStreamRequest
    o = _new(AdjustPeriodicEventStreamRequest)
    s0(o, d["id"])
    s1(o, _from_wire_PeriodicEventStreamParams(d["params"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_AuthorizeRequest(o: AuthorizeRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"idToken": _to_wire_IdToken(o.id_token)}
    if o.certificate is not None:
        d["certificate"] = o.certificate
    if o.iso15118_certificate_hash_data is not None:
        d["iso15118CertificateHashData"] = [
            _to_wire_OCSPRequestData(x) for x in o.iso15118_certificate_hash_data
        ]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_AuthorizeRequest(d: dict[str, Any]) -> AuthorizeRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_AuthorizeRequest
    o = _new(AuthorizeRequest)
    s0(o, _from_wire_IdToken(d["idToken"]))
    s1(o, g("certificate"))
    s2(
        o,
        (
            None
            if (v := g("iso15118CertificateHashData")) is None
            else [_from_wire_OCSPRequestData(x) for x in v]
        ),
    )
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_BatterySwapRequest(o: BatterySwapRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "batteryData": [_to_wire_BatteryData(x) for x in o.battery_data],
        "eventType": o.event_type._value_,
        "idToken": _to_wire_IdToken(o.id_token),
        "requestId": o.request_id,
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_BatterySwapRequest(d: dict[str, Any]) -> BatterySwapRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_BatterySwapRequest
    o = _new(BatterySwapRequest)
    s0(o, [_from_wire_BatteryData(x) for x in d["batteryData"]])
    s1(o, _E_BatterySwapEventEnum[d["eventType"]])
    s2(o, _from_wire_IdToken(d["idToken"]))
    s3(o, d["requestId"])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.certificate_type is not None:
        d["certificateType"] = o.certificate_type._value_
    if o.request_id is not None:
        d["requestId"] = o.request_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CertificateSignedRequest(d: dict[str, Any]) -> CertificateSignedRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_CertificateSignedRequest
    o = _new(CertificateSignedRequest)
    s0(o, d["certificateChain"])
    s1(o, None if (v := g("certificateType")) is None else _E_CertificateSigningUseEnum[v])
    s2(o, g("requestId"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChangeAvailabilityRequest(o: ChangeAvailabilityRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"operationalStatus": o.operational_status._value_}
    if o.evse is not None:
        d["evse"] = _to_wire_EVSE(o.evse)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChangeAvailabilityRequest(d: dict[str, Any]) -> ChangeAvailabilityRequest:
    g = d.get
    s0, s1, s2 = _SET_ChangeAvailabilityRequest
    o = _new(ChangeAvailabilityRequest)
    s0(o, _E_OperationalStatusEnum[d["operationalStatus"]])
    s1(o, None if (v := g("evse")) is None else _from_wire_EVSE(v))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ChangeTransactionTariffRequest(o: ChangeTransactionTariffRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"tariff": _to_wire_Tariff(o.tariff), "transactionId": o.transaction_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ChangeTransactionTariffRequest(d: dict[str, Any]) -> ChangeTransactionTariffRequest:
    g = d.get
    s0, s1, s2 = _SET_ChangeTransactionTariffRequest
    o = _new(ChangeTransactionTariffRequest)
    s0(o, _from_wire_Tariff(d["tariff"]))
    s1(o, d["transactionId"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.charging_profile_id is not None:
        d["chargingProfileId"] = o.charging_profile_id
    if o.charging_profile_criteria is not None:
        d["chargingProfileCriteria"] = _to_wire_ClearChargingProfile(o.charging_profile_criteria)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearChargingProfileRequest(d: dict[str, Any]) -> ClearChargingProfileRequest:
    g = d.get
    s0, s1, s2 = _SET_ClearChargingProfileRequest
    o = _new(ClearChargingProfileRequest)
    s0(o, g("chargingProfileId"))
    s1(
        o,
        None if (v := g("chargingProfileCriteria")) is None else _from_wire_ClearChargingProfile(v),
    )
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClearDERControlRequest(o: ClearDERControlRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"isDefault": o.is_default}
    if o.control_type is not None:
        d["controlType"] = o.control_type._value_
    if o.control_id is not None:
        d["controlId"] = o.control_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearDERControlRequest(d: dict[str, Any]) -> ClearDERControlRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_ClearDERControlRequest
    o = _new(ClearDERControlRequest)
    s0(o, d["isDefault"])
    s1(o, None if (v := g("controlType")) is None else _E_DERControlEnum[v])
    s2(o, g("controlId"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_ClearTariffsRequest(o: ClearTariffsRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.tariff_ids is not None:
        d["tariffIds"] = list(o.tariff_ids)
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearTariffsRequest(d: dict[str, Any]) -> ClearTariffsRequest:
    g = d.get
    s0, s1, s2 = _SET_ClearTariffsRequest
    o = _new(ClearTariffsRequest)
    s0(o, None if (v := g("tariffIds")) is None else list(v))
    s1(o, g("evseId"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    d: dict[str, Any] = {"chargingLimitSource": o.charging_limit_source}
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClearedChargingLimitRequest(d: dict[str, Any]) -> ClearedChargingLimitRequest:
    g = d.get
    s0, s1, s2 = _SET_ClearedChargingLimitRequest
    o = _new(ClearedChargingLimitRequest)
    s0(o, d["chargingLimitSource"])
    s1(o, g("evseId"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ClosePeriodicEventStreamRequest(o: ClosePeriodicEventStreamRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"id": o.id_}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ClosePeriodicEventStreamRequest(
    d: dict[str, Any],
) -> ClosePeriodicEventStreamRequest:
    g = d.get
    s0, s1 = _SET_ClosePeriodicEventStreamRequest
    o = _new(ClosePeriodicEventStreamRequest)
    s0(o, d["id"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.customer_certificate is not None:
        d["customerCertificate"] = _to_wire_CertificateHashData(o.customer_certificate)
    if o.id_token is not None:
        d["idToken"] = _to_wire_IdToken(o.id_token)
    if o.customer_identifier is not None:
        d["customerIdentifier"] = o.customer_identifier
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_CustomerInformationRequest(d: dict[str, Any]) -> CustomerInformationRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_CustomerInformationRequest
    o = _new(CustomerInformationRequest)
    s0(o, d["requestId"])
    s1(o, d["report"])
    s2(o, d["clear"])
    s3(o, None if (v := g("customerCertificate")) is None else _from_wire_CertificateHashData(v))
    s4(o, None if (v := g("idToken")) is None else _from_wire_IdToken(v))
    s5(o, g("customerIdentifier"))
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_DataTransferRequest(o: DataTransferRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"vendorId": o.vendor_id}
    if o.message_id is not None:
        d["messageId"] = o.message_id
    if o.data is not None:
        d["data"] = o.data
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_DataTransferRequest(d: dict[str, Any]) -> DataTransferRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_DataTransferRequest
    o = _new(DataTransferRequest)
    s0(o, d["vendorId"])
    s1(o, g("messageId"))
    s2(o, g("data"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.request_id is not None:
        d["requestId"] = o.request_id
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_FirmwareStatusNotificationRequest(
    d: dict[str, Any],
) -> FirmwareStatusNotificationRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_FirmwareStatusNotificationRequest
    o = _new(FirmwareStatusNotificationRequest)
    s0(o, _E_FirmwareStatusEnum[d["status"]])
    s1(o, g("requestId"))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_Get15118EVCertificateRequest(o: Get15118EVCertificateRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "iso15118SchemaVersion": o.iso15118_schema_version,
        "action": o.action._value_,
        "exiRequest": o.exi_request,
    }
    if o.maximum_contract_certificate_chains is not None:
        d["maximumContractCertificateChains"] = o.maximum_contract_certificate_chains
    if o.prioritized_emaids is not None:
        d["prioritizedEMAIDs"] = list(o.prioritized_emaids)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_Get15118EVCertificateRequest(d: dict[str, Any]) -> Get15118EVCertificateRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_Get15118EVCertificateRequest
    o = _new(Get15118EVCertificateRequest)
    s0(o, d["iso15118SchemaVersion"])
    s1(o, _E_CertificateActionEnum[d["action"]])
    s2(o, d["exiRequest"])
    s3(o, g("maximumContractCertificateChains"))
    s4(o, None if (v := g("prioritizedEMAIDs")) is None else list(v))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_GetCertificateChainStatusRequest(
    o: GetCertificateChainStatusRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "certificateStatusRequests": [
            _to_wire_CertificateStatusRequestInfo(x) for x in o.certificate_status_requests
        ],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetCertificateChainStatusRequest(
    d: dict[str, Any],
) -> GetCertificateChainStatusRequest:
    g = d.get
    s0, s1 = _SET_GetCertificateChainStatusRequest
    o = _new(GetCertificateChainStatusRequest)
    s0(o, [_from_wire_CertificateStatusRequestInfo(x) for x in d["certificateStatusRequests"]])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetChargingProfilesRequest(d: dict[str, Any]) -> GetChargingProfilesRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_GetChargingProfilesRequest
    o = _new(GetChargingProfilesRequest)
    s0(o, d["requestId"])
    s1(o, _from_wire_ChargingProfileCriterion(d["chargingProfile"]))
    s2(o, g("evseId"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetCompositeScheduleRequest(o: GetCompositeScheduleRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"duration": o.duration, "evseId": o.evse_id}
    if o.charging_rate_unit is not None:
        d["chargingRateUnit"] = o.charging_rate_unit._value_
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetCompositeScheduleRequest(d: dict[str, Any]) -> GetCompositeScheduleRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_GetCompositeScheduleRequest
    o = _new(GetCompositeScheduleRequest)
    s0(o, d["duration"])
    s1(o, d["evseId"])
    s2(o, None if (v := g("chargingRateUnit")) is None else _E_ChargingRateUnitEnum[v])
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetDERControlRequest(o: GetDERControlRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.is_default is not None:
        d["isDefault"] = o.is_default
    if o.control_type is not None:
        d["controlType"] = o.control_type._value_
    if o.control_id is not None:
        d["controlId"] = o.control_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetDERControlRequest(d: dict[str, Any]) -> GetDERControlRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_GetDERControlRequest
    o = _new(GetDERControlRequest)
    s0(o, d["requestId"])
    s1(o, g("isDefault"))
    s2(o, None if (v := g("controlType")) is None else _E_DERControlEnum[v])
    s3(o, g("controlId"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetDisplayMessagesRequest(o: GetDisplayMessagesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.id_ is not None:
        d["id"] = list(o.id_)
    if o.priority is not None:
        d["priority"] = o.priority._value_
    if o.state is not None:
        d["state"] = o.state._value_
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetDisplayMessagesRequest(d: dict[str, Any]) -> GetDisplayMessagesRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_GetDisplayMessagesRequest
    o = _new(GetDisplayMessagesRequest)
    s0(o, d["requestId"])
    s1(o, None if (v := g("id")) is None else list(v))
    s2(o, None if (v := g("priority")) is None else _E_MessagePriorityEnum[v])
    s3(o, None if (v := g("state")) is None else _E_MessageStateEnum[v])
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetInstalledCertificateIdsRequest(
    o: GetInstalledCertificateIdsRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.certificate_type is not None:
        d["certificateType"] = [x._value_ for x in o.certificate_type]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetInstalledCertificateIdsRequest(
    d: dict[str, Any],
) -> GetInstalledCertificateIdsRequest:
    g = d.get
    s0, s1 = _SET_GetInstalledCertificateIdsRequest
    o = _new(GetInstalledCertificateIdsRequest)
    s0(
        o,
        None if (v := g("certificateType")) is None else [_E_GetCertificateIdUseEnum[x] for x in v],
    )
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetLogRequest(d: dict[str, Any]) -> GetLogRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_GetLogRequest
    o = _new(GetLogRequest)
    s0(o, _from_wire_LogParameters(d["log"]))
    s1(o, _E_LogEnum[d["logType"]])
    s2(o, d["requestId"])
    s3(o, g("retries"))
    s4(o, g("retryInterval"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetMonitoringReportRequest(o: GetMonitoringReportRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.component_variable is not None:
        d["componentVariable"] = [_to_wire_ComponentVariable(x) for x in o.component_variable]
    if o.monitoring_criteria is not None:
        d["monitoringCriteria"] = [x._value_ for x in o.monitoring_criteria]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetMonitoringReportRequest(d: dict[str, Any]) -> GetMonitoringReportRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_GetMonitoringReportRequest
    o = _new(GetMonitoringReportRequest)
    s0(o, d["requestId"])
    s1(
        o,
        (
            None
            if (v := g("componentVariable")) is None
            else [_from_wire_ComponentVariable(x) for x in v]
        ),
    )
    s2(
        o,
        (
            None
            if (v := g("monitoringCriteria")) is None
            else [_E_MonitoringCriterionEnum[x] for x in v]
        ),
    )
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetPeriodicEventStreamRequest(o: GetPeriodicEventStreamRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetPeriodicEventStreamRequest(d: dict[str, Any]) -> GetPeriodicEventStreamRequest:
    g = d.get
    (s0,) = _SET_GetPeriodicEventStreamRequest
    o = _new(GetPeriodicEventStreamRequest)
    s0(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetReportRequest(o: GetReportRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.component_variable is not None:
        d["componentVariable"] = [_to_wire_ComponentVariable(x) for x in o.component_variable]
    if o.component_criteria is not None:
        d["componentCriteria"] = [x._value_ for x in o.component_criteria]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetReportRequest(d: dict[str, Any]) -> GetReportRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_GetReportRequest
    o = _new(GetReportRequest)
    s0(o, d["requestId"])
    s1(
        o,
        (
            None
            if (v := g("componentVariable")) is None
            else [_from_wire_ComponentVariable(x) for x in v]
        ),
    )
    s2(
        o,
        (
            None
            if (v := g("componentCriteria")) is None
            else [_E_ComponentCriterionEnum[x] for x in v]
        ),
    )
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetTariffsRequest(o: GetTariffsRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"evseId": o.evse_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetTariffsRequest(d: dict[str, Any]) -> GetTariffsRequest:
    g = d.get
    s0, s1 = _SET_GetTariffsRequest
    o = _new(GetTariffsRequest)
    s0(o, d["evseId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_GetTransactionStatusRequest(o: GetTransactionStatusRequest) -> dict[str, Any]:
    d: dict[str, Any] = {}
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_GetTransactionStatusRequest(d: dict[str, Any]) -> GetTransactionStatusRequest:
    g = d.get
    s0, s1 = _SET_GetTransactionStatusRequest
    o = _new(GetTransactionStatusRequest)
    s0(o, g("transactionId"))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.request_id is not None:
        d["requestId"] = o.request_id
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_LogStatusNotificationRequest(d: dict[str, Any]) -> LogStatusNotificationRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_LogStatusNotificationRequest
    o = _new(LogStatusNotificationRequest)
    s0(o, _E_UploadLogStatusEnum[d["status"]])
    s1(o, g("requestId"))
    s2(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_NotifyAllowedEnergyTransferRequest(
    o: NotifyAllowedEnergyTransferRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {
        "transactionId": o.transaction_id,
        "allowedEnergyTransfer": [x._value_ for x in o.allowed_energy_transfer],
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyAllowedEnergyTransferRequest(
    d: dict[str, Any],
) -> NotifyAllowedEnergyTransferRequest:
    g = d.get
    s0, s1, s2 = _SET_NotifyAllowedEnergyTransferRequest
    o = _new(NotifyAllowedEnergyTransferRequest)
    s0(o, d["transactionId"])
    s1(o, [_E_EnergyTransferModeEnum[x] for x in d["allowedEnergyTransfer"]])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyChargingLimitRequest(o: NotifyChargingLimitRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"chargingLimit": _to_wire_ChargingLimit(o.charging_limit)}
    if o.charging_schedule is not None:
        d["chargingSchedule"] = [_to_wire_ChargingSchedule(x) for x in o.charging_schedule]
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyChargingLimitRequest(d: dict[str, Any]) -> NotifyChargingLimitRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_NotifyChargingLimitRequest
    o = _new(NotifyChargingLimitRequest)
    s0(o, _from_wire_ChargingLimit(d["chargingLimit"]))
    s1(
        o,
        (
            None
            if (v := g("chargingSchedule")) is None
            else [_from_wire_ChargingSchedule(x) for x in v]
        ),
    )
    s2(o, g("evseId"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.tbc is not None:
        d["tbc"] = o.tbc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
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
    s4(o, g("tbc"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyDERAlarmRequest(o: NotifyDERAlarmRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "controlType": o.control_type._value_,
        "timestamp": _format_datetime(o.timestamp),
    }
    if o.grid_event_fault is not None:
        d["gridEventFault"] = o.grid_event_fault._value_
    if o.alarm_ended is not None:
        d["alarmEnded"] = o.alarm_ended
    if o.extra_info is not None:
        d["extraInfo"] = o.extra_info
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyDERAlarmRequest(d: dict[str, Any]) -> NotifyDERAlarmRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_NotifyDERAlarmRequest
    o = _new(NotifyDERAlarmRequest)
    s0(o, _E_DERControlEnum[d["controlType"]])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, None if (v := g("gridEventFault")) is None else _E_GridEventFaultEnum[v])
    s3(o, g("alarmEnded"))
    s4(o, g("extraInfo"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyDERStartStopRequest(o: NotifyDERStartStopRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "controlId": o.control_id,
        "started": o.started,
        "timestamp": _format_datetime(o.timestamp),
    }
    if o.superseded_ids is not None:
        d["supersededIds"] = list(o.superseded_ids)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyDERStartStopRequest(d: dict[str, Any]) -> NotifyDERStartStopRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_NotifyDERStartStopRequest
    o = _new(NotifyDERStartStopRequest)
    s0(o, d["controlId"])
    s1(o, d["started"])
    s2(o, _parse_datetime(d["timestamp"]))
    s3(o, None if (v := g("supersededIds")) is None else list(v))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyDisplayMessagesRequest(o: NotifyDisplayMessagesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.message_info is not None:
        d["messageInfo"] = [_to_wire_MessageInfo(x) for x in o.message_info]
    if o.tbc is not None:
        d["tbc"] = o.tbc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyDisplayMessagesRequest(d: dict[str, Any]) -> NotifyDisplayMessagesRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_NotifyDisplayMessagesRequest
    o = _new(NotifyDisplayMessagesRequest)
    s0(o, d["requestId"])
    s1(o, None if (v := g("messageInfo")) is None else [_from_wire_MessageInfo(x) for x in v])
    s2(o, g("tbc"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyEVChargingNeedsRequest(o: NotifyEVChargingNeedsRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "evseId": o.evse_id,
        "chargingNeeds": _to_wire_ChargingNeeds(o.charging_needs),
    }
    if o.max_schedule_tuples is not None:
        d["maxScheduleTuples"] = o.max_schedule_tuples
    if o.timestamp is not None:
        d["timestamp"] = _format_datetime(o.timestamp)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyEVChargingNeedsRequest(d: dict[str, Any]) -> NotifyEVChargingNeedsRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_NotifyEVChargingNeedsRequest
    o = _new(NotifyEVChargingNeedsRequest)
    s0(o, d["evseId"])
    s1(o, _from_wire_ChargingNeeds(d["chargingNeeds"]))
    s2(o, g("maxScheduleTuples"))
    s3(o, None if (v := g("timestamp")) is None else _parse_datetime(v))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyEVChargingScheduleRequest(o: NotifyEVChargingScheduleRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "timeBase": _format_datetime(o.time_base),
        "chargingSchedule": _to_wire_ChargingSchedule(o.charging_schedule),
        "evseId": o.evse_id,
    }
    if o.selected_charging_schedule_id is not None:
        d["selectedChargingScheduleId"] = o.selected_charging_schedule_id
    if o.power_tolerance_acceptance is not None:
        d["powerToleranceAcceptance"] = o.power_tolerance_acceptance
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyEVChargingScheduleRequest(
    d: dict[str, Any],
) -> NotifyEVChargingScheduleRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_NotifyEVChargingScheduleRequest
    o = _new(NotifyEVChargingScheduleRequest)
    s0(o, _parse_datetime(d["timeBase"]))
    s1(o, _from_wire_ChargingSchedule(d["chargingSchedule"]))
    s2(o, d["evseId"])
    s3(o, g("selectedChargingScheduleId"))
    s4(o, g("powerToleranceAcceptance"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyEventRequest(o: NotifyEventRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "generatedAt": _format_datetime(o.generated_at),
        "seqNo": o.seq_no,
        "eventData": [_to_wire_EventData(x) for x in o.event_data],
    }
    if o.tbc is not None:
        d["tbc"] = o.tbc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyEventRequest(d: dict[str, Any]) -> NotifyEventRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_NotifyEventRequest
    o = _new(NotifyEventRequest)
    s0(o, _parse_datetime(d["generatedAt"]))
    s1(o, d["seqNo"])
    s2(o, [_from_wire_EventData(x) for x in d["eventData"]])
    s3(o, g("tbc"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyMonitoringReportRequest(o: NotifyMonitoringReportRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "requestId": o.request_id,
        "seqNo": o.seq_no,
        "generatedAt": _format_datetime(o.generated_at),
    }
    if o.monitor is not None:
        d["monitor"] = [_to_wire_MonitoringData(x) for x in o.monitor]
    if o.tbc is not None:
        d["tbc"] = o.tbc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyMonitoringReportRequest(d: dict[str, Any]) -> NotifyMonitoringReportRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_NotifyMonitoringReportRequest
    o = _new(NotifyMonitoringReportRequest)
    s0(o, d["requestId"])
    s1(o, d["seqNo"])
    s2(o, _parse_datetime(d["generatedAt"]))
    s3(o, None if (v := g("monitor")) is None else [_from_wire_MonitoringData(x) for x in v])
    s4(o, g("tbc"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyPriorityChargingRequest(o: NotifyPriorityChargingRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"transactionId": o.transaction_id, "activated": o.activated}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyPriorityChargingRequest(d: dict[str, Any]) -> NotifyPriorityChargingRequest:
    g = d.get
    s0, s1, s2 = _SET_NotifyPriorityChargingRequest
    o = _new(NotifyPriorityChargingRequest)
    s0(o, d["transactionId"])
    s1(o, d["activated"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyReportRequest(o: NotifyReportRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "requestId": o.request_id,
        "generatedAt": _format_datetime(o.generated_at),
        "seqNo": o.seq_no,
    }
    if o.report_data is not None:
        d["reportData"] = [_to_wire_ReportData(x) for x in o.report_data]
    if o.tbc is not None:
        d["tbc"] = o.tbc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyReportRequest(d: dict[str, Any]) -> NotifyReportRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_NotifyReportRequest
    o = _new(NotifyReportRequest)
    s0(o, d["requestId"])
    s1(o, _parse_datetime(d["generatedAt"]))
    s2(o, d["seqNo"])
    s3(o, None if (v := g("reportData")) is None else [_from_wire_ReportData(x) for x in v])
    s4(o, g("tbc"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifySettlementRequest(o: NotifySettlementRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "pspRef": o.psp_ref,
        "status": o.status._value_,
        "settlementAmount": o.settlement_amount,
        "settlementTime": _format_datetime(o.settlement_time),
    }
    if o.transaction_id is not None:
        d["transactionId"] = o.transaction_id
    if o.status_info is not None:
        d["statusInfo"] = o.status_info
    if o.receipt_id is not None:
        d["receiptId"] = o.receipt_id
    if o.receipt_url is not None:
        d["receiptUrl"] = o.receipt_url
    if o.vat_company is not None:
        d["vatCompany"] = _to_wire_Address(o.vat_company)
    if o.vat_number is not None:
        d["vatNumber"] = o.vat_number
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifySettlementRequest(d: dict[str, Any]) -> NotifySettlementRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 = _SET_NotifySettlementRequest
    o = _new(NotifySettlementRequest)
    s0(o, d["pspRef"])
    s1(o, _E_PaymentStatusEnum[d["status"]])
    s2(o, d["settlementAmount"])
    s3(o, _parse_datetime(d["settlementTime"]))
    s4(o, g("transactionId"))
    s5(o, g("statusInfo"))
    s6(o, g("receiptId"))
    s7(o, g("receiptUrl"))
    s8(o, None if (v := g("vatCompany")) is None else _from_wire_Address(v))
    s9(o, g("vatNumber"))
    s10(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_NotifyWebPaymentStartedRequest(o: NotifyWebPaymentStartedRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"evseId": o.evse_id, "timeout": o.timeout}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_NotifyWebPaymentStartedRequest(d: dict[str, Any]) -> NotifyWebPaymentStartedRequest:
    g = d.get
    s0, s1, s2 = _SET_NotifyWebPaymentStartedRequest
    o = _new(NotifyWebPaymentStartedRequest)
    s0(o, d["evseId"])
    s1(o, d["timeout"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_OpenPeriodicEventStreamRequest(o: OpenPeriodicEventStreamRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"constantStreamData": _to_wire_ConstantStreamData(o.constant_stream_data)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_OpenPeriodicEventStreamRequest(d: dict[str, Any]) -> OpenPeriodicEventStreamRequest:
    g = d.get
    s0, s1 = _SET_OpenPeriodicEventStreamRequest
    o = _new(OpenPeriodicEventStreamRequest)
    s0(o, _from_wire_ConstantStreamData(d["constantStreamData"]))
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PublishFirmwareRequest(o: PublishFirmwareRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"location": o.location, "checksum": o.checksum, "requestId": o.request_id}
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PublishFirmwareRequest(d: dict[str, Any]) -> PublishFirmwareRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_PublishFirmwareRequest
    o = _new(PublishFirmwareRequest)
    s0(o, d["location"])
    s1(o, d["checksum"])
    s2(o, d["requestId"])
    s3(o, g("retries"))
    s4(o, g("retryInterval"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PublishFirmwareStatusNotificationRequest(
    o: PublishFirmwareStatusNotificationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"status": o.status._value_}
    if o.location is not None:
        d["location"] = list(o.location)
    if o.request_id is not None:
        d["requestId"] = o.request_id
    if o.status_info is not None:
        d["statusInfo"] = _to_wire_StatusInfo(o.status_info)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PublishFirmwareStatusNotificationRequest(
    d: dict[str, Any],
) -> PublishFirmwareStatusNotificationRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_PublishFirmwareStatusNotificationRequest
    o = _new(PublishFirmwareStatusNotificationRequest)
    s0(o, _E_PublishFirmwareStatusEnum[d["status"]])
    s1(o, None if (v := g("location")) is None else list(v))
    s2(o, g("requestId"))
    s3(o, None if (v := g("statusInfo")) is None else _from_wire_StatusInfo(v))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_PullDynamicScheduleUpdateRequest(
    o: PullDynamicScheduleUpdateRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"chargingProfileId": o.charging_profile_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_PullDynamicScheduleUpdateRequest(
    d: dict[str, Any],
) -> PullDynamicScheduleUpdateRequest:
    g = d.get
    s0, s1 = _SET_PullDynamicScheduleUpdateRequest
    o = _new(PullDynamicScheduleUpdateRequest)
    s0(o, d["chargingProfileId"])
    s1(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ReportChargingProfilesRequest(o: ReportChargingProfilesRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "requestId": o.request_id,
        "chargingLimitSource": o.charging_limit_source,
        "chargingProfile": [_to_wire_ChargingProfile(x) for x in o.charging_profile],
        "evseId": o.evse_id,
    }
    if o.tbc is not None:
        d["tbc"] = o.tbc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReportChargingProfilesRequest(d: dict[str, Any]) -> ReportChargingProfilesRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_ReportChargingProfilesRequest
    o = _new(ReportChargingProfilesRequest)
    s0(o, d["requestId"])
    s1(o, d["chargingLimitSource"])
    s2(o, [_from_wire_ChargingProfile(x) for x in d["chargingProfile"]])
    s3(o, d["evseId"])
    s4(o, g("tbc"))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ReportDERControlRequest(o: ReportDERControlRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id}
    if o.curve is not None:
        d["curve"] = [_to_wire_DERCurveGet(x) for x in o.curve]
    if o.enter_service is not None:
        d["enterService"] = [_to_wire_EnterServiceGet(x) for x in o.enter_service]
    if o.fixed_pf_absorb is not None:
        d["fixedPFAbsorb"] = [_to_wire_FixedPFGet(x) for x in o.fixed_pf_absorb]
    if o.fixed_pf_inject is not None:
        d["fixedPFInject"] = [_to_wire_FixedPFGet(x) for x in o.fixed_pf_inject]
    if o.fixed_var is not None:
        d["fixedVar"] = [_to_wire_FixedVarGet(x) for x in o.fixed_var]
    if o.freq_droop is not None:
        d["freqDroop"] = [_to_wire_FreqDroopGet(x) for x in o.freq_droop]
    if o.gradient is not None:
        d["gradient"] = [_to_wire_GradientGet(x) for x in o.gradient]
    if o.limit_max_discharge is not None:
        d["limitMaxDischarge"] = [_to_wire_LimitMaxDischargeGet(x) for x in o.limit_max_discharge]
    if o.tbc is not None:
        d["tbc"] = o.tbc
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReportDERControlRequest(d: dict[str, Any]) -> ReportDERControlRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10 = _SET_ReportDERControlRequest
    o = _new(ReportDERControlRequest)
    s0(o, d["requestId"])
    s1(o, None if (v := g("curve")) is None else [_from_wire_DERCurveGet(x) for x in v])
    s2(o, None if (v := g("enterService")) is None else [_from_wire_EnterServiceGet(x) for x in v])
    s3(o, None if (v := g("fixedPFAbsorb")) is None else [_from_wire_FixedPFGet(x) for x in v])
    s4(o, None if (v := g("fixedPFInject")) is None else [_from_wire_FixedPFGet(x) for x in v])
    s5(o, None if (v := g("fixedVar")) is None else [_from_wire_FixedVarGet(x) for x in v])
    s6(o, None if (v := g("freqDroop")) is None else [_from_wire_FreqDroopGet(x) for x in v])
    s7(o, None if (v := g("gradient")) is None else [_from_wire_GradientGet(x) for x in v])
    s8(
        o,
        (
            None
            if (v := g("limitMaxDischarge")) is None
            else [_from_wire_LimitMaxDischargeGet(x) for x in v]
        ),
    )
    s9(o, g("tbc"))
    s10(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_RequestBatterySwapRequest(o: RequestBatterySwapRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"idToken": _to_wire_IdToken(o.id_token), "requestId": o.request_id}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_RequestBatterySwapRequest(d: dict[str, Any]) -> RequestBatterySwapRequest:
    g = d.get
    s0, s1, s2 = _SET_RequestBatterySwapRequest
    o = _new(RequestBatterySwapRequest)
    s0(o, _from_wire_IdToken(d["idToken"]))
    s1(o, d["requestId"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_RequestStartTransactionRequest(o: RequestStartTransactionRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "idToken": _to_wire_IdToken(o.id_token),
        "remoteStartId": o.remote_start_id,
    }
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.group_id_token is not None:
        d["groupIdToken"] = _to_wire_IdToken(o.group_id_token)
    if o.charging_profile is not None:
        d["chargingProfile"] = _to_wire_ChargingProfile(o.charging_profile)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_RequestStartTransactionRequest(d: dict[str, Any]) -> RequestStartTransactionRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5 = _SET_RequestStartTransactionRequest
    o = _new(RequestStartTransactionRequest)
    s0(o, _from_wire_IdToken(d["idToken"]))
    s1(o, d["remoteStartId"])
    s2(o, g("evseId"))
    s3(o, None if (v := g("groupIdToken")) is None else _from_wire_IdToken(v))
    s4(o, None if (v := g("chargingProfile")) is None else _from_wire_ChargingProfile(v))
    s5(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.connector_type is not None:
        d["connectorType"] = o.connector_type
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.group_id_token is not None:
        d["groupIdToken"] = _to_wire_IdToken(o.group_id_token)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ReserveNowRequest(d: dict[str, Any]) -> ReserveNowRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6 = _SET_ReserveNowRequest
    o = _new(ReserveNowRequest)
    s0(o, d["id"])
    s1(o, _parse_datetime(d["expiryDateTime"]))
    s2(o, _from_wire_IdToken(d["idToken"]))
    s3(o, g("connectorType"))
    s4(o, g("evseId"))
    s5(o, None if (v := g("groupIdToken")) is None else _from_wire_IdToken(v))
    s6(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_ResetRequest(o: ResetRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type_._value_}
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_ResetRequest(d: dict[str, Any]) -> ResetRequest:
    g = d.get
    s0, s1, s2 = _SET_ResetRequest
    o = _new(ResetRequest)
    s0(o, _E_ResetEnum[d["type"]])
    s1(o, g("evseId"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SecurityEventNotificationRequest(
    o: SecurityEventNotificationRequest,
) -> dict[str, Any]:
    d: dict[str, Any] = {"type": o.type_, "timestamp": _format_datetime(o.timestamp)}
    if o.tech_info is not None:
        d["techInfo"] = o.tech_info
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SecurityEventNotificationRequest(
    d: dict[str, Any],
) -> SecurityEventNotificationRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_SecurityEventNotificationRequest
    o = _new(SecurityEventNotificationRequest)
    s0(o, d["type"])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, g("techInfo"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SendLocalListRequest(o: SendLocalListRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"versionNumber": o.version_number, "updateType": o.update_type._value_}
    if o.local_authorization_list is not None:
        d["localAuthorizationList"] = [
            _to_wire_AuthorizationData(x) for x in o.local_authorization_list
        ]
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SendLocalListRequest(d: dict[str, Any]) -> SendLocalListRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_SendLocalListRequest
    o = _new(SendLocalListRequest)
    s0(o, d["versionNumber"])
    s1(o, _E_UpdateEnum[d["updateType"]])
    s2(
        o,
        (
            None
            if (v := g("localAuthorizationList")) is None
            else [_from_wire_AuthorizationData(x) for x in v]
        ),
    )
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_SetDERControlRequest(o: SetDERControlRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "isDefault": o.is_default,
        "controlId": o.control_id,
        "controlType": o.control_type._value_,
    }
    if o.curve is not None:
        d["curve"] = _to_wire_DERCurve(o.curve)
    if o.enter_service is not None:
        d["enterService"] = _to_wire_EnterService(o.enter_service)
    if o.fixed_pf_absorb is not None:
        d["fixedPFAbsorb"] = _to_wire_FixedPF(o.fixed_pf_absorb)
    if o.fixed_pf_inject is not None:
        d["fixedPFInject"] = _to_wire_FixedPF(o.fixed_pf_inject)
    if o.fixed_var is not None:
        d["fixedVar"] = _to_wire_FixedVar(o.fixed_var)
    if o.freq_droop is not None:
        d["freqDroop"] = _to_wire_FreqDroop(o.freq_droop)
    if o.gradient is not None:
        d["gradient"] = _to_wire_Gradient(o.gradient)
    if o.limit_max_discharge is not None:
        d["limitMaxDischarge"] = _to_wire_LimitMaxDischarge(o.limit_max_discharge)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetDERControlRequest(d: dict[str, Any]) -> SetDERControlRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11 = _SET_SetDERControlRequest
    o = _new(SetDERControlRequest)
    s0(o, d["isDefault"])
    s1(o, d["controlId"])
    s2(o, _E_DERControlEnum[d["controlType"]])
    s3(o, None if (v := g("curve")) is None else _from_wire_DERCurve(v))
    s4(o, None if (v := g("enterService")) is None else _from_wire_EnterService(v))
    s5(o, None if (v := g("fixedPFAbsorb")) is None else _from_wire_FixedPF(v))
    s6(o, None if (v := g("fixedPFInject")) is None else _from_wire_FixedPF(v))
    s7(o, None if (v := g("fixedVar")) is None else _from_wire_FixedVar(v))
    s8(o, None if (v := g("freqDroop")) is None else _from_wire_FreqDroop(v))
    s9(o, None if (v := g("gradient")) is None else _from_wire_Gradient(v))
    s10(o, None if (v := g("limitMaxDischarge")) is None else _from_wire_LimitMaxDischarge(v))
    s11(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_SetDefaultTariffRequest(o: SetDefaultTariffRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"evseId": o.evse_id, "tariff": _to_wire_Tariff(o.tariff)}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SetDefaultTariffRequest(d: dict[str, Any]) -> SetDefaultTariffRequest:
    g = d.get
    s0, s1, s2 = _SET_SetDefaultTariffRequest
    o = _new(SetDefaultTariffRequest)
    s0(o, d["evseId"])
    s1(o, _from_wire_Tariff(d["tariff"]))
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
    if o.certificate_type is not None:
        d["certificateType"] = o.certificate_type._value_
    if o.hash_root_certificate is not None:
        d["hashRootCertificate"] = _to_wire_CertificateHashData(o.hash_root_certificate)
    if o.request_id is not None:
        d["requestId"] = o.request_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_SignCertificateRequest(d: dict[str, Any]) -> SignCertificateRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_SignCertificateRequest
    o = _new(SignCertificateRequest)
    s0(o, d["csr"])
    s1(o, None if (v := g("certificateType")) is None else _E_CertificateSigningUseEnum[v])
    s2(o, None if (v := g("hashRootCertificate")) is None else _from_wire_CertificateHashData(v))
    s3(o, g("requestId"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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
    if o.cost_details is not None:
        d["costDetails"] = _to_wire_CostDetails(o.cost_details)
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
    if o.preconditioning_status is not None:
        d["preconditioningStatus"] = o.preconditioning_status._value_
    if o.evse_sleep is not None:
        d["evseSleep"] = o.evse_sleep
    if o.evse is not None:
        d["evse"] = _to_wire_EVSE(o.evse)
    if o.id_token is not None:
        d["idToken"] = _to_wire_IdToken(o.id_token)
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TransactionEventRequest(d: dict[str, Any]) -> TransactionEventRequest:
    g = d.get
    s0, s1, s2, s3, s4, s5, s6, s7, s8, s9, s10, s11, s12, s13, s14, s15 = (
        _SET_TransactionEventRequest
    )
    o = _new(TransactionEventRequest)
    s0(o, _E_TransactionEventEnum[d["eventType"]])
    s1(o, _parse_datetime(d["timestamp"]))
    s2(o, _E_TriggerReasonEnum[d["triggerReason"]])
    s3(o, d["seqNo"])
    s4(o, _from_wire_Transaction(d["transactionInfo"]))
    s5(o, None if (v := g("costDetails")) is None else _from_wire_CostDetails(v))
    s6(o, None if (v := g("meterValue")) is None else [_from_wire_MeterValue(x) for x in v])
    s7(o, g("offline"))
    s8(o, g("numberOfPhasesUsed"))
    s9(o, g("cableMaxCurrent"))
    s10(o, g("reservationId"))
    s11(o, None if (v := g("preconditioningStatus")) is None else _E_PreconditioningStatusEnum[v])
    s12(o, g("evseSleep"))
    s13(o, None if (v := g("evse")) is None else _from_wire_EVSE(v))
    s14(o, None if (v := g("idToken")) is None else _from_wire_IdToken(v))
    s15(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_TriggerMessageRequest(o: TriggerMessageRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestedMessage": o.requested_message._value_}
    if o.evse is not None:
        d["evse"] = _to_wire_EVSE(o.evse)
    if o.custom_trigger is not None:
        d["customTrigger"] = o.custom_trigger
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_TriggerMessageRequest(d: dict[str, Any]) -> TriggerMessageRequest:
    g = d.get
    s0, s1, s2, s3 = _SET_TriggerMessageRequest
    o = _new(TriggerMessageRequest)
    s0(o, _E_MessageTriggerEnum[d["requestedMessage"]])
    s1(o, None if (v := g("evse")) is None else _from_wire_EVSE(v))
    s2(o, g("customTrigger"))
    s3(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
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


def _to_wire_UpdateDynamicScheduleRequest(o: UpdateDynamicScheduleRequest) -> dict[str, Any]:
    d: dict[str, Any] = {
        "chargingProfileId": o.charging_profile_id,
        "scheduleUpdate": _to_wire_ChargingScheduleUpdate(o.schedule_update),
    }
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UpdateDynamicScheduleRequest(d: dict[str, Any]) -> UpdateDynamicScheduleRequest:
    g = d.get
    s0, s1, s2 = _SET_UpdateDynamicScheduleRequest
    o = _new(UpdateDynamicScheduleRequest)
    s0(o, d["chargingProfileId"])
    s1(o, _from_wire_ChargingScheduleUpdate(d["scheduleUpdate"]))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UpdateFirmwareRequest(o: UpdateFirmwareRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"requestId": o.request_id, "firmware": _to_wire_Firmware(o.firmware)}
    if o.retries is not None:
        d["retries"] = o.retries
    if o.retry_interval is not None:
        d["retryInterval"] = o.retry_interval
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UpdateFirmwareRequest(d: dict[str, Any]) -> UpdateFirmwareRequest:
    g = d.get
    s0, s1, s2, s3, s4 = _SET_UpdateFirmwareRequest
    o = _new(UpdateFirmwareRequest)
    s0(o, d["requestId"])
    s1(o, _from_wire_Firmware(d["firmware"]))
    s2(o, g("retries"))
    s3(o, g("retryInterval"))
    s4(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_UsePriorityChargingRequest(o: UsePriorityChargingRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"transactionId": o.transaction_id, "activate": o.activate}
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_UsePriorityChargingRequest(d: dict[str, Any]) -> UsePriorityChargingRequest:
    g = d.get
    s0, s1, s2 = _SET_UsePriorityChargingRequest
    o = _new(UsePriorityChargingRequest)
    s0(o, d["transactionId"])
    s1(o, d["activate"])
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


def _to_wire_VatNumberValidationRequest(o: VatNumberValidationRequest) -> dict[str, Any]:
    d: dict[str, Any] = {"vatNumber": o.vat_number}
    if o.evse_id is not None:
        d["evseId"] = o.evse_id
    if o.custom_data is not None:
        d["customData"] = _to_wire_CustomData(o.custom_data)
    return d


def _from_wire_VatNumberValidationRequest(d: dict[str, Any]) -> VatNumberValidationRequest:
    g = d.get
    s0, s1, s2 = _SET_VatNumberValidationRequest
    o = _new(VatNumberValidationRequest)
    s0(o, d["vatNumber"])
    s1(o, g("evseId"))
    s2(o, None if (v := g("customData")) is None else _from_wire_CustomData(v))
    return o


_TO_WIRE: dict[type, Callable[[Any], dict[str, Any]]] = {
    CustomData: _to_wire_CustomData,
    ACChargingParameters: _to_wire_ACChargingParameters,
    APN: _to_wire_APN,
    RationalNumber: _to_wire_RationalNumber,
    PriceRule: _to_wire_PriceRule,
    PriceRuleStack: _to_wire_PriceRuleStack,
    TaxRule: _to_wire_TaxRule,
    OverstayRule: _to_wire_OverstayRule,
    OverstayRuleList: _to_wire_OverstayRuleList,
    AdditionalSelectedServices: _to_wire_AdditionalSelectedServices,
    AbsolutePriceSchedule: _to_wire_AbsolutePriceSchedule,
    AdditionalInfo: _to_wire_AdditionalInfo,
    Address: _to_wire_Address,
    IdToken: _to_wire_IdToken,
    MessageContent: _to_wire_MessageContent,
    IdTokenInfo: _to_wire_IdTokenInfo,
    AuthorizationData: _to_wire_AuthorizationData,
    BatteryData: _to_wire_BatteryData,
    CertificateHashData: _to_wire_CertificateHashData,
    CertificateHashDataChain: _to_wire_CertificateHashDataChain,
    CertificateStatus: _to_wire_CertificateStatus,
    CertificateStatusRequestInfo: _to_wire_CertificateStatusRequestInfo,
    ChargingLimit: _to_wire_ChargingLimit,
    DERChargingParameters: _to_wire_DERChargingParameters,
    EVPriceRule: _to_wire_EVPriceRule,
    EVAbsolutePriceScheduleEntry: _to_wire_EVAbsolutePriceScheduleEntry,
    EVAbsolutePriceSchedule: _to_wire_EVAbsolutePriceSchedule,
    EVPowerScheduleEntry: _to_wire_EVPowerScheduleEntry,
    EVPowerSchedule: _to_wire_EVPowerSchedule,
    EVEnergyOffer: _to_wire_EVEnergyOffer,
    DCChargingParameters: _to_wire_DCChargingParameters,
    V2XChargingParameters: _to_wire_V2XChargingParameters,
    ChargingNeeds: _to_wire_ChargingNeeds,
    CostDimension: _to_wire_CostDimension,
    ChargingPeriod: _to_wire_ChargingPeriod,
    LimitAtSoC: _to_wire_LimitAtSoC,
    V2XFreqWattPoint: _to_wire_V2XFreqWattPoint,
    V2XSignalWattPoint: _to_wire_V2XSignalWattPoint,
    ChargingSchedulePeriod: _to_wire_ChargingSchedulePeriod,
    RelativeTimeInterval: _to_wire_RelativeTimeInterval,
    Cost: _to_wire_Cost,
    ConsumptionCost: _to_wire_ConsumptionCost,
    SalesTariffEntry: _to_wire_SalesTariffEntry,
    SalesTariff: _to_wire_SalesTariff,
    PriceLevelScheduleEntry: _to_wire_PriceLevelScheduleEntry,
    PriceLevelSchedule: _to_wire_PriceLevelSchedule,
    ChargingSchedule: _to_wire_ChargingSchedule,
    ChargingProfile: _to_wire_ChargingProfile,
    ChargingProfileCriterion: _to_wire_ChargingProfileCriterion,
    ChargingScheduleUpdate: _to_wire_ChargingScheduleUpdate,
    Modem: _to_wire_Modem,
    ChargingStation: _to_wire_ChargingStation,
    ClearChargingProfile: _to_wire_ClearChargingProfile,
    StatusInfo: _to_wire_StatusInfo,
    ClearMonitoringResult: _to_wire_ClearMonitoringResult,
    ClearTariffsResult: _to_wire_ClearTariffsResult,
    EVSE: _to_wire_EVSE,
    Component: _to_wire_Component,
    Variable: _to_wire_Variable,
    ComponentVariable: _to_wire_ComponentVariable,
    CompositeSchedule: _to_wire_CompositeSchedule,
    PeriodicEventStreamParams: _to_wire_PeriodicEventStreamParams,
    ConstantStreamData: _to_wire_ConstantStreamData,
    TaxRate: _to_wire_TaxRate,
    Price: _to_wire_Price,
    TotalPrice: _to_wire_TotalPrice,
    TotalCost: _to_wire_TotalCost,
    TotalUsage: _to_wire_TotalUsage,
    CostDetails: _to_wire_CostDetails,
    DERCurvePoints: _to_wire_DERCurvePoints,
    Hysteresis: _to_wire_Hysteresis,
    ReactivePowerParams: _to_wire_ReactivePowerParams,
    VoltageParams: _to_wire_VoltageParams,
    DERCurve: _to_wire_DERCurve,
    DERCurveGet: _to_wire_DERCurveGet,
    EnterService: _to_wire_EnterService,
    EnterServiceGet: _to_wire_EnterServiceGet,
    EventData: _to_wire_EventData,
    Firmware: _to_wire_Firmware,
    FixedPF: _to_wire_FixedPF,
    FixedPFGet: _to_wire_FixedPFGet,
    FixedVar: _to_wire_FixedVar,
    FixedVarGet: _to_wire_FixedVarGet,
    FreqDroop: _to_wire_FreqDroop,
    FreqDroopGet: _to_wire_FreqDroopGet,
    GetVariableData: _to_wire_GetVariableData,
    GetVariableResult: _to_wire_GetVariableResult,
    Gradient: _to_wire_Gradient,
    GradientGet: _to_wire_GradientGet,
    LimitMaxDischarge: _to_wire_LimitMaxDischarge,
    LimitMaxDischargeGet: _to_wire_LimitMaxDischargeGet,
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
    StreamDataElement: _to_wire_StreamDataElement,
    TariffConditions: _to_wire_TariffConditions,
    TariffEnergyPrice: _to_wire_TariffEnergyPrice,
    TariffEnergy: _to_wire_TariffEnergy,
    TariffTimePrice: _to_wire_TariffTimePrice,
    TariffTime: _to_wire_TariffTime,
    TariffConditionsFixed: _to_wire_TariffConditionsFixed,
    TariffFixedPrice: _to_wire_TariffFixedPrice,
    TariffFixed: _to_wire_TariffFixed,
    Tariff: _to_wire_Tariff,
    TariffAssignment: _to_wire_TariffAssignment,
    TransactionLimit: _to_wire_TransactionLimit,
    Transaction: _to_wire_Transaction,
    AFRRSignalResponse: _to_wire_AFRRSignalResponse,
    AdjustPeriodicEventStreamResponse: _to_wire_AdjustPeriodicEventStreamResponse,
    AuthorizeResponse: _to_wire_AuthorizeResponse,
    BatterySwapResponse: _to_wire_BatterySwapResponse,
    BootNotificationResponse: _to_wire_BootNotificationResponse,
    CancelReservationResponse: _to_wire_CancelReservationResponse,
    CertificateSignedResponse: _to_wire_CertificateSignedResponse,
    ChangeAvailabilityResponse: _to_wire_ChangeAvailabilityResponse,
    ChangeTransactionTariffResponse: _to_wire_ChangeTransactionTariffResponse,
    ClearCacheResponse: _to_wire_ClearCacheResponse,
    ClearChargingProfileResponse: _to_wire_ClearChargingProfileResponse,
    ClearDERControlResponse: _to_wire_ClearDERControlResponse,
    ClearDisplayMessageResponse: _to_wire_ClearDisplayMessageResponse,
    ClearTariffsResponse: _to_wire_ClearTariffsResponse,
    ClearVariableMonitoringResponse: _to_wire_ClearVariableMonitoringResponse,
    ClearedChargingLimitResponse: _to_wire_ClearedChargingLimitResponse,
    ClosePeriodicEventStreamResponse: _to_wire_ClosePeriodicEventStreamResponse,
    CostUpdatedResponse: _to_wire_CostUpdatedResponse,
    CustomerInformationResponse: _to_wire_CustomerInformationResponse,
    DataTransferResponse: _to_wire_DataTransferResponse,
    DeleteCertificateResponse: _to_wire_DeleteCertificateResponse,
    FirmwareStatusNotificationResponse: _to_wire_FirmwareStatusNotificationResponse,
    Get15118EVCertificateResponse: _to_wire_Get15118EVCertificateResponse,
    GetBaseReportResponse: _to_wire_GetBaseReportResponse,
    GetCertificateChainStatusResponse: _to_wire_GetCertificateChainStatusResponse,
    GetCertificateStatusResponse: _to_wire_GetCertificateStatusResponse,
    GetChargingProfilesResponse: _to_wire_GetChargingProfilesResponse,
    GetCompositeScheduleResponse: _to_wire_GetCompositeScheduleResponse,
    GetDERControlResponse: _to_wire_GetDERControlResponse,
    GetDisplayMessagesResponse: _to_wire_GetDisplayMessagesResponse,
    GetInstalledCertificateIdsResponse: _to_wire_GetInstalledCertificateIdsResponse,
    GetLocalListVersionResponse: _to_wire_GetLocalListVersionResponse,
    GetLogResponse: _to_wire_GetLogResponse,
    GetMonitoringReportResponse: _to_wire_GetMonitoringReportResponse,
    GetPeriodicEventStreamResponse: _to_wire_GetPeriodicEventStreamResponse,
    GetReportResponse: _to_wire_GetReportResponse,
    GetTariffsResponse: _to_wire_GetTariffsResponse,
    GetTransactionStatusResponse: _to_wire_GetTransactionStatusResponse,
    GetVariablesResponse: _to_wire_GetVariablesResponse,
    HeartbeatResponse: _to_wire_HeartbeatResponse,
    InstallCertificateResponse: _to_wire_InstallCertificateResponse,
    LogStatusNotificationResponse: _to_wire_LogStatusNotificationResponse,
    MeterValuesResponse: _to_wire_MeterValuesResponse,
    NotifyAllowedEnergyTransferResponse: _to_wire_NotifyAllowedEnergyTransferResponse,
    NotifyChargingLimitResponse: _to_wire_NotifyChargingLimitResponse,
    NotifyCustomerInformationResponse: _to_wire_NotifyCustomerInformationResponse,
    NotifyDERAlarmResponse: _to_wire_NotifyDERAlarmResponse,
    NotifyDERStartStopResponse: _to_wire_NotifyDERStartStopResponse,
    NotifyDisplayMessagesResponse: _to_wire_NotifyDisplayMessagesResponse,
    NotifyEVChargingNeedsResponse: _to_wire_NotifyEVChargingNeedsResponse,
    NotifyEVChargingScheduleResponse: _to_wire_NotifyEVChargingScheduleResponse,
    NotifyEventResponse: _to_wire_NotifyEventResponse,
    NotifyMonitoringReportResponse: _to_wire_NotifyMonitoringReportResponse,
    NotifyPriorityChargingResponse: _to_wire_NotifyPriorityChargingResponse,
    NotifyReportResponse: _to_wire_NotifyReportResponse,
    NotifySettlementResponse: _to_wire_NotifySettlementResponse,
    NotifyWebPaymentStartedResponse: _to_wire_NotifyWebPaymentStartedResponse,
    OpenPeriodicEventStreamResponse: _to_wire_OpenPeriodicEventStreamResponse,
    PublishFirmwareResponse: _to_wire_PublishFirmwareResponse,
    PublishFirmwareStatusNotificationResponse: _to_wire_PublishFirmwareStatusNotificationResponse,
    PullDynamicScheduleUpdateResponse: _to_wire_PullDynamicScheduleUpdateResponse,
    ReportChargingProfilesResponse: _to_wire_ReportChargingProfilesResponse,
    ReportDERControlResponse: _to_wire_ReportDERControlResponse,
    RequestBatterySwapResponse: _to_wire_RequestBatterySwapResponse,
    RequestStartTransactionResponse: _to_wire_RequestStartTransactionResponse,
    RequestStopTransactionResponse: _to_wire_RequestStopTransactionResponse,
    ReservationStatusUpdateResponse: _to_wire_ReservationStatusUpdateResponse,
    ReserveNowResponse: _to_wire_ReserveNowResponse,
    ResetResponse: _to_wire_ResetResponse,
    SecurityEventNotificationResponse: _to_wire_SecurityEventNotificationResponse,
    SendLocalListResponse: _to_wire_SendLocalListResponse,
    SetChargingProfileResponse: _to_wire_SetChargingProfileResponse,
    SetDERControlResponse: _to_wire_SetDERControlResponse,
    SetDefaultTariffResponse: _to_wire_SetDefaultTariffResponse,
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
    UpdateDynamicScheduleResponse: _to_wire_UpdateDynamicScheduleResponse,
    UpdateFirmwareResponse: _to_wire_UpdateFirmwareResponse,
    UsePriorityChargingResponse: _to_wire_UsePriorityChargingResponse,
    VatNumberValidationResponse: _to_wire_VatNumberValidationResponse,
    NotifyPeriodicEventStreamRequest: _to_wire_NotifyPeriodicEventStreamRequest,
    AFRRSignalRequest: _to_wire_AFRRSignalRequest,
    AdjustPeriodicEventStreamRequest: _to_wire_AdjustPeriodicEventStreamRequest,
    AuthorizeRequest: _to_wire_AuthorizeRequest,
    BatterySwapRequest: _to_wire_BatterySwapRequest,
    BootNotificationRequest: _to_wire_BootNotificationRequest,
    CancelReservationRequest: _to_wire_CancelReservationRequest,
    CertificateSignedRequest: _to_wire_CertificateSignedRequest,
    ChangeAvailabilityRequest: _to_wire_ChangeAvailabilityRequest,
    ChangeTransactionTariffRequest: _to_wire_ChangeTransactionTariffRequest,
    ClearCacheRequest: _to_wire_ClearCacheRequest,
    ClearChargingProfileRequest: _to_wire_ClearChargingProfileRequest,
    ClearDERControlRequest: _to_wire_ClearDERControlRequest,
    ClearDisplayMessageRequest: _to_wire_ClearDisplayMessageRequest,
    ClearTariffsRequest: _to_wire_ClearTariffsRequest,
    ClearVariableMonitoringRequest: _to_wire_ClearVariableMonitoringRequest,
    ClearedChargingLimitRequest: _to_wire_ClearedChargingLimitRequest,
    ClosePeriodicEventStreamRequest: _to_wire_ClosePeriodicEventStreamRequest,
    CostUpdatedRequest: _to_wire_CostUpdatedRequest,
    CustomerInformationRequest: _to_wire_CustomerInformationRequest,
    DataTransferRequest: _to_wire_DataTransferRequest,
    DeleteCertificateRequest: _to_wire_DeleteCertificateRequest,
    FirmwareStatusNotificationRequest: _to_wire_FirmwareStatusNotificationRequest,
    Get15118EVCertificateRequest: _to_wire_Get15118EVCertificateRequest,
    GetBaseReportRequest: _to_wire_GetBaseReportRequest,
    GetCertificateChainStatusRequest: _to_wire_GetCertificateChainStatusRequest,
    GetCertificateStatusRequest: _to_wire_GetCertificateStatusRequest,
    GetChargingProfilesRequest: _to_wire_GetChargingProfilesRequest,
    GetCompositeScheduleRequest: _to_wire_GetCompositeScheduleRequest,
    GetDERControlRequest: _to_wire_GetDERControlRequest,
    GetDisplayMessagesRequest: _to_wire_GetDisplayMessagesRequest,
    GetInstalledCertificateIdsRequest: _to_wire_GetInstalledCertificateIdsRequest,
    GetLocalListVersionRequest: _to_wire_GetLocalListVersionRequest,
    GetLogRequest: _to_wire_GetLogRequest,
    GetMonitoringReportRequest: _to_wire_GetMonitoringReportRequest,
    GetPeriodicEventStreamRequest: _to_wire_GetPeriodicEventStreamRequest,
    GetReportRequest: _to_wire_GetReportRequest,
    GetTariffsRequest: _to_wire_GetTariffsRequest,
    GetTransactionStatusRequest: _to_wire_GetTransactionStatusRequest,
    GetVariablesRequest: _to_wire_GetVariablesRequest,
    HeartbeatRequest: _to_wire_HeartbeatRequest,
    InstallCertificateRequest: _to_wire_InstallCertificateRequest,
    LogStatusNotificationRequest: _to_wire_LogStatusNotificationRequest,
    MeterValuesRequest: _to_wire_MeterValuesRequest,
    NotifyAllowedEnergyTransferRequest: _to_wire_NotifyAllowedEnergyTransferRequest,
    NotifyChargingLimitRequest: _to_wire_NotifyChargingLimitRequest,
    NotifyCustomerInformationRequest: _to_wire_NotifyCustomerInformationRequest,
    NotifyDERAlarmRequest: _to_wire_NotifyDERAlarmRequest,
    NotifyDERStartStopRequest: _to_wire_NotifyDERStartStopRequest,
    NotifyDisplayMessagesRequest: _to_wire_NotifyDisplayMessagesRequest,
    NotifyEVChargingNeedsRequest: _to_wire_NotifyEVChargingNeedsRequest,
    NotifyEVChargingScheduleRequest: _to_wire_NotifyEVChargingScheduleRequest,
    NotifyEventRequest: _to_wire_NotifyEventRequest,
    NotifyMonitoringReportRequest: _to_wire_NotifyMonitoringReportRequest,
    NotifyPriorityChargingRequest: _to_wire_NotifyPriorityChargingRequest,
    NotifyReportRequest: _to_wire_NotifyReportRequest,
    NotifySettlementRequest: _to_wire_NotifySettlementRequest,
    NotifyWebPaymentStartedRequest: _to_wire_NotifyWebPaymentStartedRequest,
    OpenPeriodicEventStreamRequest: _to_wire_OpenPeriodicEventStreamRequest,
    PublishFirmwareRequest: _to_wire_PublishFirmwareRequest,
    PublishFirmwareStatusNotificationRequest: _to_wire_PublishFirmwareStatusNotificationRequest,
    PullDynamicScheduleUpdateRequest: _to_wire_PullDynamicScheduleUpdateRequest,
    ReportChargingProfilesRequest: _to_wire_ReportChargingProfilesRequest,
    ReportDERControlRequest: _to_wire_ReportDERControlRequest,
    RequestBatterySwapRequest: _to_wire_RequestBatterySwapRequest,
    RequestStartTransactionRequest: _to_wire_RequestStartTransactionRequest,
    RequestStopTransactionRequest: _to_wire_RequestStopTransactionRequest,
    ReservationStatusUpdateRequest: _to_wire_ReservationStatusUpdateRequest,
    ReserveNowRequest: _to_wire_ReserveNowRequest,
    ResetRequest: _to_wire_ResetRequest,
    SecurityEventNotificationRequest: _to_wire_SecurityEventNotificationRequest,
    SendLocalListRequest: _to_wire_SendLocalListRequest,
    SetChargingProfileRequest: _to_wire_SetChargingProfileRequest,
    SetDERControlRequest: _to_wire_SetDERControlRequest,
    SetDefaultTariffRequest: _to_wire_SetDefaultTariffRequest,
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
    UpdateDynamicScheduleRequest: _to_wire_UpdateDynamicScheduleRequest,
    UpdateFirmwareRequest: _to_wire_UpdateFirmwareRequest,
    UsePriorityChargingRequest: _to_wire_UsePriorityChargingRequest,
    VatNumberValidationRequest: _to_wire_VatNumberValidationRequest,
}
_FROM_WIRE: dict[type, Callable[[dict[str, Any]], Any]] = {
    CustomData: _from_wire_CustomData,
    ACChargingParameters: _from_wire_ACChargingParameters,
    APN: _from_wire_APN,
    RationalNumber: _from_wire_RationalNumber,
    PriceRule: _from_wire_PriceRule,
    PriceRuleStack: _from_wire_PriceRuleStack,
    TaxRule: _from_wire_TaxRule,
    OverstayRule: _from_wire_OverstayRule,
    OverstayRuleList: _from_wire_OverstayRuleList,
    AdditionalSelectedServices: _from_wire_AdditionalSelectedServices,
    AbsolutePriceSchedule: _from_wire_AbsolutePriceSchedule,
    AdditionalInfo: _from_wire_AdditionalInfo,
    Address: _from_wire_Address,
    IdToken: _from_wire_IdToken,
    MessageContent: _from_wire_MessageContent,
    IdTokenInfo: _from_wire_IdTokenInfo,
    AuthorizationData: _from_wire_AuthorizationData,
    BatteryData: _from_wire_BatteryData,
    CertificateHashData: _from_wire_CertificateHashData,
    CertificateHashDataChain: _from_wire_CertificateHashDataChain,
    CertificateStatus: _from_wire_CertificateStatus,
    CertificateStatusRequestInfo: _from_wire_CertificateStatusRequestInfo,
    ChargingLimit: _from_wire_ChargingLimit,
    DERChargingParameters: _from_wire_DERChargingParameters,
    EVPriceRule: _from_wire_EVPriceRule,
    EVAbsolutePriceScheduleEntry: _from_wire_EVAbsolutePriceScheduleEntry,
    EVAbsolutePriceSchedule: _from_wire_EVAbsolutePriceSchedule,
    EVPowerScheduleEntry: _from_wire_EVPowerScheduleEntry,
    EVPowerSchedule: _from_wire_EVPowerSchedule,
    EVEnergyOffer: _from_wire_EVEnergyOffer,
    DCChargingParameters: _from_wire_DCChargingParameters,
    V2XChargingParameters: _from_wire_V2XChargingParameters,
    ChargingNeeds: _from_wire_ChargingNeeds,
    CostDimension: _from_wire_CostDimension,
    ChargingPeriod: _from_wire_ChargingPeriod,
    LimitAtSoC: _from_wire_LimitAtSoC,
    V2XFreqWattPoint: _from_wire_V2XFreqWattPoint,
    V2XSignalWattPoint: _from_wire_V2XSignalWattPoint,
    ChargingSchedulePeriod: _from_wire_ChargingSchedulePeriod,
    RelativeTimeInterval: _from_wire_RelativeTimeInterval,
    Cost: _from_wire_Cost,
    ConsumptionCost: _from_wire_ConsumptionCost,
    SalesTariffEntry: _from_wire_SalesTariffEntry,
    SalesTariff: _from_wire_SalesTariff,
    PriceLevelScheduleEntry: _from_wire_PriceLevelScheduleEntry,
    PriceLevelSchedule: _from_wire_PriceLevelSchedule,
    ChargingSchedule: _from_wire_ChargingSchedule,
    ChargingProfile: _from_wire_ChargingProfile,
    ChargingProfileCriterion: _from_wire_ChargingProfileCriterion,
    ChargingScheduleUpdate: _from_wire_ChargingScheduleUpdate,
    Modem: _from_wire_Modem,
    ChargingStation: _from_wire_ChargingStation,
    ClearChargingProfile: _from_wire_ClearChargingProfile,
    StatusInfo: _from_wire_StatusInfo,
    ClearMonitoringResult: _from_wire_ClearMonitoringResult,
    ClearTariffsResult: _from_wire_ClearTariffsResult,
    EVSE: _from_wire_EVSE,
    Component: _from_wire_Component,
    Variable: _from_wire_Variable,
    ComponentVariable: _from_wire_ComponentVariable,
    CompositeSchedule: _from_wire_CompositeSchedule,
    PeriodicEventStreamParams: _from_wire_PeriodicEventStreamParams,
    ConstantStreamData: _from_wire_ConstantStreamData,
    TaxRate: _from_wire_TaxRate,
    Price: _from_wire_Price,
    TotalPrice: _from_wire_TotalPrice,
    TotalCost: _from_wire_TotalCost,
    TotalUsage: _from_wire_TotalUsage,
    CostDetails: _from_wire_CostDetails,
    DERCurvePoints: _from_wire_DERCurvePoints,
    Hysteresis: _from_wire_Hysteresis,
    ReactivePowerParams: _from_wire_ReactivePowerParams,
    VoltageParams: _from_wire_VoltageParams,
    DERCurve: _from_wire_DERCurve,
    DERCurveGet: _from_wire_DERCurveGet,
    EnterService: _from_wire_EnterService,
    EnterServiceGet: _from_wire_EnterServiceGet,
    EventData: _from_wire_EventData,
    Firmware: _from_wire_Firmware,
    FixedPF: _from_wire_FixedPF,
    FixedPFGet: _from_wire_FixedPFGet,
    FixedVar: _from_wire_FixedVar,
    FixedVarGet: _from_wire_FixedVarGet,
    FreqDroop: _from_wire_FreqDroop,
    FreqDroopGet: _from_wire_FreqDroopGet,
    GetVariableData: _from_wire_GetVariableData,
    GetVariableResult: _from_wire_GetVariableResult,
    Gradient: _from_wire_Gradient,
    GradientGet: _from_wire_GradientGet,
    LimitMaxDischarge: _from_wire_LimitMaxDischarge,
    LimitMaxDischargeGet: _from_wire_LimitMaxDischargeGet,
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
    StreamDataElement: _from_wire_StreamDataElement,
    TariffConditions: _from_wire_TariffConditions,
    TariffEnergyPrice: _from_wire_TariffEnergyPrice,
    TariffEnergy: _from_wire_TariffEnergy,
    TariffTimePrice: _from_wire_TariffTimePrice,
    TariffTime: _from_wire_TariffTime,
    TariffConditionsFixed: _from_wire_TariffConditionsFixed,
    TariffFixedPrice: _from_wire_TariffFixedPrice,
    TariffFixed: _from_wire_TariffFixed,
    Tariff: _from_wire_Tariff,
    TariffAssignment: _from_wire_TariffAssignment,
    TransactionLimit: _from_wire_TransactionLimit,
    Transaction: _from_wire_Transaction,
    AFRRSignalResponse: _from_wire_AFRRSignalResponse,
    AdjustPeriodicEventStreamResponse: _from_wire_AdjustPeriodicEventStreamResponse,
    AuthorizeResponse: _from_wire_AuthorizeResponse,
    BatterySwapResponse: _from_wire_BatterySwapResponse,
    BootNotificationResponse: _from_wire_BootNotificationResponse,
    CancelReservationResponse: _from_wire_CancelReservationResponse,
    CertificateSignedResponse: _from_wire_CertificateSignedResponse,
    ChangeAvailabilityResponse: _from_wire_ChangeAvailabilityResponse,
    ChangeTransactionTariffResponse: _from_wire_ChangeTransactionTariffResponse,
    ClearCacheResponse: _from_wire_ClearCacheResponse,
    ClearChargingProfileResponse: _from_wire_ClearChargingProfileResponse,
    ClearDERControlResponse: _from_wire_ClearDERControlResponse,
    ClearDisplayMessageResponse: _from_wire_ClearDisplayMessageResponse,
    ClearTariffsResponse: _from_wire_ClearTariffsResponse,
    ClearVariableMonitoringResponse: _from_wire_ClearVariableMonitoringResponse,
    ClearedChargingLimitResponse: _from_wire_ClearedChargingLimitResponse,
    ClosePeriodicEventStreamResponse: _from_wire_ClosePeriodicEventStreamResponse,
    CostUpdatedResponse: _from_wire_CostUpdatedResponse,
    CustomerInformationResponse: _from_wire_CustomerInformationResponse,
    DataTransferResponse: _from_wire_DataTransferResponse,
    DeleteCertificateResponse: _from_wire_DeleteCertificateResponse,
    FirmwareStatusNotificationResponse: _from_wire_FirmwareStatusNotificationResponse,
    Get15118EVCertificateResponse: _from_wire_Get15118EVCertificateResponse,
    GetBaseReportResponse: _from_wire_GetBaseReportResponse,
    GetCertificateChainStatusResponse: _from_wire_GetCertificateChainStatusResponse,
    GetCertificateStatusResponse: _from_wire_GetCertificateStatusResponse,
    GetChargingProfilesResponse: _from_wire_GetChargingProfilesResponse,
    GetCompositeScheduleResponse: _from_wire_GetCompositeScheduleResponse,
    GetDERControlResponse: _from_wire_GetDERControlResponse,
    GetDisplayMessagesResponse: _from_wire_GetDisplayMessagesResponse,
    GetInstalledCertificateIdsResponse: _from_wire_GetInstalledCertificateIdsResponse,
    GetLocalListVersionResponse: _from_wire_GetLocalListVersionResponse,
    GetLogResponse: _from_wire_GetLogResponse,
    GetMonitoringReportResponse: _from_wire_GetMonitoringReportResponse,
    GetPeriodicEventStreamResponse: _from_wire_GetPeriodicEventStreamResponse,
    GetReportResponse: _from_wire_GetReportResponse,
    GetTariffsResponse: _from_wire_GetTariffsResponse,
    GetTransactionStatusResponse: _from_wire_GetTransactionStatusResponse,
    GetVariablesResponse: _from_wire_GetVariablesResponse,
    HeartbeatResponse: _from_wire_HeartbeatResponse,
    InstallCertificateResponse: _from_wire_InstallCertificateResponse,
    LogStatusNotificationResponse: _from_wire_LogStatusNotificationResponse,
    MeterValuesResponse: _from_wire_MeterValuesResponse,
    NotifyAllowedEnergyTransferResponse: _from_wire_NotifyAllowedEnergyTransferResponse,
    NotifyChargingLimitResponse: _from_wire_NotifyChargingLimitResponse,
    NotifyCustomerInformationResponse: _from_wire_NotifyCustomerInformationResponse,
    NotifyDERAlarmResponse: _from_wire_NotifyDERAlarmResponse,
    NotifyDERStartStopResponse: _from_wire_NotifyDERStartStopResponse,
    NotifyDisplayMessagesResponse: _from_wire_NotifyDisplayMessagesResponse,
    NotifyEVChargingNeedsResponse: _from_wire_NotifyEVChargingNeedsResponse,
    NotifyEVChargingScheduleResponse: _from_wire_NotifyEVChargingScheduleResponse,
    NotifyEventResponse: _from_wire_NotifyEventResponse,
    NotifyMonitoringReportResponse: _from_wire_NotifyMonitoringReportResponse,
    NotifyPriorityChargingResponse: _from_wire_NotifyPriorityChargingResponse,
    NotifyReportResponse: _from_wire_NotifyReportResponse,
    NotifySettlementResponse: _from_wire_NotifySettlementResponse,
    NotifyWebPaymentStartedResponse: _from_wire_NotifyWebPaymentStartedResponse,
    OpenPeriodicEventStreamResponse: _from_wire_OpenPeriodicEventStreamResponse,
    PublishFirmwareResponse: _from_wire_PublishFirmwareResponse,
    PublishFirmwareStatusNotificationResponse: _from_wire_PublishFirmwareStatusNotificationResponse,
    PullDynamicScheduleUpdateResponse: _from_wire_PullDynamicScheduleUpdateResponse,
    ReportChargingProfilesResponse: _from_wire_ReportChargingProfilesResponse,
    ReportDERControlResponse: _from_wire_ReportDERControlResponse,
    RequestBatterySwapResponse: _from_wire_RequestBatterySwapResponse,
    RequestStartTransactionResponse: _from_wire_RequestStartTransactionResponse,
    RequestStopTransactionResponse: _from_wire_RequestStopTransactionResponse,
    ReservationStatusUpdateResponse: _from_wire_ReservationStatusUpdateResponse,
    ReserveNowResponse: _from_wire_ReserveNowResponse,
    ResetResponse: _from_wire_ResetResponse,
    SecurityEventNotificationResponse: _from_wire_SecurityEventNotificationResponse,
    SendLocalListResponse: _from_wire_SendLocalListResponse,
    SetChargingProfileResponse: _from_wire_SetChargingProfileResponse,
    SetDERControlResponse: _from_wire_SetDERControlResponse,
    SetDefaultTariffResponse: _from_wire_SetDefaultTariffResponse,
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
    UpdateDynamicScheduleResponse: _from_wire_UpdateDynamicScheduleResponse,
    UpdateFirmwareResponse: _from_wire_UpdateFirmwareResponse,
    UsePriorityChargingResponse: _from_wire_UsePriorityChargingResponse,
    VatNumberValidationResponse: _from_wire_VatNumberValidationResponse,
    NotifyPeriodicEventStreamRequest: _from_wire_NotifyPeriodicEventStreamRequest,
    AFRRSignalRequest: _from_wire_AFRRSignalRequest,
    AdjustPeriodicEventStreamRequest: _from_wire_AdjustPeriodicEventStreamRequest,
    AuthorizeRequest: _from_wire_AuthorizeRequest,
    BatterySwapRequest: _from_wire_BatterySwapRequest,
    BootNotificationRequest: _from_wire_BootNotificationRequest,
    CancelReservationRequest: _from_wire_CancelReservationRequest,
    CertificateSignedRequest: _from_wire_CertificateSignedRequest,
    ChangeAvailabilityRequest: _from_wire_ChangeAvailabilityRequest,
    ChangeTransactionTariffRequest: _from_wire_ChangeTransactionTariffRequest,
    ClearCacheRequest: _from_wire_ClearCacheRequest,
    ClearChargingProfileRequest: _from_wire_ClearChargingProfileRequest,
    ClearDERControlRequest: _from_wire_ClearDERControlRequest,
    ClearDisplayMessageRequest: _from_wire_ClearDisplayMessageRequest,
    ClearTariffsRequest: _from_wire_ClearTariffsRequest,
    ClearVariableMonitoringRequest: _from_wire_ClearVariableMonitoringRequest,
    ClearedChargingLimitRequest: _from_wire_ClearedChargingLimitRequest,
    ClosePeriodicEventStreamRequest: _from_wire_ClosePeriodicEventStreamRequest,
    CostUpdatedRequest: _from_wire_CostUpdatedRequest,
    CustomerInformationRequest: _from_wire_CustomerInformationRequest,
    DataTransferRequest: _from_wire_DataTransferRequest,
    DeleteCertificateRequest: _from_wire_DeleteCertificateRequest,
    FirmwareStatusNotificationRequest: _from_wire_FirmwareStatusNotificationRequest,
    Get15118EVCertificateRequest: _from_wire_Get15118EVCertificateRequest,
    GetBaseReportRequest: _from_wire_GetBaseReportRequest,
    GetCertificateChainStatusRequest: _from_wire_GetCertificateChainStatusRequest,
    GetCertificateStatusRequest: _from_wire_GetCertificateStatusRequest,
    GetChargingProfilesRequest: _from_wire_GetChargingProfilesRequest,
    GetCompositeScheduleRequest: _from_wire_GetCompositeScheduleRequest,
    GetDERControlRequest: _from_wire_GetDERControlRequest,
    GetDisplayMessagesRequest: _from_wire_GetDisplayMessagesRequest,
    GetInstalledCertificateIdsRequest: _from_wire_GetInstalledCertificateIdsRequest,
    GetLocalListVersionRequest: _from_wire_GetLocalListVersionRequest,
    GetLogRequest: _from_wire_GetLogRequest,
    GetMonitoringReportRequest: _from_wire_GetMonitoringReportRequest,
    GetPeriodicEventStreamRequest: _from_wire_GetPeriodicEventStreamRequest,
    GetReportRequest: _from_wire_GetReportRequest,
    GetTariffsRequest: _from_wire_GetTariffsRequest,
    GetTransactionStatusRequest: _from_wire_GetTransactionStatusRequest,
    GetVariablesRequest: _from_wire_GetVariablesRequest,
    HeartbeatRequest: _from_wire_HeartbeatRequest,
    InstallCertificateRequest: _from_wire_InstallCertificateRequest,
    LogStatusNotificationRequest: _from_wire_LogStatusNotificationRequest,
    MeterValuesRequest: _from_wire_MeterValuesRequest,
    NotifyAllowedEnergyTransferRequest: _from_wire_NotifyAllowedEnergyTransferRequest,
    NotifyChargingLimitRequest: _from_wire_NotifyChargingLimitRequest,
    NotifyCustomerInformationRequest: _from_wire_NotifyCustomerInformationRequest,
    NotifyDERAlarmRequest: _from_wire_NotifyDERAlarmRequest,
    NotifyDERStartStopRequest: _from_wire_NotifyDERStartStopRequest,
    NotifyDisplayMessagesRequest: _from_wire_NotifyDisplayMessagesRequest,
    NotifyEVChargingNeedsRequest: _from_wire_NotifyEVChargingNeedsRequest,
    NotifyEVChargingScheduleRequest: _from_wire_NotifyEVChargingScheduleRequest,
    NotifyEventRequest: _from_wire_NotifyEventRequest,
    NotifyMonitoringReportRequest: _from_wire_NotifyMonitoringReportRequest,
    NotifyPriorityChargingRequest: _from_wire_NotifyPriorityChargingRequest,
    NotifyReportRequest: _from_wire_NotifyReportRequest,
    NotifySettlementRequest: _from_wire_NotifySettlementRequest,
    NotifyWebPaymentStartedRequest: _from_wire_NotifyWebPaymentStartedRequest,
    OpenPeriodicEventStreamRequest: _from_wire_OpenPeriodicEventStreamRequest,
    PublishFirmwareRequest: _from_wire_PublishFirmwareRequest,
    PublishFirmwareStatusNotificationRequest: _from_wire_PublishFirmwareStatusNotificationRequest,
    PullDynamicScheduleUpdateRequest: _from_wire_PullDynamicScheduleUpdateRequest,
    ReportChargingProfilesRequest: _from_wire_ReportChargingProfilesRequest,
    ReportDERControlRequest: _from_wire_ReportDERControlRequest,
    RequestBatterySwapRequest: _from_wire_RequestBatterySwapRequest,
    RequestStartTransactionRequest: _from_wire_RequestStartTransactionRequest,
    RequestStopTransactionRequest: _from_wire_RequestStopTransactionRequest,
    ReservationStatusUpdateRequest: _from_wire_ReservationStatusUpdateRequest,
    ReserveNowRequest: _from_wire_ReserveNowRequest,
    ResetRequest: _from_wire_ResetRequest,
    SecurityEventNotificationRequest: _from_wire_SecurityEventNotificationRequest,
    SendLocalListRequest: _from_wire_SendLocalListRequest,
    SetChargingProfileRequest: _from_wire_SetChargingProfileRequest,
    SetDERControlRequest: _from_wire_SetDERControlRequest,
    SetDefaultTariffRequest: _from_wire_SetDefaultTariffRequest,
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
    UpdateDynamicScheduleRequest: _from_wire_UpdateDynamicScheduleRequest,
    UpdateFirmwareRequest: _from_wire_UpdateFirmwareRequest,
    UsePriorityChargingRequest: _from_wire_UsePriorityChargingRequest,
    VatNumberValidationRequest: _from_wire_VatNumberValidationRequest,
}
