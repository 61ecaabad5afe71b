"""The documentation: every Python block of every page runs, and the site builds strictly.

Code on the site comes in two kinds, and this module checks both:

- ```` ```python ```` blocks are self-contained: a reader may copy any one of them alone, so each
  runs on its own, in a fresh interpreter in an empty directory (all blocks at once, in
  parallel). A block titled like a test module (```` ```python title="test_x.py" ````) is a
  pytest module: it is saved under that name and run with plain ``python -m pytest``, without
  this project's configuration or conftest. A block preceded by ``<!-- no-run -->`` is not run;
  such blocks are rare and listed, with the reason, in ``NOT_RUN``.
- ```` ```py ```` blocks only include a file from ``examples/`` (``--8<-- "examples/x.py"``).
  Every included file must exist and be run by a test: the transport pairs are run end to end
  here (WebSocket on loopback, MQTT through a real Mosquitto, serial over pseudo-terminals);
  the others name the test file that runs them in ``RUN_ELSEWHERE``.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import importlib.util
import os
import re
import subprocess
import sys
import tty
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any, NamedTuple

import pytest

pytestmark = pytest.mark.docs

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
BLOCK = re.compile(r"^```python([^\n]*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
FENCE = re.compile(r"^```(\w*)([^\n]*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
LINK = re.compile(r"\]\(([\w./-]*?\.md|)#([\w.-]+)\)")
SNIPPET = re.compile(r'^--8<-- "([^"]+)"$', re.MULTILINE)
PAGES = sorted(p for p in DOCS.rglob("*.md") if BLOCK.search(p.read_text()))
ALL_PAGES = sorted(DOCS.rglob("*.md"))
#: How long a block may run before it counts as hanging, in seconds (they take a fraction of one).
BLOCK_TIMEOUT = 60
#: The mark, on the line before a block, of a block that is not run.
NO_RUN = "<!-- no-run -->"
#: The blocks that are not run: (page, block number) -> why. Keep it short.
NOT_RUN: dict[tuple[str, int], str] = {
    ("guides/scaling-out.md", 1): "an API process: needs a NATS server and an edge holding CP-1",
}
PYTEST_TITLE = re.compile(r'^\s*title="(test_\w+\.py)"\s*$')
#: Included example files run by another test module, which must name the file.
RUN_ELSEWHERE = {
    "examples/typed_device.py": "tests/test_typed_device.py",
    "examples/typed_messages.py": "tests/test_messages_typing.py",
}
#: Included example files run end to end by this module.
RUN_HERE = {
    f"examples/{t}_{side}.py"
    for t in ("websocket", "mqtt", "serial")
    for side in ("csms", "charge_point")
}


def test_the_guides_have_code() -> None:
    names = {p.relative_to(DOCS).as_posix() for p in PAGES}
    assert {"getting-started.md", "guides/testing.md", "concepts/hooks.md"} <= names
    assert {
        "guides/websocket.md",
        "guides/serial.md",
        "guides/charge-point.md",
        "guides/csms.md",
        "guides/typed-messages.md",
        "guides/outbox.md",
        "concepts/limits.md",
    } <= names


class Block(NamedTuple):
    """One ```` ```python ```` block of a page."""

    page: str  # relative to docs/
    number: int  # 1-based, in the order of the page
    title: str  # the fence's attributes, such as ``title="test_x.py"``
    code: str
    no_run: bool

    @property
    def name(self) -> str:
        return f"{self.page}:{self.number}"

    @property
    def pytest_module(self) -> str | None:
        match = PYTEST_TITLE.match(self.title)
        return match.group(1) if match else None


def python_blocks(page: Path) -> list[Block]:
    text = page.read_text()
    return [
        Block(
            page.relative_to(DOCS).as_posix(),
            number,
            match.group(1),
            match.group(2),
            text[: match.start()].rstrip().endswith(NO_RUN),
        )
        for number, match in enumerate(BLOCK.finditer(text), 1)
    ]


BLOCKS = [block for page in PAGES for block in python_blocks(page)]


def run_block(block: Block, where: Path) -> subprocess.CompletedProcess[str]:
    """Run *block* alone in a fresh interpreter in the empty directory *where*."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    module = block.pytest_module
    if module is None:
        (where / "block.py").write_text(block.code)
        command = [sys.executable, "block.py"]
    else:  # a pytest module: this project's pytest configuration and conftest stay out
        (where / module).write_text(block.code)
        (where / "pytest.ini").write_text("[pytest]\n")
        command = [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(where),
            module,
        ]
    try:
        return subprocess.run(
            command, cwd=where, capture_output=True, text=True, env=env, timeout=BLOCK_TIMEOUT
        )
    except subprocess.TimeoutExpired as exc:
        return subprocess.CompletedProcess(
            command, -1, str(exc.stdout or ""), f"hung: still running after {BLOCK_TIMEOUT} s"
        )


@pytest.fixture(scope="module")
def block_runs(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, subprocess.CompletedProcess[str]]:
    """Every runnable block of the site, each run alone, all at once."""
    runnable = [block for block in BLOCKS if not block.no_run]
    places = [tmp_path_factory.mktemp(f"block{n}") for n in range(len(runnable))]
    with ThreadPoolExecutor(max_workers=max(4, 2 * (os.cpu_count() or 1))) as pool:
        runs = list(pool.map(run_block, runnable, places))
    return {block.name: run for block, run in zip(runnable, runs, strict=True)}


@pytest.mark.parametrize("block", BLOCKS, ids=lambda b: b.name)
def test_every_python_block_runs_on_its_own(
    block: Block, block_runs: dict[str, subprocess.CompletedProcess[str]]
) -> None:
    """A reader may copy any block alone: it runs in a fresh interpreter, with nothing before it."""
    if block.no_run:
        pytest.skip(NOT_RUN.get((block.page, block.number), "marked no-run"))
    run = block_runs[block.name]
    assert run.returncode == 0, f"{block.name}:\n{run.stdout[-3000:]}{run.stderr[-3000:]}"
    if block.pytest_module is not None:
        tests = len(re.findall(r"^def test_\w+\(", block.code, re.MULTILINE))
        summary = run.stdout.strip().splitlines()[-1]
        assert re.fullmatch(rf"=+ {tests} passed in [\d.]+s( \([\d:]+\))? =+", summary), run.stdout


def test_the_blocks_left_unrun_are_the_listed_ones() -> None:
    marked = {(block.page, block.number) for block in BLOCKS if block.no_run}
    assert marked == set(NOT_RUN)
    assert len(NOT_RUN) <= 3, "a block that is not run is a block that may be wrong"
    assert all(block.title.strip() == "" or block.pytest_module for block in BLOCKS), (
        "a python fence's only attribute is the title of a pytest module"
    )


def test_the_testing_guide_holds_a_pytest_module_for_plain_pytest() -> None:
    """The guide's module runs with what the guide asks to install: pytest and nothing else."""
    [module] = [b for b in BLOCKS if b.page == "guides/testing.md" and b.pytest_module]
    assert "async def test_" not in module.code, "plain pytest does not run async tests"
    assert "asyncio.run(" in module.code
    guide = (DOCS / "guides" / "testing.md").read_text()
    assert "pip install pytest" in guide and f"python -m pytest {module.pytest_module}" in guide


def fences(page: Path) -> list[tuple[str, str, str]]:
    return [(m.group(1), m.group(2), m.group(3)) for m in FENCE.finditer(page.read_text())]


@pytest.mark.parametrize("page", ALL_PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_python_code_is_either_runnable_or_an_included_example(page: Path) -> None:
    """No Python on the site escapes the tests: ``py`` fences hold nothing but an include."""
    for language, _title, body in fences(page):
        if language == "python":
            assert "--8<--" not in body, f"{page.name}: include examples in a ```py fence"
        elif language == "py":
            lines = [line for line in body.splitlines() if line.strip()]
            assert lines and all(SNIPPET.fullmatch(line) for line in lines), (
                f"{page.name}: a ```py fence may only include files from examples/"
            )


