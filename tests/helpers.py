"""Shared builders for the tests: a device under test with a peer, valid payloads per version."""

from __future__ import annotations

import json
from typing import Any

from ocpp_engine import CallContext, Device, Version
from ocpp_engine.testing import Peer, sequential_ids

VERSIONS = ("ocpp1.6", "ocpp2.0.1", "ocpp2.1")

BOOT_REQUEST = {
    "ocpp1.6": {"chargePointVendor": "V", "chargePointModel": "M"},
    "ocpp2.0.1": {"reason": "PowerUp", "chargingStation": {"vendorName": "V", "model": "M"}},
    "ocpp2.1": {"reason": "PowerUp", "chargingStation": {"vendorName": "V", "model": "M"}},
}
BOOT_RESPONSE = {"status": "Accepted", "currentTime": "2024-01-01T00:00:00Z", "interval": 300}
HEARTBEAT_RESPONSE = {"currentTime": "2024-01-01T00:00:00Z"}


def boot(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    return dict(BOOT_RESPONSE)


def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    return dict(HEARTBEAT_RESPONSE)


def csms(version: str, handlers: dict[str, Any] | None = None, **options: Any) -> Device:
    """A CSMS device with BootNotification and Heartbeat handlers (unless replaced)."""
    table: dict[str, Any] = {"BootNotification": boot, "Heartbeat": heartbeat}
    table.update(handlers or {})
    options.setdefault("id_factory", sequential_ids("d"))
    return Device(lambda raw: None, table, version=version, **options)


async def exchange(device: Device, *frames: Any, version: str | None = None) -> list[Any]:
    """Inject *frames* into *device* from a peer; return every frame the device sent back."""
    async with Peer(device, version=version) as peer:
        for raw in frames:
            peer.inject(raw)
        await peer.settle()
        return peer.sent()


def dumps(frame: Any) -> str:
    return json.dumps(frame)


def v(version: str) -> Version:
    return Version(version)
