"""``kill -9`` of either side in the middle of a kit station's transaction.

The station (`tests/kit_station_process.py`, a kit `Station` on a SQLite file over WebSocket)
runs a transaction with a meter value every 20 ms. The central system holds its answer to one
transaction message, so more are queued behind it, and then one side is killed:

- the station: started again on the same file, it ends the transaction it finds open
  (``PowerLoss``) and sends what was queued;
- the central system (a process too): a new one comes up on the same port, the station
  reconnects and sends what was queued, the transaction ends ``Local``.

Either way the central system(s) receive every transaction message in order, each once but the
one left unanswered at the kill (at least once, as in tests/test_outbox.py), all with the real
transaction id (1.6: never 0) and, in 2.0.1, ``seqNo`` without gaps. The station is also killed
a second time while it recovers, and (in this process, at the exact point) between queueing a
stop and forgetting the transaction: the transaction ends once.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import CallContext, Device
from ocpp_engine.station.station import Station
from ocpp_engine.testing import connect
from ocpp_engine.transports.websocket import CentralSystem
from tests.transport_helpers import free_port

HERE = Path(__file__).parent
SCRIPT = HERE / "kit_station_process.py"
NOW = "2024-01-01T00:00:00Z"
#: the transaction message left unanswered at the kill: the start, or the 4th meter value
HOLDS = [1, 5]
WAIT = 30.0  # seconds any one step may take at most
VERSIONS = ["ocpp1.6", "ocpp2.0.1"]
TRANSACTION_ACTIONS = ("StartTransaction", "MeterValues", "StopTransaction", "TransactionEvent")

Message = tuple[str, dict[str, Any]]


class Process:
    """A child process of this test and the lines it wrote to stdout."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.lines: list[str] = []
        self._grew = asyncio.Event()
        self._reading = asyncio.get_running_loop().create_task(self._read())

    @classmethod
    async def start(cls, *args: str) -> Process:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            str(SCRIPT),
            *args,
            stdout=asyncio.subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        return cls(proc)

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        while line := await self.proc.stdout.readline():
            self.lines.append(line.decode().rstrip("\n"))
            self._grew.set()
        self._grew.set()

    async def until(self, wanted: Callable[[str], bool]) -> str:
        """Wait (at most `WAIT` seconds) for a line that *wanted* accepts, and return it."""

        async def scan() -> str:
            seen = 0
            while True:
                for line in self.lines[seen:]:
                    if wanted(line):
                        return line
                seen = len(self.lines)
                if self._reading.done():
                    raise AssertionError(f"the process ended: {self.lines[-5:]}")
                self._grew.clear()
                await self._grew.wait()

        return await asyncio.wait_for(scan(), WAIT)

    async def kill(self) -> None:
        """SIGKILL the process and wait until it and its stdout ended."""
        if self.proc.returncode is None:
            self.proc.send_signal(signal.SIGKILL)
        await asyncio.wait_for(self.proc.wait(), WAIT)
        await asyncio.wait_for(self._reading, WAIT)

    def meter_values(self) -> list[float]:
        """The meter readings whose messages were committed to the outbox."""
        return [float(line.split()[1]) for line in self.lines if line.startswith("meter ")]

    def calls(self) -> list[Message]:
        """The CALLs a central system process received."""
        return [tuple(json.loads(line[5:])) for line in self.lines if line.startswith("call ")]  # type: ignore[misc]


def queued_behind(count: int) -> Callable[[str], bool]:
    """A ``meter`` line written while *count* or more messages were in the outbox."""
    return lambda line: line.startswith("meter ") and int(line.split()[2]) >= count


def energies(action: str, payload: dict[str, Any]) -> list[float]:
    """The energy readings a transaction message carries."""
    found = [float(payload[key]) for key in ("meterStart", "meterStop") if key in payload]
    for meter_value in payload.get("meterValue", []):
        for sampled in meter_value["sampledValue"]:
            if sampled.get("measurand") == "Energy.Active.Import.Register":
                found.append(float(sampled["value"]))
    return found


