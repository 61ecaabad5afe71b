"""``ocpp-engine serve`` and ``ocpp-engine connect``, driven as a user would.

Real subprocesses talk over a real loopback WebSocket; serve picks a free port (``--port 0``)
and the tests read the URL it prints. Every subprocess has a timeout, and serve is stopped with
SIGINT (or ``quit``) at the end of each test and must exit with status 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import itertools
import json
import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import Role, Version
from ocpp_engine._validation import compile_schema, load_schema, schema_file
from ocpp_engine.cli._common import actions_from, minimal_payload
from ocpp_engine.cli._log import FrameLog

ROOT = Path(__file__).parent.parent
COMMAND = [sys.executable, "-m", "ocpp_engine"]
POSIX = sys.platform != "win32"
pytestmark = pytest.mark.skipif(not POSIX, reason="drives the commands with POSIX signals")


class Process:
    """A running command whose stdout lines are collected by a thread."""

    def __init__(self, *args: str, stdin: Any = subprocess.DEVNULL, env: Any = None) -> None:
        self.popen = subprocess.Popen(
            [*COMMAND, *args],
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            bufsize=1,
            cwd=ROOT,
            env=env,
        )
        self.lines: list[str] = []
        self._new: queue.Queue[str | None] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        RUNNING.append(self)

    def close(self) -> None:
        """Kill the process if it still runs, and close its pipes."""
        if self.popen.poll() is None:
            self.popen.kill()
        self.popen.wait(timeout=10)
        self._reader.join(timeout=10)
        for stream in (self.popen.stdin, self.popen.stdout, self.popen.stderr):
            if stream is not None:
                stream.close()

    def _read(self) -> None:
        assert self.popen.stdout is not None
        for line in self.popen.stdout:
            self.lines.append(line.rstrip("\n"))
            self._new.put(line)
        self._new.put(None)

    def wait_for(self, pattern: str, timeout: float = 15) -> re.Match[str]:
        """Wait for a stdout line matching *pattern* (a regex searched in each line)."""
        deadline = time.monotonic() + timeout
        seen, ended = 0, False
        while True:
            upto = len(self.lines)
            for line in self.lines[seen:upto]:
                found = re.search(pattern, line)
                if found:
                    return found
            seen = upto
            left = deadline - time.monotonic()
            if ended or left <= 0:
                why = "exited" if ended else "timed out"
                raise AssertionError(f"{why} before a line matched {pattern!r}:\n" + self.output)
            with contextlib.suppress(queue.Empty):
                ended = self._new.get(timeout=left) is None

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    def interrupt(self, timeout: float = 10, sig: int = signal.SIGINT) -> int:
        """Send SIGINT (or *sig*) and return the exit status."""
        if self.popen.poll() is None:
            self.popen.send_signal(sig)
        try:
            return self.popen.wait(timeout=timeout)
        finally:
            if self.popen.poll() is None:  # pragma: no cover - only when the test fails
                self.popen.kill()

    def stderr(self) -> str:
        assert self.popen.stderr is not None
        return self.popen.stderr.read()


RUNNING: list[Process] = []


@pytest.fixture(autouse=True)
def _stop_processes() -> Iterator[None]:
    yield
    while RUNNING:  # a test that failed halfway still stops its processes
        RUNNING.pop().close()


@pytest.fixture
def serve_factory() -> Any:
    def start(*args: str, stdin: Any = subprocess.DEVNULL) -> tuple[Process, str]:
        process = Process("serve", "--host", "127.0.0.1", "--port", "0", *args, stdin=stdin)
        url = process.wait_for(r"connect stations to (wss?://\S+)").group(1)
        return process, url

    return start


def connect(url: str, *args: str, timeout: float = 20) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, "connect", url, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT
    )


def frames(log: str, source: str, target: str, kind: str, action: str) -> list[Any]:
    """The payloads of the logged frames matching source -> target, kind and action."""
    out = []
    prefix = f" {source} -> {target} {kind} {action} id="
    for line in log.splitlines():
        if prefix in line:
            out.append(json.loads(line.split(prefix, 1)[1].split(" ", 1)[1]))
    return out


TX_FRAMES = {
    "ocpp1.6": ["StartTransaction", "MeterValues", "StopTransaction"],
    "ocpp2.0.1": ["TransactionEvent"],
    "ocpp2.1": ["TransactionEvent"],
}


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"])
def test_connect_runs_a_transaction_against_serve(serve_factory: Any, version: str) -> None:
    serve, url = serve_factory()
    assert url.startswith("ws://127.0.0.1:")
    result = connect(
        url, "--identity", "CP-7", "--version", version, "--transaction", "--exit-after-script"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    serve.wait_for(r"CP-7 disconnected")
    assert serve.interrupt() == 0
    log = serve.output
    assert re.search(rf"CP-7 connected \({re.escape(version)}, from 127\.0\.0\.1:\d+\)", log)
    boot = frames(log, "CP-7", "CSMS", "CALL", "BootNotification")
    assert len(boot) == 1
    answer = frames(log, "CSMS", "CP-7", "CALLRESULT", "BootNotification")
    assert [a["status"] for a in answer] == ["Accepted"] and answer[0]["interval"] == 300
    for action in ["StatusNotification", "Authorize", *TX_FRAMES[version]]:
        sent = frames(log, "CP-7", "CSMS", "CALL", action)
        answered = frames(log, "CSMS", "CP-7", "CALLRESULT", action)
        assert sent and len(answered) == len(sent), action
    if version == "ocpp1.6":
        tx = frames(log, "CSMS", "CP-7", "CALLRESULT", "StartTransaction")[0]["transactionId"]
        assert frames(log, "CP-7", "CSMS", "CALL", "StopTransaction")[0]["transactionId"] == tx
    else:
        events = frames(log, "CP-7", "CSMS", "CALL", "TransactionEvent")
        assert [e["eventType"] for e in events] == ["Started", "Updated", "Ended"]
        assert [e["seqNo"] for e in events] == [0, 1, 2]
        assert len({e["transactionInfo"]["transactionId"] for e in events}) == 1
    assert " CALLERROR " not in log
    # Both sides print the same line for the same frame (after the time stamp).
    mine = {line.split(" ", 1)[1] for line in result.stdout.splitlines() if " -> " in line}
    theirs = {line.split(" ", 1)[1] for line in log.splitlines() if " -> " in line}
    assert mine == theirs


def test_a_call_given_at_start_reaches_the_station_and_heartbeats_follow_the_interval(
    serve_factory: Any,
) -> None:
    serve, url = serve_factory(
        "--call",
        "Reset",
        '{"type":"Soft"}',
        "--call",
        "GetConfiguration",
        '{"key":["HeartbeatInterval","Nope"]}',
        "--interval",
        "1",
        "--versions",
        "ocpp1.6",
    )
    station = Process("connect", url, "--identity", "CP-1")
    serve.wait_for(r"CP-1 -> CSMS CALLRESULT GetConfiguration ")
    # The one real-time wait here: the first heartbeat comes a whole --interval (1 s, the
    # shortest OCPP's integer interval allows) after the boot, in another process.
    serve.wait_for(r"CSMS -> CP-1 CALLRESULT Heartbeat ", timeout=5)
    assert station.interrupt() == 0
    assert serve.interrupt() == 0
    for log in (serve.output, station.output):
        assert frames(log, "CSMS", "CP-1", "CALL", "Reset") == [{"type": "Soft"}]
        assert frames(log, "CP-1", "CSMS", "CALLRESULT", "Reset") == [{"status": "Accepted"}]
        assert frames(log, "CP-1", "CSMS", "CALLRESULT", "GetConfiguration") == [
            {
                "configurationKey": [{"key": "HeartbeatInterval", "readonly": False, "value": "1"}],
                "unknownKey": ["Nope"],
            }
        ]
    assert frames(station.output, "CP-1", "CSMS", "CALL", "Heartbeat") == [{}]


def test_commands_on_stdin_drive_a_station(serve_factory: Any) -> None:
    serve, url = serve_factory("--commands", stdin=subprocess.PIPE)
    station = Process("connect", url, "--identity", "CP-2", "--version", "ocpp2.0.1")
    assert serve.popen.stdin is not None
    serve.wait_for(r"CSMS -> CP-2 CALLRESULT StatusNotification ")

    def command(line: str) -> None:
        serve.popen.stdin.write(line + "\n")  # type: ignore[union-attr]
        serve.popen.stdin.flush()  # type: ignore[union-attr]

    command("list")
    serve.wait_for(r"CP-2 ocpp2\.0\.1 boot: Accepted")
    command(
        'CP-2 GetVariables {"getVariableData":[{"component":{"name":"OCPPCommCtrlr"},'
        '"variable":{"name":"HeartbeatInterval"}},{"component":{"name":"Foo"},'
        '"variable":{"name":"Bar"}}]}'
    )
    serve.wait_for(r"CP-2 -> CSMS CALLRESULT GetVariables ")
    command(
        'RequestStartTransaction {"idToken":{"idToken":"ABC","type":"ISO14443"},"remoteStartId":7}'
    )  # the only station: no identity needed
    serve.wait_for(r"CSMS -> CP-2 CALLRESULT TransactionEvent ")
    command('* TriggerMessage {"requestedMessage":"Heartbeat"}')
    serve.wait_for(r"CSMS -> CP-2 CALLRESULT Heartbeat ")
    command("CP-2 Reset {not json")
    serve.wait_for(r"the payload is not JSON")
    command("CP-9 Reset {}")
    serve.wait_for(r"unknown command or station 'CP-9'")
    command("quit")
    assert serve.popen.wait(timeout=10) == 0
    assert station.interrupt() == 0
    log = serve.output
    assert frames(log, "CP-2", "CSMS", "CALLRESULT", "GetVariables") == [
        {
            "getVariableResult": [
                {
                    "attributeStatus": "Accepted",
                    "component": {"name": "OCPPCommCtrlr"},
                    "variable": {"name": "HeartbeatInterval"},
                    "attributeValue": "300",
                },
                {
                    "attributeStatus": "UnknownComponent",
                    "component": {"name": "Foo"},
                    "variable": {"name": "Bar"},
                },
            ]
        }
    ]
    assert frames(log, "CP-2", "CSMS", "CALLRESULT", "RequestStartTransaction") == [
        {"status": "Accepted"}
    ]
    started = frames(log, "CP-2", "CSMS", "CALL", "TransactionEvent")[0]
    assert started["triggerReason"] == "RemoteStart"
    assert started["transactionInfo"]["remoteStartId"] == 7
    assert started["idToken"]["idToken"] == "ABC"
    assert frames(log, "CP-2", "CSMS", "CALLRESULT", "TriggerMessage") == [{"status": "Accepted"}]


def test_the_prompt_on_a_terminal(serve_factory: Any) -> None:
    import pty

    controller, terminal = pty.openpty()
    try:
        serve, _ = serve_factory(stdin=terminal)
        os.write(controller, b"list\n")
        serve.wait_for(r"no station connected")
        os.write(controller, b"quit\n")
        assert serve.popen.wait(timeout=10) == 0
    finally:
        os.close(controller)
        os.close(terminal)
    assert "IDENTITY ACTION [JSON]" in serve.output  # the help is shown at start
    assert "> " in serve.output


def test_a_rejected_boot_fails_the_script(serve_factory: Any) -> None:
    serve, url = serve_factory("--boot-status", "Rejected", "--interval", "60")
    result = connect(url, "--exit-after-script")
    assert result.returncode == 1
    assert "rejected the BootNotification" in result.stderr
    assert "Traceback" not in result.stderr
    assert serve.interrupt(sig=signal.SIGTERM) == 0


def test_a_pending_boot_is_retried_after_its_interval(serve_factory: Any) -> None:
    serve, url = serve_factory(
        "--boot-status", "Pending", "--interval", "1", "--commands", stdin=subprocess.PIPE
    )
    station = Process("connect", url, "--exit-after-script", "--version", "ocpp2.1")
    # Real time, in another process: the retry comes a whole --interval (1 s, the shortest
    # OCPP's integer interval allows) after each Pending answer.
    station.wait_for(r"CP-1: boot Pending; next BootNotification in 1 s")
    serve.popen.stdin.write("boot Accepted\n")  # type: ignore[union-attr]
    serve.popen.stdin.flush()  # type: ignore[union-attr]
    serve.wait_for(r"BootNotification is now answered Accepted")
    assert station.popen.wait(timeout=10) == 0
    assert serve.interrupt() == 0
    boots = [
        line for line in serve.output.splitlines() if " CP-1 -> CSMS CALL BootNotification " in line
    ]
    assert len(boots) >= 2
    times = [datetime.fromisoformat(line.split(" ", 1)[0].replace("Z", "+00:00")) for line in boots]
    assert all((b - a).total_seconds() >= 0.9 for a, b in itertools.pairwise(times))
    answers = frames(serve.output, "CSMS", "CP-1", "CALLRESULT", "BootNotification")
    assert [a["status"] for a in answers][-1] == "Accepted"
    assert {a["status"] for a in answers[:-1]} == {"Pending"}


def test_a_password_is_required_when_given(serve_factory: Any) -> None:
    serve, url = serve_factory("--password", "s3cret")
    refused = connect(url, "--exit-after-script", "--version", "ocpp2.0.1")
    assert refused.returncode == 1 and "401" in refused.stderr, refused.stderr
    assert "Traceback" not in refused.stderr
    accepted = connect(url, "--exit-after-script", "--version", "ocpp2.0.1", "--password", "s3cret")
    assert accepted.returncode == 0, accepted.stderr
    assert serve.interrupt() == 0
    assert "CP-1 refused: wrong or missing password" in serve.output


def test_connect_to_a_closed_port_fails_cleanly() -> None:
    with socket.socket() as probe:
        # bound and never listening: refused at once, and no one else can take the port
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
        result = connect(f"ws://127.0.0.1:{port}/ocpp", "--exit-after-script")
    assert result.returncode == 1
    assert result.stderr.startswith(f"ocpp-engine connect: ws://127.0.0.1:{port}/ocpp/CP-1: ")
    assert "Traceback" not in result.stderr


def test_without_websockets_the_commands_say_how_to_install_it(tmp_path: Path) -> None:
    (tmp_path / "websockets.py").write_text("raise ImportError('websockets is not installed')\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    for args in (["serve"], ["connect", "ws://127.0.0.1:9/ocpp"]):
        result = subprocess.run(
            [*COMMAND, *args], capture_output=True, text=True, timeout=30, env=env, cwd=tmp_path
        )
        assert result.returncode == 2, result.stderr
        assert "pip install 'ocpp-engine[websockets]'" in result.stderr
        assert "Traceback" not in result.stderr
    demo = subprocess.run(
        [*COMMAND, "demo"], capture_output=True, text=True, timeout=30, env=env, cwd=tmp_path
    )
    assert demo.returncode == 0 and "no errors" in demo.stdout
    imports = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, ocpp_engine.__main__; print('websockets' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
    )
    assert imports.stdout.strip() == "False", imports.stderr


def test_bad_arguments_are_refused() -> None:
    result = subprocess.run(
        [*COMMAND, "serve", "--versions", "ocpp1.2"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
    )
    assert result.returncode == 2 and "unknown version 'ocpp1.2'" in result.stderr
    result = subprocess.run(
        [*COMMAND, "serve", "--versions", "ocpp1.5"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
    )
    assert result.returncode == 2 and "OCPP 1.5 has no OCPP-J" in result.stderr
    result = subprocess.run(
        [*COMMAND, "serve", "--call", "Reset", "[1]"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
    )
    assert result.returncode == 2 and "must be a JSON object" in result.stderr
    result = subprocess.run(
        [*COMMAND, "serve", "--call", "Heartbeat", "{}"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=ROOT,
    )
    assert result.returncode == 2 and "--call Heartbeat: not an action" in result.stderr


# -- in process: the defaults are valid ----------------------------------------------------------


@pytest.mark.parametrize("version", list(Version))
@pytest.mark.parametrize("role", [Role.CHARGING_STATION, Role.CSMS])
def test_every_default_answer_is_schema_valid(version: Version, role: Role) -> None:
    # serve answers what stations send, connect what the CSMS sends: both fall back on these.
    for action in actions_from(version, role):
        payload = minimal_payload(version, action)
        schema = load_schema(schema_file(version, action, response=True))
        compile_schema(schema)(payload)  # raises when invalid
        if "status" in payload:
            assert payload["status"] in ("Accepted", "Unlocked", "Unpublished"), action


@pytest.mark.parametrize("version", list(Version))
@pytest.mark.parametrize("response", [False, True])
def test_every_minimal_payload_is_schema_valid(version: Version, response: bool) -> None:
    # Requests too: a uri field (1.6 GetDiagnostics, UpdateFirmware) once got "".
    for role in Role:
        for action in actions_from(version, role):
            payload = minimal_payload(version, action, response)
            compile_schema(load_schema(schema_file(version, action, response)))(payload)


def test_answers_carry_the_action_of_their_call() -> None:
    sent: dict[str, str] = {}
    received: dict[str, str] = {}
    line = FrameLog.describe('[2,"a","Reset",{"type":"Soft"}]', "CSMS", "CP-1", sent, received)
    assert line == 'CSMS -> CP-1 CALL Reset id=a {"type":"Soft"}'
    line = FrameLog.describe('[3,"a",{"status":"Accepted"}]', "CP-1", "CSMS", received, sent)
    assert line == 'CP-1 -> CSMS CALLRESULT Reset id=a {"status":"Accepted"}'
    line = FrameLog.describe('[4,"b","NotSupported","no",{}]', "CP-1", "CSMS", received, sent)
    assert line == 'CP-1 -> CSMS CALLERROR ? id=b NotSupported "no" {}'
    assert FrameLog.describe("garbage", "CP-1", "CSMS", {}, {}) == "CP-1 -> CSMS ?? garbage"
    # A MessageTypeId of 2.0 or true is no message type: the Device drops the frame, and the
    # log must not call it a CALL (the log checker would read it back as one).
    for raw in ('[2.0,"c","Reset",{"type":"Soft"}]', '[true,"c",{}]'):
        assert FrameLog.describe(raw, "CSMS", "CP-1", sent, received) == f"CSMS -> CP-1 ?? {raw}"
    assert "c" not in sent


def test_tls_and_client_certificates(serve_factory: Any, tmp_path: Path) -> None:
    from .transport_helpers import make_pki

    pki = {k: str(v) for k, v in make_pki(tmp_path).items()}
    # security profile 2: TLS, the station trusts the test CA
    serve, url = serve_factory("--certfile", pki["server_cert"], "--keyfile", pki["server_key"])
    assert url.startswith("wss://127.0.0.1:")
    ok = connect(url, "--identity", "CP1", "--cafile", pki["ca_cert"], "--exit-after-script")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    serve.wait_for(r"CP1 -> CSMS CALL BootNotification")
    untrusted = connect(url, "--identity", "CP1", "--exit-after-script")  # system CAs only
    assert untrusted.returncode == 1 and "certificate" in untrusted.stderr.lower()
    assert serve.interrupt() == 0
    # security profile 3: the server requires a client certificate from the CA
    serve, url = serve_factory(
        "--certfile",
        pki["server_cert"],
        "--keyfile",
        pki["server_key"],
        "--client-ca",
        pki["ca_cert"],
    )
    with_cert = connect(
        url,
        "--identity",
        "CP1",
        "--cafile",
        pki["ca_cert"],
        "--certfile",
        pki["client_cert"],
        "--keyfile",
        pki["client_key"],
        "--exit-after-script",
    )
    assert with_cert.returncode == 0, with_cert.stdout + with_cert.stderr
    without = connect(url, "--identity", "CP1", "--cafile", pki["ca_cert"], "--exit-after-script")
    assert without.returncode == 1
    assert serve.interrupt() == 0


@pytest.mark.parametrize(
    ("command", "args", "message"),
    [
        ("serve", ["--keyfile", "k.pem"], "need --certfile"),
        ("serve", ["--certfile", "missing.pem"], "cannot load the TLS files"),
        ("connect", ["ws://127.0.0.1:1/ocpp", "--cafile", "ca.pem"], "need a wss:// URL"),
        (
            "connect",
            ["wss://127.0.0.1:1/ocpp", "--cafile", "missing.pem"],
            "cannot load the TLS files",
        ),
    ],
)
def test_tls_option_mistakes_are_refused(command: str, args: list[str], message: str) -> None:
    result = subprocess.run(
        [*COMMAND, command, *args], capture_output=True, text=True, timeout=30, cwd=ROOT
    )
    assert result.returncode == 2
    assert message in result.stderr


# -- the options -----------------------------------------------------------------------------------


def run(*args: str, env: Any = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, *args], capture_output=True, text=True, timeout=30, cwd=cwd, env=env
    )


def test_serve_listens_on_this_machine_only_by_default() -> None:
    serve = Process("serve", "--port", "0", "--no-commands")
    serve.wait_for(r"listening on 127\.0\.0\.1:\d+ ")
    serve.wait_for(r"connect stations to ws://127\.0\.0\.1:\d+/ocpp ")
    assert serve.interrupt() == 0


def test_the_command_prints_its_version() -> None:
    import ocpp_engine

    result = run("--version")
    assert result.returncode == 0
    assert result.stdout == f"ocpp-engine {ocpp_engine.__version__}\n"


@pytest.mark.parametrize(
    ("args", "shown"),
    [
        (["--version", "ocpp1.6"], "ocpp1.6"),
        (["--versions", "ocpp1.6,ocpp2.0.1"], "ocpp2.0.1, ocpp1.6"),
        (
            ["--version", "1.6", "--version", "2.1,"],
            "ocpp2.1, ocpp1.6",
        ),  # what parse_versions reads
    ],
)
def test_serve_takes_version_and_versions_alike(args: list[str], shown: str) -> None:
    serve = Process("serve", "--host", "127.0.0.1", "--port", "0", "--no-commands", *args)
    serve.wait_for(rf"listening on 127\.0\.0\.1:\d+ \({re.escape(shown)}\)")
    assert serve.interrupt() == 0


def test_connect_takes_versions_too(serve_factory: Any) -> None:
    serve, url = serve_factory("--version", "ocpp2.0.1")
    result = connect(url, "--versions", "ocpp2.1", "--versions", "2.0.1", "--exit-after-script")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(ocpp2.1, ocpp2.0.1)" in result.stdout
    assert serve.interrupt() == 0
    assert "CP-1 connected (ocpp2.0.1," in serve.output


@pytest.mark.parametrize(
    "args",
    [
        ["serve", "--interval", "-5"],
        ["serve", "--interval", "0"],
        ["connect", "ws://127.0.0.1:9/ocpp", "--heartbeat", "0"],
        ["connect", "ws://127.0.0.1:9/ocpp", "--heartbeat", "-1.5"],
        ["connect", "ws://127.0.0.1:9/ocpp", "--heartbeat", "nan"],
    ],
)
def test_non_positive_intervals_are_refused(args: list[str]) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert "must be positive" in result.stderr or "must be a positive" in result.stderr


def test_a_refused_password_is_reported_on_one_clean_line(serve_factory: Any) -> None:
    serve, url = serve_factory("--password", "s3cret")
    refused = connect(url, "--exit-after-script", "--password", "guess")
    assert refused.returncode == 1
    assert refused.stderr.splitlines() == [
        f"ocpp-engine connect: {url}/CP-1: InvalidStatus: server rejected WebSocket "
        "connection: HTTP 401"
    ]
    assert "Response(" not in refused.stdout and "headers" not in refused.stdout
    assert serve.interrupt() == 0


def test_an_action_for_one_of_several_stations_names_them() -> None:
    from types import SimpleNamespace

    from ocpp_engine.cli.serve import TestCentralSystem, _Console

    out = io.StringIO()
    csms = TestCentralSystem(FrameLog(out))
    stations = {
        "CP-1": SimpleNamespace(version=Version.V16),
        "CP-2": SimpleNamespace(version=Version.V201),
    }
    csms.server = SimpleNamespace(stations=stations)  # type: ignore[assignment]
    console = _Console(csms, asyncio.Event(), interactive=False)
    console.run_line('Reset {"type":"Soft"}')
    assert "unknown command" not in out.getvalue()
    assert (
        "Reset: to which station? 2 are connected (CP-1, CP-2): name one, as in "
        '\'CP-1 Reset {"type":"Soft"}\', or send it to all with '
        '\'* Reset {"type":"Soft"}\''
    ) in out.getvalue()
    csms.server = SimpleNamespace(stations={})  # type: ignore[assignment]
    console.run_line("Reset")
    assert "Reset: to which station? none is connected" in out.getvalue()


def test_an_old_websockets_is_named_with_the_version_needed(tmp_path: Path) -> None:
    # websockets 12 has no asyncio API: what an old installation looks like
    (tmp_path / "websockets").mkdir()
    (tmp_path / "websockets" / "__init__.py").write_text("")
    info = tmp_path / "websockets-12.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: websockets\nVersion: 12.0\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)])}
    result = run("serve", env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert "websockets 12.0 is installed, >=14 is needed" in result.stderr
    assert "not installed" not in result.stderr
    imported = subprocess.run(
        [sys.executable, "-c", "import ocpp_engine.transports.websocket"],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
        env=env,
    )
    assert "websockets 12.0 is installed, >=14 is needed" in imported.stderr


def test_demo_and_validate_leave_websockets_unimported(tmp_path: Path) -> None:
    log = tmp_path / "x.log"
    log.write_text('[2,"1","Heartbeat",{}]\n[3,"1",{"currentTime":"2024-01-01T00:00:00Z"}]\n')
    code = (
        "import contextlib, io, sys\n"
        "from ocpp_engine.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()), "
        "contextlib.redirect_stderr(io.StringIO()):\n"
        f"    assert main(['validate', '--version', 'ocpp1.6', {str(log)!r}]) == 0\n"
        "    assert main(['demo', '--version', 'ocpp2.1']) == 0\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'websockets'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("version", "occupied"),
    [("ocpp1.6", '"status": "Charging"'), ("ocpp2.0.1", '"connectorStatus": "Occupied"')],
)
def test_the_demo_runs_the_connect_station_against_the_serve_answers(
    version: str, occupied: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from ocpp_engine.cli import main

    assert main(["demo", "--version", version]) == 0
    out = capsys.readouterr().out
    # connect's station reports its connector around the transaction, as the demo now does
    assert occupied in out
    assert out.count("CALL       StatusNotification") == 3
    assert "CALLERROR" not in out
    assert out.rstrip().endswith("18 frames exchanged, no errors.")


def test_the_console_script_and_python_m_run_the_same_command() -> None:
    tomllib = pytest.importorskip("tomllib")
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"ocpp-engine": "ocpp_engine.cli:main"}
    import ocpp_engine.__main__
    import ocpp_engine.cli

    assert ocpp_engine.__main__.main is ocpp_engine.cli.main
