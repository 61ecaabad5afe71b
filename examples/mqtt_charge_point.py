"""A charge point on MQTT: boots, charges once when the central system asks, and leaves.

Run: pip install 'ocpp-engine[mqtt]' && python examples/mqtt_charge_point.py
(with mosquitto -p 1883 and python examples/mqtt_csms.py running). It publishes to
ocpp/CP1/to_csms and listens on ocpp/CP1/to_station.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import datetime, timezone
from typing import Any

from ocpp_engine import CallContext, CallTimeoutError
from ocpp_engine.transports.mqtt import MqttChargingStation

done = asyncio.Event()
tasks: set[asyncio.Task[None]] = set()


def now() -> str:
    """Return the current UTC time as OCPP prints it."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


async def charge(cp: MqttChargingStation, id_tag: str) -> None:
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
    """Connect as CP1 through the broker, boot, and serve until one remote charge has run."""
    def on_remote_start(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        tasks.add(asyncio.ensure_future(charge(cp, payload["idTag"])))  # runs after the answer
        return {"status": "Accepted"}

    cp = MqttChargingStation("CP1", {"RemoteStartTransaction": on_remote_start},
                             version="ocpp1.6", hostname="localhost")
    async with cp:
        boot: dict[str, Any] = {}
        while not boot:  # the broker drops what nobody subscribed to yet: boot until answered
            with contextlib.suppress(CallTimeoutError):
                boot = await cp.call("BootNotification", {"chargePointVendor": "ACME",
                                                          "chargePointModel": "Example"}, timeout=3)
        print(f"BootNotification -> {boot['status']}")
        await done.wait()


if __name__ == "__main__":
    asyncio.run(main())
