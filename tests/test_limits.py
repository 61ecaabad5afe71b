"""Every limit of `Limits`, tested at its edge, in each version where the answer differs."""

from __future__ import annotations

import asyncio
import json
import re
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ocpp_engine import CallContext, CallError, CloseRequest, Device, Limits, Version
from ocpp_engine._limits import _COUNT_BELOW, _deeper_than, screen
from ocpp_engine.errors import FormatViolationError
from ocpp_engine.testing import Peer, sequential_ids
from ocpp_engine.versions import rules_for

VERSIONS = [v.value for v in Version]
NOW = "2024-01-01T00:00:00Z"


def data_transfer(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    return {"status": "Accepted"}


def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    return {"currentTime": NOW}


def make(version: str, limits: Limits, **options: Any) -> Device:
    options.setdefault("validation", False)
    return Device(
        lambda raw: None,
        {"DataTransfer": data_transfer, "Heartbeat": heartbeat},
        version=version,
        limits=limits,
        **options,
    )


def padded_call(message_id: str, size: int) -> str:
    """A Heartbeat CALL of exactly *size* characters (whitespace before the closing bracket)."""
    head = json.dumps([2, message_id, "Heartbeat", {}])[:-1]
    frame = head + " " * (size - len(head) - 1) + "]"
    assert len(frame) == size
    return frame


def nested_call(message_id: str, depth: int) -> str:
    """A DataTransfer CALL whose JSON nests exactly *depth* levels (the frame array is 1)."""
    inner = "[" * (depth - 2) + "]" * (depth - 2)
    return f'[2,"{message_id}","DataTransfer",{{"vendorId":"v","data":{inner}}}]'


async def answers(peer: Peer, settle: bool = True) -> list[Any]:
    if settle:
        await peer.settle()
    else:
        for _ in range(10):
            await asyncio.sleep(0)
    frames = []
    while not peer.no_frame_pending():
        frames.append(await peer.next_frame())
    return frames


# -- frame size ------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_frame_at_the_size_limit_is_handled_one_more_character_is_refused(
    version: str,
) -> None:
    device = make(version, Limits(max_frame_size=200))
    async with Peer(device) as peer:
        peer.inject(padded_call("ok", 200))
        peer.inject(padded_call("big", 201))
        got = await answers(peer)
    assert got[0] == [3, "ok", {"currentTime": NOW}]
    assert got[1][:3] == [4, "big", rules_for(version).spell("FormatViolation")]
    assert "larger than 200" in got[1][3]
    assert len(got) == 2


@pytest.mark.parametrize("version", VERSIONS)
async def test_oversized_frame_with_unreadable_id_follows_the_versions_rule(version: str) -> None:
    device = make(version, Limits(max_frame_size=100))
    async with Peer(device) as peer:
        peer.inject("x" * 101)
        peer.inject(b"[2, 17, " + b" " * 100 + b"]")
        got = await answers(peer)
    if rules_for(version).answer_unreadable:
        assert [f[:3] for f in got] == [[4, "-1", "RpcFrameworkError"]] * 2
    else:
        assert got == []


