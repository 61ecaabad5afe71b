"""Before and after hooks on every step of a device's life.

A hook is ``fn(ctx: HookContext)``, sync or async. Before-hooks run ahead of the step and may
change the fields the table below marks as theirs, or raise to stop it; after-hooks run once the
step is over and see its outcome (``ctx.result`` or ``ctx.exception``). An after-hook's own
exception is logged and never breaks the device.

The hooks are `HookName` members (a ``str`` enum: the plain names work as well), and what each
one allows is a `HookSpec` in `HOOKS`, the table below is rendered from (and
``docs/concepts/hooks.md`` holds the same table; a test checks both against `HOOKS`):

- ``message_received``: may change ``raw``. Raising in a before-hook: the frame is dropped (a CALL
  is answered with the raised ``CallError``, or InternalError).
- ``send_message``: may change ``raw``. Raising in a before-hook: the frame is not sent; a CALL's
  ``call()`` raises the exception.
- ``send_call``: may change ``action``, ``payload``. Raising in a before-hook: ``call()`` raises it;
  nothing is sent.
- ``send_call_result``: may change ``payload``. Raising in a before-hook: a CALLERROR is sent
  instead.
- ``send_call_error``: may change ``error_code``, ``error_description``, ``error_details``. Raising
  in a before-hook: logged; the CALLERROR is sent as it was.
- ``execute_call_handler``: may change ``payload``, ``result``; setting ``result`` answers the CALL
  without running the handler. Raising in a before-hook: the CALL is answered with the raised
  ``CallError``, or InternalError.
- ``execute_call_result_handler``: may change ``payload``. Raising in a before-hook: ``call()``
  raises the exception.
- ``execute_call_error_handler``: may change ``error_code``, ``error_description``,
  ``error_details``. Raising in a before-hook: ``call()`` raises the exception.
- ``send_send`` (2.1): may change ``action``, ``payload``. Raising in a before-hook: ``send()``
  raises it; nothing is sent.
- ``execute_send_handler`` (2.1): may change ``payload``. Raising in a before-hook: the SEND is
  dropped.
- ``send_call_result_error`` (2.1): may change ``error_code``, ``error_description``,
  ``error_details``. Raising in a before-hook: logged; the frame is sent as it was.
- ``execute_call_result_error_handler`` (2.1): report only: the peer rejected one of our
  CALLRESULTs. Raising in a before-hook: logged.
- ``message_dropped``: report only: a frame that was not processed. Raising in a before-hook:
  logged.
- ``handler_failed``: report only: a handler or hook raised, or returned an invalid payload. Raising
  in a before-hook: logged.
- ``connected``: report only: ``connected()`` was called (the device is already connected). Raising
  in a before-hook: logged.
- ``disconnected``: report only: ``disconnected()`` was called (pending calls have already failed).
  Raising in a before-hook: logged.

An ``execute_call_handler`` before-hook that sets ``ctx.result`` answers the CALL itself: the
handler does not run and ``ctx.result`` is sent as the CALLRESULT payload (still checked
against the response schema). ``connected`` and ``disconnected`` report the device's
`Device.connected` and `Device.disconnected`, after the state changed (pending calls have
already failed when a ``disconnected`` hook runs).

``after message_received`` runs once the frame has been parsed and dispatched, and the after
hooks of ``send_call_result``, ``send_call_error`` and ``send_call_result_error`` once their
frame is queued for the sender: with sync handlers, hooks and sender everything is done by
then; an async step may still be running. ``send_message`` hooks see every frame as it reaches
the sender, and its after-hook sees whether the sender succeeded (``ctx.exception``). The
after-hooks of the send hooks find the frame sent in ``ctx.frame`` (``ctx.result`` holds it
too).

``message_dropped`` reports a received frame that was not processed (unreadable in 1.6, an
unknown message type where the version says to ignore it, an answer to an unknown or timed-out
message id, anything received while disconnected); ``ctx.exception`` says why.
``handler_failed`` reports a local bug: a handler raised something other than `CallError`,
returned a payload that fails the response schema, or a hook raised; ``ctx.exception`` is it.
"""

