"""Defects the fuzz found in the core, kept fixed."""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import warnings
from typing import Any

import pytest

from ocpp_engine import CallContext, Device


@pytest.mark.parametrize("mtype", ["[]", "{}", '{"a": 1}'])
def test_unhashable_message_type_with_unreadable_id_is_answered_not_crashed(
    mtype: str, caplog: pytest.LogCaptureFixture
) -> None:
    out: list[str] = []
    device = Device(out.append, version="ocpp2.0.1")
    device.connected()
    with caplog.at_level(logging.ERROR, logger="ocpp_engine"):
        device.received(f"[{mtype}, 5, 0, {{}}]")
    assert [json.loads(f)[:3] for f in out] == [[4, "-1", "RpcFrameworkError"]]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_disconnect_right_after_an_async_call_leaves_no_unawaited_handler() -> None:
    started: list[str] = []
    finished: list[str] = []

    async def handler(payload: Any, ctx: CallContext) -> dict[str, Any]:
        started.append(ctx.message_id)
        await asyncio.sleep(0)
        finished.append(ctx.message_id)
        return {"currentTime": "2024-01-01T00:00:00Z"}

    device = Device(lambda raw: None, {"Heartbeat": handler}, version="ocpp1.6")
    device.connected()
    device.received('[2, "a", "Heartbeat", {}]')
    # The handler started at once and waits; its task has not run yet.
    assert device.active_tasks == 1 and started == ["a"]
    device.disconnected()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        gc.collect()
    assert not [w for w in caught if "never awaited" in str(w.message)]
    assert device.active_tasks == 0 and finished == []
