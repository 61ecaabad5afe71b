"""Measure ``ocpp-engine validate`` on a generated log of a million frames.

    python benchmarks/logcheck.py                 # 1,000,000 frames, text log
    python benchmarks/logcheck.py --frames 200000 --format jsonl --gzip

The log is written to a temporary directory (and removed afterwards): 1.6 traffic of ten
stations, each line ``<timestamp> <station> -> <frame>`` (or ``<-``), or a JSON line with
``ts``, ``identity``, ``direction`` and ``msg`` fields; CALLs go both ways, with counter ids
``"1"``, ``"2"``... per station, each followed by its answer. The command runs in a child
process; the script prints its wall time, its CPU time, its peak RSS and its exit status.

Measured on the development machine (2 cores shared with other work, so the wall times vary
by a factor of two from run to run; the CPU times are steadier), 1,000,000 frames:

=====================================  ============  ==========  =========
log                                    wall          CPU         peak RSS
=====================================  ============  ==========  =========
text, 113.8 MB, before (fd08aa6)       5.1 - 7.5 s   3.4 s       29 MB
text, 113.8 MB, after                  4.7 - 8.9 s   4.1 - 4.4 s 29 MB
text gzip, 4.9 MB, after               5.6 - 6.3 s   4.7 s       29 MB
JSON lines, 176.5 MB, after            5.7 - 11.1 s  5.7 - 6.2 s 29 MB
text, 113.8 MB, own rules (1da5cec)    4.8 - 5.2 s   4.8 - 5.2 s 32 MB
text, 113.8 MB, _frames rules          4.8 - 5.4 s   4.8 - 5.3 s 32 MB
JSON lines, 176.5 MB, own rules        7.0 s         7.0 s       32 MB
JSON lines, 176.5 MB, _frames rules    6.8 s         6.8 s       32 MB
=====================================  ============  ==========  =========

"Before" is the checker that paired by message id alone and read text lines only; "after"
also reads the station and the direction of every line, and JSON lines and gzip input. "Own
rules" is the checker with its own copy of the frame rules; "_frames rules" judges every frame
with ``ocpp_engine._frames`` (``check``, or ``_limits.screen`` and ``refused`` for a frame
longer than 64 characters), as the Device does. Both were measured on the same morning; the
two-core machine was busy, which is why they are slower than the older rows.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from typing import IO

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

_METER = {
    "connectorId": 1,
    "transactionId": 7,
    "meterValue": [
        {
            "timestamp": "2024-05-01T12:00:00Z",
            "sampledValue": [
                {"value": "1500.5", "measurand": "Energy.Active.Import.Register", "unit": "Wh"},
                {"value": "7200", "measurand": "Power.Active.Import", "unit": "W"},
            ],
        }
    ],
}
_STATUS = {"connectorId": 1, "errorCode": "NoError", "status": "Charging"}
_EXCHANGES = [  # (the station sends it?, action, request, response)
    (True, "Heartbeat", {}, {"currentTime": "2024-05-01T12:00:00Z"}),
    (True, "MeterValues", _METER, {}),
    (True, "StatusNotification", _STATUS, {}),
    (
        False,
        "GetConfiguration",
        {"key": ["HeartbeatInterval"]},
        {"configurationKey": [{"key": "HeartbeatInterval", "readonly": False, "value": "300"}]},
    ),
]


def write_log(out: IO[str], frames: int, fmt: str, stations: int = 10) -> None:
    """Write *frames* frames (CALLs and their answers) of 1.6 traffic to *out*."""
    counters = [0] * stations
    for n in range(frames // 2):
        station = n % stations
        counters[station] += 1
        ident = f"CP-{station:04d}"
        from_cs, action, request, response = _EXCHANGES[n % len(_EXCHANGES)]
        message_id = str(counters[station])
        call = json.dumps([2, message_id, action, request], separators=(",", ":"))
        answer = json.dumps([3, message_id, response], separators=(",", ":"))
        ts = f"2024-05-01T12:{n // 60000 % 60:02d}:{n // 1000 % 60:02d}.{n % 1000:03d}Z"
        if fmt == "jsonl":
            out.write(
                json.dumps(
                    {
                        "ts": ts,
                        "identity": ident,
                        "direction": "in" if from_cs else "out",
                        "msg": call,
                    }
                )
            )
            out.write("\n")
            out.write(
                json.dumps(
                    {
                        "ts": ts,
                        "identity": ident,
                        "direction": "out" if from_cs else "in",
                        "msg": answer,
                    }
                )
            )
            out.write("\n")
        else:
            first, second = ("->", "<-") if from_cs else ("<-", "->")
            out.write(f"{ts} {ident} {first} {call}\n{ts} {ident} {second} {answer}\n")


def main() -> int:
    """Generate the log, run the command on it and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--frames", type=int, default=1_000_000)
    parser.add_argument("--format", choices=["text", "jsonl"], default="text")
    parser.add_argument("--gzip", action="store_true", help="compress the log")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "traffic.log" + (".gz" if args.gzip else ""))
        opener = gzip.open if args.gzip else open
        with opener(path, "wt", encoding="utf-8") as out:  # type: ignore[operator]
            write_log(out, args.frames, args.format)
        size = os.path.getsize(path)
        start = time.perf_counter()
        result = subprocess.run(
            [sys.executable, "-m", "ocpp_engine", "validate", "--version", "ocpp1.6", path],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        elapsed = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak_kib, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    summary = [line for line in result.stdout.splitlines() if " frames in " in line]
    print(
        f"{args.frames} frames, {args.format}{' gzip' if args.gzip else ''}, "
        f"{size / 1e6:.1f} MB: {elapsed:.1f} s ({cpu:.1f} s CPU), "
        f"peak RSS {peak_kib / 1024:.0f} MB, exit {result.returncode}"
    )
    for line in summary:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
