"""The registration gate on both sides, for 1.6 and 2.0.1 (2.1 follows 2.0.1)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from ocpp_engine import CallContext, CallError, Device
from ocpp_engine.registration import NotRegisteredError, RegistrationGate, RegistrationStatus
from ocpp_engine.testing import FakeClock, Peer, connect, sequential_ids

NOW = "2024-01-01T00:00:00Z"

#: Per version: payloads for the messages the gate cares about.
MESSAGES: dict[str, dict[str, Any]] = {
    "ocpp1.6": {
        "boot": {"chargePointVendor": "V", "chargePointModel": "M"},
        "status": {"connectorId": 1, "errorCode": "NoError", "status": "Available"},
        "remote_start": ("RemoteStartTransaction", {"idTag": "TAG"}),
        "remote_stop": ("RemoteStopTransaction", {"transactionId": 1}),
    },
    "ocpp2.0.1": {
        "boot": {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}},
        "status": {"timestamp": NOW, "connectorStatus": "Available", "evseId": 1, "connectorId": 1},
        "remote_start": (
            "RequestStartTransaction",
            {"idToken": {"idToken": "TAG", "type": "ISO14443"}, "remoteStartId": 1},
        ),
        "remote_stop": ("RequestStopTransaction", {"transactionId": "T1"}),
    },
}
VERSIONS = list(MESSAGES)


class Csms:
    """A CSMS whose BootNotification answers follow a script of statuses."""

    def __init__(self, *statuses: str, interval: int = 30) -> None:
        self.statuses = list(statuses)
        self.interval = interval
        self.received: list[str] = []

    def boot(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        self.received.append(ctx.action)
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return {"status": status, "currentTime": NOW, "interval": self.interval}

    def any(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        self.received.append(ctx.action)
        if ctx.action == "Heartbeat":
            return {"currentTime": NOW}
        return {}

    def handlers(self) -> dict[str, Any]:
        return {"BootNotification": self.boot, "*": self.any}


def station_device(version: str, clock: FakeClock, **handlers: Any) -> Device:
    return Device(
        lambda raw: None,
        handlers,
        version=version,
        clock=clock,
        role="charging_station",
        id_factory=sequential_ids("cs"),
    )


def accepting(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    return {"status": "Accepted"}


# -- station side ----------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_station_sends_nothing_but_boot_before_its_first_answer(version: str) -> None:
    clock = FakeClock()
    station = station_device(version, clock)
    gate = RegistrationGate.attach(station, "charging_station")
    csms = Csms("Accepted")
    async with Peer(station, handlers=csms.handlers()) as peer:
        with pytest.raises(NotRegisteredError) as info:
            await station.call("Heartbeat")
        assert info.value.status is None
        assert peer.sent() == []
        await gate.boot(MESSAGES[version]["boot"])
        assert gate.accepted
        await station.call("Heartbeat")
    assert csms.received == ["BootNotification", "Heartbeat"]


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("status", ["Pending", "Rejected"])
async def test_station_waits_the_interval_before_booting_again(version: str, status: str) -> None:
    clock = FakeClock()
    station = station_device(version, clock)
    gate = RegistrationGate.attach(station, "charging_station")
    csms = Csms(status, "Accepted", interval=30)
    async with Peer(station, handlers=csms.handlers()) as peer:
        boot = MESSAGES[version]["boot"]
        response = await station.call("BootNotification", boot)
        assert response["status"] == status
        assert gate.status is RegistrationStatus(status)
        with pytest.raises(NotRegisteredError) as info:
            await station.call("BootNotification", boot)
        assert info.value.retry_after == 30
        with pytest.raises(NotRegisteredError):
            await station.call("Heartbeat")
        clock.advance(29.5)
        assert gate.boot_delay() == pytest.approx(0.5)
        booting = asyncio.ensure_future(gate.boot(boot))
        await peer.settle()
        assert not booting.done()
        assert csms.received == ["BootNotification"]
        clock.advance(0.5)
        response = await booting
        assert response["status"] == "Accepted"
        await station.call("Heartbeat")
    assert csms.received == ["BootNotification", "BootNotification", "Heartbeat"]


@pytest.mark.parametrize("version", VERSIONS)
async def test_pending_station_rejects_remote_start_and_stop(version: str) -> None:
    clock = FakeClock()
    ran: list[str] = []

    def start_stop(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ran.append(ctx.action)
        return {"status": "Accepted"}

    start, start_payload = MESSAGES[version]["remote_start"]
    stop, stop_payload = MESSAGES[version]["remote_stop"]
    station = station_device(version, clock, **{start: start_stop, stop: start_stop})
    gate = RegistrationGate.attach(station, "charging_station")
    csms = Csms("Pending", "Accepted")
    async with Peer(station, handlers=csms.handlers()) as peer:
        await station.call("BootNotification", MESSAGES[version]["boot"])
        assert await peer.call(start, start_payload) == {"status": "Rejected"}
        assert await peer.call(stop, stop_payload) == {"status": "Rejected"}
        assert ran == []
        clock.advance(30)
        await gate.boot(MESSAGES[version]["boot"])
        assert await peer.call(start, start_payload) == {"status": "Accepted"}
    assert ran == [start]


@pytest.mark.parametrize("version", VERSIONS)
async def test_pending_station_may_send_what_a_trigger_asked_for(version: str) -> None:
    clock = FakeClock()
    station = station_device(version, clock, TriggerMessage=accepting)
    RegistrationGate.attach(station, "charging_station")
    csms = Csms("Pending")
    async with Peer(station, handlers=csms.handlers()) as peer:
        await station.call("BootNotification", MESSAGES[version]["boot"])
        with pytest.raises(NotRegisteredError):
            await station.call("StatusNotification", MESSAGES[version]["status"])
        await peer.call("TriggerMessage", {"requestedMessage": "StatusNotification"})
        await station.call("StatusNotification", MESSAGES[version]["status"])
        with pytest.raises(NotRegisteredError):
            await station.call("Heartbeat")
    assert csms.received == ["BootNotification", "StatusNotification"]


@pytest.mark.parametrize("version", VERSIONS)
async def test_rejected_station_answers_only_trigger_boot(version: str) -> None:
    clock = FakeClock()
    station = station_device(version, clock, TriggerMessage=accepting)
    gate = RegistrationGate.attach(station, "charging_station")
    csms = Csms("Rejected", "Accepted", interval=600)
    async with Peer(station, handlers=csms.handlers()) as peer:
        await station.call("BootNotification", MESSAGES[version]["boot"])
        assert (await peer.next_frame())[2] == "BootNotification"
        peer.inject(json.dumps([2, "x1", "TriggerMessage", {"requestedMessage": "Heartbeat"}]))
        peer.inject(json.dumps([2, "x2", "GetLocalListVersion", {}]))
        await peer.settle()
        assert peer.no_frame_pending()
        assert gate.boot_delay() == 600
        peer.inject(
            json.dumps([2, "x3", "TriggerMessage", {"requestedMessage": "BootNotification"}])
        )
        assert await peer.next_frame() == [3, "x3", {"status": "Accepted"}]
        assert gate.boot_delay() == 0
        await gate.boot(MESSAGES[version]["boot"])
        assert (await peer.next_frame())[2] == "BootNotification"
        peer.inject(json.dumps([2, "x4", "TriggerMessage", {"requestedMessage": "Heartbeat"}]))
        assert (await peer.next_frame())[:2] == [3, "x4"]


async def test_rejected_station_treats_a_float_message_type_as_an_unknown_one() -> None:
    # While Rejected the gate drops the CSMS's CALLs; a frame led by 2.0 is no CALL (OCPP-J's
    # MessageTypeId is an integer) but an unknown message type, which 2.0.1 answers.
    station = station_device("ocpp2.0.1", FakeClock(), TriggerMessage=accepting)
    gate = RegistrationGate.attach(station, "charging_station", status="Rejected")
    assert gate.status is RegistrationStatus.REJECTED
    async with Peer(station, answer=False) as peer:
        for frame in ('[7, "u1", {}]', '[2.0, "u2", "Heartbeat", {}]'):
            peer.inject(frame)
            reply = await peer.next_frame()
            assert reply[:3] == [4, reply[1], "MessageTypeNotSupported"]
        peer.inject('[2, "c1", "Heartbeat", {}]')  # a real CALL: not answered while Rejected
        await peer.settle()
        assert peer.no_frame_pending()


async def test_trigger_boot_wakes_a_station_waiting_its_interval() -> None:
    clock = FakeClock()
    station = station_device("ocpp1.6", clock, TriggerMessage=accepting)
    gate = RegistrationGate.attach(station, "charging_station")
    csms = Csms("Pending", "Accepted", interval=3600)
    async with Peer(station, handlers=csms.handlers()) as peer:
        await station.call("BootNotification", MESSAGES["ocpp1.6"]["boot"])
        booting = asyncio.ensure_future(gate.boot(MESSAGES["ocpp1.6"]["boot"]))
        await peer.settle()
        assert not booting.done()
        await peer.call("TriggerMessage", {"requestedMessage": "BootNotification"})
        assert (await booting)["status"] == "Accepted"
    assert clock.time() == 0


async def test_accepted_station_stays_accepted_across_reconnects() -> None:
    clock = FakeClock()
    station = station_device("ocpp1.6", clock)
    csms_device = Device(lambda raw: None, Csms("Accepted").handlers(), version="ocpp1.6")
    gate = RegistrationGate.attach(station, "charging_station")
    pipe = connect(station, csms_device)
    await gate.boot(MESSAGES["ocpp1.6"]["boot"])
    pipe.close()
    pipe = connect(station, csms_device)
    assert await station.call("Heartbeat") == {"currentTime": NOW}
    pipe.close()


async def test_detached_gate_lets_everything_through() -> None:
    station = station_device("ocpp1.6", FakeClock())
    gate = RegistrationGate.attach(station, "charging_station")
    gate.detach()
    async with Peer(station, handlers=Csms("Accepted").handlers()):
        assert await station.call("Heartbeat") == {"currentTime": NOW}


# -- central side ----------------------------------------------------------------------------


def csms_device(version: str, statuses: list[str]) -> tuple[Device, list[str]]:
    served: list[str] = []

    def boot(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"status": statuses.pop(0), "currentTime": NOW, "interval": 10}

    def serve(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        served.append(ctx.action)
        return {"currentTime": NOW} if ctx.action == "Heartbeat" else {}

    device = Device(
        lambda raw: None,
        {"BootNotification": boot, "*": serve},
        version=version,
        role="csms",
        id_factory=sequential_ids("csms"),
    )
    return device, served


@pytest.mark.parametrize("version", VERSIONS)
async def test_csms_refuses_a_pending_stations_calls_with_security_error(version: str) -> None:
    device, served = csms_device(version, ["Pending", "Accepted"])
    gate = RegistrationGate.attach(device, "csms")
    async with Peer(device, handlers={"TriggerMessage": accepting}) as station:
        await station.call("BootNotification", MESSAGES[version]["boot"])
        assert gate.status is RegistrationStatus.PENDING
        for action, payload in [
            ("Heartbeat", {}),
            ("StatusNotification", MESSAGES[version]["status"]),
        ]:
            with pytest.raises(CallError) as info:
                await station.call(action, payload)
            assert info.value.code == "SecurityError"
        # a TriggerMessage the station accepted lets the triggered message through
        await device.call("TriggerMessage", {"requestedMessage": "StatusNotification"})
        await station.call("StatusNotification", MESSAGES[version]["status"])
        with pytest.raises(CallError):
            await station.call("Heartbeat")
        await station.call("BootNotification", MESSAGES[version]["boot"])
        await station.call("Heartbeat")
    assert served == ["StatusNotification", "Heartbeat"]


async def test_csms_lets_a_pending_station_send_the_report_it_asked_for() -> None:
    device, served = csms_device("ocpp2.0.1", ["Pending"])
    RegistrationGate.attach(device, "csms")
    report = {"requestId": 1, "generatedAt": NOW, "seqNo": 0}
    async with Peer(device, handlers={"GetBaseReport": accepting}) as station:
        await station.call("BootNotification", MESSAGES["ocpp2.0.1"]["boot"])
        with pytest.raises(CallError):
            await station.call("NotifyReport", report)
        await device.call("GetBaseReport", {"requestId": 1, "reportBase": "FullInventory"})
        await station.call("NotifyReport", report)
    assert served == ["NotifyReport"]


@pytest.mark.parametrize("version", VERSIONS)
async def test_csms_gives_a_rejected_station_no_service(version: str) -> None:
    device, served = csms_device(version, ["Rejected", "Accepted"])
    gate = RegistrationGate.attach(device, "csms")
    async with Peer(device, handlers={"TriggerMessage": accepting}) as station:
        await station.call("BootNotification", MESSAGES[version]["boot"])
        with pytest.raises(CallError) as info:
            await station.call("Heartbeat")
        assert info.value.code == "SecurityError"
        with pytest.raises(NotRegisteredError):
            await device.call("TriggerMessage", {"requestedMessage": "StatusNotification"})
        with pytest.raises(NotRegisteredError):
            await device.call("ClearCache")
        assert [frame for frame in station.sent() if frame[0] == 2] == []
        await device.call("TriggerMessage", {"requestedMessage": "BootNotification"})
        await station.call("BootNotification", MESSAGES[version]["boot"])
        assert gate.accepted
        await station.call("Heartbeat")
    assert served == ["Heartbeat"]


async def test_csms_serves_an_unknown_station_unless_boot_is_required() -> None:
    for require_boot, outcome in ((False, "served"), (True, "refused")):
        device, served = csms_device("ocpp1.6", ["Accepted"])
        RegistrationGate.attach(device, "csms", require_boot=require_boot)
        async with Peer(device) as station:
            try:
                await station.call("Heartbeat")
                got = "served"
            except CallError as exc:
                assert exc.code == "SecurityError"
                got = "refused"
        assert got == outcome
        assert served == (["Heartbeat"] if outcome == "served" else [])


async def test_csms_starts_from_the_status_it_was_given() -> None:
    device, served = csms_device("ocpp1.6", [])
    RegistrationGate.attach(device, "csms", status="Accepted")
    async with Peer(device) as station:
        await station.call("Heartbeat")
    assert served == ["Heartbeat"]


async def test_gates_on_both_sides_reach_accepted_together() -> None:
    clock = FakeClock()
    changes: list[Any] = []
    station = station_device("ocpp2.0.1", clock, TriggerMessage=accepting)
    csms, _ = csms_device("ocpp2.0.1", ["Pending", "Accepted"])
    station_gate = RegistrationGate.attach(station, "charging_station")
    csms_gate = RegistrationGate.attach(csms, "csms")
    station_gate.on_change(changes.append)
    pipe = connect(station, csms)
    booting = asyncio.ensure_future(station_gate.boot(MESSAGES["ocpp2.0.1"]["boot"]))
    await pipe.settle()
    assert csms_gate.status is station_gate.status is RegistrationStatus.PENDING
    clock.advance(10)
    await booting
    assert csms_gate.accepted and station_gate.accepted
    assert changes == [RegistrationStatus.PENDING, RegistrationStatus.ACCEPTED]
    pipe.close()


async def test_a_removed_listener_hears_no_more_changes() -> None:
    clock = FakeClock()
    heard: list[Any] = []
    station = station_device("ocpp2.0.1", clock, TriggerMessage=accepting)
    csms, _ = csms_device("ocpp2.0.1", ["Pending", "Accepted"])
    gate = RegistrationGate.attach(station, "charging_station")
    gate.on_change(heard.append)
    pipe = connect(station, csms)
    booting = asyncio.ensure_future(gate.boot(MESSAGES["ocpp2.0.1"]["boot"]))
    await pipe.settle()
    gate.remove_listener(heard.append)  # the same bound method compares equal
    gate.remove_listener(print)  # unknown: ignored
    clock.advance(10)
    await booting
    assert gate.accepted
    assert heard == [RegistrationStatus.PENDING]
    pipe.close()


# -- booting on every connection ---------------------------------------------------------------


def boots_in(frames: list[Any]) -> list[dict[str, Any]]:
    """The payloads of the BootNotification CALLs among *frames*."""
    return [frame[3] for frame in frames if frame[0] == 2 and frame[2] == "BootNotification"]


@pytest.mark.parametrize("version", VERSIONS)
async def test_boot_on_a_reconnection_sends_nothing_when_the_content_is_unchanged(
    version: str,
) -> None:
    clock = FakeClock()
    station = station_device(version, clock)
    gate = RegistrationGate.attach(station, side="charging_station")
    csms = Csms("Accepted")
    boot = MESSAGES[version]["boot"]
    async with Peer(station, version, handlers=csms.handlers()):
        first = await gate.boot(boot)
    async with Peer(station, version, handlers=csms.handlers()) as peer:
        assert await gate.boot(dict(boot)) == first  # an equal payload: answered at once
        assert peer.sent() == []
        assert gate.accepted
    assert csms.received == ["BootNotification"]


@pytest.mark.parametrize("version", VERSIONS)
async def test_boot_sends_again_when_the_content_changed_or_when_forced(version: str) -> None:
    clock = FakeClock()
    station = station_device(version, clock)
    gate = RegistrationGate.attach(station, side="charging_station")
    csms = Csms("Accepted")
    boot = MESSAGES[version]["boot"]
    changed = (
        dict(boot, chargePointModel="M2")
        if version == "ocpp1.6"
        else dict(boot, chargingStation={"model": "M2", "vendorName": "V"})
    )
    async with Peer(station, version, handlers=csms.handlers()):
        await gate.boot(boot)
    async with Peer(station, version, handlers=csms.handlers()) as peer:
        await gate.boot(changed)
        assert boots_in(peer.sent()) == [changed]
        await gate.boot(changed)  # now the accepted content
        await gate.boot(changed, force=True)
        assert boots_in(peer.sent()) == [changed, changed]
    assert csms.received == ["BootNotification"] * 3


async def test_boot_ignores_a_changed_reason_in_2x() -> None:
    station = station_device("ocpp2.0.1", FakeClock())
    gate = RegistrationGate.attach(station, side="charging_station")
    csms = Csms("Accepted")
    boot = MESSAGES["ocpp2.0.1"]["boot"]
    async with Peer(station, handlers=csms.handlers()):
        await gate.boot(boot)
    async with Peer(station, handlers=csms.handlers()) as peer:
        await gate.boot(dict(boot, reason="Unknown"))  # why it boots, not what it is
        assert peer.sent() == []


@pytest.mark.parametrize("status", ["Pending", "Rejected"])
async def test_boot_on_a_reconnection_after_a_non_accepted_answer_still_sends(
    status: str,
) -> None:
    clock = FakeClock()
    station = station_device("ocpp1.6", clock)
    gate = RegistrationGate.attach(station, side="charging_station")
    csms = Csms(status, "Accepted", interval=30)
    boot = MESSAGES["ocpp1.6"]["boot"]
    async with Peer(station, handlers=csms.handlers()) as peer:
        await station.call("BootNotification", boot)
    async with Peer(station, handlers=csms.handlers()) as peer:
        booting = asyncio.ensure_future(gate.boot(boot))
        await peer.settle()
        assert not booting.done() and peer.sent() == []  # the interval still holds
        clock.advance(30)
        assert (await booting)["status"] == "Accepted"
        assert len(boots_in(peer.sent())) == 1
    assert csms.received == ["BootNotification", "BootNotification"]


async def test_a_new_gate_boots_even_with_an_accepted_status() -> None:
    station = station_device("ocpp1.6", FakeClock())
    gate = RegistrationGate.attach(station, side="charging_station", status="Accepted")
    csms = Csms("Accepted")
    async with Peer(station, handlers=csms.handlers()):
        await gate.boot(MESSAGES["ocpp1.6"]["boot"])
    assert csms.received == ["BootNotification"]


# -- TriggerMessage(BootNotification) ------------------------------------------------------------


def boot_in_handler(style: str, boot: dict[str, Any]) -> Any:
    """A TriggerMessage handler that sends the BootNotification itself, in *style*."""
    tasks: list[Any] = []

    def on_trigger(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if payload["requestedMessage"] == "BootNotification":
            if style == "after_reply":
                ctx.after_reply(ctx.device.call, "BootNotification", boot)
            else:
                tasks.append(asyncio.ensure_future(ctx.device.call("BootNotification", boot)))
        return {"status": "Accepted"}

    return on_trigger


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("style", ["after_reply", "task"])
async def test_trigger_boot_with_a_handler_that_also_boots_gives_one_boot(
    version: str,
    style: str,
) -> None:
    clock = FakeClock()
    boot = MESSAGES[version]["boot"]
    station = station_device(version, clock, TriggerMessage=boot_in_handler(style, boot))
    gate = RegistrationGate.attach(station, side="charging_station")
    csms = Csms("Pending", "Accepted", interval=3600)
    async with Peer(station, handlers=csms.handlers()) as peer:
        booting = asyncio.ensure_future(gate.boot(boot))
        await peer.settle()
        assert gate.status is RegistrationStatus.PENDING and not booting.done()
        await peer.call("TriggerMessage", {"requestedMessage": "BootNotification"})
        response = await booting  # the loop took the handler's answer
        await peer.settle()
        assert response["status"] == "Accepted" and gate.accepted
        assert len(boots_in(peer.sent())) == 2
    assert csms.received == ["BootNotification", "BootNotification"]
    assert clock.time() == 0


@pytest.mark.parametrize("version", [*VERSIONS, "ocpp2.1"])
async def test_trigger_boot_left_to_the_gate_gives_one_triggered_boot_after_the_reply(
    version: str,
) -> None:
    clock = FakeClock()
    boot = MESSAGES["ocpp1.6" if version == "ocpp1.6" else "ocpp2.0.1"]["boot"]
    station = station_device(version, clock, TriggerMessage=accepting)
    gate = RegistrationGate.attach(station, side="charging_station")
    csms = Csms("Pending", "Accepted", interval=3600)
    async with Peer(station, version, handlers=csms.handlers()) as peer:
        booting = asyncio.ensure_future(gate.boot(boot))
        await peer.settle()
        peer.inject(
            json.dumps([2, "t1", "TriggerMessage", {"requestedMessage": "BootNotification"}])
        )
        assert (await booting)["status"] == "Accepted"
        frames = peer.sent()
    assert [f[0:2] if f[0] == 3 else f[2] for f in frames] == [
        "BootNotification",
        [3, "t1"],
        "BootNotification",
    ]
    expected = dict(boot) if version == "ocpp1.6" else dict(boot, reason="Triggered")
    assert frames[2][3] == expected
    assert csms.received == ["BootNotification", "BootNotification"]


async def test_trigger_boot_with_no_boot_running_is_sent_by_the_gate() -> None:
    # 1.6 has no rule against booting again once Accepted (2.x has: see below).
    clock = FakeClock()
    boot = MESSAGES["ocpp1.6"]["boot"]
    station = station_device("ocpp1.6", clock, TriggerMessage=accepting)
    gate = RegistrationGate.attach(station, side="charging_station")
    csms = Csms("Accepted")
    async with Peer(station, handlers=csms.handlers()) as peer:
        await gate.boot(boot)
        await peer.call("TriggerMessage", {"requestedMessage": "BootNotification"})
        await peer.settle()
        assert boots_in(peer.sent()) == [boot, boot]
        assert gate.accepted
    assert csms.received == ["BootNotification", "BootNotification"]


@pytest.mark.parametrize("version", [*VERSIONS, "ocpp2.1"])
async def test_trigger_boot_of_a_pending_station_with_no_boot_running_is_sent_by_the_gate(
    version: str,
) -> None:
    clock = FakeClock()
    boot = MESSAGES["ocpp1.6" if version == "ocpp1.6" else "ocpp2.0.1"]["boot"]
    station = station_device(version, clock, TriggerMessage=accepting)
    gate = RegistrationGate.attach(station, side="charging_station")
    csms = Csms("Pending", "Accepted", interval=3600)
    async with Peer(station, version, handlers=csms.handlers()) as peer:
        booting = asyncio.ensure_future(gate.boot(boot))
        await peer.settle()
        booting.cancel()  # the application stopped booting: the gate sends the triggered boot
        await asyncio.gather(booting, return_exceptions=True)
        assert gate.status is RegistrationStatus.PENDING
        await peer.call("TriggerMessage", {"requestedMessage": "BootNotification"})
        await peer.settle()
        expected = dict(boot) if version == "ocpp1.6" else dict(boot, reason="Triggered")
        assert boots_in(peer.sent()) == [boot, expected]
        assert gate.accepted
    assert csms.received == ["BootNotification", "BootNotification"]
    assert clock.time() == 0


@pytest.mark.parametrize("version", ["ocpp2.0.1", "ocpp2.1"])
@pytest.mark.parametrize("handler", ["accepting", "booting"])
async def test_accepted_2x_station_rejects_a_trigger_of_its_boot(
    version: str, handler: str
) -> None:
    # OCPP 2.0.1 F06.FR.17 (and 2.1): a station whose last BootNotification was Accepted
    # answers TriggerMessage(BootNotification) with Rejected, and does not boot again, even
    # when its handler would accept (or boot itself): the handler does not run.
    clock = FakeClock()
    boot = MESSAGES["ocpp2.0.1"]["boot"]
    ran: list[str] = []

    def record(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ran.append(payload["requestedMessage"])
        if handler == "booting" and payload["requestedMessage"] == "BootNotification":
            ctx.after_reply(ctx.device.call, "BootNotification", boot)
        return {"status": "Accepted"}

    station = station_device(version, clock, TriggerMessage=record)
    central, _ = csms_device(version, ["Accepted", "Accepted"])
    gate = RegistrationGate.attach(station, side="charging_station")
    pipe = connect(station, central)
    assert (await gate.boot(boot))["status"] == "Accepted"
    trigger = {"requestedMessage": "BootNotification"}
    assert await central.call("TriggerMessage", trigger) == {"status": "Rejected"}
    await pipe.settle()
    assert ran == []
    # Any other trigger is the handler's, as before.
    assert await central.call("TriggerMessage", {"requestedMessage": "Heartbeat"}) == {
        "status": "Accepted"
    }
    assert ran == ["Heartbeat"]
    assert boots_in([json.loads(raw) for _, raw in pipe.frames]) == [boot]
    # The status outlives the connection: after a reconnection the trigger is still refused.
    pipe.close()
    pipe = connect(station, central)
    assert await central.call("TriggerMessage", trigger) == {"status": "Rejected"}
    await pipe.settle()
    assert boots_in([json.loads(raw) for _, raw in pipe.frames]) == []
    assert ran == ["Heartbeat"] and gate.accepted and clock.time() == 0
    pipe.close()


# -- strict registration ---------------------------------------------------------------------


def strict_station(version: str, ran: list[str], **options: Any) -> tuple[Device, Any]:
    def run(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        ran.append(ctx.action)
        return {"status": "Accepted"}

    start, _ = MESSAGES[version]["remote_start"]
    stop, _ = MESSAGES[version]["remote_stop"]
    station = station_device(
        version, FakeClock(), **{start: run, stop: run, "TriggerMessage": run, "ClearCache": run}
    )
    return station, RegistrationGate.attach(station, side="charging_station", **options)


@pytest.mark.parametrize("version", VERSIONS)
async def test_strict_station_refuses_the_csms_before_its_first_answer(version: str) -> None:
    ran: list[str] = []
    station, gate = strict_station(version, ran, strict=True)
    start, start_payload = MESSAGES[version]["remote_start"]
    stop, stop_payload = MESSAGES[version]["remote_stop"]
    async with Peer(station, handlers=Csms("Pending", "Accepted").handlers()) as peer:
        assert await peer.call(start, start_payload) == {"status": "Rejected"}
        assert await peer.call(stop, stop_payload) == {"status": "Rejected"}
        with pytest.raises(CallError) as info:
            await peer.call("ClearCache")
        assert info.value.code == "SecurityError"
        assert ran == []
        trigger = {"requestedMessage": "BootNotification"}
        assert await peer.call("TriggerMessage", trigger) == {"status": "Accepted"}
        await station.call("BootNotification", MESSAGES[version]["boot"])
        assert gate.status is RegistrationStatus.PENDING  # Pending: only start/stop refused
        assert await peer.call("ClearCache") == {"status": "Accepted"}
        assert await peer.call(start, start_payload) == {"status": "Rejected"}
    assert ran == ["TriggerMessage", "ClearCache"]


@pytest.mark.parametrize("version", VERSIONS)
async def test_lenient_station_serves_the_csms_before_its_first_answer(version: str) -> None:
    ran: list[str] = []
    station, _ = strict_station(version, ran)
    start, start_payload = MESSAGES[version]["remote_start"]
    async with Peer(station) as peer:
        assert await peer.call(start, start_payload) == {"status": "Accepted"}
        assert await peer.call("ClearCache") == {"status": "Accepted"}
    assert ran == [start, "ClearCache"]


async def test_trigger_boot_whose_handler_boots_before_replying_gives_one_boot() -> None:
    boot = MESSAGES["ocpp1.6"]["boot"]

    async def on_trigger(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        await ctx.device.call("BootNotification", boot)
        return {"status": "Accepted"}

    station = station_device("ocpp1.6", FakeClock(), TriggerMessage=on_trigger)
    gate = RegistrationGate.attach(station, side="charging_station")
    csms = Csms("Accepted")
    async with Peer(station, handlers=csms.handlers()) as peer:
        await gate.boot(boot)
        await peer.call("TriggerMessage", {"requestedMessage": "BootNotification"})
        await peer.settle()
    assert csms.received == ["BootNotification", "BootNotification"]
