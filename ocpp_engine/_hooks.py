"""Before and after hooks on every step of a device's life.

A hook is ``fn(ctx: HookContext)``, sync or async. Before-hooks run ahead of the step and may
change the fields the table below marks as theirs, or raise to stop the step; after-hooks run
once the step is over and see its outcome (``ctx.result`` or ``ctx.exception``). An after-hook's
own exception is logged and never breaks the device.

================================= =========================== ============================
hook                              before-hook may change      raising in a before-hook
================================= =========================== ============================
``message_received``              ``raw``                     the frame is dropped (a CALL is
                                                              answered with the raised CallError
                                                              or InternalError)
``send_message``                  ``raw``                     the frame is not sent; a CALL's
                                                              ``call()`` raises the exception
``send_call``                     ``action``, ``payload``     ``call()`` raises it, nothing sent
``send_call_result``              ``payload``                 a CALLERROR is sent instead
``send_call_error``               ``error_code``,             logged; the CALLERROR is sent as
                                  ``error_description``,      it was
                                  ``error_details``
``execute_call_handler``          ``payload``, ``result``     the CALL is answered with the
                                                              raised CallError or InternalError
``execute_call_result_handler``   ``payload``                 ``call()`` raises the exception
``execute_call_error_handler``    ``error_code``, ...         ``call()`` raises the exception
``send_send`` (2.1)               ``action``, ``payload``     ``send()`` raises it, nothing sent
``execute_send_handler`` (2.1)    ``payload``                 the SEND is dropped
``send_call_result_error`` (2.1)  ``error_code``, ...         logged; the frame is sent as it was
``execute_call_result_error_      --                          --
handler`` (2.1)
``message_dropped``               --                          --
``handler_failed``                --                          --
``connected``                     --                          --
``disconnected``                  --                          --
================================= =========================== ============================

An ``execute_call_handler`` before-hook that sets ``ctx.result`` answers the CALL itself: the
handler does not run and ``ctx.result`` is sent as the CALLRESULT payload (still checked
against the response schema). ``connected`` and ``disconnected`` report the device's
`Device.connected` and `Device.disconnected`, after the state changed (pending calls have
already failed when a ``disconnected`` hook runs).

``after message_received`` runs once the frame has been parsed and dispatched, and the after
hooks of ``send_call_result``, ``send_call_error`` and ``send_call_result_error`` once their
frame is queued for the sender: with sync handlers, hooks and sender everything is done by
then; an async step may still be running. ``send_message`` hooks see every frame as it reaches
the sender, and its after-hook sees whether the sender succeeded (``ctx.exception``).

``message_dropped`` reports a received frame that was not processed (unreadable in 1.6, an
unknown message type where the version says to ignore it, an answer to an unknown or timed-out
message id, anything received while disconnected); ``ctx.exception`` says why.
``handler_failed`` reports a local bug: a handler raised something other than `CallError`,
returned a payload that fails the response schema, or a hook raised; ``ctx.exception`` is it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final, TypeVar

from ._errors import LocalProtocolError

if TYPE_CHECKING:
    from ._device import CallContext, Device

__all__ = ["HOOK_NAMES", "HookContext", "Hooks"]

logger = logging.getLogger("ocpp_engine")

#: Every hook name a device knows.
HOOK_NAMES: Final = frozenset(
    {
        "message_received",
        "send_message",
        "send_call",
        "send_call_result",
        "send_call_error",
        "execute_call_handler",
        "execute_call_result_handler",
        "execute_call_error_handler",
        "send_send",
        "execute_send_handler",
        "send_call_result_error",
        "execute_call_result_error_handler",
        "message_dropped",
        "handler_failed",
        "connected",
        "disconnected",
    }
)

HookFn = Callable[["HookContext"], "Awaitable[Any] | Any"]
F = TypeVar("F", bound=HookFn)


class HookContext:
    """What a hook sees of a step. Fields that do not apply to the step are ``None``.

    Attributes:
        hook: the hook's name, such as ``"send_call"``.
        device: the device the step runs on.
        raw: the raw frame received or about to be sent.
        message_id: the message id of the frame the step is about.
        action: the action of the CALL or SEND the step is about.
        payload: the payload of the step (request or response).
        error_code: the error code of a CALLERROR or CALLRESULTERROR.
        error_description: its errorDescription.
        error_details: its errorDetails.
        call: the handler's `CallContext`, for steps that run a handler.
        result: (after-hooks) what the step produced, such as the handler's response payload.
        exception: (after-hooks, ``message_dropped``, ``handler_failed``) why the step failed.
    """

    __slots__ = (
        "action",
        "call",
        "device",
        "error_code",
        "error_description",
        "error_details",
        "exception",
        "hook",
        "message_id",
        "payload",
        "raw",
        "result",
    )

    def __init__(
        self,
        hook: str,
        device: Device,
        *,
        raw: str | None = None,
        message_id: str | None = None,
        action: str | None = None,
        payload: Any = None,
        error_code: str | None = None,
        error_description: str | None = None,
        error_details: Any = None,
        call: CallContext | None = None,
        exception: BaseException | None = None,
    ) -> None:
        self.hook = hook
        self.device = device
        self.raw = raw
        self.message_id = message_id
        self.action = action
        self.payload = payload
        self.error_code = error_code
        self.error_description = error_description
        self.error_details = error_details
        self.call = call
        self.result: Any = None
        self.exception = exception

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={getattr(self, name)!r}"
            for name in ("hook", "message_id", "action", "payload", "error_code", "exception")
            if getattr(self, name) is not None
        )
        return f"HookContext({fields})"


class Hooks:
    """The hooks of one device: ``device.hooks.before(name, fn)`` and ``.after(name, fn)``.

    Both may be used as decorators: ``@device.hooks.after("send_message")``.
    """

    __slots__ = ("_active", "_after", "_before")

    def __init__(self) -> None:
        self._before: dict[str, list[HookFn]] = {}
        self._after: dict[str, list[HookFn]] = {}
        # The names with at least one hook: the device's hot path asks this one set.
        self._active: frozenset[str] = _NO_HOOKS

    def before(self, name: str, fn: F | None = None) -> Any:
        """Run *fn* before every *name* step; returns *fn* (or a decorator when *fn* is omitted).

        Raises:
            LocalProtocolError: *name* is not one of `HOOK_NAMES`.
        """
        return self._add(self._before, name, fn)

    def after(self, name: str, fn: F | None = None) -> Any:
        """Run *fn* after every *name* step; returns *fn* (or a decorator when *fn* is omitted).

        Raises:
            LocalProtocolError: *name* is not one of `HOOK_NAMES`.
        """
        return self._add(self._after, name, fn)

    def remove(self, name: str, fn: HookFn) -> None:
        """Remove *fn* from the before- and after-hooks of *name*; absent hooks are ignored."""
        for table in (self._before, self._after):
            fns = table.get(name)
            if fns and fn in fns:
                fns.remove(fn)
                if not fns:
                    del table[name]
        self._active = frozenset(self._before) | frozenset(self._after) or _NO_HOOKS

    def _add(self, table: dict[str, list[HookFn]], name: str, fn: F | None) -> Any:
        if name not in HOOK_NAMES:
            known = ", ".join(sorted(HOOK_NAMES))
            raise LocalProtocolError(f"unknown hook {name!r}; known hooks: {known}")

        def register(f: F) -> F:
            table.setdefault(name, []).append(f)
            self._active = self._active | {name}
            return f

        return register if fn is None else register(fn)


_NO_HOOKS: frozenset[str] = frozenset()
