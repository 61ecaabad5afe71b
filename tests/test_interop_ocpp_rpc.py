"""Interoperability with ocpp-rpc 2.x, a widely used Node.js OCPP-J library, in strict mode.

ocpp-rpc runs in a Node subprocess (``tests/ocpp_rpc/driver.js``) that the tests drive over
JSON lines on its stdin and stdout. In strict mode it checks every payload it sends and
receives against its own copy of the official schemas (the 2.1 ones re-keyed by the driver,
see there). Its ``RPCServer`` serves our `ChargePoint`, and its ``RPCClient`` connects to our
`CentralSystem`, for 1.6, 2.0.1 and 2.1, each over a real loopback WebSocket with Basic auth,
running a full session: boot, heartbeat, status notification, authorize, a transaction (1.6:
Start, MeterValues, Stop; 2.x: TransactionEvent Started, Updated, Ended), the central side's
calls (read a setting, a remote start, a TriggerMessage followed by the message it asked for),
CALLs from both ends at once, and CALLERRORs both ways: an action the receiver does not know
(NotImplemented), a known action without a handler, and payloads with a missing field or a
field of the wrong type.

ocpp-rpc does not implement the 2.1 SEND (message type 6): it answers our station's SEND with a
CALLERROR MessageTypeNotSupported, which our device drops as an answer to no CALL of ours. Its
client cannot send one either; the 2.1 test hands our central system a raw SEND over its socket.

The Node packages are pinned in ``tests/ocpp_rpc/package-lock.json``; without them (or without
``node``) these tests fail and say how to install them.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import shutil
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import CallContext, CallError, CustomAction, Device, HookContext, Role, Validation
from ocpp_engine.transports.websocket import (
    CentralSystem,
    ChargePoint,
    HandshakeRequest,
    Station,
)
from ocpp_engine.validation import Direction

from .transport_helpers import NOW, within

DRIVER_DIR = Path(__file__).resolve().parent / "ocpp_rpc"
INSTALL = "npm ci --prefix tests/ocpp_rpc --no-audit --no-fund"
VERSIONS = ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"]
WAIT = 10.0

# -- ocpp-rpc in a subprocess ---------------------------------------------------------------


def node_or_fail() -> str:
    """Return the path of ``node``; fail the test when it or ocpp-rpc is not installed."""
    node = shutil.which("node")
    if node is None:
        pytest.fail(
            f"node is not on PATH: install Node.js 18 or later, then run `{INSTALL}` "
            "in the repository root",
            pytrace=False,
        )
    if not (DRIVER_DIR / "node_modules" / "ocpp-rpc" / "package.json").is_file():
        pytest.fail(
            f"ocpp-rpc is not installed: run `{INSTALL}` in the repository root", pytrace=False
        )
    return node


class TheirError(Exception):
    """ocpp-rpc's ``call()`` failed: a CALLERROR from us, or one of its own checks."""

    def __init__(self, error: dict[str, Any]) -> None:
        super().__init__(f"{error['code']}: {error['message']}")
        self.code: str | None = error["code"]
        self.message: str = error["message"]


