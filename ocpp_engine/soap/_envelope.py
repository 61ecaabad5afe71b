"""SOAP 1.2 envelopes with WS-Addressing, as OCPP-S 1.5 and 1.6 use them; pure, no I/O.

An OCPP-S message is a SOAP 1.2 envelope (``http://www.w3.org/2003/05/soap-envelope``) whose
header carries the WS-Addressing 1.0 headers (``http://www.w3.org/2005/08/addressing``:
``MessageID``, ``Action``, ``RelatesTo``, ``To``, ``From``, ``ReplyTo``) and the station's
``chargeBoxIdentity`` (in the service's namespace, ``urn://Ocpp/Cs/2015/10/`` and so on), and
whose body holds one payload element such as ``bootNotificationRequest``. The OCA WSDLs give
every operation the WS-Addressing actions ``/X`` (request) and ``/XResponse`` (response), for
example ``/BootNotification`` and ``/BootNotificationResponse``.

`decode` reads an envelope safely: the bytes must be UTF-8 (a document declaring another
encoding is refused), no larger than *max_size*, no deeper than *max_depth*, and hold no
document type declaration at all, so neither entity expansion (billion laughs) nor external
entities (XXE) can happen. It uses the standard library's expat directly, with handlers that
stop at the first DOCTYPE or entity declaration (``defusedxml`` does the same, at the cost of a
dependency). Whatever is wrong with the input, `decode` raises `SoapError` only, carrying the
SOAP fault to answer with.

Faults map to and from OCPP-J CALLERROR codes through `FAULTS` (one row per code): OCPP-S names
the subcodes ``SecurityError``, ``IdentityMismatch``, ``ProtocolError`` (code ``Sender``),
``InternalError`` and ``NotSupported`` (code ``Receiver``); the other CALLERROR codes travel as
a subcode of their own name. SOAP 1.2's HTTP binding answers a ``Sender`` fault with HTTP 400
and every other fault with 500 (`http_status`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final
from xml.etree.ElementTree import Element, TreeBuilder, tostring
from xml.parsers import expat
from xml.sax.saxutils import escape

import attrs

from .._errors import RemoteProtocolError

__all__ = [
    "ANONYMOUS",
    "ANONYMOUS_2004",
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_SIZE",
    "FAULTS",
    "FAULT_ACTION",
    "NONE_ADDRESS",
    "SOAP11_NS",
    "SOAP_NS",
    "WSA_2004_NS",
    "WSA_NS",
    "Fault",
    "FaultRow",
    "SoapError",
    "SoapMessage",
    "action_uri",
    "callerror_of",
    "decode",
    "encode",
    "fault_for",
    "http_status",
    "parse_xml",
    "sender_error",
    "split_action",
]

#: The SOAP 1.2 envelope namespace.
SOAP_NS: Final = "http://www.w3.org/2003/05/soap-envelope"
#: The SOAP 1.1 envelope namespace: an envelope in it gets a VersionMismatch fault.
SOAP11_NS: Final = "http://schemas.xmlsoap.org/soap/envelope/"
#: The WS-Addressing 1.0 namespace, as the OCA WSDLs declare it.
WSA_NS: Final = "http://www.w3.org/2005/08/addressing"
#: The WS-Addressing member submission's namespace (2004/08), which older SOAP stacks use;
#: its headers are read as the 1.0 ones.
WSA_2004_NS: Final = "http://schemas.xmlsoap.org/ws/2004/08/addressing"
#: WS-Addressing's anonymous address: "answer on this HTTP connection", not an endpoint.
ANONYMOUS: Final = WSA_NS + "/anonymous"
#: The anonymous address of the 2004/08 namespace.
ANONYMOUS_2004: Final = WSA_2004_NS + "/role/anonymous"
#: WS-Addressing's "none" address: no reply.
NONE_ADDRESS: Final = WSA_NS + "/none"
#: The WS-Addressing action of a SOAP fault.
FAULT_ACTION: Final = WSA_NS + "/soap/fault"
#: The largest envelope `decode` reads by default, in bytes (1 MiB, as the WebSocket frames).
DEFAULT_MAX_SIZE: Final = 2**20
#: The deepest element nesting `decode` accepts by default (OCPP payloads nest below 10).
DEFAULT_MAX_DEPTH: Final = 32
#: The longest fault reason kept from a received fault, in characters.
MAX_REASON: Final = 512

_SOAP_CODES: Final = frozenset(
    {"VersionMismatch", "MustUnderstand", "DataEncodingUnknown", "Sender", "Receiver"}
)
_ADDRESSING: Final = ("MessageID", "Action", "RelatesTo", "To", "From", "ReplyTo")
#: SOAP 1.1's fault codes, which some SOAP 1.2 stacks write in 1.2 faults (node-soap's
#: ``SOAP-ENV:Server``), read as their SOAP 1.2 twins.
_SOAP11_CODES: Final = {"Client": "Sender", "Server": "Receiver"}
_IDENTITY: Final = "chargeboxidentity"  # the header's local name, compared case-insensitively


@attrs.frozen
class Fault:
    """A SOAP 1.2 fault.

    Attributes:
        code: the SOAP fault code's local name: ``"Sender"``, ``"Receiver"``,
            ``"VersionMismatch"``, ``"MustUnderstand"`` or ``"DataEncodingUnknown"``.
        subcode: the local name of the first subcode, such as ``"IdentityMismatch"``, or
            ``None``.
        reason: the reason text.
    """

    code: str
    subcode: str | None
    reason: str = ""


@attrs.frozen
class SoapMessage:
    """One OCPP-S message: what its envelope's header says, and its body element or fault.

    Attributes:
        action: the WS-Addressing action, such as ``"/BootNotification"`` (`action_uri` makes
            it; `split_action` reads it), or ``None`` when the envelope has none.
        message_id: the ``wsa:MessageID``, or ``None``.
        body: the payload element (the body's first child), or ``None`` for a fault.
        identity: the ``chargeBoxIdentity`` header, or ``None``.
        relates_to: the ``wsa:RelatesTo`` (a response's request id), or ``None``.
        to: the ``wsa:To`` address, or ``None``.
        from_: the ``wsa:From`` endpoint's address, or ``None``.
        reply_to: the ``wsa:ReplyTo`` endpoint's address, or ``None``.
        fault: the fault a fault message carries (then *body* is ``None``), or ``None``.
    """

    action: str | None
    message_id: str | None
    body: Element | None
    identity: str | None = None
    relates_to: str | None = None
    to: str | None = None
    from_: str | None = None
    reply_to: str | None = None
    fault: Fault | None = None


class SoapError(RemoteProtocolError):
    """An envelope could not be read, or a request cannot be served: answer with *fault*.

    Attributes:
        fault: the SOAP fault to answer with.
        code: the OCPP error code the fault maps to (`callerror_of`).
    """

    def __init__(self, fault: Fault, *, message_id: str | None = None) -> None:
        super().__init__(fault.reason or fault.code, message_id=message_id)
        self.fault = fault

    @property
    def code(self) -> str:
        """The OCPP error code of the fault (canonical spelling)."""
        return callerror_of(self.fault)


# -- faults and CALLERROR codes -------------------------------------------------------------


@attrs.frozen
class FaultRow:
    """How one CALLERROR code travels as a SOAP fault.

    Attributes:
        callerror: the OCPP-J error code (canonical spelling).
        code: the SOAP fault code it is sent with (``Sender`` or ``Receiver``).
        subcode: the fault subcode it is sent with.
        ocpp_s: whether OCPP-S itself names this subcode.
    """

    callerror: str
    code: str
    subcode: str
    ocpp_s: bool


#: CALLERROR code -> SOAP fault, one row each; a received subcode maps back by the same rows.
#: ``IdentityMismatch`` and ``UrlMismatch`` (OCPP-S, ``Sender``) have no CALLERROR of their
#: own and are read as ``SecurityError``; an unknown subcode is read by its code: ``Sender``
#: as ``ProtocolError``, ``Receiver`` as ``InternalError``, the other SOAP codes as
#: ``ProtocolError``.
FAULTS: Final[tuple[FaultRow, ...]] = (
    FaultRow("SecurityError", "Sender", "SecurityError", True),
    FaultRow("ProtocolError", "Sender", "ProtocolError", True),
    FaultRow("InternalError", "Receiver", "InternalError", True),
    FaultRow("NotSupported", "Receiver", "NotSupported", True),
    FaultRow("NotImplemented", "Receiver", "NotImplemented", False),
    FaultRow("FormatViolation", "Sender", "FormatViolation", False),
    FaultRow("TypeConstraintViolation", "Sender", "TypeConstraintViolation", False),
    FaultRow("PropertyConstraintViolation", "Sender", "PropertyConstraintViolation", False),
    FaultRow("OccurrenceConstraintViolation", "Sender", "OccurrenceConstraintViolation", False),
    FaultRow("GenericError", "Receiver", "GenericError", False),
)
_BY_CALLERROR: Final[Mapping[str, FaultRow]] = {row.callerror: row for row in FAULTS}
_BY_SUBCODE: Final[Mapping[str, str]] = {
    **{row.subcode: row.callerror for row in FAULTS},
    "IdentityMismatch": "SecurityError",
    "UrlMismatch": "SecurityError",
}
#: Other spellings of CALLERROR codes: 1.6's two misspellings, and the 2.x codes 1.6 lacks.
_ALIASES: Final[Mapping[str, str]] = {
    "FormationViolation": "FormatViolation",
    "OccurenceConstraintViolation": "OccurrenceConstraintViolation",
    "RpcFrameworkError": "ProtocolError",
    "MessageTypeNotSupported": "ProtocolError",
}


def fault_for(callerror: str, reason: str = "") -> Fault:
    """Return the SOAP fault that carries the CALLERROR code *callerror*.

    Either spelling of 1.6's misspelled codes works; an unknown code is sent as
    ``GenericError``. Raises nothing.
    """
    code = _ALIASES.get(callerror, callerror)
    row = _BY_CALLERROR.get(code, _BY_CALLERROR["GenericError"])
    return Fault(row.code, row.subcode, reason)


def callerror_of(fault: Fault) -> str:
    """Return the CALLERROR code (canonical spelling) a received *fault* stands for.

    Raises nothing.
    """
    if fault.subcode is not None:
        code = _BY_SUBCODE.get(fault.subcode)
        if code is not None:
            return code
    return "InternalError" if fault.code == "Receiver" else "ProtocolError"


def http_status(fault: Fault) -> int:
    """The HTTP status of a response carrying *fault*: 400 for ``Sender``, else 500.

    SOAP 1.2 part 2, section 7.5.2.2. Raises nothing.
    """
    return 400 if fault.code == "Sender" else 500


def sender_error(subcode: str, reason: str) -> SoapError:
    """A `SoapError` with a ``Sender`` fault of *subcode*. Raises nothing."""
    return SoapError(Fault("Sender", subcode, reason))


# -- actions ---------------------------------------------------------------------------------


def action_uri(action: str, response: bool = False) -> str:
    """The WS-Addressing action of an OCPP action: ``/X`` or ``/XResponse``. Raises nothing."""
    return f"/{action}Response" if response else f"/{action}"


def split_action(uri: str) -> tuple[str, bool]:
    """Read a WS-Addressing action: ``/BootNotificationResponse`` -> ``("BootNotification", True)``.

    The OCA WSDLs use ``/X``; a peer that prefixes the namespace
    (``urn://Ocpp/Cs/2015/10/BootNotification``) is read the same way: the part after the last
    ``/``. Raises nothing (an empty action comes back as ``("", False)``).
    """
    name = uri.rpartition("/")[2].strip()
    if name.endswith("Response") and len(name) > len("Response"):
        return name[: -len("Response")], True
    return name, False


# -- writing ---------------------------------------------------------------------------------


def encode(message: SoapMessage) -> bytes:
    """Write *message* as a SOAP 1.2 envelope in UTF-8.

    The ``chargeBoxIdentity`` header is written in the body element's namespace (a fault
    carries none). A character XML 1.0 cannot carry (a control character in a fault reason,
    say) is written as U+FFFD, so the envelope is always well-formed. ``From`` and ``ReplyTo``
    are written as endpoint references with an ``Address``.

    Raises:
        ValueError: the message has neither a body nor a fault, or an identity without a body
            whose namespace it could take.
    """
    if (message.body is None) == (message.fault is None):
        raise ValueError("a SOAP message carries either a body element or a fault")
    header: list[str] = []
    namespace = None
    body = message.body
    if body is not None and body.tag.startswith("{"):
        namespace = body.tag[1:].partition("}")[0]
    if message.identity is not None:
        if namespace is None:
            raise ValueError("the chargeBoxIdentity header needs a namespaced body element")
        header.append(
            f'<chargeBoxIdentity xmlns="{escape(namespace, _QUOTE)}">'
            f"{_xml_text(message.identity)}</chargeBoxIdentity>"
        )
    for name, value in (
        ("MessageID", message.message_id),
        ("Action", message.action),
        ("RelatesTo", message.relates_to),
        ("To", message.to),
    ):
        if value is not None:
            header.append(f"<a:{name}>{_xml_text(value)}</a:{name}>")
    for name, value in (("From", message.from_), ("ReplyTo", message.reply_to)):
        if value is not None:
            header.append(f"<a:{name}><a:Address>{_xml_text(value)}</a:Address></a:{name}>")
    if body is not None:
        content = (
            tostring(body, encoding="unicode", default_namespace=namespace)
            if namespace is not None and _all_namespaced(body, namespace)
            else tostring(body, encoding="unicode")
        )
    else:
        assert message.fault is not None
        content = _fault_xml(message.fault)
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<s:Envelope xmlns:s="{SOAP_NS}" xmlns:a="{WSA_NS}">'
        f"<s:Header>{''.join(header)}</s:Header>"
        f"<s:Body>{content}</s:Body></s:Envelope>"
    )
    return text.encode("utf-8")


_QUOTE: Final = {'"': "&quot;"}
#: Characters XML 1.0 cannot carry, even escaped.
_NOT_XML: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str) -> str:
    """*text* escaped for XML, each character XML cannot carry replaced by U+FFFD."""
    return escape(_NOT_XML.sub("\ufffd", text))


def _all_namespaced(element: Element, namespace: str) -> bool:
    """Whether *namespace* can be the default: every element is in it, none has attributes.

    ElementTree refuses a default namespace with an unqualified attribute (1.5's meter values
    have some), so such a body is written with a prefix.
    """
    prefix = "{" + namespace + "}"
    return all(
        isinstance(e.tag, str) and e.tag.startswith(prefix) and not e.attrib for e in element.iter()
    )


def _fault_xml(fault: Fault) -> str:
    subcode = ""
    if fault.subcode is not None:
        # the subcode is a QName; written without a prefix it is in no namespace, since no
        # default namespace is in scope here
        subcode = f"<s:Subcode><s:Value>{_xml_text(fault.subcode)}</s:Value></s:Subcode>"
    return (
        f"<s:Fault><s:Code><s:Value>s:{fault.code}</s:Value>{subcode}</s:Code>"
        f'<s:Reason><s:Text xml:lang="en">{_xml_text(fault.reason)}</s:Text></s:Reason>'
        "</s:Fault>"
    )


# -- reading ---------------------------------------------------------------------------------


class _Refused(Exception):
    """Raised inside the expat handlers to stop parsing; turned into a `SoapError`."""

    def __init__(self, subcode: str, reason: str) -> None:
        super().__init__(reason)
        self.subcode = subcode
        self.reason = reason


def _name(raw: str) -> str:
    """Expat's ``"uri local"`` (namespace separator a space) as ElementTree's ``{uri}local``."""
    uri, sep, local = raw.rpartition(" ")
    return f"{{{uri}}}{local}" if sep else local


def parse_xml(
    data: bytes, *, max_size: int = DEFAULT_MAX_SIZE, max_depth: int = DEFAULT_MAX_DEPTH
) -> Element:
    """Parse *data* into an `Element` tree, safely.

    No document type declaration is accepted (so no entity is ever declared or expanded), the
    document must be UTF-8 (or declare no other encoding), at most *max_size* bytes and
    *max_depth* elements deep. Comments and processing instructions are dropped.

    Raises:
        SoapError: with a ``Sender`` fault, subcode ``ProtocolError`` (unreadable, too large,
            too deep, not UTF-8) or ``SecurityError`` (a DOCTYPE or an entity).
    """
    if len(data) > max_size:
        raise sender_error("ProtocolError", f"the message is larger than {max_size} bytes")
    if data.startswith((b"\xfe\xff", b"\xff\xfe")):
        raise sender_error("ProtocolError", "the message must be UTF-8, not UTF-16")
    builder = TreeBuilder()
    parser = expat.ParserCreate("UTF-8", " ")
    depth = 0

    def refuse_doctype(*_: Any) -> None:
        raise _Refused("SecurityError", "document type declarations are not accepted")

    def refuse_entity(*_: Any) -> None:
        raise _Refused("SecurityError", "entities are not accepted")

    def refuse_external(*_: Any) -> int:
        raise _Refused("SecurityError", "external entities are not accepted")

    def xml_declaration(version: str, encoding: str | None, standalone: int) -> None:
        if encoding is not None and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
            raise _Refused("ProtocolError", f"the message must be UTF-8, not {encoding}")

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal depth
        depth += 1
        if depth > max_depth:
            raise _Refused("ProtocolError", f"the message nests deeper than {max_depth}")
        builder.start(_name(tag), {_name(k): v for k, v in attributes.items()})

    def end(tag: str) -> None:
        nonlocal depth
        depth -= 1
        builder.end(_name(tag))

    parser.StartDoctypeDeclHandler = refuse_doctype
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.ExternalEntityRefHandler = refuse_external
    parser.SkippedEntityHandler = refuse_entity
    parser.XmlDeclHandler = xml_declaration
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = builder.data
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
        return builder.close()
    except _Refused as exc:
        raise sender_error(exc.subcode, exc.reason) from None
    except expat.ExpatError as exc:
        raise sender_error("ProtocolError", f"not well-formed XML: {exc}") from None
    except (ValueError, RecursionError, MemoryError, AssertionError) as exc:
        raise sender_error("ProtocolError", f"unreadable XML: {type(exc).__name__}") from None


def _local(tag: str) -> tuple[str, str]:
    """``{uri}local`` -> ``(uri, local)``; ``local`` -> ``("", local)``."""
    if tag.startswith("{"):
        uri, _, local = tag[1:].partition("}")
        return uri, local
    return "", tag


def _text(element: Element) -> str:
    return "".join(element.itertext()).strip()


def _true(value: str | None) -> bool:
    return value is not None and value.strip() in ("true", "1")


def decode(
    data: bytes, *, max_size: int = DEFAULT_MAX_SIZE, max_depth: int = DEFAULT_MAX_DEPTH
) -> SoapMessage:
    """Read a SOAP 1.2 envelope (see `parse_xml` for what is refused before reading it).

    The WS-Addressing headers (in the 1.0 namespace or the 2004/08 one) and
    ``chargeBoxIdentity`` (in any namespace, the local name compared case-insensitively) are
    read; a header block that must be understood
    (``mustUnderstand="true"``) and is none of those gets a ``MustUnderstand`` fault.

    Raises:
        SoapError: the data is no readable SOAP 1.2 envelope: a ``VersionMismatch`` fault for a
            SOAP 1.1 envelope, a ``MustUnderstand`` fault, or a ``Sender`` fault (subcode
            ``ProtocolError`` or ``SecurityError``) for anything else.
    """
    root = parse_xml(data, max_size=max_size, max_depth=max_depth)
    uri, local = _local(root.tag)
    if local == "Envelope" and uri == SOAP11_NS:
        raise SoapError(Fault("VersionMismatch", None, "OCPP-S uses SOAP 1.2 envelopes"))
    if (uri, local) != (SOAP_NS, "Envelope"):
        raise sender_error("ProtocolError", "the message is not a SOAP 1.2 envelope")
    header = root.find(f"{{{SOAP_NS}}}Header")
    body = root.find(f"{{{SOAP_NS}}}Body")
    if body is None:
        raise sender_error("ProtocolError", "the envelope has no Body")
    fields: dict[str, str | None] = dict.fromkeys(_ADDRESSING)
    identity = None
    for block in header if header is not None else ():
        block_uri, name = _local(block.tag)
        if block_uri in (WSA_NS, WSA_2004_NS) and name in _ADDRESSING:
            if name in ("From", "ReplyTo"):
                address = block.find(f"{{{block_uri}}}Address")
                fields[name] = None if address is None else _text(address)
            else:
                fields[name] = _text(block)
        elif name.lower() == _IDENTITY:
            identity = _text(block)
        elif _true(block.get(f"{{{SOAP_NS}}}mustUnderstand")):
            raise SoapError(Fault("MustUnderstand", None, f"header {block.tag} is not understood"))
    children = list(body)
    if len(children) != 1:
        raise sender_error("ProtocolError", "the Body must hold exactly one element")
    element: Element | None = children[0]
    fault = None
    if children[0].tag == f"{{{SOAP_NS}}}Fault":
        fault = _read_fault(children[0])
        element = None
    return SoapMessage(
        action=fields["Action"],
        message_id=fields["MessageID"],
        body=element,
        identity=identity,
        relates_to=fields["RelatesTo"],
        to=fields["To"],
        from_=fields["From"],
        reply_to=fields["ReplyTo"],
        fault=fault,
    )


_QNAME: Final = re.compile(r"^\s*(?:[^:\s]+:)?([^:\s]+)\s*$")


def _qname_local(text: str) -> str | None:
    match = _QNAME.match(text)
    return match.group(1) if match else None


def _child(element: Element | None, name: str) -> Element | None:
    """The first child of *element* in the SOAP namespace named *name*, in any letter case."""
    if element is None:
        return None
    wanted = f"{{{SOAP_NS}}}{name}".lower()
    return next((child for child in element if child.tag.lower() == wanted), None)


def _read_fault(element: Element) -> Fault:
    """Read a SOAP 1.2 fault, liberally.

    As node-soap writes them, SOAP 1.1's codes ``Client`` and ``Server`` are read as ``Sender``
    and ``Receiver``, and the subcode's ``value`` is found in any letter case.
    """
    code_value = element.find(f"{{{SOAP_NS}}}Code/{{{SOAP_NS}}}Value")
    code = _qname_local(_text(code_value)) if code_value is not None else None
    code = _SOAP11_CODES.get(code or "", code)
    if code not in _SOAP_CODES:
        code = "Receiver"
    sub_value = _child(_child(element.find(f"{{{SOAP_NS}}}Code"), "Subcode"), "Value")
    subcode = _qname_local(_text(sub_value)) if sub_value is not None else None
    reason_text = element.find(f"{{{SOAP_NS}}}Reason/{{{SOAP_NS}}}Text")
    reason = _text(reason_text)[:MAX_REASON] if reason_text is not None else ""
    assert code is not None
    return Fault(code, subcode, reason)
