"""The SOAP payload codec: an OCPP body element to and from its JSON-shaped dict.

Pure, no I/O, driven by the tables ``ocpp_engine.soap._tables`` that
``python -m ocpp_engine.soap.generate`` derives from the official WSDLs. The envelope around
the body element (SOAP 1.2, WS-Addressing, the ``chargeBoxIdentity`` header, faults) is
``ocpp_engine.soap._envelope``'s business; this module sees only the body's one element, e.g.
``{urn://Ocpp/Cs/2015/10/}bootNotificationRequest``.

`decode` checks the element against the XSD as the tables tell it (names, order, occurrence,
types, enumerations, maximum lengths) and returns the dict the OCPP-J twin of the message would
carry, so the engine validates and dispatches it like any JSON payload. The XSD types map so:

=============  ==================================================================================
XSD            JSON value
=============  ==================================================================================
``string``     ``str``, ``maxLength`` checked
enumeration    ``str``, one of the values, exactly
``int``        ``int`` (``xs:int``: 32 bits, signed)
``decimal``    ``float`` when the text has a decimal point (``"16.0"``), else ``int`` (``"16"``):
               the JSON schemas say ``number``, which takes both, and the round trip keeps the
               Python type; ``fractionDigits`` is checked
``boolean``    ``bool``, from ``true``/``false``/``1``/``0``
``dateTime``   ``str``, the text as sent, in ``xs:dateTime``'s form; the XSD makes the time
               zone optional and OCPP's times are UTC, so one without a zone gets ``Z``
               (as SteVe reads it), and the JSON validators' RFC 3339 ``date-time`` holds
``anyURI``     ``str``
repeated       a ``list``, even of one item; left out when there are none
``xsi:nil``    an empty element with ``xsi:nil="true"`` is read as left out (no OCPP element is
               nillable; node-soap writes one for a null value)
=============  ==================================================================================

`encode` is the inverse: children in XSD order, ``True``/``False`` as ``"true"``/``"false"``,
floats in decimal notation (never an exponent, which ``xs:decimal`` lacks), absent or ``None``
optional values left out.

Bad input never escapes as anything but `PayloadError`, whose `code` is the OCPP error code the
answer should carry: ``NotImplemented`` for an element the service does not define,
``FormatViolation`` for a child that does not belong (unknown, out of order, text where elements
go), ``OccurrenceConstraintViolation`` for too few or too many of a child,
``TypeConstraintViolation`` for a value of the wrong type, ``PropertyConstraintViolation`` for a
value outside its enumeration, length or digits: the same codes the JSON validators give for
the same faults.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Final
from xml.etree.ElementTree import Element, SubElement

import attrs

from .._errors import RemoteProtocolError
from .._versions import Version
from . import _tables

__all__ = [
    "NAMESPACES",
    "V16_DIFFERENCES",
    "Decoded",
    "Difference",
    "PayloadError",
    "decode",
    "encode",
    "service_of",
]

#: Attributes of this namespace (``xsi:type``, ``xsi:nil``) are allowed on any element and ignored.
XSI: Final = "http://www.w3.org/2001/XMLSchema-instance"

_FORMAT: Final = "FormatViolation"
_OCCURRENCE: Final = "OccurrenceConstraintViolation"
_TYPE: Final = "TypeConstraintViolation"
_PROPERTY: Final = "PropertyConstraintViolation"
_NOT_IMPLEMENTED: Final = "NotImplemented"

_INT_MIN: Final = -(2**31)
_INT_MAX: Final = 2**31 - 1
#: The longest number text read (a finite float needs at most 326 characters): ``int()`` of
#: thousands of digits is slow, and refused.
_MAX_DIGITS: Final = 400
_INT_TEXT: Final = re.compile(r"[+-]?[0-9]+\Z")
_DECIMAL_TEXT: Final = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\Z")
_BOOLEANS: Final = {"true": True, "1": True, "false": False, "0": False}
#: ``xs:dateTime``'s lexical form (the time zone is optional in XSD; the JSON validators then
#: ask for one, as RFC 3339 does).
_DATE_TIME: Final = re.compile(
    r"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]+)?"
    r"(?:Z|[+-][0-9]{2}:[0-9]{2})?\Z"
)
#: The time zone at the end of an ``xs:dateTime``; one without is read as UTC.
_ZONE: Final = re.compile(r"(?:Z|[+-][0-9]{2}:[0-9]{2})\Z")
#: XML's whitespace, which ``collapse`` types (all but strings) drop around their value.
_XML_SPACE: Final = " \t\n\r"
#: Characters XML 1.0 cannot carry at all.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class PayloadError(RemoteProtocolError):
    """A SOAP payload does not fit the OCPP XSD (or a dict to encode does not).

    Attributes:
        code: the OCPP error code the answer to the peer carries (canonical spelling, as
            `ocpp_engine.versions.VersionRules.spell` takes it).
        path: where in the payload, as JSON keys: ``"meterValue[0].timestamp"``.
    """

    def __init__(self, message: str, *, code: str, path: str = "") -> None:
        super().__init__(message, path=path)
        self._code = code

    @property
    def code(self) -> str:
        """The OCPP error code of this error (canonical spelling)."""
        return self._code


@attrs.frozen
class Decoded:
    """A decoded body element.

    Attributes:
        version: the OCPP version its namespace names.
        service: ``"cs"`` (CentralSystemService: sent by a station) or ``"cp"``
            (ChargePointService: sent by a central system).
        action: the OCPP action, as OCPP-J names it (``"BootNotification"``).
        response: whether the element is the response (``...Response``) or the request.
        payload: the JSON-shaped payload.
    """

    version: Version
    service: str
    action: str
    response: bool
    payload: dict[str, Any]


@attrs.frozen
class _Child:
    xml: str
    key: str
    node: str  # "element", "attribute", "text"
    kind: str
    facet: Any
    low: int
    high: int | None


@attrs.frozen
class _Message:
    version: Version
    service: str
    namespace: str
    action: str
    response: bool
    element: str
    children: tuple[_Child, ...]


@attrs.frozen
class Difference:
    """Where the OCPP 1.6 XSD and the official OCPP 1.6 JSON schema disagree, and what we do.

    Attributes:
        service: ``"cs"`` or ``"cp"``.
        type: the XSD complex type.
        child: the child element, by its XML name.
        xsd: what the XSD says.
        json: what the JSON schema says.
        mapping: what the codec does, so that a decoded payload always passes the JSON schema.
        min_occurs: the occurrence the codec enforces instead of the XSD's, or ``None``.
    """

    service: str
    type: str
    child: str
    xsd: str
    json: str
    mapping: str
    min_occurs: int | None = None


#: Every difference between the 1.6 XSD and the 1.6 JSON schemas in keys, required, types,
#: enumerations and lengths (tests/test_soap_payload.py finds them afresh and compares). Enum
#: values only the JSON has cannot travel over SOAP; values only the XSD has would not pass the
#: JSON validators (there are none).
V16_DIFFERENCES: Final = (
    Difference(
        "cs",
        "MeterValuesRequest",
        "meterValue",
        xsd="minOccurs 0",
        json="required, minItems 1",
        mapping="decode requires at least one, as the JSON schema does",
        min_occurs=1,
    ),
    Difference(
        "cs",
        "SampledValue",
        "unit",
        xsd="UnitOfMeasure: Celsius, no Hertz",
        json="also Celcius (sic), and Hertz in MeterValues",
        mapping="encode writes Celcius as Celsius; Hertz cannot be encoded (PayloadError)",
    ),
    Difference(
        "cp",
        "ChargingSchedule",
        "chargingSchedulePeriod",
        xsd="minOccurs 1",
        json="no minItems",
        mapping="none: the XSD is stricter; encode refuses an empty list",
    ),
    Difference(
        "cs",
        "MeterValue",
        "sampledValue",
        xsd="minOccurs 1",
        json="no minItems in StopTransaction's transactionData (MeterValues has minItems 1)",
        mapping="none: the XSD is stricter; encode refuses an empty list",
    ),
)
#: Enum values the 1.6 JSON schemas spell otherwise than the XSD: JSON -> XSD.
_V16_ENUM_ALIASES: Final = {"Celcius": "Celsius"}

_VERSIONS: Final = {v.value: v for v in Version}
_OCCURS: Final = {
    ("ocpp1.6", d.service, d.type, d.child): d.min_occurs
    for d in V16_DIFFERENCES
    if d.min_occurs is not None
}

#: (version, service) -> the service's target namespace; service is "cs" or "cp".
NAMESPACES: Final[Mapping[tuple[Version, str], str]] = {
    (_VERSIONS[v], service): ns for (v, service), ns in _tables.NAMESPACES.items() if v in _VERSIONS
}
_SERVICES: Final = {ns: key for key, ns in NAMESPACES.items()}

_TYPES: dict[tuple[str, str, str], tuple[_Child, ...]] = {}


def _children(version: str, service: str, type_name: str) -> tuple[_Child, ...]:
    key = (version, service, type_name)
    found = _TYPES.get(key)
    if found is None:
        found = tuple(
            _Child(
                xml,
                json_key,
                node,
                kind,
                _children(version, service, facet) if kind == "complex" else facet,
                _OCCURS.get((*key, xml), low),
                high,
            )
            for xml, json_key, node, kind, facet, low, high in _tables.TYPES[key]
        )
        _TYPES[key] = found
    return found


def _messages() -> dict[tuple[str, str], _Message]:
    table = {}
    for (v, service, element), (action, response, type_name) in _tables.ELEMENTS.items():
        if v not in _VERSIONS:
            continue
        namespace = _tables.NAMESPACES[v, service]
        table[namespace, element] = _Message(
            _VERSIONS[v],
            service,
            namespace,
            action,
            response,
            element,
            _children(v, service, type_name),
        )
    return table


#: (namespace, element name) -> message
_BY_ELEMENT: Final = _messages()
#: (version, service, action, response) -> message
_BY_ACTION: Final = {(m.version, m.service, m.action, m.response): m for m in _BY_ELEMENT.values()}


def service_of(namespace: str) -> tuple[Version, str] | None:
    """Return the version and service (``"cs"`` or ``"cp"``) a target namespace names.

    Returns:
        ``None`` when *namespace* is no OCPP service's.
    """
    return _SERVICES.get(namespace)


# -- encode -----------------------------------------------------------------------------------


def encode(
    version: Version, service: str, action: str, response: bool, payload: Mapping[str, Any]
) -> Element:
    """Return the body element of *action*'s request or response, children in XSD order.

    Args:
        version: the OCPP version (its SOAP namespaces).
        service: ``"cs"`` for the CentralSystemService, ``"cp"`` for the ChargePointService.
        action: the OCPP action, e.g. ``"BootNotification"``.
        response: the response element (``bootNotificationResponse``) or the request.
        payload: the JSON-shaped payload, as OCPP-J carries it.

    Returns:
        e.g. ``{urn://Ocpp/Cs/2015/10/}bootNotificationRequest``.

    Raises:
        PayloadError: the service has no such action (``NotImplemented``) or the payload does
            not fit the XSD.
    """
    message = _BY_ACTION.get((version, service, action, response))
    if message is None:
        raise PayloadError(
            f"no {action} {'response' if response else 'request'} in the OCPP {version} "
            f"{service!r} service",
            code=_NOT_IMPLEMENTED,
        )
    element = Element(f"{{{message.namespace}}}{message.element}")
    aliases = _V16_ENUM_ALIASES if version is Version.V16 else {}
    _encode_complex(element, message.namespace, message.children, payload, "", aliases)
    return element


def _encode_complex(
    element: Element,
    namespace: str,
    children: tuple[_Child, ...],
    payload: Any,
    path: str,
    aliases: Mapping[str, str],
) -> None:
    if not isinstance(payload, Mapping):
        raise PayloadError(f"{path or 'payload'}: not an object", code=_TYPE, path=path)
    known = {c.key for c in children}
    for key in payload:
        if key not in known:
            where = _join(path, str(key))
            raise PayloadError(f"{where}: not in the XSD", code=_FORMAT, path=where)
    for child in children:
        where = _join(path, child.key)
        value = payload.get(child.key)
        if value is None:
            if child.low:
                raise PayloadError(f"{where}: required", code=_OCCURRENCE, path=where)
            continue
        if child.high == 1:
            values = [value]
        elif isinstance(value, (list, tuple)):
            values = list(value)
            if len(values) < child.low or (child.high is not None and len(values) > child.high):
                raise PayloadError(
                    f"{where}: {len(values)} items, outside {_bounds(child)}",
                    code=_OCCURRENCE,
                    path=where,
                )
        else:
            raise PayloadError(f"{where}: not an array", code=_TYPE, path=where)
        for index, item in enumerate(values):
            at = where if child.high == 1 else f"{where}[{index}]"
            if child.node == "text":
                element.text = _encode_simple(child, item, at, aliases)
            elif child.node == "attribute":
                element.set(child.xml, _encode_simple(child, item, at, aliases))
            else:
                sub = SubElement(element, f"{{{namespace}}}{child.xml}")
                if child.kind == "complex":
                    _encode_complex(sub, namespace, child.facet, item, at, aliases)
                else:
                    sub.text = _encode_simple(child, item, at, aliases)


def _encode_simple(child: _Child, value: Any, path: str, aliases: Mapping[str, str]) -> str:
    kind = child.kind
    if kind in ("string", "enum", "dateTime", "anyURI"):
        if not isinstance(value, str):
            raise PayloadError(f"{path}: not a string", code=_TYPE, path=path)
        text: str = value
        if kind == "enum" and text not in child.facet:
            text = aliases.get(text, text)
        if _NOT_XML.search(text):
            raise PayloadError(f"{path}: a character XML cannot carry", code=_PROPERTY, path=path)
        _check_string(child, text, path)
        return text
    if kind == "boolean":
        if not isinstance(value, bool):
            raise PayloadError(f"{path}: not a boolean", code=_TYPE, path=path)
        return "true" if value else "false"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise PayloadError(f"{path}: not a number", code=_TYPE, path=path)
    if kind == "int":
        if not isinstance(value, int):
            raise PayloadError(f"{path}: not an integer", code=_TYPE, path=path)
        _check_int(value, path)
        return str(value)
    # decimal
    if isinstance(value, int):
        return str(value)
    if not math.isfinite(value):
        raise PayloadError(f"{path}: {value} is no decimal", code=_TYPE, path=path)
    text = repr(value)
    if "e" in text or "E" in text:
        text = format(Decimal(text), "f")
        if "." not in text:
            text += ".0"
    _check_digits(child, text, path)
    return text


# -- decode -----------------------------------------------------------------------------------


def decode(element: Element) -> Decoded:
    """Check a body element against the XSD tables and map it to its JSON-shaped dict.

    Args:
        element: the one child of the SOAP Body, e.g. ``bootNotificationRequest`` in the
            namespace ``urn://Ocpp/Cs/2015/10/``.

    Returns:
        the version, service, action, direction and payload; see the module's table for how
        the XSD types map.

    Raises:
        PayloadError: the element breaks the XSD; its `PayloadError.code` is the OCPP error code
            to answer with (``NotImplemented`` for an element the service does not define).
    """
    namespace, name = _split(element.tag)
    if namespace is None or namespace not in _SERVICES:
        raise PayloadError(f"{element.tag!r} is not in an OCPP namespace", code=_FORMAT)
    message = _BY_ELEMENT.get((namespace, name))
    if message is None:
        raise PayloadError(f"{name!r} is no message of {namespace}", code=_NOT_IMPLEMENTED)
    payload = _decode_complex(element, namespace, message.children, "")
    return Decoded(message.version, message.service, message.action, message.response, payload)


def _split(tag: Any) -> tuple[str | None, str]:
    if not isinstance(tag, str):
        return None, ""
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return None, tag


def _decode_complex(
    element: Element, namespace: str, children: tuple[_Child, ...], path: str
) -> dict[str, Any]:
    result: dict[str, Any] = {}
    attributes = {c.xml: c for c in children if c.node == "attribute"}
    for name, text in element.attrib.items():
        child = attributes.get(name)
        if child is None:
            if _split(name)[0] == XSI:
                continue
            where = _join(path, name)
            raise PayloadError(f"{where}: attribute not in the XSD", code=_FORMAT, path=where)
        result[child.key] = _decode_simple(child, text, _join(path, child.key))
    for child in attributes.values():
        if child.low and child.key not in result:
            where = _join(path, child.key)
            raise PayloadError(f"{where}: required", code=_OCCURRENCE, path=where)
    # no comments, no PIs, and no empty xsi:nil elements: no OCPP element is nillable, so
    # such an element (node-soap writes one for a null value) is read as one left out
    subs = [sub for sub in element if isinstance(sub.tag, str) and not _nil(sub)]
    text_child = next((c for c in children if c.node == "text"), None)
    if text_child is not None:
        where = _join(path, text_child.key)
        value = _decode_simple(text_child, _text(element, where), where)
        return {text_child.key: value, **result}
    if (element.text or "").strip(_XML_SPACE) or any(
        (sub.tail or "").strip(_XML_SPACE) for sub in element
    ):
        raise PayloadError(f"{path or 'payload'}: text among elements", code=_FORMAT, path=path)
    elements = [c for c in children if c.node == "element"]
    names = [_element_name(sub, namespace, path) for sub in subs]
    position = 0
    for child in elements:
        where = _join(path, child.key)
        start = position
        while position < len(subs) and names[position] == child.xml:
            position += 1
        count = position - start
        if count < child.low:
            if child.xml in names[position:]:
                raise PayloadError(f"{where}: out of the XSD's order", code=_FORMAT, path=where)
            raise PayloadError(
                f"{where}: {count} found, {_bounds(child)} expected", code=_OCCURRENCE, path=where
            )
        if child.high is not None and count > child.high:
            raise PayloadError(
                f"{where}: {count} found, {_bounds(child)} expected", code=_OCCURRENCE, path=where
            )
        if not count:
            continue
        values = []
        for index, sub in enumerate(subs[start:position]):
            at = where if child.high == 1 else f"{where}[{index}]"
            if child.kind == "complex":
                values.append(_decode_complex(sub, namespace, child.facet, at))
            else:
                _no_attributes(sub, at)
                values.append(_decode_simple(child, _text(sub, at), at))
        result[child.key] = values[0] if child.high == 1 else values
    if position < len(subs):
        name = names[position]
        where = _join(path, name)
        if any(c.xml == name for c in elements):
            raise PayloadError(f"{where}: out of the XSD's order", code=_FORMAT, path=where)
        raise PayloadError(f"{where}: not in the XSD", code=_FORMAT, path=where)
    return result


def _nil(sub: Element) -> bool:
    """Whether *sub* is an empty element with ``xsi:nil`` true."""
    return (
        sub.get(_XSI_NIL, "").strip(_XML_SPACE) in ("true", "1")
        and not len(sub)
        and not (sub.text or "").strip(_XML_SPACE)
    )


_XSI_NIL: Final = f"{{{XSI}}}nil"


def _element_name(sub: Element, namespace: str, path: str) -> str:
    sub_namespace, name = _split(sub.tag)
    if sub_namespace != namespace:
        where = _join(path, name)
        raise PayloadError(
            f"{where}: element {sub.tag!r} not in the namespace {namespace}",
            code=_FORMAT,
            path=where,
        )
    return name


def _no_attributes(sub: Element, path: str) -> None:
    for name in sub.attrib:
        if _split(name)[0] != XSI:
            raise PayloadError(
                f"{path}: attribute {name!r} not in the XSD", code=_FORMAT, path=path
            )


def _text(element: Element, path: str) -> str:
    """The text of a simple value; comments and processing instructions in it are skipped."""
    parts = [element.text or ""]
    for sub in element:
        if isinstance(sub.tag, str):
            raise PayloadError(f"{path}: elements in a simple value", code=_FORMAT, path=path)
        parts.append(sub.tail or "")
    return "".join(parts)


def _decode_simple(child: _Child, text: str, path: str) -> Any:
    kind = child.kind
    if kind in ("string", "enum"):
        _check_string(child, text, path)
        return text
    text = text.strip(_XML_SPACE)
    if kind == "dateTime":
        _check_string(child, text, path)
        return text if _ZONE.search(text) else text + "Z"
    if kind == "anyURI":
        return text
    if kind == "boolean":
        found = _BOOLEANS.get(text)
        if found is None:
            raise PayloadError(f"{path}: {text[:40]!r} is no boolean", code=_TYPE, path=path)
        return found
    if len(text) > _MAX_DIGITS:
        raise PayloadError(f"{path}: a number of {len(text)} characters", code=_TYPE, path=path)
    if kind == "int":
        if not _INT_TEXT.match(text):
            raise PayloadError(f"{path}: {text!r} is no integer", code=_TYPE, path=path)
        value = int(text)
        _check_int(value, path)
        return value
    # decimal
    if not _DECIMAL_TEXT.match(text):
        raise PayloadError(f"{path}: {text!r} is no decimal", code=_TYPE, path=path)
    if "." not in text:
        return int(text)
    _check_digits(child, text, path)
    return float(text)


# -- checks -----------------------------------------------------------------------------------


def _check_string(child: _Child, value: str, path: str) -> None:
    if child.kind == "dateTime":
        if not _DATE_TIME.match(value):
            raise PayloadError(
                f"{path}: {value[:40]!r} is no xs:dateTime", code=_PROPERTY, path=path
            )
    elif child.kind == "enum":
        if value not in child.facet:
            raise PayloadError(
                f"{path}: {value[:40]!r} is not one of {', '.join(child.facet)}",
                code=_PROPERTY,
                path=path,
            )
    elif child.kind == "string" and child.facet is not None and len(value) > child.facet:
        raise PayloadError(
            f"{path}: {len(value)} characters, at most {child.facet}", code=_PROPERTY, path=path
        )


def _check_int(value: int, path: str) -> None:
    if not _INT_MIN <= value <= _INT_MAX:
        raise PayloadError(f"{path}: {value} is outside xs:int", code=_TYPE, path=path)


def _check_digits(child: _Child, text: str, path: str) -> None:
    if child.facet is None or "." not in text:
        return
    fraction = text.partition(".")[2].rstrip("0")
    if len(fraction) > child.facet:
        raise PayloadError(
            f"{path}: {text} has more than {child.facet} fraction digits",
            code=_PROPERTY,
            path=path,
        )


def _bounds(child: _Child) -> str:
    high = "unbounded" if child.high is None else str(child.high)
    return f"{child.low}..{high}"


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