class OcppRpc:
    """The driver process: commands go to its stdin, answers and events come from its stdout."""

    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process
        self.ready: dict[str, Any] = {}
        self.events: list[dict[str, Any]] = []
        self.noise: list[str] = []  # stderr, and stdout lines that are not JSON
        self._answers: dict[int, asyncio.Future[dict[str, Any]]] = {}
        self._ids = itertools.count()
        self._changed = asyncio.Event()
        self._ended = False
        self._readers = [
            asyncio.ensure_future(self._read_stdout()),
            asyncio.ensure_future(self._read_stderr()),
        ]

    async def _read_stdout(self) -> None:
        assert self.process.stdout is not None
        try:
            async for line in self.process.stdout:
                text = line.decode(errors="replace").strip()
                try:
                    message = json.loads(text)
                except ValueError:
                    self.noise.append(text)
                    continue
                future = self._answers.pop(message.get("id", -1), None)
                if future is not None:
                    if not future.done():
                        future.set_result(message)
                else:
                    self.events.append(message)
                self._changed.set()
        finally:
            self._ended = True
            self._changed.set()
            for future in self._answers.values():
                if not future.done():
                    future.set_exception(
                        AssertionError(
                            f"the ocpp-rpc driver ended without answering\n{self.transcript()}"
                        )
                    )

    async def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        async for line in self.process.stderr:
            self.noise.append(line.decode(errors="replace").rstrip())

    def transcript(self) -> str:
        """The driver's events and other output, for failure messages."""
        lines = [json.dumps(event) for event in self.events[-40:]] + self.noise[-40:]
        return "\n".join(lines)

    def of(self, kind: str) -> list[dict[str, Any]]:
        """Every event of *kind* received so far."""
        return [event for event in self.events if event.get("event") == kind]

    async def wait(self, kind: str, count: int = 1, **match: Any) -> dict[str, Any]:
        """Wait for the *count*-th event of *kind* whose fields equal *match*; return it."""

        def found() -> list[dict[str, Any]]:
            return [e for e in self.of(kind) if all(e.get(k) == v for k, v in match.items())]

        async def until() -> dict[str, Any]:
            while len(found()) < count:
                if self._ended or any(e.get("event") == "fatal" for e in self.events):
                    raise AssertionError(f"no {kind} event {match}\n{self.transcript()}")
                self._changed.clear()
                await self._changed.wait()
            return found()[count - 1]

        try:
            return await within(until(), WAIT)
        except asyncio.TimeoutError:
            raise AssertionError(
                f"no {kind} event {match} within {WAIT} s\n{self.transcript()}"
            ) from None

    async def request(self, op: str, timeout: float = WAIT + 2, **fields: Any) -> dict[str, Any]:
        """Send a command and return the driver's answer to it."""
        assert self.process.stdin is not None
        ident = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._answers[ident] = future
        self.process.stdin.write((json.dumps({"id": ident, "op": op, **fields}) + "\n").encode())
        await self.process.stdin.drain()
        try:
            answer = await within(future, timeout)
        except asyncio.TimeoutError:
            raise AssertionError(f"no answer to {op} {fields}\n{self.transcript()}") from None
        if "failed" in answer:
            raise AssertionError(f"the driver failed {op}: {answer['failed']}\n{self.transcript()}")
        return answer

    async def call(self, action: str, payload: dict[str, Any]) -> Any:
        """Make ocpp-rpc send a CALL; return the CALLRESULT payload.

        Raises:
            TheirError: the call failed (a CALLERROR, or ocpp-rpc's own strict check).
        """
        answer = await self.request("call", method=action, params=payload)
        if "error" in answer:
            raise TheirError(answer["error"])
        return answer["result"]

    async def raw(self, frame: list[Any]) -> list[Any]:
        """Send *frame* past ocpp-rpc's checks; return the answer frame with its message id."""
        return list((await self.request("raw", frame=json.dumps(frame)))["reply"])

    async def close(self) -> None:
        """Close the connection and end the driver (killing it if it does not end)."""
        if self.process.returncode is None:
            if self.ready:
                with contextlib.suppress(AssertionError, ConnectionError):
                    await self.request("close", timeout=5)
            try:
                await within(self.process.wait(), 5 if self.ready else 0.1)
            except asyncio.TimeoutError:
                self.process.kill()
                await self.process.wait()
        await asyncio.gather(*self._readers, return_exceptions=True)

    def strict_failures(self) -> list[tuple[str, bool, bool]]:
        """ocpp-rpc's strict-mode rejections: (action, outbound, is a CALL)."""
        return [
            (e["method"], e["outbound"], e["isCall"]) for e in self.of("strictValidationFailure")
        ]


@contextlib.asynccontextmanager
async def ocpp_rpc(**config: Any) -> AsyncIterator[OcppRpc]:
    """Run the driver with *config* (see driver.js) and wait until it is ready."""
    node = node_or_fail()
    process = await asyncio.create_subprocess_exec(
        node,
        str(DRIVER_DIR / "driver.js"),
        json.dumps({"lifetimeMs": 60_000, **config}),
        stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        cwd=DRIVER_DIR,
    )
    peer = OcppRpc(process)
    try:
        ready = await peer.wait("ready")
        assert ready["version"].startswith("2."), f"ocpp-rpc {ready['version']}: run `{INSTALL}`"
        peer.ready = ready
        yield peer
    finally:
        await peer.close()


