"""A sender's failure: the same outcome with and without send hooks, sync or async.

And async senders and handlers started at once: a coroutine that finishes without waiting costs
no task, one that waits goes on in a task exactly where it stopped.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from ocpp_engine import Device, HookContext
from ocpp_engine.testing import sequential_ids


class LinkDown(Exception):
    pass


def failing_sender(use_async: bool, wait_first: bool = True) -> Any:
    if use_async:

        async def send(raw: str) -> None:
            if wait_first:
                await asyncio.sleep(0)
            raise LinkDown(raw)

        return send

    def send_now(raw: str) -> None:
        raise LinkDown(raw)

    return send_now


@pytest.mark.parametrize(("use_async", "wait_first"), [(False, False), (True, False), (True, True)])
@pytest.mark.parametrize("hooked", [False, True])
async def test_a_failing_sender_fails_the_call_and_the_send(
    use_async: bool, wait_first: bool, hooked: bool
) -> None:
    device = Device(
        failing_sender(use_async, wait_first), version="ocpp2.1", id_factory=sequential_ids()
    )
    seen: list[Any] = []
    if hooked:
        device.hooks.after("send_message", lambda ctx: seen.append((ctx.frame, ctx.exception)))
    device.connected()
    with pytest.raises(LinkDown):
        await device.call("Heartbeat")
    with pytest.raises(LinkDown):
        await device.send(
            "NotifyPeriodicEventStream",
            {
                "id": 1,
                "pending": 0,
                "basetime": "2024-01-01T00:00:00Z",
                "data": [{"t": 0, "v": "1"}],
            },
        )
    assert device.pending_calls == 0
    await asyncio.sleep(0)
    assert device.active_tasks == 0
    if hooked:
        assert [frame for frame, _ in seen] == [None, None]
        assert all(isinstance(exc, LinkDown) for _, exc in seen)


@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("hooked", [False, True])
async def test_a_failing_sender_of_a_reply_is_logged(
    use_async: bool, hooked: bool, caplog: pytest.LogCaptureFixture
) -> None:
    device = Device(
        failing_sender(use_async),
        {"Heartbeat": lambda p, c: {"currentTime": "2024-01-01T00:00:00Z"}},
        version="ocpp2.0.1",
    )
    if hooked:
        device.hooks.before("send_message", lambda ctx: None)
    device.connected()
    with caplog.at_level(logging.ERROR, logger="ocpp_engine"):
        device.received('[2, "a", "Heartbeat", {}]')
        for _ in range(3):
            await asyncio.sleep(0)
    assert [r.getMessage() for r in caplog.records] == ["ocpp_engine: the sender failed"]
    assert device.active_tasks == 0


async def test_a_failing_send_message_before_hook_stops_the_frame_like_a_failing_sender() -> None:
    sent: list[str] = []
    device = Device(sent.append, version="ocpp2.0.1")

    def refuse(ctx: HookContext) -> None:
        raise LinkDown("not now")

    device.hooks.before("send_message", refuse)
    device.connected()
    with pytest.raises(LinkDown):
        await device.call("Heartbeat")
    assert sent == [] and device.pending_calls == 0


# -- async senders and handlers start at once ---------------------------------------------------


@pytest.mark.parametrize("hooked", [False, True])
async def test_an_async_sender_that_need_not_wait_costs_no_task(hooked: bool) -> None:
    sent: list[str] = []

    async def send(raw: str) -> None:
        sent.append(raw)

    async def heartbeat(payload: Any, ctx: Any) -> dict[str, Any]:
        return {"currentTime": "2024-01-01T00:00:00Z"}

    device = Device(send, {"Heartbeat": heartbeat}, version="ocpp1.6")
    if hooked:
        device.hooks.before("send_message", lambda ctx: None)
        device.hooks.before("execute_call_handler", lambda ctx: None)
    device.connected()
    tasks = len(asyncio.all_tasks())
    for n in range(3):
        device.received(f'[2,"c{n}","Heartbeat",{{}}]')
    # Answered inside received(), in order, without a task.
    assert [frame[:8] for frame in sent] == ['[3,"c0",', '[3,"c1",', '[3,"c2",']
    assert device.active_tasks == 0 and len(asyncio.all_tasks()) == tasks


async def test_an_async_sender_that_waits_goes_on_in_a_task_and_keeps_the_order() -> None:
    sent: list[str] = []
    gate = asyncio.get_running_loop().create_future()
    order: list[str] = []

    async def send(raw: str) -> None:
        order.append(f"start {raw[:7]}")
        if not gate.done():
            await gate  # the first frame waits for the socket
        sent.append(raw)

    device = Device(send, {"Heartbeat": lambda p, c: {"currentTime": "2024-01-01T00:00:00Z"}})
    device.connected("ocpp1.6")
    device.received('[2,"c0","Heartbeat",{}]')
    device.received('[2,"c1","Heartbeat",{}]')
    assert order == ['start [3,"c0"'] and sent == [] and device.active_tasks == 1
    gate.set_result(None)
    while len(sent) < 2:
        await asyncio.sleep(0)
    assert [frame[:7] for frame in sent] == ['[3,"c0"', '[3,"c1"']
    assert order == ['start [3,"c0"', 'start [3,"c1"']


async def test_a_started_handler_gets_what_it_waits_for() -> None:
    answer = asyncio.get_running_loop().create_future()
    failure = asyncio.get_running_loop().create_future()
    sent: list[str] = []

    async def handler(payload: Any, ctx: Any) -> dict[str, Any]:
        if ctx.message_id == "ok":
            return {"currentTime": await answer}
        try:
            await failure
        except LinkDown as exc:
            return {"currentTime": str(exc)}
        return {}

    device = Device(sent.append, {"Heartbeat": handler}, version="ocpp1.6")
    device.connected()
    device.received('[2,"ok","Heartbeat",{}]')
    device.received('[2,"bad","Heartbeat",{}]')
    assert sent == [] and device.active_tasks == 2
    answer.set_result("2024-01-01T00:00:00Z")
    failure.set_exception(LinkDown("2024-01-02T00:00:00Z"))
    while len(sent) < 2:
        await asyncio.sleep(0)
    assert sorted(sent) == [
        '[3,"bad",{"currentTime":"2024-01-02T00:00:00Z"}]',
        '[3,"ok",{"currentTime":"2024-01-01T00:00:00Z"}]',
    ]


async def test_a_started_handler_is_cancelled_on_disconnect_before_its_task_runs() -> None:
    seen: list[str] = []

    async def handler(payload: Any, ctx: Any) -> dict[str, Any]:
        try:
            await asyncio.get_running_loop().create_future()
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise
        return {}

    device = Device(lambda raw: None, {"Heartbeat": handler}, version="ocpp1.6")
    device.connected()
    device.received('[2,"c0","Heartbeat",{}]')
    device.disconnected()  # at once, as inside a running task
    assert seen == ["cancelled"]
    await asyncio.sleep(0)
    assert device.active_tasks == 0
