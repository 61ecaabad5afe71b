"""OCPP over SOAP (OCPP-S 1.5 and 1.6): envelopes, faults and payloads.

The HTTP transport is `ocpp_engine.transports.soap` (extra ``soap``). This package is pure:

- `decode_envelope` and `encode_envelope` read and write SOAP 1.2 envelopes with their
  WS-Addressing headers and the ``chargeBoxIdentity`` header (`SoapMessage`), refusing DTDs,
  entities, oversized and over-deep documents (`SoapError`, carrying the `Fault` to answer);
- `FAULTS` says how each CALLERROR code travels as a SOAP fault, `fault_for` and
  `callerror_of` apply it.
"""

from __future__ import annotations

from ._envelope import (
    DEFAULT_MAX_SIZE,
    FAULTS,
    Fault,
    FaultRow,
    SoapError,
    SoapMessage,
    callerror_of,
    fault_for,
    http_status,
)
from ._envelope import decode as decode_envelope
from ._envelope import encode as encode_envelope

__all__ = [
    "DEFAULT_MAX_SIZE",
    "FAULTS",
    "Fault",
    "FaultRow",
    "SoapError",
    "SoapMessage",
    "callerror_of",
    "decode_envelope",
    "encode_envelope",
    "fault_for",
    "http_status",
]
