"""The Device: one end of an OCPP-J connection, without the connection.

The transport feeds every received frame to `Device.received` and hands every frame the device
produces to the *sender* callback. The device parses, validates, dispatches to handlers, answers,
and correlates the peer's answers with our calls.

Every step (answering a CALL, resolving a call, sending a frame) is written once, as a generator
that yields only where it must wait; `_runner.Runner` drives it (synchronously until its first
real wait). Which frame is what, and what to answer a broken one with, is decided in `_frames`.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, Protocol, TypeVar, overload

from . import _frames
from ._clock import Clock, TimerHandle
from ._codec import Codec, default_codec
from ._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    FormatViolationError,
    InvalidPayloadError,
    LocalProtocolError,
    NotConnectedError,
    RemoteProtocolError,
    RpcFrameworkError,
    UnknownActionError,
    remote_error_for,
)
from ._frames import REPLY_TYPES as _REPLY_TYPES
from ._frames import Rejection
from ._hooks import HookContext, HookName, Hooks
from ._limits import CloseRequest, CloseRequestHandler, Limits, screen
from ._outstanding import Outstanding, Pending
from ._runner import Runner, Step, finish
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
    parse_version,
    rules_for,
)

__all__ = ["CallContext", "Clock", "Device", "Handler", "Sender", "TimerHandle"]

logger = logging.getLogger("ocpp_engine")

Sender = Callable[[str], "Awaitable[Any] | Any"]
"""``sender(frame: str)``, sync or async: hands one frame to the transport."""

Handler = Callable[[Any, "CallContext"], Any]
"""``handler(payload, ctx)``, sync or async: returns the response payload."""

H = TypeVar("H", bound=Handler)

if TYPE_CHECKING:
    from .messages import Payload, Request, Response, Send

    R = TypeVar("R", bound=Response)

#: The longest message id OCPP-J allows (room for a GUID).
MAX_MESSAGE_ID_LENGTH: Final = 36
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
_DISCONNECTED: Final = HookName.DISCONNECTED

_VALIDATE_ALL: Final = Validation()
_VALIDATE_NONE: Final = Validation.off()


_VARIANT: Final = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
_IDS_PER_DRAW: Final = 64
# uuid4 strings made ahead from one os.urandom draw: a cache of randomness, not of state a
# caller could observe. A forked child empties it, so parent and child never share ids.
_id_pool: list[str] = []
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_id_pool.clear)


def _draw_ids() -> None:
    h = os.urandom(16 * _IDS_PER_DRAW).hex()
    _id_pool.extend(
        f"{h[i:i + 8]}-{h[i + 8:i + 12]}-4{h[i + 13:i + 16]}-{_VARIANT[h[i + 16]]}"
        f"{h[i + 17:i + 20]}-{h[i + 20:i + 32]}"
        for i in range(0, 32 * _IDS_PER_DRAW, 32)
    )


def _uuid4() -> str:
    # The string of uuid.uuid4(), from the same os.urandom bytes, drawn 64 ids at a time
    # (a system call per id cost more than the rest of the id).
    try:
        return _id_pool.pop()
    except IndexError:
        _draw_ids()
        return _id_pool.pop()


class CallContext:
    """What a handler learns about the message it handles, besides the payload.

    Attributes:
        action: the action of the CALL (or SEND).
        message_id: its message id.
        version: the negotiated `Version`.
        device: the device that received it; a handler may ``await ctx.device.call(...)``.
        is_send: ``True`` for a 2.1 SEND, which gets no answer whatever the handler returns.
    """

    __slots__ = ("_then", "action", "device", "is_send", "message_id", "version")

    def __init__(
        self, action: str, message_id: str, version: Version, device: Device, is_send: bool
    ) -> None:
        self.action = action
        self.message_id = message_id
        self.version = version
        self.device = device
        self.is_send = is_send
        self._then: list[tuple[Callable[..., Any], tuple[Any, ...]]] | None = None

    def after_reply(self, callback: Callable[..., Any], *args: Any) -> None:
        """Run ``callback(*args)`` once this CALL's CALLRESULT has been handed to the sender.

        This is how a handler does work that must follow its answer on the wire: a
        TriggerMessage handler sends the requested message, a Reset handler restarts the
        station. Callbacks run in the order they were added, each awaited before the next when
        it returns an awaitable (an ``async def`` callback); whatever they send goes out after
        the reply. They run only when the reply is a CALLRESULT the sender accepted: not when
        the handler raised, its answer failed validation, or the sender failed. An exception in
        a callback is logged and reported through the ``handler_failed`` hook. Disconnecting
        cancels a callback still running.

        Example::

            async def on_trigger(payload, ctx):
                if payload["requestedMessage"] == "Heartbeat":
                    ctx.after_reply(ctx.device.call, "Heartbeat", {})
                return {"status": "Accepted"}

        Raises:
            LocalProtocolError: the message is a SEND, which gets no reply.
        """
        if self.is_send:
            raise LocalProtocolError("a SEND gets no reply: do the work in the handler")
        if self._then is None:
            self._then = []
        self._then.append((callback, args))

    def __repr__(self) -> str:
        return (
            f"CallContext(action={self.action!r}, message_id={self.message_id!r}, "
            f"version={self.version.value!r})"
        )


class _Done(Protocol):
    """Told whether the sender took a frame: a SEND's future, or a reply's `_AfterSent`."""

    def done(self) -> bool: ...

    def set_result(self, result: None, /) -> None: ...

    def set_exception(self, exception: BaseException, /) -> None: ...


class _AfterSent:
    """The `_Done` of a CALLRESULT whose handler used `CallContext.after_reply`."""

    __slots__ = ("_done", "action", "callbacks", "device", "message_id")

    def __init__(
        self, device: Device, callbacks: list[tuple[Callable[..., Any], tuple[Any, ...]]],
        message_id: str, action: str,
    ) -> None:
        self.device = device
        self.callbacks = callbacks
        self.message_id = message_id
        self.action = action
        self._done = False

    def done(self) -> bool:
        return self._done

    def set_result(self, result: None, /) -> None:
        self._done = True
        device = self.device
        if device._rules is not None:
            device._runner.run(
                device._after_reply_step(self.callbacks, self.message_id, self.action))

    def set_exception(self, exception: BaseException, /) -> None:
        self._done = True  # the reply never reached the transport: the callbacks do not run


class Device:
    """One end of an OCPP-J connection: a charging station, a CSMS, or a test's peer.

    Args:
        sender: ``sender(frame: str)``, sync or async, called with every frame to transmit,
            in the order the device produced them. A public attribute: it may be replaced,
            and the transports set it (``ChargePoint(device=...)`` and the like), so it may be
            left out; until one is set, sending raises `NotConnectedError`.
        handlers: action -> ``handler(payload, ctx)``; ``"*"`` is the catch-all for known
            actions without a handler of their own.
        version: the default OCPP version (``"ocpp1.6"``, ``"ocpp2.0.1"``, ``"ocpp2.1"``), used
            by `connected` when it is given none.
        call_timeout: seconds to wait for the answer to a CALL, counted from when it is sent.
        max_outstanding_calls: how many of our CALLs may await their answers at once. OCPP-J
            allows one (1.6: SHOULD, 2.x: SHALL); more is outside the specification.
        role: which end this device plays; when set, the device refuses to send the other
            role's CALLs and answers the peer's CALLs that only we may send with NotSupported.
        validation: which payloads to validate; ``True`` (all four directions), ``False``, or a
            `Validation` policy.
        actions: `CustomAction` s (vendor extensions) this device knows besides the version's.
        id_factory: returns a fresh message id for each CALL (default: uuid4 strings).
        clock: the time source of timeouts (default: the running event loop).
        identity: a free label for the connection, such as the station identity.
        limits: the `Limits` on what the peer may make the device do (default: `Limits()`).
        on_close_request: ``on_close_request(request: CloseRequest)``, sync or async, called
            when the peer sent `Limits.max_bad_frames` broken frames in a row: the transport
            should close the connection (a WebSocket with ``request.code``, 1002). A public
            attribute, like *sender*. Without one, the device only logs a warning.
        codec: the JSON codec of the frames (default: `default_codec`, orjson when it is
            installed, else the standard library).

    Raises:
        ValueError: *version* or *role* is not a supported value.
    """

    def __init__(
        self,
        sender: Sender | None = None,
        handlers: Mapping[str, Handler] | None = None,
        *,
        version: str | Version | None = None,
        call_timeout: float = 30.0,
        max_outstanding_calls: int = 1,
        role: str | Role | None = None,
        validation: bool | Validation = True,
        actions: Iterable[CustomAction] = (),
        id_factory: Callable[[], str] = _uuid4,
        clock: Clock | None = None,
        identity: str | None = None,
        limits: Limits | None = None,
        on_close_request: CloseRequestHandler | None = None,
        codec: Codec | None = None,
    ) -> None:
        if max_outstanding_calls < 1:
            raise ValueError("max_outstanding_calls must be at least 1")
        self.sender: Sender = _no_sender if sender is None else sender
        self.hooks = Hooks()
        self.identity = identity
        self.call_timeout = call_timeout
        self.max_outstanding_calls = max_outstanding_calls
        self.role = None if role is None else Role(role)
        self._peer_role = (
            None
            if self.role is None
            else Role.CSMS
            if self.role is Role.CHARGING_STATION
            else Role.CHARGING_STATION
        )
        if validation is True:
            validation = _VALIDATE_ALL
        elif validation is False:
            validation = _VALIDATE_NONE
        self._validation = validation
        self._default_version = None if version is None else parse_version(version)
        self._handlers: dict[str, Handler] = {}
        for action, handler in (handlers or {}).items():
            self.on(action, handler)
        self._custom: dict[str, CustomAction] = {a.name: a for a in actions}
        self._ids = id_factory
        self._clock = clock
        # One timer serves every call: (timer, when, clock); see _outstanding.py.
        self._alarm: tuple[TimerHandle, float, Clock] | None = None
        self._rules: VersionRules | None = None
        self._codec = default_codec() if codec is None else codec
        # Per-direction caches, the waiting deque and the task table are made on first use:
        # most devices idle most of the time (a deque alone is 600+ bytes).
        self._vcache: dict[Direction, dict[str, Validator | None]] = {}
        self._calls = Outstanding()
        self._handling: dict[str, None] = {}
        self._runner = Runner()
        self._send_queue: deque[tuple[str, Pending | None, _Done | None]] | None = None
        # The hand-over futures of SENDs not yet taken by the sender: failed on disconnect.
        self._unsent: dict[asyncio.Future[None], None] | None = None
        # Limits (see _limits.py).
        self.on_close_request: CloseRequestHandler | None = on_close_request
        self.limits = Limits() if limits is None else limits
        self._bad_frames = 0

    # -- public state -------------------------------------------------------------------------

    @property
    def version(self) -> Version | None:
        """The negotiated version while connected, else ``None``."""
        return None if self._rules is None else self._rules.version

    @property
    def clock(self) -> Clock:
        """The clock of the device's timeouts: the injected one, else the running event loop.

        Pass it to `ocpp_engine.sleep` so that an application's own timers follow the same
        time as the device's (a `ocpp_engine.testing.FakeClock` in tests).

        Raises:
            RuntimeError: no clock was injected and no event loop is running.
        """
        clock = self._clock
        return asyncio.get_running_loop() if clock is None else clock

    @property
    def is_connected(self) -> bool:
        """Whether `connected` was called and `disconnected` was not called since."""
        return self._rules is not None

    @property
    def validation(self) -> Validation:
        """The validation policy; assign a new `Validation` to change it."""
        return self._validation

    @validation.setter
    def validation(self, policy: Validation) -> None:
        self._validation = policy
        self._vcache = {}

    @property
    def limits(self) -> Limits:
        """The `Limits` in force; assign new `Limits` to change them."""
        return self._limits

    @limits.setter
    def limits(self, limits: Limits) -> None:
        self._limits = limits
        self._max_id_length = limits.max_message_id_length or sys.maxsize
        self._max_incoming = limits.max_incoming_calls or sys.maxsize
        # A frame no longer than both limits cannot break either (it has fewer brackets than
        # characters): only longer frames are screened.
        self._screen_above = min(limits.max_frame_size or sys.maxsize,
                                 limits.max_json_depth or sys.maxsize)

    @property
    def pending_calls(self) -> int:
        """How many of our CALLs await their answer or their turn."""
        return len(self._calls)

    @property
    def active_tasks(self) -> int:
        """How many asynchronous steps (handlers, hooks, sends) are running."""
        return len(self._runner)

    # -- configuration ------------------------------------------------------------------------

    def on(self, action: str | type[Payload], handler: H | None = None) -> Any:
        """Register *handler* for *action* (``"*"`` for the catch-all); usable as a decorator.

        One device may hold the handlers of several versions (``StartTransaction`` for 1.6 and
        ``TransactionEvent`` for 2.x): only the actions of the negotiated version, plus those
        registered as `CustomAction`, are dispatched; anything else gets ``NotImplemented``.

        A handler whose payload parameter is annotated with a generated request class (or a
        union of them, one per version) receives an instance of the class of the negotiated
        version and may return the response class; plain handlers get and return dicts.
        *action* may be given as the request class itself.

        Returns:
            *handler*, or a decorator that registers the function it decorates.

        Raises:
            LocalProtocolError: the handler's annotation names another action's class.
        """
        name = action if isinstance(action, str) else action.ACTION

        def register(fn: H) -> H:
            wrapped = fn
            if getattr(fn, "__annotations__", None):
                from ._typed import typed_handler

                wrapped = typed_handler(name, fn)  # type: ignore[assignment]
            self._handlers[name] = wrapped
            return fn

        return register if handler is None else register(handler)

    def register_action(self, action: CustomAction) -> None:
        """Make a vendor-specific action known, with its schemas (if any)."""
        self._custom[action.name] = action
        for cache in self._vcache.values():
            cache.pop(action.name, None)

    # -- connection lifecycle ----------------------------------------------------------------

    def connected(self, version: str | Version | None = None) -> None:
        """Tell the device that its transport is open, speaking *version*.

        Args:
            version: the negotiated subprotocol; defaults to the constructor's *version*.

        Raises:
            LocalProtocolError: no version was given here or to the constructor, or the device
                is already connected with another version.
            ValueError: *version* is not a supported version.
        """
        chosen = self._default_version if version is None else parse_version(version)
        if chosen is None:
            raise LocalProtocolError("connected() needs a version: none was given to Device()")
        if self._rules is not None:
            if self._rules.version is chosen:
                return
            raise LocalProtocolError(
                f"already connected with {self._rules.version.value}; call disconnected() first"
            )
        if self._rules is None or self._rules.version is not chosen:
            self._vcache = {}
        self._rules = rules_for(chosen)
        self._bad_frames = 0
        if _CONNECTED in self.hooks._active:
            self._runner.run(self._report(_CONNECTED, HookContext(_CONNECTED, self)))

    def disconnected(self) -> None:
        """Tell the device that its transport is closed.

        Every pending call fails at once with `ConnectionClosedError`; handlers still running
        and frames not yet handed to the sender are cancelled. Calling it again does nothing.
        """
        if self._rules is None:
            return
        self._rules = None
        pending = self._calls.clear()
        self._handling.clear()
        self._send_queue = None
        if self._alarm is not None:
            self._alarm[0].cancel()
            self._alarm = None
        for p in pending:
            if not p.future.done():
                p.future.set_exception(
                    ConnectionClosedError(f"disconnected while {p.action} awaited its answer")
                )
        unsent, self._unsent = self._unsent, None
        for done in unsent or ():
            if not done.done():
                done.set_exception(ConnectionClosedError(
                    "disconnected before the SEND was handed to the transport"))
        self._runner.cancel_all()
        if _DISCONNECTED in self.hooks._active:
            self._runner.run(self._report(_DISCONNECTED, HookContext(_DISCONNECTED, self)))

    # -- our calls ----------------------------------------------------------------------------

    @overload
    async def call(
        self, action: Request[R], payload: None = None, *, timeout: float | None = None
    ) -> R: ...

    @overload
    async def call(
        self, action: str, payload: Mapping[str, Any] | None = None, *,
        timeout: float | None = None,
    ) -> dict[str, Any]: ...

    async def call(
        self, action: str | Request[Any], payload: Mapping[str, Any] | None = None, *,
        timeout: float | None = None,
    ) -> Any:
        """Send a CALL and return the payload of the peer's CALLRESULT.

        Calls wait in order while `max_outstanding_calls` are awaiting their answers. The
        timeout counts from the moment the CALL is handed to the sender.

        Args:
            action: the action, such as ``"Heartbeat"``; or a typed request from
                `ocpp_engine.messages` (such as ``v201.HeartbeatRequest()``), which names its
                own action and carries its own payload.
            payload: the request payload (``None`` means ``{}``); none with a typed request.
            timeout: seconds to wait for the answer; defaults to ``call_timeout``.

        Returns:
            the CALLRESULT payload (a dict); for a typed request, an instance of its response
            class.

        Raises:
            NotConnectedError: the device is not connected.
            LocalProtocolError: a typed request of another version than the negotiated one,
                or one passed together with a payload.
            UnknownActionError: the version does not define *action* (and it was not
                registered), or only the peer's role may send it.
            InvalidPayloadError: *payload* fails the request schema; nothing was sent.
            CallError: the peer answered with a CALLERROR.
            RemoteProtocolError: the peer's CALLRESULT is malformed or fails the response
                schema (a subclass naming the error code, such as
                `TypeConstraintViolationError`).
            CallTimeoutError: no answer came within the timeout.
            ConnectionClosedError: the device was disconnected before the answer came.
            Exception: whatever the sender or a before-hook raised for this CALL.
        """
        rules = self._rules
        if rules is None:
            rules = self._require_connected()
        response: type[Any] | None = None
        if type(action) is not str:
            from ._typed import outgoing

            action, payload, response = outgoing(rules.version, action, payload, False)
        payload = {} if payload is None else payload
        message_id = self._new_id()
        if _SEND_CALL in self.hooks._active:
            ctx = HookContext(_SEND_CALL, self, message_id=message_id, action=action,
                              payload=payload)
            await finish(self._before(_SEND_CALL, ctx))
            action, payload = ctx.action or action, ctx.payload
            rules = self._require_connected()
        self._check_outgoing(rules, action, payload, send=False)
        raw = self._encode_request(CALL, message_id, action, payload)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        pending = Pending(
            action, message_id, raw, future, self.call_timeout if timeout is None else timeout
        )
        if self._calls.admit(pending, self.max_outstanding_calls):
            self._dispatch(pending)
        try:
            result = await future
        except asyncio.CancelledError:
            self._calls.withdraw(pending)
            raise
        if response is None:
            return result
        from ._typed import structure_result

        return structure_result(response, result)

    async def send(
        self, action: str | Send, payload: Mapping[str, Any] | None = None
    ) -> None:
        """Send an OCPP 2.1 SEND (message type 6), which the peer never answers.

        A SEND does not wait for outstanding CALLs. Returns once the frame was handed to the
        sender.

        Args:
            action: the action (``"NotifyPeriodicEventStream"``), or a typed SEND message from
                `ocpp_engine.messages.v21`, which carries its own payload.
            payload: the payload (``None`` means ``{}``); none with a typed message.

        Raises:
            NotConnectedError: the device is not connected.
            LocalProtocolError: the negotiated version has no SEND (only 2.1 has).
            UnknownActionError: *action* is not a SEND action of the version (nor registered).
            InvalidPayloadError: *payload* fails its schema; nothing was sent.
            ConnectionClosedError: the device was disconnected before the sender took the frame.
            Exception: whatever the sender or a before-hook raised.
        """
        rules = self._require_connected()
        if SEND not in rules.message_types:
            raise LocalProtocolError(f"{rules.version.value} has no SEND message; 2.1 has")
        if type(action) is not str:
            from ._typed import outgoing

            action, payload, _ = outgoing(rules.version, action, payload, True)
        payload = {} if payload is None else payload
        message_id = self._new_id()
        ctx = None
        if _SEND_SEND in self.hooks._active:
            ctx = HookContext(_SEND_SEND, self, message_id=message_id, action=action,
                              payload=payload)
            await finish(self._before(_SEND_SEND, ctx))
            action, payload = ctx.action or action, ctx.payload
            rules = self._require_connected()
        self._check_outgoing(rules, action, payload, send=True)
        raw = self._encode_request(SEND, message_id, action, payload)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        if self._unsent is None:
            self._unsent = {}
        self._unsent[done] = None
        try:
            self._transmit(raw, None, done)
            await done
        finally:
            if self._unsent is not None:
                self._unsent.pop(done, None)
        if ctx is not None:
            await finish(self._after(_SEND_SEND, ctx))

    # -- frames from the peer -----------------------------------------------------------------

    def received(self, raw: str | bytes | bytearray | memoryview) -> None:
        """Handle one frame from the peer: text, or UTF-8 bytes (any bytes-like object).

        A plain method, safe to call from a transport callback: it never raises because of
        what the peer sent and never waits for a handler (async handlers run as tasks). The
        peer's mistakes are answered with the CALLERROR the version prescribes, or dropped where
        the version says so (reported through the ``message_dropped`` hook and the logger).
        """
        try:
            if type(raw) is not str and type(raw) is not bytes:
                raw = raw if isinstance(raw, (str, bytes)) else bytes(raw)
            if self._rules is None:
                self._dropped(raw, None, RemoteProtocolError("frame received while disconnected"))
            elif _MESSAGE_RECEIVED in self.hooks._active:
                self._runner.run(self._receive_step(raw))
            else:
                self._screened(raw)
        except Exception:  # a defect of ours must not reach the transport either
            logger.exception("ocpp_engine: unexpected error while handling a received frame")

    def _receive_step(self, raw: str | bytes) -> Step:
        ctx = HookContext(_MESSAGE_RECEIVED, self, raw=_as_text(raw))
        try:
            yield from self._before(_MESSAGE_RECEIVED, ctx)
        except Exception as exc:
            ctx.exception = exc
            self._refuse_after_hook(ctx.raw if ctx.raw is not None else raw, exc)
        else:
            if ctx.raw is not None:
                self._screened(ctx.raw)
        yield from self._after(_MESSAGE_RECEIVED, ctx)

    def _refuse_after_hook(self, raw: str | bytes, exc: Exception) -> None:
        """A message_received before-hook raised: answer a CALL, drop anything else."""
        try:
            msg = self._codec.decode(raw)
            is_call = (
                type(msg) is list and len(msg) > 1 and msg[0] == CALL and type(msg[1]) is str
            )
        except (ValueError, RecursionError):
            is_call = False
        if is_call:
            if isinstance(exc, CallError):
                self._runner.run(
                    self._reply_error(msg[1], exc.code, exc.description, exc.details))
            else:
                self._runner.run(
                    self._reply_error(msg[1], "InternalError", _INTERNAL_ERROR_TEXT, None))
        else:
            self._dropped(raw, None, exc)

    def _process(self, raw: str | bytes) -> Rejection | None:
        """Handle one frame within the limits; return its `Rejection` if it has one."""
        rules = self._rules
        assert rules is not None
        try:
            msg = self._codec.decode(raw)
        except (ValueError, RecursionError):
            msg = _frames.undecodable(raw, self._codec)
        kind = _frames.check(msg, rules, self._max_id_length)
        if kind.__class__ is Rejection:
            self._rejected(raw, kind)
            return kind
        if kind == CALL:
            self._on_call(msg[1], msg[2], msg[3], rules)
        elif kind == CALLRESULT:
            self._on_result(msg[1], msg[2], raw)
        elif kind == CALLERROR:
            self._on_error(msg, raw)
        elif kind == SEND:
            self._on_send(msg[1], msg[2], msg[3], raw, rules)
        else:
            self._on_result_error(msg, raw)
        return None

    def _rejected(self, raw: str | bytes, rejection: Rejection) -> None:
        """Act on a frame `_frames` rejected: answer it, fail our call, or drop it."""
        reply_to, message_id = rejection.reply_to, rejection.message_id
        mtype = rejection.message_type
        if reply_to is not None:
            self._runner.run(self._reply_error(reply_to, rejection.code, rejection.reason, None))
            if reply_to != _frames.UNREADABLE_ID:
                return
            message_id = None
        elif message_id is not None and mtype in _REPLY_TYPES:
            if rejection.screened:
                if message_id in self._calls:
                    pending = self._take_pending(message_id, raw)
                    if pending is not None and not pending.future.done():
                        pending.future.set_exception(
                            FormatViolationError(rejection.reason, message_id=message_id))
                    return
                return self._dropped(raw, message_id, RpcFrameworkError(
                    rejection.reason, message_id=message_id))
            if mtype != CALLRESULTERROR:  # an answer to one of our calls: it fails that call
                pending = self._take_pending(message_id, raw)
                if pending is None:
                    return
                exc = remote_error_for(rejection.code)(rejection.reason, message_id=message_id)
                if mtype == CALLRESULT:
                    self._runner.run(self._reject_result(pending, exc))
                else:
                    self._runner.run(self._error_step(pending, exc))
                return
        self._dropped(raw, message_id,
                      remote_error_for(rejection.code)(rejection.reason, message_id=message_id))

    def _dropped(self, raw: str | bytes, message_id: str | None, exc: BaseException) -> None:
        logger.warning("ocpp_engine: dropped a frame (%s): %.200r", exc, raw)
        if _MESSAGE_DROPPED in self.hooks._active:
            ctx = HookContext(_MESSAGE_DROPPED, self, raw=_as_text(raw), message_id=message_id,
                              exception=exc)
            self._runner.run(self._report(_MESSAGE_DROPPED, ctx))

    # -- the peer's CALLs ---------------------------------------------------------------------

    def _on_call(
        self, message_id: str, action: str, payload: dict[str, Any], rules: VersionRules
    ) -> None:
        if message_id in self._handling:
            return self._runner.run(self._reply_error(
                message_id, "RpcFrameworkError",
                "a CALL with this message id is still being handled", None))
        if len(self._handling) >= self._max_incoming:
            return self._runner.run(self._reply_error(
                message_id, "RpcFrameworkError",
                f"more than {self._max_incoming} CALLs in handling at once", None))
        self._handling[message_id] = None
        self._runner.run(self._call_step(message_id, action, payload, rules))

    def _resolve(self, action: str, rules: VersionRules, send: bool) -> Handler:
        """Find the handler for the peer's *action*, or raise the CallError that refuses it."""
        handler = self._handlers.get(action)
        table = rules.send_actions if send else rules.actions
        senders = table.get(action)
        if senders is None and action not in self._custom:
            raise CallError("NotImplemented", f"{action!r} is not a known action")
        if senders is not None and self._peer_role is not None and \
                self._peer_role not in senders:
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
        hooks = self.hooks
        hctx: HookContext | None = None
        ctx: CallContext | None = None
        try:
            handler = self._resolve(action, rules, send=False)
            ctx = CallContext(action, message_id, rules.version, self, False)
            if _EXECUTE_CALL_HANDLER in hooks._active:
                hctx = HookContext(_EXECUTE_CALL_HANDLER, self, message_id=message_id,
                                   action=action, payload=payload, call=ctx)
                yield from self._before(_EXECUTE_CALL_HANDLER, hctx)
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
                yield from self._after(_EXECUTE_CALL_HANDLER, hctx)
            yield from self._reply_error(message_id, exc.code, exc.description, exc.details,
                                         action)
        except Exception as exc:
            self._local_failure(exc, message_id, action)
            if hctx is not None:
                hctx.exception = exc
                yield from self._after(_EXECUTE_CALL_HANDLER, hctx)
            yield from self._reply_error(message_id, "InternalError", _INTERNAL_ERROR_TEXT, None,
                                         action)
        else:
            if hctx is not None:
                hctx.result = result
                yield from self._after(_EXECUTE_CALL_HANDLER, hctx)
            yield from self._reply_result(message_id, action, result,
                                          None if ctx is None else ctx._then)
        finally:
            self._handling.pop(message_id, None)

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
                code="InternalError")
        validator = self._validator(action, _OUR_RESULT)
        if validator is not None:
            try:
                check(validator, result)
            except SchemaViolation as v:
                raise InvalidPayloadError(
                    f"the {action} handler's response fails its schema: {v}",
                    code=v.code, path=v.path, rule=v.rule) from None
        return result  # type: ignore[no-any-return]

    def _local_failure(
        self, exc: BaseException, message_id: str | None, action: str | None
    ) -> None:
        """Log a local bug (a failing handler or hook) and report it through ``handler_failed``."""
        logger.error("ocpp_engine: handler for %s (id %r) failed", action, message_id,
                     exc_info=exc)
        if _HANDLER_FAILED in self.hooks._active:
            ctx = HookContext(_HANDLER_FAILED, self, message_id=message_id, action=action,
                              exception=exc)
            self._runner.run(self._report(_HANDLER_FAILED, ctx))

    def _reply_result(
        self, message_id: str, action: str, payload: dict[str, Any],
        then: list[tuple[Callable[..., Any], tuple[Any, ...]]] | None = None,
    ) -> Step:
        hooks = self.hooks
        ctx = None
        if _SEND_CALL_RESULT in hooks._active:
            ctx = HookContext(_SEND_CALL_RESULT, self, message_id=message_id, action=action,
                              payload=payload)
            try:
                yield from self._before(_SEND_CALL_RESULT, ctx)
            except CallError as exc:
                yield from self._reply_error(message_id, exc.code, exc.description, exc.details,
                                             action)
                return
            except Exception as exc:
                self._local_failure(exc, message_id, action)
                yield from self._reply_error(message_id, "InternalError", _INTERNAL_ERROR_TEXT,
                                             None, action)
                return
            payload = ctx.payload
        try:
            raw = self._codec.encode([CALLRESULT, message_id, payload])
        except (TypeError, ValueError) as exc:
            self._local_failure(exc, message_id, action)
            yield from self._reply_error(message_id, "InternalError", _INTERNAL_ERROR_TEXT, None,
                                         action)
            return
        if self._rules is None:
            return
        self._transmit(raw, None, None if then is None else
                       _AfterSent(self, then, message_id, action))
        if ctx is not None:
            ctx.result = ctx.frame = raw
            yield from self._after(_SEND_CALL_RESULT, ctx)

    def _after_reply_step(
        self, callbacks: list[tuple[Callable[..., Any], tuple[Any, ...]]], message_id: str,
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
            ctx = HookContext(_SEND_CALL_ERROR, self, message_id=message_id, action=action,
                              error_code=rules.spell(code), error_description=description,
                              error_details=details)
            try:
                yield from self._before(_SEND_CALL_ERROR, ctx)
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
            yield from self._after(_SEND_CALL_ERROR, ctx)

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
        self, message_id: str, action: str, payload: dict[str, Any], raw: str | bytes,
        rules: VersionRules,
    ) -> None:
        try:
            handler = self._resolve(action, rules, send=True)
        except CallError as exc:
            return self._dropped(raw, message_id, RemoteProtocolError(exc.description,
                                                                      message_id=message_id))
        validator = self._validator(action, _THEIR_CALL)
        if validator is not None:
            try:
                check(validator, payload)
            except SchemaViolation as v:
                return self._dropped(raw, message_id, remote_error_for(v.code)(
                    str(v), message_id=message_id, path=v.path, rule=v.rule))
        self._runner.run(self._send_handler_step(message_id, action, payload, handler, rules))

    def _send_handler_step(
        self, message_id: str, action: str, payload: dict[str, Any], handler: Handler,
        rules: VersionRules,
    ) -> Step:
        ctx = CallContext(action, message_id, rules.version, self, True)
        hctx = None
        try:
            if _EXECUTE_SEND_HANDLER in self.hooks._active:
                hctx = HookContext(_EXECUTE_SEND_HANDLER, self, message_id=message_id,
                                   action=action, payload=payload, call=ctx)
                yield from self._before(_EXECUTE_SEND_HANDLER, hctx)
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
            yield from self._after(_EXECUTE_SEND_HANDLER, hctx)

    # -- answers to our CALLs -----------------------------------------------------------------

    def _take_pending(self, message_id: str, raw: str | bytes) -> Pending | None:
        pending = self._calls.take(message_id)
        if pending is None:
            self._dropped(raw, message_id, RemoteProtocolError(
                "answer to an unknown or timed-out message id", message_id=message_id))
            return None
        if self._calls.waiting:
            self._pump()
        return pending

    def _on_result(self, message_id: str, payload: dict[str, Any], raw: str | bytes) -> None:
        pending = self._take_pending(message_id, raw)
        if pending is None:
            return
        self._runner.run(self._result_step(pending, payload))

    def _result_step(self, pending: Pending, payload: dict[str, Any]) -> Step:
        hooks = self.hooks
        ctx = None
        future = pending.future
        try:
            if _EXECUTE_CALL_RESULT_HANDLER in hooks._active:
                ctx = HookContext(_EXECUTE_CALL_RESULT_HANDLER, self,
                                  message_id=pending.message_id, action=pending.action,
                                  payload=payload)
                yield from self._before(_EXECUTE_CALL_RESULT_HANDLER, ctx)
                payload = ctx.payload
            validator = self._validator(pending.action, _THEIR_RESULT)
            if validator is not None:
                try:
                    check(validator, payload)
                except SchemaViolation as v:
                    exc = remote_error_for(v.code)(
                        f"the {pending.action} response fails its schema: {v}",
                        message_id=pending.message_id, path=v.path, rule=v.rule)
                    yield from self._reject_result(pending, exc)
                    if ctx is not None:
                        ctx.exception = exc
                        yield from self._after(_EXECUTE_CALL_RESULT_HANDLER, ctx)
                    return
        except Exception as exc:
            if not future.done():
                future.set_exception(exc)
            if ctx is not None:
                ctx.exception = exc
        else:
            if not future.done():
                future.set_result(payload)
            if ctx is not None:
                ctx.result = payload
        if ctx is not None:
            yield from self._after(_EXECUTE_CALL_RESULT_HANDLER, ctx)

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
            ctx = HookContext(_SEND_CALL_RESULT_ERROR, self, message_id=pending.message_id,
                              action=pending.action, error_code=rules.spell(code),
                              error_description=description, error_details={})
            try:
                yield from self._before(_SEND_CALL_RESULT_ERROR, ctx)
                code = ctx.error_code or code
                description = ctx.error_description or ""
            except Exception as hook_exc:
                self._local_failure(hook_exc, pending.message_id, pending.action)
        raw = self._encode_error(CALLRESULTERROR, pending.message_id, code, description,
                                 {} if ctx is None else ctx.error_details)
        self._transmit(raw, None, None)
        if ctx is not None:
            ctx.result = ctx.frame = raw
            yield from self._after(_SEND_CALL_RESULT_ERROR, ctx)

    def _on_error(self, msg: list[Any], raw: str | bytes) -> None:
        message_id = msg[1]
        pending = self._take_pending(message_id, raw)
        if pending is None:
            return
        rules = self._rules
        assert rules is not None
        code, description, details = _frames.error_fields(msg)
        self._runner.run(self._error_step(pending, CallError(rules.normalise(code), description,
                                                      details)))

    def _error_step(self, pending: Pending, exc: Exception) -> Step:
        hooks = self.hooks
        ctx = None
        if _EXECUTE_CALL_ERROR_HANDLER in hooks._active:
            is_call_error = isinstance(exc, CallError)
            ctx = HookContext(
                _EXECUTE_CALL_ERROR_HANDLER, self, message_id=pending.message_id,
                action=pending.action,
                error_code=exc.code if isinstance(exc, CallError) else None,
                error_description=exc.description if isinstance(exc, CallError) else None,
                error_details=exc.details if isinstance(exc, CallError) else None)
            try:
                yield from self._before(_EXECUTE_CALL_ERROR_HANDLER, ctx)
                if is_call_error and ctx.error_code is not None:
                    exc = CallError(ctx.error_code, ctx.error_description or "",
                                    ctx.error_details)
            except Exception as hook_exc:
                exc = hook_exc
            ctx.exception = exc
        if not pending.future.done():
            pending.future.set_exception(exc)
        if ctx is not None:
            yield from self._after(_EXECUTE_CALL_ERROR_HANDLER, ctx)

    def _on_result_error(self, msg: list[Any], raw: str | bytes) -> None:
        message_id = msg[1]
        code, description, details = _frames.error_fields(msg)
        logger.warning("ocpp_engine: the peer rejected our CALLRESULT %r: %s %s",
                       message_id, code, description)
        hooks = self.hooks
        name = _EXECUTE_CALL_RESULT_ERROR_HANDLER
        if name in hooks._active:
            ctx = HookContext(name, self, raw=_as_text(raw), message_id=message_id,
                              error_code=code, error_description=description,
                              error_details=details)
            self._runner.run(self._report(name, ctx))

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
        self._alarm = (clock.call_later(max(when - clock.time(), 0.0), self._on_alarm),
                       when, clock)

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
                    CallTimeoutError(pending.action, pending.message_id, pending.timeout))
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

    def _transmit(self, raw: str, pending: Pending | None, done: _Done | None) -> None:
        """Hand *raw* to the sender, after every frame produced before it."""
        if self._send_queue is not None:
            self._send_queue.append((raw, pending, done))
            return
        step = self._send_step(raw, pending, done)
        awaitable = next(step, None)
        if awaitable is None:
            return
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

    def _send_step(self, raw: str, pending: Pending | None, done: _Done | None) -> Step:
        hooks = self.hooks
        ctx = None
        error: BaseException | None = None
        try:
            if _SEND_MESSAGE in hooks._active:
                ctx = HookContext(_SEND_MESSAGE, self, raw=raw,
                                  message_id=None if pending is None else pending.message_id,
                                  action=None if pending is None else pending.action)
                yield from self._before(_SEND_MESSAGE, ctx)
                raw = ctx.raw if ctx.raw is not None else raw
            result = self.sender(raw)
            if hasattr(result, "__await__"):
                yield result
        except Exception as exc:
            error = exc
            if pending is not None:
                self._fail(pending, exc)
            elif done is None:
                logger.error("ocpp_engine: the sender failed", exc_info=exc)
        if done is not None and not done.done():
            if error is None:
                done.set_result(None)
            else:
                done.set_exception(error)
        if ctx is not None:
            ctx.exception = error
            ctx.result = ctx.frame = None if error is not None else raw
            yield from self._after(_SEND_MESSAGE, ctx)
        if pending is not None and _SEND_CALL in hooks._after:
            cctx = HookContext(_SEND_CALL, self, raw=raw, message_id=pending.message_id,
                               action=pending.action, exception=error)
            cctx.result = cctx.frame = None if error is not None else raw
            yield from self._after(_SEND_CALL, cctx)

    # -- running steps ------------------------------------------------------------------------

    def _before(self, name: HookName, ctx: HookContext) -> Step:
        """Run the before-hooks of *name*; their exceptions propagate to stop the step."""
        for fn in tuple(self.hooks._before.get(name, ())):
            result = fn(ctx)
            if hasattr(result, "__await__"):
                yield result

    def _after(self, name: HookName, ctx: HookContext) -> Step:
        """Run the after-hooks of *name*; their exceptions are logged and go no further."""
        for fn in tuple(self.hooks._after.get(name, ())):
            try:
                result = fn(ctx)
                if hasattr(result, "__await__"):
                    yield result
            except Exception as exc:
                logger.error("ocpp_engine: %s after-hook failed", name, exc_info=exc)

    def _report(self, name: HookName, ctx: HookContext) -> Step:
        """Run both kinds of hooks of a report-only hook (nothing to stop)."""
        try:
            yield from self._before(name, ctx)
        except Exception as exc:
            logger.error("ocpp_engine: %s hook failed", name, exc_info=exc)
        yield from self._after(name, ctx)

    # -- limits (the rules live in _limits.py) --------------------------------------------

    def _screened(self, raw: str | bytes) -> None:
        """Process *raw* unless it breaks a limit; count broken frames in a row."""
        refusal = screen(raw, self._limits) if len(raw) > self._screen_above else None
        if refusal is None:
            rejection = self._process(raw)
        else:
            assert self._rules is not None
            rejection = _frames.refused(refusal, self._rules)
            self._rejected(raw, rejection)
        if rejection is None or not rejection.broken:
            self._bad_frames = 0
            return
        self._bad_frames += 1
        if self._bad_frames == self._limits.max_bad_frames and self._rules is not None:
            self._runner.run(self._request_close(CloseRequest(
                f"{self._bad_frames} broken frames in a row")))

    def _request_close(self, request: CloseRequest) -> Step:
        handler = self.on_close_request
        logger.warning("ocpp_engine: asking the transport to close the connection: %s",
                       request.reason)
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
                f"of at most {MAX_MESSAGE_ID_LENGTH} characters")
        if message_id in self._calls:
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
                    "CustomAction to send vendor-specific actions")
        elif self.role is not None and self.role not in senders:
            raise UnknownActionError(f"{action} is not sent by a {self.role}")
        if not isinstance(payload, dict):
            raise InvalidPayloadError(
                f"the payload must be a dict, not {type(payload).__name__}", code="FormatViolation")
        validator = self._validator(action, _OUR_CALL)
        if validator is not None:
            try:
                check(validator, payload)
            except SchemaViolation as v:
                raise InvalidPayloadError(
                    f"{action} request fails its schema: {v}", code=v.code, path=v.path,
                    rule=v.rule) from None

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
                response = direction is Direction.OUR_RESULT or \
                    direction is Direction.THEIR_RESULT
                custom = self._custom.get(action)
                if custom is not None:
                    found = custom.validator(response)
                else:
                    found = _shared_validator(rules.version, action, response)
            cache[action] = found
        return found  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        state = self._rules.version.value if self._rules is not None else _DISCONNECTED
        who = f" {self.identity!r}" if self.identity is not None else ""
        return f"<Device{who} {state} pending_calls={self.pending_calls}>"


def _no_sender(raw: str) -> None:
    """The sender of a device made without one, until a transport sets its own."""
    raise NotConnectedError("the device has no sender: pass sender= or attach a transport")


def _answer_with(result: Any) -> Handler:
    """Return a handler that answers every CALL with *result*."""
    return lambda payload, ctx: result


def _as_text(raw: str | bytes) -> str:
    if isinstance(raw, str):
        return raw
    return bytes(raw).decode("utf-8", errors="replace")
