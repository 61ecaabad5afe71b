"""The durable outbox: transaction messages that reach the central system, whatever happens.

OCPP requires a charging station to queue its transaction-related messages while it is offline
and to deliver them in order (1.6 section 3.7: StartTransaction, StopTransaction and
transaction MeterValues; 2.x: TransactionEvent; common practice adds SecurityEventNotification),
retrying when the central system fails to process one. `Outbox` does that on top of a station's
`Device`::

    outbox = Outbox(station, SQLiteStore("outbox.db"), attempts=3, retry_interval=60, gate=gate)
    outbox.start()
    start = outbox.put("StartTransaction", {...})
    stop = outbox.put("StopTransaction", {"transactionId": 0, ...}, transaction_of=start)
    response = await stop            # the central system's final answer

Rules:

- A message stays in the store until the central system answers it with a CALLRESULT (or it is
  given up, below); so it is delivered at least once, and exactly once unless the process dies
  or the connection drops between sending it and recording the answer.
- Messages go one at a time, oldest first, while the device is connected and (with a *gate*)
  registered; a message put while others wait is sent after them.
- A CALLERROR, or a CALLRESULT that fails its schema, counts as an attempt. After *attempts*
  attempts the message is given up: removed, and its `Delivery` raises the last error. Before
  attempt n+1 the outbox waits ``retry_interval * n`` seconds (1.6 ``TransactionMessageAttempts``
  / ``TransactionMessageRetryInterval``; 2.0.1 ``MessageAttemptsTransactionEvent`` /
  ``MessageAttemptIntervalTransactionEvent``). Like those keys, ``outbox.attempts`` and
  ``outbox.retry_interval`` may be changed at run time; a change counts from the next wait.
- A timeout or a lost connection is not the central system's answer: the message is sent again
  (after ``retry_interval`` for a timeout, at the next connection for a lost one) without
  counting an attempt, so a flaky link never makes the station drop a message.
- A payload the local side got wrong (it fails its schema, or the action is unknown) can never
  be delivered: it is given up at once and its `Delivery` raises `InvalidPayloadError` or
  `UnknownActionError`.
- 1.6 offline transactions: a message put with ``transaction_of=<the StartTransaction>`` gets
  the ``transactionId`` of that StartTransaction's answer written into its payload, in the same
  store transaction that removes the StartTransaction, so a restart never loses the link. The
  store keeps every answered StartTransaction's ``transactionId`` too, written with the answer
  (before ``on_answer`` runs), so ``transaction_of=<its seq>`` still works after a restart; an
  unknown ``transaction_of`` keeps the placeholder, with a warning.
"""

from __future__ import annotations

import asyncio
import json
import logging
import sqlite3
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Final, Protocol

import attrs

from ._clock import Clock, sleep
from ._device import Device
from ._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    LocalProtocolError,
    NotConnectedError,
    RemoteProtocolError,
)
from ._hooks import HookContext
from .registration import NotRegisteredError, RegistrationGate, RegistrationStatus

__all__ = ["Delivery", "MemoryStore", "Outbox", "OutboxEntry", "OutboxStore", "SQLiteStore"]

logger = logging.getLogger("ocpp_engine")

_START: Final = "StartTransaction"


@attrs.define
class OutboxEntry:
    """One queued message, as the store keeps it.

    Attributes:
        seq: its place in the queue; assigned by the store, never reused.
        action: the CALL's action.
        payload: the CALL's payload.
        attempts: how many times the central system answered it with an error.
        transaction_of: the *seq* of the StartTransaction whose ``transactionId`` this message
            still waits for, or ``None``.
    """

    seq: int
    action: str
    payload: dict[str, Any]
    attempts: int = 0
    transaction_of: int | None = None


class OutboxStore(Protocol):
    """Where an outbox keeps its messages. Every method is one atomic, durable change."""

    def load(self) -> list[OutboxEntry]:
        """Return every stored message, oldest first."""

    def append(
        self, action: str, payload: Mapping[str, Any], transaction_of: int | None
    ) -> OutboxEntry:
        """Store a new message at the end of the queue and return it (durable on return)."""

    def record_attempt(self, entry: OutboxEntry) -> None:
        """Store ``entry.attempts``."""

    def complete(
        self, seq: int, updated: Iterable[OutboxEntry], transaction_id: Any = None
    ) -> None:
        """Remove message *seq* and store the payloads of *updated*, in one transaction.

        With a *transaction_id* (*seq* is an answered StartTransaction), keep it for
        `transaction_id`, in the same transaction.
        """

    def transaction_id(self, seq: int) -> Any:
        """Return the ``transactionId`` kept for StartTransaction *seq*, or ``None``."""

    def close(self) -> None:
        """Release the store's resources."""


