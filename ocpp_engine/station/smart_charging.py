"""Smart charging on the station side: charging profiles, their rules, and the limit in force.

A CSMS shapes how much a station may draw with charging profiles (OCPP 1.6 section 3.13 and
messages 5.5, 5.7, 5.16; OCPP 2.0.1 and 2.1 functional block K). This module keeps the
profiles a station holds and answers for them:

- `ChargingProfile`, `ChargingSchedule`, `SchedulePeriod`: frozen values read from the wire
  form of either version (`ChargingProfile.from_wire`).
- `ProfileStore`: the profiles installed, with the acceptance rules (`ProfileStore.install`),
  ClearChargingProfile matching (`ProfileStore.clear`), the composite schedule
  (`ProfileStore.composite`) and the limit at a given time (`ProfileStore.limit_at`); kept in a
  `StateStore` so that the profiles survive a restart.
- `SmartCharging`: the handlers of SetChargingProfile, ClearChargingProfile,
  GetCompositeSchedule and (2.x) GetChargingProfiles on a station `Device`, the limit in force
  now for the firmware's power electronics (`SmartCharging.limit_now`) and listeners told when
  it changes.

How the limit at a time *t* on connector (1.6) or EVSE (2.x) *c* > 0 is found:

1. Per purpose, the candidates are the profiles valid at *t* (``validFrom <= t < validTo``)
   whose schedule has a period at *t*; of these the highest ``stackLevel`` wins, a profile on
   *c* before one on 0 at the same level.
2. TxProfile (only those of the transaction active on *c*) wins over TxDefaultProfile (on *c*
   or 0).
3. The limit is the lowest of that one, ChargePointMaxProfile / ChargingStationMaxProfile, and
   ChargingStationExternalConstraints (on *c* or 0), each converted to the unit asked for.

For *c* = 0 (the whole station) only the maximum profile and the external constraints count.
A schedule starts at its ``startSchedule`` (Absolute); at the start of the transaction on *c*
(Relative, and a 1.6 Absolute profile without ``startSchedule``), or, without a transaction, at
the start of the composite schedule asked for ("if charging started now"); Recurring profiles
repeat their ``startSchedule`` every day or week (before it too: ``validFrom`` bounds them).
2.x profiles may carry up to three schedules (alternatives for ISO 15118): the first counts.

Units: amperes are per phase, watts for all phases; converting uses the period's
``numberPhases`` (else *phases*, default 3) and *voltage* (default 230 V, phase to neutral):
``W = A * voltage * phases``.
"""

from __future__ import annotations

import itertools
import logging
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime, timedelta, timezone
from typing import Any, Final

import attrs

from .._clock import TimerHandle
from .._context import CallContext
from .._device import Device
from .._versions import Version
from ..messages._datetime import format_datetime, parse_datetime
from ._store import StateStore

__all__ = [
    "ChargingProfile",
    "ChargingSchedule",
    "CompositeSchedule",
    "Limit",
    "RULES_16",
    "RULES_2X",
    "ProfileStore",
    "SchedulePeriod",
    "SmartCharging",
    "Transaction",
    "Verdict",
]

logger = logging.getLogger("ocpp_engine")

COMPONENT: Final = "smart_charging"
"""The `StateStore` component under which the profiles are kept, one key per profile id."""

_CP_MAX: Final = "ChargePointMaxProfile"
_CS_MAX: Final = "ChargingStationMaxProfile"
_TX_DEFAULT: Final = "TxDefaultProfile"
_TX: Final = "TxProfile"
_EXTERNAL: Final = "ChargingStationExternalConstraints"
_MAX_PURPOSES: Final = frozenset({_CP_MAX, _CS_MAX})
_PURPOSES: Final[Mapping[bool, frozenset[str]]] = {
    False: frozenset({_CP_MAX, _TX_DEFAULT, _TX}),  # 1.6
    True: frozenset({_CS_MAX, _TX_DEFAULT, _TX, _EXTERNAL}),  # 2.x
}
_CYCLE: Final[Mapping[str, int]] = {"Daily": 86_400, "Weekly": 7 * 86_400}
_UTC: Final = timezone.utc


def _time(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=_UTC)
    return parse_datetime(value)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=_UTC)


# -- the values ---------------------------------------------------------------------------------


@attrs.frozen
class SchedulePeriod:
    """One period of a schedule: from *start_period* seconds on, at most *limit*.

    Attributes:
        start_period: seconds from the start of the schedule.
        limit: the limit in the schedule's unit; ``None`` for none (a 2.1 period may omit it;
            in a `CompositeSchedule`, no profile applies).
        number_phases: the phases the limit is for, when given.
        phase_to_use: (2.x) the phase to use when *number_phases* is 1.
    """

    start_period: int
    limit: float | None
    number_phases: int | None = None
    phase_to_use: int | None = None

    @classmethod
    def from_wire(cls, period: Mapping[str, Any]) -> SchedulePeriod:
        """Read a ``chargingSchedulePeriod`` item of either version.

        Raises:
            KeyError, TypeError, ValueError: the item is malformed.
        """
        limit = period.get("limit")
        return cls(
            start_period=int(period["startPeriod"]),
            limit=None if limit is None else float(limit),
            number_phases=None
            if period.get("numberPhases") is None
            else int(period["numberPhases"]),
            phase_to_use=None if period.get("phaseToUse") is None else int(period["phaseToUse"]),
        )


@attrs.frozen
class ChargingSchedule:
    """A schedule: periods in one unit, from a start, for a duration.

    Attributes:
        unit: ``"A"`` (per phase) or ``"W"`` (all phases).
        periods: the periods, by *start_period*.
        duration: seconds the schedule lasts, or ``None``: until the next one, or for ever.
        start_schedule: when it starts (Absolute and Recurring profiles).
        min_charging_rate: the lowest rate the EV should charge at, when given.
        id: (2.x) the schedule's id.
    """

    unit: str
    periods: tuple[SchedulePeriod, ...]
    duration: int | None = None
    start_schedule: datetime | None = None
    min_charging_rate: float | None = None
    id: int | None = None

    @classmethod
    def from_wire(cls, schedule: Mapping[str, Any]) -> ChargingSchedule:
        """Read a ``chargingSchedule`` of either version.

        Raises:
            KeyError, TypeError, ValueError: the schedule is malformed.
        """
        duration = schedule.get("duration")
        rate = schedule.get("minChargingRate")
        return cls(
            unit=str(schedule["chargingRateUnit"]),
            periods=tuple(SchedulePeriod.from_wire(p) for p in schedule["chargingSchedulePeriod"]),
            duration=None if duration is None else int(duration),
            start_schedule=_time(schedule.get("startSchedule")),
            min_charging_rate=None if rate is None else float(rate),
            id=None if schedule.get("id") is None else int(schedule["id"]),
        )


