"""Log and diagnostics uploads: GetDiagnostics (1.6) and GetLog (1.6 security, 2.0.1, 2.1).

`LogUploads` answers the central system's requests for the station's logs, collects the file
through the firmware's *collect* function, uploads it after the reply through an `Uploader`
chosen by the URL's scheme, tries again on the device's clock, and reports each step
(OCPP 1.6 sections 5.9 GetDiagnostics and 4.4 DiagnosticsStatusNotification; the 1.6 security
whitepaper and OCPP 2.0.1 / 2.1 use case N01, GetLog and LogStatusNotification):

```python
uploads = LogUploads.attach(station, collect=collect)
```

===============================  ==========================================================
what happens                     what the component does
===============================  ==========================================================
GetDiagnostics                   calls ``collect("DiagnosticsLog", startTime, stopTime)``;
                                 answers with its file name, or empty when it returns
                                 ``None``; after the reply sends Uploading, uploads, and
                                 sends Uploaded or UploadFailed
GetLog                           the same with ``collect(logType, oldestTimestamp,
                                 latestTimestamp)``; answers Accepted with the file name
                                 (without one when there is nothing: no upload follows);
                                 LogStatusNotification carries the ``requestId``
GetLog while an upload runs      answers AcceptedCanceled; the running upload is cancelled
                                 and reported AcceptedCanceled (2.x) or UploadFailure (1.6)
GetDiagnostics while one runs    the running upload is cancelled (reported UploadFailed,
                                 UploadFailure) and the new one starts
no uploader for the scheme       GetLog: Rejected; GetDiagnostics: empty answer, then
                                 UploadFailed
an attempt fails                 tries again after ``retryInterval`` seconds, ``retries``
                                 times (the component's defaults when absent)
every attempt failed             1.6 UploadFailed; GetLog: the `UploadError.status` of the
                                 last failure (UploadFailure, PermissionDenied, BadMessage,
                                 NotSupportedOperation)
the outcome cannot be sent      it is kept (in the store) and sent at the next connection,
(not connected, no answer)       or after the next Accepted boot if the gate held it back
the station restarts mid-upload  the upload is lost: its failure (UploadFailed, or
                                 UploadFailure with the requestId) is sent as above
TriggerMessage of a status       `report` sends Uploading (with the requestId) while an
notification                     upload runs, else Idle
===============================  ==========================================================

Built-in uploaders (`Uploaders`, `FtpUploader`, `HttpUploader`): ``ftp://`` and ``ftps://``
(explicit TLS) with the standard library's ``ftplib`` in a thread, storing the file under the
location's path taken as a directory; ``http://`` and ``https://`` with ``http.client`` in a
thread, an HTTP POST of the file as ``multipart/form-data`` (field ``file``) to the location,
or a PUT of the bare file. User name and password come from the URL.
"""

from __future__ import annotations

import asyncio
import ftplib
import http.client
import inspect
import logging
import os
import ssl
import uuid
from base64 import b64encode
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from datetime import datetime
from io import BytesIO
from pathlib import Path
from socket import socket
from typing import Any, Final, Protocol
from urllib.parse import SplitResult, quote, unquote, urlsplit

import attrs

from .._clock import sleep
from .._context import CallContext
from .._device import Device
from .._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    LocalProtocolError,
    NotConnectedError,
    RemoteProtocolError,
)
from .._hooks import HookContext
from ..messages._datetime import parse_datetime
from ..registration import NotRegisteredError
from ._store import MemoryStateStore, StateStore

__all__ = [
    "FtpUploader",
    "HttpUploader",
    "LogUploads",
    "UploadError",
    "Uploader",
    "Uploaders",
]

logger = logging.getLogger("ocpp_engine")

COMPONENT: Final = "uploads"
_JOB_KEY: Final = "running"
_UNSENT_KEY: Final = "unsent"
#: How many undelivered outcomes are kept; the oldest go first.
_UNSENT_MAX: Final = 16

Data = bytes | str | os.PathLike[str]
"""What is uploaded: the file's bytes, or the path of a file to read."""

