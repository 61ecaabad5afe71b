"""A central system on MQTT: serves every OCPP 1.6 station publishing under ocpp/+/to_csms.

Run: pip install 'ocpp-engine[mqtt]' && mosquitto -p 1883 & python examples/mqtt_csms.py
Then start python examples/mqtt_charge_point.py. Watch the frames with
mosquitto_sub -v -t 'ocpp/#'.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

from ocpp_engine import CallContext, Device
from ocpp_engine.transports.mqtt import MqttCentralSystem


def now() -> str:
    """Return the current UTC time as OCPP prints it."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def log(answer: dict[str, Any]) -> Any:
    """Make a handler that prints each request and returns *answer*."""
    def handler(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        print(f"{ctx.device.identity} -> {ctx.action} {payload}")
        return answer
    return handler


HANDLERS = {
    "BootNotification": lambda p, ctx: {"status": "Accepted", "currentTime": now(),
                                        "interval": 300},
    "Heartbeat": lambda p, ctx: {"currentTime": now()},
    "StatusNotification": log({}),
    "Authorize": log({"idTagInfo": {"status": "Accepted"}}),
    "StartTransaction": log({"transactionId": 1, "idTagInfo": {"status": "Accepted"}}),
    "MeterValues": log({}),
    "StopTransaction": log({}),
}


async def on_station(device: Device) -> None:
    """A station showed up: start a charge on it remotely."""
    await asyncio.sleep(1)
    answer = await device.call("RemoteStartTransaction", {"idTag": "REMOTE-1"})
    print(f"{device.identity}: RemoteStartTransaction -> {answer}")


async def main() -> None:
    """Serve every station through the broker on localhost:1883 until interrupted."""
    csms = MqttCentralSystem(HANDLERS, version="ocpp1.6", hostname="localhost",
                             on_station=on_station)
    async with csms:
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