def included_files() -> set[str]:
    found: set[str] = set()
    for page in ALL_PAGES:
        for language, _title, body in fences(page):
            if language == "py":
                found.update(SNIPPET.findall(body))
    return found


def test_every_included_example_exists_and_is_run_by_a_test() -> None:
    included = included_files()
    assert included, "the guides include the transport examples"
    for path in sorted(included):
        assert path.startswith("examples/") and (ROOT / path).is_file(), path
        if path in RUN_HERE:
            continue
        assert path in RUN_ELSEWHERE, f"{path} is included in the docs but run by no test"
        tester = ROOT / RUN_ELSEWHERE[path]
        assert Path(path).name in tester.read_text(), f"{tester} does not run {path}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The manual built with ``mkdocs build --strict``: any warning fails the build."""
    pytest.importorskip("mkdocs")
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_site_builds_strictly(site: Path) -> None:
    assert (site / "reference" / "index.html").is_file()
    for page in ("guides/websocket", "guides/outbox", "comparison", "concepts/limits"):
        assert (site / page / "index.html").is_file(), page
    # mkdocs only logs a link to a missing anchor; here it fails
    broken = []
    for page in ALL_PAGES:
        for target, anchor in LINK.findall(page.read_text()):
            path = (page.parent / target).resolve() if target else page
            built = site / path.relative_to(DOCS).with_suffix("")
            if built.name == "index":
                built = built.parent
            html = (built / "index.html").read_text()
            if f'id="{anchor}"' not in html:
                broken.append(f"{page.relative_to(DOCS)}: {target}#{anchor}")
    assert not broken, broken


