"""Soak: many round trips through a device pair must leave memory where it started.

Run the full million (a few minutes on one core)::

    python -m tests.soak --round-trips 1000000

The suite runs a smaller soak in ``tests/test_soak.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import time
import tracemalloc
from collections.abc import Sequence
from typing import Any

import attrs

from ocpp_engine import CallContext, Device


@attrs.frozen
class SoakResult:
    """What one soak run measured (bytes as traced by tracemalloc)."""

    round_trips: int
    before: int
    after: int
    peak: int
    seconds: float

    @property
    def growth(self) -> int:
        """Traced bytes after the run minus traced bytes before it."""
        return self.after - self.before


def _heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    return {"currentTime": "2024-01-01T00:00:00Z"}


def _link(loop: asyncio.AbstractEventLoop, target: Device) -> Any:
    """A sender that delivers through the event loop and keeps nothing."""

    def send(raw: str) -> None:
        loop.call_soon(target.received, raw)

    return send


async def soak(round_trips: int, version: str = "ocpp1.6", warmup: int = 2_000) -> SoakResult:
    """Run *round_trips* Heartbeat round trips between a station and a CSMS device.

    Memory is traced from the start; *before* is measured after *warmup* round trips
    (validators compiled, caches filled) and *after* at the end, each after a full collection.
    """
    started = tracemalloc.is_tracing()
    if not started:
        tracemalloc.start()
    loop = asyncio.get_running_loop()
    station = Device(lambda raw: None, version=version, role="charging_station")
    csms = Device(lambda raw: None, {"Heartbeat": _heartbeat}, version=version, role="csms")
    station.sender = _link(loop, csms)
    csms.sender = _link(loop, station)
    station.connected()
    csms.connected()
    call = station.call
    for _ in range(warmup):
        await call("Heartbeat")
    gc.collect()
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    t0 = time.perf_counter()
    for _ in range(round_trips):
        await call("Heartbeat")
    seconds = time.perf_counter() - t0
    assert station.pending_calls == 0 and csms.active_tasks == 0
    await asyncio.sleep(0)
    gc.collect()
    after, peak = tracemalloc.get_traced_memory()
    if not started:
        tracemalloc.stop()
    station.disconnected()
    csms.disconnected()
    return SoakResult(round_trips, before, after, peak, seconds)


def main(argv: Sequence[str] | None = None) -> int:
    """Run a soak and print its memory figures; exit status 1 if memory grew too much."""
    parser = argparse.ArgumentParser(prog="python -m tests.soak", description=__doc__)
    parser.add_argument("--round-trips", type=int, default=1_000_000)
    parser.add_argument("--version", default="ocpp1.6")
    parser.add_argument(
        "--max-growth",
        type=int,
        default=64 * 1024,
        help="bytes of growth tolerated (default 64 KiB)",
    )
    args = parser.parse_args(argv)
    result = asyncio.run(soak(args.round_trips, args.version))
    print(
        f"{result.round_trips} round trips ({args.version}) in {result.seconds:.1f} s: "
        f"traced before {result.before} B, after {result.after} B, "
        f"growth {result.growth} B, peak {result.peak} B"
    )
    return 0 if result.growth <= args.max_growth else 1


if __name__ == "__main__":
    raise SystemExit(main())
