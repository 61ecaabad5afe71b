"""ocpp_engine: a transport-agnostic OCPP-J engine for OCPP 1.6, 2.0.1 and 2.1.

A `Device` owns the protocol and no sockets: the transport hands it every received frame
through `Device.received` and gives it a *sender* for the frames it produces. Payloads are
validated against the official OCA JSON schemas.

The root holds what a program uses daily. The rest lives in public submodules:
`ocpp_engine.errors` (every exception, by OCPP code), `ocpp_engine.hooks`,
`ocpp_engine.validation`, `ocpp_engine.versions`, `ocpp_engine.codec`, `ocpp_engine.clock`,
`ocpp_engine.outbox`, `ocpp_engine.registration`, `ocpp_engine.testing`,
`ocpp_engine.messages` and `ocpp_engine.transports`.

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

from ._clock import Clock, sleep
from ._device import CallContext, Device, Handler, Sender
from ._errors import (
    CallError,
    CallTimeoutError,
    ConnectionClosedError,
    InvalidPayloadError,
    LocalProtocolError,
    NotConnectedError,
    OCPPError,
    RemoteProtocolError,
    UnknownActionError,
)
from ._hooks import HookContext, HookName, Hooks
from ._limits import CloseRequest, Limits
from ._validation import CustomAction, Validation
from ._versions import Role, Version

if TYPE_CHECKING:
    from .outbox import MemoryStore, Outbox, SQLiteStore
    from .registration import NotRegisteredError, RegistrationGate, RegistrationStatus

# The outbox (with sqlite3) and the registration gate are imported on first use: most programs
# never need them, and importing them costs a tenth of the engine's start-up.
_LAZY = {
    **dict.fromkeys(("MemoryStore", "Outbox", "SQLiteStore"), "outbox"),
    **dict.fromkeys(
        ("NotRegisteredError", "RegistrationGate", "RegistrationStatus"), "registration"
    ),
}

#: Names the root exported in 0.1.0 and their public module now.
_MOVED = {
    **dict.fromkeys(
        (
            "FormatViolationError",
            "MessageTypeNotSupportedError",
            "OccurrenceConstraintViolationError",
            "PropertyConstraintViolationError",
            "ProtocolError",
            "RpcFrameworkError",
            "TypeConstraintViolationError",
        ),
        "errors",
    ),
    **dict.fromkeys(("Codec", "default_codec", "orjson_codec", "stdlib_codec"), "codec"),
    **dict.fromkeys(("RULE_CODES", "Direction", "preload"), "validation"),
    "HOOK_NAMES": "hooks",
    **dict.fromkeys(("VersionRules", "rules_for"), "versions"),
    "TimerHandle": "clock",
    **dict.fromkeys(("Delivery", "OutboxEntry", "OutboxStore"), "outbox"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        moved = _MOVED.get(name)
        hint = f"; it is in ocpp_engine.{moved}" if moved is not None else ""
        raise AttributeError(f"module 'ocpp_engine' has no attribute {name!r}{hint}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__version__ = "0.1.0"

__all__ = [
    "CallContext",
    "CallError",
    "CallTimeoutError",
    "Clock",
    "CloseRequest",
    "ConnectionClosedError",
    "CustomAction",
    "Device",
    "Handler",
    "HookContext",
    "HookName",
    "Hooks",
    "InvalidPayloadError",
    "Limits",
    "LocalProtocolError",
    "MemoryStore",
    "NotConnectedError",
    "NotRegisteredError",
    "OCPPError",
    "Outbox",
    "RegistrationGate",
    "RegistrationStatus",
    "RemoteProtocolError",
    "Role",
    "SQLiteStore",
    "Sender",
    "UnknownActionError",
    "Validation",
    "Version",
    "__version__",
    "sleep",
]
