"""The serial transport: the framing as a table, then real sessions over a pseudo-terminal."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from ocpp_engine import ConnectionClosedError, Device, Role
from ocpp_engine.testing import FakeClock
from ocpp_engine.transports.serial import LineFramer, SerialConnection, run_stream

from .transport_helpers import BOOT_16, NOW, Changes, csms_handlers_16, within

HB = b'[2,"1","Heartbeat",{}]'

# (bytes fed, in chunks) -> (frames out, lines dropped)
FRAMING = [
    ([HB + b"\n"], ['[2,"1","Heartbeat",{}]'], 0),
    ([HB[:5], HB[5:], b"\r\n"], ['[2,"1","Heartbeat",{}]'], 0),  # split and CRLF
    ([HB + b"\n" + HB + b"\n"], ['[2,"1","Heartbeat",{}]'] * 2, 0),
    ([b"\n\n \n"], [], 0),  # resynchronising newlines are not garbage
    ([b"\x00\xff\xfe" + HB + b"\n"], ['[2,"1","Heartbeat",{}]'], 1),  # noise before a frame
    ([b"AT+OK\n", HB + b"\n"], ['[2,"1","Heartbeat",{}]'], 1),  # a line that is no frame
    ([b'[2,"1","\xff",{}]\n', HB + b"\n"], ['[2,"1","Heartbeat",{}]'], 1),  # not UTF-8
    ([b"[" + b"x" * 100, b"y" * 100, b"]\n", HB + b"\n"], ['[2,"1","Heartbeat",{}]'], 1),
    ([b"[" + b"x" * 70 + b"]\n", HB + b"\n"], ['[2,"1","Heartbeat",{}]'], 1),  # too long
    (
        ['[2,"1","DataTransfer",{"vendorId":"é"}]\n'.encode()],
        ['[2,"1","DataTransfer",{"vendorId":"é"}]'],
        0,
    ),
    ([b'[2,"1"', b"garbage\n" + HB + b"\n"], ['[2,"1","Heartbeat",{}]'], 1),  # cut frame
]


@pytest.mark.parametrize(("chunks", "frames", "dropped"), FRAMING)
def test_framing_table(chunks: list[bytes], frames: list[str], dropped: int) -> None:
    framer = LineFramer(max_line=64)
    out: list[str] = []
    for chunk in chunks:
        out += framer.feed(chunk)
    assert out == frames
    assert framer.dropped == dropped


@pytest.mark.parametrize("text", ["line\nbreak", "tab\tand\r", "\u2028", "é", '"\\"'])
def test_encoded_frames_are_one_line_and_decode_back(text: str) -> None:
    frame = json.dumps(
        [2, "1", "DataTransfer", {"vendorId": "v", "data": text}],
        separators=(",", ":"),
        ensure_ascii=False,
    )
    raw = LineFramer.encode(frame)
    assert raw.count(b"\n") == 1 and raw.endswith(b"\n")
    assert LineFramer().feed(raw) == [frame]
    with pytest.raises(ValueError):
        LineFramer.encode("[2,\n]")


@pytest.fixture
def pty_pair() -> Iterator[tuple[int, str]]:
    master, slave = os.openpty()
    # pyserial opens the slave again by name; holding this descriptor open keeps reads on the
    # master from failing with EIO while no one else has the slave open
    yield master, os.ttyname(slave)
    os.close(slave)
    os.close(master)


@asynccontextmanager
async def master_streams(
    master: int,
) -> AsyncIterator[tuple[asyncio.StreamReader, asyncio.StreamWriter]]:
    """asyncio streams over the pty's master side (our end of the 'cable')."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    read_transport, _ = await loop.connect_read_pipe(
        lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(os.dup(master), "rb", 0)
    )
    write_protocol = asyncio.StreamReaderProtocol(asyncio.StreamReader())
    write_transport, _ = await loop.connect_write_pipe(
        lambda: write_protocol, os.fdopen(os.dup(master), "wb", 0)
    )
    writer = asyncio.StreamWriter(write_transport, write_protocol, reader, loop)
    try:
        yield reader, writer
    finally:
        read_transport.close()
        write_transport.close()


