"""Connectors of the station kit: status, ChangeAvailability and StatusNotification."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import Device
from ocpp_engine.station import MemoryStateStore, SQLiteStateStore
from ocpp_engine.station.connectors import Connectors, ConnectorState, ConnectorStatus
from ocpp_engine.testing import FakeClock, connect

from .tx_station import Csms, Station, wall

V16 = "ocpp1.6"
V201 = "ocpp2.0.1"


def change(version: str, operative: bool, evse: int = 0, connector: int = 0) -> dict[str, Any]:
    word = "Operative" if operative else "Inoperative"
    if version == V16:
        return {"connectorId": evse, "type": word}
    payload: dict[str, Any] = {"operationalStatus": word}
    if evse:
        payload["evse"] = {"id": evse, **({"connectorId": connector} if connector else {})}
    return payload


def frames_after(station: Station, start: int) -> list[Any]:
    assert station.pipe is not None
    return [json.loads(raw) for _, raw in station.pipe.frames[start:]]


def statuses(frames: list[Any], version: str) -> list[tuple[int, str]]:
    """The (connector or EVSE id, status) of every StatusNotification among *frames*."""
    out = []
    for frame in frames:
        if frame[0] == 2 and frame[2] == "StatusNotification":
            payload = frame[3]
            if version == V16:
                out.append((payload["connectorId"], payload["status"]))
            else:
                out.append((payload["evseId"], payload["connectorStatus"]))
    return out


@pytest.mark.parametrize("version", [V16, V201])
async def test_every_connector_is_reported_once_registered(version: str) -> None:
    csms = Csms(version)
    station = Station(version, FakeClock())
    await station.online(csms)
    sent = statuses(frames_after(station, 0), version)
    expected = [(1, "Available"), (2, "Available")]
    assert sent == ([(0, "Available"), *expected] if version == V16 else expected)
    payload = csms.of("StatusNotification")[-1]
    if version == V16:
        assert payload == {
            "connectorId": 2,
            "errorCode": "NoError",
            "status": "Available",
            "timestamp": "2024-01-01T00:00:00.000Z",
        }
    else:
        assert payload == {
            "timestamp": "2024-01-01T00:00:00.000Z",
            "connectorStatus": "Available",
            "evseId": 2,
            "connectorId": 1,
        }


@pytest.mark.parametrize("version", [V16, V201])
async def test_change_availability_accepted_reports_after_the_reply(version: str) -> None:
    csms = Csms(version)
    station = Station(version, FakeClock())
    await station.online(csms)
    assert station.pipe is not None
    start = len(station.pipe.frames)
    pipe = station.pipe
    last_sent_at_change: list[Any] = []
    station.connectors.on_change(
        lambda e, c, s: last_sent_at_change.append(json.loads(pipe.frames[-1][1]))
    )
    answer = await csms.device.call("ChangeAvailability", change(version, False, 2))
    assert answer == {"status": "Accepted"}
    await station.settle()
    # The change itself happens once the reply is out, not only its report.
    assert last_sent_at_change[0][0] == 3
    frames = frames_after(station, start)
    assert frames[0][0] == 2 and frames[0][2] == "ChangeAvailability"
    assert frames[1][0] == 3 and frames[1][2] == {"status": "Accepted"}
    assert statuses(frames[2:], version) == [(2, "Unavailable")]
    assert not station.connectors.operative(2)
    # Again: already in that state, Accepted, nothing to report.
    start = len(station.pipe.frames)
    answer = await csms.device.call("ChangeAvailability", change(version, False, 2))
    await station.settle()
    assert answer == {"status": "Accepted"}
    assert statuses(frames_after(station, start), version) == []
    answer = await csms.device.call("ChangeAvailability", change(version, True, 2))
    await station.settle()
    assert statuses(frames_after(station, start), version) == [(2, "Available")]


@pytest.mark.parametrize("version", [V16, V201])
async def test_change_availability_is_scheduled_while_a_transaction_runs(version: str) -> None:
    csms = Csms(version)
    station = Station(version, FakeClock())
    await station.online(csms)
    await station.transactions.start(1, "TAG1")
    await station.settle()
    assert station.pipe is not None
    start = len(station.pipe.frames)
    answer = await csms.device.call("ChangeAvailability", change(version, False))
    await station.settle()
    assert answer == {"status": "Scheduled"}
    # The idle connector goes at once, the busy one keeps charging.
    expected = [(2, "Unavailable")]
    if version == V16:
        expected = [(0, "Unavailable"), *expected]
    assert statuses(frames_after(station, start), version) == expected
    assert station.connectors.status(1) is ConnectorStatus.CHARGING
    start = len(station.pipe.frames)
    station.transactions.stop(1)
    await station.settle()
    assert statuses(frames_after(station, start), version) == [(1, "Unavailable")]
    # Operative again: no transaction to wait for.
    answer = await csms.device.call("ChangeAvailability", change(version, True))
    assert answer == {"status": "Accepted"}
    await station.settle()
    assert station.connectors.status(1) is ConnectorStatus.AVAILABLE


@pytest.mark.parametrize(
    ("version", "payload"),
    [
        (V16, {"connectorId": 3, "type": "Inoperative"}),
        (V201, {"operationalStatus": "Inoperative", "evse": {"id": 3}}),
        (V201, {"operationalStatus": "Inoperative", "evse": {"id": 1, "connectorId": 2}}),
    ],
)
async def test_change_availability_of_an_unknown_connector_is_rejected(
    version: str, payload: dict[str, Any]
) -> None:
    csms = Csms(version)
    station = Station(version, FakeClock())
    await station.online(csms)
    assert station.pipe is not None
    start = len(station.pipe.frames)
    assert await csms.device.call("ChangeAvailability", payload) == {"status": "Rejected"}
    await station.settle()
    assert statuses(frames_after(station, start), version) == []
    assert station.connectors.operative(1) and station.connectors.operative(2)


async def test_availability_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    station = Station.on_file(V201, FakeClock(), path)
    csms = Csms(V201)
    await station.online(csms)
    await csms.device.call("ChangeAvailability", change(V201, False, 1, 1))
    await station.settle()
    station.close()
    again = Station.on_file(V201, FakeClock(), path)
    assert again.connectors.status(1) is ConnectorStatus.UNAVAILABLE
    assert again.connectors.status(2) is ConnectorStatus.AVAILABLE
    csms = Csms(V201)
    await again.online(csms)
    assert [(p["evseId"], p["connectorStatus"]) for p in csms.of("StatusNotification")] == [
        (1, "Unavailable"),
        (2, "Available"),
    ]
    again.close()


async def test_status_follows_the_rules_table() -> None:
    device = Device(version=V16)
    connectors = Connectors(device, MemoryStateStore(), evses={1: 2}, now=wall)
    seen: list[tuple[int, int, ConnectorStatus]] = []
    connectors.on_change(lambda e, c, s: seen.append((e, c, s)))
    connectors.set_reserved(1, True)
    connectors.set_state(1, ConnectorState.PREPARING)
    connectors.set_fault(1, "GroundFailure", connector=2)
    connectors.change_availability(False, 1)
    connectors.set_state(1, None)
    connectors.set_fault(1, None, connector=2)
    assert seen == [
        (1, 1, ConnectorStatus.RESERVED),
        (1, 1, ConnectorStatus.PREPARING),
        (1, 2, ConnectorStatus.FAULTED),
        (1, 1, ConnectorStatus.UNAVAILABLE),
        (1, 2, ConnectorStatus.UNAVAILABLE),
    ]
    with pytest.raises(KeyError):
        connectors.set_state(2, ConnectorState.CHARGING)
    with pytest.raises(ValueError, match="evses"):
        Connectors(device, MemoryStateStore(), evses=0)


async def test_changes_while_offline_are_reported_once_as_they_are_now() -> None:
    csms = Csms(V16)
    station = Station(V16, FakeClock())
    await station.online(csms)
    station.offline()
    station.connectors.set_state(1, ConnectorState.PREPARING)
    station.connectors.set_state(1, ConnectorState.FINISHING)
    station.connectors.set_fault(2, "GroundFailure")
    start = len(csms.received)
    await station.online(csms)  # reconnects; the gate needs no new boot
    sent = [(p["connectorId"], p["status"], p["errorCode"]) for a, p in csms.received[start:]]
    assert sent == [(1, "Finishing", "NoError"), (2, "Faulted", "GroundFailure")]


async def test_without_a_gate_statuses_go_once_connected(tmp_path: Path) -> None:
    store = SQLiteStateStore(tmp_path / "s.db")
    device = Device(version=V16, role="charging_station", clock=FakeClock())
    csms = Csms(V16)
    connectors = Connectors.attach(device, store, evses=1, now=wall)
    connect(csms.device, device, V16)
    await _settle()
    assert [p["connectorId"] for p in csms.of("StatusNotification")] == [0, 1]
    connectors.detach()
    store.close()


async def _settle() -> None:
    for _ in range(50):
        await asyncio.sleep(0)


async def test_a_status_that_cannot_be_sent_does_not_stop_the_reports() -> None:
    csms = Csms(V16)
    station = Station(V16, FakeClock())
    await station.online(csms)
    start = len(csms.received)
    station.connectors.set_fault(1, "NotAnErrorCode")  # fails the 1.6 schema
    station.connectors.set_fault(1, None)
    await station.settle()
    assert [(p["connectorId"], p["status"]) for _, p in csms.received[start:]] == [(1, "Available")]


async def test_notify_event_reports_the_availability_state_too() -> None:
    store = MemoryStateStore()
    device = Device(version=V201, role="charging_station", clock=FakeClock())
    csms = Csms(V201)
    connectors = Connectors.attach(device, store, evses=1, now=wall, notify_event=True)
    connect(csms.device, device, V201)
    await _settle()
    connectors.set_state(1, ConnectorState.PREPARING)
    await _settle()
    assert csms.actions() == [
        "StatusNotification",
        "NotifyEvent",
        "StatusNotification",
        "NotifyEvent",
    ]
    events = [p["eventData"][0] for p in csms.of("NotifyEvent")]
    assert [(e["eventId"], e["actualValue"]) for e in events] == [(1, "Available"), (2, "Occupied")]
    assert events[1]["component"] == {"name": "Connector", "evse": {"id": 1, "connectorId": 1}}
    assert events[1]["variable"] == {"name": "AvailabilityState"}
    assert store.load("connectors")["last_event_id"] == 2


@pytest.mark.parametrize("version", [V16, "ocpp2.1"])
async def test_report_sends_the_current_status_again(version: str) -> None:
    csms = Csms(version)
    station = Station(version, FakeClock())
    await station.online(csms)
    assert station.pipe is not None
    start = len(station.pipe.frames)
    station.connectors.report(2)
    station.connectors.report()
    await station.settle()
    everything = [(0, "Available")] if version == V16 else []
    everything += [(1, "Available"), (2, "Available")]
    assert statuses(frames_after(station, start), version) == [(2, "Available"), *everything]
    with pytest.raises(KeyError):
        station.connectors.report(3)
