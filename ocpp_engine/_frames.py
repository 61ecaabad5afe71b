"""One received frame, read and judged: the framing rules of OCPP-J, with no I/O and no state.

`classify` turns one frame into an event (`Call`, `CallResult`, `CallError`, `Send`,
`CallResultError`) or a `Rejection` that says what the receiver answers: a CALLERROR on the
frame's own id or on ``"-1"``, the failure of one of our calls, or nothing (the frame is
dropped). It needs the version's rules (`VersionRules`: which message types exist, whether an
unreadable frame and an unknown message type are answered) and the longest message id accepted.
It knows nothing of the receiver's state: whether the id of a CALL is already in handling, or
whether an answer's id is one of our calls, is for the receiver to decide (`Device` does).

Every rejection is a *broken* frame, counted towards `Limits.max_bad_frames`, except a frame of
an unknown message type with a readable id in a version that says to ignore it (1.6, 2.1).
The message types are the version's (`VersionRules.message_types`): before 2.1, ``5`` and ``6``
are unknown types like ``7``, and a frame led by one is no answer. A message type is a JSON
integer (`message_type`): ``2.0``, ``"2"`` and ``true`` are unknown types too, though ``2.0 == 2``
and ``True == 1`` in Python, whichever codec decoded the frame.

=============================================  ===========================================
frame                                          rejection (code in the 2.x spelling)
=============================================  ===========================================
not JSON, not a non-empty JSON array           ``RpcFrameworkError`` on ``"-1"`` (2.x);
                                               dropped (1.6)
CALL whose id is a string longer than allowed  ``RpcFrameworkError`` on that id (1.6 spells
                                               it ``ProtocolError``)
answer (3, 4, and 5 in 2.1) without a          dropped
readable id
any other frame without a readable id          as a frame that is not JSON
unknown message type                           ``MessageTypeNotSupported`` on its id (2.0.1);
                                               ignored: dropped, not broken (1.6, 2.1)
CALL not ``[2, id, action, payload]``          ``RpcFrameworkError`` on its id
CALL whose payload is not an object            ``FormatViolation`` on its id
CALLRESULT not ``[3, id, object]``             our call fails (``FormatViolation`` with three
                                               elements, else ``RpcFrameworkError``)
CALLERROR without a string error code          our call fails (``RpcFrameworkError``)
SEND not ``[6, id, action, object]`` (2.1)     dropped
over a size or depth limit (`refused`)         the rows above, read from the frame's
                                               ``[<type>, "<id>"`` header; then see `refused`
=============================================  ===========================================

A CALLRESULTERROR (2.1) is never rejected once its id is readable: it reports that the peer
refused one of our answers and is read leniently (a missing code reads as ``GenericError``), as
are a CALLERROR's description (``""`` unless a string) and details (``{}`` unless an object).

The device takes the cheap path through the same rules: it decodes the frame itself and asks
`check`, which returns the message type of a well-formed frame (no event is built) or the
`Rejection`.
"""

from __future__ import annotations

import sys
from typing import Any, Final

import attrs

from ._codec import Codec, default_codec
from ._limits import Refusal
from ._versions import CALL, CALLERROR, CALLRESULT, CALLRESULTERROR, SEND, VersionRules

__all__ = [
    "Call",
    "CallError",
    "CallResult",
    "CallResultError",
    "Event",
    "Rejection",
    "NOT_JSON",
    "Send",
    "check",
    "classify",
    "decode",
    "error_fields",
    "message_type",
    "refused",
]

#: The message types that answer a CALL (or, for 5, a CALLRESULT): never answered themselves
#: (where the version has them).
REPLY_TYPES: Final = frozenset({CALLRESULT, CALLERROR, CALLRESULTERROR})
#: The answers whose id is one of our calls: a broken one fails that call.
_ANSWERS: Final = frozenset({CALLRESULT, CALLERROR})
#: The id to answer on when a frame's own id cannot be read (OCPP-J 2.x, section 4.2.3).
UNREADABLE_ID: Final = "-1"
#: What `decode` returns for a frame that is not JSON.
NOT_JSON: Final[Any] = type("NotJson", (), {"__repr__": lambda self: "NOT_JSON"})()


