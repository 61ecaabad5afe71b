"""Log uploads to real servers: FTP and FTPS servers (pyftpdlib), HTTP servers, in threads."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import warnings
from collections.abc import Iterator
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine.station.uploads import FtpUploader, HttpUploader, UploadError, Uploaders

from .test_station_uploads import LOG, Rig, get_log
from .transport_helpers import make_pki

pytestmark = pytest.mark.transport

with warnings.catch_warnings():  # pyftpdlib uses asyncore, deprecated before Python 3.12
    warnings.simplefilter("ignore", DeprecationWarning)
    pytest.importorskip("pyftpdlib")
    from pyftpdlib.authorizers import DummyAuthorizer
    from pyftpdlib.handlers import FTPHandler
    from pyftpdlib.servers import FTPServer

#: Seconds to wait for an upload in a thread: a safety net, never reached when things work.
PATIENCE = 30.0


@pytest.fixture
def ftp_root(tmp_path: Path) -> Iterator[tuple[int, Path]]:
    """An FTP server on a free port: user ``cs`` (password ``secret``) writes in its root."""
    yield from serve_ftp(tmp_path / "ftp", FTPHandler)


@pytest.fixture
def ftps_root(tmp_path: Path) -> Iterator[tuple[int, Path, ssl.SSLContext]]:
    """The same over explicit TLS, with a certificate for 127.0.0.1; also a client context
    trusting it. The server refuses to log in before ``AUTH TLS``, to move data on a channel
    not protected (``PROT P``), and, like vsftpd (``require_ssl_reuse``, its default) and
    FileZilla Server, a data channel that does not resume the control channel's TLS session
    (RFC 4217 section 10.2): a stranger cannot take the data connection over."""
    try:
        from OpenSSL import SSL
        from pyftpdlib.handlers import TLS_DTPHandler, TLS_FTPHandler
    except ImportError:  # pragma: no cover - pyOpenSSL is in the test extra
        pytest.skip("pyftpdlib's TLS_FTPHandler needs pyOpenSSL")

    class ReuseRequired(TLS_DTPHandler):  # type: ignore[misc]
        def handle_ssl_established(self) -> None:
            if not SSL._lib.SSL_session_reused(self.socket._ssl):
                self.handle_failed_ssl_handshake()  # answers 522 and closes

    pki = make_pki(tmp_path)
    certificate = tmp_path / "server-chain.pem"
    certificate.write_bytes(pki["server_cert"].read_bytes() + pki["ca_cert"].read_bytes())
    tls = {
        "certfile": str(certificate),
        "keyfile": str(pki["server_key"]),
        "ssl_context": None,
        "tls_control_required": True,
        "tls_data_required": True,
        "dtp_handler": ReuseRequired,
    }
    client = ssl.create_default_context(cafile=str(pki["ca_cert"]))
    for port, root in serve_ftp(tmp_path / "ftps", TLS_FTPHandler, **tls):
        yield port, root, client


def serve_ftp(root: Path, base: type[FTPHandler], **attributes: Any) -> Iterator[tuple[int, Path]]:
    (root / "logs").mkdir(parents=True)
    authorizer = DummyAuthorizer()
    authorizer.add_user("cs", "secret", str(root), perm="elradfmw")
    attributes.update(authorizer=authorizer, auth_failed_timeout=0)
    handler = type("Handler", (base,), attributes)
    server = FTPServer(("127.0.0.1", 0), handler)
    port = server.socket.getsockname()[1]
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            server.serve_forever(timeout=0.05, blocking=False, handle_exit=False)
        server.close_all()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield port, root
    stop.set()
    thread.join(PATIENCE)


class Received:
    """What the HTTP server was sent, and what it answers."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []
        self.status = 201


@pytest.fixture
def http_server() -> Iterator[tuple[int, Received]]:
    """An HTTP server on a free port that records POST and PUT requests."""
    yield from serve_http(None)


@pytest.fixture
def https_server(tmp_path: Path) -> Iterator[tuple[int, Received, ssl.SSLContext]]:
    """The same over TLS, with a certificate for 127.0.0.1; also a client context trusting it."""
    pki = make_pki(tmp_path)
    server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server.load_cert_chain(pki["server_cert"], pki["server_key"])
    client = ssl.create_default_context(cafile=str(pki["ca_cert"]))
    for port, received in serve_http(server):
        yield port, received, client


