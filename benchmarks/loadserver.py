"""The server process of benchmarks/load.py: one central system, driven over stdin/stdout.

    python benchmarks/loadserver.py KIND [--opt key=value ...]

KIND is ``engine`` (`ocpp_engine.transports.websocket.CentralSystem`), ``floor`` (a bare
``websockets`` server that passes every frame through ``json.loads``/``json.dumps`` and answers
a canned CALLRESULT), ``ocpp`` (a mobilityhouse ``ocpp`` 2.1.0 ``ChargePoint`` per connection)
or ``picows`` (the engine's `Device` on a picows server, when picows is installed). All answer
the same CALLs with the same payloads; all accept OCPP 1.6 only.

Options (``--opt key=value``, see `OPTIONS`) change the server's settings, its event loop and
its garbage collector. The process prints one JSON line when it listens (``port``, ``pid``),
then answers each JSON command line on standard input with one JSON line (see `serve_commands`).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import importlib.util
import json
import os
import resource
import sys
import threading
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)

NOW = "2024-01-01T00:00:00Z"

#: action -> the CALLRESULT payload every server answers with.
ANSWERS: dict[str, dict[str, Any]] = {
    "BootNotification": {"status": "Accepted", "currentTime": NOW, "interval": 300},
    "Heartbeat": {"currentTime": NOW},
    "StatusNotification": {},
    "Authorize": {"idTagInfo": {"status": "Accepted"}},
    "MeterValues": {},
}

#: The CALL the fan-out sends to every station.
FANOUT_ACTION = "ChangeAvailability"
FANOUT_PAYLOAD = {"connectorId": 0, "type": "Operative"}

#: key -> what it changes (values are strings on the command line).
OPTIONS: dict[str, str] = {
    "compression": "deflate | none: permessage-deflate offered to the stations",
    "window": "9-15: server_max_window_bits and client_max_window_bits (deflate; default 12)",
    "memlevel": "1-9: zlib memLevel of the compressor (deflate; default 5)",
    "no_takeover": (
        "1: server_no_context_takeover (no compressor kept between messages); both: and "
        "client_no_context_takeover (no decompressor kept either)"
    ),
    "max_queue": "frames buffered per connection before reading stops (websockets: 16)",
    "write_limit": "bytes buffered per connection before send waits (websockets: 32768)",
    "ping": "ping_interval in seconds, or none (default 20)",
    "backlog": "the listen backlog (asyncio: 100)",
    "read_buffer": "picows only: read_buffer_init_size in bytes (picows: 16384)",
    "loop": "asyncio | uvloop",
    "gc": "freeze: gc.freeze() after start-up and after connecting (on the freeze command)",
    "gc_threshold": "a:b:c for gc.set_threshold (CPython default 700:10:10)",
    "gc_freeze": "engine only: CentralSystem(gc_freeze=SECONDS), freezing after stations connect",
    "codec": "json | orjson: the floor's JSON codec (default json, as the stdlib)",
    "trace": "1: run tracemalloc from the start (for the top command; slows everything)",
}


def parse_options(items: list[str]) -> dict[str, str]:
    """Parse ``key=value`` items; raise SystemExit on an unknown key."""
    options: dict[str, str] = {}
    for item in items:
        key, _, value = item.partition("=")
        if key not in OPTIONS:
            raise SystemExit(f"unknown option {key!r}; known: {', '.join(OPTIONS)}")
        options[key] = value
    return options


def websockets_options(options: dict[str, str]) -> dict[str, Any]:
    """The keyword arguments of ``websockets.asyncio.server.serve`` the options ask for."""
    from websockets.extensions.permessage_deflate import ServerPerMessageDeflateFactory

    out: dict[str, Any] = {}
    compression = options.get("compression", "deflate")
    out["compression"] = None if compression == "none" else "deflate"
    if compression != "none" and {"window", "memlevel", "no_takeover"} & set(options):
        bits = int(options.get("window", "12"))
        out["extensions"] = [
            ServerPerMessageDeflateFactory(
                server_max_window_bits=bits,
                client_max_window_bits=bits,
                server_no_context_takeover=options.get("no_takeover") in ("1", "both"),
                client_no_context_takeover=options.get("no_takeover") == "both",
                compress_settings={"memLevel": int(options.get("memlevel", "5"))},
            )
        ]
    if "max_queue" in options:
        out["max_queue"] = int(options["max_queue"])
    if "write_limit" in options:
        out["write_limit"] = int(options["write_limit"])
    if "ping" in options:
        out["ping_interval"] = None if options["ping"] == "none" else float(options["ping"])
    if "backlog" in options:
        out["backlog"] = int(options["backlog"])
    return out


class Server:
    """What every kind of server offers the command loop."""

    port = 0

    async def start(self) -> None:
        raise NotImplementedError

    def count(self) -> int:
        raise NotImplementedError

    def calls(self) -> list[Awaitable[Any]]:
        """One fan-out CALL to each connected station."""
        raise NotImplementedError

    async def close(self) -> None:
        raise NotImplementedError


class EngineServer(Server):
    def __init__(self, options: dict[str, str]) -> None:
        from ocpp_engine.transports.websocket import CentralSystem

        ws = websockets_options(options)
        compression = ws.pop("compression")
        ping = ws.pop("ping_interval", 20.0)
        handlers = {action: _answer(payload) for action, payload in ANSWERS.items()}
        extra: dict[str, Any] = {}
        if "gc_freeze" in options:
            extra["gc_freeze"] = float(options["gc_freeze"])
        self.csms = CentralSystem(
            handlers,
            port=0,
            versions=["ocpp1.6"],
            compression=compression,
            ping_interval=ping,
            serve_options=ws,
            **extra,
        )

    async def start(self) -> None:
        await self.csms.start()
        self.port = self.csms.port

    def count(self) -> int:
        return len(self.csms.stations)

    def calls(self) -> list[Awaitable[Any]]:
        return [
            self.csms.call(identity, FANOUT_ACTION, FANOUT_PAYLOAD)
            for identity in list(self.csms.stations)
        ]

    async def close(self) -> None:
        await self.csms.close()


def _answer(payload: dict[str, Any]) -> Callable[[Any, Any], dict[str, Any]]:
    return lambda _payload, _ctx: payload


class FloorServer(Server):
    """json.loads each frame, json.dumps a canned CALLRESULT: the least any server must do."""

    def __init__(self, options: dict[str, str]) -> None:
        self.options = websockets_options(options)
        self.loads: Callable[[Any], Any] = json.loads
        self.dumps: Callable[[Any], Any] = json.dumps
        if options.get("codec") == "orjson":
            import orjson

            self.loads = orjson.loads
            self.dumps = lambda value: orjson.dumps(value).decode()
        self.connections: dict[str, Any] = {}
        self.pending: dict[str, asyncio.Future[Any]] = {}
        self.ids = 0

    async def start(self) -> None:
        from websockets.asyncio.server import serve

        self.server = await serve(
            self.handle, "127.0.0.1", 0, subprotocols=["ocpp1.6"], max_size=2**20, **self.options
        )
        self.port = self.server.sockets[0].getsockname()[1]

    async def handle(self, websocket: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        identity = websocket.request.path.rsplit("/", 1)[-1]
        self.connections[identity] = websocket
        loads, dumps, answers, pending = self.loads, self.dumps, ANSWERS, self.pending
        try:
            async for raw in websocket:
                message = loads(raw)
                if message[0] == 2:
                    await websocket.send(dumps([3, message[1], answers[message[2]]]))
                elif message[0] == 3:
                    future = pending.pop(message[1], None)
                    if future is not None and not future.done():
                        future.set_result(message[2])
        except ConnectionClosed:
            pass
        finally:
            if self.connections.get(identity) is websocket:
                del self.connections[identity]

    async def call(self, websocket: Any) -> Any:
        self.ids += 1
        message_id = str(self.ids)
        future = asyncio.get_running_loop().create_future()
        self.pending[message_id] = future
        await websocket.send(json.dumps([2, message_id, FANOUT_ACTION, FANOUT_PAYLOAD]))
        return await asyncio.wait_for(future, 30)

    def count(self) -> int:
        return len(self.connections)

    def calls(self) -> list[Awaitable[Any]]:
        return [self.call(ws) for ws in list(self.connections.values())]

    async def close(self) -> None:
        self.server.close()
        await self.server.wait_closed()


class OcppServer(Server):
    """mobilityhouse ``ocpp`` 2.1.0: a v16 ChargePoint per connection, its defaults kept."""

    def __init__(self, options: dict[str, str]) -> None:
        from ocpp.routing import on
        from ocpp.v16 import ChargePoint
        from ocpp.v16 import call_result as result
        from ocpp.v16.enums import Action

        self.options = websockets_options(options)
        self.stations: dict[str, Any] = {}

        class Csms(ChargePoint):  # type: ignore[misc]
            @on(Action.boot_notification)
            def on_boot(self, **kwargs: Any) -> Any:
                return result.BootNotification(current_time=NOW, interval=300, status="Accepted")

            @on(Action.heartbeat)
            def on_heartbeat(self) -> Any:
                return result.Heartbeat(current_time=NOW)

            @on(Action.status_notification)
            def on_status(self, **kwargs: Any) -> Any:
                return result.StatusNotification()

            @on(Action.authorize)
            def on_authorize(self, id_tag: str) -> Any:
                return result.Authorize(id_tag_info={"status": "Accepted"})

            @on(Action.meter_values)
            def on_meter(self, **kwargs: Any) -> Any:
                return result.MeterValues()

        self.cls = Csms

    async def start(self) -> None:
        from websockets.asyncio.server import serve

        self.server = await serve(
            self.handle, "127.0.0.1", 0, subprotocols=["ocpp1.6"], max_size=2**20, **self.options
        )
        self.port = self.server.sockets[0].getsockname()[1]

    async def handle(self, websocket: Any) -> None:
        from websockets.exceptions import ConnectionClosed

        identity = websocket.request.path.rsplit("/", 1)[-1]
        cp = self.cls(identity, websocket)
        self.stations[identity] = cp
        try:
            with contextlib.suppress(ConnectionClosed):
                await cp.start()
        finally:
            if self.stations.get(identity) is cp:
                del self.stations[identity]

    def count(self) -> int:
        return len(self.stations)

    def calls(self) -> list[Awaitable[Any]]:
        from ocpp.v16 import call

        return [
            cp.call(call.ChangeAvailability(connector_id=0, type="Operative"))
            for cp in list(self.stations.values())
        ]

    async def close(self) -> None:
        self.server.close()
        await self.server.wait_closed()


KINDS: dict[str, Callable[[dict[str, str]], Server]] = {
    "engine": EngineServer,
    "floor": FloorServer,
    "ocpp": OcppServer,
}


def _picows(options: dict[str, str]) -> Server:
    from picows_server import PicowsServer  # type: ignore[import-not-found]

    server: Server = PicowsServer(options)
    return server


if importlib.util.find_spec("picows") is not None:
    KINDS["picows"] = _picows


# -- measurements ------------------------------------------------------------------------------


def rss_kb() -> int:
    """The resident set of this process, in KiB (Linux)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


