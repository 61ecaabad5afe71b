"""How a device does its work: every step, each written once.

`ocpp_engine._device.Device` is the public face; this is the machinery under it, one section
per kind of step. The rules each step applies live elsewhere and are only looked up here:

- which received frame is what, and what a broken one is answered with: `_frames`;
- the size and depth limits: `_limits`; the version's rules: `_versions`;
- our calls in flight and waiting, and their deadlines: `_outstanding`;
- how a step runs (synchronously until it must wait, then in a task): `_runner`;
- which hooks exist, what they may change, and how they run: `_hooks`;
- the schemas: `_validation`.

Every step (answering a CALL, resolving a call, sending a frame) is a generator that yields
only where it must wait for something asynchronous; `Runner.run` drives it. Three steps keep
their work in a plain method and wrap their hooks around it, so that a device without those
hooks calls the method without making a generator: sending a frame (`_send_step` around
`_hand_over`, which alone calls the sender, and `_settle`, which alone handles its outcome),
replying to a CALL (`_reply_result` around `_put_result`) and resolving our call
(`_result_step` around `_resolve_call`).

Where each rule is applied:

=======================================================  ====================================
rule                                                     here
=======================================================  ====================================
screen, judge and dispatch a received frame; count       `Engine._screened`
broken frames in a row
answer or drop a rejected frame, fail the call it        `Engine._rejected`
answers
which handler answers the peer's action (NotImplemented, `Engine._resolve`
NotSupported)
duplicate CALL ids, ``max_incoming_calls``               `Engine._call_step`
a handler's answer: validated, sent, ``after_reply``     `Engine._call_step`, `_put_result`
CALLERROR of ours                                        `Engine._reply_error`
the answer to our call: validated, resolved,             `Engine._resolve_call`,
CALLRESULTERROR (2.1)                                    `Engine._reject_result`
a CALLERROR for our call                                 `Engine._on_error`, `_error_step`
frames leave in order, one sender call at a time         `Engine._transmit`, `_drain`
a sender's failure                                       `Engine._settle`
our calls: turn, deadline, timeout                       `_outstanding`, `Engine._dispatch`,
                                                         `_on_alarm`
what we may send (action, role, schema)                  `Engine._check_outgoing`
=======================================================  ====================================
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable, Generator, Mapping
from types import CoroutineType
from typing import Any, Final

from . import _frames
from ._clock import Clock, TimerHandle
from ._codec import Codec
from ._context import AfterSent, CallContext, Done, Handler, Sender
from ._errors import (
    CallError,
    CallTimeoutError,
    FormatViolationError,
    InvalidPayloadError,
    LocalProtocolError,
    NotConnectedError,
    RemoteProtocolError,
    RpcFrameworkError,
    UnknownActionError,
    remote_error_for,
)
from ._frames import Rejection
from ._hooks import HookContext, HookName, Hooks
from ._hooks import after as _after
from ._hooks import before as _before
from ._hooks import report as _report
from ._ids import MAX_MESSAGE_ID_LENGTH
from ._limits import CloseRequest, CloseRequestHandler, Limits, screen
from ._outstanding import Outstanding, Pending
from ._runner import Runner, Step, finish, start
from ._validation import CustomAction, Direction, SchemaViolation, Validation, Validator, check
from ._validation import validator_for as _shared_validator
from ._versions import (
    CALL,
    CALLERROR,
    CALLRESULT,
    CALLRESULTERROR,
    SEND,
    Role,
    Version,
    VersionRules,
)

__all__ = ["Engine"]

logger = logging.getLogger("ocpp_engine")

_INTERNAL_ERROR_TEXT: Final = "An internal error occurred while processing the request"
_MISSING: Final[Any] = object()

# Shared by every device that keeps the default policy (immutable; one per device cost 432 B).
_THEIR_CALL: Final = Direction.THEIR_CALL
_OUR_RESULT: Final = Direction.OUR_RESULT
_THEIR_RESULT: Final = Direction.THEIR_RESULT
_OUR_CALL: Final = Direction.OUR_CALL

# The hook names, bound once (an enum member costs a descriptor call at each use).
_MESSAGE_RECEIVED: Final = HookName.MESSAGE_RECEIVED
_SEND_MESSAGE: Final = HookName.SEND_MESSAGE
_SEND_CALL: Final = HookName.SEND_CALL
_SEND_CALL_RESULT: Final = HookName.SEND_CALL_RESULT
_SEND_CALL_ERROR: Final = HookName.SEND_CALL_ERROR
_EXECUTE_CALL_HANDLER: Final = HookName.EXECUTE_CALL_HANDLER
_EXECUTE_CALL_RESULT_HANDLER: Final = HookName.EXECUTE_CALL_RESULT_HANDLER
_EXECUTE_CALL_ERROR_HANDLER: Final = HookName.EXECUTE_CALL_ERROR_HANDLER
_SEND_SEND: Final = HookName.SEND_SEND
_EXECUTE_SEND_HANDLER: Final = HookName.EXECUTE_SEND_HANDLER
_SEND_CALL_RESULT_ERROR: Final = HookName.SEND_CALL_RESULT_ERROR
_EXECUTE_CALL_RESULT_ERROR_HANDLER: Final = HookName.EXECUTE_CALL_RESULT_ERROR_HANDLER
_MESSAGE_DROPPED: Final = HookName.MESSAGE_DROPPED
_HANDLER_FAILED: Final = HookName.HANDLER_FAILED
_CONNECTED: Final = HookName.CONNECTED

#: How many of the peer's faults on one connection are logged before only powers of ten are.
LOG_FIRST: Final = 5
_DISCONNECTED: Final = HookName.DISCONNECTED


class Engine:
    """The state and the steps of a device; `Device` adds the public methods."""

    # Set by Device.__init__ (and the limits setter).
    sender: Sender
    identity: str | None
    hooks: Hooks
    call_timeout: float
    max_outstanding_calls: int
    role: Role | None
    on_close_request: CloseRequestHandler | None
    _peer_role: Role | None
    _validation: Validation
    _default_version: Version | None
    _handlers: dict[str, Handler]
    _custom: dict[str, CustomAction]
    _ids: Callable[[], str]
    _clock: Clock | None
    _alarm: tuple[TimerHandle, float, Clock] | None
    _rules: VersionRules | None
    _codec: Codec
    _vcache: dict[Direction, dict[str, Validator | None]]
    _calls: Outstanding
    _handling: dict[str, None]
    _runner: Runner
    _send_queue: deque[tuple[str, Pending | None, Done | None]] | None
    _unsent: dict[asyncio.Future[None], None] | None
    _limits: Limits
    _max_id_length: int
    _max_incoming: int
    _screen_above: int
    _bad_frames: int
    _faults: int

    # -- frames from the peer: screened (_limits), judged (_frames), acted on ------------------

    def _screened(self, raw: str | bytes) -> None:
        """Handle one frame: screen it, read it, act on it; count broken frames in a row."""
        rules = self._rules
        assert rules is not None
        if len(raw) > self._screen_above and (refusal := screen(raw, self._limits)) is not None:
            kind: Any = _frames.refused(refusal, rules)
        else:
            try:
                msg = self._codec.decode(raw)
            except (ValueError, RecursionError):
                msg = _frames.undecodable(raw, self._codec)
            kind = _frames.check(msg, rules, self._max_id_length)
        if kind.__class__ is Rejection:
            self._rejected(raw, kind)
            if kind.broken:
                self._broken()
            # A frame the version says to ignore is not broken, and leaves the count as it is.
            return
        elif kind == CALL:
            self._runner.run(self._call_step(msg[1], msg[2], msg[3], rules))
        elif kind == CALLRESULT:
            pending = self._take_pending(msg[1], raw)
            if pending is None:  # a late answer, or a broken frame (counted)
                return
            elif _EXECUTE_CALL_RESULT_HANDLER in self.hooks._active:
                self._runner.run(self._result_step(pending, msg[2]))
            else:  # the same step without its hooks
                error = self._resolve_call(pending, msg[2])
                if isinstance(error, RemoteProtocolError):
                    self._runner.run(self._reject_result(pending, error))
        elif kind == CALLERROR:
            pending = self._take_pending(msg[1], raw)
            if pending is None:
                return
            self._on_error(pending, msg)
        elif kind == SEND:
            self._on_send(msg[1], msg[2], msg[3], raw, rules)
        else:
            self._on_result_error(msg, raw)
        self._bad_frames = 0

    def _broken(self) -> None:
        """Count a broken frame; ask the transport to close at `Limits.max_bad_frames` in a row."""
        self._bad_frames += 1
        if self._bad_frames == self._limits.max_bad_frames and self._rules is not None:
            self._runner.run(
                self._request_close(CloseRequest(f"{self._bad_frames} broken frames in a row"))
            )

    def _receive_step(self, raw: str | bytes) -> Step:
        ctx = HookContext(_MESSAGE_RECEIVED, self, raw=_as_text(raw))
        try:
            yield from _before(self.hooks, _MESSAGE_RECEIVED, ctx)
        except Exception as exc:
            ctx.exception = exc
            self._refuse_after_hook(ctx.raw if ctx.raw is not None else raw, exc)
        else:
            if ctx.raw is not None:
                self._screened(ctx.raw)
        yield from _after(self.hooks, _MESSAGE_RECEIVED, ctx)

    def _refuse_after_hook(self, raw: str | bytes, exc: Exception) -> None:
        """A message_received before-hook raised: answer a CALL, drop anything else.

        A CALL here is a frame led by the integer 2 and a string id (`_frames.message_type`).
        """
        try:
            msg = self._codec.decode(raw)
            is_call = _frames.message_type(msg) == CALL and len(msg) > 1 and type(msg[1]) is str
        except (ValueError, RecursionError):
            is_call = False
        if is_call:
            if isinstance(exc, CallError):
                self._runner.run(self._reply_error(msg[1], exc.code, exc.description, exc.details))
            else:
                self._runner.run(
                    self._reply_error(msg[1], "InternalError", _INTERNAL_ERROR_TEXT, None)
                )
        else:
            self._dropped(raw, None, exc)

    def _rejected(self, raw: str | bytes, rejection: Rejection) -> None:
        """Act on a frame `_frames` rejected: answer it, fail our call, or drop it."""
        reply_to, message_id = rejection.reply_to, rejection.message_id
        mtype = rejection.message_type
        if reply_to is not None:
            self._runner.run(self._reply_error(reply_to, rejection.code, rejection.reason, None))
            if reply_to != _frames.UNREADABLE_ID:
                return
            message_id = None
        elif rejection.fails_call:
            assert message_id is not None
            if rejection.screened:
                if message_id in self._calls.in_flight:
                    pending = self._take_pending(message_id, raw, broken=False)
                    if pending is not None and not pending.future.done():
                        pending.future.set_exception(
                            FormatViolationError(rejection.reason, message_id=message_id)
                        )
                    return
                return self._dropped(
                    raw, message_id, RpcFrameworkError(rejection.reason, message_id=message_id)
                )
            pending = self._take_pending(message_id, raw, broken=False)
            if pending is None:
                return
            exc = remote_error_for(rejection.code)(rejection.reason, message_id=message_id)
            if mtype == CALLRESULT:
                self._runner.run(self._reject_result(pending, exc))
            else:
                self._runner.run(self._error_step(pending, exc))
            return
        self._dropped(
            raw,
            message_id,
            remote_error_for(rejection.code)(rejection.reason, message_id=message_id),
        )

    def _dropped(
        self,
        raw: str | bytes,
        message_id: str | None,
        exc: BaseException,
        level: int = logging.WARNING,
    ) -> None:
        self._log_fault(level, "dropped a frame (%s): %.200r", exc, raw)
        if _MESSAGE_DROPPED in self.hooks._active:
            ctx = HookContext(
                _MESSAGE_DROPPED, self, raw=_as_text(raw), message_id=message_id, exception=exc
            )
            self._runner.run(_report(self.hooks, _MESSAGE_DROPPED, ctx))

    def _log_fault(
        self, level: int, text: str, *args: Any, exc_info: BaseException | None = None
    ) -> None:
        """Log a fault of the connection, so that neither a peer nor a dead link floods the log.

        Of the faults on one connection (frames dropped or rejected, the sender failing), the
        first `LOG_FIRST` are logged, then only the 10th, 100th, 1,000th and so on, each saying
        how many there were.
        """
        n = self._faults = self._faults + 1
        if n > LOG_FIRST:
            if n % 10 or str(n).rstrip("0") != "1":
                return
            text += f" [{n:,} faults on this connection; logged: the first {LOG_FIRST},"
            text += " then the 10th, 100th, 1,000th...]"
        if self.identity is not None:
            logger.log(level, "ocpp_engine: %r: " + text, self.identity, *args, exc_info=exc_info)
        else:
            logger.log(level, "ocpp_engine: " + text, *args, exc_info=exc_info)

    # -- the peer's CALLs ---------------------------------------------------------------------

    def _resolve(self, action: str, rules: VersionRules, send: bool) -> Handler:
        """Find the handler for the peer's *action*, or raise the CallError that refuses it."""
        handler = self._handlers.get(action)
        table = rules.send_actions if send else rules.actions
        senders = table.get(action)
        if senders is None and action not in self._custom:
            raise CallError("NotImplemented", f"{action!r} is not a known action")
        if senders is not None and self._peer_role is not None and self._peer_role not in senders:
            raise CallError("NotSupported", f"{action} is not sent by a {self._peer_role}")
        if handler is None:
            handler = self._handlers.get("*")
            if handler is None:
                raise CallError("NotSupported", f"{action} is not supported")
        return handler

    def _call_step(
        self, message_id: str, action: str, payload: dict[str, Any], rules: VersionRules
    ) -> Step:
        """Answer the peer's CALL: hooks, validation, the handler, the reply."""
        handling = self._handling
        if message_id in handling:
            yield from self._reply_error(
                message_id,
                "RpcFrameworkError",
                "a CALL with this message id is still being handled",
                None,
            )
            return
        if len(handling) >= self._max_incoming:
            yield from self._reply_error(
                message_id,
                "RpcFrameworkError",
                f"more than {self._max_incoming} CALLs in handling at once",
                None,
            )
            return
        handling[message_id] = None
        hooks = self.hooks
        hctx: HookContext | None = None
        ctx: CallContext | None = None
        try:
            handler = self._resolve(action, rules, send=False)
            ctx = CallContext(action, message_id, rules.version, self, False)
            if _EXECUTE_CALL_HANDLER in hooks._active:
                hctx = HookContext(
                    _EXECUTE_CALL_HANDLER,
                    self,
                    message_id=message_id,
                    action=action,
                    payload=payload,
                    call=ctx,
                )
                yield from _before(self.hooks, _EXECUTE_CALL_HANDLER, hctx)
                payload = hctx.payload
                if hctx.result is not None:  # a before-hook answered the CALL itself
                    handler, hctx.result = _answer_with(hctx.result), None
            self._check_request(action, payload)
            result = handler(payload, ctx)
            if hasattr(result, "__await__"):
                result = yield result
            result = self._check_response(action, result)
        except CallError as exc:
            if hctx is not None:
                hctx.exception = exc
                yield from _after(self.hooks, _EXECUTE_CALL_HANDLER, hctx)
            yield from self._reply_error(message_id, exc.code, exc.description, exc.details, action)
        except Exception as exc:
            self._local_failure(exc, message_id, action)
            if hctx is not None:
                hctx.exception = exc
                yield from _after(self.hooks, _EXECUTE_CALL_HANDLER, hctx)
            yield from self._reply_error(
                message_id, "InternalError", _INTERNAL_ERROR_TEXT, None, action
            )
        else:
            if hctx is not None:
                hctx.result = result
                yield from _after(self.hooks, _EXECUTE_CALL_HANDLER, hctx)
            if _SEND_CALL_RESULT in hooks._active:
                yield from self._reply_result(message_id, action, result, ctx._then)
            else:  # the same step without its hooks
                sent = self._put_result(message_id, action, result, ctx._then)
                if sent.__class__ is not str and sent is not None:
                    yield from sent
        finally:
            handling.pop(message_id, None)

    def _check_request(self, action: str, payload: dict[str, Any]) -> None:
        """Validate the peer's CALL payload; raise the CallError that answers a failure."""
        validator = self._validator(action, _THEIR_CALL)
        if validator is not None:
            try:
                check(validator, payload)
            except SchemaViolation as v:
                raise CallError(v.code, str(v), {"path": v.path, "rule": v.rule}) from None

    def _check_response(self, action: str, result: Any) -> dict[str, Any]:
        """Return a handler's *result* as the payload to send, validated."""
        if result is None:
            result = {}
        elif type(result) is not dict:
            raise InvalidPayloadError(
                f"the {action} handler returned {type(result).__name__}, not a dict",
                code="InternalError",
            )
        validator = self._validator(action, _OUR_RESULT)
        if validator is not None:
            try:
                check(validator, result)
            except SchemaViolation as v:
                raise InvalidPayloadError(
                    f"the {action} handler's response fails its schema: {v}",
                    code=v.code,
                    path=v.path,
                    rule=v.rule,
                ) from None
        return result  # type: ignore[no-any-return]

    def _local_failure(
        self, exc: BaseException, message_id: str | None, action: str | None
    ) -> None:
        """Log a local bug (a failing handler or hook) and report it through ``handler_failed``."""
        logger.error("ocpp_engine: handler for %s (id %r) failed", action, message_id, exc_info=exc)
        if _HANDLER_FAILED in self.hooks._active:
            ctx = HookContext(
                _HANDLER_FAILED, self, message_id=message_id, action=action, exception=exc
            )
            self._runner.run(_report(self.hooks, _HANDLER_FAILED, ctx))

    def _reply_result(
        self,
        message_id: str,
        action: str,
        payload: dict[str, Any],
        then: list[tuple[Callable[..., Any], tuple[Any, ...]]] | None = None,
    ) -> Step:
        """Send the CALLRESULT with the ``send_call_result`` hooks around `_put_result`."""
        hooks = self.hooks
        ctx = HookContext(
            _SEND_CALL_RESULT, self, message_id=message_id, action=action, payload=payload
        )
        try:
            yield from _before(hooks, _SEND_CALL_RESULT, ctx)
        except CallError as exc:
            yield from self._reply_error(message_id, exc.code, exc.description, exc.details, action)
            return
        except Exception as exc:
            self._local_failure(exc, message_id, action)
            yield from self._reply_error(
                message_id, "InternalError", _INTERNAL_ERROR_TEXT, None, action
            )
            return
        sent = self._put_result(message_id, action, ctx.payload, then)
        if sent.__class__ is not str:
            if sent is not None:
                yield from sent
            return
        ctx.result = ctx.frame = sent
        yield from _after(hooks, _SEND_CALL_RESULT, ctx)

    def _put_result(
        self,
        message_id: str,
        action: str,
        payload: dict[str, Any],
        then: list[tuple[Callable[..., Any], tuple[Any, ...]]] | None,
    ) -> Any:
        """Encode the CALLRESULT and hand it on.

        Returns:
            the frame; ``None`` when the device disconnected meanwhile; or, when the payload
            has no JSON form, the step that answers with InternalError instead.
        """
        try:
            raw = self._codec.encode([CALLRESULT, message_id, payload])
        except (TypeError, ValueError) as exc:
            self._local_failure(exc, message_id, action)
            return self._reply_error(
                message_id, "InternalError", _INTERNAL_ERROR_TEXT, None, action
            )
        if self._rules is None:
            return None
        self._transmit(
            raw, None, None if then is None else AfterSent(self, then, message_id, action)
        )
        return raw

    def _after_reply_step(
        self,
        callbacks: list[tuple[Callable[..., Any], tuple[Any, ...]]],
        message_id: str,
        action: str,
    ) -> Step:
        """Run a handler's `CallContext.after_reply` callbacks, in order."""
        for fn, args in callbacks:
            try:
                result = fn(*args)
                if hasattr(result, "__await__"):
                    yield result
            except Exception as exc:
                self._local_failure(exc, message_id, action)

    def _reply_error(
        self,
        message_id: str,
        code: str,
        description: str,
        details: Any,
        action: str | None = None,
    ) -> Step:
        rules = self._rules
        if rules is None:
            return
        hooks = self.hooks
        ctx = None
        if _SEND_CALL_ERROR in hooks._active:
            ctx = HookContext(
                _SEND_CALL_ERROR,
                self,
                message_id=message_id,
                action=action,
                error_code=rules.spell(code),
                error_description=description,
                error_details=details,
            )
            try:
                yield from _before(self.hooks, _SEND_CALL_ERROR, ctx)
                code = ctx.error_code or code
                description = ctx.error_description or ""
                details = ctx.error_details
            except Exception as exc:
                self._local_failure(exc, message_id, action)
        raw = self._encode_error(CALLERROR, message_id, code, description, details)
        if self._rules is None:
            return
        self._transmit(raw, None, None)
        if ctx is not None:
            ctx.result = ctx.frame = raw
            yield from _after(self.hooks, _SEND_CALL_ERROR, ctx)

    def _encode_error(
        self, mtype: int, message_id: str, code: str, description: Any, details: Any
    ) -> str:
        rules = self._rules
        assert rules is not None
        text = rules.describe(description if isinstance(description, str) else str(description))
        if not isinstance(details, dict):
            details = {}
        try:
            return self._codec.encode([mtype, message_id, rules.spell(code), text, details])
        except (TypeError, ValueError):
            return self._codec.encode([mtype, message_id, rules.spell(code), text, {}])

    # -- the peer's SENDs (2.1) ---------------------------------------------------------------

    def _on_send(
        self,
        message_id: str,
        action: str,
        payload: dict[str, Any],
        raw: str | bytes,
        rules: VersionRules,
    ) -> None:
        try:
            handler = self._resolve(action, rules, send=True)
        except CallError as exc:
            return self._dropped(
                raw, message_id, RemoteProtocolError(exc.description, message_id=message_id)
            )
        validator = self._validator(action, _THEIR_CALL)
        if validator is not None:
            try:
                check(validator, payload)
            except SchemaViolation as v:
                return self._dropped(
                    raw,
                    message_id,
                    remote_error_for(v.code)(
                        str(v), message_id=message_id, path=v.path, rule=v.rule
                    ),
                )
        self._runner.run(self._send_handler_step(message_id, action, payload, handler, rules))

    def _send_handler_step(
        self,
        message_id: str,
        action: str,
        payload: dict[str, Any],
        handler: Handler,
        rules: VersionRules,
    ) -> Step:
        ctx = CallContext(action, message_id, rules.version, self, True)
        hctx = None
        try:
            if _EXECUTE_SEND_HANDLER in self.hooks._active:
                hctx = HookContext(
                    _EXECUTE_SEND_HANDLER,
                    self,
                    message_id=message_id,
                    action=action,
                    payload=payload,
                    call=ctx,
                )
                yield from _before(self.hooks, _EXECUTE_SEND_HANDLER, hctx)
                payload = hctx.payload
            result = handler(payload, ctx)
            if hasattr(result, "__await__"):
                result = yield result
        except Exception as exc:
            self._local_failure(exc, message_id, action)
            if hctx is not None:
                hctx.exception = exc
        else:
            if hctx is not None:
                hctx.result = result
        if hctx is not None:
            yield from _after(self.hooks, _EXECUTE_SEND_HANDLER, hctx)

    # -- answers to our CALLs -----------------------------------------------------------------

    def _take_pending(
        self, message_id: str, raw: str | bytes, broken: bool = True
    ) -> Pending | None:
        """Take out the call the peer answered, or drop the answer (``None``).

        An answer to a call that timed out lately is dropped quietly; one to an id this device
        never sent (or long forgot) is also a broken frame, unless *broken* is false (the
        caller has counted the frame already).
        """
        calls = self._calls
        pending = calls.in_flight.pop(message_id, None)
        if pending is None:
            if calls.answered_late(message_id):
                self._dropped(
                    raw,
                    message_id,
                    RemoteProtocolError("answer to a call that timed out", message_id=message_id),
                    logging.INFO,
                )
            else:
                self._dropped(
                    raw,
                    message_id,
                    RemoteProtocolError("answer to an unknown message id", message_id=message_id),
                )
                if broken:
                    self._broken()
            return None
        if calls.waiting:
            self._pump()
        return pending

    def _result_step(self, pending: Pending, payload: dict[str, Any]) -> Step:
        """Resolve our call with its answer: `_resolve_call` inside its hooks."""
        hooks = self.hooks
        ctx = HookContext(
            _EXECUTE_CALL_RESULT_HANDLER,
            self,
            message_id=pending.message_id,
            action=pending.action,
            payload=payload,
        )
        try:
            yield from _before(hooks, _EXECUTE_CALL_RESULT_HANDLER, ctx)
        except Exception as exc:
            if not pending.future.done():
                pending.future.set_exception(exc)
            ctx.exception = exc
        else:
            error = self._resolve_call(pending, ctx.payload)
            if isinstance(error, RemoteProtocolError):
                yield from self._reject_result(pending, error)
            if error is None:
                ctx.result = ctx.payload
            ctx.exception = error
        yield from _after(hooks, _EXECUTE_CALL_RESULT_HANDLER, ctx)

    def _resolve_call(self, pending: Pending, payload: dict[str, Any]) -> Exception | None:
        """Check the answer to *pending* against the response schema and resolve the call.

        Returns:
            ``None`` when the call got *payload*; the `RemoteProtocolError` of a payload that
            fails the schema, which the caller answers with `_reject_result` (the call is not
            failed yet); or the exception the check itself raised, with which the call failed.
        """
        future = pending.future
        try:
            validator = self._validator(pending.action, _THEIR_RESULT)
            if validator is not None:
                check(validator, payload)
        except SchemaViolation as v:
            return remote_error_for(v.code)(
                f"the {pending.action} response fails its schema: {v}",
                message_id=pending.message_id,
                path=v.path,
                rule=v.rule,
            )
        except Exception as exc:
            if not future.done():
                future.set_exception(exc)
            return exc
        if not future.done():
            future.set_result(payload)
        return None

    def _reject_result(self, pending: Pending, exc: RemoteProtocolError) -> Step:
        """Fail our call with *exc*; 2.1 also tells the peer with a CALLRESULTERROR."""
        if not pending.future.done():
            pending.future.set_exception(exc)
        rules = self._rules
        if rules is None or CALLRESULTERROR not in rules.message_types:
            return
        hooks = self.hooks
        ctx = None
        code, description = exc.code, str(exc)
        if _SEND_CALL_RESULT_ERROR in hooks._active:
            ctx = HookContext(
                _SEND_CALL_RESULT_ERROR,
                self,
                message_id=pending.message_id,
                action=pending.action,
                error_code=rules.spell(code),
                error_description=description,
                error_details={},
            )
            try:
                yield from _before(self.hooks, _SEND_CALL_RESULT_ERROR, ctx)
                code = ctx.error_code or code
                description = ctx.error_description or ""
            except Exception as hook_exc:
                self._local_failure(hook_exc, pending.message_id, pending.action)
        raw = self._encode_error(
            CALLRESULTERROR,
            pending.message_id,
            code,
            description,
            {} if ctx is None else ctx.error_details,
        )
        self._transmit(raw, None, None)
        if ctx is not None:
            ctx.result = ctx.frame = raw
            yield from _after(self.hooks, _SEND_CALL_RESULT_ERROR, ctx)

    def _on_error(self, pending: Pending, msg: list[Any]) -> None:
        rules = self._rules
        assert rules is not None
        code, description, details = _frames.error_fields(msg)
        self._runner.run(
            self._error_step(pending, CallError(rules.normalise(code), description, details))
        )

    def _error_step(self, pending: Pending, exc: Exception) -> Step:
        hooks = self.hooks
        ctx = None
        if _EXECUTE_CALL_ERROR_HANDLER in hooks._active:
            is_call_error = isinstance(exc, CallError)
            ctx = HookContext(
                _EXECUTE_CALL_ERROR_HANDLER,
                self,
                message_id=pending.message_id,
                action=pending.action,
                error_code=exc.code if isinstance(exc, CallError) else None,
                error_description=exc.description if isinstance(exc, CallError) else None,
                error_details=exc.details if isinstance(exc, CallError) else None,
            )
            try:
                yield from _before(self.hooks, _EXECUTE_CALL_ERROR_HANDLER, ctx)
                if is_call_error and ctx.error_code is not None:
                    exc = CallError(ctx.error_code, ctx.error_description or "", ctx.error_details)
            except Exception as hook_exc:
                exc = hook_exc
            ctx.exception = exc
        if not pending.future.done():
            pending.future.set_exception(exc)
        if ctx is not None:
            yield from _after(self.hooks, _EXECUTE_CALL_ERROR_HANDLER, ctx)

    def _on_result_error(self, msg: list[Any], raw: str | bytes) -> None:
        message_id = msg[1]
        code, description, details = _frames.error_fields(msg)
        self._log_fault(
            logging.WARNING,
            "the peer rejected our CALLRESULT %r: %s %s",
            message_id,
            code,
            description,
        )
        hooks = self.hooks
        if _EXECUTE_CALL_RESULT_ERROR_HANDLER in hooks._active:
            ctx = HookContext(
                _EXECUTE_CALL_RESULT_ERROR_HANDLER,
                self,
                raw=_as_text(raw),
                message_id=message_id,
                error_code=code,
                error_description=description,
                error_details=details,
            )
            self._runner.run(_report(hooks, _EXECUTE_CALL_RESULT_ERROR_HANDLER, ctx))

    # -- sending ------------------------------------------------------------------------------

    def _dispatch(self, pending: Pending) -> None:
        """Send *pending* now: it awaits its answer from here, and times out on the clock."""
        clock = self._clock
        if clock is None:
            clock = asyncio.get_running_loop()
        self._calls.sent(pending, clock.time())
        alarm = self._alarm
        if alarm is None or pending.deadline < alarm[1] or alarm[2] is not clock:
            self._arm(clock, pending.deadline)
        self._transmit(pending.raw, pending, None)

    def _arm(self, clock: Clock, when: float) -> None:
        """Set the device's one timer to go off at *when*, replacing the current one."""
        if self._alarm is not None:
            self._alarm[0].cancel()
        self._alarm = (clock.call_later(max(when - clock.time(), 0.0), self._on_alarm), when, clock)

    def _on_alarm(self) -> None:
        """Fail every call that is due; set the timer for the earliest deadline left."""
        alarm = self._alarm
        if alarm is None:
            return
        self._alarm = None
        _, when, clock = alarm
        # A loop may run a timer up to its clock resolution early: what was due at *when* is due.
        for pending in self._calls.expire(max(clock.time(), when)):
            if not pending.future.done():
                pending.future.set_exception(
                    CallTimeoutError(pending.action, pending.message_id, pending.timeout)
                )
        self._pump()
        earliest = self._calls.next_deadline()
        if earliest is not None and (self._alarm is None or earliest < self._alarm[1]):
            self._arm(clock, earliest)

    def _pump(self) -> None:
        """Send waiting calls while fewer than `max_outstanding_calls` await answers."""
        while (pending := self._calls.next_turn(self.max_outstanding_calls)) is not None:
            self._dispatch(pending)

    def _fail(self, pending: Pending, exc: BaseException) -> None:
        if self._calls.drop(pending):
            self._pump()
        if not pending.future.done():
            pending.future.set_exception(exc)

    def _transmit(self, raw: str, pending: Pending | None, done: Done | None) -> None:
        """Hand *raw* to the sender, after every frame produced before it."""
        if self._send_queue is not None:
            self._send_queue.append((raw, pending, done))
            return
        hooks = self.hooks
        if _SEND_MESSAGE in hooks._active or (pending is not None and _SEND_CALL in hooks._after):
            step: Generator[Any, Any, Any] = self._send_step(raw, pending, done)
            awaitable = next(step, None)
            if awaitable is None:
                return
        else:  # the same step without its hooks: the hand-over alone
            awaitable = self._hand_over(raw, pending, done)
            if not hasattr(awaitable, "__await__"):
                return
            step = self._sent_later(awaitable, pending, done)
            next(step)
        self._send_queue = deque()
        self._runner.spawn(self._drain(step, awaitable), step, awaitable)

    async def _drain(self, step: Step, awaitable: Any) -> None:
        queue = self._send_queue
        try:
            await finish(step, awaitable)
            while queue:
                raw, pending, done = queue.popleft()
                await finish(self._send_step(raw, pending, done))
        finally:
            if self._send_queue is queue:
                self._send_queue = None

    def _send_step(self, raw: str, pending: Pending | None, done: Done | None) -> Step:
        """Send one frame: the ``send_message`` hooks around `_hand_over`, then ``send_call``'s."""
        hooks = self.hooks
        ctx = None
        error: BaseException | None = None
        try:
            if _SEND_MESSAGE in hooks._active:
                ctx = HookContext(
                    _SEND_MESSAGE,
                    self,
                    raw=raw,
                    message_id=None if pending is None else pending.message_id,
                    action=None if pending is None else pending.action,
                )
                yield from _before(hooks, _SEND_MESSAGE, ctx)
                raw = ctx.raw if ctx.raw is not None else raw
        except Exception as exc:  # the frame is not sent: as if the sender had failed
            error = exc
            self._settle(pending, done, exc)
        else:
            outcome = self._hand_over(raw, pending, done)
            if hasattr(outcome, "__await__"):
                error = yield from self._sent_later(outcome, pending, done)
            else:
                error = outcome
        if ctx is not None:
            ctx.exception = error
            ctx.result = ctx.frame = None if error is not None else raw
            yield from _after(hooks, _SEND_MESSAGE, ctx)
        if pending is not None and _SEND_CALL in hooks._after:
            cctx = HookContext(
                _SEND_CALL,
                self,
                raw=raw,
                message_id=pending.message_id,
                action=pending.action,
                exception=error,
            )
            cctx.result = cctx.frame = None if error is not None else raw
            yield from _after(hooks, _SEND_CALL, cctx)

    def _hand_over(self, raw: str, pending: Pending | None, done: Done | None) -> Any:
        """Call the sender with *raw*.

        An async sender is started at once (`start`): one that takes the frame without
        waiting is done with here, as a sync one is.

        Returns:
            ``None`` when the sender took the frame, the exception when it failed (both
            settled by `_settle`), or the awaitable of an async sender that has to wait (for
            `_sent_later`).
        """
        try:
            result = self.sender(raw)
            if result.__class__ is CoroutineType:  # an async sender: start it now (_runner)
                result = start(result)
        except Exception as exc:
            self._settle(pending, done, exc)
            return exc
        if hasattr(result, "__await__"):
            return result
        if done is not None:
            self._settle(pending, done, None)
        return None

    def _sent_later(
        self, awaitable: Any, pending: Pending | None, done: Done | None
    ) -> Generator[Any, Any, BaseException | None]:
        """Wait for an async sender; settle its outcome and return its exception, if any."""
        try:
            yield awaitable
        except Exception as exc:
            self._settle(pending, done, exc)
            return exc
        self._settle(pending, done, None)
        return None

    def _settle(self, pending: Pending | None, done: Done | None, error: Exception | None) -> None:
        """The sender took the frame or failed (*error*): the one place that outcome is handled.

        A failed CALL fails its `call()`; whoever awaits the hand-over (*done*) learns the
        outcome; any other failure is logged.
        """
        if error is not None:
            if pending is not None:
                self._fail(pending, error)
            elif done is None:
                self._log_fault(logging.ERROR, "the sender failed", exc_info=error)
        if done is not None and not done.done():
            if error is None:
                done.set_result(None)
            else:
                done.set_exception(error)

    # -- asking the transport to close (the limits live in _limits.py) ----------------------

    def _request_close(self, request: CloseRequest) -> Step:
        handler = self.on_close_request
        logger.warning(
            "ocpp_engine: asking the transport to close the connection: %s", request.reason
        )
        if handler is None:
            return
        try:
            result = handler(request)
            if hasattr(result, "__await__"):
                yield result
        except Exception as exc:
            logger.error("ocpp_engine: on_close_request failed", exc_info=exc)

    # -- helpers ------------------------------------------------------------------------------

    def _require_connected(self) -> VersionRules:
        rules = self._rules
        if rules is None:
            raise NotConnectedError("the device is not connected; call connected() first")
        return rules

    def _new_id(self) -> str:
        message_id = self._ids()
        if type(message_id) is not str or not 0 < len(message_id) <= MAX_MESSAGE_ID_LENGTH:
            raise LocalProtocolError(
                f"the id factory returned {message_id!r}: a message id is a non-empty string "
                f"of at most {MAX_MESSAGE_ID_LENGTH} characters"
            )
        if message_id in self._calls.in_flight:
            raise LocalProtocolError(f"the id factory repeated the message id {message_id!r}")
        return message_id

    def _check_outgoing(
        self, rules: VersionRules, action: str, payload: Any, *, send: bool
    ) -> None:
        table = rules.send_actions if send else rules.actions
        senders = table.get(action)
        if senders is None:
            if action not in self._custom:
                kind = "SEND" if send else "CALL"
                raise UnknownActionError(
                    f"{action!r} is not a {kind} action of {rules.version.value}; register a "
                    "CustomAction to send vendor-specific actions"
                )
        elif self.role is not None and self.role not in senders:
            raise UnknownActionError(f"{action} is not sent by a {self.role}")
        if not isinstance(payload, dict):
            raise InvalidPayloadError(
                f"the payload must be a dict, not {type(payload).__name__}", code="FormatViolation"
            )
        validator = self._validator(action, _OUR_CALL)
        if validator is not None:
            try:
                check(validator, payload)
            except SchemaViolation as v:
                raise InvalidPayloadError(
                    f"{action} request fails its schema: {v}", code=v.code, path=v.path, rule=v.rule
                ) from None

    def _encode_request(self, mtype: int, message_id: str, action: str, payload: Any) -> str:
        try:
            return self._codec.encode([mtype, message_id, action, payload])
        except (TypeError, ValueError) as exc:
            raise InvalidPayloadError(
                f"the {action} payload is not JSON-serialisable: {exc}", code="FormatViolation"
            ) from None

    def _validator(self, action: str, direction: Direction) -> Validator | None:
        cache = self._vcache.get(direction)
        if cache is None:
            cache = self._vcache[direction] = {}
        found = cache.get(action, _MISSING)
        if found is _MISSING:
            found = None
            rules = self._rules
            if rules is not None and self._validation.applies(action, direction):
                response = direction is Direction.OUR_RESULT or direction is Direction.THEIR_RESULT
                custom = self._custom.get(action)
                if custom is not None:
                    found = custom.validator(response)
                else:
                    found = _shared_validator(rules.version, action, response)
            cache[action] = found
        return found  # type: ignore[no-any-return]


