"""Limits on what a peer may make a device do, and the cheap checks that enforce them.

A device screens every received frame before it parses it: a frame larger than
`Limits.max_frame_size` or nested deeper than `Limits.max_json_depth` is refused without being
decoded. The depth check never recurses and runs at C speed: it keeps the brackets outside JSON
strings (one ``bytes.translate`` over the frame, then work on the brackets alone) and measures
how deep they nest. A short frame holding no more brackets than the limit (most frames) passes
after two ``str.count`` calls instead; a long one, such as a MeterValues of a hundred sampled
values, is wide rather than deep and costs about one pass over its bytes.

A refused frame is judged from its ``[<type>, "<id>"`` header (`peek_header`) by the same rules
as a decoded one (`ocpp_engine._frames.refused`): an unreadable id, then a message type the
version lacks; past them, a CALL is answered on its own id, so a compliant peer that sent one
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
            unreadable id, unknown message type in 2.0.1, malformed CALL, CALLRESULT,
            CALLERROR or SEND, a CALL whose payload is not an object, over a limit, an answer
            to an id the device never sent) make the device ask its transport to close the
            connection, through ``Device.on_close_request``. A good frame resets the count; an
            unknown message type that 1.6 or 2.1 says to ignore, and a late answer to a call
            that timed out, neither count nor reset it. Default 10.
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


# "[<int>" then ', "' (the id follows), or a comma or "]" (no string id).
_HEADER = re.compile(r'\s*\[\s*(-?(?:0|[1-9][0-9]{0,8}))\s*(?:(,\s*")|[,\]])')
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
# bytes.translate tables: keep only brackets, quotes and backslashes, and write {} as [].
_NOT_STRUCTURE = bytes(c for c in range(256) if c not in b'[]{}"\\')
_SQUARE = bytes.maketrans(b"{}", b"[]")
_STEP = {ord("["): 1, ord("]"): -1}
_PEEK_CHARS: Final = 512
# Up to this length two counts of openers settle most frames; a longer frame (most hold more
# brackets than the depth limit) goes straight to one pass that keeps only its brackets.
_COUNT_BELOW: Final = 2048
_scanstring: Callable[[str, int], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]


def peek_header(raw: str | bytes, max_id_length: int | None) -> tuple[int | None, str | None]:
    """Read ``[<type>, "<id>"`` at the start of *raw* without decoding the rest.

    Returns:
        the message type (a JSON integer) and the id, each ``None`` where it is not readable;
        an id longer than *max_id_length*, or that is not a string, is not readable. A message
        type that is not an integer (``"2"``, ``2.5``) is not readable either.
    """
    head = raw[:_PEEK_CHARS]
    text = head.decode("utf-8", errors="ignore") if isinstance(head, bytes) else head
    match = _HEADER.match(text)
    if match is None:
        return None, None
    if match.group(2) is None:
        return int(match.group(1)), None
    try:
        message_id, _ = _scanstring(text, match.end())
    except ValueError:
        return int(match.group(1)), None
    if max_id_length is not None and len(message_id) > max_id_length:
        return int(match.group(1)), None
    return int(match.group(1)), message_id


def _brackets(raw: str | bytes) -> bytes:
    """The brackets of *raw* outside JSON strings, in order, with ``{}`` written ``[]``.

    A string runs from a quote to the next quote not escaped by a backslash; an unterminated
    one ends nothing, so the text after its opening quote counts as outside. Everything runs
    at C speed (``bytes.translate``, ``count``, ``split``) unless the frame holds a
    backslash, which hands the strings to a regular expression.
    """
    if isinstance(raw, str):
        # Non-ASCII characters encode to bytes >= 0x80, never to a bracket or a quote.
        data = raw.encode("utf-8", "surrogatepass")
    else:
        data = raw if type(raw) is bytes else bytes(raw)
    marks = data.translate(_SQUARE, _NOT_STRUCTURE)
    if b"\\" in marks:  # escapes decide where strings end: the exact, slower way
        text = raw if isinstance(raw, str) else data.decode("utf-8", errors="replace")
        return _NOT_BRACKET.sub("", _STRING.sub("", text)).encode().translate(_SQUARE)
    # Without escapes the quotes pair up in order. Strings holding no bracket are now '""'.
    # Counting '""' from the left pairs each string's opening quote with the next character:
    # every quote is counted in a pair exactly when every string is '""', and then the
    # brackets are what is left without the quotes. Otherwise some string held brackets (or
    # one is unterminated), and splitting on the quotes keeps the pieces outside strings.
    if 2 * marks.count(b'""') == marks.count(b'"'):
        return marks.translate(None, b'"')
    pieces = marks.split(b'"')
    kept = pieces[::2]
    if len(pieces) % 2 == 0:  # an odd number of quotes: the last string is unterminated
        kept.append(pieces[-1])
    return b"".join(kept)


def _deeper_than(raw: str | bytes, limit: int) -> bool:
    """Whether the JSON text *raw* nests deeper than *limit*, found without recursion.

    The depth of a balanced run of brackets is how many rounds of deleting every adjacent
    ``[]`` pair it takes to empty it; each round is one ``bytes.replace``, and ordinary frames
    (wide, not deep) shrink to nothing in a few. Runs that are not balanced (broken frames),
    or that shrink slowly (deep ones), are measured exactly by their running sum, unless they
    start with more openers than *limit* (the usual attack).
    """
    brackets = _brackets(raw)
    if len(brackets) <= limit:
        return False
    opening = brackets.find(b"]")  # the run of openers the frame starts with
    if opening < 0 or opening > limit:
        return True
    rest, budget = brackets, 2 * len(brackets)
    for _ in range(limit):
        shorter = rest.replace(b"[]", b"")
        if not shorter:
            return False
        budget -= len(shorter)
        if len(shorter) == len(rest) or budget < 0:
            break
        rest = shorter
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
        if len(raw) <= _COUNT_BELOW:
            if isinstance(raw, str):
                if raw.count("[") + raw.count("{") <= depth:
                    return None
            elif raw.count(b"[") + raw.count(b"{") <= depth:
                return None
        if not _deeper_than(raw, depth):
            return None
        reason = f"the frame nests deeper than {depth} levels"
    mtype, message_id = peek_header(raw, limits.max_message_id_length)
    return Refusal(reason, mtype, message_id)