# -- the sessions ---------------------------------------------------------------------------

TOKEN = {"idToken": "TAG", "type": "ISO14443"}

#: What the station sends, and what the central system answers, in order.
STATION_SESSION: dict[str, list[tuple[str, dict[str, Any], dict[str, Any]]]] = {
    "ocpp1.6": [
        (
            "BootNotification",
            {"chargePointVendor": "Vendör ⚡", "chargePointModel": "Model"},
            {"status": "Accepted", "currentTime": NOW, "interval": 300},
        ),
        ("Heartbeat", {}, {"currentTime": NOW}),
        (
            "StatusNotification",
            {"connectorId": 1, "errorCode": "NoError", "status": "Available"},
            {},
        ),
        ("Authorize", {"idTag": "TAG"}, {"idTagInfo": {"status": "Accepted"}}),
        (
            "StartTransaction",
            {"connectorId": 1, "idTag": "TAG", "meterStart": 0, "timestamp": NOW},
            {"transactionId": 7, "idTagInfo": {"status": "Accepted"}},
        ),
        (
            "MeterValues",
            {
                "connectorId": 1,
                "transactionId": 7,
                "meterValue": [
                    {
                        "timestamp": NOW,
                        "sampledValue": [
                            {
                                "value": "1500",
                                "measurand": "Energy.Active.Import.Register",
                                "unit": "Wh",
                            }
                        ],
                    }
                ],
            },
            {},
        ),
        (
            "StopTransaction",
            {"meterStop": 1500, "timestamp": NOW, "transactionId": 7, "reason": "Local"},
            {"idTagInfo": {"status": "Accepted"}},
        ),
    ],
}
STATION_SESSION["ocpp2.0.1"] = STATION_SESSION["ocpp2.1"] = [
    (
        "BootNotification",
        {"chargingStation": {"model": "Model", "vendorName": "Vendör ⚡"}, "reason": "PowerUp"},
        {"currentTime": NOW, "interval": 300, "status": "Accepted"},
    ),
    ("Heartbeat", {}, {"currentTime": NOW}),
    (
        "StatusNotification",
        {"timestamp": NOW, "connectorStatus": "Available", "evseId": 1, "connectorId": 1},
        {},
    ),
    ("Authorize", {"idToken": TOKEN}, {"idTokenInfo": {"status": "Accepted"}}),
    (
        "TransactionEvent",
        {
            "eventType": "Started",
            "timestamp": NOW,
            "triggerReason": "Authorized",
            "seqNo": 0,
            "transactionInfo": {"transactionId": "tx-1"},
            "idToken": TOKEN,
            "evse": {"id": 1, "connectorId": 1},
        },
        {"idTokenInfo": {"status": "Accepted"}},
    ),
    (
        "TransactionEvent",
        {
            "eventType": "Updated",
            "timestamp": NOW,
            "triggerReason": "MeterValuePeriodic",
            "seqNo": 1,
            "transactionInfo": {"transactionId": "tx-1"},
            "meterValue": [
                {
                    "timestamp": NOW,
                    "sampledValue": [
                        {"value": 1500.0, "measurand": "Energy.Active.Import.Register"}
                    ],
                }
            ],
        },
        {"idTokenInfo": {"status": "Accepted"}},
    ),
    (
        "TransactionEvent",
        {
            "eventType": "Ended",
            "timestamp": NOW,
            "triggerReason": "StopAuthorized",
            "seqNo": 2,
            "transactionInfo": {"transactionId": "tx-1", "stoppedReason": "Local"},
        },
        {"idTokenInfo": {"status": "Accepted"}},
    ),
]

