"""How a step runs: synchronously while it can, in a task from its first real wait.

Every step of a device (answering a CALL, resolving a call, sending a frame) is written once, as
a generator that yields only where it must wait for something asynchronous: an async handler,
hook or sender. `Runner.run` drives it synchronously; if it never yields, no task is created
and the step finishes in the caller's stack (inside `Device.received`). The first time it
yields an awaitable, the rest of the step moves into a task, which `finish` drives: it awaits
what the step yielded and sends the outcome back in (the result, or the exception thrown into
the generator), until the step returns. So a device with sync handlers, hooks and sender does
all its work in plain calls, and async ones cost a task only when they are used.

A coroutine a step yields (an ``async def`` handler's, hook's or sender's) is started at once,
in the caller's stack, as an eager task would be (`start`): one that returns without waiting for
anything, such as an ``async def`` handler that only builds its answer, or a WebSocket send
whose socket takes the frame, costs no task either. Only a real wait moves the step into a task,
which resumes the coroutine where it stopped (`Resumed`).

A `Runner` is the set of a device's running tasks (a ``dict`` used as an ordered set, so an
idle device pays for nothing more; the value is the `Resumed` a task runs, if any):
`Device.disconnected` cancels them all.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine, Generator
from types import CoroutineType
from typing import Any

__all__ = ["Resumed", "Runner", "Step", "finish", "start"]

logger = logging.getLogger("ocpp_engine")

Step = Generator[Any, Any, None]
"""A step: a generator that yields the awaitables it must wait for, and returns nothing."""


class Runner(dict["asyncio.Task[None]", "Resumed | None"]):
    """The running tasks of one device, and the way its steps run."""

    __slots__ = ()

    def run(self, step: Step) -> None:
        """Drive *step* synchronously; move it into a task at its first real wait."""
        # next() with a default: a step that returns without waiting costs no StopIteration.
        awaitable = next(step, None)
        while awaitable is not None:
            if awaitable.__class__ is not CoroutineType:
                self.spawn(finish(step, awaitable), step, awaitable)
                return
            try:
                value = start(awaitable)
            except Exception as exc:
                try:
                    awaitable = step.throw(exc)
                except StopIteration:
                    return
                continue
            if value.__class__ is Resumed:
                self.spawn(finish(step, value), step, value)
                return
            try:
                awaitable = step.send(value)
            except StopIteration:
                return

    def spawn(self, coro: Coroutine[Any, Any, None], step: Step, awaitable: Any) -> None:
        """Run *coro*, the rest of *step* (which has yielded *awaitable*), as a task.

        Raises:
            RuntimeError: no event loop is running.
        """
        task = asyncio.get_running_loop().create_task(coro)
        self[task] = awaitable if awaitable.__class__ is Resumed else None
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
        """Cancel every running task (the device disconnected).

        A coroutine started in the caller's stack (`start`) whose task has not run yet is
        cancelled at once, as it would be at once inside a running task.
        """
        tasks = list(self.items())
        self.clear()
        for task, resumed in tasks:
            task.cancel()
            if resumed is not None:
                resumed.close()

    def _done(self, task: asyncio.Task[None]) -> None:
        self.pop(task, None)
        if not task.cancelled() and task.exception() is not None:
            logger.error("ocpp_engine: internal step failed", exc_info=task.exception())


def start(coro: Coroutine[Any, Any, Any]) -> Any:
    """Run *coro* until it first waits for something, in the caller's stack.

    Returns:
        What *coro* returned, when it finished without waiting; else a `Resumed`, the
        awaitable that runs the rest of it.

    Raises:
        Exception: what *coro* raised before its first wait.
    """
    try:
        waiting_for = coro.send(None)
    except StopIteration as stop:
        return stop.value
    return Resumed(coro, waiting_for)


class Resumed:
    """The rest of a coroutine `start` ran up to its first wait; await it to run the rest.

    Awaited in a task, it hands the task what the coroutine waits for (a future, or ``None``
    for a bare yield) and passes back what the task sends or throws in, as ``await coro``
    would have from the start.
    """

    __slots__ = ("coro", "taken", "waiting_for")

    def __init__(self, coro: Coroutine[Any, Any, Any], waiting_for: Any) -> None:
        self.coro = coro
        self.waiting_for = waiting_for
        self.taken = False  # by a task that runs the rest, or by close()

    def __await__(self) -> Generator[Any, Any, Any]:
        if self.taken:
            raise RuntimeError("the rest of this coroutine runs elsewhere")
        self.taken = True
        coro, waiting_for = self.coro, self.waiting_for
        while True:
            try:
                value = yield waiting_for
            except GeneratorExit:
                coro.close()
                raise
            except BaseException as exc:
                try:
                    waiting_for = coro.throw(exc)
                except StopIteration as stop:
                    return stop.value
            else:
                try:
                    waiting_for = coro.send(value)
                except StopIteration as stop:
                    return stop.value

    def close(self) -> None:
        """Cancel the coroutine where it waits, unless a task runs it already.

        For a task cancelled before it ran: the coroutine gets `asyncio.CancelledError` now,
        as it would in a running task; one that waits for something again while cleaning up
        is closed there.
        """
        if self.taken:
            return
        self.taken = True
        coro = self.coro
        try:
            coro.throw(asyncio.CancelledError())
        except (asyncio.CancelledError, StopIteration):
            return
        except Exception:
            logger.exception("ocpp_engine: a cancelled coroutine failed")
            return
        coro.close()


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
