"""WebSocket transport defects, each pinned by the test that found it."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from websockets.asyncio.client import connect

from ocpp_engine import Device, LocalProtocolError, Role
from ocpp_engine.testing import FakeClock
from ocpp_engine.transports.websocket import (
    Backoff,
    CentralSystem,
    ChargePoint,
    HandshakeRequest,
    Station,
)

from .transport_helpers import NOW, csms_handlers_16, eventually, within

#: OCPP-J 1.6 section 6.2.2: identity AL1000, AuthorizationKey 0001020304050607FFFF...FF.
SPEC_HEADER = "Basic QUwxMDAwOgABAgMEBQYH////////////////"
SPEC_KEY = bytes.fromhex("0001020304050607" + "FF" * 12)


def url(csms: CentralSystem) -> str:
    return f"ws://127.0.0.1:{csms.port}/ocpp"


# -- binary Basic-auth keys ----------------------------------------------------------------------


async def test_the_spec_example_of_a_binary_authorization_key_is_accepted() -> None:
    seen: list[HandshakeRequest] = []

    def authorize(request: HandshakeRequest) -> bool:
        seen.append(request)
        return request.username == request.identity and request.password_bytes == SPEC_KEY

    assert len(SPEC_KEY) == 20
    async with CentralSystem(csms_handlers_16(), port=0, authorize=authorize) as csms:
        # the header exactly as the specification prints it
        async with connect(url(csms) + "/AL1000", subprotocols=["ocpp1.6"],
                           additional_headers={"Authorization": SPEC_HEADER}) as ws:
            assert ws.subprotocol == "ocpp1.6"
            await eventually(lambda: "AL1000" in csms.stations)
        assert seen[-1].username == "AL1000"
        assert seen[-1].password is None  # not UTF-8: no text form
        # our client sends the same header for the same key
        cp = ChargePoint(url(csms), "AL1000", versions=["ocpp1.6"], password=SPEC_KEY)
        assert cp._options["additional_headers"]["Authorization"] == SPEC_HEADER
        async with cp:
            assert (await within(cp.call("Heartbeat")))["currentTime"] == NOW
        assert seen[-1].password_bytes == SPEC_KEY


async def test_a_text_password_has_both_forms() -> None:
    seen: list[HandshakeRequest] = []
    async with CentralSystem(csms_handlers_16(), port=0,
                             authorize=lambda r: seen.append(r) or True) as csms:
        async with ChargePoint(url(csms), "CP1", versions=["ocpp1.6"], password="pässword"):
            pass
        async with ChargePoint(url(csms), "CP1", versions=["ocpp1.6"]):
            pass
    assert seen[0].password == "pässword"
    assert seen[0].password_bytes == "pässword".encode()
    assert (seen[1].username, seen[1].password, seen[1].password_bytes) == (None, None, None)


# -- the reconnection backoff --------------------------------------------------------------------


def crash_looping(**options: Any) -> CentralSystem:
    """A central system that closes every connection as soon as it is made."""

    async def hang_up(station: Station) -> None:
        await station.websocket.close(1011, "crashed")

    return CentralSystem(csms_handlers_16(), port=0, on_connect=hang_up, **options)


async def test_the_backoff_grows_when_every_connection_is_closed_at_once() -> None:
    delays: list[float] = []
    enough = asyncio.Event()

    async def sleep(seconds: float) -> None:
        delays.append(seconds)
        if len(delays) == 5:
            enough.set()
            await asyncio.Future()  # wait here until closed
        await asyncio.sleep(0)

    async with crash_looping() as csms:
        cp = ChargePoint(url(csms), "CP1", versions=["ocpp1.6"], sleep=sleep,
                         backoff=Backoff(initial=1, factor=2, maximum=100, jitter=0))
        await cp.start()
        try:
            await within(enough.wait())
        finally:
            await cp.close()
    assert delays == [1, 2, 4, 8, 16]


async def test_a_connection_is_good_once_it_stayed_up_long_enough() -> None:
    clock = FakeClock()
    delays: list[float] = []
    slept = asyncio.Event()

    async def sleep(seconds: float) -> None:
        delays.append(seconds)
        slept.set()
        await asyncio.sleep(0)

    device = Device(role=Role.CHARGING_STATION, clock=clock)
    async with CentralSystem(csms_handlers_16(), port=0) as csms:
        cp = ChargePoint(url(csms), "CP1", versions=["ocpp1.6"], device=device, sleep=sleep,
                         stable_after=60, backoff=Backoff(initial=1, factor=2, jitter=0))
        await cp.start()
        try:
            for uptime, expected in ((59.0, 1), (0.0, 2), (60.0, 1), (0.0, 2), (0.0, 4)):
                await within(cp.wait_connected())
                clock.advance(uptime)
                slept.clear()
                await within(csms.close_connection("CP1"))
                await within(slept.wait())
                assert delays[-1] == expected, (uptime, delays)
        finally:
            await cp.close()


async def test_a_connection_that_carried_an_answered_call_is_good() -> None:
    delays: list[float] = []
    slept = asyncio.Event()

    async def sleep(seconds: float) -> None:
        delays.append(seconds)
        slept.set()
        await asyncio.sleep(0)

    async with CentralSystem(csms_handlers_16(), port=0) as csms:
        cp = ChargePoint(url(csms), "CP1", versions=["ocpp1.6"], sleep=sleep,
                         backoff=Backoff(initial=1, factor=2, jitter=0))
        await cp.start()
        try:
            for answered, expected in ((False, 1), (False, 2), (True, 1), (False, 2)):
                await within(cp.wait_connected())
                if answered:
                    await within(cp.call("Heartbeat"))
                slept.clear()
                await within(csms.close_connection("CP1"))
                await within(slept.wait())
                assert delays[-1] == expected, (answered, delays)
        finally:
            await cp.close()


# -- why a charge point that does not reconnect stopped ------------------------------------------


async def test_no_common_version_without_reconnect_raises_why() -> None:
    async with CentralSystem(port=0, versions=["ocpp2.0.1"]) as csms:
        cp = ChargePoint(url(csms), "CP1", versions=["ocpp1.6"], reconnect=False)
        with pytest.raises(ConnectionError, match="agreed on none"):
            async with cp:
                raise AssertionError("must not connect")


async def test_a_connection_closed_at_once_without_reconnect_says_how_it_closed() -> None:
    async with crash_looping() as csms:
        cp = ChargePoint(url(csms), "CP1", versions=["ocpp1.6"], reconnect=False)
        await cp.start()
        # run() is over: the central system hung up at once, and there is no second attempt
        await eventually(lambda: cp._task is not None and cp._task.done())
        with pytest.raises(LocalProtocolError) as info:
            await cp.wait_connected()
        await cp.close()
    assert isinstance(info.value.__cause__, ConnectionError)
    assert "1011" in str(info.value.__cause__)
    assert "crashed" in str(info.value.__cause__)