class GcPauses:
    """Times every collection through `gc.callbacks`."""

    def __init__(self) -> None:
        self.reset()
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def reset(self) -> None:
        self.pauses: list[tuple[int, float]] = []
        self.collected = [0, 0, 0]  # the objects found unreachable, per generation
        self.cpu_ms = 0.0  # the CPU time of the collections (the pauses are wall-clock time)

    def _callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
            self._cpu = time.thread_time()
        else:
            self.pauses.append((info["generation"], (time.perf_counter() - self._started) * 1000))
            self.collected[info["generation"]] += info["collected"]
            self.cpu_ms += (time.thread_time() - self._cpu) * 1000

    def report(self) -> dict[str, Any]:
        full = [ms for generation, ms in self.pauses if generation == 2]
        by_generation = {
            str(g): {
                "count": len(times),
                "max_ms": max(times, default=0.0),
                "mean_ms": sum(times) / len(times) if times else 0.0,
                "collected": self.collected[g],
            }
            for g in range(3)
            for times in [[ms for generation, ms in self.pauses if generation == g]]
        }
        return {
            "by_generation": by_generation,
            "collections": len(self.pauses),
            "full": len(full),
            "max_ms": max((ms for _, ms in self.pauses), default=0.0),
            "full_max_ms": max(full, default=0.0),
            "total_ms": sum(ms for _, ms in self.pauses),
            "cpu_ms": self.cpu_ms,
        }


