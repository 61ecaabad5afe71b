"""ocpp_engine: a transport-agnostic OCPP-J engine for OCPP 1.6, 2.0.1 and 2.1.

A `Device` owns the protocol and no sockets: the transport hands it every received frame
through `Device.received` and gives it a *sender* for the frames it produces. Payloads are
validated against the official OCA JSON schemas.

Example:
    ```python
    from ocpp_engine import Device

    async def on_boot(payload, ctx):
        return {"status": "Accepted", "currentTime": "2024-01-01T00:00:00Z", "interval": 300}

    device = Device(sender=ws.send, handlers={"BootNotification": on_boot}, version="ocpp1.6")
    device.connected()
    async for raw in ws:
        device.received(raw)
    ```
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._clock import Clock, TimerHandle, sleep
from ._codec import Codec, default_codec, orjson_codec, stdlib_codec
from ._device import CallContext, Device, Handler, Sender
from ._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    FormatViolationError,
    InvalidPayloadError,
    LocalProtocolError,
    MessageTypeNotSupportedError,
    NotConnectedError,
    OccurrenceConstraintViolationError,
    OCPPError,
    PropertyConstraintViolationError,
    ProtocolError,
    RemoteProtocolError,
    RpcFrameworkError,
    TypeConstraintViolationError,
    UnknownActionError,
)
from ._hooks import HOOK_NAMES, HookContext, HookName, Hooks
from ._limits import CloseRequest, Limits
from ._validation import RULE_CODES, CustomAction, Direction, Validation, preload
from ._versions import Role, Version, VersionRules, rules_for

if TYPE_CHECKING:
    from .outbox import Delivery, MemoryStore, Outbox, OutboxEntry, OutboxStore, SQLiteStore
    from .registration import NotRegisteredError, RegistrationGate, RegistrationStatus

# The outbox (with sqlite3) and the registration gate are imported on first use: most programs
# never need them, and importing them costs a tenth of the engine's start-up.
_LAZY = {
    **dict.fromkeys(
        ("Delivery", "MemoryStore", "Outbox", "OutboxEntry", "OutboxStore", "SQLiteStore"), "outbox"
    ),
    **dict.fromkeys(
        ("NotRegisteredError", "RegistrationGate", "RegistrationStatus"), "registration"
    ),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'ocpp_engine' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "HOOK_NAMES",
    "RULE_CODES",
    "CallContext",
    "CallError",
    "CallTimeoutError",
    "Clock",
    "CloseRequest",
    "Codec",
    "ConnectionClosedError",
    "CustomAction",
    "Delivery",
    "Device",
    "Direction",
    "FormatViolationError",
    "Handler",
    "HookContext",
    "HookName",
    "Hooks",
    "InvalidPayloadError",
    "Limits",
    "LocalProtocolError",
    "MemoryStore",
    "MessageTypeNotSupportedError",
    "NotConnectedError",
    "NotRegisteredError",
    "OCPPError",
    "OccurrenceConstraintViolationError",
    "Outbox",
    "OutboxEntry",
    "OutboxStore",
    "PropertyConstraintViolationError",
    "ProtocolError",
    "RegistrationGate",
    "RegistrationStatus",
    "RemoteProtocolError",
    "Role",
    "RpcFrameworkError",
    "SQLiteStore",
    "Sender",
    "TimerHandle",
    "TypeConstraintViolationError",
    "UnknownActionError",
    "Validation",
    "Version",
    "VersionRules",
    "__version__",
    "default_codec",
    "orjson_codec",
    "preload",
    "rules_for",
    "sleep",
    "stdlib_codec",
]
