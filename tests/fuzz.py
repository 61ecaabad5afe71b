"""Fuzzing a Device with hostile input: generated and mutated frames, floods and reconnects.

``tests/test_fuzz.py`` runs a short fuzz in the suite. For a long run::

    python -m tests.fuzz --seconds 600            # every version, as long as asked
    OCPP_FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py   # more examples in pytest
    HYPOTHESIS_PROFILE=explore python -m pytest tests/test_fuzz.py  # random ones, not the same

After every batch of frames the harness checks that `Device.received` raised nothing and logged
no internal error, that each frame got exactly the answers the version prescribes (a CALL with
a readable id exactly one, on its id; an unreadable frame in 2.x one on ``"-1"``), that nothing
else was answered, and after `Device.disconnected` that no call, future or task is left. The
long run also checks that traced memory does not grow from one round of examples to the next.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import logging
import re
import time
import tracemalloc
from collections import Counter
from collections.abc import Sequence
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocpp_engine import CallContext, CallError, CloseRequest, Device, Limits
from ocpp_engine.testing import FakeClock, sequential_ids
from ocpp_engine.versions import rules_for

NOW = "2024-01-01T00:00:00Z"
VERSIONS = ("ocpp1.6", "ocpp2.0.1", "ocpp2.1")
LIMITS = Limits(max_frame_size=4096, max_json_depth=32, max_incoming_calls=3, max_bad_frames=5)
OUR_IDS = [f"d{i}" for i in range(1, 6)]

# -- what the device must answer (a model written independently of the device) ----------------


def _depth(text: str) -> int:
    depth = best = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            best = max(best, depth)
        elif ch in "]}":
            depth -= 1
    return best


_HEAD = re.compile(r'\s*\[\s*(-?(?:0|[1-9][0-9]*))\s*(,\s*"|[,\]])')


def expected_reply(raw: str | bytes, version: str) -> str | None:
    """The id the device must answer *raw* on (``"-1"`` for unreadable), or ``None``."""
    rules = rules_for(version)
    unreadable = "-1" if rules.answer_unreadable else None
    # The answers the version has: never answered, even without a readable id.
    answers = {3, 4, 5} & rules.message_types
    text = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
    assert LIMITS.max_frame_size is not None and LIMITS.max_json_depth is not None
    if len(raw) > LIMITS.max_frame_size or _depth(text) > LIMITS.max_json_depth:
        head = text[:512]
        match = _HEAD.match(head)
        if match is None:
            return unreadable
        message_id = None
        if match.group(2) not in (",", "]"):
            with contextlib.suppress(ValueError):
                message_id = scanstring(head, match.end())[0]
        mtype = int(match.group(1))
        if message_id is None or len(message_id) > 36:
            return None if mtype in answers else unreadable
        # Past a readable id, the message type decides, as for a frame within the limits.
        if mtype not in rules.message_types:
            return message_id if rules.answer_unknown_type else None
        return message_id if mtype == 2 else None
    try:
        msg = json.loads(raw)
    except (ValueError, RecursionError):
        return unreadable
    if type(msg) is not list or not msg:
        return unreadable
    mtype, message_id = msg[0], (msg[1] if len(msg) > 1 else None)
    if type(message_id) is not str or len(message_id) > 36:
        if type(mtype) is int and mtype in answers:
            return None
        # A CALL's readable over-long id is answered on that id (1.6 section 4.2.3).
        return message_id if mtype == 2 and type(message_id) is str else unreadable
    if type(mtype) is not int or mtype not in rules.message_types:
        return message_id if rules.answer_unknown_type else None
    return message_id if mtype == 2 else None


# -- the device under test ------------------------------------------------------------------------


class Harness:
    """One device under test, its recorded output, and the checks."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.clock = FakeClock()
        self.out: list[str] = []
        self.close_requests: list[CloseRequest] = []
        self.calls: list[asyncio.Future[Any]] = []
        self.frames = 0
        self.device = Device(
            self.out.append,
            self._handlers(),
            version=version,
            role="csms",
            clock=self.clock,
            limits=LIMITS,
            on_close_request=self.close_requests.append,
            id_factory=sequential_ids("d"),
            call_timeout=30,
        )
        self.device.connected()

    def _handlers(self) -> dict[str, Any]:
        def heartbeat(payload: Any, ctx: CallContext) -> dict[str, Any]:
            return {"currentTime": NOW}

        async def data_transfer(payload: Any, ctx: CallContext) -> dict[str, Any]:
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            return {"status": "Accepted"}

        def refuse(payload: Any, ctx: CallContext) -> dict[str, Any]:
            raise CallError("GenericError", "x" * 400)

        return {"Heartbeat": heartbeat, "DataTransfer": data_transfer, "Authorize": refuse}

    async def idle(self) -> None:
        for _ in range(50):
            await asyncio.sleep(0)
            if not self.device.active_tasks:
                await asyncio.sleep(0)
                return
        raise AssertionError("the device did not settle")

    async def batch(self, frames: list[str | bytes], cut: bool) -> None:
        """Feed *frames*, let the device work (unless *cut*: disconnect at once), check."""
        start = len(self.out)
        for raw in frames:
            self.device.received(raw)  # must never raise
        self.frames += len(frames)
        if cut:
            await self.reconnect(settle=False)
        else:
            await self.idle()
        replies = Counter()
        for raw in self.out[start:]:
            msg = json.loads(raw)
            assert type(msg) is list, raw
            if msg[0] == 4:
                self.check_error(msg)
            if msg[0] in (3, 4):
                replies[msg[1]] += 1
        expected = Counter(
            r for r in map(lambda f: expected_reply(f, self.version), frames) if r is not None
        )
        if cut:
            assert not replies - expected, (replies, expected, frames)
        else:
            assert replies == expected, (replies, expected, frames)
        if self.close_requests:
            assert all(r.code == 1002 for r in self.close_requests)
            self.close_requests.clear()
            await self.reconnect()

    def check_error(self, msg: list[Any]) -> None:
        rules = rules_for(self.version)
        assert len(msg) == 5 and msg[2] in rules.error_codes, msg
        if rules.max_description is not None:
            assert len(msg[3]) <= rules.max_description, msg

    def call(self) -> None:
        if self.device.is_connected:
            future = asyncio.ensure_future(self.device.call("Heartbeat"))
            future.add_done_callback(lambda f: f.cancelled() or f.exception())
            self.calls.append(future)

    async def reconnect(self, settle: bool = True) -> None:
        if settle:
            await self.idle()
        self.device.disconnected()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        self.check_clean()
        self.device.connected()

    def check_clean(self) -> None:
        device = self.device
        assert device.pending_calls == 0
        assert device.active_tasks == 0
        assert not device._handling and not device._calls
        assert all(f.done() for f in self.calls)
        self.calls.clear()

    async def finish(self) -> None:
        await self.idle()
        self.clock.advance(3600)
        await self.idle()
        assert all(f.done() for f in self.calls)
        self.device.disconnected()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        self.check_clean()


