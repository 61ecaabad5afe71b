"""``ocpp-engine serve`` and ``ocpp-engine connect``: a test central system and a test station.

Both need the ``websockets`` extra: importing this module raises `ImportError` (with the
``pip install`` line in its message) when it is missing, and ``__main__`` imports it only when
one of the two commands runs.

Every frame either side sends or receives is printed on stdout, one line per frame:

```text
2025-05-01T12:00:00.123Z CP-1 -> CSMS CALL BootNotification id=1f0c... {"chargePointVendor":"X"}
2025-05-01T12:00:00.125Z CSMS -> CP-1 CALLRESULT BootNotification id=1f0c... {"status":...}
```

The time is UTC; the sender and the receiver are the station identity and ``CSMS``, so both
commands print the same line for the same frame. Answers carry the action of the CALL they
answer. A CALLERROR shows its code, its description (as a JSON string) and its details.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import itertools
import json
import logging
import signal
import socket
import ssl
import sys
import threading
import uuid
from collections.abc import Callable, Coroutine, Iterable, Mapping
from datetime import datetime, timezone
from typing import Any, Final, TextIO

from ._device import CallContext, Device, Handler
from ._errors import CallError, OCPPError
from ._hooks import HookContext
from ._schema import load_schema, resolve_ref, schema_file
from ._versions import Role, Version, rules_for
from .registration import RegistrationGate
from .transports.websocket import CentralSystem, ChargePoint, HandshakeRequest, Station

__all__ = [
    "FrameLog",
    "ScriptFailed",
    "StationScript",
    "TestCentralSystem",
    "actions_from",
    "check_calls",
    "minimal_payload",
    "parse_calls",
    "run_connect",
    "run_serve",
]

_KIND: Final = {2: "CALL", 3: "CALLRESULT", 4: "CALLERROR", 5: "CALLRESULTERROR", 6: "SEND"}
_NEWEST_FIRST: Final = (Version.V21, Version.V201, Version.V16)


def now() -> str:
    """Return the current UTC time as OCPP prints it (seconds, ``Z``)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _stamp() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# -- printing ------------------------------------------------------------------------------------


class FrameLog:
    """Prints every frame of the devices attached to it, one line each, on *out*.

    Args:
        out: where the lines go (flushed after each line, so a pipe sees them at once).
    """

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out if out is not None else sys.stdout
        self._lock = threading.Lock()

    def line(self, text: str) -> None:
        """Print one timestamped line. Raises nothing."""
        with self._lock:
            try:
                self.out.write(f"{_stamp()} {text}\n")
                self.out.flush()
            except (OSError, ValueError):  # pragma: no cover - stdout closed
                pass

    def attach(self, device: Device, local: str, peer: str) -> None:
        """Print every frame *device* sends (from *local* to *peer*) and receives."""
        sent: dict[str, str] = {}  # our CALL ids -> action
        received: dict[str, str] = {}  # the peer's CALL ids -> action

        def outgoing(ctx: HookContext) -> None:
            self.line(self.describe(ctx.raw or "", local, peer, sent, received))

        def failed(ctx: HookContext) -> None:
            if ctx.exception is not None:
                self.line(f"{local} -> {peer} (not sent: {ctx.exception!r})")

        def incoming(ctx: HookContext) -> None:
            self.line(self.describe(ctx.raw or "", peer, local, received, sent))

        device.hooks.before("send_message", outgoing)
        device.hooks.after("send_message", failed)
        device.hooks.before("message_received", incoming)

    @staticmethod
    def describe(
        raw: str, source: str, target: str, calls: dict[str, str], answered: dict[str, str]
    ) -> str:
        """Return the log line of *raw* (without the time).

        *calls* records the CALLs *source* sends (id -> action); *answered* holds those of
        *target*, whose answers *source* sends.
        """
        head = f"{source} -> {target}"
        try:
            frame = json.loads(raw)
            kind = _KIND.get(frame[0], str(frame[0]))
            message_id = str(frame[1])
        except (ValueError, TypeError, LookupError):
            return f"{head} ?? {raw}"
        try:
            if frame[0] == 2:
                calls[message_id] = str(frame[2])
                if len(calls) > 1000:  # unanswered CALLs must not pile up forever
                    del calls[next(iter(calls))]
                return f"{head} {kind} {frame[2]} id={message_id} {_compact(frame[3])}"
            if frame[0] == 6:
                return f"{head} {kind} {frame[2]} id={message_id} {_compact(frame[3])}"
            action = answered.pop(message_id, "?")
            if frame[0] == 3:
                return f"{head} {kind} {action} id={message_id} {_compact(frame[2])}"
            return (f"{head} {kind} {action} id={message_id} {frame[2]} {_compact(frame[3])} "
                    f"{_compact(frame[4])}")
        except (LookupError, TypeError):
            return f"{head} {kind} ?? {raw}"


