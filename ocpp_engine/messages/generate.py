"""Generate the typed payload modules ``v16.py``, ``v201.py`` and ``v21.py`` from the schemas.

Run ``python -m ocpp_engine.messages.generate [OUTPUT_DIR] [--schemas DIR]``. Without
``OUTPUT_DIR`` the modules are written next to this file (``ocpp_engine/messages/``); the schemas
are read from the repository's ``schemas/`` folder (or the wheel's ``ocpp_engine/_schemas``).
Which folder and module belong to which version is the table ``ocpp_engine._versions.LAYOUT``.
The output is deterministic: the same schemas always give the same bytes, and a test checks that
the checked-in modules are up to date.

What is generated, per OCPP version
-----------------------------------
- A frozen, slotted attrs class for every request payload, response payload, SEND payload and
  nested object; a ``(str, Enum)`` class for every enumeration; docstrings from the schemas'
  ``description`` (cleaned: CRLF line ends, the 2.0.1 data-dictionary lines and
  ``urn:x-oca`` identifiers, AsciiDoc markup and typographic quotes are removed or simplified).
  Each class takes its ``__repr__``, ``__eq__`` and ``__hash__`` from
  `ocpp_engine.messages._base` (attrs' behaviour, one function for all classes), so attrs
  compiles only its ``__init__`` when the module is imported.
- Request classes derive from `Request`, parametrised by
  their response class, and carry ``ACTION``, ``VERSION`` and ``RESPONSE`` class constants;
  response classes derive from `Response` and SEND payloads
  from `Send`, both with ``ACTION`` and ``VERSION``.
- ``REQUESTS``, ``RESPONSES`` and ``SENDS``: dicts mapping the action to the class.
- For every class a function from the instance to the wire dict and one back, used as the
  cattrs hooks of `ocpp_engine.messages.make_converter` (tables ``_TO_WIRE`` and
  ``_FROM_WIRE``).

Class names
-----------
- Payloads: ``<Action>Request`` and ``<Action>Response``, for 1.6 too (whose files are named
  ``<Action>.json`` and ``<Action>Response.json``). The 2.1 SEND payload
  ``NotifyPeriodicEventStream.json`` becomes ``NotifyPeriodicEventStreamRequest`` (a
  `Send`, listed in ``SENDS``, not ``REQUESTS``).
- Types from ``definitions`` keep their schema name minus the ``Type`` suffix:
  ``ChargingStationType`` -> ``ChargingStation``, ``EVSEType`` -> ``EVSE``,
  ``BootReasonEnumType`` -> ``BootReasonEnum`` (the ``Enum`` part stays, because dropping it
  would make ``IdTokenEnumType`` collide with ``IdTokenType``, ``VPNEnumType`` with ``VPNType``
  and so on). ``CustomDataType`` -> ``CustomData``. These are the schemas' ``javaType`` names.
- OCPP 1.6 core schemas declare objects and enumerations inline. Their classes take the type
  names of the OCPP 1.6 specification, from the tables ``V16_OBJECT_NAMES`` (keyed by property)
  and ``V16_ENUM_NAMES`` (keyed by ``<OwnerClass>.<property>`` or by property):
  ``idTagInfo`` -> ``IdTagInfo``, ``meterValue`` and ``transactionData`` -> ``MeterValue``,
  ``StatusNotificationRequest.status`` -> ``ChargePointStatus``, ``unit`` -> ``UnitOfMeasure``.
  Anything not in a table would be named ``<OwnerClass><Property>``; the generator fails on a
  table entry that is never used, so the tables stay exact.
- Within one version, types with the same name and the same shape (field wire names, types,
  requiredness, nested shapes; enum values) are one class, whatever message uses them.
  Same-named types that differ in shape get distinct names: the variant used by the most
  messages keeps the plain name; every other variant gets the name of the first (alphabetical)
  payload class using it appended, e.g. ``ChargingScheduleGetCompositeScheduleResponse``.

Python names
------------
- Fields are snake_case, converted once here (`ocpp_engine.messages._naming.snake_case`):
  words split at case changes, acronyms kept whole with their digits (``EVSE``, ``V2X``,
  ``ISO15118``), digits glued to the word before them (``iso15118SchemaVersion`` ->
  ``iso15118_schema_version``, ``address1``), and a table of awkward tokens
  (`AWKWARD_TOKENS`: ``SoC`` -> ``soc``, ``v2x``,
  ``EMAIDs``, ``kWh``...). ``ocppCsmsUrl`` -> ``ocpp_csms_url``, ``responderURL`` ->
  ``responder_url``, ``limitAtSoC`` -> ``limit_at_soc``, ``setpoint_L2`` -> ``setpoint_l2``.
- A name that is a Python keyword, soft keyword, builtin (``type``, ``id``, ``format``,
  ``hash``, ``max``, ``min``, ``filter``...), ``self``, ``extra`` or one of the modules used in
  annotations gets a trailing underscore: ``type_``, ``id_``, ``format_``.
- Each field keeps its exact wire name in its attrs metadata: ``metadata={"wire": "soC"}``.
- Enum members are the value's words in UPPER_SNAKE (same splitting rules):
  ``Interruption.Begin`` -> ``INTERRUPTION_BEGIN``, ``L1-N`` -> ``L1_N``, ``SoC`` -> ``SOC``,
  ``Celcius`` -> ``CELCIUS``, ``kWh`` -> ``KWH``, ``s309-1P-16A`` -> ``S309_1P_16A``; a value
  starting with a digit gets ``VALUE_`` in front; exceptions are in
  `ENUM_MEMBER_OVERRIDES`. The value is the exact wire
  string.

Field types and order
---------------------
- Required fields first, in schema order, then optional fields in schema order, defaulting to
  ``None`` (typed ``X | None``). Schema ``default`` values are only mentioned in the field's
  docstring, never put into a payload: OCPP-J sends only what the user set.
- ``string`` -> ``str``; ``date-time`` strings -> aware `datetime.datetime` (see
  `ocpp_engine.messages._datetime`); ``integer`` -> ``int``; ``number`` -> ``float`` (an
  ``int`` read from the wire is kept as it is, so it is written back unchanged);
  ``boolean`` -> ``bool``; enumerations -> their Enum class; arrays -> ``list[X]`` (lists, not
  tuples, so that callers can build them naturally; the classes are frozen, the lists are not
  copied on construction, and hashing an instance that holds a list raises ``TypeError``);
  a property without a type (2.x ``DataTransfer.data``) -> ``Any``, passed through as is (an
  explicit JSON ``null`` there reads as absent: OCPP-J has no ``null`` for absent fields).
- Objects that allow properties beyond the declared ones (``CustomDataType`` in 2.x, and one
  2.0.1 object that lacks ``additionalProperties: false``) get a last field
  ``extra: dict[str, Any]`` (empty by default) holding the undeclared keys verbatim, so vendor
  data round-trips losslessly. Declared keys win over ``extra`` keys of the same name.

Generated code
--------------
The modules use no string annotations (classes are emitted in dependency order), so attrs,
cattrs and ``typing.get_type_hints`` see real types on Python 3.10 to 3.13. They pass
``ruff check``, ``ruff format --check`` and ``mypy --strict`` without suppressions.
The to/from-wire functions pass primitives through without conversion (the wire form is
schema-validated by the core), look enums up in a value -> member dict, and raise ``KeyError``,
``TypeError`` or ``ValueError`` on malformed input, which
`ocpp_engine.messages.from_wire` turns into
`ocpp_engine.messages.WireFormatError`.

Construction
------------
A class with enum or ``date-time`` fields (or lists of them) has an ``__attrs_post_init__`` that
calls `ocpp_engine.messages._base.coerce_fields`: built by hand, such a field takes the
enum member or one of its value strings, an aware datetime or an RFC 3339 string, and anything
else raises ``ValueError`` or ``TypeError`` naming the class, the field and the allowed values.
The annotations keep the declared types, so a type checker still asks for members and datetimes.
The from-wire functions build instances without ``__init__`` (``object.__new__`` and the slot
setters of `ocpp_engine.messages._base.slot_setters`, table ``_SET_<Class>``): their
values have the declared types already, so wire data pays for no check.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
import textwrap
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ocpp_engine._schema import load_schema, ref_name, schema_dir, schema_message
from ocpp_engine._versions import LAYOUT, Version
from ocpp_engine.messages._naming import enum_member_name, pascal_case, snake_case

__all__ = ["V16_ENUM_NAMES", "V16_OBJECT_NAMES", "generate", "main", "render_version"]

#: Class names of the inline objects of the OCPP 1.6 core schemas, by property name: the type
#: names of the OCPP 1.6 specification.
V16_OBJECT_NAMES: dict[str, str] = {
    "chargingProfile": "ChargingProfile",
    "chargingSchedule": "ChargingSchedule",
    "chargingSchedulePeriod": "ChargingSchedulePeriod",
    "configurationKey": "KeyValue",
    "csChargingProfiles": "ChargingProfile",
    "idTagInfo": "IdTagInfo",
    "localAuthorizationList": "AuthorizationData",
    "meterValue": "MeterValue",
    "sampledValue": "SampledValue",
    "transactionData": "MeterValue",
}

#: Class names of the inline enumerations of the OCPP 1.6 core schemas, keyed by
#: ``<OwnerClass>.<property>`` or by ``<property>``: the OCPP 1.6 specification's names.
V16_ENUM_NAMES: dict[str, str] = {
    "BootNotificationResponse.status": "RegistrationStatus",
    "CancelReservationResponse.status": "CancelReservationStatus",
    "ChangeAvailabilityRequest.type": "AvailabilityType",
    "ChangeAvailabilityResponse.status": "AvailabilityStatus",
    "ChangeConfigurationResponse.status": "ConfigurationStatus",
    "ClearCacheResponse.status": "ClearCacheStatus",
    "ClearChargingProfileResponse.status": "ClearChargingProfileStatus",
    "DataTransferResponse.status": "DataTransferStatus",
    "DiagnosticsStatusNotificationRequest.status": "DiagnosticsStatus",
    "FirmwareStatusNotificationRequest.status": "FirmwareStatus",
    "GetCompositeScheduleResponse.status": "GetCompositeScheduleStatus",
    "IdTagInfo.status": "AuthorizationStatus",
    "RemoteStartTransactionResponse.status": "RemoteStartStopStatus",
    "RemoteStopTransactionResponse.status": "RemoteStartStopStatus",
    "ReserveNowResponse.status": "ReservationStatus",
    "ResetRequest.type": "ResetType",
    "ResetResponse.status": "ResetStatus",
    "SendLocalListResponse.status": "UpdateStatus",
    "SetChargingProfileResponse.status": "ChargingProfileStatus",
    "StatusNotificationRequest.errorCode": "ChargePointErrorCode",
    "StatusNotificationRequest.status": "ChargePointStatus",
    "StopTransactionRequest.reason": "Reason",
    "TriggerMessageRequest.requestedMessage": "MessageTrigger",
    "TriggerMessageResponse.status": "TriggerMessageStatus",
    "UnlockConnectorResponse.status": "UnlockStatus",
    "chargingProfileKind": "ChargingProfileKindType",
    "chargingProfilePurpose": "ChargingProfilePurposeType",
    "chargingRateUnit": "ChargingRateUnitType",
    "context": "ReadingContext",
    "format": "ValueFormat",
    "location": "Location",
    "measurand": "Measurand",
    "phase": "Phase",
    "recurrencyKind": "RecurrencyKindType",
    "unit": "UnitOfMeasure",
    "updateType": "UpdateType",
}

_LINE = 100
_PRIMITIVES = frozenset({"str", "int", "float", "bool", "any"})


# --------------------------------------------------------------------------------------------
# Model
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TypeRef:
    """A field type: a primitive, an enum or object (by structural key), or a list of those."""

    kind: str  # str int float bool any datetime dict enum object list
    key: tuple[Any, ...] | None = None
    item: TypeRef | None = None


@dataclass
class FieldSpec:
    """One property of an object."""

    wire: str
    py: str
    type: TypeRef
    required: bool
    description: str | None
    default: Any = None
    has_default: bool = False


@dataclass
class ObjectSpec:
    """An object class (payload or nested)."""

    base: str
    fields: list[FieldSpec]
    open: bool
    description: str | None
    origin: str
    users: set[str] = field(default_factory=set)
    name: str = ""


@dataclass
class EnumSpec:
    """An enumeration class."""

    base: str
    values: tuple[str, ...]
    description: str | None
    origin: str
    users: set[str] = field(default_factory=set)
    name: str = ""


@dataclass
class MessageSpec:
    """A payload class: request, response or SEND."""

    name: str
    action: str
    kind: str  # request response send
    obj: ObjectSpec


class _Builder:
    """Reads the schemas of one version into specs."""

    def __init__(self, version: Version) -> None:
        self.version = version
        self.v16 = version is Version.V16
        self.enums: dict[tuple[Any, ...], EnumSpec] = {}
        self.objects: dict[tuple[Any, ...], ObjectSpec] = {}
        self.messages: list[MessageSpec] = []
        self.used_v16_objects: set[str] = set()
        self.used_v16_enums: set[str] = set()
        self._defs: dict[str, Any] = {}
        self._user = ""
        self._file = ""

    # -- files --------------------------------------------------------------------------------

    def add_file(self, path: Path) -> None:
        action, kind = schema_message(self.version, path.stem)
        name = action + ("Response" if kind == "response" else "Request")
        schema = load_schema(path)
        self._defs = schema.get("definitions", {})
        self._user = name
        self._file = path.name
        fields, is_open = self._fields(schema, name)
        obj = ObjectSpec(
            base=name,
            fields=fields,
            open=is_open,
            description=schema.get("description"),
            origin=path.name,
            name=name,
        )
        self.messages.append(MessageSpec(name=name, action=action, kind=kind, obj=obj))

    # -- types --------------------------------------------------------------------------------

    def _fields(self, node: dict[str, Any], owner: str) -> tuple[list[FieldSpec], bool]:
        required = set(node.get("required", ()))
        fields: list[FieldSpec] = []
        for wire, prop in node.get("properties", {}).items():
            fields.append(
                FieldSpec(
                    wire=wire,
                    py=snake_case(wire),
                    type=self._type(prop, owner, wire),
                    required=wire in required,
                    description=prop.get("description"),
                    default=prop.get("default"),
                    has_default="default" in prop,
                )
            )
        names = [f.py for f in fields]
        if len(set(names)) != len(names):
            raise ValueError(f"{self._file}: {owner} has clashing Python names {names}")
        is_open = node.get("additionalProperties", True) is not False
        return fields, is_open

    def _type(self, node: dict[str, Any], owner: str, prop: str) -> TypeRef:
        if "$ref" in node:
            try:
                def_name = ref_name(node["$ref"])
            except ValueError as exc:
                raise ValueError(f"{self._file}: {exc}") from None
            base = def_name[:-4] if def_name.endswith("Type") and len(def_name) > 4 else def_name
            return self._named(self._defs[def_name], base, f"schema type ``{def_name}``")
        kind = node.get("type")
        if "enum" in node or kind == "object":
            base = self._inline_name(node, owner, prop)
            where = f"``{prop}`` in {self._file[:-5]}"
            return self._named(node, base, where)
        if kind == "array":
            return TypeRef("list", item=self._type(node["items"], owner, prop))
        if kind == "string":
            return TypeRef("datetime" if node.get("format") == "date-time" else "str")
        if kind in ("integer", "number", "boolean"):
            return TypeRef({"integer": "int", "number": "float", "boolean": "bool"}[kind])
        if kind is None:
            return TypeRef("any")
        raise ValueError(f"{self._file}: unsupported type {kind!r} at {owner}.{prop}")

    def _inline_name(self, node: dict[str, Any], owner: str, prop: str) -> str:
        if "enum" in node:
            for key in (f"{owner}.{prop}", prop):
                if self.v16 and key in V16_ENUM_NAMES:
                    self.used_v16_enums.add(key)
                    return V16_ENUM_NAMES[key]
        elif self.v16 and prop in V16_OBJECT_NAMES:
            self.used_v16_objects.add(prop)
            return V16_OBJECT_NAMES[prop]
        return owner + pascal_case(prop)

    def _named(self, node: dict[str, Any], base: str, origin: str) -> TypeRef:
        if "enum" in node:
            if node.get("type", "string") != "string":
                raise ValueError(f"{self._file}: non-string enum {base}")
            values = tuple(node["enum"])
            key: tuple[Any, ...] = ("enum", base, values)
            enum = self.enums.get(key)
            if enum is None:
                enum = self.enums[key] = EnumSpec(base, values, node.get("description"), origin)
            enum.users.add(self._user)
            return TypeRef("enum", key)
        if node.get("type") != "object":
            return self._type({k: v for k, v in node.items() if k != "$ref"}, base, base)
        if not node.get("properties") and node.get("additionalProperties", True) is not False:
            return TypeRef("dict")
        fields, is_open = self._fields(node, base)
        shape = tuple(sorted((f.wire, f.required, f.type) for f in fields))
        key = ("object", base, is_open, shape)
        obj = self.objects.get(key)
        if obj is None:
            obj = self.objects[key] = ObjectSpec(
                base, fields, is_open, node.get("description"), origin
            )
        obj.users.add(self._user)
        return TypeRef("object", key)

    # -- naming -------------------------------------------------------------------------------

    def assign_names(self) -> None:
        taken = {m.name for m in self.messages}
        groups: dict[str, list[EnumSpec | ObjectSpec]] = defaultdict(list)
        specs: list[EnumSpec | ObjectSpec] = [*self.enums.values(), *self.objects.values()]
        for spec in specs:
            groups[spec.base].append(spec)
        for base in sorted(groups):
            variants = sorted(groups[base], key=lambda s: (-len(s.users), min(s.users)))
            for index, spec in enumerate(variants):
                name = base if index == 0 else base + min(spec.users)
                counter = 2
                candidate = name
                while candidate in taken:
                    candidate = f"{name}{counter}"
                    counter += 1
                spec.name = candidate
                taken.add(candidate)

    def check_tables(self) -> None:
        if not self.v16:
            return
        unused = sorted(set(V16_OBJECT_NAMES) - self.used_v16_objects)
        unused += sorted(set(V16_ENUM_NAMES) - self.used_v16_enums)
        if unused:
            raise ValueError(f"unused 1.6 naming table entries: {unused}")


# --------------------------------------------------------------------------------------------
# Docstrings
# --------------------------------------------------------------------------------------------

_URN = re.compile(r"^urn:\S*$")
_XREF = re.compile(r"<<([^,<>]*)(?:,\s*([^<>]*))?>>")
_ASCII = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def clean_description(text: str | None) -> list[str]:
    """Turn a schema description into clean lines (one paragraph per line, no blanks)."""
    if not text:
        return []
    text = html.unescape(text).translate(_ASCII).replace("\\|", "|").replace("\\", "/")
    text = _XREF.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
    raw = [line.strip() for line in re.split(r"\r\n|\r|\n", text)]
    lines: list[str] = []
    for index, line in enumerate(raw):
        if _URN.match(line):
            continue
        if index + 1 < len(raw) and _URN.match(raw[index + 1]):
            continue  # the 2.0.1 data-dictionary name printed before the urn
        if line.endswith(" +"):
            line = line[:-2].rstrip()
        elif line == "+":
            continue
        if line.startswith("Regex: ") and "`" not in line:  # code, not Markdown links
            line = f"Regex: `{line[len('Regex: ') :]}`"
        if line:
            lines.append(line.replace('"""', "'''"))
    return lines


