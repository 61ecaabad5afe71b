"""The load benchmark runs end to end and reports every row; no speed is asserted."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SCRIPT = BENCHMARKS / "load.py"
HAVE_OCPP = importlib.util.find_spec("ocpp") is not None


def _load() -> Any:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        import load  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(BENCHMARKS))
    return load


@pytest.mark.filterwarnings("ignore")
def test_quick_run_reports_every_row_for_every_server(tmp_path: Path) -> None:
    load = _load()
    out = tmp_path / "load.json"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    config = report["config"]
    n, m = config["stations"], config["fire_stations"]
    assert (n, m) == (200, 20)
    servers = report["servers"]
    assert list(servers) == ["floor", "ocpp_engine", *(["ocpp 2.1.0"] if HAVE_OCPP else [])]
    floor = servers["floor"]
    # the fixed load sends n/10 + n/60 CALLs a second for the run's seconds
    scheduled = config["seconds"] * (n / config["meter_period"] + n / config["heartbeat_period"])
    for name, row in servers.items():
        assert row["connected"] == n and row["connect_failed"] == 0, name
        assert row["server_stations"] == n, name  # the server saw every one of them
        assert row["fanout_failed"] == 0, name
        assert abs(row["fixed_sent"] - scheduled) <= 3, name
        assert row["fixed_unanswered"] == 0 and row["fixed_errors"] == 0, name
        assert row["heartbeat_errors"] == 0 and row["mixed_errors"] == 0, name
        for key in load.ROW_KEYS:
            assert row[key] is not None and row[key] >= 0, (name, key)
        # a connection costs the server something, and far less than a megabyte
        assert 1 < row["memory_kb_per_station"] < 1024, name
        assert row["fixed_p50_ms"] <= row["fixed_p99_ms"], name
        assert row["heartbeat_p50_ms"] <= row["heartbeat_p99_ms"], name
        if row is not floor:
            for key in load.ROW_KEYS:
                if floor[key]:
                    assert row["x_floor"][key] == pytest.approx(row[key] / floor[key]), key
    lines = done.stdout.splitlines()
    header = next(line for line in lines if line.startswith("| measured |"))
    assert all(f" {name} |" in header for name in servers)
    for key, text, fmt in load.ROWS:
        label = text.format(n=f"{n:,}", m=m, c=config["concurrency"])
        row_line = next((line for line in lines if line.startswith(f"| {label} |")), None)
        assert row_line is not None, label
        cells = [c.strip() for c in row_line.strip("|").split("|")][1:]
        # each server's number, then (but for the floor) its ratio to the floor
        assert cells[0] == fmt.format(floor[key]), label
        assert len(cells) == 1 + 2 * (len(servers) - 1), label


def test_the_station_count_is_clipped_to_the_file_limit() -> None:
    load = _load()
    args = argparse.Namespace(stations=10**7, generators=1, concurrency=500)
    notes = load.limit_stations(args)
    assert args.stations < load.fd_hard_cap()
    assert any("this machine limits N" in note for note in notes)
    # each generator process stays under the limit too
    assert -(-args.stations // args.generators) <= load.fd_hard_cap() - 200


def test_percentile_and_split() -> None:
    load = _load()
    assert load.percentile([], 0.99) is None
    values = [float(v) for v in range(1, 101)]
    assert load.percentile(values, 0.50) == 51.0
    assert load.percentile(values, 0.99) == 100.0
    assert load.split(10, 3) == [4, 3, 3]
    assert sum(load.split(19_500, 4)) == 19_500
