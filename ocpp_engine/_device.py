"""The Device: one end of an OCPP-J connection, without the connection.

The transport feeds every received frame to `Device.received` and hands every frame the device
produces to the *sender* callback. The device parses, validates, dispatches to handlers, answers,
and correlates the peer's answers with our calls.

This module is the public face: the constructor, the state, and the public methods. The steps
behind them are in `_engine`, and each rule they apply in a module of its own (`_frames`,
`_outstanding`, `_runner`, `_hooks`, `_limits`, `_validation`, `_versions`).
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar, overload

from ._clock import Clock, TimerHandle
from ._codec import Codec, default_codec
from ._context import CallContext, Handler, Sender
from ._engine import (
    _CONNECTED,
    _DISCONNECTED,
    _MESSAGE_RECEIVED,
    _SEND_CALL,
    _SEND_SEND,
    Engine,
    logger,
    validator_cache,
)
from ._errors import (
    ConnectionClosedError,
    LocalProtocolError,
    NotConnectedError,
    RemoteProtocolError,
)
from ._hooks import HookContext, Hooks
from ._hooks import after as _after
from ._hooks import before as _before
from ._hooks import report as _report
from ._ids import MAX_MESSAGE_ID_LENGTH, uuid4
from ._limits import CloseRequestHandler, Limits
from ._outstanding import Outstanding, Pending
from ._runner import Runner, finish
from ._validation import CustomAction, Validation
from ._versions import CALL, SEND, Role, Version, parse_version, rules_for

__all__ = [
    "MAX_MESSAGE_ID_LENGTH",
    "CallContext",
    "Clock",
    "Device",
    "Handler",
    "Sender",
    "TimerHandle",
]

H = TypeVar("H", bound=Handler)

if TYPE_CHECKING:
    from .messages import Payload, Request, Response, Send

    R = TypeVar("R", bound=Response)

_VALIDATE_ALL: Final = Validation()
_VALIDATE_NONE: Final = Validation.off()


class Device(Engine):
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
        id_factory: Callable[[], str] = uuid4,
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
        self._handlers = {}
        for action, handler in (handlers or {}).items():
            self.on(action, handler)
        self._custom = {a.name: a for a in actions}
        self._ids = id_factory
        self._clock = clock
        # One timer serves every call: (timer, when, clock); see _outstanding.py.
        self._alarm = None
        self._rules = None
        self._codec = default_codec() if codec is None else codec
        # Per-direction caches, the waiting deque and the task table are made on first use:
        # most devices idle most of the time (a deque alone is 600+ bytes).
        self._vcache = {}
        self._calls = Outstanding()
        self._handling = {}
        self._runner = Runner()
        self._send_queue = None
        # The hand-over futures of SENDs not yet taken by the sender: failed on disconnect.
        self._unsent = None
        # Limits (see _limits.py).
        self.on_close_request = on_close_request
        self.limits = Limits() if limits is None else limits
        self._bad_frames = 0
        self._faults = 0

    # -- public state -------------------------------------------------------------------------

    @property
    def version(self) -> Version | None:
        """The negotiated version while connected, else ``None``."""
        return None if self._rules is None else self._rules.version

    @property
    def default_version(self) -> Version | None:
        """The version `connected` uses when it is given none (the constructor's *version*)."""
        return self._default_version

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
        self._screen_above = min(
            limits.max_frame_size or sys.maxsize, limits.max_json_depth or sys.maxsize
        )

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
            LocalProtocolError: the handler's annotation names another action's class, or
                names message classes that cannot be resolved.
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

    def off(self, action: str | type[Payload], handler: Handler | None = None) -> Handler | None:
        """Remove the handler of *action* (``"*"`` for the catch-all); the counterpart of `on`.

        The action is then answered as one that never had a handler: by the catch-all if there
        is one, else ``NotSupported`` (``NotImplemented`` for an action the version lacks). A
        CALL already in handling finishes with the handler it started with. It never raises:
        as with `Hooks.remove`, removing a handler that is not there is no error.

        Args:
            action: the action's name, ``"*"``, or its request class, as given to `on`.
            handler: remove the handler only if it is this one, so that code removing its own
                handler never removes one registered after it; ``None`` removes any.

        Returns:
            the removed handler as it was given to `on` (so it can be registered again), or
            ``None`` when *action* had no handler, or another than *handler*.
        """
        name = action if isinstance(action, str) else action.ACTION
        current = self._handlers.get(name)
        if current is None:
            return None
        from ._typed import TypedHandler  # on() wraps a typed handler in one

        given = current.handler if isinstance(current, TypedHandler) else current
        if handler is not None and handler is not given:
            return None
        del self._handlers[name]
        return given

    def register_action(self, action: CustomAction) -> None:
        """Make a vendor-specific action known, with its schemas (if any)."""
        self._custom[action.name] = action
        self._vcache = {}  # perhaps shared with other devices: a cache of its own from now on

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
        self._vcache = validator_cache(chosen, self._validation, self._custom)
        self._rules = rules_for(chosen)
        self._bad_frames = self._faults = 0
        if _CONNECTED in self.hooks._active:
            self._runner.run(_report(self.hooks, _CONNECTED, HookContext(_CONNECTED, self)))

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
                done.set_exception(
                    ConnectionClosedError(
                        "disconnected before the SEND was handed to the transport"
                    )
                )
        self._runner.cancel_all()
        if _DISCONNECTED in self.hooks._active:
            self._runner.run(_report(self.hooks, _DISCONNECTED, HookContext(_DISCONNECTED, self)))

    # -- our calls ----------------------------------------------------------------------------

    @overload
    async def call(
        self, action: Request[R], payload: None = None, *, timeout: float | None = None
    ) -> R: ...

    @overload
    async def call(
        self,
        action: str,
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> dict[str, Any]: ...

    async def call(
        self,
        action: str | Request[Any],
        payload: Mapping[str, Any] | None = None,
        *,
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
            ctx = HookContext(
                _SEND_CALL, self, message_id=message_id, action=action, payload=payload
            )
            await finish(_before(self.hooks, _SEND_CALL, ctx))
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

    async def send(self, action: str | Send, payload: Mapping[str, Any] | None = None) -> None:
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
            ctx = HookContext(
                _SEND_SEND, self, message_id=message_id, action=action, payload=payload
            )
            await finish(_before(self.hooks, _SEND_SEND, ctx))
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
            await finish(_after(self.hooks, _SEND_SEND, ctx))

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

    def __repr__(self) -> str:
        state = self._rules.version.value if self._rules is not None else "disconnected"
        who = f" {self.identity!r}" if self.identity is not None else ""
        return f"<Device{who} {state} pending_calls={self.pending_calls}>"


def _no_sender(raw: str) -> None:
    """The sender of a device made without one, until a transport sets its own.

    The transports leave it in place until their connection is up, so it is the one
    not-connected sender of the package.
    """
    raise NotConnectedError("the device has no sender: it is not attached to a connection")
