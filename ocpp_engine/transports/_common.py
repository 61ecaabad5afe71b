"""What every transport shares: identity rules, reconnect backoff, callbacks, extras.

Nothing here imports an optional library, so this module is always importable.
"""

from __future__ import annotations

import asyncio
import importlib.metadata
import logging
import random as _random
import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar, Final, TypeVar, overload

import attrs

from .._errors import LocalProtocolError
from .._versions import LAYOUT, Version, parse_version

if TYPE_CHECKING:
    from .._clock import Clock
    from .._device import Device
    from .._hooks import HookContext
    from ..messages import Request, Response

    R = TypeVar("R", bound=Response)

__all__ = [
    "MAX_IDENTITY_LENGTH",
    "Backoff",
    "ConnectionHealth",
    "DeviceLink",
    "Link",
    "identity_problem",
    "missing_extra",
    "parse_versions",
    "requirement_problem",
]

logger = logging.getLogger("ocpp_engine.transports")

#: The longest station identity OCPP 2.0.1 and 2.1 allow (it is the Basic-auth user name).
MAX_IDENTITY_LENGTH: Final = 48

T = TypeVar("T")


def _release(version: str) -> tuple[int, ...]:
    """The leading numbers of a version string: ``"12.0rc1"`` -> ``(12, 0)``."""
    numbers = []
    for part in version.split("."):
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(int(digits.group()))
        if digits.end() < len(part):
            break
    return tuple(numbers)


def requirement_problem(requirement: str) -> str | None:
    """Say why the installed distribution does not meet *requirement*, or return ``None``.

    Args:
        requirement: a distribution name with an optional lowest version, such as
            ``"websockets>=14"``.

    Returns:
        ``"websockets is not installed"``, ``"websockets 12.0 is installed, >=14 is
        needed"``, or ``None`` when an installed version meets it (an import may still fail:
        a broken installation, or a local file that shadows the library).
    """
    name, _, lowest = requirement.partition(">=")
    name = name.strip()
    try:
        installed = importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return f"{name} is not installed"
    if lowest and _release(installed) < _release(lowest.strip()):
        return f"{name} {installed} is installed, >={lowest.strip()} is needed"
    return None


def missing_extra(
    module: str, extra: str, library: str, error: ImportError | None = None
) -> ImportError:
    """Return the ImportError raised when *module* cannot import its extra's *library*.

    The message names the extra to install and why the import failed: the library is not
    installed, an older version than *library* asks for is (``"websockets 12.0 is installed,
    >=14 is needed"``), or it is installed but broken or shadowed by a local file of the same
    name (then *error* says how).
    """
    problem = requirement_problem(library)
    if problem is None:
        problem = "it could not be imported" + (f" ({error})" if error is not None else "")
    return ImportError(
        f"{module} needs {library}: {problem}; "
        f"install the extra: pip install -e '.[{extra}]' in a clone of ocpp_engine "
        f"(pip install 'ocpp-engine[{extra}]' once it is on PyPI)"
    )


def identity_problem(identity: str, version: Version | None) -> str | None:
    """Return why *identity* is not a valid station identity for *version*, or ``None``.

    Every version needs a non-empty identity without control characters. OCPP 2.0.1
    and 2.1 also limit it to 48 characters without ``:``, since it is the Basic-auth user name.
    """
    if not identity:
        return "the station identity is empty"
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in identity):
        return "the station identity contains a control character"
    if version in (Version.V201, Version.V21):
        if len(identity) > MAX_IDENTITY_LENGTH:
            return f"the station identity is longer than {MAX_IDENTITY_LENGTH} characters"
        if ":" in identity:
            return "the station identity contains ':'"
    return None


def parse_versions(versions: Iterable[str | Version]) -> tuple[Version, ...]:
    """Return *versions* as a tuple of `Version`, in order, without repeats.

    Raises:
        ValueError: a version is not supported (OCPP 1.5 has no OCPP-J: it is served over
            SOAP), or none is given.
    """
    out: list[Version] = []
    for v in versions:
        parsed = parse_version(v)
        if not LAYOUT[parsed].json:
            raise ValueError(f"OCPP {LAYOUT[parsed].label} has no OCPP-J; it travels over SOAP")
        if parsed not in out:
            out.append(parsed)
    if not out:
        raise ValueError("at least one OCPP version must be enabled")
    return tuple(out)


@attrs.frozen
class Backoff:
    """How long to wait before each reconnection attempt: exponential, capped, with jitter.

    The wait before attempt *n* is ``min(initial * factor ** n, maximum) + jitter * random()``,
    with *n* counted from 0 after the last good connection: one that stayed up the transport's
    *stable_after* seconds or carried an answer to one of its CALLs. This is OCPP 2.0.1's
    reconnection rule with ``initial`` as RetryBackOffWaitMinimum and ``jitter`` as
    RetryBackOffRandomRange; ``maximum`` plays the part of RetryBackOffRepeatTimes.

    Attributes:
        initial: the first wait, in seconds.
        factor: how much each further wait grows.
        maximum: the longest wait before jitter, in seconds.
        jitter: the largest random extra added to each wait, in seconds.
    """

    initial: float = 1.0
    factor: float = 2.0
    maximum: float = 60.0
    jitter: float = 1.0

    def delay(self, attempt: int, random: Callable[[], float] = _random.random) -> float:
        """Return the wait in seconds before attempt number *attempt* (0-based).

        Args:
            attempt: how many attempts failed since the last good connection.
            random: returns a float in [0, 1); injectable for tests.
        """
        try:
            base = self.initial * self.factor ** max(attempt, 0)
        except OverflowError:
            base = self.maximum
        return min(base, self.maximum) + self.jitter * random()


