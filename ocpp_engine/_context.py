"""What a handler sees besides the payload (`CallContext`), and the hand-over signals.

`Sender` and `Handler` are the shapes of the two callables a device is given. `Done` is told
whether the sender took a frame; `AfterSent` is the `Done` of a CALLRESULT whose handler asked
for work after its reply (`CallContext.after_reply`).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol

from ._errors import LocalProtocolError
from ._versions import Version

if TYPE_CHECKING:
    from ._device import Device
    from ._engine import Engine

__all__ = ["AfterSent", "CallContext", "Done", "Handler", "Sender"]

Sender = Callable[[str], "Awaitable[Any] | Any"]
"""``sender(frame: str)``, sync or async: hands one frame to the transport."""

Handler = Callable[[Any, "CallContext"], Any]
"""``handler(payload, ctx)``, sync or async: returns the response payload."""


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
        self, action: str, message_id: str, version: Version, device: Engine, is_send: bool
    ) -> None:
        self.action = action
        self.message_id = message_id
        self.version = version
        self.device: Device = device  # type: ignore[assignment]  # every Engine is a Device
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

        Example:
            ```python
            async def on_trigger(payload, ctx):
                if payload["requestedMessage"] == "Heartbeat":
                    ctx.after_reply(ctx.device.call, "Heartbeat", {})
                return {"status": "Accepted"}
            ```

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


class Done(Protocol):
    """Told whether the sender took a frame: a SEND's future, or a reply's `AfterSent`."""

    def done(self) -> bool: ...

    def set_result(self, result: None, /) -> None: ...

    def set_exception(self, exception: BaseException, /) -> None: ...


class AfterSent:
    """The `Done` of a CALLRESULT whose handler used `CallContext.after_reply`."""

    __slots__ = ("_done", "action", "callbacks", "device", "message_id")

    def __init__(
        self,
        device: Engine,
        callbacks: list[tuple[Callable[..., Any], tuple[Any, ...]]],
        message_id: str,
        action: str,
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
                device._after_reply_step(self.callbacks, self.message_id, self.action)
            )

    def set_exception(self, exception: BaseException, /) -> None:
        self._done = True  # the reply never reached the transport: the callbacks do not run
