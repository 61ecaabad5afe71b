"""Typed OCPP payloads: attrs classes generated from the official JSON schemas.

One module per version, imported on demand: `ocpp_engine.messages.v16`,
`ocpp_engine.messages.v201` and `ocpp_engine.messages.v21`. Each has a frozen, slotted
attrs class per request (``<Action>Request``), response (``<Action>Response``) and nested
object, a ``(str, Enum)`` per enumeration, and the dicts ``REQUESTS``, ``RESPONSES`` and
``SENDS`` (action -> class).

From an instance to the wire:

```python
action, payload = message.ACTION, to_wire(message)
```

From the wire to an instance:

```python
cls = request_class("ocpp1.6", action)  # or response_class / send_class
message = from_wire(cls, payload)
```

When built, an enum field takes the member or one of its value strings and a ``date-time`` field
an aware datetime or an RFC 3339 string (converted); anything else raises ``ValueError`` or
``TypeError``. Beyond that the classes carry no validation; validate the wire form against the
schema. The generator and its naming rules: `ocpp_engine.messages.generate`.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType
from typing import Any

from ocpp_engine._versions import LAYOUT
from ocpp_engine.messages._base import Payload, Request, Response, Send, response_class_of
from ocpp_engine.messages._convert import (
    WireFormatError,
    from_wire,
    get_converter,
    make_converter,
    to_wire,
)
from ocpp_engine.messages._datetime import format_datetime, parse_datetime

__all__ = [
    "MODULES",
    "Payload",
    "Request",
    "Response",
    "Send",
    "WireFormatError",
    "format_datetime",
    "from_wire",
    "get_converter",
    "make_converter",
    "module_for",
    "parse_datetime",
    "request_class",
    "response_class",
    "response_class_of",
    "send_class",
    "to_wire",
]

#: Generated module name by OCPP version (as spelt in the WebSocket subprotocol). OCPP 1.5 has
#: none: its schemas are derived from its SOAP XSD and its payloads stay dicts.
MODULES: dict[str, str] = {
    version.value: f"ocpp_engine.messages.{layout.module}"
    for version, layout in LAYOUT.items()
    if layout.typed
}


def module_for(version: str) -> ModuleType:
    """Return (importing it if needed) the generated module of a version like ``"ocpp2.0.1"``.

    Only that version's module is imported: the others cost nothing until asked for.

    Raises:
        ValueError: the version is unknown, or has no typed classes (OCPP 1.5).
    """
    try:
        name = MODULES[version]
    except KeyError:
        if any(v.value == version for v in LAYOUT):
            raise ValueError(
                f"{version} has no typed message classes (its schemas are derived from its "
                "SOAP XSD); its payloads are dicts"
            ) from None
        raise ValueError(f"unknown OCPP version {version!r}; known: {sorted(MODULES)}") from None
    return importlib.import_module(name)


def request_class(version: str, action: str) -> type[Request[Any]]:
    """Return the request payload class of ``action``.

    Raises:
        KeyError: the version has no such request.
        ValueError: the version is unknown or has no typed classes.
    """
    cls: type[Request[Any]] = module_for(version).REQUESTS[action]
    return cls


def response_class(version: str, action: str) -> type[Response]:
    """Return the response payload class of ``action``.

    Raises:
        KeyError: the version has no such response.
        ValueError: the version is unknown or has no typed classes.
    """
    cls: type[Response] = module_for(version).RESPONSES[action]
    return cls


def send_class(version: str, action: str) -> type[Send]:
    """Return the SEND payload class of ``action`` (OCPP 2.1).

    Raises:
        KeyError: the version has no such SEND message.
        ValueError: the version is unknown or has no typed classes.
    """
    cls: type[Send] = module_for(version).SENDS[action]
    return cls
