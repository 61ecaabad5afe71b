"""What a peer that answers calls the device never made gets, and what the log shows of it.

An answer (CALLRESULT or CALLERROR) to a message id the device never sent is a broken frame:
enough of them in a row ask the transport to close. An answer to one of our calls that timed
out lately is a late answer: dropped quietly (INFO), neither counted nor resetting the count.
Whatever a peer does, the log gets at most a handful of lines per connection for it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import pytest

from ocpp_engine import CallTimeoutError, Device, Limits
from ocpp_engine._outstanding import LATE_IDS
from ocpp_engine.testing import FakeClock, sequential_ids

from .helpers import HEARTBEAT_RESPONSE

NOW = HEARTBEAT_RESPONSE["currentTime"]


def station(limits: Limits | None = None, **options: Any) -> tuple[Device, list[Any], FakeClock]:
    closes: list[Any] = []
    clock = FakeClock()
    device = Device(
        lambda raw: None,
        version="ocpp1.6",
        clock=clock,
        id_factory=sequential_ids("m"),
        on_close_request=closes.append,
        limits=limits,
        **options,
    )
    device.connected()
    return device, closes, clock


def unknown_answer(n: int) -> str:
    return f'[3,"never-{n}",{{"currentTime":"{NOW}"}}]'


async def time_out(device: Device, clock: FakeClock, count: int) -> list[str]:
    """Make *count* calls that time out, one after the other; return their ids."""
    ids = []
    for _ in range(count):
        call = asyncio.ensure_future(device.call("Heartbeat", {}, timeout=1.0))
        await asyncio.sleep(0)
        ids.append(next(iter(device._calls.in_flight)))
        clock.advance(1.0)
        with pytest.raises(CallTimeoutError):
            await call
    return ids


@pytest.mark.parametrize(
    "frame",
    [unknown_answer, lambda n: f'[4,"never-{n}","GenericError","",{{}}]'],
    ids=["CALLRESULT", "CALLERROR"],
)
async def test_answers_to_ids_never_sent_are_broken_frames(frame: Any) -> None:
    device, closes, _ = station()
    for n in range(9):
        device.received(frame(n))
    assert closes == []
    device.received(frame(9))
    assert [c.reason for c in closes] == ["10 broken frames in a row"]


async def test_a_good_frame_between_them_resets_the_count() -> None:
    device, closes, _ = station(handlers={"Heartbeat": lambda p, c: HEARTBEAT_RESPONSE})
    for n in range(9):
        device.received(unknown_answer(n))
    device.received('[2,"c1","Heartbeat",{}]')
    for n in range(9):
        device.received(unknown_answer(n))
    assert closes == []


async def test_a_late_answer_is_dropped_quietly_and_not_counted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    device, closes, clock = station()
    dropped: list[Any] = []
    device.hooks.after("message_dropped", lambda ctx: dropped.append(ctx.exception))
    [late] = await time_out(device, clock, 1)
    for n in range(9):
        device.received(unknown_answer(n))
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="ocpp_engine"):
        device.received(f'[3,"{late}",{{"currentTime":"{NOW}"}}]')
    assert closes == []  # neither counted...
    assert [r.levelname for r in caplog.records] == ["INFO"]
    assert "timed out" in str(dropped[-1])
    device.received(unknown_answer(9))
    assert len(closes) == 1  # ...nor resetting the count
    # A second answer to the same call is no longer late: the id was answered once.
    device.received(f'[3,"{late}",{{"currentTime":"{NOW}"}}]')
    assert "unknown" in str(dropped[-1])


async def test_only_the_last_timed_out_ids_are_remembered() -> None:
    device, _, clock = station(Limits(max_bad_frames=None))
    dropped: list[Any] = []
    device.hooks.after("message_dropped", lambda ctx: dropped.append(str(ctx.exception)))
    ids = await time_out(device, clock, LATE_IDS + 1)
    device.received(f'[3,"{ids[0]}",{{"currentTime":"{NOW}"}}]')
    device.received(f'[3,"{ids[-1]}",{{"currentTime":"{NOW}"}}]')
    assert ["unknown" in d for d in dropped] == [True, False]


async def test_a_flood_of_bad_answers_logs_a_few_lines(caplog: pytest.LogCaptureFixture) -> None:
    device, _, _ = station(Limits(max_bad_frames=None), identity="CP-1")
    with caplog.at_level(logging.INFO, logger="ocpp_engine"):
        for n in range(20_000):
            device.received(unknown_answer(n))
    lines = [r.getMessage() for r in caplog.records]
    # The first five, then the 10th, 100th, 1,000th and 10,000th.
    assert len(lines) == 9
    assert all(line.startswith("ocpp_engine: 'CP-1': dropped a frame") for line in lines)
    assert "[10,000 faults on this connection" in lines[-1]
    assert "never-9999" in lines[-1]
    # A new connection starts counting again.
    device.disconnected()
    device.connected()
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="ocpp_engine"):
        device.received(unknown_answer(0))
    assert len(caplog.records) == 1 and "frames dropped" not in caplog.records[0].getMessage()


async def test_a_flood_of_rejected_results_logs_a_few_lines(
    caplog: pytest.LogCaptureFixture,
) -> None:
    device = Device(lambda raw: None, version="ocpp2.1", limits=Limits(max_bad_frames=None))
    device.connected()
    with caplog.at_level(logging.INFO, logger="ocpp_engine"):
        for n in range(1000):
            device.received(f'[5,"r{n}","GenericError","no",{{}}]')
    assert len(caplog.records) == 8
    assert "rejected our CALLRESULT 'r999'" in caplog.records[-1].getMessage()


async def test_a_cut_link_logs_a_few_lines_for_all_its_queued_answers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Cut(Exception):
        pass

    def send(raw: str) -> None:
        raise Cut("the link is gone")

    device = Device(send, {"Heartbeat": lambda p, c: {"currentTime": NOW}}, version="ocpp1.6")
    device.connected()
    with caplog.at_level(logging.INFO, logger="ocpp_engine"):
        for n in range(100):
            device.received(f'[2,"c{n}","Heartbeat",{{}}]')
    failures = [r for r in caplog.records if "the sender failed" in r.getMessage()]
    assert len(failures) == 7  # the first five, the 10th and the 100th
    assert failures[0].exc_info is not None and failures[0].levelname == "ERROR"
    assert "[100 faults on this connection" in failures[-1].getMessage()
