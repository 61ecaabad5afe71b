"""Checking OCPP-J traffic logs: the engine behind ``ocpp-engine validate``.

A log is read one line at a time. Each line may carry one frame with decorations around it
(a timestamp, a direction arrow or word, a station id); the frame is the first JSON array on the
line that starts like an OCPP-J frame (``[2,``, ``[3,`` ... ``[6,``). CALLs are paired with their
answers by message id, and every payload is checked against the schemas of the version, which is
given or inferred from the first frames. Each problem names the line, the message id, the
action, the JSON path and the OCPP error code a `Device` would answer with.

The checker streams: memory holds only the CALLs still waiting for their answers (bounded) and
the counters of the summary.
"""

from __future__ import annotations

import json
import re
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from typing import Any, Final

import attrs

from ._validation import SchemaViolation, check, validator_for
from ._versions import CALL, CALLERROR, CALLRESULT, CALLRESULTERROR, SEND, Version, rules_for

__all__ = ["LogChecker", "Problem", "extract_frame", "infer_version"]

_FRAME_START: Final = re.compile(r"\[\s*[2-6]\s*,")
_decoder: Final = json.JSONDecoder()
#: CALLs remembered while they wait for their answers; older ones are forgotten beyond this.
MAX_PENDING: Final = 100_000
#: Frames looked at before the version is inferred.
INFERENCE_WINDOW: Final = 200


@attrs.frozen
class Problem:
    """One problem found in a log.

    Attributes:
        line: the 1-based line number (in the file it came from).
        message_id: the frame's message id, when readable.
        action: the action of the CALL (or of the CALL an answer belongs to), when known.
        path: the JSON path of the offending value inside the payload (empty: the payload or
            the frame itself).
        code: the OCPP error code a Device would answer with, in the version's spelling, or
            ``None`` where a Device would drop the frame without answering.
        message: what is wrong, in words.
        source: the file the line came from (``"-"`` for stdin).
    """

    line: int
    message_id: str | None
    action: str | None
    path: str
    code: str | None
    message: str
    source: str = "-"

    def as_dict(self) -> dict[str, Any]:
        """Return the problem as a JSON-ready dict."""
        return attrs.asdict(self)


def extract_frame(line: str) -> tuple[Any, str | None]:
    """Find the OCPP-J frame on a log line.

    Returns:
        ``(frame, None)`` when a frame was found, ``(None, reason)`` when the line starts a
        frame that is not valid JSON, and ``(None, None)`` when the line holds no frame at all.
    """
    first_error: str | None = None
    for match in _FRAME_START.finditer(line):
        try:
            frame, _ = _decoder.raw_decode(line, match.start())
        except (ValueError, RecursionError) as exc:
            if first_error is None:
                first_error = f"the frame is not valid JSON ({exc})"
            continue
        return frame, None
    return None, first_error


def infer_version(frames: Iterable[Any]) -> Version | None:
    """Guess the OCPP version of a log from some of its frames.

    Each version scores one point per CALL whose action it defines and whose payload passes
    its request schema; the best score wins (ties go to the older version, since 2.1 accepts
    most of 2.0.1). Returns ``None`` when no CALL could be scored.
    """
    scores: Counter[Version] = Counter()
    seen = False
    for frame in frames:
        if not (isinstance(frame, list) and len(frame) == 4 and frame[0] in (CALL, SEND)
                and isinstance(frame[2], str) and isinstance(frame[3], dict)):
            continue
        seen = True
        for version in Version:
            validator = validator_for(version, frame[2], False)
            if validator is None:
                continue
            try:
                check(validator, frame[3])
            except SchemaViolation:
                continue
            scores[version] += 1
    if not seen or not scores:
        return None
    best = max(scores.values())
    return next(v for v in Version if scores[v] == best)


