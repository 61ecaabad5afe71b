"""The one-line-per-frame log of ``serve`` and ``connect``.

Every frame either side sends or receives is printed on stdout, one line per frame:

```text
2025-05-01T12:00:00.123Z CP-1 -> CSMS CALL BootNotification id=1f0c... {"chargePointVendor":"X"}
2025-05-01T12:00:00.125Z CSMS -> CP-1 CALLRESULT BootNotification id=1f0c... {"status":...}
```

The time is UTC; the sender and the receiver are the station identity and ``CSMS``, so both
commands print the same line for the same frame. Answers carry the action of the CALL they
answer. A CALLERROR shows its code, its description (as a JSON string) and its details.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any, TextIO

from .._device import Device
from .._frames import message_type
from .._hooks import HookContext
from ._common import KIND

__all__ = ["FrameLog", "show_library_log"]


def _stamp() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


class FrameLog:
    """Prints every frame of the devices attached to it, one line each, on *out*.

    Args:
        out: where the lines go (flushed after each line, so a pipe sees them at once).
    """

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out if out is not None else sys.stdout
        self._lock = threading.Lock()

    def line(self, text: str) -> None:
        """Print one timestamped line. Raises nothing."""
        with self._lock:
            try:
                self.out.write(f"{_stamp()} {text}\n")
                self.out.flush()
            except (OSError, ValueError):  # pragma: no cover - stdout closed
                pass

    def attach(self, device: Device, local: str, peer: str) -> None:
        """Print every frame *device* sends (from *local* to *peer*) and receives."""
        sent: dict[str, str] = {}  # our CALL ids -> action
        received: dict[str, str] = {}  # the peer's CALL ids -> action

        def outgoing(ctx: HookContext) -> None:
            self.line(self.describe(ctx.raw or "", local, peer, sent, received))

        def failed(ctx: HookContext) -> None:
            if ctx.exception is not None:
                self.line(f"{local} -> {peer} (not sent: {ctx.exception!r})")

        def incoming(ctx: HookContext) -> None:
            self.line(self.describe(ctx.raw or "", peer, local, received, sent))

        device.hooks.before("send_message", outgoing)
        device.hooks.after("send_message", failed)
        device.hooks.before("message_received", incoming)

    @staticmethod
    def describe(
        raw: str, source: str, target: str, calls: dict[str, str], answered: dict[str, str]
    ) -> str:
        """Return the log line of *raw* (without the time).

        *calls* records the CALLs *source* sends (id -> action); *answered* holds those of
        *target*, whose answers *source* sends.
        """
        head = f"{source} -> {target}"
        try:
            frame = json.loads(raw)
            mtype = message_type(frame)  # 2.0 or true is no message type, though 2.0 == 2
            if mtype is None:
                return f"{head} ?? {raw}"
            kind = KIND.get(mtype, str(mtype))
            message_id = str(frame[1])
        except (ValueError, TypeError, LookupError):
            return f"{head} ?? {raw}"
        try:
            if mtype == 2:
                calls[message_id] = str(frame[2])
                if len(calls) > 1000:  # unanswered CALLs must not pile up forever
                    del calls[next(iter(calls))]
                return f"{head} {kind} {frame[2]} id={message_id} {_compact(frame[3])}"
            if mtype == 6:
                return f"{head} {kind} {frame[2]} id={message_id} {_compact(frame[3])}"
            action = answered.pop(message_id, "?")
            if mtype == 3:
                return f"{head} {kind} {action} id={message_id} {_compact(frame[2])}"
            return (
                f"{head} {kind} {action} id={message_id} {frame[2]} {_compact(frame[3])} "
                f"{_compact(frame[4])}"
            )
        except (LookupError, TypeError):
            return f"{head} {kind} ?? {raw}"


class _LibraryLog(logging.Handler):
    """Prints the engine's and the transport's log messages as log lines (no tracebacks)."""

    def __init__(self, log: FrameLog) -> None:
        super().__init__(logging.INFO)
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage().removeprefix("ocpp_engine: ")
        if record.exc_info and record.exc_info[1] is not None:
            text += f": {record.exc_info[1]!r}"
        self.log.line(f"{record.levelname.lower()}: {text}")


def show_library_log(log: FrameLog) -> Callable[[], None]:
    """Route the ``ocpp_engine`` loggers to *log*; return the function that undoes it."""
    logger = logging.getLogger("ocpp_engine")
    handler = _LibraryLog(log)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False

    def undo() -> None:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate

    return undo
