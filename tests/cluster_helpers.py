"""Brokers for the cluster tests: a real ``nats-server`` on a free loopback port.

A missing server binary fails the test that needs it (never a skip): CI installs it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


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
def nats_server() -> Iterator[NatsServer]:
    """A running `NatsServer`, stopped on exit."""
    server = NatsServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()
