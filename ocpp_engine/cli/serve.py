"""``ocpp-engine serve``: a WebSocket central system for testing a charging station.

It answers every station-initiated message with a schema-valid default, prints every frame on
one line (`ocpp_engine.cli._log`), and sends the calls chosen with ``--call`` or typed on stdin.
The answers (`TestCentralSystem.handlers`) are also the central system of ``ocpp-engine demo``.
The ``websockets`` extra is imported only when the command runs.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import socket
import ssl
import sys
import threading
from collections.abc import Coroutine, Iterable
from typing import TYPE_CHECKING, Any, Final, TextIO

from .._device import CallContext, Device, Handler
from .._errors import CallError, OCPPError
from .._tasks import TaskSet
from .._versions import Role, Version, rules_for
from ._common import (
    JSON_VERSIONS,
    Command,
    actions_from,
    chosen_versions,
    default_answer,
    install_stop,
    missing_websockets,
    now,
    positive_int,
    versions_arg,
)
from ._log import FrameLog, show_library_log

if TYPE_CHECKING:
    from ..transports.websocket import CentralSystem, HandshakeRequest, Station

__all__ = [
    "COMMAND",
    "TestCentralSystem",
    "check_calls",
    "parse_calls",
    "run_serve",
]

_NEWEST_FIRST: Final = (Version.V21, Version.V201, Version.V16)


class _Boot:
    """What `serve` answers to BootNotification."""

    def __init__(self, status: str, interval: int) -> None:
        self.status = status
        self.interval = interval


class TestCentralSystem:
    """The central system of ``ocpp-engine serve``: answers every station, logs every frame.

    Args:
        log: the `FrameLog` lines go to.
        boot_status: the BootNotification status given to every station.
        interval: the interval of the BootNotification answer (heartbeat, or retry wait).
        calls: ``(action, payload)`` pairs sent to each station once its first boot was
            answered Accepted or Pending, in order.
    """

    __test__ = False  # not a pytest class

    def __init__(
        self,
        log: FrameLog,
        *,
        boot_status: str = "Accepted",
        interval: int = 300,
        calls: Iterable[tuple[str, dict[str, Any]]] = (),
    ) -> None:
        self.log = log
        self.boot = _Boot(boot_status, interval)
        self.calls = list(calls)
        self.server: CentralSystem | None = None
        self._tx_ids = itertools.count(1)
        self._tasks = TaskSet()
        self.booted: dict[str, str] = {}  # identity -> last boot status

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run *coro* as a task that `close` cancels."""
        return self._tasks.spawn(coro)

    async def close(self) -> None:
        """Cancel the tasks still running. Raises nothing."""
        await self._tasks.cancel_all()

    def device(self, request: HandshakeRequest) -> Device:
        """The `CentralSystem` device factory: one logged device per connection."""
        version = request.version or Version.V16
        identity = request.identity
        device = Device(None, self.handlers(version, identity), role=Role.CSMS, identity=identity)
        self.log.attach(device, "CSMS", identity)
        return device

    def handlers(self, version: Version, identity: str) -> dict[str, Handler]:
        """The answers to the station's CALLs in *version*."""
        v16 = version is Version.V16
        first_boot = [True]

        def boot(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
            self.booted[identity] = self.boot.status
            if self.boot.status != "Rejected" and first_boot[0] and self.calls:
                first_boot[0] = False
                device = ctx.device

                def send_calls() -> None:  # once the answer is on its way, not before
                    self.spawn(self._send_calls(device, identity))

                ctx.after_reply(send_calls)
            return {
                "status": self.boot.status,
                "currentTime": now(),
                "interval": self.boot.interval,
            }

        def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
            return {"currentTime": now()}

        def authorize(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
            return {"idTagInfo" if v16 else "idTokenInfo": {"status": "Accepted"}}

        def start(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
            return {"transactionId": next(self._tx_ids), "idTagInfo": {"status": "Accepted"}}

        def stop(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
            return {"idTagInfo": {"status": "Accepted"}} if "idTag" in payload else {}

        def tx_event(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
            return {"idTokenInfo": {"status": "Accepted"}} if "idToken" in payload else {}

        def data_transfer(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
            return {"status": "Accepted"}

        handlers: dict[str, Handler] = {
            "*": default_answer,
            "BootNotification": boot,
            "Heartbeat": heartbeat,
            "Authorize": authorize,
            "DataTransfer": data_transfer,
        }
        if v16:
            handlers.update(StartTransaction=start, StopTransaction=stop)
        else:
            handlers.update(TransactionEvent=tx_event)
        return handlers

    async def _send_calls(self, device: Device, identity: str) -> None:
        for action, payload in self.calls:
            await self.send(device, identity, action, payload)

    async def send(
        self, device: Device, identity: str, action: str, payload: dict[str, Any]
    ) -> None:
        """Send one CALL to a station and report a failure (the frames log the rest)."""
        try:
            await device.call(action, payload)
        except asyncio.CancelledError:
            raise
        except CallError as exc:
            self.log.line(f"{identity}: {action} answered with CALLERROR {exc}")
        except (OCPPError, ValueError, TypeError) as exc:
            self.log.line(f"{identity}: {action} not sent: {exc}")

    def on_connect(self, station: Station) -> None:
        """Log a new connection."""
        address = station.request.remote_address
        where = f"{address[0]}:{address[1]}" if isinstance(address, tuple) else str(address)
        self.log.line(f"{station.identity} connected ({station.version.value}, from {where})")

    def on_disconnect(self, station: Station) -> None:
        """Log a lost connection."""
        self.log.line(f"{station.identity} disconnected")


_HELP: Final = """\
commands:
  IDENTITY ACTION [JSON]   send a CALL to a station, e.g.  CP-1 Reset {"type":"Soft"}
  * ACTION [JSON]          send it to every connected station
  ACTION [JSON]            send it to the only connected station
  list                     the connected stations
  boot STATUS              answer the next BootNotifications Accepted, Pending or Rejected
  help                     this text
  quit                     stop the server (also Ctrl-C, Ctrl-D)"""


class _Console:
    """The command prompt of `serve` on stdin."""

    def __init__(self, csms: TestCentralSystem, stop: asyncio.Event, interactive: bool) -> None:
        self.csms = csms
        self.stop = stop
        self.interactive = interactive

    def run_line(self, line: str) -> None:
        """Carry out one command line."""
        line = line.strip()
        if not line or line.startswith("#"):
            return
        server = self.csms.server
        stations = dict(server.stations) if server is not None else {}
        say = self.csms.log.line
        word, _, rest = line.partition(" ")
        if word in ("quit", "exit"):
            self.stop.set()
            return
        if word in ("help", "?"):
            print(_HELP, flush=True)
            return
        if word == "boot":
            if rest.strip() not in ("Accepted", "Pending", "Rejected"):
                say("usage: boot Accepted|Pending|Rejected")
                return
            self.csms.boot.status = rest.strip()
            say(f"BootNotification is now answered {self.csms.boot.status}")
            return
        if word == "list":
            if not stations:
                say("no station connected")
            for name, station in stations.items():
                status = self.csms.booted.get(name, "not booted")
                say(f"{name} {station.version.value} boot: {status}")
            return
        if word == "*":
            targets = list(stations)
            command = rest
        elif word in stations:
            targets, command = [word], rest
        elif any(word in rules_for(v).actions for v in Version):
            if len(stations) != 1:
                names = ", ".join(stations)
                first = next(iter(stations), "CP-1")
                say(
                    f"{word}: to which station? "
                    + (
                        f"{len(stations)} are connected ({names}): name one, as in "
                        f"'{first} {line}', or send it to all with '* {line}'"
                        if stations
                        else "none is connected"
                    )
                )
                return
            targets, command = list(stations), line
        else:
            known = ", ".join(stations) or "none connected"
            say(f"unknown command or station {word!r} (stations: {known}); try help")
            return
        action, _, text = command.strip().partition(" ")
        if not action:
            say('which action? e.g. CP-1 Reset {"type":"Soft"}')
            return
        try:
            payload = json.loads(text) if text.strip() else {}
        except ValueError as exc:
            say(f"the payload is not JSON: {exc}")
            return
        if not isinstance(payload, dict):
            say("the payload must be a JSON object")
            return
        for name in targets:
            station = stations[name]
            self.csms.spawn(self.csms.send(station.device, name, action, payload))

    async def run(self) -> None:
        """Read command lines from stdin until it ends (then stop only when interactive)."""
        loop = asyncio.get_running_loop()
        lines: asyncio.Queue[str | None] = asyncio.Queue()

        def read() -> None:
            try:
                for raw in sys.stdin:
                    loop.call_soon_threadsafe(lines.put_nowait, raw)
            except (OSError, ValueError):  # pragma: no cover - stdin closed under us
                pass
            with contextlib.suppress(RuntimeError):  # the loop is gone
                loop.call_soon_threadsafe(lines.put_nowait, None)

        threading.Thread(target=read, name="ocpp-engine-stdin", daemon=True).start()
        while True:
            if self.interactive:
                print("> ", end="", flush=True)
            line = await lines.get()
            if line is None:
                if self.interactive:
                    self.stop.set()
                return
            self.run_line(line)


def parse_calls(pairs: Iterable[Iterable[str]] | None) -> list[tuple[str, dict[str, Any]]]:
    """Turn ``--call ACTION JSON`` pairs into ``(action, payload)``.

    Raises:
        ValueError: a payload is not a JSON object.
    """
    calls = []
    for action, text in (tuple(p) for p in pairs or ()):
        try:
            payload = json.loads(text)
        except ValueError as exc:
            raise ValueError(f"--call {action}: the payload is not JSON: {exc}") from None
        if not isinstance(payload, dict):
            raise ValueError(f"--call {action}: the payload must be a JSON object")
        calls.append((action, payload))
    return calls


def check_calls(calls: Iterable[tuple[str, Any]], versions: Iterable[Version]) -> None:
    """Check that every action of *calls* is one a central system sends in some of *versions*.

    Raises:
        ValueError: an action is unknown, or only a station sends it.
    """
    allowed = {a for v in versions for a in actions_from(v, Role.CSMS)}
    for action, _ in calls:
        if action not in allowed:
            raise ValueError(
                f"--call {action}: not an action a central system sends in the enabled versions"
            )


def _lan_address() -> str:
    """Guess this machine's address on the local network (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the outgoing interface
            address = str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    return address if address != "0.0.0.0" else "127.0.0.1"


async def run_serve(
    *,
    host: str,
    port: int,
    path: str,
    versions: Iterable[Version],
    password: str | None,
    boot_status: str,
    interval: int,
    calls: list[tuple[str, dict[str, Any]]],
    commands: bool | None,
    out: TextIO | None = None,
    tls: ssl.SSLContext | None = None,
    cluster: str | None = None,
    node_id: str | None = None,
    prefix: str = "ocpp",
) -> int:
    """Run ``ocpp-engine serve`` until Ctrl-C, SIGTERM or ``quit``; return the exit status.

    *commands*: read commands from stdin (``None``: only when stdin is a terminal).
    *tls*: serve ``wss://`` with this server context (security profiles 2 and 3).
    *cluster*: join the cluster on this broker URL as an edge node (*node_id*, *prefix*).
    """
    from ..transports.websocket import CentralSystem

    log = FrameLog(out)
    csms = TestCentralSystem(log, boot_status=boot_status, interval=interval, calls=calls)
    enabled = [v for v in _NEWEST_FIRST if v in set(versions)]

    def authorize(request: HandshakeRequest) -> bool:
        if password is None or request.password_bytes == password.encode():
            return True
        log.line(f"{request.identity} refused: wrong or missing password")
        return False

    joined = None
    if cluster is not None:
        from ..cluster import Cluster, bus_from_url

        try:
            joined = Cluster(bus_from_url(cluster, prefix), node_id=node_id)
        except (ValueError, ImportError) as exc:
            print(f"ocpp-engine serve: {exc}", file=sys.stderr)
            return 2
    server = CentralSystem(
        cluster=joined,
        host=host,
        port=port,
        versions=enabled,
        authorize=authorize,
        device_factory=csms.device,
        on_connect=csms.on_connect,
        on_disconnect=csms.on_disconnect,
        ssl=tls,
    )
    csms.server = server
    stop = asyncio.Event()
    install_stop(stop)
    try:
        await server.start()
    except OSError as exc:
        if joined is not None and isinstance(exc, ConnectionError):
            print(f"ocpp-engine serve: cannot join the cluster: {exc}", file=sys.stderr)
        else:
            print(f"ocpp-engine serve: cannot listen on {host}:{port}: {exc}", file=sys.stderr)
        return 1
    undo = show_library_log(log)
    everywhere = host in ("0.0.0.0", "", "::")
    shown = _lan_address() if everywhere else host
    shown = f"[{shown}]" if ":" in shown else shown
    scheme = "ws" if tls is None else "wss"
    url = f"{scheme}://{shown}:{server.port}/{path.strip('/')}".rstrip("/")
    log.line(
        f"ocpp-engine serve: listening on {host}:{server.port} "
        f"({', '.join(v.value for v in enabled)})"
    )
    log.line(f"connect stations to {url} (they append their identity: {url}/CP-1)")
    if joined is not None:
        log.line(f"ocpp-engine serve: edge node {joined.node_id} of the cluster at {cluster}")
    if everywhere and shown != "127.0.0.1":
        log.line(f"from this machine: {scheme}://127.0.0.1:{server.port}/{path.strip('/')}")
    interactive = sys.stdin is not None and sys.stdin.isatty()
    console = None
    if commands or (commands is None and interactive):
        console = _Console(csms, stop, interactive)
        if interactive:
            print(_HELP, flush=True)
        csms.spawn(console.run())
    try:
        await stop.wait()
    finally:
        log.line("ocpp-engine serve: stopping")
        await csms.close()
        await server.close()
        undo()
    return 0


# -- the command ---------------------------------------------------------------------------------


def _add_arguments(serve: argparse.ArgumentParser) -> None:
    versions = ", ".join(v.value for v in JSON_VERSIONS)
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="the interface to listen on (default: 127.0.0.1, this machine "
        "only; 0.0.0.0 for every IPv4 interface, :: for every one)",
    )
    serve.add_argument(
        "--port", type=int, default=9000, help="the TCP port (default: 9000; 0 picks a free one)"
    )
    serve.add_argument(
        "--path",
        default="ocpp",
        help="the path shown in the URL (default: ocpp); stations may use any "
        "path, the last segment is their identity",
    )
    serve.add_argument(
        "--version",
        "--versions",
        dest="versions",
        type=versions_arg,
        action="append",
        metavar="V[,V...]",
        help=f"a version accepted, or several (repeatable, or comma-separated; "
        f"default: all of {versions}); the newest one a station offers "
        "is chosen",
    )
    serve.add_argument("--password", help="require HTTP Basic auth with this password")
    serve.add_argument(
        "--certfile",
        metavar="PEM",
        help="serve wss:// with this certificate (chain) (security profile 2)",
    )
    serve.add_argument(
        "--keyfile", metavar="PEM", help="the certificate's private key (default: in --certfile)"
    )
    serve.add_argument(
        "--client-ca",
        metavar="PEM",
        help="require client certificates signed by this CA (profile 3)",
    )
    serve.add_argument(
        "--boot-status",
        choices=["Accepted", "Pending", "Rejected"],
        default="Accepted",
        help="the BootNotification answer (default: Accepted)",
    )
    serve.add_argument(
        "--interval",
        type=positive_int,
        default=300,
        help="the interval given with it, in seconds (default: 300)",
    )
    serve.add_argument(
        "--call",
        nargs=2,
        action="append",
        metavar=("ACTION", "JSON"),
        help="send this CALL to each station once it booted (repeatable, sent in order)",
    )
    serve.add_argument(
        "--cluster",
        metavar="URL",
        help="join the cluster on this broker (nats://HOST:PORT or redis://HOST:PORT) as an "
        "edge node: its stations can be called from any process of the cluster",
    )
    serve.add_argument(
        "--node-id", help="this node's name in the cluster (default: host-pid-random)"
    )
    serve.add_argument(
        "--prefix", default="ocpp", help="the cluster's namespace on the broker (default: ocpp)"
    )
    mode = serve.add_mutually_exclusive_group()
    mode.add_argument(
        "--commands",
        action="store_true",
        default=None,
        help="read commands from stdin even when it is not a terminal",
    )
    mode.add_argument(
        "--no-commands",
        dest="commands",
        action="store_false",
        help="ignore stdin, even on a terminal",
    )


def _tls_context(args: argparse.Namespace) -> ssl.SSLContext | None:
    """Build the server TLS context the options ask for, or ``None`` for plain ``ws://``.

    Raises:
        ValueError: an option is missing its companion, or a file cannot be loaded.
    """
    if args.certfile is None:
        if args.keyfile or args.client_ca:
            raise ValueError("--keyfile and --client-ca need --certfile")
        return None
    try:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.certfile, args.keyfile)
        if args.client_ca:
            context.load_verify_locations(args.client_ca)
            context.verify_mode = ssl.CERT_REQUIRED
    except (OSError, ssl.SSLError) as exc:
        raise ValueError(f"cannot load the TLS files: {exc}") from None
    return context


def _run(args: argparse.Namespace) -> int:
    if missing_websockets("serve"):
        return 2
    try:
        tls = _tls_context(args)
        versions = chosen_versions(args.versions, list(JSON_VERSIONS))
        calls = parse_calls(args.call)
        check_calls(calls, versions)
    except ValueError as exc:
        print(f"ocpp-engine serve: {exc}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(
            run_serve(
                host=args.host,
                port=args.port,
                path=args.path,
                versions=versions,
                password=args.password,
                boot_status=args.boot_status,
                interval=args.interval,
                calls=calls,
                commands=args.commands,
                tls=tls,
                cluster=args.cluster,
                node_id=args.node_id,
                prefix=args.prefix,
            )
        )
    except KeyboardInterrupt:  # where signal handlers cannot be installed (Windows)
        return 0


#: ``ocpp-engine serve``.
COMMAND: Final = Command(
    name="serve",
    help="run a WebSocket central system for testing a charging station",
    description="A WebSocket central system for testing a charging station: it accepts the "
    "enabled versions, answers every station-initiated message with a "
    "schema-valid default, prints every frame on one line, and sends the "
    "calls you choose (--call, or commands on stdin). Ctrl-C stops it.",
    add_arguments=_add_arguments,
    run=_run,
)
