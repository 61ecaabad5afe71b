"""Log and diagnostics uploads of the station kit, on a fake clock with a fake uploader."""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import CallContext, Device
from ocpp_engine.registration import RegistrationGate
from ocpp_engine.station import SQLiteStateStore, StateStore
from ocpp_engine.station.uploads import (
    FtpUploader,
    HttpUploader,
    LogUploads,
    UploadError,
    Uploaders,
)
from ocpp_engine.testing import FakeClock, Pipe, connect, sequential_ids

VERSIONS = ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"]
LOG = b"12:00 all is well\n"


class FakeUploader:
    """Records every attempt; fails the first *failures* ones, or waits on *gate*."""

    def __init__(self, failures: int = 0, error: Exception | None = None) -> None:
        self.failures = failures
        self.error = error if error is not None else UploadError("refused")
        self.calls: list[tuple[str, str, Any]] = []
        self.gate: asyncio.Event | None = None

    async def upload(self, url: str, filename: str, data: Any) -> None:
        self.calls.append((url, filename, data))
        if self.gate is not None:
            await self.gate.wait()
        if len(self.calls) <= self.failures:
            raise self.error


class Rig:
    """A station with `LogUploads`, and a CSMS that records what it receives."""

    def __init__(
        self,
        version: str,
        uploader: Any,
        *,
        store: StateStore | None = None,
        nothing: bool = False,
        **options: Any,
    ) -> None:
        self.version = version
        self.clock = FakeClock()
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.asked: list[tuple[str, datetime | None, datetime | None]] = []
        self.csms = Device(
            lambda raw: None,
            {"*": self.answer},
            version=version,
            role="csms",
            id_factory=sequential_ids("csms"),
        )
        self.device = Device(
            lambda raw: None,
            version=version,
            role="charging_station",
            clock=self.clock,
            id_factory=sequential_ids("cs"),
        )
        self.nothing = nothing
        self.hold: asyncio.Event | None = None

        def collect(
            log_type: str, oldest: datetime | None, latest: datetime | None
        ) -> tuple[str, bytes] | None:
            self.asked.append((log_type, oldest, latest))
            return None if self.nothing else (f"{log_type}.log", LOG)

        options.setdefault("retries", 0)
        self.uploads = LogUploads.attach(
            self.device, collect=collect, uploader=uploader, store=store, **options
        )
        self.pipe: Pipe | None = None

    async def answer(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if ctx.action == "BootNotification":
            return {"status": "Accepted", "currentTime": "2024-01-01T00:00:00Z", "interval": 60}
        self.received.append((ctx.action, payload))
        if self.hold is not None and payload["status"] == "AcceptedCanceled":
            await self.hold.wait()  # the answer never comes
        return {}

    async def connect(self) -> None:
        self.pipe = connect(self.csms, self.device, self.version, labels=("csms", "cs"))
        await self.settle()

    async def settle(self) -> None:
        for _ in range(3):
            if self.pipe is not None and self.pipe.open:
                await self.pipe.settle()
            for _ in range(20):
                await asyncio.sleep(0)

    async def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        await self.settle()

    async def ask(self, action: str, payload: dict[str, Any]) -> Any:
        answer = await self.csms.call(action, payload)
        await self.settle()
        return answer

    def statuses(self) -> list[tuple[str, Any]]:
        return [(p["status"], p.get("requestId")) for _, p in self.received]


def get_log(request_id: int, location: str = "ftp://logs.example/cs1/", **extra: Any) -> Any:
    log = {"remoteLocation": location, "oldestTimestamp": "2024-01-01T00:00:00Z"}
    return {"logType": "DiagnosticsLog", "requestId": request_id, "log": log, **extra}


async def test_get_diagnostics_answers_the_file_name_then_uploads_and_reports() -> None:
    uploader = FakeUploader()
    rig = Rig("ocpp1.6", uploader)
    await rig.connect()
    answer = await rig.ask(
        "GetDiagnostics",
        {
            "location": "ftp://u:p@logs.example/cs1/",
            "startTime": "2024-01-01T00:00:00Z",
            "stopTime": "2024-01-01T23:59:59.1234567+01:00",
        },
    )
    assert answer == {"fileName": "DiagnosticsLog.log"}
    start = datetime(2024, 1, 1, tzinfo=timezone.utc)
    stop = datetime(2024, 1, 1, 22, 59, 59, 123456, tzinfo=timezone.utc)
    assert rig.asked == [("DiagnosticsLog", start, stop)]
    assert uploader.calls == [("ftp://u:p@logs.example/cs1/", "DiagnosticsLog.log", LOG)]
    assert rig.received == [
        ("DiagnosticsStatusNotification", {"status": "Uploading"}),
        ("DiagnosticsStatusNotification", {"status": "Uploaded"}),
    ]
    assert not rig.uploads.uploading


async def test_get_diagnostics_with_nothing_to_upload_answers_empty() -> None:
    uploader = FakeUploader()
    rig = Rig("ocpp1.6", uploader, nothing=True)
    await rig.connect()
    assert await rig.ask("GetDiagnostics", {"location": "ftp://logs.example/"}) == {}
    assert rig.asked == [("DiagnosticsLog", None, None)]
    assert uploader.calls == [] and rig.received == []


async def test_failed_attempts_are_retried_on_the_device_clock() -> None:
    uploader = FakeUploader(failures=10)
    rig = Rig("ocpp1.6", uploader)
    await rig.connect()
    payload = {"location": "ftp://logs.example/", "retries": 2, "retryInterval": 60}
    await rig.ask("GetDiagnostics", payload)
    assert len(uploader.calls) == 1 and rig.statuses() == [("Uploading", None)]
    await rig.advance(59.9)
    assert len(uploader.calls) == 1
    await rig.advance(0.1)
    assert len(uploader.calls) == 2
    await rig.advance(60)
    assert len(uploader.calls) == 3  # the first attempt and two retries
    assert rig.statuses() == [("Uploading", None), ("UploadFailed", None)]
    await rig.advance(600)
    assert len(uploader.calls) == 3 and rig.uploads.attempts == 3


async def test_an_attempt_that_succeeds_after_failures_reports_uploaded() -> None:
    uploader = FakeUploader(failures=1, error=OSError("no route"))
    rig = Rig("ocpp2.0.1", uploader, retries=3, retry_interval=5)  # the request gives none
    await rig.connect()
    assert await rig.ask("GetLog", get_log(7)) == {
        "status": "Accepted",
        "filename": "DiagnosticsLog.log",
    }
    await rig.advance(5)
    assert len(uploader.calls) == 2
    assert rig.statuses() == [("Uploading", 7), ("Uploaded", 7)]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("log_type", ["DiagnosticsLog", "SecurityLog"])
async def test_get_log_uploads_and_reports_with_the_request_id(version: str, log_type: str) -> None:
    uploader = FakeUploader()
    rig = Rig(version, uploader)
    await rig.connect()
    request = get_log(42, "https://logs.example/upload", logType=log_type)
    answer = await rig.ask("GetLog", request)
    assert answer == {"status": "Accepted", "filename": f"{log_type}.log"}
    oldest = datetime(2024, 1, 1, tzinfo=timezone.utc)
    assert rig.asked == [(log_type, oldest, None)]
    assert uploader.calls == [("https://logs.example/upload", f"{log_type}.log", LOG)]
    assert [a for a, _ in rig.received] == ["LogStatusNotification"] * 2
    assert rig.statuses() == [("Uploading", 42), ("Uploaded", 42)]


@pytest.mark.parametrize(
    "status", ["UploadFailure", "PermissionDenied", "BadMessage", "NotSupportedOperation"]
)
async def test_a_failed_get_log_reports_the_status_of_the_last_error(status: str) -> None:
    uploader = FakeUploader(failures=2, error=UploadError("no", status))
    rig = Rig("ocpp2.0.1", uploader)
    await rig.connect()
    await rig.ask("GetLog", get_log(3, retries=1, retryInterval=1))
    await rig.advance(1)
    assert len(uploader.calls) == 2
    assert rig.statuses() == [("Uploading", 3), (status, 3)]


async def test_a_get_log_with_no_log_is_accepted_without_a_file_name() -> None:
    uploader = FakeUploader()
    rig = Rig("ocpp2.0.1", uploader, nothing=True)
    await rig.connect()
    assert await rig.ask("GetLog", get_log(1)) == {"status": "Accepted"}
    assert uploader.calls == [] and rig.received == []


@pytest.mark.parametrize("found", [RuntimeError("disk gone"), ("a.log", 42), "a.log"])
async def test_a_collect_that_fails_counts_as_no_log(
    found: Any, caplog: pytest.LogCaptureFixture
) -> None:
    def collect(log_type: str, oldest: Any, latest: Any) -> Any:
        if isinstance(found, Exception):
            raise found
        return found

    uploader = FakeUploader()
    rig = Rig("ocpp1.6", uploader)
    rig.uploads.collect = collect
    await rig.connect()
    assert await rig.ask("GetDiagnostics", {"location": "ftp://logs.example/"}) == {}
    assert await rig.ask("GetLog", get_log(1)) == {"status": "Accepted"}
    assert uploader.calls == [] and rig.received == []
    assert "collecting the DiagnosticsLog failed" in caplog.text


@pytest.mark.parametrize("version", VERSIONS)
async def test_a_new_get_log_cancels_the_running_upload(version: str) -> None:
    uploader = FakeUploader()
    uploader.gate = asyncio.Event()
    rig = Rig(version, uploader)
    await rig.connect()
    assert (await rig.ask("GetLog", get_log(1)))["status"] == "Accepted"
    assert rig.uploads.uploading and rig.statuses() == [("Uploading", 1)]
    assert (await rig.ask("GetLog", get_log(2)))["status"] == "AcceptedCanceled"
    cancelled = "UploadFailure" if version == "ocpp1.6" else "AcceptedCanceled"
    assert rig.statuses() == [("Uploading", 1), (cancelled, 1), ("Uploading", 2)]
    uploader.gate.set()
    await rig.settle()
    assert rig.statuses()[-1] == ("Uploaded", 2)
    assert len(rig.received) == 4 and len(uploader.calls) == 2


async def test_a_disconnection_while_cancelling_still_starts_the_new_upload() -> None:
    uploader = FakeUploader()
    uploader.gate = asyncio.Event()
    rig = Rig("ocpp2.0.1", uploader)
    rig.hold = asyncio.Event()
    await rig.connect()
    await rig.ask("GetLog", get_log(1))
    answer = await rig.csms.call("GetLog", get_log(2))
    assert answer["status"] == "AcceptedCanceled"
    for _ in range(50):  # not settle: the central system holds its answer back for good
        await asyncio.sleep(0)
    assert rig.statuses() == [("Uploading", 1), ("AcceptedCanceled", 1)]  # never answered
    assert rig.pipe is not None
    rig.pipe.close()
    await rig.settle()
    uploader.gate.set()
    await rig.settle()
    assert len(uploader.calls) == 2 and not rig.uploads.uploading
    rig.hold = None
    await rig.connect()  # the outcomes kept: the cancellation (unanswered), then upload 2
    assert rig.statuses()[2:] == [("AcceptedCanceled", 1), ("Uploaded", 2)]


async def test_a_new_get_diagnostics_replaces_the_running_upload() -> None:
    uploader = FakeUploader()
    uploader.gate = asyncio.Event()
    rig = Rig("ocpp1.6", uploader)
    await rig.connect()
    await rig.ask("GetDiagnostics", {"location": "ftp://a.example/"})
    await rig.ask("GetDiagnostics", {"location": "ftp://b.example/"})
    uploader.gate.set()
    await rig.settle()
    assert rig.statuses() == [
        ("Uploading", None),
        ("UploadFailed", None),
        ("Uploading", None),
        ("Uploaded", None),
    ]
    assert [url for url, _, _ in uploader.calls] == ["ftp://a.example/", "ftp://b.example/"]


async def test_a_scheme_without_an_uploader_is_refused() -> None:
    uploader = Uploaders({"sftp": FakeUploader()}, builtins=False)
    rig = Rig("ocpp2.0.1", uploader)
    await rig.connect()
    assert await rig.ask("GetLog", get_log(1, "ftp://logs.example/")) == {"status": "Rejected"}
    assert rig.received == [] and rig.asked == []
    assert (await rig.ask("GetLog", get_log(2, "sftp://logs.example/")))["status"] == "Accepted"
    assert rig.statuses() == [("Uploading", 2), ("Uploaded", 2)]

    rig16 = Rig("ocpp1.6", Uploaders(builtins=False))
    await rig16.connect()
    assert await rig16.ask("GetDiagnostics", {"location": "gopher://logs.example/"}) == {}
    assert rig16.statuses() == [("UploadFailed", None)]


@pytest.mark.parametrize("version", VERSIONS)
async def test_report_sends_idle_or_the_running_upload(version: str) -> None:
    uploader = FakeUploader()
    uploader.gate = asyncio.Event()
    rig = Rig(version, uploader)
    await rig.connect()
    await rig.uploads.report("LogStatusNotification")
    assert rig.received == [("LogStatusNotification", {"status": "Idle"})]
    await rig.ask("GetLog", get_log(9))
    await rig.uploads.report("LogStatusNotification")
    assert rig.statuses()[-1] == ("Uploading", 9)
    if version == "ocpp1.6":
        await rig.uploads.report("DiagnosticsStatusNotification")  # not a GetDiagnostics
        assert rig.received[-1] == ("DiagnosticsStatusNotification", {"status": "Idle"})
    with pytest.raises(ValueError, match="not an upload status"):
        await rig.uploads.report("Heartbeat")


async def test_report_answers_a_trigger_message() -> None:
    uploader = FakeUploader()
    uploader.gate = asyncio.Event()
    rig = Rig("ocpp1.6", uploader)

    def on_trigger(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ctx.after_reply(rig.uploads.report, payload["requestedMessage"])
        return {"status": "Accepted"}

    rig.device.on("TriggerMessage", on_trigger)
    await rig.connect()
    await rig.ask("GetDiagnostics", {"location": "ftp://logs.example/"})
    await rig.ask("TriggerMessage", {"requestedMessage": "DiagnosticsStatusNotification"})
    assert rig.statuses() == [("Uploading", None), ("Uploading", None)]


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_an_upload_cut_by_a_restart_is_reported_failed(version: str, tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    uploader = FakeUploader()
    uploader.gate = asyncio.Event()  # the upload never ends: power is lost during it
    store = SQLiteStateStore(path)
    rig = Rig(version, uploader, store=store)
    await rig.connect()
    if version == "ocpp1.6":
        await rig.ask("GetDiagnostics", {"location": "ftp://logs.example/"})
        lost = ("DiagnosticsStatusNotification", {"status": "UploadFailed"})
    else:
        await rig.ask("GetLog", get_log(5))
        lost = ("LogStatusNotification", {"status": "UploadFailure", "requestId": 5})
    assert rig.uploads.uploading
    assert rig.pipe is not None
    rig.pipe.close()
    store.close()

    store = SQLiteStateStore(path)  # the station starts again
    again = Rig(version, FakeUploader(), store=store)
    assert again.received == []
    await again.connect()
    assert again.received == [lost]
    store.close()

    store = SQLiteStateStore(path)  # reported once, not at every start
    third = Rig(version, FakeUploader(), store=store)
    await third.connect()
    assert third.received == []
    store.close()


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_an_outcome_that_cannot_be_sent_waits_for_the_next_connection(
    version: str, tmp_path: Path
) -> None:
    uploader = FakeUploader()
    uploader.gate = asyncio.Event()
    store = SQLiteStateStore(tmp_path / "state.db")
    rig = Rig(version, uploader, store=store)
    await rig.connect()
    await rig.ask("GetLog", get_log(6))
    assert rig.pipe is not None
    rig.pipe.close()  # the link drops during the upload, which goes on
    await rig.settle()
    uploader.gate.set()
    await rig.settle()
    assert rig.statuses() == [("Uploading", 6)] and not rig.uploads.uploading
    await rig.connect()
    assert rig.statuses() == [("Uploading", 6), ("Uploaded", 6)]
    store.close()

    store = SQLiteStateStore(tmp_path / "state.db")  # sent: not kept any more
    again = Rig(version, FakeUploader(), store=store)
    await again.connect()
    assert again.received == []
    store.close()


async def test_a_lost_upload_is_reported_once_the_gate_lets_it_through(tmp_path: Path) -> None:
    path = tmp_path / "state.db"
    store = SQLiteStateStore(path)
    store.put("uploads", "running", {"action": "LogStatusNotification", "requestId": 3})
    rig = Rig("ocpp2.0.1", FakeUploader(), store=store)
    gate = RegistrationGate.attach(rig.device, side="charging_station")
    await rig.connect()
    assert rig.received == []  # held back: the station is not registered yet
    boot = {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}
    await gate.boot(boot)
    await rig.settle()
    assert rig.received == [("LogStatusNotification", {"status": "UploadFailure", "requestId": 3})]
    assert store.load("uploads") == {}
    store.close()


async def test_uploaders_route_by_scheme() -> None:
    sftp = FakeUploader()
    uploaders = Uploaders({"SFTP": sftp})
    assert uploaders.supports("sftp://host/x") and uploaders.supports("FTPS://host/")
    assert not uploaders.supports("gopher://host/") and not uploaders.supports("no-scheme")
    await uploaders.upload("sftp://host/dir/", "a.log", b"x")
    assert sftp.calls == [("sftp://host/dir/", "a.log", b"x")]
    with pytest.raises(UploadError) as info:
        await uploaders.upload("gopher://host/", "a.log", b"x")
    assert info.value.status == "NotSupportedOperation"
    mine = FakeUploader()
    uploaders.register("ftp", mine)
    await uploaders.upload("ftp://host/", "b.log", b"y")
    assert mine.calls == [("ftp://host/", "b.log", b"y")]


@pytest.mark.parametrize(
    "url", ["ftp:///no-host/", "ftp://host:99999/", "http://host:port/", "https:///x"]
)
async def test_a_bad_url_is_a_bad_message(url: str) -> None:
    uploader = FtpUploader() if url.startswith("ftp") else HttpUploader()
    with pytest.raises(UploadError) as info:
        await uploader.upload(url, "a.log", b"x")
    assert info.value.status == "BadMessage"


def test_bad_arguments_are_refused() -> None:
    with pytest.raises(ValueError, match="failure status"):
        UploadError("x", "Uploaded")
    with pytest.raises(ValueError, match="POST or PUT"):
        HttpUploader(method="GET")
    with pytest.raises(ValueError, match="negative"):
        LogUploads(Device(lambda raw: None), collect=lambda *a: None, retries=-1)
