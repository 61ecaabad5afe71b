"""Worker mode end to end: a station's CALLs answered by a pool of worker processes.

An edge `CentralSystem(cluster=Cluster(..., workers=True))` and two worker `Cluster` s share a
broker (in memory, a real nats-server, a real redis-server); a `ChargePoint` connects to the
edge over a real WebSocket and its CALLs are answered by the workers.
"""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from ocpp_engine import CallError, Device
from ocpp_engine.cluster import Bus, Cluster, MemoryBroker, MemoryBus, NatsBus, WorkContext
from ocpp_engine.transports.websocket import CentralSystem, ChargePoint
from tests.cluster_helpers import NatsServer, RedisServer, nats_server, redis_server
from tests.transport_helpers import within

pytestmark = pytest.mark.transport

_PREFIXES = itertools.count()

Buses = Callable[[], Bus]


@pytest.fixture(scope="module")
def nats_broker() -> Iterator[NatsServer]:
    with nats_server() as server:
        yield server


@pytest.fixture(scope="module")
def redis_broker() -> Iterator[RedisServer]:
    with redis_server() as server:
        yield server


@pytest.fixture(params=["memory", "nats", "redis"])
def buses(request: pytest.FixtureRequest) -> Buses:
    """Makes the buses of one cluster on the engine named by the parameter."""
    prefix = f"w{next(_PREFIXES)}"
    if request.param == "memory":
        broker = MemoryBroker()
        return lambda: MemoryBus(broker)
    if request.param == "nats":
        nats: NatsServer = request.getfixturevalue("nats_broker")
        return lambda: NatsBus(nats.url, prefix=prefix)
    from ocpp_engine.cluster import RedisBus

    redis: RedisServer = request.getfixturevalue("redis_broker")
    return lambda: RedisBus(redis.url, prefix=prefix, presence_ttl=1.0)


class Workers:
    """The handlers of one worker process; what they handled goes to a log shared by the pool."""

    def __init__(self, name: str, log: list[tuple[str, str, str, str]]) -> None:
        self.name = name
        self.log = log

    def _seen(self, ctx: WorkContext) -> None:
        assert isinstance(ctx, WorkContext)
        self.log.append((self.name, ctx.identity, ctx.action, ctx.version))

    def boot(self, payload: dict[str, Any], ctx: WorkContext) -> dict[str, Any]:
        self._seen(ctx)
        assert payload["chargePointModel"] == "M"
        return {"status": "Accepted", "currentTime": "2026-01-01T00:00:00Z", "interval": 300}

    async def heartbeat(self, payload: dict[str, Any], ctx: WorkContext) -> dict[str, Any]:
        self._seen(ctx)
        await asyncio.sleep(0)
        return {"currentTime": "2026-01-01T00:00:00Z"}

    def start(self, payload: dict[str, Any], ctx: WorkContext) -> dict[str, Any]:
        self._seen(ctx)
        if payload["idTag"] == "STOLEN":
            raise CallError("SecurityError", "this tag is blocked", {"tag": "STOLEN"})
        return {"transactionId": 7, "idTagInfo": {"status": "Accepted"}}

    def handlers(self) -> dict[str, Any]:
        return {
            "BootNotification": self.boot,
            "Heartbeat": self.heartbeat,
            "StartTransaction": self.start,
        }


def _start(id_tag: str) -> dict[str, Any]:
    return {"connectorId": 1, "idTag": id_tag, "meterStart": 0, "timestamp": "2026-01-01T00:00:00Z"}


async def test_a_station_is_answered_by_the_workers_in_order(buses: Buses) -> None:
    log: list[tuple[str, str, str, str]] = []
    workers = []
    for name in ("W1", "W2"):
        worker = Cluster(buses(), node_id=name)
        worker.serve_workers(Workers(name, log).handlers())
        workers.append(worker)
    edge = CentralSystem(port=0, cluster=Cluster(buses(), node_id="edge", workers=True))
    for worker in workers:
        await worker.start()
    try:
        async with edge:
            url = f"ws://127.0.0.1:{edge.port}/ocpp"
            station = ChargePoint(url, "CP-1", versions=["ocpp1.6"])
            async with station:
                await within(station.wait_connected())
                call = station.device.call
                boot = await within(
                    call("BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"})
                )
                assert boot["status"] == "Accepted" and boot["interval"] == 300
                heartbeat = await within(call("Heartbeat", {}))
                assert heartbeat == {"currentTime": "2026-01-01T00:00:00Z"}
                started = await within(call("StartTransaction", _start("TAG-1")))
                assert started == {"transactionId": 7, "idTagInfo": {"status": "Accepted"}}
                with pytest.raises(CallError) as caught:
                    await within(call("StartTransaction", _start("STOLEN")))
                assert caught.value.code == "SecurityError"
                assert caught.value.description == "this tag is blocked"
                assert caught.value.details == {"tag": "STOLEN"}
    finally:
        for worker in workers:
            await worker.close()
    assert [(identity, action, version) for _, identity, action, version in log] == [
        ("CP-1", "BootNotification", "ocpp1.6"),
        ("CP-1", "Heartbeat", "ocpp1.6"),
        ("CP-1", "StartTransaction", "ocpp1.6"),
        ("CP-1", "StartTransaction", "ocpp1.6"),
    ]
    assert {name for name, *_ in log} <= {"W1", "W2"}