#: The device steps after which an answer to one of our CALLs has arrived.
_ANSWERED: Final = ("execute_call_result_handler", "execute_call_error_handler")


class ConnectionHealth:
    """Tells whether a connection was good, so the reconnect backoff may start over.

    A connection is good when it stayed up *stable_after* seconds on the clock given to
    `begin`, or carried an answer (CALLRESULT or CALLERROR) to a CALL of a watched device. A
    peer that accepts a connection and closes it at once, again and again, thus meets growing
    waits rather than a reconnection every ``backoff.initial`` seconds.

    A transport calls `begin` when a connection comes up, `watch` for every device it carries
    (also one added while it is up), and `end` when the connection drops.

    Args:
        stable_after: how long, in seconds, a connection must stay up to count as good.
    """

    def __init__(self, stable_after: float) -> None:
        self.stable_after = stable_after
        self._clock: Clock | None = None
        self._since = 0.0
        self._answered = False
        self._watched: list[Device] = []

    def begin(self, clock: Clock) -> None:
        """Start measuring a new connection on *clock*. Raises nothing."""
        self.end()
        self._clock = clock
        self._since = clock.time()
        self._answered = False

    def watch(self, device: Device) -> None:
        """Count an answer to one of *device*'s CALLs as proof of a good connection.

        Does nothing outside `begin` ... `end`, or for a device already watched.
        Raises nothing.
        """
        if self._clock is None or any(d is device for d in self._watched):
            return
        for step in _ANSWERED:
            device.hooks.after(step, self._on_answer)
        self._watched.append(device)

    def end(self) -> bool:
        """Stop measuring; return whether the connection was good (``False`` if none began).

        Raises nothing.
        """
        for device in self._watched:
            for step in _ANSWERED:
                device.hooks.remove(step, self._on_answer)
        self._watched.clear()
        clock, self._clock = self._clock, None
        if clock is None:
            return False
        return self._answered or clock.time() - self._since >= self.stable_after

    def _on_answer(self, ctx: HookContext) -> None:
        self._answered = True


async def call_back(fn: Callable[..., Any] | None, *args: Any, what: str) -> None:
    """Run a user callback, sync or async; log what it raises instead of propagating it."""
    if fn is None:
        return
    try:
        result = fn(*args)
        if hasattr(result, "__await__"):
            await result
    except asyncio.CancelledError:
        raise
    except Exception:
        logger.exception("ocpp_engine.transports: the %s callback failed", what)


SleepFn = Callable[[float], Awaitable[Any]]
"""``sleep(seconds)``: waits; `asyncio.sleep` unless a test injects another."""


L = TypeVar("L", bound="Link")


class Link:
    """The life cycle every transport client shares: `run` in a task until `close`.

    Subclasses implement `run` (connect, serve, reconnect) and set ``self._up`` while they are
    connected; `close` sets ``self._closing`` and stops the task.
    """

    #: What the messages of this link call the thing that connects.
    _noun: ClassVar[str] = "the connection"

    def __init__(self) -> None:
        self._up = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False

    @property
    def is_connected(self) -> bool:
        """Whether the link is up and its device (or devices) connected."""
        return self._up.is_set()

    async def run(self) -> None:
        """Connect and serve until `close` (implemented by each transport)."""
        raise NotImplementedError

    async def start(self) -> None:
        """Start `run` in a task and return at once.

        Raises:
            LocalProtocolError: already started.
        """
        if self._task is not None and not self._task.done():
            raise LocalProtocolError(f"{self._noun} is already started")
        self._closing = False
        self._task = asyncio.ensure_future(self.run())

    async def wait_connected(self) -> None:
        """Wait until the link is up (wrap in `asyncio.timeout` to bound the wait).

        A connection that comes up and drops before this notices does not count: the wait goes
        on while `run` reconnects.

        Raises:
            LocalProtocolError: not started, or `run` stopped before the link came up; when a
                connection was made and lost, its ``__cause__`` says how (the ``last_error``
                of the transport).
            Exception: what ended `run` (with ``reconnect=False``, why connecting failed).
        """
        task = self._task
        if task is None:
            raise LocalProtocolError(f"{self._noun} is not started")
        while not self._up.is_set():
            if task.done():
                error = task.exception() if not task.cancelled() else None
                if error is not None:
                    raise error
                cause = getattr(self, "last_error", None)
                if isinstance(cause, BaseException):
                    raise LocalProtocolError(
                        f"{self._noun} stopped before it connected: {cause}"
                    ) from cause
                raise LocalProtocolError(f"{self._noun} stopped before it connected")
            waiter = asyncio.ensure_future(self._up.wait())
            try:
                await asyncio.wait({waiter, task}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                waiter.cancel()

    async def close(self) -> None:
        """Stop `run` and stop reconnecting; every device is disconnected. Raises nothing."""
        self._closing = True
        await self._stop()

    async def _stop(self) -> None:
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    async def __aenter__(self: L) -> L:
        await self.start()
        try:
            await self.wait_connected()
        except BaseException:
            await self.close()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class DeviceLink(Link):
    """A `Link` that carries one `Device` (``self.device``): a station's side of a transport."""

    device: Device

    @overload
    async def call(
        self, action: Request[R], payload: None = None, *, timeout: float | None = None
    ) -> R: ...

    @overload
    async def call(
        self,
        action: str,
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> dict[str, Any]: ...

    async def call(
        self,
        action: str | Request[Any],
        payload: Mapping[str, Any] | None = None,
        *,
        timeout: float | None = None,
    ) -> Any:
        """Send a CALL through the device (dict or typed); a shortcut for ``self.device.call``.

        Raises:
            Exception: whatever `Device.call` raises (`NotConnectedError` while offline).
        """
        return await self.device.call(action, payload, timeout=timeout)  # type: ignore[arg-type]
