"""The registration gate: what may flow before a BootNotification is Accepted.

OCPP 1.6 section 4.2 and OCPP 2.0.1 B01-B03 say what a charging station and a CSMS may do while
the station's registration is Pending or Rejected. `RegistrationGate` enforces it on a `Device`
through the device's public hooks, for one side of the connection, opt-in:

```python
gate = RegistrationGate.attach(station, side="charging_station")
response = await gate.boot({"chargePointVendor": "V", "chargePointModel": "M"})

gate = RegistrationGate.attach(csms, side="csms", status=known_status_from_the_database)
```

Central side (``side="csms"``): while the station is Pending, its CALLs other than
BootNotification and the messages the CSMS asked for (by an accepted TriggerMessage, or in 2.x
by an accepted GetBaseReport or GetReport, which ask for NotifyReport) are answered with
CALLERROR SecurityError. While it is Rejected, everything but BootNotification is, and the CSMS
may send it nothing but TriggerMessage(BootNotification).

Station side (``side="charging_station"``): until Accepted the device sends nothing but
BootNotification, and, while Pending, what an accepted TriggerMessage asked for. A
BootNotification is held back until the *interval* of the last non-accepted response has
passed (an accepted TriggerMessage(BootNotification) lifts the wait). While Pending, remote
start and stop (1.6 RemoteStart/StopTransaction, 2.x RequestStart/StopTransaction) are answered
``{"status": "Rejected"}`` without running their handlers; while Rejected, the station does not
answer the central system at all, except TriggerMessage(BootNotification).

The registration status outlives the connection: a station that was Accepted and reconnects
does not have to boot again (1.6 boots at start-up, not at every reconnection). A CSMS that
creates a new device per connection passes the status it keeps for the station as *status*.
"""

from __future__ import annotations

import asyncio
import enum
import json
import logging
from collections.abc import Callable, Mapping
from typing import Any, Final

from ._clock import Clock
from ._device import Device
from ._errors import CallError, LocalProtocolError
from ._hooks import HookContext
from ._versions import CALL, Role

__all__ = ["NotRegisteredError", "RegistrationGate", "RegistrationStatus"]

logger = logging.getLogger("ocpp_engine")

BOOT: Final = "BootNotification"
_TRIGGERS: Final = frozenset({"TriggerMessage", "ExtendedTriggerMessage"})
_REPORTS: Final = frozenset({"GetBaseReport", "GetReport"})
#: requestedMessage values whose action has another name; the rest name their action.
_TRIGGERED_ACTION: Final[Mapping[str, str]] = {
    "SignChargePointCertificate": "SignCertificate",
    "SignChargingStationCertificate": "SignCertificate",
    "SignV2GCertificate": "SignCertificate",
    "SignCombinedCertificate": "SignCertificate",
}
_REMOTE_START_STOP: Final = frozenset({
    "RemoteStartTransaction", "RemoteStopTransaction",
    "RequestStartTransaction", "RequestStopTransaction",
})


class RegistrationStatus(str, enum.Enum):
    """The status a BootNotification response gives a station."""

    ACCEPTED = "Accepted"
    PENDING = "Pending"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return self.value


class NotRegisteredError(LocalProtocolError):
    """The registration gate held back a CALL of ours; nothing was sent.

    Attributes:
        status: the registration status at the time (``None``: no BootNotification answered).
        retry_after: for a BootNotification sent too early, the seconds still to wait.
    """

    def __init__(
        self, message: str, status: RegistrationStatus | None, retry_after: float = 0.0
    ) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def _status(value: Any) -> RegistrationStatus | None:
    try:
        return RegistrationStatus(value)
    except ValueError:
        return None