from __future__ import annotations

import enum
import logging
import textwrap
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs

from ._errors import LocalProtocolError
from ._runner import Step

if TYPE_CHECKING:
    from ._context import CallContext
    from ._device import Device
    from ._engine import Engine

__all__ = [
    "HOOKS",
    "HOOK_NAMES",
    "HookContext",
    "HookName",
    "HookSpec",
    "Hooks",
    "after",
    "before",
    "report",
]

logger = logging.getLogger("ocpp_engine")


class HookName(str, enum.Enum):
    """The name of a hook. A ``str`` enum: ``HookName.SEND_CALL == "send_call"``."""

    MESSAGE_RECEIVED = "message_received"
    SEND_MESSAGE = "send_message"
    SEND_CALL = "send_call"
    SEND_CALL_RESULT = "send_call_result"
    SEND_CALL_ERROR = "send_call_error"
    EXECUTE_CALL_HANDLER = "execute_call_handler"
    EXECUTE_CALL_RESULT_HANDLER = "execute_call_result_handler"
    EXECUTE_CALL_ERROR_HANDLER = "execute_call_error_handler"
    SEND_SEND = "send_send"
    EXECUTE_SEND_HANDLER = "execute_send_handler"
    SEND_CALL_RESULT_ERROR = "send_call_result_error"
    EXECUTE_CALL_RESULT_ERROR_HANDLER = "execute_call_result_error_handler"
    MESSAGE_DROPPED = "message_dropped"
    HANDLER_FAILED = "handler_failed"
    CONNECTED = "connected"
    DISCONNECTED = "disconnected"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return self.value.__format__(spec)


@attrs.frozen
class HookSpec:
    """What one hook allows.

    Attributes:
        name: the hook.
        step: what the step is, where the name does not say it (``""`` otherwise).
        changes: the `HookContext` fields a before-hook may change.
        on_raise: what raising in a before-hook does.
        report_only: whether the hook only reports (nothing to change, nothing to stop).
        note: more on what a before-hook may do.
        version: the OCPP version the step exists in, when not all (``"2.1"``).
    """

    name: HookName
    changes: tuple[str, ...]
    on_raise: str
    report_only: bool = False
    step: str = ""
    note: str = ""
    version: str = ""


_H = HookName
_ERROR_FIELDS = ("error_code", "error_description", "error_details")
_LOGGED = "logged"
_CALL_FAILS = "`call()` raises the exception"

#: What every hook allows, in the order of the documentation's table.
HOOKS: Final[Mapping[HookName, HookSpec]] = {
    spec.name: spec
    for spec in (
        HookSpec(
            _H.MESSAGE_RECEIVED,
            ("raw",),
            "the frame is dropped (a CALL is answered with the "
            "raised `CallError`, or InternalError)",
        ),
        HookSpec(
            _H.SEND_MESSAGE,
            ("raw",),
            "the frame is not sent; a CALL's `call()` raises the exception",
            step="every frame handed to the sender",
        ),
        HookSpec(_H.SEND_CALL, ("action", "payload"), "`call()` raises it; nothing is sent"),
        HookSpec(_H.SEND_CALL_RESULT, ("payload",), "a CALLERROR is sent instead"),
        HookSpec(_H.SEND_CALL_ERROR, _ERROR_FIELDS, "logged; the CALLERROR is sent as it was"),
        HookSpec(
            _H.EXECUTE_CALL_HANDLER,
            ("payload", "result"),
            "the CALL is answered with the raised `CallError`, or InternalError",
            note="setting `result` answers the CALL without running the handler",
        ),
        HookSpec(_H.EXECUTE_CALL_RESULT_HANDLER, ("payload",), _CALL_FAILS),
        HookSpec(_H.EXECUTE_CALL_ERROR_HANDLER, _ERROR_FIELDS, _CALL_FAILS),
        HookSpec(
            _H.SEND_SEND,
            ("action", "payload"),
            "`send()` raises it; nothing is sent",
            version="2.1",
        ),
        HookSpec(_H.EXECUTE_SEND_HANDLER, ("payload",), "the SEND is dropped", version="2.1"),
        HookSpec(
            _H.SEND_CALL_RESULT_ERROR,
            _ERROR_FIELDS,
            "logged; the frame is sent as it was",
            version="2.1",
        ),
        HookSpec(
            _H.EXECUTE_CALL_RESULT_ERROR_HANDLER,
            (),
            _LOGGED,
            True,
            step="the peer rejected one of our CALLRESULTs",
            version="2.1",
        ),
        HookSpec(_H.MESSAGE_DROPPED, (), _LOGGED, True, step="a frame that was not processed"),
        HookSpec(
            _H.HANDLER_FAILED,
            (),
            _LOGGED,
            True,
            step="a handler or hook raised, or returned an invalid payload",
        ),
        HookSpec(
            _H.CONNECTED,
            (),
            _LOGGED,
            True,
            step="`connected()` was called (the device is already connected)",
        ),
        HookSpec(
            _H.DISCONNECTED,
            (),
            _LOGGED,
            True,
            step="`disconnected()` was called (pending calls have already failed)",
        ),
    )
}

