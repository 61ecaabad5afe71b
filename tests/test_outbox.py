"""The durable outbox: order, retries, offline transactions, and surviving SIGKILL."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import CallContext, CallError, Device, InvalidPayloadError
from ocpp_engine.outbox import MemoryStore, Outbox, OutboxStore, SQLiteStore
from ocpp_engine.registration import RegistrationGate
from ocpp_engine.testing import FakeClock, connect, sequential_ids

NOW = "2024-01-01T00:00:00Z"
HERE = Path(__file__).parent


def meter_values(value: int, transaction_id: int | None = None) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "connectorId": 1,
        "meterValue": [{"timestamp": NOW, "sampledValue": [{"value": str(value)}]}],
    }
    if transaction_id is not None:
        payload["transactionId"] = transaction_id
    return payload


def value_of(payload: dict[str, Any]) -> int:
    return int(payload["meterValue"][0]["sampledValue"][0]["value"])


class Central:
    """A 1.6 CSMS that records what it receives and fails on request."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.failures: dict[int, int] = {}  # meter value -> CALLERRORs still to give
        self.next_transaction = 41
        self.device = Device(
            lambda raw: None,
            {
                "MeterValues": self.meter_values,
                "StartTransaction": self.start,
                "StopTransaction": self.stop,
                "BootNotification": self.boot,
            },
            version="ocpp1.6",
            role="csms",
        )
        self.boot_status = "Accepted"

    def meter_values(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        self.received.append((ctx.action, payload))
        left = self.failures.get(value_of(payload), 0)
        if left:
            self.failures[value_of(payload)] = left - 1
            raise CallError("InternalError", "database busy")
        return {}

    def start(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        self.received.append((ctx.action, payload))
        self.next_transaction += 1
        return {"transactionId": self.next_transaction, "idTagInfo": {"status": "Accepted"}}

    def stop(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        self.received.append((ctx.action, payload))
        return {}

    def boot(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        return {"status": self.boot_status, "currentTime": NOW, "interval": 10}

    def values(self) -> list[int]:
        return [value_of(p) for a, p in self.received if a == "MeterValues"]


def station(clock: FakeClock) -> Device:
    return Device(
        lambda raw: None,
        version="ocpp1.6",
        role="charging_station",
        clock=clock,
        id_factory=sequential_ids("cs"),
    )


def store_of(kind: str, tmp_path: Path) -> OutboxStore:
    return MemoryStore() if kind == "memory" else SQLiteStore(tmp_path / "outbox.db")


STORES = ["memory", "sqlite"]


async def settle(pipe: Any) -> None:
    """Let the devices and the outbox's own task run until nothing moves."""
    for _ in range(3):
        await pipe.settle()
        for _ in range(10):
            await asyncio.sleep(0)


@pytest.mark.parametrize("kind", STORES)
async def test_messages_put_offline_go_in_order_once_connected(kind: str, tmp_path: Path) -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()
    store = store_of(kind, tmp_path)
    outbox = Outbox(cs, store)
    outbox.start()
    deliveries = [outbox.put("MeterValues", meter_values(v)) for v in range(1, 6)]
    await asyncio.sleep(0)
    assert central.received == [] and len(outbox.pending) == 5
    pipe = connect(cs, central.device)
    assert [await d for d in deliveries] == [{}] * 5
    assert central.values() == [1, 2, 3, 4, 5]
    assert outbox.pending == [] and store.load() == []
    pipe.close()
    outbox.close()
    store.close()


@pytest.mark.parametrize("kind", STORES)
async def test_error_answers_are_retried_with_growing_intervals_then_given_up(
    kind: str, tmp_path: Path
) -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()
    central.failures = {1: 2, 2: 5}
    outbox = Outbox(cs, store_of(kind, tmp_path), attempts=3, retry_interval=10)
    outbox.start()
    pipe = connect(cs, central.device)
    first = outbox.put("MeterValues", meter_values(1))
    second = outbox.put("MeterValues", meter_values(2))
    await settle(pipe)
    assert central.values() == [1]
    clock.advance(9.9)  # the first retry waits 10 s x 1 earlier attempt
    await settle(pipe)
    assert central.values() == [1]
    clock.advance(0.1)
    await settle(pipe)
    assert central.values() == [1, 1]
    clock.advance(19.9)  # the second retry waits 10 s x 2
    await settle(pipe)
    assert central.values() == [1, 1]
    clock.advance(0.1)
    assert await first == {}
    await settle(pipe)
    clock.advance(10)
    await settle(pipe)
    clock.advance(20)
    with pytest.raises(CallError) as info:
        await second  # three error answers: given up
    assert info.value.code == "InternalError"
    assert central.values() == [1, 1, 1, 2, 2, 2]
    assert outbox.pending == [] and outbox.store.load() == []
    pipe.close()
    outbox.close()


@pytest.mark.parametrize("kind", STORES)
async def test_offline_stop_and_meter_values_carry_the_real_transaction_id(
    kind: str, tmp_path: Path
) -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()
    outbox = Outbox(cs, store_of(kind, tmp_path))
    outbox.start()
    start = outbox.put(
        "StartTransaction", {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": NOW}
    )
    meter = outbox.put("MeterValues", meter_values(7, transaction_id=-1), transaction_of=start)
    stop = outbox.put(
        "StopTransaction",
        {"transactionId": -1, "meterStop": 10, "timestamp": NOW},
        transaction_of=start,
    )
    assert [e.transaction_of for e in outbox.store.load()] == [None, start.seq, start.seq]
    pipe = connect(cs, central.device)
    assert (await start)["transactionId"] == 42
    await stop
    await meter
    assert [(a, p.get("transactionId")) for a, p in central.received] == [
        ("StartTransaction", None),
        ("MeterValues", 42),
        ("StopTransaction", 42),
    ]
    # once the answer is known, a new message gets the id at once
    late = outbox.put(
        "StopTransaction",
        {"transactionId": -1, "meterStop": 11, "timestamp": NOW},
        transaction_of=start,
    )
    assert late.entry.payload["transactionId"] == 42
    await late
    pipe.close()
    outbox.close()


async def test_transaction_id_reaches_the_store_with_the_start_removal(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "outbox.db")
    start = store.append("StartTransaction", {"connectorId": 1}, None)
    stop = store.append("StopTransaction", {"transactionId": -1}, start.seq)
    stop.payload["transactionId"] = 42
    stop.transaction_of = None
    store.complete(start.seq, [stop])
    store.close()
    reopened = SQLiteStore(tmp_path / "outbox.db")
    [entry] = reopened.load()
    assert (entry.seq, entry.payload, entry.transaction_of) == (
        stop.seq,
        {"transactionId": 42},
        None,
    )
    reopened.close()


async def test_messages_wait_for_the_registration_gate() -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()
    central.boot_status = "Pending"
    gate = RegistrationGate.attach(cs, "charging_station")
    outbox = Outbox(cs, gate=gate)
    outbox.start()
    pipe = connect(cs, central.device)
    delivery = outbox.put("MeterValues", meter_values(1))
    await cs.call("BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"})
    await settle(pipe)
    assert central.values() == []
    central.boot_status = "Accepted"
    clock.advance(10)
    await gate.boot({"chargePointVendor": "V", "chargePointModel": "M"})
    assert await delivery == {}
    assert central.values() == [1]
    pipe.close()
    outbox.close()


async def test_a_message_cut_off_by_a_disconnection_is_sent_again_uncounted() -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()
    release = asyncio.Event()

    async def slow(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        central.received.append((ctx.action, payload))
        await release.wait()
        return {}

    central.device.on("MeterValues", slow)
    outbox = Outbox(cs, attempts=1)
    outbox.start()
    pipe = connect(cs, central.device)
    delivery = outbox.put("MeterValues", meter_values(1))
    for _ in range(5):
        await asyncio.sleep(0)
    assert central.values() == [1]
    pipe.close()  # the answer never comes
    await asyncio.sleep(0)
    assert not delivery.done() and outbox.pending[0].attempts == 0
    release.set()
    pipe = connect(cs, central.device)
    assert await delivery == {}
    assert central.values() == [1, 1]
    pipe.close()
    outbox.close()


async def test_timeouts_are_retried_without_counting_an_attempt() -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()
    answered = False

    async def silent_once(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        nonlocal answered
        central.received.append((ctx.action, payload))
        if not answered:
            answered = True
            await asyncio.Event().wait()  # never answers
        return {}

    central.device.on("MeterValues", silent_once)
    outbox = Outbox(cs, attempts=1, retry_interval=5, call_timeout=30)
    outbox.start()
    pipe = connect(cs, central.device)
    delivery = outbox.put("MeterValues", meter_values(1))
    for _ in range(5):
        await asyncio.sleep(0)
    clock.advance(30)  # the call times out
    for _ in range(5):
        await asyncio.sleep(0)
    assert outbox.pending[0].attempts == 0
    clock.advance(5)
    assert await delivery == {}
    assert central.values() == [1, 1]
    pipe.close()
    outbox.close()


async def test_a_payload_that_fails_its_schema_is_given_up_at_once() -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()
    outbox = Outbox(cs)
    outbox.start()
    pipe = connect(cs, central.device)
    bad = outbox.put("MeterValues", {"connectorId": "one"})
    good = outbox.put("MeterValues", meter_values(2))
    with pytest.raises(InvalidPayloadError):
        await bad
    assert await good == {}
    assert central.values() == [2]
    pipe.close()
    outbox.close()


async def test_restart_delivers_what_the_store_kept(tmp_path: Path) -> None:
    clock = FakeClock()
    store = SQLiteStore(tmp_path / "outbox.db")
    first = Outbox(station(clock), store)
    first.start()
    for v in (1, 2, 3):
        first.put("MeterValues", meter_values(v))
    first.close()
    store.close()
    answers: list[int] = []
    cs, central = station(clock), Central()
    store = SQLiteStore(tmp_path / "outbox.db")
    second = Outbox(cs, store, on_answer=lambda e, r: answers.append(value_of(e.payload)))
    restored = second.start()
    assert [value_of(d.entry.payload) for d in restored] == [1, 2, 3]
    pipe = connect(cs, central.device)
    await second.join()
    assert central.values() == answers == [1, 2, 3]
    pipe.close()
    second.close()
    store.close()


# -- SIGKILL in the middle of a burst ----------------------------------------------------------


class Child:
    """One run of tests/outbox_station.py, wired to a CSMS device in this process."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.queued: list[int] = []
        self.drained = asyncio.Event()

    async def pump_stderr(self) -> None:
        assert self.proc.stderr is not None
        while line := await self.proc.stderr.readline():
            text = line.decode().strip()
            if text.startswith("queued "):
                self.queued.append(int(text.split()[1]))
            elif text == "drained":
                self.drained.set()


async def run_child(db: Path, first: int, count: int, csms: Device) -> tuple[Child, Any]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(HERE / "outbox_station.py"),
        str(db),
        str(first),
        str(count),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    child = Child(proc)
    assert proc.stdin is not None and proc.stdout is not None
    stdin, stdout = proc.stdin, proc.stdout

    def send(raw: str) -> None:
        if proc.returncode is None and not stdin.is_closing():
            stdin.write(raw.encode() + b"\n")

    async def pump_stdout() -> None:
        while line := await stdout.readline():
            csms.received(line.decode().rstrip("\n"))

    csms.sender = send
    csms.connected("ocpp1.6")
    tasks = asyncio.gather(pump_stdout(), child.pump_stderr())
    return child, tasks


async def test_sigkill_in_a_burst_loses_nothing_and_duplicates_only_the_unanswered(
    tmp_path: Path,
) -> None:
    db = tmp_path / "station.db"
    received: list[int] = []
    kill_at = 15
    child: Child | None = None
    never = asyncio.Event()

    async def on_meter_values(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        received.append(value_of(payload))
        if len(received) == kill_at and child is not None:
            child.proc.send_signal(signal.SIGKILL)  # mid-burst, this message unanswered
            await never.wait()
        return {}

    csms = Device(
        lambda raw: None, {"MeterValues": on_meter_values}, version="ocpp1.6", role="csms"
    )
    child, tasks = await run_child(db, 1, 200, csms)
    assert await asyncio.wait_for(child.proc.wait(), 60) == -signal.SIGKILL
    await asyncio.wait_for(tasks, 60)
    csms.disconnected()
    first_run_queued = list(child.queued)
    unanswered = received[kill_at - 1]
    assert len(first_run_queued) > kill_at  # the kill came while messages were queued

    child, tasks = await run_child(db, 1001, 20, csms)
    await asyncio.wait_for(child.drained.wait(), 60)
    child.proc.kill()
    await child.proc.wait()
    await asyncio.wait_for(tasks, 60)
    csms.disconnected()

    # nothing lost: every message whose put returned reached the central system
    assert set(first_run_queued) | set(child.queued) <= set(received)
    # in order: first receptions are increasing, old messages before the new run's
    first_seen = list(dict.fromkeys(received))
    assert first_seen == sorted(first_seen)
    delivered_old = [v for v in first_seen if v < 1000]
    assert delivered_old == list(range(1, len(delivered_old) + 1))
    assert [v for v in first_seen if v > 1000] == list(range(1001, 1021))
    # exactly once, but for the message the central system never answered: at least once
    counts = {v: received.count(v) for v in first_seen}
    assert counts.pop(unanswered) == 2
    assert set(counts.values()) == {1}
    reopened = SQLiteStore(db)
    assert reopened.load() == []
    reopened.close()


async def test_closing_the_outbox_closes_its_store_and_keeps_the_queue(tmp_path: Path) -> None:
    import sqlite3

    station = Device(lambda raw: None, role="charging_station")
    store = SQLiteStore(tmp_path / "outbox.db")
    outbox = Outbox(station, store)
    outbox.start()
    outbox.put("Heartbeat", {})
    outbox.close()
    with pytest.raises(sqlite3.ProgrammingError):
        store.load()  # the connection is closed
    again = SQLiteStore(tmp_path / "outbox.db")
    assert [e.action for e in again.load()] == ["Heartbeat"]
    again.close()


async def test_a_given_up_start_still_lets_its_stop_through_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()

    def refuse(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        central.received.append((ctx.action, payload))
        raise CallError("InternalError", "no such tag")

    central.device.on("StartTransaction", refuse)
    outbox = Outbox(cs, attempts=1)
    outbox.start()
    start = outbox.put(
        "StartTransaction", {"connectorId": 1, "idTag": "T", "meterStart": 0, "timestamp": NOW}
    )
    stop = outbox.put(
        "StopTransaction",
        {"transactionId": 0, "meterStop": 5, "timestamp": NOW},
        transaction_of=start,
    )
    pipe = connect(cs, central.device)
    await settle(pipe)
    with pytest.raises(CallError):
        await start
    assert await stop == {}
    assert central.received[-1] == (
        "StopTransaction",
        {"transactionId": 0, "meterStop": 5, "timestamp": NOW},
    )
    assert any("placeholder transactionId" in r.message for r in caplog.records)
    outbox.close()


# -- transaction ids across a restart ----------------------------------------------------------


START = {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": NOW}
STOP = {"transactionId": 0, "meterStop": 10, "timestamp": NOW}


def crash(entry: Any, outcome: Any) -> None:
    """An on_answer that dies before the application could keep anything."""
    raise RuntimeError("the power went")


@pytest.mark.parametrize("on_answer", [None, crash])
async def test_a_restarted_outbox_still_knows_an_answered_start_transaction_id(
    tmp_path: Path,
    on_answer: Any,
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()
    first = Outbox(cs, SQLiteStore(tmp_path / "outbox.db"), on_answer=on_answer)
    first.start()
    start = first.put("StartTransaction", START)
    pipe = connect(cs, central.device)
    assert (await start)["transactionId"] == 42
    pipe.close()
    first.close()  # the process ends

    cs, central = station(clock), Central()
    second = Outbox(cs, SQLiteStore(tmp_path / "outbox.db"))
    assert second.start() == []
    stop = second.put("StopTransaction", STOP, transaction_of=start.seq)
    assert stop.entry.payload["transactionId"] == 42
    pipe = connect(cs, central.device)
    await stop
    assert central.received == [("StopTransaction", dict(STOP, transactionId=42))]
    assert not any("transaction_of" in r.message for r in caplog.records)
    pipe.close()
    second.close()


@pytest.mark.parametrize("kind", STORES)
async def test_the_store_keeps_the_transaction_id_with_the_start_removal(
    kind: str,
    tmp_path: Path,
) -> None:
    store = store_of(kind, tmp_path)
    start = store.append("StartTransaction", START, None)
    assert store.transaction_id(start.seq) is None
    store.complete(start.seq, [], transaction_id=42)
    assert store.load() == []
    assert store.transaction_id(start.seq) == 42
    store.close()
    if kind == "sqlite":
        reopened = SQLiteStore(tmp_path / "outbox.db")
        assert reopened.transaction_id(start.seq) == 42
        reopened.close()


async def test_an_outbox_file_without_the_transactions_table_is_upgraded(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "outbox.db"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " action TEXT NOT NULL, payload TEXT NOT NULL,"
        " attempts INTEGER NOT NULL DEFAULT 0, transaction_of INTEGER)"
    )
    old.execute(
        "INSERT INTO outbox (action, payload) VALUES ('StartTransaction', ?)", (json.dumps(START),)
    )
    old.commit()
    old.close()
    store = SQLiteStore(path)
    [entry] = store.load()
    store.complete(entry.seq, [], transaction_id=7)
    assert store.transaction_id(entry.seq) == 7
    store.close()


async def test_an_unknown_transaction_of_keeps_the_placeholder_and_warns_once(
    caplog: pytest.LogCaptureFixture,
) -> None:
    outbox = Outbox(station(FakeClock()))
    outbox.start()
    first = outbox.put("StopTransaction", STOP, transaction_of=99)
    outbox.put("MeterValues", meter_values(1, transaction_id=0), transaction_of=99)
    assert first.entry.payload["transactionId"] == 0
    assert [e.transaction_of for e in outbox.pending] == [None, None]
    warnings = [r for r in caplog.records if "transaction_of" in r.message]
    assert len(warnings) == 1 and warnings[0].levelname == "WARNING"
    outbox.close()


# -- settings changed at run time --------------------------------------------------------------


async def test_attempts_and_retry_interval_can_be_changed_at_run_time() -> None:
    clock = FakeClock()
    cs, central = station(clock), Central()
    outbox = Outbox(cs, attempts=5, retry_interval=60)
    outbox.start()
    outbox.attempts = 2  # TransactionMessageAttempts changed
    outbox.retry_interval = 5  # TransactionMessageRetryInterval changed
    with pytest.raises(ValueError):
        outbox.attempts = 0
    with pytest.raises(ValueError):
        outbox.retry_interval = -1
    assert (outbox.attempts, outbox.retry_interval) == (2, 5)
    central.failures[1] = 5
    pipe = connect(cs, central.device)
    delivery = outbox.put("MeterValues", meter_values(1))
    await settle(pipe)
    clock.advance(5)
    with pytest.raises(CallError):
        await delivery
    assert central.values() == [1, 1]
    pipe.close()
    outbox.close()
