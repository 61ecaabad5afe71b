"""A station with the transaction kit, and a scripted CSMS, for the station kit's tests."""

from __future__ import annotations

import asyncio
import itertools
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ocpp_engine import CallContext, Device
from ocpp_engine.outbox import MemoryStore, Outbox, OutboxStore, SQLiteStore
from ocpp_engine.registration import RegistrationGate
from ocpp_engine.station import MemoryStateStore, SQLiteStateStore, StateStore
from ocpp_engine.station.connectors import Connectors
from ocpp_engine.station.transactions import Transactions
from ocpp_engine.testing import FakeClock, Pipe, connect, sequential_ids

NOW = "2024-01-01T00:00:00Z"


def wall() -> datetime:
    return datetime(2024, 1, 1, tzinfo=timezone.utc)


def boot_payload(version: str) -> dict[str, Any]:
    if version == "ocpp1.6":
        return {"chargePointVendor": "V", "chargePointModel": "M"}
    return {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}


class Csms:
    """A CSMS that answers everything and records what it received, in order."""

    def __init__(self, version: str, *, boot: list[str] | None = None, interval: int = 300):
        self.version = version
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.boot_statuses = list(boot or ["Accepted"])
        self.interval = interval
        self.id_tag_status = "Accepted"
        self.authorize_status = "Accepted"
        self.blocked: set[str] = set()  # tokens whose transactions are refused
        self._ids = itertools.count(101)
        self.device = Device(
            lambda raw: None,
            {"*": self.answer},
            version=version,
            role="csms",
            id_factory=sequential_ids("csms"),
        )

    def answer(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        action = ctx.action
        self.received.append((action, payload))
        v16 = self.version == "ocpp1.6"
        if action == "BootNotification":
            status = (
                self.boot_statuses.pop(0) if len(self.boot_statuses) > 1 else self.boot_statuses[0]
            )
            return {"status": status, "currentTime": NOW, "interval": self.interval}
        if action == "Heartbeat":
            return {"currentTime": NOW}
        if action == "StartTransaction":
            status = "Blocked" if payload["idTag"] in self.blocked else self.id_tag_status
            return {"transactionId": next(self._ids), "idTagInfo": {"status": status}}
        if action == "Authorize":
            key = "idTagInfo" if v16 else "idTokenInfo"
            return {key: {"status": self.authorize_status}}
        if action == "TransactionEvent" and payload.get("eventType") == "Started":
            return {"idTokenInfo": {"status": self.id_tag_status}}
        return {}

    def actions(self) -> list[str]:
        return [a for a, _ in self.received]

    def of(self, action: str) -> list[dict[str, Any]]:
        return [p for a, p in self.received if a == action]


class Station:
    """A station device with gate, outbox, connectors and transactions over given stores."""

    def __init__(
        self,
        version: str,
        clock: FakeClock,
        state: StateStore | None = None,
        outbox_store: OutboxStore | None = None,
        **options: Any,
    ) -> None:
        self.version = version
        self.clock = clock
        self.device = Device(
            lambda raw: None,
            version=version,
            role="charging_station",
            clock=clock,
            id_factory=sequential_ids("cs"),
        )
        self.gate = RegistrationGate.attach(self.device, side="charging_station")
        self.state = state if state is not None else MemoryStateStore()
        self.outbox = Outbox(
            self.device, outbox_store if outbox_store is not None else MemoryStore(), gate=self.gate
        )
        self.outbox.start()
        self.connectors = Connectors.attach(
            self.device, self.state, evses=options.pop("evses", 2), gate=self.gate, now=wall
        )
        self.transactions = Transactions.attach(
            self.device, self.state, self.outbox, connectors=self.connectors, now=wall, **options
        )
        self.pipe: Pipe | None = None

    @classmethod
    def on_file(cls, version: str, clock: FakeClock, path: Path, **options: Any) -> Station:
        return cls(version, clock, SQLiteStateStore(path), SQLiteStore(path), **options)

    async def online(self, csms: Csms) -> None:
        """Connect to *csms* and boot."""
        self.pipe = connect(csms.device, self.device, self.version, labels=("csms", "cs"))
        await self.gate.boot(boot_payload(self.version))
        await self.settle()

    def offline(self) -> None:
        assert self.pipe is not None
        self.pipe.close()
        self.pipe = None

    async def settle(self) -> None:
        for _ in range(4):
            if self.pipe is not None:
                await self.pipe.settle()
            for _ in range(20):
                await asyncio.sleep(0)

    def close(self) -> None:
        """Drop everything, as a power loss does (the files stay)."""
        if self.pipe is not None:
            self.offline()
        self.transactions.detach()
        self.connectors.detach()
        self.outbox.close()
        self.state.close()