class _ErrorLog(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


async def run_ops(version: str, ops: Sequence[tuple[str, Any]]) -> int:
    """Run one example; returns the number of frames fed."""
    log = _ErrorLog()
    logger = logging.getLogger("ocpp_engine")
    logger.addHandler(log)
    try:
        harness = Harness(version)
        for op, arg in ops:
            if op == "frames":
                await harness.batch(arg, cut=False)
            elif op == "cut":
                await harness.batch(arg, cut=True)
            elif op == "call":
                harness.call()
            elif op == "advance":
                harness.clock.advance(arg)
            elif op == "reconnect":
                await harness.reconnect()
        await harness.finish()
    finally:
        logger.removeHandler(log)
    assert not log.records, [r.getMessage() for r in log.records]
    return harness.frames


# -- strategies -----------------------------------------------------------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
ids = st.one_of(
    st.sampled_from(["a", "b", "-1", "", *OUR_IDS]),
    st.text(max_size=40),
    st.text(min_size=35, max_size=38, alphabet="x"),
    scalars,
    st.lists(st.integers(), max_size=2),
)
actions = st.sampled_from(
    [
        "Heartbeat",
        "DataTransfer",
        "Authorize",
        "BootNotification",
        "StatusNotification",
        "Reset",
        "NoSuchAction",
        "",
        "TriggerMessage",
    ]
)
payloads = st.one_of(
    st.just({}),
    st.just({"vendorId": "v"}),
    st.just({"idTag": "T"}),
    st.dictionaries(st.sampled_from(["vendorId", "data", "idTag", "x"]), json_values, max_size=3),
    json_values,
)
codes = st.sampled_from(
    ["GenericError", "FormatViolation", "FormationViolation", "Nonsense", "RpcFrameworkError"]
)


@st.composite
def message(draw: st.DrawFn) -> list[Any]:
    kind = draw(st.sampled_from(["call", "result", "error", "other"]))
    if kind == "call":
        return [2, draw(ids), draw(actions), draw(payloads)]
    if kind == "result":
        body = draw(st.one_of(st.just({"currentTime": NOW}), payloads))
        return [3, draw(st.sampled_from(OUR_IDS) | ids), body]
    if kind == "error":
        return [
            4,
            draw(st.sampled_from(OUR_IDS) | ids),
            draw(codes),
            draw(st.text(max_size=20)),
            draw(st.one_of(st.just({}), json_values)),
        ]
    mtype = draw(st.one_of(st.integers(-1, 8), scalars))
    return [mtype, draw(ids), *draw(st.lists(json_values, max_size=3))]


@st.composite
def mutated(draw: st.DrawFn) -> str:
    msg = draw(message())
    how = draw(st.sampled_from(["flip", "drop", "dup", "swap", "truncate", "insert", "none"]))
    if msg and how in ("flip", "drop", "dup", "swap"):
        i = draw(st.integers(0, len(msg) - 1))
        if how == "flip":
            msg[i] = draw(json_values)
        elif how == "drop":
            del msg[i]
        elif how == "dup":
            msg.insert(i, msg[i])
        else:
            j = draw(st.integers(0, len(msg) - 1))
            msg[i], msg[j] = msg[j], msg[i]
    text = json.dumps(msg, separators=draw(st.sampled_from([(",", ":"), (", ", ": ")])))
    if how == "truncate":
        text = text[: draw(st.integers(0, len(text)))]
    elif how == "insert":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.text(min_size=1, max_size=3)) + text[at:]
    return text


