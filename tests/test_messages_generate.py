"""The checked-in generated modules are exactly what the generator writes from the schemas."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import ocpp_engine.messages as messages
from ocpp_engine import Version
from ocpp_engine.messages import generate

PACKAGE = Path(messages.__file__).resolve().parent
SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
MODULES = ["v16.py", "v201.py", "v21.py"]


def test_checked_in_modules_are_up_to_date(tmp_path: Path) -> None:
    written = generate.generate(tmp_path, SCHEMAS)
    assert sorted(p.name for p in written) == sorted(MODULES)
    for name in MODULES:
        fresh = (tmp_path / name).read_bytes()
        checked_in = (PACKAGE / name).read_bytes()
        assert fresh == checked_in, (
            f"{name} is out of date: run python -m ocpp_engine.messages.generate"
        )


@pytest.mark.slow
def test_generation_does_not_depend_on_string_hashing(tmp_path: Path) -> None:
    """Two processes with different hash seeds write the same bytes (set order would differ)."""
    outputs = []
    for seed in ("0", "1"):
        out = tmp_path / f"seed{seed}"
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "ocpp_engine.messages.generate",
                str(out),
                "--schemas",
                str(SCHEMAS),
            ],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.py"))})
    assert sorted(outputs[0]) == sorted(MODULES)
    for name in MODULES:
        assert outputs[0][name] == outputs[1][name], f"{name} differs between hash seeds"


def test_command_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ocpp_engine.messages.generate",
            str(tmp_path),
            "--schemas",
            str(SCHEMAS),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(MODULES)
    assert (tmp_path / "v16.py").read_bytes() == (PACKAGE / "v16.py").read_bytes()


def test_unused_naming_table_entry_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(generate.V16_OBJECT_NAMES, "noSuchProperty", "Nothing")
    with pytest.raises(ValueError, match="noSuchProperty"):
        generate.render_version(SCHEMAS, Version.V16)


def test_docstrings_are_clean() -> None:
    for name in MODULES:
        source = (PACKAGE / name).read_text(encoding="utf-8")
        assert "\r" not in source
        assert "urn:x-" not in source
        assert "&lt;" not in source and "<<" not in source
        assert source.isascii()


def test_the_generated_modules_are_laid_out_by_ruff_format() -> None:
    validators = PACKAGE.parent / "_validators"
    files = [str(folder / name) for folder in (PACKAGE, validators) for name in MODULES]
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--check",
            "--isolated",
            "--line-length",
            "100",
            "--target-version",
            "py310",
            *files,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
