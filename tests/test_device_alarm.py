"""Timeouts on the running event loop (one alarm per device) and the hook-free fast paths.

The timeouts here are short and real where nothing has to happen before them, and on a
`FakeClock` where something must; nothing asserts how long anything took: only which calls
fail, and that the alarm is gone once nothing can time out.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from ocpp_engine import CallContext, CallTimeoutError, ConnectionClosedError, Device
from ocpp_engine.testing import FakeClock, Peer, connect, sequential_ids

from .helpers import HEARTBEAT_RESPONSE, csms

pytestmark = pytest.mark.filterwarnings("error")


def station(**options: Any) -> Device:
    options.setdefault("id_factory", sequential_ids("s"))
    return Device(lambda raw: None, version="ocpp1.6", **options)


async def test_an_unanswered_call_times_out_after_answered_calls_with_longer_timeouts() -> None:
    cs = station(call_timeout=30)
    async with Peer(cs, answer=False) as peer:
        for n in range(3):  # answered: the alarm set for the first one stays armed
            task = asyncio.create_task(cs.call("Heartbeat"))
            frame = await peer.next_frame()
            peer.inject(json.dumps([3, frame[1], HEARTBEAT_RESPONSE]))
            assert await task == HEARTBEAT_RESPONSE, n
        task = asyncio.create_task(cs.call("Heartbeat", timeout=0.01))
        await peer.next_frame()
        with pytest.raises(CallTimeoutError):
            await asyncio.wait_for(task, 10)  # not at the 30 s of the alarm already set
        assert cs.pending_calls == 0


async def test_the_alarm_rearms_for_a_later_deadline_once_an_earlier_call_is_answered() -> None:
    # On a FakeClock (the same timer path as the loop's), so that the early call's answer
    # always comes before its deadline however slow the machine is.
    clock = FakeClock()
    cs = station(max_outstanding_calls=2, clock=clock)
    async with Peer(cs, answer=False) as peer:
        early = asyncio.create_task(cs.call("Heartbeat", timeout=1.0))
        first = await peer.next_frame()
        late = asyncio.create_task(cs.call("Heartbeat", timeout=5.0))
        await peer.next_frame()
        peer.inject(json.dumps([3, first[1], HEARTBEAT_RESPONSE]))
        assert await early == HEARTBEAT_RESPONSE
        clock.advance(1.0)  # the alarm set for the early call finds nothing due, and rearms
        await asyncio.sleep(0)
        assert not late.done()
        clock.advance(4.0)
        with pytest.raises(CallTimeoutError) as info:
            await asyncio.wait_for(late, 10)  # a bound, should the alarm not be set again
        assert info.value.timeout == 5.0
        assert cs.pending_calls == 0


async def test_calls_waiting_their_turn_time_out_from_when_they_are_sent() -> None:
    cs = station()
    async with Peer(cs, answer=False) as peer:
        tasks = [asyncio.create_task(cs.call("Heartbeat", timeout=0.01)) for _ in range(3)]
        for _ in range(3):  # each is sent when the one before times out
            await peer.next_frame()
        results = await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 10)
        assert all(isinstance(r, CallTimeoutError) for r in results)


async def test_disconnecting_cancels_the_alarm() -> None:
    cs = station()
    async with Peer(cs, answer=False) as peer:
        task = asyncio.create_task(cs.call("Heartbeat"))
        await peer.next_frame()
        assert cs._alarm is not None
        cs.disconnected()
        assert cs._alarm is None
        with pytest.raises(ConnectionClosedError):
            await task


async def test_a_hook_added_by_a_sync_handler_sees_that_handlers_answer() -> None:
    central = csms("ocpp1.6")
    seen: list[str] = []

    def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ctx.device.hooks.after("send_call_result", lambda hctx: seen.append(hctx.result))
        return dict(HEARTBEAT_RESPONSE)

    central.on("Heartbeat", heartbeat)
    cs = station()
    connect(cs, central)
    assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE
    assert [json.loads(raw) for raw in seen] == [[3, "s1", HEARTBEAT_RESPONSE]]
