"""``ocpp-engine connect``: a WebSocket charging station for testing a central system.

The station is `ocpp_engine.cli._station.StationScript`; this module connects it and reports
how it went. The ``websockets`` extra is imported only when the command runs.
"""

from __future__ import annotations

import argparse
import asyncio
import ssl
import sys
from typing import Any, Final, TextIO

from .._versions import Version
from ._common import (
    JSON_VERSIONS,
    Command,
    chosen_versions,
    install_stop,
    missing_websockets,
    positive_float,
    versions_arg,
    why,
)
from ._log import FrameLog, show_library_log
from ._station import StationScript

__all__ = ["COMMAND", "run_connect"]


async def run_connect(
    *,
    url: str,
    identity: str,
    versions: list[Version],
    password: str | None,
    heartbeat: float | None,
    transaction: bool,
    id_tag: str,
    exit_after_script: bool,
    vendor: str = "ocpp-engine",
    model: str = "connect",
    out: TextIO | None = None,
    tls: ssl.SSLContext | None = None,
) -> int:
    """Run ``ocpp-engine connect`` until Ctrl-C or SIGTERM; return the exit status.

    With *exit_after_script* it returns 0 once the boot (and the transaction) succeeded, and
    1 with a message on stderr when they failed or the connection could not be made.
    """
    from ..transports.websocket import ChargePoint

    log = FrameLog(out)
    script = StationScript(
        log,
        identity,
        vendor=vendor,
        model=model,
        id_tag=id_tag,
        heartbeat=heartbeat,
        transaction=transaction,
    )
    loop = asyncio.get_running_loop()
    if exit_after_script:
        script.done = loop.create_future()
    try:
        cp = ChargePoint(
            url,
            identity,
            script.handlers(),
            versions=versions,
            password=password,
            ssl=tls,
            reconnect=not exit_after_script,
            on_connect=script.on_connect,
            on_disconnect=lambda cp: log.line(f"{identity} disconnected"),
        )
    except ValueError as exc:
        print(f"ocpp-engine connect: {exc}", file=sys.stderr)
        return 2
    log.attach(cp.device, identity, "CSMS")
    log.line(f"connecting to {cp.url} as {identity} ({', '.join(v.value for v in versions)})")
    undo = show_library_log(log)
    stop = asyncio.Event()
    install_stop(stop)
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
            reason = (
                why(error)
                if error is not None
                else (why(cp.last_error) if cp.last_error is not None else "the connection closed")
            )
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


# -- the command ---------------------------------------------------------------------------------


def _add_arguments(connect: argparse.ArgumentParser) -> None:
    versions = ", ".join(v.value for v in JSON_VERSIONS)
    connect.add_argument(
        "url",
        metavar="URL",
        help="the central system's endpoint, e.g. ws://localhost:9000/ocpp "
        "(the identity is appended)",
    )
    connect.add_argument("--identity", default="CP-1", help="the station identity (default: CP-1)")
    connect.add_argument(
        "--version",
        "--versions",
        dest="versions",
        type=versions_arg,
        action="append",
        metavar="V[,V...]",
        help=f"the version to offer, or several in order of preference "
        f"(repeatable, or comma-separated; {versions}; default: ocpp1.6)",
    )
    connect.add_argument("--password", help="HTTP Basic auth password (user: the identity)")
    connect.add_argument(
        "--cafile", metavar="PEM", help="for wss://: trust this CA instead of the system's"
    )
    connect.add_argument(
        "--certfile", metavar="PEM", help="for wss://: present this client certificate (profile 3)"
    )
    connect.add_argument(
        "--keyfile",
        metavar="PEM",
        help="the client certificate's private key (default: in --certfile)",
    )
    connect.add_argument(
        "--heartbeat",
        type=positive_float,
        metavar="SECONDS",
        help="the heartbeat interval (default: the one the boot answer gives)",
    )
    connect.add_argument(
        "--transaction",
        action="store_true",
        help="after the boot, run a transaction: Authorize, start, meter values, stop",
    )
    connect.add_argument(
        "--id-tag",
        default="TAG-0001",
        help="the id tag / id token of transactions (default: TAG-0001)",
    )
    connect.add_argument(
        "--vendor",
        default="ocpp-engine",
        help="the vendor in BootNotification (default: ocpp-engine)",
    )
    connect.add_argument(
        "--model", default="connect", help="the model in BootNotification (default: connect)"
    )
    connect.add_argument(
        "--exit-after-script",
        action="store_true",
        help="exit once the boot (and the transaction) succeeded: status 0; "
        "1 if they failed or the connection could not be made",
    )


def _tls_context(args: argparse.Namespace) -> ssl.SSLContext | None:
    """Build the client TLS context the options ask for, or ``None`` for plain ``ws://``.

    Raises:
        ValueError: an option is missing its companion, or a file cannot be loaded.
    """
    if not args.url.startswith("wss://"):
        if args.cafile or args.certfile or args.keyfile:
            raise ValueError("--cafile, --certfile and --keyfile need a wss:// URL")
        return None
    try:
        context = ssl.create_default_context(cafile=args.cafile)
        if args.certfile:
            context.load_cert_chain(args.certfile, args.keyfile)
        elif args.keyfile:
            raise ValueError("--keyfile needs --certfile")
    except (OSError, ssl.SSLError) as exc:
        raise ValueError(f"cannot load the TLS files: {exc}") from None
    return context


def _run(args: argparse.Namespace) -> int:
    if missing_websockets("connect"):
        return 2
    try:
        tls = _tls_context(args)
    except ValueError as exc:
        print(f"ocpp-engine connect: {exc}", file=sys.stderr)
        return 2
    try:
        return asyncio.run(
            run_connect(
                url=args.url,
                identity=args.identity,
                versions=chosen_versions(args.versions, [Version.V16]),
                password=args.password,
                heartbeat=args.heartbeat,
                transaction=args.transaction,
                id_tag=args.id_tag,
                exit_after_script=args.exit_after_script,
                vendor=args.vendor,
                model=args.model,
                tls=tls,
            )
        )
    except KeyboardInterrupt:  # where signal handlers cannot be installed (Windows)
        return 0


#: ``ocpp-engine connect``.
COMMAND: Final = Command(
    name="connect",
    help="run a WebSocket charging station for testing a central system",
    description="A WebSocket charging station for testing a central system: it boots "
    "(waiting the interval of a Pending or Rejected answer), sends "
    "StatusNotification, heartbeats, can run a transaction, answers the "
    "central system's calls and prints every frame on one line.",
    add_arguments=_add_arguments,
    run=_run,
)