# -- the API reference, as a reader sees it -----------------------------------------------------

REFERENCE_PAGES = ["reference", "messages/v16", "messages/v201", "messages/v21"]
#: reStructuredText that Markdown prints as it is.
RST = re.compile(
    r":(?:class|func|meth|attr|mod|exc|obj|data):`|^\s*(?:Example|Examples)::\s*$", re.MULTILINE
)


def section(html: str, anchor: str) -> str:
    """The HTML of the object whose heading has *anchor*, up to the next object's heading."""
    start = html.index(f'id="{anchor}"')
    end = html.find('class="doc doc-heading"', html.index("</h", start))
    return html[start : end if end > 0 else None]


def test_docstrings_hold_no_restructuredtext() -> None:
    """The reference renders docstrings as Markdown: rST roles and ``::`` blocks print raw."""
    found = [
        f"{path.relative_to(ROOT)}:{text[: m.start()].count(chr(10)) + 1}"
        for path in sorted((ROOT / "ocpp_engine").rglob("*.py"))
        for text in [path.read_text()]
        for m in RST.finditer(text)
    ]
    assert not found, found


@pytest.mark.parametrize("page", REFERENCE_PAGES)
def test_the_reference_prints_no_raw_markup_and_no_private_names(site: Path, page: str) -> None:
    html = (site / page / "index.html").read_text()
    assert "Example::" not in html
    assert not re.search(r":(?:class|func|meth|attr|mod|exc):`?", re.sub(r"<[^>]+>", "", html))
    dunders = re.findall(r'id="ocpp_engine[\w.]*\.(__\w+__|_\w+)"', html)
    assert not dunders, sorted(set(dunders))


@pytest.mark.parametrize(
    "cls",
    [
        "ocpp_engine.Device",
        "ocpp_engine.transports.websocket.CentralSystem",
        "ocpp_engine.transports.websocket.ChargePoint",
        "ocpp_engine.testing.Peer",
    ],
)
def test_classes_show_their_constructor_signature(site: Path, cls: str) -> None:
    html = (site / "reference" / "index.html").read_text()
    text = section(html, cls)
    signature = re.search(r'<div class="doc-signature highlight">(.*?)</div>', text, re.DOTALL)
    assert signature, f"{cls} has no signature"
    code = re.sub(r"<[^>]+>", "", signature.group(1))
    name = cls.rsplit(".", 1)[1]
    assert code.startswith(f"{name}(") or f"\n{name}(" in code, code[:200]
    # long signatures are formatted (by ruff, from the docs extra): one parameter a line
    assert code.count("\n") > 3, code
    assert "Parameters:" in text


def test_docstring_examples_render_as_code(site: Path) -> None:
    html = (site / "reference" / "index.html").read_text()
    text = section(html, "ocpp_engine.CallContext.after_reply")
    example = re.search(r'<details class="example"[^>]*>(.*?)</details>', text, re.DOTALL)
    assert example and '<div class="highlight">' in example.group(1)
    assert "ctx.after_reply" in re.sub(r"<[^>]+>", "", example.group(1))


