"""Shared pieces of the transport tests: handlers, waiting, ports, certificates, brokers."""

from __future__ import annotations

import asyncio
import contextlib
import datetime
import ipaddress
import json
import socket
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

NOW = "2024-01-01T00:00:00Z"


def csms_handlers_16() -> dict[str, Any]:
    return {
        "BootNotification": lambda p, ctx: {
            "status": "Accepted",
            "currentTime": NOW,
            "interval": 300,
        },
        "Heartbeat": lambda p, ctx: {"currentTime": NOW},
        "StatusNotification": lambda p, ctx: {},
        "Authorize": lambda p, ctx: {"idTagInfo": {"status": "Accepted"}},
    }


BOOT_16 = {"chargePointVendor": "ACME", "chargePointModel": "One"}


class Changes:
    """A callback that wakes whoever waits for a condition: the event-driven ``eventually``.

    Hang it on whatever the code under test calls when something happens (``on_connect`` and
    ``on_disconnect`` of a transport, a device hook, a handler); `until` checks its condition
    after every call instead of polling.

    Args:
        then: called first with the same arguments (``Changes(events.append)``).

    Attributes:
        calls: the arguments of every call, in order.
    """

    def __init__(self, then: Callable[..., Any] | None = None) -> None:
        self.then = then
        self.calls: list[tuple[Any, ...]] = []
        self._changed = asyncio.Event()

    def __call__(self, *args: Any) -> None:
        if self.then is not None:
            self.then(*args)
        self.calls.append(args)
        self._changed.set()
        self._changed = asyncio.Event()

    async def until(self, predicate: Callable[[], bool], timeout: float = 10.0) -> None:
        """Return once *predicate()* holds, checking it now and after every call.

        Raises:
            TimeoutError: it did not hold within *timeout* seconds (a bound, not a timing).
        """

        async def wait() -> None:
            while not predicate():
                await self._changed.wait()

        await asyncio.wait_for(wait(), timeout)


async def within(aw: Awaitable[Any], timeout: float = 10.0) -> Any:
    return await asyncio.wait_for(aw, timeout)


