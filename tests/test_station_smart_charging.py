"""Smart charging: acceptance rules of 1.6 and 2.x, clearing, composite schedules, handlers."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ocpp_engine import Device, Validation
from ocpp_engine.station import MemoryStateStore, SQLiteStateStore
from ocpp_engine.station.smart_charging import (
    ChargingProfile,
    Limit,
    ProfileStore,
    SchedulePeriod,
    SmartCharging,
    Transaction,
)
from ocpp_engine.testing import FakeClock, Peer, sequential_ids

UTC = timezone.utc
T0 = datetime(2026, 1, 5, 12, 0, tzinfo=UTC)  # a Monday, noon


def iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def wire(
    *,
    v16: bool = True,
    id: int = 1,
    stack: int = 0,
    purpose: str = "TxDefaultProfile",
    kind: str = "Absolute",
    periods: Sequence[tuple[int, float] | tuple[int, float, int]] = ((0, 16.0),),
    unit: str = "A",
    start: datetime | None = T0,
    duration: int | None = None,
    tx: str | int | None = None,
    recurrency: str | None = None,
    valid_from: datetime | None = None,
    valid_to: datetime | None = None,
) -> dict[str, Any]:
    """A profile's wire form, 1.6 or 2.x."""
    schedule: dict[str, Any] = {
        "chargingRateUnit": unit,
        "chargingSchedulePeriod": [
            {"startPeriod": p[0], "limit": p[1], **({"numberPhases": p[2]} if len(p) > 2 else {})}
            for p in periods
        ],
    }
    if not v16:
        schedule["id"] = id
    if start is not None:
        schedule["startSchedule"] = iso(start)
    if duration is not None:
        schedule["duration"] = duration
    profile: dict[str, Any] = {
        "chargingProfileId" if v16 else "id": id,
        "stackLevel": stack,
        "chargingProfilePurpose": purpose,
        "chargingProfileKind": kind,
        "chargingSchedule": schedule if v16 else [schedule],
    }
    for key, value in (
        ("transactionId", tx),
        ("recurrencyKind", recurrency),
        ("validFrom", valid_from and iso(valid_from)),
        ("validTo", valid_to and iso(valid_to)),
    ):
        if value is not None:
            profile[key] = value
    return profile


def p16(connector: int = 0, **kw: Any) -> ChargingProfile:
    return ChargingProfile.from_wire(wire(**kw), connector, "ocpp1.6")


def p2x(connector: int = 0, version: str = "ocpp2.0.1", **kw: Any) -> ChargingProfile:
    if kw.get("kind") == "Relative":
        kw.setdefault("start", None)
    return ChargingProfile.from_wire(wire(v16=False, **kw), connector, version)


TX1 = Transaction("17", T0 - timedelta(minutes=10))


def store_with(existing: Sequence[ChargingProfile], **options: Any) -> ProfileStore:
    options.setdefault("connectors", 2)
    options.setdefault("max_profiles", 3)
    store = ProfileStore(**options)
    for profile in existing:
        tx = TX1 if profile.purpose == "TxProfile" else None
        assert store.install(profile, now=T0, transaction=tx, by_csms=False).accepted, profile
    return store


# -- acceptance -----------------------------------------------------------------------------