@attrs.frozen(slots=True)
class Call:
    """A well-formed CALL: ``[2, message_id, action, payload]``."""

    message_id: str
    action: str
    payload: dict[str, Any]


@attrs.frozen(slots=True)
class CallResult:
    """A well-formed CALLRESULT: ``[3, message_id, payload]``."""

    message_id: str
    payload: dict[str, Any]


@attrs.frozen(slots=True)
class CallError:
    """A CALLERROR: ``[4, message_id, code, description, details]``.

    *code* is spelled as received; *description* is ``""`` and *details* ``{}`` where the frame
    has none of the right type.
    """

    message_id: str
    code: str
    description: str
    details: dict[str, Any]


@attrs.frozen(slots=True)
class Send:
    """A well-formed 2.1 SEND: ``[6, message_id, action, payload]``."""

    message_id: str
    action: str
    payload: dict[str, Any]


@attrs.frozen(slots=True)
class CallResultError:
    """A 2.1 CALLRESULTERROR, read leniently: a missing or non-string code is ``GenericError``."""

    message_id: str
    code: str
    description: str
    details: dict[str, Any]


Event = Call | CallResult | CallError | Send | CallResultError
"""What `classify` returns for a frame it accepts."""


@attrs.frozen(slots=True)
class Rejection:
    """A frame `classify` (or `refused`) rejects, and what the receiver does about it.

    The receiver answers with a CALLERROR on *reply_to* when it is set (and, when that is
    ``"-1"``, also reports the frame as dropped). Otherwise, an answer (*message_type* 3 or 4)
    with a readable *message_id* fails our call of that id with the error of *code*
    (`fails_call`), and any other frame is dropped.

    Attributes:
        reason: what is wrong, readable by a person (the errorDescription of the answer).
        code: the OCPP error code of the fault, in the 2.x spelling (`VersionRules.spell`
            turns it into the version's).
        message_type: the message type read from the frame, or ``None`` when there is none or
            it is not an int.
        message_id: the frame's id when it is a string within the length limit, else ``None``.
        reply_to: the id to answer on with a CALLERROR: the frame's id, or ``"-1"``; ``None``
            when the frame is not answered.
        broken: whether the frame counts towards `Limits.max_bad_frames`; every rejection
            does but an unknown message type the version says to ignore, which neither counts
            nor resets the count.
        screened: whether the frame was refused by `Limits` before it was decoded.
    """

    reason: str
    code: str
    message_type: int | None = None
    message_id: str | None = None
    reply_to: str | None = None
    broken: bool = True
    screened: bool = False

    @property
    def fails_call(self) -> bool:
        """Whether the frame is a CALLRESULT or CALLERROR with a readable id, not answered.

        It fails our call of that id with the error of *code*; with no such call, it is
        dropped.
        """
        return (
            self.reply_to is None and self.message_id is not None and self.message_type in _ANSWERS
        )


def message_type(msg: Any) -> int | None:
    """The message type of a decoded frame: its first element when that is a JSON integer.

    OCPP-J's MessageTypeId is an integer: ``2.0`` (which equals ``2`` in Python) and ``true``
    (a Python ``bool`` is an ``int``) are no message type, however the frame goes on. Anything
    that tells a CALL from an answer by its first element asks this, not ``msg[0] == 2``.

    Returns:
        the message type, or ``None`` when *msg* is not a non-empty list led by an integer.
    """
    if type(msg) is list and msg and type(msg[0]) is int:
        return msg[0]
    return None


def _unreadable(rules: VersionRules, reason: str, screened: bool = False) -> Rejection:
    reply_to = UNREADABLE_ID if rules.answer_unreadable else None
    return Rejection(reason, "RpcFrameworkError", reply_to=reply_to, screened=screened)


