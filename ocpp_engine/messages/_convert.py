"""The cattrs converter that turns typed payloads into wire dicts and back.

The generated modules contain, for every class, a function to the wire form and one from it
(plain code, no per-call introspection). `make_converter` registers them as cattrs hooks,
through hook factories, so that a module's hooks are looked up once per class and only when the
module is used. `get_converter` returns the process-wide converter, built on first use.

Wire form rules: exact schema property names; optional fields left out when ``None`` (OCPP-J
has no ``null`` for absent fields); enums as their string values; ``date-time`` as RFC 3339
strings (see `ocpp_engine.messages._datetime`); undeclared keys of open objects (the
``extra`` field of ``CustomData``) merged back in.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

import cattrs

from ocpp_engine._versions import LAYOUT
from ocpp_engine.messages._datetime import format_datetime, parse_datetime

__all__ = ["WireFormatError", "from_wire", "get_converter", "make_converter", "to_wire"]

_T = TypeVar("_T")

#: The generated modules, whose classes get the generated hooks.
GENERATED_MODULES = frozenset(f"ocpp_engine.messages.{layout.module}" for layout in LAYOUT.values())


class WireFormatError(ValueError):
    """A wire payload cannot be turned into the requested class.

    Raised by `from_wire` when a required key is missing, an enum value is unknown, a
    date-time is not RFC 3339 or a value has the wrong JSON type. Payloads that passed schema
    validation never raise it. The original exception is chained as ``__cause__``.
    """


def _table(cls: Any, name: str) -> dict[type, Callable[..., Any]] | None:
    if not isinstance(cls, type) or cls.__module__ not in GENERATED_MODULES:
        return None
    module = sys.modules.get(cls.__module__)
    table: dict[type, Callable[..., Any]] | None = getattr(module, name, None)
    return table if table is not None and cls in table else None


def _has_generated_hooks(cls: Any) -> bool:
    return _table(cls, "_TO_WIRE") is not None


def _unstructure_factory(cls: Any) -> Callable[[Any], dict[str, Any]]:
    table = _table(cls, "_TO_WIRE")
    assert table is not None
    return table[cls]


def _structure_factory(cls: Any) -> Callable[[Any, Any], Any]:
    table = _table(cls, "_FROM_WIRE")
    assert table is not None
    hook = table[cls]

    def structure(value: Any, _: Any) -> Any:
        return hook(value)

    return structure


def _structure_datetime(value: Any, _: Any) -> datetime:
    return parse_datetime(value)


def make_converter() -> cattrs.Converter:
    """Build a new converter with the hooks of the generated payload classes.

    Besides the payload classes it handles ``datetime`` (RFC 3339) and, through cattrs'
    defaults, the generated enums, lists and primitives, so that any part of a payload can be
    converted on its own.
    """
    converter = cattrs.Converter()
    converter.register_unstructure_hook(datetime, format_datetime)
    converter.register_structure_hook(datetime, _structure_datetime)
    converter.register_unstructure_hook_factory(_has_generated_hooks, _unstructure_factory)
    converter.register_structure_hook_factory(_has_generated_hooks, _structure_factory)
    return converter


@functools.cache
def get_converter() -> cattrs.Converter:
    """Return the process-wide converter (built by `make_converter` on first use)."""
    return make_converter()


def to_wire(message: Any) -> dict[str, Any]:
    """Return the wire form (a JSON-ready dict) of a typed payload or nested object."""
    result: dict[str, Any] = get_converter().unstructure(message)
    return result


def from_wire(cls: type[_T], payload: Mapping[str, Any]) -> _T:
    """Build an instance of ``cls`` from its wire form; raise `WireFormatError`."""
    try:
        return get_converter().structure(payload, cls)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        name = getattr(cls, "__name__", repr(cls))
        detail = f"missing or invalid key {exc}" if isinstance(exc, KeyError) else str(exc)
        raise WireFormatError(f"cannot build {name} from the payload: {detail}") from exc
