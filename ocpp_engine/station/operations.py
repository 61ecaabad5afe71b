"""Remote operations of a station: Reset, ClearCache, UnlockConnector and TriggerMessage.

`Operations` answers the central system's remote-control requests that the other kit
components leave out (OCPP 1.6 sections 5.4 ClearCache, 5.14 Reset, 5.17 TriggerMessage, 5.18
UnlockConnector; 2.0.1 B11-B12 Reset, C11 ClearCache, F05 UnlockConnector, F06
TriggerMessage). What is physical stays with the firmware, through callbacks: ``reboot``,
``unlock``, ``clear_cache``.

Reset:

=========================================  =========================  ============================
request                                    answer                     then
=========================================  =========================  ============================
1.6 Soft or Hard                           Accepted                   running transactions stopped
                                                                      (``SoftReset``,
                                                                      ``HardReset``), ``reboot``
2.x Immediate                              Accepted                   running transactions (of the
                                                                      EVSE, with ``evseId``)
                                                                      stopped, ``ImmediateReset``;
                                                                      ``reboot``
2.x OnIdle, nothing runs                   Accepted                   ``reboot``
2.x OnIdle, a transaction runs             Scheduled                  ``reboot`` once the last one
                                                                      ended (B11.FR.04; told by
                                                                      `Transactions.on_change`,
                                                                      whatever the connector's
                                                                      status)
2.x an unknown ``evseId``, or ``evseId``   Rejected                   nothing
without ``evse_reset``
=========================================  =========================  ============================

``reboot(kind, evse)`` runs once the reply is out and the stop messages are queued in the
outbox (which keeps them across the restart): *kind* is the request's ``type``, *evse* its 2.x
``evseId`` or ``None``.

UnlockConnector: 1.6 stops a transaction running on the connector first (reason
``UnlockCommand``), then unlocks: ``Unlocked``, ``UnlockFailed`` (``unlock`` returned false),
``NotSupported`` (an unknown connector). 2.x does not stop a transaction: it answers
``OngoingAuthorizedTransaction`` (F05.FR.02), ``UnknownConnector`` for a connector the station
does not have, else ``Unlocked`` or ``UnlockFailed``.

TriggerMessage (`TRIGGERS`): the message is sent once the reply is out.

=================================  =============================================================
requested message                  what is sent
=================================  =============================================================
BootNotification                   the gate's boot (`RegistrationGate` sends it after the reply;
                                   2.x: Rejected once the boot was Accepted, F06.FR.17)
Heartbeat                          Heartbeat
StatusNotification                 the status of the connector(s) named, or all (`Connectors`)
MeterValues                        1.6: the transaction's meter values (`Transactions.trigger`),
                                   or a reading without transaction; 2.x: MeterValues
TransactionEvent (2.x)             Updated, trigger ``Trigger``, of the transaction(s) named
DiagnosticsStatusNotification,     the *diagnostics* component's status, or ``Idle`` without one
LogStatusNotification
FirmwareStatusNotification         ``Idle``
anything else                      nothing: 1.6 ``NotImplemented``, 2.x ``NotImplemented``
=================================  =============================================================

A connector or EVSE the station does not have, a TransactionEvent without a transaction, and a
message whose component is missing (no `Connectors` for StatusNotification) are
``Rejected``.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final, Protocol

from .._device import CallContext, Device
from .._errors import OCPPError
from .._versions import Version
from ..registration import RegistrationGate
from ._time import utc_now
from .connectors import Connectors
from .transactions import ENERGY, TransactionChange, TransactionRefused, Transactions, _decimal

__all__ = ["RESET_REASONS", "TRIGGERS", "Diagnostics", "Operations"]

logger = logging.getLogger("ocpp_engine")

#: The messages a TriggerMessage may ask for, per version (1.6: ``True``), that `Operations`
#: sends; any other is answered ``NotImplemented``.
TRIGGERS: Final[Mapping[bool, frozenset[str]]] = {
    True: frozenset(
        {
            "BootNotification",
            "DiagnosticsStatusNotification",
            "FirmwareStatusNotification",
            "Heartbeat",
            "MeterValues",
            "StatusNotification",
        }
    ),
    False: frozenset(
        {
            "BootNotification",
            "FirmwareStatusNotification",
            "Heartbeat",
            "LogStatusNotification",
            "MeterValues",
            "StatusNotification",
            "TransactionEvent",
        }
    ),
}

#: The stop reason of the transactions a reset ends, by the request's ``type``.
RESET_REASONS: Final[Mapping[str, str]] = {
    "Soft": "SoftReset",
    "Hard": "HardReset",
    "Immediate": "ImmediateReset",
}

_UPLOAD_STATUS: Final = {True: "DiagnosticsStatusNotification", False: "LogStatusNotification"}


class Diagnostics(Protocol):
    """What `Operations` needs of an uploads component (GetDiagnostics, GetLog).

    Such a component (`ocpp_engine.station.LogUploads`) registers its own handlers when
    attached; `Operations` only asks it to send its status when a TriggerMessage wants it.
    """

    def report(self, action: str) -> Any:
        """Send the current *action*: DiagnosticsStatusNotification or LogStatusNotification.

        May return an awaitable, awaited after the TriggerMessage reply.
        """


class Operations:
    """Answers Reset, ClearCache, UnlockConnector and TriggerMessage; create it with `attach`.

    Args:
        device: the station's device.
        transactions: the station's `Transactions`: stopped by Reset and 1.6 UnlockConnector,
            read by TriggerMessage.
        connectors: the station's `Connectors`: the connectors that exist and
            StatusNotification on a trigger.
        gate: the station's `RegistrationGate` (TriggerMessage(BootNotification) goes through
            it; without one such a trigger is ``Rejected``).
        diagnostics: the uploads component (see `Diagnostics`), if any.
        reboot: ``reboot(kind, evse)``, the firmware's restart, after a Reset (may be async).
        unlock: ``unlock(evse, connector)`` -> whether the connector unlocked (default: it
            does).
        clear_cache: ``clear_cache()`` -> whether the authorization cache was cleared
            (default: yes, there is nothing to clear).
        evse_reset: 2.x whether a Reset of one EVSE (``evseId``) is supported.
        version: the version the station speaks (default: the device's default version).
        now: the wall clock of the timestamps (default: UTC now).

    Attributes:
        scheduled: the ``(kind, evse)`` of a 2.x OnIdle reset waiting for the transactions to
            end, or ``None``.

    Raises:
        ValueError: no version given and the device has none.
    """

    def __init__(
        self,
        device: Device,
        *,
        transactions: Transactions | None = None,
        connectors: Connectors | None = None,
        gate: RegistrationGate | None = None,
        diagnostics: Diagnostics | None = None,
        reboot: Callable[[str, int | None], Any] | None = None,
        unlock: Callable[[int, int], Any] | None = None,
        clear_cache: Callable[[], Any] | None = None,
        evse_reset: bool = True,
        version: str | Version | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        chosen = Version(version) if version is not None else device.default_version
        if chosen is None:
            raise ValueError("give a version: the device has no default version")
        self.device = device
        self.transactions = transactions
        self.connectors = connectors
        self.gate = gate
        self.diagnostics = diagnostics
        self.reboot = reboot
        self.unlock = unlock
        self.clear_cache = clear_cache
        self.evse_reset = evse_reset
        self.version = chosen
        self.scheduled: tuple[str, int | None] | None = None
        self._now = now if now is not None else utc_now
        self._tasks: set[asyncio.Task[None]] = set()

    @classmethod
    def attach(cls, device: Device, **options: Any) -> Operations:
        """Create the component and register its handlers on *device*.

        Args:
            device: the station's device.
            **options: the other arguments of `Operations`.

        Returns:
            the component, in force.

        Raises:
            ValueError: see `Operations`.
        """
        self = cls(device, **options)
        device.on("Reset", self._on_reset)
        device.on("ClearCache", self._on_clear_cache)
        device.on("UnlockConnector", self._on_unlock)
        device.on("TriggerMessage", self._on_trigger)
        if self.transactions is not None:
            self.transactions.on_change(self._transaction_changed)
        return self

    @property
    def _v16(self) -> bool:
        return self.version is Version.V16

    # -- Reset ----------------------------------------------------------------------------------

    def _on_reset(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        kind = str(payload.get("type"))
        evse = payload.get("evseId")
        if self._v16:
            ctx.after_reply(self._reset, kind, None)
            return {"status": "Accepted"}
        if evse is not None and (not self.evse_reset or not self._has_evse(evse)):
            return {"status": "Rejected"}
        if kind == "OnIdle" and self._running(evse):
            self.scheduled = (kind, evse)
            return {"status": "Scheduled"}
        ctx.after_reply(self._reset, kind, evse)
        return {"status": "Accepted"}

    async def _reset(self, kind: str, evse: int | None) -> None:
        reason = RESET_REASONS.get(kind)
        if self.transactions is not None and reason is not None:
            for transaction in self.transactions.open:
                if evse is None or transaction.evse == evse:
                    self.transactions.stop(transaction.evse, reason)
        self.scheduled = None
        if self.reboot is not None:
            result = self.reboot(kind, evse)
            if inspect.isawaitable(result):
                await result

    def _transaction_changed(self, change: TransactionChange) -> None:
        if change.kind != "ended":
            return
        if self.scheduled is not None and not self._running(self.scheduled[1]):
            kind, which = self.scheduled
            self.scheduled = None
            task = asyncio.get_running_loop().create_task(self._reset(kind, which))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    def _running(self, evse: int | None) -> bool:
        if self.transactions is None:
            return False
        return any(evse is None or t.evse == evse for t in self.transactions.open)

    def _has_evse(self, evse: Any) -> bool:
        if self.connectors is None:
            return isinstance(evse, int) and evse >= 1
        return any(e == evse for e, _ in self.connectors.keys)

    def _has_connector(self, evse: Any, connector: Any) -> bool:
        if self.connectors is None:
            return isinstance(evse, int) and evse >= 1
        return (evse, connector) in self.connectors.keys

    # -- ClearCache and UnlockConnector -----------------------------------------------------------

    async def _on_clear_cache(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        cleared: Any = True
        if self.clear_cache is not None:
            cleared = self.clear_cache()
            if inspect.isawaitable(cleared):
                cleared = await cleared
        return {"status": "Accepted" if cleared is not False else "Rejected"}

    async def _on_unlock(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        evse: int = payload.get("connectorId", 0) if self._v16 else payload.get("evseId", 0)
        connector: int = 1 if self._v16 else payload.get("connectorId", 0)
        if self._v16:
            if not self._has_connector(evse, connector):
                return {"status": "NotSupported"}
            if self.transactions is not None and self.transactions.transaction(evse) is not None:
                self.transactions.stop(evse, "UnlockCommand")
        else:
            if not self._has_connector(evse, connector):
                return {"status": "UnknownConnector"}
            running = self.transactions is not None and self.transactions.transaction(evse)
            if running and running.connector == connector:
                return {"status": "OngoingAuthorizedTransaction"}
        unlocked: Any = True
        if self.unlock is not None:
            unlocked = self.unlock(evse, connector)
            if inspect.isawaitable(unlocked):
                unlocked = await unlocked
        return {"status": "Unlocked" if unlocked is not False else "UnlockFailed"}

    # -- TriggerMessage -----------------------------------------------------------------------

    def _on_trigger(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        message = payload.get("requestedMessage")
        if self._v16:
            evse: int | None = payload.get("connectorId")
            connector: int | None = None
        else:
            named = payload.get("evse") or {}
            evse, connector = named.get("id"), named.get("connectorId")
        if message not in TRIGGERS[self._v16]:
            return {"status": "NotImplemented"}
        if evse is not None and evse != 0 and not self._has_evse(evse):
            return {"status": "Rejected"}
        if message == "BootNotification":
            return {"status": "Accepted" if self.gate is not None else "Rejected"}
        if message == "StatusNotification":
            if self.connectors is None:
                return {"status": "Rejected"}
            if not self._v16 and evse == 0:
                evse = None
            ctx.after_reply(self.connectors.report, evse, connector)
            return {"status": "Accepted"}
        if message == "TransactionEvent":
            wanted = self._transactions_on(evse)
            if not wanted:
                return {"status": "Rejected"}
            ctx.after_reply(self._trigger_transactions, wanted)
            return {"status": "Accepted"}
        sender = self._senders()[message]
        ctx.after_reply(self._send, sender, evse)
        return {"status": "Accepted"}

    def _transactions_on(self, evse: int | None) -> list[int]:
        if self.transactions is None:
            return []
        return [t.evse for t in self.transactions.open if evse in (None, 0, t.evse)]

    def _trigger_transactions(self, evses: list[int]) -> None:
        assert self.transactions is not None
        for evse in evses:
            with contextlib.suppress(TransactionRefused):  # it ended meanwhile
                self.transactions.trigger(evse)

    def _senders(self) -> dict[str, Callable[[int | None], Any]]:
        return {
            "Heartbeat": lambda evse: self.device.call("Heartbeat", {}),
            "MeterValues": self._meter_values,
            "FirmwareStatusNotification": lambda evse: self.device.call(
                "FirmwareStatusNotification", {"status": "Idle"}
            ),
            _UPLOAD_STATUS[self._v16]: self._upload_status,
        }

    async def _send(self, sender: Callable[[int | None], Any], evse: int | None) -> None:
        try:
            result = sender(evse)
            if inspect.isawaitable(result):
                await result
        except OCPPError as exc:
            logger.info("ocpp_engine: a triggered message failed: %s", exc)

    def _upload_status(self, evse: int | None) -> Any:
        if self.diagnostics is not None:
            return self.diagnostics.report(_UPLOAD_STATUS[self._v16])
        return self.device.call(_UPLOAD_STATUS[self._v16], {"status": "Idle"})

    async def _meter_values(self, evse: int | None) -> None:
        known = self.connectors.keys if self.connectors is not None else [(1, 1)]
        evses = sorted({e for e, _ in known})
        chosen = [evse] if evse is not None else evses
        meter = self.transactions.meter if self.transactions is not None else None
        for which in chosen:
            if self._v16 and self.transactions is not None and self.transactions.transaction(which):
                self._trigger_transactions([which])  # with its transactionId
                continue
            readings: Mapping[str, float] = {}
            if meter is not None and which != 0:
                readings = meter(which)
            value = readings.get(ENERGY, 0.0)
            stamp = self._now().isoformat(timespec="seconds").replace("+00:00", "Z")
            sampled: dict[str, Any] = {
                "value": _decimal(value) if self._v16 else value,
                "context": "Trigger",
                "measurand": ENERGY,
            }
            if self._v16:
                sampled["unit"] = "Wh"
                payload: dict[str, Any] = {"connectorId": which}
            else:
                sampled["unitOfMeasure"] = {"unit": "Wh"}
                payload = {"evseId": which}
            payload["meterValue"] = [{"timestamp": stamp, "sampledValue": [sampled]}]
            await self.device.call("MeterValues", payload)