async def test_session_over_a_pseudo_terminal(pty_pair: tuple[int, str]) -> None:
    master, port = pty_pair
    states: list[str] = []
    station = SerialConnection(
        port,
        {"RemoteStartTransaction": lambda p, c: {"status": "Accepted"}},
        version="ocpp1.6",
        role="charging_station",
        reconnect=False,
        on_connect=lambda c: states.append("up"),
        on_disconnect=lambda c: states.append("down"),
    )
    csms = Device(print, csms_handlers_16(), role=Role.CSMS)
    changed = Changes()
    csms.hooks.after("connected", changed)
    async with master_streams(master) as (reader, writer), station:
        assert station.device.role is Role.CHARGING_STATION
        served = asyncio.ensure_future(run_stream(csms, reader, writer, version="ocpp1.6"))
        await changed.until(lambda: csms.is_connected)
        assert (await within(station.call("BootNotification", BOOT_16)))["status"] == "Accepted"
        assert (await within(station.call("Heartbeat")))["currentTime"] == NOW
        assert await within(csms.call("RemoteStartTransaction", {"idTag": "T"})) == {
            "status": "Accepted"
        }
        # garbage on the line: the frames after it still arrive
        writer.write(b"\x00\xffnoise\n\xfe\xfe")
        assert await within(csms.call("RemoteStartTransaction", {"idTag": "U"})) == {
            "status": "Accepted"
        }
        assert states == ["up"]
        served.cancel()
        await asyncio.gather(served, return_exceptions=True)
    assert states == ["up", "down"]
    assert not station.device.is_connected and not csms.is_connected


async def test_closing_the_line_fails_pending_calls(pty_pair: tuple[int, str]) -> None:
    master, port = pty_pair
    station = SerialConnection(port, version="ocpp2.0.1", reconnect=False)
    async with master_streams(master) as (reader, _writer), station:
        pending = asyncio.ensure_future(station.call("Heartbeat"))
        seen = b""
        while b"Heartbeat" not in seen:
            seen += await within(reader.read(1024))
        assert seen.startswith(b"\n")  # the resynchronising newline comes first
        await station.close()
        with pytest.raises(ConnectionClosedError):
            await within(pending, 2.0)


async def test_reopens_a_port_that_is_not_there_yet(pty_pair: tuple[int, str]) -> None:
    _master, port = pty_pair
    delays: list[float] = []
    target = {"port": "/dev/nonexistent-ocpp-port"}

    async def fake_sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 2:
            station.port = target["port"] = port
        await asyncio.sleep(0)

    from ocpp_engine.transports.serial import Backoff

    station = SerialConnection(
        target["port"],
        version="ocpp1.6",
        sleep=fake_sleep,
        random=lambda: 0.0,
        backoff=Backoff(initial=0.1, jitter=0.0),
    )
    await station.start()
    try:
        await within(station.wait_connected())
        assert delays == [0.1, 0.2]
        assert isinstance(station.last_error, OSError)
    finally:
        await station.close()


async def test_run_stream_drives_any_stream_pair() -> None:
    """Two devices over a TCP socket pair, with the same framing."""
    got: list[Any] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await run_stream(Device(print, csms_handlers_16()), reader, writer, version="ocpp1.6")

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    client = Device(print, version="ocpp1.6")
    changed = Changes()
    client.hooks.after("connected", changed)
    task = asyncio.ensure_future(run_stream(client, reader, writer))
    await changed.until(lambda: client.is_connected)
    got.append(await within(client.call("Heartbeat")))
    writer.close()
    await within(task)
    server.close()
    await server.wait_closed()
    assert got == [{"currentTime": NOW}]
    assert not client.is_connected


# -- the reconnect backoff: only a good connection starts it over ------------------------------


