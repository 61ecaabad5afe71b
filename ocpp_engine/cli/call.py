"""``ocpp-engine call --cluster URL IDENTITY ACTION [PAYLOAD]``: call any station of a cluster.

The call goes through the cluster's broker to the edge node that holds the station, as
`ocpp_engine.cluster.Cluster.call` sends it. The CALLRESULT payload is printed as JSON on
stdout (exit status 0); a CALLERROR is printed as ``CALLERROR code: description details`` on
stdout (exit status 1); a failure (the station is not connected, no answer by the deadline,
the broker is unreachable) is reported on stderr (exit status 1); unusable arguments exit
with status 2.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any, Final

from .._errors import CallError, OCPPError
from ._common import Command, positive_float, why

__all__ = ["COMMAND", "add_cluster_arguments", "open_cluster", "run_call"]


def add_cluster_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``--cluster URL`` (required) and ``--prefix``. Raises nothing."""
    parser.add_argument(
        "--cluster",
        metavar="URL",
        required=True,
        help="the cluster's broker: nats://HOST:PORT or redis://HOST:PORT",
    )
    parser.add_argument(
        "--prefix", default="ocpp", help="the cluster's namespace on the broker (default: ocpp)"
    )


def open_cluster(url: str, prefix: str) -> Any:
    """Make an unstarted `Cluster` on the broker *url*.

    Raises:
        ValueError: the URL names no engine.
        ImportError: the engine's extra is not installed.
    """
    from ..cluster import Cluster, bus_from_url

    return Cluster(bus_from_url(url, prefix))


async def run_call(
    url: str, prefix: str, identity: str, action: str, payload: dict[str, Any], timeout: float
) -> int:
    """Make one call through the cluster and print its answer; return the exit status.

    Raises nothing: every failure is printed.
    """
    from ..cluster import ClusterError

    try:
        cluster = open_cluster(url, prefix)
    except (ValueError, ImportError) as exc:
        print(f"ocpp-engine call: {exc}", file=sys.stderr)
        return 2
    try:
        async with cluster:
            answer = await cluster.call(identity, action, payload, timeout=timeout)
    except CallError as exc:
        details = json.dumps(exc.details, ensure_ascii=False)
        print(f"CALLERROR {exc.code}: {exc.description} {details}", flush=True)
        return 1
    except (ClusterError, OCPPError, OSError) as exc:
        print(f"ocpp-engine call: {why(exc)}", file=sys.stderr)
        return 1
    print(json.dumps(answer, ensure_ascii=False), flush=True)
    return 0


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_cluster_arguments(parser)
    parser.add_argument("identity", metavar="IDENTITY", help="the station")
    parser.add_argument("action", metavar="ACTION", help="the action, such as Reset")
    parser.add_argument(
        "payload", metavar="PAYLOAD", nargs="?", default="{}", help="a JSON object (default {})"
    )
    parser.add_argument(
        "--timeout",
        type=positive_float,
        default=30.0,
        help="seconds to wait for the answer (default: 30)",
    )


def _run(args: argparse.Namespace) -> int:
    try:
        payload = json.loads(args.payload)
    except ValueError as exc:
        print(f"ocpp-engine call: the payload is not JSON: {exc}", file=sys.stderr)
        return 2
    if not isinstance(payload, dict):
        print("ocpp-engine call: the payload must be a JSON object", file=sys.stderr)
        return 2
    return asyncio.run(
        run_call(args.cluster, args.prefix, args.identity, args.action, payload, args.timeout)
    )


#: ``ocpp-engine call``.
COMMAND: Final = Command(
    name="call",
    help="call any station of a cluster and print its answer",
    description="Send one CALL to a station connected to any edge node of a cluster (started "
    "with `ocpp-engine serve --cluster URL`) and print the CALLRESULT payload as JSON.",
    add_arguments=_add_arguments,
    run=_run,
)