#: (name, installed, new profile, transaction on its connector, reasonCode or None, replaced)
CASES_16: list[tuple[str, list[ChargingProfile], ChargingProfile, Transaction | None, Any, Any]] = [
    ("tx default on 0", [], p16(0), None, None, ()),
    ("tx default with a transactionId", [], p16(1, tx=17), TX1, "InvalidValue", ()),
    ("tx default on a connector", [], p16(1), None, None, ()),
    ("max profile on 0", [], p16(0, purpose="ChargePointMaxProfile"), None, None, ()),
    (
        "relative max profile",
        [],
        p16(0, purpose="ChargePointMaxProfile", kind="Relative", start=None),
        None,
        "InvalidValue",
        (),
    ),
    (
        "max profile on a connector",
        [],
        p16(1, purpose="ChargePointMaxProfile"),
        None,
        "InvalidValue",
        (),
    ),
    ("tx profile on 0", [], p16(0, purpose="TxProfile"), TX1, "InvalidValue", ()),
    ("tx profile, no transaction", [], p16(1, purpose="TxProfile"), None, "TxNotFound", ()),
    ("tx profile, transaction", [], p16(1, purpose="TxProfile"), TX1, None, ()),
    ("tx profile, its transaction", [], p16(1, purpose="TxProfile", tx=17), TX1, None, ()),
    (
        "tx profile, another transaction",
        [],
        p16(1, purpose="TxProfile", tx=18),
        TX1,
        "TxNotFound",
        (),
    ),
    ("stack level above the max", [], p16(1, stack=11), None, "InvalidStackLevel", ()),
    ("negative stack level", [], p16(1, stack=-1), None, "InvalidStackLevel", ()),
    ("unknown connector", [], p16(3), None, "UnknownEvse", ()),
    ("first period not at 0", [], p16(1, periods=((5, 6.0),)), None, "InvalidSchedule", ()),
    (
        "periods out of order",
        [],
        p16(1, periods=((0, 6.0), (60, 7.0), (60, 8.0))),
        None,
        "InvalidSchedule",
        (),
    ),
    ("four phases", [], p16(1, periods=((0, 6.0, 4),)), None, "InvalidSchedule", ()),
    ("recurring without recurrencyKind", [], p16(1, kind="Recurring"), None, "InvalidSchedule", ()),
    (
        "recurring without start",
        [],
        p16(1, kind="Recurring", recurrency="Daily", start=None),
        None,
        "InvalidSchedule",
        (),
    ),
    ("recurring daily", [], p16(1, kind="Recurring", recurrency="Daily"), None, None, ()),
    ("expired", [], p16(1, valid_to=T0 - timedelta(seconds=1)), None, "InvalidValue", ()),
    (
        "validTo before validFrom",
        [],
        p16(1, valid_from=T0 + timedelta(hours=2), valid_to=T0 + timedelta(hours=1)),
        None,
        "InvalidValue",
        (),
    ),
    ("absolute without start (relative to charging)", [], p16(1, start=None), None, None, ()),
    ("same id replaces", [p16(1, id=1, stack=2)], p16(2, id=1, stack=3), None, None, (1,)),
    (
        "same stack and purpose replaces",
        [p16(1, id=1, stack=2)],
        p16(1, id=2, stack=2),
        None,
        None,
        (1,),
    ),
    (
        "same stack, other connector stacks",
        [p16(1, id=1, stack=2)],
        p16(2, id=2, stack=2),
        None,
        None,
        (),
    ),
    (
        "same stack, other purpose stacks",
        [p16(1, id=1, stack=2)],
        p16(1, id=2, stack=2, purpose="TxProfile"),
        TX1,
        None,
        (),
    ),
    (
        "tx profile replaces the transaction's at its stack level",
        [p16(1, id=1, purpose="TxProfile")],
        p16(1, id=2, purpose="TxProfile"),
        TX1,
        None,
        (1,),
    ),
    (
        "full",
        [p16(1, id=1), p16(1, id=2, stack=1), p16(1, id=3, stack=2)],
        p16(1, id=4, stack=3),
        None,
        "NoCapacity",
        (),
    ),
    (
        "full but replacing",
        [p16(1, id=1), p16(1, id=2, stack=1), p16(1, id=3, stack=2)],
        p16(1, id=4, stack=2),
        None,
        None,
        (3,),
    ),
]

CASES_2X: list[tuple[str, list[ChargingProfile], ChargingProfile, Transaction | None, Any, Any]] = [
    ("tx default on 0", [], p2x(0), None, None, ()),
    ("tx default with a transactionId", [], p2x(1, tx="17"), TX1, "InvalidValue", ()),
    ("max profile on 0", [], p2x(0, purpose="ChargingStationMaxProfile"), None, None, ()),
    (
        "max profile on an EVSE",
        [],
        p2x(1, purpose="ChargingStationMaxProfile"),
        None,
        "InvalidValue",
        (),
    ),
    (
        "relative max profile",
        [],
        p2x(0, purpose="ChargingStationMaxProfile", kind="Relative"),
        None,
        "InvalidValue",
        (),
    ),
    (
        "external constraints from the CSMS",
        [],
        p2x(0, purpose="ChargingStationExternalConstraints"),
        None,
        "InvalidValue",
        (),
    ),
    (
        "id of the external constraints",
        [p2x(0, id=9, purpose="ChargingStationExternalConstraints")],
        p2x(0, id=9),
        None,
        "DuplicateProfile",
        (),
    ),
    ("tx profile on 0", [], p2x(0, purpose="TxProfile", tx="17"), TX1, "InvalidValue", ()),
    ("tx profile without transactionId", [], p2x(1, purpose="TxProfile"), TX1, "MissingParam", ()),
    (
        "tx profile, no transaction",
        [],
        p2x(1, purpose="TxProfile", tx="17"),
        None,
        "TxNotFound",
        (),
    ),
    (
        "tx profile, another transaction",
        [],
        p2x(1, purpose="TxProfile", tx="18"),
        TX1,
        "TxNotFound",
        (),
    ),
    ("tx profile, its transaction", [], p2x(1, purpose="TxProfile", tx="17"), TX1, None, ()),
    (
        "tx profile, same stack, same transaction",
        [p2x(1, id=1, purpose="TxProfile", tx="17")],
        p2x(1, id=2, purpose="TxProfile", tx="17"),
        TX1,
        "InvalidStackLevel",
        (),
    ),
    ("unknown EVSE", [], p2x(3), None, "UnknownEvse", ()),
    ("absolute without start", [], p2x(1, start=None), None, "InvalidSchedule", ()),
    ("relative with start", [], p2x(1, kind="Relative", start=T0), None, "InvalidSchedule", ()),
    ("relative", [], p2x(1, kind="Relative"), None, None, ()),
    ("rate unit not supported", [], p2x(1, unit="W"), None, "UnsupportedRateUnit", ()),
    ("same id replaces", [p2x(1, id=1, stack=1)], p2x(2, id=1, stack=4), None, None, (1,)),
    (
        "same stack, purpose, EVSE",
        [p2x(1, id=1, stack=1)],
        p2x(1, id=2, stack=1),
        None,
        "DuplicateProfile",
        (),
    ),
    (
        "same stack, validity apart",
        [p2x(1, id=1, stack=1, valid_to=T0 + timedelta(hours=1))],
        p2x(1, id=2, stack=1, valid_from=T0 + timedelta(hours=1)),
        None,
        None,
        (),
    ),
    (
        "tx default on 0 and on an EVSE, same stack",
        [p2x(0, id=1, stack=1)],
        p2x(1, id=2, stack=1),
        None,
        "DuplicateProfile",
        (),
    ),
    (
        "tx default on an EVSE and on 0, same stack",
        [p2x(1, id=1, stack=1)],
        p2x(0, id=2, stack=1),
        None,
        "DuplicateProfile",
        (),
    ),
    (
        "tx default on 0 and on an EVSE, other stack",
        [p2x(0, id=1, stack=1)],
        p2x(1, id=2, stack=2),
        None,
        None,
        (),
    ),
    (
        "2.1 priority charging",
        [],
        p2x(1, version="ocpp2.1", purpose="PriorityCharging"),
        None,
        "UnsupportedPurpose",
        (),
    ),
    ("2.1 dynamic", [], p2x(1, version="ocpp2.1", kind="Dynamic"), None, "UnsupportedKind", ()),
]


