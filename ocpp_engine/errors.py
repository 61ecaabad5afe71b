"""Every exception the engine raises on purpose, by the OCPP error code it carries.

`OCPPError` is the root. `LocalProtocolError` means the local program misused the API (nothing
went on the wire because of it); `RemoteProtocolError` means the peer broke the protocol, and its
subclasses name the OCPP code (`FormatViolationError`, `RpcFrameworkError`, ...). `CallError` is
the peer's CALLERROR, or what a handler raises to send one. The ones a program meets daily are
also in the package root.

`ProtocolError` here is the OCPP error code of that name (a payload that is incomplete), not the
root of the tree as in h11: that is `OCPPError`.
"""

from ._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    FormatViolationError,
    InvalidPayloadError,
    LocalProtocolError,
    MessageTypeNotSupportedError,
    NotConnectedError,
    OccurrenceConstraintViolationError,
    OCPPError,
    PropertyConstraintViolationError,
    ProtocolError,
    RemoteProtocolError,
    RpcFrameworkError,
    TypeConstraintViolationError,
    UnknownActionError,
    remote_error_for,
)

__all__ = [
    "CallError",
    "CallTimeoutError",
    "ConnectionClosedError",
    "FormatViolationError",
    "InvalidPayloadError",
    "LocalProtocolError",
    "MessageTypeNotSupportedError",
    "NotConnectedError",
    "OCPPError",
    "OccurrenceConstraintViolationError",
    "PropertyConstraintViolationError",
    "ProtocolError",
    "RemoteProtocolError",
    "RpcFrameworkError",
    "TypeConstraintViolationError",
    "UnknownActionError",
    "remote_error_for",
]
