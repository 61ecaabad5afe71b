"""For the cluster tests: real ``nats-server`` and ``redis-server``, edges, bare stations.

A missing server binary fails the test that needs it (never a skip): CI installs it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.redis_helpers import RedisServer as RedisServer  # one class for every test
from tests.transport_helpers import free_port as free_port


def _binary(name: str) -> str:
    found = shutil.which(name) or next(
        (str(p) for p in (Path("/usr/sbin") / name, Path("/usr/bin") / name) if p.exists()), None
    )
    if found is None:
        raise RuntimeError(f"{name} is not installed (apt-get install {name})")
    return found


def wait_for_port(port: int, process: subprocess.Popen[bytes] | None, seconds: float = 15) -> None:
    """Wait until something listens on loopback *port*.

    Raises:
        RuntimeError: *process* ended first, or nothing listened in time.
    """
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the server exited with status {process.returncode}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        time.sleep(0.02)
    raise RuntimeError(f"nothing listens on port {port} after {seconds} s")


class NatsServer:
    """A ``nats-server`` process on loopback; `restart` keeps its port."""

    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server's ``nats://`` URL."""
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        """Start the server and wait until it listens.

        Raises:
            RuntimeError: ``nats-server`` is missing or did not start.
        """
        self.process = subprocess.Popen(
            [_binary("nats-server"), "-a", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ},
        )
        wait_for_port(self.port, self.process)

    def stop(self) -> None:
        """Stop the server (SIGKILL: the clients see the connection drop)."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def restart(self) -> None:
        """Stop and start again on the same port."""
        self.stop()
        self.start()


@contextlib.contextmanager
def redis_server() -> Iterator[RedisServer]:
    """A running `RedisServer`, stopped on exit."""
    server = RedisServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextlib.contextmanager
def nats_server() -> Iterator[NatsServer]:
    """A running `NatsServer`, stopped on exit."""
    server = NatsServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


class Edge:
    """An edge node in its own process: ``ocpp-engine serve --cluster URL`` on a free port."""

    def __init__(self, name: str, broker: str, log: Path) -> None:
        self.name = name
        self.broker = broker
        self.port = free_port()
        self.log = log
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The WebSocket URL stations append their identity to."""
        return f"ws://127.0.0.1:{self.port}/ocpp"

    def start(self) -> None:
        """Start the process and wait until it listens (it joined the cluster before that).

        Raises:
            RuntimeError: the process ended or did not listen in time.
        """
        command = [
            sys.executable,
            "-m",
            "ocpp_engine",
            "serve",
            "--port",
            str(self.port),
            "--cluster",
            self.broker,
            "--node-id",
            self.name,
            "--no-commands",
        ]
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(
                command, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        wait_for_port(self.port, self.process)

    def kill(self) -> None:
        """``kill -9`` the process and reap it."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def stop(self) -> None:
        """Stop the process (SIGTERM, then SIGKILL after 10 s)."""
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


Answer = Callable[[str, dict[str, Any]], "list[Any] | None"]


def accept(action: str, payload: dict[str, Any]) -> list[Any] | None:
    """A `RawStation` answer: CALLRESULT ``{"status": "Accepted"}`` to everything."""
    return [3, {"status": "Accepted"}]


class RawStation:
    """A bare OCPP-J station on one WebSocket connection: no Device, no reconnection.

    *answer(action, payload)* returns ``[3, payload]`` for a CALLRESULT, ``[4, code,
    description, details]`` for a CALLERROR, or ``None`` to stay silent. Every CALL received
    is kept in `calls`; `closed` is set when the connection ends, with its code and reason.
    """

    def __init__(
        self, url: str, identity: str, version: str = "ocpp1.6", answer: Answer = accept
    ) -> None:
        self.url = f"{url}/{identity}"
        self.identity = identity
        self.version = version
        self.answer = answer
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.called = asyncio.Event()
        self.closed = asyncio.Event()
        self.close_code: int | None = None
        self.close_reason = ""
        self._ws: Any = None
        self._task: asyncio.Task[None] | None = None

    async def start(self) -> None:
        """Connect and start answering.

        Raises:
            OSError: the edge cannot be reached.
        """
        from websockets.asyncio.client import connect
        from websockets.typing import Subprotocol

        self._ws = await connect(
            self.url,
            subprotocols=[Subprotocol(self.version)],
            ping_interval=None,
            open_timeout=20,
            compression=None,
        )
        self._task = asyncio.ensure_future(self._read())

    async def _read(self) -> None:
        from websockets.exceptions import ConnectionClosed

        ws = self._ws
        try:
            async for raw in ws:
                frame = json.loads(raw)
                if frame[0] != 2:
                    continue
                _, message_id, action, payload = frame
                self.calls.append((action, payload))
                self.called.set()
                answer = self.answer(action, payload)
                if answer is not None:
                    await ws.send(json.dumps([answer[0], message_id, *answer[1:]]))
        except ConnectionClosed:
            pass
        finally:
            self.close_code = ws.close_code
            self.close_reason = ws.close_reason or ""
            self.closed.set()

    async def close(self) -> None:
        """Close the connection and wait until it is closed. Raises nothing."""
        if self._ws is not None:
            await self._ws.close()
        if self._task is not None:
            await self._task
