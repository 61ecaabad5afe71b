"""Typed OCPP payloads: build a request, turn it into its wire form and back.

Run with ``python examples/typed_messages.py``; type-check with ``mypy --strict``.
"""

from __future__ import annotations

import datetime
import sys
from typing import Any

from ocpp_engine.messages import from_wire, response_class_of, to_wire
from ocpp_engine.messages.v16 import (
    BootNotificationRequest,
    BootNotificationResponse,
    RegistrationStatus,
)
from ocpp_engine.messages.v201 import MeterValue, SampledValue

if sys.version_info >= (3, 11):
    from typing import assert_type
else:  # pragma: no cover - Python 3.10

    def assert_type(value: Any, _: Any) -> Any:
        """Stand-in for typing.assert_type (added in Python 3.11)."""
        return value


def main() -> None:
    """Build a 1.6 BootNotification, send it as a dict, answer it and read the answer."""
    request = BootNotificationRequest(
        charge_point_vendor="ACME", charge_point_model="Wallbox 9000", firmware_version="1.2.3"
    )
    action, payload = request.ACTION, to_wire(request)
    assert_type(payload, dict[str, Any])
    print(action, request.VERSION, payload)
    # -> BootNotification ocpp1.6 {'chargePointVendor': 'ACME', ...}

    answer = {"status": "Accepted", "currentTime": "2024-01-01T12:00:00Z", "interval": 300}
    response = from_wire(response_class_of(request), answer)
    assert_type(response, BootNotificationResponse)
    assert response.status is RegistrationStatus.ACCEPTED
    assert_type(response.current_time, datetime.datetime)
    print(response.status.value, response.current_time.isoformat(), response.interval)

    # Nested objects are classes too, with snake_case names and their wire names kept.
    sample = MeterValue(
        timestamp=datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc),
        sampled_value=[SampledValue(value=42.5)],
    )
    assert to_wire(sample) == {
        "timestamp": "2024-01-01T00:00:00Z",
        "sampledValue": [{"value": 42.5}],
    }


if __name__ == "__main__":
    main()
