"""Connectors and EVSEs: their status, their availability, and the StatusNotifications that say so.

`Connectors` keeps the state of every connector of a station and reports each change of its
status to the central system. It follows OCPP 1.6 sections 4.9 (StatusNotification) and 5.2
(ChangeAvailability), and OCPP 2.0.1 G01-G04 (status and availability of the station, its EVSEs
and their connectors). It is attached to the station's `Device` like the registration gate:

```python
connectors = Connectors.attach(station, store, evses=2, gate=gate)
connectors.set_state(1, ConnectorState.PREPARING)   # the firmware saw a cable plugged in
```

What a connector is: in 2.x, connector *c* of EVSE *e*; in 1.6, which knows no EVSEs, EVSE *e*
is 1.6 connector *e* (one connector each), and 1.6 connector 0 is the station as a whole.

Its status follows from what the firmware and the transactions tell, by the first rule that
holds:

=====================================================  =============================  ==========
condition                                              1.6 status                     2.x status
=====================================================  =============================  ==========
a fault is set (`set_fault`) on it                     ``Faulted``                    Faulted
inoperative (station, EVSE or connector) and no        ``Unavailable``                Unavailable
transaction runs on it
a state is set (`set_state`)                           ``Preparing``, ``Charging``,   Occupied
                                                       ``SuspendedEV``,
                                                       ``SuspendedEVSE``, ``Finishing``
reserved (`set_reserved`)                              ``Reserved``                   Reserved
otherwise                                              ``Available``                  Available
=====================================================  =============================  ==========

ChangeAvailability (1.6 ``connectorId`` 0 or 2.x no ``evse``: the whole station; else one
connector, EVSE or 2.x connector):

=========================================================  ==============
request                                                    answer
=========================================================  ==============
an unknown connector or EVSE                               ``Rejected``
Inoperative, a transaction runs on a connector it covers   ``Scheduled``
anything else                                              ``Accepted``
=========================================================  ==============

The new availability is recorded (in the `StateStore`, so it survives a restart) once the
reply has gone out; a connector whose transaction still runs keeps its status until the
transaction ends, then becomes Unavailable: that is the scheduled change.

Every change of a connector's status queues a StatusNotification, sent in order once the
device is connected and, with a *gate*, registered. What changed while the station was offline
is sent once, as the latest status, when it comes back; a new process reports every connector
once registered (1.6 section 4.2, 2.0.1 B01.FR.05).
"""

from __future__ import annotations

import asyncio
import enum
import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final

import attrs

from .._context import CallContext
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
from .._versions import Version
from ..registration import NotRegisteredError, RegistrationGate, RegistrationStatus
from ._store import StateStore
from ._time import timestamp, utc_now

__all__ = ["AvailabilityStatus", "ConnectorState", "ConnectorStatus", "Connectors"]

logger = logging.getLogger("ocpp_engine")

COMPONENT: Final = "connectors"
_INOPERATIVE_KEY: Final = "inoperative"
_EVENT_ID_KEY: Final = "last_event_id"


class ConnectorStatus(str, enum.Enum):
    """A connector's status, as OCPP 1.6 names it (2.x folds the in-use ones into Occupied)."""

    AVAILABLE = "Available"
    PREPARING = "Preparing"
    CHARGING = "Charging"
    SUSPENDED_EV = "SuspendedEV"
    SUSPENDED_EVSE = "SuspendedEVSE"
    FINISHING = "Finishing"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"

    def __str__(self) -> str:
        return self.value


class ConnectorState(str, enum.Enum):
    """What the firmware says a connector is doing (`Connectors.set_state`)."""

    PREPARING = "Preparing"
    CHARGING = "Charging"
    SUSPENDED_EV = "SuspendedEV"
    SUSPENDED_EVSE = "SuspendedEVSE"
    FINISHING = "Finishing"

    def __str__(self) -> str:
        return self.value


class AvailabilityStatus(str, enum.Enum):
    """The answer to a ChangeAvailability."""

    ACCEPTED = "Accepted"
    REJECTED = "Rejected"
    SCHEDULED = "Scheduled"

    def __str__(self) -> str:
        return self.value


