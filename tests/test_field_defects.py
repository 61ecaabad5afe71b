"""Defects that real peers, a load test and new users met in the core, kept fixed."""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Any

import pytest

from ocpp_engine import (
    CallContext,
    ConnectionClosedError,
    Device,
    LocalProtocolError,
    NotConnectedError,
    sleep,
)
from ocpp_engine.testing import FakeClock, Peer, connect

STREAM = {"id": 1, "pending": 0, "basetime": "2024-01-01T00:00:00Z", "data": [{"t": 0, "v": "1"}]}
NOW = "2024-01-01T00:00:00Z"


# -- every awaitable a device hands out ends when the connection ends -------------------------


def _stuck_station() -> tuple[Device, asyncio.Event]:
    """A 2.1 station whose sender never finishes writing (a full socket)."""
    writing = asyncio.Event()

    async def sender(frame: str) -> None:
        writing.set()
        await asyncio.Event().wait()

    device = Device(sender, version="ocpp2.1", role="charging_station")
    device.connected()
    return device, writing


async def test_send_ends_when_the_link_drops_while_the_sender_is_still_writing() -> None:
    device, writing = _stuck_station()
    task = asyncio.ensure_future(device.send("NotifyPeriodicEventStream", STREAM))
    await writing.wait()
    device.disconnected()
    with pytest.raises(ConnectionClosedError):
        await asyncio.wait_for(task, 2)


async def test_a_send_queued_behind_a_slow_frame_ends_when_the_link_drops() -> None:
    device, writing = _stuck_station()
    first = asyncio.ensure_future(device.send("NotifyPeriodicEventStream", STREAM))
    await writing.wait()
    second = asyncio.ensure_future(device.send("NotifyPeriodicEventStream", STREAM))
    await asyncio.sleep(0)
    assert not second.done()
    device.disconnected()
    for task in (first, second):
        with pytest.raises(ConnectionClosedError):
            await asyncio.wait_for(task, 2)


async def test_a_send_whose_async_before_hook_outlives_the_connection_is_not_sent() -> None:
    sent: list[str] = []
    release = asyncio.Event()
    device = Device(sent.append, version="ocpp2.1", role="charging_station")

    async def slow_hook(ctx: Any) -> None:
        await release.wait()

    device.hooks.before("send_send", slow_hook)
    device.connected()
    task = asyncio.ensure_future(device.send("NotifyPeriodicEventStream", STREAM))
    await asyncio.sleep(0)
    device.disconnected()
    release.set()
    with pytest.raises(NotConnectedError):
        await asyncio.wait_for(task, 2)
    assert sent == []


# -- a readable message id over 36 characters is answered --------------------------------------


@pytest.mark.parametrize(
    ("version", "code"),
    [
        ("ocpp1.6", "ProtocolError"),
        ("ocpp2.0.1", "RpcFrameworkError"),
        ("ocpp2.1", "RpcFrameworkError"),
    ],
)
async def test_a_call_with_a_long_string_id_is_answered_on_that_id(version: str, code: str) -> None:
    long_id = "x" * 37
    async with Peer(Device(version=version)) as peer:
        peer.inject(json.dumps([2, long_id, "Heartbeat", {}]))
        frame = await asyncio.wait_for(peer.next_frame(), 2)
    assert frame[:3] == [4, long_id, code]


# -- work after the reply --------------------------------------------------------------------


