"""The benchmark script runs from one command and writes its numbers (no speed asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


@pytest.mark.filterwarnings("ignore")
def test_quick_run_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--no-startup", "--json", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert set(report["round_trips"]) == {"Heartbeat", "MeterValues", "TransactionEvent"}
    for scenario in report["round_trips"].values():
        rows = scenario["setups"]
        assert rows["floor"]["x_floor_time"] == 1.0
        engine = rows["ocpp_engine[json]"]
        assert engine["median_us"] > 0 and engine["x_floor_time"] > 0
    assert report["memory"]["ocpp_engine Device (connected, idle)"]["bytes_per_device"] > 0
    assert report["concurrent"]["ocpp_engine[json]"]["calls_per_s"] > 0
    assert "| ocpp_engine[json] |" in done.stdout
    # The MQTT round trips ran through a real broker (mosquitto is installed by .ci/run).
    mqtt = report["mqtt"]["setups"]
    assert set(mqtt) == {"TCP_NODELAY", "Nagle (no TCP_NODELAY)"}
    for row in mqtt.values():
        assert row["x_floor_time"] == pytest.approx(row["engine_ms"] / row["floor_ms"])
    assert "## MQTT: Heartbeat round trips" in done.stdout


def test_startup_children_run() -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import run  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(SCRIPT.parent))
    result = run.bench_startup(1)
    assert result["ocpp_engine"]["median_ms"] > 0
    assert result["python + import asyncio"]["over_python_asyncio_ms"] == 0