class RegistrationGate:
    """Enforces the registration rules on one side of a device; create it with `attach`.

    Args:
        device: the device to guard.
        side: the role the device plays, ``"charging_station"`` or ``"csms"``.
        status: the registration status to start from (``None``: no BootNotification
            answered yet). On the CSMS side, pass what is known about the station.
        require_boot: (CSMS side) treat a station that has not booted in this gate's lifetime
            like a Rejected one, rather than serving it (default ``False``: a 1.6 station that
            reconnects does not boot again).
        default_interval: (station side) the seconds to wait before booting again when a
            non-accepted response gives no positive interval.
        clock: the time source of the boot interval (default: the device's clock, else the
            running event loop).

    Attributes:
        status: the current `RegistrationStatus`, or ``None`` before the first answer.
        interval: the interval of the last BootNotification response, in seconds.

    Raises:
        ValueError: *side* is not a `Role`.
    """

    def __init__(
        self,
        device: Device,
        side: str | Role,
        *,
        status: str | RegistrationStatus | None = None,
        require_boot: bool = False,
        default_interval: float = 60.0,
        clock: Clock | None = None,
    ) -> None:
        self.device = device
        self.side = Role(side)
        self.status: RegistrationStatus | None = (
            None if status is None else RegistrationStatus(status))
        self.interval = 0.0
        self.require_boot = require_boot
        self.default_interval = default_interval
        self._clock = clock
        self._allowed: set[str] = set()
        self._boot_not_before: float | None = None
        self._asked: dict[str, tuple[str, str | None]] = {}
        self._listeners: list[Callable[[RegistrationStatus | None], Any]] = []
        self._wake: asyncio.Future[None] | None = None
        self._hooks: list[tuple[str, str, Callable[[HookContext], Any]]] = []

    @classmethod
    def attach(cls, device: Device, side: str | Role, **options: Any) -> RegistrationGate:
        """Create a gate for *device* and install its hooks.

        Args:
            device: the device to guard.
            side: ``"charging_station"`` or ``"csms"``: the role *device* plays.
            **options: the other arguments of `RegistrationGate`.

        Returns:
            the gate, already in force.

        Raises:
            ValueError: *side* or *status* is not a valid value.
        """
        gate = cls(device, side, **options)
        gate._install()
        return gate

    # -- public -------------------------------------------------------------------------------

    @property
    def accepted(self) -> bool:
        """Whether the station is Accepted (the gate lets everything through)."""
        return self.status is RegistrationStatus.ACCEPTED

    def on_change(self, listener: Callable[[RegistrationStatus | None], Any]) -> None:
        """Call ``listener(status)`` after every BootNotification response changes the status."""
        self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[RegistrationStatus | None], Any]) -> None:
        """Stop calling *listener* (registered with `on_change`); an unknown one is ignored."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def detach(self) -> None:
        """Remove the gate's hooks from the device; the device behaves as without it."""
        hooks = self.device.hooks
        for _, name, fn in self._hooks:
            hooks.remove(name, fn)
        self._hooks.clear()

    def boot_delay(self) -> float:
        """Return the seconds to wait before a BootNotification may be sent (0: now)."""
        if self._boot_not_before is None:
            return 0.0
        return max(0.0, self._boot_not_before - self._now())

    async def boot(
        self, payload: Mapping[str, Any], *, timeout: float | None = None
    ) -> dict[str, Any]:
        """(station side) Send BootNotification until Accepted, waiting each interval out.

        Waiting uses the gate's clock (a `FakeClock` in tests) and ends early when the CSMS
        triggers a BootNotification.

        Args:
            payload: the BootNotification request payload.
            timeout: the timeout of each BootNotification call.

        Returns:
            the Accepted BootNotification response payload.

        Raises:
            Exception: whatever `Device.call` raises for a BootNotification (a `CallError`,
                `CallTimeoutError`, `ConnectionClosedError`, ...); the caller decides whether
                to try again.
        """
        while True:
            delay = self.boot_delay()
            if delay > 0:
                await self._sleep(delay)
                continue
            response: dict[str, Any] = await self.device.call(BOOT, payload, timeout=timeout)
            if self.accepted:
                return response

    # -- hooks --------------------------------------------------------------------------------

    def _install(self) -> None:
        station = self.side is Role.CHARGING_STATION
        wanted: list[tuple[str, str, Callable[[HookContext], Any]]] = [
            ("before", "send_call", self._station_send if station else self._csms_send),
            ("before", "execute_call_handler",
             self._station_incoming if station else self._csms_incoming),
            ("after", "disconnected", self._forget_asked),
        ]
        if station:
            wanted += [
                ("after", "execute_call_result_handler", self._station_boot_answered),
                ("after", "execute_call_handler", self._station_handled),
            ]
        else:
            wanted += [
                ("after", "send_call_result", self._csms_boot_answered),
                ("after", "execute_call_result_handler", self._csms_request_answered),
                ("after", "execute_call_error_handler", self._csms_request_failed),
            ]
        for kind, name, fn in wanted:
            getattr(self.device.hooks, kind)(name, fn)
            self._hooks.append((kind, name, fn))
        self._update_rejected_filter()

    def _set_status(self, status: RegistrationStatus | None, interval: Any) -> None:
        self._allowed.clear()
        self.interval = float(interval) if isinstance(interval, (int, float)) else 0.0
        changed = status is not self.status
        self.status = status
        if self.side is Role.CHARGING_STATION:
            if status is RegistrationStatus.ACCEPTED:
                self._boot_not_before = None
            else:
                wait = self.interval if self.interval > 0 else self.default_interval
                self._boot_not_before = self._now() + wait
            self._update_rejected_filter()
        if changed:
            for listener in tuple(self._listeners):
                try:
                    listener(status)
                except Exception as exc:
                    logger.error("ocpp_engine: a registration listener failed", exc_info=exc)

    # station side

    def _station_send(self, ctx: HookContext) -> None:
        action = ctx.action
        if action == BOOT:
            delay = self.boot_delay()
            if delay > 0:
                raise NotRegisteredError(
                    f"the last BootNotification was answered {self.status}; wait "
                    f"{delay:g} s before booting again", self.status, delay)
            return
        if self.accepted:
            return
        if self.status is RegistrationStatus.PENDING and action in self._allowed:
            return
        raise NotRegisteredError(
            f"{action} may not be sent before the BootNotification is Accepted "
            f"(status: {self.status})", self.status)

    def _station_incoming(self, ctx: HookContext) -> None:
        if self.status is RegistrationStatus.PENDING and ctx.action in _REMOTE_START_STOP:
            ctx.result = {"status": "Rejected"}

    def _station_boot_answered(self, ctx: HookContext) -> None:
        if ctx.action == BOOT and isinstance(ctx.result, dict):
            self._set_status(_status(ctx.result.get("status")), ctx.result.get("interval"))

    def _station_handled(self, ctx: HookContext) -> None:
        result, request = ctx.result, ctx.payload
        if not isinstance(result, dict) or result.get("status") != "Accepted":
            return
        if not isinstance(request, dict):
            return
        if ctx.action in _TRIGGERS:
            requested = request.get("requestedMessage")
            if requested == BOOT:
                self._boot_not_before = None
                if self._wake is not None and not self._wake.done():
                    self._wake.set_result(None)
            elif isinstance(requested, str):
                self._allowed.add(_TRIGGERED_ACTION.get(requested, requested))
        elif ctx.action in _REPORTS:
            self._allowed.add("NotifyReport")

    def _update_rejected_filter(self) -> None:
        """While Rejected, drop the CSMS's CALLs (all but TriggerMessage(BootNotification))."""
        hooks = self.device.hooks
        entry = ("before", "message_received", self._drop_while_rejected)
        installed = entry in self._hooks
        if self.status is RegistrationStatus.REJECTED and not installed:
            hooks.before("message_received", self._drop_while_rejected)
            self._hooks.append(entry)
        elif self.status is not RegistrationStatus.REJECTED and installed:
            hooks.remove("message_received", self._drop_while_rejected)
            self._hooks.remove(entry)

    def _drop_while_rejected(self, ctx: HookContext) -> None:
        raw = ctx.raw
        if raw is None or not raw.lstrip().startswith("[2"):
            return
        try:
            msg = json.loads(raw)
        except (ValueError, RecursionError):
            return
        if type(msg) is not list or len(msg) != 4 or msg[0] != CALL:
            return
        payload = msg[3]
        if msg[2] in _TRIGGERS and isinstance(payload, dict) and \
                payload.get("requestedMessage") == BOOT:
            return
        logger.info("ocpp_engine: registration Rejected; not answering %.80r", raw)
        ctx.raw = None

    # CSMS side

    def _csms_send(self, ctx: HookContext) -> None:
        payload = ctx.payload if isinstance(ctx.payload, dict) else {}
        blocked = self.status is RegistrationStatus.REJECTED or (
            self.status is None and self.require_boot)
        if blocked and not (ctx.action in _TRIGGERS and payload.get("requestedMessage") == BOOT):
            raise NotRegisteredError(
                f"the station is {self.status or 'not registered'}: only "
                "TriggerMessage(BootNotification) may be sent to it", self.status)
        if ctx.message_id is not None and ctx.action in _TRIGGERS | _REPORTS:
            requested = payload.get("requestedMessage")
            self._asked[ctx.message_id] = (
                ctx.action or "", requested if isinstance(requested, str) else None)

    def _csms_incoming(self, ctx: HookContext) -> None:
        action = ctx.action
        status = self.status
        if action == BOOT or status is RegistrationStatus.ACCEPTED:
            return
        if status is None and not self.require_boot:
            return
        if status is RegistrationStatus.PENDING and action in self._allowed:
            return
        raise CallError("SecurityError",
                        f"{action} refused: the station's registration is "
                        f"{status or 'unknown'}; send BootNotification first")

    def _csms_boot_answered(self, ctx: HookContext) -> None:
        if ctx.action == BOOT and isinstance(ctx.payload, dict):
            self._set_status(_status(ctx.payload.get("status")), ctx.payload.get("interval"))

    def _csms_request_answered(self, ctx: HookContext) -> None:
        asked = self._asked.pop(ctx.message_id or "", None)
        if asked is None or not isinstance(ctx.result, dict):
            return
        if ctx.result.get("status") != "Accepted":
            return
        action, requested = asked
        if action in _REPORTS:
            self._allowed.add("NotifyReport")
        elif requested is not None and requested != BOOT:
            self._allowed.add(_TRIGGERED_ACTION.get(requested, requested))

    def _csms_request_failed(self, ctx: HookContext) -> None:
        self._asked.pop(ctx.message_id or "", None)

    def _forget_asked(self, ctx: HookContext) -> None:
        self._asked.clear()

    # -- time ---------------------------------------------------------------------------------

    def _clock_now(self) -> Clock:
        return self._clock if self._clock is not None else self.device.clock

    def _now(self) -> float:
        return self._clock_now().time()

    async def _sleep(self, delay: float) -> None:
        wake: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._wake = wake

        def ring() -> None:
            if not wake.done():
                wake.set_result(None)

        timer = self._clock_now().call_later(delay, ring)
        try:
            await wake
        finally:
            timer.cancel()
            if self._wake is wake:
                self._wake = None
