"""One central system for OCPP 1.6-J, 1.6-S and 1.5-S stations, with one set of handlers.

Run: pip install 'ocpp-engine[websockets,soap]' && python examples/soap_csms.py
JSON stations connect to ws://localhost:9000/ocpp/<identity>; SOAP stations post to
http://localhost:8080/ (any path), naming themselves in the chargeBoxIdentity header.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timezone
from typing import Any

from ocpp_engine import CallContext
from ocpp_engine.transports.soap import CentralSystemGroup, SoapCentralSystem
from ocpp_engine.transports.websocket import CentralSystem


def now() -> str:
    """Return the current UTC time as OCPP prints it."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def boot(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    """Accept every station; 1.5 names the heartbeat interval heartbeatInterval."""
    print(f"{ctx.device.identity} booted over {ctx.version.value}: {payload}")
    interval = "heartbeatInterval" if ctx.version.value == "ocpp1.5" else "interval"
    return {"status": "Accepted", "currentTime": now(), interval: 300}


HANDLERS: dict[str, Any] = {
    "BootNotification": boot,
    "Heartbeat": lambda p, ctx: {"currentTime": now()},
    "StatusNotification": lambda p, ctx: {},
    "Authorize": lambda p, ctx: {"idTagInfo": {"status": "Accepted"}},
}


def central_system(ws_port: int = 9000, soap_port: int = 8080,
                   host: str = "0.0.0.0") -> CentralSystemGroup:
    """Both servers with the same handlers, as one registry."""
    return CentralSystemGroup(
        CentralSystem(HANDLERS, host=host, port=ws_port, versions=["ocpp1.6"]),
        SoapCentralSystem(HANDLERS, host=host, port=soap_port),
    )


async def main() -> None:
    """Serve until interrupted; list the stations every minute."""
    async with central_system() as csms:
        while True:
            await asyncio.sleep(60)
            print("stations:", sorted(csms.stations))


if __name__ == "__main__":
    asyncio.run(main())
