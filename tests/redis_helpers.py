"""A real ``redis-server`` for the tests, and an edge node run as a process of its own.

`RedisServer` starts ``redis-server`` on a free loopback port without persistence; a missing
server fails the test (``.ci/run`` installs it), it never skips. Run as a script, this module is
one edge node on a `RedisBus` (the process the kill -9 test kills)::

    python -m tests.redis_helpers URL PREFIX NODE IDENTITY TTL   (from the repository root)

It holds IDENTITY, prints ``ready``, then ``got <body>`` for every request, which it never
answers.
"""

from __future__ import annotations

import asyncio
import shutil
import socket
import subprocess
import sys
import time
from typing import Any

from tests.transport_helpers import free_port


def _ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1) as s:
            s.sendall(b"PING\r\n")
            return s.recv(64).startswith(b"+PONG")
    except OSError:
        return False


class RedisServer:
    """A ``redis-server`` process on a loopback port, without persistence.

    The port is chosen when the object is made and kept, so that the URL is known before the
    server starts, and `kill` (or `stop`) then `start` is a restart on the same address (the
    clients reconnect to it; the data is gone, nothing is saved).
    """

    #: The longest `start` waits for the server to answer PING, in seconds.
    START_TIMEOUT = 10.0
    ATTEMPTS = 5

    def __init__(self) -> None:
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        """The server's ``redis://`` URL (database 0)."""
        return f"redis://127.0.0.1:{self.port}"

    def start(self) -> RedisServer:
        """Start the server (on the same port as before, if it ran before).

        Raises:
            AssertionError: redis-server is missing or does not answer.
        """
        exe = shutil.which("redis-server") or "/usr/bin/redis-server"
        if shutil.which(exe) is None:
            raise AssertionError(
                "redis-server is not installed: apt-get install redis-server (.ci/run does it)"
            )
        for _ in range(self.ATTEMPTS):
            port = self.port
            process = subprocess.Popen(
                [
                    exe,
                    "--port",
                    str(port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            deadline = time.monotonic() + self.START_TIMEOUT
            while time.monotonic() < deadline and process.poll() is None:
                if _ping(port):
                    self.port, self.process = port, process
                    return self
                time.sleep(0.02)
            process.kill()
            process.wait()
        raise AssertionError(f"redis-server did not start on port {self.port}")

    def kill(self) -> None:
        """Kill the server (SIGKILL: no goodbye to its clients), if it runs."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def restart(self) -> None:
        """Stop and start again on the same port (empty: nothing is saved)."""
        self.stop()
        self.start()

    def stop(self) -> None:
        """Stop the server, if it runs."""
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            self.process = None


async def _node(url: str, prefix: str, node: str, identity: str, ttl: float) -> None:
    from ocpp_engine.cluster._redis import RedisBus

    async def on_request(identity: str, body: bytes) -> bytes:
        print("got", body.decode(), flush=True)
        await asyncio.Event().wait()  # never answers: the test kills this process meanwhile
        return b""

    async def on_lost(identity: str) -> None:
        print("lost", identity, flush=True)

    bus = RedisBus(url, prefix, presence_ttl=ttl)
    bus.serve(node, on_request, on_lost)
    await bus.start()
    await bus.hold(identity)
    print("ready", flush=True)
    await asyncio.Event().wait()


def main(argv: list[str]) -> Any:
    url, prefix, node, identity, ttl = argv
    asyncio.run(_node(url, prefix, node, identity, float(ttl)))


if __name__ == "__main__":
    main(sys.argv[1:])
