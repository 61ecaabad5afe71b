"""Our outstanding CALLs: those awaiting their answer, and those waiting for their turn.

No clock inside: time is passed in (as in aioquic's ``get_timer()`` / ``handle_timer(now)``).
`Outstanding.sent` stamps a call with its deadline, `Outstanding.next_deadline` says when the
earliest one falls due, and `Outstanding.expire` takes out the calls whose deadline has passed.
The device keeps one timer on its clock (an injected `Clock` such as
`ocpp_engine.testing.FakeClock`, or the running event loop: the same code either way), set for
`next_deadline`; when it fires, the device fails what `expire` returns with `CallTimeoutError`
and sets the timer for the next deadline. The timer is left armed when a call is answered
(a timer per call would cost a heap push and a cancel per round trip); an early alarm finds
nothing due and is set again for what is left.

A call that timed out is remembered for a while (the last `LATE_IDS` of them), so that its
late answer can be told from an answer to an id the device never sent: the first is dropped
quietly, the second is a broken frame.

OCPP-J allows one CALL awaiting its answer at a time (1.6: SHOULD, 2.x: SHALL); the device's
``max_outstanding_calls`` may raise that. Calls beyond it wait, in order, and their timeout
counts from when they are sent.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

__all__ = ["LATE_IDS", "Outstanding", "Pending"]

#: How many timed-out message ids a device remembers, to recognise their late answers.
LATE_IDS = 16


class Pending:
    """One of our CALLs, waiting for its turn or for its answer."""

    __slots__ = ("action", "deadline", "future", "message_id", "raw", "timeout")

    def __init__(
        self, action: str, message_id: str, raw: str, future: asyncio.Future[Any], timeout: float
    ) -> None:
        self.action = action
        self.message_id = message_id
        self.raw = raw
        self.future = future
        self.timeout = timeout
        self.deadline = 0.0  # set when the call is sent: when it times out, on the clock's scale


class Outstanding:
    """The in-flight and waiting calls of one device.

    Attributes:
        in_flight: message id -> the call sent and awaiting its answer.
        waiting: the calls waiting for their turn, oldest first (``None`` while there are none:
            a deque costs 600 bytes an idle device need not pay).
        late: the message ids of the last `LATE_IDS` calls that timed out, oldest first
            (``None`` until one does).
    """

    __slots__ = ("in_flight", "late", "waiting")

    def __init__(self) -> None:
        self.in_flight: dict[str, Pending] = {}
        self.waiting: deque[Pending] | None = None
        self.late: dict[str, None] | None = None

    def __len__(self) -> int:
        return len(self.in_flight) + len(self.waiting or ())

    def __contains__(self, message_id: object) -> bool:
        """Whether a call with *message_id* awaits its answer."""
        return message_id in self.in_flight

    def admit(self, pending: Pending, limit: int) -> bool:
        """Take a new call: ``True`` if it may be sent now, else it waits its turn."""
        if len(self.in_flight) < limit and not self.waiting:
            return True
        if self.waiting is None:
            self.waiting = deque()
        self.waiting.append(pending)
        return False

    def sent(self, pending: Pending, now: float) -> None:
        """Record that *pending* was handed on at *now*: it awaits its answer from here."""
        pending.deadline = now + pending.timeout
        self.in_flight[pending.message_id] = pending

    def take(self, message_id: str) -> Pending | None:
        """Remove and return the in-flight call of *message_id* (answered), or ``None``."""
        return self.in_flight.pop(message_id, None)

    def drop(self, pending: Pending) -> bool:
        """Remove *pending* from the in-flight calls; ``False`` when it was not there."""
        if self.in_flight.get(pending.message_id) is pending:
            del self.in_flight[pending.message_id]
            return True
        return False

    def withdraw(self, pending: Pending) -> None:
        """Remove a waiting call that will not be sent (its caller gave up)."""
        if self.waiting and pending in self.waiting:
            self.waiting.remove(pending)

    def next_turn(self, limit: int) -> Pending | None:
        """Return the next waiting call to send, if fewer than *limit* are in flight."""
        waiting = self.waiting
        while waiting and len(self.in_flight) < limit:
            pending = waiting.popleft()
            if not pending.future.done():
                return pending
        return None

    def next_deadline(self) -> float | None:
        """When the earliest in-flight call times out, or ``None`` when none is in flight."""
        if not self.in_flight:
            return None
        return min(p.deadline for p in self.in_flight.values())

    def expire(self, now: float) -> list[Pending]:
        """Remove and return the in-flight calls whose deadline is *now* or earlier."""
        due = [p for p in self.in_flight.values() if p.deadline <= now]
        if due:
            late = self.late
            if late is None:
                late = self.late = {}
            for pending in due:
                del self.in_flight[pending.message_id]
                late[pending.message_id] = None
            while len(late) > LATE_IDS:
                del late[next(iter(late))]
        return due

    def answered_late(self, message_id: str) -> bool:
        """Whether *message_id* is a call that timed out; forget it (one answer per call)."""
        late = self.late
        if late is None or message_id not in late:
            return False
        del late[message_id]
        return True

    def clear(self) -> list[Pending]:
        """Remove and return every call, in flight and waiting (the connection closed)."""
        every = [*self.in_flight.values(), *(self.waiting or ())]
        self.in_flight.clear()
        self.waiting = None
        self.late = None
        return every