def top(limit: int = 30) -> list[dict[str, Any]]:
    """The largest live allocations by file, then by line, while tracemalloc runs."""
    if not tracemalloc.is_tracing():
        return []
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__)]
    )
    return [
        {"where": str(stat.traceback[0]), "bytes": stat.size, "count": stat.count}
        for group in ("filename", "lineno")
        for stat in snapshot.statistics(group)[:limit]
    ]


_SNAPSHOT: list[tracemalloc.Snapshot] = []


def grown(limit: int = 30) -> list[dict[str, Any]]:
    """What grew since the previous call, by line (the first call only takes a snapshot)."""
    if not tracemalloc.is_tracing():
        return []
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__)]
    )
    before = _SNAPSHOT[:1]
    _SNAPSHOT[:] = [snapshot]
    if not before:
        return []
    return [
        {"where": str(stat.traceback[0]), "bytes": stat.size_diff, "count": stat.count_diff}
        for stat in snapshot.compare_to(before[0], "lineno")[:limit]
    ]


def young(limit: int = 8) -> list[dict[str, Any]]:
    """What the young generations hold: per generation, the objects with most referents.

    A young collection visits every referent of every young object, so one large container
    that is young (or became tracked again) makes every young collection slow.
    """
    out = []
    for generation in (0, 1):
        objects = gc.get_objects(generation)
        sized = sorted((len(gc.get_referents(o)), type(o).__qualname__) for o in objects)
        visits = sum(size for size, _ in sized)
        out.append(
            {
                "generation": generation,
                "objects": len(objects),
                "referents": visits,
                "largest": sized[-limit:],
            }
        )
        del objects
    return out


