"""A central system on a serial line: one OCPP 1.6 station at the other end of the cable.

Run: pip install 'ocpp-engine[serial]' && python examples/serial_csms.py /dev/ttyUSB0
Without hardware, make a linked pair of pseudo-terminals with
socat -d -d pty,raw,echo=0 pty,raw,echo=0 and give this script one end and
examples/serial_charge_point.py the other.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime, timezone
from typing import Any

from ocpp_engine import CallContext
from ocpp_engine.transports.serial import SerialConnection


def now() -> str:
    """Return the current UTC time as OCPP prints it."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def log(answer: dict[str, Any]) -> Any:
    """Make a handler that prints each request and returns *answer*."""
    def handler(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        print(f"-> {ctx.action} {payload}")
        return answer
    return handler


HANDLERS = {
    "BootNotification": lambda p, ctx: {"status": "Accepted", "currentTime": now(),
                                        "interval": 300},
    "Heartbeat": lambda p, ctx: {"currentTime": now()},
    "StatusNotification": log({}),
    "Authorize": log({"idTagInfo": {"status": "Accepted"}}),
}


async def main(port: str) -> None:
    """Serve the station on *port* and read its configuration once it is there."""
    link = SerialConnection(port, HANDLERS, version="ocpp1.6", role="csms")
    async with link:
        await asyncio.sleep(2)
        answer = await link.call("GetConfiguration", {"key": ["HeartbeatInterval"]})
        print(f"GetConfiguration -> {answer}")
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "/dev/ttyUSB0"))