def _ids(cases: Sequence[tuple[Any, ...]]) -> list[str]:
    return [case[0] for case in cases]


@pytest.mark.parametrize(
    ("name", "installed", "new", "tx", "reason", "replaced"), CASES_16, ids=_ids(CASES_16)
)
def test_acceptance_16(
    name: str,
    installed: list[ChargingProfile],
    new: ChargingProfile,
    tx: Transaction | None,
    reason: str | None,
    replaced: tuple[int, ...],
) -> None:
    store = store_with(installed, rate_units=("A",))
    before = store.profiles()
    verdict = store.install(new, now=T0, transaction=tx)
    assert (verdict.accepted, verdict.reason) == (reason is None, reason), verdict.info
    if reason is None:
        assert verdict.replaced == replaced
        assert store.get(new.id) is not None
        assert not any(store.get(i) for i in replaced if i != new.id)
    else:
        assert store.profiles() == before


@pytest.mark.parametrize(
    ("name", "installed", "new", "tx", "reason", "replaced"), CASES_2X, ids=_ids(CASES_2X)
)
def test_acceptance_2x(
    name: str,
    installed: list[ChargingProfile],
    new: ChargingProfile,
    tx: Transaction | None,
    reason: str | None,
    replaced: tuple[int, ...],
) -> None:
    store = store_with(installed, rate_units=("A",))
    before = store.profiles()
    verdict = store.install(new, now=T0, transaction=tx)
    assert (verdict.accepted, verdict.reason) == (reason is None, reason), verdict.info
    if reason is None:
        assert verdict.replaced == replaced
    else:
        assert store.profiles() == before
        assert verdict.info


def test_a_16_tx_profile_is_bound_to_the_transaction_and_ends_with_it() -> None:
    store = ProfileStore(connectors=1)
    assert store.install(p16(1, purpose="TxProfile"), now=T0, transaction=TX1).accepted
    assert store.profiles()[0].transaction_id == "17"
    assert store.limit_at(1, T0, transaction=TX1) == Limit(16.0, "A")
    assert store.limit_at(1, T0, transaction=Transaction("18")) is None
    assert [p.id for p in store.transaction_ended(17)] == [1]
    assert store.profiles() == ()


# -- clearing -------------------------------------------------------------------------------


def cleared_16() -> ProfileStore:
    return store_with(
        [
            p16(0, id=1, purpose="ChargePointMaxProfile"),
            p16(0, id=2, stack=1),
            p16(1, id=3, stack=1),
            p16(2, id=4, stack=2),
        ],
        max_profiles=10,
    )


@pytest.mark.parametrize(
    ("criteria", "gone"),
    [
        ({"profile_id": 3}, [3]),
        ({"profile_id": 3, "connector": 2}, [3]),  # the id alone counts
        ({"profile_id": 99}, []),
        ({"connector": 0}, [1, 2]),
        ({"purpose": "TxDefaultProfile"}, [2, 3, 4]),
        ({"purpose": "TxDefaultProfile", "stack_level": 1}, [2, 3]),
        ({"connector": 1, "purpose": "ChargePointMaxProfile"}, []),
        ({}, [1, 2, 3, 4]),
    ],
)
def test_clear_matching(criteria: dict[str, Any], gone: list[int]) -> None:
    store = cleared_16()
    assert [p.id for p in store.clear(**criteria)] == gone
    assert {p.id for p in store.profiles()} == {1, 2, 3, 4} - set(gone)


def test_the_csms_never_clears_external_constraints() -> None:
    store = store_with([p2x(0, id=1, purpose="ChargingStationExternalConstraints"), p2x(1, id=2)])
    assert [p.id for p in store.clear()] == [2]
    assert store.clear(profile_id=1) == ()
    assert [p.id for p in store.clear(profile_id=1, by_csms=False)] == [1]


