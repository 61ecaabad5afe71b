"""OCPP-S against real Node.js peers: ts-ocpp's central system, and node-soap both ways.

The peers run in a Node subprocess (``tests/soap_node/driver.js``) driven over JSON lines on its
stdin and stdout, every socket on loopback:

- ts-ocpp 2.7.3 (``@voltbras/ts-ocpp``, on node-soap 0.37, the library issue 15 names): its
  ``CentralSystem`` serves our 1.5-S `SoapChargePoint` (boot, heartbeat, authorize, a
  transaction with meter values, status notification, a fault) and, on the same port, our
  1.6-J `ChargePoint`; its ``sendRequest`` calls our station (remote start, change and get
  configuration, reset, an unhandled action, another station's identity).
- node-soap 1.13 (``soap``), a client and a server built from the OCA WSDLs in
  ``schemas/wsdl/``, as a 1.6-S and a 1.5-S station: its client calls our `SoapCentralSystem`
  with the ``chargeBoxIdentity`` and WS-Addressing headers added the way node-soap users add
  them (``addSoapHeader``), its ``soap.listen`` server serves our central system's calls;
  and the other way round, as a central system serving and calling our `SoapChargePoint`.
  Variants of what stations send (no WS-Addressing, the 2004/08 namespace with
  ``mustUnderstand``, a lower-case identity header, ``xsi:type``, SOAP 1.1's content type, a
  time without a zone, a SOAP 1.1 envelope) pin what we accept and what we refuse.

Every envelope of ours a peer received is checked against the SOAP 1.2 and OCPP schemas. The
Node packages are pinned in ``tests/soap_node/package-lock.json``; without them (or without
``node``) these tests fail and say how to install them.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import shutil
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import CallContext, CallError

from .test_soap_envelope import assert_valid
from .transport_helpers import NOW, within

pytest.importorskip("aiohttp")
from ocpp_engine.transports.soap import SoapCentralSystem, SoapChargePoint
from ocpp_engine.transports.websocket import ChargePoint

ROOT = Path(__file__).resolve().parent.parent
DRIVER_DIR = ROOT / "tests" / "soap_node"
WSDL = ROOT / "schemas" / "wsdl"
INSTALL = "npm ci --prefix tests/soap_node --no-audit --no-fund"
WAIT = 10.0
WSA = "http://www.w3.org/2005/08/addressing"
WSA_2004 = "http://schemas.xmlsoap.org/ws/2004/08/addressing"
CS_NS = {"ocpp1.6": "urn://Ocpp/Cs/2015/10/", "ocpp1.5": "urn://Ocpp/Cs/2012/06/"}
SHORT = {"ocpp1.6": "1.6", "ocpp1.5": "1.5"}

# -- the driver -------------------------------------------------------------------------------


def node_or_fail() -> str:
    """Return the path of ``node``; fail the test when it or the packages are not installed."""
    node = shutil.which("node")
    if node is None:
        pytest.fail(
            f"node is not on PATH: install Node.js 18 or later, then run `{INSTALL}` "
            "in the repository root",
            pytrace=False,
        )
    for package in ("@voltbras/ts-ocpp", "soap"):
        if not (DRIVER_DIR / "node_modules" / package / "package.json").is_file():
            pytest.fail(
                f"{package} is not installed: run `{INSTALL}` in the repository root",
                pytrace=False,
            )
    return node


class Driver:
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
                        AssertionError(f"the driver ended without answering\n{self.transcript()}")
                    )

    async def _read_stderr(self) -> None:
        assert self.process.stderr is not None
        async for line in self.process.stderr:
            self.noise.append(line.decode(errors="replace").rstrip())

    def transcript(self) -> str:
        """The driver's last events and other output, for failure messages."""
        lines = [json.dumps(event)[:600] for event in self.events[-30:]] + self.noise[-30:]
        return "\n".join(lines)

    def of(self, kind: str, **match: Any) -> list[dict[str, Any]]:
        """Every event of *kind* received so far whose fields equal *match*."""
        return [
            e
            for e in self.events
            if e.get("event") == kind and all(e.get(k) == v for k, v in match.items())
        ]

    async def wait(self, kind: str, count: int = 1, **match: Any) -> dict[str, Any]:
        """Wait for the *count*-th event of *kind* whose fields equal *match*; return it."""

        async def until() -> dict[str, Any]:
            while len(self.of(kind, **match)) < count:
                if self._ended or self.of("fatal"):
                    raise AssertionError(f"no {kind} event {match}\n{self.transcript()}")
                self._changed.clear()
                await self._changed.wait()
            return self.of(kind, **match)[count - 1]

        try:
            return await within(until(), WAIT)
        except asyncio.TimeoutError:
            raise AssertionError(
                f"no {kind} event {match} within {WAIT} s\n{self.transcript()}"
            ) from None

    async def request(self, op: str, **fields: Any) -> dict[str, Any]:
        """Send a command and return the driver's answer to it."""
        assert self.process.stdin is not None
        ident = next(self._ids)
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._answers[ident] = future
        self.process.stdin.write((json.dumps({"id": ident, "op": op, **fields}) + "\n").encode())
        await self.process.stdin.drain()
        try:
            answer = await within(future, WAIT + 2)
        except asyncio.TimeoutError:
            raise AssertionError(f"no answer to {op} {fields}\n{self.transcript()}") from None
        if "failed" in answer:
            raise AssertionError(f"the driver failed {op}: {answer['failed']}\n{self.transcript()}")
        return answer

    def received(self) -> list[str]:
        """The envelopes the peer's SOAP server received, in order."""
        return [e["data"] for e in self.of("raw", type="received")]

    async def close(self) -> None:
        """End the driver (it exits when its stdin ends), killing it if it does not end."""
        if self.process.returncode is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            try:
                await within(self.process.wait(), 5)
            except asyncio.TimeoutError:
                self.process.kill()
                await self.process.wait()
        await asyncio.gather(*self._readers, return_exceptions=True)


