"""What the engines share: the readers of `Bus.events`, the turns of `Bus.submit`, work frames."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Final

from ._bus import CallOutcomeUnknown

__all__ = ["EventReaders", "Turns", "logger", "pack_work", "unpack_work"]

logger = logging.getLogger("ocpp_engine.cluster")

_END: Final = b""


class _Reader:
    """One `Bus.events` iterator: a queue filled by `EventReaders.deliver`."""

    __slots__ = ("_queue", "_readers")

    def __init__(self, readers: EventReaders) -> None:
        self._queue: asyncio.Queue[bytes] = asyncio.Queue()
        self._readers = readers

    def __aiter__(self) -> _Reader:
        return self

    async def __anext__(self) -> bytes:
        if self._readers.closed and self._queue.empty():
            raise StopAsyncIteration
        event = await self._queue.get()
        if event is _END:
            self._queue.put_nowait(_END)  # the end stays the end for a second reader call
            raise StopAsyncIteration
        return event

    async def aclose(self) -> None:
        """Stop reading: later events are not kept for this iterator. Raises nothing."""
        self._readers.discard(self)


class EventReaders:
    """The live `Bus.events` iterators of one bus: each sees every event delivered after it."""

    __slots__ = ("_readers", "closed")

    def __init__(self) -> None:
        self._readers: list[_Reader] = []
        self.closed = False

    def reader(self) -> AsyncIterator[bytes]:
        """A new iterator, registered at once (no event delivered after this call is missed).

        Raises nothing.
        """
        reader = _Reader(self)
        if self.closed:
            reader._queue.put_nowait(_END)
        else:
            self._readers.append(reader)
        return reader

    def discard(self, reader: _Reader) -> None:
        """Forget *reader*. Raises nothing."""
        if reader in self._readers:
            self._readers.remove(reader)

    def deliver(self, event: bytes) -> None:
        """Hand *event* to every reader (an empty event is dropped: it cannot be one).

        Raises nothing.
        """
        if event:
            for reader in self._readers:
                reader._queue.put_nowait(event)

    def close(self) -> None:
        """End every iterator once it has read what it was given; later ones end at once.

        Raises nothing.
        """
        self.closed = True
        readers, self._readers = self._readers, []
        for reader in readers:
            reader._queue.put_nowait(_END)


class Turns:
    """The order of `Bus.submit`: per key, a request goes out when the one before is finished.

    A chain of futures rather than a lock, so that a wait given up at its deadline can never
    leave a turn taken: the next request of the key waits for the one before the one that gave
    up (its turn passes on only when that one is finished too).
    """

    __slots__ = ("_last",)

    def __init__(self) -> None:
        self._last: dict[str, asyncio.Future[None]] = {}

    @contextlib.asynccontextmanager
    async def turn(self, key: str, deadline: float, timeout: float) -> AsyncIterator[None]:
        """Wait for *key* 's turn until *deadline* (loop time), and hold it.

        Raises:
            CallOutcomeUnknown: the turn did not come by the deadline (nothing was sent).
        """
        loop = asyncio.get_running_loop()
        before = self._last.get(key)
        mine: asyncio.Future[None] = loop.create_future()
        self._last[key] = mine
        try:
            if before is not None and not before.done():
                await asyncio.wait({before}, timeout=max(0.0, deadline - loop.time()))
                if not before.done():
                    raise CallOutcomeUnknown(key, timeout, worker=True)
            yield
        finally:
            if before is None or before.done():
                self._finish(key, mine)
            else:  # gave up waiting: the next one still waits for the one before
                before.add_done_callback(lambda _: self._finish(key, mine))

    def _finish(self, key: str, mine: asyncio.Future[None]) -> None:
        if not mine.done():
            mine.set_result(None)
        if self._last.get(key) is mine:
            del self._last[key]


def pack_work(key: str, body: bytes) -> bytes:
    """Frame a work request: the key's length, ``:``, the key, the body. Raises nothing."""
    encoded = key.encode()
    return b"%d:" % len(encoded) + encoded + body


def unpack_work(data: bytes) -> tuple[str, bytes]:
    """Split what `pack_work` made into the key and the body.

    Raises:
        ValueError: *data* is not a work frame.
    """
    size, colon, rest = data.partition(b":")
    if not colon or not size.isdigit() or int(size) > len(rest):
        raise ValueError("not a work frame")
    return rest[: int(size)].decode(), rest[int(size) :]