# -- composite schedules --------------------------------------------------------------------


def limits(
    store: ProfileStore, connector: int = 1, duration: int = 7200, **kw: Any
) -> list[tuple[int, float | None]]:
    composite = store.composite(connector, T0, duration, **kw)
    return [(p.start_period, p.limit) for p in composite.periods]


def test_the_highest_stack_level_wins_while_it_runs() -> None:
    store = store_with(
        [
            p16(0, id=1, periods=((0, 16.0),)),
            p16(
                1,
                id=2,
                stack=1,
                periods=((0, 10.0),),
                start=T0 + timedelta(minutes=30),
                duration=3600,
            ),
        ]
    )
    assert limits(store) == [(0, 16.0), (1800, 10.0), (5400, 16.0)]
    # connector 2 sees only the default on 0
    assert limits(store, connector=2) == [(0, 16.0)]


def test_a_profile_on_the_connector_beats_one_on_0_at_the_same_level() -> None:
    store = store_with(
        [p16(0, id=1, stack=3, periods=((0, 20.0),)), p16(1, id=2, stack=3, periods=((0, 25.0),))]
    )
    assert limits(store) == [(0, 25.0)]


def test_tx_profile_over_tx_default_and_the_max_profile_caps_both() -> None:
    store = store_with(
        [
            p16(1, id=1, stack=5, periods=((0, 10.0),)),
            p16(1, id=2, purpose="TxProfile", periods=((0, 20.0), (3600, 30.0))),
            p16(0, id=3, purpose="ChargePointMaxProfile", periods=((0, 25.0),)),
        ]
    )
    assert limits(store, transaction=TX1) == [(0, 20.0), (3600, 25.0)]
    assert limits(store) == [(0, 10.0)]  # no transaction: the TxProfile does not count
    assert limits(store, connector=0) == [(0, 25.0)]  # the station: its maximum


def test_tx_default_applies_again_when_the_tx_profile_ends() -> None:
    store = store_with(
        [
            p16(1, id=1, periods=((0, 10.0),)),
            p16(1, id=2, purpose="TxProfile", periods=((0, 20.0),), duration=600),
        ]
    )
    assert limits(store, transaction=TX1) == [(0, 20.0), (600, 10.0)]


def test_recurring_daily_repeats_from_its_start() -> None:
    store = store_with(
        [
            p16(
                1,
                kind="Recurring",
                recurrency="Daily",
                start=datetime(2026, 1, 1, tzinfo=UTC),
                periods=((0, 32.0), (8 * 3600, 10.0), (18 * 3600, 32.0)),
            )
        ]
    )
    # noon: 10 A until 18:00, 32 A until 08:00 next day, then 10 A
    assert limits(store, duration=86400) == [(0, 10.0), (6 * 3600, 32.0), (20 * 3600, 10.0)]


def test_recurring_weekly_with_a_duration() -> None:
    # every Monday from 10:00 for three hours: 6 A; nothing the rest of the week
    store = store_with(
        [
            p16(
                1,
                kind="Recurring",
                recurrency="Weekly",
                start=datetime(2025, 12, 29, 10, tzinfo=UTC),
                duration=3 * 3600,
                periods=((0, 6.0),),
            )
        ]
    )
    assert limits(store, duration=7 * 86400) == [
        (0, 6.0),
        (3600, None),
        (7 * 86400 - 2 * 3600, 6.0),
    ]


def test_relative_starts_with_the_transaction_or_now() -> None:
    store = store_with([p16(1, id=1, kind="Relative", start=None, periods=((0, 6.0), (900, 16.0)))])
    assert limits(store, transaction=TX1) == [(0, 6.0), (300, 16.0)]  # started ten minutes ago
    assert limits(store) == [(0, 6.0), (900, 16.0)]  # would start now


def test_validity_bounds_a_profile() -> None:
    store = store_with(
        [
            p16(1, id=1, periods=((0, 16.0),)),
            p16(
                1,
                id=2,
                stack=1,
                periods=((0, 8.0),),
                valid_from=T0 + timedelta(hours=1),
                valid_to=T0 + timedelta(hours=2),
            ),
        ]
    )
    assert limits(store, duration=3 * 3600) == [(0, 16.0), (3600, 8.0), (7200, 16.0)]


def test_units_are_converted_with_voltage_and_phases() -> None:
    store = store_with(
        [
            p16(0, id=1, purpose="ChargePointMaxProfile", unit="W", periods=((0, 11040.0),)),
            p16(1, id=2, periods=((0, 32.0), (600, 20.0, 1))),
        ]
    )
    # 11040 W = 16 A on three phases at 230 V (each limit converts with its own phases);
    # 20 A on one phase = 4600 W
    assert limits(store) == [(0, 16.0)]
    assert limits(store, unit="W") == [(0, 11040.0), (600, 4600.0)]
    composite = store.composite(1, T0, 3600, unit="W")
    assert composite.periods[1] == SchedulePeriod(600, 4600.0, 1)
    assert (
        ProfileStore(voltage=120.0, phases=1)._convert(SchedulePeriod(0, 10.0), "A", "W") == 1200.0
    )


