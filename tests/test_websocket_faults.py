"""The WebSocket central system under hostile or unlucky stations, on loopback.

Stations that read nothing, flood, reconnect again and again, connect all at once, or open a
TCP connection and say nothing: each test drives a raw socket (or the `websockets` client)
against a real `CentralSystem` and waits on events or end-of-file with a generous bound, never on
a sleep.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import select
import socket
import sys
import time
import weakref
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect

from ocpp_engine import Device, Role
from ocpp_engine._logs import LogLimiter
from ocpp_engine.testing import FakeClock
from ocpp_engine.transports.websocket import (
    NOT_READING,
    CentralSystem,
    HandshakeRequest,
    RateLimit,
)

from .transport_helpers import NOW, Changes, within

# -- a raw station: our own bytes on a plain socket ------------------------------------------------


def text_frame(text: str) -> bytes:
    """One masked text frame, as a client sends it (a zero mask leaves the payload as it is)."""
    data = text.encode()
    n = len(data)
    if n < 126:
        head = bytes([0x81, 0x80 | n])
    elif n < 65536:
        head = bytes([0x81, 0x80 | 126]) + n.to_bytes(2, "big")
    else:
        head = bytes([0x81, 0x80 | 127]) + n.to_bytes(8, "big")
    return head + b"\0\0\0\0" + data


def calls(action: str, payload: dict[str, Any], count: int) -> bytes:
    return b"".join(text_frame(json.dumps([2, str(i), action, payload])) for i in range(count))


def upgrade(identity: str) -> bytes:
    return (
        f"GET /ocpp/{identity} HTTP/1.1\r\n"
        "Host: 127.0.0.1\r\n"
        "Upgrade: websocket\r\n"
        "Connection: Upgrade\r\n"
        "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
        "Sec-WebSocket-Version: 13\r\n"
        "Sec-WebSocket-Protocol: ocpp1.6\r\n"
        "\r\n"
    ).encode()


async def upgraded_socket(
    port: int, identity: str, *, receive_buffer: int | None = None
) -> socket.socket:
    """A plain non-blocking TCP socket that has completed the WebSocket upgrade as *identity*.

    Nothing reads it unless the test does: the station's receive window stays as small as
    *receive_buffer* makes it.
    """
    loop = asyncio.get_running_loop()
    sock = socket.socket()
    if receive_buffer is not None:  # before connecting, so the window stays small
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
    sock.setblocking(False)
    await loop.sock_connect(sock, ("127.0.0.1", port))
    await loop.sock_sendall(sock, upgrade(identity))
    head = b""
    while b"\r\n\r\n" not in head:  # the server sends nothing after it unasked
        chunk = await within(loop.sock_recv(sock, 4096))
        assert chunk, head
        head += chunk
    assert head.startswith(b"HTTP/1.1 101 "), head
    return sock


async def raw_station(
    port: int, identity: str
) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    """An upgraded connection as asyncio streams (which read whatever arrives)."""
    sock = await upgraded_socket(port, identity)
    return await asyncio.open_connection(sock=sock)


async def closed_by_server(reader: asyncio.StreamReader, bound: float = 10.0) -> bool:
    """Read until the server closes the connection (end of file or reset)."""

    async def until_eof() -> None:
        while await reader.read(65536):
            pass

    with contextlib.suppress(ConnectionResetError):
        await within(until_eof(), bound)
    return True


def url(csms: CentralSystem) -> str:
    return f"ws://127.0.0.1:{csms.port}/ocpp"


def counting_heartbeat(counts: Counter[str], changed: Changes) -> Callable[..., Any]:
    def heartbeat(payload: dict[str, Any], ctx: Any) -> dict[str, str]:
        counts[ctx.device.identity] += 1
        changed()
        return {"currentTime": NOW}

    return heartbeat


async def round_trips(ws: Any, count: int) -> None:
    for i in range(count):
        await ws.send(json.dumps([2, f"g{i}", "Heartbeat", {}]))
        assert json.loads(await within(ws.recv()))[:2] == [3, f"g{i}"]


# -- 1. a station that reads nothing -----------------------------------------------------------

WRITE_LIMIT = 16384
BIG_ANSWER = {"status": "Accepted", "data": "x" * 4000}
#: One DataTransfer answer with BIG_ANSWER, framed, with room to spare.
ONE_ANSWER = 4200


class Unread:
    """A central system whose DataTransfer answers are 4 kB, and a station that never reads."""

    def __init__(self, **options: Any) -> None:
        self.handled = 0
        self.peak = 0
        self.changed = Changes()
        self.disconnected = asyncio.Event()
        self.csms = CentralSystem(
            {"DataTransfer": self.answer},
            port=0,
            ping_interval=options.pop("ping_interval", None),
            write_limit=WRITE_LIMIT,
            on_connect=self.changed,
            on_disconnect=lambda station: self.disconnected.set(),
            **options,
        )

    def answer(self, payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        self.handled += 1
        return BIG_ANSWER

    async def flood(self, count: int) -> Flood:
        """Connect a station with tiny socket buffers that sends *count* CALLs, reads nothing."""
        await self.csms.start()
        sock = await upgraded_socket(self.csms.port, "CP1", receive_buffer=4096)
        await self.changed.until(lambda: "CP1" in self.csms.stations)
        transport = self.csms.stations["CP1"].websocket.transport
        transport.get_extra_info("socket").setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 4096)
        write = transport.write

        def measured(data: Any) -> None:  # every write, as it leaves the server's hands
            write(data)
            self.peak = max(self.peak, transport.get_write_buffer_size())
            self.changed()

        transport.write = measured  # type: ignore[method-assign]
        loop = asyncio.get_running_loop()
        return Flood(sock, loop.sock_sendall(sock, calls("DataTransfer", {"vendorId": "V"}, count)))


class Flood:
    """A station's socket and the task that sends its flood (it waits once the server stops
    reading); `stop` ends both."""

    def __init__(self, sock: socket.socket, sending: Any) -> None:
        self.sock = sock
        self.sending = asyncio.ensure_future(sending)

    async def stop(self) -> None:
        self.sending.cancel()
        await asyncio.gather(self.sending, return_exceptions=True)
        self.sock.close()


async def test_a_station_that_reads_nothing_is_no_longer_read_then_closed_with_1008() -> None:
    unread = Unread(drain_timeout=0.2, close_timeout=0.2)
    flood = await unread.flood(2000)
    try:
        station = unread.csms.stations["CP1"]
        await within(unread.disconnected.wait())  # closed, not left to grow
        assert station.websocket.protocol.close_sent is not None
        assert station.websocket.protocol.close_sent.code == NOT_READING == 1008
        # the server's unsent data never went past the limit by more than one answer ...
        assert WRITE_LIMIT < unread.peak <= WRITE_LIMIT + ONE_ANSWER
        # ... because it stopped reading the station's CALLs instead of answering them all
        assert unread.handled < 200
    finally:
        await flood.stop()
        await within(unread.csms.close())


async def test_the_keepalive_leaves_a_station_that_reads_nothing_to_the_drain_timeout() -> None:
    """Its pong cannot come while answers wait to leave before the ping: the pong timeout
    starts over while the unsent data is above the limit (as a websockets ping waits for it
    to drain), and the drain timeout closes the station with 1008, not the keepalive with
    1011."""
    unread = Unread(ping_interval=0.5, ping_timeout=0.1, drain_timeout=1.5, close_timeout=0.2)
    flood = await unread.flood(2000)
    try:
        station = unread.csms.stations["CP1"]
        await within(unread.disconnected.wait())
        assert station.websocket.protocol.close_sent is not None
        assert station.websocket.protocol.close_sent.code == NOT_READING
    finally:
        await flood.stop()
        await within(unread.csms.close())


async def test_closing_the_server_is_bounded_with_a_station_that_reads_nothing() -> None:
    unread = Unread(drain_timeout=None, close_timeout=0.2)  # never closed for not reading
    flood = await unread.flood(2000)
    try:
        await unread.changed.until(lambda: unread.peak > WRITE_LIMIT)
        assert not unread.disconnected.is_set()
        await within(unread.csms.close())  # the close frame cannot leave: aborted
        assert unread.disconnected.is_set() and not unread.csms.stations
    finally:
        await flood.stop()


async def test_closing_one_station_that_reads_nothing_is_bounded() -> None:
    unread = Unread(drain_timeout=None, close_timeout=0.2)
    flood = await unread.flood(2000)
    try:
        await unread.changed.until(lambda: unread.peak > WRITE_LIMIT)
        assert await within(unread.csms.close_connection("CP1", 1001))
        assert unread.disconnected.is_set()
    finally:
        await flood.stop()
        await within(unread.csms.close())


# -- 2. a station that floods ------------------------------------------------------------------

FLOOD = 30_000


async def test_a_flooding_station_leaves_the_others_their_turn() -> None:
    counts: Counter[str] = Counter()
    changed = Changes()
    async with CentralSystem(
        {"Heartbeat": counting_heartbeat(counts, changed)}, port=0, ping_interval=None
    ) as csms:
        reader, writer = await raw_station(csms.port, "FLOOD")
        drained = asyncio.ensure_future(closed_by_server(reader, 60.0))  # reads every answer
        try:
            writer.write(calls("Heartbeat", {}, FLOOD))
            await changed.until(lambda: counts["FLOOD"] > 0)
            async with connect(url(csms) + "/GOOD", subprotocols=["ocpp1.6"]) as ws:
                await round_trips(ws, 20)
            # the well-behaved station was served while the flood went on, not after it
            assert counts["GOOD"] == 20
            assert counts["FLOOD"] < FLOOD // 2
        finally:
            writer.transport.abort()
            drained.cancel()


async def test_a_rate_limit_reads_a_station_no_faster_than_its_rate() -> None:
    clock = FakeClock()
    counts: Counter[str] = Counter()
    changed = Changes()
    heartbeat = counting_heartbeat(counts, changed)

    def factory(request: HandshakeRequest) -> Device:
        return Device(
            None, {"Heartbeat": heartbeat}, role=Role.CSMS, identity=request.identity, clock=clock
        )

    async with CentralSystem(
        port=0,
        ping_interval=None,
        device_factory=factory,
        rate_limit=RateLimit(10, burst=20),
        close_timeout=0.5,  # the held station is not read: it cannot see the flood end
    ) as csms:
        reader, writer = await raw_station(csms.port, "FLOOD")
        drained = asyncio.ensure_future(closed_by_server(reader, 60.0))
        try:
            writer.write(calls("Heartbeat", {}, 1000))
            await changed.until(lambda: counts["FLOOD"] == 20)  # the burst
            async with connect(url(csms) + "/GOOD", subprotocols=["ocpp1.6"]) as ws:
                await round_trips(ws, 5)
                assert counts["FLOOD"] == 20  # held: no time passed on the clock
                clock.advance(1.0)
                await changed.until(lambda: counts["FLOOD"] == 30)  # one second's rate
                await round_trips(ws, 5)
                assert counts == {"FLOOD": 30, "GOOD": 10}
        finally:
            writer.transport.abort()
            drained.cancel()


def test_frames_per_turn_is_at_least_one() -> None:
    with pytest.raises(ValueError, match="frames_per_turn"):
        CentralSystem(frames_per_turn=0)
    with pytest.raises(ValueError):
        RateLimit(0)
    with pytest.raises(ValueError):
        RateLimit(1.0, burst=0)


# -- 3. a station that reconnects again and again ----------------------------------------------


async def test_a_replaced_connection_its_device_and_tasks_are_freed() -> None:
    handlers: list[asyncio.Task[Any]] = []

    def factory(request: HandshakeRequest) -> Device:
        task = asyncio.current_task()
        assert task is not None
        handlers.append(task)  # the task that serves this connection
        return Device(
            None, {"Heartbeat": lambda p, c: {"currentTime": NOW}}, role="csms", identity="CP1"
        )

    connected = 0
    changed = Changes()

    def on_connect(station: Any) -> None:  # keeps no reference to the station
        nonlocal connected
        connected += 1
        changed()

    async with CentralSystem(
        port=0, ping_interval=None, device_factory=factory, on_connect=on_connect
    ) as csms:
        clients = []
        kept: list[tuple[weakref.ref[Any], ...]] = []
        for n in range(5):
            clients.append(await connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"]))
            await changed.until(lambda n=n: connected == n + 1)
            station = csms.stations["CP1"]
            kept.append(
                (weakref.ref(station), weakref.ref(station.device), weakref.ref(station.websocket))
            )
            del station
        for old in clients[:-1]:
            await within(old.wait_closed())  # each was closed when the next one came
        await within(asyncio.wait(handlers[:-1]))
        if csms._tasks:  # the closes and on_connect callbacks end by themselves
            await within(asyncio.wait(set(csms._tasks)))
        del handlers[:]
        gc.collect()
        assert [[ref() is None for ref in refs] for refs in kept] == [[True] * 3] * 4 + [
            [False] * 3
        ]
        assert not csms._tasks
        # the newest connection still works
        await round_trips(clients[-1], 1)
        await clients[-1].close()


# -- 4. logs a peer cannot flood ---------------------------------------------------------------


def test_the_log_limiter_logs_a_burst_then_one_summary(caplog: pytest.LogCaptureFixture) -> None:
    clock = FakeClock()
    limiter = LogLimiter(logging.getLogger("test.limiter"), burst=2, period=10.0, clock=clock.time)
    with caplog.at_level(logging.INFO, logger="test.limiter"):
        logged = [limiter.warn("CP-1", "dropped frame %d", n) for n in range(20_000)]
        limiter.info("CP-2", "another station")  # its own burst
        clock.advance(10.0)
        limiter.warn("CP-1", "dropped frame %d", 20_000)  # a new period: the summary first
    assert logged.count(True) == 2
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "dropped frame 0"),
        ("WARNING", "dropped frame 1"),
        ("INFO", "another station"),
        (
            "WARNING",
            "... and 19,998 more from CP-1 in the last 10.0 s (the last: dropped frame 19999)",
        ),
        ("WARNING", "dropped frame 20000"),
    ]
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="test.limiter"):
        limiter.flush()  # nothing left out since: no line
        for _ in range(3):
            limiter.warn("CP-1", "again")
        limiter.flush("CP-1")
    assert [r.getMessage() for r in caplog.records][-1] == (
        "... and 1 more from CP-1 in the last 0.0 s (the last: again)"
    )


def test_the_log_limiter_forgets_the_oldest_key_beyond_its_limit(
    caplog: pytest.LogCaptureFixture,
) -> None:
    limiter = LogLimiter(logging.getLogger("test.limiter"), burst=1, max_keys=2)
    with caplog.at_level(logging.INFO, logger="test.limiter"):
        for key in ("a", "a", "b", "c"):
            limiter.info(key, "from %s", key)
    assert [r.getMessage() for r in caplog.records] == [
        "from a",
        "from b",
        "... and 1 more from a in the last 0.0 s (the last: from a)",
        "from c",
    ]
    assert set(limiter._windows) == {"b", "c"}
    with pytest.raises(ValueError):
        LogLimiter(logging.getLogger("test.limiter"), burst=0)


async def test_refusals_from_one_address_are_logged_a_few_times_then_summarised(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="ocpp_engine.transports")
    async with CentralSystem(port=0, versions=["ocpp2.0.1"]) as csms:
        for _ in range(30):  # an identity 2.0.1 refuses: HTTP 400 before the upgrade
            reader, writer = await asyncio.open_connection("127.0.0.1", csms.port)
            writer.write(upgrade("bad:identity").replace(b"ocpp1.6", b"ocpp2.0.1"))
            assert (await within(reader.readline())).startswith(b"HTTP/1.1 400")
            writer.close()
    refused = [r.getMessage() for r in caplog.records if r.getMessage().startswith("refused")]
    assert len(refused) == 5
    summaries = [r.getMessage() for r in caplog.records if r.getMessage().startswith("...")]
    assert len(summaries) == 1 and "and 25 more from 127.0.0.1" in summaries[0]


# -- 5. connection storms and idle connections ------------------------------------------------


async def test_an_idle_tcp_connection_is_closed_after_open_timeout() -> None:
    async with CentralSystem(port=0, open_timeout=0.2) as csms:
        reader, writer = await asyncio.open_connection("127.0.0.1", csms.port)
        try:
            assert await closed_by_server(reader)  # nothing sent: dropped
        finally:
            writer.close()


async def test_an_unfinished_upgrade_is_closed_after_open_timeout() -> None:
    async with CentralSystem(port=0, open_timeout=0.2) as csms:
        reader, writer = await asyncio.open_connection("127.0.0.1", csms.port)
        try:
            writer.write(upgrade("CP1")[:40])  # half a request line and no end
            assert await closed_by_server(reader)
            assert not csms.stations
        finally:
            writer.close()


def somaxconn() -> int:
    path = Path("/proc/sys/net/core/somaxconn")
    return int(path.read_text()) if path.exists() else 0


STORM = 500


@pytest.mark.skipif(
    sys.platform != "linux" or somaxconn() < STORM + 10, reason="needs Linux and somaxconn > 510"
)
async def test_a_storm_of_stations_connecting_at_once_all_get_in() -> None:
    changed = Changes()
    async with CentralSystem(port=0, ping_interval=None, on_connect=changed) as csms:
        socks = [socket.socket() for _ in range(STORM)]
        try:
            # Every connection is made while the server accepts none (this code holds the
            # event loop): the kernel completes at most `backlog` of them meanwhile.
            for sock in socks:
                sock.setblocking(False)
                sock.connect_ex(("127.0.0.1", csms.port))
            poller = select.poll()
            for sock in socks:
                poller.register(sock, select.POLLOUT)
            connected: set[int] = set()
            deadline = time.monotonic() + 5.0  # a bound, not a timing: loopback takes ms
            while len(connected) < STORM and time.monotonic() < deadline:
                connected.update(fd for fd, _ in poller.poll(100))
            errors = [s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) for s in socks]
            assert len(connected) == STORM and not any(errors)
            # now every station completes its upgrade
            streams = [await asyncio.open_connection(sock=s) for s in socks]

            async def upgraded(n: int, stream: Any) -> bytes:
                reader, writer = stream
                writer.write(upgrade(f"CP{n}"))
                return bytes(await reader.readuntil(b"\r\n\r\n"))

            heads = await within(
                asyncio.gather(*(upgraded(n, s) for n, s in enumerate(streams))), 30.0
            )
            assert all(head.startswith(b"HTTP/1.1 101 ") for head in heads)
            await changed.until(lambda: len(csms.stations) == STORM, 30.0)
            for _, writer in streams:
                writer.transport.abort()
        finally:
            for sock in socks:
                sock.close()


def test_the_backlog_is_a_documented_parameter() -> None:
    assert CentralSystem().backlog == 4096
    assert CentralSystem(backlog=16).backlog == 16
    doc = CentralSystem.__doc__ or ""
    for name in ("backlog", "open_timeout", "write_limit", "drain_timeout", "frames_per_turn"):
        assert f"{name}:" in doc


# -- 6. what a connection costs: no compression context kept between messages ------------------


@pytest.mark.parametrize(
    ("compression", "negotiated"),
    [
        ("deflate", "permessage-deflate; server_no_context_takeover; client_no_context_takeover"),
        (None, None),
    ],
)
async def test_deflate_keeps_no_context_between_messages(
    compression: str | None, negotiated: str | None
) -> None:
    heartbeat = {"Heartbeat": lambda p, c: {"currentTime": NOW}}
    async with CentralSystem(
        heartbeat, port=0, ping_interval=None, compression=compression
    ) as csms:
        client = await connect(url(csms) + "/CP1", subprotocols=["ocpp1.6"])
        try:
            header = client.response.headers.get("Sec-WebSocket-Extensions")
            if negotiated is None:
                assert header is None
            else:
                assert header is not None and header.startswith(negotiated)
            await round_trips(client, 3)  # and messages still flow, compressed alone
        finally:
            await client.close()
