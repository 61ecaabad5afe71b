"""The typed example runs and passes ``mypy --strict``."""

from __future__ import annotations

import importlib.util
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import ocpp_engine.messages as messages

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "typed_messages.py"
# The folder holding the ``ocpp_engine`` package that this test run imports.
PACKAGE_ROOT = Path(messages.__file__).parent.parent.parent


def test_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    out = capsys.readouterr().out
    assert "BootNotification ocpp1.6 {'chargePointVendor': 'ACME'" in out
    assert "Accepted 2024-01-01T12:00:00+00:00 300" in out


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_example_passes_mypy_strict() -> None:
    env = {**os.environ, "MYPYPATH": str(PACKAGE_ROOT)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-version",
            "3.10",
            str(EXAMPLE),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
