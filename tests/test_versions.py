"""The per-version rule tables agree with the shipped schemas and with OCPP-J."""

from __future__ import annotations

import pytest

from ocpp_engine import Role, Version
from ocpp_engine._schema import resolve_ref, schema_dir, schema_file, schema_message
from ocpp_engine._validation import preload, validator_for
from ocpp_engine._versions import LAYOUT
from ocpp_engine.versions import rules_for

COUNTS = {Version.V15: 48, Version.V16: 78, Version.V201: 128, Version.V21: 181}


@pytest.mark.parametrize("version", list(Version))
def test_action_table_matches_the_schema_files(version: Version) -> None:
    rules = rules_for(version)
    files = {p.name for p in (schema_dir() / LAYOUT[version].folder).glob("*.json")}
    assert len(files) == COUNTS[version]
    expected = set()
    for action in rules.actions:
        for response in (False, True):
            expected.add(schema_file(version, action, response).name)
    for action in rules.send_actions:
        expected.add(schema_file(version, action, False).name)
    assert expected == files


def test_action_counts_and_senders() -> None:
    assert len(rules_for("ocpp1.5").actions) == 24
    assert len(rules_for("ocpp1.6").actions) == 39
    assert len(rules_for("ocpp2.0.1").actions) == 64
    assert len(rules_for("ocpp2.1").actions) == 90
    for version in Version:
        actions = rules_for(version).actions
        assert actions["BootNotification"] == {Role.CHARGING_STATION}
        assert actions["DataTransfer"] == {Role.CHARGING_STATION, Role.CSMS}
        assert actions["Reset"] == {Role.CSMS}
    assert rules_for("ocpp2.1").send_actions == {
        "NotifyPeriodicEventStream": frozenset({Role.CHARGING_STATION})
    }


@pytest.mark.parametrize("version", list(Version))
def test_every_code_sent_is_defined_by_the_version(version: Version) -> None:
    rules = rules_for(version)
    for code in [
        "NotImplemented",
        "NotSupported",
        "InternalError",
        "ProtocolError",
        "SecurityError",
        "FormatViolation",
        "FormationViolation",
        "PropertyConstraintViolation",
        "OccurrenceConstraintViolation",
        "OccurenceConstraintViolation",
        "TypeConstraintViolation",
        "GenericError",
        "RpcFrameworkError",
        "MessageTypeNotSupported",
        "Nonsense",
        "",
    ]:
        assert rules.spell(code) in rules.error_codes
    assert len(rules.error_codes) == (10 if version in (Version.V15, Version.V16) else 12)


def test_spellings() -> None:
    v16, v201 = rules_for("ocpp1.6"), rules_for("ocpp2.0.1")
    assert v16.spell("FormatViolation") == "FormationViolation"
    assert v16.spell("OccurrenceConstraintViolation") == "OccurenceConstraintViolation"
    assert v201.spell("FormationViolation") == "FormatViolation"
    assert v201.spell("OccurenceConstraintViolation") == "OccurrenceConstraintViolation"
    assert v16.normalise("Custom") == "Custom"
    assert v201.describe("x" * 300) == "x" * 252 + "..."
    assert v16.describe("x" * 300) == "x" * 300


def test_version_names() -> None:
    assert rules_for("ocpp1.6j").version is Version.V16
    assert rules_for(Version.V21).version is Version.V21
    assert str(Version.V201) == "ocpp2.0.1"
    with pytest.raises(ValueError):
        rules_for("ocpp2.0")


def test_validators_are_shared_and_preloadable() -> None:
    first = validator_for(Version.V16, "Heartbeat", False)
    assert first is validator_for(Version.V16, "Heartbeat", False)
    assert validator_for(Version.V16, "NoSuchAction", False) is None
    preload(["ocpp1.6"])
    assert preload(["ocpp1.6"]) == 0  # everything already compiled


def test_validation_leaves_payloads_untouched() -> None:
    """Compiled with use_default=False: schema defaults are not written into the payload."""
    payload = {"getVariableData": [{"component": {"name": "C"}, "variable": {"name": "V"}}]}
    validator = validator_for(Version.V201, "GetVariables", False)
    assert validator is not None
    validator(payload)
    assert payload == {"getVariableData": [{"component": {"name": "C"}, "variable": {"name": "V"}}]}


@pytest.mark.parametrize("version", list(Version))
def test_schema_file_names_read_back_as_their_message(version: Version) -> None:
    rules = rules_for(version)
    for action in rules.actions:
        assert schema_message(version, schema_file(version, action, False).stem) == (
            action,
            "request",
        )
        assert schema_message(version, schema_file(version, action, True).stem) == (
            action,
            "response",
        )
    for action in rules.send_actions:
        assert schema_message(version, schema_file(version, action, False).stem) == (action, "send")


def test_the_layout_names_every_version_once() -> None:
    assert set(LAYOUT) == set(Version)
    for field in ("folder", "module", "label"):
        values = [getattr(layout, field) for layout in LAYOUT.values()]
        assert len(set(values)) == len(values), field
    assert schema_file(Version.V16, "Authorize", False).name == "Authorize.json"
    assert schema_file(Version.V201, "Authorize", False).name == "AuthorizeRequest.json"
    assert schema_file(Version.V21, "NotifyPeriodicEventStream", False).name == (
        "NotifyPeriodicEventStream.json"
    )
    with pytest.raises(ValueError, match=r"not named like an OCPP 2\.0\.1 schema"):
        schema_message(Version.V201, "Authorize")


def test_a_ref_resolves_within_the_definitions_only() -> None:
    root = {
        "definitions": {
            "A": {"$ref": "#/definitions/B"},
            "B": {"type": "string"},
            "C": {"$ref": "#/definitions/C"},
        }
    }
    assert resolve_ref({"$ref": "#/definitions/A"}, root) == {"type": "string"}
    assert resolve_ref({"type": "integer"}, root) == {"type": "integer"}
    with pytest.raises(ValueError, match="cycle"):
        resolve_ref({"$ref": "#/definitions/C"}, root)
    with pytest.raises(ValueError, match="unsupported"):
        resolve_ref({"$ref": "other.json#/definitions/B"}, root)