def test_equal_neighbours_are_merged() -> None:
    store = store_with([p16(1, id=1, periods=((0, 16.0), (600, 16.0), (1200, 8.0)))])
    assert limits(store) == [(0, 16.0), (1200, 8.0)]
    assert limits(ProfileStore()) == [(0, None)]


# -- the composite limit agrees with the rules at every time ----------------------------------


def brute_limit(
    profiles: Sequence[ChargingProfile],
    connector: int,
    t: datetime,
    tx: Transaction | None,
    origin: datetime,
    unit: str,
) -> float | None:
    """The rules, evaluated at one time as plainly as possible."""

    def period(p: ChargingProfile) -> SchedulePeriod | None:
        if (p.valid_from and t < p.valid_from) or (p.valid_to and t >= p.valid_to):
            return None
        s = p.schedule
        if p.kind == "Recurring":
            assert s.start_schedule is not None
            cycle = timedelta(days=1 if p.recurrency == "Daily" else 7)
            base = s.start_schedule
            while base > t:
                base -= cycle
            while base + cycle <= t:
                base += cycle
        elif p.kind == "Absolute" and s.start_schedule is not None:
            base = s.start_schedule
        else:
            base = tx.started if tx is not None and tx.started is not None else origin
        offset = (t - base).total_seconds()
        if offset < 0 or (s.duration is not None and offset >= s.duration):
            return None
        started = [q for q in s.periods if q.start_period <= offset]
        return started[-1] if started else None

    def value(p: ChargingProfile, q: SchedulePeriod) -> float | None:
        if q.limit is None or p.schedule.unit == unit:
            return q.limit
        factor = 230.0 * (q.number_phases or 3)
        return q.limit * factor if unit == "W" else q.limit / factor

    def winner(candidates: list[ChargingProfile]) -> tuple[ChargingProfile, SchedulePeriod] | None:
        for p in sorted(candidates, key=lambda p: (-p.stack_level, p.connector == 0, -p.id)):
            q = period(p)
            if q is not None:
                return p, q
        return None

    found = []
    found.append(winner([p for p in profiles if p.purpose == "ChargePointMaxProfile"]))
    external = "ChargingStationExternalConstraints"
    found.append(
        winner([p for p in profiles if p.purpose == external and p.connector in (0, connector)])
    )
    if connector:
        tx_win = winner(
            [
                p
                for p in profiles
                if p.purpose == "TxProfile"
                and p.connector == connector
                and tx is not None
                and p.transaction_id == tx.id
            ]
        )
        found.append(
            tx_win
            or winner(
                [
                    p
                    for p in profiles
                    if p.purpose == "TxDefaultProfile" and p.connector in (0, connector)
                ]
            )
        )
    values = [v for w in found if w is not None and (v := value(*w)) is not None]
    return min(values, default=None)


@st.composite
def profile_sets(draw: st.DrawFn) -> list[ChargingProfile]:
    out = []
    for i in range(draw(st.integers(1, 6))):
        purpose = draw(
            st.sampled_from(
                [
                    "ChargePointMaxProfile",
                    "TxDefaultProfile",
                    "TxProfile",
                    "ChargingStationExternalConstraints",  # 2.x, from the station itself
                ]
            )
        )
        v16 = purpose != "ChargingStationExternalConstraints"
        connector = {"ChargePointMaxProfile": 0, "TxProfile": 1}.get(
            purpose, draw(st.sampled_from([0, 1]))
        )
        kind = draw(st.sampled_from(["Absolute", "Recurring", "Relative"]))
        starts = sorted(draw(st.sets(st.integers(1, 30_000), max_size=4)))
        periods = [
            (s, float(draw(st.integers(0, 500))) / 10, draw(st.sampled_from([None, 1, 3])))
            for s in [0, *starts]
        ]
        recurrency = draw(st.sampled_from(["Daily", "Weekly"])) if kind == "Recurring" else None
        start = (
            None
            if kind == "Relative"
            else T0 + timedelta(seconds=draw(st.integers(-200_000, 40_000)))
        )
        valid_from = draw(st.none() | st.integers(-3600, 40_000))
        valid_to = draw(st.none() | st.integers(40_001, 90_000))
        profile = ChargingProfile.from_wire(
            wire(
                v16=v16,
                id=i + 1,
                stack=draw(st.integers(0, 3)),
                purpose=purpose,
                kind=kind,
                periods=[(s, lim) if ph is None else (s, lim, ph) for s, lim, ph in periods],
                unit=draw(st.sampled_from(["A", "W"])),
                start=start,
                duration=draw(st.none() | st.integers(1, 50_000)),
                recurrency=recurrency,
                valid_from=None if valid_from is None else T0 + timedelta(seconds=valid_from),
                valid_to=None if valid_to is None else T0 + timedelta(seconds=valid_to),
            ),
            connector,
            "ocpp1.6" if v16 else "ocpp2.0.1",
        )
        out.append(profile)
    return out