def check_transaction(
    messages: list[Message], version: str, committed: list[float], held: list[Message], reason: str
) -> None:
    """Assert that *messages* are one whole transaction, in order, each once but *held*."""
    assert messages, "no transaction message arrived"
    keys = [json.dumps(m, sort_keys=True) for m in messages]
    counts = {key: keys.count(key) for key in keys}
    for message in held:
        assert counts.pop(json.dumps(message, sort_keys=True)) == 2  # sent again after a kill
    assert set(counts.values()) == {1}, "a message answered before the kill came again"
    first_seen = [json.loads(key) for key in dict.fromkeys(keys)]
    readings = [e for action, payload in first_seen for e in energies(action, payload)]
    assert readings == sorted(set(readings)), "out of order"
    assert set(committed) <= set(readings), "a queued message was lost"
    actions = [action for action, _ in first_seen]
    payloads = [payload for _, payload in first_seen]
    if version == "ocpp1.6":
        assert actions[0] == "StartTransaction" and actions[-1] == "StopTransaction"
        assert set(actions[1:-1]) == {"MeterValues"}
        assert {p["transactionId"] for p in payloads[1:]} == {42}  # never 0
        assert payloads[-1]["reason"] == reason
    else:
        assert [p["seqNo"] for p in payloads] == list(range(len(payloads)))
        kinds = [p["eventType"] for p in payloads]
        assert kinds[0] == "Started" and kinds[-1] == "Ended"
        assert set(kinds[1:-1]) == {"Updated"}
        assert len({p["transactionInfo"]["transactionId"] for p in payloads}) == 1
        assert payloads[-1]["transactionInfo"]["stoppedReason"] == reason


