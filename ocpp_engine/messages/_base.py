"""Base classes of the generated payload classes.

Every request, response and SEND payload class of `ocpp_engine.messages.v16`,
`v201` and `v21` derives from one of
`Request`, `Response` or `Send`, which carry the class-level constants the
core reads without instantiating anything. Nested object types derive from nothing but
``object``.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, TypeVar, cast

__all__ = ["Payload", "Request", "Response", "Send", "response_class_of"]


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
