"""Base classes of the generated payload classes.

Every request, response and SEND payload class of `ocpp_engine.messages.v16`,
`v201` and `v21` derives from one of
`Request`, `Response` or `Send`, which carry the class-level constants the
core reads without instantiating anything. Nested object types derive from nothing but
``object``.

The module also holds the helpers the generated code calls:

- `repr_fields`, `eq_fields` and `hash_fields`, the ``__repr__``, ``__eq__`` and ``__hash__``
  of every generated class: what attrs would generate, one function for all classes. attrs
  compiles those three methods for each class it builds, which was most of the time it took
  to import a module of hundreds of classes; given them, attrs builds only ``__init__``.
- `coerce_fields`, run after ``__init__`` by every class with enum or ``date-time``
  fields: it turns an enum value string into the enum member and an RFC 3339 string into an
  aware datetime, and rejects anything else that is not of the declared type, naming the class,
  the field and the allowed values.
- `slot_setters`, with which the generated ``from_wire`` functions build instances without
  running ``__init__``: what they decode already has the declared types, so they skip the checks
  (and the cost of calling ``__init__``).
"""

from __future__ import annotations

import datetime
import enum
import operator
import threading
import types
import typing
from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar, cast

import attrs

from ocpp_engine.messages._datetime import parse_datetime

__all__ = [
    "Payload",
    "Request",
    "Response",
    "Send",
    "coerce_fields",
    "eq_fields",
    "hash_fields",
    "repr_fields",
    "response_class_of",
    "slot_setters",
]


class Payload:
    """Base of every message payload class (requests, responses and SEND payloads)."""

    __slots__ = ()

    #: The OCPP action, e.g. ``"BootNotification"``.
    ACTION: ClassVar[str]
    #: The OCPP version, spelt as the WebSocket subprotocol: ``"ocpp1.6"``, ``"ocpp2.0.1"`` or
    #: ``"ocpp2.1"``.
    VERSION: ClassVar[str]


class Response(Payload):
    """Base of the payload classes of CALLRESULT messages."""

    __slots__ = ()


_R = TypeVar("_R", bound=Response)


class Request(Payload, Generic[_R]):
    """Base of the payload classes of CALL messages; generic in the matching response class.

    ``RESPONSE`` is the class of the matching response payload (the type parameter), so a
    function ``def call(request: Request[R]) -> R`` can be typed precisely.
    """

    __slots__ = ()

    #: The response payload class for this request.
    RESPONSE: ClassVar[type[Any]]


class Send(Payload):
    """Base of the payload classes of SEND messages (OCPP 2.1), which have no response."""

    __slots__ = ()


def response_class_of(request: Request[_R]) -> type[_R]:
    """Return the response payload class of a request instance, typed for the checker."""
    return cast("type[_R]", request.RESPONSE)


# -- helpers of the generated code --------------------------------------------------------------

#: Per thread, the ids of the instances whose repr is being written (a cycle prints ``...``).
_REPRING = threading.local()


def repr_fields(instance: Any) -> str:
    """Return ``Class(field=value, ...)``, every attrs field in order, as attrs writes it.

    The ``__repr__`` of every generated class. An instance met again while its own repr is
    being written (a cycle) is written ``...``.
    """
    try:
        working: set[int] = _REPRING.ids
    except AttributeError:
        working = _REPRING.ids = set()
    key = id(instance)
    if key in working:
        return "..."
    working.add(key)
    try:
        values = ", ".join(
            f"{field.name}={getattr(instance, field.name)!r}" for field in instance.__attrs_attrs__
        )
        return f"{instance.__class__.__qualname__.rsplit('>.', 1)[-1]}({values})"
    finally:
        working.discard(key)


