"""Test a CSMS handler offline, with no network: play the charging station with `Peer`.

Run: python examples/offline_test.py
"""

from __future__ import annotations

import asyncio
from typing import Any

from ocpp_engine import CallContext, CallError, Device
from ocpp_engine.testing import Peer


def on_authorize(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    """Accept one known tag, refuse the rest."""
    status = "Accepted" if payload["idTag"] == "KNOWN" else "Invalid"
    return {"idTagInfo": {"status": status}}


async def main() -> None:
    """Drive the CSMS device under test as its charging station would."""
    csms = Device(sender=print, handlers={"Authorize": on_authorize}, version="ocpp1.6")
    async with Peer(csms) as station:
        accepted = await station.call("Authorize", {"idTag": "KNOWN"})
        refused = await station.call("Authorize", {"idTag": "OTHER"})
        try:
            await station.call("Heartbeat")
        except CallError as exc:
            print("Heartbeat ->", exc.code)  # NotSupported: no handler
    print(accepted, refused)


if __name__ == "__main__":
    asyncio.run(main())