@given(
    profile_sets(),
    st.sampled_from([None, TX1, Transaction("17"), Transaction("17", T0 + timedelta(seconds=10))]),
    st.sampled_from(["A", "W"]),
    st.integers(1, 86_400),
    st.integers(0, 2**32),
)
def test_the_composite_limit_is_the_rules_at_every_time(
    drawn: list[ChargingProfile],
    tx: Transaction | None,
    unit: str,
    duration: int,
    seed: int,
) -> None:
    store = ProfileStore(connectors=1, max_profiles=10)
    for profile in drawn:
        store.install(profile, now=T0 - timedelta(days=9), transaction=TX1, by_csms=False)
    rng = random.Random(seed)
    for connector in (0, 1):
        composite = store.composite(connector, T0, duration, transaction=tx, unit=unit)
        starts = [p.start_period for p in composite.periods]
        assert starts[0] == 0
        assert starts == sorted(set(starts))
        neighbours = zip(composite.periods, composite.periods[1:], strict=False)
        assert all((a.limit, a.number_phases) != (b.limit, b.number_phases) for a, b in neighbours)
        offsets = {rng.randrange(duration) for _ in range(60)}
        for p in composite.periods:
            offsets.update(o for o in (p.start_period - 1, p.start_period) if 0 <= o < duration)
        for offset in sorted(offsets):
            t = T0 + timedelta(seconds=offset)
            found = composite.limit_at(t)
            assert found is not None
            expected = brute_limit(store.profiles(), connector, t, tx, T0, unit)
            if expected is None:
                assert found.limit is None, offset
            else:
                assert found.limit == pytest.approx(expected), offset


# -- the device side ------------------------------------------------------------------------


def station(version: str, clock: FakeClock) -> Device:
    return Device(
        lambda raw: None,
        version=version,
        clock=clock,
        role="charging_station",
        id_factory=sequential_ids("cs"),
    )


def wall(clock: FakeClock) -> Callable[[], datetime]:
    return lambda: T0 + timedelta(seconds=clock.time())


async def test_handlers_16_through_a_csms() -> None:
    clock = FakeClock()
    device = station("ocpp1.6", clock)
    active: dict[int, Transaction] = {}
    charging = SmartCharging.attach(device, now=wall(clock), transactions=active.get, connectors=2)
    async with Peer(device) as csms:
        tx_profile = wire(purpose="TxProfile", periods=((0, 20.0),), id=5)
        answer = await csms.call(
            "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": tx_profile}
        )
        assert answer == {"status": "Rejected"}  # no transaction yet
        active[1] = Transaction("17", T0)
        charging.refresh()
        answer = await csms.call(
            "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": tx_profile}
        )
        assert answer == {"status": "Accepted"}
        max_profile = wire(purpose="ChargePointMaxProfile", id=6, unit="W", periods=((0, 11040.0),))
        answer = await csms.call(
            "SetChargingProfile", {"connectorId": 0, "csChargingProfiles": max_profile}
        )
        assert answer == {"status": "Accepted"}
        answer = await csms.call(
            "GetCompositeSchedule", {"connectorId": 1, "duration": 600, "chargingRateUnit": "W"}
        )
        assert answer == {
            "status": "Accepted",
            "connectorId": 1,
            "scheduleStart": iso(T0),
            "chargingSchedule": {
                "duration": 600,
                "startSchedule": iso(T0),
                "chargingRateUnit": "W",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 11040.0}],
            },
        }
        assert charging.limit_now(1) == Limit(16.0, "A")
        answer = await csms.call("GetCompositeSchedule", {"connectorId": 2, "duration": 60})
        assert answer["chargingSchedule"]["chargingSchedulePeriod"] == [
            {"startPeriod": 0, "limit": 16.0}
        ]
        assert await csms.call("GetCompositeSchedule", {"connectorId": 3, "duration": 60}) == {
            "status": "Rejected"
        }
        assert await csms.call("ClearChargingProfile", {"id": 6}) == {"status": "Accepted"}
        assert await csms.call("ClearChargingProfile", {"id": 6}) == {"status": "Unknown"}
        assert charging.limit_now(1) == Limit(20.0, "A")
        charging.transaction_ended(17)
        assert charging.limit_now(1) is None
        assert charging.profiles.profiles() == ()


