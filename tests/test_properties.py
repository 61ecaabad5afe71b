"""Properties that must hold whatever the peer sends (hypothesis).

The number of examples and their choice follow the hypothesis profile (tests/conftest.py).
The hypothesis runs are marked ``slow``, as the fuzz is: out of the fast set, in the suite.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import zlib
from typing import Any

import fastjsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ocpp_engine import Device
from ocpp_engine.testing import Peer

from .helpers import HEARTBEAT_RESPONSE, VERSIONS, csms

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
actions = st.sampled_from(
    [
        "Heartbeat",
        "BootNotification",
        "Authorize",
        "StatusNotification",
        "NoSuchAction",
        "DataTransfer",
        "",
        "TransactionEvent",
    ]
)
message_types = st.sampled_from([2, 3, 4, 5, 6, 7, -1, "2", None, 2.0, True])
frame_lists = st.lists(json_values, max_size=6)


def run(coro: Any) -> Any:
    return asyncio.run(coro)


async def feed_and_check_alive(version: str, frames: list[str | bytes]) -> list[Any]:
    device = csms(version)
    async with Peer(device) as peer:
        for raw in frames:
            device.received(raw)  # must never raise
        await peer.settle()
        sent = peer.sent()
        assert await peer.call("Heartbeat") == HEARTBEAT_RESPONSE
        assert device.pending_calls == 0 and device.active_tasks == 0
    return sent


@pytest.mark.slow
@SETTINGS
@given(
    st.sampled_from(VERSIONS), st.lists(st.binary(max_size=64) | st.text(max_size=64), max_size=5)
)
def test_any_bytes_leave_the_device_working(version: str, frames: list[str | bytes]) -> None:
    run(feed_and_check_alive(version, frames))


@pytest.mark.slow
@SETTINGS
@given(
    st.sampled_from(VERSIONS),
    st.lists(st.tuples(message_types, json_values, actions, json_values), max_size=6),
)
def test_any_frame_shaped_input_leaves_the_device_working(
    version: str, parts: list[tuple[Any, Any, str, Any]]
) -> None:
    frames: list[str | bytes] = [json.dumps([t, i, a, p]) for t, i, a, p in parts]
    frames += [json.dumps(list(p)[:2]) for p in parts]
    run(feed_and_check_alive(version, frames))


@pytest.mark.slow
@SETTINGS
@given(
    st.sampled_from(VERSIONS),
    st.lists(
        st.tuples(
            actions, json_values | st.dictionaries(st.text(max_size=8), json_values, max_size=3)
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_every_call_with_a_readable_id_gets_exactly_one_answer(
    version: str, calls: list[tuple[str, Any]]
) -> None:
    frames: list[str | bytes] = [
        json.dumps([2, f"id-{n}", action, payload]) for n, (action, payload) in enumerate(calls)
    ]
    sent = run(feed_and_check_alive(version, frames))
    answered = [frame[1] for frame in sent]
    assert sorted(answered) == sorted(f"id-{n}" for n in range(len(calls)))
    assert all(frame[0] in (3, 4) for frame in sent)


@pytest.mark.slow
@SETTINGS
@given(st.sampled_from(VERSIONS), st.text(min_size=1, max_size=36), json_values)
def test_answers_echo_any_readable_id(version: str, message_id: str, payload: Any) -> None:
    sent = run(feed_and_check_alive(version, [json.dumps([2, message_id, "Heartbeat", payload])]))
    assert [frame[1] for frame in sent] == [message_id]


def _sampled_values(version: str, count: int) -> list[dict[str, Any]]:
    if version == "ocpp1.6":
        return [
            {"value": f"{i}.5", "context": "Sample.Periodic", "measurand": "Voltage", "unit": "V"}
            for i in range(count)
        ]
    return [
        {
            "value": i + 0.5,
            "context": "Sample.Periodic",
            "measurand": "Voltage",
            "phase": "L1-N",
            "unitOfMeasure": {"unit": "V", "multiplier": 0},
        }
        for i in range(count)
    ]


def _big_payload(version: str, sampled: list[dict[str, Any]]) -> tuple[str, dict[str, Any]]:
    meter = [{"timestamp": "2024-01-01T00:00:00Z", "sampledValue": sampled}]
    if version == "ocpp1.6":
        return "MeterValues", {"connectorId": 1, "meterValue": meter}
    return "TransactionEvent", {
        "eventType": "Updated",
        "timestamp": "2024-01-01T00:00:00Z",
        "triggerReason": "MeterValuePeriodic",
        "seqNo": 1,
        "transactionInfo": {"transactionId": "t"},
        "meterValue": meter,
    }


_KEYS = (
    *("x", "value", "context", "measurand", "phase", "unit"),
    *("unitOfMeasure", "location", "multiplier", "customData"),
)
_VALUES = (
    *("Voltage", "L3", "kWh", "Outlet", "Sample.Clock", "1.5", 3, 2.5, None, "x"),
    *({"vendorId": "v"}, {"unit": "V"}, {"vendorId": 1}),
)
_CHANGES = st.lists(
    st.tuples(
        st.integers(0, 39),
        st.sampled_from(["delete", "set", "set in unitOfMeasure"]),
        st.sampled_from(_KEYS),
        st.sampled_from(_VALUES) | json_values,
    ),
    max_size=4,
)


@pytest.mark.slow
@SETTINGS
@given(st.integers(1, 40), _CHANGES)
def test_the_fast_validator_of_long_arrays_agrees_with_fastjsonschema(
    count: int, changes: list[tuple[int, str, str, Any]]
) -> None:
    """Sampled values changed anywhere in a long array: the fast path judges as the full one."""
    for version in VERSIONS:
        _fast_and_full_agree(version, count, changes)


def _fast_and_full_agree(
    version: str, count: int, changes: list[tuple[int, str, str, Any]]
) -> None:
    from ocpp_engine._validation import PrecompiledValidator, validator_for
    from ocpp_engine.versions import Version

    sampled = _sampled_values(version, count)
    for where, how, key, value in changes:
        item = sampled[where % count]
        if how == "delete":
            item.pop(key, None)
        elif how == "set":
            item[key] = value
        elif isinstance(item.get("unitOfMeasure"), dict):
            item["unitOfMeasure"] = {**item["unitOfMeasure"], key: value}
    action, payload = _big_payload(version, sampled)
    validator = validator_for(Version(version), action, False)
    assert isinstance(validator, PrecompiledValidator)
    try:
        fast = validator.fast(payload) is True
    except Exception:
        fast = False
    try:
        validator.full()(payload)
    except fastjsonschema.JsonSchemaValueException:
        full = False
    else:
        full = True
    assert fast is full


def test_device_is_usable_without_an_event_loop_for_sync_handlers() -> None:
    """Sync handlers and a sync sender need no loop at all: all of it runs in received()."""
    out: list[str] = []
    device = Device(
        out.append, {"Heartbeat": lambda p, c: dict(HEARTBEAT_RESPONSE)}, version="ocpp1.6"
    )
    device.connected()
    device.received('[2, "a", "Heartbeat", {}]')
    device.received("garbage")
    device.received('[2, "b", "Nope", {}]')
    assert [json.loads(raw)[:2] for raw in out] == [[3, "a"], [4, "b"]]


def test_the_suite_runs_a_derandomized_profile_unless_told_otherwise() -> None:
    """The same examples on every run: no random seed, no example database (tests/conftest.py)."""
    if os.environ.get("HYPOTHESIS_PROFILE", "deterministic") != "deterministic":
        pytest.skip("another hypothesis profile was asked for")
    current = settings()
    assert current.derandomize and current.database is None and current.print_blob
    assert current.max_examples == 100 and current.deadline is None


def test_the_global_random_is_seeded_from_the_test_id(request: pytest.FixtureRequest) -> None:
    expected = random.Random(zlib.crc32(request.node.nodeid.encode()))
    assert [random.random() for _ in range(3)] == [expected.random() for _ in range(3)]