@attrs.frozen
class ChargingProfile:
    """A charging profile as a station holds it, read from the wire by `from_wire`.

    Attributes:
        id: ``chargingProfileId`` (1.6) or ``id`` (2.x).
        stack_level: its ``stackLevel``.
        purpose: ``chargingProfilePurpose``.
        kind: ``chargingProfileKind``: ``"Absolute"``, ``"Recurring"`` or ``"Relative"``.
        schedules: its schedules (1.6: one; 2.x: one to three, the first counts).
        connector: the ``connectorId`` (1.6) or ``evseId`` (2.x) it was set on; 0: the station.
        transaction_id: the transaction it belongs to, as a string (1.6 integers too).
        recurrency: ``"Daily"`` or ``"Weekly"`` for a Recurring profile.
        valid_from: from when it is valid, when given.
        valid_to: until when it is valid (excluded), when given.
        v16: whether it came in OCPP 1.6 (its wire form and rules are 1.6's).
        wire: the profile as received (for reports and persistence).
    """

    id: int
    stack_level: int
    purpose: str
    kind: str
    schedules: tuple[ChargingSchedule, ...]
    connector: int = 0
    transaction_id: str | None = None
    recurrency: str | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    v16: bool = False
    wire: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @classmethod
    def from_wire(
        cls, profile: Mapping[str, Any], connector: int, version: str | Version
    ) -> ChargingProfile:
        """Read a profile: 1.6 ``csChargingProfiles`` or 2.x ``chargingProfile``.

        Args:
            profile: the profile object of a SetChargingProfile request.
            connector: the request's ``connectorId`` (1.6) or ``evseId`` (2.x).
            version: the version it came in.

        Returns:
            the profile.

        Raises:
            KeyError, TypeError, ValueError: the profile is malformed or *version* unknown.
        """
        v16 = Version(version) is Version.V16
        schedules = profile["chargingSchedule"]
        if v16:
            schedules = [schedules]
        if not isinstance(schedules, list) or not schedules:
            raise ValueError("a profile needs a charging schedule")
        tx = profile.get("transactionId")
        return cls(
            id=int(profile["chargingProfileId" if v16 else "id"]),
            stack_level=int(profile["stackLevel"]),
            purpose=str(profile["chargingProfilePurpose"]),
            kind=str(profile["chargingProfileKind"]),
            schedules=tuple(ChargingSchedule.from_wire(s) for s in schedules),
            connector=int(connector),
            transaction_id=None if tx is None else str(tx),
            recurrency=None
            if profile.get("recurrencyKind") is None
            else str(profile["recurrencyKind"]),
            valid_from=_time(profile.get("validFrom")),
            valid_to=_time(profile.get("validTo")),
            v16=v16,
            wire=dict(profile),
        )

    @property
    def schedule(self) -> ChargingSchedule:
        """The schedule that counts: the first."""
        return self.schedules[0]


@attrs.frozen
class Transaction:
    """The transaction active on a connector or EVSE, as smart charging needs it.

    Attributes:
        id: its id (1.6 integer ids as strings too: ``"17"``).
        started: when it started: the start of Relative profiles (``None``: unknown, taken
            as the start of the composite schedule asked for).
    """

    id: str
    started: datetime | None = None


@attrs.frozen
class Limit:
    """The limit in force at one time.

    Attributes:
        limit: the limit in *unit*.
        unit: ``"A"`` per phase or ``"W"``.
        number_phases: the phases it is for, when the profile said.
    """

    limit: float
    unit: str
    number_phases: int | None = None


@attrs.frozen
class CompositeSchedule:
    """The limits of one connector or EVSE over a time span (GetCompositeSchedule).

    Attributes:
        connector: the connector (1.6) or EVSE (2.x); 0 for the station.
        start: when it starts (``scheduleStart``).
        duration: how many seconds it covers.
        unit: the unit of every limit.
        periods: contiguous periods from offset 0, merged; a limit of ``None`` where no
            profile applies.
    """

    connector: int
    start: datetime
    duration: int
    unit: str
    periods: tuple[SchedulePeriod, ...]

    def limit_at(self, at: datetime) -> SchedulePeriod | None:
        """Return the period in force at *at*, or ``None`` outside the schedule."""
        offset = (_aware(at) - self.start).total_seconds()
        if not 0 <= offset < self.duration:
            return None
        found = None
        for period in self.periods:
            if period.start_period > offset:
                break
            found = period
        return found


@attrs.frozen
class Verdict:
    """What `ProfileStore.install` decided.

    Attributes:
        accepted: whether the profile was installed.
        reason: why not: a 2.x ``statusInfo.reasonCode`` (``None`` when accepted).
        info: the rule broken, with its section (``statusInfo.additionalInfo``).
        replaced: the ids of the profiles the new one replaced.
    """

    accepted: bool
    reason: str | None = None
    info: str | None = None
    replaced: tuple[int, ...] = ()


# -- the acceptance rules -----------------------------------------------------------------------


@attrs.frozen
class _Check:
    """What a rule sees: the new profile, the store, and the transaction on its connector."""

    profile: ChargingProfile
    store: ProfileStore
    transaction: Transaction | None
    now: datetime
    by_csms: bool

    @property
    def others(self) -> list[ChargingProfile]:
        return [p for p in self.store.profiles() if p.id != self.profile.id]


def _schedule_fault(c: _Check) -> bool:
    for s in c.profile.schedules:
        starts = [p.start_period for p in s.periods]
        if not starts or starts[0] != 0 or any(b <= a for a, b in itertools.pairwise(starts)):
            return True
        if s.duration is not None and s.duration < 0:
            return True
        for p in s.periods:
            if p.number_phases is not None and not 1 <= p.number_phases <= 3:
                return True
            if p.phase_to_use is not None and (
                p.number_phases != 1 or not 1 <= p.phase_to_use <= 3
            ):
                return True
            if p.limit is not None and p.limit < 0:
                return True
    return False