class MemoryStore:
    """An `OutboxStore` in memory: survives reconnections, not a restart (the default)."""

    def __init__(self) -> None:
        self._entries: dict[int, OutboxEntry] = {}
        self._transactions: dict[int, Any] = {}
        self._next = 1

    def load(self) -> list[OutboxEntry]:
        """Return every stored message, oldest first."""
        return [attrs.evolve(e, payload=dict(e.payload)) for e in self._entries.values()]

    def append(
        self, action: str, payload: Mapping[str, Any], transaction_of: int | None
    ) -> OutboxEntry:
        """Store a new message at the end of the queue and return it."""
        entry = OutboxEntry(self._next, action, dict(payload), 0, transaction_of)
        self._next += 1
        self._entries[entry.seq] = attrs.evolve(entry, payload=dict(entry.payload))
        return entry

    def record_attempt(self, entry: OutboxEntry) -> None:
        """Store ``entry.attempts``."""
        stored = self._entries.get(entry.seq)
        if stored is not None:
            stored.attempts = entry.attempts

    def complete(
        self, seq: int, updated: Iterable[OutboxEntry], transaction_id: Any = None
    ) -> None:
        """Remove message *seq*, store the payloads of *updated* and keep *transaction_id*."""
        self._entries.pop(seq, None)
        for entry in updated:
            if entry.seq in self._entries:
                self._entries[entry.seq] = attrs.evolve(entry, payload=dict(entry.payload))
        if transaction_id is not None:
            self._transactions[seq] = transaction_id

    def transaction_id(self, seq: int) -> Any:
        """Return the ``transactionId`` kept for StartTransaction *seq*, or ``None``."""
        return self._transactions.get(seq)

    def close(self) -> None:
        """Do nothing: there is nothing to release."""


class SQLiteStore:
    """An `OutboxStore` in an SQLite database (stdlib `sqlite3`, WAL journal).

    Every change is one transaction, committed with ``synchronous=FULL`` before the method
    returns, so a message `Outbox.put` accepted survives a crash of the process or the machine.
    Two tables: ``outbox`` (the queue) and ``transactions`` (the ``transactionId`` of every
    answered StartTransaction, by its seq; a file from before this table gets it on opening).

    Args:
        path: the database file (created if missing).

    Raises:
        sqlite3.Error: the database cannot be opened or is not an outbox database.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS outbox ("
            " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
            " action TEXT NOT NULL,"
            " payload TEXT NOT NULL,"
            " attempts INTEGER NOT NULL DEFAULT 0,"
            " transaction_of INTEGER)"
        )
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS transactions ("
            " seq INTEGER PRIMARY KEY,"
            " transaction_id TEXT NOT NULL)"
        )

    def load(self) -> list[OutboxEntry]:
        """Return every stored message, oldest first."""
        rows = self._db.execute(
            "SELECT seq, action, payload, attempts, transaction_of FROM outbox ORDER BY seq"
        )
        return [
            OutboxEntry(seq, action, json.loads(payload), attempts, tx)
            for seq, action, payload, attempts, tx in rows
        ]

    def append(
        self, action: str, payload: Mapping[str, Any], transaction_of: int | None
    ) -> OutboxEntry:
        """Store a new message at the end of the queue and return it (committed on return).

        Raises:
            TypeError, ValueError: *payload* is not JSON-serialisable.
        """
        text = json.dumps(payload, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        cursor = self._db.execute(
            "INSERT INTO outbox (action, payload, attempts, transaction_of) VALUES (?, ?, 0, ?)",
            (action, text, transaction_of),
        )
        assert cursor.lastrowid is not None
        return OutboxEntry(cursor.lastrowid, action, json.loads(text), 0, transaction_of)

    def record_attempt(self, entry: OutboxEntry) -> None:
        """Store ``entry.attempts`` (committed on return)."""
        self._db.execute(
            "UPDATE outbox SET attempts = ? WHERE seq = ?", (entry.attempts, entry.seq)
        )

    def complete(
        self, seq: int, updated: Iterable[OutboxEntry], transaction_id: Any = None
    ) -> None:
        """Remove *seq*, store *updated*'s payloads and keep *transaction_id*, atomically."""
        db = self._db
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute("DELETE FROM outbox WHERE seq = ?", (seq,))
            if transaction_id is not None:
                db.execute(
                    "INSERT OR REPLACE INTO transactions (seq, transaction_id) VALUES (?, ?)",
                    (seq, json.dumps(transaction_id)),
                )
            for entry in updated:
                db.execute(
                    "UPDATE outbox SET payload = ?, transaction_of = ? WHERE seq = ?",
                    (
                        json.dumps(entry.payload, separators=(",", ":"), ensure_ascii=False),
                        entry.transaction_of,
                        entry.seq,
                    ),
                )
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")

    def transaction_id(self, seq: int) -> Any:
        """Return the ``transactionId`` kept for StartTransaction *seq*, or ``None``."""
        row = self._db.execute(
            "SELECT transaction_id FROM transactions WHERE seq = ?", (seq,)
        ).fetchone()
        return None if row is None else json.loads(row[0])

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()