class Lines:
    """A fresh pseudo-terminal for every opening; `hang_up` closes the far end of the current one.

    The pty's slave side is what the connection opens by name; closing the master side is a
    cable pulled out: the connection's next read fails.
    """

    def __init__(self) -> None:
        self._open: list[tuple[int, int]] = []

    def new(self) -> str:
        master, slave = os.openpty()
        self._open.append((master, slave))
        return os.ttyname(slave)

    @property
    def master(self) -> int:
        """The far end of the current line."""
        return self._open[-1][0]

    def hang_up(self) -> None:
        master, slave = self._open[-1]
        os.close(master)
        os.close(slave)
        self._open[-1] = (-1, -1)

    def close(self) -> None:
        for fds in self._open:
            for fd in fds:
                if fd >= 0:
                    os.close(fd)


class Sleeps:
    """An injectable ``sleep`` that records each wait, moves the connection to a new line, and
    lets the test wait for the next wait."""

    def __init__(self, lines: Lines, stop_after: int | None = None) -> None:
        self.lines = lines
        self.station: SerialConnection | None = None
        self.delays: list[float] = []
        self.stop_after = stop_after
        self.slept = asyncio.Event()
        self.enough = asyncio.Event()

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)
        assert self.station is not None
        self.station.port = self.lines.new()
        self.slept.set()
        if len(self.delays) == self.stop_after:
            self.enough.set()
            await asyncio.Future()  # wait here until closed
        await asyncio.sleep(0)


@pytest.fixture
def lines() -> Iterator[Lines]:
    made = Lines()
    yield made
    made.close()


def _growing() -> Any:
    from ocpp_engine.transports.serial import Backoff

    return Backoff(initial=1, factor=2, maximum=100, jitter=0)


async def test_the_backoff_grows_when_the_line_drops_right_after_opening(lines: Lines) -> None:
    sleeps = Sleeps(lines, stop_after=5)
    station = SerialConnection(
        lines.new(),
        version="ocpp1.6",
        backoff=_growing(),
        sleep=sleeps,
        on_connect=lambda c: lines.hang_up(),
    )
    sleeps.station = station
    await station.start()
    try:
        await within(sleeps.enough.wait())
    finally:
        await station.close()
    assert sleeps.delays == [1, 2, 4, 8, 16]


async def test_a_connection_is_good_once_it_stayed_up_long_enough(lines: Lines) -> None:
    clock = FakeClock()
    sleeps = Sleeps(lines)
    device = Device(role=Role.CHARGING_STATION, clock=clock)
    station = SerialConnection(
        lines.new(),
        version="ocpp1.6",
        device=device,
        stable_after=60,
        backoff=_growing(),
        sleep=sleeps,
    )
    sleeps.station = station
    await station.start()
    try:
        for uptime, expected in ((59.0, 1), (0.0, 2), (60.0, 1), (0.0, 2), (0.0, 4)):
            await within(station.wait_connected())
            clock.advance(uptime)
            sleeps.slept.clear()
            lines.hang_up()
            await within(sleeps.slept.wait())
            assert sleeps.delays[-1] == expected, (uptime, sleeps.delays)
    finally:
        await station.close()


async def test_a_connection_that_carried_an_answered_call_is_good(lines: Lines) -> None:
    sleeps = Sleeps(lines)
    station = SerialConnection(lines.new(), version="ocpp1.6", backoff=_growing(), sleep=sleeps)
    sleeps.station = station
    await station.start()
    try:
        for answered, expected in ((False, 1), (False, 2), (True, 1), (False, 2)):
            await within(station.wait_connected())
            if answered:
                csms = Device(role=Role.CSMS, handlers=csms_handlers_16())
                async with master_streams(lines.master) as (reader, writer):
                    served = asyncio.ensure_future(
                        run_stream(csms, reader, writer, version="ocpp1.6")
                    )
                    assert (await within(station.call("Heartbeat")))["currentTime"] == NOW
                    served.cancel()
                    await asyncio.gather(served, return_exceptions=True)
            sleeps.slept.clear()
            lines.hang_up()
            await within(sleeps.slept.wait())
            assert sleeps.delays[-1] == expected, (answered, sleeps.delays)
    finally:
        await station.close()
