"""The Device's behaviour: calls, handlers, timeouts, disconnects, ordering and correlation."""

from __future__ import annotations

import asyncio
import json
import random
from typing import Any

import pytest

from ocpp_engine import (
    CallContext,
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    CustomAction,
    Device,
    InvalidPayloadError,
    LocalProtocolError,
    NotConnectedError,
    OCPPError,
    RemoteProtocolError,
    Role,
    UnknownActionError,
    Validation,
    Version,
)
from ocpp_engine.errors import PropertyConstraintViolationError, TypeConstraintViolationError
from ocpp_engine.testing import FakeClock, Peer, connect, sequential_ids
from ocpp_engine.validation import Direction

from .helpers import BOOT_REQUEST, BOOT_RESPONSE, HEARTBEAT_RESPONSE, VERSIONS, csms

pytestmark = pytest.mark.filterwarnings("error")


def station(version: str | None = None, **options: Any) -> Device:
    options.setdefault("id_factory", sequential_ids("s"))
    return Device(lambda raw: None, version=version, **options)


# -- the basics ------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_round_trip(version: str) -> None:
    cs, central = station(version), csms(version)
    pipe = connect(cs, central)
    assert await cs.call("BootNotification", BOOT_REQUEST[version]) == BOOT_RESPONSE
    assert await cs.call("Heartbeat", {}) == HEARTBEAT_RESPONSE
    assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE
    assert [json.loads(raw)[0] for _, raw in pipe.frames] == [2, 3, 2, 3, 2, 3]
    assert json.loads(pipe.frames[0][1]) == [2, "s1", "BootNotification", BOOT_REQUEST[version]]
    assert cs.version is Version(version)
    assert cs.pending_calls == 0