Collect = Callable[
    [str, datetime | None, datetime | None],
    tuple[str, Data] | Awaitable[tuple[str, Data] | None] | None,
]
"""``collect(log_type, oldest, latest) -> (filename, data) | None``, sync or async."""

#: The failure statuses an `UploadError` may carry (2.x UploadLogStatusEnumType).
FAILURE_STATUSES: Final = frozenset(
    {"UploadFailure", "PermissionDenied", "BadMessage", "NotSupportedOperation"}
)


class UploadError(Exception):
    """An upload failed; *status* is the LogStatusNotification status that reports it.

    Args:
        message: what went wrong.
        status: one of ``UploadFailure`` (the default), ``PermissionDenied``, ``BadMessage``,
            ``NotSupportedOperation``. 1.6 GetDiagnostics reports any of them as UploadFailed.

    Raises:
        ValueError: *status* is none of those.
    """

    def __init__(self, message: str, status: str = "UploadFailure") -> None:
        if status not in FAILURE_STATUSES:
            raise ValueError(f"not a failure status: {status!r}")
        super().__init__(message)
        self.status = status


class Uploader(Protocol):
    """Uploads one file to a URL; raises when it cannot.

    Any exception is a failed attempt; `UploadError` tells which failure status to report.
    """

    async def upload(self, url: str, filename: str, data: Data) -> None:
        """Upload *data* (bytes, or a file's path) as *filename* to *url*.

        Raises:
            UploadError: the upload failed (other exceptions count as UploadFailure).
        """


def _read(data: Data) -> bytes:
    if isinstance(data, bytes):
        return data
    return Path(data).read_bytes()


def _split(url: str, schemes: tuple[str, ...]) -> SplitResult:
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  # raises ValueError on a bad port
    except ValueError as exc:
        raise UploadError(f"bad URL {url!r}: {exc}", "BadMessage") from None
    if parts.scheme.lower() not in schemes or not parts.hostname:
        raise UploadError(f"bad URL {url!r}", "BadMessage")
    return parts


class _FtpTls(ftplib.FTP_TLS):
    """``FTP_TLS`` whose protected data connections resume the control connection's session.

    A server may refuse a data connection that does not (RFC 4217 section 10.2): vsftpd does
    by default (``require_ssl_reuse``), so does FileZilla Server; ``ftplib`` alone does not.
    """

    def ntransfercmd(self, cmd: str, rest: int | str | None = None) -> tuple[socket, int | None]:
        conn, size = ftplib.FTP.ntransfercmd(self, cmd, rest)
        if getattr(self, "_prot_p", False) and isinstance(self.sock, ssl.SSLSocket):
            session = self.sock.session
            conn = self.context.wrap_socket(conn, server_hostname=self.host, session=session)
        return conn, size