def _summary_ok(line: str, width: int) -> bool:
    first_word = line.split(" ", 1)[0]
    return len(line) <= width and first_word not in ("This", "this") and '"' not in line[-1:]


def docstring(lines: list[str], fallback: str, indent: str, extra: tuple[str, ...] = ()) -> str:
    """Render a class docstring: a one-line summary ending with a period, then the body."""
    width = _LINE - len(indent)
    body = list(lines)
    summary = fallback
    if body:
        first = body[0]
        sentence_end = first.find(". ")
        candidate = first if sentence_end < 0 else first[: sentence_end + 1]
        if candidate[-1:] not in ".?!":
            candidate += "."
        if _summary_ok(candidate, width - 6):
            summary = candidate
            rest = first[len(candidate) :].strip() if sentence_end >= 0 else ""
            body = ([rest] if rest else []) + body[1:]
    paragraphs = [*body, *extra] if summary != fallback else body
    if not paragraphs:
        return f'{indent}"""{summary}"""\n'
    out = [f'{indent}"""{summary}']
    for paragraph in paragraphs:
        out.append("")
        out.extend(_wrap(paragraph, indent, width))
    out.append(f'{indent}"""')
    return "\n".join(line.rstrip() if line.strip() else "" for line in out) + "\n"


def _wrap(paragraph: str, indent: str, width: int) -> list[str]:
    wrapped = textwrap.wrap(
        paragraph, width=width, break_long_words=False, break_on_hyphens=False
    ) or [""]
    return [indent + line for line in wrapped]


