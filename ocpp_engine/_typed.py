"""The typed layer between a `Device` and the generated message classes.

`Device.call` and `Device.send` accept instances of the generated request classes, and a handler
whose payload parameter is annotated with a request class receives that class. Everything here
is imported lazily: dict calls and handlers never touch it, so they pay nothing for it.
"""

from __future__ import annotations

import importlib
import inspect
import re
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._errors import CallError, InvalidPayloadError, LocalProtocolError
from ._versions import LAYOUT

if TYPE_CHECKING:
    from ._device import CallContext
    from ._versions import Version
    from .messages import Payload

__all__ = ["TypedHandler", "outgoing", "typed_handler"]

_MESSAGES_PACKAGE = "ocpp_engine.messages."

#: Names an annotation string may use for the message modules without importing them at run
#: time, and the modules they stand for.
_MODULE_NAMES = {
    **{
        layout.module: _MESSAGES_PACKAGE + layout.module
        for layout in LAYOUT.values()
        if layout.typed
    },
    "messages": "ocpp_engine.messages",
    "ocpp_engine": "ocpp_engine",
}
_VERSION_MODULES = frozenset(layout.module for layout in LAYOUT.values() if layout.typed)
_DOTTED_NAME = re.compile(r"[A-Za-z_]\w*(?:\s*\.\s*[A-Za-z_]\w*)*")
_PAYLOAD_NAME = re.compile(r"([A-Z]\w*?)(?:Request|Response)")


def _is_payload_class(value: Any) -> bool:
    return (
        isinstance(value, type)
        and value.__module__.startswith(_MESSAGES_PACKAGE)
        and isinstance(getattr(value, "ACTION", None), str)
    )


def outgoing(
    version: Version, message: Any, payload: Mapping[str, Any] | None, send: bool
) -> tuple[str, dict[str, Any], type[Any] | None]:
    """Turn a typed request into ``(action, wire payload, response class)``.

    Raises:
        LocalProtocolError: *message* is not a generated request (or SEND) class instance, is
            of another version than the negotiated one, or a payload was passed besides it.
    """
    from .messages import Request, Send, to_wire

    kind = Send if send else Request
    if not isinstance(message, kind):
        what = "send()" if send else "call()"
        raise LocalProtocolError(
            f"{what} takes an action name and a payload, or a typed "
            f"{kind.__name__.lower()} message; got {type(message).__name__}"
        )
    if payload is not None:
        raise LocalProtocolError("a typed message carries its own payload; pass no payload")
    if version.value != message.VERSION:
        raise LocalProtocolError(
            f"{type(message).__name__} is an {message.VERSION} message; the device speaks "
            f"{version.value}"
        )
    response = None if isinstance(message, Send) else message.RESPONSE
    return message.ACTION, to_wire(message), response


def structure_result(response: type[Any], payload: dict[str, Any]) -> Any:
    """Turn a CALLRESULT payload into an instance of the typed *response* class.

    Raises:
        RemoteProtocolError: the payload does not fit the class (only possible when the
            peer's results are not validated).
    """
    from ._errors import FormatViolationError
    from .messages import WireFormatError, from_wire

    try:
        return from_wire(response, payload)
    except WireFormatError as exc:
        raise FormatViolationError(f"the {response.__name__} does not fit: {exc}") from None


class TypedHandler:
    """Wraps a handler whose payload parameter is annotated with generated request classes.

    The payload is structured into the class of the negotiated version before the handler
    runs, and a response class instance it returns is unstructured for the wire (a dict is
    passed through as it is).

    Attributes:
        handler: the user's handler.
        classes: ``(version, action) -> request class`` for every class of the annotation.
    """

    __slots__ = ("classes", "handler")

    def __init__(self, handler: Callable[..., Any], classes: Mapping[tuple[str, str], type]):
        self.handler = handler
        self.classes = dict(classes)

    def __call__(self, payload: dict[str, Any], ctx: CallContext) -> Any:
        from .messages import WireFormatError, from_wire

        cls = self.classes.get((ctx.version.value, ctx.action))
        if cls is None:
            handled = ", ".join(sorted({v for v, _ in self.classes}))
            raise CallError("NotSupported", f"{ctx.action} is handled for {handled} only")
        try:
            message: Any = from_wire(cls, payload)
        except WireFormatError as exc:
            raise CallError(
                "FormatViolation",
                f"the payload does not fit {cls.__name__}: {exc}",
            ) from None
        result = self.handler(message, ctx)
        if hasattr(result, "__await__"):
            return self._finish(result, ctx)
        return _wire_result(result, ctx)

    async def _finish(self, awaitable: Any, ctx: CallContext) -> Any:
        return _wire_result(await awaitable, ctx)

    def __repr__(self) -> str:
        return f"TypedHandler({self.handler!r})"


