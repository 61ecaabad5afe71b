"""The tasks a transport or a command starts on the side, cancelled and awaited together.

A central system's connection callbacks, the CLI station's follow-ups: each is a task nobody
awaits, which must not be garbage-collected while it runs (the loop keeps only a weak
reference) and must end when its owner closes. `TaskSet` is that bookkeeping, written once.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Iterator
from typing import Any

__all__ = ["TaskSet"]


class TaskSet:
    """A set of running tasks: each leaves it when done; `cancel_all` ends those left."""

    __slots__ = ("_tasks",)

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        """Run *coro* as a task held here until it ends.

        Raises:
            RuntimeError: no event loop is running.
        """
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def cancel_all(self) -> None:
        """Cancel every task still running and wait until they have ended. Raises nothing."""
        while self._tasks:
            tasks = list(self._tasks)
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            self._tasks.difference_update(tasks)

    def __len__(self) -> int:
        return len(self._tasks)

    def __iter__(self) -> Iterator[asyncio.Task[Any]]:
        return iter(list(self._tasks))
