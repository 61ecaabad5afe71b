"""The shipped OCPP schemas: where they are, how their files are named, how they are read.

The runtime validators, both code generators (``ocpp_engine._validators.generate`` and
``ocpp_engine.messages.generate``) and the command's default payloads all read the schemas
through this module. Where each version's files live is the table `ocpp_engine._versions.LAYOUT`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final

from ._versions import LAYOUT, Version, rules_for

__all__ = [
    "load_schema",
    "ref_name",
    "resolve_ref",
    "schema_dir",
    "schema_file",
    "schema_message",
    "schema_name",
]

_PACKAGE: Final = Path(__file__).resolve().parent
#: In a wheel the schemas are data inside the package (``force-include`` in pyproject.toml).
_PACKAGED: Final = _PACKAGE / "_schemas"
#: In a source checkout they are the repository's ``schemas/`` folder.
_CHECKOUT: Final = _PACKAGE.parent / "schemas"

_DEFINITIONS: Final = "#/definitions/"
_MAX_REFS: Final = 50


def schema_dir() -> Path:
    """Return the folder that holds the shipped schemas (one folder per version inside).

    In an installed wheel the schemas sit inside the package (``ocpp_engine/_schemas``); in a
    source checkout they are the repository's ``schemas/`` folder.
    """
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


def schema_name(version: Version, action: str, response: bool) -> str:
    """Return the file name of the schema of *action*'s request or response in *version*.

    A request adds the version's `VersionLayout.request_suffix` to the action, a response adds
    ``Response``, and a SEND payload (2.1 ``NotifyPeriodicEventStream``) adds nothing.
    """
    if response:
        suffix = "Response"
    elif action in rules_for(version).send_actions:
        suffix = ""
    else:
        suffix = LAYOUT[version].request_suffix
    return f"{action}{suffix}.json"


def schema_file(version: Version, action: str, response: bool) -> Path:
    """Return the path of the schema file of *action*'s request or response in *version*."""
    return schema_dir() / LAYOUT[version].folder / schema_name(version, action, response)


def schema_message(version: Version, stem: str) -> tuple[str, str]:
    """Tell which message a schema file describes, from its name without ``.json``.

    The inverse of `schema_name`.

    Returns:
        the action and the kind of payload: ``"request"``, ``"response"`` or ``"send"``.

    Raises:
        ValueError: the name follows none of the version's patterns.
    """
    if stem in rules_for(version).send_actions:
        return stem, "send"
    if stem.endswith("Response"):
        return stem[: -len("Response")], "response"
    suffix = LAYOUT[version].request_suffix
    if stem.endswith(suffix) and len(stem) > len(suffix):
        return stem[: len(stem) - len(suffix)], "request"
    raise ValueError(f"{stem}.json is not named like an OCPP {LAYOUT[version].label} schema")


def load_schema(path: Path) -> dict[str, Any]:
    """Read one schema file (UTF-8, with or without a byte order mark).

    Raises:
        OSError: the file cannot be read.
        ValueError: the file is not JSON.
    """
    with path.open(encoding="utf-8-sig") as fh:
        schema: dict[str, Any] = json.load(fh)
    return schema


def ref_name(ref: Any) -> str:
    """Return the definition a ``$ref`` points to: ``"#/definitions/IdTokenType"`` -> its name.

    Raises:
        ValueError: *ref* is not a reference into the schema's ``definitions`` (the only form
            the OCPP schemas use).
    """
    if not isinstance(ref, str) or not ref.startswith(_DEFINITIONS):
        raise ValueError(f"unsupported $ref {ref!r}")
    return ref[len(_DEFINITIONS) :]


def resolve_ref(node: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow *node*'s ``$ref`` (and the target's, and so on) within the schema *root*.

    A ``$ref`` overrides its siblings (draft-04 and draft-06), so the target replaces the node.

    Raises:
        ValueError: a ``$ref`` is not into ``definitions``, or the references form a cycle.
        KeyError: a ``$ref`` names a definition the schema lacks.
    """
    for _ in range(_MAX_REFS):
        if "$ref" not in node:
            return node
        node = root["definitions"][ref_name(node["$ref"])]
    raise ValueError("$ref cycle")