#: Per generated class, a function giving its field values in order, made on first use: one
#: C-level ``attrgetter`` call instead of a ``getattr`` per field.
_VALUES: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _values_of(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    values = _VALUES.get(cls)
    if values is None:
        names = [field.name for field in cls.__attrs_attrs__]  # type: ignore[attr-defined]
        if len(names) > 1:
            values = operator.attrgetter(*names)
        elif names:
            one = operator.attrgetter(names[0])

            def values(instance: Any) -> tuple[Any, ...]:
                return (one(instance),)
        else:

            def values(instance: Any) -> tuple[Any, ...]:
                return ()

        _VALUES[cls] = values
    return values


def eq_fields(instance: Any, other: Any) -> bool:
    """Whether *other* is of the very class of *instance* and every field is equal.

    The ``__eq__`` of every generated class; ``NotImplemented`` for another class. Like attrs',
    it compares the tuples of field values.
    """
    cls = instance.__class__
    if other.__class__ is not cls:
        return cast("bool", NotImplemented)
    values = _values_of(cls)
    return values(instance) == values(other)


def hash_fields(instance: Any) -> int:
    """Hash the class and the field values: equal instances hash alike.

    The ``__hash__`` of every generated class.

    Raises:
        TypeError: a field holds an unhashable value (a list).
    """
    cls = instance.__class__
    return hash((cls, *_values_of(cls)(instance)))


_Fix = Callable[[Any, str], Any]
#: Per class, for each enum, date-time or list-of-those field: ``(field name, may be None,
#: the class a value needs no fix for (None for lists), fix)``.
_PLANS: dict[type, tuple[tuple[str, bool, type | None, _Fix], ...]] = {}


def _enum_fix(cls: type[enum.Enum]) -> _Fix:
    allowed = ", ".join(repr(member.value) for member in cls)

    def fix(value: Any, where: str) -> Any:
        if isinstance(value, cls):
            return value
        if isinstance(value, str):
            try:
                return cls(value)
            except ValueError:
                raise ValueError(
                    f"{where}: {value!r} is not a {cls.__name__} value; allowed: {allowed}"
                ) from None
        raise TypeError(
            f"{where} takes a {cls.__name__} or one of its values ({allowed}), "
            f"not {type(value).__name__} {value!r}"
        )

    return fix


def _datetime_fix(value: Any, where: str) -> Any:
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, str):
        try:
            return parse_datetime(value)
        except ValueError:
            raise ValueError(f"{where}: {value!r} is not an RFC 3339 date-time") from None
    raise TypeError(
        f"{where} takes a datetime.datetime or an RFC 3339 string, "
        f"not {type(value).__name__} {value!r}"
    )


def _list_fix(item: _Fix) -> _Fix:
    def fix(value: Any, where: str) -> Any:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"{where} takes a list, not {type(value).__name__} {value!r}")
        fixed = [item(x, f"{where}[{index}]") for index, x in enumerate(value)]
        if type(value) is list and all(a is b for a, b in zip(fixed, value, strict=True)):
            return value
        return fixed

    return fix


def _scalar_fix(hint: Any) -> _Fix | None:
    if hint is datetime.datetime:
        return _datetime_fix
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_fix(hint)
    return None


def _plan(cls: type) -> tuple[tuple[str, bool, type | None, _Fix], ...]:
    hints = typing.get_type_hints(cls)
    plan: list[tuple[str, bool, type | None, _Fix]] = []
    for field in attrs.fields(cls):
        hint = hints[field.name]
        optional = False
        if typing.get_origin(hint) in (typing.Union, types.UnionType):
            args = typing.get_args(hint)
            optional = type(None) in args
            members = [a for a in args if a is not type(None)]
            hint = members[0] if len(members) == 1 else Any
        fix = _scalar_fix(hint)
        if fix is not None:
            plan.append((field.name, optional, hint, fix))
        elif typing.get_origin(hint) is list:
            item = _scalar_fix(typing.get_args(hint)[0])
            if item is not None:
                plan.append((field.name, optional, None, _list_fix(item)))
    return tuple(plan)


def coerce_fields(instance: Any) -> None:
    """Give the enum and date-time fields of a new instance their declared types.

    Called by ``__attrs_post_init__`` of the generated classes that have such fields. An enum
    field (or list item) given a string that is one of the enum's values gets the member; a
    ``date-time`` field given an RFC 3339 string gets the aware datetime
    (`ocpp_engine.messages.parse_datetime`).

    Raises:
        ValueError: a string that is not one of the enum's values, or not an RFC 3339
            date-time; the message names the class, the field and the allowed values.
        TypeError: a value of another type (``None`` in a required field included).
    """
    cls = type(instance)
    plan = _PLANS.get(cls)
    if plan is None:
        plan = _PLANS[cls] = _plan(cls)
    for name, optional, exact, fix in plan:
        value = getattr(instance, name)
        if value.__class__ is exact or (value is None and optional):
            continue
        fixed = fix(value, f"{cls.__name__}.{name}")
        if fixed is not value:
            object.__setattr__(instance, name, fixed)


def slot_setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    """Return the ``__set__`` of the slot of every attrs field of *cls*, in field order.

    The generated ``from_wire`` functions build an instance with ``object.__new__`` and these
    setters: the frozen class's ``__setattr__``, ``__init__`` and its checks are bypassed, which
    is only right for values that already have the declared types.
    """
    setters = []
    for field in attrs.fields(cls):
        slot = next(k.__dict__[field.name] for k in cls.__mro__ if field.name in k.__dict__)
        setters.append(slot.__set__)
    return tuple(setters)
