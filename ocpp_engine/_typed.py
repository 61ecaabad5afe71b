"""The typed layer between a `Device` and the generated message classes.

`Device.call` and `Device.send` accept instances of the generated request classes, and a handler
whose payload parameter is annotated with a request class receives that class. Everything here
is imported lazily: dict calls and handlers never touch it, so they pay nothing for it.
"""

from __future__ import annotations

import inspect
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from ._errors import CallError, InvalidPayloadError, LocalProtocolError

if TYPE_CHECKING:
    from ._device import CallContext
    from ._versions import Version

__all__ = ["TypedHandler", "outgoing", "typed_handler"]

_MESSAGES_PACKAGE = "ocpp_engine.messages."


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
            f"{kind.__name__.lower()} message; got {type(message).__name__}")
    if payload is not None:
        raise LocalProtocolError("a typed message carries its own payload; pass no payload")
    if version.value != message.VERSION:
        raise LocalProtocolError(
            f"{type(message).__name__} is an {message.VERSION} message; the device speaks "
            f"{version.value}")
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
            raise CallError("FormatViolation", f"the payload does not fit {cls.__name__}: {exc}",
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
                f"({result.VERSION} {result.ACTION})", code="InternalError")
        return to_wire(result)
    return result


def _annotation_classes(annotation: Any) -> list[type] | None:
    if _is_payload_class(annotation):
        return [annotation]
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        members = [a for a in typing.get_args(annotation) if a is not type(None)]
        if members and all(_is_payload_class(a) for a in members):
            return members
    return None


def typed_handler(action: str, handler: Callable[..., Any]) -> Callable[..., Any]:
    """Return *handler*, wrapped in a `TypedHandler` if its payload parameter is typed.

    Called once, when the handler is registered; a handler without annotations costs nothing.

    Raises:
        LocalProtocolError: the annotated classes are for another action than *action*.
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
        try:
            annotation = typing.get_type_hints(handler).get(first.name, annotation)
        except Exception:  # an annotation that does not resolve: treat the handler as untyped
            return handler
    classes = _annotation_classes(annotation)
    if classes is None:
        return handler
    for cls in classes:
        if action != "*" and action != cls.ACTION:  # type: ignore[attr-defined]
            raise LocalProtocolError(
                f"a handler for {action} takes {cls.__name__}, a {cls.ACTION} message")  # type: ignore[attr-defined]
    return TypedHandler(handler, {(c.VERSION, c.ACTION): c for c in classes})  # type: ignore[attr-defined]
