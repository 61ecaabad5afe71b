"""Timeouts of our calls, on a FakeClock: the same code as on the running loop.

The device keeps one timer for all its calls (`ocpp_engine._outstanding`): set for the earliest
deadline, left armed when calls are answered, and set again when it fires. Whether the clock is
a `FakeClock` or the event loop, that timer is the only timeout path.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from ocpp_engine import CallTimeoutError, Device
from ocpp_engine._outstanding import Outstanding, Pending
from ocpp_engine.testing import FakeClock, Peer, sequential_ids

from .helpers import HEARTBEAT_RESPONSE

pytestmark = pytest.mark.filterwarnings("error")


def station(clock: Any, **options: Any) -> Device:
    options.setdefault("id_factory", sequential_ids("s"))
    return Device(lambda raw: None, version="ocpp1.6", clock=clock, **options)


# -- the call table, with time passed in ------------------------------------------------------


async def test_outstanding_calls_expire_by_the_time_passed_in() -> None:
    loop = asyncio.get_running_loop()
    calls = Outstanding()
    a, b, c = (
        Pending("Heartbeat", i, "[]", loop.create_future(), t)
        for i, t in (("a", 5.0), ("b", 1.0), ("c", 3.0))
    )
    assert calls.next_deadline() is None
    assert calls.admit(a, 2) and calls.admit(b, 2)
    calls.sent(a, 10.0)
    calls.sent(b, 10.0)
    assert not calls.admit(c, 2)  # waits its turn
    assert len(calls) == 3 and "a" in calls and "c" not in calls
    assert calls.next_deadline() == 11.0
    assert calls.expire(10.5) == []
    assert calls.expire(11.0) == [b]
    assert calls.next_turn(2) is c
    calls.sent(c, 11.0)
    assert calls.next_deadline() == 14.0
    assert calls.expire(100.0) == [a, c]
    assert calls.next_deadline() is None and len(calls) == 0


async def test_a_waiting_call_whose_caller_gave_up_is_skipped() -> None:
    loop = asyncio.get_running_loop()
    calls = Outstanding()
    first, gone, last = (Pending("Heartbeat", i, "[]", loop.create_future(), 1.0) for i in "xyz")
    assert calls.admit(first, 1)
    calls.sent(first, 0.0)
    assert not calls.admit(gone, 1) and not calls.admit(last, 1)
    gone.future.cancel()
    assert calls.take("x") is first
    assert calls.next_turn(1) is last
    assert calls.clear() == []


# -- one timer per device, on a FakeClock ----------------------------------------------------


async def test_one_timer_serves_every_call_on_a_fake_clock() -> None:
    clock = FakeClock()
    cs = station(clock, max_outstanding_calls=3)
    async with Peer(cs, answer=False) as peer:
        tasks = [asyncio.create_task(cs.call("Heartbeat", timeout=t)) for t in (5, 2, 9)]
        for _ in range(3):
            await peer.next_frame()
        assert clock.pending == 1
        assert cs._alarm is not None and cs._alarm[2] is clock
        assert clock.advance(2) == 1
        await asyncio.sleep(0)
        assert [t.done() for t in tasks] == [False, True, False]
        assert clock.pending == 1  # set again, for the next deadline
        clock.advance(3)
        clock.advance(4)
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert [r.timeout for r in results] == [5, 2, 9]  # type: ignore[union-attr]
        assert clock.pending == 0


async def test_an_unanswered_call_times_out_after_answered_calls_with_longer_timeouts() -> None:
    clock = FakeClock()
    cs = station(clock, call_timeout=30)
    async with Peer(cs, answer=False) as peer:
        for n in range(3):  # answered: the timer set for the first one stays armed
            task = asyncio.create_task(cs.call("Heartbeat"))
            frame = await peer.next_frame()
            peer.inject(json.dumps([3, frame[1], HEARTBEAT_RESPONSE]))
            assert await task == HEARTBEAT_RESPONSE, n
        assert clock.pending == 1
        task = asyncio.create_task(cs.call("Heartbeat", timeout=1))
        await peer.next_frame()
        clock.advance(1)  # not at the 30 s of the timer already set
        with pytest.raises(CallTimeoutError):
            await task
        assert cs.pending_calls == 0
        clock.advance(30)  # the stale timer finds nothing due and is not set again
        assert clock.pending == 0


async def test_the_timer_is_set_again_for_a_later_deadline_once_an_earlier_call_is_answered() -> (
    None
):
    clock = FakeClock()
    cs = station(clock, max_outstanding_calls=2)
    async with Peer(cs, answer=False) as peer:
        early = asyncio.create_task(cs.call("Heartbeat", timeout=1))
        first = await peer.next_frame()
        late = asyncio.create_task(cs.call("Heartbeat", timeout=5))
        await peer.next_frame()
        peer.inject(json.dumps([3, first[1], HEARTBEAT_RESPONSE]))
        assert await early == HEARTBEAT_RESPONSE
        clock.advance(1)  # the timer of the answered call fires, and is set for the late one
        await asyncio.sleep(0)
        assert not late.done()
        clock.advance(4)
        with pytest.raises(CallTimeoutError) as info:
            await late
        assert info.value.timeout == 5
        assert cs.pending_calls == 0


async def test_calls_waiting_their_turn_time_out_from_when_they_are_sent() -> None:
    clock = FakeClock()
    cs = station(clock)
    async with Peer(cs, answer=False) as peer:
        tasks = [asyncio.create_task(cs.call("Heartbeat", timeout=1)) for _ in range(3)]
        await peer.next_frame()
        for n in range(2):  # each is sent when the one before times out
            clock.advance(1)
            assert (await peer.next_frame())[1] == f"s{n + 2}"
            assert not tasks[n + 1].done()
        clock.advance(1)
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(r, CallTimeoutError) for r in results)
        assert clock.time() == 3


async def test_the_running_loop_is_the_clock_of_the_same_timer() -> None:
    cs = station(None)
    async with Peer(cs, answer=False) as peer:
        task = asyncio.create_task(cs.call("Heartbeat", timeout=30))
        await peer.next_frame()
        assert cs._alarm is not None and cs._alarm[2] is asyncio.get_running_loop()
        task.cancel()
