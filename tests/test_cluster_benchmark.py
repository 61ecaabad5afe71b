"""The cluster benchmark runs from one command and reports every row (no speed asserted)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "cluster.py"
ROWS = [
    "local",
    "nats floor",
    "redis floor",
    "RedisBus",
    "csms.call",
    "routed nats",
    "routed redis",
]
#: row -> the floor it is compared with
FLOORS = {
    "RedisBus": "redis floor",
    "NatsBus": "nats floor",
    "routed nats": "nats floor",
    "routed redis": "redis floor",
}


def test_quick_run_prints_every_row_and_writes_json(tmp_path: Path) -> None:
    out = tmp_path / "cluster.json"
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--quick", "--json", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["mode"] == "quick"
    rows = report["rows"]
    try:
        from ocpp_engine.cluster import NatsBus  # type: ignore[attr-defined]  # noqa: F401
    except ImportError:
        assert any(note.startswith("NatsBus skipped") for note in report["notes"])
    else:
        assert "NatsBus" in rows, report["notes"]
    assert set(ROWS) <= set(rows) <= {*ROWS, "NatsBus"}
    lines = done.stdout.splitlines()
    for name in rows:
        assert any(line.startswith(f"{name} ") for line in lines), done.stdout
        for mode in ("sequential", "concurrent"):
            row = rows[name][mode]
            assert row["n"] > 0
            assert 0 <= row["p50_ms"] <= row["p99_ms"] < 60_000, (name, mode, row)
            assert row["per_s"] > 0
        assert rows[name]["concurrent"]["workers"] == 100
    for name, floor in FLOORS.items():
        if name in rows:
            ratios = rows[name]["vs_floor"]
            assert ratios["floor"] == floor
            expected = rows[name]["sequential"]["p50_ms"] / rows[floor]["sequential"]["p50_ms"]
            assert ratios["sequential_p50"] == pytest.approx(expected)
            assert ratios["concurrent_per_s"] > 0
            line = next(line for line in lines if line.startswith(f"{name} "))
            assert f"{ratios['sequential_p50']:.2f}" in line  # the printed ratio is this one
    assert "vs_floor" not in rows["local"]
    assert "vs_floor" not in rows["csms.call"]
    for name in ("routed nats", "routed redis"):
        ratios = rows[name]["vs_local"]
        assert ratios["local"] == "csms.call"
        expected = rows[name]["sequential"]["p50_ms"] / rows["csms.call"]["sequential"]["p50_ms"]
        assert ratios["sequential_p50"] == pytest.approx(expected)
        assert any(line.startswith(f"{name} vs csms.call: x") for line in lines)
    assert set(report["fan_out"]) == {"nats", "redis"}
    for engine, fan in report["fan_out"].items():
        assert (fan["stations"], fan["edges"], fan["failed"]) == (1000, 3, 0), fan
        assert fan["per_s"] == pytest.approx(fan["stations"] / fan["seconds"])
        assert any(line.startswith(f"fan-out {engine}: 1000 stations on 3 edges") for line in lines)