def _unit_fault(c: _Check) -> bool:
    return any(s.unit not in c.store.rate_units for s in c.profile.schedules)


def _too_many_periods(c: _Check) -> bool:
    return any(len(s.periods) > c.store.max_periods for s in c.profile.schedules)


def _stack_level_fault(c: _Check) -> bool:
    return not 0 <= c.profile.stack_level <= c.store.max_stack_level


def _unknown_connector(c: _Check) -> bool:
    return not 0 <= c.profile.connector <= c.store.connectors


def _recurring_fault(c: _Check) -> bool:
    p = c.profile
    return p.kind == "Recurring" and (
        p.recurrency not in _CYCLE or p.schedule.start_schedule is None
    )


def _validity_fault(c: _Check) -> bool:
    p = c.profile
    if p.valid_from is not None and p.valid_to is not None and p.valid_to <= p.valid_from:
        return True
    return p.valid_to is not None and p.valid_to <= c.now


def _max_not_on_zero(c: _Check) -> bool:
    return c.profile.purpose in _MAX_PURPOSES and c.profile.connector != 0


def _max_relative(c: _Check) -> bool:
    return c.profile.purpose in _MAX_PURPOSES and c.profile.kind == "Relative"


def _tx_on_zero(c: _Check) -> bool:
    return c.profile.purpose == _TX and c.profile.connector == 0


def _tx_without_id(c: _Check) -> bool:
    return c.profile.purpose == _TX and c.profile.transaction_id is None


def _stray_transaction(c: _Check) -> bool:
    return c.profile.purpose != _TX and c.profile.transaction_id is not None


def _tx_not_active(c: _Check) -> bool:
    p = c.profile
    if p.purpose != _TX or p.connector == 0:
        return False
    if c.transaction is None:
        return True
    return p.transaction_id is not None and p.transaction_id != c.transaction.id


def _absolute_without_start(c: _Check) -> bool:
    return c.profile.kind == "Absolute" and any(
        s.start_schedule is None for s in c.profile.schedules
    )


def _relative_with_start(c: _Check) -> bool:
    return c.profile.kind == "Relative" and any(
        s.start_schedule is not None for s in c.profile.schedules
    )


def _external_by_csms(c: _Check) -> bool:
    return c.by_csms and c.profile.purpose == _EXTERNAL


def _replaces_external(c: _Check) -> bool:
    old = c.store.get(c.profile.id)
    return c.by_csms and old is not None and old.purpose == _EXTERNAL


def _unsupported_purpose(c: _Check) -> bool:
    return c.profile.purpose not in _PURPOSES[not c.profile.v16]


def _unsupported_kind(c: _Check) -> bool:
    return c.profile.kind not in ("Absolute", "Recurring", "Relative")


def _tx_conflict(c: _Check) -> bool:
    p = c.profile
    return p.purpose == _TX and any(
        o.purpose == _TX and o.stack_level == p.stack_level and o.transaction_id == p.transaction_id
        for o in c.others
    )


def _overlaps(a: ChargingProfile, b: ChargingProfile) -> bool:
    start = max(
        a.valid_from or datetime.min.replace(tzinfo=_UTC),
        b.valid_from or datetime.min.replace(tzinfo=_UTC),
    )
    end = min(
        a.valid_to or datetime.max.replace(tzinfo=_UTC),
        b.valid_to or datetime.max.replace(tzinfo=_UTC),
    )
    return start < end


def _duplicate(c: _Check) -> bool:
    p = c.profile
    return p.purpose != _TX and any(
        o.purpose == p.purpose
        and o.stack_level == p.stack_level
        and o.connector == p.connector
        and _overlaps(o, p)
        for o in c.others
    )


def _tx_default_clash(c: _Check) -> bool:
    p = c.profile
    return p.purpose == _TX_DEFAULT and any(
        o.purpose == _TX_DEFAULT
        and o.stack_level == p.stack_level
        and o.connector != p.connector
        and 0 in (o.connector, p.connector)
        for o in c.others
    )


_Rule = tuple[Callable[[_Check], bool], str, str]

#: 1.6 rules, in order: (broken when, reasonCode, rule and section). Section numbers are those
#: of OCPP 1.6 edition 2 (3.13 Smart Charging, 5.16 SetChargingProfile, 6.43/7.x types, 9.1
#: configuration keys).
RULES_16: Final[Sequence[_Rule]] = (
    (_unsupported_purpose, "InvalidValue", "unknown chargingProfilePurpose (7.15)"),
    (_unsupported_kind, "InvalidValue", "unknown chargingProfileKind (7.12)"),
    (_unknown_connector, "UnknownEvse", "connectorId is not a connector of the station (5.16)"),
    (
        _stack_level_fault,
        "InvalidStackLevel",
        "stackLevel above ChargeProfileMaxStackLevel (9.1.8)",
    ),
    (
        _unit_fault,
        "UnsupportedRateUnit",
        "unit not in ChargingScheduleAllowedChargingRateUnit (9.1.9)",
    ),
    (_too_many_periods, "InvalidSchedule", "more periods than ChargingScheduleMaxPeriods (9.1.10)"),
    (_schedule_fault, "InvalidSchedule", "periods must start at 0 and increase (7.13)"),
    (
        _recurring_fault,
        "InvalidSchedule",
        "Recurring needs recurrencyKind and startSchedule (7.12)",
    ),
    (_validity_fault, "InvalidValue", "validTo must follow validFrom and now (7.10)"),
    (_max_not_on_zero, "InvalidValue", "ChargePointMaxProfile only on connectorId 0 (3.13.1)"),
    (_max_relative, "InvalidValue", "ChargePointMaxProfile cannot be Relative: no start"),
    (
        _stray_transaction,
        "InvalidValue",
        "transactionId only in a TxProfile (7.8)",
    ),
    (_tx_on_zero, "InvalidValue", "TxProfile needs a connectorId above 0 (3.13.1, 5.16.3)"),
    (_tx_not_active, "TxNotFound", "TxProfile without that transaction on the connector (5.16.3)"),
)

