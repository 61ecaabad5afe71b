"""What the engines share: the readers of `Bus.events`, and the shape of a served request."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from typing import Final

__all__ = ["EventReaders", "logger"]

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
