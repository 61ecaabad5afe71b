"""Hooks: which run, in which order, what a before-hook may change or stop, and that a hook's
own failure never breaks the device."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from ocpp_engine import CallContext, CallError, Device, HookContext, LocalProtocolError
from ocpp_engine.errors import TypeConstraintViolationError
from ocpp_engine.hooks import HOOK_NAMES
from ocpp_engine.testing import Peer, connect, sequential_ids

from .helpers import BOOT_REQUEST, BOOT_RESPONSE, HEARTBEAT_RESPONSE, csms


def record_all(device: Device, log: list[str], *, use_async: bool = False) -> None:
    def make(kind: str, name: str) -> Any:
        if use_async:

            async def hook(ctx: HookContext) -> None:
                await asyncio.sleep(0)
                log.append(f"{kind} {name}")
        else:

            def hook(ctx: HookContext) -> None:  # type: ignore[misc]
                log.append(f"{kind} {name}")

        return hook

    for name in sorted(HOOK_NAMES):
        device.hooks.before(name, make("before", name))
        device.hooks.after(name, make("after", name))


CALLER_STEPS = [
    "before send_call",
    "before send_message",
    "after send_message",
    "after send_call",
    "before execute_call_result_handler",
    "after execute_call_result_handler",
]
HANDLER_STEPS = [
    "before message_received",
    "before execute_call_handler",
    "after execute_call_handler",
    "before send_call_result",
    "before send_message",
    "after send_message",
    "after send_call_result",
    "after message_received",
]
CALLER_RECEIVE = ["before message_received"]


@pytest.mark.parametrize("use_async", [False, True])
async def test_hook_order_of_a_round_trip(use_async: bool) -> None:
    cs = Device(lambda raw: None, version="ocpp1.6", id_factory=sequential_ids())
    central = csms("ocpp1.6")
    caller_log: list[str] = []
    handler_log: list[str] = []
    record_all(cs, caller_log, use_async=use_async)
    record_all(central, handler_log, use_async=use_async)
    pipe = connect(cs, central)
    await pipe.settle()
    assert caller_log == handler_log == ["before connected", "after connected"]
    caller_log.clear()
    handler_log.clear()
    assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE
    await pipe.settle()
    if not use_async:
        assert handler_log == HANDLER_STEPS
        assert caller_log == [
            "before send_call",
            "before send_message",
            "after send_message",
            "after send_call",
            "before message_received",
            "before execute_call_result_handler",
            "after execute_call_result_handler",
            "after message_received",
        ]
    else:
        # "after message_received" comes once the frame is dispatched; an async step it
        # started may still be running, so only the order of the other steps is fixed.
        def in_order(log: list[str], *steps: str) -> bool:
            return [log.index(s) for s in steps] == sorted(log.index(s) for s in steps)

        assert sorted(handler_log) == sorted(HANDLER_STEPS)
        assert in_order(handler_log, "before message_received", "after message_received")
        assert in_order(
            handler_log,
            "before execute_call_handler",
            "after execute_call_handler",
            "before send_call_result",
            "after send_call_result",
        )
        assert in_order(
            handler_log, "before send_call_result", "before send_message", "after send_message"
        )
        assert sorted(caller_log) == sorted(
            [*CALLER_STEPS, "before message_received", "after message_received"]
        )
        assert in_order(caller_log, *CALLER_STEPS)


async def test_hook_order_of_a_call_error() -> None:
    def refuse(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        raise CallError("SecurityError")

    cs = Device(lambda raw: None, version="ocpp2.0.1", id_factory=sequential_ids())
    central = csms("ocpp2.0.1", {"Heartbeat": refuse})
    caller_log: list[str] = []
    handler_log: list[str] = []
    record_all(cs, caller_log)
    record_all(central, handler_log)
    pipe = connect(cs, central)
    caller_log.clear()  # the connected hooks
    handler_log.clear()
    with pytest.raises(CallError):
        await cs.call("Heartbeat")
    await pipe.settle()
    assert handler_log == [
        "before message_received",
        "before execute_call_handler",
        "after execute_call_handler",
        "before send_call_error",
        "before send_message",
        "after send_message",
        "after send_call_error",
        "after message_received",
    ]
    assert caller_log[-4:] == [
        "before message_received",
        "before execute_call_error_handler",
        "after execute_call_error_handler",
        "after message_received",
    ]


async def test_before_hooks_change_the_step() -> None:
    cs = Device(lambda raw: None, version="ocpp1.6", id_factory=sequential_ids())
    seen: list[Any] = []

    def boot(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        seen.append(payload)
        return dict(BOOT_RESPONSE)

    central = csms("ocpp1.6", {"BootNotification": boot})

    def add_serial(ctx: HookContext) -> None:
        ctx.payload = {**ctx.payload, "chargePointSerialNumber": "SN-1"}

    def rename_vendor(ctx: HookContext) -> None:
        ctx.payload = {**ctx.payload, "chargePointVendor": "Renamed"}

    def shorten_interval(ctx: HookContext) -> None:
        ctx.payload = {**ctx.payload, "interval": 60}

    async def tag_frame(ctx: HookContext) -> None:
        assert ctx.raw is not None
        ctx.raw = ctx.raw.replace('"M"', '"Tagged"')

    cs.hooks.before("send_call", add_serial)
    cs.hooks.before("send_message", tag_frame)
    central.hooks.before("execute_call_handler", rename_vendor)
    central.hooks.before("send_call_result", shorten_interval)
    connect(cs, central)
    result = await cs.call("BootNotification", BOOT_REQUEST["ocpp1.6"])
    assert seen == [
        {
            "chargePointVendor": "Renamed",
            "chargePointModel": "Tagged",
            "chargePointSerialNumber": "SN-1",
        }
    ]
    assert result == {**BOOT_RESPONSE, "interval": 60}


async def test_before_hooks_stop_the_step() -> None:
    central = csms("ocpp1.6")
    handled: list[str] = []
    central.on(
        "Authorize", lambda p, c: handled.append("auth") or {"idTagInfo": {"status": "Accepted"}}
    )

    def gate(ctx: HookContext) -> None:
        if ctx.action == "Authorize":
            raise CallError("SecurityError", "boot first")
        if ctx.action == "StatusNotification":
            raise RuntimeError("hook bug")

    central.on("StatusNotification", lambda p, c: {})
    central.hooks.before("execute_call_handler", gate)
    cs = Device(lambda raw: None, version="ocpp1.6", id_factory=sequential_ids())

    def no_heartbeats(ctx: HookContext) -> None:
        if ctx.action == "Heartbeat":
            raise PermissionError("not now")

    cs.hooks.before("send_call", no_heartbeats)
    async with Peer(central) as peer:
        with pytest.raises(CallError) as info:
            await peer.call("Authorize", {"idTag": "T"})
        assert info.value.code == "SecurityError"
        with pytest.raises(CallError) as info:
            await peer.call(
                "StatusNotification",
                {"connectorId": 1, "errorCode": "NoError", "status": "Available"},
            )
        assert info.value.code == "InternalError"
        assert handled == []
    async with Peer(cs) as peer:
        with pytest.raises(PermissionError):
            await cs.call("Heartbeat")
        await peer.settle()
        assert peer.sent() == []


async def test_stopping_a_result_sends_an_error_instead() -> None:
    central = csms("ocpp1.6")

    def veto(ctx: HookContext) -> None:
        raise CallError("NotSupported", "vetoed")

    central.hooks.before("send_call_result", veto)
    async with Peer(central) as peer:
        peer.inject('[2, "a", "Heartbeat", {}]')
        assert (await peer.next_frame())[:4] == [4, "a", "NotSupported", "vetoed"]


async def test_message_received_hook_can_drop_or_refuse() -> None:
    central = csms("ocpp1.6")
    dropped: list[Any] = []

    def firewall(ctx: HookContext) -> None:
        assert ctx.raw is not None
        if "Heartbeat" in ctx.raw:
            raise CallError("SecurityError", "blocked")
        if '"ignored"' in ctx.raw:
            raise RuntimeError("drop")

    central.hooks.before("message_received", firewall)
    central.hooks.after("message_dropped", lambda ctx: dropped.append(ctx.raw))
    async with Peer(central) as peer:
        peer.inject('[2, "a", "Heartbeat", {}]')
        assert (await peer.next_frame())[:3] == [4, "a", "SecurityError"]
        peer.inject('[3, "ignored", {}]')
        await peer.settle()
        assert peer.no_frame_pending()
        assert dropped == ['[3, "ignored", {}]']


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"])
async def test_a_refused_frame_led_by_a_float_is_no_call(version: str) -> None:
    # A frame a message_received hook refuses is answered only when it is a CALL; a
    # MessageTypeId of 2.0 (equal to 2 in Python) or true is no message type at all.
    central = csms(version)
    dropped: list[Any] = []

    def refuse(ctx: HookContext) -> None:
        raise CallError("SecurityError", "blocked")

    central.hooks.before("message_received", refuse)
    central.hooks.after("message_dropped", lambda ctx: dropped.append(ctx.raw))
    frames = ['[2.0, "a", "Heartbeat", {}]', '[true, "b", "Heartbeat", {}]', "[2]"]
    async with Peer(central) as peer:
        for frame in frames:
            peer.inject(frame)
        await peer.settle()
        assert peer.no_frame_pending()
        assert dropped == frames


async def test_send_message_hook_stops_a_call() -> None:
    cs = Device(lambda raw: None, version="ocpp1.6", id_factory=sequential_ids())

    def block(ctx: HookContext) -> None:
        raise ConnectionAbortedError("offline")

    cs.hooks.before("send_message", block)
    async with Peer(cs) as peer:
        with pytest.raises(ConnectionAbortedError):
            await cs.call("Heartbeat")
        await peer.settle()
        assert peer.sent() == [] and cs.pending_calls == 0


async def test_failing_after_hooks_never_break_the_device() -> None:
    central = csms("ocpp2.0.1")
    calls = 0

    def broken(ctx: HookContext) -> None:
        nonlocal calls
        calls += 1
        raise RuntimeError("after-hook bug")

    async def broken_async(ctx: HookContext) -> None:
        raise RuntimeError("async after-hook bug")

    for name in sorted(HOOK_NAMES):
        central.hooks.after(name, broken)
        central.hooks.after(name, broken_async)
    async with Peer(central) as peer:
        for _ in range(3):
            assert await peer.call("Heartbeat") == HEARTBEAT_RESPONSE
        peer.inject("not json")
        assert (await peer.next_frame())[:3] == [3, "peer-1", HEARTBEAT_RESPONSE]
    assert calls > 0


async def test_error_hooks_change_the_error() -> None:
    def refuse(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        raise CallError("SecurityError", "raw reason")

    central = csms("ocpp2.0.1", {"Heartbeat": refuse})

    def soften(ctx: HookContext) -> None:
        ctx.error_description = "please boot first"
        ctx.error_details = {"retry": 10}

    central.hooks.before("send_call_error", soften)
    cs = Device(lambda raw: None, version="ocpp2.0.1", id_factory=sequential_ids())
    seen: list[Any] = []
    cs.hooks.after(
        "execute_call_error_handler",
        lambda ctx: seen.append((ctx.error_code, ctx.error_description)),
    )
    connect(cs, central)
    with pytest.raises(CallError) as info:
        await cs.call("Heartbeat")
    assert (info.value.code, info.value.description, info.value.details) == (
        "SecurityError",
        "please boot first",
        {"retry": 10},
    )
    assert seen == [("SecurityError", "please boot first")]


async def test_unknown_hook_names_and_removal() -> None:
    device = csms("ocpp1.6")
    with pytest.raises(LocalProtocolError):
        device.hooks.before("sendWsMsg", lambda ctx: None)
    log: list[str] = []

    @device.hooks.after("send_message")
    def sent(ctx: HookContext) -> None:
        log.append(ctx.raw or "")

    async with Peer(device) as peer:
        peer.inject('[2, "a", "Heartbeat", {}]')
        await peer.next_frame()
        device.hooks.remove("send_message", sent)
        device.hooks.remove("send_message", sent)  # absent: nothing happens
        peer.inject('[2, "b", "Heartbeat", {}]')
        await peer.next_frame()
    assert [json.loads(raw)[1] for raw in log] == ["a"]


async def test_2_1_hooks() -> None:
    cs = Device(lambda raw: None, version="ocpp2.1", id_factory=sequential_ids())
    central = csms(
        "ocpp2.1",
        {
            "NotifyPeriodicEventStream": lambda p, c: None,
            "Heartbeat": lambda p, c: {"currentTime": 1},
        },
        validation=False,
    )
    cs_log: list[str] = []
    central_log: list[str] = []
    record_all(cs, cs_log)
    record_all(central, central_log)
    pipe = connect(cs, central)
    await cs.send(
        "NotifyPeriodicEventStream",
        {"id": 1, "pending": 0, "basetime": "2024-01-01T00:00:00Z", "data": [{"t": 0, "v": "1"}]},
    )
    with pytest.raises(TypeConstraintViolationError):
        await cs.call("Heartbeat")
    await pipe.settle()
    assert "before send_send" in cs_log and "after send_send" in cs_log
    assert "before send_call_result_error" in cs_log
    assert "before execute_send_handler" in central_log
    assert "before execute_call_result_error_handler" in central_log


# -- the hooks as data -------------------------------------------------------------------------


def test_every_hook_has_one_record_and_a_string_name() -> None:
    from ocpp_engine._hooks import HOOKS, HookContext, HookName

    assert set(HOOKS) == set(HookName)
    assert {name.value for name in HookName} == HOOK_NAMES
    for name, spec in HOOKS.items():
        assert spec.name is name and name == name.value and f"{name}" == name.value
        assert set(spec.changes) <= set(HookContext.__slots__), name
        assert not (spec.report_only and spec.changes), name


def test_the_documented_tables_are_the_records_and_nothing_else() -> None:
    import pathlib
    import re

    from ocpp_engine import _hooks

    docs = pathlib.Path(__file__).parent.parent / "docs" / "concepts" / "hooks.md"
    documented = [
        line
        for line in docs.read_text().splitlines()
        if line.startswith("| `") or line.startswith("| hook ")
    ]
    rendered = [line for line in _hooks.markdown_table().splitlines() if line != "|---|---|---|"]
    assert documented == rendered  # every record is documented, every documented row a record
    assert (
        [
            re.match(r"\| `(\w+)`", line).group(1)  # type: ignore[union-attr]
            for line in documented[1:]
        ]
        == [name.value for name in _hooks.HOOKS]
    )
    assert _hooks.text_table() in (_hooks.__doc__ or "")


def test_the_device_names_its_hooks_through_the_enum() -> None:
    import ast
    import inspect

    from ocpp_engine import _device, _engine

    for module in (_device, _engine):
        source = ast.parse(inspect.getsource(module))
        # Where a hook is named: HookContext(name, ...), before/after/report(hooks, name, ...),
        # and "name in hooks._active" / "hooks._after".
        named = [
            node.args[0]
            for node in ast.walk(source)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "HookContext"
        ]
        named += [
            node.args[1]
            for node in ast.walk(source)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ("_before", "_after", "_report")
        ]
        named += [
            node.left
            for node in ast.walk(source)
            if isinstance(node, ast.Compare)
            and isinstance(node.ops[0], ast.In)
            and ast.unparse(node.comparators[0]).endswith(("._active", "._after"))
        ]
        assert len(named) > 10
        for node in named:
            assert isinstance(node, ast.Name), ast.unparse(node)
            assert getattr(module, node.id) in HOOK_NAMES, node.id
            assert type(getattr(module, node.id)).__name__ == "HookName", node.id


async def test_call_runs_a_copy_of_its_before_hooks_like_every_step() -> None:
    cs = Device(lambda raw: None, version="ocpp1.6", id_factory=sequential_ids())
    central = csms("ocpp1.6")
    ran: list[str] = []

    def late(ctx: HookContext) -> None:
        ran.append("late")

    def first(ctx: HookContext) -> None:
        ran.append("first")
        if "late" not in ran and len(ran) == 1:
            cs.hooks.before("send_call", late)  # added while the hooks run: from the next call

    cs.hooks.before("send_call", first)
    connect(cs, central)
    await cs.call("Heartbeat")
    assert ran == ["first"]
    await cs.call("Heartbeat")
    assert ran == ["first", "first", "late"]


async def test_send_hooks_see_the_frame_in_frame_and_result() -> None:
    central = csms("ocpp2.0.1")
    seen: dict[str, Any] = {}

    def keep(ctx: HookContext) -> None:
        seen[ctx.hook] = (ctx.frame, ctx.result)

    for name in ("send_message", "send_call_result", "execute_call_handler"):
        central.hooks.after(name, keep)
    cs = Device(lambda raw: None, version="ocpp2.0.1", id_factory=sequential_ids())
    connect(cs, central)
    assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE
    frame = json.dumps([3, "m1", HEARTBEAT_RESPONSE], separators=(",", ":"))
    assert seen["send_message"] == (frame, frame)
    assert seen["send_call_result"] == (frame, frame)
    assert seen["execute_call_handler"] == (None, HEARTBEAT_RESPONSE)  # a payload, not a frame
    assert "send_call_result" in repr(HookContext("send_call_result", central))
