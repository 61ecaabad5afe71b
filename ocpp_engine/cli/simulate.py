"""``ocpp-engine simulate URL``: many kit stations against a central system.

Each station is an `ocpp_engine.station.station.Station` (built only on the public kit)
connected with `ocpp_engine.transports.websocket.ChargePoint`. Every connector runs charging
sessions: plug in, Authorize, start, meter values while charging, stop, unplug. The waits and
the energy come from a random generator seeded per station (``--seed``), so a run repeats;
``--sessions script`` runs exactly one session per connector and exits. The stations answer
every request of the central system the kit answers (Reset, ChangeConfiguration or SetVariables,
remote start and stop, TriggerMessage, smart charging, ...).

On a terminal one line shows the run as it goes; a summary follows at the end. The exit status
is 0 when every station booted and nothing went wrong, 1 otherwise, 2 on unusable options.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import sys
import time
from typing import Any, Final, TextIO

import attrs

from .._versions import Version
from ..outbox import Delivery
from ..registration import RegistrationStatus
from ..station.connectors import ConnectorState
from ..station.station import Station
from ..station.transactions import ENERGY, TransactionRefused
from ._common import (
    JSON_VERSIONS,
    Command,
    install_stop,
    missing_websockets,
    positive_float,
    positive_int,
    why,
)

__all__ = ["COMMAND", "Tally", "run_simulate"]

#: Seconds a connector waits between sessions, charges, and between meter values (``random``).
IDLE: Final = (1.0, 5.0)
CHARGE: Final = (2.0, 10.0)
#: The power drawn while charging, in W.
POWER: Final = (3700.0, 22000.0)
#: Seconds the end of a run waits for the answers to the last stops.
SETTLE: Final = 30.0


@attrs.define
class Tally:
    """What a simulation counted.

    Attributes:
        stations: stations simulated.
        connected: stations connected now.
        reached: stations that connected at least once.
        booted: stations whose BootNotification was Accepted.
        started: transactions started.
        stopped: transactions whose stop the central system answered.
        errors: what went wrong, one line each.
    """

    stations: int = 0
    connected: int = 0
    reached: int = 0
    booted: int = 0
    started: int = 0
    stopped: int = 0
    errors: list[str] = attrs.Factory(list)

    def line(self, elapsed: float, final: bool = False) -> str:
        """The one-line summary after *elapsed* seconds (*final*: the stations reached)."""
        stations = (
            f"{self.reached}/{self.stations} reached"
            if final
            else (f"{self.connected}/{self.stations} connected")
        )
        return (
            f"{elapsed:6.1f} s  stations {stations}, "
            f"{self.booted} booted  transactions {self.started} started, {self.stopped} stopped"
            f"  errors {len(self.errors)}"
        )


class _ErrorLog(logging.Handler):
    """Counts the library's errors (a handler that failed, a meter that raised...)."""

    def __init__(self, tally: Tally) -> None:
        super().__init__(logging.ERROR)
        self.tally = tally

    def emit(self, record: logging.LogRecord) -> None:
        self.tally.errors.append(f"log: {record.getMessage()}")