@contextlib.asynccontextmanager
async def driver(**config: Any) -> AsyncIterator[Driver]:
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
    peer = Driver(process)
    try:
        peer.ready = await peer.wait("ready")
        yield peer
    finally:
        await peer.close()


# -- the sessions -----------------------------------------------------------------------------

TAG = "TAG-1"

#: What a 1.5 station sends, and what the central system answers, in order.
SESSION_15: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "BootNotification",
        {"chargePointVendor": "Vendör", "chargePointModel": "One"},
        {"status": "Accepted", "currentTime": NOW, "heartbeatInterval": 300},
    ),
    ("Heartbeat", {}, {"currentTime": NOW}),
    ("Authorize", {"idTag": TAG}, {"idTagInfo": {"status": "Accepted"}}),
    (
        "StatusNotification",
        {"connectorId": 1, "status": "Occupied", "errorCode": "NoError"},
        {},
    ),
    (
        "StartTransaction",
        {"connectorId": 1, "idTag": TAG, "timestamp": NOW, "meterStart": 0},
        {"transactionId": 7, "idTagInfo": {"status": "Accepted"}},
    ),
    (
        "MeterValues",
        {
            "connectorId": 1,
            "transactionId": 7,
            "values": [{"timestamp": NOW, "value": [{"value": "12", "unit": "Wh"}]}],
        },
        {},
    ),
    ("StopTransaction", {"transactionId": 7, "timestamp": NOW, "meterStop": 12}, {}),
]

#: The same session in 1.6.
SESSION_16: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    (
        "BootNotification",
        {"chargePointVendor": "Vendör", "chargePointModel": "One"},
        {"status": "Accepted", "currentTime": NOW, "interval": 300},
    ),
    ("Heartbeat", {}, {"currentTime": NOW}),
    ("Authorize", {"idTag": TAG}, {"idTagInfo": {"status": "Accepted"}}),
    (
        "StatusNotification",
        {"connectorId": 1, "errorCode": "NoError", "status": "Preparing"},
        {},
    ),
    (
        "StartTransaction",
        {"connectorId": 1, "idTag": TAG, "meterStart": 0, "timestamp": NOW},
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
                    "sampledValue": [{"value": "12", "measurand": "Energy.Active.Import.Register"}],
                }
            ],
        },
        {},
    ),
    ("StopTransaction", {"meterStop": 12, "timestamp": NOW, "transactionId": 7}, {}),
]
SESSIONS = {"ocpp1.6": SESSION_16, "ocpp1.5": SESSION_15}

