"""Checking OCPP-J traffic logs: the engine behind ``ocpp-engine validate``.

A log is read one line at a time, each line in one of three shapes:

- a text line holding one frame with decorations around it: the frame is the first JSON array
  on the line that starts like an OCPP-J frame (``[2,`` ... ``[6,``; a line that is nothing but
  a JSON array led by a message type or with a string second, such as ``[2]`` or ``[7,"a"]``,
  is a frame too). The decorations before
  the frame may tell the direction (``->``, ``<-``, ``>>``, ``<<``, ``SEND``, ``RECV``, ``TX``,
  ``RX``, ``IN``, ``OUT``...), the station (the word next to the direction marker, or after
  ``from`` / ``to``, or a ``identity=CP-1`` style field) and the time.
- a JSON object per line (JSON lines): the frame is a field holding it as an array or as a
  string (``"msg"``, ``"message"``, ``"frame"``...), next to fields for the station
  (``"identity"``, ``"station"``, ``"chargeBoxId"``...), the direction (``"direction"``, or
  ``"from"`` and ``"to"``) and the time (``"ts"``, ``"timestamp"``...).
- a line of ``ocpp-engine serve`` or ``connect``: ``CP-1 -> CSMS CALL Heartbeat id=1 {}``,
  put back together into its frame.

An arrow between two names (``CP-1 -> CSMS``) names both ends of the connection: the pair is
the station, the sender the direction.

CALLs are paired with their answers by message id, per station and per direction wherever the
line tells them: two stations may both use the id ``"1"``, and CALLs crossing in both directions
may share an id. Answers whose CALL is not in the log (a log that starts mid-session) are
counted apart from the problems. A newest-first log (an export in reverse order) is paired in
reverse: each answer with the CALL that follows it.

What a `Device` does with each frame (answer it with an error code, fail the CALL it answers,
drop it, or read it though it breaks a rule) is decided by the Device's own frame rules
(``_frames.py`` and ``_limits.py``, through `judge_frame` and `verdict`), then by the action
and the schemas (`judge_payload`); the tests feed one corpus of frames to both and compare.

The checker streams: memory holds only the CALLs still waiting for their answers (bounded) and
the counters of the summary.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, OrderedDict
from collections.abc import Iterable
from typing import Any, Final, NamedTuple

import attrs

from ._frames import NOT_JSON, Rejection, check, message_type, refused
from ._limits import Limits, screen
from ._validation import SchemaViolation, validator_for
from ._validation import check as check_schema
from ._versions import (
    CALL,
    CALLERROR,
    CALLRESULT,
    CALLRESULTERROR,
    LAYOUT,
    SEND,
    Version,
    VersionRules,
    rules_for,
)

__all__ = [
    "ACCEPT",
    "ANSWER",
    "DROP",
    "RAISE",
    "Entry",
    "LogChecker",
    "Problem",
    "Verdict",
    "extract_frame",
    "guess_newest_first",
    "infer_version",
    "judge_frame",
    "judge_payload",
    "judge_unreadable",
    "line_time",
    "read_line",
    "verdict",
]

_MISSING: Final[Any] = object()
#: CALLs remembered while they wait for their answers; older ones are forgotten beyond this.
MAX_PENDING: Final = 100_000
#: Frames looked at before the version and the order are inferred.
INFERENCE_WINDOW: Final = 200
#: Answers without their CALL listed by line in the JSON report (all are counted).
MAX_UNPAIRED_LISTED: Final = 20

# -- what a Device does with a frame ---------------------------------------------------------
#
# The frame rules are `_frames` (what kind of frame it is, whether it is broken, and what a
# broken one earns) and `_limits` (size and depth), with the limits of a default Device. What
# is left here is the checker's own business: the action of a CALL or SEND, the schemas, and
# the deviations a Device tolerates that a report still mentions.

#: The Device answers the frame with a CALLERROR carrying the code.
ANSWER: Final = "answer"
#: The Device fails the CALL the frame answers with the code (2.1 also sends a CALLRESULTERROR).
RAISE: Final = "raise"
#: The Device drops the frame without answering.
DROP: Final = "drop"
#: The Device reads the frame as it is, though it breaks a rule of OCPP-J.
ACCEPT: Final = "accept"

_LIMITS: Final = Limits()
_MAX_ID: Final = _LIMITS.max_message_id_length or sys.maxsize
# A frame no longer than this cannot break the size or the depth limit (as in Device.limits).
_SCREEN_ABOVE: Final = min(
    _LIMITS.max_frame_size or sys.maxsize, _LIMITS.max_json_depth or sys.maxsize
)
#: What a payload failing its schema earns, by message type.
_SCHEMA_REACTION: Final = {CALL: ANSWER, CALLRESULT: RAISE, SEND: DROP}
#: The versions `infer_version` chooses among: those with an OCPP-J edition.
_GUESSED: Final = tuple(v for v in Version if LAYOUT[v].json)


@attrs.frozen
class Verdict:
    """What a Device does with one frame.

    Attributes:
        reaction: `ANSWER`, `RAISE`, `DROP` or `ACCEPT`.
        code: the OCPP error code of an answer or a failed CALL (canonical spelling), else
            ``None``.
        message: what is wrong, in words.
        path: the JSON path of the offending value, for schema violations.
    """

    reaction: str
    code: str | None
    message: str
    path: str = ""


def judge_frame(frame: Any, raw: str | None, rules: VersionRules) -> Any:
    """Judge a parsed frame as a Device with the default `Limits` does, short of its payload.

    Args:
        frame: the parsed frame (`ocpp_engine._frames.NOT_JSON` for text that is not JSON).
        raw: its text, for the size and depth limits (``None``: not checked).
        rules: the version's rules.

    Returns:
        the message type (an int) of a well-formed frame, else its
        `ocpp_engine._frames.Rejection` (`verdict` says what the Device does about it).
    """
    if raw is not None and len(raw) > _SCREEN_ABOVE:
        refusal = screen(raw, _LIMITS)
        if refusal is not None:
            return refused(refusal, rules)
    return check(frame, rules, _MAX_ID)


def verdict(rejection: Rejection, message: str | None = None) -> Verdict:
    """The `Verdict` on a frame `ocpp_engine._frames` rejected, saying *message* (or its reason).

    A rejection that fails our call (`Rejection.fails_call`) is `RAISE`: the checker pairs
    the answer with its CALL first, since a Device drops an answer to no call of its own.
    """
    reason = rejection.reason if message is None else message
    if rejection.reply_to is not None:
        return Verdict(ANSWER, rejection.code, reason)
    if rejection.fails_call:
        return Verdict(RAISE, rejection.code, reason)
    return Verdict(DROP, None, reason)


def judge_unreadable(rules: VersionRules, reason: str) -> Verdict:
    """The `Verdict` on a frame that cannot be read (not JSON, cut short), saying *reason*.

    2.x answers it with RpcFrameworkError on the id ``"-1"``; 1.6 drops it.
    """
    return verdict(check(NOT_JSON, rules, _MAX_ID), reason)


def _error_shape(frame: list[Any], rules: VersionRules, kind: str, mtype: int) -> Verdict | None:
    """A CALLERROR or CALLRESULTERROR the Device reads, with what it overlooks."""
    notes = []
    if (
        len(frame) != 5
        or type(frame[2]) is not str
        or type(frame[3]) is not str
        or type(frame[4]) is not dict
    ):
        notes.append(f"a {kind} is [{mtype}, messageId, errorCode, errorDescription, errorDetails]")
    if len(frame) > 2 and type(frame[2]) is str and frame[2] not in rules.error_codes:
        spelled = rules.normalise(frame[2])
        hint = (
            f"; {rules.version.value} spells it {spelled!r}" if spelled in rules.error_codes else ""
        )
        notes.append(f"error code {frame[2]!r} is not defined by {rules.version.value}{hint}")
    limit = rules.max_description
    if limit is not None and len(frame) > 3 and type(frame[3]) is str and len(frame[3]) > limit:
        notes.append(f"errorDescription is longer than {limit} characters")
    return Verdict(ACCEPT, None, "; ".join(notes)) if notes else None


def judge_payload(
    mtype: int, action: str, payload: dict[str, Any], version: Version
) -> Verdict | None:
    """Judge the payload of a well-formed CALL, SEND (*action*'s request) or CALLRESULT.

    Returns:
        ``None`` when it passes its schema (or the version has none for it), else the `Verdict`.
    """
    response = mtype == CALLRESULT
    validator = validator_for(version, action, response)
    if validator is None:
        return None
    try:
        check_schema(validator, payload)
    except SchemaViolation as v:
        reaction = _SCHEMA_REACTION[mtype]
        kind = "response" if response else "request"
        return Verdict(
            reaction,
            v.code if reaction != DROP else None,
            f"{action} {kind}: {v} ({v.rule})",
            v.path,
        )
    return None


# -- reading log lines -------------------------------------------------------------------------


class Entry(NamedTuple):
    """One frame found on a log line.

    Attributes:
        frame: the parsed frame, or ``None`` when it could not be read.
        raw: the frame's text (``None`` when the log held it as a JSON array field).
        station: the station the line names, or ``None``.
        direction: which way the frame went (``"out"``, ``"in"``, or the sender's name), or
            ``None`` when the line does not say.
        reverse: the direction of the CALL an answer going *direction* answers.
        error: why the frame could not be read, or ``None``.
    """

    frame: Any
    raw: str | None
    station: str | None
    direction: str | None
    reverse: str | None
    error: str | None


# Entry(...) runs a Python-level __new__; the hot path builds the tuple directly.
_new_entry: Final = tuple.__new__
_OUT: Final = "out"
_IN: Final = "in"
_FLIP: Final = {_OUT: _IN, _IN: _OUT}
#: Direction markers (lower case, without surrounding brackets or a trailing colon).
_DIRECTIONS: Final = {
    **dict.fromkeys(
        [
            "->",
            "-->",
            "=>",
            ">>",
            ">",
            "send",
            "sent",
            "sending",
            "tx",
            "out",
            "outgoing",
            "outbound",
            "snd",
            "write",
            "written",
        ],
        _OUT,
    ),
    **dict.fromkeys(
        [
            "<-",
            "<--",
            "<=",
            "<<",
            "<",
            "recv",
            "received",
            "receiving",
            "rx",
            "in",
            "incoming",
            "inbound",
            "rcv",
            "read",
        ],
        _IN,
    ),
}
#: Words that are never a station: log levels, message kinds, connecting words.
_NOT_STATION: Final = frozenset(
    [
        "trace",
        "debug",
        "info",
        "notice",
        "warn",
        "warning",
        "error",
        "err",
        "critical",
        "fatal",
        "call",
        "callresult",
        "callerror",
        "callresulterror",
        "result",
        "request",
        "response",
        "reply",
        "answer",
        "message",
        "msg",
        "frame",
        "ocpp",
        "json",
        "data",
        "payload",
        "ws",
        "websocket",
        "wss",
        "text",
        "station",
        "charger",
        "cp",
        "cs",
        "csms",
        "server",
        "client",
        "from",
        "to",
        "by",
        "-",
        ":",
        "|",
        "::",
    ]
)
_TIMEISH: Final = re.compile(r"[\d:.,+\-TZ/]*\Z")
_STRIP: Final = "[](){}<>:,;|\"'"
_STATION_KEYS: Final = (
    "identity",
    "station",
    "stationid",
    "station_id",
    "chargeboxid",
    "chargepointid",
    "charge_point_id",
    "chargerid",
    "cpid",
    "cp",
    "chargingstation",
    "client",
)
_DIRECTION_KEYS: Final = ("direction", "dir")
_FRAME_KEYS: Final = ("frame", "msg", "message", "raw", "data", "payload", "text", "body", "log")
_TIME_KEYS: Final = ("ts", "timestamp", "time", "@timestamp", "t", "date", "datetime")
_FRAME_START: Final = re.compile(r"\[\s*[2-6]\s*,")
_TIME: Final = re.compile(
    r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?|\d\d:\d\d:\d\d(?:[.,]\d+)?"
)
_decoder: Final = json.JSONDecoder()


_MARKER: Final = re.compile(
    r"^(?:.*\s)?[\[(]?("
    + "|".join(map(re.escape, sorted(_DIRECTIONS, key=len, reverse=True)))
    + r")[\])]?:?(?=\s|$)",
    re.IGNORECASE | re.DOTALL,
)
_words: dict[str, str | None] = {}


def _station_word(token: str) -> str | None:
    """*token* as a station identity, or ``None`` when it is a time, a number or a keyword."""
    found = _words.get(token, _MISSING)
    if found is not _MISSING:
        return found  # type: ignore[no-any-return]
    word: str | None = token.strip(_STRIP)
    if (
        not word
        or word.lower() in _NOT_STATION
        or word.lower() in _DIRECTIONS
        or _TIMEISH.match(word)
    ):
        word = None
    if len(_words) > 10_000:
        _words.clear()
    _words[token] = word
    return word


#: Arrows that may stand between the sender and the receiver: "CP-1 -> CSMS".
_ARROWS: Final = {"->": True, "-->": True, "=>": True, "<-": False, "<--": False, "<=": False}
#: Words that are no end of a connection: log levels and message kinds.
_NOT_END: Final = _NOT_STATION - {"station", "charger", "cp", "cs", "csms", "server", "client"}


def _ends(left: str, right: str, arrow: str) -> tuple[str, str, str] | None:
    """``left -> right`` as (the pair of ends, the sender, the receiver), if both are names."""
    left, right = left.strip(_STRIP), right.strip(_STRIP)
    for word in (left, right):
        if not word or word.lower() in _NOT_END or _TIMEISH.match(word):
            return None
    sender, receiver = (left, right) if _ARROWS[arrow] else (right, left)
    return "|".join(sorted((left, right))), sender, receiver


def _decorations(prefix: str) -> tuple[str | None, str | None, str | None]:
    """Read the station and the direction from the text before a frame.

    The direction is the last direction marker; the station is a ``key=value`` field, else
    the word after ``from`` / ``to`` or the one word between the marker and the frame, else
    the word before the marker.
    """
    if "=" not in prefix:
        # The usual shapes first: "... CP-1 -> ", "... -> CP-1 ", "CP-1 -> CSMS ", read from
        # the end.
        tail = prefix.rsplit(None, 2)
        if tail:
            last = tail[-1]
            direction = _DIRECTIONS.get(last) or _DIRECTIONS.get(last.strip(_STRIP).lower())
            if direction is not None:
                station = _station_word(tail[-2]) if len(tail) > 1 else None
                return station, direction, _FLIP[direction]
            if len(tail) > 1:
                second = tail[-2]
                direction = _DIRECTIONS.get(second) or _DIRECTIONS.get(second.strip(_STRIP).lower())
                if direction is not None:
                    if len(tail) > 2 and second in _ARROWS:
                        ends = _ends(tail[0].rsplit(None, 1)[-1], last, second)
                        if ends is not None:
                            return ends
                    return _station_word(last), direction, _FLIP[direction]
    station = direction = None
    if "=" in prefix:
        for token in prefix.split():
            key, equals, value = token.partition("=")
            key = key.strip(_STRIP).lower()
            if not equals:
                continue
            if key in _STATION_KEYS and station is None:
                station = value.strip(_STRIP) or None
            elif key in _DIRECTION_KEYS and direction is None:
                direction = _DIRECTIONS.get(value.strip(_STRIP).lower())
    match = _MARKER.match(prefix)
    if match is not None:
        if direction is None:
            direction = _DIRECTIONS[match.group(1).lower()]
        if station is None:
            after = prefix[match.end() :].split()
            if after:
                lowered = [word.strip(_STRIP).lower() for word in after]
                for word in ("from", "to"):  # "received from CP-1:", "sending to CP-1:"
                    if word in lowered[:-1]:
                        station = _station_word(after[lowered.index(word) + 1])
                        break
                else:
                    if len(after) == 1:  # "-> CP-1 [2,...", or "CP-1 -> CSMS [2,..."
                        before = prefix[: match.start(1)].rsplit(None, 1)
                        ends = (
                            _ends(before[-1], after[0], match.group(1))
                            if before and match.group(1) in _ARROWS
                            else None
                        )
                        if ends is not None:
                            return ends
                        station = _station_word(after[0])
            if station is None:  # "CP-1 -> [2,...", "[CP-1] SEND: [2,..."
                before = prefix[: match.start(1)].rsplit(None, 1)
                if before:
                    station = _station_word(before[-1])
    return station, direction, None if direction is None else _FLIP.get(direction)


def _not_json(text: str, start: int, exc: Exception) -> str:
    """Say why the frame at *start* of *text* is unreadable: cut short, or not JSON.

    Cut short: the JSON ends with the line, inside a string, or where the logger wrote ``...``
    or a word like "truncated".
    """
    pos = getattr(exc, "pos", len(text))
    rest = text[pos:].strip()
    message = getattr(exc, "msg", str(exc))
    if (
        not rest
        or rest.startswith(("...", "\u2026"))
        or "truncat" in rest.lower()
        or message.startswith("Unterminated string")
    ):
        return f"the frame is truncated: the line ends before its JSON array closes ({exc})"
    return f"the frame is not valid JSON ({exc})"


def _text_entry(
    line: str, station: str | None = None, direction: str | None = None, reverse: str | None = None
) -> Entry | None:
    """The frame on a text line (or in a JSON-lines field), with the line's decorations.

    *station*, *direction* and *reverse* come from a JSON-lines record; when all are ``None``
    they are read from the text before the frame.
    """
    match = _FRAME_START.search(line)
    if match is not None:  # the common case: the first frame start is the frame
        start = match.start()
        try:
            frame, end = _decoder.raw_decode(line, start)
        except (ValueError, RecursionError):
            pass
        else:
            if start and station is None and direction is None:
                station, direction, reverse = _decorations(line[:start])
            return _new_entry(Entry, (frame, line[start:end], station, direction, reverse, None))
    elif "[" not in line:
        return None
    error: str | None = None
    start = 0
    for match in _FRAME_START.finditer(line):
        try:
            frame, end = _decoder.raw_decode(line, match.start())
        except (ValueError, RecursionError) as exc:
            if error is None:
                start = match.start()
                error = _not_json(line, start, exc)
            continue
        start = match.start()
        raw: str | None = line[start:end]
        break
    else:
        if error is None:
            # A line that is nothing but an array led by a message type, or with a string id
            # second: a frame too short to match, or of another type.
            stripped = line.strip()
            if not (stripped.startswith("[") and stripped.endswith("]")):
                return None
            try:
                frame = json.loads(stripped)
            except (ValueError, RecursionError):
                return None
            if (
                type(frame) is not list
                or not frame
                or not (
                    (type(frame[0]) is int and CALL <= frame[0] <= SEND)
                    or (len(frame) > 1 and type(frame[1]) is str)
                )
            ):
                return None
            return Entry(frame, stripped, station, direction, reverse, None)
        frame = raw = None
    if start and station is None and direction is None:
        prefix = line[:start]
        if not prefix.isspace():
            station, direction, reverse = _decorations(prefix)
    return Entry(frame, raw, station, direction, reverse, error)


_STATION_KEY: Final = 1
_DIRECTION_KEY: Final = 2
_key_kinds: dict[str, int] = {}


def _key_kind(key: str) -> int:
    """Whether a JSON-lines field names the station (1), the direction (2) or neither (0)."""
    lowered = key.lower()
    kind = (
        _STATION_KEY
        if lowered in _STATION_KEYS
        else _DIRECTION_KEY
        if lowered in _DIRECTION_KEYS
        else 0
    )
    if len(_key_kinds) > 10_000:
        _key_kinds.clear()
    _key_kinds[key] = kind
    return kind


def _json_entry(line: str) -> Entry | None:
    try:
        text = line.lstrip()
        record, end = _decoder.raw_decode(text)
        if end < len(text) and not text[end:].isspace():
            raise ValueError("extra data after the JSON record")
    except (ValueError, RecursionError) as exc:
        if _FRAME_START.search(line) is None:
            return None
        reason = _not_json(line, 0, exc)
        if reason.startswith("the frame is truncated"):
            return Entry(
                None,
                None,
                None,
                None,
                None,
                "the frame is truncated: the line ends before its JSON record closes",
            )
        return _text_entry(line)
    if type(record) is not dict:
        return None
    station = direction = reverse = None
    kinds = _key_kinds
    for key, value in record.items():
        kind = kinds.get(key)
        if kind is None:
            kind = _key_kind(key)
        if not kind:
            continue
        if kind == _STATION_KEY:
            if station is None and value is not None:
                station = str(value)
        elif direction is None and type(value) is str:
            direction = _DIRECTIONS.get(value) or _DIRECTIONS.get(value.strip(_STRIP).lower())
    sender, target = record.get("from"), record.get("to")
    if direction is None and type(sender) is str and type(target) is str:
        direction, reverse = sender, target
        if station is None:
            station = "|".join(sorted((sender, target)))
    elif direction is not None:
        reverse = _FLIP.get(direction)
    for key in _FRAME_KEYS:
        value = record.get(key)
        if value is not None:
            entry = _field_entry(value, station, direction, reverse, False)
            if entry is not None:
                return entry
    for key, value in record.items():
        if key not in _FRAME_KEYS:
            entry = _field_entry(value, station, direction, reverse, True)
            if entry is not None:
                return entry
    return None


def _field_entry(
    value: Any, station: str | None, direction: str | None, reverse: str | None, strict: bool
) -> Entry | None:
    """The frame in one field of a JSON-lines record; *strict* for fields not named for one."""
    if type(value) is list:
        typed = bool(value) and type(value[0]) is int and 2 <= value[0] <= 6
        with_id = len(value) > 1 and type(value[1]) is str
        if (typed and with_id) or (not strict and (typed or with_id)):
            return Entry(value, None, station, direction, reverse, None)
        return None
    if type(value) is not str or "[" not in value:
        return None
    return _text_entry(value, station, direction, reverse)


_KINDS: Final = {
    "CALL": CALL,
    "CALLRESULT": CALLRESULT,
    "CALLERROR": CALLERROR,
    "CALLRESULTERROR": CALLRESULTERROR,
    "SEND": SEND,
}
_ENGINE_LINE: Final = re.compile(
    r"(?:^|\s)(\S+) -> (\S+) (CALL|CALLRESULT|CALLERROR|CALLRESULTERROR|SEND) \S+ id=(\S*) "
)


def _engine_entry(line: str) -> Entry | None:
    """A line of ``ocpp-engine serve`` / ``connect``: ``CP-1 -> CSMS CALL Heartbeat id=1 {}``.

    The frame is put back together from the kind, the action, the id and the JSON after it;
    the station is the pair of ends, the direction the sender.
    """
    match = _ENGINE_LINE.search(line)
    if match is None:
        return None
    sender, target, kind, message_id = match.groups()
    mtype = _KINDS[kind]
    at = match.end()
    try:
        if mtype in (CALLERROR, CALLRESULTERROR):  # ... <code> "<description>" {details}
            gap = line.index(" ", at)
            description, end = _decoder.raw_decode(line, gap + 1)
            details, _ = _decoder.raw_decode(line, end + 1)
            frame: list[Any] = [mtype, message_id, line[at:gap], description, details]
        else:
            payload, _ = _decoder.raw_decode(line, at)
            if mtype == CALLRESULT:
                frame = [mtype, message_id, payload]
            else:
                frame = [mtype, message_id, line[match.end(3) + 1 :].split(" ", 1)[0], payload]
    except (ValueError, RecursionError):
        return None
    return Entry(frame, None, "|".join(sorted((sender, target))), sender, target, None)


def read_line(line: str) -> Entry | None:
    """Find the frame on a log line, with the station and direction the line names.

    Returns:
        the `Entry`, or ``None`` when the line holds no frame.
    """
    first = line[:1]
    if first == "{" or (first.isspace() and line.lstrip()[:1] == "{"):
        return _json_entry(line)
    if " id=" in line:
        entry = _engine_entry(line)
        if entry is not None:
            return entry
    return _text_entry(line)


def line_time(line: str) -> str | float | None:
    """Return the time a log line carries (a date-time text or an epoch number), if any."""
    if line.lstrip()[:1] == "{":
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            return None
        if type(record) is not dict:
            return None
        for key in _TIME_KEYS:
            value = record.get(key)
            if type(value) is int or type(value) is float:
                return float(value)
            if type(value) is str:
                match = _TIME.search(value)
                if match:
                    return match.group().replace(" ", "T").replace(",", ".")
        return None
    start = _FRAME_START.search(line)
    match = _TIME.search(line, 0, start.start() if start else len(line))
    return match.group().replace(" ", "T").replace(",", ".") if match else None


def extract_frame(line: str) -> tuple[Any, str | None]:
    """Find the OCPP-J frame on a log line.

    Returns:
        ``(frame, None)`` when a frame was found, ``(None, reason)`` when the line starts a
        frame that cannot be read (not JSON, or cut short), and ``(None, None)`` when the line
        holds no frame at all.
    """
    entry = read_line(line)
    if entry is None:
        return None, None
    return entry.frame, entry.error


def infer_version(frames: Iterable[Any]) -> Version | None:
    """Guess the OCPP version of a log from some of its frames.

    Each version scores one point per CALL whose action it defines and whose payload passes
    its request schema; the best score wins (ties go to the older version, since 2.1 accepts
    most of 2.0.1). OCPP 1.5, which has no OCPP-J, is never guessed (``--version`` names it).
    Returns ``None`` when no CALL could be scored.
    """
    scores: Counter[Version] = Counter()
    seen = False
    for frame in frames:
        if not (
            isinstance(frame, list)
            and len(frame) == 4
            and message_type(frame) in (CALL, SEND)
            and isinstance(frame[2], str)
            and isinstance(frame[3], dict)
        ):
            continue
        seen = True
        for version in _GUESSED:
            validator = validator_for(version, frame[2], False)
            if validator is None:
                continue
            try:
                check_schema(validator, frame[3])
            except SchemaViolation:
                continue
            scores[version] += 1
    if not seen or not scores:
        return None
    best = max(scores.values())
    return next(v for v in _GUESSED if scores[v] == best)


def guess_newest_first(sample: Iterable[tuple[Entry, str | float | None]]) -> str | None:
    """Tell whether a log is newest-first from its first entries and their times.

    The times decide when they move at all: mostly decreasing means newest-first. Without
    times, the pairs decide: more answers followed by their CALL than preceded by it.

    Returns:
        the reason in words when the log looks newest-first, else ``None``.
    """
    up = down = forward = backward = 0
    last: str | float | None = None
    calls: set[tuple[str | None, str | None, str]] = set()
    answers: set[tuple[str | None, str | None, str]] = set()
    for entry, when in sample:
        if when is not None:
            if last is not None and type(when) is type(last):
                if when > last:  # type: ignore[operator]
                    up += 1
                elif when < last:  # type: ignore[operator]
                    down += 1
            last = when
        frame = entry.frame
        if type(frame) is not list or len(frame) < 2 or type(frame[1]) is not str:
            continue
        mtype = message_type(frame)
        if mtype == CALL:
            key = (entry.station, entry.direction, frame[1])
            calls.add(key)
            if key in answers:
                backward += 1
        elif mtype in (CALLRESULT, CALLERROR):
            key = (entry.station, entry.reverse, frame[1])
            answers.add(key)
            if key in calls:
                forward += 1
    if up or down:
        return "its timestamps decrease" if down > up else None
    if backward > forward and backward >= 2:
        return "its answers come before their CALLs"
    return None


# -- the checker -------------------------------------------------------------------------------


@attrs.frozen
class Problem:
    """One problem found in a log.

    Attributes:
        line: the 1-based line number (in the file it came from).
        message_id: the frame's message id, when readable.
        action: the action of the CALL (or of the CALL an answer belongs to), when known.
        path: the JSON path of the offending value inside the payload (empty: the payload or
            the frame itself).
        code: the OCPP error code a Device would answer the frame with (or fail the CALL it
            answers with), in the version's spelling, or ``None`` where it has none.
        message: what is wrong, in words.
        source: the file the line came from (``"-"`` for stdin).
        reaction: what a Device does with the frame: ``"answer"``, ``"raise"``, ``"drop"`` or
            ``"accept"`` (it reads the frame though it breaks a rule).
    """

    line: int
    message_id: str | None
    action: str | None
    path: str
    code: str | None
    message: str
    source: str = "-"
    reaction: str = ANSWER

    def as_dict(self) -> dict[str, Any]:
        """Return the problem as a JSON-ready dict."""
        return attrs.asdict(self)


_NO_CODE: Final = {DROP: "(dropped)", ACCEPT: "(accepted)"}
_NONE: Final[list[Any]] = []  # returned for "no problem": never appended to


class _Held(NamedTuple):
    """An answer of a newest-first log, waiting for the CALL after it, with its judgement."""

    number: int
    entry: Entry
    source: str
    kind: Any


class LogChecker:
    """Checks a stream of log lines against one OCPP version.

    Args:
        version: the version of the traffic.
        newest_first: the log runs from the newest line to the oldest: each answer is paired
            with the CALL that follows it.
    """

    def __init__(self, version: Version, *, newest_first: bool = False) -> None:
        self.version = version
        self.rules = rules_for(version)
        self.newest_first = newest_first
        self.frames = 0
        self.lines = 0
        self.unanswered = 0
        self.unpaired = 0
        self.unpaired_lines: list[tuple[str, int, str]] = []
        self.by_action: Counter[str] = Counter()
        self.problems_by_action: Counter[str] = Counter()
        self.problems_by_code: Counter[str] = Counter()
        self.problem_count = 0
        self._pending: OrderedDict[tuple[str | None, str | None, str], str | None] = OrderedDict()
        self._held: OrderedDict[tuple[str | None, str | None, str], _Held] = OrderedDict()

    # -- input ----------------------------------------------------------------------------

    def check_line(self, number: int, line: str, source: str = "-") -> list[Problem]:
        """Check one log line.

        Returns:
            the problems it has (most often none). In a newest-first log, an answer's problems
            come with the CALL that follows it, and carry the answer's line.
        """
        self.lines += 1
        entry = read_line(line)
        if entry is None:
            return _NONE
        if entry.error is not None:
            self.frames += 1
            verdict = judge_unreadable(self.rules, entry.error)
            return [self._problem(number, None, None, verdict, source)]
        return self.check_entry(number, entry, source)

    def check_frame(self, number: int, frame: Any, source: str = "-") -> list[Problem]:
        """Check one parsed frame with no station or direction; returns its problems."""
        return self.check_entry(number, Entry(frame, None, None, None, None, None), source)

    def check_entry(self, number: int, entry: Entry, source: str = "-") -> list[Problem]:
        """Check the frame of one `Entry` (see `read_line`); returns its problems."""
        self.frames += 1
        frame = entry.frame
        rules = self.rules
        raw = entry.raw
        if raw is not None and len(raw) > _SCREEN_ABOVE:
            kind = judge_frame(frame, raw, rules)
        else:  # the common case, without a call
            kind = check(frame, rules, _MAX_ID)
        if kind.__class__ is Rejection:
            return self._rejected(number, entry, kind, source)
        if kind in (CALLRESULT, CALLERROR):
            return self._pair(number, entry, kind, source)
        if kind == CALLRESULTERROR:  # the Device reports it to a hook, whatever its shape
            found = _error_shape(frame, rules, "CALLRESULTERROR", CALLRESULTERROR)
            return (
                _NONE if found is None else [self._problem(number, frame[1], None, found, source)]
            )
        message_id, action = frame[1], frame[2]
        self.by_action[action] += 1
        call = None
        if kind == CALL:
            call = self._call(entry, message_id, action)
            if action not in rules.actions:
                found = Verdict(
                    ANSWER, "NotImplemented", f"{action} is not an action of {rules.version.value}"
                )
            else:
                found = judge_payload(CALL, action, frame[3], self.version)
        elif action not in rules.send_actions:
            found = Verdict(DROP, None, f"{action} is not a SEND action of {rules.version.value}")
        else:
            found = judge_payload(SEND, action, frame[3], self.version)
        if found is None:
            return _NONE if call is None else [call]
        problem = self._problem(number, message_id, action, found, source)
        return [problem] if call is None else [call, problem]

    def _rejected(
        self, number: int, entry: Entry, rejection: Rejection, source: str
    ) -> list[Problem]:
        """A frame the Device rejects; an answer that fails a call is paired with it first."""
        if rejection.fails_call:
            return self._pair(number, entry, rejection, source)
        frame = entry.frame
        mtype = rejection.message_type
        # A CALL answered on its id (even an over-long one) is paired with that answer.
        message_id = rejection.message_id
        if message_id is None and mtype == CALL and rejection.reply_to is not None:
            message_id = rejection.reply_to
        action = None
        problems = []
        if (
            message_id is not None
            and mtype in (CALL, SEND)
            and len(frame) > 2
            and type(frame[2]) is str
        ):
            action = frame[2]
            self.by_action[action] += 1
        if message_id is not None and mtype == CALL:
            found = self._call(entry, message_id, action)
            if found is not None:
                problems.append(found)
        problems.append(self._problem(number, message_id, action, verdict(rejection), source))
        return problems

    def _pair(self, number: int, entry: Entry, kind: Any, source: str) -> list[Problem]:
        """An answer (CALLRESULT, CALLERROR): judged with the CALL it answers, if any."""
        message_id = entry.frame[1]
        key = (entry.station, entry.reverse, message_id)
        if self.newest_first:
            self._hold(key, _Held(number, entry, source, kind))
            return _NONE
        action = self._pending.pop(key, _MISSING)
        if action is _MISSING:  # the Device drops an answer to no call of its own
            self._unpaired(source, number, message_id)
            return _NONE
        found = self._answer(number, entry, kind, action, source)
        return _NONE if found is None else [found]

    def finish(self) -> None:
        """Count what is left at the end of the log: held answers of a newest-first log."""
        for key, held in self._held.items():
            self._unpaired(held.source, held.number, key[2])
        self._held.clear()

    def _call(self, entry: Entry, message_id: str, action: str | None) -> Problem | None:
        """Pair a CALL: remember it, or (newest-first) check the answer held for it."""
        key = (entry.station, entry.direction, message_id)
        if not self.newest_first:
            pending = self._pending
            if pending.pop(key, _MISSING) is not _MISSING:
                self.unanswered += 1  # the same id again before an answer: the first had none
            pending[key] = action
            if len(pending) > MAX_PENDING:
                pending.popitem(last=False)
                self.unanswered += 1
            return None
        held = self._held.pop(key, None)
        if held is None:
            self.unanswered += 1
            return None
        return self._answer(held.number, held.entry, held.kind, action, held.source)

    def _answer(
        self, number: int, entry: Entry, kind: Any, action: str | None, source: str
    ) -> Problem | None:
        """Judge an answer paired with its CALL (of *action*, when the log told it)."""
        frame = entry.frame
        if kind.__class__ is Rejection:
            found: Verdict | None = verdict(kind)
        elif kind == CALLRESULT:
            found = (
                None
                if action is None or action not in self.rules.actions
                else judge_payload(CALLRESULT, action, frame[2], self.version)
            )
        else:
            found = _error_shape(frame, self.rules, "CALLERROR", CALLERROR)
        if found is None:
            return None
        return self._problem(number, frame[1], action, found, source)

    def _hold(self, key: tuple[str | None, str | None, str], held: _Held) -> None:
        old = self._held.pop(key, None)
        if old is not None:
            self._unpaired(old.source, old.number, key[2])
        self._held[key] = held
        if len(self._held) > MAX_PENDING:
            _, old = self._held.popitem(last=False)
            self._unpaired(old.source, old.number, old.entry.frame[1])

    def _unpaired(self, source: str, number: int, message_id: str) -> None:
        self.unpaired += 1
        if len(self.unpaired_lines) < MAX_UNPAIRED_LISTED:
            self.unpaired_lines.append((source, number, message_id))

    def _problem(
        self, line: int, message_id: str | None, action: str | None, verdict: Verdict, source: str
    ) -> Problem:
        spelled = None if verdict.code is None else self.rules.spell(verdict.code)
        self.problem_count += 1
        self.problems_by_action[action or "-"] += 1
        self.problems_by_code[spelled or _NO_CODE.get(verdict.reaction, "(none)")] += 1
        return Problem(
            line,
            message_id,
            action,
            verdict.path,
            spelled,
            verdict.message,
            source,
            verdict.reaction,
        )

    # -- output ---------------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        """Return the counters of everything checked so far, JSON-ready."""
        return {
            "version": self.version.value,
            "order": "newest-first" if self.newest_first else "oldest-first",
            "lines": self.lines,
            "frames": self.frames,
            "problems": self.problem_count,
            "unanswered_calls": self.unanswered + len(self._pending),
            "answers_without_call": self.unpaired + len(self._held),
            "answers_without_call_listed": [
                {"source": s, "line": n, "message_id": m} for s, n, m in self.unpaired_lines
            ],
            "calls_by_action": dict(sorted(self.by_action.items())),
            "problems_by_action": dict(sorted(self.problems_by_action.items())),
            "problems_by_code": dict(sorted(self.problems_by_code.items())),
        }