async def test_oversized_answer_fails_the_pending_call_at_once() -> None:
    device = make("ocpp2.0.1", Limits(max_frame_size=100), id_factory=sequential_ids("d"))
    release = asyncio.Event()

    async def never(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await release.wait()
        raise CallError("GenericError")

    async with Peer(device, handlers={"Heartbeat": never}) as peer:
        task = asyncio.ensure_future(device.call("Heartbeat"))
        frame = await peer.next_frame()
        assert frame[:3] == [2, "d1", "Heartbeat"]
        peer.inject('[3,"d1",{"currentTime":"' + "9" * 100 + '"}]')
        with pytest.raises(FormatViolationError):
            await task
        assert device.pending_calls == 0
        release.set()


@pytest.mark.parametrize("version", VERSIONS)
async def test_an_oversized_callresulterror_never_fails_our_call(version: str) -> None:
    # Its id names the peer's CALL, not ours: the same id as our pending call is a coincidence.
    device = make(version, Limits(max_frame_size=100), id_factory=sequential_ids("d"))
    release = asyncio.Event()

    async def later(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await release.wait()
        return {"currentTime": NOW}

    async with Peer(device, handlers={"Heartbeat": later}) as peer:
        task = asyncio.ensure_future(device.call("Heartbeat"))
        assert (await peer.next_frame())[:2] == [2, "d1"]
        peer.inject('[5,"d1","GenericError","' + "x" * 100 + '",{}]')
        got = await answers(peer, settle=False)  # the peer's handler waits
        assert not task.done()
        assert device.pending_calls == 1
        release.set()
        assert (await task) == {"currentTime": NOW}
    if version == "ocpp2.0.1":
        assert [f[:3] for f in got] == [[4, "d1", "MessageTypeNotSupported"]]
    else:
        assert got == []


async def test_bytes_frames_are_measured_in_bytes() -> None:
    device = make("ocpp2.0.1", Limits(max_frame_size=200))
    async with Peer(device) as peer:
        peer.inject(padded_call("ok", 200).encode())
        peer.inject(padded_call("big", 201).encode())
        got = await answers(peer)
    assert [f[:2] for f in got] == [[3, "ok"], [4, "big"]]


# -- nesting depth ---------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_nesting_at_the_depth_limit_is_handled_one_deeper_is_refused(version: str) -> None:
    device = make(version, Limits(max_json_depth=64))
    async with Peer(device) as peer:
        peer.inject(nested_call("ok", 64))
        peer.inject(nested_call("deep", 65))
        got = await answers(peer)
    assert got[0] == [3, "ok", {"status": "Accepted"}]
    assert got[1][:3] == [4, "deep", rules_for(version).spell("FormatViolation")]
    assert "deeper than 64" in got[1][3]


async def test_default_depth_limit_refuses_what_would_exhaust_the_parser() -> None:
    device = make("ocpp2.1", Limits())
    async with Peer(device) as peer:
        for depth in (65, 1_000, 200_000):
            peer.inject(nested_call(f"d{depth}", depth))
        peer.inject("[" * 200_000)
        got = await answers(peer)
    assert [f[:3] for f in got] == [
        [4, "d65", "FormatViolation"],
        [4, "d1000", "FormatViolation"],
        [4, "d200000", "FormatViolation"],
        [4, "-1", "RpcFrameworkError"],
    ]


async def test_brackets_inside_strings_do_not_count_as_depth() -> None:
    device = make("ocpp2.0.1", Limits(max_json_depth=8))
    async with Peer(device) as peer:
        peer.inject(
            json.dumps([2, "s", "DataTransfer", {"vendorId": "v", "data": "[{" * 500 + '"\\"[['}])
        )
        got = await answers(peer)
    assert got == [[3, "s", {"status": "Accepted"}]]


def _reference_deeper_than(text: str, limit: int) -> bool:
    """The depth rule in its plainest form: strip strings by regex, then a running sum."""
    outside = re.sub(r'"[^"\\]*(?:\\.[^"\\]*)*"', "", text, flags=re.DOTALL)
    depth = best = 0
    for char in outside:
        if char in "[{":
            depth += 1
            best = max(best, depth)
        elif char in "]}":
            depth -= 1
    return best > limit


_FRAGMENTS = (
    "[",
    "]",
    "{",
    "}",
    '"',
    "\\",
    '\\"',
    '""',
    "a",
    ",",
    "é",
    " ",
    "[]",
    "{}",
    '"[',
    ']"',
    '"x"',
    "[[[",
    "{[{",
)

#: Texts of up to 60 fragments. One draw of bytes, each byte picking a fragment, takes half the
#: time of drawing a list of fragments one by one, and these properties run hundreds of examples.
_TEXTS = st.binary(max_size=60).map(
    lambda picks: "".join(_FRAGMENTS[pick % len(_FRAGMENTS)] for pick in picks)
)


@settings(max_examples=500, deadline=None)
@given(text=_TEXTS, limit=st.integers(1, 5))
@example(text="[][[]", limit=1)  # pairs deleted down to one opener, still two deep
def test_depth_screen_matches_the_plain_rule_on_any_text(text: str, limit: int) -> None:
    expected = _reference_deeper_than(text, limit)
    assert _deeper_than(text, limit) is expected
    assert _deeper_than(text.encode(), limit) is expected


@pytest.mark.parametrize(
    "frame",
    [
        json.dumps(
            [2, "m", "MeterValues", {"meterValue": [{"sampledValue": [{"value": "1"}] * 80}]}]
        ),
        json.dumps([2, "m", "DataTransfer", {"data": "[{" * 50, "x": [[[[{"a": "]}" * 40}]]]]}]),
        json.dumps([2, "m", "DataTransfer", {"data": '\\"[{' * 50, "x": [[[[[[[[[]]]]]]]]]}]),
        "[" * 70 + "]" * 69,
        "]" * 70 + "[" * 70,
        '"' + "[" * 70,
    ],
)
@pytest.mark.parametrize("limit", [3, 8, 64])
def test_depth_screen_matches_the_plain_rule_on_big_frames(frame: str, limit: int) -> None:
    expected = _reference_deeper_than(frame, limit)
    assert _deeper_than(frame, limit) is expected
    assert _deeper_than(frame.encode(), limit) is expected


@settings(max_examples=300, deadline=None)
@given(parts=_TEXTS, limit=st.integers(1, 5))
@example(parts="[][[]", limit=1)
def test_long_frames_skip_the_counts_and_keep_the_rule(parts: str, limit: int) -> None:
    """Past ``_COUNT_BELOW`` characters no opener is counted first: the one pass decides."""
    text = " " * (_COUNT_BELOW + 1) + parts
    expected = _reference_deeper_than(text, limit)
    for raw in (text, text.encode()):
        assert (screen(raw, Limits(max_json_depth=limit)) is not None) is expected


def _wide_meter_values(extra_depth: int) -> str:
    sampled = [{"value": f"{i}.5", "measurand": "Voltage", "phase": "L1-N"} for i in range(100)]
    meter = [{"timestamp": NOW, "sampledValue": sampled[i::5]} for i in range(5)]
    payload = {
        "connectorId": 1,
        "meterValue": meter,
        "x": json.loads("[" * extra_depth + "]" * extra_depth),
    }
    return json.dumps([2, "w", "MeterValues", payload])


@pytest.mark.parametrize("raw_type", [str, bytes])
def test_a_wide_frame_passes_and_one_deep_branch_in_it_is_refused(raw_type: type) -> None:
    """Hundreds of brackets, five levels: passes; one branch of 65 levels in it: refused."""
    limits = Limits(max_json_depth=64)
    for extra, refused in ((62, False), (63, True)):  # the frame and its payload add two
        frame = _wide_meter_values(extra)
        assert len(frame) > _COUNT_BELOW and frame.count("{") > 64
        raw = frame if raw_type is str else frame.encode()
        refusal = screen(raw, limits)
        assert (refusal is not None) is refused, extra
        if refusal is not None:
            assert (refusal.message_type, refusal.message_id) == (2, "w")


# -- message id length -----------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_message_id_of_36_characters_is_read_37_is_not(version: str) -> None:
    device = make(version, Limits())
    async with Peer(device) as peer:
        peer.inject(json.dumps([2, "i" * 36, "Heartbeat", {}]))
        peer.inject(json.dumps([2, "j" * 37, "Heartbeat", {}]))
        got = await answers(peer)
    assert got[0][:2] == [3, "i" * 36]
    # A readable id over the limit is answered on that id in every version (1.6 section 4.2.3
    # lists it among the CALLERROR cases), so the caller does not wait out its timeout.
    code = "RpcFrameworkError" if rules_for(version).answer_unreadable else "ProtocolError"
    assert got[1][:3] == [4, "j" * 37, code]
    assert len(got) == 2


async def test_message_id_limit_is_configurable() -> None:
    device = make("ocpp2.0.1", Limits(max_message_id_length=40))
    async with Peer(device) as peer:
        peer.inject(json.dumps([2, "i" * 40, "Heartbeat", {}]))
        peer.inject(json.dumps([2, "j" * 41, "Heartbeat", {}]))
        got = await answers(peer)
    assert [f[:2] for f in got] == [[3, "i" * 40], [4, "j" * 41]]


async def test_unlimited_switches_every_limit_off() -> None:
    device = make("ocpp2.0.1", Limits.unlimited())
    async with Peer(device) as peer:
        peer.inject(json.dumps([2, "i" * 500, "Heartbeat", {}]))
        peer.inject(nested_call("deep", 500))
        got = await answers(peer)
    assert [f[:2] for f in got] == [[3, "i" * 500], [3, "deep"]]


def test_limits_must_be_positive_ints_or_none() -> None:
    for bad in (0, -1, 1.5, "3", True):
        with pytest.raises(ValueError):
            Limits(max_frame_size=bad)  # type: ignore[arg-type]
    assert Limits(max_bad_frames=None).max_bad_frames is None


# -- error descriptions ----------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_error_descriptions_are_cut_to_the_versions_maximum(version: str) -> None:
    def refuse(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        raise CallError("GenericError", ctx.message_id * 300)

    device = Device(lambda raw: None, {"Heartbeat": refuse}, version=version)
    async with Peer(device) as peer:
        for length in (254, 255, 256):
            peer.inject(json.dumps([2, "x", "Heartbeat", {}]).replace('"x"', f'"{length}"'))
        got = await answers(peer)
    limit = rules_for(version).max_description
    for frame in got:
        text = frame[1] * 300
        if limit is None:
            assert frame[3] == text
        else:
            assert len(frame[3]) == limit
            assert frame[3] == text[: limit - 3] + "..."
    expected = {"ocpp1.5": None, "ocpp1.6": None, "ocpp2.0.1": 255, "ocpp2.1": 255}[version]
    assert limit == expected


@pytest.mark.parametrize(("length", "cut"), [(254, False), (255, False), (256, True)])
def test_describe_keeps_255_characters_and_cuts_256(length: int, cut: bool) -> None:
    text = "d" * length
    out = rules_for("ocpp2.0.1").describe(text)
    assert len(out) == min(length, 255)
    assert (out != text) is cut


# -- incoming CALLs in handling at once ------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_calls_beyond_the_in_flight_limit_get_the_framework_error(version: str) -> None:
    release = asyncio.Event()

    async def slow(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await release.wait()
        return {"currentTime": NOW}

    device = Device(
        lambda raw: None, {"Heartbeat": slow}, version=version, limits=Limits(max_incoming_calls=3)
    )
    async with Peer(device) as peer:
        for i in range(5):
            peer.inject(json.dumps([2, f"c{i}", "Heartbeat", {}]))
        refused = await answers(peer, settle=False)
        release.set()
        accepted = await answers(peer)
    code = rules_for(version).spell("RpcFrameworkError")
    assert [f[:3] for f in refused] == [[4, "c3", code], [4, "c4", code]]
    assert [f[:2] for f in accepted] == [[3, "c0"], [3, "c1"], [3, "c2"]]
    assert code == ("ProtocolError" if version in ("ocpp1.5", "ocpp1.6") else "RpcFrameworkError")


async def test_a_call_slot_frees_when_its_answer_is_sent() -> None:
    release = asyncio.Event()

    async def slow(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await release.wait()
        return {"currentTime": NOW}

    device = Device(
        lambda raw: None,
        {"Heartbeat": slow},
        version="ocpp2.0.1",
        limits=Limits(max_incoming_calls=1),
    )
    async with Peer(device) as peer:
        peer.inject(json.dumps([2, "a", "Heartbeat", {}]))
        peer.inject(json.dumps([2, "b", "Heartbeat", {}]))
        release.set()
        await peer.settle()
        peer.inject(json.dumps([2, "c", "Heartbeat", {}]))
        got = await answers(peer)
    assert [f[:2] for f in got] == [[4, "b"], [3, "a"], [3, "c"]]


# -- broken frames in a row ------------------------------------------------------------------

BROKEN = [
    "not json",
    "{}",
    "[]",
    '[2, 5, "Heartbeat", {}]',
    '[9, "u", {}]',
    '[2, "m", "Heartbeat"]',
    '[2, "p", "Heartbeat", []]',  # a CALL whose payload is not an object
    '[3, "r", []]',  # malformed answers, whether or not their id is one of our calls
    '[3, "r"]',
    '[4, "e"]',
    '[4, "e", 5, "x", {}]',
    "[3, 5, {}]",  # an answer without a readable id
    '[6, "s", "NotifyPeriodicEventStream", []]',  # a malformed SEND (an unknown type < 2.1)
    '[9, "u", {"x": ' + "[" * 70 + "]" * 70 + "}]",  # over a limit: broken, whatever its type
]
#: Frames of a message type the version lacks and says to ignore (1.6, 2.1; 2.0.1 answers
#: MessageTypeNotSupported, and counts them): not broken.
IGNORED = {
    version: [
        '[9, "u", {}]',
        '[6, "s", "NotifyPeriodicEventStream", []]',
        '[5, "m", "GenericError", "", {}]',
    ]
    for version in ("ocpp1.5", "ocpp1.6")
} | {
    "ocpp2.1": ['[9, "u", {}]', '["2", "u", "Heartbeat", {}]'],
}


@pytest.mark.parametrize(
    ("version", "broken"),
    [
        (version, frame)
        for version in VERSIONS
        for frame in BROKEN
        if frame not in IGNORED.get(version, [])
    ],
)
async def test_close_is_requested_at_the_nth_broken_frame_in_a_row(
    version: str, broken: str
) -> None:
    requests: list[CloseRequest] = []
    device = make(version, Limits(max_bad_frames=3), on_close_request=requests.append)
    async with Peer(device) as peer:
        for _ in range(2):
            peer.inject(broken)
        peer.inject(json.dumps([2, "good", "Heartbeat", {}]))  # resets the count
        for _ in range(2):
            peer.inject(broken)
        assert requests == []
        peer.inject(broken)
        assert requests == [CloseRequest("3 broken frames in a row", 1002)]
        peer.inject(broken)
        assert len(requests) == 1


@pytest.mark.parametrize(
    ("version", "ignored"),
    [(version, frame) for version, frames in IGNORED.items() for frame in frames],
)
async def test_ignored_message_types_neither_count_nor_reset_the_count(
    version: str, ignored: str
) -> None:
    requests: list[CloseRequest] = []
    device = make(version, Limits(max_bad_frames=3), on_close_request=requests.append)
    async with Peer(device) as peer:
        for _ in range(5):
            peer.inject(ignored)
        assert requests == []  # never broken: a flood of them alone closes nothing
        peer.inject("not json")
        peer.inject("not json")
        peer.inject(ignored)  # ... and they hide no run of broken frames
        assert requests == []
        peer.inject("not json")
        assert requests == [CloseRequest("3 broken frames in a row", 1002)]
        assert [frame for frame in await answers(peer) if frame[1] != "-1"] == []


async def test_calls_with_a_payload_that_is_not_an_object_are_broken_frames() -> None:
    requests: list[CloseRequest] = []
    device = make("ocpp2.0.1", Limits(), on_close_request=requests.append)
    async with Peer(device) as peer:
        for i in range(12):
            peer.inject(json.dumps([2, f"x{i}", "Heartbeat", []]))
        got = await answers(peer)
    assert {f[2] for f in got} == {"FormatViolation"}
    assert requests == [CloseRequest("10 broken frames in a row", 1002)]


async def test_malformed_answers_fail_the_call_and_count_as_broken() -> None:
    requests: list[CloseRequest] = []
    device = make(
        "ocpp2.0.1",
        Limits(max_bad_frames=2),
        on_close_request=requests.append,
        id_factory=sequential_ids("d"),
    )
    async with Peer(device, answer=False) as peer:
        first = asyncio.create_task(device.call("Heartbeat"))
        await peer.next_frame()
        peer.inject(json.dumps([3, "d1", []]))
        with pytest.raises(FormatViolationError):
            await first
        second = asyncio.create_task(device.call("Heartbeat"))
        await peer.next_frame()
        peer.inject(json.dumps([4, "d2"]))
        with pytest.raises(Exception, match="malformed CALLERROR"):
            await second
    assert requests == [CloseRequest("2 broken frames in a row", 1002)]


async def test_frames_over_a_limit_count_as_broken_and_async_handlers_work() -> None:
    requests: list[CloseRequest] = []

    async def close(request: CloseRequest) -> None:
        await asyncio.sleep(0)
        requests.append(request)

    device = make("ocpp2.0.1", Limits(max_frame_size=50, max_bad_frames=2), on_close_request=close)
    async with Peer(device) as peer:
        peer.inject(padded_call("a", 51))
        peer.inject(nested_call("b", 100).ljust(51))
        await peer.settle()
    assert [r.code for r in requests] == [1002]


async def test_a_failing_close_handler_does_not_reach_received() -> None:
    def close(request: CloseRequest) -> None:
        raise RuntimeError("transport gone")

    device = make("ocpp2.0.1", Limits(max_bad_frames=1), on_close_request=close)
    async with Peer(device) as peer:
        peer.inject("garbage")
        peer.inject(json.dumps([2, "after", "Heartbeat", {}]))
        got = await answers(peer)
    assert [f[:2] for f in got] == [[4, "-1"], [3, "after"]]


async def test_schema_violations_do_not_count_as_broken_frames() -> None:
    requests: list[CloseRequest] = []
    device = Device(
        lambda raw: None,
        {"Heartbeat": heartbeat},
        version="ocpp2.0.1",
        limits=Limits(max_bad_frames=2),
        on_close_request=requests.append,
    )
    async with Peer(device) as peer:
        for i in range(5):
            peer.inject(json.dumps([2, f"v{i}", "Heartbeat", {"extra": 1}]))
        got = await answers(peer)
    assert {f[2] for f in got} == {"FormatViolation"}
    assert requests == []


# -- hooks the limits and the components on top rely on --------------------------------------


async def test_before_hook_may_answer_the_call_itself() -> None:
    ran: list[str] = []

    def handler(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ran.append(ctx.message_id)
        return {"currentTime": NOW}

    device = Device(lambda raw: None, {"Heartbeat": handler}, version="ocpp1.6")

    @device.hooks.before("execute_call_handler")
    def answer(ctx: Any) -> None:
        if ctx.message_id == "hooked":
            ctx.result = {"currentTime": "2030-01-01T00:00:00Z"}

    async with Peer(device) as peer:
        peer.inject(json.dumps([2, "hooked", "Heartbeat", {}]))
        peer.inject(json.dumps([2, "plain", "Heartbeat", {}]))
        got = await answers(peer)
    assert got == [
        [3, "hooked", {"currentTime": "2030-01-01T00:00:00Z"}],
        [3, "plain", {"currentTime": NOW}],
    ]
    assert ran == ["plain"]


def test_connected_and_disconnected_hooks_report_the_state_change() -> None:
    seen: list[tuple[str, bool]] = []
    device = Device(lambda raw: None, version="ocpp1.6")
    device.hooks.after("connected", lambda ctx: seen.append((ctx.hook, ctx.device.is_connected)))
    device.hooks.after("disconnected", lambda ctx: seen.append((ctx.hook, ctx.device.is_connected)))
    device.connected()
    device.connected()  # already connected with this version: no second report
    device.disconnected()
    device.disconnected()
    assert seen == [("connected", True), ("disconnected", False)]