@pytest.mark.parametrize("page", REFERENCE_PAGES)
def test_a_returns_section_is_one_row(site: Path, page: str) -> None:
    html = (site / page / "index.html").read_text()
    tables = re.findall(r"Returns:</span>.*?<tbody>(.*?)</tbody>", html, re.DOTALL)
    assert page != "reference" or tables
    assert all(body.count("<tr") == 1 for body in tables)


@pytest.mark.parametrize("version", ["v16", "v201", "v21"])
def test_every_generated_class_is_documented(site: Path, version: str) -> None:
    module = importlib.import_module(f"ocpp_engine.messages.{version}")
    classes = [name for name in module.__all__ if isinstance(getattr(module, name), type)]
    assert len(classes) > 100
    html = (site / "messages" / version / "index.html").read_text()
    missing = [n for n in classes if f'id="ocpp_engine.messages.{version}.{n}"' not in html]
    assert not missing, missing


def test_wide_tables_fit_or_scroll(site: Path) -> None:
    """Material gives each header cell 5rem: a nine-column table overflowed a 1280 px window."""
    css = (DOCS / "css" / "extra.css").read_text()
    assert "min-width: 0" in css and "overflow-x: auto" in css
    assert (
        'href="../../css/extra.css"' in (site / "guides" / "performance" / "index.html").read_text()
    )


def test_the_docs_extra_formats_signatures() -> None:
    """Without ruff or black mkdocstrings prints each signature on one line."""
    pyproject = (ROOT / "pyproject.toml").read_text()
    docs = pyproject.split("\ndocs = [", 1)[1].split("\n]", 1)[0]
    assert re.search(r'"(ruff|black)[>=<]', docs), docs


# -- the included transport examples, run end to end ----------------------------------------


def load_example(name: str) -> ModuleType:
    path = ROOT / "examples" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"docs_example_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_the_websocket_examples_run_together(capsys: pytest.CaptureFixture[str]) -> None:
    from ocpp_engine.transports import websocket

    csms, station = load_example("websocket_csms"), load_example("websocket_charge_point")
    servers: list[websocket.CentralSystem] = []
    listening = asyncio.Event()

    class CentralSystem(websocket.CentralSystem):
        async def start(self) -> None:
            await super().start()
            servers.append(self)
            listening.set()

    def central_system(*args: Any, **kwargs: Any) -> websocket.CentralSystem:
        return CentralSystem(*args, **{**kwargs, "host": "127.0.0.1", "port": 0})

    async def url() -> str:
        await listening.wait()
        return f"ws://127.0.0.1:{servers[0].port}/ocpp"

    class ChargePoint(websocket.ChargePoint):
        def __init__(self, _url: str, *args: Any, **kwargs: Any) -> None:
            super().__init__(address, *args, **kwargs)

    csms.CentralSystem = central_system  # type: ignore[attr-defined]
    station.ChargePoint = ChargePoint  # type: ignore[attr-defined]
    serving = asyncio.ensure_future(csms.main())
    try:
        address = await asyncio.wait_for(url(), 10)
        await asyncio.wait_for(station.main(), 20)
    finally:
        serving.cancel()
        await asyncio.gather(serving, return_exceptions=True)
    out = capsys.readouterr().out
    assert "BootNotification -> Accepted" in out and "transaction 1 done" in out
    assert "CP1 -> StopTransaction" in out


async def test_the_mqtt_examples_run_together(capsys: pytest.CaptureFixture[str]) -> None:
    from ocpp_engine.transports import mqtt

    from .transport_helpers import Mosquitto

    centrals: list[mqtt.MqttCentralSystem] = []
    started = asyncio.Event()

    class MqttCentralSystem(mqtt.MqttCentralSystem):
        async def start(self) -> None:
            await super().start()
            centrals.append(self)
            started.set()

    broker = Mosquitto().start()
    try:
        csms, station = load_example("mqtt_csms"), load_example("mqtt_charge_point")
        csms.MqttCentralSystem = lambda *a, **k: MqttCentralSystem(  # type: ignore[attr-defined]
            *a, **{**k, "port": broker.port}
        )
        station.MqttChargingStation = lambda *a, **k: mqtt.MqttChargingStation(  # type: ignore[attr-defined]
            *a, **{**k, "port": broker.port}
        )
        serving = asyncio.ensure_future(csms.main())
        try:
            # the central system subscribes first, or the broker drops the station's first boot
            await asyncio.wait_for(started.wait(), 10)
            await asyncio.wait_for(centrals[0].wait_connected(), 10)
            await asyncio.wait_for(station.main(), 20)
        finally:
            serving.cancel()
            await asyncio.gather(serving, return_exceptions=True)
    finally:
        broker.stop()
    out = capsys.readouterr().out
    assert "BootNotification -> Accepted" in out and "transaction 1 done" in out
    assert "CP1: RemoteStartTransaction -> {'status': 'Accepted'}" in out