@pytest.mark.parametrize("version", ["ocpp2.0.1", "ocpp2.1"])
async def test_handlers_2x_through_a_csms(version: str) -> None:
    clock = FakeClock()
    device = station(version, clock)
    reports: list[dict[str, Any]] = []

    def on_report(payload: dict[str, Any], ctx: Any) -> dict[str, Any]:
        reports.append(payload)
        return {}

    charging = SmartCharging.attach(device, now=wall(clock), connectors=2)
    async with Peer(device, handlers={"ReportChargingProfiles": on_report}) as csms:
        answer = await csms.call(
            "SetChargingProfile",
            {"evseId": 1, "chargingProfile": wire(v16=False, purpose="TxProfile", tx="abc")},
        )
        assert answer["status"] == "Rejected"
        assert answer["statusInfo"]["reasonCode"] == "TxNotFound"
        for evse, id in ((0, 1), (1, 2), (2, 3)):
            payload = {
                "evseId": evse,
                "chargingProfile": wire(v16=False, id=id, stack=id, periods=((0, 6.0 * id),)),
            }
            assert await csms.call("SetChargingProfile", payload) == {"status": "Accepted"}
        answer = await csms.call("GetCompositeSchedule", {"evseId": 2, "duration": 300})
        assert answer == {
            "status": "Accepted",
            "schedule": {
                "evseId": 2,
                "duration": 300,
                "scheduleStart": iso(T0),
                "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 18.0}],
            },
        }
        answer = await csms.call("GetCompositeSchedule", {"evseId": 0, "duration": 300})
        assert answer["schedule"]["chargingSchedulePeriod"] == [
            {"startPeriod": 0, "limit": 32.0}
        ]  # rated
        answer = await csms.call("GetCompositeSchedule", {"evseId": 7, "duration": 300})
        assert answer["status"] == "Rejected"
        answer = await csms.call(
            "GetChargingProfiles",
            {"requestId": 4, "chargingProfile": {"chargingProfilePurpose": "TxDefaultProfile"}},
        )
        assert answer == {"status": "Accepted"}
        await csms.settle()
        assert [
            (r["evseId"], [p["id"] for p in r["chargingProfile"]], r.get("tbc", False))
            for r in reports
        ] == [
            (0, [1], True),
            (1, [2], True),
            (2, [3], False),
        ]
        answer = await csms.call(
            "GetChargingProfiles", {"requestId": 5, "chargingProfile": {"stackLevel": 9}}
        )
        assert answer == {"status": "NoProfiles"}
        answer = await csms.call("ClearChargingProfile", {"chargingProfileCriteria": {"evseId": 1}})
        assert answer == {"status": "Accepted"}
        answer = await csms.call("ClearChargingProfile", {"chargingProfileId": 2})
        assert answer == {"status": "Unknown"}
    assert [p.id for p in charging.profiles.profiles()] == [1, 3]


async def test_listeners_hear_the_limit_change_when_a_period_begins() -> None:
    clock = FakeClock()
    device = station("ocpp1.6", clock)
    charging = SmartCharging.attach(device, now=wall(clock), connectors=1)
    heard: list[tuple[int, Limit | None]] = []
    charging.add_listener(lambda connector, limit: heard.append((connector, limit)))
    async with Peer(device) as csms:
        payload = {
            "connectorId": 0,
            "csChargingProfiles": wire(
                purpose="ChargePointMaxProfile", periods=((0, 16.0), (600, 8.0)), duration=1200
            ),
        }
        assert await csms.call("SetChargingProfile", payload) == {"status": "Accepted"}
        await csms.settle()
    assert heard == [(0, Limit(16.0, "A")), (1, Limit(16.0, "A"))]
    clock.advance(599)
    assert len(heard) == 2
    clock.advance(1)
    assert heard[2:] == [(0, Limit(8.0, "A")), (1, Limit(8.0, "A"))]
    clock.advance(600)
    assert heard[4:] == [(0, None), (1, None)]
    assert clock.pending == 0
    charging.close()


def test_profiles_survive_a_restart(tmp_path: Path) -> None:
    state = SQLiteStateStore(tmp_path / "station.db")
    store = ProfileStore(state, connectors=2)
    assert store.install(
        p16(0, id=1, purpose="ChargePointMaxProfile", periods=((0, 20.0),)), now=T0
    ).accepted
    assert store.install(
        p16(1, id=2, purpose="TxProfile", periods=((0, 10.0),)), now=T0, transaction=TX1
    ).accepted
    assert store.install(p2x(2, id=3, stack=1, periods=((0, 12.0),)), now=T0).accepted
    assert store.install(p16(1, id=4, stack=2), now=T0).accepted
    store.clear(profile_id=4)
    before = store.profiles()
    state.close()

    state = SQLiteStateStore(tmp_path / "station.db")
    again = ProfileStore(state, connectors=2)
    assert again.profiles() == before
    assert again.profiles()[1].transaction_id == "17"  # the binding of the 1.6 TxProfile
    assert again.limit_at(1, T0, transaction=TX1) == Limit(10.0, "A")
    assert again.limit_at(2, T0) == Limit(12.0, "A")
    state.close()


def test_an_unreadable_stored_profile_is_dropped() -> None:
    state = MemoryStateStore()
    state.put("smart_charging", "1", {"connector": 0, "version": "ocpp1.6", "profile": {"junk": 1}})
    assert ProfileStore(state).profiles() == ()


async def test_a_malformed_profile_is_rejected_not_a_crash() -> None:
    clock = FakeClock()
    device = station("ocpp2.0.1", clock)
    device.validation = Validation.off()
    SmartCharging.attach(device, now=wall(clock))
    async with Peer(device, validation=False) as csms:
        bad = wire(v16=False, start=None)
        bad["chargingSchedule"][0]["startSchedule"] = "yesterday"
        answer = await csms.call("SetChargingProfile", {"evseId": 1, "chargingProfile": bad})
        assert answer["status"] == "Rejected"
        assert answer["statusInfo"]["reasonCode"] == "InvalidValue"


