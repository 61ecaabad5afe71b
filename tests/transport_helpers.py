"""Shared pieces of the transport tests: handlers, waiting, free ports, certificates."""

from __future__ import annotations

import asyncio
import datetime
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

NOW = "2024-01-01T00:00:00Z"


def csms_handlers_16() -> dict[str, Any]:
    return {
        "BootNotification": lambda p, ctx: {"status": "Accepted", "currentTime": NOW,
                                            "interval": 300},
        "Heartbeat": lambda p, ctx: {"currentTime": NOW},
        "StatusNotification": lambda p, ctx: {},
        "Authorize": lambda p, ctx: {"idTagInfo": {"status": "Accepted"}},
    }


BOOT_16 = {"chargePointVendor": "ACME", "chargePointModel": "One"}


async def eventually(predicate: Callable[[], bool], timeout: float = 5.0) -> None:
    """Wait until *predicate()* is true, polling the loop; fail after *timeout* seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


async def within(aw: Awaitable[Any], timeout: float = 10.0) -> Any:
    return await asyncio.wait_for(aw, timeout)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
    ca = (x509.CertificateBuilder().subject_name(name("Test CA")).issuer_name(name("Test CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - datetime.timedelta(minutes=5))
          .not_valid_after(now + datetime.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(
              digital_signature=True, key_cert_sign=True, crl_sign=True,
              content_commitment=False, key_encipherment=False, data_encipherment=False,
              key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                         critical=False)
          .sign(ca_key, hashes.SHA256()))

    def leaf(cn: str, server: bool) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
        k = key()
        builder = (x509.CertificateBuilder().subject_name(name(cn)).issuer_name(ca.subject)
                   .public_key(k.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - datetime.timedelta(minutes=5))
                   .not_valid_after(now + datetime.timedelta(days=1))
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                       ca_key.public_key()), critical=False)
                   .add_extension(x509.ExtendedKeyUsage(
                       [ExtendedKeyUsageOID.SERVER_AUTH if server
                        else ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False))
        if server:
            builder = builder.add_extension(x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
                 x509.DNSName("localhost")]), critical=False)
        return builder.sign(ca_key, hashes.SHA256()), k

    paths: dict[str, Path] = {}

    def write(label: str, cert: x509.Certificate, k: rsa.RSAPrivateKey | None) -> None:
        paths[label + "_cert"] = directory / f"{label}.pem"
        paths[label + "_cert"].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        if k is not None:
            paths[label + "_key"] = directory / f"{label}.key"
            paths[label + "_key"].write_bytes(k.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption()))

    write("ca", ca, None)
    write("server", *leaf("127.0.0.1", True))
    write("client", *leaf("CP1", False))
    return paths


class Mosquitto:
    """A real Mosquitto broker on a free loopback port, run as a subprocess."""

    def __init__(self, port: int | None = None, nodelay: bool = True) -> None:
        self.port = free_port() if port is None else port
        self.nodelay = nodelay
        self.process: Any = None

    def start(self) -> Mosquitto:
        import shutil
        import subprocess
        import time

        exe = shutil.which("mosquitto") or (
            "/usr/sbin/mosquitto" if Path("/usr/sbin/mosquitto").exists() else None)
        if exe is None:
            raise AssertionError(
                "mosquitto is not installed: apt-get install mosquitto (.ci/run does it)")
        import tempfile

        # As the MQTT guide advises: the broker's own side of each hop without Nagle's delay.
        config = tempfile.NamedTemporaryFile(  # noqa: SIM115
            "w", suffix=".conf", prefix="mosquitto-", delete=False)
        with config:
            config.write(f"listener {self.port} 127.0.0.1\nallow_anonymous true\n"
                         f"set_tcp_nodelay {'true' if self.nodelay else 'false'}\n")
        self.config = config.name
        self.process = subprocess.Popen(
            [exe, "-c", config.name], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 5
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return self
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise AssertionError("mosquitto did not start") from None
                time.sleep(0.02)

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except Exception:
                self.process.kill()
                self.process.wait()
            self.process = None
            Path(self.config).unlink(missing_ok=True)
