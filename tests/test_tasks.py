"""`TaskSet`: the side tasks of a transport or command, held while they run, ended together."""

from __future__ import annotations

import asyncio
import gc

from ocpp_engine._tasks import TaskSet


async def test_a_task_leaves_the_set_when_it_ends() -> None:
    tasks = TaskSet()
    done = tasks.spawn(asyncio.sleep(0))
    assert len(tasks) == 1
    gc.collect()  # held by the set, not only by the loop's weak reference
    await done
    await asyncio.sleep(0)
    assert len(tasks) == 0


async def test_cancel_all_ends_every_task_even_those_started_while_cancelling() -> None:
    tasks = TaskSet()
    cancelled: list[str] = []

    async def forever(name: str) -> None:
        try:
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            cancelled.append(name)
            if name == "a":
                tasks.spawn(forever("late"))  # e.g. a callback that reports the shutdown
            raise

    tasks.spawn(forever("a"))
    tasks.spawn(forever("b"))
    await asyncio.sleep(0)
    await tasks.cancel_all()
    assert sorted(cancelled) == ["a", "b", "late"] and len(tasks) == 0
    assert list(tasks) == []
