"""Worker mode: the stations' CALLs, validated at their edge, answered by a pool of workers.

The edge (a `Cluster` made with ``workers=True``, given to ``CentralSystem(cluster=...)``)
installs one catch-all handler on each station's `Device`: the Device parses and validates the
CALL as usual (the registration gate and any hook still run there), then the handler submits it
to the pool (`Bus.submit`, keyed by the station) and waits for the answer, which the Device
validates as the response and sends. A worker process (``cluster.serve_workers(handlers)``)
runs the same ``handler(payload, ctx)`` functions a Device takes; its *ctx* is a `WorkContext`.

What the station gets, in one table:

| what happened at the worker                     | the station gets                       |
|-------------------------------------------------|----------------------------------------|
| the handler returned a payload                  | CALLRESULT (after the response schema) |
| the handler raised `CallError`                  | CALLERROR with its code and details    |
| the handler raised anything else                | CALLERROR ``InternalError``            |
| no handler for the action                       | CALLERROR ``NotSupported``             |
| no worker listening (`NoWorkers`)               | CALLERROR ``InternalError``, at once   |
| no answer by the deadline (`CallOutcomeUnknown`)| CALLERROR ``InternalError``            |

Order: the bus hands out one station's requests one at a time (`Bus.submit`), and the edge
submits them in the order the Device took them, so each station's CALLs are handled in the
order it sent them even when they land on different workers. Nothing is retried.
"""

from __future__ import annotations

import inspect
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Final

import attrs

from .._errors import CallError
from ._bus import CallOutcomeUnknown, ClusterError, NoWorkers
from ._common import logger
from ._wire import CallReply, WireError, _dumps, _object, _string, decode_reply

if TYPE_CHECKING:
    from .._context import CallContext
    from .._device import Device
    from ._cluster import Cluster

__all__ = ["WorkContext", "WorkerHandler"]

#: The seconds an edge waits for the pool's answer by default.
DEFAULT_WORK_TIMEOUT: Final = 30.0

WorkerHandler = Callable[[dict[str, Any], "WorkContext"], Any]
"""``handler(payload, ctx)``, sync or async, returning the response payload (a dict or
``None``): the same shape as a `Device` handler, with a `WorkContext` as *ctx*."""


@attrs.frozen
class WorkContext:
    """What a worker's handler knows of the CALL besides its payload.

    Attributes:
        identity: the station that sent the CALL.
        action: the OCPP action.
        message_id: the CALL's message id.
        version: the station's OCPP version (``"ocpp1.6"``, ``"ocpp2.0.1"``, ``"ocpp2.1"``).
        node: the edge node the station is connected to.
        deadline: when the edge stops waiting, wall-clock seconds since the epoch.
    """

    identity: str
    action: str
    message_id: str
    version: str
    node: str
    deadline: float


def encode_work(ctx: WorkContext, payload: Mapping[str, Any]) -> bytes:
    """Encode a CALL for the pool. Raises nothing (the payload is JSON already)."""
    return _dumps(
        {
            "i": ctx.identity,
            "a": ctx.action,
            "m": ctx.message_id,
            "v": ctx.version,
            "n": ctx.node,
            "d": ctx.deadline,
            "p": payload,
        }
    )


def decode_work(raw: bytes) -> tuple[WorkContext, dict[str, Any]]:
    """Decode what `encode_work` made.

    Raises:
        WireError: *raw* is not a work request.
    """
    body = _object(raw)
    payload = body.get("p")
    deadline = body.get("d")
    if not isinstance(payload, dict):
        raise WireError("field 'p' is not an object")
    if isinstance(deadline, bool) or not isinstance(deadline, (int, float)):
        raise WireError("field 'd' is not a number")
    ctx = WorkContext(
        _string(body, "i"),
        _string(body, "a"),
        _string(body, "m"),
        _string(body, "v"),
        _string(body, "n"),
        float(deadline),
    )
    return ctx, payload


class WorkerPool:
    """A worker process's side: runs the handlers for the requests the bus hands it."""

    def __init__(self, handlers: Mapping[str, WorkerHandler]) -> None:
        self.handlers = dict(handlers)

    async def on_work(self, key: str, body: bytes) -> bytes:
        """Answer one request; a CALLERROR for anything that fails.

        Raises:
            CallOutcomeUnknown: the request came after its deadline (it is not answered).
        """
        try:
            ctx, payload = decode_work(body)
        except WireError as exc:
            return CallReply.error(CallError("InternalError", f"unreadable: {exc}")).to_bytes()
        if time.time() > ctx.deadline:
            raise CallOutcomeUnknown(key, 0.0, worker=True)  # its edge gave up: no answer
        handler = self.handlers.get(ctx.action) or self.handlers.get("*")
        if handler is None:
            error = CallError("NotSupported", f"no worker handles {ctx.action}")
            return CallReply.error(error).to_bytes()
        try:
            result = handler(payload, ctx)
            if inspect.isawaitable(result):
                result = await result
            return CallReply.result({} if result is None else result).to_bytes()
        except CallError as exc:
            return CallReply.error(exc).to_bytes()
        except Exception:
            logger.exception("the worker's %s handler for %r failed", ctx.action, ctx.identity)
            error = CallError("InternalError", f"the worker's {ctx.action} handler failed")
            return CallReply.error(error).to_bytes()


def install(cluster: Cluster, device: Device, identity: str) -> None:
    """Make *device* send every CALL without a local handler of its own to the pool.

    Raises nothing.
    """

    async def to_workers(payload: dict[str, Any], ctx: CallContext) -> Any:
        timeout = cluster.work_timeout
        work = WorkContext(
            identity,
            ctx.action,
            ctx.message_id,
            ctx.version.value,
            cluster.node_id,
            time.time() + timeout,
        )
        try:
            raw = await cluster.bus.submit(identity, encode_work(work, payload), timeout)
        except NoWorkers:
            raise CallError("InternalError", "no worker is available") from None
        except CallOutcomeUnknown:
            raise CallError("InternalError", "no answer from the workers in time") from None
        except ClusterError as exc:
            raise CallError("InternalError", f"the worker pool failed: {exc}") from None
        except Exception as exc:  # the broker's own errors
            logger.warning("submitting %s of %r failed: %r", ctx.action, identity, exc)
            raise CallError("InternalError", "the worker pool cannot be reached") from None
        try:
            reply = decode_reply(raw)
        except WireError as exc:
            raise CallError("InternalError", f"unreadable answer from a worker: {exc}") from None
        if reply.kind == "error":
            raise CallError(reply.code, reply.description, reply.details)
        if reply.kind != "result":
            raise CallError("InternalError", f"the worker failed: {reply.description}")
        return reply.payload

    device.on("*", to_workers)