def decode(raw: str | bytes, codec: Codec | None = None) -> Any:
    """Decode *raw* with *codec* (default: `default_codec`), tolerating a byte order mark.

    Returns:
        the decoded JSON value, or `NOT_JSON` (which `check` rejects).
    """
    if codec is None:
        codec = default_codec()
    try:
        return codec.decode(raw)
    except (ValueError, RecursionError):
        return undecodable(raw, codec)


def undecodable(raw: str | bytes, codec: Codec) -> Any:
    """Retry a frame *codec* could not decode: without its byte order mark, if it has one.

    Some stacks lead text frames with U+FEFF.

    Returns:
        the decoded value, or `NOT_JSON`.
    """
    if isinstance(raw, str) and raw.startswith("\ufeff"):
        try:
            return codec.decode(raw[1:])
        except (ValueError, RecursionError):
            pass
    return NOT_JSON


def _header(
    mtype: Any, message_id: Any, rules: VersionRules, max_id_length: int, refusal: Refusal | None
) -> Rejection | None:
    """Judge a frame by its first two elements: its message id, then its message type.

    *refusal* is set for a frame over a limit (read from its header only): the rejection keeps
    its reason, and always counts as broken.

    Returns:
        the `Rejection`, or ``None`` when the id is readable and the type is the version's.
    """
    screened = refusal is not None
    known = type(mtype) is int and mtype in rules.message_types
    if type(message_id) is not str or len(message_id) > max_id_length:
        reason = refusal.reason if refusal is not None else None
        if known and mtype in REPLY_TYPES:
            # Never answer an answer, even a corrupt one.
            return Rejection(
                reason or "unreadable message id", "RpcFrameworkError", mtype, screened=screened
            )
        if mtype == CALL and type(message_id) is str:
            # Readable but too long (OCPP-J 1.6 section 4.2.3 lists it among the errors a
            # CALLERROR reports): answer on that id, so the caller's wait ends now. 2.x sends
            # RpcFrameworkError; 1.6, which lacks the code, ProtocolError.
            return Rejection(
                reason or f"the message id is longer than {max_id_length} characters",
                "RpcFrameworkError",
                CALL,
                None,
                message_id,
                screened=screened,
            )
        return _unreadable(
            rules,
            reason
            or f"the message id is missing or not a string of at most {max_id_length} characters",
            screened,
        )
    if not known:
        # 2.0.1 answers it; 1.6 and 2.1 say to ignore it, so it is not broken either (unless
        # it is also over a limit).
        return Rejection(
            f"message type {str(mtype)[:20]} is not supported",
            "MessageTypeNotSupported",
            mtype if type(mtype) is int else None,
            message_id,
            message_id if rules.answer_unknown_type else None,
            broken=screened or rules.answer_unknown_type,
            screened=screened,
        )
    return None


