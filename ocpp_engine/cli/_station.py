"""The charging station of ``ocpp-engine connect`` and of ``ocpp-engine demo``.

`StationScript` boots, reports its connector, heartbeats, runs a transaction and answers the
central system's CALLs. ``connect`` runs it over a WebSocket; ``demo`` runs the same steps
against the ``serve`` central system's answers, wired in memory.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from .._device import CallContext, Device, Handler
from .._errors import OCPPError
from .._hooks import HookContext
from .._tasks import TaskSet
from .._versions import Version
from ..registration import RegistrationGate
from ._common import default_answer, now, why
from ._log import FrameLog

if TYPE_CHECKING:
    from ..transports.websocket import ChargePoint

__all__ = ["ScriptFailed", "StationScript"]


#: The seconds between BootNotifications when a Pending or Rejected answer gives no interval.
_RETRY_BOOT: Final = 10


#: The 2.x triggerReason of a transaction stopped for a stoppedReason (else StopAuthorized).
_STOP_TRIGGER: Final = {"Remote": "RemoteStop", "ImmediateReset": "ResetCommand"}


class ScriptFailed(Exception):
    """The station's script cannot go on (a rejected boot, an error answer)."""


_CONFIG_16: Final = {
    "HeartbeatInterval": ("300", False),
    "MeterValueSampleInterval": ("60", False),
    "ConnectionTimeOut": ("60", False),
    "AuthorizeRemoteTxRequests": ("false", False),
    "LocalAuthorizeOffline": ("true", False),
    "NumberOfConnectors": ("1", True),
    "MeterValuesSampledData": ("Energy.Active.Import.Register", False),
    "SupportedFeatureProfiles": ("Core,RemoteTrigger", True),
}
_CONFIG_2X: Final = {
    ("OCPPCommCtrlr", "HeartbeatInterval"): ("300", False),
    ("SampledDataCtrlr", "TxUpdatedInterval"): ("60", False),
    ("SampledDataCtrlr", "TxUpdatedMeasurands"): ("Energy.Active.Import.Register", False),
    ("AuthCtrlr", "AuthorizeRemoteStart"): ("false", False),
    ("TxCtrlr", "EVConnectionTimeOut"): ("60", False),
    (
        "DeviceDataCtrlr",
        "ItemsPerMessage",
    ): ("50", True),
    ("ChargingStation", "AvailabilityState"): ("Available", True),
}