@st.composite
def huge(draw: st.DrawFn) -> str:
    assert LIMITS.max_frame_size is not None
    size = draw(
        st.sampled_from(
            [
                LIMITS.max_frame_size - 64,
                LIMITS.max_frame_size - 40,
                LIMITS.max_frame_size,
                LIMITS.max_frame_size + 1,
                100_000,
            ]
        )
    )
    message_id = draw(st.sampled_from(["h", "d1", 'q"uote', "x" * 37]))
    return json.dumps([2, message_id, "DataTransfer", {"vendorId": "v", "data": "z" * size}])


@st.composite
def deep(draw: st.DrawFn) -> str:
    n = draw(st.integers(1, 300))
    open_, close = draw(st.sampled_from([("[", "]"), ('{"a":', "}"), ('[{"k":', "}]")]))
    body = open_ * n + "1" + close * draw(st.integers(0, n))
    if draw(st.booleans()):
        return f'[2,"deep","DataTransfer",{{"vendorId":"v","data":{body}}}]'
    return body


frames = st.one_of(
    message().map(json.dumps),
    mutated(),
    mutated().map(str.encode),
    st.text(max_size=30),
    st.binary(max_size=30),
    huge(),
    deep(),
)
ops = st.lists(
    st.one_of(
        st.tuples(st.just("frames"), st.lists(frames, min_size=1, max_size=1)),
        st.tuples(st.just("frames"), st.lists(frames, min_size=2, max_size=8)),
        st.tuples(st.just("cut"), st.lists(frames, min_size=1, max_size=4)),
        st.tuples(st.just("call"), st.none()),
        st.tuples(st.just("advance"), st.sampled_from([1.0, 29.0, 31.0])),
        st.tuples(st.just("reconnect"), st.none()),
    ),
    max_size=25,
)


def fuzz_test(max_examples: int | None = None, *, explore: bool = False) -> Any:
    """Return a hypothesis test of *max_examples* examples (default: the active profile's).

    The examples follow the active hypothesis profile (the suite's is derandomized: the same
    examples on every run) unless *explore*, which draws fresh random ones on every call; a
    failure prints the blob that reproduces it (``@reproduce_failure``).
    """
    examples = settings().max_examples if max_examples is None else max_examples
    fresh: dict[str, Any] = {"derandomize": False, "database": None} if explore else {}

    @settings(
        max_examples=examples,
        deadline=None,
        print_blob=True,
        suppress_health_check=list(HealthCheck),
        **fresh,
    )
    @given(version=st.sampled_from(VERSIONS), ops=ops)
    def fuzz(version: str, ops: list[tuple[str, Any]]) -> None:
        FuzzStats.examples += 1
        FuzzStats.frames += asyncio.run(run_ops(version, ops))

    return fuzz


class FuzzStats:
    """Counts of what the fuzz ran (for the long run's report)."""

    examples = 0
    frames = 0


def main(argv: Sequence[str] | None = None) -> int:
    """Fuzz for as long as asked; exit status 1 on the first failure or memory growth."""
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz", description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--batch", type=int, default=500, help="examples per round")
    args = parser.parse_args(argv)
    started = time.monotonic()
    tracemalloc.start()
    baseline: int | None = None
    rounds = 0
    while time.monotonic() - started < args.seconds:
        fuzz_test(args.batch, explore=True)()
        rounds += 1
        gc.collect()
        current = tracemalloc.get_traced_memory()[0]
        if rounds == 2:
            baseline = current
        print(
            f"round {rounds}: {FuzzStats.examples} examples, {FuzzStats.frames} frames, "
            f"{time.monotonic() - started:.0f} s, traced {current} B",
            flush=True,
        )
    # hypothesis's own caches dominate the traced figure and move by a few MB between
    # rounds; a leak per frame would grow it steadily far past this bound
    if baseline is not None and current - baseline > 16 * 1024 * 1024:
        print(f"memory grew by {current - baseline} B since round 2")
        return 1
    print(
        f"clean: {FuzzStats.examples} examples, {FuzzStats.frames} frames in "
        f"{time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
