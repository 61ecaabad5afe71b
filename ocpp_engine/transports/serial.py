r"""OCPP-J over a serial line (or any byte stream): one frame per line.

Needs the ``serial`` extra (``pip install 'ocpp-engine[serial]'``): `SerialConnection` runs on
`pyserial-asyncio-fast`. `LineFramer` (sans-I/O) and `run_stream` work over any asyncio stream
pair too (a pipe, a TCP socket, a pseudo-terminal).

Framing:

- A frame is the OCPP-J message as compact UTF-8 JSON followed by ``\n`` (a ``\r`` before it is
  tolerated). JSON escapes every control character inside strings, so a frame can never contain
  a raw newline: the newline is an unambiguous delimiter with no escaping.
- A receiver drops bytes before the first ``[`` of a line, and drops whole lines that are empty,
  do not end with ``]``, are not UTF-8, or are longer than *max_line* bytes (it then skips to the
  next newline). So line noise costs at most the line it falls on, and the stream
  resynchronises at the next newline. Lines that pass reach `Device.received`, which answers a
  corrupt message as the version prescribes.
- Each side writes a lone ``\n`` when it opens the line, ending whatever half line the peer's
  receiver may hold from before.

A serial line has no handshake: both ends are configured with the version they speak, and the
device counts as connected while the port is open.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random as _random
from collections.abc import Callable, Mapping
from typing import Any, Final

from .._device import Device, Handler
from .._versions import Role, Version, parse_version
from ._common import (
    Backoff,
    ConnectionHealth,
    DeviceLink,
    SleepFn,
    call_back,
    missing_extra,
)

try:
    from serial_asyncio_fast import open_serial_connection
except ImportError as _exc:  # pragma: no cover - depends on the environment
    raise missing_extra(
        "ocpp_engine.transports.serial", "serial", "pyserial-asyncio-fast", _exc
    ) from _exc

__all__ = ["DEFAULT_MAX_LINE", "Backoff", "LineFramer", "SerialConnection", "run_stream"]

logger = logging.getLogger("ocpp_engine.transports")

#: The default limit on one line's length, in bytes (newline excluded).
DEFAULT_MAX_LINE: Final = 2**20


class LineFramer:
    """Splits a byte stream into OCPP-J frames, one per line; builds the bytes of a frame.

    Sans-I/O: feed it whatever bytes arrived, take the complete frames it returns.

    Args:
        max_line: the longest line accepted, in bytes; longer lines are dropped whole.

    Attributes:
        dropped: how many lines (or line fragments) were dropped as garbage so far.
    """

    def __init__(self, max_line: int = DEFAULT_MAX_LINE) -> None:
        if max_line < 2:
            raise ValueError("max_line must be at least 2")
        self.max_line = max_line
        self.dropped = 0
        self._buffer = bytearray()
        self._skipping = False

    @staticmethod
    def encode(frame: str) -> bytes:
        """Return the bytes that carry *frame* on the line.

        Raises:
            ValueError: *frame* contains a raw line break, which compact JSON never does.
        """
        if "\n" in frame or "\r" in frame:
            raise ValueError("a frame must not contain a raw line break")
        return frame.encode("utf-8") + b"\n"

    def feed(self, data: bytes) -> list[str]:
        """Add received bytes; return the frames completed by them, in order. Raises nothing."""
        frames: list[str] = []
        buffer = self._buffer
        buffer += data
        start = 0
        while True:
            end = buffer.find(b"\n", start)
            if end < 0:
                break
            line = bytes(buffer[start:end])
            start = end + 1
            if self._skipping:
                self._skipping = False
                continue
            frame = self._frame(line)
            if frame is not None:
                frames.append(frame)
        del buffer[:start]
        if len(buffer) > self.max_line:
            if not self._skipping:
                self.dropped += 1
                logger.info("dropped a line longer than %d bytes", self.max_line)
            self._skipping = True
            buffer.clear()
        return frames

    def _frame(self, line: bytes) -> str | None:
        if len(line) > self.max_line:
            self.dropped += 1
            return None
        line = line.rstrip(b"\r \t")
        if not line:
            return None  # keep-alive or resynchronising newline
        first = line.find(b"[")
        if first < 0 or not line.endswith(b"]"):
            self.dropped += 1
            logger.info("dropped a line that is no frame: %r", line[:40])
            return None
        if first:
            self.dropped += 1
            logger.info("dropped %d bytes of noise before a frame", first)
        try:
            return line[first:].decode("utf-8")
        except UnicodeDecodeError:
            self.dropped += 1
            logger.info("dropped a line that is not UTF-8")
            return None


async def run_stream(
    device: Device,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    *,
    version: str | Version | None = None,
    max_line: int = DEFAULT_MAX_LINE,
) -> None:
    """Run *device* over a stream pair until the stream ends; then disconnect the device.

    Sets the device's sender, connects it (with *version*, or the device's own default),
    writes a resynchronising newline, feeds every received frame to it, and closes *writer*
    at the end.

    Raises:
        LocalProtocolError: no version was given and the device has none (from `connected`).
        ValueError: *version* is not a supported version.
    """
    await _run_stream(device, reader, writer, version, max_line, None)


async def _run_stream(
    device: Device,
    reader: asyncio.StreamReader,
    writer: asyncio.StreamWriter,
    version: str | Version | None,
    max_line: int,
    opened: Callable[[], None] | None,
) -> None:
    async def send(frame: str) -> None:
        writer.write(LineFramer.encode(frame))
        await writer.drain()

    framer = LineFramer(max_line)
    device.sender = send
    device.connected(version)
    if opened is not None:
        opened()
    try:
        writer.write(b"\n")
        await writer.drain()
        while True:
            data = await reader.read(65536)
            if not data:
                break
            for frame in framer.feed(data):
                device.received(frame)
    except (OSError, asyncio.IncompleteReadError) as exc:
        logger.info("the stream failed: %r", exc)
    finally:
        device.disconnected()
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()


SerialCallback = Callable[["SerialConnection"], Any]
"""``callback(connection)``, sync or async."""


class SerialConnection(DeviceLink):
    """A `Device` on a serial port, reopening the port after it fails.

    Args:
        port: the serial port, such as ``"/dev/ttyUSB0"`` (any pyserial URL works).
        handlers: action -> handler for the device this connection creates (see `Device`).
        version: the OCPP version both ends speak (required).
        role: the created device's role (``"charging_station"``, ``"csms"`` or ``None``).
        device: a `Device` to use instead of creating one; its sender is replaced.
        baudrate: the line speed.
        max_line: the longest line accepted, in bytes.
        serial_options: further keyword arguments for `serial.Serial` (``bytesize``,
            ``parity``, ``rtscts``, ...).
        reconnect: whether to reopen the port after a failure.
        backoff: the waits between attempts. They grow after every failed attempt and after
            every opening that was not good, and start over after a good one.
        stable_after: how long, in seconds, the port must stay open to count as good, on the
            device's clock (an opening that carried an answer to one of our CALLs is good at
            once). A line that fails right after every opening thus meets waits that grow
            instead of a reopening every *backoff.initial* seconds.
        random: returns a float in [0, 1) for the jitter; injectable for tests.
        sleep: waits between attempts; injectable for tests.
        on_connect: ``on_connect(connection)``, sync or async, runs as a task after every
            opening; it is cancelled when the port closes.
        on_disconnect: ``on_disconnect(connection)``, sync or async, runs after every closing.
        call_timeout: the created device's call timeout, in seconds.

    Raises:
        ValueError: the version or role is not supported.
    """

    _noun = "the serial connection"

    def __init__(
        self,
        port: str,
        handlers: Mapping[str, Handler] | None = None,
        *,
        version: str | Version,
        role: str | Role | None = None,
        device: Device | None = None,
        baudrate: int = 115200,
        max_line: int = DEFAULT_MAX_LINE,
        serial_options: Mapping[str, Any] | None = None,
        reconnect: bool = True,
        backoff: Backoff = Backoff(),  # noqa: B008 - frozen
        stable_after: float = 30.0,
        random: Callable[[], float] = _random.random,
        sleep: SleepFn = asyncio.sleep,
        on_connect: SerialCallback | None = None,
        on_disconnect: SerialCallback | None = None,
        call_timeout: float = 30.0,
    ) -> None:
        super().__init__()
        self.port = port
        self.version = parse_version(version)
        self.device = (
            device
            if device is not None
            else Device(None, handlers, role=role, call_timeout=call_timeout)
        )
        self.baudrate = baudrate
        self.max_line = max_line
        self.reconnect = reconnect
        self.backoff = backoff
        self.stable_after = stable_after
        self.on_connect = on_connect
        self.on_disconnect = on_disconnect
        self.last_error: BaseException | None = None
        self._serial_options = dict(serial_options or {})
        self._random = random
        self._sleep = sleep
        self._health = ConnectionHealth(stable_after)

    async def run(self) -> None:
        """Open the port and serve, reopening it after every failure, until `close`.

        With ``reconnect=False`` it returns when the port first closes.

        Raises:
            serial.SerialException: with ``reconnect=False``, why the port could not be opened.
        """
        attempt = 0
        while not self._closing:
            try:
                reader, writer = await open_serial_connection(
                    url=self.port, baudrate=self.baudrate, **self._serial_options
                )
            except OSError as exc:  # serial.SerialException is an OSError
                self.last_error = exc
                logger.warning("could not open %s: %s", self.port, repr(exc))
                if not self.reconnect:
                    raise
            else:
                if await self._session(reader, writer):
                    attempt = 0
            if not self.reconnect or self._closing:
                return
            delay = self.backoff.delay(attempt, self._random)
            attempt += 1
            await self._sleep(delay)

    async def _session(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one opening of the port; return whether it was good (see *stable_after*)."""
        hook: asyncio.Future[None] | None = None
        health = self._health

        def opened() -> None:
            nonlocal hook
            health.stable_after = self.stable_after
            health.begin(self.device.clock)
            health.watch(self.device)
            self._up.set()
            if self.on_connect is not None:
                hook = asyncio.ensure_future(call_back(self.on_connect, self, what="on_connect"))

        try:
            await _run_stream(self.device, reader, writer, self.version, self.max_line, opened)
        finally:
            self._up.clear()
            good = health.end()
            if hook is not None:
                hook.cancel()
                await asyncio.gather(hook, return_exceptions=True)
            await call_back(self.on_disconnect, self, what="on_disconnect")
        return good

    def __repr__(self) -> str:
        state = "open" if self.is_connected else "closed"
        return f"<SerialConnection {self.port} {self.version.value} {state}>"
