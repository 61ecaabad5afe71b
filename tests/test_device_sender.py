"""A sender's failure: the same outcome with and without send hooks, sync or async."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from ocpp_engine import Device, HookContext
from ocpp_engine.testing import sequential_ids


class LinkDown(Exception):
    pass


def failing_sender(use_async: bool) -> Any:
    if use_async:

        async def send(raw: str) -> None:
            await asyncio.sleep(0)
            raise LinkDown(raw)

        return send

    def send_now(raw: str) -> None:
        raise LinkDown(raw)

    return send_now


@pytest.mark.parametrize("use_async", [False, True])
@pytest.mark.parametrize("hooked", [False, True])
async def test_a_failing_sender_fails_the_call_and_the_send(use_async: bool, hooked: bool) -> None:
    device = Device(failing_sender(use_async), version="ocpp2.1", id_factory=sequential_ids())
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
