"""A charge point on a serial line: boots, reports, authorises, answers the central system.

Run: pip install 'ocpp-engine[serial]' && python examples/serial_charge_point.py /dev/ttyUSB1
(with examples/serial_csms.py on the other end; see its docstring for a socat pty pair).
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any

from ocpp_engine import CallContext, CallTimeoutError
from ocpp_engine.transports.serial import SerialConnection

asked = asyncio.Event()


def on_get_configuration(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    """Report the heartbeat interval, as the central system asks."""
    asked.set()
    return {"configurationKey": [{"key": "HeartbeatInterval", "readonly": False,
                                  "value": "300"}]}


async def main(port: str) -> None:
    """Talk OCPP 1.6 on *port* until the central system has read our configuration."""
    link = SerialConnection(port, {"GetConfiguration": on_get_configuration},
                            version="ocpp1.6", role="charging_station")
    async with link:
        while True:  # the other end may open its port (and flush it) after our first boot
            try:
                boot = await link.call("BootNotification", {"chargePointVendor": "ACME",
                                                            "chargePointModel": "Serial"},
                                       timeout=3)
                break
            except CallTimeoutError:
                print("BootNotification unanswered; sending it again")
        print(f"BootNotification -> {boot['status']}")
        await link.call("StatusNotification", {"connectorId": 1, "errorCode": "NoError",
                                               "status": "Available"})
        auth = await link.call("Authorize", {"idTag": "TAG-1"})
        print(f"Authorize -> {auth['idTagInfo']['status']}")
        await asked.wait()
        print("configuration read; done")


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "/dev/ttyUSB1"))