#: 1.6 status -> 2.x ConnectorStatusEnumType.
V2_STATUS: Final[Mapping[ConnectorStatus, str]] = {
    ConnectorStatus.AVAILABLE: "Available",
    ConnectorStatus.PREPARING: "Occupied",
    ConnectorStatus.CHARGING: "Occupied",
    ConnectorStatus.SUSPENDED_EV: "Occupied",
    ConnectorStatus.SUSPENDED_EVSE: "Occupied",
    ConnectorStatus.FINISHING: "Occupied",
    ConnectorStatus.RESERVED: "Reserved",
    ConnectorStatus.UNAVAILABLE: "Unavailable",
    ConnectorStatus.FAULTED: "Faulted",
}

Key = tuple[int, int]
"""(EVSE id, connector id); (0, 0) is the station (1.6 connector 0)."""

StatusListener = Callable[[int, int, ConnectorStatus], Any]


@attrs.frozen
class _Event:
    key: Key
    status: ConnectorStatus
    error_code: str
    timestamp: str


@attrs.define
class _Connector:
    state: ConnectorState | None = None
    fault: str | None = None
    reserved: bool = False
    in_transaction: bool = False


class Connectors:
    """The connectors of a station: status, availability and StatusNotification; use `attach`.

    Args:
        device: the station's device.
        store: where availability is kept (component ``"connectors"``).
        evses: the number of EVSEs, each with one connector, or a mapping of EVSE id to its
            number of connectors (2.x). In 1.6 every EVSE must have one connector.
        gate: the station's `RegistrationGate`; with one, StatusNotifications wait for
            Accepted.
        now: the wall clock of the StatusNotification timestamps (default: UTC now).
        notify_event: (2.x) after each StatusNotification, also send a NotifyEvent of the
            connector's ``AvailabilityState`` variable (component ``Connector``), as a
            station whose device model reports it does.

    Raises:
        ValueError: *evses* names no EVSE, an id below 1, or an EVSE without connectors.
    """

    def __init__(
        self,
        device: Device,
        store: StateStore,
        *,
        evses: int | Mapping[int, int] = 1,
        gate: RegistrationGate | None = None,
        now: Callable[[], datetime] | None = None,
        notify_event: bool = False,
    ) -> None:
        layout = {e: 1 for e in range(1, evses + 1)} if isinstance(evses, int) else dict(evses)
        if not layout or min(layout) < 1 or min(layout.values()) < 1:
            raise ValueError("evses must name EVSEs 1 and up, each with a connector")
        self.device = device
        self.store = store
        self.gate = gate
        self.notify_event = notify_event
        self._now = now if now is not None else utc_now
        self._layout = layout
        self._connectors: dict[Key, _Connector] = {
            (e, c): _Connector() for e, n in sorted(layout.items()) for c in range(1, n + 1)
        }
        self._station_fault: str | None = None
        saved = store.load(COMPONENT).get(_INOPERATIVE_KEY, [])
        self._inoperative: set[Key] = {(int(e), int(c)) for e, c in saved}
        self._current: dict[Key, _Event] = {}
        self._sent: dict[Key, ConnectorStatus] = {}
        self._queue: list[_Event] = []
        self._listeners: list[StatusListener] = []
        self._ready = False
        self._wake: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._hooks: list[tuple[str, Callable[[HookContext], Any]]] = []
        self._refresh()

    @classmethod
    def attach(cls, device: Device, store: StateStore, **options: Any) -> Connectors:
        """Create the component, answer ChangeAvailability on *device* and report statuses.

        Args:
            device: the station's device.
            store: the station's `StateStore`.
            **options: the other arguments of `Connectors`.

        Returns:
            the component, in force.

        Raises:
            ValueError: see `Connectors`.
        """
        self = cls(device, store, **options)
        device.on("ChangeAvailability", self._on_change_availability)
        for name in ("connected", "disconnected"):
            device.hooks.after(name, self._readiness_changed)
            self._hooks.append((name, self._readiness_changed))
        if self.gate is not None:
            self.gate.on_change(self._status_changed)
        self._update_ready()
        return self

    def detach(self) -> None:
        """Stop reporting; queued StatusNotifications are dropped.

        The ChangeAvailability handler stays registered: a device cannot remove one.
        """
        for name, fn in self._hooks:
            self.device.hooks.remove(name, fn)
        self._hooks.clear()
        if self.gate is not None:
            self.gate.remove_listener(self._status_changed)
        if self._task is not None:
            self._task.cancel()
            self._task = None

    # -- reading ----------------------------------------------------------------------------

    @property
    def keys(self) -> list[Key]:
        """Every connector as ``(evse_id, connector_id)``, in order."""
        return list(self._connectors)

    def status(self, evse: int, connector: int = 1) -> ConnectorStatus:
        """Return a connector's status (1.6 names); ``status(0, 0)`` is the station's.

        Raises:
            KeyError: no such connector.
        """
        return self._compute((evse, connector))

    def operative(self, evse: int = 0, connector: int = 0) -> bool:
        """Whether the station, an EVSE (*connector* 0) or a connector is operative.

        A connector is operative when it, its EVSE and the station are; a scheduled change
        to Inoperative counts already.
        """
        return not (
            (0, 0) in self._inoperative
            or (evse, 0) in self._inoperative
            or (evse, connector) in self._inoperative
        )

    def in_transaction(self, evse: int, connector: int | None = None) -> bool:
        """Whether a transaction runs on the EVSE (or on that one of its connectors)."""
        return any(
            c.in_transaction
            for (e, n), c in self._connectors.items()
            if e == evse and (connector is None or n == connector)
        )

    def can_start(self, evse: int, connector: int = 1) -> bool:
        """Whether a transaction may start on the connector.

        It may when the connector is known, operative and not faulted, and no transaction
        runs on its EVSE.
        """
        item = self._connectors.get((evse, connector))
        return (
            item is not None
            and item.fault is None
            and self._station_fault is None
            and self.operative(evse, connector)
            and not self.in_transaction(evse)
        )

    def report(self, evse: int | None = None, connector: int | None = None) -> None:
        """Send the current status of connectors again, changed or not (a TriggerMessage).

        Args:
            evse: the EVSE (1.6: the connector; 0: the station), or ``None`` for all.
            connector: its connector (2.x), or ``None`` for all of the EVSE's.

        The StatusNotifications go in order after what is queued, once the device is ready.

        Raises:
            KeyError: no such EVSE or connector.
        """
        keys = [
            k
            for k in self._current
            if (evse is None or k[0] == evse) and (connector is None or k[1] == connector)
        ]
        if not keys:
            raise KeyError(f"no connector {connector} on EVSE {evse}")
        if self._ready:
            self._queue.extend(self._current[k] for k in keys)
            self._kick()

    def on_change(self, listener: StatusListener) -> None:
        """Call ``listener(evse_id, connector_id, status)`` after every status change."""
        self._listeners.append(listener)

    # -- what the firmware and the transactions tell ------------------------------------------

    def set_state(self, evse: int, state: ConnectorState | str | None, connector: int = 1) -> None:
        """Set what a connector is doing (``None``: nothing, it is idle).

        Raises:
            KeyError: no such connector.
            ValueError: *state* is not a `ConnectorState`.
        """
        self._item(evse, connector).state = None if state is None else ConnectorState(state)
        self._refresh()

    def set_fault(self, evse: int, error_code: str | None, connector: int = 1) -> None:
        """Set a fault on a connector, or clear it with ``None``.

        *error_code* is a 1.6 ``errorCode`` such as ``"GroundFailure"``;
        ``set_fault(0, code, 0)`` faults the whole station.

        Raises:
            KeyError: no such connector.
        """
        if (evse, connector) == (0, 0):
            self._station_fault = error_code
        else:
            self._item(evse, connector).fault = error_code
        self._refresh()

    def set_reserved(self, evse: int, reserved: bool, connector: int = 1) -> None:
        """Mark a connector reserved or not.

        Raises:
            KeyError: no such connector.
        """
        self._item(evse, connector).reserved = reserved
        self._refresh()

    def begin_transaction(self, evse: int, connector: int = 1) -> None:
        """A transaction started on the connector: it is Charging unless told otherwise.

        Raises:
            KeyError: no such connector.
        """
        item = self._item(evse, connector)
        item.in_transaction = True
        if item.state in (None, ConnectorState.PREPARING):
            item.state = ConnectorState.CHARGING
        self._refresh()

    def end_transaction(self, evse: int, connector: int = 1) -> None:
        """The connector's transaction ended: it is idle, and a scheduled change applies.

        Raises:
            KeyError: no such connector.
        """
        item = self._item(evse, connector)
        item.in_transaction = False
        item.state = None
        self._refresh()

    def change_availability(
        self, operative: bool, evse: int = 0, connector: int = 0
    ) -> AvailabilityStatus:
        """Make the station (``evse=0``), an EVSE (``connector=0``) or a connector (in)operative.

        The rules of ChangeAvailability apply (see the module's text); the change is recorded
        at once, and a connector whose transaction runs keeps its status until it ends.

        Returns:
            `AvailabilityStatus`: what a ChangeAvailability would answer.
        """
        status = self._answer(operative, evse, connector)
        if status is not AvailabilityStatus.REJECTED:
            self._apply(operative, evse, connector)
        return status

    # -- ChangeAvailability -------------------------------------------------------------------

    def _answer(self, operative: bool, evse: int, connector: int) -> AvailabilityStatus:
        if evse != 0 and (evse not in self._layout or not 0 <= connector <= self._layout[evse]):
            return AvailabilityStatus.REJECTED
        covered = [
            c for (e, n), c in self._connectors.items() if evse in (0, e) and connector in (0, n)
        ]
        if not operative and any(c.in_transaction for c in covered):
            return AvailabilityStatus.SCHEDULED
        return AvailabilityStatus.ACCEPTED

    def _apply(self, operative: bool, evse: int, connector: int) -> None:
        key = (evse, 0) if evse == 0 else (evse, connector)
        if operative:
            self._inoperative.discard(key)
        else:
            self._inoperative.add(key)
        self.store.put(COMPONENT, _INOPERATIVE_KEY, sorted(self._inoperative))
        self._refresh()

    def _on_change_availability(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if ctx.version is Version.V16:
            operative = payload.get("type") == "Operative"
            evse, connector = int(payload.get("connectorId", 0)), 0
        else:
            operative = payload.get("operationalStatus") == "Operative"
            target = payload.get("evse") or {}
            evse, connector = int(target.get("id", 0)), int(target.get("connectorId", 0))
        status = self._answer(operative, evse, connector)
        if status is not AvailabilityStatus.REJECTED:
            ctx.after_reply(self._apply, operative, evse, connector)
        return {"status": status.value}

    # -- status -------------------------------------------------------------------------------

    def _item(self, evse: int, connector: int) -> _Connector:
        try:
            return self._connectors[(evse, connector)]
        except KeyError:
            raise KeyError(f"no connector {connector} on EVSE {evse}") from None

    def _compute(self, key: Key) -> ConnectorStatus:
        if key == (0, 0):
            if self._station_fault is not None:
                return ConnectorStatus.FAULTED
            if (0, 0) in self._inoperative:
                return ConnectorStatus.UNAVAILABLE
            return ConnectorStatus.AVAILABLE
        item = self._item(*key)
        if item.fault is not None:
            return ConnectorStatus.FAULTED
        if not self.operative(*key) and not item.in_transaction:
            return ConnectorStatus.UNAVAILABLE
        if item.state is not None:
            return ConnectorStatus(item.state.value)
        if item.reserved:
            return ConnectorStatus.RESERVED
        return ConnectorStatus.AVAILABLE

    def _error_code(self, key: Key) -> str:
        fault = self._station_fault if key == (0, 0) else self._connectors[key].fault
        return "NoError" if fault is None else fault

    def _refresh(self) -> None:
        """Recompute every status; queue and announce the ones that changed."""
        stamp = timestamp(self._now())
        changed: list[_Event] = []
        for key in [(0, 0), *self._connectors]:
            status = self._compute(key)
            error_code = self._error_code(key)
            known = self._current.get(key)
            if known is not None and known.status is status and known.error_code == error_code:
                continue
            event = _Event(key, status, error_code, stamp)
            self._current[key] = event
            changed.append(event)
            if known is not None:  # the first computation is no change
                for listener in tuple(self._listeners):
                    try:
                        listener(key[0], key[1], status)
                    except Exception as exc:
                        logger.error("ocpp_engine: a connector listener failed", exc_info=exc)
        if self._ready:
            self._queue.extend(changed)
            self._kick()

    # -- reporting ----------------------------------------------------------------------------

    def _readiness_changed(self, ctx: HookContext) -> None:
        self._update_ready()

    def _status_changed(self, status: RegistrationStatus | None) -> None:
        self._update_ready()

    def _update_ready(self) -> None:
        ready = self.device.is_connected and (self.gate is None or self.gate.accepted)
        if ready and not self._ready:
            # What changed since the last report, once, as it is now.
            self._queue = [e for k, e in self._current.items() if self._sent.get(k) is not e.status]
            self._ready = True
            self._kick()
        elif not ready:
            self._ready = False

    def _kick(self) -> None:
        if not self._queue:
            return
        if self._wake is None:
            self._wake = asyncio.Event()
        self._wake.set()
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._pump())

    async def _pump(self) -> None:
        while self._queue and self._ready:
            event = self._queue[0]
            version = self.device.version
            if event.key == (0, 0) and version is not Version.V16:
                self._queue.pop(0)
                continue
            try:
                await self.device.call("StatusNotification", self._payload(event, version))
            except (NotConnectedError, ConnectionClosedError, NotRegisteredError):
                # Lost the link or the registration: look again once this task is over.
                self._ready = False
                asyncio.get_running_loop().call_soon(self._update_ready)
                return
            except (CallTimeoutError, CallError, RemoteProtocolError) as exc:
                logger.warning("ocpp_engine: a StatusNotification failed: %s", exc)
            except LocalProtocolError as exc:  # such as an errorCode 1.6 does not know
                logger.error("ocpp_engine: cannot send a StatusNotification: %s", exc)
            else:
                self._sent[event.key] = event.status
                if self.notify_event and version is not Version.V16:
                    await self._notify_event(event)
            if self._queue and self._queue[0] is event:
                self._queue.pop(0)

    async def _notify_event(self, event: _Event) -> None:
        """Report the AvailabilityState of the connector through the device model (2.x)."""
        evse, connector = event.key
        event_id = int(self.store.load(COMPONENT).get(_EVENT_ID_KEY, 0)) + 1
        self.store.put(COMPONENT, _EVENT_ID_KEY, event_id)
        payload = {
            "generatedAt": event.timestamp,
            "seqNo": 0,
            "eventData": [
                {
                    "eventId": event_id,
                    "timestamp": event.timestamp,
                    "trigger": "Delta",
                    "actualValue": V2_STATUS[event.status],
                    "eventNotificationType": "HardWiredNotification",
                    "component": {
                        "name": "Connector",
                        "evse": {"id": evse, "connectorId": connector},
                    },
                    "variable": {"name": "AvailabilityState"},
                }
            ],
        }
        try:
            await self.device.call("NotifyEvent", payload)
        except Exception as exc:  # a report, not a transaction message: not sent again
            logger.warning("ocpp_engine: a NotifyEvent of AvailabilityState failed: %s", exc)

    @staticmethod
    def _payload(event: _Event, version: Version | None) -> dict[str, Any]:
        evse, connector = event.key
        if version is Version.V16:
            return {
                "connectorId": evse,
                "errorCode": event.error_code,
                "status": event.status.value,
                "timestamp": event.timestamp,
            }
        return {
            "timestamp": event.timestamp,
            "connectorStatus": V2_STATUS[event.status],
            "evseId": evse,
            "connectorId": connector,
        }