async def fanout(server: Server) -> dict[str, Any]:
    started = time.perf_counter()
    calls = server.calls()
    results = await asyncio.gather(*calls, return_exceptions=True)
    seconds = time.perf_counter() - started
    failed = [r for r in results if isinstance(r, BaseException)]
    return {
        "stations": len(results),
        "failed": len(failed),
        "first_failure": repr(failed[0]) if failed else None,
        "seconds": seconds,
    }


async def serve_commands(server: Server, options: dict[str, str]) -> None:
    """Answer commands until ``quit``: ``stats``, ``reset``, ``freeze``, ``collect``, ``fanout``,
    ``top``, ``grown``, ``young``."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str] = asyncio.Queue()
    pauses = GcPauses()

    def read() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(lines.put_nowait, line)
        loop.call_soon_threadsafe(lines.put_nowait, '{"cmd": "quit"}')

    await server.start()
    if options.get("gc") == "freeze":
        gc.collect()
        gc.freeze()
    threading.Thread(target=read, daemon=True).start()
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    print(
        json.dumps({"port": server.port, "pid": os.getpid(), "fd_limit": soft, "rss_kb": rss_kb()}),
        flush=True,
    )
    while True:
        command = json.loads(await lines.get())
        name = command["cmd"]
        result: dict[str, Any]
        if name == "quit":
            await server.close()
            print(json.dumps({"quit": True}), flush=True)
            return
        if name == "stats":
            times = os.times()
            result = {
                "rss_kb": rss_kb(),
                "stations": server.count(),
                "cpu_s": times.user + times.system,
                "gc": pauses.report(),
                "traced_bytes": tracemalloc.get_traced_memory()[0]
                if tracemalloc.is_tracing()
                else None,
                "gc_objects": len(gc.get_objects()),
                "tasks": len(asyncio.all_tasks()),
            }
        elif name == "reset":
            pauses.reset()
            result = {"reset": True}
        elif name == "freeze":
            if options.get("gc") == "freeze":
                gc.collect()
                gc.freeze()
            result = {"frozen": gc.get_freeze_count()}
        elif name == "fanout":
            result = await fanout(server)
        elif name == "collect":
            # what a collection of each generation costs now, timed alone
            result = {}
            for generation in (0, 1, 2):
                started = time.perf_counter()
                gc.collect(generation)
                result[str(generation)] = (time.perf_counter() - started) * 1000
            result["objects"] = len(gc.get_objects())
            result["frozen"] = gc.get_freeze_count()
        elif name == "young":
            result = {"young": young()}
        elif name == "top":
            result = {"top": top()}
        elif name == "grown":
            result = {"grown": grown()}
        else:
            result = {"error": f"unknown command {name!r}"}
        print(json.dumps(result), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", choices=sorted(KINDS))
    parser.add_argument("--opt", action="append", default=[], metavar="KEY=VALUE")
    args = parser.parse_args()
    options = parse_options(args.opt)
    if options.get("trace") == "1":
        tracemalloc.start()
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    if "gc_threshold" in options:
        gc.set_threshold(*(int(x) for x in options["gc_threshold"].split(":")))
    server = KINDS[args.kind](options)
    if options.get("loop") == "uvloop":
        import uvloop

        uvloop.run(serve_commands(server, options))
    else:
        asyncio.run(serve_commands(server, options))


if __name__ == "__main__":
    main()
