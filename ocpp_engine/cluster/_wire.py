"""The bytes the cluster puts on the bus: call requests, their answers and station events.

Every message is one JSON object (orjson when installed). The bus carries them without reading
them; only the `Cluster` and its edge encode and decode them, so all engines share one format.

- `CallRequest`: what the API process asks of a station's edge: the action, the payload, the
  seconds it will wait, its wall-clock deadline (an edge drops a request that arrives after it,
  so a request delayed in a broker's buffer is never sent late), the version a typed request
  was made for, and the calling node.
- `CallReply`: what the edge answers: the CALLRESULT payload, a CALLERROR (code, description,
  details), or a failure at the edge (`FAILURES` names each kind and the exception it becomes).
- `StationEvent`: a station connected, disconnected or booted, on which node, in which version.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from typing import Any, Final

import attrs

from .._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    InvalidPayloadError,
    LocalProtocolError,
    RemoteProtocolError,
    UnknownActionError,
)
from ._bus import ClusterError, StationNotConnected

__all__ = [
    "EVENT_KINDS",
    "FAILURES",
    "CallReply",
    "CallRequest",
    "StationEvent",
    "WireError",
    "decode_event",
    "decode_reply",
    "decode_request",
    "encode",
]

try:
    import orjson

    def _dumps(value: Any) -> bytes:
        return orjson.dumps(value)

    _loads: Callable[[bytes], Any] = orjson.loads
except ImportError:  # pragma: no cover - depends on the environment

    def _dumps(value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()

    _loads = json.loads


class WireError(ClusterError, ValueError):
    """Bytes from the bus that are not a message of the cluster's format."""


@attrs.frozen
class CallRequest:
    """A CALL for a station, on its way to the node that holds it.

    Attributes:
        action: the OCPP action.
        payload: the request payload (wire form).
        timeout: the seconds the caller waits for the answer.
        deadline: the caller's deadline, wall-clock seconds since the epoch.
        version: the version a typed request belongs to (``None`` for a plain dict call); the
            edge refuses it for a station that speaks another version.
        caller: the calling node.
    """

    action: str
    payload: dict[str, Any]
    timeout: float
    deadline: float
    version: str | None = None
    caller: str = ""

    def to_bytes(self) -> bytes:
        """Encode for the bus. Raises nothing (the payload is JSON already)."""
        return _dumps(
            {
                "a": self.action,
                "p": self.payload,
                "t": self.timeout,
                "d": self.deadline,
                "v": self.version,
                "c": self.caller,
            }
        )


@attrs.frozen
class CallReply:
    """The edge's answer to a `CallRequest`.

    Attributes:
        kind: ``"result"`` (a CALLRESULT), ``"error"`` (a CALLERROR) or ``"failure"`` (the
            edge could not get an answer; *code* is a key of `FAILURES`).
        payload: the CALLRESULT payload.
        code: the CALLERROR code, or the failure kind.
        description: the CALLERROR description, or what failed.
        details: the CALLERROR details, or more about the failure.
    """

    kind: str
    payload: Any = None
    code: str = ""
    description: str = ""
    details: dict[str, Any] = attrs.field(factory=dict)

    @classmethod
    def result(cls, payload: Any) -> CallReply:
        """A CALLRESULT answer. Raises nothing."""
        return cls("result", payload)

    @classmethod
    def error(cls, error: CallError) -> CallReply:
        """A CALLERROR answer. Raises nothing."""
        return cls("error", None, error.code, error.description, dict(error.details))

    @classmethod
    def failure(
        cls, kind: str, description: str = "", details: Mapping[str, Any] | None = None
    ) -> CallReply:
        """A failure at the edge; *kind* is a key of `FAILURES`. Raises nothing."""
        return cls("failure", None, kind, description, dict(details or {}))

    def to_bytes(self) -> bytes:
        """Encode for the bus. Raises nothing."""
        body: dict[str, Any] = {"k": self.kind}
        if self.kind == "result":
            body["p"] = self.payload
        else:
            body.update(c=self.code, m=self.description, x=self.details)
        return _dumps(body)

    def outcome(self, identity: str, action: str, timeout: float) -> Any:
        """Return the CALLRESULT payload, or raise what the answer stands for.

        Raises:
            CallError: the station answered with a CALLERROR.
            StationNotConnected: the station left the edge before the call was sent.
            CallTimeoutError: the station did not answer the edge in time.
            ConnectionClosedError: the station disconnected while the call waited.
            LocalProtocolError: the edge refused the call before sending it (a subclass
                such as `InvalidPayloadError` or `UnknownActionError` says why).
            RemoteProtocolError: the station's answer broke the protocol.
            ClusterError: any other failure at the edge.
        """
        if self.kind == "result":
            return self.payload
        if self.kind == "error":
            raise CallError(self.code, self.description, self.details)
        make = FAILURES.get(self.code)
        if make is None:
            raise ClusterError(f"the edge failed: {self.code}: {self.description}")
        raise make(self, identity, action, timeout)


