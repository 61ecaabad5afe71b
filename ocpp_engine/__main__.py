"""The ``ocpp-engine`` command (also ``python -m ocpp_engine``).

- ``demo`` wires a charging station device and a CSMS device in memory and runs a short session
  between them (boot, heartbeat, authorize, a transaction), printing every frame.
- ``validate [FILE ...]`` checks OCPP-J traffic logs (stdin when no file is given) against the
  schemas: exit status 0 when clean, 1 when problems were found, 2 on unusable input.
- ``serve`` runs a WebSocket central system for testing a charging station: it answers every
  station-initiated message, logs every frame and sends chosen calls.
- ``connect URL`` runs a WebSocket charging station for testing a central system: it boots,
  heartbeats, can run a transaction and logs every frame.

``serve`` and ``connect`` need the ``websockets`` extra; the module that implements them
(``_cli_ws``) is imported only when one of them runs.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import io
import itertools
import json
import os
import ssl
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timezone
from typing import IO, Any

from . import CallContext, Device, Role, Version, __version__
from ._logcheck import (
    INFERENCE_WINDOW,
    Entry,
    LogChecker,
    Problem,
    guess_newest_first,
    infer_version,
    line_time,
    read_line,
)
from ._versions import parse_version
from .testing import connect, sequential_ids
from .transports._common import parse_versions, requirement_problem

#: What ``serve`` and ``connect`` need (the ``websockets`` extra).
_WEBSOCKETS = "websockets>=14"

_KIND = {2: "CALL", 3: "CALLRESULT", 4: "CALLERROR", 5: "CALLRESULTERROR", 6: "SEND"}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _show(label: str, raw: str) -> None:
    """Print one frame readably: who sent it, its kind, id, action and payload."""
    frame = json.loads(raw)
    arrow = "CS   -> CSMS" if label == "cs" else "CSMS -> CS  "
    kind = _KIND.get(frame[0], str(frame[0]))
    if frame[0] in (2, 6):
        head, body = f"{kind:<10} {frame[2]}", frame[3]
    elif frame[0] == 3:
        head, body = f"{kind:<10}", frame[2]
    else:
        head, body = f"{kind:<10} {frame[2]}", {"description": frame[3], "details": frame[4]}
    print(f"{arrow}  {head:<32} id={frame[1]:<6} {json.dumps(body)}")


def _csms_handlers(version: Version) -> dict[str, Any]:
    """A minimal central system: accepts everything, counts transactions."""
    tx_ids = itertools.count(1)

    def boot(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"status": "Accepted", "currentTime": _now(), "interval": 300}

    def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"currentTime": _now()}

    def authorize(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if version is Version.V16:
            return {"idTagInfo": {"status": "Accepted"}}
        return {"idTokenInfo": {"status": "Accepted"}}

    def empty(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {}

    def start(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"transactionId": next(tx_ids), "idTagInfo": {"status": "Accepted"}}

    def stop(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"idTagInfo": {"status": "Accepted"}}

    def tx_event(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if payload["eventType"] == "Started":
            return {"idTokenInfo": {"status": "Accepted"}}
        return {}

    handlers = {"BootNotification": boot, "Heartbeat": heartbeat, "Authorize": authorize,
                "StatusNotification": empty, "MeterValues": empty}
    if version is Version.V16:
        handlers.update(StartTransaction=start, StopTransaction=stop)
    else:
        handlers.update(TransactionEvent=tx_event)
    return handlers


async def _session(station: Device, version: Version) -> None:
    """The station's side of the demo session."""
    if version is Version.V16:
        await station.call("BootNotification", {"chargePointVendor": "Demo",
                                                "chargePointModel": "Engine-1"})
        await station.call("Heartbeat")
        await station.call("StatusNotification", {"connectorId": 1, "errorCode": "NoError",
                                                  "status": "Available"})
        await station.call("Authorize", {"idTag": "TAG-0001"})
        started = await station.call("StartTransaction", {
            "connectorId": 1, "idTag": "TAG-0001", "meterStart": 1000, "timestamp": _now()})
        await station.call("MeterValues", {
            "connectorId": 1, "transactionId": started["transactionId"],
            "meterValue": [{"timestamp": _now(), "sampledValue": [
                {"value": "1500", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}]}]})
        await station.call("StopTransaction", {
            "transactionId": started["transactionId"], "meterStop": 2500, "timestamp": _now(),
            "idTag": "TAG-0001", "reason": "Local"})
        return
    await station.call("BootNotification", {
        "reason": "PowerUp", "chargingStation": {"vendorName": "Demo", "model": "Engine-1"}})
    await station.call("Heartbeat")
    await station.call("StatusNotification", {
        "timestamp": _now(), "connectorStatus": "Available", "evseId": 1, "connectorId": 1})
    token = {"idToken": "TAG-0001", "type": "ISO14443"}
    await station.call("Authorize", {"idToken": token})
    tx = {"transactionId": "tx-0001"}
    await station.call("TransactionEvent", {
        "eventType": "Started", "timestamp": _now(), "triggerReason": "Authorized",
        "seqNo": 0, "transactionInfo": tx, "idToken": token, "evse": {"id": 1, "connectorId": 1},
        "meterValue": [{"timestamp": _now(), "sampledValue": [{"value": 1000.0}]}]})
    await station.call("TransactionEvent", {
        "eventType": "Ended", "timestamp": _now(), "triggerReason": "StopAuthorized",
        "seqNo": 1, "transactionInfo": {**tx, "stoppedReason": "Local"},
        "meterValue": [{"timestamp": _now(), "sampledValue": [{"value": 2500.0}]}]})


