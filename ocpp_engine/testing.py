"""Helpers for testing OCPP code offline: no network, no sleeping.

- `connect` wires two devices back to back through an in-memory `Pipe` that delivers frames
  through the event loop, as a real transport would, and records every frame.
- `Peer` plays the other end against a device under test: ``await peer.call(...)`` sends it a
  CALL, ``peer.inject(raw)`` feeds it any frame, ``await peer.next_frame()`` returns what it sent.
- `FakeClock` replaces the event loop as a device's time source; `FakeClock.advance` moves
  time forward and fires the timeouts that fall due.
- `sequential_ids` makes predictable message ids.

Example:
    ```python
    device = Device(sender=print, handlers={"Heartbeat": on_heartbeat}, version="ocpp1.6")
    async with Peer(device) as peer:
        result = await peer.call("Heartbeat", {})
        assert "currentTime" in result
    ```
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import json
from collections.abc import Callable, Iterator, Mapping
from types import TracebackType
from typing import Any

from ._device import Device, Handler
from ._versions import Version

__all__ = ["FakeClock", "FakeTimer", "Peer", "Pipe", "connect", "sequential_ids"]


def sequential_ids(prefix: str = "m") -> Callable[[], str]:
    """Return an id factory producing ``prefix1``, ``prefix2``, ... for `Device(id_factory=)`."""
    counter = itertools.count(1)
    return lambda: f"{prefix}{next(counter)}"


class FakeTimer:
    """A timer of `FakeClock`; `cancel` keeps it from firing."""

    __slots__ = ("args", "callback", "cancelled", "when")

    def __init__(self, when: float, callback: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self.when = when
        self.callback = callback
        self.args = args
        self.cancelled = False

    def cancel(self) -> None:
        """Cancel the timer."""
        self.cancelled = True

    def __lt__(self, other: FakeTimer) -> bool:
        return self.when < other.when


class FakeClock:
    """A clock whose time moves only when told to: pass it as ``Device(clock=...)``.

    Args:
        start: the initial time in seconds.
    """

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._timers: list[tuple[float, int, FakeTimer]] = []
        self._seq = itertools.count()

    def time(self) -> float:
        """Return the current fake time."""
        return self._now

    def call_later(self, delay: float, callback: Callable[..., Any], *args: Any) -> FakeTimer:
        """Schedule ``callback(*args)`` *delay* seconds of fake time from now."""
        timer = FakeTimer(self._now + max(delay, 0.0), callback, args)
        heapq.heappush(self._timers, (timer.when, next(self._seq), timer))
        return timer

    @property
    def pending(self) -> int:
        """How many timers are scheduled and not cancelled."""
        return sum(1 for _, _, t in self._timers if not t.cancelled)

    def advance(self, seconds: float) -> int:
        """Move time forward by *seconds*, firing every timer that falls due, in order.

        Returns:
            the number of timers fired.
        """
        target = self._now + seconds
        fired = 0
        while self._timers and self._timers[0][0] <= target:
            when, _, timer = heapq.heappop(self._timers)
            if timer.cancelled:
                continue
            self._now = when
            timer.callback(*timer.args)
            fired += 1
        self._now = target
        return fired


class Pipe:
    """An in-memory link between two devices that records every frame.

    Each frame is delivered with ``loop.call_soon``, so, as over a real transport, the sender's
    call returns before the receiver sees the frame. Create it with `connect`.

    Attributes:
        a: the first device.
        b: the second device.
        frames: every frame that crossed, as ``(sender_label, raw)`` in order.
    """

    def __init__(self, a: Device, b: Device, labels: tuple[str, str] = ("a", "b")) -> None:
        self.a = a
        self.b = b
        self.labels = labels
        self.frames: list[tuple[str, str]] = []
        self.listeners: list[Callable[[str, str], None]] = []
        self._in_transit = 0
        self.open = True
        #: labels whose frames are recorded but not delivered
        self.muted: set[str] = set()
        a.sender = self._link(labels[0], b)
        b.sender = self._link(labels[1], a)

    def _link(self, label: str, target: Device) -> Callable[[str], None]:
        loop_getter = asyncio.get_running_loop

        def deliver(raw: str) -> None:
            self._in_transit -= 1
            if self.open:
                target.received(raw)

        def send(raw: str) -> None:
            if not self.open:
                raise ConnectionError("the pipe is closed")
            self.frames.append((label, raw))
            for listener in self.listeners:
                listener(label, raw)
            if label in self.muted:
                return
            self._in_transit += 1
            loop_getter().call_soon(deliver, raw)

        return send

    def close(self) -> None:
        """Close the link and tell both devices they are disconnected."""
        self.open = False
        self.a.disconnected()
        self.b.disconnected()

    async def settle(self, max_rounds: int = 1000) -> None:
        """Let the event loop run until no frame is in transit and both devices are idle.

        Raises:
            RuntimeError: the devices are still busy after *max_rounds* loop iterations.
        """
        for _ in range(max_rounds):
            await asyncio.sleep(0)
            if not self._in_transit and not self.a.active_tasks and not self.b.active_tasks:
                return
        raise RuntimeError("the devices did not settle")


def connect(
    a: Device, b: Device, version: str | Version | None = None, labels: tuple[str, str] = ("a", "b")
) -> Pipe:
    """Wire *a* and *b* back to back and tell both they are connected with *version*.

    Must be called with an event loop running. Replaces both devices' senders.

    Raises:
        LocalProtocolError: no version was given and a device has no default version.
    """
    pipe = Pipe(a, b, labels)
    a.connected(version)
    b.connected(version)
    return pipe


class Peer:
    """Plays the other end against a device under test, offline.

    ``async with Peer(device) as peer`` wires a fresh peer device to *device*, connects both
    with *version* (default: the device's own default version) and disconnects them at the end.

    Args:
        device: the device under test; its sender is replaced while the peer is attached.
        version: the version both speak.
        handlers: handlers of the peer, for the CALLs the device under test makes.
        answer: when ``False``, the peer device never sees the frames of the device under
            test: the test reads them with `next_frame` and answers with `inject`.
        **options: further `Device` options for the peer (for example ``validation=False``
            to send invalid payloads on purpose).

    Attributes:
        device: the device under test.
        peer: the `Device` that plays the peer.
        pipe: the `Pipe` between them.
    """

    def __init__(
        self,
        device: Device,
        version: str | Version | None = None,
        handlers: Mapping[str, Handler] | None = None,
        *,
        answer: bool = True,
        **options: Any,
    ) -> None:
        self.device = device
        self._answer = answer
        self._version = version if version is not None else device.default_version
        options.setdefault("id_factory", sequential_ids("peer-"))
        self.peer = Device(lambda raw: None, handlers, version=self._version, **options)
        self.pipe: Pipe | None = None
        self._frames: asyncio.Queue[str] | None = None

    async def __aenter__(self) -> Peer:
        self.attach()
        return self

    async def __aexit__(
        self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.settle()
        self.detach()

    def attach(self) -> None:
        """Wire and connect the peer and the device (done by ``async with``)."""
        self._frames = asyncio.Queue()
        self.pipe = connect(self.peer, self.device, self._version, labels=("peer", "device"))
        if not self._answer:
            self.pipe.muted.add("device")
        frames = self._frames

        def record(label: str, raw: str) -> None:
            if label == "device":
                frames.put_nowait(raw)

        self.pipe.listeners.append(record)

    def detach(self) -> None:
        """Disconnect both ends (done by ``async with``)."""
        if self.pipe is not None:
            self.pipe.close()

    async def call(
        self, action: str, payload: Mapping[str, Any] | None = None, *, timeout: float | None = None
    ) -> Any:
        """Send a CALL to the device under test and return its CALLRESULT payload.

        Raises:
            CallError: the device answered with a CALLERROR.
            Exception: anything `Device.call` raises.
        """
        return await self.peer.call(action, payload, timeout=timeout)

    async def send(self, action: str, payload: Mapping[str, Any] | None = None) -> None:
        """Send a 2.1 SEND to the device under test."""
        await self.peer.send(action, payload)

    def on(self, action: str, handler: Handler) -> None:
        """Answer the device's CALLs of *action* with *handler*."""
        self.peer.on(action, handler)

    def inject(self, raw: str | bytes | bytearray | memoryview) -> None:
        """Feed *raw* to the device under test as if the peer had sent it (recorded too)."""
        assert self.pipe is not None, "attach() first"
        text = raw if isinstance(raw, str) else bytes(raw).decode("utf-8", errors="replace")
        self.pipe.frames.append(("peer", text))
        self.device.received(raw)

    async def next_frame(self, timeout: float = 1.0) -> Any:
        """Return the next frame the device under test sent, parsed from JSON.

        Raises:
            TimeoutError: it sent nothing within *timeout* seconds of loop time.
        """
        assert self._frames is not None, "attach() first"
        return json.loads(await asyncio.wait_for(self._frames.get(), timeout))

    def sent(self) -> list[Any]:
        """Every frame the device under test has sent so far, parsed, oldest first."""
        assert self.pipe is not None, "attach() first"
        return [json.loads(raw) for label, raw in self.pipe.frames if label == "device"]

    def no_frame_pending(self) -> bool:
        """Whether every frame the device sent has been taken by `next_frame`."""
        return self._frames is None or self._frames.empty()

    async def settle(self) -> None:
        """Wait until no frame is in transit and both ends are idle."""
        if self.pipe is not None:
            await self.pipe.settle()

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.pipe.frames if self.pipe is not None else [])
