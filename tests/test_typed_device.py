"""Typed messages through the Device: typed calls, typed handlers, for every version."""

from __future__ import annotations

import asyncio
import datetime
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import CallContext, CallError, Device, LocalProtocolError, Validation
from ocpp_engine.errors import FormatViolationError
from ocpp_engine.messages import v16, v21, v201
from ocpp_engine.testing import Peer, connect, sequential_ids

from . import typed_deferred_handlers as deferred

ROOT = Path(__file__).resolve().parent.parent
UTC = datetime.timezone.utc
NOW = datetime.datetime(2024, 1, 1, 12, 0, tzinfo=UTC)

BOOTS: dict[str, Any] = {
    "ocpp1.6": v16.BootNotificationRequest(charge_point_vendor="ACME", charge_point_model="X1"),
    "ocpp2.0.1": v201.BootNotificationRequest(
        charging_station=v201.ChargingStation(model="X1", vendor_name="ACME"),
        reason=v201.BootReasonEnum.POWER_UP,
    ),
    "ocpp2.1": v21.BootNotificationRequest(
        charging_station=v21.ChargingStation(model="X1", vendor_name="ACME"),
        reason=v21.BootReasonEnum.POWER_UP,
    ),
}
MODULES: dict[str, Any] = {"ocpp1.6": v16, "ocpp2.0.1": v201, "ocpp2.1": v21}


def accepted(version: str) -> Any:
    module = MODULES[version]
    status = module.RegistrationStatus if version == "ocpp1.6" else module.RegistrationStatusEnum
    return module.BootNotificationResponse(current_time=NOW, interval=300, status=status.ACCEPTED)


def on_boot_any(
    request: v16.BootNotificationRequest
    | v201.BootNotificationRequest
    | v21.BootNotificationRequest,
    ctx: CallContext,
) -> Any:
    seen.append(request)
    return accepted(ctx.version.value)


seen: list[Any] = []


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"])
async def test_typed_call_and_typed_handler(version: str) -> None:
    seen.clear()
    csms = Device(
        lambda raw: None,
        {
            "BootNotification": on_boot_any,
            "Heartbeat": lambda p, c: {"currentTime": "2024-01-01T00:00:00Z"},
        },
    )
    station = Device(lambda raw: None, id_factory=sequential_ids())
    pipe = connect(station, csms, version)
    answer = await station.call(BOOTS[version])
    module = MODULES[version]
    assert isinstance(answer, module.BootNotificationResponse)
    assert answer == accepted(version)
    assert seen == [BOOTS[version]]
    assert type(seen[0]) is type(BOOTS[version])
    # the wire carries camelCase names and RFC 3339 times, nothing typed
    frames = [raw for _, raw in pipe.frames]
    assert '"currentTime":"2024-01-01T12:00:00Z"' in frames[1]
    heartbeat = await station.call(module.HeartbeatRequest())
    assert heartbeat == module.HeartbeatResponse(
        current_time=datetime.datetime(2024, 1, 1, tzinfo=UTC)
    )


async def test_plain_and_typed_handlers_and_calls_mix() -> None:
    async def on_heartbeat(request: v201.HeartbeatRequest, ctx: CallContext) -> dict[str, Any]:
        await asyncio.sleep(0)
        return {"currentTime": "2024-01-01T00:00:00Z"}  # a typed handler may return a dict

    csms = Device(
        lambda raw: None,
        {
            "BootNotification": lambda p, c: {
                "status": "Accepted",
                "interval": 5,
                "currentTime": "2024-01-01T00:00:00Z",
            }
        },
    )
    csms.on(v201.HeartbeatRequest, on_heartbeat)  # the class names the action
    station = Device(lambda raw: None)
    connect(station, csms, "ocpp2.0.1")
    typed = await station.call(BOOTS["ocpp2.0.1"])
    assert typed.interval == 5 and typed.current_time == datetime.datetime(2024, 1, 1, tzinfo=UTC)
    result = await station.call(v201.HeartbeatRequest())
    assert isinstance(result, v201.HeartbeatResponse)
    assert await station.call("Heartbeat") == {"currentTime": "2024-01-01T00:00:00Z"}