#: 2.x rules, in order (OCPP 2.0.1 part 2, K01 SetChargingProfile, requirement ids).
RULES_2X: Final[Sequence[_Rule]] = (
    (_unsupported_purpose, "UnsupportedPurpose", "purpose not supported (K01.FR.120)"),
    (_unsupported_kind, "UnsupportedKind", "chargingProfileKind not supported (K01.FR.121)"),
    (
        _external_by_csms,
        "InvalidValue",
        "ChargingStationExternalConstraints is not set by the CSMS (K01.FR.22)",
    ),
    (
        _replaces_external,
        "DuplicateProfile",
        "the id belongs to ChargingStationExternalConstraints (K01.FR.05)",
    ),
    (_unknown_connector, "UnknownEvse", "evseId is not an EVSE of the station (K01.FR.28)"),
    (
        _stack_level_fault,
        "InvalidStackLevel",
        "stackLevel above SmartChargingCtrlr.ProfileStackLevel",
    ),
    (_unit_fault, "UnsupportedRateUnit", "unit not in SmartChargingCtrlr.RateUnit (K01.FR.26)"),
    (
        _too_many_periods,
        "InvalidSchedule",
        "more periods than SmartChargingCtrlr.PeriodsPerSchedule",
    ),
    (
        _schedule_fault,
        "InvalidSchedule",
        "periods must start at 0 and increase (K01.FR.31, K01.FR.35)",
    ),
    (
        _recurring_fault,
        "InvalidSchedule",
        "Recurring needs recurrencyKind and startSchedule (K01.FR.40)",
    ),
    (_absolute_without_start, "InvalidSchedule", "Absolute needs startSchedule (K01.FR.40)"),
    (_relative_with_start, "InvalidSchedule", "Relative has no startSchedule (K01.FR.41)"),
    (_validity_fault, "InvalidValue", "validTo must follow validFrom and now"),
    (_max_not_on_zero, "InvalidValue", "ChargingStationMaxProfile only on evseId 0 (K01.FR.38)"),
    (_max_relative, "InvalidValue", "ChargingStationMaxProfile cannot be Relative (K01.FR.38)"),
    (
        _stray_transaction,
        "InvalidValue",
        "transactionId only in a TxProfile (ChargingProfileType)",
    ),
    (_tx_on_zero, "InvalidValue", "TxProfile needs an evseId above 0 (K01.FR.16)"),
    (_tx_without_id, "MissingParam", "TxProfile needs a transactionId (K01.FR.03)"),
    (_tx_not_active, "TxNotFound", "no such transaction on the EVSE (K01.FR.09, K01.FR.33)"),
    (
        _tx_conflict,
        "InvalidStackLevel",
        "TxProfile with that stackLevel for the transaction (K01.FR.39)",
    ),
    (
        _tx_default_clash,
        "DuplicateProfile",
        "TxDefaultProfile at that stackLevel on evseId 0 and another EVSE (K01.FR.52, K01.FR.53)",
    ),
    (
        _duplicate,
        "DuplicateProfile",
        "same stackLevel, purpose and EVSE with overlapping validity (K01.FR.06)",
    ),
)


def _replaced_16(new: ChargingProfile, old: ChargingProfile) -> bool:
    """Whether *new* replaces *old* in 1.6 (section 5.16.3 and 3.13.2).

    Same id, or same stackLevel and purpose on the same connector (for a TxProfile: of the
    same transaction).
    """
    if old.id == new.id:
        return True
    return (
        old.stack_level == new.stack_level
        and old.purpose == new.purpose
        and old.connector == new.connector
        and (new.purpose != _TX or old.transaction_id == new.transaction_id)
    )


# -- evaluation ---------------------------------------------------------------------------------


def _cycle(profile: ChargingProfile) -> int | None:
    """The seconds a Recurring profile repeats after, or ``None``."""
    if profile.kind != "Recurring" or profile.recurrency is None:
        return None
    return _CYCLE.get(profile.recurrency)


def _floats(profile: ChargingProfile) -> bool:
    """Whether *profile* starts with the transaction (or, without one, whenever asked)."""
    if _cycle(profile) is not None:
        return False
    return profile.kind != "Absolute" or profile.schedule.start_schedule is None


def _schedule_start(
    profile: ChargingProfile, at: datetime, tx: Transaction | None, origin: datetime
) -> datetime:
    s = profile.schedule
    cycle = _cycle(profile)
    if cycle is not None and s.start_schedule is not None:
        k = math.floor((at - s.start_schedule).total_seconds() / cycle)
        return s.start_schedule + timedelta(seconds=k * cycle)
    if profile.kind == "Absolute" and s.start_schedule is not None:
        return s.start_schedule
    if tx is not None and tx.started is not None:
        return _aware(tx.started)
    return origin


def _period_at(
    profile: ChargingProfile, at: datetime, tx: Transaction | None, origin: datetime
) -> SchedulePeriod | None:
    """The period of *profile* in force at *at*, or ``None`` (not valid, not started, over)."""
    if profile.valid_from is not None and at < profile.valid_from:
        return None
    if profile.valid_to is not None and at >= profile.valid_to:
        return None
    s = profile.schedule
    offset = (at - _schedule_start(profile, at, tx, origin)).total_seconds()
    if offset < 0 or (s.duration is not None and offset >= s.duration):
        return None
    found = None
    for period in s.periods:
        if period.start_period > offset:
            break
        found = period
    return found


def _breakpoints(
    profile: ChargingProfile,
    start: datetime,
    end: datetime,
    tx: Transaction | None,
    origin: datetime,
) -> Iterable[datetime]:
    """Every time in [start, end) at which *profile*'s limit may change."""
    for t in (profile.valid_from, profile.valid_to):
        if t is not None:
            yield t
    s = profile.schedule
    offsets = [p.start_period for p in s.periods]
    if s.duration is not None:
        offsets.append(s.duration)
    cycle = _cycle(profile)
    if cycle is not None and s.start_schedule is not None:
        first = math.floor((start - s.start_schedule).total_seconds() / cycle)
        last = math.floor((end - s.start_schedule).total_seconds() / cycle)
        for k in range(first, last + 1):
            base = s.start_schedule + timedelta(seconds=k * cycle)
            yield base
            for offset in offsets:
                if offset < cycle:
                    yield base + timedelta(seconds=offset)
        return
    base = _schedule_start(profile, start, tx, origin)
    for offset in offsets:
        yield base + timedelta(seconds=offset)


