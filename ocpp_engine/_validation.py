"""Schema validation: the official OCA schemas compiled with fastjsonschema.

Validators are shared by every device of the process and kept in a process-wide cache. The cache
only ever grows with pure functions of the shipped schema files, so sharing it is safe.

Each shipped schema has two validators. The fast one is plain Python generated from the schema at
build time (``ocpp_engine/_validators/``, see ``python -m ocpp_engine._validators.generate``):
importing a version's module makes all its schemas ready, and it answers "valid" for the payloads
the schema accepts, quickly. Only when it does not, the fastjsonschema validator of the same
schema runs (compiled the first time a payload of that schema fails the fast one): it has the last
word and names the failing rule and path, which the error codes need.

Schema violations map to OCPP error codes through `RULE_CODES`, a table from the failing
JSON-schema keyword to the code the engine answers with.
"""

from __future__ import annotations

import enum
import importlib
import threading
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, Final

import attrs
import fastjsonschema

from ._schema import load_schema, schema_dir, schema_file
from ._versions import LAYOUT, Version

__all__ = [
    "RULE_CODES",
    "CustomAction",
    "Direction",
    "PrecompiledValidator",
    "SchemaViolation",
    "Validation",
    "Validator",
    "check",
    "compile_schema",
    "load_schema",
    "preload",
    "schema_file",
    "schema_dir",
    "validator_for",
]

Validator = Callable[[Any], Any]

#: Failing JSON-schema keyword -> OCPP error code (canonical spelling).
RULE_CODES: Final[Mapping[str, str]] = {
    "type": "TypeConstraintViolation",
    "required": "OccurrenceConstraintViolation",
    "minItems": "OccurrenceConstraintViolation",
    "maxItems": "OccurrenceConstraintViolation",
    "minProperties": "OccurrenceConstraintViolation",
    "maxProperties": "OccurrenceConstraintViolation",
    "enum": "PropertyConstraintViolation",
    "const": "PropertyConstraintViolation",
    "maxLength": "PropertyConstraintViolation",
    "minLength": "PropertyConstraintViolation",
    "pattern": "PropertyConstraintViolation",
    "minimum": "PropertyConstraintViolation",
    "maximum": "PropertyConstraintViolation",
    "exclusiveMinimum": "PropertyConstraintViolation",
    "exclusiveMaximum": "PropertyConstraintViolation",
    "multipleOf": "PropertyConstraintViolation",
    "format": "PropertyConstraintViolation",
    "additionalProperties": "FormatViolation",
    "additionalItems": "FormatViolation",
    "uniqueItems": "FormatViolation",
}
_DEFAULT_CODE: Final = "FormatViolation"


class Direction(str, enum.Enum):
    """A direction a payload travels in, as seen from the local device."""

    OUR_CALL = "our_call"
    """Our CALL (and our SEND) to the peer."""
    THEIR_CALL = "their_call"
    """The peer's CALL (and SEND) to us."""
    OUR_RESULT = "our_result"
    """Our CALLRESULT, the answer of one of our handlers."""
    THEIR_RESULT = "their_result"
    """The peer's CALLRESULT to one of our CALLs."""

    def __str__(self) -> str:
        return self.value


_ALL_DIRECTIONS: Final = frozenset(Direction)


def _to_directions(values: Iterable[Direction | str]) -> frozenset[Direction]:
    return frozenset(Direction(d) for d in values)


def _to_exemptions(
    values: Iterable[tuple[str, Direction | str]],
) -> frozenset[tuple[str, Direction]]:
    return frozenset((str(a), Direction(d)) for a, d in values)


@attrs.frozen
class Validation:
    """Which payloads a device validates.

    All four directions are on by default. Chargers in the field break ``maxLength`` and
    ``enum`` constraints, so a direction can be switched off for all actions or for some:

    ```python
    Validation().exempt("MeterValues", Direction.THEIR_CALL)
    Validation(directions={Direction.OUR_CALL, Direction.OUR_RESULT})
    Validation.off()
    ```

    Attributes:
        directions: the directions validated.
        exemptions: ``(action, direction)`` pairs that are not validated.
    """

    directions: frozenset[Direction] = attrs.field(
        default=_ALL_DIRECTIONS, converter=_to_directions
    )
    exemptions: frozenset[tuple[str, Direction]] = attrs.field(
        default=frozenset(), converter=_to_exemptions
    )

    @classmethod
    def off(cls) -> Validation:
        """Return a policy that validates nothing."""
        return cls(directions=frozenset())

    def exempt(self, action: str, *directions: Direction | str) -> Validation:
        """Return a copy that skips *action* in *directions* (all four when none are given)."""
        chosen = [Direction(d) for d in directions] or list(Direction)
        return attrs.evolve(self, exemptions=self.exemptions | {(action, d) for d in chosen})

    def applies(self, action: str, direction: Direction) -> bool:
        """Whether payloads of *action* travelling in *direction* are validated."""
        return direction in self.directions and (action, direction) not in self.exemptions