def _wire_result(result: Any, ctx: CallContext) -> Any:
    if result is None or type(result) is dict:
        return result
    from .messages import Response, to_wire

    if isinstance(result, Response):
        if ctx.action != result.ACTION or ctx.version.value != result.VERSION:
            raise InvalidPayloadError(
                f"the {ctx.action} handler returned a {type(result).__name__} "
                f"({result.VERSION} {result.ACTION})",
                code="InternalError",
            )
        return to_wire(result)
    return result


def _annotation_classes(annotation: Any) -> list[type[Payload]] | None:
    if _is_payload_class(annotation):
        return [annotation]
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if members and all(_is_payload_class(a) for a in members):
            return members
    return None


class _Namespace(dict[str, Any]):
    """The names an annotation string is evaluated with.

    The handler's closure variables, then its module's globals, then the message modules
    (imported when named).
    """

    def __init__(self, nonlocals: Mapping[str, Any], globalns: Mapping[str, Any]) -> None:
        super().__init__(nonlocals)
        self.globalns = globalns

    def __missing__(self, name: str) -> Any:
        if name in self.globalns:
            return self.globalns[name]
        if name in _MODULE_NAMES:
            return importlib.import_module(_MODULE_NAMES[name])
        raise KeyError(name)


def _names_message_classes(text: str) -> bool:
    """Whether an annotation string evidently means message classes.

    It does if it goes through one of the message modules (``v201.X``) or names an
    ``<Action>Request`` or ``<Action>Response`` of a known action.
    """
    from ._versions import Version, rules_for

    actions: set[str] = set()
    for version in Version:
        rules = rules_for(version)
        actions.update(rules.actions, rules.send_actions)
    for dotted in _DOTTED_NAME.findall(text):
        parts = [part.strip() for part in dotted.split(".")]
        if any(part in _VERSION_MODULES for part in parts[:-1]):
            return True
        match = _PAYLOAD_NAME.fullmatch(parts[-1])
        if match is not None and match.group(1) in actions:
            return True
    return False


def _resolve(handler: Callable[..., Any], parameter: str, text: str, action: str) -> Any:
    """Resolve the string annotation *text* of *handler*'s payload parameter.

    Returns:
        What the annotation denotes, or None if it cannot be resolved and does not name
        message classes (the handler is then an untyped one).

    Raises:
        LocalProtocolError: the annotation names message classes that cannot be resolved.
    """
    try:
        return typing.get_type_hints(handler)[parameter]
    except Exception:  # another parameter's annotation may be the unresolvable one
        pass
    function = inspect.unwrap(getattr(handler, "__func__", handler))
    globalns = getattr(function, "__globals__", {})
    try:
        nonlocals = inspect.getclosurevars(function).nonlocals
    except TypeError:
        nonlocals = {}
    try:
        return eval(text, dict(globalns), _Namespace(nonlocals, globalns))
    except Exception as exc:
        if not _names_message_classes(text):
            return None
        name = getattr(handler, "__qualname__", repr(handler))
        raise LocalProtocolError(
            f"the payload annotation {text!r} of the {action} handler {name} cannot be "
            f"resolved ({type(exc).__name__}: {exc}); import the message classes at run time, "
            "or the module (from ocpp_engine.messages import v201) and write v201.<Class>, "
            "which resolves even when imported only under TYPE_CHECKING"
        ) from None


def typed_handler(action: str, handler: Callable[..., Any]) -> Callable[..., Any]:
    """Return *handler*, wrapped in a `TypedHandler` if its payload parameter is typed.

    Called once, when the handler is registered; a handler without annotations costs nothing.
    A string annotation (``from __future__ import annotations``) that does not resolve in the
    handler's module is evaluated again with the message modules at hand as ``v16``, ``v201``,
    ``v21`` and ``messages``, so ``v201.BootNotificationRequest`` works when ``v201`` is
    imported only under ``TYPE_CHECKING``.

    Raises:
        LocalProtocolError: the annotated classes are for another action than *action*, or the
            annotation names message classes but cannot be resolved (an annotation that names
            anything else and cannot be resolved leaves the handler untyped).
    """
    annotations = getattr(handler, "__annotations__", None)
    if not annotations:
        return handler
    try:
        first = next(iter(inspect.signature(handler).parameters.values()))
    except (StopIteration, TypeError, ValueError):
        return handler
    annotation = first.annotation
    if isinstance(annotation, str):
        annotation = _resolve(handler, first.name, annotation, action)
    classes = _annotation_classes(annotation)
    if classes is None:
        return handler
    for cls in classes:
        if action != "*" and action != cls.ACTION:
            raise LocalProtocolError(
                f"a handler for {action} takes {cls.__name__}, a {cls.ACTION} message"
            )
    return TypedHandler(handler, {(c.VERSION, c.ACTION): c for c in classes})
