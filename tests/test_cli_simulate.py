"""``ocpp-engine simulate``: kit stations over WebSocket against serve's central system."""

from __future__ import annotations

import io
import queue
import re
import subprocess
import sys
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from ocpp_engine import Version
from ocpp_engine.cli import main
from ocpp_engine.cli._log import FrameLog
from ocpp_engine.cli.serve import TestCentralSystem
from ocpp_engine.cli.simulate import run_simulate

pytest.importorskip("websockets")

ROOT = Path(__file__).parent.parent
VERSIONS = [Version.V21, Version.V201, Version.V16]


@asynccontextmanager
async def serve(boot_status: str = "Accepted") -> AsyncIterator[tuple[str, TestCentralSystem]]:
    """Serve's central system on a free loopback port; yields its URL."""
    from ocpp_engine.transports.websocket import CentralSystem

    csms = TestCentralSystem(FrameLog(io.StringIO()), boot_status=boot_status)
    server = CentralSystem(host="127.0.0.1", port=0, versions=VERSIONS, device_factory=csms.device)
    await server.start()
    try:
        yield f"ws://127.0.0.1:{server.port}/ocpp", csms
    finally:
        await csms.close()
        await server.close()


@pytest.mark.parametrize("version", [Version.V16, Version.V201, Version.V21])
async def test_scripted_sessions_run_one_transaction_per_connector(version: Version) -> None:
    out = io.StringIO()
    async with serve() as (url, csms):
        tally = await run_simulate(
            url=url,
            stations=3,
            connectors=2,
            version=version,
            identity_pattern="SIM-{n:02}",
            sessions="script",
            duration=60,
            seed=1,
            out=out,
        )
        assert sorted(csms.booted) == ["SIM-01", "SIM-02", "SIM-03"]
    assert tally.errors == []
    assert (tally.reached, tally.booted, tally.started, tally.stopped) == (3, 3, 6, 6)
    assert "3/3 reached, 3 booted  transactions 6 started, 6 stopped  errors 0" in out.getvalue()


async def test_a_station_that_is_not_accepted_is_an_error() -> None:
    out = io.StringIO()
    async with serve(boot_status="Rejected") as (url, _):
        tally = await run_simulate(
            url=url,
            stations=2,
            connectors=1,
            version=Version.V16,
            identity_pattern="SIM-{n}",
            sessions="script",
            duration=1.5,
            seed=0,
            out=out,
        )
    assert tally.booted == 0 and tally.started == 0
    assert [e.split(":")[0] for e in tally.errors] == ["SIM-1", "SIM-2"]
    assert "error: SIM-1: never booted" in out.getvalue()


async def test_the_identity_pattern_must_tell_stations_apart() -> None:
    with pytest.raises(ValueError, match="own identity"):
        await run_simulate(
            url="ws://127.0.0.1:9/ocpp",
            stations=2,
            connectors=1,
            version=Version.V16,
            identity_pattern="SIM",
            sessions="script",
            duration=1,
            seed=0,
        )


def test_a_bad_pattern_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["simulate", "ws://127.0.0.1:9/ocpp", "--identity-pattern", "SIM-{m}"])
    assert exit_info.value.code == 2
    assert "not a pattern of {n}" in capsys.readouterr().err


@pytest.mark.slow  # 100 stations for 15 s
def test_a_hundred_stations_against_serve() -> None:
    """The issue's bar: 100 stations against ``ocpp-engine serve``, a bounded run, no error."""
    command = [sys.executable, "-m", "ocpp_engine"]
    server = subprocess.Popen(
        [*command, "serve", "--port", "0", "--no-commands"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    assert server.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    reader = threading.Thread(target=lambda: [lines.put(x) for x in server.stdout], daemon=True)
    reader.start()
    try:
        url = None
        while url is None:
            found = re.search(r"connect stations to (ws://\S+) ", lines.get(timeout=30))
            url = found.group(1) if found else None
        result = subprocess.run(
            [*command, "simulate", url, "--stations", "100", "--duration", "15", "--seed", "7"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=180,
        )
        print(result.stdout)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "100/100 reached, 100 booted" in result.stdout
        counted = re.search(r"transactions (\d+) started, (\d+) stopped  errors 0", result.stdout)
        assert counted is not None
        assert int(counted.group(1)) >= 100 and counted.group(1) == counted.group(2)
    finally:
        server.terminate()
        server.wait(timeout=30)
        reader.join(timeout=30)
        server.stdout.close()
