"""A charging station process for the kill-and-restart test of the SQLite outbox.

``python tests/outbox_station.py DB FIRST COUNT`` speaks OCPP 1.6 over its stdin (frames in, one
per line) and stdout (frames out, one per line). It queues MeterValues carrying the values
FIRST .. FIRST+COUNT-1 in the outbox of database DB, writing ``queued <value>`` to stderr after
each put returned (that is, once the message is committed), and ``drained`` once the outbox is
empty. Messages already in DB (from a killed run) go first.
"""

from __future__ import annotations

import asyncio
import sys

from ocpp_engine import Device
from ocpp_engine.outbox import Outbox, SQLiteStore

NOW = "2024-01-01T00:00:00Z"


def meter_values(value: int) -> dict[str, object]:
    return {
        "connectorId": 1,
        "meterValue": [{"timestamp": NOW, "sampledValue": [{"value": str(value)}]}],
    }


def say(line: str) -> None:
    sys.stderr.write(line + "\n")
    sys.stderr.flush()


async def main(db: str, first: int, count: int) -> None:
    loop = asyncio.get_running_loop()

    def send(raw: str) -> None:
        sys.stdout.write(raw + "\n")
        sys.stdout.flush()

    device = Device(send, version="ocpp1.6", role="charging_station", call_timeout=30)
    outbox = Outbox(device, SQLiteStore(db), attempts=3, retry_interval=1.0)
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    device.connected()
    outbox.start()

    async def read() -> None:
        while line := await reader.readline():
            device.received(line.decode().rstrip("\n"))

    reading = loop.create_task(read())
    for value in range(first, first + count):
        outbox.put("MeterValues", meter_values(value))
        say(f"queued {value}")
        await asyncio.sleep(0)
    await outbox.join()
    say("drained")
    await reading


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3])))
