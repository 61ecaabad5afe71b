"""Time: the `Clock` protocol, and `sleep` on any clock.

A device measures its timeouts on a `Clock`: the running event loop unless one is injected
(`ocpp_engine.testing.FakeClock` in tests). Applications have timers of their own (a heartbeat,
meter sampling, a boot retry); `sleep` lets them wait on the same clock, so a test that moves a
`FakeClock` forward moves them too.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any, Protocol

__all__ = ["Clock", "TimerHandle", "sleep"]


class TimerHandle(Protocol):
    """What `Clock.call_later` returns: something that can be cancelled."""

    def cancel(self) -> None:
        """Cancel the timer; cancelling a fired or cancelled timer does nothing."""


class Clock(Protocol):
    """The time source of a device's timeouts.

    An asyncio event loop is a clock, and the default one: the running loop. Tests pass
    `ocpp_engine.testing.FakeClock` to move time forward without sleeping.
    """

    def call_later(self, delay: float, callback: Callable[..., Any], *args: Any) -> TimerHandle:
        """Call ``callback(*args)`` once, *delay* seconds from now."""

    def time(self) -> float:
        """Return the current time in seconds, on the clock's own scale."""


async def sleep(clock: Clock | None, seconds: float) -> None:
    """Wait *seconds* on *clock*: the running event loop when *clock* is ``None``.

    With a `ocpp_engine.testing.FakeClock` the wait ends when the clock is advanced past it,
    not in real time; pass ``device.clock`` to sleep on whatever clock a device uses.
    Cancelling the waiting task cancels the timer.

    Example:
        ```python
        while True:
            await device.call("Heartbeat", {})
            await sleep(device.clock, interval)
        ```

    Raises:
        RuntimeError: there is no running event loop.
    """
    if clock is None or clock is asyncio.get_running_loop():
        await asyncio.sleep(seconds)
        return
    done: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def ring() -> None:
        if not done.done():
            done.set_result(None)

    timer = clock.call_later(seconds, ring)
    try:
        await done
    finally:
        timer.cancel()
