"""The ``ocpp-engine`` command (also ``python -m ocpp_engine``).

``demo`` wires a charging station device and a CSMS device in memory and runs a short session
between them (boot, heartbeat, authorize, a transaction), printing every frame.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any

from . import CallContext, Device, Role, Version
from .testing import connect, sequential_ids

_KIND = {2: "CALL", 3: "CALLRESULT", 4: "CALLERROR", 5: "CALLRESULTERROR", 6: "SEND"}


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _show(label: str, raw: str) -> None:
    """Print one frame readably: who sent it, its kind, id, action and payload."""
    frame = json.loads(raw)
    arrow = "CS   -> CSMS" if label == "cs" else "CSMS -> CS  "
    kind = _KIND.get(frame[0], str(frame[0]))
    if frame[0] in (2, 6):
        head, body = f"{kind:<10} {frame[2]}", frame[3]
    elif frame[0] == 3:
        head, body = f"{kind:<10}", frame[2]
    else:
        head, body = f"{kind:<10} {frame[2]}", {"description": frame[3], "details": frame[4]}
    print(f"{arrow}  {head:<32} id={frame[1]:<6} {json.dumps(body)}")


def _csms_handlers(version: Version) -> dict[str, Any]:
    """A minimal central system: accepts everything, counts transactions."""
    tx_ids = itertools.count(1)

    def boot(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"status": "Accepted", "currentTime": _now(), "interval": 300}

    def heartbeat(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"currentTime": _now()}

    def authorize(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if version is Version.V16:
            return {"idTagInfo": {"status": "Accepted"}}
        return {"idTokenInfo": {"status": "Accepted"}}

    def empty(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {}

    def start(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"transactionId": next(tx_ids), "idTagInfo": {"status": "Accepted"}}

    def stop(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"idTagInfo": {"status": "Accepted"}}

    def tx_event(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if payload["eventType"] == "Started":
            return {"idTokenInfo": {"status": "Accepted"}}
        return {}

    handlers = {"BootNotification": boot, "Heartbeat": heartbeat, "Authorize": authorize,
                "StatusNotification": empty, "MeterValues": empty}
    if version is Version.V16:
        handlers.update(StartTransaction=start, StopTransaction=stop)
    else:
        handlers.update(TransactionEvent=tx_event)
    return handlers


async def _session(station: Device, version: Version) -> None:
    """The station's side of the demo session."""
    if version is Version.V16:
        await station.call("BootNotification", {"chargePointVendor": "Demo",
                                                "chargePointModel": "Engine-1"})
        await station.call("Heartbeat")
        await station.call("StatusNotification", {"connectorId": 1, "errorCode": "NoError",
                                                  "status": "Available"})
        await station.call("Authorize", {"idTag": "TAG-0001"})
        started = await station.call("StartTransaction", {
            "connectorId": 1, "idTag": "TAG-0001", "meterStart": 1000, "timestamp": _now()})
        await station.call("MeterValues", {
            "connectorId": 1, "transactionId": started["transactionId"],
            "meterValue": [{"timestamp": _now(), "sampledValue": [
                {"value": "1500", "measurand": "Energy.Active.Import.Register", "unit": "Wh"}]}]})
        await station.call("StopTransaction", {
            "transactionId": started["transactionId"], "meterStop": 2500, "timestamp": _now(),
            "idTag": "TAG-0001", "reason": "Local"})
        return
    await station.call("BootNotification", {
        "reason": "PowerUp", "chargingStation": {"vendorName": "Demo", "model": "Engine-1"}})
    await station.call("Heartbeat")
    await station.call("StatusNotification", {
        "timestamp": _now(), "connectorStatus": "Available", "evseId": 1, "connectorId": 1})
    token = {"idToken": "TAG-0001", "type": "ISO14443"}
    await station.call("Authorize", {"idToken": token})
    tx = {"transactionId": "tx-0001"}
    await station.call("TransactionEvent", {
        "eventType": "Started", "timestamp": _now(), "triggerReason": "Authorized",
        "seqNo": 0, "transactionInfo": tx, "idToken": token, "evse": {"id": 1, "connectorId": 1},
        "meterValue": [{"timestamp": _now(), "sampledValue": [{"value": 1000.0}]}]})
    await station.call("TransactionEvent", {
        "eventType": "Ended", "timestamp": _now(), "triggerReason": "StopAuthorized",
        "seqNo": 1, "transactionInfo": {**tx, "stoppedReason": "Local"},
        "meterValue": [{"timestamp": _now(), "sampledValue": [{"value": 2500.0}]}]})


async def demo(version: Version) -> int:
    """Run the demo session for *version*; returns the exit status."""
    station = Device(print, role=Role.CHARGING_STATION, id_factory=sequential_ids("cs"),
                     identity="CP-1")
    csms = Device(print, _csms_handlers(version), role=Role.CSMS,
                  id_factory=sequential_ids("csms"))
    pipe = connect(station, csms, version, labels=("cs", "csms"))
    pipe.listeners.append(_show)
    print(f"OCPP {version.value}: a charging station and a CSMS, wired in memory\n")
    try:
        await _session(station, version)
    finally:
        await pipe.settle()
        pipe.close()
    print(f"\n{len(pipe.frames)} frames exchanged, no errors.")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``ocpp-engine`` command; returns the exit status."""
    parser = argparse.ArgumentParser(prog="ocpp-engine", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_demo = commands.add_parser("demo", help="run a station and a CSMS talking in memory")
    run_demo.add_argument("--version", choices=[v.value for v in Version],
                          default=Version.V16.value, help="the OCPP version (default: ocpp1.6)")
    args = parser.parse_args(argv)
    if args.command == "demo":
        return asyncio.run(demo(Version(args.version)))
    parser.error(f"unknown command {args.command}")  # pragma: no cover
    return 2  # pragma: no cover


if __name__ == "__main__":
    sys.exit(main())
