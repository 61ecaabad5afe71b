"""Project-level checks: lint, types, the demo command, packaging, the suite's markers."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout)


@pytest.mark.lint
def test_ruff() -> None:
    result = run(sys.executable, "-m", "ruff", "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.lint
def test_ruff_format() -> None:
    """The code follows ruff format (the examples and the manual's blocks are laid out by hand)."""
    result = run(
        sys.executable, "-m", "ruff", "format", "--check", "ocpp_engine", "tests", "benchmarks"
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.lint
def test_mypy_strict() -> None:
    result = run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow  # a process each
@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"])
def test_demo(version: str) -> None:
    result = run(sys.executable, "-m", "ocpp_engine", "demo", "--version", version, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "BootNotification" in result.stdout
    assert ("StopTransaction" if version == "ocpp1.6" else "TransactionEvent") in result.stdout
    assert "CALLERROR" not in result.stdout
    assert result.stderr == ""


@pytest.mark.release
def test_wheel_ships_the_schemas_and_py_typed(tmp_path: Path) -> None:
    pytest.importorskip("hatchling")
    result = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        str(tmp_path),
        str(ROOT),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [wheel] = tmp_path.glob("ocpp_engine-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    schemas = [n for n in names if n.startswith("ocpp_engine/_schemas/") and n.endswith(".json")]
    assert len(schemas) == 78 + 128 + 181 + 48  # 1.5: derived from its XSD
    assert "ocpp_engine/py.typed" in names
    wsdls = [n for n in names if n.startswith("ocpp_engine/_schemas/wsdl/")]
    assert len(wsdls) == 4, wsdls  # the SOAP codec's source, shipped as its licence asks
    assert not any(n.startswith("tests/") for n in names)


@pytest.mark.release
def test_installed_wheel_validates_from_its_own_schemas(tmp_path: Path) -> None:
    """A user's install finds the schemas inside the package, not in a checkout."""
    pytest.importorskip("hatchling")
    if shutil.which("unzip") is None and sys.platform != "linux":
        pytest.skip("needs a POSIX machine")
    result = run(
        sys.executable,
        "-m",
        "pip",
        "wheel",
        "--no-deps",
        "--no-build-isolation",
        "-w",
        str(tmp_path),
        str(ROOT),
    )
    assert result.returncode == 0, result.stderr
    [wheel] = tmp_path.glob("ocpp_engine-*.whl")
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = (
        "import ocpp_engine._validation as v; from ocpp_engine import Version;"
        "assert v.schema_dir().name == '_schemas', v.schema_dir();"
        "assert v.validator_for(Version.V21, 'Heartbeat', False) is not None"
    )
    result = run(sys.executable, "-c", code, cwd=tmp_path, timeout=60)
    env_note = result.stderr
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr + env_note


def test_importing_the_engine_leaves_the_outbox_and_the_gate_for_later() -> None:
    code = (
        "import sys, ocpp_engine\n"
        "heavy = [m for m in ('sqlite3', 'ocpp_engine.outbox', 'ocpp_engine.registration',"
        " 'cattrs', 'ocpp_engine.messages') if m in sys.modules]\n"
        "assert heavy == [], heavy\n"
        "from ocpp_engine import Outbox, RegistrationGate\n"
        "assert Outbox.__module__ == 'ocpp_engine.outbox'\n"
        "assert 'sqlite3' in sys.modules\n"
        "try:\n"
        "    ocpp_engine.NoSuchName\n"
        "except AttributeError:\n"
        "    pass\n"
        "else:\n"
        "    raise AssertionError('unknown names must raise AttributeError')\n"
        # one version's typed classes import that version's module only
        "from ocpp_engine.messages import request_class\n"
        "assert request_class('ocpp1.6', 'Heartbeat').VERSION == 'ocpp1.6'\n"
        "prefixes = ('ocpp_engine.messages.v', 'ocpp_engine._validators.v')\n"
        "versions = sorted(m for m in sys.modules if m.startswith(prefixes))\n"
        "assert versions == ['ocpp_engine.messages.v16'], versions\n"
    )
    result = run(sys.executable, "-c", code, timeout=60)
    assert result.returncode == 0, result.stderr


def readme_commands() -> list[str]:
    """The command lines of the README's first ``sh`` block (comments left out)."""
    text = (ROOT / "README.md").read_text()
    block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_the_readme_runs_the_demo_on_the_core_install_first() -> None:
    demo, tests = readme_commands()
    assert demo.endswith("&& pip install -e . && python -m ocpp_engine demo"), demo
    assert "[" not in demo, "the demo needs no extra"
    assert tests.endswith("&& pip install -e '.[test]' && python -m pytest"), tests


def test_ci_runs_exactly_the_readme_commands_from_a_fresh_venv() -> None:
    script = (ROOT / ".ci" / "run").read_text().splitlines()
    start = script.index("# -- the README's commands --")
    end = script.index("# -- end of the README's commands --")
    assert script[start + 1 : end] == readme_commands()
    assert "rm -rf .venv" in script[:start], "the light install must start from no venv"
    npm = [n for n, line in enumerate(script) if "command -v npm" in line]
    assert npm and npm[0] < start, "CI checks for npm before the tests"
    assert any("mosquitto" in line for line in script[:start])
    assert any("for version in 3.10 3.13" in line for line in script[end:])


def test_every_test_module_is_marked_or_in_the_fast_set_on_purpose() -> None:
    """A new test module must say whether it belongs in the fast set (conftest's table)."""
    from tests import conftest

    on_disk = {p.name for p in (ROOT / "tests").glob("test_*.py")}
    assert set(conftest.MODULES) == on_disk, (
        "list every tests/test_*.py in tests/conftest.py MODULES, with its marker or None"
    )
    registered = _registered_markers()
    assert set(conftest.MODULES.values()) - {None} <= set(conftest.SLOWER) <= registered
    assert set(conftest.TESTS.values()) <= set(conftest.SLOWER)
    for key in conftest.TESTS:
        module, function = key.split("::")
        assert conftest.MODULES[module] is None, f"{module} is marked whole already"
        source = (ROOT / "tests" / module).read_text(encoding="utf-8")
        assert f"def {function}(" in source, f"{key} names no test"
    for module, marker in conftest.MODULES.items():
        source = (ROOT / "tests" / module).read_text(encoding="utf-8")
        for name in re.findall(r"^pytestmark = pytest\.mark\.(\w+)$", source, re.MULTILINE):
            assert name == marker, f"{module} marks itself {name}, the table says {marker}"


def _registered_markers() -> set[str]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    block = text.split("\nmarkers = [\n", 1)[1].split("\n]", 1)[0]
    return {line.strip().strip('"').split(":")[0] for line in block.splitlines()}


def test_the_fast_command_leaves_out_every_marker() -> None:
    """The README and the testing guide give one fast command, leaving out every slower marker,
    and one command for the engine's own tests."""
    from tests import conftest

    commands = set()
    for path in ("README.md", "docs/guides/testing.md"):
        text = (ROOT / path).read_text(encoding="utf-8")
        commands |= {part for part in text.split("`") if part.startswith("python -m pytest -m")}
    assert "python -m pytest -m core" in commands, commands
    [command] = commands - {"python -m pytest -m core"}
    expression = command.removeprefix('python -m pytest -m "not (').removesuffix(')"')
    assert set(expression.split(" or ")) == set(conftest.SLOWER), command
    assert _registered_markers() == {*conftest.SLOWER, "core"}