async def test_typed_misuse() -> None:
    station = Device(lambda raw: None)
    async with Peer(station, version="ocpp2.0.1"):
        with pytest.raises(LocalProtocolError):
            await station.call(BOOTS["ocpp1.6"])  # a 1.6 message over 2.0.1
        with pytest.raises(LocalProtocolError):
            await station.call(BOOTS["ocpp2.0.1"], {"x": 1})  # type: ignore[call-overload]
        with pytest.raises(LocalProtocolError):
            await station.call(object())  # type: ignore[call-overload]
    with pytest.raises(LocalProtocolError):
        station.on("Heartbeat", on_boot_any)  # annotated for another action


async def test_a_typed_handler_for_another_version_answers_not_supported() -> None:
    def on_boot_16(request: v16.BootNotificationRequest, ctx: CallContext) -> Any:
        return accepted("ocpp1.6")

    csms = Device(lambda raw: None, {"BootNotification": on_boot_16})
    station = Device(lambda raw: None)
    connect(station, csms, "ocpp2.0.1")
    with pytest.raises(CallError) as info:
        await station.call(BOOTS["ocpp2.0.1"])
    assert info.value.code == "NotSupported"


async def test_wrong_response_class_is_an_internal_error() -> None:
    def wrong(request: v201.HeartbeatRequest, ctx: CallContext) -> Any:
        return accepted("ocpp2.0.1")  # a BootNotificationResponse

    failures: list[Any] = []
    csms = Device(lambda raw: None, {"Heartbeat": wrong})
    csms.hooks.after("handler_failed", lambda ctx: failures.append(ctx.exception))
    async with Peer(csms, version="ocpp2.0.1") as peer:
        with pytest.raises(CallError) as info:
            await peer.call("Heartbeat")
    assert info.value.code == "InternalError" and len(failures) == 1


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"])
async def test_a_handler_may_build_its_response_from_wire_strings(version: str) -> None:
    def on_boot(
        request: v16.BootNotificationRequest
        | v201.BootNotificationRequest
        | v21.BootNotificationRequest,
        ctx: CallContext,
    ) -> Any:
        return MODULES[version].BootNotificationResponse(
            status="Accepted", current_time="2024-01-01T12:00:00Z", interval=300
        )

    failures: list[Any] = []
    csms = Device(lambda raw: None, {"BootNotification": on_boot})
    csms.hooks.after("handler_failed", lambda ctx: failures.append(ctx.exception))
    station = Device(lambda raw: None)
    connect(station, csms, version)
    answer = await station.call(BOOTS[version])
    assert answer == accepted(version) and failures == []


async def test_unvalidated_junk_never_reaches_a_typed_handler() -> None:
    calls: list[Any] = []

    def on_boot(request: v201.BootNotificationRequest, ctx: CallContext) -> Any:
        calls.append(request)
        return accepted("ocpp2.0.1")

    csms = Device(lambda raw: None, {"BootNotification": on_boot}, validation=False)
    async with Peer(csms, version="ocpp2.0.1", validation=False) as peer:
        with pytest.raises(CallError) as info:
            await peer.call("BootNotification", {"reason": "PowerUp"})
        assert info.value.code == "FormatViolation"
    assert calls == []
    # and a typed call whose unvalidated answer does not fit its class raises
    station = Device(lambda raw: None, validation=Validation.off())
    async with Peer(
        station,
        version="ocpp2.0.1",
        validation=False,
        handlers={"Heartbeat": lambda p, c: {"currentTime": "noon"}},
    ):
        with pytest.raises(FormatViolationError):
            await station.call(v201.HeartbeatRequest())


async def test_typed_send() -> None:
    got: list[Any] = []

    def on_stream(message: v21.NotifyPeriodicEventStreamRequest, ctx: CallContext) -> None:
        got.append(message)

    csms = Device(lambda raw: None, {"NotifyPeriodicEventStream": on_stream})
    station = Device(lambda raw: None)
    pipe = connect(station, csms, "ocpp2.1")
    message = v21.NotifyPeriodicEventStreamRequest(
        id_=1, pending=0, basetime=NOW, data=[v21.StreamDataElement(t=0.0, v="1")]
    )
    await station.send(message)
    await pipe.settle()
    assert got == [message]


