"""Load-test WebSocket central systems: ocpp_engine, the floor and ``ocpp`` 2.1.0, in one run.

    python benchmarks/load.py --quick                 # a smoke run, under a minute
    python benchmarks/load.py                         # 10,000 stations (several minutes)
    python benchmarks/load.py --stations 19500 --phases none  # capacity at the file limit
    python benchmarks/load.py --json out.json         # also write every number as JSON
    python benchmarks/load.py --server engine --server engine:compression=none  # variants

Each central system runs alone in a process of its own (benchmarks/loadserver.py), and the
stations in one or more load-generator processes (benchmarks/loadgen.py): raw ``websockets``
sans-I/O clients speaking OCPP-J 1.6 frames, no engine, so that a station costs the generator
little. For each server, in order:

1. **capacity**: after one station warmed the server up (imports, validators), connect N
   stations, at most ``--concurrency`` handshakes in flight; the connect rate, and the server's
   resident memory (RSS) grown per connected station (again after the fixed load, when every
   station has sent and compression windows are in use).
2. **fan-out**: the server sends one ChangeAvailability to each of the N stations at once and
   waits for every answer.
3. **fixed load**: for ``--seconds`` seconds each of the N stations sends a MeterValues every
   10 s and a Heartbeat every 60 s, spread evenly (N * 7 / 60 CALLs a second: 1,167 for
   10,000 stations); latency is from the station's send to its receipt of the answer. The
   server's CPU time and its garbage-collector pauses are measured over the same time.
4. **throughput**: the N stations leave; M new ones each send a CALL as soon as the previous
   one was answered, first only Heartbeats, then a mix with a ~15 KB MeterValues in six.
   Besides the rate, the server's CPU time per answered message: a busy machine changes it far
   less than the wall-clock rate.

``--phases`` picks the phases after the capacity one (``none``: capacity only), ``--repeat``
runs rounds over all the servers and reports medians and ranges, ``--top`` lists each server's
largest live allocations (under tracemalloc) and ``--young`` what its young garbage-collector
generations hold in the middle of the fixed load.

A server is given as ``KIND[:key=value,...]``: KIND is ``floor`` (a bare ``websockets`` server
doing ``json.loads``/``json.dumps`` and a canned CALLRESULT), ``engine`` (``CentralSystem``),
``ocpp`` (mobilityhouse ``ocpp`` 2.1.0, when importable) or ``picows`` (the engine's devices on
a picows server, when installed); the options are those of benchmarks/loadserver.py (such as
``compression=none``, ``gc=freeze``, ``loop=uvloop``). Every ratio is to the first ``floor``
server of the run: the machine's noise hits all of them alike, so read the ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import platform
import queue
import resource
import statistics
import subprocess
import sys
import threading
import time
from typing import Any

HERE = os.path.dirname(os.path.abspath(__file__))
HAVE_OCPP = importlib.util.find_spec("ocpp") is not None

#: kind -> the name in the table.
NAMES = {
    "floor": "floor",
    "engine": "ocpp_engine",
    "ocpp": "ocpp 2.1.0",
    "picows": "ocpp_engine on picows",
}

#: The rows of the table: key, label ({n}: stations, {m}: throughput stations), format.
ROWS: list[tuple[str, str, str]] = [
    ("memory_kb_per_station", "memory per connected station, {n} held (KiB)", "{:,.1f}"),
    (
        "memory_kb_per_station_loaded",
        "memory per station after the fixed load (KiB)",
        "{:,.1f}",
    ),
    ("gc_objects_per_station", "objects the collector walks, per connected station", "{:,.0f}"),
    ("tasks_per_station", "asyncio tasks per connected station", "{:,.1f}"),
    ("connect_per_s", "connect rate, {c} at a time (stations/s)", "{:,.0f}"),
    ("fanout_s", "fan-out: one call to each of {n} stations (s)", "{:,.3f}"),
    ("fixed_rate", "fixed load, {n} stations: answered (msg/s)", "{:,.0f}"),
    ("fixed_p50_ms", "fixed load, {n} stations: p50 (ms)", "{:,.1f}"),
    ("fixed_p99_ms", "fixed load, {n} stations: p99 (ms)", "{:,.1f}"),
    ("fixed_cpu_pct", "fixed load, {n} stations: CPU (% of a core)", "{:,.0f}"),
    ("fixed_cpu_us", "fixed load, {n} stations: server CPU per message (us)", "{:,.0f}"),
    ("fixed_gc_max_ms", "fixed load, {n} stations: longest GC pause (ms)", "{:,.1f}"),
    ("heartbeat_rate", "{m} stations, Heartbeats as fast as answered (msg/s)", "{:,.0f}"),
    ("heartbeat_p99_ms", "{m} stations, Heartbeats: p99 (ms)", "{:,.1f}"),
    ("heartbeat_cpu_us", "{m} stations, Heartbeats: server CPU per message (us)", "{:,.0f}"),
    ("mixed_rate", "{m} stations, mixed with 15 KB MeterValues (msg/s)", "{:,.0f}"),
    ("mixed_p99_ms", "{m} stations, mixed: p99 (ms)", "{:,.1f}"),
    ("mixed_cpu_us", "{m} stations, mixed: server CPU per message (us)", "{:,.0f}"),
]
ROW_KEYS = [key for key, _, _ in ROWS]


def percentile(values: list[float], q: float) -> float | None:
    """The q-quantile (0..1) of *values* by the nearest rank, or None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Child:
    """A benchmark process spoken to in JSON lines."""

    def __init__(self, argv: list[str], what: str) -> None:
        self.what = what
        self.proc = subprocess.Popen(
            [sys.executable, *argv],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put("")

    def send(self, cmd: str, **args: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"cmd": cmd, **args}) + "\n")
        self.proc.stdin.flush()

    def read(self, timeout: float) -> dict[str, Any]:
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise TimeoutError(f"{self.what} did not answer within {timeout:.0f} s") from None
        if not line:
            raise RuntimeError(f"{self.what} exited with {self.proc.wait()}")
        result: dict[str, Any] = json.loads(line)
        return result

    def ask(self, cmd: str, timeout: float = 120, **args: Any) -> dict[str, Any]:
        self.send(cmd, **args)
        return self.read(timeout)

    def stop(self, cmd: str) -> None:
        with contextlib.suppress(Exception):
            self.ask(cmd, timeout=30)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def parse_spec(spec: str) -> tuple[str, list[str]]:
    kind, _, rest = spec.partition(":")
    return kind, [item for item in rest.split(",") if item]


