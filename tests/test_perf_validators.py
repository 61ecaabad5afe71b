"""The precompiled validators: in step with the schemas, and never looser than fastjsonschema."""

from __future__ import annotations

import copy
import math
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import fastjsonschema
import pytest

from ocpp_engine import Version, _validation
from ocpp_engine._validation import (
    PrecompiledValidator,
    SchemaViolation,
    check,
    compile_schema,
    load_schema,
    schema_dir,
    validator_for,
)
from ocpp_engine._validators import generate
from ocpp_engine.validation import preload

PACKAGE = Path(generate.__file__).resolve().parent
FOLDERS = sorted(generate.FOLDERS)


def test_generated_modules_match_the_schemas(tmp_path: Path) -> None:
    written = generate.write_modules(tmp_path)
    assert {p.name for p in written} == {"v15.py", "v16.py", "v201.py", "v21.py"}
    for path in written:
        checked_in = (PACKAGE / path.name).read_text(encoding="utf-8")
        assert path.read_text(encoding="utf-8") == checked_in, (
            f"{path.name} is stale: run python -m ocpp_engine._validators.generate"
        )


@pytest.mark.slow
def test_generation_does_not_depend_on_string_hashing(tmp_path: Path) -> None:
    """Two processes with different hash seeds write the same bytes (set order would differ)."""
    outputs = []
    for seed in ("0", "1"):
        out = tmp_path / f"seed{seed}"
        done = subprocess.run(
            [sys.executable, "-m", "ocpp_engine._validators.generate", "--out", str(out)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        outputs.append({p.name: p.read_bytes() for p in sorted(out.glob("*.py"))})
    assert sorted(outputs[0]) == ["v15.py", "v16.py", "v201.py", "v21.py"]
    for name in outputs[0]:
        assert outputs[0][name] == outputs[1][name], f"{name} differs between hash seeds"
        assert outputs[0][name] == (PACKAGE / name).read_bytes(), f"{name} is stale"


def test_generator_refuses_unknown_keywords(tmp_path: Path) -> None:
    folder = tmp_path / "v16"
    folder.mkdir()
    (folder / "X.json").write_text(
        '{"$schema": "http://json-schema.org/draft-06/schema#", "type": "string", "pattern": "^a"}',
        encoding="utf-8",
    )
    with pytest.raises(generate.GeneratorError, match="pattern"):
        generate.generate_module(folder, "1.6")


def test_every_shipped_schema_has_a_fast_validator() -> None:
    preload()
    total = sum(len(list((schema_dir() / f).glob("*.json"))) for f in FOLDERS)
    ready = [v for v in _validation._cache.values() if isinstance(v, PrecompiledValidator)]
    assert len(ready) == total
    v = validator_for(Version.V21, "Heartbeat", False)
    assert isinstance(v, PrecompiledValidator)
    assert validator_for(Version.V16, "NoSuchAction", False) is None


# -- the fast path against a freshly compiled fastjsonschema validator -------------------------


def _resolve(root: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = root["definitions"][node["$ref"].split("/")[-1]]
    return node


def _example(root: dict[str, Any], node: dict[str, Any], full: bool) -> Any:
    """A valid instance of *node*: its required properties (all of them when *full*)."""
    node = _resolve(root, node)
    kind = node.get("type")
    if "enum" in node:
        return node["enum"][-1]
    if kind == "object":
        props = node.get("properties", {})
        names = list(props) if full else node.get("required", [])
        return {name: _example(root, props[name], full) for name in names}
    if kind == "array":
        return [_example(root, node["items"], full)] * max(1, node.get("minItems", 1))
    if kind == "string":
        if node.get("format") == "date-time":
            return "2024-02-29T12:00:00.5+01:00"
        if node.get("format") == "uri":
            return "https://example.com/x"
        return "x" * min(3, node.get("maxLength", 3))
    if kind in ("integer", "number"):
        value: float = 1 if kind == "integer" else 1.5
        if "minimum" in node:
            value = max(value, math.ceil(node["minimum"]))
        if "maximum" in node:
            value = min(value, math.floor(node["maximum"]))
        return value
    if kind == "boolean":
        return True
    return None


def _mutations(root: dict[str, Any], payload: Any, node: dict[str, Any]) -> Iterator[Any]:
    """Payloads one change away from *payload*, mostly invalid ones."""
    node = _resolve(root, node)
    yield None
    yield "text"
    yield 7
    yield 2.5
    yield True
    yield [payload]
    if isinstance(payload, dict):
        yield {**payload, "unknownKey": 1}
        props = node.get("properties", {})
        for key, value in payload.items():
            without = dict(payload)
            del without[key]
            yield without
            for changed in _mutations(root, value, props.get(key, {})):
                yield {**payload, key: changed}
    elif isinstance(payload, list) and payload:
        yield []
        yield payload * 300
        for changed in _mutations(root, payload[0], node.get("items", {})):
            yield [changed, *payload[1:]]
            yield [payload[0], changed]  # a later item: the loop checks each one afresh
    elif isinstance(payload, str):
        yield payload + "-not-in-enum"
        if "maxLength" in node:
            yield "y" * node["maxLength"]
            yield "y" * (node["maxLength"] + 1)
        yield "y" * 40000
        yield "2024-02-30T12:00:00Z"
    elif isinstance(payload, int | float) and not isinstance(payload, bool):
        yield -1
        yield -1.5
        yield 10**12
        yield 3.0
        yield 0.15
        for bound in ("minimum", "maximum"):
            if bound in node:
                yield node[bound]
                yield node[bound] + (-1 if bound == "minimum" else 1)
                yield node[bound] + (-0.5 if bound == "minimum" else 0.5)


def _fjs_accepts(validator: Any, payload: Any) -> bool | None:
    try:
        validator(copy.deepcopy(payload))
    except fastjsonschema.JsonSchemaValueException:
        return False
    except Exception:
        return None  # fastjsonschema crashes (for instance on infinity with multipleOf)
    return True


@pytest.mark.slow
@pytest.mark.parametrize("folder", FOLDERS)
def test_fast_path_agrees_with_fastjsonschema(folder: str) -> None:
    module = __import__(f"ocpp_engine._validators.{folder}", fromlist=["VALIDATORS"])
    checked = 0
    for path in sorted((schema_dir() / folder).glob("*.json")):
        schema = load_schema(path)
        fast = module.VALIDATORS[path.stem]
        reference = compile_schema(schema)
        for full in (False, True):
            valid = _example(schema, schema, full)
            assert _fjs_accepts(reference, valid), (path.name, valid)
            assert fast(valid) is True, (path.name, valid)
            for payload in _mutations(schema, valid, schema):
                try:
                    says_valid = fast(payload) is True
                except Exception:
                    says_valid = False
                expected = _fjs_accepts(reference, payload)
                if expected is None:  # fastjsonschema crashes: the fast path must refuse
                    assert not says_valid, (path.name, payload)
                else:  # JSON values only: the fast path agrees exactly
                    assert says_valid is expected, (path.name, payload, expected)
                checked += 1
    assert checked > 1000


def test_a_failure_goes_to_fastjsonschema_for_the_rule_and_path() -> None:
    v = validator_for(Version.V201, "TransactionEvent", False)
    assert v is not None
    with pytest.raises(SchemaViolation) as info:
        check(
            v,
            {
                "eventType": "Started",
                "timestamp": "2024-01-01T00:00:00Z",
                "triggerReason": "Authorized",
                "seqNo": 0,
                "transactionInfo": {"transactionId": "x" * 37},
            },
        )
    assert (info.value.rule, info.value.path, info.value.code) == (
        "maxLength",
        "transactionInfo.transactionId",
        "PropertyConstraintViolation",
    )


def test_values_the_fast_path_leaves_to_fastjsonschema() -> None:
    import enum

    class Status(str, enum.Enum):
        ACCEPTED = "Accepted"

    v = validator_for(Version.V16, "Authorize", True)
    assert isinstance(v, PrecompiledValidator)
    payload = {"idTagInfo": {"status": Status.ACCEPTED}}
    check(v, payload)  # a str Enum member is a string: valid
    assert v({"idTagInfo": {"status": "Accepted"}}) == {"idTagInfo": {"status": "Accepted"}}


def test_calling_a_validator_and_check_judge_through_one_path(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``PrecompiledValidator.__call__`` is `check` raising fastjsonschema's own exception."""
    v = validator_for(Version.V201, "TransactionEvent", False)
    assert isinstance(v, PrecompiledValidator)
    bad = {
        "eventType": "Started",
        "timestamp": "2024-01-01T00:00:00Z",
        "triggerReason": "Authorized",
        "seqNo": 0,
        "transactionInfo": {"transactionId": "x" * 37},
    }
    with pytest.raises(SchemaViolation) as info:
        check(v, bad)
    with pytest.raises(fastjsonschema.JsonSchemaValueException) as raw:
        v(bad)
    assert info.value.source is not None
    assert (raw.value.rule, raw.value.path) == (info.value.source.rule, info.value.source.path)
    seen: list[Any] = []
    real_check = _validation.check
    monkeypatch.setattr(_validation, "check", lambda *args: seen.append(args) or real_check(*args))
    good = {**bad, "transactionInfo": {"transactionId": "x"}}
    assert v(good) is good
    assert seen == [(v, good)]


def _meter_values(count: int) -> dict[str, Any]:
    sampled = [
        {
            "value": f"{i}.5",
            "context": "Sample.Periodic",
            "format": "Raw",
            "measurand": "Voltage",
            "phase": "L1-N",
            "location": "Outlet",
            "unit": "V",
        }
        for i in range(count)
    ]
    meter = [{"timestamp": "2024-01-01T00:00:00Z", "sampledValue": sampled[i::5]} for i in range(5)]
    return {"connectorId": 1, "transactionId": 7, "meterValue": meter}


def test_array_items_are_checked_without_a_call_each() -> None:
    """A MeterValues makes as many calls for 100 sampled values as for 5: one per array."""
    from ocpp_engine._validators import v16

    fast = v16.VALIDATORS["MeterValues"]
    calls: list[str] = []

    def profile(frame: Any, event: str, arg: Any) -> None:
        if event == "call" and frame.f_code.co_filename == v16.__file__:
            calls.append(frame.f_code.co_name)

    counts = []
    for count in (5, 100):
        payload = _meter_values(count)
        calls.clear()
        sys.setprofile(profile)
        try:
            assert fast(payload) is True
        finally:
            sys.setprofile(None)
        counts.append(len(calls))
    # the request, its meterValue array, and each meter value's sampledValue array
    assert counts == [1 + 1 + 5, 1 + 1 + 5]


@pytest.mark.parametrize(
    ("change", "valid"),
    [
        ({}, True),
        ({"unknownKey": "x"}, False),  # one key too many: the count of known keys is off
        ({"context": None}, False),
        ({"unit": "Volt"}, False),
    ],
)
@pytest.mark.parametrize("where", [0, 42, 99])
def test_every_item_of_a_long_array_is_checked(
    change: dict[str, Any], valid: bool, where: int
) -> None:
    v = validator_for(Version.V16, "MeterValues", False)
    assert isinstance(v, PrecompiledValidator)
    payload = _meter_values(100)
    item = payload["meterValue"][where % 5]["sampledValue"][where // 5]
    item.update(change)
    assert (v.fast(payload) is True) is valid
    del item["value"]  # a missing required property: never valid, whatever the fast path does
    try:
        says_valid = v.fast(payload) is True
    except KeyError:
        says_valid = False
    assert not says_valid
    with pytest.raises(fastjsonschema.JsonSchemaValueException):
        v(payload)