#: Every hook name a device knows, as plain strings.
HOOK_NAMES: Final = frozenset(name.value for name in HookName)


def _markdown_row(spec: HookSpec) -> str:
    hook = f"`{spec.name.value}`"
    if spec.version:
        hook += f" ({spec.version})"
    if spec.step and not spec.report_only:
        hook += f" ({spec.step})"
    if spec.report_only:
        change = "report only" + (f": {spec.step}" if spec.step else "")
    else:
        change = ", ".join(f"`{field}`" for field in spec.changes)
        if spec.note:
            change += f"; {spec.note}"
    return f"| {hook} | {change} | {spec.on_raise} |"


def markdown_table() -> str:
    """Render `HOOKS` as the Markdown table of ``docs/concepts/hooks.md``."""
    rows = ["| hook | a before-hook may change | raising in a before-hook |", "|---|---|---|"]
    rows.extend(_markdown_row(spec) for spec in HOOKS.values())
    return "\n".join(rows)


def _rst_entry(spec: HookSpec) -> str:
    hook = f"``{spec.name.value}``" + (f" ({spec.version})" if spec.version else "")
    if spec.report_only:
        what = "report only" + (f": {spec.step}" if spec.step else "")
    else:
        what = "may change " + ", ".join(f"``{field}``" for field in spec.changes)
        if spec.note:
            what += f"; {spec.note}"
    text = f"- {hook}: {what}. Raising in a before-hook: {spec.on_raise}."
    return textwrap.fill(
        text.replace("`", "``").replace("````", "``"),
        width=100,
        subsequent_indent="  ",
        break_on_hyphens=False,
    )


def text_table() -> str:
    """Render `HOOKS` as the list in this module's docstring."""
    return "\n".join(_rst_entry(spec) for spec in HOOKS.values())


HookFn = Callable[["HookContext"], "Awaitable[Any] | Any"]
F = TypeVar("F", bound=HookFn)