class Cable:
    """Two pseudo-terminals whose master sides are joined: a null-modem cable in memory.

    ``carried`` holds every chunk that crossed from the second port to the first.
    """

    def __init__(self, first: str, second: str) -> None:
        from .transport_helpers import Changes

        self.first, self.second = first, second
        self.carried: list[bytes] = []
        self.changed = Changes()  # called whenever ``carried`` grows


@contextlib.asynccontextmanager
async def cable() -> AsyncIterator[Cable]:
    ends = [os.openpty() for _ in range(2)]
    for _master, slave in ends:
        tty.setraw(slave)
    loop = asyncio.get_running_loop()
    (m1, _), (m2, _) = ends
    joined = Cable(os.ttyname(ends[0][1]), os.ttyname(ends[1][1]))

    def relay(source: int, target: int) -> None:
        try:
            data = os.read(source, 65536)
        except OSError:
            return
        if source == m2:
            joined.carried.append(data)
            joined.changed()
        os.write(target, data)

    loop.add_reader(m1, relay, m1, m2)
    loop.add_reader(m2, relay, m2, m1)
    try:
        yield joined
    finally:
        loop.remove_reader(m1)
        loop.remove_reader(m2)
        for master, slave in ends:
            os.close(slave)
            os.close(master)


@pytest.mark.parametrize("station_first", [False, True])
async def test_the_serial_examples_run_together(
    capsys: pytest.CaptureFixture[str], station_first: bool
) -> None:
    """Either end may open its port first; a port flushes what came before it was opened."""
    csms, station = load_example("serial_csms"), load_example("serial_charge_point")
    async with cable() as line:
        running = asyncio.ensure_future(station.main(line.second)) if station_first else None
        if running is not None:  # let the first boot reach the port nobody has opened yet
            await line.changed.until(lambda: b"BootNotification" in b"".join(line.carried))
        serving = asyncio.ensure_future(csms.main(line.first))
        try:
            await asyncio.wait_for(running or station.main(line.second), 20)
        finally:
            serving.cancel()
            await asyncio.gather(serving, return_exceptions=True)
    out = capsys.readouterr().out
    assert "BootNotification -> Accepted" in out and "Authorize -> Accepted" in out
    assert "configuration read; done" in out
    if station_first:
        assert "BootNotification unanswered; sending it again" in out


def test_the_architecture_page_names_only_what_exists() -> None:
    """Every module, class and function in the page's "where" column can be imported."""
    import importlib

    def module(name: str) -> object:
        try:
            return importlib.import_module(f"ocpp_engine.{name}")
        except ImportError:
            return None

    engine = importlib.import_module("ocpp_engine._engine")
    root = importlib.import_module("ocpp_engine")
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text[text.index("## Where each rule lives") :]
    checked = 0
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[1] in ("where", "---"):
            continue
        owner: object = None
        for token in re.findall(r"`([^`]+)`", cells[1]):
            if not re.fullmatch(r"[\w.]+", token):
                continue
            parts = token.split(".")
            # the longest leading run of parts that is a module, else a name beside the
            # previous one, on the Engine, or at the root
            parent: object = None
            for i in range(len(parts), 0, -1):
                parent = module(".".join(parts[:i]))
                if parent is not None:
                    parts = parts[i:]
                    break
            if parent is None:
                found = [c for c in (owner, engine, root) if c is not None and hasattr(c, parts[0])]
                assert found, f"{token!r} in {line.strip()[:70]!r} names nothing"
                parent = found[0]
            target = parent
            for part in parts:
                assert hasattr(target, part), f"{token!r}: no {part!r}"
                parent, target = target, getattr(target, part)
            owner = parent if parts else target
            checked += 1
    assert checked > 50
