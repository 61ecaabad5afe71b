"""Benchmark the cluster's routed requests against each broker's own bare request/reply.

    python benchmarks/cluster.py                 # the full run (a few minutes)
    python benchmarks/cluster.py --quick         # a smoke run (under a minute; rough)
    python benchmarks/cluster.py --json out.json # also write every number as JSON

It starts a ``redis-server`` and a ``nats-server`` on free loopback ports (both must be
installed) and measures, in one process and interleaved round by round so that machine noise
hits every setup alike:

- ``local``: the node's handler awaited directly, no broker: what a call costs on its own edge.
- ``nats floor``: ``nats-py`` request/reply on one subject, one client answering, another asking.
- ``redis floor``: the mechanism `RedisBus` uses with none of its logic: the caller ``XADD`` s to
  a stream that a server reads with ``XREAD BLOCK``; the server ``XADD`` s the replies to a
  batch in one pipeline to the caller's stream, which the caller's reader task reads and
  matches to futures by id.
- ``RedisBus``: `ocpp_engine.cluster._redis.RedisBus.request` from a caller bus to a node bus
  holding 100 stations (presence lookup and send in one script, ordering, deadline, reply).
- ``NatsBus``: the same through ``ocpp_engine.cluster.NatsBus``, when it can be imported (it is
  skipped with a note otherwise).
- ``csms.call``: a real edge, ``CentralSystem(cluster=...)`` in this process, calling one of its
  own stations, which are bare WebSocket clients in a subprocess: a call with no broker.
- ``routed nats``, ``routed redis``: `Cluster.call` from an API cluster in this process, through
  the broker, to the same kind of edge and stations: the whole routed path.

Then a fan-out: three ``ocpp-engine serve --cluster URL`` edge processes per broker, 10,000
stations (1,000 with ``--quick``) spread over them from a subprocess, and one ``Reset`` to every
station at once from an API cluster in this process: the time and calls/s.

Each runs sequentially (one request at a time: latency) and with 100 concurrent workers (each on
a station of its own, as ordering serialises requests to one station: throughput). The table
gives p50, p99 and requests/s, and each routed row's ratio to its broker's floor (and, for the
edge rows, to ``csms.call``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

#: A request as the cluster would carry it: about the size of a RemoteStartTransaction call.
BODY = json.dumps(
    {
        "action": "RemoteStartTransaction",
        "payload": {"idTag": "0123456789ABCDEF0123", "connectorId": 1},
        "timeout": 30,
        "caller": "api-7f3a",
    }
).encode()
STATIONS = 100
CONCURRENCY = 100
FLOORS = {
    "RedisBus": "redis floor",
    "NatsBus": "nats floor",
    "routed nats": "nats floor",
    "routed redis": "redis floor",
}
#: The edge rows and the local call they are compared with.
LOCAL = {"routed nats": "csms.call", "routed redis": "csms.call"}
RESET = {"type": "Soft"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_listening(port: int, process: subprocess.Popen[bytes], name: str) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"{name} exited at start (code {process.returncode})")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.02)
    raise SystemExit(f"{name} did not start")


def start_server(
    name: str, args: Callable[[int], list[str]]
) -> tuple[subprocess.Popen[bytes], int]:
    exe = shutil.which(name) or f"/usr/bin/{name}"
    if not os.path.exists(exe):
        raise SystemExit(f"{name} is not installed (apt-get install {name})")
    port = free_port()
    process = subprocess.Popen(
        [exe, *args(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    wait_listening(port, process, name)
    return process, port


class Setup:
    """One way of making a request: `open`, then `call` many times, then `close`."""

    name = ""
    note = ""

    async def open(self) -> None:
        pass

    async def call(self, worker: int) -> None:
        raise NotImplementedError

    async def close(self) -> None:
        pass


async def _answer(identity: str, body: bytes) -> bytes:
    return body


async def _lost(identity: str) -> None:
    pass


class Local(Setup):
    name = "local"

    async def call(self, worker: int) -> None:
        await _answer(f"CP{worker}", BODY)


class NatsFloor(Setup):
    name = "nats floor"

    def __init__(self, url: str) -> None:
        self.url = url

    async def open(self) -> None:
        import nats

        self.server = await nats.connect(self.url)
        self.client = await nats.connect(self.url)

        async def echo(msg: Any) -> None:
            await msg.respond(msg.data)

        await self.server.subscribe("bench.echo", cb=echo)
        await self.server.flush()

    async def call(self, worker: int) -> None:
        await self.client.request("bench.echo", BODY, timeout=5)

    async def close(self) -> None:
        await self.client.close()
        await self.server.close()


class RedisFloor(Setup):
    name = "redis floor"

    def __init__(self, url: str) -> None:
        self.url = url

    async def open(self) -> None:
        import redis.asyncio as aioredis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        def client() -> Any:
            pool = aioredis.BlockingConnectionPool.from_url(
                self.url, max_connections=64, timeout=None, retry=Retry(NoBackoff(), 0)
            )
            return aioredis.Redis.from_pool(pool)

        self.server, self.client = client(), client()
        await self.client.delete("floor:inbox", "floor:replies")  # read from the start: "0-0"
        self.futures: dict[bytes, asyncio.Future[bytes]] = {}
        self.ids = 0
        self.tasks = [
            asyncio.ensure_future(self._serve()),
            asyncio.ensure_future(self._replies()),
        ]

    async def _serve(self) -> None:
        last: Any = "0-0"
        while True:
            for _, entries in await self.server.xread({"floor:inbox": last}, block=1000) or ():
                pipe = self.server.pipeline(transaction=False)  # one round trip per batch
                for entry_id, fields in entries:
                    last = entry_id
                    pipe.xadd(
                        "floor:replies",
                        {"r": fields[b"r"], "b": fields[b"b"]},
                        maxlen=10_000,
                        approximate=True,
                    )
                await pipe.execute()

    async def _replies(self) -> None:
        last: Any = "0-0"
        while True:
            for _, entries in await self.client.xread({"floor:replies": last}, block=1000) or ():
                for entry_id, fields in entries:
                    last = entry_id
                    future = self.futures.pop(fields[b"r"], None)
                    if future is not None:
                        future.set_result(fields[b"b"])

    async def call(self, worker: int) -> None:
        self.ids += 1
        request_id = b"%d" % self.ids
        future = self.futures[request_id] = asyncio.get_running_loop().create_future()
        await self.client.xadd(
            "floor:inbox", {"r": request_id, "b": BODY}, maxlen=10_000, approximate=True
        )
        await asyncio.wait_for(future, 5)

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        await self.client.aclose()
        await self.server.aclose()


class Routed(Setup):
    """A caller bus and a node bus holding `STATIONS` stations."""

    def __init__(self, name: str, make: Callable[[], Any]) -> None:
        self.name = name
        self.make = make

    async def open(self) -> None:
        self.node, self.caller = self.make(), self.make()
        self.node.serve("bench-node", _answer, _lost)
        await self.node.start()
        await self.caller.start()
        for n in range(STATIONS):
            await self.node.hold(f"CP{n}")

    async def call(self, worker: int) -> None:
        await self.caller.request(f"CP{worker % STATIONS}", BODY, 5)

    async def close(self) -> None:
        await self.caller.close()
        await self.node.close()


class Stations:
    """*count* bare WebSocket stations in a subprocess (this script with ``--stations``).

    Station *i* is ``{name}{i:05d}`` on ``urls[i % len(urls)]``; every CALL gets
    ``{"status": "Accepted"}``. They stay until `stop`.
    """

    def __init__(self, urls: list[str], count: int, name: str) -> None:
        self.urls, self.count, self.name = urls, count, name
        self.process: subprocess.Popen[bytes] | None = None

    def identity(self, i: int) -> str:
        return f"{self.name}{i:05d}"

    async def start(self) -> None:
        command = [sys.executable, os.path.abspath(__file__), "--stations", ",".join(self.urls)]
        command += ["--count", str(self.count), "--name", self.name]
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.process.stdout is not None
        line = await asyncio.wait_for(
            asyncio.get_running_loop().run_in_executor(None, self.process.stdout.readline), 300
        )
        if line.strip() != b"ready":
            raise SystemExit(f"the stations did not connect: {line!r}")

    def stop(self) -> None:
        if self.process is not None:
            assert self.process.stdin is not None
            self.process.stdin.close()  # the stations exit at end of input
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


async def run_stations(urls: list[str], count: int, name: str) -> None:
    """The ``--stations`` mode: connect, print ``ready``, answer until stdin ends."""
    from websockets.asyncio.client import connect
    from websockets.exceptions import ConnectionClosed
    from websockets.typing import Subprotocol

    gate = asyncio.Semaphore(100)
    readers: list[asyncio.Task[None]] = []

    async def answer(ws: Any) -> None:
        try:
            async for raw in ws:
                frame = json.loads(raw)
                if frame[0] == 2:
                    await ws.send(json.dumps([3, frame[1], {"status": "Accepted"}]))
        except ConnectionClosed:
            pass

    async def one(i: int) -> None:
        async with gate:
            ws = await connect(
                f"{urls[i % len(urls)]}/{name}{i:05d}",
                subprotocols=[Subprotocol("ocpp1.6")],
                ping_interval=None,
                open_timeout=120,
                compression=None,
            )
        readers.append(asyncio.ensure_future(answer(ws)))

    await asyncio.gather(*(one(i) for i in range(count)))
    print("ready", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
    os._exit(0)  # no closing handshakes: the edges see the connections drop


async def until_listed(cluster: Any, count: int, seconds: float = 300) -> None:
    """Wait until the cluster lists *count* stations (presence is written after connecting)."""
    deadline = time.monotonic() + seconds
    while len(await cluster.stations()) < count:
        if time.monotonic() > deadline:
            raise SystemExit(f"the cluster does not list {count} stations")
        await asyncio.sleep(0.05)


class Edges:
    """One edge per broker in this process, each with `STATIONS` stations in a subprocess."""

    def __init__(self, urls: dict[str, str]) -> None:
        self.urls = urls
        self.csms: dict[str, Any] = {}
        self.api: dict[str, Any] = {}
        self.stations: list[Stations] = []

    async def open(self) -> None:
        from ocpp_engine.cluster import Cluster, bus_from_url
        from ocpp_engine.transports.websocket import CentralSystem

        for engine, url in self.urls.items():
            csms = CentralSystem(
                port=0,
                versions=["ocpp1.6"],
                compression=None,
                ping_interval=None,
                cluster=Cluster(bus_from_url(url, "edge"), node_id=f"edge-{engine}"),
            )
            await csms.start()
            self.csms[engine] = csms
            stations = Stations([f"ws://127.0.0.1:{csms.port}/ocpp"], STATIONS, "R")
            self.stations.append(stations)
            await stations.start()
            api = Cluster(bus_from_url(url, "edge"), node_id=f"api-{engine}")
            await api.start()
            self.api[engine] = api
            await until_listed(api, STATIONS)

    async def close(self) -> None:
        for api in self.api.values():
            await api.close()
        for stations in self.stations:
            stations.stop()
        for csms in self.csms.values():
            await csms.close()
        self.api, self.stations, self.csms = {}, [], {}


class LocalCall(Setup):
    """``csms.call`` on the edge that holds the station."""

    name = "csms.call"

    def __init__(self, edges: Edges) -> None:
        self.edges = edges

    async def call(self, worker: int) -> None:
        await self.edges.csms["nats"].call(f"R{worker % STATIONS:05d}", "Reset", RESET, timeout=5)


class RoutedCall(Setup):
    """`Cluster.call` from the API cluster, through the broker and the edge."""

    def __init__(self, edges: Edges, engine: str) -> None:
        self.name = f"routed {engine}"
        self.edges, self.engine = edges, engine

    async def call(self, worker: int) -> None:
        api = self.edges.api[self.engine]
        await api.call(f"R{worker % STATIONS:05d}", "Reset", RESET, timeout=5)


async def fan_out(engine: str, url: str, count: int) -> dict[str, Any]:
    """Three edge processes, *count* stations over them, one call to each at once."""
    from ocpp_engine.cluster import Cluster, bus_from_url

    ports = [free_port() for _ in range(3)]
    edges = []
    stations = Stations([f"ws://127.0.0.1:{p}/ocpp" for p in ports], count, "F")
    api = Cluster(bus_from_url(url, "fan"), node_id=f"fan-api-{engine}")
    try:
        for n, port in enumerate(ports):
            command = [sys.executable, "-m", "ocpp_engine", "serve", "--port", str(port)]
            command += ["--cluster", url, "--node-id", f"fan-{engine}-{n}", "--prefix", "fan"]
            command += ["--no-commands"]
            edge = subprocess.Popen(
                command,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
                cwd=ROOT,
            )
            edges.append(edge)
            wait_listening(port, edge, f"edge {n}")
        await api.start()
        started = time.perf_counter()
        await stations.start()
        await until_listed(api, count)
        connected = time.perf_counter() - started
        started = time.perf_counter()
        outcomes = await asyncio.gather(
            *(api.call(stations.identity(i), "Reset", RESET, timeout=120) for i in range(count)),
            return_exceptions=True,
        )
        seconds = time.perf_counter() - started
    finally:
        await api.close()
        stations.stop()
        for edge in edges:
            edge.terminate()
        for edge in edges:
            edge.wait(30)
    failed = sum(o != {"status": "Accepted"} for o in outcomes)
    return {
        "stations": count,
        "edges": 3,
        "connected_s": connected,
        "seconds": seconds,
        "per_s": count / seconds,
        "failed": failed,
    }


def nats_bus(url: str) -> tuple[Callable[[], Any] | None, str]:
    try:
        from ocpp_engine.cluster import NatsBus  # type: ignore[attr-defined]
    except ImportError as exc:
        return None, f"NatsBus skipped: not importable ({exc})"
    return (lambda: NatsBus(url)), ""


async def sequential(setup: Setup, n: int, latencies: list[float]) -> None:
    clock = time.perf_counter
    for _ in range(n):
        start = clock()
        await setup.call(0)
        latencies.append(clock() - start)


async def concurrent(setup: Setup, n: int, latencies: list[float]) -> float:
    clock = time.perf_counter
    each = max(1, n // CONCURRENCY)

    async def worker(w: int) -> None:
        for _ in range(each):
            start = clock()
            await setup.call(w)
            latencies.append(clock() - start)

    start = clock()
    await asyncio.gather(*(worker(w) for w in range(CONCURRENCY)))
    return clock() - start


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def measure(setups: list[Setup], rounds: int, seq: int, conc: int) -> dict[str, Any]:
    seq_lat: dict[str, list[float]] = {s.name: [] for s in setups}
    conc_lat: dict[str, list[float]] = {s.name: [] for s in setups}
    seq_time: dict[str, float] = {s.name: 0.0 for s in setups}
    conc_time: dict[str, float] = {s.name: 0.0 for s in setups}
    for setup in setups:  # warm up: connections, scripts, code paths
        await sequential(setup, 50, [])
        await concurrent(setup, CONCURRENCY, [])
    for _ in range(rounds):  # interleaved, so noise hits every setup alike
        for setup in setups:
            start = time.perf_counter()
            await sequential(setup, seq, seq_lat[setup.name])
            seq_time[setup.name] += time.perf_counter() - start
        for setup in setups:
            conc_time[setup.name] += await concurrent(setup, conc, conc_lat[setup.name])
    rows: dict[str, Any] = {}
    for setup in setups:
        s, c = seq_lat[setup.name], conc_lat[setup.name]
        rows[setup.name] = {
            "sequential": {
                "n": len(s),
                "p50_ms": percentile(s, 0.5) * 1000,
                "p99_ms": percentile(s, 0.99) * 1000,
                "mean_ms": statistics.fmean(s) * 1000,
                "per_s": len(s) / seq_time[setup.name],
            },
            "concurrent": {
                "n": len(c),
                "workers": CONCURRENCY,
                "p50_ms": percentile(c, 0.5) * 1000,
                "p99_ms": percentile(c, 0.99) * 1000,
                "per_s": len(c) / conc_time[setup.name],
            },
        }
    for name, floor in FLOORS.items():
        if name in rows and floor in rows:
            rows[name]["vs_floor"] = {
                "floor": floor,
                "sequential_p50": rows[name]["sequential"]["p50_ms"]
                / rows[floor]["sequential"]["p50_ms"],
                "sequential_p99": rows[name]["sequential"]["p99_ms"]
                / rows[floor]["sequential"]["p99_ms"],
                "concurrent_per_s": rows[name]["concurrent"]["per_s"]
                / rows[floor]["concurrent"]["per_s"],
            }
    for name, local in LOCAL.items():
        if name in rows and local in rows:
            rows[name]["vs_local"] = {
                "local": local,
                "sequential_p50": rows[name]["sequential"]["p50_ms"]
                / rows[local]["sequential"]["p50_ms"],
                "concurrent_per_s": rows[name]["concurrent"]["per_s"]
                / rows[local]["concurrent"]["per_s"],
            }
    return rows


def table(rows: dict[str, Any], fans: dict[str, Any], notes: list[str]) -> str:
    head = (
        f"{'setup':<12} {'seq p50 ms':>10} {'seq p99 ms':>10} {'seq req/s':>10} "
        f"{'x floor p50':>11} {'conc p50 ms':>11} {'conc p99 ms':>11} {'conc req/s':>10} "
        f"{'x floor req/s':>13}"
    )
    lines = [head, "-" * len(head)]
    for name, row in rows.items():
        s, c, v = row["sequential"], row["concurrent"], row.get("vs_floor")
        ratio_p50 = f"{v['sequential_p50']:.2f}" if v else "-"
        ratio_rate = f"{v['concurrent_per_s']:.2f}" if v else "-"
        lines.append(
            f"{name:<12} {s['p50_ms']:>10.3f} {s['p99_ms']:>10.3f} {s['per_s']:>10.0f} "
            f"{ratio_p50:>11} {c['p50_ms']:>11.3f} {c['p99_ms']:>11.3f} {c['per_s']:>10.0f} "
            f"{ratio_rate:>13}"
        )
    for name, row in rows.items():
        if "vs_local" in row:
            v = row["vs_local"]
            lines.append(
                f"{name} vs {v['local']}: x{v['sequential_p50']:.2f} p50 sequential, "
                f"x{v['concurrent_per_s']:.2f} req/s concurrent"
            )
    for engine, fan in fans.items():
        lines.append(
            f"fan-out {engine}: {fan['stations']} stations on {fan['edges']} edges, one call "
            f"each at once: {fan['seconds']:.2f} s, {fan['per_s']:.0f} calls/s, "
            f"{fan['failed']} failed (connected and listed in {fan['connected_s']:.1f} s)"
        )
    lines += [f"note: {note}" for note in notes]
    return "\n".join(lines)


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    from ocpp_engine.cluster._redis import RedisBus

    redis_process, redis_port = start_server(
        "redis-server",
        lambda p: ["--port", str(p), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    )
    nats_process, nats_port = start_server(
        "nats-server", lambda p: ["-a", "127.0.0.1", "-p", str(p)]
    )
    redis_url, nats_url = f"redis://127.0.0.1:{redis_port}/0", f"nats://127.0.0.1:{nats_port}"
    notes: list[str] = []
    setups: list[Setup] = [
        Local(),
        NatsFloor(nats_url),
        RedisFloor(redis_url),
        Routed("RedisBus", lambda: RedisBus(redis_url, "bench")),
    ]
    make_nats, note = nats_bus(nats_url)
    if make_nats is not None:
        setups.append(Routed("NatsBus", make_nats))
    else:
        notes.append(note)
    opened: list[Setup] = []
    edges = Edges({"nats": nats_url, "redis": redis_url})
    fans: dict[str, Any] = {}
    try:
        for setup in setups:
            try:
                await setup.open()
            except Exception as exc:  # a bus of another shape than this script knows
                if setup.name != "NatsBus":
                    raise
                notes.append(f"NatsBus skipped: {exc!r}")
                continue
            opened.append(setup)
        await edges.open()
        opened += [LocalCall(edges), RoutedCall(edges, "nats"), RoutedCall(edges, "redis")]
        if args.quick:
            rounds, seq, conc, fan = 3, 150, 1000, 1000
        else:
            rounds, seq, conc, fan = args.rounds, 1000, 10_000, 10_000
        fan = args.fan_out or fan
        rows = await measure(opened, rounds, seq, conc)
        await edges.close()
        for engine, url in (("nats", nats_url), ("redis", redis_url)):
            fans[engine] = await fan_out(engine, url, fan)
    finally:
        for setup in reversed(opened):
            await setup.close()
        await edges.close()
        for process in (redis_process, nats_process):
            process.terminate()
            process.wait(10)
    notes.append(
        f"{'quick' if args.quick else 'full'} run; {rounds} rounds of {seq} sequential and "
        f"{conc} concurrent requests ({CONCURRENCY} workers) per setup; {len(BODY)}-byte bodies"
    )
    return {
        "mode": "quick" if args.quick else "full",
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "rows": rows,
        "fan_out": fans,
        "notes": notes,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run (< 60 s)")
    parser.add_argument("--json", metavar="PATH", help="write the results as JSON to PATH")
    parser.add_argument("--rounds", type=int, default=9, help="rounds per setup (full run)")
    parser.add_argument(
        "--fan-out", type=int, metavar="N", help="stations in the fan-out (10,000; quick 1,000)"
    )
    parser.add_argument("--stations", help=argparse.SUPPRESS)  # the stations' subprocess
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--name", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.stations:
        asyncio.run(run_stations(args.stations.split(","), args.count, args.name))
        return 0
    report = asyncio.run(main_async(args))
    print(table(report["rows"], report["fan_out"], report["notes"]))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
