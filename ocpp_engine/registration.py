"""The registration gate: what may flow before a BootNotification is Accepted.

OCPP 1.6 section 4.2 and OCPP 2.0.1 B01-B03 say what a charging station and a CSMS may do while
the station's registration is Pending or Rejected. `RegistrationGate` enforces it on a `Device`
through the device's public hooks, for one side of the connection, opt-in:

```python
gate = RegistrationGate.attach(station, side="charging_station")    # once
boot = {"chargePointVendor": "V", "chargePointModel": "M"}
response = await gate.boot(boot)                                    # on every connection

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
passed (an accepted TriggerMessage(BootNotification) lifts the wait). What the station does
with the central system's CALLs:

=========================  ==================  ==========================  ======================
registration status        remote start/stop   TriggerMessage(Boot-        any other CALL
                                               Notification)
=========================  ==================  ==========================  ======================
none yet                   handled             handled                     handled
none yet, ``strict=True``  ``Rejected``        handled                     CALLERROR SecurityError
Pending                    ``Rejected``        handled                     handled
Rejected                   not answered        handled                     not answered
Accepted                   handled             1.6: handled;               handled
                                               2.x: ``Rejected``
=========================  ==================  ==========================  ======================

"Remote start/stop" is 1.6 RemoteStart/StopTransaction and 2.x RequestStart/StopTransaction,
answered ``{"status": "Rejected"}`` without running their handlers (1.6 section 4.2.1, 2.0.1
B02: not allowed while Pending). ``strict=True`` also covers the time before the first answer,
when the central system has not registered the station yet: the station then serves nothing
but TriggerMessage(BootNotification), as a strict simulator does (it refuses with SecurityError,
as the central side of this gate does).

Booting on every connection: create the gate once and keep it across reconnections, and call
``await gate.boot(payload)`` on every connection. OCPP-J (1.6 section 5.4, 2.0.1 section 5.3,
2.1 section 5.4) says a BootNotification is not sent again after a reconnection unless its
content changed, so when the gate is Accepted and its last accepted BootNotification had the
same content, `RegistrationGate.boot` returns that response at once and sends nothing (2.x
``reason`` does not count as content: it says why a boot is sent). A changed payload, or
``force=True``, boots again; after a Pending or Rejected answer it boots, once the interval has
passed. A new process has a new gate and boots, as the specification asks at start-up.

TriggerMessage(BootNotification) to a 2.x station whose last BootNotification was Accepted is
answered ``{"status": "Rejected"}`` without running the handler, and no boot follows: 2.0.1
F06.FR.17 (2.1 keeps it) says so, and a 2.x station boots again only when what it says about
itself changed. 1.6 has no such rule: its Accepted station handles the trigger and boots again.
The status counts whichever way it was reached (a `RegistrationGate.boot` in an earlier
connection, or the *status* given to the gate).

TriggerMessage(BootNotification) otherwise: one trigger, one boot. Leave it to the gate: the
handler only accepts the trigger, and once its reply has gone out the gate sends the
BootNotification (2.x with ``reason="Triggered"``): the running `RegistrationGate.boot` loop
sends it, or, when none runs, the gate sends the payload of the last `RegistrationGate.boot`
call itself. A BootNotification the application sends in answer to the trigger (best from
`CallContext.after_reply`) is that one boot instead: the gate sends no other, and a waiting
`RegistrationGate.boot` goes on from its answer.

The registration status outlives the connection: a station that was Accepted and reconnects
does not have to boot again. A CSMS that creates a new device per connection passes the status
it keeps for the station as *status*.
"""

from __future__ import annotations

import asyncio
import copy
import enum
import json
import logging
from collections.abc import Callable, Mapping
from typing import Any, Final

from ._clock import Clock
from ._device import Device
from ._errors import CallError, LocalProtocolError
from ._frames import message_type
from ._hooks import HookContext
from ._versions import CALL, Role, Version

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
#: TriggerMessage(BootNotification) states: accepted, its reply not out yet; reply out.
_GRANTED: Final = "granted"
_DUE: Final = "due"
_REMOTE_START_STOP: Final = frozenset(
    {
        "RemoteStartTransaction",
        "RemoteStopTransaction",
        "RequestStartTransaction",
        "RequestStopTransaction",
    }
)


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


def _content(payload: Mapping[str, Any]) -> dict[str, Any]:
    """What a BootNotification says about the station: its payload without 2.x ``reason``."""
    return {key: value for key, value in payload.items() if key != "reason"}