class HookContext:
    """What a hook sees of a step. Fields that do not apply to the step are ``None``.

    Attributes:
        hook: the hook's name, such as ``"send_call"`` (a `HookName`).
        device: the device the step runs on.
        raw: the raw frame received or about to be sent.
        message_id: the message id of the frame the step is about.
        action: the action of the CALL or SEND the step is about.
        payload: the payload of the step (request or response).
        error_code: the error code of a CALLERROR or CALLRESULTERROR.
        error_description: its errorDescription.
        error_details: its errorDetails.
        call: the handler's `CallContext`, for steps that run a handler.
        result: (after-hooks) what the step produced: the handler's response payload, the
            received payload of an answer; in the send hooks, the frame sent (as ``frame``).
        frame: (after-hooks of ``send_message``, ``send_call``, ``send_call_result``,
            ``send_call_error``, ``send_call_result_error``) the frame handed to the sender,
            ``None`` when the sender failed.
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
        "frame",
        "hook",
        "message_id",
        "payload",
        "raw",
        "result",
    )

    def __init__(
        self,
        hook: HookName | str,
        device: Engine,
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
        self.device: Device = device  # type: ignore[assignment]  # every Engine is a Device
        self.raw = raw
        self.message_id = message_id
        self.action = action
        self.payload = payload
        self.error_code = error_code
        self.error_description = error_description
        self.error_details = error_details
        self.call = call
        self.result: Any = None
        self.frame: str | None = None
        self.exception = exception

    def __repr__(self) -> str:
        fields = ", ".join(
            f"{name}={str(self.hook) if name == 'hook' else getattr(self, name)!r}"
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
        self._before: dict[HookName, list[HookFn]] = {}
        self._after: dict[HookName, list[HookFn]] = {}
        # The names with at least one hook: the device's hot path asks this one set.
        self._active: frozenset[HookName] = _NO_HOOKS

    def before(self, name: HookName | str, fn: F | None = None) -> Any:
        """Run *fn* before every *name* step; returns *fn* (or a decorator when *fn* is omitted).

        Raises:
            LocalProtocolError: *name* is not one of `HOOK_NAMES`.
        """
        return self._add(self._before, name, fn)

    def after(self, name: HookName | str, fn: F | None = None) -> Any:
        """Run *fn* after every *name* step; returns *fn* (or a decorator when *fn* is omitted).

        Raises:
            LocalProtocolError: *name* is not one of `HOOK_NAMES`.
        """
        return self._add(self._after, name, fn)

    def remove(self, name: HookName | str, fn: HookFn) -> None:
        """Remove *fn* from the before- and after-hooks of *name*; absent hooks are ignored."""
        try:
            hook = HookName(name)
        except ValueError:
            return
        for table in (self._before, self._after):
            fns = table.get(hook)
            if fns and fn in fns:
                fns.remove(fn)
                if not fns:
                    del table[hook]
        self._active = frozenset(self._before) | frozenset(self._after) or _NO_HOOKS

    def _add(self, table: dict[HookName, list[HookFn]], name: HookName | str, fn: F | None) -> Any:
        try:
            hook = HookName(name)
        except ValueError:
            known = ", ".join(sorted(HOOK_NAMES))
            raise LocalProtocolError(f"unknown hook {name!r}; known hooks: {known}") from None

        def register(f: F) -> F:
            table.setdefault(hook, []).append(f)
            self._active = self._active | {hook}
            return f

        return register if fn is None else register(fn)


_NO_HOOKS: frozenset[HookName] = frozenset()


def before(hooks: Hooks, name: HookName, ctx: HookContext) -> Step:
    """Run the before-hooks of *name* (over a copy of the list); their exceptions propagate."""
    for fn in tuple(hooks._before.get(name, ())):
        result = fn(ctx)
        if hasattr(result, "__await__"):
            yield result


def after(hooks: Hooks, name: HookName, ctx: HookContext) -> Step:
    """Run the after-hooks of *name*; their exceptions are logged and go no further."""
    for fn in tuple(hooks._after.get(name, ())):
        try:
            result = fn(ctx)
            if hasattr(result, "__await__"):
                yield result
        except Exception as exc:
            logger.error("ocpp_engine: %s after-hook failed", name, exc_info=exc)


def report(hooks: Hooks, name: HookName, ctx: HookContext) -> Step:
    """Run both kinds of hooks of a report-only hook: a failing one is logged, nothing stops."""
    try:
        yield from before(hooks, name, ctx)
    except Exception as exc:
        logger.error("ocpp_engine: %s hook failed", name, exc_info=exc)
    yield from after(hooks, name, ctx)
