"""A charge point on WebSocket: boots, charges once when the central system asks, and leaves.

Run: pip install 'ocpp-engine[websockets]' && python examples/websocket_charge_point.py
(start python examples/websocket_csms.py first; it listens on ws://localhost:9000/ocpp).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

from ocpp_engine import CallContext
from ocpp_engine.transports.websocket import ChargePoint

done = asyncio.Event()
tasks: set[asyncio.Task[None]] = set()


def now() -> str:
    """Return the current UTC time as OCPP prints it."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


async def charge(cp: ChargePoint, id_tag: str) -> None:
    """Run one transaction: authorise, start, report energy, stop."""
    await cp.call("Authorize", {"idTag": id_tag})
    start = await cp.call("StartTransaction", {"connectorId": 1, "idTag": id_tag,
                                               "meterStart": 0, "timestamp": now()})
    tx = start["transactionId"]
    await cp.call("MeterValues", {"connectorId": 1, "transactionId": tx, "meterValue": [
        {"timestamp": now(), "sampledValue": [{"value": "1500", "unit": "Wh"}]}]})
    await cp.call("StopTransaction", {"transactionId": tx, "meterStop": 1500,
                                      "timestamp": now()})
    print(f"transaction {tx} done")
    done.set()


async def main() -> None:
    """Connect as CP1, boot, and serve until one remote charge has run."""
    def on_remote_start(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        tasks.add(asyncio.ensure_future(charge(cp, payload["idTag"])))  # runs after the answer
        return {"status": "Accepted"}

    cp = ChargePoint("ws://localhost:9000/ocpp", "CP1",
                     {"RemoteStartTransaction": on_remote_start}, versions=["ocpp1.6"])
    async with cp:
        boot = await cp.call("BootNotification", {"chargePointVendor": "ACME",
                                                  "chargePointModel": "Example"})
        print(f"BootNotification -> {boot['status']}")
        await cp.call("StatusNotification", {"connectorId": 1, "errorCode": "NoError",
                                             "status": "Available"})
        await done.wait()


if __name__ == "__main__":
    asyncio.run(main())