#: Validator caches shared by the devices of one version and one validation policy that have
#: no custom actions: a central system's thousands of devices look each validator up once,
#: not once each (a private cache is most of a kilobyte per device). Bounded: past this many
#: policies, devices keep caches of their own.
_SHARED_CACHES: dict[tuple[Version, Validation], dict[Direction, dict[str, Any]]] = {}
_MAX_SHARED_CACHES: Final = 64


def validator_cache(
    version: Version, validation: Validation, custom: Mapping[str, Any]
) -> dict[Direction, dict[str, Any]]:
    """Return the validator cache for a device: shared when it has no custom actions.

    A shared cache is only filled with what `Engine._validator` finds from *version* and
    *validation* alone, so every device with the same two finds the same entries.
    """
    if custom:
        return {}
    key = (version, validation)
    cache = _SHARED_CACHES.get(key)
    if cache is None:
        if len(_SHARED_CACHES) >= _MAX_SHARED_CACHES:
            return {}
        cache = _SHARED_CACHES[key] = {}
    return cache


def _answer_with(result: Any) -> Handler:
    """Return a handler that answers every CALL with *result*."""
    return lambda payload, ctx: result


def _as_text(raw: str | bytes) -> str:
    if isinstance(raw, str):
        return raw
    return bytes(raw).decode("utf-8", errors="replace")
