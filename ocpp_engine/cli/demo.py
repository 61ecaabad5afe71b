"""``ocpp-engine demo``: a charging station and a CSMS talking in memory.

The two sides are those of the other commands, wired with `ocpp_engine.testing.connect`
instead of a WebSocket: the station is ``connect``'s `StationScript`, the CSMS answers as
``serve`` does. Every frame is printed readably. It needs nothing beyond the core install.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from typing import Final

from .._device import Device
from .._versions import Role, Version
from ..testing import connect, sequential_ids
from ._common import JSON_VERSIONS, KIND, Command
from ._log import FrameLog
from ._station import StationScript
from .serve import TestCentralSystem

__all__ = ["COMMAND", "demo"]

_IDENTITY: Final = "CP-1"


def _show(label: str, raw: str) -> None:
    """Print one frame readably: who sent it, its kind, id, action and payload."""
    frame = json.loads(raw)
    arrow = "CS   -> CSMS" if label == "cs" else "CSMS -> CS  "
    kind = KIND.get(frame[0], str(frame[0]))
    if frame[0] in (2, 6):
        head, body = f"{kind:<10} {frame[2]}", frame[3]
    elif frame[0] == 3:
        head, body = f"{kind:<10}", frame[2]
    else:
        head, body = f"{kind:<10} {frame[2]}", {"description": frame[3], "details": frame[4]}
    print(f"{arrow}  {head:<32} id={frame[1]:<6} {json.dumps(body)}")


async def demo(version: Version) -> int:
    """Run the demo session for *version*: boot, heartbeat, status, a transaction.

    Returns:
        the exit status (0).

    Raises:
        OCPPError: a CALL of the session failed (it does not, unless the engine is broken).
        ScriptFailed: the CSMS refused the id tag (it does not: it accepts every tag).
    """
    log = FrameLog()  # where the station reports a failed follow-up; silent otherwise
    script = StationScript(log, _IDENTITY, vendor="Demo", model="Engine-1", transaction=True)
    station = Device(
        print,
        script.handlers(),
        role=Role.CHARGING_STATION,
        id_factory=sequential_ids("cs"),
        identity=_IDENTITY,
    )
    answers = TestCentralSystem(log).handlers(version, _IDENTITY)
    csms = Device(print, answers, role=Role.CSMS, id_factory=sequential_ids("csms"))
    pipe = connect(station, csms, version, labels=("cs", "csms"))
    pipe.listeners.append(_show)
    print(f"OCPP {version.value}: a charging station and a CSMS, wired in memory\n")
    try:
        await script.boot(station, version)
        await station.call("Heartbeat")
        await script.status(station, version, "Available")
        await script.run_transaction(station, version)
    finally:
        await pipe.settle()
        pipe.close()
        await script.close()
    print(f"\n{len(pipe.frames)} frames exchanged, no errors.")
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--version",
        choices=[v.value for v in JSON_VERSIONS],
        default=Version.V16.value,
        help="the OCPP version (default: ocpp1.6)",
    )


def _run(args: argparse.Namespace) -> int:
    return asyncio.run(demo(Version(args.version)))


#: ``ocpp-engine demo``.
COMMAND: Final = Command(
    name="demo",
    help="run a station and a CSMS talking in memory",
    description=None,
    add_arguments=_add_arguments,
    run=_run,
)