#: What the central system asks the station, and the station's answer.
CSMS_SESSION: dict[str, list[tuple[str, dict[str, Any], dict[str, Any]]]] = {
    "ocpp1.6": [
        (
            "GetConfiguration",
            {"key": ["HeartbeatInterval"]},
            {"configurationKey": [{"key": "HeartbeatInterval", "readonly": False, "value": "300"}]},
        ),
        ("RemoteStartTransaction", {"idTag": "REMOTE", "connectorId": 1}, {"status": "Accepted"}),
    ],
}
VARIABLE = {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}}
CSMS_SESSION["ocpp2.0.1"] = CSMS_SESSION["ocpp2.1"] = [
    (
        "GetVariables",
        {"getVariableData": [VARIABLE]},
        {
            "getVariableResult": [
                {"attributeStatus": "Accepted", "attributeValue": "300", **VARIABLE}
            ]
        },
    ),
    (
        "RequestStartTransaction",
        {"idToken": {"idToken": "REMOTE", "type": "Central"}, "remoteStartId": 1},
        {"status": "Accepted"},
    ),
]

#: TriggerMessage: its payload, and the message the station sends after accepting it.
TRIGGER: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {
    "ocpp1.6": (
        {"requestedMessage": "StatusNotification", "connectorId": 1},
        {"connectorId": 1, "errorCode": "NoError", "status": "Preparing"},
    ),
}
TRIGGER["ocpp2.0.1"] = TRIGGER["ocpp2.1"] = (
    {"requestedMessage": "StatusNotification", "evse": {"id": 1, "connectorId": 1}},
    {"timestamp": NOW, "connectorStatus": "Occupied", "evseId": 1, "connectorId": 1},
)

#: A known action each side calls and the other has no handler for.
UNHANDLED_BY_CSMS = ("DataTransfer", {"vendorId": "acme"})
UNHANDLED_BY_STATION = {
    "ocpp1.6": ("UnlockConnector", {"connectorId": 1}),
    "ocpp2.0.1": ("UnlockConnector", {"evseId": 1, "connectorId": 1}),
    "ocpp2.1": ("UnlockConnector", {"evseId": 1, "connectorId": 1}),
}

#: A vendor action our side knows and ocpp-rpc does not.
VENDOR = CustomAction("AcmeBlink", {"type": "object"}, {"type": "object"})

#: An action each side has a handler for, with a required field left out and a wrong type.
INVALID_TO_CSMS = {
    "ocpp1.6": ("Authorize", {}, {"idTag": 5}),
    "ocpp2.0.1": ("Authorize", {}, {"idToken": {"idToken": 5, "type": "ISO14443"}}),
    "ocpp2.1": ("Authorize", {}, {"idToken": {"idToken": 5, "type": "ISO14443"}}),
}
INVALID_TO_STATION = {
    "ocpp1.6": ("RemoteStartTransaction", {}, {"idTag": 5}),
    "ocpp2.0.1": (
        "RequestStartTransaction",
        {"idToken": TOKEN},
        {"idToken": TOKEN, "remoteStartId": "one"},
    ),
    "ocpp2.1": (
        "RequestStartTransaction",
        {"idToken": TOKEN},
        {"idToken": TOKEN, "remoteStartId": "one"},
    ),
}


def occurrence(version: str) -> str:
    """The code of a missing field, as *version* spells it (1.6 keeps the spec's typo)."""
    return (
        "OccurenceConstraintViolation"
        if version == "ocpp1.6"
        else ("OccurrenceConstraintViolation")
    )


STREAM = {"id": 1, "pending": 0, "basetime": NOW, "data": [{"t": 0, "v": "230.1"}]}

#: The Basic-auth password (security profile 1): a colon and non-ASCII letters included.
PASSWORD = "s3cret:pässwörd-0123"


def handler_table(
    session: list[tuple[str, dict[str, Any], dict[str, Any]]],
) -> dict[str, dict[str, Any]]:
    """The driver's canned answers: ``{action: {"result": answer}}``."""
    return {action: {"result": answer} for action, _, answer in session}


class Seen:
    """The actions our handlers received, in order, with a way to wait for one."""

    def __init__(self) -> None:
        self.actions: list[str] = []
        self.payloads: list[Any] = []
        self._changed = asyncio.Event()

    def answer(self, answer: Any) -> Callable[[Any, CallContext], Any]:
        def handler(payload: Any, ctx: CallContext) -> Any:
            self.actions.append(ctx.action)
            self.payloads.append(payload)
            self._changed.set()
            return answer

        return handler

    async def wait(self, action: str, count: int = 1) -> None:
        async def until() -> None:
            while self.actions.count(action) < count:
                self._changed.clear()
                await self._changed.wait()

        await within(until(), WAIT)