class StationScript:
    """The behaviour of ``ocpp-engine connect``: boot, heartbeats, a transaction, answers.

    It boots through a `RegistrationGate` kept across connections, so a BootNotification
    goes out until one is Accepted and is not sent again after a reconnection (OCPP-J 1.6
    section 5.4, 2.0.1 section 5.3, 2.1 section 5.4: its content does not change). Work that
    must follow an answer (the message a TriggerMessage asks for, a remotely started or
    stopped transaction) runs through `CallContext.after_reply`.

    Args:
        log: the `FrameLog` lines go to.
        identity: the station identity.
        vendor: the vendor name sent in BootNotification.
        model: the model sent in BootNotification.
        id_tag: the id tag (1.6) or ISO 14443 id token (2.x) of transactions.
        heartbeat: the heartbeat interval in seconds; ``None``: the one the CSMS gives.
        transaction: whether to run a transaction after the boot.
    """

    def __init__(
        self,
        log: FrameLog,
        identity: str,
        *,
        vendor: str = "ocpp-engine",
        model: str = "connect",
        id_tag: str = "TAG-0001",
        heartbeat: float | None = None,
        transaction: bool = False,
    ) -> None:
        self.log = log
        self.identity = identity
        self.vendor = vendor
        self.model = model
        self.id_tag = id_tag
        self.heartbeat = heartbeat
        self.transaction = transaction
        self.done: asyncio.Future[None] | None = None  # set once the script succeeded
        self.meter = 1000  # Wh
        self.tx: str | int | None = None
        self.seq = 0
        self.config16 = {k: [v, ro] for k, (v, ro) in _CONFIG_16.items()}
        self.config2x = {k: [v, ro] for k, (v, ro) in _CONFIG_2X.items()}
        self._interval = 300.0
        self._wake = asyncio.Event()
        self._tasks = TaskSet()
        self.gate: RegistrationGate | None = None  # made on the first connection, kept

    # -- running ---------------------------------------------------------------------------------

    def spawn(self, coro: Any) -> None:
        """Run *coro* (a follow-up of an answer) as a task, reporting its failure."""
        self._tasks.spawn(self._guarded(coro))

    async def _guarded(self, coro: Any) -> None:
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.log.line(f"{self.identity}: {exc}")

    def after_reply(self, ctx: CallContext, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(*args)`` once the answer to *ctx*'s CALL is sent, reporting its failure.

        Raises:
            LocalProtocolError: *ctx* is a SEND, which gets no answer.
        """
        ctx.after_reply(lambda: self._guarded(fn(*args)))

    def registration(self, device: Device) -> RegistrationGate:
        """Return the registration gate of *device*, attaching it on first use.

        The gate is kept for the next connections of the same device. Raises nothing.
        """
        if self.gate is None or self.gate.device is not device:
            self.gate = RegistrationGate.attach(
                device, side="charging_station", default_interval=_RETRY_BOOT
            )
            device.hooks.after("execute_call_result_handler", self._boot_answered)
        return self.gate

    def _boot_answered(self, ctx: HookContext) -> None:
        """Report a BootNotification that was not Accepted; fail the script on Rejected."""
        if ctx.action != "BootNotification" or not isinstance(ctx.result, dict):
            return
        status = ctx.result.get("status")
        if status == "Accepted":
            return
        if status == "Rejected" and self.done is not None:
            self._finish(ScriptFailed("the central system rejected the BootNotification"))
            return
        interval = ctx.result.get("interval")
        wait = interval if isinstance(interval, int) and interval > 0 else _RETRY_BOOT
        self.log.line(f"{self.identity}: boot {status}; next BootNotification in {wait} s")

    async def close(self) -> None:
        """Cancel the follow-up tasks. Raises nothing."""
        await self._tasks.cancel_all()

    async def on_connect(self, cp: ChargePoint) -> None:
        """Run the script on a new WebSocket connection (`run` on its device)."""
        await self.run(cp.device)

    async def run(self, device: Device) -> None:
        """Run the script on a connected device: boot, status, transaction, heartbeats.

        It returns only when cancelled (the connection closed) or when the boot or the
        transaction failed; `done` tells the outcome. Raises nothing else.
        """
        version = device.version or Version.V16
        try:
            await self.boot(device, version)
            await self.status(device, version, "Available")
            if self.transaction:
                await self.run_transaction(device, version)
        except ScriptFailed as exc:
            self._finish(exc)
            return
        except OCPPError as exc:
            self._finish(ScriptFailed(f"{type(exc).__name__}: {exc}"))
            return
        self._finish(None)
        while True:
            self._wake.clear()
            # not asyncio.wait_for: before 3.12 it may swallow a cancellation that arrives as
            # the event is set, and the connection's teardown would wait for this task forever
            waker = asyncio.ensure_future(self._wake.wait())
            try:
                woken, _ = await asyncio.wait({waker}, timeout=self.heartbeat or self._interval)
            finally:
                waker.cancel()
            if woken:
                continue  # the interval changed: start over
            try:
                await device.call("Heartbeat")
            except OCPPError as exc:
                self.log.line(f"{self.identity}: Heartbeat failed: {why(exc)}")

    def _finish(self, error: ScriptFailed | None) -> None:
        if self.done is not None and not self.done.done():
            if error is None:
                self.done.set_result(None)
            else:
                self.done.set_exception(error)
        elif error is not None:
            self.log.line(f"{self.identity}: {error}")

    def boot_payload(self, version: Version) -> dict[str, Any]:
        """The BootNotification request of this station in *version* (the same every time)."""
        if version is Version.V16:
            return {"chargePointVendor": self.vendor, "chargePointModel": self.model}
        return {
            "reason": "PowerUp",
            "chargingStation": {"vendorName": self.vendor, "model": self.model},
        }

    async def boot(self, device: Device, version: Version) -> None:
        """Boot through the registration gate: until Accepted, and only once per content.

        The gate waits the interval of a Pending or Rejected answer (10 s when it gives none)
        between attempts, and does not send a BootNotification again once one with the same
        content was Accepted; a Rejected answer ends the script when it must exit after it.

        Raises:
            OCPPError: the BootNotification failed (an error answer, a timeout, a lost
                connection).
        """
        answer = await self.registration(device).boot(self.boot_payload(version))
        interval = answer.get("interval")
        if isinstance(interval, int) and interval > 0:
            self._set_interval(interval)

    async def _triggered_boot(self, device: Device, version: Version) -> None:
        """Send the BootNotification a TriggerMessage asked for.

        Before the station is Accepted the gate's own boot loop sends it (the accepted trigger
        ends its wait); once Accepted it is sent here, whatever was sent before.
        """
        gate = self.registration(device)
        if not gate.accepted:
            return
        answer = await device.call("BootNotification", self.boot_payload(version))
        interval = answer.get("interval")
        if answer.get("status") == "Accepted" and isinstance(interval, int) and interval > 0:
            self._set_interval(interval)

    def _set_interval(self, seconds: float) -> None:
        self._interval = seconds
        self.config16["HeartbeatInterval"][0] = str(int(seconds))
        self.config2x[("OCPPCommCtrlr", "HeartbeatInterval")][0] = str(int(seconds))
        self._wake.set()

    async def status(self, device: Device, version: Version, status: str) -> None:
        """Send StatusNotification for connector 1 (EVSE 1) with *status*."""
        if version is Version.V16:
            v16 = {"Occupied": "Charging"}.get(status, status)
            await device.call(
                "StatusNotification",
                {"connectorId": 1, "errorCode": "NoError", "status": v16, "timestamp": now()},
            )
        else:
            await device.call(
                "StatusNotification",
                {"timestamp": now(), "connectorStatus": status, "evseId": 1, "connectorId": 1},
            )

    def _meter_value(self, version: Version) -> list[dict[str, Any]]:
        if version is Version.V16:
            sample: dict[str, Any] = {
                "value": str(self.meter),
                "unit": "Wh",
                "measurand": "Energy.Active.Import.Register",
            }
        else:
            sample = {
                "value": float(self.meter),
                "measurand": "Energy.Active.Import.Register",
                "unitOfMeasure": {"unit": "Wh"},
            }
        return [{"timestamp": now(), "sampledValue": [sample]}]

    async def run_transaction(self, device: Device, version: Version) -> None:
        """Authorize, start, report the meter once, stop.

        Raises:
            ScriptFailed: the id tag was not accepted.
        """
        await self.authorize(device, version)
        await self.start(device, version, remote_start_id=None)
        await self.meter_values(device, version)
        await self.stop(device, version, "Local")

    async def authorize(self, device: Device, version: Version) -> None:
        """Send Authorize for the id tag.

        Raises:
            ScriptFailed: the id tag was not accepted.
        """
        if version is Version.V16:
            answer = await device.call("Authorize", {"idTag": self.id_tag})
            status = answer["idTagInfo"]["status"]
        else:
            answer = await device.call("Authorize", {"idToken": self._token()})
            status = answer["idTokenInfo"]["status"]
        if status != "Accepted":
            raise ScriptFailed(f"the central system answered Authorize with {status}")

    def _token(self) -> dict[str, Any]:
        return {"idToken": self.id_tag, "type": "ISO14443"}

    async def start(self, device: Device, version: Version, remote_start_id: int | None) -> None:
        """Start a transaction on connector 1 (EVSE 1)."""
        if self.tx is not None:
            return
        if version is Version.V16:
            answer = await device.call(
                "StartTransaction",
                {
                    "connectorId": 1,
                    "idTag": self.id_tag,
                    "meterStart": self.meter,
                    "timestamp": now(),
                },
            )
            self.tx = int(answer["transactionId"])
        else:
            self.tx, self.seq = str(uuid.uuid4()), 0
            info: dict[str, Any] = {"transactionId": self.tx, "chargingState": "Charging"}
            payload: dict[str, Any] = {
                "eventType": "Started",
                "timestamp": now(),
                "triggerReason": "Authorized" if remote_start_id is None else "RemoteStart",
                "seqNo": 0,
                "transactionInfo": info,
                "idToken": self._token(),
                "evse": {"id": 1, "connectorId": 1},
                "meterValue": self._meter_value(version),
            }
            if remote_start_id is not None:
                info["remoteStartId"] = remote_start_id
            await device.call("TransactionEvent", payload)
        await self.status(device, version, "Occupied")

    async def meter_values(self, device: Device, version: Version) -> None:
        """Report the meter of the running transaction (1.6 MeterValues, 2.x Updated)."""
        if self.tx is None:
            return
        self.meter += 1500
        if version is Version.V16:
            await device.call(
                "MeterValues",
                {
                    "connectorId": 1,
                    "transactionId": self.tx,
                    "meterValue": self._meter_value(version),
                },
            )
        else:
            self.seq += 1
            await device.call(
                "TransactionEvent",
                {
                    "eventType": "Updated",
                    "timestamp": now(),
                    "triggerReason": "MeterValuePeriodic",
                    "seqNo": self.seq,
                    "transactionInfo": {"transactionId": self.tx, "chargingState": "Charging"},
                    "meterValue": self._meter_value(version),
                },
            )

    async def stop(self, device: Device, version: Version, reason: str) -> None:
        """Stop the running transaction with *reason*."""
        if self.tx is None:
            return
        tx, self.tx = self.tx, None
        self.meter += 500
        if version is Version.V16:
            await device.call(
                "StopTransaction",
                {
                    "transactionId": tx,
                    "meterStop": self.meter,
                    "timestamp": now(),
                    "idTag": self.id_tag,
                    "reason": reason,
                },
            )
        else:
            self.seq += 1
            await device.call(
                "TransactionEvent",
                {
                    "eventType": "Ended",
                    "timestamp": now(),
                    "triggerReason": _STOP_TRIGGER.get(reason, "StopAuthorized"),
                    "seqNo": self.seq,
                    "transactionInfo": {
                        "transactionId": tx,
                        "chargingState": "Idle",
                        "stoppedReason": reason,
                    },
                    "meterValue": self._meter_value(version),
                },
            )
        await self.status(device, version, "Available")

    # -- answering the CSMS ----------------------------------------------------------------------

    def handlers(self) -> dict[str, Handler]:
        """The answers to the central system's CALLs (any version; the catch-all per version)."""

        def accepted(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
            return {"status": "Accepted"}

        return {
            "*": default_answer,
            "Reset": self._reset,
            "ChangeAvailability": accepted,
            "DataTransfer": accepted,
            "ClearCache": accepted,
            "UnlockConnector": lambda p, c: {"status": "Unlocked"},
            "ChangeConfiguration": self._change_configuration,
            "GetConfiguration": self._get_configuration,
            "SetVariables": self._set_variables,
            "GetVariables": self._get_variables,
            "RemoteStartTransaction": self._remote_start,
            "RequestStartTransaction": self._remote_start,
            "RemoteStopTransaction": self._remote_stop,
            "RequestStopTransaction": self._remote_stop,
            "TriggerMessage": self._trigger,
        }

    def _change_configuration(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        entry = self.config16.get(payload["key"])
        if entry is None:
            return {"status": "NotSupported"}
        if entry[1]:
            return {"status": "Rejected"}
        entry[0] = payload["value"]
        if payload["key"] == "HeartbeatInterval" and payload["value"].isdigit():
            self._set_interval(int(payload["value"]))
        return {"status": "Accepted"}

    def _get_configuration(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        keys = payload.get("key") or list(self.config16)
        known = [
            {"key": k, "readonly": self.config16[k][1], "value": self.config16[k][0]}
            for k in keys
            if k in self.config16
        ]
        unknown = [k for k in keys if k not in self.config16]
        answer: dict[str, Any] = {}
        if known:
            answer["configurationKey"] = known
        if unknown:
            answer["unknownKey"] = unknown
        return answer

    def _lookup(self, item: dict[str, Any]) -> tuple[list[Any] | None, str]:
        component, variable = item["component"]["name"], item["variable"]["name"]
        entry = self.config2x.get((component, variable))
        if entry is not None:
            return entry, "Accepted"
        if any(c == component for c, _ in self.config2x):
            return None, "UnknownVariable"
        return None, "UnknownComponent"

    def _set_variables(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        results = []
        for item in payload["setVariableData"]:
            entry, status = self._lookup(item)
            if entry is not None:
                if entry[1]:
                    status = "Rejected"
                else:
                    entry[0] = item["attributeValue"]
                    if (
                        item["variable"]["name"] == "HeartbeatInterval"
                        and item["attributeValue"].isdigit()
                    ):
                        self._set_interval(int(item["attributeValue"]))
            results.append(
                {
                    "attributeStatus": status,
                    "component": item["component"],
                    "variable": item["variable"],
                }
            )
        return {"setVariableResult": results}

    def _get_variables(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        results = []
        for item in payload["getVariableData"]:
            entry, status = self._lookup(item)
            result = {
                "attributeStatus": status,
                "component": item["component"],
                "variable": item["variable"],
            }
            if entry is not None:
                result["attributeValue"] = entry[0]
            results.append(result)
        return {"getVariableResult": results}

    def _remote_start(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if self.tx is not None:
            return {"status": "Rejected"}
        tag = payload.get("idTag") or payload.get("idToken", {}).get("idToken")
        if tag:
            self.id_tag = str(tag)
        self.after_reply(ctx, self.start, ctx.device, ctx.version, payload.get("remoteStartId"))
        return {"status": "Accepted"}

    def _remote_stop(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if self.tx is None or str(self.tx) != str(payload["transactionId"]):
            return {"status": "Rejected"}
        self.after_reply(ctx, self.stop, ctx.device, ctx.version, "Remote")
        return {"status": "Accepted"}

    def _reset(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        """Accept a reset; a running transaction stops once the answer is sent.

        1.6 stops it with reason HardReset or SoftReset; 2.x does so for an Immediate reset
        (stoppedReason ImmediateReset), while OnIdle lets it run. The station does not reboot.
        """
        kind = payload.get("type")
        if self.tx is not None:
            if ctx.version is Version.V16:
                reason = "HardReset" if kind == "Hard" else "SoftReset"
                self.after_reply(ctx, self.stop, ctx.device, ctx.version, reason)
            elif kind == "Immediate":
                self.after_reply(ctx, self.stop, ctx.device, ctx.version, "ImmediateReset")
        return {"status": "Accepted"}

    def _trigger(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        device, version = ctx.device, ctx.version
        follow_ups: dict[str, Callable[[], Any]] = {
            "BootNotification": lambda: self._triggered_boot(device, version),
            "Heartbeat": lambda: device.call("Heartbeat"),
            "StatusNotification": lambda: self.status(
                device, version, "Occupied" if self.tx is not None else "Available"
            ),
            "MeterValues": lambda: self._triggered_meter(device, version),
            "FirmwareStatusNotification": lambda: device.call(
                "FirmwareStatusNotification", {"status": "Idle"}
            ),
            "DiagnosticsStatusNotification": lambda: device.call(
                "DiagnosticsStatusNotification", {"status": "Idle"}
            ),
            "LogStatusNotification": lambda: device.call(
                "LogStatusNotification", {"status": "Idle"}
            ),
        }
        follow_up = follow_ups.get(payload["requestedMessage"])
        if follow_up is None:
            return {"status": "NotImplemented"}
        self.after_reply(ctx, follow_up)
        return {"status": "Accepted"}

    async def _triggered_meter(self, device: Device, version: Version) -> None:
        if version is Version.V16:
            payload: dict[str, Any] = {"connectorId": 1, "meterValue": self._meter_value(version)}
            if self.tx is not None:
                payload["transactionId"] = self.tx
            await device.call("MeterValues", payload)
        else:
            await device.call(
                "MeterValues", {"evseId": 1, "meterValue": self._meter_value(version)}
            )
