"""Every schema of every version: valid payloads survive from_wire then to_wire unchanged.

Payloads are generated from the schemas by ``payloads()`` below, a strategy builder for the
JSON Schema subset the OCPP schemas use. (hypothesis-jsonschema would be the natural choice, but
its latest release, 0.23.1, fails on current Hypothesis: ``'many' object has no attribute
'more'``.) Every generated payload is first checked against the schema with fastjsonschema, so
the premise "valid payload" is itself tested.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import math
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import fastjsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocpp_engine.messages import (
    format_datetime,
    from_wire,
    module_for,
    parse_datetime,
    to_wire,
)

SCHEMAS = Path(__file__).resolve().parent.parent / "schemas"
VERSIONS = {"v16": "ocpp1.6", "v201": "ocpp2.0.1", "v21": "ocpp2.1"}


def _cases() -> list[tuple[str, str]]:
    return [
        (folder, path.name)
        for folder in VERSIONS
        for path in sorted((SCHEMAS / folder).glob("*.json"))
    ]


def payload_class(folder: str, file_name: str) -> type[Any]:
    """The class the naming rules promise for a schema file."""
    module = module_for(VERSIONS[folder])
    stem = file_name[: -len(".json")]
    if stem.endswith("Response"):
        return module.RESPONSES[stem[: -len("Response")]]  # type: ignore[no-any-return]
    if folder == "v16":
        return module.REQUESTS[stem]  # type: ignore[no-any-return]
    if stem.endswith("Request"):
        return module.REQUESTS[stem[: -len("Request")]]  # type: ignore[no-any-return]
    return module.SENDS[stem]  # type: ignore[no-any-return]


@functools.cache
def load(folder: str, file_name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / folder / file_name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@functools.cache
def validator(folder: str, file_name: str) -> Any:
    return fastjsonschema.compile(load(folder, file_name), use_default=False)


JSON_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**53), 2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=8),
)
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _two(low: int, high: int) -> st.SearchStrategy[str]:
    return st.integers(low, high).map("{:02d}".format)


#: RFC 3339 date-times in all their spellings: ``T``/``t``, ``Z``/``z``/offsets with and without
#: colon, zero to nine fractional digits. (No leap seconds: they cannot round-trip.)
DATE_TIMES = st.builds(
    "{}-{}-{}{}{}:{}:{}{}{}".format,
    st.integers(1, 9999).map("{:04d}".format),
    _two(1, 12),
    _two(1, 28),
    st.sampled_from("Tt"),
    _two(0, 23),
    _two(0, 59),
    _two(0, 59),
    st.one_of(st.just(""), st.from_regex(r"\A\.[0-9]{1,9}\Z")),
    st.one_of(
        st.sampled_from(["Z", "z", "+00:00", "-00:00"]),
        st.builds("{}{}:{}".format, st.sampled_from("+-"), _two(0, 23), _two(0, 59)),
        st.builds("{}{}{}".format, st.sampled_from("+-"), _two(0, 23), _two(0, 59)),
    ),
)
URIS = st.from_regex(r"\A(https|ftp|sftp)://[a-z]{1,12}\.[a-z]{2,3}(/[a-z0-9]{1,8}){0,3}\Z")


def payloads(schema: dict[str, Any], node: dict[str, Any] | None = None) -> st.SearchStrategy[Any]:
    """A strategy for instances of ``node`` (default: the whole schema)."""
    node = schema if node is None else node
    if "$ref" in node:
        return payloads(schema, schema["definitions"][node["$ref"].split("/")[-1]])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    kind = node.get("type")
    if kind == "object":
        properties = node.get("properties", {})
        required = set(node.get("required", ()))
        fixed = {k: payloads(schema, v) for k, v in properties.items() if k in required}
        optional = {k: payloads(schema, v) for k, v in properties.items() if k not in required}
        strategy: st.SearchStrategy[dict[str, Any]] = st.fixed_dictionaries(
            fixed, optional=optional
        )
        if node.get("additionalProperties", True) is not False:
            extra = st.dictionaries(
                st.text(min_size=1, max_size=8).filter(lambda k: k not in properties),
                JSON_VALUES,
                max_size=3,
            )
            strategy = st.tuples(strategy, extra).map(lambda pair: {**pair[1], **pair[0]})
        return strategy
    if kind == "array":
        low = node.get("minItems", 0)
        high = min(node.get("maxItems", low + 3), low + 3)
        return st.lists(payloads(schema, node["items"]), min_size=low, max_size=high)
    if kind == "string":
        if node.get("format") == "date-time":
            return DATE_TIMES
        limit = node.get("maxLength", 30)
        if node.get("format") == "uri":
            return URIS.filter(lambda text: len(text) <= limit)
        return st.text(max_size=min(limit, 30))
    if kind in ("integer", "number"):
        low = node.get("minimum")
        high = node.get("maximum")
        ints = st.integers(
            -(10**12) if low is None else math.ceil(low),
            10**12 if high is None else math.floor(high),
        )
        if kind == "integer":
            return ints
        if "multipleOf" in node:
            step = node["multipleOf"]
            check = fastjsonschema.compile(node)

            def valid(value: float) -> bool:
                try:
                    check(value)
                except fastjsonschema.JsonSchemaException:
                    return False
                return True

            return st.one_of(ints, ints.map(lambda n: round(n * step, 6))).filter(valid)
        floats = st.floats(low, high, allow_nan=False, allow_infinity=False)
        return st.one_of(ints, floats)
    if kind == "boolean":
        return st.booleans()
    if kind is None:
        # Untyped (2.x DataTransfer ``data``): any JSON. A top-level ``null`` reads as absent,
        # since OCPP-J has no null for absent fields, so it cannot round-trip.
        return JSON_VALUES.filter(lambda value: value is not None)
    raise AssertionError(f"unexpected schema node {node}")


def canonical_datetimes(schema: dict[str, Any], node: dict[str, Any], value: Any) -> Any:
    """Rewrite the date-time strings of ``value`` (located via the schema) in canonical form.

    An RFC 3339 string need not come back byte-identical (``+00:00`` becomes ``Z``, ``t``
    becomes ``T``); what must hold is that it denotes the same instant with the same offset.
    """
    if "$ref" in node:
        node = schema["definitions"][node["$ref"].split("/")[-1]]
    if node.get("format") == "date-time" and isinstance(value, str):
        return format_datetime(parse_datetime(value))
    if isinstance(value, list) and "items" in node:
        return [canonical_datetimes(schema, node["items"], item) for item in value]
    if isinstance(value, dict):
        props = node.get("properties", {})
        return {
            key: canonical_datetimes(schema, props[key], item) if key in props else item
            for key, item in value.items()
        }
    return value


def check_types(instance: Any) -> None:
    """Assert that every field value of an attrs instance matches its annotation."""
    cls = type(instance)
    hints = typing.get_type_hints(cls)
    for field in attrs.fields(cls):
        check_value(
            getattr(instance, field.name), hints[field.name], f"{cls.__name__}.{field.name}"
        )


def check_value(value: Any, hint: Any, where: str) -> None:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = typing.get_args(hint)
        if value is None:
            assert type(None) in args, where
            return
        (hint,) = [arg for arg in args if arg is not type(None)]
        origin = typing.get_origin(hint)
    if origin is list:
        assert isinstance(value, list), where
        (item_hint,) = typing.get_args(hint)
        for item in value:
            check_value(item, item_hint, where + "[]")
        return
    if origin is dict:
        assert isinstance(value, dict), where
        return
    if hint is Any:
        return
    if hint is float:
        assert isinstance(value, (int, float)) and not isinstance(value, bool), where
        return
    if hint is int:
        # JSON Schema draft-06 integers may be written 1.0; the value is passed through as is.
        assert isinstance(value, int) or float(value).is_integer(), where
        return
    if hint is datetime.datetime:
        assert isinstance(value, datetime.datetime) and value.tzinfo is not None, where
        return
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        assert type(value) is hint, where
        return
    assert isinstance(value, hint), (where, value, hint)
    if attrs.has(hint):
        check_types(value)


def build_from_strings(cls: type[Any], payload: dict[str, Any]) -> Any:
    """Build ``cls`` through its constructor from a wire payload, leaving enum values and
    date-times as the strings they are on the wire (nested objects are built the same way)."""
    hints = typing.get_type_hints(cls)
    declared = {f.metadata["wire"] for f in attrs.fields(cls) if "wire" in f.metadata}
    kwargs: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if "wire" not in field.metadata:  # ``extra``: the undeclared keys
            kwargs[field.name] = {k: v for k, v in payload.items() if k not in declared}
            continue
        value = payload.get(field.metadata["wire"])
        if value is None:
            continue
        hint = hints[field.name]
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            (hint,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        if typing.get_origin(hint) is list:
            (item,) = typing.get_args(hint)
            if attrs.has(item):
                value = [build_from_strings(item, x) for x in value]
        elif attrs.has(hint):
            value = build_from_strings(hint, value)
        kwargs[field.name] = value
    return cls(**kwargs)


@pytest.mark.parametrize(("folder", "file_name"), _cases())
def test_round_trip(folder: str, file_name: str) -> None:
    schema = load(folder, file_name)
    validate = validator(folder, file_name)
    cls = payload_class(folder, file_name)

    @settings(
        max_examples=10,
        deadline=None,
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )
    @given(payloads(schema))
    def run(payload: dict[str, Any]) -> None:
        validate(payload)
        message = from_wire(cls, payload)
        assert type(message) is cls
        check_types(message)
        wire = to_wire(message)
        assert wire == canonical_datetimes(schema, schema, payload)
        validate(wire)
        # Idempotent: a second trip gives the same instance and the same wire form.
        assert from_wire(cls, wire) == message
        # The constructors take the wire strings of enums and date-times as well.
        built = build_from_strings(cls, payload)
        check_types(built)
        assert built == message
        assert json.loads(json.dumps(wire)) == wire

    run()


@given(
    st.datetimes(
        timezones=st.one_of(
            st.just(datetime.timezone.utc),
            st.integers(-23 * 60 - 59, 23 * 60 + 59).map(
                lambda m: datetime.timezone(datetime.timedelta(minutes=m))
            ),
        )
    )
)
def test_datetime_round_trip(value: datetime.datetime) -> None:
    text = format_datetime(value)
    parsed = parse_datetime(text)
    assert parsed == value
    assert parsed.utcoffset() == value.utcoffset()
    assert format_datetime(parsed) == text


@given(st.datetimes())
def test_naive_datetime_is_utc(value: datetime.datetime) -> None:
    text = format_datetime(value)
    assert text.endswith("Z")
    assert parse_datetime(text) == value.replace(tzinfo=datetime.timezone.utc)


@pytest.mark.parametrize(
    ("text", "expected", "canonical"),
    [
        (
            "2024-01-01T00:00:00Z",
            datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
            "2024-01-01T00:00:00Z",
        ),
        (
            "2024-01-01t00:00:00z",
            datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
            "2024-01-01T00:00:00Z",
        ),
        (
            "2024-01-01T00:00:00+00:00",
            datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
            "2024-01-01T00:00:00Z",
        ),
        (
            "2024-01-01T00:00:00-00:00",
            datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
            "2024-01-01T00:00:00Z",
        ),
        (
            "2024-06-30T12:34:56.5Z",
            datetime.datetime(2024, 6, 30, 12, 34, 56, 500000, tzinfo=datetime.timezone.utc),
            "2024-06-30T12:34:56.500000Z",
        ),
        (
            "2024-06-30T12:34:56.123456789Z",
            datetime.datetime(2024, 6, 30, 12, 34, 56, 123456, tzinfo=datetime.timezone.utc),
            "2024-06-30T12:34:56.123456Z",
        ),
        (
            "2024-06-30 12:34:56+02:00",
            datetime.datetime(
                2024, 6, 30, 12, 34, 56, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
            ),
            "2024-06-30T12:34:56+02:00",
        ),
        (
            "2024-06-30T12:34:56-05:30",
            datetime.datetime(
                2024,
                6,
                30,
                12,
                34,
                56,
                tzinfo=datetime.timezone(-datetime.timedelta(hours=5, minutes=30)),
            ),
            "2024-06-30T12:34:56-05:30",
        ),
        (
            "2024-06-30T12:34:56+0200",
            datetime.datetime(
                2024, 6, 30, 12, 34, 56, tzinfo=datetime.timezone(datetime.timedelta(hours=2))
            ),
            "2024-06-30T12:34:56+02:00",
        ),
        # A leap second cannot be represented: the last representable instant before it.
        (
            "2016-12-31T23:59:60Z",
            datetime.datetime(2016, 12, 31, 23, 59, 59, 999999, tzinfo=datetime.timezone.utc),
            "2016-12-31T23:59:59.999999Z",
        ),
        # No offset (forbidden by RFC 3339, sent by some charge points): read as UTC.
        (
            "2024-06-30T12:34:56",
            datetime.datetime(2024, 6, 30, 12, 34, 56, tzinfo=datetime.timezone.utc),
            "2024-06-30T12:34:56Z",
        ),
    ],
)
def test_datetime_examples(text: str, expected: datetime.datetime, canonical: str) -> None:
    parsed = parse_datetime(text)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()
    assert format_datetime(parsed) == canonical


@pytest.mark.parametrize(
    "text",
    [
        "2024-01-01",
        "2024-01-01T00:00Z",
        "2024-13-01T00:00:00Z",
        "2024-01-01T24:00:00Z",
        "x2024-01-01T00:00:00Z",
        "2024-01-01T00:00:00Zx",
        "",
    ],
)
def test_datetime_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_datetime(text)


def test_offset_with_seconds_is_written_in_utc() -> None:
    zone = datetime.timezone(datetime.timedelta(hours=1, seconds=30))
    value = datetime.datetime(2024, 1, 1, 1, 0, 30, tzinfo=zone)
    assert format_datetime(value) == "2024-01-01T00:00:00Z"
