"""Typed handlers and typed calls through a pair of devices, checked by ``mypy --strict``.

Run: python examples/typed_device.py
"""

from __future__ import annotations

import asyncio
import datetime
import sys
from typing import Any

from ocpp_engine import CallContext, Device
from ocpp_engine.messages import v201
from ocpp_engine.testing import connect

if sys.version_info >= (3, 11):
    from typing import assert_type
else:  # pragma: no cover - Python 3.10 has no typing.assert_type

    def assert_type(value: Any, _: Any) -> Any:
        """Stand-in for typing.assert_type."""
        return value


def on_boot(
    request: v201.BootNotificationRequest, ctx: CallContext
) -> v201.BootNotificationResponse:
    """A typed handler: it gets the request class and returns the response class."""
    print("boot from", request.charging_station.vendor_name, request.reason.value)
    return v201.BootNotificationResponse(
        current_time=datetime.datetime.now(datetime.timezone.utc),
        interval=300,
        status=v201.RegistrationStatusEnum.ACCEPTED,
    )


def on_heartbeat(request: v201.HeartbeatRequest, ctx: CallContext) -> v201.HeartbeatResponse:
    """Typed handlers and plain ones mix freely."""
    return v201.HeartbeatResponse(current_time=datetime.datetime.now(datetime.timezone.utc))


async def main() -> None:
    """Boot a station against a CSMS with typed messages on both sides."""
    csms = Device(sender=print, handlers={"BootNotification": on_boot, "Heartbeat": on_heartbeat})
    station = Device(sender=print)
    connect(station, csms, "ocpp2.0.1")
    answer = await station.call(v201.BootNotificationRequest(
        charging_station=v201.ChargingStation(model="X1", vendor_name="ACME"),
        reason=v201.BootReasonEnum.POWER_UP,
    ))
    assert_type(answer, v201.BootNotificationResponse)
    assert answer.status is v201.RegistrationStatusEnum.ACCEPTED
    heartbeat = await station.call(v201.HeartbeatRequest())
    assert_type(heartbeat, v201.HeartbeatResponse)
    plain = await station.call("BootNotification", {
        "reason": "PowerUp", "chargingStation": {"model": "X1", "vendorName": "ACME"}})
    assert_type(plain, dict[str, Any])
    print(answer.interval, plain["status"])


if __name__ == "__main__":
    asyncio.run(main())