def free_port() -> int:
    """A port that was free a moment ago; only for a server that cannot pick its own (port 0)
    and report it, and then with a retry when the bind fails after all."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def refusing_port() -> Iterator[int]:
    """A loopback port that refuses every connection while the block runs.

    The socket is bound and never listens: a connection attempt is refused at once, and no
    other process can take the port meanwhile (a port merely closed could be reused).
    """
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        yield int(s.getsockname()[1])


def make_pki(directory: Path) -> dict[str, Path]:
    """Write a CA, a server certificate for 127.0.0.1 and a client certificate for CP1."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = datetime.datetime.now(datetime.timezone.utc)

    def key() -> rsa.RSAPrivateKey:
        return rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def name(cn: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    ca_key = key()
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Test CA"))
        .issuer_name(name("Test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )

    def leaf(cn: str, server: bool) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
        k = key()
        builder = (
            x509.CertificateBuilder()
            .subject_name(name(cn))
            .issuer_name(ca.subject)
            .public_key(k.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                critical=False,
            )
            .add_extension(
                x509.ExtendedKeyUsage(
                    [ExtendedKeyUsageOID.SERVER_AUTH if server else ExtendedKeyUsageOID.CLIENT_AUTH]
                ),
                critical=False,
            )
        )
        if server:
            builder = builder.add_extension(
                x509.SubjectAlternativeName(
                    [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
                ),
                critical=False,
            )
        return builder.sign(ca_key, hashes.SHA256()), k

    paths: dict[str, Path] = {}

    def write(label: str, cert: x509.Certificate, k: rsa.RSAPrivateKey | None) -> None:
        paths[label + "_cert"] = directory / f"{label}.pem"
        paths[label + "_cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        if k is not None:
            paths[label + "_key"] = directory / f"{label}.key"
            paths[label + "_key"].write_bytes(
                k.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )

    write("ca", ca, None)
    write("server", *leaf("127.0.0.1", True))
    write("client", *leaf("CP1", False))
    return paths


class Mosquitto:
    """A real Mosquitto broker on a free loopback port, run as a subprocess.

    Mosquitto 2.0 cannot pick its own port (``listener 0`` means a Unix socket named after the
    address), so `start` picks one with `free_port` and tries another if the broker could not
    bind it because someone took it in between. Its log says which: ``running`` once its
    listener is open, or it exits after ``Address already in use``.
    """

    #: How many ports `start` tries.
    ATTEMPTS = 5
    #: The longest `start` waits for one attempt, in seconds (it takes milliseconds).
    START_TIMEOUT = 10.0

    def __init__(self, nodelay: bool = True) -> None:
        self.port = 0
        self.nodelay = nodelay
        self.process: Any = None
        self.log: list[str] = []

    def start(self) -> Mosquitto:
        """Start the broker; return once it accepts connections.

        Raises:
            AssertionError: Mosquitto is missing or would not start on any of the ports tried.
        """
        for _ in range(self.ATTEMPTS):
            if self._start(free_port()):
                return self
        raise AssertionError("mosquitto did not start:\n" + "".join(self.log))

    def _start(self, port: int) -> bool:
        import re
        import shutil
        import subprocess
        import tempfile
        import threading

        exe = shutil.which("mosquitto") or (
            "/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None
        )
        if exe is None:
            raise AssertionError(
                "mosquitto is not installed: apt-get install mosquitto (.ci/run does it)"
            )
        # As the MQTT guide advises: the broker's own side of each hop without Nagle's delay.
        config = tempfile.NamedTemporaryFile(  # noqa: SIM115
            "w", suffix=".conf", prefix="mosquitto-", delete=False
        )
        with config:
            config.write(
                f"listener {port} 127.0.0.1\nallow_anonymous true\n"
                f"set_tcp_nodelay {'true' if self.nodelay else 'false'}\n"
            )
        self.config = config.name
        self.log = []
        process = self.process = subprocess.Popen(
            [exe, "-c", config.name], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
        )
        running = threading.Event()
        said = threading.Event()  # it said it runs, or it ended

        def read_log() -> None:  # and keep reading, so the broker never blocks on its log
            for line in process.stderr:
                self.log.append(line)
                if re.search(r"mosquitto version \S+ running$", line.rstrip()):
                    running.set()
                    said.set()
            said.set()

        self._reader = threading.Thread(target=read_log, daemon=True)
        self._reader.start()
        if not said.wait(self.START_TIMEOUT):
            self.stop()
            raise AssertionError("mosquitto did not start:\n" + "".join(self.log))
        if not running.is_set():  # the port was taken after all
            self.stop()
            return False
        self.port = port
        return True

    def stop(self) -> None:
        """Stop the broker, if it runs."""
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except Exception:
                self.process.kill()
                self.process.wait()
            self._reader.join(5)  # the log ends with the process
            self.process.stderr.close()
            self.process = None
            Path(self.config).unlink(missing_ok=True)


Reply = Callable[[str, Any], "list[tuple[str, Any]]"]
"""``reply(topic, frame)``: the ``(topic, frame)`` pairs a `FakeBroker` publishes back."""


class FakeBroker:
    """Just enough of an MQTT 3.1.1 broker, on a port of its own choosing, for one client.

    It accepts CONNECT, SUBSCRIBE (granting QoS 1), PUBLISH (acknowledged; its JSON frame goes
    to *reply*, whose answers are published back at QoS 0 whatever the subscription) and
    PINGREQ. With *hang_up_at_once* it closes each connection right after its SUBACK, as a
    crash-looping broker or a proxy that drops the client would; otherwise `hang_up` closes
    the current one.

    Attributes:
        connections: how many connections reached their SUBACK.
    """

    def __init__(self, reply: Reply | None = None, *, hang_up_at_once: bool = False) -> None:
        self.reply = reply
        self.hang_up_at_once = hang_up_at_once
        self.connections = 0
        self.port = 0
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[Any]] = set()

    async def __aenter__(self) -> FakeBroker:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        self.hang_up()
        await asyncio.gather(*self._tasks)
        await self._server.wait_closed()

    def hang_up(self) -> None:
        """Close every open connection."""
        for writer in list(self._writers):
            writer.close()

    @staticmethod
    def _packet(first: int, body: bytes) -> bytes:
        length, size = b"", len(body)
        while True:
            byte, size = size % 128, size // 128
            length += bytes([byte | (0x80 if size else 0)])
            if not size:
                return bytes([first]) + length + body

    def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # Known from the moment of the accept, so that closing ends even a connection whose
        # task has not run yet (a client reconnecting while the test ends).
        self._writers.add(writer)
        task = asyncio.ensure_future(self._serve(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                first = (await reader.readexactly(1))[0]
                size, shift = 0, 0
                while True:
                    byte = (await reader.readexactly(1))[0]
                    size |= (byte & 0x7F) << shift
                    shift += 7
                    if not byte & 0x80:
                        break
                body = await reader.readexactly(size)
                kind = first >> 4
                if kind == 1:  # CONNECT
                    writer.write(b"\x20\x02\x00\x00")
                elif kind == 8:  # SUBSCRIBE
                    writer.write(b"\x90\x03" + body[:2] + b"\x01")
                    self.connections += 1
                    if self.hang_up_at_once:
                        await writer.drain()
                        return
                elif kind == 3:  # PUBLISH
                    n = int.from_bytes(body[:2], "big")
                    topic, rest = body[2 : 2 + n].decode(), body[2 + n :]
                    if (first >> 1) & 3:
                        writer.write(b"\x40\x02" + rest[:2])  # PUBACK
                        rest = rest[2:]
                    for to, frame in (self.reply or (lambda t, f: []))(topic, json.loads(rest)):
                        name = to.encode()
                        writer.write(
                            self._packet(
                                0x30,
                                len(name).to_bytes(2, "big") + name + json.dumps(frame).encode(),
                            )
                        )
                elif kind == 12:  # PINGREQ
                    writer.write(b"\xd0\x00")
                elif kind == 14:  # DISCONNECT
                    return
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()