class Delivery:
    """The fate of one message put in an outbox: ``await delivery`` for the final answer.

    Awaiting returns the central system's CALLRESULT payload, or raises the error the message
    was given up for (`CallError`, `RemoteProtocolError`, `InvalidPayloadError`, ...).

    Attributes:
        entry: the queued message (its payload as it will be, or was, sent).
    """

    def __init__(self, entry: OutboxEntry, future: asyncio.Future[dict[str, Any]]) -> None:
        self.entry = entry
        self._future = future

    @property
    def seq(self) -> int:
        """The message's place in the queue."""
        return self.entry.seq

    def done(self) -> bool:
        """Whether the message was answered or given up."""
        return self._future.done()

    def __await__(self) -> Any:
        return asyncio.shield(self._future).__await__()

    def __repr__(self) -> str:
        state = "done" if self.done() else "queued"
        return f"<Delivery {self.entry.seq} {self.entry.action} {state}>"


AnswerListener = Callable[[OutboxEntry, "dict[str, Any] | BaseException"], Any]


class Outbox:
    """A station's durable, ordered queue of messages for the central system.

    Args:
        device: the station's device.
        store: where messages are kept (default: a new `MemoryStore`).
        attempts: how many error answers a message may get before it is given up (>= 1); the
            attribute of that name may be set at run time.
        retry_interval: seconds; attempt n+1 waits ``retry_interval * n``; a timeout waits
            ``retry_interval`` too; the attribute may be set at run time.
        gate: the station's `RegistrationGate`; with one, messages wait for Accepted.
        call_timeout: the timeout of each CALL (default: the device's ``call_timeout``).
        on_answer: ``on_answer(entry, response_or_error)``, called when a message is answered
            or given up, also for messages queued before a restart (which nobody awaits).
        clock: the time source of retry intervals (default: the device's clock, else the
            running event loop).

    Raises:
        ValueError: *attempts* is below 1 or *retry_interval* is negative.
    """

    def __init__(
        self,
        device: Device,
        store: OutboxStore | None = None,
        *,
        attempts: int = 3,
        retry_interval: float = 60.0,
        gate: RegistrationGate | None = None,
        call_timeout: float | None = None,
        on_answer: AnswerListener | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.device = device
        self.store: OutboxStore = MemoryStore() if store is None else store
        self.attempts = attempts
        self.retry_interval = retry_interval
        self.gate = gate
        self.call_timeout = call_timeout
        self.on_answer = on_answer
        self._clock = clock
        self._queue: list[OutboxEntry] = []
        self._futures: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._warned: set[int] = set()
        self._ready: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None
        self._started = False

    # -- public -------------------------------------------------------------------------------

    @property
    def attempts(self) -> int:
        """How many error answers a message may get before it is given up.

        Settable at run time (1.6 ``TransactionMessageAttempts``, 2.0.1
        ``MessageAttemptsTransactionEvent``); the next error answer counts against the new value.

        Raises:
            ValueError: (on setting) a value below 1.
        """
        return self._attempts

    @attempts.setter
    def attempts(self, value: int) -> None:
        if value < 1:
            raise ValueError("attempts must be at least 1")
        self._attempts = value

    @property
    def retry_interval(self) -> float:
        """Seconds: attempt n+1 waits ``retry_interval * n``; a timeout waits it once.

        Settable at run time (1.6 ``TransactionMessageRetryInterval``, 2.0.1
        ``MessageAttemptIntervalTransactionEvent``); a wait already begun keeps its length.

        Raises:
            ValueError: (on setting) a negative value.
        """
        return self._retry_interval

    @retry_interval.setter
    def retry_interval(self, value: float) -> None:
        if value < 0:
            raise ValueError("retry_interval must not be negative")
        self._retry_interval = value

    def start(self) -> list[Delivery]:
        """Load the stored messages and begin delivering them; call once, in the event loop.

        Returns:
            the `Delivery` of every message found in the store (queued before a restart).

        Raises:
            LocalProtocolError: the outbox was already started.
            RuntimeError: no event loop is running.
        """
        if self._started:
            raise LocalProtocolError("the outbox is already started")
        loop = asyncio.get_running_loop()
        self._started = True
        self._ready = asyncio.Event()
        loaded = self.store.load()
        known = {entry.seq: entry for entry in self._queue}  # put before start()
        self._queue = [known.get(entry.seq, entry) for entry in loaded]
        deliveries = [self._delivery(entry, loop) for entry in loaded if entry.seq not in known]
        hooks = self.device.hooks
        hooks.after("connected", self._readiness_changed)
        hooks.after("disconnected", self._readiness_changed)
        if self.gate is not None:
            self.gate.on_change(self._status_changed)
        self._update_ready()
        self._task = loop.create_task(self._pump())
        return deliveries

    def put(
        self,
        action: str,
        payload: Mapping[str, Any],
        *,
        transaction_of: Delivery | OutboxEntry | int | None = None,
    ) -> Delivery:
        """Queue a message; it is stored (durably, with a durable store) before this returns.

        Args:
            action: the CALL's action, such as ``"StopTransaction"``.
            payload: the CALL's payload; with *transaction_of*, its ``transactionId`` is a
                placeholder that the StartTransaction's answer replaces.
            transaction_of: (1.6) the StartTransaction (its `Delivery`, entry or seq) whose
                ``transactionId`` this message carries: still queued, or answered (also by an
                earlier process on the same store). Anything else keeps the placeholder and
                logs a warning (once per StartTransaction).

        Returns:
            the message's `Delivery`; ``await`` it for the final answer.

        Raises:
            RuntimeError: no event loop is running.
            TypeError, ValueError: *payload* cannot be stored (not JSON-serialisable).
        """
        loop = asyncio.get_running_loop()
        ref = transaction_of
        tx_seq = ref.seq if isinstance(ref, (Delivery, OutboxEntry)) else ref
        payload = dict(payload)
        if tx_seq is not None and not any(e.seq == tx_seq for e in self._queue):
            known = self.store.transaction_id(tx_seq)
            if known is not None:
                payload["transactionId"] = known
            elif tx_seq not in self._warned:
                self._warned.add(tx_seq)
                logger.warning(
                    "ocpp_engine: outbox put %s with transaction_of=%d, a StartTransaction "
                    "neither queued nor answered (given up, or unknown to this store): it "
                    "keeps its placeholder transactionId %r",
                    action,
                    tx_seq,
                    payload.get("transactionId"),
                )
            tx_seq = None
        entry = self.store.append(action, payload, tx_seq)
        self._queue.append(entry)
        delivery = self._delivery(entry, loop)
        if self._started and (self._task is None or self._task.done()):
            self._task = loop.create_task(self._pump())
        return delivery

    @property
    def pending(self) -> list[OutboxEntry]:
        """The messages not yet answered nor given up, oldest first."""
        return list(self._queue)

    async def join(self) -> None:
        """Wait until every message put so far is answered or given up."""
        waiting = [f for f in self._futures.values() if not f.done()]
        if waiting:
            await asyncio.wait(waiting)

    def close(self) -> None:
        """Stop delivering, detach from the device and gate, and close the store.

        Messages not yet answered stay in the store, for the next `Outbox` on it.
        """
        if self._task is not None:
            self._task.cancel()
        hooks = self.device.hooks
        hooks.remove("connected", self._readiness_changed)
        hooks.remove("disconnected", self._readiness_changed)
        if self.gate is not None:
            self.gate.remove_listener(self._status_changed)
        for future in self._futures.values():
            future.cancel()
        self._futures.clear()
        self.store.close()

    # -- delivering ---------------------------------------------------------------------------

    def _delivery(self, entry: OutboxEntry, loop: asyncio.AbstractEventLoop) -> Delivery:
        future: asyncio.Future[dict[str, Any]] = loop.create_future()
        self._futures[entry.seq] = future
        return Delivery(entry, future)

    def _readiness_changed(self, ctx: HookContext) -> None:
        self._update_ready()

    def _status_changed(self, status: RegistrationStatus | None) -> None:
        self._update_ready()

    def _update_ready(self) -> None:
        ready = self._ready
        if ready is None:
            return
        if self.device.is_connected and (self.gate is None or self.gate.accepted):
            ready.set()
        else:
            ready.clear()

    async def _pump(self) -> None:
        assert self._ready is not None
        while self._queue:
            await self._ready.wait()
            entry = self._queue[0]
            try:
                response = await self.device.call(
                    entry.action, entry.payload, timeout=self.call_timeout
                )
            except (NotConnectedError, ConnectionClosedError, NotRegisteredError):
                self._update_ready()
                if self._ready.is_set():  # raced with a reconnection: try again
                    await asyncio.sleep(0)
            except CallTimeoutError:
                await self._sleep(self.retry_interval)
            except (CallError, RemoteProtocolError) as exc:
                entry.attempts += 1
                if entry.attempts >= self.attempts:
                    logger.warning(
                        "ocpp_engine: outbox gives up %s #%d after %d attempts: %s",
                        entry.action,
                        entry.seq,
                        entry.attempts,
                        exc,
                    )
                    self._finish(entry, exc)
                else:
                    self.store.record_attempt(entry)
                    await self._sleep(self.retry_interval * entry.attempts)
            except LocalProtocolError as exc:
                logger.error(
                    "ocpp_engine: outbox cannot send %s #%d: %s", entry.action, entry.seq, exc
                )
                self._finish(entry, exc)
            else:
                self._finish(entry, response)

    def _finish(self, entry: OutboxEntry, outcome: dict[str, Any] | BaseException) -> None:
        """Remove *entry* (answered or given up) and resolve what waits for it."""
        updated: list[OutboxEntry] = []
        tx: Any = None
        if (
            entry.action == _START
            and isinstance(outcome, dict)
            and outcome.get("transactionId") is not None
        ):
            tx = outcome["transactionId"]
            for other in self._queue:
                if other.transaction_of == entry.seq:
                    other.payload["transactionId"] = tx
                    other.transaction_of = None
                    updated.append(other)
        elif entry.action == _START and isinstance(outcome, BaseException):
            # Their meter data still has to reach the central system: send them as they are.
            for other in self._queue:
                if other.transaction_of == entry.seq:
                    logger.warning(
                        "ocpp_engine: outbox sends %s #%d with its placeholder transactionId "
                        "%r: its StartTransaction #%d was given up",
                        other.action,
                        other.seq,
                        other.payload.get("transactionId"),
                        entry.seq,
                    )
        self.store.complete(entry.seq, updated, tx)
        self._queue.remove(entry)
        future = self._futures.pop(entry.seq, None)
        if future is not None and not future.done():
            if isinstance(outcome, BaseException):
                future.set_exception(outcome)
                future.exception()  # nobody may await it; do not warn about that
            else:
                future.set_result(outcome)
        if self.on_answer is not None:
            try:
                self.on_answer(entry, outcome)
            except Exception as exc:
                logger.error("ocpp_engine: outbox on_answer failed", exc_info=exc)

    # -- time ---------------------------------------------------------------------------------

    async def _sleep(self, delay: float) -> None:
        await sleep(self._clock if self._clock is not None else self.device.clock, delay)
