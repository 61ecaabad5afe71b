"""The frame rules (`ocpp_engine._frames`), table-driven over the shared corpus."""

from __future__ import annotations

import json

import pytest

from ocpp_engine._codec import stdlib_codec
from ocpp_engine._frames import (
    Call,
    CallError,
    CallResult,
    Rejection,
    check,
    classify,
    decode,
    refused,
)
from ocpp_engine._limits import Limits, screen
from ocpp_engine._versions import rules_for

from .frame_corpus import CORPUS, SCREENED, Accepted, Rejected, cases


def test_the_corpus_is_large_enough() -> None:
    assert len(CORPUS) >= 40
    assert len(cases()) >= 120


@pytest.mark.parametrize(("frame", "version", "expected"), cases())
def test_classify_matches_the_corpus(frame: str, version: str, expected: object) -> None:
    got = classify(frame, rules_for(version), 36)
    if isinstance(expected, Accepted):
        assert type(got).__name__ == expected.event
        assert not isinstance(got, Rejection)
        assert got.message_id == expected.message_id
    else:
        assert isinstance(expected, Rejected)
        assert isinstance(got, Rejection), got
        assert not got.screened
        assert_rejected(got, expected)


def assert_rejected(got: Rejection, expected: Rejected) -> None:
    assert (got.code, got.reply_to, got.message_id, got.fails_call, got.broken) == (
        expected.code,
        expected.reply_to,
        expected.message_id,
        expected.fails_call,
        expected.broken,
    )


@pytest.mark.parametrize(
    ("frame", "version", "expected"),
    cases(SCREENED),
    ids=lambda v: v[:30] if isinstance(v, str) else None,
)
def test_refused_matches_the_corpus(frame: str, version: str, expected: object) -> None:
    refusal = screen(frame, Limits())
    assert refusal is not None
    got = refused(refusal, rules_for(version))
    assert isinstance(expected, Rejected)
    assert got.screened
    assert_rejected(got, expected)


@pytest.mark.parametrize(("frame", "version", "expected"), cases())
def test_every_codec_and_bytes_classify_alike(frame: str, version: str, expected: object) -> None:
    rules = rules_for(version)
    reference = classify(frame, rules, 36)
    assert classify(frame, rules, 36, stdlib_codec()) == reference
    if not frame.startswith("\ufeff"):  # a byte order mark is only stripped from text
        assert classify(frame.encode(), rules, 36) == reference


def test_an_already_decoded_frame_is_classified_alike() -> None:
    rules = rules_for("ocpp2.0.1")
    assert classify([2, "a", "Heartbeat", {}], rules) == Call("a", "Heartbeat", {})
    assert classify({"a": 1}, rules) == classify("{}", rules)


def test_events_carry_the_frame_fields() -> None:
    rules = rules_for("ocpp2.1")
    assert classify('[3,"a",{"k":1}]', rules) == CallResult("a", {"k": 1})
    assert classify('[4,"a","FormationViolation",7,[]]', rules) == CallError(
        "a", "FormationViolation", "", {}
    )
    assert classify('[4,"a","NotSupported","why",{"x":1}]', rules) == CallError(
        "a", "NotSupported", "why", {"x": 1}
    )


def test_no_id_limit_accepts_any_id() -> None:
    long_id = "i" * 100
    got = classify(json.dumps([2, long_id, "Heartbeat", {}]), rules_for("ocpp2.0.1"), None)
    assert got == Call(long_id, "Heartbeat", {})


def test_check_returns_the_message_type_of_a_good_frame() -> None:
    rules = rules_for("ocpp2.1")
    assert check([2, "a", "Heartbeat", {}], rules, 36) == 2
    assert check([5, "a"], rules, 36) == 5
    assert check(decode("not json"), rules, 36) == classify("not json", rules)


@pytest.mark.parametrize("version", ["ocpp1.6", "ocpp2.0.1", "ocpp2.1"])
def test_refused_frames(version: str) -> None:
    rules = rules_for(version)
    limits = Limits(max_frame_size=30)
    pad = " " * 40

    def refusal(frame: str) -> Rejection:
        found = screen(frame, limits)
        assert found is not None
        return refused(found, rules)

    call = refusal('[2, "a", "Heartbeat", {}' + pad + "]")
    assert (call.code, call.reply_to, call.screened, call.broken) == (
        "FormatViolation",
        "a",
        True,
        True,
    )
    answer = refusal('[3, "a", {}' + pad + "]")
    assert (answer.code, answer.reply_to, answer.message_id) == ("FormatViolation", None, "a")
    blind = refusal('[3, "' + "x" * 600)  # the id does not end within the peeked head
    assert (blind.reply_to, blind.message_id) == (None, None)
    garbage = refusal("x" * 40)
    assert garbage.reply_to == (None if version == "ocpp1.6" else "-1")