class ProfileStore:
    """The charging profiles of a station, their rules, and the limits they make.

    Profiles are kept in *state* under the component ``"smart_charging"``, one key per id,
    written through at every change; a store made again on the same state finds them.

    Args:
        state: where the profiles are kept (``None``: in memory only).
        connectors: how many connectors (1.6) or EVSEs (2.x) the station has.
        max_stack_level: the highest stackLevel accepted (1.6 ``ChargeProfileMaxStackLevel``,
            2.x ``SmartChargingCtrlr.ProfileStackLevel``).
        max_profiles: how many profiles may be installed (1.6
            ``MaxChargingProfilesInstalled``, 2.x ``SmartChargingCtrlr.Entries``).
        max_periods: how many periods a schedule may have (1.6
            ``ChargingScheduleMaxPeriods``, 2.x ``SmartChargingCtrlr.PeriodsPerSchedule``).
        rate_units: the units accepted (1.6 ``ChargingScheduleAllowedChargingRateUnit``).
        voltage: volts phase to neutral, to convert between A and W.
        phases: the phases assumed when a period does not say.

    Raises:
        ValueError: *connectors* is negative, or *voltage* or *phases* is not positive.
    """

    def __init__(
        self,
        state: StateStore | None = None,
        *,
        connectors: int = 1,
        max_stack_level: int = 10,
        max_profiles: int = 20,
        max_periods: int = 24,
        rate_units: Iterable[str] = ("A", "W"),
        voltage: float = 230.0,
        phases: int = 3,
    ) -> None:
        if connectors < 0 or voltage <= 0 or phases < 1:
            raise ValueError("connectors must be >= 0, voltage and phases positive")
        self.connectors = connectors
        self.max_stack_level = max_stack_level
        self.max_profiles = max_profiles
        self.max_periods = max_periods
        self.rate_units = frozenset(rate_units)
        self.voltage = voltage
        self.phases = phases
        self._state = state
        self._profiles: dict[int, ChargingProfile] = {}
        if state is not None:
            for key, value in state.load(COMPONENT).items():
                try:
                    profile = ChargingProfile.from_wire(
                        value["profile"], value["connector"], value["version"]
                    )
                    if value.get("transaction") is not None:
                        profile = attrs.evolve(profile, transaction_id=str(value["transaction"]))
                except (KeyError, TypeError, ValueError):
                    logger.warning("smart charging: dropping unreadable stored profile %s", key)
                    continue
                self._profiles[profile.id] = profile

    # -- the set ---------------------------------------------------------------------------

    def profiles(self, connector: int | None = None) -> tuple[ChargingProfile, ...]:
        """Return the profiles installed (on *connector* only, when given), by id."""
        return tuple(
            p
            for _, p in sorted(self._profiles.items())
            if connector is None or p.connector == connector
        )

    def get(self, profile_id: int) -> ChargingProfile | None:
        """Return the profile with *profile_id*, or ``None``."""
        return self._profiles.get(profile_id)

    def install(
        self,
        profile: ChargingProfile,
        *,
        now: datetime,
        transaction: Transaction | None = None,
        by_csms: bool = True,
    ) -> Verdict:
        """Install *profile* if the rules of its version allow it (`RULES_16`, `RULES_2X`).

        A profile with the same id replaces the one installed; in 1.6 one with the same
        stackLevel and purpose on the same connector (for a TxProfile: of the same
        transaction) does too (section 5.16.3), while 2.x rejects that (K01.FR.06). A 1.6
        TxProfile without transactionId is bound to *transaction*.

        Args:
            profile: the profile.
            now: the wall-clock time (to refuse a profile already expired).
            transaction: the transaction active on the profile's connector, if any.
            by_csms: whether the CSMS sent it; ``False`` lets the station's own energy
                management install ChargingStationExternalConstraints.

        Returns:
            the `Verdict`; the store is unchanged unless it is accepted.
        """
        unbound = profile.v16 and profile.purpose == _TX and profile.transaction_id is None
        if unbound and transaction is not None:  # 5.16.3: for the transaction on its connector
            profile = attrs.evolve(profile, transaction_id=transaction.id)
        check = _Check(profile, self, transaction, _aware(now), by_csms)
        for broken, reason, info in RULES_16 if profile.v16 else RULES_2X:
            if broken(check):
                return Verdict(False, reason, info)
        if profile.v16:
            replaced = tuple(p.id for p in self._profiles.values() if _replaced_16(profile, p))
        else:
            replaced = (profile.id,) if profile.id in self._profiles else ()
        if len(self._profiles) - len(replaced) + 1 > self.max_profiles:
            return Verdict(
                False,
                "NoCapacity",
                "MaxChargingProfilesInstalled reached",
            )
        for profile_id in replaced:
            self._remove(profile_id)
        self._profiles[profile.id] = profile
        if self._state is not None:
            self._state.put(
                COMPONENT,
                str(profile.id),
                {
                    "connector": profile.connector,
                    "version": (Version.V16 if profile.v16 else Version.V201).value,
                    "transaction": profile.transaction_id,
                    "profile": dict(profile.wire),
                },
            )
        return Verdict(True, replaced=tuple(sorted(replaced)))

    def clear(
        self,
        *,
        profile_id: int | None = None,
        connector: int | None = None,
        purpose: str | None = None,
        stack_level: int | None = None,
        by_csms: bool = True,
    ) -> tuple[ChargingProfile, ...]:
        """Remove the profiles ClearChargingProfile names, and return them.

        With *profile_id*, that profile only (the other criteria are ignored: 1.6 section
        5.5, 2.0.1 K10.FR.02); otherwise every profile matching all the criteria given (none:
        all). ChargingStationExternalConstraints are never cleared by the CSMS (2.0.1
        K10.FR.06); *by_csms* ``False`` clears them too.

        Returns:
            the profiles removed (empty: the answer is ``Unknown``).
        """

        def matches(p: ChargingProfile) -> bool:
            if by_csms and p.purpose == _EXTERNAL:
                return False
            if profile_id is not None:
                return p.id == profile_id
            return (
                (connector is None or p.connector == connector)
                and (purpose is None or p.purpose == purpose)
                and (stack_level is None or p.stack_level == stack_level)
            )

        gone = tuple(p for p in self.profiles() if matches(p))
        for p in gone:
            self._remove(p.id)
        return gone

    def transaction_ended(self, transaction_id: str | int) -> tuple[ChargingProfile, ...]:
        """Remove the TxProfiles of a transaction that ended.

        A TxProfile lives as long as its transaction (1.6 section 3.13.2; 2.0.1 K01).

        Returns:
            the profiles removed.
        """
        gone = tuple(
            p
            for p in self.profiles()
            if p.purpose == _TX and p.transaction_id == str(transaction_id)
        )
        for p in gone:
            self._remove(p.id)
        return gone

    def _remove(self, profile_id: int) -> None:
        if self._profiles.pop(profile_id, None) is not None and self._state is not None:
            self._state.delete(COMPONENT, str(profile_id))

    # -- limits ----------------------------------------------------------------------------

    def _convert(self, period: SchedulePeriod, unit: str, to: str) -> float | None:
        if period.limit is None or unit == to:
            return period.limit
        factor = self.voltage * (period.number_phases or self.phases)
        return period.limit * factor if to == "W" else period.limit / factor

    def _applicable(
        self, connector: int, tx: Transaction | None
    ) -> list[tuple[int, list[ChargingProfile]]]:
        """Return the profiles that may limit *connector*, in ranked groups.

        Of each group the first profile (highest stackLevel, *connector* before 0) with a
        period at a time counts; the lowest of the groups' limits wins; TxProfiles (rank 2),
        when one counts, keep TxDefaultProfiles (rank 3) out.
        """
        station = [p for p in self._profiles.values() if p.purpose in _MAX_PURPOSES]
        external = [
            p
            for p in self._profiles.values()
            if p.purpose == _EXTERNAL and p.connector in (0, connector)
        ]
        groups = [(0, station), (1, external)]
        if connector != 0:
            txp = [
                p
                for p in self._profiles.values()
                if p.purpose == _TX
                and p.connector == connector
                and tx is not None
                and p.transaction_id == tx.id
            ]
            default = [
                p
                for p in self._profiles.values()
                if p.purpose == _TX_DEFAULT and p.connector in (0, connector)
            ]
            groups.append((2, txp))
            groups.append((3, default))
        for _, group in groups:
            group.sort(key=lambda p: (p.stack_level, p.connector != 0, p.id), reverse=True)
        return groups

    def limit_at(
        self,
        connector: int,
        at: datetime,
        *,
        transaction: Transaction | None = None,
        unit: str = "A",
        origin: datetime | None = None,
    ) -> Limit | None:
        """Return the limit on *connector* at *at* by the rules of the module text.

        Args:
            connector: the connector (1.6) or EVSE (2.x); 0 for the station.
            at: the time.
            transaction: the transaction active on *connector*, if any.
            unit: the unit wanted, ``"A"`` or ``"W"``.
            origin: where Relative schedules start without a transaction (default *at*).

        Returns:
            the `Limit`, or ``None`` when no profile limits *connector* at *at*.
        """
        at = _aware(at)
        return self._limit(
            self._applicable(connector, transaction), at, transaction, unit, origin or at
        )

    def _limit(
        self,
        groups: list[tuple[int, list[ChargingProfile]]],
        at: datetime,
        tx: Transaction | None,
        unit: str,
        origin: datetime,
    ) -> Limit | None:
        best: Limit | None = None
        tx_found = False
        for rank, group in groups:
            if rank == 3 and tx_found:
                continue
            for profile in group:
                period = _period_at(profile, at, tx, origin)
                if period is None:
                    continue
                if rank == 2:
                    tx_found = True
                value = self._convert(period, profile.schedule.unit, unit)
                if value is not None and (best is None or value < best.limit):
                    best = Limit(value, unit, period.number_phases)
                break
        return best

    def composite(
        self,
        connector: int,
        start: datetime,
        duration: int,
        *,
        transaction: Transaction | None = None,
        unit: str = "A",
    ) -> CompositeSchedule:
        """Return the composite schedule of *connector* for *duration* seconds from *start*.

        The limit of each period is what `limit_at` gives at its start, Relative schedules
        without a transaction starting at *start*; consecutive equal periods are merged.

        Args:
            connector: the connector (1.6) or EVSE (2.x); 0 for the station.
            start: when it starts.
            duration: seconds (at least 0).
            transaction: the transaction active on *connector*, if any.
            unit: the unit wanted.

        Returns:
            the `CompositeSchedule`.
        """
        start = _aware(start)
        duration = max(int(duration), 0)
        end = start + timedelta(seconds=duration)
        groups = self._applicable(connector, transaction)
        times = {start}
        for _, group in groups:
            for profile in group:
                times.update(
                    t
                    for t in _breakpoints(profile, start, end, transaction, start)
                    if start < t < end
                )
        periods: list[SchedulePeriod] = []
        for t in sorted(times):
            found = self._limit(groups, t, transaction, unit, start)
            offset = math.ceil((t - start).total_seconds())
            period = SchedulePeriod(
                offset,
                None if found is None else found.limit,
                None if found is None else found.number_phases,
            )
            if periods and periods[-1].start_period == offset:
                periods.pop()
            if periods and (periods[-1].limit, periods[-1].number_phases) == (
                period.limit,
                period.number_phases,
            ):
                continue
            periods.append(period)
        return CompositeSchedule(connector, start, duration, unit, tuple(periods))

    def next_change(
        self,
        connector: int,
        after: datetime,
        *,
        transaction: Transaction | None = None,
        horizon: int = 8 * 86_400,
    ) -> datetime | None:
        """Return the first time after *after* at which the limit of *connector* may change.

        A schedule that starts whenever it is asked about (Relative, no transaction started)
        does not move the limit; its validity does.

        Args:
            connector: the connector (1.6) or EVSE (2.x); 0 for the station.
            after: the time to look from.
            transaction: the transaction active on *connector*, if any.
            horizon: how many seconds ahead to look.

        Returns:
            that time, or ``None`` when nothing changes within *horizon* seconds.
        """
        after = _aware(after)
        end = after + timedelta(seconds=horizon)
        started = transaction is not None and transaction.started is not None
        times = [
            t
            for _, group in self._applicable(connector, transaction)
            for p in group
            for t in (
                _breakpoints(p, after, end, transaction, after)
                if started or not _floats(p)
                else (p.valid_from, p.valid_to)  # starts "now" whenever asked: never moves
            )
            if t is not None and after < t < end
        ]
        return min(times, default=None)