async def test_async_handlers_and_async_sender() -> None:
    seen: list[str] = []

    async def boot(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await asyncio.sleep(0)
        seen.append(ctx.action)
        return dict(BOOT_RESPONSE)

    central = Device(lambda raw: None, {"BootNotification": boot}, version="ocpp1.6")
    cs = station("ocpp1.6")
    pipe = connect(cs, central)
    inner = central.sender

    async def slow_sender(raw: str) -> None:
        for _ in range(random.randint(0, 3)):
            await asyncio.sleep(0)
        inner(raw)

    central.sender = slow_sender
    assert await cs.call("BootNotification", BOOT_REQUEST["ocpp1.6"]) == BOOT_RESPONSE
    assert seen == ["BootNotification"]
    await pipe.settle()
    assert central.active_tasks == 0


async def test_async_sender_keeps_frame_order() -> None:
    """Frames reach an async sender in the order the device produced them."""
    received: list[str] = []

    async def sender(raw: str) -> None:
        for _ in range(random.randint(0, 4)):
            await asyncio.sleep(0)
        received.append(json.loads(raw)[1])

    device = csms("ocpp1.6")
    device.sender = sender
    device.connected()
    ids = [f"c{i}" for i in range(30)]
    for message_id in ids:
        device.received(json.dumps([2, message_id, "Heartbeat", {}]))
    for _ in range(200):
        await asyncio.sleep(0)
    assert received == ids


async def test_handler_context() -> None:
    contexts: list[CallContext] = []

    def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        contexts.append(ctx)
        return dict(HEARTBEAT_RESPONSE)

    central = csms("ocpp2.0.1", {"Heartbeat": heartbeat}, identity="CP-7")
    cs = station("ocpp2.0.1")
    connect(cs, central)
    await cs.call("Heartbeat")
    [ctx] = contexts
    assert (ctx.action, ctx.message_id, ctx.version, ctx.device) == (
        "Heartbeat",
        "s1",
        Version.V201,
        central,
    )
    assert ctx.device.identity == "CP-7"
    assert not ctx.is_send


async def test_decorator_and_catch_all() -> None:
    central = csms("ocpp1.6")
    actions: list[str] = []

    @central.on("*")
    def anything(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        actions.append(ctx.action)
        return {"status": "Accepted"}

    @central.on("DataTransfer")
    def data(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"status": "Rejected"}

    cs = station("ocpp1.6")
    connect(cs, central)
    assert await cs.call("DataTransfer", {"vendorId": "X"}) == {"status": "Rejected"}
    assert await cs.call("Reset", {"type": "Soft"}) == {"status": "Accepted"}
    assert actions == ["Reset"]
    # The catch-all covers known actions only: unknown ones stay NotImplemented.
    async with Peer(central) as peer:
        peer.inject('[2, "x", "FlyToTheMoon", {}]')
        assert (await peer.next_frame())[:3] == [4, "x", "NotImplemented"]


async def test_off_removes_a_handler() -> None:
    def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return HEARTBEAT_RESPONSE

    central = csms("ocpp1.6", {"Heartbeat": heartbeat})
    cs = station("ocpp1.6")
    connect(cs, central)
    assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE
    assert central.off("Heartbeat") is heartbeat
    # As for an action that never had a handler: a known action is NotSupported.
    with pytest.raises(CallError) as info:
        await cs.call("Heartbeat")
    assert info.value.code == "NotSupported"
    # Nothing left to remove: None, and no error.
    assert central.off("Heartbeat") is None
    assert central.off("FlyToTheMoon") is None


async def test_off_leaves_the_catch_all_and_removes_it() -> None:
    central = csms("ocpp1.6", {"Heartbeat": lambda payload, ctx: HEARTBEAT_RESPONSE})

    @central.on("*")
    def anything(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"currentTime": "2000-01-01T00:00:00Z"}

    cs = station("ocpp1.6")
    connect(cs, central)
    central.off("Heartbeat")
    assert await cs.call("Heartbeat") == {"currentTime": "2000-01-01T00:00:00Z"}
    assert central.off("*") is anything
    with pytest.raises(CallError) as info:
        await cs.call("Heartbeat")
    assert info.value.code == "NotSupported"
    # An action the version lacks stays NotImplemented, with or without handlers.
    async with Peer(central) as peer:
        peer.inject('[2, "x", "FlyToTheMoon", {}]')
        assert (await peer.next_frame())[:3] == [4, "x", "NotImplemented"]


async def test_off_removes_only_the_handler_it_is_given() -> None:
    def first(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return HEARTBEAT_RESPONSE

    def second(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"currentTime": "2000-01-01T00:00:00Z"}

    central = csms("ocpp1.6", {"Heartbeat": first})
    central.on("Heartbeat", second)  # replaces first
    assert central.off("Heartbeat", first) is None
    cs = station("ocpp1.6")
    connect(cs, central)
    assert await cs.call("Heartbeat") == {"currentTime": "2000-01-01T00:00:00Z"}
    assert central.off("Heartbeat", second) is second
    with pytest.raises(CallError):
        await cs.call("Heartbeat")


async def test_off_takes_a_request_class_and_gives_back_a_typed_handler() -> None:
    from ocpp_engine.messages import v201

    def boot(
        payload: v201.BootNotificationRequest, ctx: CallContext
    ) -> v201.BootNotificationResponse:
        return v201.BootNotificationResponse(
            current_time="2024-01-01T00:00:00Z", interval=300, status="Accepted"
        )

    central = csms("ocpp2.0.1")
    central.on(v201.BootNotificationRequest, boot)
    cs = station("ocpp2.0.1")
    connect(cs, central)
    assert (await cs.call("BootNotification", BOOT_REQUEST["ocpp2.0.1"]))["status"] == "Accepted"
    # The handler as it was given to on(), not the device's typed wrapper of it.
    removed = central.off(v201.BootNotificationRequest)
    assert removed is boot
    with pytest.raises(CallError) as info:
        await cs.call("BootNotification", BOOT_REQUEST["ocpp2.0.1"])
    assert info.value.code == "NotSupported"
    # What off() gives back can be registered again.
    central.on("BootNotification", removed)
    assert (await cs.call("BootNotification", BOOT_REQUEST["ocpp2.0.1"]))["status"] == "Accepted"


# -- errors from handlers --------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_handler_call_error_reaches_the_caller(version: str) -> None:
    def refuse(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        raise CallError("SecurityError", "not you", {"hint": "register first"})

    cs, central = station(version), csms(version, {"Heartbeat": refuse})
    connect(cs, central)
    with pytest.raises(CallError) as info:
        await cs.call("Heartbeat")
    assert (info.value.code, info.value.description, info.value.details) == (
        "SecurityError",
        "not you",
        {"hint": "register first"},
    )
    assert await cs.call("BootNotification", BOOT_REQUEST[version]) == BOOT_RESPONSE


@pytest.mark.parametrize("version", VERSIONS)
async def test_handler_crash_is_internal_error_without_leaking(version: str) -> None:
    failures: list[BaseException | None] = []

    async def crash(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        raise ValueError("database password is hunter2")

    central = csms(version, {"Heartbeat": crash})
    central.hooks.after("handler_failed", lambda ctx: failures.append(ctx.exception))
    cs = station(version)
    connect(cs, central)
    with pytest.raises(CallError) as info:
        await cs.call("Heartbeat")
    assert info.value.code == "InternalError"
    assert "hunter2" not in info.value.description
    assert info.value.details == {}
    assert len(failures) == 1 and isinstance(failures[0], ValueError)
    assert await cs.call("BootNotification", BOOT_REQUEST[version]) == BOOT_RESPONSE


@pytest.mark.parametrize("version", VERSIONS)
async def test_handler_invalid_response_is_internal_error(version: str) -> None:
    failures: list[BaseException | None] = []
    central = csms(version, {"Heartbeat": lambda p, c: {"currentTime": "noon"}})
    central.hooks.after("handler_failed", lambda ctx: failures.append(ctx.exception))
    cs = station(version)
    connect(cs, central)
    with pytest.raises(CallError) as info:
        await cs.call("Heartbeat")
    assert info.value.code == "InternalError"
    [failure] = failures
    assert isinstance(failure, InvalidPayloadError)
    assert (failure.code, failure.path, failure.rule) == (
        "PropertyConstraintViolation",
        "currentTime",
        "format",
    )


@pytest.mark.parametrize(
    ("version", "raised", "sent"),
    [
        ("ocpp1.6", "FormatViolation", "FormationViolation"),
        ("ocpp1.6", "OccurrenceConstraintViolation", "OccurenceConstraintViolation"),
        ("ocpp1.6", "RpcFrameworkError", "ProtocolError"),
        ("ocpp1.6", "Whatever", "GenericError"),
        ("ocpp2.0.1", "FormationViolation", "FormatViolation"),
        ("ocpp2.0.1", "OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
        ("ocpp2.0.1", "RpcFrameworkError", "RpcFrameworkError"),
        ("ocpp2.1", "Whatever", "GenericError"),
    ],
)
async def test_codes_are_spelled_as_the_version_prints_them(
    version: str, raised: str, sent: str
) -> None:
    def refuse(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        raise CallError(raised)

    async with Peer(csms(version, {"Heartbeat": refuse})) as peer:
        peer.inject('[2, "a", "Heartbeat", {}]')
        assert (await peer.next_frame())[:3] == [4, "a", sent]


@pytest.mark.parametrize(
    ("version", "received", "raised"),
    [
        ("ocpp1.6", "FormatViolation", "FormationViolation"),
        ("ocpp1.6", "FormationViolation", "FormationViolation"),
        ("ocpp2.0.1", "OccurenceConstraintViolation", "OccurrenceConstraintViolation"),
        ("ocpp2.1", "FormationViolation", "FormatViolation"),
        ("ocpp2.1", "VendorSpecificCode", "VendorSpecificCode"),
    ],
)
async def test_received_codes_accept_either_spelling(
    version: str, received: str, raised: str
) -> None:
    cs = station(version)
    async with Peer(cs, answer=False) as peer:
        task = asyncio.create_task(cs.call("Heartbeat"))
        frame = await peer.next_frame()
        peer.inject(json.dumps([4, frame[1], received, "no", {"a": 1}]))
        with pytest.raises(CallError) as info:
            await task
        assert (info.value.code, info.value.description, info.value.details) == (
            raised,
            "no",
            {"a": 1},
        )


# -- our calls: misuse -----------------------------------------------------------------------


async def test_local_misuse_raises_before_sending() -> None:
    cs = station("ocpp2.0.1", role=Role.CHARGING_STATION)
    with pytest.raises(NotConnectedError):
        await cs.call("Heartbeat")
    async with Peer(cs) as peer:
        with pytest.raises(UnknownActionError):
            await cs.call("StartTransaction", {})  # a 1.6 action
        with pytest.raises(UnknownActionError):
            await cs.call("RequestStartTransaction", {})  # the CSMS's action
        with pytest.raises(InvalidPayloadError) as info:
            await cs.call("BootNotification", {"reason": "PowerUp"})
        assert info.value.code == "OccurrenceConstraintViolation"
        with pytest.raises(InvalidPayloadError):
            await cs.call("Heartbeat", {"when": object()})  # not JSON at all
        with pytest.raises(InvalidPayloadError):
            await cs.call("Heartbeat", [])  # type: ignore[arg-type]
        with pytest.raises(LocalProtocolError):
            await cs.send("NotifyPeriodicEventStream", {})  # no SEND in 2.0.1
        await peer.settle()
        assert peer.sent() == []
    for exc in (NotConnectedError, UnknownActionError, InvalidPayloadError):
        assert issubclass(exc, LocalProtocolError) and issubclass(exc, OCPPError)


async def test_connect_and_version_misuse() -> None:
    device = Device(lambda raw: None)
    with pytest.raises(LocalProtocolError):
        device.connected()
    with pytest.raises(ValueError):
        device.connected("ocpp9.9")
    device.connected("ocpp1.6j")  # an alias seen in the field
    assert device.version is Version.V16
    device.connected("ocpp1.6")  # same version again: nothing happens
    with pytest.raises(LocalProtocolError):
        device.connected("ocpp2.0.1")
    device.disconnected()
    device.disconnected()
    device.connected("ocpp2.0.1")
    assert device.is_connected and device.version is Version.V201


async def test_id_factory_is_checked() -> None:
    ids = iter(["ok-1", "y" * 37, "ok-1", ""])
    cs = station("ocpp1.6", id_factory=lambda: next(ids))
    async with Peer(cs, handlers={"Heartbeat": lambda p, c: dict(HEARTBEAT_RESPONSE)}):
        assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE
        with pytest.raises(LocalProtocolError):
            await cs.call("Heartbeat")  # 37 characters
        assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE  # reuse after the answer is fine
        with pytest.raises(LocalProtocolError):
            await cs.call("Heartbeat")  # empty


async def test_default_ids_are_uuid4_strings() -> None:
    cs = Device(lambda raw: None, version="ocpp1.6")
    async with Peer(cs, handlers={"Heartbeat": lambda p, c: dict(HEARTBEAT_RESPONSE)}) as peer:
        await cs.call("Heartbeat")
        await cs.call("Heartbeat")
        ids = [frame[1] for frame in peer.sent()]
    assert len(set(ids)) == 2
    assert all(len(i) == 36 and i[14] == "4" for i in ids)


async def test_roles_refuse_the_other_sides_calls() -> None:
    central = csms("ocpp1.6", role=Role.CSMS)
    central.on("RemoteStartTransaction", lambda p, c: {"status": "Accepted"})
    async with Peer(central) as peer:
        peer.inject('[2, "r", "RemoteStartTransaction", {"idTag": "T"}]')
        assert (await peer.next_frame())[:3] == [4, "r", "NotSupported"]
        with pytest.raises(UnknownActionError):
            await central.call("BootNotification", BOOT_REQUEST["ocpp1.6"])


# -- their answers ---------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_invalid_call_result_raises_and_21_answers_with_callresulterror(
    version: str,
) -> None:
    cs = station(version)
    async with Peer(cs, answer=False) as peer:
        task = asyncio.create_task(cs.call("Heartbeat"))
        frame = await peer.next_frame()
        peer.inject(json.dumps([3, frame[1], {"currentTime": 5}]))
        with pytest.raises(TypeConstraintViolationError) as info:
            await task
        assert info.value.message_id == frame[1]
        assert info.value.path == "currentTime"
        assert isinstance(info.value, RemoteProtocolError)
        await peer.settle()
        if version == "ocpp2.1":
            reply = await peer.next_frame()
            assert reply[:3] == [5, frame[1], "TypeConstraintViolation"]
        assert peer.no_frame_pending()
        # still working
        assert peer.pipe is not None
        peer.pipe.muted.clear()
        peer.on("Heartbeat", lambda p, c: dict(HEARTBEAT_RESPONSE))
        assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE


@pytest.mark.parametrize(
    "frame", ['[3, "{id}"]', '[3, "{id}", []]', '[4, "{id}"]', '[4, "{id}", 7, "x", {{}}]']
)
async def test_malformed_answers_fail_the_call(frame: str) -> None:
    cs = station("ocpp2.0.1")
    async with Peer(cs, answer=False) as peer:
        task = asyncio.create_task(cs.call("Heartbeat"))
        sent = await peer.next_frame()
        peer.inject(frame.format(id=sent[1]))
        with pytest.raises(RemoteProtocolError):
            await task
        assert cs.pending_calls == 0


async def test_invalid_enum_in_call_result() -> None:
    cs = station("ocpp2.0.1")
    async with Peer(
        cs,
        handlers={"BootNotification": lambda p, c: {**BOOT_RESPONSE, "status": "Maybe"}},
        validation=False,
    ):
        with pytest.raises(PropertyConstraintViolationError):
            await cs.call("BootNotification", BOOT_REQUEST["ocpp2.0.1"])


# -- timeouts, disconnects, queueing --------------------------------------------------------


async def test_timeout_with_a_fake_clock_and_late_answer_dropped() -> None:
    clock = FakeClock()
    cs = station("ocpp1.6", clock=clock, call_timeout=30)
    dropped: list[Any] = []
    cs.hooks.after("message_dropped", lambda ctx: dropped.append((ctx.message_id, ctx.raw)))
    async with Peer(cs, answer=False) as peer:
        task = asyncio.create_task(cs.call("Heartbeat"))
        frame = await peer.next_frame()
        assert clock.advance(29.9) == 0
        assert not task.done()
        clock.advance(0.2)
        with pytest.raises(CallTimeoutError) as info:
            await task
        assert isinstance(info.value, TimeoutError)
        assert (info.value.action, info.value.timeout) == ("Heartbeat", 30)
        peer.inject(json.dumps([3, frame[1], HEARTBEAT_RESPONSE]))
        assert dropped == [(frame[1], json.dumps([3, frame[1], HEARTBEAT_RESPONSE]))]
        assert peer.no_frame_pending()  # an answer is never answered
        # per-call timeout, and the device still works
        task = asyncio.create_task(cs.call("Heartbeat", timeout=1))
        await peer.next_frame()
        clock.advance(1)
        with pytest.raises(CallTimeoutError):
            await task
        assert clock.pending == 0


async def test_disconnect_fails_every_pending_call_at_once() -> None:
    clock = FakeClock()
    cs = station("ocpp1.6", clock=clock)
    hold = asyncio.Event()

    async def slow(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await hold.wait()
        return dict(HEARTBEAT_RESPONSE)

    async with Peer(cs, handlers={"Heartbeat": slow}) as peer:
        tasks = [asyncio.create_task(cs.call("Heartbeat")) for _ in range(3)]
        await peer.next_frame()
        assert cs.pending_calls == 3
        cs.disconnected()
        results = await asyncio.gather(*tasks, return_exceptions=True)
        assert all(isinstance(r, ConnectionClosedError) for r in results)
        assert cs.pending_calls == 0 and cs.active_tasks == 0
        assert clock.pending == 0  # timers cancelled, not left to fire
        hold.set()


async def test_disconnect_cancels_running_handlers() -> None:
    started = asyncio.Event()
    cancelled = asyncio.Event()

    async def forever(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise
        return {}

    central = csms("ocpp1.6", {"Heartbeat": forever})
    async with Peer(central) as peer:
        peer.inject('[2, "h", "Heartbeat", {}]')
        await started.wait()
        assert central.active_tasks == 1
        central.disconnected()
        await asyncio.sleep(0)
        assert cancelled.is_set()
        assert central.active_tasks == 0
        assert peer.no_frame_pending()


async def test_received_while_disconnected_is_dropped() -> None:
    device = csms("ocpp1.6")
    dropped: list[Any] = []
    device.hooks.after("message_dropped", lambda ctx: dropped.append(ctx.raw))
    device.received('[2, "x", "Heartbeat", {}]')
    assert dropped == ['[2, "x", "Heartbeat", {}]']


async def test_one_outstanding_call_at_a_time() -> None:
    cs = station("ocpp2.0.1")
    in_handler = 0
    most = 0

    async def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        nonlocal in_handler, most
        in_handler += 1
        most = max(most, in_handler)
        for _ in range(3):
            await asyncio.sleep(0)
        in_handler -= 1
        return dict(HEARTBEAT_RESPONSE)

    async with Peer(cs, handlers={"Heartbeat": heartbeat}) as peer:
        results = await asyncio.gather(*(cs.call("Heartbeat") for _ in range(5)))
        assert results == [HEARTBEAT_RESPONSE] * 5
        assert most == 1
        assert [f[1] for f in peer.sent()] == ["s1", "s2", "s3", "s4", "s5"]


async def test_max_outstanding_calls_lifts_the_limit() -> None:
    cs = station("ocpp2.0.1", max_outstanding_calls=3)
    release = asyncio.Event()

    async def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await release.wait()
        return dict(HEARTBEAT_RESPONSE)

    async with Peer(cs, handlers={"Heartbeat": heartbeat}) as peer:
        tasks = [asyncio.create_task(cs.call("Heartbeat")) for _ in range(5)]
        for _ in range(3):
            await peer.next_frame()
        for _ in range(10):
            await asyncio.sleep(0)
        assert peer.no_frame_pending()  # the 4th and 5th wait
        assert cs.pending_calls == 5
        release.set()
        assert await asyncio.gather(*tasks) == [HEARTBEAT_RESPONSE] * 5
    with pytest.raises(ValueError):
        station(max_outstanding_calls=0)


async def test_cancelled_waiting_call_is_never_sent() -> None:
    cs = station("ocpp1.6")
    release = asyncio.Event()

    async def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await release.wait()
        return dict(HEARTBEAT_RESPONSE)

    async with Peer(cs, handlers={"Heartbeat": heartbeat}) as peer:
        first = asyncio.create_task(cs.call("Heartbeat"))
        second = asyncio.create_task(cs.call("Heartbeat"))
        await peer.next_frame()
        await asyncio.sleep(0)
        second.cancel()
        release.set()
        assert await first == HEARTBEAT_RESPONSE
        await peer.settle()
        assert [f[1] for f in peer.sent()] == ["s1"]
        assert cs.pending_calls == 0


async def test_sender_failure_fails_the_call_and_frees_the_slot() -> None:
    cs = station("ocpp1.6")
    async with Peer(cs, handlers={"Heartbeat": lambda p, c: dict(HEARTBEAT_RESPONSE)}):
        working = cs.sender
        failing = True

        def sender(raw: str) -> None:
            if failing:
                raise ConnectionResetError("wire cut")
            working(raw)

        cs.sender = sender
        with pytest.raises(ConnectionResetError):
            await cs.call("Heartbeat")
        failing = False
        assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE


# -- concurrency: the deadlock case and early answers -------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_handler_may_call_the_peer_while_handling(version: str) -> None:
    """A CSMS handler asks the station something before answering BootNotification."""
    get = "GetConfiguration" if version == "ocpp1.6" else "GetVariables"
    get_payload: dict[str, Any] = (
        {}
        if version == "ocpp1.6"
        else {
            "getVariableData": [
                {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}}
            ]
        }
    )
    get_result: dict[str, Any] = (
        {"configurationKey": []}
        if version == "ocpp1.6"
        else {
            "getVariableResult": [
                {
                    "attributeStatus": "Accepted",
                    "component": {"name": "OCPPCommCtrlr"},
                    "variable": {"name": "HeartbeatInterval"},
                }
            ]
        }
    )
    answers: list[Any] = []

    async def boot(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        answers.append(await ctx.device.call(get, get_payload))
        return dict(BOOT_RESPONSE)

    central = csms(version, {"BootNotification": boot}, role=Role.CSMS)
    cs = station(version, role=Role.CHARGING_STATION, handlers={get: lambda p, c: get_result})
    connect(cs, central)
    result = await asyncio.wait_for(cs.call("BootNotification", BOOT_REQUEST[version]), 5)
    assert result == BOOT_RESPONSE
    assert answers == [get_result]


async def test_answer_arriving_before_the_sender_returns() -> None:
    """Wired without any loop hop: the reply is received inside our sender's call."""
    central = csms("ocpp1.6")
    cs = station("ocpp1.6")
    cs.sender = central.received
    central.sender = cs.received
    cs.connected()
    central.connected()
    assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE
    assert await cs.call("BootNotification", BOOT_REQUEST["ocpp1.6"]) == BOOT_RESPONSE


async def test_answer_arriving_before_an_async_sender_returns() -> None:
    central = csms("ocpp1.6")
    cs = station("ocpp1.6")

    async def sender(raw: str) -> None:
        central.received(raw)  # the answer comes back before this coroutine ends
        await asyncio.sleep(0)

    cs.sender = sender
    central.sender = cs.received
    cs.connected()
    central.connected()
    assert await cs.call("Heartbeat") == HEARTBEAT_RESPONSE


async def test_duplicate_id_while_handling() -> None:
    release = asyncio.Event()

    async def slow(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await release.wait()
        return dict(HEARTBEAT_RESPONSE)

    for version, code in (
        ("ocpp1.6", "ProtocolError"),
        ("ocpp2.0.1", "RpcFrameworkError"),
        ("ocpp2.1", "RpcFrameworkError"),
    ):
        release.clear()
        async with Peer(csms(version, {"Heartbeat": slow})) as peer:
            peer.inject('[2, "same", "Heartbeat", {}]')
            peer.inject('[2, "same", "Heartbeat", {}]')
            assert (await peer.next_frame())[:3] == [4, "same", code]
            release.set()
            assert await peer.next_frame() == [3, "same", HEARTBEAT_RESPONSE]
            # once answered, the id may be used again
            peer.inject('[2, "same", "Heartbeat", {}]')
            assert await peer.next_frame() == [3, "same", HEARTBEAT_RESPONSE]


# -- SEND (2.1) ------------------------------------------------------------------------------

STREAM = {"id": 1, "pending": 0, "basetime": "2024-01-01T00:00:00Z", "data": [{"t": 0, "v": "1"}]}


async def test_send_runs_the_handler_and_is_never_answered() -> None:
    got: list[tuple[Any, bool]] = []
    central = csms(
        "ocpp2.1", {"NotifyPeriodicEventStream": lambda p, c: got.append((p, c.is_send))}
    )
    cs = station("ocpp2.1")
    pipe = connect(cs, central)
    await cs.send("NotifyPeriodicEventStream", STREAM)
    await pipe.settle()
    assert got == [(STREAM, True)]
    assert [json.loads(raw)[0] for _, raw in pipe.frames] == [6]
    with pytest.raises(InvalidPayloadError):
        await cs.send("NotifyPeriodicEventStream", {"id": 1})
    with pytest.raises(UnknownActionError):
        await cs.send("Heartbeat", {})


async def test_send_does_not_wait_for_the_outstanding_call() -> None:
    release = asyncio.Event()

    async def slow(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await release.wait()
        return dict(HEARTBEAT_RESPONSE)

    got: list[Any] = []
    central = csms(
        "ocpp2.1", {"Heartbeat": slow, "NotifyPeriodicEventStream": lambda p, c: got.append(p)}
    )
    cs = station("ocpp2.1")
    pipe = connect(cs, central)
    call = asyncio.create_task(cs.call("Heartbeat"))
    await asyncio.sleep(0)
    await cs.send("NotifyPeriodicEventStream", STREAM)
    for _ in range(5):
        await asyncio.sleep(0)
    assert got == [STREAM] and not call.done()
    release.set()
    assert await call == HEARTBEAT_RESPONSE
    await pipe.settle()


async def test_invalid_or_failing_send_is_dropped_silently() -> None:
    failures: list[Any] = []
    dropped: list[Any] = []

    def crash(payload: dict[str, Any], ctx: CallContext) -> None:
        raise RuntimeError("boom")

    central = csms("ocpp2.1", {"NotifyPeriodicEventStream": crash})
    central.hooks.after("handler_failed", lambda ctx: failures.append(ctx.exception))
    central.hooks.after("message_dropped", lambda ctx: dropped.append(ctx.exception))
    async with Peer(central) as peer:
        peer.inject(json.dumps([6, "s1", "NotifyPeriodicEventStream", STREAM]))
        peer.inject(json.dumps([6, "s2", "NotifyPeriodicEventStream", {"id": "x"}]))
        peer.inject(json.dumps([6, "s3", "Heartbeat", {}]))
        peer.inject('[6, "s4"]')
        await peer.settle()
        assert peer.sent() == []
    assert [type(f) for f in failures] == [RuntimeError]
    assert len(dropped) == 3


# -- validation switches and custom actions ---------------------------------------------------


async def test_validation_can_be_switched_off_per_direction_and_action() -> None:
    bad_boot = {"chargePointVendor": "v" * 30, "chargePointModel": "M"}
    for policy, accepted in (
        (Validation(), False),
        (Validation.off(), True),
        (Validation().exempt("BootNotification", Direction.THEIR_CALL), True),
        (Validation().exempt("BootNotification", "our_call"), False),
        (Validation(directions={Direction.OUR_CALL, Direction.OUR_RESULT}), True),
    ):
        central = csms("ocpp1.6", validation=policy)
        async with Peer(central, validation=False) as peer:
            if accepted:
                assert await peer.call("BootNotification", bad_boot) == BOOT_RESPONSE
            else:
                with pytest.raises(CallError) as info:
                    await peer.call("BootNotification", bad_boot)
                assert info.value.code == "PropertyConstraintViolation"
    central = csms("ocpp1.6")
    central.validation = Validation.off()
    assert not central.validation.applies("BootNotification", Direction.THEIR_CALL)
    assert Device(lambda raw: None, validation=False).validation == Validation.off()


async def test_custom_vendor_actions() -> None:
    vendor = CustomAction(
        "AcmeReboot",
        request_schema={
            "type": "object",
            "properties": {"delay": {"type": "integer"}},
            "additionalProperties": False,
        },
        response_schema={
            "type": "object",
            "required": ["ok"],
            "properties": {"ok": {"type": "boolean"}},
        },
    )
    loose = CustomAction("AcmePing")
    central = csms(
        "ocpp2.0.1",
        {"AcmeReboot": lambda p, c: {"ok": True}, "AcmePing": lambda p, c: {"anything": 1}},
        actions=[vendor],
    )
    central.register_action(loose)
    cs = station("ocpp2.0.1", actions=[vendor, loose])
    connect(cs, central)
    assert await cs.call("AcmeReboot", {"delay": 5}) == {"ok": True}
    assert await cs.call("AcmePing", {"free": ["form"]}) == {"anything": 1}
    with pytest.raises(InvalidPayloadError):
        await cs.call("AcmeReboot", {"delay": "soon"})
    other = station("ocpp2.0.1", actions=[CustomAction("AcmeReboot")])
    connect(other, csms("ocpp2.0.1", {"AcmeReboot": lambda p, c: {"ok": True}}))
    with pytest.raises(CallError) as info:
        await other.call("AcmeReboot", {})  # the CSMS never registered it
    assert info.value.code == "NotImplemented"


async def test_devices_alike_share_their_validators_and_others_keep_their_own() -> None:
    """Thousands of devices of one version and policy look each validator up once."""
    bad_boot = {"chargePointVendor": "V" * 30, "chargePointModel": "M"}  # maxLength 20
    loose = Validation().exempt("BootNotification", Direction.THEIR_CALL)
    strict_a, strict_b, lax = csms("ocpp1.6"), csms("ocpp1.6"), csms("ocpp1.6")
    lax.validation = loose
    vendor = csms("ocpp1.6", actions=[CustomAction("AcmePing")])
    for device in (strict_a, strict_b, lax, vendor):
        device.connected()
    assert strict_a._vcache is strict_b._vcache
    assert lax._vcache is not strict_a._vcache
    assert vendor._vcache is not strict_a._vcache
    # one policy's lookups never reach the other's devices, in either order
    for device, passes in ((lax, True), (strict_a, False), (strict_b, False), (lax, True)):
        cs = station("ocpp1.6", validation=Validation().exempt("BootNotification", "our_call"))
        device.disconnected()
        connect(cs, device)
        if passes:
            assert await cs.call("BootNotification", bad_boot) == BOOT_RESPONSE
        else:
            with pytest.raises(CallError) as info:
                await cs.call("BootNotification", bad_boot)
            assert info.value.code == "PropertyConstraintViolation"
    # a custom action registered later gives the device a cache of its own
    shared = strict_b._vcache
    strict_b.register_action(CustomAction("AcmeReboot"))
    assert strict_b._vcache is not shared and strict_a._vcache is shared


async def test_repr_and_state() -> None:
    device = csms("ocpp1.6", identity="CP-1")
    assert "disconnected" in repr(device)
    device.connected()
    assert "ocpp1.6" in repr(device) and "CP-1" in repr(device)
    assert repr(CallError("X", "y")) == "CallError('X', 'y', {})"