def options_of(spec: str) -> dict[str, str]:
    return dict(item.partition("=")[::2] for item in parse_spec(spec)[1])


def label(spec: str) -> str:
    kind, options = parse_spec(spec)
    name = NAMES.get(kind, kind)
    return f"{name} [{', '.join(options)}]" if options else name


def fd_hard_cap() -> int:
    return resource.getrlimit(resource.RLIMIT_NOFILE)[1]


def gen_argv(port: int, index: int, args: argparse.Namespace) -> list[str]:
    argv = [os.path.join(HERE, "loadgen.py"), "--url", f"ws://127.0.0.1:{port}/ocpp"]
    argv += ["--index", str(index)]
    if args.no_deflate:
        argv.append("--no-deflate")
    return argv


def wait_for_count(server: Child, count: int, within: float) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while True:
        stats = server.ask("stats")
        if stats["stations"] == count or time.monotonic() > deadline:
            return stats
        time.sleep(0.1)


def split(total: int, parts: int) -> list[int]:
    return [total // parts + (1 if i < total % parts else 0) for i in range(parts)]


def measure(spec: str, args: argparse.Namespace) -> dict[str, Any]:
    """Run every phase against one server; return its numbers."""
    kind, options = parse_spec(spec)
    argv = [os.path.join(HERE, "loadserver.py"), kind]
    for option in options + (["trace=1"] if args.top else []):
        argv += ["--opt", option]
    server = Child(argv, f"the {kind} server")
    out: dict[str, Any] = {"spec": spec, "name": label(spec)}
    gens: list[Child] = []
    try:
        ready = server.read(timeout=60)
        port = ready["port"]
        n, k = args.stations, args.generators
        gens = [Child(gen_argv(port, i, args), f"load generator {i}") for i in range(k)]
        for gen in gens:
            gen.read(timeout=60)
        # warm up: one station sends each kind of CALL once (imports, validators, caches)
        gens[0].ask("connect", count=1, concurrency=1)
        gens[0].ask("fire", stations=1, seconds=0.2, warmup=0.0, mix="mixed")
        stats0 = server.ask("stats")
        rss0 = stats0["rss_kb"]
        # 1. capacity
        for gen, count in zip(gens, split(n, k), strict=True):
            gen.send("connect", count=count, concurrency=max(1, args.concurrency // k))
        connects = [gen.read(timeout=600) for gen in gens]
        connected = sum(c["connected"] for c in connects)
        seconds = max(c["seconds"] for c in connects)
        out["connected"] = connected
        out["connect_failed"] = sum(c["failed"] for c in connects)
        out["connect_first_failure"] = next(
            (c["first_failure"] for c in connects if c["first_failure"]), None
        )
        out["connect_per_s"] = connected / seconds if seconds else None
        # a sans-I/O websockets client without a task: what a lean connection costs
        out["generator_kb_per_station"] = (
            sum(c["rss_kb"] - c["rss_kb_before"] for c in connects) / connected
            if connected
            else None
        )
        stats = wait_for_count(server, connected + 1, 30)
        out["server_stations"] = stats["stations"] - 1
        out["rss_kb_idle"] = rss0
        out["rss_kb_connected"] = stats["rss_kb"]
        out["gc_objects"] = stats["gc_objects"]
        if connected:
            # what each connection adds for the collector to walk, and to the event loop
            out["gc_objects_per_station"] = (stats["gc_objects"] - stats0["gc_objects"]) / connected
            out["tasks_per_station"] = (stats["tasks"] - stats0["tasks"]) / connected
        out["memory_kb_per_station"] = (stats["rss_kb"] - rss0) / connected if connected else None
        if args.top:
            out["top"] = server.ask("top", timeout=600)["top"]
            server.ask("grown", timeout=600)
            out["traced_bytes"] = stats["traced_bytes"]
        out["collect_ms"] = server.ask("collect", timeout=600)
        server.ask("freeze")
        if args.top or "gc" in options_of(spec):
            out["collect_ms_after_freeze"] = server.ask("collect", timeout=600)
        # 2. fan-out
        if "fanout" in args.phases:
            fan = server.ask("fanout", timeout=600)
            out["fanout_s"] = fan["seconds"]
            out["fanout_failed"] = fan["failed"]
        # 3. fixed load
        if "fixed" in args.phases:
            fixed_load(server, gens, args, out)
        for gen in gens:
            gen.stop("close")
        gens = []
        if "throughput" in args.phases:
            wait_for_count(server, 0, 30)
            gens = [Child(gen_argv(port, 0, args), "the throughput generator")]
            throughput(server, gens[0], args, out)
    finally:
        for gen in gens:
            gen.stop("close")
        server.stop("quit")
    return out


def fixed_load(
    server: Child, gens: list[Child], args: argparse.Namespace, out: dict[str, Any]
) -> None:
    k = len(gens)
    server.ask("reset")
    cpu0 = server.ask("stats")["cpu_s"]
    for gen in gens:
        gen.send(
            "schedule",
            seconds=args.seconds,
            meter_period=args.meter_period,
            heartbeat_period=args.heartbeat_period,
            grace=args.grace,
            meter="MeterValues",
            procs=k,
        )
    if args.young:
        time.sleep(args.seconds / 2)
        out["young"] = [server.ask("young", timeout=600)["young"] for _ in range(3)]
    runs = [gen.read(timeout=args.seconds + args.grace + 120) for gen in gens]
    stats = server.ask("stats")
    if args.top:
        out["grown"] = server.ask("grown", timeout=600)["grown"]
    # every station has sent and been answered by now: buffers and compression windows in use
    out["rss_kb_after_load"] = stats["rss_kb"]
    out["memory_kb_per_station_loaded"] = (stats["rss_kb"] - out["rss_kb_idle"]) / max(
        out["connected"], 1
    )
    latencies = [ms for run in runs for ms in run["latencies_ms"]]
    busy = stats["cpu_s"] - cpu0
    out["fixed_sent"] = sum(run["sent"] for run in runs)
    out["fixed_unanswered"] = sum(run["unanswered"] for run in runs)
    out["fixed_errors"] = sum(run["errors"] for run in runs)
    out["fixed_send_lag_max_ms"] = max(run["send_lag_max_ms"] for run in runs)
    out["fixed_rate"] = len(latencies) / args.seconds
    out["fixed_p50_ms"] = percentile(latencies, 0.50)
    out["fixed_p99_ms"] = percentile(latencies, 0.99)
    out["fixed_max_ms"] = max(latencies, default=None)
    # the CPU time covers the grace time too; the work is that of the scheduled load
    out["fixed_cpu_pct"] = 100 * busy / args.seconds
    out["fixed_cpu_us"] = 1e6 * busy / out["fixed_sent"] if out["fixed_sent"] else None
    out["fixed_gc"] = stats["gc"]
    out["fixed_gc_max_ms"] = stats["gc"]["max_ms"]


def throughput(server: Child, gen: Child, args: argparse.Namespace, out: dict[str, Any]) -> None:
    gen.read(timeout=60)
    gen.ask("connect", count=args.fire_stations, concurrency=args.concurrency, timeout=600)
    for mix in ("heartbeat", "mixed"):
        cpu0 = server.ask("stats")["cpu_s"]
        run = gen.ask(
            "fire",
            timeout=args.fire_seconds + 120,
            stations=args.fire_stations,
            seconds=args.fire_seconds,
            warmup=args.warmup,
            mix=mix,
        )
        out[f"{mix}_rate"] = run["answered"] / run["seconds"]
        out[f"{mix}_p50_ms"] = percentile(run["latencies_ms"], 0.50)
        out[f"{mix}_p99_ms"] = percentile(run["latencies_ms"], 0.99)
        out[f"{mix}_errors"] = run["errors"]
        # the server's CPU time per answered CALL: less hit by a busy machine than the rate
        cpu = server.ask("stats")["cpu_s"] - cpu0
        out[f"{mix}_cpu_us"] = 1e6 * cpu / run["answered_total"] if run["answered_total"] else None


def limit_stations(args: argparse.Namespace) -> list[str]:
    """Clip --stations to what this machine allows; return notes on what limited it."""
    notes = []
    cap = fd_hard_cap()
    reserve = 200  # the listening socket, pipes, the event loop's own descriptors
    if args.stations > cap - reserve:
        notes.append(
            f"this machine limits N: one process may open {cap:,} files (RLIMIT_NOFILE hard "
            f"cap) and the server holds one per station, so N = {cap - reserve:,} instead of "
            f"{args.stations:,}"
        )
        args.stations = cap - reserve
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/sys/net/ipv4/ip_local_port_range", encoding="ascii") as f:
            low, high = (int(x) for x in f.read().split())
        if args.stations > high - low - 1000:
            notes.append(f"ephemeral ports {low}-{high} limit N to about {high - low - 1000:,}")
            args.stations = high - low - 1000
    per_gen = -(-args.stations // args.generators)
    if per_gen > cap - reserve:
        args.generators = -(-args.stations // (cap - reserve))
        notes.append(f"{args.generators} load generators, to stay under the file limit")
    with contextlib.suppress(OSError, ValueError):
        with open("/proc/sys/net/core/somaxconn", encoding="ascii") as f:
            somaxconn = int(f.read())
        if args.concurrency > somaxconn:
            notes.append(
                f"net.core.somaxconn is {somaxconn}: a listen backlog above it is cut to it"
            )
    return notes


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Merge the repeated runs of one server: the median of each number, and its range."""
    merged: dict[str, Any] = dict(runs[-1])
    merged["runs"] = len(runs)
    for key in ROW_KEYS:
        values = [run[key] for run in runs if run.get(key) is not None]
        merged[key] = statistics.median(values) if values else None
        merged[f"{key}_range"] = [min(values), max(values)] if values else None
    return merged


def cell(row: dict[str, Any], key: str, fmt: str) -> str:
    value = row.get(key)
    if value is None:
        return "-"
    text = fmt.format(value)
    span = row.get(f"{key}_range")
    if row.get("runs", 1) > 1 and span and span[0] != span[1]:
        text += f" ({fmt.format(span[0])}-{fmt.format(span[1])})"
    return text


def table(results: dict[str, dict[str, Any]], args: argparse.Namespace) -> str:
    """The report: one column per server, each followed by its ratio to the floor."""
    floor = next((r for r in results.values() if parse_spec(r["spec"])[0] == "floor"), None)
    head = ["measured"]
    for name, row in results.items():
        head.append(name)
        if floor is not None and row is not floor:
            head.append("x floor")
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for key, text, fmt in ROWS:
        what = text.format(n=f"{args.stations:,}", m=args.fire_stations, c=args.concurrency)
        cells = [what]
        for row in results.values():
            cells.append(cell(row, key, fmt))
            if floor is not None and row is not floor:
                ratio = None
                if row.get(key) is not None and floor.get(key):
                    ratio = row[key] / floor[key]
                row.setdefault("x_floor", {})[key] = ratio
                cells.append("-" if ratio is None else f"{ratio:.2f}")
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small N, short phases (CI)")
    parser.add_argument(
        "--server",
        action="append",
        metavar="KIND[:k=v,...]",
        help="a server to measure (repeatable; default: floor, engine, ocpp)",
    )
    parser.add_argument("--stations", type=int, help="N, the stations held (default 10,000)")
    parser.add_argument("--fire-stations", type=int, help="M, the throughput stations (100)")
    parser.add_argument("--concurrency", type=int, default=500, help="handshakes in flight")
    parser.add_argument("--generators", type=int, default=1, help="load-generator processes")
    parser.add_argument("--seconds", type=float, help="the fixed load's length (60)")
    parser.add_argument("--grace", type=float, default=5.0, help="wait for late answers (s)")
    parser.add_argument("--meter-period", type=float, default=10.0)
    parser.add_argument("--heartbeat-period", type=float, default=60.0)
    parser.add_argument("--fire-seconds", type=float, help="each throughput run (10)")
    parser.add_argument("--warmup", type=float, help="before each throughput run (2)")
    parser.add_argument("--repeat", type=int, default=1, help="rounds over all the servers")
    parser.add_argument("--no-deflate", action="store_true", help="stations offer no deflate")
    parser.add_argument(
        "--top",
        action="store_true",
        help="run tracemalloc in the servers; print their top allocations",
    )
    parser.add_argument(
        "--phases",
        default="fanout,fixed,throughput",
        help="which phases follow the capacity phase (default: fanout,fixed,throughput)",
    )
    parser.add_argument(
        "--young", action="store_true", help="mid-load, list what the young GC generations hold"
    )
    parser.add_argument("--json", metavar="PATH", help="also write every number as JSON")
    args = parser.parse_args(argv)
    args.phases = set(args.phases.split(","))
    quick = {"stations": 200, "fire_stations": 20, "seconds": 5.0, "fire_seconds": 2.0}
    full = {"stations": 10_000, "fire_stations": 100, "seconds": 60.0, "fire_seconds": 10.0}
    for key, value in (quick if args.quick else full).items():
        if getattr(args, key) is None:
            setattr(args, key, value)
    if args.warmup is None:
        args.warmup = 0.5 if args.quick else 2.0
    if args.quick:
        args.grace = min(args.grace, 2.0)
    specs = args.server or ["floor", "engine", *(["ocpp"] if HAVE_OCPP else [])]
    notes = limit_stations(args)
    rate = args.stations / args.meter_period + args.stations / args.heartbeat_period
    print(
        f"# Load: {args.stations:,} stations held, {args.fire_stations} firing; "
        f"fixed load {rate:,.0f} msg/s for {args.seconds:g} s"
    )
    print(
        f"Python {platform.python_version()}, {os.cpu_count()} cores, "
        f"file limit {fd_hard_cap():,}; stations offer "
        f"{'no compression' if args.no_deflate else 'permessage-deflate'}"
    )
    for note in notes:
        print(f"note: {note}")
    if not HAVE_OCPP and not args.server:
        print("note: ocpp is not installed; its column is left out")
    runs: dict[str, list[dict[str, Any]]] = {spec: [] for spec in specs}
    started = time.monotonic()
    for round_ in range(args.repeat):
        for spec in specs:
            print(f"... round {round_ + 1}: {label(spec)}", file=sys.stderr, flush=True)
            runs[spec].append(measure(spec, args))
    results = {label(spec): summarise(found) for spec, found in runs.items()}
    print()
    print(table(results, args))
    print()
    for name, row in results.items():
        problems = []
        if row.get("connect_failed"):
            problems.append(f"{row['connect_failed']} connections failed")
        if row.get("fixed_unanswered"):
            problems.append(f"{row['fixed_unanswered']:,} of {row['fixed_sent']:,} unanswered")
        if row.get("fanout_failed"):
            problems.append(f"{row['fanout_failed']} fan-out calls failed")
        if problems:
            print(f"note: {name}: " + "; ".join(problems))
    print(f"({time.monotonic() - started:.0f} s)")
    if args.top:
        for name, row in results.items():
            print(f"\n## {name}: the largest live allocations with {row['connected']} stations")
            for entry in row.get("top", []):
                print(f"{entry['bytes'] / 1024:10,.0f} KiB {entry['count']:8,} {entry['where']}")
            if row.get("grown"):
                print(f"\n## {name}: what the fixed load left behind")
                for entry in row["grown"]:
                    size, count = entry["bytes"] / 1024, entry["count"]
                    print(f"{size:+10,.0f} KiB {count:+8,} {entry['where']}")
    if args.json:
        report = {
            "config": {
                key: getattr(args, key)
                for key in (
                    "quick",
                    "stations",
                    "fire_stations",
                    "concurrency",
                    "generators",
                    "seconds",
                    "meter_period",
                    "heartbeat_period",
                    "fire_seconds",
                    "repeat",
                    "no_deflate",
                )
            },
            "notes": notes,
            "servers": results,
        }
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(report, f, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