class LogChecker:
    """Checks a stream of log lines against one OCPP version.

    Args:
        version: the version of the traffic.
    """

    def __init__(self, version: Version) -> None:
        self.version = version
        self.rules = rules_for(version)
        self.frames = 0
        self.lines = 0
        self.unanswered = 0
        self.by_action: Counter[str] = Counter()
        self.problems_by_action: Counter[str] = Counter()
        self.problems_by_code: Counter[str] = Counter()
        self.problem_count = 0
        self._pending: OrderedDict[str, str] = OrderedDict()
        # 1.6 drops a frame it cannot read; 2.x answers it with RpcFrameworkError, id "-1".
        self._unreadable_code = "RpcFrameworkError" if self.rules.answer_unreadable else None

    # -- input ----------------------------------------------------------------------------

    def check_line(self, number: int, line: str, source: str = "-") -> Iterator[Problem]:
        """Check one log line; yields the problems it has."""
        self.lines += 1
        frame, error = extract_frame(line)
        if error is not None:
            yield self._problem(number, None, None, "", self._unreadable_code, error, source)
            return
        if frame is None:
            return
        yield from self.check_frame(number, frame, source)

    def check_frame(self, number: int, frame: Any, source: str = "-") -> Iterator[Problem]:
        """Check one parsed frame; yields the problems it has."""
        self.frames += 1
        rules = self.rules
        mtype = frame[0]
        message_id = frame[1] if len(frame) > 1 else None
        if not isinstance(message_id, str) or len(message_id) > 36:
            yield self._problem(number, None, None, "",
                                None if mtype in (CALLRESULT, CALLERROR, CALLRESULTERROR)
                                else self._unreadable_code,
                                "the message id is missing or not a string of at most 36 "
                                "characters", source)
            return
        if mtype not in rules.message_types:
            yield self._problem(
                number, message_id, None, "",
                "MessageTypeNotSupported" if rules.answer_unknown_type else None,
                f"message type {mtype} does not exist in {self.version.value}", source)
            return
        if mtype in (CALL, SEND):
            yield from self._check_call(number, frame, message_id, source)
        elif mtype == CALLRESULT:
            yield from self._check_result(number, frame, message_id, source)
        elif mtype in (CALLERROR, CALLRESULTERROR):
            yield from self._check_error(number, frame, message_id, source)

    def _check_call(self, number: int, frame: list[Any], message_id: str,
                    source: str) -> Iterator[Problem]:
        is_send = frame[0] == SEND
        if len(frame) != 4 or not isinstance(frame[2], str):
            yield self._problem(number, message_id, None, "", "RpcFrameworkError",
                                "a CALL is [2, messageId, action, payload]", source)
            return
        action, payload = frame[2], frame[3]
        self.by_action[action] += 1
        if not is_send:
            self._remember(message_id, action)
        table = self.rules.send_actions if is_send else self.rules.actions
        if action not in table:
            yield self._problem(number, message_id, action, "", "NotImplemented",
                                f"{action} is not an action of {self.version.value}", source)
            return
        if not isinstance(payload, dict):
            yield self._problem(number, message_id, action, "", "FormatViolation",
                                "the payload is not a JSON object", source)
            return
        yield from self._validate(number, message_id, action, payload, False, source)

    def _check_result(self, number: int, frame: list[Any], message_id: str,
                      source: str) -> Iterator[Problem]:
        action = self._pending.pop(message_id, None)
        if action is None:
            yield self._problem(number, message_id, None, "", None,
                                "a CALLRESULT for a message id with no CALL before it", source)
            return
        if len(frame) != 3 or not isinstance(frame[2], dict):
            yield self._problem(number, message_id, action, "", "FormatViolation",
                                "a CALLRESULT is [3, messageId, payload]", source)
            return
        yield from self._validate(number, message_id, action, frame[2], True, source)

    def _check_error(self, number: int, frame: list[Any], message_id: str,
                     source: str) -> Iterator[Problem]:
        action = self._pending.pop(message_id, None) if frame[0] == CALLERROR else None
        if frame[0] == CALLERROR and action is None:
            yield self._problem(number, message_id, None, "", None,
                                "a CALLERROR for a message id with no CALL before it", source)
            return
        if len(frame) != 5 or not isinstance(frame[2], str) or not isinstance(frame[3], str) \
                or not isinstance(frame[4], dict):
            yield self._problem(number, message_id, action, "", "RpcFrameworkError",
                                "a CALLERROR is [4, messageId, errorCode, errorDescription, "
                                "errorDetails]", source)
            return
        if frame[2] not in self.rules.error_codes:
            spelled = self.rules.normalise(frame[2])
            hint = f"; {self.version.value} spells it {spelled!r}" \
                if spelled in self.rules.error_codes else ""
            yield self._problem(number, message_id, action, "", None,
                                f"error code {frame[2]!r} is not defined by "
                                f"{self.version.value}{hint}", source)
        limit = self.rules.max_description
        if limit is not None and len(frame[3]) > limit:
            yield self._problem(number, message_id, action, "", None,
                                f"errorDescription is longer than {limit} characters", source)

    def _validate(self, number: int, message_id: str, action: str, payload: dict[str, Any],
                  response: bool, source: str) -> Iterator[Problem]:
        validator = validator_for(self.version, action, response)
        if validator is None:
            return
        try:
            check(validator, payload)
        except SchemaViolation as v:
            kind = "response" if response else "request"
            yield self._problem(number, message_id, action, v.path, v.code,
                                f"{action} {kind}: {v} ({v.rule})", source)

    def _remember(self, message_id: str, action: str) -> None:
        pending = self._pending
        pending[message_id] = action
        if len(pending) > MAX_PENDING:
            pending.popitem(last=False)
            self.unanswered += 1

    def _problem(self, line: int, message_id: str | None, action: str | None, path: str,
                 code: str | None, message: str, source: str) -> Problem:
        spelled = None if code is None else self.rules.spell(code)
        self.problem_count += 1
        self.problems_by_action[action or "-"] += 1
        self.problems_by_code[spelled or "(dropped)"] += 1
        return Problem(line, message_id, action, path, spelled, message, source)

    # -- output ---------------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        """Return the counters of everything checked so far, JSON-ready."""
        return {
            "version": self.version.value,
            "lines": self.lines,
            "frames": self.frames,
            "problems": self.problem_count,
            "unanswered_calls": self.unanswered + len(self._pending),
            "calls_by_action": dict(sorted(self.by_action.items())),
            "problems_by_action": dict(sorted(self.problems_by_action.items())),
            "problems_by_code": dict(sorted(self.problems_by_code.items())),
        }