class _LibraryLog(logging.Handler):
    """Prints the engine's and the transport's log messages as log lines (no tracebacks)."""

    def __init__(self, log: FrameLog) -> None:
        super().__init__(logging.INFO)
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage().removeprefix("ocpp_engine: ")
        if record.exc_info and record.exc_info[1] is not None:
            text += f": {record.exc_info[1]!r}"
        self.log.line(f"{record.levelname.lower()}: {text}")


def _show_library_log(log: FrameLog) -> Callable[[], None]:
    """Route the ``ocpp_engine`` loggers to *log*; return the function that undoes it."""
    logger = logging.getLogger("ocpp_engine")
    handler = _LibraryLog(log)
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False

    def undo() -> None:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate

    return undo


# -- schema-valid defaults -----------------------------------------------------------------------


#: The enum values an answer prefers, in order: the ones that say "done, fine".
_POSITIVE: Final = ("Accepted", "Unlocked", "Unpublished")


#: The smallest valid value of each string format the schemas use (date-time: the time now).
_STRING_FORMATS: dict[Any, str] = {"uri": "http://localhost/"}


def _fill(node: Mapping[str, Any], root: Mapping[str, Any], name: str) -> Any:
    node = resolve_ref(node, root)
    if "enum" in node:
        choices = list(node["enum"])
        return next((c for c in _POSITIVE if c in choices), choices[0])
    kind = node.get("type")
    if kind == "object":
        props = node.get("properties", {})
        return {key: _fill(props[key], root, key) for key in node.get("required", ())}
    if kind == "array":
        item = node.get("items", {})
        return [_fill(item, root, name) for _ in range(int(node.get("minItems", 0)))]
    if kind == "string":
        fmt = node.get("format")
        return now() if fmt == "date-time" else _STRING_FORMATS.get(fmt, "")
    if kind == "integer":
        return int(node.get("minimum", 0))
    if kind == "number":
        return float(node.get("minimum", 0))
    if kind == "boolean":
        return False
    return None


@functools.cache
def _schema(version: Version, action: str, response: bool) -> dict[str, Any]:
    return load_schema(schema_file(version, action, response))


def minimal_payload(version: Version, action: str, response: bool = True) -> dict[str, Any]:
    """Return the smallest payload of *action* that its schema accepts.

    Only required fields are filled: an enum takes ``"Accepted"`` when it has it (else
    ``"Unlocked"`` or ``"Unpublished"``, else its first value), a date-time the current time,
    other strings ``""``, numbers their minimum or 0, arrays their minimum number of items.

    Raises:
        OSError: the version has no schema for *action*.
    """
    schema = _schema(version, action, response)
    payload = _fill(schema, schema, action)
    return payload if isinstance(payload, dict) else {}


def _defaults(version: Version) -> Handler:
    """A catch-all handler answering any CALL with `minimal_payload` of its response."""

    def answer(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return minimal_payload(version, ctx.action)

    return answer


# -- the central system (serve) ------------------------------------------------------------------


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
        self, log: FrameLog, *, boot_status: str = "Accepted", interval: int = 300,
        calls: Iterable[tuple[str, dict[str, Any]]] = (),
    ) -> None:
        self.log = log
        self.boot = _Boot(boot_status, interval)
        self.calls = list(calls)
        self.server: CentralSystem | None = None
        self._tx_ids = itertools.count(1)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.booted: dict[str, str] = {}  # identity -> last boot status

    def spawn(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Run *coro* as a task that `close` cancels."""
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def close(self) -> None:
        """Cancel the tasks still running. Raises nothing."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    def device(self, request: HandshakeRequest) -> Device:
        """The `CentralSystem` device factory: one logged device per connection."""
        version = request.version or Version.V16
        identity = request.identity
        device = Device(_refuse, self.handlers(version, identity), role=Role.CSMS,
                        identity=identity)
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
            return {"status": self.boot.status, "currentTime": now(),
                    "interval": self.boot.interval}

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
            "*": _defaults(version), "BootNotification": boot, "Heartbeat": heartbeat,
            "Authorize": authorize, "DataTransfer": data_transfer,
        }
        if v16:
            handlers.update(StartTransaction=start, StopTransaction=stop)
        else:
            handlers.update(TransactionEvent=tx_event)
        return handlers

    async def _send_calls(self, device: Device, identity: str) -> None:
        for action, payload in self.calls:
            await self.send(device, identity, action, payload)

    async def send(self, device: Device, identity: str, action: str,
                   payload: dict[str, Any]) -> None:
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


