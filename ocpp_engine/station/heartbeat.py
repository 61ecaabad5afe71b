"""Boot and heartbeat policy: register on every connection, then keep the link alive.

`BootPolicy` drives a station's `RegistrationGate` (OCPP 1.6 sections 4.2 BootNotification and
4.6 Heartbeat; OCPP 2.0.1 B01-B04 and G02): on every connection of the device it boots through
the gate, which sends nothing when the station is Accepted with the same content already (no
new boot on a reconnect, OCPP-J 1.6 section 5.4, 2.0.1 section 5.3), and once Accepted it sends
a Heartbeat every *interval* seconds of the device's clock:

```python
gate = RegistrationGate.attach(station, side="charging_station")
policy = BootPolicy.attach(station, gate, {"chargePointVendor": "V", "chargePointModel": "M"})
```

=====================================  ==================================================
what happens                           what the policy does
=====================================  ==================================================
the device connects                    boots through the gate
the boot times out, fails or is        boots again after ``retry_interval``
answered with an error
Pending or Rejected                    boots again after the answer's ``interval`` (the
                                       gate waits it out)
Accepted                               takes the answer's ``interval`` as the heartbeat
                                       interval, when positive; sends Heartbeat every
                                       interval from then on
the interval is changed                restarts the heartbeat timer from now
(`BootPolicy.set_interval`; 1.6
``HeartbeatInterval``, 2.x
``HeartbeatInterval``)
the device disconnects                 stops until the next connection
=====================================  ==================================================

A reconnection that needs no boot keeps the heartbeat interval as it was last set. A Heartbeat
that fails is not retried: the next one comes an interval later. The ``currentTime`` of every
Heartbeat answer (and of the BootNotification) goes to *on_time*, if given, for the station to
set its clock.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from typing import Any

from .._clock import TimerHandle, sleep
from .._device import Device
from .._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    LocalProtocolError,
    NotConnectedError,
    RemoteProtocolError,
)
from .._hooks import HookContext
from ..registration import NotRegisteredError, RegistrationGate

__all__ = ["BootPolicy"]

logger = logging.getLogger("ocpp_engine")


class BootPolicy:
    """Boots on every connection and sends heartbeats; create it with `attach`.

    Args:
        device: the station's device.
        gate: the station's `RegistrationGate` (station side).
        payload: the BootNotification payload.
        retry_interval: seconds before booting again after a timeout or an error answer.
        heartbeat_interval: the heartbeat interval until a boot answer gives one (seconds).
        on_time: ``on_time(current_time)``, called with the ``currentTime`` of every
            Heartbeat and BootNotification answer.

    Attributes:
        payload: the BootNotification payload; change it to boot with the new content at the
            next connection (or call `reboot`).
        retry_interval: see the argument; may be changed at any time.
        response: the last Accepted BootNotification response, or ``None``.

    Raises:
        ValueError: *retry_interval* or *heartbeat_interval* is not positive.
    """

    def __init__(
        self,
        device: Device,
        gate: RegistrationGate,
        payload: Mapping[str, Any],
        *,
        retry_interval: float = 30.0,
        heartbeat_interval: float = 300.0,
        on_time: Callable[[str], Any] | None = None,
    ) -> None:
        if retry_interval <= 0 or heartbeat_interval <= 0:
            raise ValueError("the intervals must be positive")
        self.device = device
        self.gate = gate
        self.payload = dict(payload)
        self.retry_interval = retry_interval
        self.on_time = on_time
        self.response: dict[str, Any] | None = None
        self._interval = float(heartbeat_interval)
        self._task: asyncio.Task[None] | None = None
        self._timer: TimerHandle | None = None
        self._beat: asyncio.Task[None] | None = None
        self._hooks: list[tuple[str, Callable[[HookContext], Any]]] = []

    @classmethod
    def attach(
        cls, device: Device, gate: RegistrationGate, payload: Mapping[str, Any], **options: Any
    ) -> BootPolicy:
        """Create the policy and boot at every connection of *device* (now, if connected).

        Args:
            device: the station's device.
            gate: the station's `RegistrationGate`.
            payload: the BootNotification payload.
            **options: the other arguments of `BootPolicy`.

        Returns:
            the policy, in force.

        Raises:
            ValueError: see `BootPolicy`.
        """
        self = cls(device, gate, payload, **options)
        wanted: list[tuple[str, Callable[[HookContext], Any]]] = [
            ("connected", self._connected),
            ("disconnected", self._disconnected),
            ("execute_call_result_handler", self._answered),
        ]
        for name, fn in wanted:
            device.hooks.after(name, fn)
            self._hooks.append((name, fn))
        if device.is_connected:
            self._begin()
        return self

    def detach(self) -> None:
        """Stop booting and beating; the gate stays as it is."""
        for name, fn in self._hooks:
            self.device.hooks.remove(name, fn)
        self._hooks.clear()
        self._halt()

    @property
    def interval(self) -> float:
        """The heartbeat interval in seconds."""
        return self._interval

    def set_interval(self, seconds: float) -> None:
        """Change the heartbeat interval; a running heartbeat timer restarts from now.

        Raises:
            ValueError: *seconds* is not positive.
        """
        if seconds <= 0:
            raise ValueError("the heartbeat interval must be positive")
        self._interval = float(seconds)
        if self._timer is not None:
            self._schedule()

    def reboot(self, payload: Mapping[str, Any] | None = None) -> None:
        """Boot again now (with a new *payload*, if given), even when Accepted.

        Raises:
            RuntimeError: no event loop is running.
        """
        if payload is not None:
            self.payload = dict(payload)
        self._halt()
        if self.device.is_connected:
            self._begin(force=True)

    # -- the cycle ----------------------------------------------------------------------------

    def _connected(self, ctx: HookContext) -> None:
        self._begin()

    def _disconnected(self, ctx: HookContext) -> None:
        self._halt()

    def _begin(self, force: bool = False) -> None:
        self._halt()
        self._task = asyncio.get_running_loop().create_task(self._boot(force))

    def _halt(self) -> None:
        for task in (self._task, self._beat):
            if task is not None:
                task.cancel()
        self._task = self._beat = None
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    async def _boot(self, force: bool) -> None:
        while True:
            try:
                await self.gate.boot(self.payload, force=force)
            except NotRegisteredError as exc:  # another boot ran ahead: wait as it says
                await sleep(self.device.clock, max(exc.retry_after, self.retry_interval))
            except (CallTimeoutError, CallError, RemoteProtocolError) as exc:
                logger.info("ocpp_engine: BootNotification failed (%s): trying again", exc)
                await sleep(self.device.clock, self.retry_interval)
            except (NotConnectedError, ConnectionClosedError):
                return  # the next connection boots
            except LocalProtocolError as exc:  # a payload that fails its schema, say
                logger.error("ocpp_engine: cannot send the BootNotification: %s", exc)
                return
            else:
                break
            force = False
        self._schedule()

    def _schedule(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._timer = self.device.clock.call_later(self._interval, self._due)

    def _due(self) -> None:
        self._timer = None
        if self._beat is None or self._beat.done():
            self._beat = asyncio.get_running_loop().create_task(self._heartbeat())
        self._schedule()

    async def _heartbeat(self) -> None:
        try:
            await self.device.call("Heartbeat", {})
        except (NotConnectedError, ConnectionClosedError, NotRegisteredError):
            pass
        except (CallTimeoutError, CallError, RemoteProtocolError) as exc:
            logger.info("ocpp_engine: Heartbeat failed: %s", exc)

    def _answered(self, ctx: HookContext) -> None:
        """Take the interval of an Accepted boot, and the time of every answer."""
        if ctx.action not in ("BootNotification", "Heartbeat") or ctx.exception is not None:
            return
        result = ctx.result
        if not isinstance(result, dict):
            return
        if ctx.action == "BootNotification" and result.get("status") == "Accepted":
            self.response = dict(result)
            interval = result.get("interval")
            if isinstance(interval, (int, float)) and interval > 0:
                self.set_interval(interval)
        current = result.get("currentTime")
        if self.on_time is not None and isinstance(current, str):
            try:
                self.on_time(current)
            except Exception as exc:
                logger.error("ocpp_engine: on_time failed", exc_info=exc)
