"""A kit station process, and a small central system process, for the kill tests of the kit.

``python tests/kit_station_process.py station URL DB VERSION ENERGY SAMPLES`` runs a kit
`Station` (its state and outbox in the SQLite file DB) over WebSocket against URL. A
transaction a killed run left open is ended with ``PowerLoss`` when the station is made. Once
the central system accepted it, unless it recovered a transaction or SAMPLES is 0, it starts a
transaction on EVSE 1 with a meter value every 20 ms; after SAMPLES meter values it stops it
(``Local``).
The meter starts at ENERGY Wh and grows by 10 Wh at every reading. It writes to stdout:

- ``recovered <n>``: the transactions found open when the station was made;
- ``accepted``: the central system accepted the BootNotification;
- ``meter <value> <pending>``: a reading taken, once the message carrying it is committed to
  the outbox (written after the callback that read the meter returned), with the number of
  messages in the outbox then;
- ``drained``: nothing is left in the outbox.

``python tests/kit_station_process.py csms PORT VERSION HOLD`` runs a `CentralSystem` on
PORT that writes ``port <port>`` once listening and ``call <json [action, payload]>`` for every
CALL it receives, before answering it. Its StartTransaction answer gives transactionId 42. It
never answers the HOLD-th transaction message (1.6 StartTransaction, MeterValues or
StopTransaction, 2.x TransactionEvent; 0: none), and writes ``holding`` then.
"""

from __future__ import annotations

import asyncio
import json
import sys
from typing import Any

from ocpp_engine import CallContext
from ocpp_engine.station.station import Station
from ocpp_engine.transports import Backoff
from ocpp_engine.transports.websocket import CentralSystem, ChargePoint

NOW = "2024-01-01T00:00:00Z"
INTERVAL = 0.02


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


async def station(url: str, db: str, version: str, energy: float, samples: int) -> None:
    loop = asyncio.get_running_loop()
    meter = {"energy": energy, "readings": 0}
    made: list[Station] = []

    def read(evse: int) -> dict[str, float]:
        meter["energy"] += 10
        meter["readings"] += 1
        value = meter["energy"]
        # the reading's message is put by the caller: report it once that returned
        loop.call_soon(lambda: say(f"meter {value:g} {len(made[0].outbox.pending)}"))
        return {"Energy.Active.Import.Register": value}

    options: dict[str, Any] = {"identity": "CS-1", "store": db, "meter": read}
    kit = Station.for_16(**options) if version == "ocpp1.6" else Station.for_2x(**options)
    made.append(kit)
    say(f"recovered {len(kit.transactions.recovered)}")
    kit.transactions.meter_value_sample_interval = INTERVAL
    backoff = Backoff(initial=0.05, factor=1.5, maximum=0.3, jitter=0.05)
    transport = ChargePoint(url, "CS-1", device=kit.device, versions=[version], backoff=backoff)
    running = loop.create_task(transport.run())
    while not kit.gate.accepted:
        await asyncio.sleep(0.01)
    say("accepted")
    if samples and not kit.transactions.recovered:
        await kit.transactions.start(1, "TAG1")
        while meter["readings"] < samples:
            await asyncio.sleep(INTERVAL)
        kit.transactions.stop(1, "Local")
    while kit.outbox.pending:
        await kit.outbox.join()
        await asyncio.sleep(INTERVAL)
    say("drained")
    await running


async def csms(port: int, version: str, hold: int) -> None:
    transaction_messages = 0
    never = asyncio.Event()

    async def answer(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        nonlocal transaction_messages
        say("call " + json.dumps([ctx.action, payload]))
        if ctx.action in ("StartTransaction", "MeterValues", "StopTransaction", "TransactionEvent"):
            transaction_messages += 1
            if transaction_messages == hold:
                say("holding")
                await never.wait()
        if ctx.action == "BootNotification":
            return {"status": "Accepted", "currentTime": NOW, "interval": 300}
        if ctx.action == "StartTransaction":
            return {"transactionId": 42, "idTagInfo": {"status": "Accepted"}}
        if ctx.action == "Heartbeat":
            return {"currentTime": NOW}
        return {}

    server = CentralSystem(port=port, versions=[version], handlers={"*": answer})
    await server.start()
    say(f"port {server.port}")
    await never.wait()


if __name__ == "__main__":
    if sys.argv[1] == "station":
        url, db, version, energy, samples = sys.argv[2:7]
        asyncio.run(station(url, db, version, float(energy), int(samples)))
    else:
        port, version, hold = sys.argv[2:5]
        asyncio.run(csms(int(port), version, int(hold)))
