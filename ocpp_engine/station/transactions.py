"""Transactions: start, stop, meter values, remote start and stop, and recovery after a power loss.

`Transactions` runs a station's charging transactions in OCPP 1.6 (sections 4.8 MeterValues,
4.10 StartTransaction, 4.11 StopTransaction, 5.11/5.12 Remote Start/Stop Transaction) and OCPP
2.0.1/2.1 (E01-E07 TransactionEvent, E12 offline transactions, F01-F03 Request Start/Stop
Transaction, J02 periodic meter values). Every transaction message goes through the station's
durable `ocpp_engine.outbox.Outbox`, so it reaches the central system in order whatever the
link does; the transaction's own state is kept in the `StateStore` (component
``"transactions"``), written at every change:

```python
outbox = Outbox(station, SQLiteStore("station.db"), gate=gate)
outbox.start()                                                  # first: recovery uses it
transactions = Transactions.attach(station, store, outbox, meter=read_meter)
transaction = await transactions.start(1, "TAG1")
transactions.stop(1, "Local")
```

The rules:

- One transaction per EVSE. 1.6 StartTransaction carries ``meterStart`` (the
  ``Energy.Active.Import.Register`` reading, in Wh); the central system's ``transactionId``
  comes with its answer. Messages of the transaction sent before that answer (MeterValues,
  StopTransaction: the station may be offline) are queued with ``transaction_of`` the
  StartTransaction, and the outbox writes the id in when the answer comes, also after a
  restart.
- 2.x: the station makes the ``transactionId`` (a UUID). Every TransactionEvent of a
  transaction has the next ``seqNo``, from 0 (Started) without gaps, kept in the store; an
  event that happens while the station is not connected and registered says ``offline``.
- Meter values: every ``meter_value_sample_interval`` seconds of the device's clock (0: none)
  while a transaction runs, the *meter* callback is read and the configured *measurands* are
  sent (1.6 MeterValues with the ``transactionId``; 2.x TransactionEvent Updated,
  ``MeterValuePeriodic``), context ``Sample.Periodic``. The start and the stop carry a
  ``Transaction.Begin`` / ``Transaction.End`` sample in 2.x, of *started_measurands* and
  *ended_measurands* (2.x ``SampledDataTxStartedMeasurands``, ``SampledDataTxEndedMeasurands``;
  by default the *measurands*).
- Power loss: a transaction found open in the store when the component is created is ended
  at once: 1.6 StopTransaction reason ``PowerLoss``; 2.x TransactionEvent Ended, trigger
  ``AbnormalCondition``, ``stoppedReason`` ``PowerLoss``, ``offline`` when not yet connected.
  One whose stop message is already queued (the station died between queueing it and
  forgetting the transaction) is only forgotten: it ends once.
- When the central system's answer to the start says the token is not ``Accepted`` (1.6
  ``idTagInfo``, 2.x ``idTokenInfo``) and ``stop_on_invalid_id`` is set (1.6
  ``StopTransactionOnInvalidId``, 2.x ``StopTxOnInvalidId``), the transaction is stopped,
  reason ``DeAuthorized``.
- Authorize: with ``authorize_before_start`` (local starts) or ``authorize_remote_start`` (1.6
  ``AuthorizeRemoteTxRequests``, 2.x ``AuthorizeRemoteStart``), the station sends Authorize
  first and starts only when it is ``Accepted``; while offline it starts without asking.

Listeners (`Transactions.on_change`) are told each `TransactionChange`: a transaction started,
its id known (1.6: in the device's CALLRESULT hook, as the StartTransaction answer is received,
so a SetChargingProfile the central system sends right after it finds the id), and ended.

Remote start and stop (answered, then done once the reply is out; the TxProfile of a remote
start goes to the ``charging_profile`` hook with the transaction's id, once known):

=====================================================  ===============================
request                                                answer
=====================================================  ===============================
start, on a connector that `Connectors.can_start`      ``Accepted``, then `start`
(or none given, and one can)
start with a ``chargingProfile`` not a TxProfile       ``Rejected`` (1.6 5.11; 2.0.1
                                                       F01.FR.09)
start otherwise                                        ``Rejected``
stop, of a transaction that runs here                  ``Accepted``, then `stop`
                                                       (reason ``Remote``)
stop otherwise                                         ``Rejected``
=====================================================  ===============================
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Final

import attrs

from .._clock import TimerHandle
from .._context import CallContext
from .._device import Device
from .._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    NotConnectedError,
    RemoteProtocolError,
)
from .._hooks import HookContext
from .._ids import uuid4
from .._versions import Version
from ..outbox import Delivery, Outbox, OutboxEntry
from ..registration import NotRegisteredError
from ._store import StateStore
from ._time import timestamp, utc_now
from .connectors import Connectors, ConnectorState

__all__ = ["Transaction", "TransactionChange", "TransactionRefused", "Transactions"]

logger = logging.getLogger("ocpp_engine")

COMPONENT: Final = "transactions"
ENERGY: Final = "Energy.Active.Import.Register"

#: The unit of each measurand's readings (1.6 ``unit``, 2.x ``unitOfMeasure.unit``).
UNITS: Final[Mapping[str, str]] = {
    "Energy.Active.Import.Register": "Wh",
    "Energy.Active.Export.Register": "Wh",
    "Energy.Active.Import.Interval": "Wh",
    "Energy.Active.Export.Interval": "Wh",
    "Energy.Reactive.Import.Register": "varh",
    "Energy.Reactive.Export.Register": "varh",
    "Power.Active.Import": "W",
    "Power.Active.Export": "W",
    "Power.Offered": "W",
    "Power.Reactive.Import": "var",
    "Power.Reactive.Export": "var",
    "Current.Import": "A",
    "Current.Export": "A",
    "Current.Offered": "A",
    "Voltage": "V",
    "SoC": "Percent",
}

#: The stop reasons each version knows (1.6 ``reason``, 2.x ``stoppedReason``).
REASONS: Final[Mapping[bool, frozenset[str]]] = {
    True: frozenset(
        {
            "EmergencyStop",
            "EVDisconnected",
            "HardReset",
            "Local",
            "Other",
            "PowerLoss",
            "Reboot",
            "Remote",
            "SoftReset",
            "UnlockCommand",
            "DeAuthorized",
        }
    ),
    False: frozenset(
        {
            "DeAuthorized",
            "EmergencyStop",
            "EnergyLimitReached",
            "EVDisconnected",
            "GroundFault",
            "ImmediateReset",
            "Local",
            "LocalOutOfCredit",
            "MasterPass",
            "Other",
            "OvercurrentFault",
            "PowerLoss",
            "PowerQuality",
            "Reboot",
            "Remote",
            "SOCLimitReached",
            "StoppedByEV",
            "TimeLimitReached",
            "Timeout",
        }
    ),
}

#: 2.x: the triggerReason of an Ended event, by its stoppedReason (else ``AbnormalCondition``).
STOP_TRIGGERS: Final[Mapping[str, str]] = {
    "Local": "StopAuthorized",
    "MasterPass": "StopAuthorized",
    "Remote": "RemoteStop",
    "DeAuthorized": "Deauthorized",
    "EVDisconnected": "EVCommunicationLost",
    "StoppedByEV": "EVDeparted",
    "EnergyLimitReached": "EnergyLimitReached",
    "SOCLimitReached": "EnergyLimitReached",
    "TimeLimitReached": "TimeLimitReached",
    "ImmediateReset": "ResetCommand",
    "Reboot": "ResetCommand",
}

#: 2.x chargingState -> the connector state it shows (`Transactions.set_charging_state`).
CHARGING_STATES: Final[Mapping[str, ConnectorState]] = {
    "Charging": ConnectorState.CHARGING,
    "SuspendedEV": ConnectorState.SUSPENDED_EV,
    "SuspendedEVSE": ConnectorState.SUSPENDED_EVSE,
    "EVConnected": ConnectorState.SUSPENDED_EV,
    "Idle": ConnectorState.PREPARING,
}

MeterReader = Callable[[int], Mapping[str, float]]
"""``meter(evse_id)`` -> the EVSE's readings by measurand (energy in Wh)."""