@pytest.mark.parametrize(
    ("handler", "version", "cls"),
    [
        (deferred.on_boot_module, "ocpp2.0.1", v201.BootNotificationRequest),
        (deferred.on_boot_union, "ocpp2.0.1", v201.BootNotificationRequest),
        (deferred.on_boot_union, "ocpp1.6", v16.BootNotificationRequest),
        (deferred.on_boot_runtime_module, "ocpp2.1", v21.BootNotificationRequest),
    ],
)
async def test_deferred_annotations_of_message_modules_resolve(
    handler: Any, version: str, cls: type[Any]
) -> None:
    deferred.seen.clear()
    csms = Device(lambda raw: None, {"BootNotification": handler})
    station = Device(lambda raw: None)
    connect(station, csms, version)
    await station.call(BOOTS[version])
    assert deferred.seen == [BOOTS[version]] and type(deferred.seen[0]) is cls


async def test_a_handler_importing_the_module_in_its_function_resolves() -> None:
    deferred.seen.clear()
    csms = Device(lambda raw: None, {"Heartbeat": deferred.make_local_handler()})
    station = Device(lambda raw: None)
    connect(station, csms, "ocpp2.0.1")
    answer = await station.call(v201.HeartbeatRequest())
    assert answer == v201.HeartbeatResponse(current_time=deferred.NOW)
    assert deferred.seen == [v201.HeartbeatRequest()]


@pytest.mark.parametrize("handler", [deferred.on_boot_bare_name, deferred.on_boot_alias])
def test_unresolvable_message_class_annotations_are_refused_at_registration(
    handler: Any,
) -> None:
    csms = Device(lambda raw: None)
    with pytest.raises(LocalProtocolError) as info:
        csms.on("BootNotification", handler)
    message = str(info.value)
    assert "BootNotificationRequest" in message and handler.__name__ in message
    assert "TYPE_CHECKING" in message and "v201.<Class>" in message


async def test_an_unresolvable_unrelated_annotation_leaves_the_handler_untyped() -> None:
    deferred.seen.clear()
    csms = Device(lambda raw: None, {"BootNotification": deferred.on_boot_unrelated})
    async with Peer(csms, version="ocpp2.0.1") as peer:
        result = await peer.call(
            "BootNotification",
            {"chargingStation": {"model": "X1", "vendorName": "ACME"}, "reason": "PowerUp"},
        )
    assert result == deferred.ACCEPTED
    assert deferred.seen == [
        {"chargingStation": {"model": "X1", "vendorName": "ACME"}, "reason": "PowerUp"}
    ]


def run_mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-version",
            "3.12",
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "MYPYPATH": str(ROOT)},
    )


def test_the_checker_still_asks_for_enum_members_and_datetimes(tmp_path: Path) -> None:
    # Strings are accepted at run time, but the declared types stay what a checker sees.
    snippet = tmp_path / "strings.py"
    snippet.write_text(
        "from ocpp_engine.messages import v16\n"
        "v16.BootNotificationResponse(status='Accepted', current_time='2024-01-01T00:00:00Z',\n"
        "                             interval=300)\n"
    )
    result = run_mypy(snippet)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.count("[arg-type]") == 2, result.stdout


def test_typed_example_passes_mypy_and_runs(tmp_path: Path) -> None:
    example = ROOT / "examples" / "typed_device.py"
    result = run_mypy(example)
    assert result.returncode == 0, result.stdout + result.stderr
    ran = subprocess.run(
        [sys.executable, str(example)], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert ran.returncode == 0, ran.stderr
    # The assert_type checks can fail: a wrong expectation is caught.
    wrong = tmp_path / "wrong.py"
    wrong.write_text(
        example.read_text().replace(
            "assert_type(heartbeat, v201.HeartbeatResponse)",
            "assert_type(heartbeat, v201.BootNotificationResponse)",
        )
    )
    result = run_mypy(wrong)
    assert result.returncode != 0 and "[assert-type]" in result.stdout
