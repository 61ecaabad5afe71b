"""OCPP over SOAP (OCPP-S 1.5 and 1.6): envelopes, faults and payloads.

The HTTP transport is `ocpp_engine.transports.soap` (extra ``soap``). This package is pure:

- `decode_envelope` and `encode_envelope` read and write SOAP 1.2 envelopes with their
  WS-Addressing headers and the ``chargeBoxIdentity`` header (`SoapMessage`), refusing DTDs,
  entities, oversized and over-deep documents (`SoapError`, carrying the `Fault` to answer);
- `FAULTS` says how each CALLERROR code travels as a SOAP fault, `fault_for` and
  `callerror_of` apply it;
- `decode_payload` and `encode_payload` turn a body element into the OCPP-J payload dict and
  back (`Decoded`, `PayloadError`), checked against tables generated from the OCA's XSDs: a
  1.6-S payload is the same dict as its 1.6-J twin, a 1.5-S payload the dict 1.5's derived
  schemas describe. `NAMESPACES` and `service_of` say which version and service a namespace is.
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
from ._payload import NAMESPACES, Decoded, PayloadError, service_of
from ._payload import decode as decode_payload
from ._payload import encode as encode_payload

__all__ = [
    "DEFAULT_MAX_SIZE",
    "FAULTS",
    "NAMESPACES",
    "Decoded",
    "Fault",
    "FaultRow",
    "PayloadError",
    "SoapError",
    "SoapMessage",
    "callerror_of",
    "decode_envelope",
    "decode_payload",
    "encode_envelope",
    "encode_payload",
    "fault_for",
    "http_status",
    "service_of",
]
