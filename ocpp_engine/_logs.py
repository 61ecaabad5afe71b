"""Logging what a peer causes, without letting one peer flood the log.

A peer decides how often it sends a broken frame, reconnects or gets refused; a line per event
lets it fill the disk and drown everything else. `LogLimiter` logs the first few events of each
*key* (a station identity, a remote address) in a period and counts the rest, then logs one
summary line for them: ``... and 19,998 more from CP-1 in the last 10.0 s (the last: ...)``.

Example:
    ```python
    import logging

    from ocpp_engine._logs import LogLimiter

    limiter = LogLimiter(logging.getLogger("example"), burst=3, period=10.0)
    for n in range(1000):
        limiter.warn("CP-1", "dropped frame %d from %s", n, "CP-1")  # three lines
    limiter.flush()  # "... and 997 more from CP-1 in the last 0.0 s (the last: ...)"
    ```
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Hashable
from typing import Any, Final

__all__ = ["LogLimiter"]

#: The summary line: how many records were left out, for which key, over how long.
SUMMARY: Final = "... and %s more from %s in the last %.1f s (the last: %s)"


class _Window:
    """One key's current period: when it began, what was logged and what was left out."""

    __slots__ = ("args", "level", "logged", "msg", "since", "skipped")

    def __init__(self, since: float) -> None:
        self.since = since
        self.logged = 0
        self.skipped = 0
        self.level = logging.NOTSET
        self.msg = ""
        self.args: tuple[Any, ...] = ()


class LogLimiter:
    """Logs at most *burst* records per key and period, then one summary of the rest.

    A key's period starts with its first record. Within it, the first *burst* records are
    logged as they come and the others only counted. The first record after the period (or
    `flush`) logs one summary line at the highest level left out, naming the count, the key,
    the time since the period began and the last record left out, and starts a new period.
    Keys are forgotten by `flush`; beyond *max_keys* keys the oldest period is flushed and
    forgotten, so memory stays bounded whatever the peers do.

    Records below the logger's effective level are neither logged nor counted.

    Args:
        logger: where the records go.
        burst: how many records of one key are logged per period (at least 1).
        period: the length of a period, in seconds on *clock*.
        clock: returns the time in seconds (default `time.monotonic`; a test passes
            ``FakeClock().time``).
        max_keys: how many keys are tracked at once.

    Raises:
        ValueError: *burst*, *period* or *max_keys* is not positive.
    """

    def __init__(
        self,
        logger: logging.Logger,
        *,
        burst: int = 5,
        period: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
        max_keys: int = 10_000,
    ) -> None:
        if burst < 1 or period <= 0 or max_keys < 1:
            raise ValueError("burst, period and max_keys must be positive")
        self.logger = logger
        self.burst = burst
        self.period = period
        self.clock = clock
        self.max_keys = max_keys
        self._windows: dict[Hashable, _Window] = {}

    def log(self, level: int, key: Hashable, msg: str, *args: Any) -> bool:
        """Log ``msg % args`` at *level* unless *key* had its *burst* of records this period.

        Args:
            level: the logging level, such as `logging.WARNING`.
            key: whom the record is about: a station identity, a remote address.
            msg: the message, with ``%`` placeholders for *args* (kept until the summary).
            args: the message's arguments.

        Returns:
            Whether the record was logged (``False``: counted for the summary, or below the
            logger's level). Raises nothing.
        """
        logger = self.logger
        if not logger.isEnabledFor(level):
            return False
        now = self.clock()
        windows = self._windows
        window = windows.get(key)
        if window is not None and now - window.since >= self.period:
            self._summarise(key, window, now)
            del windows[key]
            window = None
        if window is None:
            if len(windows) >= self.max_keys:
                oldest = next(iter(windows))
                self._summarise(oldest, windows.pop(oldest), now)
            window = windows[key] = _Window(now)
        if window.logged < self.burst:
            window.logged += 1
            logger.log(level, msg, *args)
            return True
        window.skipped += 1
        window.level = max(window.level, level)
        window.msg, window.args = msg, args
        return False

    def warn(self, key: Hashable, msg: str, *args: Any) -> bool:
        """`log` at `logging.WARNING`. Raises nothing."""
        return self.log(logging.WARNING, key, msg, *args)

    def info(self, key: Hashable, msg: str, *args: Any) -> bool:
        """`log` at `logging.INFO`. Raises nothing."""
        return self.log(logging.INFO, key, msg, *args)

    def flush(self, key: Hashable | None = None) -> None:
        """Log the summary of *key* (every key when ``None``), if records were left out.

        The key is forgotten: its next record starts a new period. Raises nothing.
        """
        now = self.clock()
        keys = list(self._windows) if key is None else [key]
        for k in keys:
            window = self._windows.pop(k, None)
            if window is not None:
                self._summarise(k, window, now)

    def _summarise(self, key: Hashable, window: _Window, now: float) -> None:
        if not window.skipped:
            return
        try:
            last = window.msg % window.args if window.args else window.msg
        except (TypeError, ValueError):
            last = window.msg
        self.logger.log(window.level, SUMMARY, f"{window.skipped:,}", key, now - window.since, last)
