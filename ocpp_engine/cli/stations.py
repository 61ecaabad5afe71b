"""``ocpp-engine stations --cluster URL``: list the stations connected to a cluster.

One line per station, sorted: the identity, a tab and the edge node that holds it (``--json``:
one JSON object, identity -> node). Exit status 0; 1 when the broker cannot be reached; 2 on
unusable arguments.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Final

from ._common import Command, why
from .call import add_cluster_arguments, open_cluster

__all__ = ["COMMAND", "run_stations"]


async def run_stations(url: str, prefix: str, as_json: bool) -> int:
    """Print the cluster's stations; return the exit status.

    Raises nothing: every failure is printed.
    """
    from ..cluster import ClusterError

    try:
        cluster = open_cluster(url, prefix)
    except (ValueError, ImportError) as exc:
        print(f"ocpp-engine stations: {exc}", file=sys.stderr)
        return 2
    try:
        async with cluster:
            stations = await cluster.stations()
    except (ClusterError, OSError) as exc:
        print(f"ocpp-engine stations: {why(exc)}", file=sys.stderr)
        return 1
    if as_json:
        print(json.dumps(dict(sorted(stations.items())), ensure_ascii=False), flush=True)
    else:
        for identity, node in sorted(stations.items()):
            print(f"{identity}\t{node}")
        sys.stdout.flush()
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_cluster_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def _run(args: argparse.Namespace) -> int:
    return asyncio.run(run_stations(args.cluster, args.prefix, args.json))


#: ``ocpp-engine stations``.
COMMAND: Final = Command(
    name="stations",
    help="list the stations connected to a cluster and their nodes",
    description="List every station connected to an edge node of a cluster, with its node.",
    add_arguments=_add_arguments,
    run=_run,
)
