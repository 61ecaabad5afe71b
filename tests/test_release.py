"""The release: what `python -m build` makes installs into a clean virtualenv and works.

The package is not on an index yet, so the README and the manual tell users to install from a
clone or from a built wheel; this module checks that both artefacts really do install, with
their dependencies from the index, and run the demo. It also checks that the version is written
in one place only.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import ocpp_engine

pytestmark = pytest.mark.release

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_COUNT = 78 + 128 + 181 + 48  # 1.5: derived from its XSD


def run(
    *args: str | Path, cwd: Path, timeout: float = 300, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env
    )


def clean_env() -> dict[str, str]:
    """The environment without anything that would let a venv see this checkout."""
    return {
        k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME"}
    }


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """``python -m build`` of this checkout: the sdist, then the wheel built from the sdist."""
    pytest.importorskip("build")
    pytest.importorskip("hatchling")
    out = tmp_path_factory.mktemp("dist")
    result = run(sys.executable, "-m", "build", "--no-isolation", "--outdir", out, ROOT, cwd=out)
    assert result.returncode == 0, result.stdout + result.stderr
    yield out


def venv(where: Path) -> Path:
    """Create a clean virtualenv (no system site-packages); return its interpreter."""
    result = run(sys.executable, "-m", "venv", where, cwd=where.parent)
    assert result.returncode == 0, result.stderr
    return where / "bin" / "python"


def install_and_run_the_demo(artefact: Path, tmp_path: Path) -> Path:
    python = venv(tmp_path / "venv")
    env = clean_env()
    result = run(python, "-m", "pip", "install", "-q", artefact, cwd=tmp_path, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    demo = run(python, "-m", "ocpp_engine", "demo", cwd=tmp_path, env=env, timeout=60)
    assert demo.returncode == 0, demo.stderr
    assert "BootNotification" in demo.stdout and "StopTransaction" in demo.stdout
    assert demo.stdout.rstrip().endswith("frames exchanged, no errors.")
    assert demo.stderr == ""
    # the engine runs from the venv, validating against the schemas it carries
    where = run(
        python,
        "-c",
        "import ocpp_engine, ocpp_engine._validation as v; "
        "print(ocpp_engine.__file__); print(v.schema_dir())",
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert where.returncode == 0, where.stderr
    module, schemas = where.stdout.split()
    assert Path(module).is_relative_to(tmp_path / "venv")
    assert Path(schemas).name == "_schemas" and Path(schemas).is_relative_to(tmp_path / "venv")
    return python


def test_build_makes_one_wheel_and_one_sdist_of_the_current_version(dist: Path) -> None:
    version = ocpp_engine.__version__
    assert sorted(p.name for p in dist.iterdir()) == [
        f"ocpp_engine-{version}-py3-none-any.whl",
        f"ocpp_engine-{version}.tar.gz",
    ]


def test_the_sdist_holds_the_schemas_tests_docs_and_changelog(dist: Path) -> None:
    [sdist] = dist.glob("*.tar.gz")
    top = sdist.name.removesuffix(".tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.removeprefix(f"{top}/") for name in archive.getnames()}
    schemas = [n for n in names if n.startswith("schemas/v") and n.endswith(".json")]
    assert len(schemas) == SCHEMA_COUNT
    assert {
        "pyproject.toml",
        "README.md",
        "CHANGELOG.md",
        "LICENSE",
        "mkdocs.yml",
        "docs/index.md",
        "tests/conftest.py",
        "ocpp_engine/py.typed",
    } <= names
    assert not any(n.startswith((".venv", ".ci/")) or "__pycache__" in n for n in names)


def test_the_wheel_installs_into_a_clean_venv_and_runs_the_demo(dist: Path, tmp_path: Path) -> None:
    [wheel] = dist.glob("*.whl")
    assert (
        len([n for n in zipfile.ZipFile(wheel).namelist() if n.startswith("ocpp_engine/_schemas/")])
        == SCHEMA_COUNT + 1 + 4
    )  # + README.md and the four WSDLs
    python = install_and_run_the_demo(wheel, tmp_path)
    # the console script is there too, and the metadata agrees with the module
    script = run(
        tmp_path / "venv" / "bin" / "ocpp-engine",
        "demo",
        "--version",
        "ocpp2.1",
        cwd=tmp_path,
        env=clean_env(),
        timeout=60,
    )
    assert script.returncode == 0 and "TransactionEvent" in script.stdout, script.stderr
    versions = run(
        python,
        "-c",
        "import importlib.metadata as m, ocpp_engine; "
        "print(m.version('ocpp-engine'), ocpp_engine.__version__)",
        cwd=tmp_path,
        env=clean_env(),
        timeout=60,
    )
    installed, module = versions.stdout.split()
    assert installed == module == ocpp_engine.__version__


def test_the_sdist_installs_into_a_clean_venv_and_runs_the_demo(dist: Path, tmp_path: Path) -> None:
    [sdist] = dist.glob("*.tar.gz")
    install_and_run_the_demo(sdist, tmp_path)


# -- one version source ------------------------------------------------------------------------


def test_the_version_is_written_once_in_the_package() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    project = pyproject.split("[project]", 1)[1].split("\n[", 1)[0]
    assert re.search(r"^version\s*=", project, re.MULTILINE) is None, "a second version"
    assert re.search(r'^dynamic = \[[^]]*"version"', project, re.MULTILINE)
    assert re.fullmatch(r"\d+\.\d+\.\d+((a|b|rc)\d+)?", ocpp_engine.__version__)


def test_the_metadata_version_follows_the_package(tmp_path: Path) -> None:
    """Bump ``__version__`` in a copy of the project: the build backend reports the bump."""
    pytest.importorskip("hatchling")
    for name in ("pyproject.toml", "README.md", "LICENSE", "ocpp_engine/__init__.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, tmp_path / name)
    init = tmp_path / "ocpp_engine" / "__init__.py"
    text = init.read_text()
    assert f'__version__ = "{ocpp_engine.__version__}"' in text
    init.write_text(
        text.replace(f'__version__ = "{ocpp_engine.__version__}"', '__version__ = "9.8.7"')
    )
    result = run(sys.executable, "-m", "hatchling", "metadata", cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["version"] == "9.8.7"


def test_the_installed_metadata_agrees_with_the_module() -> None:
    import importlib.metadata

    assert importlib.metadata.version("ocpp-engine") == ocpp_engine.__version__


# -- the changelog -----------------------------------------------------------------------------


def test_the_changelog_has_an_unreleased_section_and_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text()
    headings = re.findall(r"^## \[([^]]+)\]", text, re.MULTILINE)
    assert headings[0] == "Unreleased"
    assert ocpp_engine.__version__ in headings
    assert all(re.fullmatch(r"\d+\.\d+\.\d+\S*", h) for h in headings[1:]), headings
    assert re.search(
        rf"^## \[{re.escape(ocpp_engine.__version__)}\] - \d{{4}}-\d\d-\d\d$", text, re.MULTILINE
    )


# -- install instructions while the package is not on an index ---------------------------------

#: A command line that installs from an index the package is not on yet.
FROM_THE_INDEX = re.compile(r"^\s*(?:\$ )?pip install '?ocpp-engine(?:\[|'?\s|'?$)", re.MULTILINE)


@pytest.mark.parametrize("path", ["README.md", "docs/index.md", "docs/getting-started.md"])
def test_the_install_instructions_work_without_an_index(path: str) -> None:
    text = (ROOT / path).read_text()
    commands = "\n".join(
        m for m in re.findall(r"^```(?:sh|text)\n(.*?)^```", text, re.DOTALL | re.MULTILINE)
    )
    assert not FROM_THE_INDEX.search(commands), f"{path} installs from PyPI"
    assert "pip install -e ." in commands
    assert "not on PyPI yet" in text


def test_the_missing_extra_hints_say_how_to_install_from_a_clone(tmp_path: Path) -> None:
    (tmp_path / "websockets.py").write_text("raise ImportError('websockets is not installed')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    serve = run(sys.executable, "-m", "ocpp_engine", "serve", cwd=tmp_path, env=env, timeout=60)
    assert serve.returncode == 2, serve.stderr
    transport = run(
        sys.executable,
        "-c",
        "import ocpp_engine.transports.websocket",
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert transport.returncode == 1
    for message in (serve.stderr, transport.stderr):
        assert "pip install -e '.[websockets]' in a clone of ocpp_engine" in message, message