def watch(device: Device) -> dict[str, list[HookContext]]:
    """Record the device's dropped frames and handler failures."""
    seen: dict[str, list[HookContext]] = {"message_dropped": [], "handler_failed": []}
    for name, found in seen.items():
        device.hooks.after(name, found.append)
    return seen


def lenient(action: str) -> Validation:
    """Our validation, minus our own CALLs of *action*: to send them payloads that break it."""
    return Validation().exempt(action, Direction.OUR_CALL)


# -- their central system, our charge point -------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_our_charge_point_against_their_server(version: str) -> None:
    session = STATION_SESSION[version]
    trigger, triggered = TRIGGER[version]
    triggered_by = trigger["requestedMessage"]
    invalid_action, missing, wrong_type = INVALID_TO_CSMS[version]
    seen = Seen()
    handlers: dict[str, Any] = {
        action: seen.answer(answer) for action, _, answer in CSMS_SESSION[version]
    }

    def on_trigger(payload: Any, ctx: CallContext) -> Any:
        seen.actions.append(ctx.action)
        ctx.after_reply(ctx.device.call, "StatusNotification", triggered)
        return {"status": "Accepted"}

    handlers["TriggerMessage"] = on_trigger
    device = Device(
        handlers=handlers,
        role=Role.CHARGING_STATION,
        actions=[VENDOR],
        validation=lenient(invalid_action),
        identity="CP-1",
    )
    ours = watch(device)
    async with ocpp_rpc(
        mode="server", version=version, password=PASSWORD, handlers=handler_table(session)
    ) as theirs:
        url = f"ws://127.0.0.1:{theirs.ready['port']}/ocpp"
        async with ChargePoint(
            url, "CP-1", device=device, versions=[version], password=PASSWORD, reconnect=False
        ) as cp:
            connected = await theirs.wait("connected")
            assert connected == {"event": "connected", "identity": "CP-1", "protocol": version}
            assert theirs.of("auth") == [{"event": "auth", "identity": "CP-1", "ok": True}]
            # the station's session: every answer arrives as ocpp-rpc sent it
            for action, payload, answer in session:
                assert await within(cp.call(action, payload)) == answer
            calls = theirs.of("call")
            assert [(c["method"], c["params"]) for c in calls] == [
                (action, payload) for action, payload, _ in session
            ]

            # the central system's calls, and a TriggerMessage answered by its message
            for action, payload, answer in CSMS_SESSION[version]:
                assert await theirs.call(action, payload) == answer
            assert await theirs.call("TriggerMessage", trigger) == {"status": "Accepted"}
            last = await theirs.wait("call", method="StatusNotification", count=2)
            assert last["params"] == triggered
            # the triggered message followed the answer on the wire
            frames = [(e["outbound"], json.loads(e["frame"])) for e in theirs.of("frame")]
            trigger_id = next(f[1] for out, f in frames if out and f[2] == "TriggerMessage")
            received = [f for out, f in frames if not out]
            status = [i for i, f in enumerate(received) if f[0] == 2 and f[2] == triggered_by]
            assert received[status[-1] - 1] == [3, trigger_id, {"status": "Accepted"}]
            # CALLs from both ends at once, each answered
            action, payload, answer = CSMS_SESSION[version][0]
            assert await asyncio.gather(
                theirs.call(action, payload), within(cp.call("Heartbeat", {}))
            ) == [answer, {"currentTime": NOW}]

            # CALLERRORs from us: a known action without a handler, an unknown action, and
            # invalid payloads (sent raw: ocpp-rpc's strict mode refuses to send them)
            action, payload = UNHANDLED_BY_STATION[version]
            with pytest.raises(TheirError) as info:
                await theirs.call(action, payload)
            assert info.value.code == "NotSupported"
            assert (await theirs.raw([2, "raw-1", "Teleport", {}]))[:3] == [
                4,
                "raw-1",
                "NotImplemented",
            ]
            bad_action, bad_missing, bad_type = INVALID_TO_STATION[version]
            assert (await theirs.raw([2, "raw-2", bad_action, bad_missing]))[:3] == [
                4,
                "raw-2",
                occurrence(version),
            ]
            assert (await theirs.raw([2, "raw-3", bad_action, bad_type]))[:3] == [
                4,
                "raw-3",
                "TypeConstraintViolation",
            ]

            # CALLERRORs from them: an action they have no handler for, a vendor action they
            # do not know, and payloads their strict mode rejects. ocpp-rpc spells the code of
            # a missing field the other way round (1.6: Occurrence..., 2.x: Occurence...);
            # call() reports the code as the negotiated version spells it.
            with pytest.raises(CallError) as error:
                await within(cp.call(*UNHANDLED_BY_CSMS))
            assert error.value.code == "NotImplemented"
            with pytest.raises(CallError) as error:
                await within(cp.call(VENDOR.name, {}))
            assert error.value.code == "NotImplemented"
            with pytest.raises(CallError) as error:
                await within(cp.call(invalid_action, missing))
            assert error.value.code == occurrence(version)
            with pytest.raises(CallError) as error:
                await within(cp.call(invalid_action, wrong_type))
            assert error.value.code == "TypeConstraintViolation"

            refused: list[dict[str, Any]] = []
            if version == "ocpp2.1":
                # ocpp-rpc has no SEND: it answers one with a CALLERROR (message id "-1"),
                # which answers no CALL of ours: our device drops it and carries on
                await within(cp.device.send("NotifyPeriodicEventStream", STREAM))
                bad = await theirs.wait("badMessage")
                refused.append(bad)
                assert bad["error"]["code"] == "MessageTypeNotSupported"
                assert bad["response"][2] == "MessageTypeNotSupported"
                assert (await within(cp.call("Heartbeat", {})))["currentTime"] == NOW
                assert [h.raw for h in ours["message_dropped"]] == [
                    json.dumps(bad["response"], separators=(",", ":"))
                ]
            else:
                assert ours["message_dropped"] == []
        # our charge point closed the connection cleanly
        assert (await theirs.wait("disconnect"))["code"] == 1000
        assert theirs.strict_failures() == [(invalid_action, False, True)] * 2
        assert theirs.of("badMessage") == refused
    asked = [action for action, _, _ in CSMS_SESSION[version]]
    assert seen.actions == [*asked, "TriggerMessage", asked[0]]
    assert ours["handler_failed"] == []


