"""Ready transports for a `Device`, each an optional extra.

- `ocpp_engine.transports.websocket` (extra ``websockets``): `CentralSystem` and `ChargePoint`.
- `ocpp_engine.transports.mqtt` (extra ``mqtt``): `MqttCentralSystem` and `MqttChargingStation`.
- `ocpp_engine.transports.serial` (extra ``serial``): `SerialConnection`, `LineFramer` and
  `run_stream`.
- `ocpp_engine.transports.soap` (extra ``soap``): `SoapCentralSystem`, `SoapChargePoint` and
  `CentralSystemGroup` (OCPP-S 1.6 and 1.5 over HTTP).

Importing this package imports none of the optional libraries; the names above are loaded
from their module on first use, and a missing extra raises an ImportError that names it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._common import Backoff

if TYPE_CHECKING:
    from .mqtt import MqttCentralSystem, MqttChargingStation, TopicLayout
    from .serial import LineFramer, SerialConnection, run_stream
    from .soap import CentralSystemGroup, SoapCentralSystem, SoapChargePoint
    from .websocket import CentralSystem, ChargePoint, HandshakeRequest, Station

__all__ = [
    "Backoff",
    "CentralSystem",
    "CentralSystemGroup",
    "ChargePoint",
    "HandshakeRequest",
    "LineFramer",
    "MqttCentralSystem",
    "MqttChargingStation",
    "SerialConnection",
    "SoapCentralSystem",
    "SoapChargePoint",
    "Station",
    "TopicLayout",
    "run_stream",
]

_LAZY = {
    "CentralSystem": "websocket",
    "ChargePoint": "websocket",
    "HandshakeRequest": "websocket",
    "Station": "websocket",
    "MqttCentralSystem": "mqtt",
    "MqttChargingStation": "mqtt",
    "TopicLayout": "mqtt",
    "LineFramer": "serial",
    "SerialConnection": "serial",
    "run_stream": "serial",
    "CentralSystemGroup": "soap",
    "SoapCentralSystem": "soap",
    "SoapChargePoint": "soap",
}


def __getattr__(name: str) -> Any:
    """Load a transport class from its module on first use.

    Raises:
        ImportError: the transport's extra is not installed (the message names it).
        AttributeError: no such name.
    """
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