def _refuse(frame: str) -> None:  # replaced by the connection's sender
    raise ConnectionError("not connected")


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
                say(f"{word}: to which station? " + (
                    f"{len(stations)} are connected ({names}): name one, as in "
                    f"'{first} {line}', or send it to all with '* {line}'"
                    if stations else "none is connected"))
                return
            targets, command = list(stations), line
        else:
            known = ", ".join(stations) or "none connected"
            say(f"unknown command or station {word!r} (stations: {known}); try help")
            return
        action, _, text = command.strip().partition(" ")
        if not action:
            say("which action? e.g. CP-1 Reset {\"type\":\"Soft\"}")
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
            raise ValueError(f"--call {action}: not an action a central system sends in "
                             "the enabled versions")


def _lan_address() -> str:
    """Guess this machine's address on the local network (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))  # TEST-NET-1: only picks the outgoing interface
            address = str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    return address if address != "0.0.0.0" else "127.0.0.1"


def _install_stop(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)


async def run_serve(
    *, host: str, port: int, path: str, versions: Iterable[Version], password: str | None,
    boot_status: str, interval: int, calls: list[tuple[str, dict[str, Any]]],
    commands: bool | None, out: TextIO | None = None, tls: ssl.SSLContext | None = None,
) -> int:
    """Run ``ocpp-engine serve`` until Ctrl-C, SIGTERM or ``quit``; return the exit status.

    *commands*: read commands from stdin (``None``: only when stdin is a terminal).
    *tls*: serve ``wss://`` with this server context (security profiles 2 and 3).
    """
    log = FrameLog(out)
    csms = TestCentralSystem(log, boot_status=boot_status, interval=interval, calls=calls)
    enabled = [v for v in _NEWEST_FIRST if v in set(versions)]

    def authorize(request: HandshakeRequest) -> bool:
        if password is None or request.password_bytes == password.encode():
            return True
        log.line(f"{request.identity} refused: wrong or missing password")
        return False

    server = CentralSystem(
        host=host, port=port, versions=enabled, authorize=authorize,
        device_factory=csms.device, on_connect=csms.on_connect,
        on_disconnect=csms.on_disconnect, ssl=tls)
    csms.server = server
    stop = asyncio.Event()
    _install_stop(stop)
    try:
        await server.start()
    except OSError as exc:
        print(f"ocpp-engine serve: cannot listen on {host}:{port}: {exc}", file=sys.stderr)
        return 1
    undo = _show_library_log(log)
    everywhere = host in ("0.0.0.0", "", "::")
    shown = _lan_address() if everywhere else host
    shown = f"[{shown}]" if ":" in shown else shown
    scheme = "ws" if tls is None else "wss"
    url = f"{scheme}://{shown}:{server.port}/{path.strip('/')}".rstrip("/")
    log.line(f"ocpp-engine serve: listening on {host}:{server.port} "
             f"({', '.join(v.value for v in enabled)})")
    log.line(f"connect stations to {url} (they append their identity: {url}/CP-1)")
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


# -- the charge point (connect) ------------------------------------------------------------------


#: The seconds between BootNotifications when a Pending or Rejected answer gives no interval.
_RETRY_BOOT: Final = 10


#: The 2.x triggerReason of a transaction stopped for a stoppedReason (else StopAuthorized).
_STOP_TRIGGER: Final = {"Remote": "RemoteStop", "ImmediateReset": "ResetCommand"}


class ScriptFailed(Exception):
    """The station's script cannot go on (a rejected boot, an error answer)."""