# -- their charge point, our central system -------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
async def test_their_client_against_our_central_system(version: str) -> None:
    session = STATION_SESSION[version]
    trigger, triggered = TRIGGER[version]
    invalid_action, missing, wrong_type = INVALID_TO_STATION[version]
    seen = Seen()
    handlers = {action: seen.answer(answer) for action, _, answer in session}
    handlers["NotifyPeriodicEventStream"] = seen.answer(None)
    devices: list[Device] = []
    ours: dict[str, list[HookContext]] = {}

    def make_device(request: Any) -> Device:
        device = Device(
            handlers=handlers,
            role=Role.CSMS,
            actions=[VENDOR],
            validation=lenient(invalid_action),
            identity=request.identity,
        )
        ours.update(watch(device))
        devices.append(device)
        return device

    up, down = asyncio.Event(), asyncio.Event()
    credentials: list[tuple[str | None, str | None]] = []

    def authorize(request: HandshakeRequest) -> bool:
        credentials.append((request.username, request.password))
        return request.password == PASSWORD

    def on_connect(station: Station) -> None:
        up.set()

    def on_disconnect(station: Station) -> None:
        down.set()

    station_handlers = handler_table(CSMS_SESSION[version])
    station_handlers["TriggerMessage"] = {
        "result": {"status": "Accepted"},
        "then": [{"method": "StatusNotification", "params": triggered}],
    }
    async with CentralSystem(
        port=0,
        versions=[version],
        device_factory=make_device,
        authorize=authorize,
        on_connect=on_connect,
        on_disconnect=on_disconnect,
    ) as csms:
        async with ocpp_rpc(
            mode="client",
            version=version,
            identity="CP-1",
            url=f"ws://127.0.0.1:{csms.port}/ocpp",
            password=PASSWORD,
            handlers=station_handlers,
        ) as theirs:
            assert theirs.ready["protocol"] == version
            await within(up.wait())
            assert credentials == [("CP-1", PASSWORD)]
            station = csms.stations["CP-1"]
            assert station.version.value == version
            # ocpp-rpc's client offers permessage-deflate, which 2.x requires a CSMS to take
            assert [e.name for e in station.websocket.protocol.extensions] == ["permessage-deflate"]
            # the station's session
            for action, payload, answer in session:
                assert await theirs.call(action, payload) == answer
            assert seen.actions == [action for action, _, _ in session]
            assert seen.payloads == [payload for _, payload, _ in session]

            # the central system's calls, and a TriggerMessage answered by its message
            for action, payload, answer in CSMS_SESSION[version]:
                assert await within(csms.call("CP-1", action, payload)) == answer
            answer = await within(csms.call("CP-1", "TriggerMessage", trigger))
            assert answer == {"status": "Accepted"}
            await seen.wait("StatusNotification", count=2)
            assert seen.payloads[-1] == triggered
            follow_up = await theirs.wait("followUp")
            assert follow_up == {"event": "followUp", "method": "StatusNotification", "result": {}}
            # CALLs from both ends at once, each answered
            action, payload, answer = CSMS_SESSION[version][0]
            assert await asyncio.gather(
                within(csms.call("CP-1", action, payload)), theirs.call("Heartbeat", {})
            ) == [answer, {"currentTime": NOW}]

            # CALLERRORs from us
            with pytest.raises(TheirError) as info:
                await theirs.call(*UNHANDLED_BY_CSMS)
            assert info.value.code == "NotSupported"
            assert (await theirs.raw([2, "raw-1", "Teleport", {}]))[:3] == [
                4,
                "raw-1",
                "NotImplemented",
            ]
            bad_action, bad_missing, bad_type = INVALID_TO_CSMS[version]
            assert (await theirs.raw([2, "raw-2", bad_action, bad_missing]))[:3] == [
                4,
                "raw-2",
                occurrence(version),
            ]
            assert (await theirs.raw([2, "raw-3", bad_action, bad_type]))[:3] == [
                4,
                "raw-3",
                "TypeConstraintViolation",
            ]

            # CALLERRORs from them
            with pytest.raises(CallError) as error:
                await within(csms.call("CP-1", *UNHANDLED_BY_STATION[version]))
            assert error.value.code == "NotImplemented"
            with pytest.raises(CallError) as error:
                await within(csms.call("CP-1", VENDOR.name, {}))
            assert error.value.code == "NotImplemented"
            with pytest.raises(CallError) as error:
                await within(csms.call("CP-1", invalid_action, missing))
            assert error.value.code == occurrence(version)
            with pytest.raises(CallError) as error:
                await within(csms.call("CP-1", invalid_action, wrong_type))
            assert error.value.code == "TypeConstraintViolation"

            if version == "ocpp2.1":
                # a SEND, handed over ocpp-rpc's socket: handled, and never answered
                await theirs.request(
                    "raw",
                    frame=json.dumps([6, "send-1", "NotifyPeriodicEventStream", STREAM]),
                    noReply=True,
                )
                await seen.wait("NotifyPeriodicEventStream")
                assert seen.payloads[-1] == STREAM
                # frames go out in order: an answer to the SEND would precede this one
                assert (await theirs.call("Heartbeat", {}))["currentTime"] == NOW
                assert not [
                    e for e in theirs.of("frame") if not e["outbound"] and '"send-1"' in e["frame"]
                ]
        # their client closed the connection: our central system let the station go
        await within(down.wait())
        assert "CP-1" not in csms.stations
        assert theirs.strict_failures() == [(invalid_action, False, True)] * 2
        assert theirs.of("badMessage") == []
    assert len(devices) == 1
    assert ours["message_dropped"] == [] and ours["handler_failed"] == []