def attribute_docstring(lines: list[str], indent: str) -> str:
    """Render an attribute docstring (a string statement after the field)."""
    if not lines:
        return ""
    width = _LINE - len(indent) - 3
    text = " ".join(lines) if len(lines) == 1 else None
    if text is not None and len(text) <= width - 3 and not text.endswith('"'):
        return f'{indent}"""{text}"""\n'
    out = [f'{indent}"""']
    for index, paragraph in enumerate(lines):
        if index:
            out.append("")
        out.extend(_wrap(paragraph, indent, _LINE - len(indent)))
    out.append(f'{indent}"""')
    return "\n".join(line.rstrip() for line in out) + "\n"


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


def _coerced(t: TypeRef) -> bool:
    """Whether a field of this type is checked (and converted from strings) on construction."""
    if t.kind == "list":
        assert t.item is not None
        return _coerced(t.item)
    return t.kind in ("enum", "datetime")


def _fit(single: str, multi: str) -> str:
    """Return ``single`` if none of its lines is longer than the line limit, else ``multi``."""
    return single if all(len(line) <= _LINE for line in single.splitlines()) else multi


def _assign(target: str, expr: str, indent: str, end: str = "") -> str:
    """Render ``target expr`` (e.g. ``d["k"] = `` and a value), wrapped if too long."""
    single = f"{indent}{target}{expr}{end}\n"
    call = re.fullmatch(r"(\w+)\((.*)\)", expr)
    if expr.startswith("[") and expr.endswith("]"):
        multi = f"{indent}{target}[\n{indent}    {expr[1:-1]}\n{indent}]{end}\n"
    elif call:
        head, inner = call.groups()
        multi = f"{indent}{target}{head}(\n{indent}    {inner}\n{indent}){end}\n"
    else:
        multi = f"{indent}{target}(\n{indent}    {expr}\n{indent}){end}\n"
    return _fit(single, multi)


