"""Benchmark ocpp_engine against the floor and the `ocpp` library, side by side in one run.

    python benchmarks/run.py                 # the full run (a few minutes)
    python benchmarks/run.py --quick         # a smoke run (seconds; numbers are rough)
    python benchmarks/run.py --json out.json # also write every number as JSON

Every setup wires two ends back to back through two asyncio queues and makes sequential round
trips (a CALL and its CALLRESULT), with schema validation on in all four directions wherever the
setup validates at all. The setups are measured in the same process, interleaved batch by batch,
and each reports the median time per round trip over its batches, so machine noise hits all of
them alike; the ratios are what to read.

- ``floor``: ``json.dumps`` / ``json.loads`` of the same frames through the two queues and nothing
  else: the client puts the CALL in one queue and awaits the answer on the other.
- ``floor+reader``: the same, shaped like any request/response engine on a real transport: each
  end has a reader task feeding the frames it receives, and the caller awaits a future resolved
  by its reader. It shows how much of the time is the plumbing every such engine needs.
- ``ocpp_engine[json]`` / ``ocpp_engine[orjson]``: two `Device` s with dict payloads, sync
  handlers and a sync sender, with each JSON codec.
- ``ocpp_engine+typed``: the same with the typed payload classes of ``ocpp_engine.messages``
  (converted to and from the wire at both ends), when that package exists, with the default
  codec (orjson when installed).
- ``ocpp defaults`` / ``ocpp inline``: ``ocpp`` 2.1.0 (mobilityhouse) ChargePoints, validating in
  a thread pool (its default) or inline (``ocpp.messages.ASYNC_VALIDATION = False``).

Besides the round trips it measures the time from process start to the first validated round
trip (in fresh subprocesses), the memory of an idle device (10,000 of them, tracemalloc) and the
throughput with many calls in flight across many device pairs, and Heartbeat round trips over
MQTT through a Mosquitto broker it starts (against raw aiomqtt publishes echoed by a second
client, with and without TCP_NODELAY).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import importlib.util
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
import timeit
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

import ocpp_engine.codec  # noqa: E402
from ocpp_engine import Device  # noqa: E402

HAVE_OCPP = importlib.util.find_spec("ocpp") is not None
HAVE_ORJSON = importlib.util.find_spec("orjson") is not None
HAVE_TYPED = importlib.util.find_spec("ocpp_engine.messages") is not None

NOW = "2024-01-01T00:00:00Z"

# -- payloads --------------------------------------------------------------------------------

_MEASURANDS = [
    "Energy.Active.Import.Register",
    "Power.Active.Import",
    "Current.Import",
    "Voltage",
    "SoC",
]
_PHASES = ["L1", "L2", "L3", "L1-N", "L2-N"]
_UNITS = ["Wh", "W", "A", "V", "Percent"]


def meter_values_16() -> dict[str, Any]:
    """A 1.6 MeterValues request: 5 meter values of 20 sampled values each (~14 KB)."""
    meter_value = []
    for i in range(5):
        sampled = [
            {
                "value": f"{1000.5 + 20 * i + j:.2f}",
                "context": "Sample.Periodic",
                "format": "Raw",
                "measurand": _MEASURANDS[j % 5],
                "phase": _PHASES[j % 5],
                "location": "Outlet",
                "unit": _UNITS[j % 5],
            }
            for j in range(20)
        ]
        meter_value.append({"timestamp": f"2024-01-01T00:0{i}:00Z", "sampledValue": sampled})
    return {"connectorId": 1, "transactionId": 123456, "meterValue": meter_value}


def transaction_event_201() -> dict[str, Any]:
    """A 2.0.1 TransactionEvent request with one meter value of 4 sampled values."""
    sampled = [
        {
            "value": 1234.5 + j,
            "context": "Sample.Periodic",
            "measurand": m,
            "location": "Outlet",
            "unitOfMeasure": {"unit": u, "multiplier": 0},
        }
        for j, (m, u) in enumerate(zip(_MEASURANDS[:4], _UNITS[:4], strict=True))
    ]
    return {
        "eventType": "Updated",
        "timestamp": NOW,
        "triggerReason": "MeterValuePeriodic",
        "seqNo": 3,
        "transactionInfo": {"transactionId": "tx-0001", "chargingState": "Charging"},
        "evse": {"id": 1, "connectorId": 1},
        "idToken": {"idToken": "ABCDEF01", "type": "ISO14443"},
        "meterValue": [{"timestamp": NOW, "sampledValue": sampled}],
    }


def transaction_event_201_big() -> dict[str, Any]:
    """A 2.0.1 TransactionEvent: 5 meter values of 20 sampled values each (~17 KB)."""
    payload = transaction_event_201()
    payload["meterValue"] = [
        {
            "timestamp": f"2024-01-01T00:0{i}:00Z",
            "sampledValue": [
                {
                    "value": 1000.5 + 20 * i + j,
                    "context": "Sample.Periodic",
                    "measurand": _MEASURANDS[j % 5],
                    "phase": _PHASES[j % 5],
                    "location": "Outlet",
                    "unitOfMeasure": {"unit": _UNITS[j % 5], "multiplier": 0},
                }
                for j in range(20)
            ],
        }
        for i in range(5)
    ]
    return payload


# scenario -> (version, action, request, response)
SCENARIOS: dict[str, tuple[str, str, dict[str, Any], dict[str, Any]]] = {
    "Heartbeat": ("ocpp1.6", "Heartbeat", {}, {"currentTime": NOW}),
    "MeterValues": ("ocpp1.6", "MeterValues", meter_values_16(), {}),
    "TransactionEvent": (
        "ocpp2.0.1",
        "TransactionEvent",
        transaction_event_201(),
        {"idTokenInfo": {"status": "Accepted"}},
    ),
    "TransactionEvent, 100 sampled values": (
        "ocpp2.0.1",
        "TransactionEvent",
        transaction_event_201_big(),
        {"idTokenInfo": {"status": "Accepted"}},
    ),
}

# -- setups ----------------------------------------------------------------------------------

RoundTrip = Callable[[], Awaitable[Any]]


class Setup:
    """Two ends wired back to back for one scenario; `round_trip` makes one CALL."""

    name = "?"

    def __init__(self, scenario: str) -> None:
        self.version, self.action, self.request, self.response = SCENARIOS[scenario]
        self.tasks: list[asyncio.Task[Any]] = []

    async def start(self) -> None:
        pass

    def before_batch(self) -> None:
        pass

    async def round_trip(self) -> Any:
        raise NotImplementedError

    async def close(self) -> None:
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task


class Floor(Setup):
    """json.dumps/json.loads of the same frames through two queues, no library."""

    name = "floor"

    async def start(self) -> None:
        self.q1: asyncio.Queue[str] = asyncio.Queue()
        self.q2: asyncio.Queue[str] = asyncio.Queue()
        self.ids = itertools.count()
        self.tasks.append(asyncio.create_task(self._serve()))

    async def _serve(self) -> None:
        q1, q2, dumps, loads, response = self.q1, self.q2, json.dumps, json.loads, self.response
        while True:
            msg = loads(await q1.get())
            q2.put_nowait(dumps([3, msg[1], response]))

    async def round_trip(self) -> Any:
        self.q1.put_nowait(json.dumps([2, str(next(self.ids)), self.action, self.request]))
        return json.loads(await self.q2.get())[2]


class FloorReader(Floor):
    """The floor shaped like an engine: a reader task at each end, a future per call."""

    name = "floor+reader"

    async def start(self) -> None:
        await super().start()
        self.waiting: dict[str, asyncio.Future[Any]] = {}
        self.tasks.append(asyncio.create_task(self._read()))

    async def _read(self) -> None:
        q2, loads, waiting = self.q2, json.loads, self.waiting
        while True:
            msg = loads(await q2.get())
            waiting.pop(msg[1]).set_result(msg[2])

    async def round_trip(self) -> Any:
        message_id = str(next(self.ids))
        future = asyncio.get_running_loop().create_future()
        self.waiting[message_id] = future
        self.q1.put_nowait(json.dumps([2, message_id, self.action, self.request]))
        return await future


async def _pump(queue: asyncio.Queue[str], device: Device) -> None:
    received = device.received
    while True:
        received(await queue.get())


_CODECS = {"json": "stdlib_codec", "orjson": "orjson_codec", "default": "default_codec"}


def _codec(name: str) -> Any:
    try:
        return getattr(ocpp_engine.codec, _CODECS[name])()
    except ImportError:  # orjson is not installed
        return None


class Engine(Setup):
    """Two ocpp_engine Devices with dict payloads."""

    codec = "json"

    @property
    def name(self) -> str:  # type: ignore[override]
        return f"ocpp_engine[{self.codec}]"

    def make_device(self, sender: Callable[[str], Any], **kwargs: Any) -> Device:
        codec = _codec(self.codec)
        if codec is not None:
            kwargs["codec"] = codec
        return Device(sender, version=self.version, **kwargs)

    async def start(self) -> None:
        q1: asyncio.Queue[str] = asyncio.Queue()
        q2: asyncio.Queue[str] = asyncio.Queue()
        response = self.response
        self.client = self.make_device(q1.put_nowait)
        self.server = self.make_device(
            q2.put_nowait, handlers={self.action: lambda payload, ctx: response}
        )
        self.client.connected()
        self.server.connected()
        self.tasks += [
            asyncio.create_task(_pump(q1, self.server)),
            asyncio.create_task(_pump(q2, self.client)),
        ]

    async def round_trip(self) -> Any:
        return await self.client.call(self.action, self.request)


class EngineOrjson(Engine):
    codec = "orjson"


class EngineTyped(Engine):
    """Typed payloads from ocpp_engine.messages, converted at both ends (default codec)."""

    codec = "default"

    @property
    def name(self) -> str:  # type: ignore[override]
        return "ocpp_engine+typed"

    async def start(self) -> None:
        from ocpp_engine import messages  # type: ignore[attr-defined]

        self.to_wire = messages.to_wire
        self.from_wire = messages.from_wire
        request_cls = messages.request_class(self.version, self.action)
        self.response_cls = messages.response_class(self.version, self.action)
        self.typed_request = messages.from_wire(request_cls, self.request)
        typed_response = messages.from_wire(self.response_cls, self.response)
        q1: asyncio.Queue[str] = asyncio.Queue()
        q2: asyncio.Queue[str] = asyncio.Queue()
        to_wire, from_wire = self.to_wire, self.from_wire

        def handler(payload: Any, ctx: Any) -> Any:
            from_wire(request_cls, payload)
            return to_wire(typed_response)

        self.client = self.make_device(q1.put_nowait)
        self.server = self.make_device(q2.put_nowait, handlers={self.action: handler})
        self.client.connected()
        self.server.connected()
        self.tasks += [
            asyncio.create_task(_pump(q1, self.server)),
            asyncio.create_task(_pump(q2, self.client)),
        ]

    async def round_trip(self) -> Any:
        result = await self.client.call(self.action, self.to_wire(self.typed_request))
        return self.from_wire(self.response_cls, result)


class _QueueConnection:
    def __init__(self, inbox: asyncio.Queue[str], outbox: asyncio.Queue[str]) -> None:
        self.inbox = inbox
        self.outbox = outbox

    async def recv(self) -> str:
        return await self.inbox.get()

    async def send(self, message: str) -> None:
        self.outbox.put_nowait(message)


def _snake(payload: dict[str, Any]) -> dict[str, Any]:
    import re

    return {re.sub(r"(?<!^)(?=[A-Z])", "_", k).lower(): v for k, v in payload.items()}


class Ocpp(Setup):
    """Two `ocpp` 2.1.0 ChargePoints; validation in a thread pool (the library's default)."""

    name = "ocpp defaults"
    async_validation = True

    async def start(self) -> None:
        import ocpp.messages
        from ocpp.routing import on

        self._messages = ocpp.messages
        if self.version == "ocpp1.6":
            from ocpp.v16 import ChargePoint, call, call_result
        else:
            from ocpp.v201 import ChargePoint, call, call_result  # type: ignore[assignment]
        action, response = self.action, _snake(self.response)
        result_cls = getattr(call_result, action)

        class Server(ChargePoint):  # type: ignore[misc, valid-type]
            @on(action)
            def handle(self, **kwargs: Any) -> Any:
                return result_cls(**response)

        q1: asyncio.Queue[str] = asyncio.Queue()
        q2: asyncio.Queue[str] = asyncio.Queue()
        self.client = ChargePoint("cp", _QueueConnection(q2, q1))
        self.server = Server("cp", _QueueConnection(q1, q2))
        self.request_obj = getattr(call, action)(**_snake(self.request))
        self.tasks += [
            asyncio.create_task(self.client.start()),
            asyncio.create_task(self.server.start()),
        ]

    def before_batch(self) -> None:
        self._messages.ASYNC_VALIDATION = self.async_validation  # type: ignore[attr-defined]

    async def round_trip(self) -> Any:
        return await self.client.call(self.request_obj)


class OcppInline(Ocpp):
    name = "ocpp inline"
    async_validation = False


def setup_classes() -> list[type[Setup]]:
    classes: list[type[Setup]] = [Floor, FloorReader, Engine]
    if HAVE_ORJSON and _codec("orjson") is not None:
        classes.append(EngineOrjson)
    if HAVE_TYPED:
        classes.append(EngineTyped)
    if HAVE_OCPP:
        classes += [Ocpp, OcppInline]
    return classes


# -- round trips -----------------------------------------------------------------------------


async def _batch(setup: Setup, n: int) -> float:
    setup.before_batch()
    round_trip = setup.round_trip
    start = time.perf_counter()
    for _ in range(n):
        await round_trip()
    return (time.perf_counter() - start) / n


async def bench_round_trips(scenario: str, rounds: int, batch_seconds: float) -> dict[str, Any]:
    setups: list[Setup] = []
    skipped: dict[str, str] = {}
    for cls in setup_classes():
        setup = cls(scenario)
        try:
            await setup.start()
            await setup.round_trip()  # warm up: the first validated round trip compiles
        except Exception as exc:  # a setup that cannot run this scenario is reported, not fatal
            skipped[setup.name] = f"{type(exc).__name__}: {exc}"
            await setup.close()
            continue
        setups.append(setup)
    sizes = {}
    for setup in setups:  # calibrate: each batch takes about batch_seconds
        per = await _batch(setup, 3)
        sizes[setup.name] = max(3, int(batch_seconds / max(per, 1e-7)))
    samples: dict[str, list[float]] = {s.name: [] for s in setups}
    for r in range(rounds):
        order = setups[r % len(setups) :] + setups[: r % len(setups)]
        for setup in order:
            gc.collect()
            samples[setup.name].append(await _batch(setup, sizes[setup.name]))
    for setup in setups:
        await setup.close()
    medians = {name: statistics.median(v) for name, v in samples.items()}
    floor = medians.get("floor")
    ocpp_default = medians.get("ocpp defaults")
    ocpp_inline = medians.get("ocpp inline")
    rows = {}
    for name, med in medians.items():
        rows[name] = {
            "median_us": med * 1e6,
            "round_trips_per_s": 1 / med,
            "x_floor_time": med / floor if floor else None,
            "speedup_vs_ocpp_defaults": ocpp_default / med if ocpp_default else None,
            "speedup_vs_ocpp_inline": ocpp_inline / med if ocpp_inline else None,
            "batches": len(samples[name]),
            "batch_size": sizes[name],
        }
    return {"setups": rows, "skipped": skipped}


# -- the steps of one big frame --------------------------------------------------------------

BIG_FRAME_BYTES = 4096


def bench_frame_steps(repeat: int, number: int) -> dict[str, Any]:
    """Time each step a device takes with one big received CALL, frame by frame.

    For every scenario whose CALL frame is over `BIG_FRAME_BYTES`: decoding it (json.loads,
    orjson.loads, and each codec's decode), the depth and size screen, and the validation of
    its payload (the generated fast path, as a device runs it), and encoding it with each
    codec. Each number is the best of *repeat* runs of *number* frames, in µs per frame.
    """
    from ocpp_engine import Version
    from ocpp_engine._limits import Limits, screen
    from ocpp_engine._validation import check, validator_for

    limits = Limits()
    results: dict[str, Any] = {}
    for scenario, (version, action, request, _) in SCENARIOS.items():
        raw = json.dumps([2, "1", action, request], separators=(",", ":"), ensure_ascii=False)
        if len(raw.encode()) <= BIG_FRAME_BYTES:
            continue
        payload = json.loads(raw)[3]
        validator = validator_for(Version(version), action, False)
        assert validator is not None
        steps: dict[str, Callable[[], Any]] = {"json.loads": lambda raw=raw: json.loads(raw)}
        if HAVE_ORJSON:
            import orjson

            steps["orjson.loads"] = lambda raw=raw: orjson.loads(raw)
        for name in ("json", "orjson"):
            codec = _codec(name)
            if codec is not None:
                steps[f"decode, {name} codec"] = lambda c=codec, raw=raw: c.decode(raw)
        steps["depth and size screen"] = lambda raw=raw: screen(raw, limits)
        steps["validation"] = lambda v=validator, p=payload: check(v, p)
        for name in ("json", "orjson"):
            codec = _codec(name)
            if codec is not None:
                message = [2, "1", action, payload]
                steps[f"encode, {name} codec"] = lambda c=codec, m=message: c.encode(m)
        timings = {}
        for step, run in steps.items():
            best = min(timeit.repeat(run, number=number, repeat=repeat))
            timings[step] = best / number * 1e6
        results[scenario] = {"bytes": len(raw.encode()), "steps_us": timings}
    return results


# -- process start to first validated round trip ---------------------------------------------

_STARTUP_CHILDREN = {
    "python (bare interpreter)": "import time\nt = time.perf_counter()\n",
    "python + import asyncio": "import asyncio, time\nt = time.perf_counter()\n",
    "ocpp_engine": """
import asyncio, time
from ocpp_engine import Device
async def main():
    loop = asyncio.get_running_loop()
    ends = []
    a = Device(lambda raw: loop.call_soon(ends[1].received, raw), version="ocpp1.6")
    b = Device(lambda raw: loop.call_soon(ends[0].received, raw), version="ocpp1.6",
               handlers={"Heartbeat": lambda p, c: {"currentTime": "2024-01-01T00:00:00Z"}})
    ends += [a, b]
    a.connected(); b.connected()
    await a.call("Heartbeat", {})
    return time.perf_counter()
t = asyncio.run(main())
""",
    "ocpp_engine: every 2.1 validator ready": """
import time
from ocpp_engine.validation import preload
preload(["ocpp2.1"])
t = time.perf_counter()
""",
    "ocpp (defaults)": """
import asyncio, time
from ocpp.routing import on
from ocpp.v16 import ChargePoint, call, call_result
class Q:
    def __init__(self, i, o): self.i, self.o = i, o
    async def recv(self): return await self.i.get()
    async def send(self, m): self.o.put_nowait(m)
class S(ChargePoint):
    @on("Heartbeat")
    def hb(self): return call_result.Heartbeat(current_time="2024-01-01T00:00:00Z")
async def main():
    q1, q2 = asyncio.Queue(), asyncio.Queue()
    a, b = ChargePoint("cp", Q(q2, q1)), S("cp", Q(q1, q2))
    tasks = [asyncio.create_task(a.start()), asyncio.create_task(b.start())]
    await a.call(call.Heartbeat())
    t = time.perf_counter()
    for task in tasks: task.cancel()
    return t
t = asyncio.run(main())
""",
}


def bench_startup(runs: int) -> dict[str, Any]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure with cached bytecode, as installed
    env["PYTHONPATH"] = ROOT + os.pathsep + env.get("PYTHONPATH", "")
    results: dict[str, Any] = {}
    children = dict(_STARTUP_CHILDREN)
    if not HAVE_OCPP:
        del children["ocpp (defaults)"]
    samples: dict[str, list[float]] = {name: [] for name in children}
    for code in children.values():  # once to write the bytecode caches
        subprocess.run([sys.executable, "-c", code], env=env, check=True, capture_output=True)
    for _ in range(runs):
        for name, code in children.items():
            script = code + "print(repr(t))\n"
            start = time.perf_counter()  # CLOCK_MONOTONIC: the same clock as the child's
            out = subprocess.run(
                [sys.executable, "-c", script], env=env, check=True, capture_output=True, text=True
            ).stdout
            samples[name].append((float(out.strip().splitlines()[-1]) - start) * 1e3)
    for name, values in samples.items():
        results[name] = {"median_ms": statistics.median(values), "min_ms": min(values)}
    base = results["python + import asyncio"]["median_ms"]
    for name in results:
        results[name]["over_python_asyncio_ms"] = results[name]["median_ms"] - base
    return results


# -- memory ----------------------------------------------------------------------------------


def _measure(make: Callable[[], Any], count: int) -> float:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    keep = [make() for _ in range(count)]
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    size = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    del keep
    return size / count


async def bench_memory(count: int) -> dict[str, Any]:
    handlers = {"Heartbeat": lambda payload, ctx: {"currentTime": NOW}}

    def engine_device() -> Device:
        device = Device(print, handlers=handlers, version="ocpp1.6")
        device.connected()
        return device

    results = {"ocpp_engine Device (connected, idle)": _measure(engine_device, count)}
    if HAVE_OCPP:
        from ocpp.v16 import ChargePoint

        conn = _QueueConnection(asyncio.Queue(), asyncio.Queue())
        results["ocpp ChargePoint"] = _measure(lambda: ChargePoint("cp", conn), count)

        tasks: list[asyncio.Task[Any]] = []

        def with_task() -> Any:
            cp = ChargePoint("cp", _QueueConnection(asyncio.Queue(), asyncio.Queue()))
            tasks.append(asyncio.get_running_loop().create_task(cp.start()))
            return cp

        results["ocpp ChargePoint + its receive task"] = _measure(with_task, count)
        await asyncio.sleep(0)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
    return {name: {"bytes_per_device": v} for name, v in results.items()}


# -- many calls in flight --------------------------------------------------------------------


async def bench_concurrent(pairs: int, calls: int, rounds: int) -> dict[str, Any]:
    classes = [c for c in setup_classes() if c is not EngineTyped]
    samples: dict[str, list[float]] = {}
    for r in range(rounds):
        for cls in classes[r % len(classes) :] + classes[: r % len(classes)]:
            setups = [cls("Heartbeat") for _ in range(pairs)]
            for s in setups:
                await s.start()
            setups[0].before_batch()
            n = calls if not issubclass(cls, Ocpp) else max(2, calls // 10)
            await asyncio.gather(*(s.round_trip() for s in setups))  # warm up

            async def run(s: Setup, n: int = n) -> None:
                for _ in range(n):
                    await s.round_trip()

            gc.collect()
            start = time.perf_counter()
            await asyncio.gather(*(run(s) for s in setups))
            elapsed = time.perf_counter() - start
            samples.setdefault(setups[0].name, []).append(pairs * n / elapsed)
            for s in setups:
                await s.close()
    floor = statistics.median(samples["floor"])
    return {
        name: {
            "calls_per_s": statistics.median(v),
            "x_floor_throughput": statistics.median(v) / floor,
            "pairs": pairs,
        }
        for name, v in samples.items()
    }


# -- MQTT: a round trip through a real broker --------------------------------------------------


@contextlib.contextmanager
def _mosquitto(nodelay: bool) -> Any:
    """Run a Mosquitto broker on a free loopback port; yield the port."""
    import shutil
    import socket
    import tempfile

    exe = shutil.which("mosquitto") or (
        "/usr/sbin/mosquitto" if os.path.exists("/usr/sbin/mosquitto") else None
    )
    if exe is None:
        raise RuntimeError("mosquitto is not installed (apt-get install mosquitto)")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with tempfile.NamedTemporaryFile("w", suffix=".conf", delete=False) as config:
        config.write(
            f"listener {port} 127.0.0.1\nallow_anonymous true\n"
            f"set_tcp_nodelay {'true' if nodelay else 'false'}\n"
        )
    process = subprocess.Popen(
        [exe, "-c", config.name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 5
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("mosquitto did not start") from None
                time.sleep(0.02)
        yield port
    finally:
        process.terminate()
        process.wait(5)
        os.unlink(config.name)


async def _mqtt_floor(port: int, n: int, nodelay: bool) -> list[float]:
    """Round trips of raw aiomqtt QoS 1 publishes, echoed by a second client: the floor."""
    import socket

    import aiomqtt

    option = [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1 if nodelay else 0)]
    async with (
        aiomqtt.Client("127.0.0.1", port, socket_options=option) as a,
        aiomqtt.Client("127.0.0.1", port, socket_options=option) as b,
    ):
        await a.subscribe("bench/to_a", qos=1)
        await b.subscribe("bench/to_b", qos=1)

        async def echo() -> None:  # ends by itself: cancelling aiomqtt's iterator can hang
            count = 0
            async for message in b.messages:
                await b.publish("bench/to_a", message.payload, qos=1)
                count += 1
                if count == n + 1:
                    return

        echoing = asyncio.ensure_future(echo())
        replies = a.messages.__aiter__()
        times = []
        frame = json.dumps([2, "m", "Heartbeat", {}])
        for _ in range(n + 1):
            start = time.perf_counter()
            await a.publish("bench/to_b", frame, qos=1)
            json.loads((await replies.__anext__()).payload)  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
        await echoing
    return times[1:]


async def _mqtt_engine(port: int, n: int, nodelay: bool) -> list[float]:
    """Round trips of Heartbeat CALLs from an MQTT station to an MQTT central system."""
    import socket

    from ocpp_engine.transports.mqtt import MqttCentralSystem, MqttChargingStation

    options = {"socket_options": [(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1 if nodelay else 0)]}
    csms = MqttCentralSystem(
        {"Heartbeat": lambda p, c: {"currentTime": NOW}},
        version="ocpp1.6",
        hostname="127.0.0.1",
        port=port,
        client_options=options,
    )
    station = MqttChargingStation(
        "CP1", version="ocpp1.6", hostname="127.0.0.1", port=port, client_options=options
    )
    times = []
    async with csms, station:
        for _ in range(n + 1):
            start = time.perf_counter()
            await station.call("Heartbeat")
            times.append(time.perf_counter() - start)
    return times[1:]


async def bench_mqtt(n: int) -> dict[str, Any]:
    """Heartbeat round trips over Mosquitto: the engine against raw aiomqtt, Nagle on and off.

    ``TCP_NODELAY`` is what the MQTT transport sets on every broker connection, with the
    broker's ``set_tcp_nodelay true``; "Nagle" switches it off at both ends to show what it
    buys.
    """
    if importlib.util.find_spec("aiomqtt") is None:
        return {"skipped": "aiomqtt is not installed (pip install -e '.[mqtt]')"}
    rows: dict[str, Any] = {}
    try:
        for nodelay in (True, False):
            label = "TCP_NODELAY" if nodelay else "Nagle (no TCP_NODELAY)"
            count = n if nodelay else max(3, n // 20)
            with _mosquitto(nodelay) as port:
                # Each in a task of its own, bounded in time.
                floor = statistics.median(
                    await asyncio.wait_for(_mqtt_floor(port, count, nodelay), 120)
                )
                engine = statistics.median(
                    await asyncio.wait_for(_mqtt_engine(port, count, nodelay), 120)
                )
            rows[label] = {
                "floor_ms": floor * 1e3,
                "engine_ms": engine * 1e3,
                "x_floor_time": engine / floor,
                "round_trips": count,
            }
    except RuntimeError as exc:
        return {"skipped": str(exc)}
    return {"setups": rows}


# -- report ----------------------------------------------------------------------------------


def _fmt(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def print_report(report: dict[str, Any]) -> None:
    print(f"# ocpp_engine benchmarks ({report['python']}, {report['machine']})")
    for scenario, data in report["round_trips"].items():
        print(f"\n## {scenario}: sequential round trips, 4 validation directions")
        print(
            "| setup | median µs / round trip | round trips/s | time x floor "
            "| speedup vs ocpp defaults | speedup vs ocpp inline |"
        )
        print("|---|---:|---:|---:|---:|---:|")
        for name, row in data["setups"].items():
            print(
                f"| {name} | {row['median_us']:.1f} | {row['round_trips_per_s']:,.0f} | "
                f"{_fmt(row['x_floor_time'], '.2f')} | "
                f"{_fmt(row['speedup_vs_ocpp_defaults'], '.1f')} | "
                f"{_fmt(row['speedup_vs_ocpp_inline'], '.1f')} |"
            )
        for name, why in data["skipped"].items():
            print(f"(skipped {name}: {why})")
    if "frame_steps" in report:
        steps = report["frame_steps"]
        print("\n## big frames: µs per frame of each step a device takes (best of several runs)")
        print(
            "| step | "
            + " | ".join(f"{name} ({row['bytes']:,} B)" for name, row in steps.items())
            + " |"
        )
        print("|---|" + "---:|" * len(steps))
        names = dict.fromkeys(step for row in steps.values() for step in row["steps_us"])
        for step in names:
            cells = [_fmt(row["steps_us"].get(step), ".1f") for row in steps.values()]
            print(f"| {step} | " + " | ".join(cells) + " |")
    if "startup" in report:
        print("\n## process start to first validated round trip (fresh subprocess, median)")
        print("| what | median ms | min ms | over python + asyncio, ms |")
        print("|---|---:|---:|---:|")
        for name, row in report["startup"].items():
            print(
                f"| {name} | {row['median_ms']:.1f} | {row['min_ms']:.1f} | "
                f"{row['over_python_asyncio_ms']:.1f} |"
            )
    if "memory" in report:
        print("\n## memory per idle device (tracemalloc)")
        print("| what | bytes each |")
        print("|---|---:|")
        for name, row in report["memory"].items():
            print(f"| {name} | {row['bytes_per_device']:,.0f} |")
    if "mqtt" in report:
        print("\n## MQTT: Heartbeat round trips through Mosquitto on loopback, QoS 1 (median)")
        if "skipped" in report["mqtt"]:
            print(f"(skipped: {report['mqtt']['skipped']})")
        else:
            print("| sockets | raw aiomqtt echo ms | ocpp_engine ms | x floor |")
            print("|---|---:|---:|---:|")
            for name, row in report["mqtt"]["setups"].items():
                print(
                    f"| {name} | {row['floor_ms']:.2f} | {row['engine_ms']:.2f} | "
                    f"{row['x_floor_time']:.2f} |"
                )
    if "concurrent" in report:
        print("\n## many calls in flight: Heartbeat, one call in flight per pair")
        print("| setup | pairs | calls/s | x floor throughput |")
        print("|---|---:|---:|---:|")
        for name, row in report["concurrent"].items():
            print(
                f"| {name} | {row['pairs']} | {row['calls_per_s']:,.0f} | "
                f"{row['x_floor_throughput']:.2f} |"
            )


async def main_async(args: argparse.Namespace) -> dict[str, Any]:
    quick = args.quick
    report: dict[str, Any] = {
        "python": f"CPython {platform.python_version()}",
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "quick": quick,
        "round_trips": {},
    }
    rounds = 2 if quick else args.rounds
    batch = 0.01 if quick else args.batch_seconds
    for scenario in SCENARIOS:
        report["round_trips"][scenario] = await bench_round_trips(scenario, rounds, batch)
    report["frame_steps"] = bench_frame_steps(3 if quick else 9, 20 if quick else 500)
    report["memory"] = await bench_memory(200 if quick else 10_000)
    report["concurrent"] = await bench_concurrent(
        10 if quick else 100, 5 if quick else 100, 1 if quick else 3
    )
    if not args.no_mqtt:
        report["mqtt"] = await bench_mqtt(20 if quick else 400)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--json", metavar="PATH", help="write the results as JSON to PATH")
    parser.add_argument("--rounds", type=int, default=9, help="batches per setup (full run)")
    parser.add_argument(
        "--batch-seconds", type=float, default=0.25, help="target duration of one batch (full run)"
    )
    parser.add_argument("--no-startup", action="store_true", help="skip the subprocess timings")
    parser.add_argument(
        "--no-mqtt",
        action="store_true",
        help="skip the MQTT round trips (they need mosquitto and aiomqtt)",
    )
    args = parser.parse_args(argv)
    report = asyncio.run(main_async(args))
    if not args.no_startup:
        report["startup"] = bench_startup(2 if args.quick else 15)
    print_report(report)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
