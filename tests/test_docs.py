"""The documentation: every Python block of every page runs, and the site builds strictly.

Code on the site comes in two kinds, and this module checks both:

- ```` ```python ```` blocks are self-contained: each page's blocks run in order in one
  namespace, as a reader would paste them, and each must finish quickly.
- ```` ```py ```` blocks only include a file from ``examples/`` (``--8<-- "examples/x.py"``).
  Every included file must exist and be run by a test: the transport pairs are run end to end
  here (WebSocket on loopback, MQTT through a real Mosquitto, serial over pseudo-terminals);
  the others name the test file that runs them in ``RUN_ELSEWHERE``.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import os
import re
import signal
import subprocess
import sys
import time
import tty
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)
FENCE = re.compile(r"^```(\w*)([^\n]*)\n(.*?)^```", re.DOTALL | re.MULTILINE)
LINK = re.compile(r"\]\(([\w./-]*?\.md|)#([\w.-]+)\)")
SNIPPET = re.compile(r'^--8<-- "([^"]+)"$', re.MULTILINE)
PAGES = sorted(p for p in DOCS.rglob("*.md") if BLOCK.search(p.read_text()))
ALL_PAGES = sorted(DOCS.rglob("*.md"))
#: The longest a runnable block may take, in seconds of wall time (they take milliseconds; the
#: bound is loose for slow CI machines) and the point where a hanging block is stopped.
BLOCK_SECONDS = 5.0
BLOCK_ALARM = 30
#: Included example files run by another test module, which must name the file.
RUN_ELSEWHERE = {
    "examples/typed_device.py": "tests/test_typed_device.py",
    "examples/typed_messages.py": "tests/test_messages_typing.py",
}
#: Included example files run end to end by this module.
RUN_HERE = {f"examples/{t}_{side}.py" for t in ("websocket", "mqtt", "serial")
            for side in ("csms", "charge_point")}


def test_the_guides_have_code() -> None:
    names = {p.relative_to(DOCS).as_posix() for p in PAGES}
    assert {"getting-started.md", "guides/testing.md", "concepts/hooks.md"} <= names
    assert {"guides/websocket.md", "guides/serial.md", "guides/charge-point.md",
            "guides/csms.md", "guides/typed-messages.md", "guides/outbox.md",
            "concepts/limits.md"} <= names


@contextlib.contextmanager
def alarm(seconds: int) -> Iterator[None]:
    """Stop a block that hangs (SIGALRM, where the platform has it)."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def ring(signum: int, frame: Any) -> None:
        raise TimeoutError(f"the block ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(DOCS).as_posix())
def test_every_python_block_runs(page: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A page's blocks run in order in one namespace, as a reader would paste them."""
    namespace: dict[str, object] = {"__name__": "__docs__"}
    for number, match in enumerate(BLOCK.finditer(page.read_text()), 1):
        code = compile(match.group(1), f"{page.name}[block {number}]", "exec")
        started = time.perf_counter()
        with alarm(BLOCK_ALARM):
            exec(code, namespace)
        elapsed = time.perf_counter() - started
        assert elapsed < BLOCK_SECONDS, f"{page.name} block {number} took {elapsed:.1f} s"


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
                f"{page.name}: a ```py fence may only include files from examples/")


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


def test_site_builds_strictly(tmp_path: Path) -> None:
    pytest.importorskip("mkdocs")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "site")],
        cwd=ROOT, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "site" / "reference" / "index.html").is_file()
    for page in ("guides/websocket", "guides/outbox", "comparison", "concepts/limits"):
        assert (tmp_path / "site" / page / "index.html").is_file(), page
    # mkdocs only logs a link to a missing anchor; here it fails
    broken = []
    for page in ALL_PAGES:
        for target, anchor in LINK.findall(page.read_text()):
            path = (page.parent / target).resolve() if target else page
            built = tmp_path / "site" / path.relative_to(DOCS).with_suffix("")
            if built.name == "index":
                built = built.parent
            html = (built / "index.html").read_text()
            if f'id="{anchor}"' not in html:
                broken.append(f"{page.relative_to(DOCS)}: {target}#{anchor}")
    assert not broken, broken


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

    def central_system(*args: Any, **kwargs: Any) -> websocket.CentralSystem:
        server = websocket.CentralSystem(*args, **{**kwargs, "host": "127.0.0.1", "port": 0})
        servers.append(server)
        return server

    async def url() -> str:
        while not servers or servers[0]._server is None:
            await asyncio.sleep(0.01)
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

    broker = Mosquitto().start()
    try:
        csms, station = load_example("mqtt_csms"), load_example("mqtt_charge_point")
        csms.MqttCentralSystem = lambda *a, **k: mqtt.MqttCentralSystem(  # type: ignore[attr-defined]
            *a, **{**k, "port": broker.port})
        station.MqttChargingStation = lambda *a, **k: mqtt.MqttChargingStation(  # type: ignore[attr-defined]
            *a, **{**k, "port": broker.port})
        serving = asyncio.ensure_future(csms.main())
        try:
            await asyncio.sleep(0.2)  # the central system subscribes first
            await asyncio.wait_for(station.main(), 20)
        finally:
            serving.cancel()
            await asyncio.gather(serving, return_exceptions=True)
    finally:
        broker.stop()
    out = capsys.readouterr().out
    assert "BootNotification -> Accepted" in out and "transaction 1 done" in out
    assert "CP1: RemoteStartTransaction -> {'status': 'Accepted'}" in out


async def wait_until(condition: Callable[[], bool]) -> None:
    while not condition():
        await asyncio.sleep(0.01)


class Cable:
    """Two pseudo-terminals whose master sides are joined: a null-modem cable in memory.

    ``carried`` holds every chunk that crossed from the second port to the first.
    """

    def __init__(self, first: str, second: str) -> None:
        self.first, self.second = first, second
        self.carried: list[bytes] = []


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
            await asyncio.wait_for(wait_until(
                lambda: b"BootNotification" in b"".join(line.carried)), 10)
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
