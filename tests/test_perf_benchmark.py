"""The benchmark script runs from one command and writes its numbers (no speed asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


def _load_run() -> Any:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import run  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(SCRIPT.parent))
    return run


@pytest.mark.filterwarnings("ignore")
def test_quick_run_writes_json(tmp_path: Path) -> None:
    """The numbers vary; what is checked is the report's shape and how its columns relate."""
    run = _load_run()
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--no-startup", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    names = [cls("Heartbeat").name for cls in run.setup_classes()]  # a property for some
    # orjson is in the test extra: both codecs are measured, each with its own codec
    assert {"floor", "floor+reader", "ocpp_engine[json]", "ocpp_engine[orjson]"} <= set(names)
    assert run._codec("json").name == "json" and run._codec("orjson").name == "orjson"
    assert list(report["round_trips"]) == [
        "Heartbeat",
        "MeterValues",
        "TransactionEvent",
        "TransactionEvent, 100 sampled values",
    ]
    for scenario, data in report["round_trips"].items():
        rows = data["setups"]
        assert list(rows) == [n for n in names if n not in data["skipped"]], scenario
        assert "ocpp_engine[json]" in rows and "floor" in rows
        floor = rows["floor"]["median_us"]
        defaults = rows.get("ocpp defaults", {}).get("median_us")
        for name, row in rows.items():
            where = (scenario, name)
            assert row["batches"] == 2, where  # --quick: two batches of each setup
            assert row["batch_size"] >= 3, where
            assert row["x_floor_time"] == pytest.approx(row["median_us"] / floor), where
            assert row["round_trips_per_s"] == pytest.approx(1e6 / row["median_us"]), where
            if defaults is None:
                assert row["speedup_vs_ocpp_defaults"] is None, where
            else:
                assert row["speedup_vs_ocpp_defaults"] == pytest.approx(
                    defaults / row["median_us"]
                ), where
            # the printed table shows the numbers of the JSON report
            assert (
                f"| {name} | {row['median_us']:.1f} | {row['round_trips_per_s']:,.0f} | "
                f"{row['x_floor_time']:.2f} |"
            ) in done.stdout, where
    # The big frames, step by step: the frames of the two big scenarios, about 15 KB each.
    steps = report["frame_steps"]
    assert list(steps) == ["MeterValues", "TransactionEvent, 100 sampled values"]
    for scenario, row in steps.items():
        assert 12_000 < row["bytes"] < 20_000, scenario
        assert list(row["steps_us"]) == [
            "json.loads",
            "orjson.loads",
            "decode, json codec",
            "decode, orjson codec",
            "depth and size screen",
            "validation",
            "encode, json codec",
            "encode, orjson codec",
        ], scenario
        assert all(us > 0 for us in row["steps_us"].values()), scenario
        cell = f"{row['steps_us']['validation']:.1f}"
        assert any(
            line.startswith("| validation |") and cell in line for line in done.stdout.splitlines()
        ), scenario
    memory = report["memory"]
    # A Device is an object with dozens of fields: far from nothing, unless the measurement
    # let the devices go before it looked.
    assert memory["ocpp_engine Device (connected, idle)"]["bytes_per_device"] > 500
    if "ocpp ChargePoint" in memory:
        assert (
            memory["ocpp ChargePoint + its receive task"]["bytes_per_device"]
            > memory["ocpp ChargePoint"]["bytes_per_device"]
        )
    concurrent = report["concurrent"]
    assert list(concurrent) == [n for n in names if n != "ocpp_engine+typed"]
    for name, row in concurrent.items():
        assert row["pairs"] == 10, name
        assert row["x_floor_throughput"] == pytest.approx(
            row["calls_per_s"] / concurrent["floor"]["calls_per_s"]
        ), name
    # The MQTT round trips ran through a real broker (mosquitto is installed by .ci/run).
    mqtt = report["mqtt"]["setups"]
    assert {label: row["round_trips"] for label, row in mqtt.items()} == {
        "TCP_NODELAY": 20,
        "Nagle (no TCP_NODELAY)": 3,
    }
    for row in mqtt.values():
        assert row["x_floor_time"] == pytest.approx(row["engine_ms"] / row["floor_ms"])
    assert "## MQTT: Heartbeat round trips" in done.stdout


def test_startup_children_run() -> None:
    run = _load_run()
    result = run.bench_startup(1)
    expected = set(run._STARTUP_CHILDREN)
    if not run.HAVE_OCPP:
        expected.remove("ocpp (defaults)")
    assert set(result) == expected
    base = result["python + import asyncio"]["median_ms"]
    for name, row in result.items():
        # the child's clock and ours are the same monotonic clock: a start-up takes a positive
        # time, well under the minute a child may take (another clock would be far off)
        assert 0 < row["median_ms"] < 60_000, (name, row)
        assert row["min_ms"] == row["median_ms"], (name, row)  # one run: one sample
        assert row["over_python_asyncio_ms"] == pytest.approx(row["median_ms"] - base), name
