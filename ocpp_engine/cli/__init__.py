"""The ``ocpp-engine`` command (also ``python -m ocpp_engine``).

One module per command, listed in `COMMANDS`:

- ``demo`` (`ocpp_engine.cli.demo`) wires a charging station device and a CSMS device in
  memory and runs a short session between them (boot, heartbeat, status, a transaction),
  printing every frame.
- ``validate [FILE ...]`` (`ocpp_engine.cli.validate`) checks OCPP-J traffic logs (stdin when
  no file is given) against the schemas: exit status 0 when clean, 1 when problems were found,
  2 on unusable input.
- ``serve`` (`ocpp_engine.cli.serve`) runs a WebSocket central system for testing a charging
  station: it answers every station-initiated message, logs every frame and sends chosen calls.
- ``connect URL`` (`ocpp_engine.cli.connect`) runs a WebSocket charging station for testing a
  central system: it boots, heartbeats, can run a transaction and logs every frame.
- ``simulate URL`` (`ocpp_engine.cli.simulate`) runs many charging stations built on the
  station kit against a central system, with seeded random or scripted charging sessions, and
  sums up what happened.

- ``call --cluster URL IDENTITY ACTION [PAYLOAD]`` (`ocpp_engine.cli.call`) calls a station
  connected to any edge node of a cluster (``serve --cluster URL``) and prints the answer.
- ``stations --cluster URL`` (`ocpp_engine.cli.stations`) lists a cluster's stations and nodes.

``serve``, ``connect`` and ``simulate`` need the ``websockets`` extra, imported only when one
of them runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Final

from .. import __version__
from . import call, connect, demo, serve, simulate, stations, validate
from ._common import Command

__all__ = ["COMMANDS", "main"]

#: The commands, in the order ``ocpp-engine --help`` lists them.
COMMANDS: Final[tuple[Command, ...]] = (
    demo.COMMAND,
    validate.COMMAND,
    serve.COMMAND,
    connect.COMMAND,
    simulate.COMMAND,
    call.COMMAND,
    stations.COMMAND,
)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ocpp-engine`` command; returns the exit status.

    Raises:
        SystemExit: on ``--help``, ``--version`` and unusable options (status 2).
    """
    parser = argparse.ArgumentParser(
        prog="ocpp-engine",
        description="Everyday OCPP-J jobs with ocpp_engine: a demo, a log "
        "validator, a test central system and a test charge point.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help="print the version of ocpp-engine and exit",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        sub = commands.add_parser(command.name, help=command.help, description=command.description)
        command.add_arguments(sub)
        sub.set_defaults(run=command.run)
    args = parser.parse_args(argv)
    status: int = args.run(args)
    return status