def _set_statement(setter: str, value: str | tuple[str, str, str]) -> str:
    """Render ``setter(o, value)`` as ``ruff format`` would lay it out."""
    text = value if isinstance(value, str) else f"{value[0]} if {value[1]} else {value[2]}"
    single = f"    {setter}(o, {text})\n"
    if len(single) - 1 <= _LINE:
        return single
    hugged = f"        o, {text}\n"
    if len(hugged) - 1 <= _LINE:
        return f"    {setter}(\n{hugged}    )\n"
    line = f"        {text},\n"
    if len(line) - 1 > _LINE and not isinstance(value, str):
        line = (
            f"        (\n            {value[0]}\n            if {value[1]}\n"
            f"            else {value[2]}\n        ),\n"
        )
    return f"    {setter}(\n        o,\n{line}    )\n"


class _Renderer:
    def __init__(self, builder: _Builder) -> None:
        layout = LAYOUT[builder.version]
        self.b = builder
        self.wire_version = builder.version.value
        self.human = f"OCPP {layout.label}"
        self.folder = layout.folder
        self.names: dict[tuple[Any, ...], str] = {}
        for key, enum in builder.enums.items():
            self.names[key] = enum.name
        for key, obj in builder.objects.items():
            self.names[key] = obj.name

    # -- annotations and expressions ---------------------------------------------------------

    def annotation(self, t: TypeRef) -> str:
        if t.kind in ("str", "int", "float", "bool"):
            return t.kind
        if t.kind == "any":
            return "Any"
        if t.kind == "datetime":
            return "datetime.datetime"
        if t.kind == "dict":
            return "dict[str, Any]"
        if t.kind == "list":
            assert t.item is not None
            return f"list[{self.annotation(t.item)}]"
        assert t.key is not None
        return self.names[t.key]

    def to_wire(self, t: TypeRef, value: str, depth: int = 0) -> str:
        if t.kind in _PRIMITIVES:
            return value
        if t.kind == "datetime":
            return f"_format_datetime({value})"
        if t.kind == "enum":
            return f"{value}._value_"
        if t.kind == "dict":
            return f"dict({value})"
        if t.kind == "object":
            assert t.key is not None
            return f"_to_wire_{self.names[t.key]}({value})"
        assert t.item is not None
        if t.item.kind in _PRIMITIVES:
            return f"list({value})"
        var = f"x{depth}" if depth else "x"
        return f"[{self.to_wire(t.item, var, depth + 1)} for {var} in {value}]"

    def from_wire(self, t: TypeRef, value: str, depth: int = 0) -> str:
        if t.kind in _PRIMITIVES:
            return value
        if t.kind == "datetime":
            return f"_parse_datetime({value})"
        if t.kind == "enum":
            assert t.key is not None
            return f"_E_{self.names[t.key]}[{value}]"
        if t.kind == "dict":
            return f"dict({value})"
        if t.kind == "object":
            assert t.key is not None
            return f"_from_wire_{self.names[t.key]}({value})"
        assert t.item is not None
        if t.item.kind in _PRIMITIVES:
            return f"list({value})"
        var = f"x{depth}" if depth else "x"
        return f"[{self.from_wire(t.item, var, depth + 1)} for {var} in {value}]"

    # -- pieces ---------------------------------------------------------------------------------

    def render_enum(self, spec: EnumSpec) -> str:
        fallback = f"Values of {spec.origin} ({self.human})."
        extra = (f"Values of {spec.origin}.",) if spec.description else ()
        out = [f"class {spec.name}(str, Enum):\n"]
        out.append(docstring(clean_description(spec.description), fallback, "    ", extra))
        out.append("\n")
        members: dict[str, str] = {}
        for value in spec.values:
            member = enum_member_name(value)
            if member in members:
                raise ValueError(f"{spec.name}: {value!r} and {members[member]!r} -> {member}")
            members[member] = value
            out.append(f"    {member} = {json.dumps(value)}\n")
        return "".join(out)

    def ordered_fields(self, obj: ObjectSpec) -> list[FieldSpec]:
        return [f for f in obj.fields if f.required] + [f for f in obj.fields if not f.required]

    def render_field(self, f: FieldSpec) -> str:
        ann = self.annotation(f.type)
        wire = json.dumps(f.wire)
        if f.required:
            head = f"    {f.py}: {ann} = attrs.field("
            args = f'metadata={{"wire": {wire}}}'
        else:
            head = f"    {f.py}: {ann} | None = attrs.field("
            args = f'default=None, metadata={{"wire": {wire}}}'
        line = f"{head}{args})\n"
        if len(line) - 1 > _LINE:
            line = f"{head}\n        {args}\n    )\n"
        doc = clean_description(f.description)
        if f.has_default:
            doc.append(
                f"Schema default: ``{json.dumps(f.default)}`` (not sent unless set explicitly)."
            )
        return line + attribute_docstring(doc, "    ")

    def render_class(self, obj: ObjectSpec, message: MessageSpec | None) -> str:
        if message is None:
            bases = ""
            fallback = f"Object of {obj.origin} ({self.human})."
            extra = (f"Object of {obj.origin}.",) if obj.description else ()
        else:
            if message.kind == "request":
                response = message.action + "Response"
                bases = f"(Request[{response}])"
                fallback = f"Payload of the {message.action} request ({self.human})."
            elif message.kind == "response":
                bases = "(Response)"
                fallback = f"Payload of the {message.action} response ({self.human})."
            else:
                bases = "(Send)"
                fallback = (
                    f"Payload of the {message.action} SEND message, which has no response "
                    f"({self.human})."
                )
            extra = ()
        out = ["@attrs.frozen\n", f"class {obj.name}{bases}:\n"]
        lines = clean_description(obj.description)
        if message is not None:
            lines = [fallback, *lines]
        out.append(docstring(lines, fallback, "    ", extra))
        if message is not None:
            out.append("\n")
            out.append(f"    ACTION: ClassVar[str] = {json.dumps(message.action)}\n")
            out.append(f"    VERSION: ClassVar[str] = {json.dumps(self.wire_version)}\n")
            if message.kind == "request":
                response = message.action + "Response"
                out.append(_assign(f"RESPONSE: ClassVar[type[{response}]] = ", response, "    "))
        # given these, attrs builds (and compiles) only __init__: see _base.repr_fields
        out.append("\n    __repr__ = _repr_fields\n")
        out.append("    __eq__ = _eq_fields\n")
        out.append("    __hash__ = _hash_fields\n")
        fields = self.ordered_fields(obj)
        if fields or obj.open:
            out.append("\n")
        for f in fields:
            out.append(self.render_field(f))
        if obj.open:
            out.append("    extra: dict[str, Any] = attrs.field(factory=dict)\n")
            out.append(
                '    """Properties not declared by the schema (vendor data), kept verbatim."""\n'
            )
        if any(_coerced(f.type) for f in fields):
            out.append("\n    def __attrs_post_init__(self) -> None:\n")
            out.append("        _coerce_fields(self)\n")
        return "".join(out)

    def render_to_wire(self, obj: ObjectSpec) -> str:
        fields = self.ordered_fields(obj)
        out = [
            _fit(
                f"def _to_wire_{obj.name}(o: {obj.name}) -> dict[str, Any]:\n",
                f"def _to_wire_{obj.name}(\n    o: {obj.name},\n) -> dict[str, Any]:\n",
            )
        ]
        required = [f for f in fields if f.required]
        optional = [f for f in fields if not f.required]
        if not fields:
            out.append("    return dict(o.extra)\n" if obj.open else "    return {}\n")
            return "".join(out)
        items = [(json.dumps(f.wire), self.to_wire(f.type, "o." + f.py)) for f in required]
        one_line = "    d: dict[str, Any] = {" + ", ".join(f"{k}: {v}" for k, v in items) + "}\n"
        if len(one_line) - 1 <= _LINE:
            out.append(one_line)
        else:
            out.append("    d: dict[str, Any] = {\n")
            out.extend(_assign(f"{k}: ", v, "        ", ",") for k, v in items)
            out.append("    }\n")
        for f in optional:
            out.append(f"    if o.{f.py} is not None:\n")
            expr = self.to_wire(f.type, "o." + f.py)
            out.append(_assign(f"d[{json.dumps(f.wire)}] = ", expr, "        "))
        if obj.open:
            out.append("    if o.extra:\n        d = {**o.extra, **d}\n")
        out.append("    return d\n")
        return "".join(out)

    def render_from_wire(self, obj: ObjectSpec) -> str:
        fields = self.ordered_fields(obj)
        out = [
            _fit(
                f"def _from_wire_{obj.name}(d: dict[str, Any]) -> {obj.name}:\n",
                f"def _from_wire_{obj.name}(\n    d: dict[str, Any],\n) -> {obj.name}:\n",
            )
        ]
        if not fields and not obj.open:
            out.append(f"    return _new({obj.name})\n")
            return "".join(out)
        # Each value is an expression, or (value, condition, other) for a conditional.
        values: list[str | tuple[str, str, str]] = []
        if any(not f.required for f in fields):
            out.append("    g = d.get\n")
        for f in fields:
            wire = json.dumps(f.wire)
            if f.required:
                values.append(self.from_wire(f.type, f"d[{wire}]"))
            elif f.type.kind in _PRIMITIVES:
                values.append(f"g({wire})")
            else:
                conv = self.from_wire(f.type, "v")
                values.append(("None", f"(v := g({wire})) is None", conv))
        if obj.open:
            keys = f"_KEYS_{obj.name}"
            extra = f"{{k: v for k, v in d.items() if k not in {keys}}}"
            values.append(("{}", f"d.keys() <= {keys}", extra))
        setters = [f"s{index}" for index in range(len(values))]
        targets = f"({setters[0]},)" if len(setters) == 1 else ", ".join(setters)
        single = f"    {targets} = _SET_{obj.name}\n"
        wrapped = f"    {targets} = (\n        _SET_{obj.name}\n    )\n"
        exploded = "".join(f"        {setter},\n" for setter in setters)
        out.append(_fit(single, _fit(wrapped, f"    (\n{exploded}    ) = _SET_{obj.name}\n")))
        out.append(f"    o = _new({obj.name})\n")
        for setter, value in zip(setters, values, strict=True):
            out.append(_set_statement(setter, value))
        out.append("    return o\n")
        return "".join(out)

    # -- module ---------------------------------------------------------------------------------

    def object_order(self) -> list[ObjectSpec]:
        by_name = {o.name: o for o in self.b.objects.values()}
        done: set[str] = set()
        order: list[ObjectSpec] = []

        def deps(t: TypeRef) -> list[str]:
            if t.kind == "object":
                assert t.key is not None
                return [self.names[t.key]]
            if t.kind == "list":
                assert t.item is not None
                return deps(t.item)
            return []

        def visit(name: str, stack: tuple[str, ...]) -> None:
            if name in done:
                return
            if name in stack:
                raise ValueError(f"recursive types are not supported: {stack}")
            obj = by_name[name]
            for f in obj.fields:
                for dep in deps(f.type):
                    visit(dep, (*stack, name))
            done.add(name)
            order.append(obj)

        for name in sorted(by_name):
            visit(name, ())
        return order

    def render(self) -> str:
        b = self.b
        enums = sorted(b.enums.values(), key=lambda e: e.name)
        objects = self.object_order()
        rank = {"response": 0, "send": 1, "request": 2}
        messages = sorted(b.messages, key=lambda m: (rank[m.kind], m.name))
        has_datetime = "datetime" in repr(
            [f.type for o in [*objects, *(m.obj for m in messages)] for f in o.fields]
        )
        public = sorted(
            [e.name for e in enums]
            + [o.name for o in objects]
            + [m.name for m in messages]
            + ["REQUESTS", "RESPONSES", "SENDS"]
        )
        out: list[str] = []
        out.append(
            f'"""Typed payload classes for {self.human}, generated from '
            f"``schemas/{self.folder}``.\n"
            "\n"
            "Do not edit: regenerate with ``python -m ocpp_engine.messages.generate``. The naming\n"
            "rules are described in `ocpp_engine.messages.generate`; convert instances with\n"
            "[`to_wire`][ocpp_engine.messages.to_wire] and\n"
            "[`from_wire`][ocpp_engine.messages.from_wire].\n"
            '"""\n\n'
        )
        if has_datetime:
            out.append("import datetime\n")
        out.append("from collections.abc import Callable\n")
        out.append("from enum import Enum\n")
        out.append("from typing import Any, ClassVar\n\n")
        out.append("import attrs\n\n")
        out.append("from ocpp_engine.messages._base import Request, Response, Send\n")
        out.append("from ocpp_engine.messages._base import coerce_fields as _coerce_fields\n")
        out.append("from ocpp_engine.messages._base import eq_fields as _eq_fields\n")
        out.append("from ocpp_engine.messages._base import hash_fields as _hash_fields\n")
        out.append("from ocpp_engine.messages._base import repr_fields as _repr_fields\n")
        out.append("from ocpp_engine.messages._base import slot_setters as _slot_setters\n")
        if has_datetime:
            out.append(
                "from ocpp_engine.messages._datetime import format_datetime as _format_datetime\n"
                "from ocpp_engine.messages._datetime import parse_datetime as _parse_datetime\n"
            )
        out.append("\n__all__ = [\n")
        out.extend(f'    "{name}",\n' for name in public)
        out.append("]\n")
        for enum in enums:
            out.append("\n\n" + self.render_enum(enum))
        for obj in objects:
            out.append("\n\n" + self.render_class(obj, None))
        for message in messages:
            out.append("\n\n" + self.render_class(message.obj, message))
        out.append("\n\n")
        out.append("#: Request payload classes by action.\n")
        out.append("REQUESTS: dict[str, type[Request[Any]]] = {\n")
        out.extend(f'    "{m.action}": {m.name},\n' for m in messages if m.kind == "request")
        out.append("}\n")
        out.append("#: Response payload classes by action.\n")
        out.append("RESPONSES: dict[str, type[Response]] = {\n")
        out.extend(f'    "{m.action}": {m.name},\n' for m in messages if m.kind == "response")
        out.append("}\n")
        out.append("#: SEND payload classes by action (messages without a response).\n")
        sends = [m for m in messages if m.kind == "send"]
        if sends:
            out.append("SENDS: dict[str, type[Send]] = {\n")
            out.extend(f'    "{m.action}": {m.name},\n' for m in sends)
            out.append("}\n")
        else:
            out.append("SENDS: dict[str, type[Send]] = {}\n")
        out.append("\n# Conversion to and from the wire form, registered as cattrs hooks.\n")
        for enum in enums:
            out.append(
                _fit(
                    f"_E_{enum.name} = {{m.value: m for m in {enum.name}}}\n",
                    f"_E_{enum.name} = {{\n    m.value: m for m in {enum.name}\n}}\n",
                )
            )
        all_objects = [*objects, *(m.obj for m in messages)]
        out.append("_new = object.__new__\n")
        for obj in all_objects:
            if obj.fields or obj.open:
                out.append(_assign(f"_SET_{obj.name} = ", f"_slot_setters({obj.name})", ""))
        for obj in all_objects:
            if obj.open:
                keys = [json.dumps(f.wire) for f in self.ordered_fields(obj)]
                out.append(
                    _fit(
                        f"_KEYS_{obj.name} = frozenset({{{', '.join(keys)}}})\n",
                        f"_KEYS_{obj.name} = frozenset(\n    {{\n"
                        + "".join(f"        {k},\n" for k in keys)
                        + "    }\n)\n",
                    )
                )
        for obj in all_objects:
            out.append("\n\n" + self.render_to_wire(obj))
            out.append("\n\n" + self.render_from_wire(obj))
        out.append("\n\n_TO_WIRE: dict[type, Callable[[Any], dict[str, Any]]] = {\n")
        out.extend(f"    {o.name}: _to_wire_{o.name},\n" for o in all_objects)
        out.append("}\n")
        out.append("_FROM_WIRE: dict[type, Callable[[dict[str, Any]], Any]] = {\n")
        out.extend(f"    {o.name}: _from_wire_{o.name},\n" for o in all_objects)
        out.append("}\n")
        return "".join(out)


