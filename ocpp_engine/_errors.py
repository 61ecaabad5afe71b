"""The exceptions of ocpp_engine: one root, split by who is to blame.

::

    OCPPError
    ├── LocalProtocolError          you misused the API (nothing was sent)
    │   ├── NotConnectedError
    │   ├── UnknownActionError
    │   └── InvalidPayloadError     a payload of ours fails its schema
    ├── RemoteProtocolError         the peer broke the protocol (carries an OCPP error code)
    │   ├── RpcFrameworkError, ProtocolError, MessageTypeNotSupportedError
    │   ├── FormatViolationError, TypeConstraintViolationError,
    │   ├── PropertyConstraintViolationError, OccurrenceConstraintViolationError
    ├── CallError                   a CALLERROR: raised by handlers, raised by call()
    ├── CallTimeoutError            also a TimeoutError
    └── ConnectionClosedError       the connection went away while a call was pending

Every error that can be put on the wire names its OCPP error code in the canonical (2.x)
spelling; `VersionRules.spell` turns it into the negotiated version's spelling.
"""

from __future__ import annotations

from typing import Any, ClassVar

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


class OCPPError(Exception):
    """The root of every exception ocpp_engine raises on purpose."""


# -- the local caller's mistakes -------------------------------------------------------------


class LocalProtocolError(OCPPError):
    """The API was misused by the local program; nothing went on the wire because of it."""


class NotConnectedError(LocalProtocolError):
    """A call or send was attempted while the device is not connected."""


class UnknownActionError(LocalProtocolError):
    """A call names an action the version lacks (and none was registered), or the peer's role's."""


class InvalidPayloadError(LocalProtocolError):
    """A payload produced locally fails its schema: an outgoing CALL or a handler's result.

    Attributes:
        code: the OCPP error code the violation maps to (canonical spelling).
        path: the JSON path of the offending value, such as ``"chargingStation.model"``.
        rule: the schema keyword that failed, such as ``"maxLength"``.
    """

    def __init__(self, message: str, *, code: str, path: str = "", rule: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.path = path
        self.rule = rule


# -- the peer's mistakes ---------------------------------------------------------------------


class RemoteProtocolError(OCPPError):
    """The peer sent something that breaks OCPP-J.

    The device answers the peer's mistakes itself (with the CALLERROR this class names); these
    exceptions reach user code only where a local caller waits for the peer, for example when
    the peer's CALLRESULT fails its schema, and through the ``message_dropped`` hook.

    Attributes:
        error_code: (class attribute) the OCPP error code, canonical spelling.
        message_id: the message id of the offending frame, when it could be read.
        path: the JSON path of the offending value, for schema violations.
        rule: the schema keyword that failed, for schema violations.
    """

    error_code: ClassVar[str] = "GenericError"

    def __init__(
        self, message: str, *, message_id: str | None = None, path: str = "", rule: str = ""
    ) -> None:
        super().__init__(message)
        self.message_id = message_id
        self.path = path
        self.rule = rule

    @property
    def code(self) -> str:
        """The OCPP error code of this error (canonical spelling)."""
        return self.error_code


class RpcFrameworkError(RemoteProtocolError):
    """The frame is not a valid OCPP-J RPC message (1.6 answers these with ProtocolError)."""

    error_code = "RpcFrameworkError"


class ProtocolError(RemoteProtocolError):
    """The payload is incomplete or does not conform to the PDU structure."""

    error_code = "ProtocolError"


class MessageTypeNotSupportedError(RemoteProtocolError):
    """The frame carries a message type number the version does not define."""

    error_code = "MessageTypeNotSupported"


class FormatViolationError(RemoteProtocolError):
    """The payload is syntactically incorrect (1.6 spells the code ``FormationViolation``)."""

    error_code = "FormatViolation"


class TypeConstraintViolationError(RemoteProtocolError):
    """A field holds a value of the wrong data type."""

    error_code = "TypeConstraintViolation"


class PropertyConstraintViolationError(RemoteProtocolError):
    """A field holds an invalid value (enum, length, range, format)."""

    error_code = "PropertyConstraintViolation"


class OccurrenceConstraintViolationError(RemoteProtocolError):
    """A field is missing or occurs too often or too rarely.

    1.6 spells the code ``OccurenceConstraintViolation``.
    """

    error_code = "OccurrenceConstraintViolation"


_REMOTE_BY_CODE: dict[str, type[RemoteProtocolError]] = {
    cls.error_code: cls
    for cls in (
        RpcFrameworkError,
        ProtocolError,
        MessageTypeNotSupportedError,
        FormatViolationError,
        TypeConstraintViolationError,
        PropertyConstraintViolationError,
        OccurrenceConstraintViolationError,
    )
}


def remote_error_for(code: str) -> type[RemoteProtocolError]:
    """Return the `RemoteProtocolError` subclass for a canonical OCPP error *code*."""
    return _REMOTE_BY_CODE.get(code, RemoteProtocolError)


# -- answers and outcomes --------------------------------------------------------------------


class CallError(OCPPError):
    """A CALLERROR.

    Raise it from a handler to answer the peer's CALL with this error; `Device.call` raises it
    when the peer answers with a CALLERROR (the code then in the negotiated version's spelling).

    Args:
        code: the OCPP error code, such as ``"NotSupported"``. Either spelling of the 1.6
            misspelled codes works; a code the version lacks is sent as ``GenericError``.
        description: the errorDescription (cut to the version's maximum when sent).
        details: the errorDetails object; ``None`` means ``{}``.
    """

    def __init__(
        self, code: str, description: str = "", details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{code}: {description}" if description else code)
        self.code = code
        self.description = description
        self.details: dict[str, Any] = {} if details is None else details

    def __repr__(self) -> str:
        return f"CallError({self.code!r}, {self.description!r}, {self.details!r})"


class CallTimeoutError(OCPPError, TimeoutError):
    """The peer did not answer a CALL within its timeout.

    Attributes:
        action: the action of the CALL.
        message_id: its message id.
        timeout: the timeout in seconds.
    """

    def __init__(self, action: str, message_id: str, timeout: float) -> None:
        super().__init__(f"no answer to {action} (id {message_id!r}) within {timeout:g} s")
        self.action = action
        self.message_id = message_id
        self.timeout = timeout


class ConnectionClosedError(OCPPError, ConnectionError):
    """The device was disconnected while a call was waiting for its answer or its turn."""