# -- the device side ----------------------------------------------------------------------------

_Listener = Callable[[int, "Limit | None"], Any]


def _status(status: str, reason: str | None = None, info: str | None = None) -> dict[str, Any]:
    answer: dict[str, Any] = {"status": status}
    if reason is not None:
        answer["statusInfo"] = {"reasonCode": reason}
        if info:
            answer["statusInfo"]["additionalInfo"] = info[:512]
    return answer


class SmartCharging:
    """Smart charging on a station `Device`; create it with `attach`.

    Registers SetChargingProfile, ClearChargingProfile, GetCompositeSchedule and (2.x)
    GetChargingProfiles, keeps the profiles in a `ProfileStore`, and tells listeners the limit
    in force on each connector when it changes: after a profile is set or cleared, a
    transaction starts or ends (call `refresh` or `transaction_ended`), or a period begins
    (on a timer of the device's clock).

    Args:
        device: the station device.
        now: the wall-clock time (aware), for schedules; tests pass a fixed or fake time.
        store: where the profiles are kept (``None``: in memory only).
        transactions: ``transactions(connector)`` tells the transaction active on a connector
            (1.6) or EVSE (2.x): a `Transaction`, its id (``str`` or ``int``), or ``None``.
        unit: the unit of `limit_now` and of composite schedules when none is asked for.
        rated_current: amperes per phase the hardware allows: the limit reported in a
            composite schedule where no profile applies.
        **options: the options of `ProfileStore` (``connectors``, ``max_stack_level``, ...).

    Attributes:
        profiles: the `ProfileStore`.

    Raises:
        ValueError: a `ProfileStore` option is out of range.
    """

    def __init__(
        self,
        device: Device,
        *,
        now: Callable[[], datetime],
        store: StateStore | None = None,
        transactions: Callable[[int], Transaction | str | int | None] | None = None,
        unit: str = "A",
        rated_current: float = 32.0,
        **options: Any,
    ) -> None:
        self.device = device
        self.profiles = ProfileStore(store, **options)
        self.unit = unit
        self.rated_current = rated_current
        self._now = now
        self._transactions = transactions
        self._listeners: list[_Listener] = []
        self._limits: dict[int, Limit | None] = {}
        self._timer: TimerHandle | None = None

    @classmethod
    def attach(cls, device: Device, **options: Any) -> SmartCharging:
        """Create smart charging for *device* and register its handlers.

        Args:
            device: the station device.
            **options: the arguments of `SmartCharging` (``now`` is required).

        Returns:
            the component, in force.

        Raises:
            TypeError: ``now`` is missing.
            ValueError: a `ProfileStore` option is out of range.
        """
        self = cls(device, **options)
        device.on("SetChargingProfile", self._on_set)
        device.on("ClearChargingProfile", self._on_clear)
        device.on("GetCompositeSchedule", self._on_composite)
        device.on("GetChargingProfiles", self._on_get_profiles)
        self._limits = {c: self.limit_now(c) for c in range(self.profiles.connectors + 1)}
        self._arm()
        return self

    # -- public ----------------------------------------------------------------------------

    def transaction(self, connector: int) -> Transaction | None:
        """Return the transaction active on *connector*, as *transactions* tells."""
        if self._transactions is None or connector == 0:
            return None
        tx = self._transactions(connector)
        if tx is None or isinstance(tx, Transaction):
            return tx
        return Transaction(str(tx))

    def limit_now(self, connector: int, unit: str | None = None) -> Limit | None:
        """Return the limit in force on *connector* now (``None``: no profile limits it).

        This is what the power electronics should apply; a 1.6 TxProfile or 2.x TxProfile
        counts only while its transaction is active.
        """
        return self.profiles.limit_at(
            connector, self._now(), transaction=self.transaction(connector), unit=unit or self.unit
        )

    def add_listener(self, listener: _Listener) -> None:
        """Call ``listener(connector, limit)`` whenever the limit in force on a connector changes.

        ``limit`` is what `limit_now` gives; the listener's exceptions are logged.
        """
        self._listeners.append(listener)

    def refresh(self) -> None:
        """Evaluate the limits again (call it when a transaction starts) and tell listeners."""
        changed = []
        for connector in range(self.profiles.connectors + 1):
            limit = self.limit_now(connector)
            if self._limits.get(connector) != limit:
                self._limits[connector] = limit
                changed.append((connector, limit))
        for connector, limit in changed:
            for listener in list(self._listeners):
                try:
                    listener(connector, limit)
                except Exception:
                    logger.exception("smart charging: a limit listener failed")
        self._arm()

    def install(
        self,
        profile: Mapping[str, Any],
        connector: int,
        version: str | Version,
        *,
        by_csms: bool = True,
    ) -> Verdict:
        """Install a profile given in wire form, as SetChargingProfile does, and refresh.

        For profiles that come another way: the TxProfile of a 1.6 RemoteStartTransaction
        (once the transaction has started: it is bound to it) or of a 2.x
        RequestStartTransaction (give it the ``transactionId`` of the transaction started,
        which K01.FR.03 asks for), or the ChargingStationExternalConstraints of a local energy
        manager (``by_csms=False``).

        Args:
            profile: ``csChargingProfiles`` (1.6) or ``chargingProfile`` (2.x).
            connector: the connector (1.6) or EVSE (2.x).
            version: the version of *profile*'s form.
            by_csms: see `ProfileStore.install`.

        Returns:
            the `Verdict` (a malformed profile: not accepted, reason ``InvalidValue``).
        """
        verdict = self._install(profile, connector, version, by_csms)
        if verdict.accepted:
            self.refresh()
        return verdict

    def transaction_ended(self, transaction_id: str | int) -> None:
        """Remove the TxProfiles of *transaction_id* (1.6 section 3.13.2) and refresh."""
        self.profiles.transaction_ended(transaction_id)
        self.refresh()

    def close(self) -> None:
        """Stop the timer of the next period. Raises nothing."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    # -- internals -------------------------------------------------------------------------

    def _arm(self) -> None:
        self.close()
        now = self._now()
        changes = [
            t
            for c in range(self.profiles.connectors + 1)
            if (t := self.profiles.next_change(c, now, transaction=self.transaction(c))) is not None
        ]
        if changes:
            delay = max((min(changes) - _aware(now)).total_seconds(), 0.0)
            try:
                clock = self.device.clock
            except RuntimeError:  # no event loop yet: the next refresh arms the timer
                return
            self._timer = clock.call_later(delay, self.refresh)

    def _on_set(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        v16 = ctx.version is Version.V16
        keys = ("csChargingProfiles", "connectorId") if v16 else ("chargingProfile", "evseId")
        try:
            profile, connector = payload[keys[0]], payload[keys[1]]
        except (KeyError, TypeError):
            profile, connector = None, None
        if not isinstance(profile, Mapping):
            verdict = Verdict(False, "InvalidValue", "no profile")
        else:
            verdict = self._install(profile, connector, ctx.version, True)
        if verdict.accepted:
            ctx.after_reply(self.refresh)
            return {"status": "Accepted"}
        return {"status": "Rejected"} if v16 else _status("Rejected", verdict.reason, verdict.info)

    def _install(
        self, wire: Mapping[str, Any], connector: Any, version: str | Version, by_csms: bool
    ) -> Verdict:
        try:
            profile = ChargingProfile.from_wire(wire, connector, version)
        except (KeyError, TypeError, ValueError) as e:
            return Verdict(False, "InvalidValue", f"malformed profile: {e!r}")
        return self.profiles.install(
            profile,
            now=self._now(),
            transaction=self.transaction(profile.connector),
            by_csms=by_csms,
        )

    def _on_clear(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        if ctx.version is Version.V16:
            gone = self.profiles.clear(
                profile_id=payload.get("id"),
                connector=payload.get("connectorId"),
                purpose=payload.get("chargingProfilePurpose"),
                stack_level=payload.get("stackLevel"),
            )
        else:
            criteria = payload.get("chargingProfileCriteria") or {}
            if criteria.get("chargingProfilePurpose") == _EXTERNAL:  # K10.FR.06
                return _status("Unknown", "InvalidValue", "external constraints are not cleared")
            gone = self.profiles.clear(
                profile_id=payload.get("chargingProfileId"),
                connector=criteria.get("evseId"),
                purpose=criteria.get("chargingProfilePurpose"),
                stack_level=criteria.get("stackLevel"),
            )
        if gone:
            ctx.after_reply(self.refresh)
            return {"status": "Accepted"}
        return {"status": "Unknown"}

    def _wire_schedule(self, composite: CompositeSchedule) -> list[dict[str, Any]]:
        """Return the composite's periods in wire form.

        Limits are rounded down to 0.1 (1.6 has ``multipleOf: 0.1``); where no profile
        applies, the rated current stands.
        """
        rated = self.profiles._convert(SchedulePeriod(0, self.rated_current), "A", composite.unit)
        out = []
        for period in composite.periods:
            limit = period.limit if period.limit is not None else rated or 0.0
            item: dict[str, Any] = {
                "startPeriod": period.start_period,
                "limit": round(math.floor(limit * 10 + 1e-6) / 10, 1),
            }
            if period.number_phases is not None:
                item["numberPhases"] = period.number_phases
            out.append(item)
        return out

    def _on_composite(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        v16 = ctx.version is Version.V16
        connector = payload.get("connectorId" if v16 else "evseId")
        unit = payload.get("chargingRateUnit") or self.unit
        duration = payload.get("duration")
        reason = None
        if not isinstance(connector, int) or not 0 <= connector <= self.profiles.connectors:
            reason = "UnknownEvse"
        elif unit not in ("A", "W") or not isinstance(duration, int) or duration < 0:
            reason = "InvalidValue"
        if reason is not None or not isinstance(connector, int) or not isinstance(duration, int):
            return {"status": "Rejected"} if v16 else _status("Rejected", reason)
        start = _aware(self._now()).replace(microsecond=0)
        composite = self.profiles.composite(
            connector, start, duration, transaction=self.transaction(connector), unit=unit
        )
        periods = self._wire_schedule(composite)
        if v16:
            return {
                "status": "Accepted",
                "connectorId": connector,
                "scheduleStart": format_datetime(start),
                "chargingSchedule": {
                    "duration": duration,
                    "startSchedule": format_datetime(start),
                    "chargingRateUnit": unit,
                    "chargingSchedulePeriod": periods,
                },
            }
        return {
            "status": "Accepted",
            "schedule": {
                "evseId": connector,
                "duration": duration,
                "scheduleStart": format_datetime(start),
                "chargingRateUnit": unit,
                "chargingSchedulePeriod": periods,
            },
        }

    def _on_get_profiles(self, payload: dict[str, Any], ctx: CallContext) -> dict[str, Any]:
        criteria = payload.get("chargingProfile") or {}
        evse = payload.get("evseId")
        ids = criteria.get("chargingProfileId")
        sources = criteria.get("chargingLimitSource")

        def source(p: ChargingProfile) -> str:
            return "EMS" if p.purpose == _EXTERNAL else "CSO"

        found = [
            p
            for p in self.profiles.profiles()
            if not p.v16
            and (evse is None or p.connector == evse)
            and (
                criteria.get("chargingProfilePurpose") is None
                or p.purpose == criteria["chargingProfilePurpose"]
            )
            and (criteria.get("stackLevel") is None or p.stack_level == criteria["stackLevel"])
            and (not ids or p.id in ids)
            and (not sources or source(p) in sources)
        ]
        if not found:
            return {"status": "NoProfiles"}
        groups: dict[tuple[int, str], list[ChargingProfile]] = {}
        for p in found:
            groups.setdefault((p.connector, source(p)), []).append(p)
        reports = [
            {
                "requestId": payload["requestId"],
                "chargingLimitSource": src,
                "evseId": connector,
                "chargingProfile": [dict(p.wire) for p in group],
            }
            for (connector, src), group in sorted(groups.items())
        ]
        for report in reports[:-1]:
            report["tbc"] = True

        async def send() -> None:
            for report in reports:
                await ctx.device.call("ReportChargingProfiles", report)

        ctx.after_reply(send)
        return {"status": "Accepted"}