class _Simulated:
    """One simulated station: the kit station, its transport and its sessions."""

    def __init__(
        self,
        url: str,
        identity: str,
        version: Version,
        connectors: int,
        rng: random.Random,
        tally: Tally,
        meter_interval: float,
        password: str | None,
    ) -> None:
        from ..transports.websocket import ChargePoint

        self.identity = identity
        self.rng = rng
        self.tally = tally
        self._energy = dict.fromkeys(range(1, connectors + 1), 0.0)
        self._charging: dict[int, tuple[float, float]] = {}  # evse -> (since, watts)
        options: dict[str, Any] = {"identity": identity, "evses": connectors, "meter": self.meter}
        if version is Version.V16:
            self.station = Station.for_16("ocpp-engine", "simulate", **options)
            assert self.station.configuration is not None
            self.station.configuration.set("MeterValueSampleInterval", round(meter_interval))
        else:
            self.station = Station.for_2x("ocpp-engine", "simulate", version=version, **options)
            assert self.station.device_model is not None
            self.station.device_model.set(
                "SampledDataCtrlr", "TxUpdatedInterval", round(meter_interval)
            )
        self.accepted = asyncio.Event()
        self.station.gate.on_change(self._registration)
        self.cp = ChargePoint(
            url,
            identity,
            device=self.station.device,
            versions=[version],
            password=password,
            on_connect=self._connected,
            on_disconnect=self._disconnected,
        )
        self.online = False
        self.reached = False
        self._stops: set[asyncio.Future[None]] = set()

    def meter(self, evse: int) -> dict[str, float]:
        """The readings of *evse*: energy grows with the power while charging."""
        energy = self._energy[evse]
        since_power = self._charging.get(evse)
        power = 0.0
        if since_power is not None:
            since, power = since_power
            energy += power * (time.monotonic() - since) / 3600
        return {ENERGY: round(energy, 1), "Power.Active.Import": power}

    def _registration(self, status: RegistrationStatus | None) -> None:
        if status is RegistrationStatus.ACCEPTED and not self.accepted.is_set():
            self.tally.booted += 1
            self.accepted.set()

    def _connected(self, cp: Any) -> None:
        if not self.reached:
            self.reached = True
            self.tally.reached += 1
        self.online = True
        self.tally.connected += 1

    def _disconnected(self, cp: Any) -> None:
        if self.online:
            self.tally.connected -= 1
        self.online = False

    async def session(self, evse: int, script: bool) -> None:
        """Run sessions on *evse*: one (*script*), or until cancelled."""
        await self.accepted.wait()
        while True:
            if not script:
                await asyncio.sleep(self.rng.uniform(*IDLE))
            await self._one(evse, script)
            if script:
                return

    async def _one(self, evse: int, script: bool) -> None:
        connectors, transactions = self.station.connectors, self.station.transactions
        connectors.set_state(evse, ConnectorState.PREPARING)  # plugged in
        tag = f"TAG{self.rng.randrange(10**6):06}"
        try:
            await transactions.start(evse, tag, authorize=True)
        except TransactionRefused as exc:
            self.tally.errors.append(f"{self.identity}: start on {evse} refused: {exc}")
            connectors.set_state(evse, None)
            return
        self.tally.started += 1
        self._charging[evse] = (time.monotonic(), self.rng.uniform(*POWER))
        await asyncio.sleep(CHARGE[0] if script else self.rng.uniform(*CHARGE))
        if script:
            transactions.trigger(evse)
        self.stop(evse)
        await asyncio.wait(self._stops)

    def stop(self, evse: int) -> None:
        """Stop the transaction on *evse*, if one runs; its answer is counted as it comes."""
        transactions = self.station.transactions
        if transactions.transaction(evse) is None:
            return
        self._energy[evse] = self.meter(evse)[ENERGY]
        delivery = transactions.stop(evse, "Local")
        self._charging.pop(evse, None)
        self.station.connectors.set_state(evse, None)  # unplugged
        task = asyncio.ensure_future(self._count(evse, delivery))
        self._stops.add(task)
        task.add_done_callback(self._stops.discard)

    async def _count(self, evse: int, delivery: Delivery) -> None:
        try:
            await delivery
        except Exception as exc:
            self.tally.errors.append(f"{self.identity}: the stop on {evse} failed: {why(exc)}")
        else:
            self.tally.stopped += 1

    async def settle(self, timeout: float) -> None:
        """Wait, at most *timeout* seconds, until every stop was answered."""
        if self._stops:
            await asyncio.wait(set(self._stops), timeout=timeout)

    async def close(self) -> None:
        """Disconnect and stop the components."""
        await self.cp.close()
        self.station.close()


async def run_simulate(
    *,
    url: str,
    stations: int,
    connectors: int,
    version: Version,
    identity_pattern: str,
    sessions: str,
    duration: float,
    seed: int,
    meter_interval: float = 2.0,
    password: str | None = None,
    out: TextIO | None = None,
    live: bool | None = None,
) -> Tally:
    """Run ``ocpp-engine simulate``; return what was counted.

    Random sessions run for *duration* seconds (then the transactions still running are
    stopped); scripted ones until every connector ran its session, or *duration* passed.
    *live*: show the one-line summary as it changes (``None``: when *out* is a terminal).
    Ctrl-C or SIGTERM ends the run early.

    Raises:
        ValueError: *identity_pattern* does not make an identity from ``{n}``.
    """
    out = out if out is not None else sys.stdout
    live = out.isatty() if live is None else live
    tally = Tally(stations=stations)
    identities = [identity_pattern.format(n=n) for n in range(1, stations + 1)]
    if len(set(identities)) != stations:
        raise ValueError("the identity pattern must give every station its own identity")
    errors = _ErrorLog(tally)
    library = logging.getLogger("ocpp_engine")
    library.addHandler(errors)
    simulated = [
        _Simulated(
            url,
            identity,
            version,
            connectors,
            random.Random(f"{seed}:{identity}"),
            tally,
            meter_interval,
            password,
        )
        for identity in identities
    ]
    runners = [asyncio.ensure_future(s.cp.run()) for s in simulated]
    script = sessions == "script"
    work = [
        asyncio.ensure_future(s.session(evse, script))
        for s in simulated
        for evse in range(1, connectors + 1)
    ]
    stop = asyncio.Event()
    install_stop(stop)
    began = time.monotonic()
    everything = asyncio.ensure_future(asyncio.gather(*work, return_exceptions=True))
    stopper = asyncio.ensure_future(stop.wait())
    shown = ""
    waiting: set[asyncio.Future[Any]] = {everything, stopper}
    try:
        deadline = began + duration
        while not everything.done() and not stop.is_set():
            left = deadline - time.monotonic()
            if left <= 0:
                break
            await asyncio.wait(waiting, timeout=min(0.5, left))
            if live:
                shown = _show(out, tally.line(time.monotonic() - began), shown)
    finally:
        for task in work:
            task.cancel()
        for result in await asyncio.gather(*work, return_exceptions=True):
            if isinstance(result, Exception):
                tally.errors.append(f"a session failed: {why(result)}")
        stopper.cancel()
        everything.cancel()
        for s in simulated:
            for evse in range(1, connectors + 1):
                s.stop(evse)
        await asyncio.gather(*(s.settle(SETTLE) for s in simulated))
        for s in simulated:
            if not s.accepted.is_set():
                tally.errors.append(f"{s.identity}: never booted ({why_not(s)})")
        await asyncio.gather(*(s.close() for s in simulated), return_exceptions=True)
        for runner in runners:
            runner.cancel()
        await asyncio.gather(*runners, return_exceptions=True)
        library.removeHandler(errors)
    if live:
        out.write("\n")
    out.write(tally.line(time.monotonic() - began, final=True).strip() + "\n")
    for line in tally.errors[:20]:
        out.write(f"error: {line}\n")
    if len(tally.errors) > 20:
        out.write(f"... and {len(tally.errors) - 20} more errors\n")
    out.flush()
    return tally


