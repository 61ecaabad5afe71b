"""Measure typed payload conversion: from_wire (structure) and to_wire (unstructure).

Run with ``python examples/typed_benchmark.py``. Payloads: a 1.6 MeterValues with 5 meterValue
entries of 20 sampledValue each (all optional fields set) and a 2.0.1 TransactionEvent of the
same size. For reference it also times a converter built the textbook cattrs way
(``make_dict_structure_fn``/``make_dict_unstructure_fn`` with ``override(rename=...)``,
``omit_if_default=True`` and detailed validation off), which the generated hooks replace. Its
output is not equivalent: it leaves enum members in the dict (they are ``str`` subclasses) and
drops the vendor keys of ``CustomData``, so its unstructure time is a lower bound.
"""

from __future__ import annotations

import datetime
import sys
import timeit
from collections.abc import Callable
from importlib.metadata import version
from typing import Any

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from ocpp_engine.messages import (
    format_datetime,
    from_wire,
    get_converter,
    parse_datetime,
    to_wire,
    v16,
    v201,
)

MEASURANDS_16 = [m.value for m in v16.Measurand]
MEASURANDS_201 = [m.value for m in v201.MeasurandEnum]


def meter_values_16() -> dict[str, Any]:
    """Return a 1.6 MeterValues request: 5 meterValue entries x 20 sampledValue entries."""
    return {
        "connectorId": 1,
        "transactionId": 123456,
        "meterValue": [
            {
                "timestamp": f"2024-05-01T12:{i:02d}:00.123456Z",
                "sampledValue": [
                    {
                        "value": f"{1000 + 7 * j}.5",
                        "context": "Sample.Periodic",
                        "format": "Raw",
                        "measurand": MEASURANDS_16[j % len(MEASURANDS_16)],
                        "phase": "L1-N",
                        "location": "Outlet",
                        "unit": "Wh",
                    }
                    for j in range(20)
                ],
            }
            for i in range(5)
        ],
    }


def transaction_event_201() -> dict[str, Any]:
    """Return a 2.0.1 TransactionEvent request with 5 x 20 sampled values."""
    return {
        "eventType": "Updated",
        "timestamp": "2024-05-01T12:00:00Z",
        "triggerReason": "MeterValuePeriodic",
        "seqNo": 17,
        "offline": False,
        "numberOfPhasesUsed": 3,
        "cableMaxCurrent": 32,
        "reservationId": 5,
        "transactionInfo": {
            "transactionId": "0f4d7c0e-2b4e-4d3a-9a3e-6b1c2d3e4f50",
            "chargingState": "Charging",
            "timeSpentCharging": 3600,
            "remoteStartId": 42,
        },
        "idToken": {
            "idToken": "04A2B3C4D5E6F7",
            "type": "ISO14443",
            "additionalInfo": [{"additionalIdToken": "X", "type": "Account"}],
        },
        "evse": {"id": 1, "connectorId": 1},
        "meterValue": [
            {
                "timestamp": f"2024-05-01T12:{i:02d}:00.123456Z",
                "sampledValue": [
                    {
                        "value": 1000.5 + 7 * j,
                        "context": "Sample.Periodic",
                        "measurand": MEASURANDS_201[j % len(MEASURANDS_201)],
                        "phase": "L1-N",
                        "location": "Outlet",
                        "unitOfMeasure": {"unit": "Wh", "multiplier": 0},
                        "customData": {"vendorId": "com.acme", "raw": j},
                    }
                    for j in range(20)
                ],
            }
            for i in range(5)
        ],
    }


def textbook_converter() -> cattrs.Converter:
    """Build a converter with cattrs' own generated functions, as a reference point."""
    converter = cattrs.Converter()
    converter.register_unstructure_hook(datetime.datetime, format_datetime)
    converter.register_structure_hook(datetime.datetime, lambda v, _: parse_datetime(v))

    def is_payload(cls: Any) -> bool:
        return (
            isinstance(cls, type)
            and attrs.has(cls)
            and cls.__module__.startswith("ocpp_engine.messages.v")
        )

    def renames(cls: Any) -> dict[str, Any]:
        return {
            f.name: override(rename=f.metadata["wire"])
            if "wire" in f.metadata
            else override(omit=True)  # CustomData.extra: not handled by the textbook approach
            for f in attrs.fields(cls)
        }

    converter.register_unstructure_hook_factory(
        is_payload,
        lambda cls: make_dict_unstructure_fn(
            cls, converter, _cattrs_omit_if_default=True, **renames(cls)
        ),
    )
    converter.register_structure_hook_factory(
        is_payload,
        lambda cls: make_dict_structure_fn(
            cls, converter, _cattrs_detailed_validation=False, **renames(cls)
        ),
    )
    return converter


def per_op(function: Callable[[], object], number: int) -> float:
    """Best of 5 runs, in microseconds per call."""
    return min(timeit.repeat(function, number=number, repeat=5)) / number * 1e6


def main() -> None:
    """Print the timings."""
    versions = f"attrs {version('attrs')}, cattrs {version('cattrs')}"
    print(f"Python {sys.version.split()[0]}, {versions}")
    get_converter()
    textbook = textbook_converter()
    cases: list[tuple[str, type[Any], dict[str, Any]]] = [
        ("1.6 MeterValues 5x20", v16.MeterValuesRequest, meter_values_16()),
        ("2.0.1 TransactionEvent 5x20", v201.TransactionEventRequest, transaction_event_201()),
    ]
    for label, cls, wire in cases:
        print(label)
        for name, micros in measure(cls, wire, textbook):
            print(f"  {name:30} {micros:9.1f} µs/op")


def measure(
    cls: type[Any], wire: dict[str, Any], textbook: cattrs.Converter, number: int = 300
) -> list[tuple[str, float]]:
    """Time the four conversions of one payload."""
    message = from_wire(cls, wire)
    assert to_wire(message) == wire
    return [
        ("from_wire (structure)", per_op(lambda: from_wire(cls, wire), number)),
        ("to_wire (unstructure)", per_op(lambda: to_wire(message), number)),
        ("textbook cattrs structure", per_op(lambda: textbook.structure(wire, cls), number)),
        ("textbook cattrs unstructure", per_op(lambda: textbook.unstructure(message), number)),
    ]


if __name__ == "__main__":
    main()