def _asks_for_boot(action: Any, payload: Any) -> bool:
    """Whether a CALL is a TriggerMessage (or ExtendedTriggerMessage) for BootNotification."""
    return (
        action in _TRIGGERS
        and isinstance(payload, dict)
        and payload.get("requestedMessage") == BOOT
    )


def _interval(response: dict[str, Any]) -> Any:
    """The interval of a BootNotification response: OCPP 1.5 names it ``heartbeatInterval``."""
    return response.get("interval", response.get("heartbeatInterval"))


def _status(value: Any) -> RegistrationStatus | None:
    try:
        return RegistrationStatus(value)
    except ValueError:
        return None


class RegistrationGate:
    """Enforces the registration rules on one side of a device; create it with `attach`.

    On the station side, attach the gate once and keep it for the life of the process, across
    reconnections; call ``await gate.boot(payload)`` on every connection (it sends nothing when
    the station is Accepted with that content already; see the module's text for the rules).

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
        strict: (station side) before the first BootNotification answer, refuse the central
            system's CALLs but TriggerMessage(BootNotification): remote start/stop get
            ``{"status": "Rejected"}``, the rest CALLERROR SecurityError.
        clock: the time source of the boot interval (default: the device's clock, else the
            running event loop).

    Attributes:
        status: the current `RegistrationStatus`, or ``None`` before the first answer.
        interval: the interval of the last BootNotification response, in seconds.
        strict: see the argument; may be changed at any time.

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
        strict: bool = False,
        clock: Clock | None = None,
    ) -> None:
        self.device = device
        self.side = Role(side)
        self.status: RegistrationStatus | None = (
            None if status is None else RegistrationStatus(status)
        )
        self.interval = 0.0
        self.require_boot = require_boot
        self.default_interval = default_interval
        self.strict = strict
        self._clock = clock
        self._allowed: set[str] = set()
        self._boot_not_before: float | None = None
        self._asked: dict[str, tuple[str, str | None]] = {}
        self._listeners: list[Callable[[RegistrationStatus | None], Any]] = []
        self._wake: asyncio.Future[dict[str, Any] | None] | None = None
        self._hooks: list[tuple[str, str, Callable[[HookContext], Any]]] = []
        # station side: booting
        self._payload: dict[str, Any] | None = None  # of the last boot() call
        self._accepted_boot: tuple[dict[str, Any], dict[str, Any]] | None = None
        self._sent_boot: tuple[str | None, dict[str, Any]] | None = None
        self._own_boot = False  # boot() is sending its own BootNotification
        self._other_boot: tuple[str | None, float] | None = None  # someone else's, in flight
        self._trigger: str | None = None  # None, _GRANTED or _DUE
        self._granted_until = 0.0
        self._booting = 0
        self._boots_sent = 0
        self._boots_before: dict[str | None, int] = {}  # per trigger being handled

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
        self, payload: Mapping[str, Any], *, timeout: float | None = None, force: bool = False
    ) -> dict[str, Any]:
        """(station side) Register the station: call it on every connection.

        When the station is Accepted and the last accepted BootNotification had the same
        content (the payload, 2.x ``reason`` aside), returns that response at once and sends
        nothing: OCPP-J does not boot again after a reconnection unless the content changed.
        Otherwise sends BootNotification until Accepted, waiting each interval out on the
        gate's clock (a `FakeClock` in tests). An accepted TriggerMessage(BootNotification)
        ends the wait: the boot that answers it (2.x ``reason="Triggered"``) goes out after the
        trigger's reply, or, if the application sent one itself, its answer is taken instead.

        Args:
            payload: the BootNotification request payload.
            timeout: the timeout of each BootNotification call.
            force: send a BootNotification even when the station is Accepted with this
                content already.

        Returns:
            the Accepted BootNotification response payload.

        Raises:
            Exception: whatever `Device.call` raises for a BootNotification (a `CallError`,
                `CallTimeoutError`, `ConnectionClosedError`, `NotConnectedError`, ...); the
                caller decides whether to try again.
        """
        payload = dict(payload)
        self._payload = payload
        known = self._accepted_boot
        if not force and self.accepted and known is not None and known[0] == _content(payload):
            return copy.deepcopy(known[1])
        self._booting += 1
        try:
            while True:
                hold = self._hold()
                if hold is not None:  # a trigger's reply, or someone else's boot, is under way
                    answer = await self._sleep(hold)
                elif self._trigger is None and self.boot_delay() > 0:
                    answer = await self._sleep(self.boot_delay())
                else:
                    answer = await self._send_boot(payload, timeout, own=True)
                if answer is not None and self.accepted:
                    return answer
        finally:
            self._booting -= 1

    # -- hooks --------------------------------------------------------------------------------

    def _install(self) -> None:
        station = self.side is Role.CHARGING_STATION
        wanted: list[tuple[str, str, Callable[[HookContext], Any]]] = [
            ("before", "send_call", self._station_send if station else self._csms_send),
            (
                "before",
                "execute_call_handler",
                self._station_incoming if station else self._csms_incoming,
            ),
            ("after", "disconnected", self._forget_asked),
        ]
        if station:
            wanted += [
                ("after", "send_call", self._station_sent),
                ("after", "execute_call_result_handler", self._station_boot_answered),
                ("after", "execute_call_error_handler", self._station_boot_failed),
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

    # station side: booting

    async def _send_boot(
        self, payload: dict[str, Any], timeout: float | None, *, own: bool
    ) -> dict[str, Any]:
        """Send one BootNotification; the answer to a trigger says so in 2.x."""
        version = self.device.version
        if self._trigger is not None and version is not None and version is not Version.V16:
            payload = {**payload, "reason": "Triggered"}
        self._own_boot = own
        try:
            response: dict[str, Any] = await self.device.call(BOOT, payload, timeout=timeout)
        finally:
            self._own_boot = False
        return response

    def _hold(self) -> float | None:
        """Seconds `boot` must wait for a trigger's reply or another boot's answer, or ``None``."""
        now = self._now()
        if self._trigger is _GRANTED:
            if now < self._granted_until:
                return self._granted_until - now
            self._trigger = _DUE  # the reply never reported back: do not wait for ever
        if self._other_boot is not None:
            if now < self._other_boot[1]:
                return self._other_boot[1] - now
            self._other_boot = None  # its answer never came
        return None

    def _ring(self, answer: dict[str, Any] | None) -> None:
        """Wake a `boot` waiting in `_sleep`, with the BootNotification answer that woke it."""
        if self._wake is not None and not self._wake.done():
            self._wake.set_result(answer)

    async def _trigger_replied(self) -> None:
        """The reply to an accepted TriggerMessage(BootNotification) went out: boot now."""
        if self._trigger is not _GRANTED:
            return  # the application sent the BootNotification itself
        self._trigger = _DUE
        if self._booting:
            self._ring(None)  # the running boot() sends it
            return
        if self._payload is None:
            logger.info(
                "ocpp_engine: TriggerMessage(BootNotification) accepted, but boot() was "
                "never called: the application has to send the BootNotification"
            )
            return
        try:
            await self._send_boot(self._payload, None, own=False)
        except Exception as exc:
            logger.warning("ocpp_engine: the triggered BootNotification failed: %s", exc)

    # station side: hooks

    def _station_send(self, ctx: HookContext) -> None:
        action = ctx.action
        if action == BOOT:
            delay = self.boot_delay()
            if delay > 0:
                raise NotRegisteredError(
                    f"the last BootNotification was answered {self.status}; wait "
                    f"{delay:g} s before booting again",
                    self.status,
                    delay,
                )
            payload = ctx.payload if isinstance(ctx.payload, dict) else {}
            self._sent_boot = (ctx.message_id, dict(payload))
            self._boots_sent += 1
            if self._trigger is not None:
                self._trigger = None  # this boot answers the trigger
            if not self._own_boot:
                self._other_boot = (ctx.message_id, self._now() + self.device.call_timeout)
            return
        if self.accepted:
            return
        if self.status is RegistrationStatus.PENDING and action in self._allowed:
            return
        raise NotRegisteredError(
            f"{action} may not be sent before the BootNotification is Accepted "
            f"(status: {self.status})",
            self.status,
        )

    def _station_sent(self, ctx: HookContext) -> None:
        if ctx.action == BOOT and ctx.exception is not None:
            self._boot_over(ctx.message_id, None)

    def _station_incoming(self, ctx: HookContext) -> None:
        status = self.status
        if _asks_for_boot(ctx.action, ctx.payload):
            if status is RegistrationStatus.ACCEPTED and ctx.action == "TriggerMessage":
                version = self.device.version
                if version is not None and version is not Version.V16:
                    # 2.0.1 F06.FR.17 (2.1 too): a station whose last boot was Accepted
                    # rejects the trigger; 1.6 has no such rule.
                    ctx.result = {"status": "Rejected"}
                    return
            self._boots_before[ctx.message_id] = self._boots_sent
        if status is RegistrationStatus.ACCEPTED:
            return
        refusing = status is RegistrationStatus.PENDING or (status is None and self.strict)
        if refusing and ctx.action in _REMOTE_START_STOP:
            ctx.result = {"status": "Rejected"}
        elif status is None and self.strict and not _asks_for_boot(ctx.action, ctx.payload):
            raise CallError(
                "SecurityError", f"{ctx.action} refused: no BootNotification was answered yet"
            )

    def _station_boot_answered(self, ctx: HookContext) -> None:
        if ctx.action != BOOT:
            return
        result = ctx.result
        if ctx.exception is not None or not isinstance(result, dict):
            self._boot_over(ctx.message_id, None)
            return
        status = _status(result.get("status"))
        sent = self._sent_boot
        if status is RegistrationStatus.ACCEPTED and sent is not None and sent[0] == ctx.message_id:
            self._accepted_boot = (_content(sent[1]), copy.deepcopy(result))
        self._set_status(status, _interval(result))
        self._boot_over(ctx.message_id, result)

    def _station_boot_failed(self, ctx: HookContext) -> None:
        if ctx.action == BOOT:
            self._boot_over(ctx.message_id, None)

    def _boot_over(self, message_id: str | None, answer: dict[str, Any] | None) -> None:
        """A BootNotification was answered (*answer*) or failed: wake a waiting `boot`."""
        if self._other_boot is not None and self._other_boot[0] == message_id:
            self._other_boot = None
        self._ring(answer)

    def _station_handled(self, ctx: HookContext) -> None:
        result, request = ctx.result, ctx.payload
        boots_before = self._boots_before.pop(ctx.message_id, None)
        if not isinstance(result, dict) or result.get("status") != "Accepted":
            return
        if not isinstance(request, dict):
            return
        if ctx.action in _TRIGGERS:
            requested = request.get("requestedMessage")
            if requested == BOOT:
                self._boot_not_before = None
                if boots_before is not None and boots_before != self._boots_sent:
                    return  # the handler itself sent the BootNotification
                if ctx.call is not None:
                    self._trigger = _GRANTED
                    self._granted_until = self._now() + self.device.call_timeout
                    ctx.call.after_reply(self._trigger_replied)
                else:  # pragma: no cover - a CALL's handler step always has its context
                    self._trigger = _DUE
                    self._ring(None)
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
        if message_type(msg) != CALL or len(msg) != 4:  # 2.0 or true is no CALL
            return
        if _asks_for_boot(msg[2], msg[3]):
            return
        logger.info("ocpp_engine: registration Rejected; not answering %.80r", raw)
        ctx.raw = None

    # CSMS side

    def _csms_send(self, ctx: HookContext) -> None:
        payload = ctx.payload if isinstance(ctx.payload, dict) else {}
        blocked = self.status is RegistrationStatus.REJECTED or (
            self.status is None and self.require_boot
        )
        if blocked and not _asks_for_boot(ctx.action, payload):
            raise NotRegisteredError(
                f"the station is {self.status or 'not registered'}: only "
                "TriggerMessage(BootNotification) may be sent to it",
                self.status,
            )
        if ctx.message_id is not None and ctx.action in _TRIGGERS | _REPORTS:
            requested = payload.get("requestedMessage")
            self._asked[ctx.message_id] = (
                ctx.action or "",
                requested if isinstance(requested, str) else None,
            )

    def _csms_incoming(self, ctx: HookContext) -> None:
        action = ctx.action
        status = self.status
        if action == BOOT or status is RegistrationStatus.ACCEPTED:
            return
        if status is None and not self.require_boot:
            return
        if status is RegistrationStatus.PENDING and action in self._allowed:
            return
        raise CallError(
            "SecurityError",
            f"{action} refused: the station's registration is "
            f"{status or 'unknown'}; send BootNotification first",
        )

    def _csms_boot_answered(self, ctx: HookContext) -> None:
        if ctx.action == BOOT and isinstance(ctx.payload, dict):
            self._set_status(_status(ctx.payload.get("status")), _interval(ctx.payload))

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
        if self._trigger is not None or self._other_boot is not None:
            self._trigger = None
            self._other_boot = None
            self._ring(None)

    # -- time ---------------------------------------------------------------------------------

    def _clock_now(self) -> Clock:
        return self._clock if self._clock is not None else self.device.clock

    def _now(self) -> float:
        return self._clock_now().time()

    async def _sleep(self, delay: float) -> dict[str, Any] | None:
        """Wait *delay* seconds, or until `_ring`; return the answer it rang with, if any."""
        wake: asyncio.Future[dict[str, Any] | None] = asyncio.get_running_loop().create_future()
        self._wake = wake

        def ring() -> None:
            if not wake.done():
                wake.set_result(None)

        timer = self._clock_now().call_later(delay, ring)
        try:
            return await wake
        finally:
            timer.cancel()
            if self._wake is wake:
                self._wake = None