def why_not(simulated: _Simulated) -> str:
    """Why a station did not boot, as far as its transport knows."""
    error = simulated.cp.last_error
    return why(error) if error is not None else "no Accepted BootNotification"


def _show(out: TextIO, line: str, shown: str) -> str:
    if line != shown:
        out.write("\r" + line)
        out.flush()
    return line


# -- the command ---------------------------------------------------------------------------------


def _pattern(text: str) -> str:
    try:
        text.format(n=1)
    except (IndexError, KeyError, ValueError) as exc:
        raise argparse.ArgumentTypeError(f"not a pattern of {{n}}: {exc}") from None
    return text


def _add_arguments(simulate: argparse.ArgumentParser) -> None:
    simulate.add_argument(
        "url",
        metavar="URL",
        help="the central system's endpoint, e.g. ws://localhost:9000/ocpp "
        "(each identity is appended)",
    )
    simulate.add_argument(
        "--stations", type=positive_int, default=10, help="how many stations (default: 10)"
    )
    simulate.add_argument(
        "--connectors",
        type=positive_int,
        default=1,
        help="connectors (EVSEs) per station (default: 1)",
    )
    simulate.add_argument(
        "--version",
        choices=[v.value.removeprefix("ocpp") for v in JSON_VERSIONS]
        + [v.value for v in JSON_VERSIONS],
        default="1.6",
        help="the OCPP version of every station (default: 1.6)",
    )
    simulate.add_argument(
        "--identity-pattern",
        type=_pattern,
        default="SIM-{n:04}",
        help="the identities, {n} counting from 1 (default: SIM-{n:04})",
    )
    simulate.add_argument(
        "--sessions",
        choices=["random", "script"],
        default="random",
        help="random sessions until --duration, or one scripted session per connector "
        "(default: random)",
    )
    simulate.add_argument(
        "--duration",
        type=positive_float,
        default=60.0,
        metavar="SECONDS",
        help="how long to run (default: 60; scripted sessions stop earlier when done)",
    )
    simulate.add_argument(
        "--seed", type=int, default=0, help="the seed of the random sessions (default: 0)"
    )
    simulate.add_argument(
        "--meter-interval",
        type=positive_float,
        default=2.0,
        metavar="SECONDS",
        help="seconds between meter values while charging (default: 2)",
    )
    simulate.add_argument("--password", help="HTTP Basic auth password (user: each identity)")


def _run(args: argparse.Namespace) -> int:
    if missing_websockets("simulate"):
        return 2
    version = Version(args.version if args.version.startswith("ocpp") else f"ocpp{args.version}")
    try:
        tally = asyncio.run(
            run_simulate(
                url=args.url,
                stations=args.stations,
                connectors=args.connectors,
                version=version,
                identity_pattern=args.identity_pattern,
                sessions=args.sessions,
                duration=args.duration,
                seed=args.seed,
                meter_interval=args.meter_interval,
                password=args.password,
            )
        )
    except ValueError as exc:
        print(f"ocpp-engine simulate: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:  # where signal handlers cannot be installed (Windows)
        return 1
    return 1 if tally.errors else 0


#: ``ocpp-engine simulate``.
COMMAND: Final = Command(
    name="simulate",
    help="run many simulated charging stations against a central system",
    description="Many charging stations built on the station kit, each on its own WebSocket "
    "connection, running charging sessions (plug in, Authorize, start, meter values, "
    "stop) on seeded randomness; a live summary on a terminal, and a final one. Exit "
    "status 1 when a station did not boot or anything failed.",
    add_arguments=_add_arguments,
    run=_run,
)