def check(msg: Any, rules: VersionRules, max_id_length: int) -> Any:
    """Judge a decoded frame; the rules of the table in this module's docstring.

    Args:
        msg: the decoded frame (what `decode` returns, `NOT_JSON` included).
        rules: the negotiated version's rules.
        max_id_length: the longest message id accepted.

    Returns:
        the message type (an int) of a well-formed frame, or its `Rejection`.
    """
    if type(msg) is not list or not msg:
        if msg is NOT_JSON:
            return _unreadable(rules, "the frame is not valid JSON")
        return _unreadable(rules, "the frame is not a JSON array")
    mtype = msg[0]
    message_id = msg[1] if len(msg) > 1 else None
    if (
        type(message_id) is not str
        or len(message_id) > max_id_length
        or type(mtype) is not int
        or mtype not in rules.message_types
    ):
        return _header(mtype, message_id, rules, max_id_length, None)
    if mtype == CALL:
        if len(msg) != 4 or type(msg[2]) is not str:
            return Rejection(
                "a CALL is [2, messageId, action, payload]",
                "RpcFrameworkError",
                CALL,
                message_id,
                message_id,
            )
        if type(msg[3]) is not dict:
            return Rejection(
                "the payload is not a JSON object", "FormatViolation", CALL, message_id, message_id
            )
        return CALL
    if mtype == CALLRESULT:
        if len(msg) != 3 or type(msg[2]) is not dict:
            return Rejection(
                "malformed CALLRESULT",
                "FormatViolation" if len(msg) == 3 else "RpcFrameworkError",
                CALLRESULT,
                message_id,
            )
        return CALLRESULT
    if mtype == CALLERROR:
        if len(msg) < 3 or type(msg[2]) is not str:
            return Rejection("malformed CALLERROR", "RpcFrameworkError", CALLERROR, message_id)
        return CALLERROR
    if mtype == SEND:
        if len(msg) != 4 or type(msg[2]) is not str or type(msg[3]) is not dict:
            return Rejection(
                "a SEND is [6, messageId, action, payload]", "RpcFrameworkError", SEND, message_id
            )
        return SEND
    return CALLRESULTERROR


def error_fields(msg: list[Any]) -> tuple[str, str, dict[str, Any]]:
    """Read the code, description and details of a CALLERROR or CALLRESULTERROR, leniently.

    Returns:
        the code (``"GenericError"`` unless a string), the description (``""`` unless a
        string) and the details (``{}`` unless an object).
    """
    n = len(msg)
    code = msg[2] if n > 2 and type(msg[2]) is str else "GenericError"
    description = msg[3] if n > 3 and type(msg[3]) is str else ""
    details = msg[4] if n > 4 and type(msg[4]) is dict else {}
    return code, description, details


def classify(
    frame: Any,
    rules: VersionRules,
    max_id_length: int | None = None,
    codec: Codec | None = None,
) -> Event | Rejection:
    """Decode and judge one received frame.

    Args:
        frame: the frame as received (``str`` or UTF-8 ``bytes``), or already decoded (any
            other value, normally a list).
        rules: the negotiated version's rules (`ocpp_engine._versions.rules_for`).
        max_id_length: the longest message id accepted; ``None`` for no limit.
        codec: the JSON codec for raw frames (default: `default_codec`).

    Returns:
        the frame's event, or the `Rejection` that says how to answer it.
    """
    msg = decode(frame, codec) if isinstance(frame, (str, bytes)) else frame
    kind = check(msg, rules, sys.maxsize if max_id_length is None else max_id_length)
    if type(kind) is Rejection:
        return kind
    if kind == CALL:
        return Call(msg[1], msg[2], msg[3])
    if kind == CALLRESULT:
        return CallResult(msg[1], msg[2])
    if kind == SEND:
        return Send(msg[1], msg[2], msg[3])
    code, description, details = error_fields(msg)
    if kind == CALLERROR:
        return CallError(msg[1], code, description, details)
    return CallResultError(msg[1], code, description, details)


def refused(refusal: Refusal, rules: VersionRules) -> Rejection:
    """The `Rejection` of a frame `ocpp_engine._limits.screen` refused before decoding it.

    The header ``[<type>, "<id>"`` is judged as in `check` (an unreadable id, then a message
    type the version lacks), except that every such frame is broken. Past the header: a CALL
    is answered on its id with ``FormatViolation``; a CALLRESULT or CALLERROR fails our call
    of that id with ``FormatViolation`` (and is dropped when no call has that id); a
    CALLRESULTERROR or SEND (2.1) is dropped.
    """
    mtype, message_id = refusal.message_type, refusal.message_id
    rejection = _header(mtype, message_id, rules, sys.maxsize, refusal)
    if rejection is not None:
        return rejection
    reply_to = message_id if mtype == CALL else None
    return Rejection(refusal.reason, "FormatViolation", mtype, message_id, reply_to, screened=True)