class SchemaViolation(Exception):
    """A payload failed its schema (internal; the device turns it into the right error).

    Attributes:
        code: the OCPP error code (canonical spelling).
        rule: the failing keyword.
        path: the dotted JSON path of the failing value (empty for the payload itself).
        source: fastjsonschema's own exception, which names the same rule and path.
    """

    def __init__(
        self,
        message: str,
        code: str,
        rule: str,
        path: str,
        source: fastjsonschema.JsonSchemaValueException | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.rule = rule
        self.path = path
        self.source = source


def check(validator: Validator, payload: Any) -> None:
    """Run *validator* on *payload*.

    This is the one place where a shipped schema's generated fast path runs and, when it does
    not say "valid", fastjsonschema judges; it is inlined here, without a call layer, because
    every validated payload of a device passes through it. `PrecompiledValidator` is called
    through it too.

    Raises:
        SchemaViolation: the payload fails the schema; carries the OCPP error code.
    """
    if validator.__class__ is PrecompiledValidator:
        try:
            if validator.fast(payload):
                return
        except Exception:  # the fast path is never the judge of an invalid payload
            pass
        validator = validator.full()
    try:
        validator(payload)
    except fastjsonschema.JsonSchemaValueException as exc:
        rule = exc.rule or ""
        parts = exc.path or []
        path = ".".join(str(p) for p in parts[1:])
        message = exc.message
        if message.startswith("data."):
            message = message[5:]
        elif message.startswith("data "):
            message = "payload " + message[5:]
        code = RULE_CODES.get(rule, _DEFAULT_CODE)
        raise SchemaViolation(message, code, rule, path, exc) from None


def compile_schema(schema: Mapping[str, Any]) -> Validator:
    """Compile a JSON schema with fastjsonschema, leaving payloads untouched.

    ``use_default=False`` keeps fastjsonschema from writing schema defaults into the payload it
    checks: OCPP-J forbids sending fields the sender did not set.
    """
    validator: Validator = fastjsonschema.compile(dict(schema), use_default=False)
    return validator


class PrecompiledValidator:
    """A shipped schema's validator: the generated fast path, then fastjsonschema on failure.

    Calling it returns the payload when it is valid and raises
    ``fastjsonschema.JsonSchemaValueException`` (with ``rule`` and ``path``) when it is not.

    Attributes:
        fast: the generated function; ``fast(payload)`` is true only for a valid payload (it
            may also raise for an invalid one, such as KeyError for a missing property).
        path: the schema file, compiled with fastjsonschema when a payload fails *fast*.
    """

    __slots__ = ("_full", "fast", "path")

    def __init__(self, fast: Callable[[Any], bool], path: Path) -> None:
        self.fast = fast
        self.path = path
        self._full: Validator | None = None

    def __call__(self, payload: Any) -> Any:
        """Validate *payload*; returns it unchanged.

        Raises:
            fastjsonschema.JsonSchemaValueException: the payload fails the schema.
        """
        try:
            check(self, payload)
        except SchemaViolation as violation:
            if violation.source is None:
                raise
            raise violation.source from None
        return payload

    def full(self) -> Validator:
        """Return the fastjsonschema validator of the schema, compiling it on first use."""
        full = self._full
        if full is None:
            with _lock:
                full = self._full
                if full is None:
                    full = self._full = compile_schema(load_schema(self.path))
        return full


_cache: dict[tuple[Version, str, bool], Validator] = {}
_lock = threading.Lock()
_modules: dict[Version, Mapping[str, Callable[[Any], bool]]] = {}


def _fast_validators(version: Version) -> Mapping[str, Callable[[Any], bool]]:
    """The generated fast-path validators of *version* (schema file stem -> function)."""
    found = _modules.get(version)
    if found is None:
        module = importlib.import_module(f"ocpp_engine._validators.{LAYOUT[version].module}")
        found = _modules[version] = module.VALIDATORS
    return found


def validator_for(version: Version, action: str, response: bool) -> Validator | None:
    """Return the shared validator of *action*'s request or response in *version*.

    Returns ``None`` when the version ships no schema for it (an action it does not define).
    """
    key = (version, action, response)
    found = _cache.get(key)
    if found is not None:
        return found
    path = schema_file(version, action, response)
    fast = _fast_validators(version).get(path.stem)
    with _lock:
        found = _cache.get(key)
        if found is None:
            if fast is not None:
                found = PrecompiledValidator(fast, path)
            elif path.is_file():  # a schema newer than the generated modules
                found = compile_schema(load_schema(path))
            else:
                return None
            _cache[key] = found
    return found


def preload(versions: Iterable[Version | str] = tuple(Version)) -> int:
    """Make every schema of *versions* ready now instead of on first use.

    The shipped validators are generated ahead of time, so this only imports them.

    Returns:
        the number of validators made ready by this call.

    Raises:
        ValueError: a version is not supported.
    """
    from ._versions import rules_for

    count = 0
    for version in versions:
        rules = rules_for(version)
        for action in (*rules.actions, *rules.send_actions):
            for response in (False, True):
                if (rules.version, action, response) in _cache:
                    continue
                if validator_for(rules.version, action, response) is not None:
                    count += 1
    return count


@attrs.define(eq=False)
class CustomAction:
    """An action outside the version's set, such as a vendor extension, made known to devices.

    Register it with ``Device(actions=[...])`` or `Device.register_action`. Its schemas, when
    given, are compiled once, the first time a payload needs them, and shared by every device
    that uses this object.

    Attributes:
        name: the action name as it appears on the wire.
        request_schema: JSON schema of the request payload, or ``None`` to skip validation.
        response_schema: JSON schema of the response payload, or ``None`` to skip validation.
    """

    name: str
    request_schema: Mapping[str, Any] | None = None
    response_schema: Mapping[str, Any] | None = None
    _compiled: dict[bool, Validator | None] = attrs.field(factory=dict, init=False, repr=False)

    def validator(self, response: bool) -> Validator | None:
        """Return the compiled validator for the request or the response, if there is a schema."""
        try:
            return self._compiled[response]
        except KeyError:
            schema = self.response_schema if response else self.request_schema
            found = None if schema is None else compile_schema(schema)
            self._compiled[response] = found
            return found
