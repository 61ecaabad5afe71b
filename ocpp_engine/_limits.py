"""Limits on what a peer may make a device do, and the cheap checks that enforce them.

A device screens every received frame before it parses it: a frame larger than
`Limits.max_frame_size` or nested deeper than `Limits.max_json_depth` is refused without being
decoded. The depth check never recurses: it counts brackets outside JSON strings, and only when
the frame holds more brackets than the limit (most frames do not, and pass after two
``str.count`` calls).

A refused frame is answered like any other broken frame, except that a CALL whose
``[2, "<id>"`` prefix is readable is answered on its own id, so a compliant peer that sent one
oversized CALL is not left waiting.
"""

from __future__ import annotations

import json.decoder
import re
from collections.abc import Callable
from itertools import accumulate
from typing import Any, Final

import attrs

__all__ = ["CloseRequest", "CloseRequestHandler", "Limits", "Refusal", "peek_header", "screen"]

#: WebSocket close code for a peer that broke the protocol (RFC 6455 section 7.4.1).
WS_PROTOCOL_ERROR: Final = 1002


def _positive(instance: Any, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is not None and (type(value) is not int or value < 1):
        raise ValueError(f"{attribute.name} must be a positive int or None, not {value!r}")


@attrs.frozen
class Limits:
    """How much a peer may make a device do; pass one as ``Device(limits=...)``.

    Every limit is a positive int; ``None`` switches it off (do that only behind a transport
    that enforces its own).

    Attributes:
        max_frame_size: the longest frame accepted, in characters (in bytes when the transport
            hands bytes). Default 1 MiB, far above any OCPP message a real device sends, and
            small enough that a flood cannot exhaust memory.
        max_json_depth: the deepest JSON nesting accepted, counting the frame's own array as
            depth 1 (a payload object is depth 2). Default 64; OCPP messages stay under 10.
        max_message_id_length: the longest message id accepted from the peer. Default 36, the
            OCPP-J maximum; raise it to tolerate peers that send longer ids.
        max_incoming_calls: how many of the peer's CALLs may be in handling at once (only
            asynchronous handlers keep a CALL in handling once `Device.received` returns).
            A compliant peer has one; further CALLs are answered at once with the version's
            framework error (2.x ``RpcFrameworkError``, 1.6 ``ProtocolError``). Default 4.
        max_bad_frames: how many broken frames in a row (not JSON, not an OCPP-J message,
            unreadable id, unknown message type, malformed CALL, over a limit) make the device
            ask its transport to close the connection, through ``Device.on_close_request``.
            A good frame resets the count. Default 10.
    """

    max_frame_size: int | None = attrs.field(default=1024 * 1024, validator=_positive)
    max_json_depth: int | None = attrs.field(default=64, validator=_positive)
    max_message_id_length: int | None = attrs.field(default=36, validator=_positive)
    max_incoming_calls: int | None = attrs.field(default=4, validator=_positive)
    max_bad_frames: int | None = attrs.field(default=10, validator=_positive)

    @classmethod
    def unlimited(cls) -> Limits:
        """Return limits that are all switched off (the message id keeps no bound either)."""
        return cls(None, None, None, None, None)


@attrs.frozen
class CloseRequest:
    """The device's request to its transport to close the connection.

    Attributes:
        reason: why, readable by a person (fit for a WebSocket close reason after cutting it to
            123 bytes).
        code: the WebSocket close code to use: 1002 (protocol error).
    """

    reason: str
    code: int = WS_PROTOCOL_ERROR


CloseRequestHandler = Callable[[CloseRequest], Any]
"""``on_close_request(request: CloseRequest)``: a transport's way to be asked to close."""


@attrs.frozen
class Refusal:
    """Why `screen` refused a frame, and what could be read of its header.

    Attributes:
        reason: the text of the error.
        message_type: the message type number at the frame's start, or ``None``.
        message_id: the message id right after it, or ``None`` when it is not readable.
    """

    reason: str
    message_type: int | None
    message_id: str | None


_HEADER = re.compile(r'\s*\[\s*([0-9])\s*,\s*"')
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
_PEEK_CHARS: Final = 512
_scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


def peek_header(raw: str | bytes, max_id_length: int | None) -> tuple[int | None, str | None]:
    """Read ``[<type>, "<id>"`` at the start of *raw* without decoding the rest.

    Returns:
        the message type (a single digit) and the id, each ``None`` where it is not readable;
        an id longer than *max_id_length* is not readable.
    """
    head = raw[:_PEEK_CHARS]
    text = head.decode("utf-8", errors="ignore") if isinstance(head, bytes) else head
    match = _HEADER.match(text)
    if match is None:
        return None, None
    try:
        message_id, _ = _scanstring(text, match.end())
    except ValueError:
        return int(match.group(1)), None
    if max_id_length is not None and len(message_id) > max_id_length:
        return int(match.group(1)), None
    return int(match.group(1)), message_id


def _deeper_than(text: str, limit: int) -> bool:
    """Whether the JSON *text* nests deeper than *limit*, found without recursion."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if len(brackets) <= limit:
        return False
    return max(accumulate(map(_STEP.__getitem__, brackets))) > limit


def screen(raw: str | bytes, limits: Limits) -> Refusal | None:
    """Check *raw* against the size and depth limits before it is parsed.

    Returns:
        ``None`` when the frame may be parsed, else the `Refusal` saying why not.
    """
    size = limits.max_frame_size
    if size is not None and len(raw) > size:
        reason = f"the frame is larger than {size} characters"
    else:
        depth = limits.max_json_depth
        if depth is None:
            return None
        if isinstance(raw, str):
            if raw.count("[") + raw.count("{") <= depth:
                return None
            text = raw
        else:
            if raw.count(b"[") + raw.count(b"{") <= depth:
                return None
            text = bytes(raw).decode("utf-8", errors="replace")
        if not _deeper_than(text, depth):
            return None
        reason = f"the frame nests deeper than {depth} levels"
    mtype, message_id = peek_header(raw, limits.max_message_id_length)
    return Refusal(reason, mtype, message_id)