def _trigger_handler(asynchronous: bool) -> Any:
    def on_trigger(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ctx.after_reply(ctx.device.call, "Heartbeat", {})
        return {"status": "Accepted"}

    async def on_trigger_async(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await asyncio.sleep(0)
        ctx.after_reply(ctx.device.call, "Heartbeat", {})
        return {"status": "Accepted"}

    return on_trigger_async if asynchronous else on_trigger


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize("async_sender", [False, True], ids=["sync-sender", "async-sender"])
async def test_after_reply_work_follows_the_reply_on_the_wire(
    asynchronous: bool, async_sender: bool
) -> None:
    station = Device(handlers={"TriggerMessage": _trigger_handler(asynchronous)}, version="ocpp1.6")
    csms = Device(handlers={"Heartbeat": lambda p, c: {"currentTime": NOW}}, version="ocpp1.6")
    pipe = connect(csms, station)
    if async_sender:
        sync_send = station.sender

        async def send(raw: str) -> None:
            await asyncio.sleep(0)
            sync_send(raw)

        station.sender = send
    assert await csms.call("TriggerMessage", {"requestedMessage": "Heartbeat"}) == {
        "status": "Accepted"
    }
    for _ in range(20):
        await asyncio.sleep(0)
    from_station = [json.loads(raw) for who, raw in pipe.frames if who == "b"]
    kinds = [f[2] if f[0] == 2 else "CALLRESULT" for f in from_station]
    assert kinds == ["CALLRESULT", "Heartbeat"]


async def test_after_reply_runs_callbacks_in_order_and_only_after_a_callresult() -> None:
    ran: list[str] = []

    async def second() -> None:
        await asyncio.sleep(0)
        ran.append("second")

    def ok(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ctx.after_reply(ran.append, "first")
        ctx.after_reply(second)
        ctx.after_reply(ran.append, "third")
        return {"status": "Accepted"}

    def refuses(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ctx.after_reply(ran.append, "never")
        return {"status": "NotAStatus"}  # fails the response schema: InternalError goes out

    station = Device(handlers={"TriggerMessage": ok, "ClearCache": refuses}, version="ocpp1.6")
    async with Peer(station) as peer:
        assert await peer.call("TriggerMessage", {"requestedMessage": "Heartbeat"}) == {
            "status": "Accepted"
        }
        for _ in range(5):
            await asyncio.sleep(0)
        assert ran == ["first", "second", "third"]
        with pytest.raises(Exception, match="InternalError"):
            await peer.call("ClearCache", {})
        for _ in range(5):
            await asyncio.sleep(0)
    assert ran == ["first", "second", "third"]


async def test_a_failing_after_reply_callback_is_logged_and_hooked(
    caplog: pytest.LogCaptureFixture,
) -> None:
    failed: list[BaseException | None] = []

    def boom() -> None:
        raise RuntimeError("boom")

    def handler(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ctx.after_reply(boom)
        return {"status": "Accepted"}

    station = Device(handlers={"ClearCache": handler}, version="ocpp1.6")
    station.hooks.after("handler_failed", lambda ctx: failed.append(ctx.exception))
    with caplog.at_level(logging.ERROR, logger="ocpp_engine"):
        async with Peer(station) as peer:
            assert await peer.call("ClearCache", {}) == {"status": "Accepted"}
            assert await peer.call("ClearCache", {}) == {"status": "Accepted"}
    assert [type(e) for e in failed] == [RuntimeError, RuntimeError]


def test_after_reply_refuses_a_send() -> None:
    device = Device(version="ocpp2.1")
    device.connected()
    ctx = CallContext(
        "NotifyPeriodicEventStream",
        "m1",
        device.version,
        device,  # type: ignore[arg-type]
        True,
    )
    with pytest.raises(LocalProtocolError):
        ctx.after_reply(print)


async def test_disconnecting_cancels_a_running_after_reply_callback() -> None:
    started = asyncio.Event()
    cancelled: list[bool] = []

    async def long_work() -> None:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.append(True)
            raise

    def handler(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ctx.after_reply(long_work)
        return {"status": "Accepted"}

    station = Device(lambda raw: None, {"ClearCache": handler}, version="ocpp1.6")
    station.connected()
    station.received('[2, "a", "ClearCache", {}]')
    await asyncio.wait_for(started.wait(), 2)
    assert station.active_tasks == 1
    station.disconnected()
    await asyncio.sleep(0)
    assert cancelled == [True] and station.active_tasks == 0


# -- a clock-aware sleep for the application's own timers ------------------------------------


async def test_sleep_follows_a_fake_clock() -> None:
    clock = FakeClock()
    device = Device(version="ocpp1.6", clock=clock)
    assert device.clock is clock
    woke: list[float] = []

    async def heartbeat_loop() -> None:
        for _ in range(3):
            await sleep(device.clock, 60)
            woke.append(clock.time())

    task = asyncio.ensure_future(heartbeat_loop())
    await asyncio.sleep(0)
    assert woke == []
    for _ in range(3):
        clock.advance(60)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
    await asyncio.wait_for(task, 2)
    assert woke == [60, 120, 180]


async def test_sleep_on_the_loop_and_cancelled_sleep_cancels_its_timer() -> None:
    device = Device(version="ocpp1.6")
    assert device.clock is asyncio.get_running_loop()
    await sleep(None, 0)
    await sleep(device.clock, 0)
    clock = FakeClock()
    task = asyncio.ensure_future(sleep(clock, 10))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert all(timer.cancelled for _, _, timer in clock._timers)


def test_the_clock_of_a_device_without_one_needs_a_running_loop() -> None:
    with pytest.raises(RuntimeError):
        Device(version="ocpp1.6").clock  # noqa: B018


# -- a device may be made without a sender ---------------------------------------------------


async def test_a_device_without_a_sender_raises_until_one_is_set() -> None:
    device = Device(version="ocpp1.6", call_timeout=1)
    device.connected()
    with pytest.raises(NotConnectedError, match="no sender"):
        await device.call("Heartbeat", {})
    sent: list[str] = []
    device.sender = sent.append
    task = asyncio.ensure_future(device.call("Heartbeat", {}))
    await asyncio.sleep(0)
    assert json.loads(sent[0])[2] == "Heartbeat"
    task.cancel()


def test_the_default_version_is_public_and_what_connected_uses() -> None:
    device = Device(version="ocpp2.0.1")
    assert device.default_version == "ocpp2.0.1" and device.version is None
    device.connected()
    assert device.version is device.default_version
    assert Device().default_version is None