async def test_external_constraints_come_from_the_station_and_cap_the_limit() -> None:
    clock = FakeClock()
    device = station("ocpp2.0.1", clock)
    charging = SmartCharging.attach(device, now=wall(clock), connectors=1)
    external = wire(
        v16=False, id=50, purpose="ChargingStationExternalConstraints", periods=((0, 10.0),)
    )
    assert charging.install(external, 0, "ocpp2.0.1").reason == "InvalidValue"  # as the CSMS
    assert charging.install(external, 0, "ocpp2.0.1", by_csms=False).accepted
    assert charging.install(wire(v16=False, id=2, periods=((0, 16.0),)), 1, "ocpp2.0.1").accepted
    assert charging.limit_now(1) == Limit(10.0, "A")
    assert charging.limit_now(0) == Limit(10.0, "A")
    assert charging.install({"id": 3}, 1, "ocpp2.0.1").reason == "InvalidValue"  # malformed
    async with Peer(device) as csms:
        assert await csms.call("ClearChargingProfile", {}) == {"status": "Accepted"}
        assert await csms.call("ClearChargingProfile", {"chargingProfileId": 50}) == {
            "status": "Unknown"
        }
        criteria = {"chargingProfilePurpose": "ChargingStationExternalConstraints"}
        answer = await csms.call("ClearChargingProfile", {"chargingProfileCriteria": criteria})
        assert answer["status"] == "Unknown"
        assert answer["statusInfo"]["reasonCode"] == "InvalidValue"
    assert [p.id for p in charging.profiles.profiles()] == [50]


async def test_a_profile_relative_to_no_transaction_sets_no_timer() -> None:
    clock = FakeClock()
    device = station("ocpp1.6", clock)
    active: dict[int, Transaction] = {}
    charging = SmartCharging.attach(device, now=wall(clock), transactions=active.get, connectors=1)
    relative = wire(kind="Relative", start=None, periods=((0, 6.0), (600, 16.0)))
    assert charging.install(relative, 1, "ocpp1.6").accepted
    assert clock.pending == 0
    assert charging.limit_now(1) == Limit(6.0, "A")
    active[1] = Transaction("1", T0 + timedelta(seconds=clock.time()))
    charging.refresh()
    assert clock.pending == 1
    clock.advance(600)
    assert charging.limit_now(1) == Limit(16.0, "A")
    assert clock.pending == 0


async def test_composite_limits_on_the_wire_are_rounded_down_to_a_tenth() -> None:
    clock = FakeClock()
    device = station("ocpp1.6", clock)
    SmartCharging.attach(device, now=wall(clock), transactions={1: TX1}.get, rated_current=16.0)
    profile = wire(
        purpose="TxProfile", kind="Relative", start=None, unit="W", periods=((0, 7360.0),)
    )
    async with Peer(device) as csms:
        answer = await csms.call(
            "SetChargingProfile", {"connectorId": 1, "csChargingProfiles": profile}
        )
        assert answer == {"status": "Accepted"}
        answer = await csms.call("GetCompositeSchedule", {"connectorId": 1, "duration": 60})
        # 7360 W / (230 V * 3) = 10.666 A: reported as 10.6, never above the limit
        assert answer["chargingSchedule"]["chargingSchedulePeriod"] == [
            {"startPeriod": 0, "limit": 10.6}
        ]
        answer = await csms.call(
            "GetCompositeSchedule", {"connectorId": 0, "duration": 60, "chargingRateUnit": "W"}
        )
        assert answer["chargingSchedule"]["chargingSchedulePeriod"] == [
            {"startPeriod": 0, "limit": 11040.0}
        ]


async def test_a_station_restarted_on_its_store_answers_as_before(tmp_path: Path) -> None:
    clock = FakeClock()
    answers = []
    for run in range(2):
        state = SQLiteStateStore(tmp_path / "station.db")
        device = station("ocpp2.0.1", clock)
        charging = SmartCharging.attach(device, store=state, now=wall(clock), connectors=2)
        async with Peer(device) as csms:
            if run == 0:
                for evse, id in ((0, 1), (2, 2)):
                    profile = wire(v16=False, id=id, stack=id, periods=((0, 10.0 * id), (900, 7.0)))
                    payload = {"evseId": evse, "chargingProfile": profile}
                    assert await csms.call("SetChargingProfile", payload) == {"status": "Accepted"}
            answers.append(await csms.call("GetCompositeSchedule", {"evseId": 2, "duration": 3600}))
        assert charging.limit_now(2) == Limit(20.0, "A")
        charging.close()
        state.close()
    assert answers[0] == answers[1]
    assert answers[0]["schedule"]["chargingSchedulePeriod"] == [
        {"startPeriod": 0, "limit": 20.0},
        {"startPeriod": 900, "limit": 7.0},
    ]


def test_a_failing_listener_does_not_keep_the_others_from_hearing() -> None:
    device = station("ocpp1.6", FakeClock())
    charging = SmartCharging.attach(device, now=lambda: T0)
    heard: list[int] = []

    def broken(connector: int, limit: Limit | None) -> None:
        raise RuntimeError("firmware busy")

    charging.add_listener(broken)
    charging.add_listener(lambda connector, limit: heard.append(connector))
    assert charging.install(wire(periods=((0, 6.0),)), 0, "ocpp1.6").accepted
    assert heard == [1]
