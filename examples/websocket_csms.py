"""A central system on WebSocket: accepts OCPP 1.6 stations and starts a charge remotely.

Run: pip install 'ocpp-engine[websockets]' && python examples/websocket_csms.py
Then point a station at ws://localhost:9000/ocpp/<identity>, for instance
python examples/websocket_charge_point.py (or a mobilityhouse/ocpp v16 ChargePoint).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

from ocpp_engine import CallContext
from ocpp_engine.transports.websocket import CentralSystem, Station


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


async def on_connect(station: Station) -> None:
    """Once a station is in, start a charge on it remotely."""
    print(f"{station.identity} connected ({station.version.value})")
    await asyncio.sleep(1)
    answer = await station.device.call("RemoteStartTransaction", {"idTag": "REMOTE-1"})
    print(f"RemoteStartTransaction -> {answer}")


async def main() -> None:
    """Serve on port 9000 until interrupted."""
    csms = CentralSystem(HANDLERS, host="0.0.0.0", port=9000, versions=["ocpp1.6"],
                         on_connect=on_connect,
                         on_disconnect=lambda st: print(f"{st.identity} disconnected"))
    await csms.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