async def demo(version: Version) -> int:
    """Run the demo session for *version*; returns the exit status."""
    station = Device(print, role=Role.CHARGING_STATION, id_factory=sequential_ids("cs"),
                     identity="CP-1")
    csms = Device(print, _csms_handlers(version), role=Role.CSMS,
                  id_factory=sequential_ids("csms"))
    pipe = connect(station, csms, version, labels=("cs", "csms"))
    pipe.listeners.append(_show)
    print(f"OCPP {version.value}: a charging station and a CSMS, wired in memory\n")
    try:
        await _session(station, version)
    finally:
        await pipe.settle()
        pipe.close()
    print(f"\n{len(pipe.frames)} frames exchanged, no errors.")
    return 0


class _Progress:
    """A progress bar on stderr, drawn only when stderr is a terminal.

    Everything else the command says on stderr goes through `note`, on a line of its own:
    the bar is wiped first and drawn again at the next advance.
    """

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.enabled = total > 0 and sys.stderr.isatty()
        self._shown = -1
        self._visible = False

    def set(self, done: int) -> None:
        """Move the bar to *done* of the total (bytes read)."""
        self.done = done
        if not self.enabled:
            return
        percent = min(100, done * 100 // self.total)
        if percent != self._shown or not self._visible:
            self._shown = percent
            self._visible = True
            bar = "#" * (percent // 4)
            sys.stderr.write(f"\r[{bar:<25}] {percent:3d}%")
            sys.stderr.flush()

    def hide(self) -> None:
        """Wipe the bar off its line, so the next text starts on a clean line."""
        if self._visible:
            self._visible = False
            sys.stderr.write("\r" + " " * 33 + "\r")
            sys.stderr.flush()

    def note(self, text: str) -> None:
        """Print *text* on stderr on a line of its own."""
        self.hide()
        print(text, file=sys.stderr)

    close = hide


_GZIP_MAGIC = b"\x1f\x8b"
_PROGRESS_EVERY = 4096  # lines


def _open_log(source: str) -> tuple[IO[str], Callable[[], int], Callable[[], None]]:
    """Open a log (``-``: stdin) as text, gunzipping it when it starts with the gzip magic.

    Returns:
        the text stream, a function telling how many bytes of the file were read (for the
        progress bar), and a function closing what was opened.

    Raises:
        OSError: the file cannot be read.
    """
    if source == "-":
        binary: Any = getattr(sys.stdin, "buffer", None)
        if binary is None or not hasattr(binary, "peek"):
            return sys.stdin, lambda: 0, lambda: None
        if binary.peek(2)[:2] == _GZIP_MAGIC:
            binary = gzip.GzipFile(fileobj=binary)
        stream = io.TextIOWrapper(binary, encoding="utf-8", errors="replace")
        return stream, lambda: 0, stream.detach
    raw = open(source, "rb")  # noqa: SIM115 - closed by the returned function
    try:
        compressed = raw.peek(2)[:2] == _GZIP_MAGIC
    except OSError:
        raw.close()
        raise
    body: Any = gzip.GzipFile(fileobj=raw) if compressed else raw
    stream = io.TextIOWrapper(body, encoding="utf-8", errors="replace")
    return stream, raw.tell, stream.close


def _read_lines(sources: Sequence[str], progress: _Progress) -> Iterator[tuple[str, int, str]]:
    done = 0
    for source in sources:
        stream, position, close = _open_log(source)
        try:
            for number, line in enumerate(stream, 1):
                if not number % _PROGRESS_EVERY:
                    progress.set(done + position())
                yield source, number, line
        except (OSError, EOFError, zlib.error) as exc:  # a damaged gzip file, an unreadable one
            raise _Unusable(f"{source}: {exc}") from None
        finally:
            done += position()
            close()
        progress.set(done)


class _Unusable(Exception):
    """The input cannot be checked; the message says why."""


def _format_problem(problem: Problem) -> str:
    where = f"{problem.source}:{problem.line}"
    code = problem.code or ("(dropped)" if problem.reaction == "drop" else "(accepted)")
    parts = [f"id={problem.message_id}" if problem.message_id is not None else "id=?"]
    if problem.action:
        parts.append(f"action={problem.action}")
    if problem.path:
        parts.append(f"path={problem.path}")
    return f"{where}: {code} {' '.join(parts)}: {problem.message}"


def validate(files: Sequence[str], version: Version | None, as_json: bool,
             order: str = "auto") -> int:
    """Check OCPP-J traffic logs; returns the exit status (0 clean, 1 problems, 2 unusable).

    Args:
        files: the logs (``-`` or none: stdin); gzip files are read as they are.
        version: the OCPP version, or ``None`` to infer it from the first frames.
        as_json: write the report as JSON instead of text.
        order: ``"oldest-first"``, ``"newest-first"``, or ``"auto"`` to tell from the first
            frames (their times, else which comes first of CALLs and their answers).
    """
    sources = list(files) or ["-"]
    for source in sources:
        if source != "-" and not os.path.isfile(source):
            print(f"ocpp-engine validate: {source}: no such file", file=sys.stderr)
            return 2
    progress = _Progress(sum(os.path.getsize(s) for s in sources if s != "-"))
    try:
        return _validate(sources, version, as_json, order, progress)
    except _Unusable as exc:
        progress.note(f"ocpp-engine validate: {exc}")
        return 2
    finally:
        progress.close()


def _validate(sources: list[str], version: Version | None, as_json: bool, order: str,
              progress: _Progress) -> int:
    lines = _read_lines(sources, progress)
    buffered: list[tuple[str, int, str]] = []
    sample: list[tuple[Entry, str | float | None]] = []
    for item in lines:
        buffered.append(item)
        entry = read_line(item[2])
        if entry is not None:
            sample.append((entry, line_time(item[2])))
            if len(sample) >= INFERENCE_WINDOW:
                break
    if all(not line.strip() for _, _, line in buffered):  # then nothing else is left either
        progress.note("ocpp-engine validate: no input")
        return 2
    if version is None:
        version = infer_version(entry.frame for entry, _ in sample)
        if version is None:
            progress.note("ocpp-engine validate: cannot tell the OCPP version from the input "
                          "(no CALL frame found); pass --version")
            return 2
        progress.note(f"ocpp-engine validate: version {version.value} (inferred from "
                      f"{len(sample)} frames; pass --version to choose)")
    newest_first = order == "newest-first"
    if order == "auto":
        reason = guess_newest_first(sample)
        if reason is not None:
            newest_first = True
            progress.note(f"ocpp-engine validate: the log is newest-first ({reason}): each "
                          "answer is paired with the CALL after it; pass --order to choose")
    checker = LogChecker(version, newest_first=newest_first)
    out = sys.stdout
    wipe = progress.enabled and out.isatty()
    if as_json:
        out.write('{"problems": [')
    first = True
    for source, number, line in itertools.chain(buffered, lines):
        for problem in checker.check_line(number, line, source):
            if wipe:
                progress.hide()
            if as_json:
                out.write(("" if first else ",") + "\n  " + json.dumps(problem.as_dict()))
            else:
                out.write(_format_problem(problem) + "\n")
            first = False
    checker.finish()
    progress.hide()
    summary = checker.summary()
    if as_json:
        out.write(("\n" if not first else "") + '], "summary": ' + json.dumps(summary, indent=2)
                  + "}\n")
    else:
        _print_summary(summary)
    if checker.frames == 0:
        progress.note("ocpp-engine validate: no OCPP-J frame found in the input")
        return 2
    return 1 if checker.problem_count else 0


def _print_summary(summary: dict[str, Any]) -> None:
    print(f"\n{summary['frames']} frames in {summary['lines']} lines, "
          f"{summary['problems']} problems ({summary['version']}); "
          f"{summary['unanswered_calls']} CALLs without an answer")
    if summary["answers_without_call"]:
        print(f"{summary['answers_without_call']} answers without their CALL in the log (the "
              "log starts mid-session?), not counted as problems")
    calls, problems = summary["calls_by_action"], summary["problems_by_action"]
    if calls or problems:
        print(f"\n{'action':<36} {'CALLs':>8} {'problems':>9}")
        for action in sorted(set(calls) | set(problems)):
            print(f"{action:<36} {calls.get(action, 0):>8} {problems.get(action, 0):>9}")
    if summary["problems_by_code"]:
        print(f"\n{'error code':<36} {'problems':>9}")
        for code, count in summary["problems_by_code"].items():
            print(f"{code:<36} {count:>9}")


_MISSING_WEBSOCKETS = (
    "ocpp-engine {command}: this command needs the websockets library: {problem};\n"
    "install the extra: pip install -e '.[websockets]' in a clone of ocpp_engine\n"
    "(pip install 'ocpp-engine[websockets]' once it is on PyPI)"
)


def _versions_arg(text: str) -> list[Version]:
    """One ``--version`` value: a version or a comma-separated list, as `parse_versions` reads."""
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError("no version given")
    for name in names:
        try:
            parse_version(name)
        except ValueError:
            choices = ", ".join(v.value for v in Version)
            raise argparse.ArgumentTypeError(
                f"unknown version {name!r} (choose among {choices})") from None
    return list(parse_versions(names))


def _chosen_versions(
    given: list[list[Version]] | None, default: Sequence[Version]
) -> list[Version]:
    """Join the repeated ``--version`` options in order, without repeats; *default* if none."""
    if not given:
        return list(default)
    return list(parse_versions(v for values in given for v in values))


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, not {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


def _add_ws_commands(commands: Any) -> None:
    versions = ", ".join(v.value for v in Version)
    serve = commands.add_parser(
        "serve", help="run a WebSocket central system for testing a charging station",
        description="A WebSocket central system for testing a charging station: it accepts the "
                    "enabled versions, answers every station-initiated message with a "
                    "schema-valid default, prints every frame on one line, and sends the "
                    "calls you choose (--call, or commands on stdin). Ctrl-C stops it.")
    serve.add_argument("--host", default="127.0.0.1",
                       help="the interface to listen on (default: 127.0.0.1, this machine "
                            "only; 0.0.0.0 for every IPv4 interface, :: for every one)")
    serve.add_argument("--port", type=int, default=9000,
                       help="the TCP port (default: 9000; 0 picks a free one)")
    serve.add_argument("--path", default="ocpp",
                       help="the path shown in the URL (default: ocpp); stations may use any "
                            "path, the last segment is their identity")
    serve.add_argument("--version", "--versions", dest="versions", type=_versions_arg,
                       action="append", metavar="V[,V...]",
                       help=f"a version accepted, or several (repeatable, or comma-separated; "
                            f"default: all of {versions}); the newest one a station offers "
                            "is chosen")
    serve.add_argument("--password", help="require HTTP Basic auth with this password")
    serve.add_argument("--certfile", metavar="PEM",
                       help="serve wss:// with this certificate (chain) (security profile 2)")
    serve.add_argument("--keyfile", metavar="PEM",
                       help="the certificate's private key (default: in --certfile)")
    serve.add_argument("--client-ca", metavar="PEM",
                       help="require client certificates signed by this CA (profile 3)")
    serve.add_argument("--boot-status", choices=["Accepted", "Pending", "Rejected"],
                       default="Accepted",
                       help="the BootNotification answer (default: Accepted)")
    serve.add_argument("--interval", type=_positive_int, default=300,
                       help="the interval given with it, in seconds (default: 300)")
    serve.add_argument("--call", nargs=2, action="append", metavar=("ACTION", "JSON"),
                       help="send this CALL to each station once it booted (repeatable, "
                            "sent in order)")
    mode = serve.add_mutually_exclusive_group()
    mode.add_argument("--commands", action="store_true", default=None,
                      help="read commands from stdin even when it is not a terminal")
    mode.add_argument("--no-commands", dest="commands", action="store_false",
                      help="ignore stdin, even on a terminal")
    connect = commands.add_parser(
        "connect", help="run a WebSocket charging station for testing a central system",
        description="A WebSocket charging station for testing a central system: it boots "
                    "(waiting the interval of a Pending or Rejected answer), sends "
                    "StatusNotification, heartbeats, can run a transaction, answers the "
                    "central system's calls and prints every frame on one line.")
    connect.add_argument("url", metavar="URL",
                         help="the central system's endpoint, e.g. ws://localhost:9000/ocpp "
                              "(the identity is appended)")
    connect.add_argument("--identity", default="CP-1", help="the station identity (default: CP-1)")
    connect.add_argument("--version", "--versions", dest="versions", type=_versions_arg,
                         action="append", metavar="V[,V...]",
                         help=f"the version to offer, or several in order of preference "
                              f"(repeatable, or comma-separated; {versions}; default: ocpp1.6)")
    connect.add_argument("--password", help="HTTP Basic auth password (user: the identity)")
    connect.add_argument("--cafile", metavar="PEM",
                         help="for wss://: trust this CA instead of the system's")
    connect.add_argument("--certfile", metavar="PEM",
                         help="for wss://: present this client certificate (profile 3)")
    connect.add_argument("--keyfile", metavar="PEM",
                         help="the client certificate's private key (default: in --certfile)")
    connect.add_argument("--heartbeat", type=_positive_float, metavar="SECONDS",
                         help="the heartbeat interval (default: the one the boot answer gives)")
    connect.add_argument("--transaction", action="store_true",
                         help="after the boot, run a transaction: Authorize, start, meter "
                              "values, stop")
    connect.add_argument("--id-tag", default="TAG-0001",
                         help="the id tag / id token of transactions (default: TAG-0001)")
    connect.add_argument("--vendor", default="ocpp-engine",
                         help="the vendor in BootNotification (default: ocpp-engine)")
    connect.add_argument("--model", default="connect",
                         help="the model in BootNotification (default: connect)")
    connect.add_argument("--exit-after-script", action="store_true",
                         help="exit once the boot (and the transaction) succeeded: status 0; "
                              "1 if they failed or the connection could not be made")


def _tls_context(args: argparse.Namespace) -> ssl.SSLContext | None:
    """Build the TLS context the options ask for, or ``None`` for plain ``ws://``.

    Raises:
        ValueError: an option is missing its companion, or a file cannot be loaded.
    """
    try:
        if args.command == "serve":
            if args.certfile is None:
                if args.keyfile or args.client_ca:
                    raise ValueError("--keyfile and --client-ca need --certfile")
                return None
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(args.certfile, args.keyfile)
            if args.client_ca:
                context.load_verify_locations(args.client_ca)
                context.verify_mode = ssl.CERT_REQUIRED
            return context
        if not args.url.startswith("wss://"):
            if args.cafile or args.certfile or args.keyfile:
                raise ValueError("--cafile, --certfile and --keyfile need a wss:// URL")
            return None
        context = ssl.create_default_context(cafile=args.cafile)
        if args.certfile:
            context.load_cert_chain(args.certfile, args.keyfile)
        elif args.keyfile:
            raise ValueError("--keyfile needs --certfile")
        return context
    except (OSError, ssl.SSLError) as exc:
        raise ValueError(f"cannot load the TLS files: {exc}") from None


def _run_ws_command(args: argparse.Namespace) -> int:
    try:
        from . import _cli_ws
    except ImportError as exc:
        problem = requirement_problem(_WEBSOCKETS) or f"it could not be imported ({exc})"
        print(_MISSING_WEBSOCKETS.format(command=args.command, problem=problem),
              file=sys.stderr)
        return 2
    try:
        tls = _tls_context(args)
    except ValueError as exc:
        print(f"ocpp-engine {args.command}: {exc}", file=sys.stderr)
        return 2
    default = list(Version) if args.command == "serve" else [Version.V16]
    versions = _chosen_versions(args.versions, default)
    try:
        if args.command == "serve":
            try:
                calls = _cli_ws.parse_calls(args.call)
                _cli_ws.check_calls(calls, versions)
            except ValueError as exc:
                print(f"ocpp-engine serve: {exc}", file=sys.stderr)
                return 2
            return asyncio.run(_cli_ws.run_serve(
                host=args.host, port=args.port, path=args.path, versions=versions,
                password=args.password, boot_status=args.boot_status, interval=args.interval,
                calls=calls, commands=args.commands, tls=tls))
        return asyncio.run(_cli_ws.run_connect(
            url=args.url, identity=args.identity, versions=versions,
            password=args.password, heartbeat=args.heartbeat, transaction=args.transaction,
            id_tag=args.id_tag, exit_after_script=args.exit_after_script,
            vendor=args.vendor, model=args.model, tls=tls))
    except KeyboardInterrupt:  # where signal handlers cannot be installed (Windows)
        return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ocpp-engine`` command; returns the exit status."""
    parser = argparse.ArgumentParser(
        prog="ocpp-engine", description="Everyday OCPP-J jobs with ocpp_engine: a demo, a log "
        "validator, a test central system and a test charge point.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}",
                        help="print the version of ocpp-engine and exit")
    commands = parser.add_subparsers(dest="command", required=True)
    run_demo = commands.add_parser("demo", help="run a station and a CSMS talking in memory")
    run_demo.add_argument("--version", choices=[v.value for v in Version],
                          default=Version.V16.value, help="the OCPP version (default: ocpp1.6)")
    check = commands.add_parser(
        "validate", help="check OCPP-J traffic logs against the schemas",
        description="Check OCPP-J traffic, one frame per line (log decorations around a frame "
                    "are fine, and so are JSON lines), against the schemas. Exit status: 0 "
                    "clean, 1 problems found, 2 unusable input.")
    check.add_argument("files", nargs="*", metavar="FILE",
                       help="log files, plain or gzip (default: stdin)")
    check.add_argument("--version", choices=[v.value for v in Version],
                       help="the OCPP version (default: inferred from the first frames)")
    check.add_argument("--order", choices=["auto", "oldest-first", "newest-first"],
                       default="auto",
                       help="the order of the lines (default: told from the first frames)")
    check.add_argument("--json", action="store_true", help="write the report as JSON")
    _add_ws_commands(commands)
    args = parser.parse_args(argv)
    if args.command in ("serve", "connect"):
        return _run_ws_command(args)
    if args.command == "demo":
        return asyncio.run(demo(Version(args.version)))
    if args.command == "validate":
        chosen = None if args.version is None else Version(args.version)
        return validate(args.files, chosen, args.json, args.order)
    parser.error(f"unknown command {args.command}")  # pragma: no cover
    return 2  # pragma: no cover


if __name__ == "__main__":
    sys.exit(main())