async def test_calls_sent_at_once_are_handled_in_the_stations_order() -> None:
    broker = MemoryBroker()
    order: list[str] = []
    workers = []
    for name in ("W1", "W2"):

        async def heartbeat(payload: dict[str, Any], ctx: WorkContext, name: str = name) -> Any:
            order.append("in " + ctx.message_id)
            for _ in range(5):
                await asyncio.sleep(0)
            order.append("out " + ctx.message_id)
            return {"currentTime": "2026-01-01T00:00:00Z"}

        worker = Cluster(MemoryBus(broker), node_id=name)
        worker.serve_workers({"Heartbeat": heartbeat})
        workers.append(worker)
        await worker.start()
    edge = CentralSystem(port=0, cluster=Cluster(MemoryBus(broker), workers=True))
    async with edge:
        ids = iter(f"m{i}" for i in range(100))
        device = Device(
            role="charging_station",
            id_factory=lambda: next(ids),
            max_outstanding_calls=4,  # more than OCPP-J allows: CALLs sent before any answer
        )
        url = f"ws://127.0.0.1:{edge.port}/ocpp"
        station = ChargePoint(url, "CP-1", versions=["ocpp1.6"], device=device)
        async with station:
            await within(station.wait_connected())
            calls = [station.device.call("Heartbeat", {}) for _ in range(4)]
            await within(asyncio.gather(*calls))
    for worker in workers:
        await worker.close()
    # one at a time, in the order sent, though the calls were spread over two workers
    assert order == [f"{step} m{i}" for i in range(4) for step in ("in", "out")]


async def test_local_handlers_stay_on_the_edge_and_a_missing_pool_is_an_internal_error() -> None:
    broker = MemoryBroker()

    def local_heartbeat(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        return {"currentTime": "2000-01-01T00:00:00Z"}

    edge = CentralSystem(
        handlers={"Heartbeat": local_heartbeat},
        port=0,
        cluster=Cluster(MemoryBus(broker), workers=True),
    )
    async with edge:
        station = ChargePoint(f"ws://127.0.0.1:{edge.port}/ocpp", "CP-1", versions=["ocpp1.6"])
        async with station:
            await within(station.wait_connected())
            call = station.device.call
            assert await within(call("Heartbeat", {})) == {"currentTime": "2000-01-01T00:00:00Z"}
            with pytest.raises(CallError) as caught:  # no worker on the broker
                await within(
                    call("BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"})
                )
            assert caught.value.code == "InternalError"
            assert "no worker" in caught.value.description


async def test_a_worker_answer_that_breaks_the_schema_is_an_internal_error() -> None:
    broker = MemoryBroker()
    seen: list[str] = []

    def anything(payload: dict[str, Any], ctx: WorkContext) -> dict[str, Any]:
        seen.append(ctx.action)
        return {"status": "Maybe"}

    worker = Cluster(MemoryBus(broker))
    worker.serve_workers({"*": anything})
    await worker.start()
    edge = CentralSystem(port=0, cluster=Cluster(MemoryBus(broker), workers=True))
    async with edge:
        device = Device(role="charging_station", validation=False)
        url = f"ws://127.0.0.1:{edge.port}/ocpp"
        station = ChargePoint(url, "CP-1", versions=["ocpp1.6"], device=device)
        async with station:
            await within(station.wait_connected())
            with pytest.raises(CallError) as caught:
                await within(
                    station.device.call(
                        "BootNotification", {"chargePointVendor": "V", "chargePointModel": "M"}
                    )
                )
            assert caught.value.code == "InternalError"
            # a request that breaks its schema never reaches the pool
            with pytest.raises(CallError) as refused:
                await within(station.device.call("Heartbeat", {"extra": 1}))
            assert refused.value.code != "InternalError"
    await worker.close()
    assert seen == ["BootNotification"]


async def test_the_registration_gate_stays_on_the_edge() -> None:
    from ocpp_engine.registration import RegistrationGate

    broker = MemoryBroker()
    seen: list[str] = []

    def pending(payload: dict[str, Any], ctx: WorkContext) -> dict[str, Any]:
        seen.append(ctx.action)
        return {"status": "Pending", "currentTime": "2026-01-01T00:00:00Z", "interval": 60}

    def heartbeat(payload: dict[str, Any], ctx: WorkContext) -> dict[str, Any]:
        seen.append(ctx.action)
        return {"currentTime": "2026-01-01T00:00:00Z"}

    def guarded(request: Any) -> Device:
        device = Device(role="csms", identity=request.identity)
        RegistrationGate.attach(device, side="csms")
        return device

    worker = Cluster(MemoryBus(broker))
    worker.serve_workers({"BootNotification": pending, "Heartbeat": heartbeat})
    await worker.start()
    edge = CentralSystem(
        port=0, device_factory=guarded, cluster=Cluster(MemoryBus(broker), workers=True)
    )
    async with edge:
        station = ChargePoint(f"ws://127.0.0.1:{edge.port}/ocpp", "CP-1", versions=["ocpp1.6"])
        async with station:
            await within(station.wait_connected())
            boot = {"chargePointVendor": "V", "chargePointModel": "M"}
            assert (await within(station.device.call("BootNotification", boot)))["status"] == (
                "Pending"
            )
            with pytest.raises(CallError) as caught:  # refused by the edge's gate
                await within(station.device.call("Heartbeat", {}))
            assert caught.value.code == "SecurityError"
    await worker.close()
    assert seen == ["BootNotification"]  # the refused CALL never reached the pool