def serve_http(context: ssl.SSLContext | None) -> Iterator[tuple[int, Received]]:
    received = Received()

    class Handler(BaseHTTPRequestHandler):
        def _take(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            received.requests.append((self.command, self.path, headers, body))
            self.send_response(received.status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_PUT = _take

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server.server_address[1], received
    server.shutdown()
    server.server_close()
    thread.join(PATIENCE)


def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Watched:
    """Wraps an uploader; `attempt` waits for the next attempt to end (in its thread)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.ended: asyncio.Queue[BaseException | None] = asyncio.Queue()

    async def upload(self, url: str, filename: str, data: Any) -> None:
        try:
            await self.inner.upload(url, filename, data)
        except Exception as exc:
            self.ended.put_nowait(exc)
            raise
        self.ended.put_nowait(None)

    async def attempt(self) -> BaseException | None:
        return await asyncio.wait_for(self.ended.get(), PATIENCE)


# -- the uploaders alone ---------------------------------------------------------------------


async def test_ftp_stores_bytes_and_files_in_the_location_directory(
    ftp_root: tuple[int, Path], tmp_path: Path
) -> None:
    port, root = ftp_root
    await FtpUploader().upload(f"ftp://cs:secret@127.0.0.1:{port}/logs/", "a.log", LOG)
    assert (root / "logs" / "a.log").read_bytes() == LOG
    source = tmp_path / "big.log"
    source.write_bytes(LOG * 10_000)
    await FtpUploader().upload(f"ftp://cs:secret@127.0.0.1:{port}", "b.log", source)
    assert (root / "b.log").read_bytes() == LOG * 10_000


async def test_ftp_refused_login_is_permission_denied(ftp_root: tuple[int, Path]) -> None:
    port, _ = ftp_root
    with pytest.raises(UploadError) as info:
        await FtpUploader().upload(f"ftp://cs:wrong@127.0.0.1:{port}/logs/", "a.log", LOG)
    assert info.value.status == "PermissionDenied"


async def test_ftps_to_a_server_without_tls_fails(ftp_root: tuple[int, Path]) -> None:
    port, root = ftp_root
    with pytest.raises(UploadError) as info:
        await FtpUploader(tls=True).upload(f"ftps://cs:secret@127.0.0.1:{port}/", "a.log", LOG)
    assert info.value.status == "UploadFailure"
    assert not (root / "a.log").exists()


async def test_ftps_stores_bytes_and_files_over_a_protected_data_channel(
    ftps_root: tuple[int, Path, ssl.SSLContext], tmp_path: Path
) -> None:
    port, root, trusting = ftps_root  # the server moves no data unless PROT P
    uploader = FtpUploader(tls=True, context=trusting)
    await uploader.upload(f"ftps://cs:secret@127.0.0.1:{port}/logs/", "a.log", LOG)
    assert (root / "logs" / "a.log").read_bytes() == LOG
    source = tmp_path / "big.log"
    source.write_bytes(LOG * 10_000)
    await uploader.upload(f"ftps://cs:secret@localhost:{port}", "b.log", source)
    assert (root / "b.log").read_bytes() == LOG * 10_000


async def test_ftps_checks_the_server_certificate(
    ftps_root: tuple[int, Path, ssl.SSLContext],
) -> None:
    port, root, _ = ftps_root
    with pytest.raises(UploadError) as info:  # the system's CAs do not know this server
        await FtpUploader(tls=True).upload(f"ftps://cs:secret@127.0.0.1:{port}/", "a.log", LOG)
    assert info.value.status == "UploadFailure"
    assert isinstance(info.value.__cause__, ssl.SSLCertVerificationError)
    assert not (root / "a.log").exists()


async def test_an_ftps_url_is_never_uploaded_in_the_clear(
    ftps_root: tuple[int, Path, ssl.SSLContext],
) -> None:
    port, root, trusting = ftps_root  # an uploader made without tls=True, handed every URL
    await FtpUploader(context=trusting).upload(f"ftps://cs:secret@127.0.0.1:{port}/", "a.log", LOG)
    assert (root / "a.log").read_bytes() == LOG


async def test_ftps_refused_login_is_permission_denied(
    ftps_root: tuple[int, Path, ssl.SSLContext],
) -> None:
    port, _, trusting = ftps_root
    with pytest.raises(UploadError) as info:
        await FtpUploader(tls=True, context=trusting).upload(
            f"ftps://cs:wrong@127.0.0.1:{port}/logs/", "a.log", LOG
        )
    assert info.value.status == "PermissionDenied"


async def test_plain_ftp_to_a_server_that_requires_tls_is_refused(
    ftps_root: tuple[int, Path, ssl.SSLContext],
) -> None:
    port, root, _ = ftps_root
    with pytest.raises(UploadError) as info:
        await FtpUploader().upload(f"ftp://cs:secret@127.0.0.1:{port}/", "a.log", LOG)
    assert info.value.status == "PermissionDenied"  # 550 SSL/TLS required on the control channel
    assert not (root / "a.log").exists()


@pytest.mark.parametrize("scheme", ["ftp", "http"])
async def test_an_unreachable_host_is_an_upload_failure(scheme: str) -> None:
    with pytest.raises(UploadError) as info:
        await Uploaders().upload(f"{scheme}://127.0.0.1:{closed_port()}/", "a.log", LOG)
    assert info.value.status == "UploadFailure"


async def test_http_posts_the_file_as_multipart_form_data(
    http_server: tuple[int, Received],
) -> None:
    port, received = http_server
    await HttpUploader().upload(f"http://u:p%40ss@127.0.0.1:{port}/upload?cs=1", "a.log", LOG)
    [(method, path, headers, body)] = received.requests
    assert (method, path) == ("POST", "/upload?cs=1")
    assert headers["authorization"] == "Basic dTpwQHNz"  # u:p@ss
    message = BytesParser(policy=HTTP).parsebytes(
        f"Content-Type: {headers['content-type']}\r\n\r\n".encode() + body
    )
    [part] = list(message.iter_parts())  # type: ignore[attr-defined]
    assert part.get_param("name", header="content-disposition") == "file"
    assert part.get_filename() == "a.log"
    assert part.get_payload(decode=True) == LOG


async def test_http_put_sends_the_bare_file(http_server: tuple[int, Received]) -> None:
    port, received = http_server
    uploader = HttpUploader(method="PUT")
    await uploader.upload(f"http://127.0.0.1:{port}/logs/", "a b.log", LOG)
    await uploader.upload(f"http://127.0.0.1:{port}/logs/mine.log", "a.log", LOG)
    assert [(m, p, b) for m, p, _, b in received.requests] == [
        ("PUT", "/logs/a%20b.log", LOG),
        ("PUT", "/logs/mine.log", LOG),
    ]


async def test_https_checks_the_server_certificate(
    https_server: tuple[int, Received, ssl.SSLContext],
) -> None:
    port, received, trusting = https_server
    url = f"https://127.0.0.1:{port}/upload"
    with pytest.raises(UploadError) as info:  # the system's CAs do not know this server
        await HttpUploader().upload(url, "a.log", LOG)
    assert info.value.status == "UploadFailure" and received.requests == []
    await HttpUploader(context=trusting).upload(url, "a.log", LOG)
    [(method, path, _, body)] = received.requests
    assert (method, path) == ("POST", "/upload") and LOG in body


@pytest.mark.parametrize(
    ("status", "reported"), [(403, "PermissionDenied"), (500, "UploadFailure")]
)
async def test_an_http_error_answer_fails_the_upload(
    http_server: tuple[int, Received], status: int, reported: str
) -> None:
    port, received = http_server
    received.status = status
    with pytest.raises(UploadError) as info:
        await HttpUploader().upload(f"http://127.0.0.1:{port}/", "a.log", LOG)
    assert info.value.status == reported


# -- end to end ------------------------------------------------------------------------------


async def test_get_diagnostics_uploads_to_ftp(ftp_root: tuple[int, Path]) -> None:
    port, root = ftp_root
    watched = Watched(Uploaders())
    rig = Rig("ocpp1.6", watched)
    await rig.connect()
    location = f"ftp://cs:secret@127.0.0.1:{port}/logs"
    assert await rig.ask("GetDiagnostics", {"location": location}) == {
        "fileName": "DiagnosticsLog.log"
    }
    assert await watched.attempt() is None
    await rig.settle()
    assert (root / "logs" / "DiagnosticsLog.log").read_bytes() == LOG
    assert rig.statuses() == [("Uploading", None), ("Uploaded", None)]


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_a_log_request_uploads_to_ftps(
    ftps_root: tuple[int, Path, ssl.SSLContext], version: str
) -> None:
    port, root, trusting = ftps_root
    watched = Watched(Uploaders({"ftps": FtpUploader(tls=True, context=trusting)}))
    rig = Rig(version, watched)
    await rig.connect()
    location = f"ftps://cs:secret@127.0.0.1:{port}/logs/"
    if version == "ocpp1.6":
        await rig.ask("GetDiagnostics", {"location": location})
    else:
        await rig.ask("GetLog", get_log(5, location))
    assert await watched.attempt() is None
    await rig.settle()
    assert (root / "logs" / "DiagnosticsLog.log").read_bytes() == LOG
    request_id = None if version == "ocpp1.6" else 5
    assert rig.statuses() == [("Uploading", request_id), ("Uploaded", request_id)]


async def test_an_untrusted_ftps_server_fails_the_log_request(
    ftps_root: tuple[int, Path, ssl.SSLContext],
) -> None:
    port, root, _ = ftps_root
    watched = Watched(Uploaders())
    rig = Rig("ocpp2.0.1", watched)
    await rig.connect()
    await rig.ask("GetLog", get_log(6, f"ftps://cs:secret@127.0.0.1:{port}/logs/"))
    assert isinstance(await watched.attempt(), UploadError)
    await rig.settle()
    assert not (root / "logs" / "DiagnosticsLog.log").exists()
    assert rig.statuses() == [("Uploading", 6), ("UploadFailure", 6)]


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_a_refused_login_fails_after_the_retries(
    ftp_root: tuple[int, Path], version: str
) -> None:
    port, _ = ftp_root
    watched = Watched(Uploaders())
    rig = Rig(version, watched)
    await rig.connect()
    location = f"ftp://cs:wrong@127.0.0.1:{port}/logs/"
    if version == "ocpp1.6":
        request = {"location": location, "retries": 2, "retryInterval": 30}
        await rig.ask("GetDiagnostics", request)
    else:
        await rig.ask("GetLog", get_log(8, location, retries=2, retryInterval=30))
    for _ in range(3):
        assert isinstance(await watched.attempt(), UploadError)
        await rig.settle()
        await rig.advance(30)
    assert rig.uploads.attempts == 3
    if version == "ocpp1.6":
        assert rig.statuses() == [("Uploading", None), ("UploadFailed", None)]
    else:
        assert rig.statuses() == [("Uploading", 8), ("PermissionDenied", 8)]


async def test_an_unreachable_host_fails_after_the_retries() -> None:
    watched = Watched(Uploaders())
    rig = Rig("ocpp1.6", watched)
    await rig.connect()
    request = {"location": f"ftp://127.0.0.1:{closed_port()}/", "retries": 1, "retryInterval": 10}
    await rig.ask("GetDiagnostics", request)
    for _ in range(2):
        assert isinstance(await watched.attempt(), UploadError)
        await rig.settle()
        await rig.advance(10)
    assert rig.statuses() == [("Uploading", None), ("UploadFailed", None)]


async def test_get_log_uploads_to_http(http_server: tuple[int, Received]) -> None:
    port, received = http_server
    watched = Watched(Uploaders())
    rig = Rig("ocpp2.0.1", watched)
    await rig.connect()
    answer = await rig.ask("GetLog", get_log(4, f"http://127.0.0.1:{port}/logs"))
    assert answer == {"status": "Accepted", "filename": "DiagnosticsLog.log"}
    assert await watched.attempt() is None
    await rig.settle()
    [(method, path, _, body)] = received.requests
    assert (method, path) == ("POST", "/logs") and LOG in body
    assert rig.statuses() == [("Uploading", 4), ("Uploaded", 4)]