class FtpUploader:
    """Uploads by FTP, or FTPS with explicit TLS (``AUTH TLS``), with ``ftplib`` in a thread.

    The location's path is a directory, relative to the login directory (RFC 1738): the file
    is stored as ``<path>/<filename>`` (``ftp://user:pass@host:21/logs/``). Without a user
    name in the URL the login is anonymous. Data connections are passive. FTPS is explicit
    (``AUTH TLS`` before the login, port 21 by default; implicit FTPS is not supported), checks
    the server's certificate, protects the data connections (``PROT P``) and resumes the
    control connection's TLS session on them (RFC 4217 section 10.2).

    | what goes wrong | `UploadError.status` |
    |---|---|
    | login refused (530), or a permission error (550, 553) | PermissionDenied |
    | another FTP error reply | UploadFailure |
    | the host cannot be reached, or the connection breaks | UploadFailure |
    | a URL without a host, a bad port | BadMessage |

    Args:
        tls: upload ``ftp://`` URLs with FTPS too; ``ftps://`` URLs always are (with
            ``ftplib.FTP_TLS``, data channel protected too), never in the clear.
        context: the TLS context for FTPS; the default verifies the server.
        timeout: the socket timeout in seconds (network time, not the device's clock).
    """

    def __init__(
        self, *, tls: bool = False, context: ssl.SSLContext | None = None, timeout: float = 60.0
    ) -> None:
        self.tls = tls
        self.context = context
        self.timeout = timeout

    async def upload(self, url: str, filename: str, data: Data) -> None:
        """Store *data* as *filename* in the directory of *url*.

        Raises:
            UploadError: see the table of the class.
        """
        parts = _split(url, ("ftp", "ftps"))
        await asyncio.to_thread(self._put, parts, filename, data)

    def _put(self, parts: SplitResult, filename: str, data: Data) -> None:
        ftp: ftplib.FTP
        if self.tls or parts.scheme.lower() == "ftps":
            context = self.context if self.context is not None else ssl.create_default_context()
            ftp = _FtpTls(context=context, timeout=self.timeout)
        else:
            ftp = ftplib.FTP(timeout=self.timeout)
        directory = unquote(parts.path).strip("/")
        target = f"{directory}/{filename}" if directory else filename
        try:
            with ftp:
                ftp.connect(parts.hostname or "", parts.port or 21)
                user = unquote(parts.username) if parts.username else "anonymous"
                ftp.login(user, unquote(parts.password or ""))
                if isinstance(ftp, ftplib.FTP_TLS):
                    ftp.prot_p()
                if isinstance(data, bytes):
                    ftp.storbinary(f"STOR {target}", BytesIO(data))
                else:
                    with open(data, "rb") as file:
                        ftp.storbinary(f"STOR {target}", file)
        except ftplib.error_perm as exc:
            code = str(exc)[:3]
            status = "PermissionDenied" if code in ("530", "550", "553") else "UploadFailure"
            raise UploadError(f"FTP refused: {exc}", status) from exc
        except (ftplib.Error, OSError, EOFError) as exc:
            raise UploadError(f"FTP upload failed: {exc!r}") from exc