def central_system_answer(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    """Accept everything; 1.6 StartTransaction gets transactionId 42."""
    if ctx.action == "BootNotification":
        return {"status": "Accepted", "currentTime": NOW, "interval": 300}
    if ctx.action == "StartTransaction":
        return {"transactionId": 42, "idTagInfo": {"status": "Accepted"}}
    if ctx.action == "Heartbeat":
        return {"currentTime": NOW}
    return {}


def transaction_messages(messages: list[Message]) -> list[Message]:
    return [(action, payload) for action, payload in messages if action in TRANSACTION_ACTIONS]


async def kill_the_station(tmp_path: Path, version: str, holds: list[int]) -> None:
    """Kill the station once the central system holds each of *holds*, then let it drain.

    *holds* counts the transaction messages the central system received, in all runs.
    """
    db = str(tmp_path / "station.db")
    received: list[Message] = []
    holding = asyncio.Event()
    never = asyncio.Event()

    async def answer(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        received.append((ctx.action, payload))
        if ctx.action in TRANSACTION_ACTIONS and len(transaction_messages(received)) in holds:
            holding.set()
            await never.wait()  # killed before answering
        return central_system_answer(payload, ctx)

    server = CentralSystem(port=0, versions=[version], handlers={"*": answer})
    await server.start()
    url = f"ws://127.0.0.1:{server.port}/ocpp"
    runs: list[Process] = []
    held: list[Message] = []
    try:
        for run in range(len(holds) + 1):
            energy = str(1000 + 100000 * run)  # the readings of each run above the last's
            samples = "0" if run else "1000000"  # the first run starts the transaction
            runs.append(await Process.start("station", url, db, version, energy, samples))
            station = runs[-1]
            try:
                recovered = await station.until(lambda line: line.startswith("recovered"))
                assert recovered == f"recovered {1 if run == 1 else 0}"  # ended by the 1st restart
                if run < len(holds):
                    await asyncio.wait_for(holding.wait(), WAIT)
                    holding.clear()
                    held.append(transaction_messages(received)[-1])
                    if run == 0:
                        await station.until(queued_behind(4))  # more queued behind the held one
                else:
                    await station.until(lambda line: line == "drained")
            finally:
                await station.kill()
            assert station.proc.returncode == -signal.SIGKILL
    finally:
        never.set()
        await server.close()
    committed = [value for station in runs for value in station.meter_values()]
    check_transaction(transaction_messages(received), version, committed, held, "PowerLoss")


@pytest.mark.parametrize("hold", HOLDS)
@pytest.mark.parametrize("version", VERSIONS)
async def test_the_station_killed_sends_everything_after_the_restart(
    tmp_path: Path, version: str, hold: int
) -> None:
    await kill_the_station(tmp_path, version, [hold])


@pytest.mark.parametrize("version", VERSIONS)
async def test_the_station_killed_again_while_it_recovers_ends_the_transaction_once(
    tmp_path: Path, version: str
) -> None:
    # the second run is killed holding the 3rd message it sent: the PowerLoss stop is queued
    await kill_the_station(tmp_path, version, [HOLDS[-1], HOLDS[-1] + 3])


@pytest.mark.parametrize("hold", HOLDS)
@pytest.mark.parametrize("version", VERSIONS)
async def test_the_central_system_killed_gets_everything_from_its_successor(
    tmp_path: Path, version: str, hold: int
) -> None:
    db = str(tmp_path / "station.db")
    port = str(free_port())
    url = f"ws://127.0.0.1:{port}/ocpp"
    processes: list[Process] = []
    try:
        first_csms = await Process.start("csms", port, version, str(hold))
        processes.append(first_csms)
        await first_csms.until(lambda line: line.startswith("port "))
        station = await Process.start("station", url, db, version, "1000", "60")
        processes.append(station)
        await first_csms.until(lambda line: line == "holding")
        await station.until(queued_behind(4))
        await first_csms.kill()
        assert first_csms.proc.returncode == -signal.SIGKILL

        second_csms = await Process.start("csms", port, version, "0")
        processes.append(second_csms)
        await second_csms.until(lambda line: line.startswith("port "))
        await station.until(lambda line: line == "drained")
    finally:
        for process in processes:
            await process.kill()
    before = transaction_messages(first_csms.calls())
    after = transaction_messages(second_csms.calls())
    assert before and after
    assert after[0] == before[-1]  # the held message first, again
    check_transaction(before + after, version, station.meter_values(), [before[-1]], "Local")


# -- a kill between queueing the stop and forgetting the transaction ---------------------------


@pytest.mark.parametrize("answered", [False, True], ids=["start-unanswered", "start-answered"])
@pytest.mark.parametrize("version", VERSIONS)
async def test_a_kill_right_after_the_stop_was_queued_sends_one_stop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, version: str, answered: bool
) -> None:
    # The stop message is committed to the outbox, then the transaction is deleted from the
    # state store: a kill between the two leaves both. The restart must not end it twice.
    db = tmp_path / "station.db"
    make = Station.for_16 if version == "ocpp1.6" else Station.for_2x
    station = make(store=db)
    if answered:
        csms = Device(handlers={"*": central_system_answer}, version=version, role="csms")
        connect(csms, station.device)
    await station.transactions.start(1, "TAG1")
    if answered:
        await asyncio.wait_for(station.outbox.join(), WAIT)  # booted, the start answered
        assert station.outbox.pending == []
        transaction = station.transactions.transaction(1)
        assert transaction is not None and transaction.transaction_id is not None
    monkeypatch.setattr(station.store, "delete", lambda *args: None)  # killed before it ran
    station.transactions.stop(1, "Local")
    monkeypatch.undo()
    station.close()  # the process is gone: nothing more happens, the file stays

    again = make(store=db)
    stops = [
        e.payload
        for e in again.outbox.pending
        if e.action == "StopTransaction" or e.payload.get("eventType") == "Ended"
    ]
    assert len(stops) == 1
    assert stops[0].get("reason", stops[0].get("transactionInfo", {}).get("stoppedReason")) == (
        "Local"
    )
    assert again.transactions.recovered == []
    assert again.transactions.transaction(1) is None
    assert not again.connectors.in_transaction(1)
    again.close()