ProfileHook = Callable[["Transaction", Mapping[str, Any]], Any]
"""``charging_profile(transaction, profile)``: install a remote start's TxProfile (see
`Transactions`)."""


class TransactionRefused(Exception):
    """A transaction could not start (or stop); nothing was sent.

    Attributes:
        reason: why, in a word: ``"unavailable"``, ``"busy"``, ``"not authorized"``,
            ``"no transaction"``.
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@attrs.frozen
class Transaction:
    """A transaction as the station keeps it.

    Attributes:
        evse: its EVSE (1.6: its connector).
        connector: its connector on the EVSE (1 in 1.6).
        id_token: the token that started it (1.6 ``idTag``).
        id_token_type: 2.x ``IdTokenEnumType`` of the token.
        meter_start: the energy register at the start, Wh.
        started_at: the start's timestamp (ISO 8601, UTC).
        v16: whether it runs under OCPP 1.6.
        transaction_id: 2.x its UUID; 1.6 the central system's id once known, else ``None``.
        start_seq: 1.6 the outbox seq of its StartTransaction.
        seq_no: 2.x the ``seqNo`` of its next TransactionEvent.
        remote_start_id: 2.x the ``remoteStartId`` it was started with.
    """

    evse: int
    connector: int
    id_token: str
    id_token_type: str
    meter_start: int
    started_at: str
    v16: bool
    transaction_id: str | int | None = None
    start_seq: int | None = None
    seq_no: int = 0
    remote_start_id: int | None = None


@attrs.frozen
class TransactionChange:
    """What a `Transactions.on_change` listener is told.

    ==========  ==============================================================================
    kind        when
    ==========  ==============================================================================
    started     the start message is queued (2.x: *transaction_id* is its UUID; 1.6 ``None``)
    id_known    the id is known: 2.x right after ``started``; 1.6 as the StartTransaction
                answer is received (before its CALLRESULT is handed to whoever awaits it)
    ended       the stop message is queued (*transaction_id*: 1.6 ``None`` if never learnt)
    ==========  ==============================================================================

    Attributes:
        kind: ``"started"``, ``"id_known"`` or ``"ended"``.
        evse: the EVSE (1.6: the connector).
        connector: the connector on the EVSE (1 in 1.6).
        transaction_id: the transaction's id, when known.
        reason: for ``ended``, the stop reason (1.6 ``reason``, 2.x ``stoppedReason``).
    """

    kind: str
    evse: int
    connector: int
    transaction_id: str | int | None = None
    reason: str | None = None


ChangeListener = Callable[[TransactionChange], Any]
"""``listener(change)``, told of every `TransactionChange`."""


def _decimal(value: float) -> str:
    """Write a reading as a 1.6 ``value``: a plain decimal, no exponent, at most 3 decimals."""
    text = f"{value:.3f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _same(a: Transaction, b: Transaction) -> bool:
    """Whether *a* and *b* are states of one transaction (its start message identifies it)."""
    return a.start_seq == b.start_seq if a.v16 else a.transaction_id == b.transaction_id


def _stop_queued(transaction: Transaction, pending: Sequence[OutboxEntry]) -> bool:
    """Whether *transaction*'s stop message (1.6 StopTransaction, 2.x Ended) is queued."""
    for entry in pending:
        if transaction.v16:
            if entry.action != "StopTransaction":
                continue
            waiting = entry.transaction_of is not None
            if (waiting and entry.transaction_of == transaction.start_seq) or (
                not waiting
                and transaction.transaction_id is not None
                and entry.payload.get("transactionId") == transaction.transaction_id
            ):
                return True
        elif (
            entry.action == "TransactionEvent"
            and entry.payload.get("eventType") == "Ended"
            and (entry.payload.get("transactionInfo") or {}).get("transactionId")
            == transaction.transaction_id
        ):
            return True
    return False


