"""WebSocket transport defects, each pinned by the test that found it."""

from __future__ import annotations

import asyncio
import inspect
import io
import json
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import connect

from ocpp_engine import Device, LocalProtocolError, Role
from ocpp_engine.cli._log import FrameLog
from ocpp_engine.cli._station import StationScript
from ocpp_engine.cli.serve import TestCentralSystem
from ocpp_engine.testing import FakeClock
from ocpp_engine.transports.websocket import (
    Backoff,
    CentralSystem,
    ChargePoint,
    HandshakeRequest,
    Station,
)

from .transport_helpers import NOW, Changes, csms_handlers_16, within

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
    changed = Changes()
    async with CentralSystem(
        csms_handlers_16(), port=0, authorize=authorize, on_connect=changed
    ) as csms:
        # the header exactly as the specification prints it
        async with connect(
            url(csms) + "/AL1000",
            subprotocols=["ocpp1.6"],
            additional_headers={"Authorization": SPEC_HEADER},
        ) as ws:
            assert ws.subprotocol == "ocpp1.6"
            await changed.until(lambda: "AL1000" in csms.stations)
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
    async with CentralSystem(
        csms_handlers_16(), port=0, authorize=lambda r: seen.append(r) or True
    ) as csms:
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
        cp = ChargePoint(
            url(csms),
            "CP1",
            versions=["ocpp1.6"],
            sleep=sleep,
            backoff=Backoff(initial=1, factor=2, maximum=100, jitter=0),
        )
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
        cp = ChargePoint(
            url(csms),
            "CP1",
            versions=["ocpp1.6"],
            device=device,
            sleep=sleep,
            stable_after=60,
            backoff=Backoff(initial=1, factor=2, jitter=0),
        )
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
        cp = ChargePoint(
            url(csms),
            "CP1",
            versions=["ocpp1.6"],
            sleep=sleep,
            backoff=Backoff(initial=1, factor=2, jitter=0),
        )
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
        assert cp._task is not None
        await within(asyncio.wait({cp._task}))
        with pytest.raises(LocalProtocolError) as info:
            await cp.wait_connected()
        await cp.close()
    assert isinstance(info.value.__cause__, ConnectionError)
    assert "1011" in str(info.value.__cause__)
    assert "crashed" in str(info.value.__cause__)


# -- the connect command's station ---------------------------------------------------------------


class Wire:
    """The frames a station's device sends, as ``(kind, action)``, and a way to wait for one."""

    def __init__(self, device: Device) -> None:
        self.sent: list[tuple[str, str]] = []
        self.payloads: dict[str, list[Any]] = {}  # action -> the payloads of its CALLs
        self.received: list[tuple[str, str]] = []  # what the central system sent, in order
        self._calls: dict[str, str] = {}
        self._heard: list[str] = []
        self._changed = asyncio.Event()
        device.hooks.before("send_message", self._sending)
        device.hooks.before("message_received", self._receiving)

    def _sending(self, ctx: Any) -> None:
        frame = json.loads(ctx.raw)
        if frame[0] == 2:
            self._calls[frame[1]] = frame[2]
            self.sent.append(("CALL", frame[2]))
            self.payloads.setdefault(frame[2], []).append(frame[3])
        else:
            self.sent.append(
                ("CALLRESULT" if frame[0] == 3 else "CALLERROR", self._heard_action(frame[1]))
            )
        self._changed.set()

    def _heard_action(self, message_id: str) -> str:
        for entry in self._heard:
            if entry.startswith(message_id + " "):
                return entry.split(" ", 1)[1]
        return "?"

    def _receiving(self, ctx: Any) -> None:
        frame = json.loads(ctx.raw)
        if frame[0] == 2:
            self._heard.append(f"{frame[1]} {frame[2]}")
            self.received.append(("CALL", frame[2]))
        else:
            self.received.append(
                ("CALLRESULT" if frame[0] == 3 else "CALLERROR", self._calls.get(frame[1], "?"))
            )
        self._changed.set()

    def calls(self, action: str) -> int:
        return self.sent.count(("CALL", action))

    async def until(self, predicate: Any) -> None:
        while not predicate():
            self._changed.clear()
            await within(self._changed.wait())


async def station_against_serve(
    run: Any,
    *,
    versions: tuple[str, ...] = ("ocpp1.6",),
    slow_handlers: bool = False,
    calls: tuple[tuple[str, dict[str, Any]], ...] = (),
) -> None:
    """Run the connect command's station against serve's central system, in process.

    With *slow_handlers*, an async hook makes every handler of both sides finish later than
    the code it starts (as any async hook or handler may). *calls* are serve's ``--call``.
    """

    async def pause(ctx: Any) -> None:
        for _ in range(5):
            await asyncio.sleep(0)

    def device(request: HandshakeRequest) -> Device:
        made = csms.device(request)
        if slow_handlers:
            made.hooks.after("execute_call_handler", pause)
        return made

    log = FrameLog(io.StringIO())
    csms = TestCentralSystem(log, calls=calls)
    server = CentralSystem(port=0, device_factory=device)
    csms.server = server
    script = StationScript(log, "CP-1")
    async with server:
        cp = ChargePoint(
            url(server),
            "CP-1",
            script.handlers(),
            versions=versions,
            on_connect=script.on_connect,
            backoff=Backoff(initial=0.01, jitter=0),
        )
        wire = Wire(cp.device)
        if slow_handlers:
            cp.device.hooks.after("execute_call_handler", pause)
        await cp.start()
        try:
            await run(server, script, wire)
        finally:
            await script.close()
            await cp.close()
            await csms.close()


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1"])
async def test_the_station_boots_once_across_reconnections(version: str) -> None:
    async def run(server: CentralSystem, script: StationScript, wire: Wire) -> None:
        await wire.until(lambda: wire.calls("StatusNotification") == 1)
        await within(server.close_connection("CP-1", 1012, "restart"))
        await wire.until(lambda: wire.calls("StatusNotification") == 2)
        assert wire.calls("BootNotification") == 1

    await station_against_serve(run, versions=(version,))