def render_version(schemas: Path, version: Version) -> str:
    """Return the source of the module for one version, from the schema folder *schemas*.

    Raises:
        FileNotFoundError: the version's folder in *schemas* holds no schema.
        ValueError: a schema has a form the generator does not support, or a naming table
            entry is never used.
    """
    layout = LAYOUT[version]
    builder = _Builder(version)
    files = sorted((schemas / layout.folder).glob("*.json"))
    if not files:
        raise FileNotFoundError(f"no schemas in {schemas / layout.folder}")
    for path in files:
        builder.add_file(path)
    builder.check_tables()
    builder.assign_names()
    return _Renderer(builder).render()


def generate(output: Path, schemas: Path | None = None) -> list[Path]:
    """Write ``v16.py``, ``v201.py`` and ``v21.py`` into ``output``; return their paths.

    Raises:
        FileNotFoundError: a version's schema folder holds no schema.
        ValueError: a schema has a form the generator does not support.
    """
    schemas = schemas or schema_dir()
    output.mkdir(parents=True, exist_ok=True)
    written = []
    for version, layout in LAYOUT.items():
        if not layout.typed:  # OCPP 1.5: payloads stay dicts
            continue
        source = render_version(schemas, version)
        path = output / f"{layout.module}.py"
        path.write_bytes(source.encode("utf-8"))
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point: ``python -m ocpp_engine.messages.generate [OUTPUT_DIR]``."""
    parser = argparse.ArgumentParser(
        prog="python -m ocpp_engine.messages.generate", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "output",
        nargs="?",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="folder to write v16.py, v201.py and v21.py into (default: the package folder)",
    )
    parser.add_argument("--schemas", type=Path, default=None, help="the schemas/ folder")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    paths = generate(args.output, args.schemas)
    elapsed = time.perf_counter() - started
    for path in paths:
        print(f"wrote {path}")
    print(f"generated {len(paths)} modules in {elapsed:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
