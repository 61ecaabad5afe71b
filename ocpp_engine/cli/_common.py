"""What several commands share: the command record, option types, times, default payloads."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import functools
import signal
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timezone
from typing import Any, Final

import attrs

from .._device import CallContext
from .._schema import load_schema, resolve_ref, schema_file
from .._versions import LAYOUT, Role, Version, parse_version, rules_for
from ..transports._common import parse_versions, requirement_problem

__all__ = [
    "JSON_VERSIONS",
    "KIND",
    "Command",
    "actions_from",
    "chosen_versions",
    "default_answer",
    "install_stop",
    "minimal_payload",
    "missing_websockets",
    "now",
    "positive_float",
    "positive_int",
    "versions_arg",
    "why",
]

#: The name of each OCPP-J message type number, as the commands print it.
KIND: Final = {2: "CALL", 3: "CALLRESULT", 4: "CALLERROR", 5: "CALLRESULTERROR", 6: "SEND"}


@attrs.frozen
class Command:
    """One ``ocpp-engine`` command: its name, its help, its options and what runs it.

    Attributes:
        name: the word on the command line.
        help: the line in ``ocpp-engine --help``.
        description: the text at the top of ``ocpp-engine NAME --help`` (``None``: none).
        add_arguments: adds the command's options to its parser.
        run: runs the command with the parsed options; returns the exit status.
    """

    name: str
    help: str
    description: str | None
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def now() -> str:
    """Return the current UTC time as OCPP prints it (seconds, ``Z``)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def why(exc: BaseException) -> str:
    """Return ``"Type: message"`` for *exc* (only the type when it has no message)."""
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# -- options -------------------------------------------------------------------------------------


#: The versions the WebSocket commands speak: those with an OCPP-J edition (not 1.5: SOAP only).
JSON_VERSIONS: Final = tuple(v for v in Version if LAYOUT[v].json)


def versions_arg(text: str) -> list[Version]:
    """One ``--version`` value: a version or a comma-separated list, as `parse_versions` reads.

    Raises:
        argparse.ArgumentTypeError: no version is given, or one is unknown.
    """
    names = [name.strip() for name in text.split(",") if name.strip()]
    if not names:
        raise argparse.ArgumentTypeError("no version given")
    for name in names:
        try:
            parse_version(name)
        except ValueError:
            choices = ", ".join(v.value for v in JSON_VERSIONS)
            raise argparse.ArgumentTypeError(
                f"unknown version {name!r} (choose among {choices})"
            ) from None
    try:
        return list(parse_versions(names))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def chosen_versions(given: list[list[Version]] | None, default: Sequence[Version]) -> list[Version]:
    """Join the repeated ``--version`` options in order, without repeats; *default* if none."""
    if not given:
        return list(default)
    return list(parse_versions(v for values in given for v in values))


def positive_int(text: str) -> int:
    """A positive whole number option.

    Raises:
        argparse.ArgumentTypeError: *text* is not one.
    """
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, not {value}")
    return value


def positive_float(text: str) -> float:
    """A positive finite number option.

    Raises:
        argparse.ArgumentTypeError: *text* is not one.
    """
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"must be a positive number, not {text}")
    return value


# -- the websockets extra ------------------------------------------------------------------------

#: What ``serve`` and ``connect`` need (the ``websockets`` extra).
_WEBSOCKETS: Final = "websockets>=14"

_MISSING_WEBSOCKETS: Final = (
    "ocpp-engine {command}: this command needs the websockets library: {problem};\n"
    "install the extra: pip install -e '.[websockets]' in a clone of ocpp_engine\n"
    "(pip install 'ocpp-engine[websockets]' once it is on PyPI)"
)


def missing_websockets(command: str) -> bool:
    """Import the WebSocket transport; if it cannot be, say what to install on stderr.

    Returns:
        whether the transport is missing (the command then exits with status 2).
    """
    try:
        from ..transports import websocket  # noqa: F401
    except ImportError as exc:
        problem = requirement_problem(_WEBSOCKETS) or f"it could not be imported ({exc})"
        print(_MISSING_WEBSOCKETS.format(command=command, problem=problem), file=sys.stderr)
        return True
    return False


def install_stop(stop: asyncio.Event) -> None:
    """Set *stop* on SIGINT and SIGTERM, where the loop can handle signals."""
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(sig, stop.set)


# -- actions and schema-valid defaults -----------------------------------------------------------


def actions_from(version: Version, role: Role) -> list[str]:
    """Return the actions *role* may send as a CALL in *version*, sorted."""
    return sorted(a for a, roles in rules_for(version).actions.items() if role in roles)


#: The enum values an answer prefers, in order: the ones that say "done, fine".
_POSITIVE: Final = ("Accepted", "Unlocked", "Unpublished")

#: The smallest valid value of each string format the schemas use (date-time: the time now).
_STRING_FORMATS: Final[Mapping[Any, str]] = {"uri": "http://localhost/"}


def _fill(node: Mapping[str, Any], root: Mapping[str, Any], name: str) -> Any:
    node = resolve_ref(node, root)
    if "enum" in node:
        choices = list(node["enum"])
        return next((c for c in _POSITIVE if c in choices), choices[0])
    kind = node.get("type")
    if kind == "object":
        props = node.get("properties", {})
        return {key: _fill(props[key], root, key) for key in node.get("required", ())}
    if kind == "array":
        item = node.get("items", {})
        return [_fill(item, root, name) for _ in range(int(node.get("minItems", 0)))]
    if kind == "string":
        fmt = node.get("format")
        return now() if fmt == "date-time" else _STRING_FORMATS.get(fmt, "")
    if kind == "integer":
        return int(node.get("minimum", 0))
    if kind == "number":
        return float(node.get("minimum", 0))
    if kind == "boolean":
        return False
    return None


@functools.cache
def _schema(version: Version, action: str, response: bool) -> dict[str, Any]:
    return load_schema(schema_file(version, action, response))


def minimal_payload(version: Version, action: str, response: bool = True) -> dict[str, Any]:
    """Return the smallest payload of *action* that its schema accepts.

    Only required fields are filled: an enum takes ``"Accepted"`` when it has it (else
    ``"Unlocked"`` or ``"Unpublished"``, else its first value), a date-time the current time,
    other strings ``""``, numbers their minimum or 0, arrays their minimum number of items.

    Raises:
        OSError: the version has no schema for *action*.
    """
    schema = _schema(version, action, response)
    payload = _fill(schema, schema, action)
    return payload if isinstance(payload, dict) else {}


def default_answer(payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
    """A catch-all handler: answers any CALL with `minimal_payload` of its response.

    Raises:
        OSError: the version has no schema for the CALL's action.
    """
    return minimal_payload(ctx.version, ctx.action)