_CONFIG_16: Final = {
    "HeartbeatInterval": ("300", False),
    "MeterValueSampleInterval": ("60", False),
    "ConnectionTimeOut": ("60", False),
    "AuthorizeRemoteTxRequests": ("false", False),
    "LocalAuthorizeOffline": ("true", False),
    "NumberOfConnectors": ("1", True),
    "MeterValuesSampledData": ("Energy.Active.Import.Register", False),
    "SupportedFeatureProfiles": ("Core,RemoteTrigger", True),
}
_CONFIG_2X: Final = {
    ("OCPPCommCtrlr", "HeartbeatInterval"): ("300", False),
    ("SampledDataCtrlr", "TxUpdatedInterval"): ("60", False),
    ("SampledDataCtrlr", "TxUpdatedMeasurands"): ("Energy.Active.Import.Register", False),
    ("AuthCtrlr", "AuthorizeRemoteStart"): ("false", False),
    ("TxCtrlr", "EVConnectionTimeOut"): ("60", False),
    ("DeviceDataCtrlr", "ItemsPerMessage", ): ("50", True),
    ("ChargingStation", "AvailabilityState"): ("Available", True),
}


class StationScript:
    """The behaviour of ``ocpp-engine connect``: boot, heartbeats, a transaction, answers.

    It boots through a `RegistrationGate` kept across connections, so a BootNotification
    goes out until one is Accepted and is not sent again after a reconnection (OCPP-J 1.6
    section 5.4, 2.0.1 section 5.3, 2.1 section 5.4: its content does not change). Work that
    must follow an answer (the message a TriggerMessage asks for, a remotely started or
    stopped transaction) runs through `CallContext.after_reply`.

    Args:
        log: the `FrameLog` lines go to.
        identity: the station identity.
        vendor: the vendor name sent in BootNotification.
        model: the model sent in BootNotification.
        id_tag: the id tag (1.6) or ISO 14443 id token (2.x) of transactions.
        heartbeat: the heartbeat interval in seconds; ``None``: the one the CSMS gives.
        transaction: whether to run a transaction after the boot.
    """

    def __init__(
        self, log: FrameLog, identity: str, *, vendor: str = "ocpp-engine",
        model: str = "connect", id_tag: str = "TAG-0001", heartbeat: float | None = None,
        transaction: bool = False,
    ) -> None:
        self.log = log
        self.identity = identity
        self.vendor = vendor
        self.model = model
        self.id_tag = id_tag
        self.heartbeat = heartbeat
        self.transaction = transaction
        self.done: asyncio.Future[None] | None = None  # set once the script succeeded
        self.meter = 1000  # Wh
        self.tx: str | int | None = None
        self.seq = 0
        self.config16 = {k: [v, ro] for k, (v, ro) in _CONFIG_16.items()}
        self.config2x = {k: [v, ro] for k, (v, ro) in _CONFIG_2X.items()}
        self._interval = 300.0
        self._wake = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self.gate: RegistrationGate | None = None  # made on the first connection, kept

    # -- running ---------------------------------------------------------------------------------

    def spawn(self, coro: Any) -> None:
        """Run *coro* (a follow-up of an answer) as a task, reporting its failure."""
        task = asyncio.ensure_future(self._guarded(coro))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _guarded(self, coro: Any) -> None:
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            self.log.line(f"{self.identity}: {exc}")

    def after_reply(self, ctx: CallContext, fn: Callable[..., Any], *args: Any) -> None:
        """Run ``fn(*args)`` once the answer to *ctx*'s CALL is sent, reporting its failure.

        Raises:
            LocalProtocolError: *ctx* is a SEND, which gets no answer.
        """
        ctx.after_reply(lambda: self._guarded(fn(*args)))

    def registration(self, device: Device) -> RegistrationGate:
        """Return the registration gate of *device*, attaching it on first use.

        The gate is kept for the next connections of the same device. Raises nothing.
        """
        if self.gate is None or self.gate.device is not device:
            self.gate = RegistrationGate.attach(
                device, side="charging_station", default_interval=_RETRY_BOOT)
            device.hooks.after("execute_call_result_handler", self._boot_answered)
        return self.gate

    def _boot_answered(self, ctx: HookContext) -> None:
        """Report a BootNotification that was not Accepted; fail the script on Rejected."""
        if ctx.action != "BootNotification" or not isinstance(ctx.result, dict):
            return
        status = ctx.result.get("status")
        if status == "Accepted":
            return
        if status == "Rejected" and self.done is not None:
            self._finish(ScriptFailed("the central system rejected the BootNotification"))
            return
        interval = ctx.result.get("interval")
        wait = interval if isinstance(interval, int) and interval > 0 else _RETRY_BOOT
        self.log.line(f"{self.identity}: boot {status}; next BootNotification in {wait} s")

    async def close(self) -> None:
        """Cancel the follow-up tasks. Raises nothing."""
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)

    async def on_connect(self, cp: ChargePoint) -> None:
        """Run the script on a new connection: boot, status, transaction, heartbeats."""
        device = cp.device
        version = device.version or Version.V16
        try:
            await self.boot(device, version)
            await self.status(device, version, "Available")
            if self.transaction:
                await self.run_transaction(device, version)
        except ScriptFailed as exc:
            self._finish(exc)
            return
        except OCPPError as exc:
            self._finish(ScriptFailed(f"{type(exc).__name__}: {exc}"))
            return
        self._finish(None)
        while True:
            self._wake.clear()
            # not asyncio.wait_for: before 3.12 it may swallow a cancellation that arrives as
            # the event is set, and the connection's teardown would wait for this task forever
            waker = asyncio.ensure_future(self._wake.wait())
            try:
                woken, _ = await asyncio.wait({waker}, timeout=self.heartbeat or self._interval)
            finally:
                waker.cancel()
            if woken:
                continue  # the interval changed: start over
            try:
                await device.call("Heartbeat")
            except OCPPError as exc:
                self.log.line(f"{self.identity}: Heartbeat failed: {_why(exc)}")

    def _finish(self, error: ScriptFailed | None) -> None:
        if self.done is not None and not self.done.done():
            if error is None:
                self.done.set_result(None)
            else:
                self.done.set_exception(error)
        elif error is not None:
            self.log.line(f"{self.identity}: {error}")

    def boot_payload(self, version: Version) -> dict[str, Any]:
        """The BootNotification request of this station in *version* (the same every time)."""
        if version is Version.V16:
            return {"chargePointVendor": self.vendor, "chargePointModel": self.model}
        return {"reason": "PowerUp",
                "chargingStation": {"vendorName": self.vendor, "model": self.model}}

    async def boot(self, device: Device, version: Version) -> None:
        """Boot through the registration gate: until Accepted, and only once per content.

        The gate waits the interval of a Pending or Rejected answer (10 s when it gives none)
        between attempts, and does not send a BootNotification again once one with the same
        content was Accepted; a Rejected answer ends the script when it must exit after it.

        Raises:
            OCPPError: the BootNotification failed (an error answer, a timeout, a lost
                connection).
        """
        answer = await self.registration(device).boot(self.boot_payload(version))
        interval = answer.get("interval")
        if isinstance(interval, int) and interval > 0:
            self._set_interval(interval)

    async def _triggered_boot(self, device: Device, version: Version) -> None:
        """Send the BootNotification a TriggerMessage asked for.

        Before the station is Accepted the gate's own boot loop sends it (the accepted trigger
        ends its wait); once Accepted it is sent here, whatever was sent before.
        """
        gate = self.registration(device)
        if not gate.accepted:
            return
        answer = await device.call("BootNotification", self.boot_payload(version))
        interval = answer.get("interval")
        if answer.get("status") == "Accepted" and isinstance(interval, int) and interval > 0:
            self._set_interval(interval)

    def _set_interval(self, seconds: float) -> None:
        self._interval = seconds
        self.config16["HeartbeatInterval"][0] = str(int(seconds))
        self.config2x[("OCPPCommCtrlr", "HeartbeatInterval")][0] = str(int(seconds))
        self._wake.set()

    async def status(self, device: Device, version: Version, status: str) -> None:
        """Send StatusNotification for connector 1 (EVSE 1) with *status*."""
        if version is Version.V16:
            v16 = {"Occupied": "Charging"}.get(status, status)
            await device.call("StatusNotification", {
                "connectorId": 1, "errorCode": "NoError", "status": v16, "timestamp": now()})
        else:
            await device.call("StatusNotification", {
                "timestamp": now(), "connectorStatus": status, "evseId": 1, "connectorId": 1})

    def _meter_value(self, version: Version) -> list[dict[str, Any]]:
        if version is Version.V16:
            sample: dict[str, Any] = {"value": str(self.meter), "unit": "Wh",
                                      "measurand": "Energy.Active.Import.Register"}
        else:
            sample = {"value": float(self.meter), "measurand": "Energy.Active.Import.Register",
                      "unitOfMeasure": {"unit": "Wh"}}
        return [{"timestamp": now(), "sampledValue": [sample]}]

    async def run_transaction(self, device: Device, version: Version) -> None:
        """Authorize, start, report the meter once, stop.

        Raises:
            ScriptFailed: the id tag was not accepted.
        """
        await self.authorize(device, version)
        await self.start(device, version, remote_start_id=None)
        await self.meter_values(device, version)
        await self.stop(device, version, "Local")

    async def authorize(self, device: Device, version: Version) -> None:
        """Send Authorize for the id tag.

        Raises:
            ScriptFailed: the id tag was not accepted.
        """
        if version is Version.V16:
            answer = await device.call("Authorize", {"idTag": self.id_tag})
            status = answer["idTagInfo"]["status"]
        else:
            answer = await device.call("Authorize", {"idToken": self._token()})
            status = answer["idTokenInfo"]["status"]
        if status != "Accepted":
            raise ScriptFailed(f"the central system answered Authorize with {status}")

    def _token(self) -> dict[str, Any]:
        return {"idToken": self.id_tag, "type": "ISO14443"}

    async def start(self, device: Device, version: Version, remote_start_id: int | None) -> None:
        """Start a transaction on connector 1 (EVSE 1)."""
        if self.tx is not None:
            return
        if version is Version.V16:
            answer = await device.call("StartTransaction", {
                "connectorId": 1, "idTag": self.id_tag, "meterStart": self.meter,
                "timestamp": now()})
            self.tx = int(answer["transactionId"])
        else:
            self.tx, self.seq = str(uuid.uuid4()), 0
            info: dict[str, Any] = {"transactionId": self.tx, "chargingState": "Charging"}
            payload: dict[str, Any] = {
                "eventType": "Started", "timestamp": now(),
                "triggerReason": "Authorized" if remote_start_id is None else "RemoteStart",
                "seqNo": 0, "transactionInfo": info, "idToken": self._token(),
                "evse": {"id": 1, "connectorId": 1}, "meterValue": self._meter_value(version)}
            if remote_start_id is not None:
                info["remoteStartId"] = remote_start_id
            await device.call("TransactionEvent", payload)
        await self.status(device, version, "Occupied")

    async def meter_values(self, device: Device, version: Version) -> None:
        """Report the meter of the running transaction (1.6 MeterValues, 2.x Updated)."""
        if self.tx is None:
            return
        self.meter += 1500
        if version is Version.V16:
            await device.call("MeterValues", {
                "connectorId": 1, "transactionId": self.tx,
                "meterValue": self._meter_value(version)})
        else:
            self.seq += 1
            await device.call("TransactionEvent", {
                "eventType": "Updated", "timestamp": now(), "triggerReason": "MeterValuePeriodic",
                "seqNo": self.seq, "transactionInfo": {"transactionId": self.tx,
                                                       "chargingState": "Charging"},
                "meterValue": self._meter_value(version)})

    async def stop(self, device: Device, version: Version, reason: str) -> None:
        """Stop the running transaction with *reason*."""
        if self.tx is None:
            return
        tx, self.tx = self.tx, None
        self.meter += 500
        if version is Version.V16:
            await device.call("StopTransaction", {
                "transactionId": tx, "meterStop": self.meter, "timestamp": now(),
                "idTag": self.id_tag, "reason": reason})
        else:
            self.seq += 1
            await device.call("TransactionEvent", {
                "eventType": "Ended", "timestamp": now(),
                "triggerReason": _STOP_TRIGGER.get(reason, "StopAuthorized"),
                "seqNo": self.seq, "transactionInfo": {
                    "transactionId": tx, "chargingState": "Idle", "stoppedReason": reason},
                "meterValue": self._meter_value(version)})
        await self.status(device, version, "Available")

    # -- answering the CSMS ----------------------------------------------------------------------

    def handlers(self) -> dict[str, Handler]:
        """The answers to the central system's CALLs (any version; the catch-all per version)."""
        catch_all = {v: _defaults(v) for v in Version}

        def fallback(payload: dict[str, Any], ctx: CallContext) -> Any:
            return catch_all[ctx.version](payload, ctx)

        def accepted(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
            return {"status": "Accepted"}

        return {
            "*": fallback, "Reset": self._reset, "ChangeAvailability": accepted,
            "DataTransfer": accepted, "ClearCache": accepted,
            "UnlockConnector": lambda p, c: {"status": "Unlocked"},
            "ChangeConfiguration": self._change_configuration,
            "GetConfiguration": self._get_configuration,
            "SetVariables": self._set_variables, "GetVariables": self._get_variables,
            "RemoteStartTransaction": self._remote_start,
            "RequestStartTransaction": self._remote_start,
            "RemoteStopTransaction": self._remote_stop,
            "RequestStopTransaction": self._remote_stop,
            "TriggerMessage": self._trigger,
        }

    def _change_configuration(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        entry = self.config16.get(payload["key"])
        if entry is None:
            return {"status": "NotSupported"}
        if entry[1]:
            return {"status": "Rejected"}
        entry[0] = payload["value"]
        if payload["key"] == "HeartbeatInterval" and payload["value"].isdigit():
            self._set_interval(int(payload["value"]))
        return {"status": "Accepted"}

    def _get_configuration(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        keys = payload.get("key") or list(self.config16)
        known = [{"key": k, "readonly": self.config16[k][1], "value": self.config16[k][0]}
                 for k in keys if k in self.config16]
        unknown = [k for k in keys if k not in self.config16]
        answer: dict[str, Any] = {}
        if known:
            answer["configurationKey"] = known
        if unknown:
            answer["unknownKey"] = unknown
        return answer

    def _lookup(self, item: dict[str, Any]) -> tuple[list[Any] | None, str]:
        component, variable = item["component"]["name"], item["variable"]["name"]
        entry = self.config2x.get((component, variable))
        if entry is not None:
            return entry, "Accepted"
        if any(c == component for c, _ in self.config2x):
            return None, "UnknownVariable"
        return None, "UnknownComponent"

    def _set_variables(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        results = []
        for item in payload["setVariableData"]:
            entry, status = self._lookup(item)
            if entry is not None:
                if entry[1]:
                    status = "Rejected"
                else:
                    entry[0] = item["attributeValue"]
                    if item["variable"]["name"] == "HeartbeatInterval" and \
                            item["attributeValue"].isdigit():
                        self._set_interval(int(item["attributeValue"]))
            results.append({"attributeStatus": status, "component": item["component"],
                            "variable": item["variable"]})
        return {"setVariableResult": results}

    def _get_variables(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        results = []
        for item in payload["getVariableData"]:
            entry, status = self._lookup(item)
            result = {"attributeStatus": status, "component": item["component"],
                      "variable": item["variable"]}
            if entry is not None:
                result["attributeValue"] = entry[0]
            results.append(result)
        return {"getVariableResult": results}

    def _remote_start(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if self.tx is not None:
            return {"status": "Rejected"}
        tag = payload.get("idTag") or payload.get("idToken", {}).get("idToken")
        if tag:
            self.id_tag = str(tag)
        self.after_reply(ctx, self.start, ctx.device, ctx.version, payload.get("remoteStartId"))
        return {"status": "Accepted"}

    def _remote_stop(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if self.tx is None or str(self.tx) != str(payload["transactionId"]):
            return {"status": "Rejected"}
        self.after_reply(ctx, self.stop, ctx.device, ctx.version, "Remote")
        return {"status": "Accepted"}

    def _reset(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        """Accept a reset; a running transaction stops once the answer is sent.

        1.6 stops it with reason HardReset or SoftReset; 2.x does so for an Immediate reset
        (stoppedReason ImmediateReset), while OnIdle lets it run. The station does not reboot.
        """
        kind = payload.get("type")
        if self.tx is not None:
            if ctx.version is Version.V16:
                reason = "HardReset" if kind == "Hard" else "SoftReset"
                self.after_reply(ctx, self.stop, ctx.device, ctx.version, reason)
            elif kind == "Immediate":
                self.after_reply(ctx, self.stop, ctx.device, ctx.version, "ImmediateReset")
        return {"status": "Accepted"}

    def _trigger(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        device, version = ctx.device, ctx.version
        follow_ups: dict[str, Callable[[], Any]] = {
            "BootNotification": lambda: self._triggered_boot(device, version),
            "Heartbeat": lambda: device.call("Heartbeat"),
            "StatusNotification": lambda: self.status(
                device, version, "Occupied" if self.tx is not None else "Available"),
            "MeterValues": lambda: self._triggered_meter(device, version),
            "FirmwareStatusNotification": lambda: device.call(
                "FirmwareStatusNotification", {"status": "Idle"}),
            "DiagnosticsStatusNotification": lambda: device.call(
                "DiagnosticsStatusNotification", {"status": "Idle"}),
            "LogStatusNotification": lambda: device.call(
                "LogStatusNotification", {"status": "Idle"}),
        }
        follow_up = follow_ups.get(payload["requestedMessage"])
        if follow_up is None:
            return {"status": "NotImplemented"}
        self.after_reply(ctx, follow_up)
        return {"status": "Accepted"}

    async def _triggered_meter(self, device: Device, version: Version) -> None:
        if version is Version.V16:
            payload: dict[str, Any] = {"connectorId": 1, "meterValue": self._meter_value(version)}
            if self.tx is not None:
                payload["transactionId"] = self.tx
            await device.call("MeterValues", payload)
        else:
            await device.call("MeterValues", {"evseId": 1,
                                              "meterValue": self._meter_value(version)})


def _why(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


async def run_connect(
    *, url: str, identity: str, versions: list[Version], password: str | None,
    heartbeat: float | None, transaction: bool, id_tag: str, exit_after_script: bool,
    vendor: str = "ocpp-engine", model: str = "connect", out: TextIO | None = None,
    tls: ssl.SSLContext | None = None,
) -> int:
    """Run ``ocpp-engine connect`` until Ctrl-C or SIGTERM; return the exit status.

    With *exit_after_script* it returns 0 once the boot (and the transaction) succeeded, and
    1 with a message on stderr when they failed or the connection could not be made.
    """
    log = FrameLog(out)
    script = StationScript(log, identity, vendor=vendor, model=model, id_tag=id_tag,
                           heartbeat=heartbeat, transaction=transaction)
    loop = asyncio.get_running_loop()
    if exit_after_script:
        script.done = loop.create_future()
    try:
        cp = ChargePoint(url, identity, script.handlers(), versions=versions, password=password,
                         ssl=tls, reconnect=not exit_after_script, on_connect=script.on_connect,
                         on_disconnect=lambda cp: log.line(f"{identity} disconnected"))
    except ValueError as exc:
        print(f"ocpp-engine connect: {exc}", file=sys.stderr)
        return 2
    log.attach(cp.device, identity, "CSMS")
    log.line(f"connecting to {cp.url} as {identity} ({', '.join(v.value for v in versions)})")
    undo = _show_library_log(log)
    stop = asyncio.Event()
    _install_stop(stop)
    runner = asyncio.ensure_future(cp.run())
    stopper = asyncio.ensure_future(stop.wait())
    waiting: set[asyncio.Future[Any]] = {runner, stopper}
    if script.done is not None:
        waiting.add(script.done)
    status = 0
    try:
        await asyncio.wait(waiting, return_when=asyncio.FIRST_COMPLETED)
        if script.done is not None and script.done.done():
            error = script.done.exception()
            if error is not None:
                print(f"ocpp-engine connect: {error}", file=sys.stderr)
                status = 1
            else:
                log.line(f"{identity}: script done")
        elif runner.done():
            error = runner.exception() if not runner.cancelled() else None
            reason = _why(error) if error is not None else (
                _why(cp.last_error) if cp.last_error is not None else "the connection closed")
            print(f"ocpp-engine connect: {cp.url}: {reason}", file=sys.stderr)
            status = 1
    finally:
        stopper.cancel()
        await script.close()
        await cp.close()
        runner.cancel()
        await asyncio.gather(runner, stopper, return_exceptions=True)
        if script.done is not None and not script.done.done():
            script.done.cancel()
        undo()
    return status


def actions_from(version: Version, role: Role) -> list[str]:
    """Return the actions *role* may send as a CALL in *version*, sorted."""
    return sorted(a for a, roles in rules_for(version).actions.items() if role in roles)
