"""Typed handlers whose annotations are strings that do not resolve in this module.

``from __future__ import annotations`` makes every annotation a string, and the message
classes are imported for the type checker only (or inside a function), as a module that only
needs them in annotations would. Used by ``tests/test_typed_device.py``.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from ocpp_engine.messages import v21

if TYPE_CHECKING:
    from decimal import Decimal

    from ocpp_engine import CallContext
    from ocpp_engine.messages import v16, v201
    from ocpp_engine.messages import v201 as m
    from ocpp_engine.messages.v201 import BootNotificationRequest

NOW = datetime.datetime(2024, 1, 1, 12, 0, tzinfo=datetime.timezone.utc)
ACCEPTED = {"status": "Accepted", "currentTime": "2024-01-01T12:00:00Z", "interval": 300}
seen: list[Any] = []


def on_boot_module(request: v201.BootNotificationRequest, ctx: CallContext) -> Any:
    """The message module is imported under TYPE_CHECKING only."""
    seen.append(request)
    return ACCEPTED


def on_boot_union(
    request: v201.BootNotificationRequest | v16.BootNotificationRequest, ctx: CallContext
) -> Any:
    """A union of two versions, both modules under TYPE_CHECKING."""
    seen.append(request)
    return ACCEPTED


def on_boot_runtime_module(request: v21.BootNotificationRequest, ctx: CallContext) -> Any:
    """The module is imported at run time, but ``CallContext`` is not."""
    seen.append(request)
    return ACCEPTED


def make_local_handler() -> Any:
    """A handler defined in a function that imports the message module itself."""
    from ocpp_engine.messages import v201

    def on_heartbeat(request: v201.HeartbeatRequest, ctx: CallContext) -> Any:
        seen.append(request)
        return v201.HeartbeatResponse(current_time=NOW)

    return on_heartbeat


def on_boot_bare_name(request: BootNotificationRequest, ctx: CallContext) -> Any:
    """A bare class name: which version it is cannot be told."""
    return ACCEPTED


def on_boot_alias(request: m.BootNotificationRequest, ctx: CallContext) -> Any:
    """The module under another name, imported under TYPE_CHECKING."""
    return ACCEPTED


def on_boot_unrelated(request: Decimal, ctx: CallContext) -> Any:
    """An annotation that does not resolve and names no message class."""
    seen.append(request)
    return ACCEPTED