@attrs.frozen
class StationEvent:
    """A station's connection changed on an edge node.

    Attributes:
        kind: one of `EVENT_KINDS`: ``"connected"``, ``"disconnected"``, ``"booted"`` (its
            BootNotification was answered Accepted).
        identity: the station.
        node: the edge node.
        version: the negotiated OCPP version, such as ``"ocpp2.0.1"``.
        time: when it happened, seconds since the epoch (the edge's clock).
    """

    kind: str
    identity: str
    node: str
    version: str | None = None
    time: float = attrs.field(factory=time.time)

    def to_bytes(self) -> bytes:
        """Encode for the bus. Raises nothing."""
        return _dumps(
            {"e": self.kind, "i": self.identity, "n": self.node, "v": self.version, "t": self.time}
        )


#: The kinds of `StationEvent`.
EVENT_KINDS: Final = frozenset({"connected", "disconnected", "booted"})


def encode(message: CallRequest | CallReply | StationEvent) -> bytes:
    """Encode any cluster message. Raises nothing."""
    return message.to_bytes()


def _object(raw: bytes) -> dict[str, Any]:
    try:
        value = _loads(raw)
    except (ValueError, TypeError, RecursionError) as exc:
        raise WireError(f"not JSON: {exc}") from None
    if not isinstance(value, dict):
        raise WireError("not a JSON object")
    return value


def _string(body: Mapping[str, Any], key: str, *, optional: bool = False) -> Any:
    value = body.get(key)
    if isinstance(value, str) or (optional and value is None):
        return value
    raise WireError(f"field {key!r} is not a string")


def _number(body: Mapping[str, Any], key: str) -> float:
    value = body.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise WireError(f"field {key!r} is not a number")
    return float(value)


def decode_request(raw: bytes) -> CallRequest:
    """Decode a `CallRequest`.

    Raises:
        WireError: *raw* is not one.
    """
    body = _object(raw)
    payload = body.get("p")
    if not isinstance(payload, dict):
        raise WireError("field 'p' is not an object")
    return CallRequest(
        _string(body, "a"),
        payload,
        _number(body, "t"),
        _number(body, "d"),
        _string(body, "v", optional=True),
        _string(body, "c", optional=True) or "",
    )


def decode_reply(raw: bytes) -> CallReply:
    """Decode a `CallReply`.

    Raises:
        WireError: *raw* is not one.
    """
    body = _object(raw)
    kind = body.get("k")
    if kind == "result":
        return CallReply.result(body.get("p"))
    if kind not in ("error", "failure"):
        raise WireError(f"unknown reply kind {kind!r}")
    details = body.get("x")
    return CallReply(
        kind,
        None,
        _string(body, "c"),
        _string(body, "m"),
        details if isinstance(details, dict) else {},
    )


def decode_event(raw: bytes) -> StationEvent:
    """Decode a `StationEvent`.

    Raises:
        WireError: *raw* is not one.
    """
    body = _object(raw)
    kind = _string(body, "e")
    if kind not in EVENT_KINDS:
        raise WireError(f"unknown event kind {kind!r}")
    return StationEvent(
        kind,
        _string(body, "i"),
        _string(body, "n"),
        _string(body, "v", optional=True),
        _number(body, "t"),
    )


def _remote(reply: CallReply, identity: str, action: str, timeout: float) -> Exception:
    classes = {cls.error_code: cls for cls in _subclasses(RemoteProtocolError)}
    cls = classes.get(_detail(reply, "code"), RemoteProtocolError)
    return cls(reply.description, path=_detail(reply, "path"), rule=_detail(reply, "rule"))


def _subclasses(cls: type[RemoteProtocolError]) -> list[type[RemoteProtocolError]]:
    found = []
    for sub in cls.__subclasses__():
        found.append(sub)
        found.extend(_subclasses(sub))
    return found


def _detail(reply: CallReply, key: str) -> str:
    value = reply.details.get(key, "")
    return value if isinstance(value, str) else ""


Failure = Callable[[CallReply, str, str, float], Exception]

#: The failures an edge reports, and the exception each becomes for the caller.
FAILURES: Final[Mapping[str, Failure]] = {
    "not_connected": lambda r, identity, a, t: StationNotConnected(identity),
    "timeout": lambda r, i, action, timeout: CallTimeoutError(
        action, _detail(r, "message_id"), timeout
    ),
    "closed": lambda r, i, a, t: ConnectionClosedError(r.description),
    "invalid": lambda r, i, a, t: InvalidPayloadError(
        r.description, code=_detail(r, "code") or "FormatViolation", path=_detail(r, "path")
    ),
    "unknown_action": lambda r, i, a, t: UnknownActionError(r.description),
    "local": lambda r, i, a, t: LocalProtocolError(r.description),
    "remote": _remote,
    "bad_request": lambda r, i, a, t: ClusterError(f"the edge cannot read it: {r.description}"),
}
