"""The load generator of benchmarks/load.py: many OCPP-J 1.6 stations in one process.

    python benchmarks/loadgen.py --url ws://127.0.0.1:9000/ocpp [--no-deflate] [--index 0]

It reads one JSON command a line on standard input and answers each with one JSON line on
standard output (see `COMMANDS`). The stations are cheap on purpose, so that the server, not the
generator, is what is measured: each is an `asyncio.Protocol` driving the sans-I/O
``websockets.client.ClientProtocol`` (no task, no queue per connection), its frames are written
by hand, and it answers every CALL of the server with ``{"status": "Accepted"}`` without looking
at it. No OCPP engine runs here.

Commands (``{"cmd": name, ...}``):

- ``connect`` ``count``, ``concurrency``: open ``count`` more stations, at most ``concurrency``
  handshakes in flight; answers ``connected``, ``failed``, ``seconds``.
- ``fire`` ``stations``, ``seconds``, ``warmup``, ``mix``: the first ``stations`` stations each
  send a CALL as soon as the previous one was answered (``mix``: ``heartbeat`` or ``mixed``);
  answers the CALLs answered within the ``seconds`` after the warm-up, and their latencies.
- ``schedule`` ``seconds``, ``meter_period``, ``heartbeat_period``, ``grace``, ``total``,
  ``first``: every station sends a MeterValues every ``meter_period`` seconds and a Heartbeat
  every ``heartbeat_period`` seconds, spread evenly over the period; answers the latencies.
- ``close``: close every station and exit.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import resource
import sys
import threading
import time
from typing import Any

from websockets.client import ClientProtocol
from websockets.extensions.permessage_deflate import ClientPerMessageDeflateFactory
from websockets.frames import Opcode
from websockets.http11 import Response
from websockets.typing import Subprotocol
from websockets.uri import parse_uri

NOW = "2024-01-01T00:00:00Z"
_MEASURANDS = ["Energy.Active.Import.Register", "Power.Active.Import", "Current.Import", "Voltage"]
_PHASES = ["L1", "L2", "L3", "L1-N", "L2-N"]
_UNITS = ["Wh", "W", "A", "V"]


def meter_values(meter_values: int, sampled: int) -> dict[str, Any]:
    """A 1.6 MeterValues request; 5 x 20 sampled values make ~15 KB, 1 x 4 about 500 bytes."""
    return {
        "connectorId": 1,
        "transactionId": 123456,
        "meterValue": [
            {
                "timestamp": f"2024-01-01T00:0{i}:00Z",
                "sampledValue": [
                    {
                        "value": f"{1000.5 + 20 * i + j:.2f}",
                        "context": "Sample.Periodic",
                        "format": "Raw",
                        "measurand": _MEASURANDS[j % 4],
                        "phase": _PHASES[j % 5],
                        "location": "Outlet",
                        "unit": _UNITS[j % 4],
                    }
                    for j in range(sampled)
                ],
            }
            for i in range(meter_values)
        ],
    }


#: action -> the payload the stations send, serialised once.
PAYLOADS: dict[str, str] = {
    "Heartbeat": "{}",
    "StatusNotification": json.dumps(
        {"connectorId": 1, "errorCode": "NoError", "status": "Charging"}
    ),
    "Authorize": json.dumps({"idTag": "ABCDEF01"}),
    "MeterValues": json.dumps(meter_values(1, 4)),
    "MeterValues15k": json.dumps(meter_values(5, 20)),
}

#: The CALLs of the ``mixed`` load, in the order each station cycles through them (each station
#: starts at another place): one in six is a ~15 KB MeterValues.
MIX = [
    "Heartbeat",
    "StatusNotification",
    "Authorize",
    "MeterValues",
    "StatusNotification",
    "MeterValues15k",
]


def _frame(message_id: str, key: str) -> bytes:
    action = "MeterValues" if key.startswith("MeterValues") else key
    return f'[2,"{message_id}","{action}",{PAYLOADS[key]}]'.encode()


class Station(asyncio.Protocol):
    """One station: a WebSocket client connection, without a task."""

    def __init__(self, gen: Generator, identity: str) -> None:
        self.gen = gen
        extensions = (
            [ClientPerMessageDeflateFactory(compress_settings={"memLevel": 5})]
            if gen.deflate
            else None
        )
        self.ws = ClientProtocol(
            parse_uri(f"{gen.url}/{identity}"),
            subprotocols=[Subprotocol("ocpp1.6")],
            extensions=extensions,
            max_size=None,
        )
        self.opened: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self.transport: asyncio.Transport | None = None
        self.closed = False
        #: message id -> perf_counter at sending, for our CALLs not answered yet
        self.pending: dict[str, float] = {}
        self.cycle = 0  # the place in MIX
        self.firing = False

    # -- asyncio.Protocol ----------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.ws.send_request(self.ws.connect())
        self._flush()

    def data_received(self, data: bytes) -> None:
        ws = self.ws
        ws.receive_data(data)
        for event in ws.events_received():
            if isinstance(event, Response):
                if self.opened.done():
                    continue
                if ws.handshake_exc is not None:
                    self.opened.set_exception(ws.handshake_exc)
                else:
                    self.opened.set_result(None)
            elif event.opcode is Opcode.TEXT:
                self._text(event.data)
        self._flush()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.firing = False
        if not self.opened.done():
            self.opened.set_exception(exc or ConnectionError("closed during the handshake"))
        self.gen.lost += 1

    # -- frames --------------------------------------------------------------------------------

    def _flush(self) -> None:
        transport = self.transport
        if transport is None:
            return
        for data in self.ws.data_to_send():
            if data:
                transport.write(data)
            elif transport.can_write_eof():
                transport.write_eof()

    def _text(self, data: bytes) -> None:
        message = json.loads(data)
        kind, message_id = message[0], message[1]
        if kind == 2:  # the server calls us: answer at once
            self.ws.send_text(f'[3,"{message_id}",{{"status":"Accepted"}}]'.encode())
            return
        sent = self.pending.pop(message_id, None)
        if sent is None:
            return
        now = time.perf_counter()
        self.gen.answered(now - sent, now, kind == 3)
        if self.firing:
            self.send(MIX[self.cycle % len(MIX)] if self.gen.mixed else "Heartbeat")
            self.cycle += 1
            self._flush()

    def send(self, key: str) -> None:
        """Send one CALL (flushed by the caller or by `data_received`)."""
        if self.closed:
            return
        message_id = str(next(self.gen.ids))
        self.pending[message_id] = time.perf_counter()
        self.ws.send_text(_frame(message_id, key))

    def send_now(self, key: str) -> None:
        self.send(key)
        self._flush()

    def close(self) -> None:
        if self.transport is not None and not self.closed:
            self.transport.abort()


class Generator:
    """The stations of this process, and the numbers they collect."""

    def __init__(self, url: str, deflate: bool, index: int) -> None:
        self.url = url.rstrip("/")
        self.deflate = deflate
        self.index = index
        self.stations: list[Station] = []
        self.ids = itertools.count(1)
        self.lost = 0
        self.mixed = False
        self.recording = False
        self.window = (0.0, 0.0)
        self.latencies: list[float] = []
        self.errors = 0
        self.total = 0  # every answer, in the measuring window or not

    def answered(self, latency: float, now: float, ok: bool) -> None:
        self.total += 1
        if not ok:
            self.errors += 1
        start, end = self.window
        if self.recording and start <= now <= end:
            self.latencies.append(latency * 1000)

    async def connect(self, count: int, concurrency: int) -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        host, port = self.url.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
        gate = asyncio.Semaphore(concurrency)
        first = len(self.stations)
        failures: list[str] = []

        async def one(n: int) -> None:
            async with gate:
                try:
                    _, station = await loop.create_connection(
                        lambda: Station(self, f"LG{self.index}-{n}"), host, int(port)
                    )
                    await asyncio.wait_for(station.opened, 60)
                except Exception as exc:
                    failures.append(f"{type(exc).__name__}: {exc}")
                else:
                    self.stations.append(station)

        rss_before = rss_kb()
        started = time.perf_counter()
        await asyncio.gather(*(one(first + n) for n in range(count)))
        seconds = time.perf_counter() - started
        return {
            "rss_kb_before": rss_before,
            "rss_kb": rss_kb(),
            "connected": count - len(failures),
            "failed": len(failures),
            "first_failure": failures[0] if failures else None,
            "seconds": seconds,
        }

    async def fire(self, stations: int, seconds: float, warmup: float, mix: str) -> dict[str, Any]:
        chosen = [s for s in self.stations if not s.closed][:stations]
        self.mixed = mix == "mixed"
        self.latencies = []
        self.errors = 0
        self.total = 0
        now = time.perf_counter()
        self.window = (now + warmup, now + warmup + seconds)
        self.recording = True
        for n, station in enumerate(chosen):
            station.firing = True
            station.cycle = n
            station.send_now(MIX[n % len(MIX)] if self.mixed else "Heartbeat")
        await asyncio.sleep(warmup + seconds)
        self.recording = False
        for station in chosen:
            station.firing = False
        await self._drain(chosen, 10.0)
        return {
            "stations": len(chosen),
            "answered": len(self.latencies),
            "answered_total": self.total,
            "seconds": seconds,
            "errors": self.errors,
            "latencies_ms": self.latencies,
        }

    async def schedule(
        self,
        seconds: float,
        meter_period: float,
        heartbeat_period: float,
        grace: float,
        meter: str,
        procs: int,
    ) -> dict[str, Any]:
        """Each station sends a MeterValues every meter_period and a Heartbeat every
        heartbeat_period, its phase spread evenly over the period across all stations."""
        stations = [s for s in self.stations if not s.closed]
        n = len(stations)
        self.latencies = []
        self.errors = 0
        start = time.perf_counter() + 0.1
        self.window = (start, float("inf"))
        self.recording = True
        # the k-th event of a kind is due at start + (k + shift) * period / n, for station k % n
        shift = self.index / max(procs, 1)
        kinds = [[meter, meter_period / n, 0], ["Heartbeat", heartbeat_period / n, 0]]
        sent = 0
        lag_max = 0.0
        end = start + seconds
        while True:
            now = time.perf_counter()
            if now >= end:
                break
            for kind in kinds:
                key, step, done = kind
                due = int((now - start) / step - shift) + 1
                while done < due:
                    lag_max = max(lag_max, now - (start + (done + shift) * step))
                    stations[done % n].send_now(key)
                    done += 1
                    sent += 1
                kind[2] = done
            await asyncio.sleep(0.002)
        await self._drain(stations, grace)
        self.recording = False
        unanswered = sum(len(s.pending) for s in stations)
        for station in stations:
            station.pending.clear()
        return {
            "stations": n,
            "sent": sent,
            "answered": len(self.latencies),
            "unanswered": unanswered,
            "errors": self.errors,
            "seconds": seconds,
            "send_lag_max_ms": lag_max * 1000,
            "latencies_ms": self.latencies,
        }

    async def _drain(self, stations: list[Station], within: float) -> None:
        deadline = time.perf_counter() + within
        while time.perf_counter() < deadline and any(s.pending for s in stations):
            await asyncio.sleep(0.05)

    def close(self) -> None:
        for station in self.stations:
            station.close()


COMMANDS = ("connect", "fire", "schedule", "close")


def rss_kb() -> int:
    """The resident set of this process, in KiB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def raise_fd_limit() -> int:
    """Raise the soft limit on open files to the hard cap; return the new limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


async def serve_commands(gen: Generator) -> None:
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str] = asyncio.Queue()

    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(lines.put_nowait, line)
        loop.call_soon_threadsafe(lines.put_nowait, '{"cmd": "close"}')

    threading.Thread(target=read, daemon=True).start()
    print(json.dumps({"ready": True, "fd_limit": raise_fd_limit()}), flush=True)
    while True:
        command = json.loads(await lines.get())
        name = command.pop("cmd")
        if name == "close":
            gen.close()
            await asyncio.sleep(0.2)
            print(json.dumps({"closed": len(gen.stations)}), flush=True)
            return
        if name == "connect":
            result = await gen.connect(**command)
        elif name == "fire":
            result = await gen.fire(**command)
        elif name == "schedule":
            result = await gen.schedule(**command)
        else:
            result = {"error": f"unknown command {name!r}"}
        print(json.dumps(result), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--no-deflate", action="store_true", help="offer no permessage-deflate")
    parser.add_argument("--index", type=int, default=0, help="this generator's number")
    args = parser.parse_args()
    gen = Generator(args.url, not args.no_deflate, args.index)
    asyncio.run(serve_commands(gen))


if __name__ == "__main__":
    main()