@pytest.mark.parametrize("requested", ["Heartbeat", "StatusNotification", "BootNotification"])
async def test_a_triggered_message_follows_the_answer_to_the_trigger(requested: str) -> None:
    async def run(server: CentralSystem, script: StationScript, wire: Wire) -> None:
        await wire.until(lambda: wire.calls("StatusNotification") == 1)
        before = len(wire.sent)
        answer = await within(
            server.call("CP-1", "TriggerMessage", {"requestedMessage": requested})
        )
        assert answer == {"status": "Accepted"}
        await wire.until(lambda: len(wire.sent) >= before + 2)
        assert wire.sent[before : before + 2] == [
            ("CALLRESULT", "TriggerMessage"),
            ("CALL", requested),
        ]

    await station_against_serve(run, slow_handlers=True)


async def test_remote_start_is_answered_before_the_transaction_starts() -> None:
    async def run(server: CentralSystem, script: StationScript, wire: Wire) -> None:
        await wire.until(lambda: wire.calls("StatusNotification") == 1)
        before = len(wire.sent)
        answer = await within(server.call("CP-1", "RemoteStartTransaction", {"idTag": "T"}))
        assert answer == {"status": "Accepted"}
        await wire.until(lambda: wire.calls("StartTransaction") == 1)
        assert wire.sent[before : before + 2] == [
            ("CALLRESULT", "RemoteStartTransaction"),
            ("CALL", "StartTransaction"),
        ]

    await station_against_serve(run, slow_handlers=True)


@pytest.mark.parametrize(
    ("version", "stop", "reason"),
    [
        ("ocpp1.6", "StopTransaction", "HardReset"),
        ("ocpp2.0.1", "TransactionEvent", "ImmediateReset"),
    ],
)
async def test_a_reset_stops_the_transaction_after_its_answer(
    version: str,
    stop: str,
    reason: str,
) -> None:
    reset = {"type": "Hard"} if version == "ocpp1.6" else {"type": "Immediate"}
    start = (
        ("RemoteStartTransaction", {"idTag": "T"})
        if version == "ocpp1.6"
        else (
            "RequestStartTransaction",
            {"idToken": {"idToken": "T", "type": "ISO14443"}, "remoteStartId": 1},
        )
    )

    async def run(server: CentralSystem, script: StationScript, wire: Wire) -> None:
        await wire.until(lambda: wire.calls("StatusNotification") == 1)
        await within(server.call("CP-1", *start))
        await wire.until(lambda: wire.calls("StatusNotification") == 2)  # now Occupied
        before = len(wire.sent)
        assert await within(server.call("CP-1", "Reset", reset)) == {"status": "Accepted"}
        await wire.until(lambda: len(wire.sent) >= before + 2)
        assert wire.sent[before : before + 2] == [("CALLRESULT", "Reset"), ("CALL", stop)]
        await wire.until(lambda: wire.calls("StatusNotification") == 3)  # Available again
        assert script.tx is None
        assert reason in json.dumps(wire.payloads[stop][-1])

    await station_against_serve(run, versions=(version,), slow_handlers=True)


# -- the guide -----------------------------------------------------------------------------------


def test_the_guide_says_when_a_silent_peer_is_dropped() -> None:
    guide = " ".join(
        (Path(__file__).parent.parent / "docs/guides/websocket.md").read_text().split()
    )
    totals = set()
    for cls in (CentralSystem, ChargePoint):
        params = inspect.signature(cls).parameters
        totals.add(
            sum(params[name].default for name in ("ping_interval", "ping_timeout", "close_timeout"))
        )
    assert totals == {50.0}
    assert (
        "at most `ping_interval + ping_timeout + close_timeout` seconds after its last "
        "pong: 50 s with the defaults"
    ) in guide
    assert "within `ping_timeout`" not in guide


async def test_serve_sends_its_calls_after_answering_the_boot() -> None:
    async def run(server: CentralSystem, script: StationScript, wire: Wire) -> None:
        await wire.until(lambda: ("CALL", "Reset") in wire.received)
        assert wire.received[:2] == [("CALLRESULT", "BootNotification"), ("CALL", "Reset")]

    await station_against_serve(run, slow_handlers=True, calls=(("Reset", {"type": "Soft"}),))
