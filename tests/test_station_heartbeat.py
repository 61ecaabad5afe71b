"""Boot and heartbeat policy of the station kit, on a fake clock."""

from __future__ import annotations

import asyncio

import pytest

from ocpp_engine import Device
from ocpp_engine.registration import RegistrationGate
from ocpp_engine.station.heartbeat import BootPolicy
from ocpp_engine.testing import FakeClock, Pipe, connect, sequential_ids

from .tx_station import Csms, boot_payload

VERSIONS = ["ocpp1.6", "ocpp2.0.1"]


class Rig:
    """A station with a gate and a boot policy, and a scripted CSMS."""

    def __init__(self, version: str, csms: Csms, **options: float) -> None:
        self.version = version
        self.clock = FakeClock()
        self.csms = csms
        self.device = Device(
            lambda raw: None,
            version=version,
            role="charging_station",
            clock=self.clock,
            id_factory=sequential_ids("cs"),
        )
        self.gate = RegistrationGate.attach(self.device, side="charging_station")
        self.times: list[str] = []
        self.policy = BootPolicy.attach(
            self.device, self.gate, boot_payload(version), on_time=self.times.append, **options
        )
        self.pipe: Pipe | None = None

    async def connect(self, *, muted: bool = False) -> Pipe:
        self.pipe = connect(self.csms.device, self.device, self.version, labels=("csms", "cs"))
        if muted:  # the central system hears nothing
            self.pipe.muted.add("cs")
        await self.settle()
        return self.pipe

    async def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        await self.settle()

    async def settle(self) -> None:
        for _ in range(3):
            if self.pipe is not None and self.pipe.open:
                await self.pipe.settle()
            for _ in range(20):
                await asyncio.sleep(0)

    def count(self, action: str) -> int:
        return self.csms.actions().count(action)


@pytest.mark.parametrize("version", VERSIONS)
async def test_a_boot_that_times_out_is_retried_after_the_retry_interval(version: str) -> None:
    rig = Rig(version, Csms(version), retry_interval=20)
    pipe = await rig.connect(muted=True)
    await rig.advance(30)  # the BootNotification times out
    pipe.muted.clear()
    await rig.advance(19.9)
    assert rig.count("BootNotification") == 0
    await rig.advance(0.1)
    assert rig.count("BootNotification") == 1
    assert rig.gate.accepted
    assert rig.policy.response is not None and rig.times == ["2024-01-01T00:00:00Z"]


@pytest.mark.parametrize("version", VERSIONS)
async def test_a_pending_boot_is_sent_again_after_its_interval(version: str) -> None:
    rig = Rig(version, Csms(version, boot=["Pending", "Rejected", "Accepted"], interval=60))
    await rig.connect()
    assert rig.count("BootNotification") == 1
    await rig.advance(59)
    assert rig.count("BootNotification") == 1
    await rig.advance(1)
    assert rig.count("BootNotification") == 2  # Rejected: wait again
    await rig.advance(60)
    assert rig.count("BootNotification") == 3
    assert rig.gate.accepted and rig.count("Heartbeat") == 0
    await rig.advance(60)
    assert rig.count("Heartbeat") == 1


@pytest.mark.parametrize("version", VERSIONS)
async def test_heartbeat_follows_the_interval_and_its_changes(version: str) -> None:
    rig = Rig(version, Csms(version, interval=100))
    await rig.connect()
    assert rig.policy.interval == 100
    await rig.advance(100)
    assert rig.count("Heartbeat") == 1
    await rig.advance(50)
    rig.policy.set_interval(30)  # the timer restarts from now
    await rig.advance(29)
    assert rig.count("Heartbeat") == 1
    await rig.advance(1)
    assert rig.count("Heartbeat") == 2
    await rig.advance(30)
    assert rig.count("Heartbeat") == 3
    with pytest.raises(ValueError, match="positive"):
        rig.policy.set_interval(0)


@pytest.mark.parametrize("version", VERSIONS)
async def test_a_reconnection_sends_no_new_boot_and_keeps_the_interval(version: str) -> None:
    rig = Rig(version, Csms(version, interval=100))
    pipe = await rig.connect()
    rig.policy.set_interval(40)
    pipe.close()
    await rig.advance(200)  # disconnected: no heartbeat is due
    await rig.connect()
    assert rig.count("BootNotification") == 1
    assert rig.count("Heartbeat") == 0
    await rig.advance(40)
    assert rig.count("Heartbeat") == 1
    rig.policy.reboot()  # the application asks for a new boot (say, its firmware changed)
    await rig.settle()
    assert rig.count("BootNotification") == 2
    assert rig.policy.interval == 100  # a new boot's answer sets it again
    rig.policy.detach()
    await rig.advance(500)
    assert rig.count("Heartbeat") == 1
