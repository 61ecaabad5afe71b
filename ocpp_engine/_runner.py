"""How a step runs: synchronously while it can, in a task from its first real wait.

Every step of a device (answering a CALL, resolving a call, sending a frame) is written once, as
a generator that yields only where it must wait for something asynchronous: an async handler,
hook or sender. `Runner.run` drives it synchronously; if it never yields, no task is created
and the step finishes in the caller's stack (inside `Device.received`). The first time it
yields an awaitable, the rest of the step moves into a task, which `finish` drives: it awaits
what the step yielded and sends the outcome back in (the result, or the exception thrown into
the generator), until the step returns. So a device with sync handlers, hooks and sender does
all its work in plain calls, and async ones cost a task only when they are used.

A `Runner` is the set of a device's running tasks (a ``dict`` used as an ordered set, so an
idle device pays for nothing more): `Device.disconnected` cancels them all.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Generator
from typing import Any

__all__ = ["Runner", "Step", "finish"]

logger = logging.getLogger("ocpp_engine")

Step = Generator[Any, Any, None]
"""A step: a generator that yields the awaitables it must wait for, and returns nothing."""


class Runner(dict["asyncio.Task[None]", None]):
    """The running tasks of one device, and the way its steps run."""

    __slots__ = ()

    def run(self, step: Step) -> None:
        """Drive *step* synchronously; move it into a task at its first real wait."""
        # next() with a default: a step that returns without waiting costs no StopIteration.
        awaitable = next(step, None)
        if awaitable is not None:
            self.spawn(finish(step, awaitable), step, awaitable)

    def spawn(self, coro: Coroutine[Any, Any, None], step: Step, awaitable: Any) -> None:
        """Run *coro*, the rest of *step* (which has yielded *awaitable*), as a task.

        Raises:
            RuntimeError: no event loop is running.
        """
        task = asyncio.get_running_loop().create_task(coro)
        self[task] = None
        task.add_done_callback(self._done)

        # A task cancelled before it first runs (disconnected() right after received())
        # never awaits *awaitable* nor finishes *step*: close both, so a handler's coroutine
        # is not left un-awaited and the step's cleanup runs now rather than at collection.
        def close_if_cancelled(task: asyncio.Task[None]) -> None:
            if task.cancelled():
                close = getattr(awaitable, "close", None)
                if close is not None:
                    close()
                step.close()

        task.add_done_callback(close_if_cancelled)

    def cancel_all(self) -> None:
        """Cancel every running task (the device disconnected)."""
        tasks = list(self)
        self.clear()
        for task in tasks:
            task.cancel()

    def _done(self, task: asyncio.Task[None]) -> None:
        self.pop(task, None)
        if not task.cancelled() and task.exception() is not None:
            logger.error("ocpp_engine: internal step failed", exc_info=task.exception())


async def finish(step: Step, awaitable: Any = None) -> None:
    """Run the rest of a step that has yielded *awaitable* (``None``: not started yet)."""
    if awaitable is None:
        try:
            awaitable = step.send(None)
        except StopIteration:
            return
    while True:
        try:
            value = await awaitable
        except BaseException as exc:
            try:
                awaitable = step.throw(exc)
            except StopIteration:
                return
        else:
            try:
                awaitable = step.send(value)
            except StopIteration:
                return