def _key(evse: int) -> str:
    return f"evse:{evse}"


class Transactions:
    """A station's transactions in 1.6 or 2.x; create it with `attach`.

    Args:
        device: the station's device.
        store: where open transactions are kept (component ``"transactions"``).
        outbox: the station's outbox, *started* (recovery queues into it).
        connectors: the station's `Connectors`: starts are checked against it and it is told
            when transactions begin and end (without it any EVSE id is accepted).
        version: the version the transactions run under (default: the device's default
            version).
        meter: ``meter(evse_id)`` -> readings by measurand (default: nothing, energy 0).
        meter_value_sample_interval: seconds between periodic meter values (0: none).
        started_measurands: 2.x those of the Started event (default: *measurands*).
        ended_measurands: 2.x those of the Ended event (default: *measurands*).
        measurands: the measurands sampled (1.6 ``MeterValuesSampledData``, 2.x
            ``SampledDataTxUpdatedMeasurands``).
        authorize_before_start: send Authorize before a local start.
        authorize_remote_start: send Authorize before a remote start.
        stop_on_invalid_id: stop a transaction whose start the central system does not accept.
        charging_profile: ``charging_profile(transaction, profile)`` installs the
            ``chargingProfile`` of a remote start (1.6 section 5.11, 2.0.1 F01.FR.11 and K05)
            for the transaction started, once its id is known; *profile* is the wire form with
            its ``transactionId`` set (wire it to `SmartCharging.install`). Without it such a
            profile is ignored (a station without smart charging).
        now: the wall clock of timestamps (default: UTC now).

    The arguments *measurands*, *started_measurands*, *ended_measurands*,
    *authorize_before_start*, *authorize_remote_start*, *stop_on_invalid_id* and
    *charging_profile* are attributes
    of those names too: they may be set at any time (as the configuration they stand for
    changes) and count from the next message.

    Attributes:
        recovered: the transactions found open at creation and ended with ``PowerLoss``.

    Raises:
        ValueError: no version given and the device has none.
    """

    def __init__(
        self,
        device: Device,
        store: StateStore,
        outbox: Outbox,
        *,
        connectors: Connectors | None = None,
        version: str | Version | None = None,
        meter: MeterReader | None = None,
        meter_value_sample_interval: float = 0.0,
        measurands: Sequence[str] = (ENERGY,),
        started_measurands: Sequence[str] | None = None,
        ended_measurands: Sequence[str] | None = None,
        authorize_before_start: bool = False,
        authorize_remote_start: bool = False,
        stop_on_invalid_id: bool = True,
        charging_profile: ProfileHook | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        chosen = Version(version) if version is not None else device.default_version
        if chosen is None:
            raise ValueError("give a version: the device has no default version")
        self.device = device
        self.store = store
        self.outbox = outbox
        self.connectors = connectors
        self.version = chosen
        self.meter = meter
        self.measurands = tuple(measurands)
        self.started_measurands = None if started_measurands is None else tuple(started_measurands)
        self.ended_measurands = None if ended_measurands is None else tuple(ended_measurands)
        self.authorize_before_start = authorize_before_start
        self.authorize_remote_start = authorize_remote_start
        self.stop_on_invalid_id = stop_on_invalid_id
        self.charging_profile = charging_profile
        self._listeners: list[ChangeListener] = []
        self._sent_starts: dict[str, int] = {}
        self._profiles: dict[int, tuple[int | None, Mapping[str, Any]]] = {}
        self._hooks: list[tuple[str, Callable[[HookContext], Any]]] = []
        self._now = now if now is not None else utc_now
        self._interval = float(meter_value_sample_interval)
        self._open: dict[int, Transaction] = {}
        self._samplers: dict[int, TimerHandle] = {}
        self._watchers: set[asyncio.Task[None]] = set()
        self.recovered: list[Transaction] = []

    @classmethod
    def attach(
        cls, device: Device, store: StateStore, outbox: Outbox, **options: Any
    ) -> Transactions:
        """Create the component, end what a power loss left open, answer remote start/stop.

        Call it in the event loop, after ``outbox.start()``.

        Args:
            device: the station's device.
            store: the station's `StateStore`.
            outbox: the station's started `Outbox`.
            **options: the other arguments of `Transactions`.

        Returns:
            the component, in force.

        Raises:
            ValueError: see `Transactions`.
            RuntimeError: no event loop is running.
        """
        self = cls(device, store, outbox, **options)
        self._recover()
        if self.version is Version.V16:
            device.on("RemoteStartTransaction", self._on_remote_start)
            device.on("RemoteStopTransaction", self._on_remote_stop)
            for name, fn in (
                ("send_call", self._start_sent),
                ("execute_call_result_handler", self._start_result),
            ):
                device.hooks.after(name, fn)
                self._hooks.append((name, fn))
        else:
            device.on("RequestStartTransaction", self._on_remote_start)
            device.on("RequestStopTransaction", self._on_remote_stop)
        return self

    def detach(self) -> None:
        """Stop sampling and watching answers; open transactions stay in the store."""
        for name, fn in self._hooks:
            self.device.hooks.remove(name, fn)
        self._hooks.clear()
        for timer in self._samplers.values():
            timer.cancel()
        for task in self._watchers:
            task.cancel()
        self._samplers.clear()
        self._watchers.clear()

    # -- settings -----------------------------------------------------------------------------

    @property
    def meter_value_sample_interval(self) -> float:
        """Seconds between periodic meter values (0: none); setting it restarts the timers.

        Raises:
            ValueError: (on setting) a negative value.
        """
        return self._interval

    @meter_value_sample_interval.setter
    def meter_value_sample_interval(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("the sample interval must not be negative")
        self._interval = float(seconds)
        for evse in list(self._samplers):
            self._samplers.pop(evse).cancel()
        for evse in self._open:
            self._start_sampler(evse)

    # -- listening ----------------------------------------------------------------------------

    def on_change(self, listener: ChangeListener) -> None:
        """Call ``listener(change)`` as a transaction starts, its id is known, and it ends.

        *change* is a `TransactionChange`; the listener's exceptions are logged.
        """
        self._listeners.append(listener)

    def remove_listener(self, listener: ChangeListener) -> None:
        """Stop telling *listener* (nothing happens if it was not added)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, kind: str, transaction: Transaction, reason: str | None = None) -> None:
        change = TransactionChange(
            kind, transaction.evse, transaction.connector, transaction.transaction_id, reason
        )
        for listener in tuple(self._listeners):
            try:
                listener(change)
            except Exception as exc:
                logger.error("ocpp_engine: a transaction listener failed", exc_info=exc)

    def _id_known(self, transaction: Transaction) -> None:
        """Tell the id, then hand a 1.6 remote start's charging profile over."""
        self._tell("id_known", transaction)
        pending = self._profiles.pop(transaction.evse, None)
        if pending is not None and pending[0] == transaction.start_seq:
            self._hand_profile(transaction, pending[1])

    def _hand_profile(self, transaction: Transaction, profile: Mapping[str, Any]) -> None:
        """Give *profile*, bound to *transaction*'s id, to the ``charging_profile`` hook."""
        if self.charging_profile is None or transaction.transaction_id is None:
            return
        bound = {**profile, "transactionId": transaction.transaction_id}
        try:
            self.charging_profile(transaction, bound)
        except Exception as exc:
            logger.error("ocpp_engine: installing a remote start's profile failed", exc_info=exc)

    def _learn_id(self, transaction: Transaction, transaction_id: Any) -> None:
        """Keep the 1.6 id of *transaction* if it still runs without one, and tell it."""
        current = self._open.get(transaction.evse)
        if current is None or not _same(current, transaction) or current.transaction_id is not None:
            return
        current = attrs.evolve(current, transaction_id=transaction_id)
        self._save(current)
        self._id_known(current)

    def _start_sent(self, ctx: HookContext) -> None:
        """1.6: note which StartTransaction a message id carries (its frame's connectorId)."""
        if ctx.action != "StartTransaction" or ctx.message_id is None or ctx.result is None:
            return
        try:
            payload = json.loads(ctx.result)[3]
            transaction = self._open.get(payload["connectorId"])
        except (ValueError, LookupError, TypeError):
            return
        if (
            transaction is not None
            and transaction.start_seq is not None
            and transaction.started_at == payload.get("timestamp")
            and transaction.id_token == payload.get("idTag")
        ):
            while len(self._sent_starts) >= 16:  # unanswered ones (errors, timeouts) go first
                del self._sent_starts[next(iter(self._sent_starts))]
            self._sent_starts[ctx.message_id] = transaction.start_seq

    def _start_result(self, ctx: HookContext) -> None:
        """1.6: learn the id as the answer is received, so nothing comes between."""
        if ctx.action != "StartTransaction" or ctx.message_id is None:
            return
        seq = self._sent_starts.pop(ctx.message_id, None)
        result = ctx.result
        if seq is None or not isinstance(result, dict) or result.get("transactionId") is None:
            return
        for transaction in list(self._open.values()):
            if transaction.v16 and transaction.start_seq == seq:
                self._learn_id(transaction, result["transactionId"])

    # -- reading ------------------------------------------------------------------------------

    def transaction(self, evse: int) -> Transaction | None:
        """Return the transaction running on *evse*, or ``None``."""
        return self._open.get(evse)

    @property
    def open(self) -> list[Transaction]:
        """Every running transaction, by EVSE."""
        return [self._open[e] for e in sorted(self._open)]

    # -- starting and stopping ----------------------------------------------------------------

    async def start(
        self,
        evse: int,
        id_token: str,
        *,
        connector: int = 1,
        id_token_type: str = "ISO14443",
        trigger_reason: str = "Authorized",
        remote_start_id: int | None = None,
        authorize: bool | None = None,
    ) -> Transaction:
        """Start a transaction on *evse* for *id_token*; its start message is queued.

        Args:
            evse: the EVSE (1.6: the connector id).
            id_token: the token (1.6 ``idTag``).
            connector: the connector on the EVSE (2.x).
            id_token_type: 2.x the token's type.
            trigger_reason: 2.x the Started event's ``triggerReason``.
            remote_start_id: 2.x the ``remoteStartId`` of a RequestStartTransaction.
            authorize: send Authorize first (default: ``authorize_before_start``).

        Returns:
            the new `Transaction`.

        Raises:
            TransactionRefused: the connector cannot take one (``"unavailable"``), one runs on
                the EVSE (``"busy"``), or Authorize did not accept the token
                (``"not authorized"``).
        """
        self._check_can_start(evse, connector)
        if self.authorize_before_start if authorize is None else authorize:
            status = await self._authorize(id_token, id_token_type)
            if status not in (None, "Accepted"):
                raise TransactionRefused(
                    f"Authorize answered {status} for {id_token!r}", "not authorized"
                )
            self._check_can_start(evse, connector)  # things may have changed meanwhile
        v16 = self.version is Version.V16
        reading = self._read(evse)
        transaction = Transaction(
            evse=evse,
            connector=connector,
            id_token=id_token,
            id_token_type=id_token_type,
            meter_start=round(reading.get(ENERGY, 0.0)),
            started_at=timestamp(self._now()),
            v16=v16,
            transaction_id=None if v16 else uuid4(),
            remote_start_id=remote_start_id,
        )
        # Kept before its message is queued: a power loss in between finds it (see _recover).
        self._save(transaction)
        if v16:
            payload: dict[str, Any] = {
                "connectorId": evse,
                "idTag": id_token,
                "meterStart": transaction.meter_start,
                "timestamp": transaction.started_at,
            }
            delivery = self.outbox.put("StartTransaction", payload)
            transaction = attrs.evolve(transaction, start_seq=delivery.seq)
        else:
            info: dict[str, Any] = {
                "transactionId": transaction.transaction_id,
                "chargingState": "Charging",
            }
            if remote_start_id is not None:
                info["remoteStartId"] = remote_start_id
            transaction, delivery = self._event(
                transaction,
                "Started",
                trigger_reason,
                info,
                context="Transaction.Begin",
                reading=reading,
                extra={
                    "evse": {"id": evse, "connectorId": connector},
                    "idToken": {"idToken": id_token, "type": id_token_type},
                },
            )
        self._save(transaction)
        if self.connectors is not None:
            self.connectors.begin_transaction(evse, connector)
        self._start_sampler(evse)
        self._watch(self._start_answered(transaction, delivery))
        self._tell("started", transaction)
        if not v16:
            self._id_known(transaction)
        return transaction

    def stop(
        self,
        evse: int,
        reason: str = "Local",
        *,
        id_token: str | None = None,
        trigger_reason: str | None = None,
    ) -> Delivery:
        """Stop the transaction on *evse*; its stop message is queued.

        Args:
            evse: the EVSE (1.6: the connector id).
            reason: the stop reason (1.6 ``reason``, 2.x ``stoppedReason``), such as
                ``"Local"``, ``"Remote"``, ``"EVDisconnected"``.
            id_token: the token that stopped it (1.6 ``idTag``; 2.x sent as ``idToken``).
            trigger_reason: 2.x the Ended event's ``triggerReason`` (default: by *reason*,
                `STOP_TRIGGERS`).

        Returns:
            the `Delivery` of the stop message.

        Raises:
            TransactionRefused: no transaction runs on *evse* (``"no transaction"``).
            ValueError: the version knows no such *reason*.
        """
        transaction = self._open.get(evse)
        if transaction is None:
            raise TransactionRefused(f"no transaction runs on EVSE {evse}", "no transaction")
        if reason not in REASONS[transaction.v16]:
            raise ValueError(f"{reason!r} is not a stop reason of this version")
        return self._end(transaction, reason, id_token=id_token, trigger_reason=trigger_reason)

    def trigger(self, evse: int) -> Delivery | None:
        """Send the meter values of the transaction on *evse* now, context ``Trigger``.

        This answers a TriggerMessage: 1.6 ``MeterValues`` (MeterValues with the
        ``transactionId``), 2.x ``TransactionEvent`` (Updated, triggerReason ``Trigger``).

        Returns:
            the `Delivery` of the message, or ``None`` when the meter gave none of the
            measurands (1.6; 2.x sends the event without meter values).

        Raises:
            TransactionRefused: no transaction runs on *evse*.
        """
        if evse not in self._open:
            raise TransactionRefused(f"no transaction runs on EVSE {evse}", "no transaction")
        return self._sample(evse, "Trigger")

    def set_charging_state(self, evse: int, charging_state: str) -> None:
        """Tell a change of the charging state of the transaction on *evse*.

        *charging_state* is a 2.x ``ChargingStateEnumType``: ``"Charging"``,
        ``"SuspendedEV"``, ``"SuspendedEVSE"``, ``"EVConnected"``, ``"Idle"``. The connector
        shows it (1.6 status); 2.x sends TransactionEvent Updated,
        ``ChargingStateChanged``.

        Raises:
            TransactionRefused: no transaction runs on *evse*.
            ValueError: an unknown *charging_state*.
        """
        transaction = self._open.get(evse)
        if transaction is None:
            raise TransactionRefused(f"no transaction runs on EVSE {evse}", "no transaction")
        if charging_state not in CHARGING_STATES:
            raise ValueError(f"unknown charging state {charging_state!r}")
        if self.connectors is not None:
            self.connectors.set_state(evse, CHARGING_STATES[charging_state], transaction.connector)
        if not transaction.v16:
            info = {"transactionId": transaction.transaction_id, "chargingState": charging_state}
            transaction, _ = self._event(transaction, "Updated", "ChargingStateChanged", info)
            self._save(transaction)

    # -- messages -----------------------------------------------------------------------------

    def _end(
        self,
        transaction: Transaction,
        reason: str,
        *,
        id_token: str | None = None,
        trigger_reason: str | None = None,
    ) -> Delivery:
        evse = transaction.evse
        reading = self._read(evse)
        sampler = self._samplers.pop(evse, None)
        if sampler is not None:
            sampler.cancel()
        if transaction.v16:
            payload: dict[str, Any] = {
                "transactionId": transaction.transaction_id or 0,
                "meterStop": round(reading.get(ENERGY, transaction.meter_start)),
                "timestamp": timestamp(self._now()),
                "reason": reason,
            }
            if id_token is not None:
                payload["idTag"] = id_token
            delivery = self._put_16(transaction, "StopTransaction", payload)
        else:
            info = {"transactionId": transaction.transaction_id, "stoppedReason": reason}
            extra: dict[str, Any] = {}
            if id_token is not None:
                extra["idToken"] = {"idToken": id_token, "type": transaction.id_token_type}
            trigger = trigger_reason or STOP_TRIGGERS.get(reason, "AbnormalCondition")
            _, delivery = self._event(
                transaction,
                "Ended",
                trigger,
                info,
                context="Transaction.End",
                reading=reading,
                extra=extra,
            )
        self._open.pop(evse, None)
        self._profiles.pop(evse, None)
        self.store.delete(COMPONENT, _key(evse))
        if self.connectors is not None:
            self.connectors.end_transaction(evse, transaction.connector)
        self._tell("ended", transaction, reason)
        return delivery

    def _event(
        self,
        transaction: Transaction,
        event_type: str,
        trigger_reason: str,
        info: dict[str, Any],
        *,
        context: str | None = None,
        reading: Mapping[str, float] | None = None,
        extra: Mapping[str, Any] | None = None,
    ) -> tuple[Transaction, Delivery]:
        """Queue one 2.x TransactionEvent with the transaction's next seqNo."""
        payload: dict[str, Any] = {
            "eventType": event_type,
            "timestamp": timestamp(self._now()),
            "triggerReason": trigger_reason,
            "seqNo": transaction.seq_no,
            "transactionInfo": info,
        }
        if self._offline():
            payload["offline"] = True
        if extra:
            payload.update(extra)
        if context is not None:
            chosen = {
                "Transaction.Begin": self.started_measurands,
                "Transaction.End": self.ended_measurands,
            }.get(context)
            measurands = self.measurands if chosen is None else chosen
            sampled = self._sampled(reading or {}, context, False, measurands)
            if sampled:
                stamp = payload["timestamp"]
                payload["meterValue"] = [{"timestamp": stamp, "sampledValue": sampled}]
        delivery = self.outbox.put("TransactionEvent", payload)
        transaction = attrs.evolve(transaction, seq_no=transaction.seq_no + 1)
        if event_type != "Ended":
            self._save(transaction)
        return transaction, delivery

    def _put_16(self, transaction: Transaction, action: str, payload: dict[str, Any]) -> Delivery:
        """Queue a 1.6 message of the transaction: with its id, or waiting for it."""
        if transaction.transaction_id is not None or transaction.start_seq is None:
            return self.outbox.put(action, payload)
        return self.outbox.put(action, payload, transaction_of=transaction.start_seq)

    def _sample(self, evse: int, context: str = "Sample.Periodic") -> Delivery | None:
        transaction = self._open.get(evse)
        if transaction is None:
            return None
        reading = self._read(evse)
        sampled = self._sampled(reading, context, transaction.v16, self.measurands)
        triggered = context == "Trigger"
        if not sampled and not (triggered and not transaction.v16):
            return None
        stamp = timestamp(self._now())
        if transaction.v16:
            payload = {
                "connectorId": evse,
                "transactionId": transaction.transaction_id or 0,
                "meterValue": [{"timestamp": stamp, "sampledValue": sampled}],
            }
            return self._put_16(transaction, "MeterValues", payload)
        info = {"transactionId": transaction.transaction_id}
        trigger = "Trigger" if triggered else "MeterValuePeriodic"
        _, delivery = self._event(
            transaction, "Updated", trigger, info, context=context, reading=reading
        )
        return delivery

    @staticmethod
    def _sampled(
        reading: Mapping[str, float], context: str, v16: bool, measurands: Sequence[str]
    ) -> list[dict[str, Any]]:
        values: list[dict[str, Any]] = []
        for measurand in measurands:
            if measurand not in reading:
                continue
            value = reading[measurand]
            item: dict[str, Any] = {
                "value": _decimal(value) if v16 else value,
                "context": context,
                "measurand": measurand,
            }
            unit = UNITS.get(measurand)
            if unit is not None:
                if v16:
                    item["unit"] = unit
                else:
                    item["unitOfMeasure"] = {"unit": unit}
            values.append(item)
        return values

    # -- helpers ------------------------------------------------------------------------------

    def _check_can_start(self, evse: int, connector: int) -> None:
        if evse in self._open:
            raise TransactionRefused(f"a transaction runs on EVSE {evse}", "busy")
        if self.connectors is not None and not self.connectors.can_start(evse, connector):
            raise TransactionRefused(
                f"connector {connector} of EVSE {evse} cannot start a transaction", "unavailable"
            )

    def _read(self, evse: int) -> Mapping[str, float]:
        if self.meter is None:
            return {ENERGY: 0.0}
        try:
            return self.meter(evse)
        except Exception as exc:
            logger.error("ocpp_engine: the meter of EVSE %d failed", evse, exc_info=exc)
            return {}

    def _offline(self) -> bool:
        gate = self.outbox.gate
        return not (self.device.is_connected and (gate is None or gate.accepted))

    def _save(self, transaction: Transaction) -> None:
        self._open[transaction.evse] = transaction
        self.store.put(COMPONENT, _key(transaction.evse), attrs.asdict(transaction))

    def _start_sampler(self, evse: int) -> None:
        """Sample *evse* every interval from now, on the device's clock."""
        if self._interval > 0 and evse in self._open and evse not in self._samplers:
            self._samplers[evse] = self.device.clock.call_later(self._interval, self._tick, evse)

    def _tick(self, evse: int) -> None:
        self._samplers.pop(evse, None)
        self._sample(evse)
        self._start_sampler(evse)

    def _watch(self, work: Any) -> None:
        task: asyncio.Task[None] = asyncio.get_running_loop().create_task(work)
        self._watchers.add(task)
        task.add_done_callback(self._watchers.discard)

    async def _start_answered(self, transaction: Transaction, delivery: Delivery) -> None:
        """Learn the 1.6 transactionId; stop a transaction the central system refused."""
        try:
            answer = await delivery
        except Exception:
            return  # given up: the outbox logged it
        if transaction.v16 and answer.get("transactionId") is not None:
            self._learn_id(transaction, answer["transactionId"])  # if no hook saw it first
        current = self._open.get(transaction.evse)
        same = current is not None and _same(current, transaction)
        if transaction.v16:
            status = (answer.get("idTagInfo") or {}).get("status")
        else:
            status = (answer.get("idTokenInfo") or {}).get("status", "Accepted")
        if same and current is not None and status != "Accepted" and self.stop_on_invalid_id:
            logger.info("ocpp_engine: start of EVSE %d answered %s: stopping", current.evse, status)
            self._end(current, "DeAuthorized", trigger_reason="Deauthorized")

    async def _authorize(self, id_token: str, id_token_type: str) -> str | None:
        """Return Authorize's status, or ``None`` when it cannot be asked (offline)."""
        if self.version is Version.V16:
            payload: dict[str, Any] = {"idTag": id_token}
            field = "idTagInfo"
        else:
            payload = {"idToken": {"idToken": id_token, "type": id_token_type}}
            field = "idTokenInfo"
        try:
            answer = await self.device.call("Authorize", payload)
        except (
            NotConnectedError,
            ConnectionClosedError,
            NotRegisteredError,
            CallTimeoutError,
        ):
            return None
        except (CallError, RemoteProtocolError) as exc:
            logger.warning("ocpp_engine: Authorize failed: %s", exc)
            return "Invalid"
        status = (answer.get(field) or {}).get("status")
        return status if isinstance(status, str) else "Invalid"

    # -- recovery -----------------------------------------------------------------------------

    def _recover(self) -> None:
        """End the transactions a power loss left open (reason PowerLoss)."""
        pending = self.outbox.pending
        for key, saved in sorted(self.store.load(COMPONENT).items()):
            try:
                transaction = Transaction(**saved)
            except TypeError:
                logger.error("ocpp_engine: unreadable transaction %r dropped", key)
                self.store.delete(COMPONENT, key)
                continue
            if transaction.v16:
                if transaction.start_seq is None:  # lost between saving and queueing?
                    starts = [
                        e.seq
                        for e in pending
                        if e.action == "StartTransaction"
                        and e.payload.get("connectorId") == transaction.evse
                        and e.payload.get("idTag") == transaction.id_token
                        and e.payload.get("meterStart") == transaction.meter_start
                        and e.payload.get("timestamp") == transaction.started_at
                    ]
                    seq = starts[-1] if starts else None
                    if seq is None:  # its StartTransaction never was queued
                        self.store.delete(COMPONENT, key)
                        continue
                    transaction = attrs.evolve(transaction, start_seq=seq)
                if transaction.transaction_id is None and transaction.start_seq is not None:
                    known = self.outbox.store.transaction_id(transaction.start_seq)
                    if known is not None:
                        transaction = attrs.evolve(transaction, transaction_id=known)
            else:
                queued = [
                    e.payload.get("seqNo", -1)
                    for e in pending
                    if e.action == "TransactionEvent"
                    and (e.payload.get("transactionInfo") or {}).get("transactionId")
                    == transaction.transaction_id
                ]
                seq_no = max([transaction.seq_no - 1, *queued]) + 1
                if seq_no == 0:  # its Started never was queued
                    self.store.delete(COMPONENT, key)
                    continue
                transaction = attrs.evolve(transaction, seq_no=seq_no)
            if _stop_queued(transaction, pending):  # killed after queueing it, before forgetting
                self.store.delete(COMPONENT, key)
                continue
            self._open[transaction.evse] = transaction
            self.recovered.append(transaction)
            self._end(transaction, "PowerLoss")

    # -- remote start and stop ----------------------------------------------------------------

    def _free_evse(self, wanted: int | None) -> int | None:
        candidates = [wanted] if wanted is not None else self._evses()
        for evse in candidates:
            if evse in self._open:
                continue
            if self.connectors is None or self.connectors.can_start(evse):
                return evse
        return None

    def _evses(self) -> list[int]:
        if self.connectors is None:
            return [1]
        return sorted({e for e, _ in self.connectors.keys})

    def _on_remote_start(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if ctx.version is Version.V16:
            wanted = payload.get("connectorId")
            token = payload.get("idTag", "")
            token_type = "ISO14443"
            remote_id = None
        else:
            wanted = payload.get("evseId")
            id_token = payload.get("idToken") or {}
            token = id_token.get("idToken", "")
            token_type = id_token.get("type", "Central")
            remote_id = payload.get("remoteStartId")
        profile = payload.get("chargingProfile")
        if profile is not None and (
            not isinstance(profile, Mapping) or profile.get("chargingProfilePurpose") != "TxProfile"
        ):
            return {"status": "Rejected"}  # must be a TxProfile: 1.6 5.11, 2.0.1 F01.FR.09
        evse = self._free_evse(wanted if isinstance(wanted, int) and wanted > 0 else None)
        if evse is None:
            return {"status": "Rejected"}
        ctx.after_reply(self._remote_start, evse, token, token_type, remote_id, profile)
        return {"status": "Accepted"}

    async def _remote_start(
        self,
        evse: int,
        token: str,
        token_type: str,
        remote_id: int | None,
        profile: Mapping[str, Any] | None = None,
    ) -> None:
        try:
            transaction = await self.start(
                evse,
                token,
                id_token_type=token_type,
                trigger_reason="RemoteStart",
                remote_start_id=remote_id,
                authorize=self.authorize_remote_start,
            )
        except TransactionRefused as exc:
            logger.info("ocpp_engine: remote start on EVSE %d not done: %s", evse, exc)
            return
        if profile is None:
            return
        if transaction.transaction_id is None:  # 1.6: bound once the answer tells the id
            self._profiles[evse] = (transaction.start_seq, profile)
        else:
            self._hand_profile(transaction, profile)

    def _on_remote_stop(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        wanted = payload.get("transactionId")
        for transaction in self._open.values():
            if transaction.transaction_id is not None and transaction.transaction_id == wanted:
                ctx.after_reply(self._remote_stop, transaction)
                return {"status": "Accepted"}
        return {"status": "Rejected"}

    def _remote_stop(self, asked: Transaction) -> None:
        transaction = self._open.get(asked.evse)
        if transaction is not None and _same(transaction, asked):
            self._end(transaction, "Remote")