class HttpUploader:
    """Uploads by HTTP or HTTPS with ``http.client`` in a thread.

    With ``method="POST"`` (the default) the file is posted to the location as
    ``multipart/form-data``, one part named ``file`` carrying the file name, as a browser or
    ``curl -F`` does; with ``method="PUT"`` the bare file is put at the location, or at
    ``<location>/<filename>`` when the location ends with ``/``. A user name and password in
    the URL are sent as Basic authorization. Redirections are not followed.

    | what goes wrong | `UploadError.status` |
    |---|---|
    | answered 401 or 403 | PermissionDenied |
    | answered anything else but 2xx | UploadFailure |
    | the host cannot be reached | UploadFailure |
    | a URL without a host, a bad port | BadMessage |

    Args:
        method: ``"POST"`` or ``"PUT"``.
        context: the TLS context for HTTPS; the default verifies the server.
        timeout: the socket timeout in seconds (network time, not the device's clock).

    Raises:
        ValueError: *method* is neither POST nor PUT.
    """

    def __init__(
        self, *, method: str = "POST", context: ssl.SSLContext | None = None, timeout: float = 60.0
    ) -> None:
        if method not in ("POST", "PUT"):
            raise ValueError("method must be POST or PUT")
        self.method = method
        self.context = context
        self.timeout = timeout

    async def upload(self, url: str, filename: str, data: Data) -> None:
        """Send *data* as *filename* to *url*.

        Raises:
            UploadError: see the table of the class.
        """
        parts = _split(url, ("http", "https"))
        await asyncio.to_thread(self._send, parts, filename, data)

    def _send(self, parts: SplitResult, filename: str, data: Data) -> None:
        connection: http.client.HTTPConnection
        host, port = parts.hostname or "", parts.port
        if parts.scheme.lower() == "https":
            context = self.context if self.context is not None else ssl.create_default_context()
            connection = http.client.HTTPSConnection(
                host, port, timeout=self.timeout, context=context
            )
        else:
            connection = http.client.HTTPConnection(host, port, timeout=self.timeout)
        path = parts.path or "/"
        headers = {"User-Agent": "ocpp-engine"}
        if parts.username:
            secret = f"{unquote(parts.username)}:{unquote(parts.password or '')}"
            headers["Authorization"] = "Basic " + b64encode(secret.encode()).decode("ascii")
        content = _read(data)
        if self.method == "PUT":
            if path.endswith("/"):
                path += quote(filename)
            body = content
            headers["Content-Type"] = "application/octet-stream"
        else:
            boundary = uuid.uuid4().hex
            name = filename.replace('"', "_").replace("\r", "_").replace("\n", "_")
            body = (
                (
                    f"--{boundary}\r\n"
                    f'Content-Disposition: form-data; name="file"; filename="{name}"\r\n'
                    "Content-Type: application/octet-stream\r\n\r\n"
                ).encode()
                + content
                + f"\r\n--{boundary}--\r\n".encode()
            )
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        if parts.query:
            path += "?" + parts.query
        try:
            connection.request(self.method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.read()
        except (http.client.HTTPException, OSError) as exc:
            raise UploadError(f"HTTP upload failed: {exc!r}") from exc
        finally:
            connection.close()
        if response.status in (401, 403):
            raise UploadError(f"HTTP {response.status} {response.reason}", "PermissionDenied")
        if not 200 <= response.status < 300:
            raise UploadError(f"HTTP {response.status} {response.reason}")


class Uploaders:
    """An `Uploader` that hands each upload to the uploader of its URL's scheme.

    Made with the built-ins: ``ftp`` and ``ftps`` (`FtpUploader`), ``http`` and ``https``
    (`HttpUploader`, POST); `register` adds or replaces one (``sftp``, say).

    Args:
        uploaders: uploaders by scheme, added to (or replacing) the built-ins.
        builtins: whether to start from the built-ins.
    """

    def __init__(
        self, uploaders: Mapping[str, Uploader] | None = None, *, builtins: bool = True
    ) -> None:
        self._by_scheme: dict[str, Uploader] = {}
        if builtins:
            http_uploader = HttpUploader()
            self._by_scheme.update(
                ftp=FtpUploader(),
                ftps=FtpUploader(tls=True),
                http=http_uploader,
                https=http_uploader,
            )
        for scheme, uploader in (uploaders or {}).items():
            self.register(scheme, uploader)

    def register(self, scheme: str, uploader: Uploader) -> None:
        """Upload the URLs of *scheme* (case-insensitive) with *uploader*."""
        self._by_scheme[scheme.lower()] = uploader

    def supports(self, url: str) -> bool:
        """Whether an uploader is registered for the scheme of *url*."""
        return self._for(url) is not None

    def _for(self, url: str) -> Uploader | None:
        scheme, sep, _ = url.partition(":")
        return self._by_scheme.get(scheme.lower()) if sep else None

    async def upload(self, url: str, filename: str, data: Data) -> None:
        """Upload with the uploader of *url*'s scheme.

        Raises:
            UploadError: no uploader for the scheme (NotSupportedOperation), or whatever the
                uploader raises.
        """
        uploader = self._for(url)
        if uploader is None:
            raise UploadError(f"no uploader for {url!r}", "NotSupportedOperation")
        await uploader.upload(url, filename, data)


@attrs.frozen
class _Job:
    """One upload: what, where, how often."""

    action: str  # the status notification: DiagnosticsStatusNotification or LogStatusNotification
    request_id: int | None
    location: str
    filename: str
    data: Data = attrs.field(repr=False)
    retries: int
    retry_interval: float


def _time(value: Any) -> datetime | None:
    """An RFC 3339 date-time of the request as an aware datetime; ``None`` when unreadable."""
    if not isinstance(value, str):
        return None
    try:
        return parse_datetime(value)
    except ValueError:
        return None


class LogUploads:
    """GetDiagnostics and GetLog of a station; create it with `attach`.

    Args:
        device: the station's device.
        collect: ``collect(log_type, oldest, latest)``, sync or async: the file to upload as
            ``(filename, data)`` (*data* bytes or a file's path), or ``None`` when there is no
            log. *log_type* is ``DiagnosticsLog`` for GetDiagnostics; *oldest* and *latest* are
            aware datetimes, or ``None`` when the request gives none. An exception counts as
            ``None`` (and is logged).
        uploader: the `Uploader`; by default `Uploaders` with the built-ins.
        store: where the running upload and the outcomes not sent yet are kept (component
            ``"uploads"``), so that a restart reports a lost upload; by default in memory.
        retries: how many times to try again when the request does not say.
        retry_interval: the seconds between attempts when the request does not say.

    Attributes:
        uploader: see the argument.
        attempts: how many upload attempts were made, in all.

    Raises:
        ValueError: *retries* is negative or *retry_interval* is negative.
    """

    def __init__(
        self,
        device: Device,
        *,
        collect: Collect,
        uploader: Uploader | None = None,
        store: StateStore | None = None,
        retries: int = 2,
        retry_interval: float = 60.0,
    ) -> None:
        if retries < 0 or retry_interval < 0:
            raise ValueError("retries and retry_interval must not be negative")
        self.device = device
        self.collect = collect
        self.uploader: Uploader = uploader if uploader is not None else Uploaders()
        self.store: StateStore = store if store is not None else MemoryStateStore()
        self.retries = retries
        self.retry_interval = retry_interval
        self.attempts = 0
        self._job: _Job | None = None
        self._task: asyncio.Task[None] | None = None
        self._hooks: list[tuple[str, Callable[[HookContext], Any]]] = []
        self._flushing: asyncio.Task[None] | None = None
        self._switching = 0  # replies sent whose job has not started yet
        self._lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()
        state = self.store.load(COMPONENT)
        kept = state.get(_UNSENT_KEY)
        self._unsent: list[dict[str, Any]] = [
            entry
            for entry in (kept if isinstance(kept, list) else [])
            if isinstance(entry, dict) and entry.get("action") in _LOST
        ]
        running = state.get(_JOB_KEY)
        if isinstance(running, dict) and running.get("action") in _LOST:
            action = running["action"]  # the station stopped during this upload: it is lost
            self._unsent.append(_outcome(action, _LOST[action], running.get("requestId")))
            self.store.put(COMPONENT, _UNSENT_KEY, self._unsent)
        if running is not None:
            self.store.delete(COMPONENT, _JOB_KEY)

    @classmethod
    def attach(cls, device: Device, **options: Any) -> LogUploads:
        """Create the component and handle GetDiagnostics and GetLog on *device*.

        Args:
            device: the station's device.
            **options: the other arguments of `LogUploads` (*collect* is required).

        Returns:
            the component, in force.

        Raises:
            ValueError: see `LogUploads`.
            TypeError: *collect* is missing.
        """
        self = cls(device, **options)
        device.on("GetDiagnostics", self._on_get_diagnostics)
        device.on("GetLog", self._on_get_log)
        wanted: list[tuple[str, Callable[[HookContext], Any]]] = [
            ("connected", self._connected),
            ("execute_call_result_handler", self._answered),
        ]
        for name, fn in wanted:
            device.hooks.after(name, fn)
            self._hooks.append((name, fn))
        if device.is_connected:
            self._flush()
        return self

    def detach(self) -> None:
        """Stop sending kept outcomes at connection; a running upload goes on.

        The GetDiagnostics and GetLog handlers stay registered: a device cannot remove one.
        """
        for name, fn in self._hooks:
            self.device.hooks.remove(name, fn)
        self._hooks.clear()

    @property
    def uploading(self) -> bool:
        """Whether an upload is running (between its Uploading and its outcome)."""
        return self._job is not None

    async def report(self, action: str) -> None:
        """Send the status notification *action* now, as a TriggerMessage asks.

        ``DiagnosticsStatusNotification`` (1.6): Uploading while a GetDiagnostics upload runs,
        else Idle. ``LogStatusNotification``: Uploading with the requestId while a GetLog
        upload runs, else Idle without one. A failure to send is logged, not raised.

        Example:
            ```python
            def on_trigger(payload, ctx):
                ctx.after_reply(uploads.report, payload["requestedMessage"])
                return {"status": "Accepted"}
            ```

        Raises:
            ValueError: *action* is neither of those.
        """
        if action not in ("DiagnosticsStatusNotification", "LogStatusNotification"):
            raise ValueError(f"not an upload status notification: {action!r}")
        job = self._job
        if job is not None and job.action == action:
            await self._notify(action, "Uploading", job.request_id)
        else:
            await self._notify(action, "Idle", None)

    # -- requests -----------------------------------------------------------------------------

    async def _collect(
        self, log_type: str, oldest: datetime | None, latest: datetime | None
    ) -> tuple[str, Data] | None:
        try:
            found = self.collect(log_type, oldest, latest)
            if inspect.isawaitable(found):
                found = await found
            if found is None:
                return None
            filename, data = found
            if not isinstance(data, (bytes, str, os.PathLike)):
                raise TypeError(f"collect gave {type(data).__name__}, not bytes or a path")
        except Exception as exc:
            logger.error("ocpp_engine: collecting the %s failed", log_type, exc_info=exc)
            return None
        return str(filename), data

    def _supports(self, url: str) -> bool:
        uploader = self.uploader
        return uploader.supports(url) if isinstance(uploader, Uploaders) else True

    def _counts(self, payload: Mapping[str, Any]) -> tuple[int, float]:
        retries = payload.get("retries")
        interval = payload.get("retryInterval")
        return (
            retries if isinstance(retries, int) and retries >= 0 else self.retries,
            float(interval) if isinstance(interval, int) and interval >= 0 else self.retry_interval,
        )

    async def _on_get_diagnostics(
        self, payload: dict[str, Any], ctx: CallContext
    ) -> dict[str, Any]:
        location = str(payload.get("location", ""))
        found = await self._collect(
            "DiagnosticsLog", _time(payload.get("startTime")), _time(payload.get("stopTime"))
        )
        if found is None:
            return {}
        if not self._supports(location):
            failed = ("DiagnosticsStatusNotification", "UploadFailed", None)
            ctx.after_reply(self._spawn, self._conclude, *failed)
            return {}
        retries, interval = self._counts(payload)
        filename, data = found
        job = _Job(
            "DiagnosticsStatusNotification", None, location, filename, data, retries, interval
        )
        ctx.after_reply(self._start, job)
        return {"fileName": filename[:255]}

    async def _on_get_log(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        log = payload.get("log") or {}
        location = str(log.get("remoteLocation", ""))
        request_id = payload.get("requestId")
        if not self._supports(location):
            return {"status": "Rejected"}
        found = await self._collect(
            str(payload.get("logType", "DiagnosticsLog")),
            _time(log.get("oldestTimestamp")),
            _time(log.get("latestTimestamp")),
        )
        busy = self._job is not None or self._switching > 0
        status = "AcceptedCanceled" if busy else "Accepted"
        if found is None:
            ctx.after_reply(self._start, None)
            return {"status": status}
        retries, interval = self._counts(payload)
        filename, data = found
        job = _Job(
            "LogStatusNotification",
            request_id if isinstance(request_id, int) else None,
            location,
            filename,
            data,
            retries,
            interval,
        )
        ctx.after_reply(self._start, job)
        return {"status": status, "filename": filename[:255]}

    # -- the upload ---------------------------------------------------------------------------

    def _spawn(self, work: Callable[..., Coroutine[Any, Any, None]], *args: Any) -> None:
        """Run ``work(*args)`` in a task of the component's: a disconnection does not cancel it."""
        task = asyncio.get_running_loop().create_task(work(*args))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _start(self, job: _Job | None) -> None:
        """After the reply: cancel the running upload and start *job*, one switch at a time."""
        self._switching += 1
        self._spawn(self._switch, job)

    async def _switch(self, job: _Job | None) -> None:
        try:
            async with self._lock:
                await self._replace(job)
        finally:
            self._switching -= 1

    async def _replace(self, job: _Job | None) -> None:
        """Cancel the running upload (reporting it), then start *job*."""
        old, task = self._job, self._task
        if old is not None and task is not None and not task.done():
            task.cancel()  # a task without a job is only sending its outcome: let it
            await asyncio.gather(task, return_exceptions=True)
        if old is not None:
            self._finish(old)
            await self._conclude(old.action, self._cancelled_status(old), old.request_id)
        self._task = None
        if job is not None:
            self._job = job
            self.store.put(COMPONENT, _JOB_KEY, {"action": job.action, "requestId": job.request_id})
            self._task = asyncio.get_running_loop().create_task(self._run(job))

    def _cancelled_status(self, job: _Job) -> str:
        if job.action == "DiagnosticsStatusNotification":
            return "UploadFailed"
        version = self.device.version
        if version is not None and version.value != "ocpp1.6":
            return "AcceptedCanceled"
        return "UploadFailure"

    def _finish(self, job: _Job) -> None:
        if self._job is job:
            self._job = None
            self.store.delete(COMPONENT, _JOB_KEY)

    async def _run(self, job: _Job) -> None:
        await self._notify(job.action, "Uploading", job.request_id)
        failure = "UploadFailure"
        for attempt in range(1 + job.retries):
            if attempt:
                await sleep(self.device.clock, job.retry_interval)
            self.attempts += 1
            try:
                await self.uploader.upload(job.location, job.filename, job.data)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                failure = exc.status if isinstance(exc, UploadError) else "UploadFailure"
                logger.info(
                    "ocpp_engine: upload of %s failed (attempt %d of %d): %s",
                    job.filename,
                    attempt + 1,
                    1 + job.retries,
                    exc,
                )
            else:
                self._finish(job)
                await self._conclude(job.action, "Uploaded", job.request_id)
                return
        self._finish(job)
        if job.action == "DiagnosticsStatusNotification":
            failure = "UploadFailed"
        await self._conclude(job.action, failure, job.request_id)

    async def _notify(self, action: str, status: str, request_id: int | None) -> bool:
        """Send a status notification; ``False`` when it should be sent again later."""
        try:
            await self.device.call(action, _outcome(action, status, request_id)["payload"])
        except (
            NotConnectedError,
            ConnectionClosedError,
            CallTimeoutError,
            NotRegisteredError,
        ) as exc:
            logger.info("ocpp_engine: %s %s not delivered: %s", action, status, exc)
            return False
        except (CallError, RemoteProtocolError, LocalProtocolError) as exc:
            logger.warning("ocpp_engine: %s %s refused: %s", action, status, exc)
        return True

    # -- outcomes that could not be sent ------------------------------------------------------

    async def _conclude(self, action: str, status: str, request_id: int | None) -> None:
        """Send the outcome of an upload; keep it for the next connection when it cannot go."""
        if self._unsent:  # after the outcomes still waiting, in order
            self._keep(_outcome(action, status, request_id))
            self._flush()
        elif not await self._notify(action, status, request_id):
            self._keep(_outcome(action, status, request_id))

    def _keep(self, entry: dict[str, Any]) -> None:
        self._unsent.append(entry)
        del self._unsent[:-_UNSENT_MAX]
        self.store.put(COMPONENT, _UNSENT_KEY, self._unsent)

    def _connected(self, ctx: HookContext) -> None:
        self._flush()

    def _answered(self, ctx: HookContext) -> None:
        """After an Accepted boot, send what the registration gate held back."""
        if ctx.action == "BootNotification" and ctx.exception is None:
            result = ctx.result
            if isinstance(result, dict) and result.get("status") == "Accepted":
                self._flush()

    def _flush(self) -> None:
        if self._unsent and self._flushing is None and self.device.is_connected:
            self._flushing = asyncio.get_running_loop().create_task(self._send_unsent())

    async def _send_unsent(self) -> None:
        try:
            while self._unsent:
                entry = self._unsent[0]
                payload = entry["payload"]
                if not await self._notify(
                    entry["action"], payload["status"], payload.get("requestId")
                ):
                    return
                self._unsent.pop(0)
                if self._unsent:
                    self.store.put(COMPONENT, _UNSENT_KEY, self._unsent)
                else:
                    self.store.delete(COMPONENT, _UNSENT_KEY)
        finally:
            self._flushing = None


def _outcome(action: str, status: str, request_id: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"status": status}
    if isinstance(request_id, int):
        payload["requestId"] = request_id
    return {"action": action, "payload": payload}


#: The status that reports an upload a restart interrupted.
_LOST: Final = {
    "DiagnosticsStatusNotification": "UploadFailed",
    "LogStatusNotification": "UploadFailure",
}
