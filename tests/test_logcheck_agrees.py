"""The log checker and the Device judge every frame alike.

Two corpora of frames go to a `Device` (through ``received()``, with a CALL of its own
waiting where the frame is an answer) and to the `LogChecker` (as log lines, after that CALL):
this module's, and the frame corpus of ``tests/frame_corpus.py`` that ``tests/test_frames.py``
holds `ocpp_engine._frames` to. For each frame and version, what the Device does (answers with
an error code, fails its CALL with one, drops the frame, or takes it) must be what the checker
says it does.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from ocpp_engine import CallError, Device, RemoteProtocolError, Version
from ocpp_engine._frames import decode
from ocpp_engine._logcheck import ACCEPT, LogChecker, read_line
from ocpp_engine.testing import FakeClock
from ocpp_engine.versions import rules_for

from . import frame_corpus

LONG_ID = "x" * 37
DEEP = "[" * 70 + "]" * 70
HUGE = "x" * (1024 * 1024)
NOW = "2024-01-01T00:00:00Z"
STREAM = {"id": 1, "pending": 0, "basetime": NOW, "data": [{"t": 0.0, "v": "1"}]}

#: (frame text, whether our CALL "m1" (a Heartbeat) awaits it). Every frame kind, and every
#: way to break it that the Device tells apart; each is tried in every version.
CORPUS: list[tuple[str, bool]] = [
    # CALL
    ('[2,"c1","Heartbeat",{}]', False),
    ('[2,"c1","Heartbeat",{"x":1}]', False),
    ('[2,"c1","BootNotification",{}]', False),
    ('[2,"c1","ChangeAvailability",{"connectorId":"one","type":"Operative"}]', False),
    ('[2,"c1","Reset",{"type":"Sideways"}]', False),
    ('[2,"c1","NoSuchAction",{}]', False),
    ('[2,"c1","Heartbeat",[]]', False),
    ('[2,"c1","Heartbeat",null]', False),
    ('[2,"c1","Heartbeat"]', False),
    ('[2,"c1","Heartbeat",{},{}]', False),
    ('[2,"c1",5,{}]', False),
    ('[2,5,"Heartbeat",{}]', False),
    (f'[2,"{LONG_ID}","Heartbeat",{{}}]', False),
    ("[2]", False),
    ('[2,"c1","Heartbeat",{]', False),
    ('[2,"c1","Heartbeat",{', False),
    (f'[2,"c1","Heartbeat",{{"x":{DEEP}}}]', False),
    (f'[2,"c1","DataTransfer",{{"vendorId":"v","data":"{HUGE}"}}]', False),
    # CALLRESULT
    (f'[3,"m1",{{"currentTime":"{NOW}"}}]', True),
    ('[3,"m1"]', True),
    ('[3,"m1",[]]', True),
    ('[3,"m1",{},{}]', True),
    ('[3,"m1",{}]', True),
    ('[3,"m1",{"currentTime":5}]', True),
    ('[3,"m1",{"currentTime":"noon"}]', True),
    (f'[3,"zz",{{"currentTime":"{NOW}"}}]', True),
    (f'[3,"m1",{{"currentTime":"{NOW}"}}]', False),
    ("[3,5,{}]", True),
    (f'[3,"{LONG_ID}",{{}}]', True),
    (f'[3,"m1",{{"currentTime":"{NOW}","x":{DEEP}}}]', True),
    (f'[3,"zz",{{"x":{DEEP}}}]', True),
    ('[3,"m1",{"currentTime":', True),
    # CALLERROR
    ('[4,"m1","GenericError","x",{}]', True),
    ('[4,"m1","GenericError","x"]', True),
    ('[4,"m1","GenericError"]', True),
    ('[4,"m1"]', True),
    ('[4,"m1",5,"x",{}]', True),
    ('[4,"m1","NotAThing","x",{}]', True),
    ('[4,"m1","FormationViolation","x",{}]', True),
    ('[4,"m1","FormatViolation","x",{}]', True),
    ('[4,"m1","GenericError",5,7]', True),
    (f'[4,"m1","GenericError","{"d" * 300}",{{}}]', True),
    ('[4,"zz","GenericError","x",{}]', True),
    ('[4,5,"GenericError","x",{}]', True),
    # CALLRESULTERROR
    ('[5,"m1","GenericError","x",{}]', True),
    ('[5,"r1","FormatViolation","x",{}]', False),
    ('[5,"r1"]', False),
    ('[5,5,"GenericError","x",{}]', False),
    (f'[5,"m1","GenericError","x",{{"d":{DEEP}}}]', True),
    # SEND
    (f'[6,"s1","NotifyPeriodicEventStream",{json.dumps(STREAM)}]', False),
    ('[6,"s1","NotifyPeriodicEventStream",{}]', False),
    ('[6,"s1","Heartbeat",{}]', False),
    ('[6,"s1","NotifyPeriodicEventStream"]', False),
    ('[6,"s1","NotifyPeriodicEventStream",[]]', False),
    ('[6,5,"NotifyPeriodicEventStream",{}]', False),
    (f'[6,"s1","NotifyPeriodicEventStream",{{"x":{DEEP}}}]', False),
    # unknown message types
    ('[7,"u1",{}]', False),
    ('[0,"u1"]', False),
    ('["2","u1","Heartbeat",{}]', False),
    ('[2.0,"u1","Heartbeat",{}]', False),
    ("[7,5]", False),
    ('[5,5,"GenericError"]', False),
    (f'[5,"m1","GenericError","x",{{"d":{DEEP}}}]', False),
    (f'[6,"m1","NotifyPeriodicEventStream",{{"x":{DEEP}}}]', True),
    (f'[7,"m1",{{"x":{DEEP}}}]', True),
]
#: The frame corpus, with our call "a" (the id of its frames) waiting for every frame.
FRAME_CORPUS = [frame for frame, _ in frame_corpus.CORPUS + frame_corpus.SCREENED]
OUR_ID = "a"

Outcome = tuple[str, "str | None"]


async def device_outcome(
    version: Version,
    raw: str,
    awaited: bool,
    our_id: str = "m1",
) -> Outcome:
    """What a Device does with *raw*: ("answer"|"raise", code), ("drop", None), ("ok", None)."""
    rules = rules_for(version)
    sent: list[str] = []
    handled: list[str] = []
    dropped: list[BaseException | None] = []

    def handler(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        handled.append(ctx.message_id)
        return {}

    device = Device(
        sent.append, {"*": handler}, version=version, clock=FakeClock(), id_factory=lambda: our_id
    )
    device.hooks.after("message_dropped", lambda ctx: dropped.append(ctx.exception))
    device.connected()
    call = None
    if awaited:
        call = asyncio.ensure_future(device.call("Heartbeat", {}))
        while not sent:
            await asyncio.sleep(0)
        sent.clear()
    device.received(raw)
    for _ in range(5):
        await asyncio.sleep(0)
    try:
        if call is not None and call.done():
            exc = call.exception()
            if isinstance(exc, RemoteProtocolError):
                return "raise", rules.spell(exc.code)
            assert exc is None or isinstance(exc, CallError), exc
            return "ok", None
        if handled:  # the frame reached its handler (whose answer does not matter here)
            return "ok", None
        errors = [frame for frame in map(json.loads, sent) if frame[0] == 4]
        if errors:
            return "answer", errors[0][2]
        return ("drop", None) if dropped else ("ok", None)
    finally:
        if call is not None:
            call.cancel()
        device.disconnected()


def checker_outcome(version: Version, raw: str, awaited: bool, our_id: str = "m1") -> Outcome:
    """What the checker says a Device does with *raw*, read from a log.

    Text that is no frame to a log reader (not JSON, or an array not led by a message type)
    is given to the checker decoded, as a frame from elsewhere.
    """
    checker = LogChecker(version)
    if awaited:
        assert checker.check_line(1, f'[2,"{our_id}","Heartbeat",{{}}]') == []
    before = checker.unpaired
    if read_line(raw) is None:
        problems = checker.check_frame(2, decode(raw))
    else:
        problems = checker.check_line(2, raw)
    if checker.unpaired > before:
        assert problems == []
        return "drop", None
    if not problems or problems[-1].reaction == ACCEPT:
        return "ok", None
    assert len(problems) == 1, problems
    return problems[0].reaction, problems[0].code


@pytest.mark.parametrize("version", list(Version))
@pytest.mark.parametrize(("raw", "awaited"), CORPUS, ids=[raw[:40] for raw, _ in CORPUS])
async def test_the_checker_judges_a_frame_as_the_device_does(
    version: Version, raw: str, awaited: bool
) -> None:
    assert await device_outcome(version, raw, awaited) == checker_outcome(version, raw, awaited)


@pytest.mark.parametrize("version", list(Version))
@pytest.mark.parametrize("raw", FRAME_CORPUS, ids=[raw[:40] for raw in FRAME_CORPUS])
async def test_the_checker_judges_the_frame_corpus_as_the_device_does(
    version: Version, raw: str
) -> None:
    assert await device_outcome(version, raw, True, OUR_ID) == checker_outcome(
        version, raw, True, OUR_ID
    )


@pytest.mark.parametrize("version", list(Version))
async def test_the_corpus_covers_every_outcome(version: Version) -> None:
    seen = {(await device_outcome(version, raw, awaited))[0] for raw, awaited in CORPUS}
    assert seen == {"answer", "raise", "drop", "ok"}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('[3,"m1"]', ("raise", "RpcFrameworkError")),
        ('[4,"m1","GenericError","x"]', ("ok", None)),
        ('[4,"m1",5,"x",{}]', ("raise", "RpcFrameworkError")),
        ('[3,"m1",[]]', ("raise", "FormatViolation")),
    ],
)
def test_the_two_drifted_rules(raw: str, expected: Outcome) -> None:
    assert checker_outcome(Version.V201, raw, True) == expected


def test_tolerated_frames_are_still_reported() -> None:
    checker = LogChecker(Version.V201)
    checker.check_line(1, '[2,"m1","Heartbeat",{}]')
    [problem] = checker.check_line(2, '[4,"m1","GenericError","x"]')
    assert (problem.reaction, problem.code) == ("accept", None)
    assert "errorDetails" in problem.message
