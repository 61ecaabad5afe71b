"""A short soak in the suite; ``python -m tests.soak`` runs the full million."""

from __future__ import annotations

import pytest

from ocpp_engine import Version
from tests.soak import soak

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("version", [v.value for v in Version])
async def test_round_trips_leave_memory_where_it_started(version: str) -> None:
    result = await soak(5_000, version, warmup=500)
    # A leak of even one small object per round trip would be > 250 kB here.
    assert result.growth < 32 * 1024, result