#: What a central system asks a station, and the station's answers (1.5 and 1.6 alike).
CALLS: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("RemoteStartTransaction", {"idTag": TAG, "connectorId": 1}, {"status": "Accepted"}),
    ("ChangeConfiguration", {"key": "HeartbeatInterval", "value": "60"}, {"status": "Accepted"}),
    (
        "GetConfiguration",
        {"key": ["HeartbeatInterval", "Nope"]},
        {
            "configurationKey": [{"key": "HeartbeatInterval", "readonly": False, "value": "60"}],
            "unknownKey": ["Nope"],
        },
    ),
    ("Reset", {"type": "Soft"}, {"status": "Accepted"}),
]


class Seen:
    """The calls our handlers received, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any, str | None]] = []

    def answer(self, answer: Any) -> Any:
        def handler(payload: Any, ctx: CallContext) -> Any:
            self.calls.append((ctx.action, payload, ctx.device.identity))
            return answer

        return handler


def as_dates(payload: Any) -> Any:
    """*payload* as node-soap hands it over: it reads an ``xs:dateTime`` into a JavaScript
    ``Date``, which JSON writes with milliseconds."""
    if isinstance(payload, dict):
        return {k: as_dates(v) for k, v in payload.items()}
    if isinstance(payload, list):
        return [as_dates(v) for v in payload]
    return payload.replace("Z", ".000Z") if payload == NOW else payload


def node_soap_form(payload: Any) -> Any:
    """*payload* as node-soap wants it: an element with attributes (1.5's meter value, whose
    unit, measurand... are attributes) as ``{"attributes": {...}, "$value": text}``."""
    if isinstance(payload, list):
        return [node_soap_form(v) for v in payload]
    if not isinstance(payload, dict):
        return payload
    if "value" in payload and "timestamp" not in payload and isinstance(payload["value"], str):
        attributes = {k: v for k, v in payload.items() if k != "value"}
        return {"attributes": attributes, "$value": payload["value"]}
    return {k: node_soap_form(v) for k, v in payload.items()}


def assert_all_valid(envelopes: list[str]) -> None:
    assert envelopes
    for text in envelopes:
        assert_valid(text.encode())


# -- ts-ocpp's central system, our 1.5-S charge point -----------------------------------------


async def test_ts_ocpp_central_system_serves_our_15_station() -> None:
    answers = {action: answer for action, _, answer in SESSION_15}
    answers_16 = {action: answer for action, _, answer in SESSION_16[:2]}
    config = {"v1.5-soap": answers, "v1.6-json": answers_16}
    async with driver(mode="ts-cs", answers=config) as theirs:
        assert theirs.ready["versions"] == {"ts-ocpp": "2.7.3", "soap": "0.37.0"}
        port = theirs.ready["port"]
        async with (
            SoapChargePoint(f"http://127.0.0.1:{port}/", "CP-15", version="ocpp1.5") as cp,
            ChargePoint(
                f"ws://127.0.0.1:{port}/ocpp", "CP-16", versions=["ocpp1.6"], reconnect=False
            ) as json_station,
        ):
            for action, payload, answer in SESSION_15:
                assert await within(cp.call(action, payload)) == answer
            # the same central system serves a 1.6-J station on the same port
            for action, payload, answer in SESSION_16[:2]:
                assert await within(json_station.call(action, payload)) == answer
            # an action ts-ocpp's handler does not answer: node-soap 0.37's own fault, with
            # SOAP 1.1's code Server and a lower-case subcode value, read as Receiver
            with pytest.raises(CallError) as caught:
                await within(cp.call("DataTransfer", {"vendorId": "Acme"}))
            assert caught.value.code == "InternalError"
            assert caught.value.details == {
                "soapCode": "Receiver",
                "soapSubcode": "InternalServerError",
            }
            assert "Could not answer request" in caught.value.description
    assert [
        (r["action"], r["chargePointId"]) for r in theirs.of("request", ocppVersion="v1.6-json")
    ] == [(action, "CP-16") for action, _, _ in SESSION_16[:2]]
    requests = theirs.of("request", ocppVersion="v1.5-soap")
    assert [(r["action"], r["ocppVersion"], r["chargePointId"]) for r in requests] == [
        (action, "v1.5-soap", "CP-15") for action, _, _ in [*SESSION_15, ("DataTransfer", 0, 0)]
    ]
    expected = [as_dates(payload) for _, payload, _ in SESSION_15]
    # node-soap 0.37 hands an element with attributes over as {attributes, $value}
    expected[5]["values"][0]["value"] = [{"attributes": {"unit": "Wh"}, "$value": "12"}]
    assert [r["payload"] for r in requests[: len(SESSION_15)]] == expected
    # the SOAP 1.2 content type, with the WSDL's action as its parameter
    assert {r["contentType"] for r in requests} == {
        f'application/soap+xml; charset=utf-8; action="/{a}"' for a in [*answers, "DataTransfer"]
    }
    assert_all_valid(theirs.received())


async def test_ts_ocpp_central_system_calls_our_15_station() -> None:
    seen = Seen()
    handlers = {action: seen.answer(answer) for action, _, answer in CALLS}
    async with driver(mode="ts-cs", answers={"v1.5-soap": {}}) as theirs:
        url = f"http://127.0.0.1:{theirs.ready['port']}/"
        async with SoapChargePoint(url, "CP-15", handlers, version="ocpp1.5") as cp:
            for action, payload, answer in CALLS:
                sent = await theirs.request(
                    "send", chargePointId="CP-15", url=cp.endpoint, action=action, payload=payload
                )
                assert sent == {"id": sent["id"], "result": answer}
            # a call for another station: our IdentityMismatch fault
            other = await theirs.request(
                "send",
                chargePointId="CP-X",
                url=cp.endpoint,
                action="Reset",
                payload={"type": "Hard"},
            )
            # node-soap 0.37 reads SOAP 1.1 faults only (faultcode, faultstring): of our SOAP
            # 1.2 fault ts-ocpp reports neither the code nor the reason
            assert other["error"]["message"] == "Error: undefined: undefined"
            unhandled = await theirs.request(
                "send",
                chargePointId="CP-15",
                url=cp.endpoint,
                action="UnlockConnector",
                payload={"connectorId": 1},
            )
            assert unhandled["error"]["message"] == "Error: undefined: undefined"
    # ts-ocpp's requests reached our handlers as sent: a bare UUID for a MessageID, no
    # wsa:From or ReplyTo, a prefixed chargeBoxIdentity, whitespace between header blocks
    assert seen.calls == [(action, payload, "CP-15") for action, payload, _ in CALLS]


# -- node-soap as a station, our central system -----------------------------------------------


def station_headers(version: str, identity: str, endpoint: str, action: str) -> list[Any]:
    """The headers a node-soap station adds: its identity, and the WS-Addressing ones."""
    return [
        [{"chargeBoxIdentity": identity}, "", "ocpp", CS_NS[version]],
        [
            {
                "Action": f"/{action}",
                "MessageID": f"urn:uuid:{action}-1",
                "From": {"Address": endpoint},
            },
            "",
            "wsa5",
            WSA,
        ],
    ]


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp1.5"])
async def test_a_node_soap_station_against_our_central_system(version: str) -> None:
    session = SESSIONS[version]
    seen = Seen()
    handlers = {action: seen.answer(answer) for action, _, answer in session}
    short = SHORT[version]
    station_answers = {action: answer for action, _, answer in CALLS}
    async with (
        SoapCentralSystem(handlers, port=0, versions=[version]) as csms,
        driver(
            mode="node-soap",
            client={
                "wsdl": str(WSDL / f"OCPP_CentralSystemService_{short}.wsdl"),
                "endpoint": f"http://127.0.0.1:{csms.port}/Ocpp/CentralSystemService/",
            },
            server={
                "wsdl": str(WSDL / f"OCPP_ChargePointService_{short}.wsdl"),
                "service": "ChargePointService",
                "answers": station_answers,
            },
        ) as theirs,
    ):
        assert theirs.ready["versions"] == {"soap": "1.13.0"}
        endpoint = f"http://127.0.0.1:{theirs.ready['port']}/"
        for action, payload, answer in session:
            called = await theirs.request(
                "call",
                operation=action,
                args=node_soap_form(payload) if version == "ocpp1.5" else payload,
                headers=station_headers(version, "CP-N", endpoint, action),
            )
            # node-soap hands an empty response element over as nothing at all
            assert called.get("result") == (as_dates(answer) or None), called
            assert called["header"]["RelatesTo"] == f"urn:uuid:{action}-1"
            assert called["header"]["Action"] == f"/{action}Response"
            assert called["contentType"] == "application/soap+xml; charset=utf-8"
            assert_valid(called["response"].encode())
        assert seen.calls == [(action, payload, "CP-N") for action, payload, _ in session]
        station = csms.stations["CP-N"]
        assert (station.version.value, station.endpoint) == (version, endpoint)

        if version == "ocpp1.5":
            # given a 1.5 meter value in the JSON shape, node-soap writes the unit
            # attribute as an element with a prefix it never declares: not well-formed
            meter = session[5][1]
            called = await theirs.request(
                "call",
                operation="MeterValues",
                args=meter,
                headers=station_headers(version, "CP-N", endpoint, "MeterValues"),
            )
            assert "<ns1:unit>Wh</ns1:unit>" in called["request"]
            assert called["error"]["message"].startswith(
                "s:Sender: ProtocolError: not well-formed XML: unbound prefix"
            )
            assert called["status"] == 400
            assert len(seen.calls) == len(session)

        # our fault, as node-soap 1.13 reads a SOAP 1.2 one
        refused = await theirs.request(
            "call",
            operation="DataTransfer",
            args={"vendorId": "Acme"},
            headers=station_headers(version, "CP-N", endpoint, "DataTransfer"),
        )
        assert refused["error"]["message"] == (
            "s:Receiver: NotSupported: DataTransfer is not supported"
        )
        assert refused["status"] == 500

        # the central system's calls, served by node-soap's soap.listen
        for action, payload, answer in CALLS:
            assert await within(csms.call("CP-N", action, payload)) == answer
        requests = theirs.of("request")
        assert [(r["operation"], r["args"]) for r in requests] == [
            (action, payload) for action, payload, _ in CALLS
        ]
        assert {r["headers"]["chargeBoxIdentity"] for r in requests} == {"CP-N"}
        assert [r["headers"]["Action"] for r in requests] == [f"/{a}" for a, _, _ in CALLS]
        # node-soap's fault for an operation it has no answer for: its documented form
        # spells the subcode's Value in lower case; the subcode still comes through
        with pytest.raises(CallError) as caught:
            await within(csms.call("CP-N", "UnlockConnector", {"connectorId": 1}))
        assert caught.value.code == "NotSupported"
        assert caught.value.description == "no answer for UnlockConnector"
        assert_all_valid(theirs.received())


#: Headers stations send, as node-soap writes them (a string is written as it is).
VARIANTS: list[Any] = [
    pytest.param(
        [[{"chargeBoxIdentity": "CP-V"}, "", "ocpp", CS_NS["ocpp1.6"]]], None, id="no-addressing"
    ),
    pytest.param(
        [
            '<cs:chargeboxidentity xmlns:cs="urn:other" xmlns:soap="http://www.w3.org/2003/05/'
            'soap-envelope" soap:mustUnderstand="true">CP-V</cs:chargeboxidentity>',
            f'<w:Action xmlns:w="{WSA_2004}" xmlns:soap="http://www.w3.org/2003/05/soap-envelope"'
            ' soap:mustUnderstand="1">/Heartbeat</w:Action>',
            f'<w:MessageID xmlns:w="{WSA_2004}">uuid:2004</w:MessageID>',
            f'<w:ReplyTo xmlns:w="{WSA_2004}"><w:Address>{WSA_2004}/role/anonymous</w:Address>'
            "</w:ReplyTo>",
        ],
        "uuid:2004",
        id="wsa-2004-must-understand-lower-case-identity",
    ),
]


@pytest.mark.parametrize(("headers", "message_id"), VARIANTS)
async def test_what_node_soap_stations_may_send_is_served(
    headers: list[Any], message_id: str | None
) -> None:
    seen = Seen()
    handlers = {"Heartbeat": seen.answer({"currentTime": NOW})}
    headers = [h if isinstance(h, list) else [h] for h in headers]
    async with SoapCentralSystem(handlers, port=0, versions=["ocpp1.6"]) as csms:
        async with driver(
            mode="node-soap",
            client={
                "wsdl": str(WSDL / "OCPP_CentralSystemService_1.6.wsdl"),
                "endpoint": f"http://127.0.0.1:{csms.port}/",
            },
        ) as theirs:
            called = await theirs.request("call", operation="Heartbeat", args={}, headers=headers)
            assert called.get("result") == as_dates({"currentTime": NOW}), called
            # a RelatesTo only for a request that had a MessageID
            assert called["header"].get("RelatesTo") == message_id
            assert_valid(called["response"].encode())
        assert seen.calls == [("Heartbeat", {}, "CP-V")]
        assert csms.stations["CP-V"].endpoint is None


XSD = "http://www.w3.org/2001/XMLSchema"


@pytest.mark.parametrize(
    ("replace", "http_headers"),
    [
        # xsi:type naming the value's type (node-soap declares xsi on every envelope)
        ([["<connectorId>", f'<connectorId xsi:type="x:int" xmlns:x="{XSD}">']], {}),
        # SOAP 1.1's content type (and SOAPAction) on a SOAP 1.2 envelope
        ([], {"Content-Type": "text/xml; charset=utf-8", "SOAPAction": '"/StartTransaction"'}),
        # a time without a zone, which the XSD allows: read as UTC
        ([[NOW, NOW.rstrip("Z")]], {}),
        # comments and line breaks among the header blocks
        ([["<soap:Header>", "<soap:Header>\n  <!-- station -->\n  "]], {}),
    ],
    ids=["xsi-type", "soap11-content-type", "no-time-zone", "comments-in-header"],
)
async def test_request_forms_node_soap_can_be_made_to_send(
    replace: list[list[str]], http_headers: dict[str, str]
) -> None:
    seen = Seen()
    answer = {"transactionId": 3, "idTagInfo": {"status": "Accepted"}}
    handlers = {"StartTransaction": seen.answer(answer)}
    payload = {"connectorId": 1, "idTag": TAG, "meterStart": 0, "timestamp": NOW}
    async with (
        SoapCentralSystem(handlers, port=0, versions=["ocpp1.6"]) as csms,
        driver(
            mode="node-soap",
            client={
                "wsdl": str(WSDL / "OCPP_CentralSystemService_1.6.wsdl"),
                "endpoint": f"http://127.0.0.1:{csms.port}/",
            },
        ) as theirs,
    ):
        called = await theirs.request(
            "call",
            operation="StartTransaction",
            args=payload,
            headers=[[{"chargeBoxIdentity": "CP-V"}, "", "ocpp", CS_NS["ocpp1.6"]]],
            replace=replace,
            httpHeaders=http_headers,
        )
        assert called.get("result") == answer, called
    assert seen.calls == [("StartTransaction", payload, "CP-V")]


async def test_a_soap_11_envelope_gets_a_version_mismatch_fault() -> None:
    async with SoapCentralSystem({}, port=0, versions=["ocpp1.6"]) as csms:
        async with driver(
            mode="node-soap",
            client={
                "wsdl": str(WSDL / "OCPP_CentralSystemService_1.6.wsdl"),
                "endpoint": f"http://127.0.0.1:{csms.port}/",
                "soap11": True,
            },
        ) as theirs:
            called = await theirs.request(
                "call",
                operation="Heartbeat",
                args={},
                headers=[[{"chargeBoxIdentity": "CP-V"}, "", "ocpp", CS_NS["ocpp1.6"]]],
            )
            assert "schemas.xmlsoap.org/soap/envelope" in called["request"]
            assert called["error"]["message"] == (
                "s:VersionMismatch: undefined: OCPP-S uses SOAP 1.2 envelopes"
            )
            assert called["status"] == 500
        assert dict(csms.stations) == {}


async def test_a_node_soap_station_without_an_identity_is_refused() -> None:
    async with SoapCentralSystem({}, port=0, versions=["ocpp1.6"]) as csms:
        async with driver(
            mode="node-soap",
            client={
                "wsdl": str(WSDL / "OCPP_CentralSystemService_1.6.wsdl"),
                "endpoint": f"http://127.0.0.1:{csms.port}/",
            },
        ) as theirs:
            called = await theirs.request("call", operation="Heartbeat", args={}, headers=[])
            # node-soap writes no Header at all then
            assert "Header" not in called["request"]
            assert called["error"]["message"] == (
                "s:Sender: IdentityMismatch: the chargeBoxIdentity header is missing"
            )
            assert called["status"] == 400
            # nor is an empty Header any better
            called = await theirs.request(
                "call",
                operation="Heartbeat",
                args={},
                headers=[],
                replace=[["<soap:Body>", "<soap:Header/><soap:Body>"]],
            )
            assert "<soap:Header/>" in called["request"]
            assert called["error"]["message"] == (
                "s:Sender: IdentityMismatch: the chargeBoxIdentity header is missing"
            )
        assert dict(csms.stations) == {}


async def test_null_values_node_soap_writes_as_nil_are_left_out() -> None:
    seen = Seen()
    answer = {"status": "Accepted"}
    handlers = {"DataTransfer": seen.answer(answer)}
    async with (
        SoapCentralSystem(handlers, port=0, versions=["ocpp1.6"]) as csms,
        driver(
            mode="node-soap",
            client={
                "wsdl": str(WSDL / "OCPP_CentralSystemService_1.6.wsdl"),
                "endpoint": f"http://127.0.0.1:{csms.port}/",
            },
        ) as theirs,
    ):
        called = await theirs.request(
            "call",
            operation="DataTransfer",
            args={"vendorId": "Acme", "messageId": None, "data": "<a>&amp;</a>"},
            headers=[[{"chargeBoxIdentity": "CP-V"}, "", "ocpp", CS_NS["ocpp1.6"]]],
        )
        assert '<messageId xsi:nil="true"></messageId>' in called["request"]
        assert called.get("result") == answer, called
    assert seen.calls == [("DataTransfer", {"vendorId": "Acme", "data": "<a>&amp;</a>"}, "CP-V")]


# -- node-soap as a central system, our charge point ------------------------------------------


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp1.5"])
async def test_a_node_soap_central_system_against_our_station(version: str) -> None:
    short = SHORT[version]
    session = SESSIONS[version]
    seen = Seen()
    handlers = {action: seen.answer(answer) for action, _, answer in CALLS}
    cp_ns = CS_NS[version].replace("/Cs/", "/Cp/")
    async with (
        driver(
            mode="node-soap",
            server={
                "wsdl": str(WSDL / f"OCPP_CentralSystemService_{short}.wsdl"),
                "service": "CentralSystemService",
                "answers": {action: answer for action, _, answer in session},
            },
        ) as theirs,
        SoapChargePoint(
            f"http://127.0.0.1:{theirs.ready['port']}/", "CP-S", handlers, version=version
        ) as cp,
    ):
        for action, payload, answer in session:
            assert await within(cp.call(action, payload)) == answer
        requests = theirs.of("request")
        # node-soap hands an empty request element (a heartbeat's) over as null
        expected = [as_dates(payload) or None for _, payload, _ in session]
        if version == "ocpp1.5":
            expected[5]["values"][0]["value"] = [{"attributes": {"unit": "Wh"}, "$value": "12"}]
        assert [(r["operation"], r["args"]) for r in requests] == [
            (action, payload) for (action, _, _), payload in zip(session, expected, strict=True)
        ]
        assert {r["headers"]["chargeBoxIdentity"] for r in requests} == {"CP-S"}
        assert {r["headers"]["From"]["Address"] for r in requests} == {cp.endpoint}
        # node-soap's own fault for a request it cannot serve, read as Receiver
        with pytest.raises(CallError) as caught:
            await within(cp.call("DataTransfer", {"vendorId": "Acme"}))
        assert caught.value.code == "NotSupported"
        assert_all_valid(theirs.received())

        # a client from the ChargePointService WSDL, as a central system's, calls our station
        async with driver(
            mode="node-soap",
            client={
                "wsdl": str(WSDL / f"OCPP_ChargePointService_{short}.wsdl"),
                "endpoint": cp.endpoint,
            },
        ) as central:
            identity = [[{"chargeBoxIdentity": "CP-S"}, "", "ocpp", cp_ns]]
            for action, payload, answer in CALLS:
                called = await central.request(
                    "call", operation=action, args=payload, headers=identity
                )
                assert called.get("result") == answer, called
                assert_valid(called["response"].encode())
            other = await central.request(
                "call",
                operation="Reset",
                args={"type": "Hard"},
                headers=[[{"chargeBoxIdentity": "CP-X"}, "", "ocpp", cp_ns]],
            )
            assert other["error"]["message"] == (
                "s:Sender: IdentityMismatch: this is not station 'CP-X'"
            )
            assert other["status"] == 400
    assert seen.calls == [(action, payload, "CP-S") for action, payload, _ in CALLS]
