"""The engine's devices on a picows server: the ``picows`` kind of benchmarks/loadserver.py.

A sketch of a transport, not one: one `Device` per connection with a sync sender writing
straight to picows' transport, OCPP 1.6 only, no authorisation, no permessage-deflate (picows
has none), no fragmented frames. It shows what the engine costs on a WebSocket layer written
in Cython. Imported only when picows is installed.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any

from loadserver import ANSWERS, FANOUT_ACTION, FANOUT_PAYLOAD, Server, _answer
from picows import (
    WSCloseCode,
    WSFrame,
    WSListener,
    WSMsgType,
    WSTransport,
    WSUpgradeRequest,
    WSUpgradeResponse,
    WSUpgradeResponseWithListener,
    ws_create_server,
)

from ocpp_engine import Device, Role, Version

_TEXT = WSMsgType.TEXT
_CLOSE = WSMsgType.CLOSE
_V16 = Version("ocpp1.6")


class _Link(WSListener):  # type: ignore[misc]
    def __init__(self, server: PicowsServer, identity: str) -> None:
        self.server = server
        self.identity = identity
        self.device = Device(None, server.handlers, role=Role.CSMS, identity=identity)

    def on_ws_connected(self, transport: WSTransport) -> None:
        send = transport.send

        def sender(frame: str) -> None:
            send(_TEXT, frame.encode())

        self.device.sender = sender
        self.device.connected(_V16)
        self.server.devices[self.identity] = self.device

    def on_ws_frame(self, transport: WSTransport, frame: WSFrame) -> None:
        kind = frame.msg_type
        if kind is _TEXT:
            self.device.received(frame.get_payload_as_utf8_text())
        elif kind is _CLOSE:
            transport.send_close(frame.get_close_code(), frame.get_close_message())
            transport.disconnect()
        elif kind is WSMsgType.BINARY:
            transport.send_close(WSCloseCode.UNSUPPORTED_DATA)
            transport.disconnect()

    def on_ws_disconnected(self, transport: WSTransport) -> None:
        self.device.disconnected()
        if self.server.devices.get(self.identity) is self.device:
            del self.server.devices[self.identity]


class PicowsServer(Server):
    def __init__(self, options: dict[str, str]) -> None:
        self.options = options
        self.handlers = {action: _answer(payload) for action, payload in ANSWERS.items()}
        self.devices: dict[str, Device] = {}

    def _factory(self, request: WSUpgradeRequest) -> Any:
        identity = request.path.decode().partition("?")[0].rsplit("/", 1)[-1]
        offered = request.headers.get("Sec-WebSocket-Protocol", "")
        if "ocpp1.6" not in [p.strip() for p in offered.split(",")]:
            return WSUpgradeResponseWithListener(
                WSUpgradeResponse.create_error_response(400, b"no OCPP version agreed\n"), None
            )
        response = WSUpgradeResponse.create_101_response(
            extra_headers={"Sec-WebSocket-Protocol": "ocpp1.6"}
        )
        return WSUpgradeResponseWithListener(response, _Link(self, identity))

    async def start(self) -> None:
        ping = self.options.get("ping", "20")
        extra: dict[str, Any] = {}
        if "read_buffer" in self.options:
            extra["read_buffer_init_size"] = int(self.options["read_buffer"])
        if "backlog" in self.options:
            extra["backlog"] = int(self.options["backlog"])
        self.server = await ws_create_server(
            self._factory,
            "127.0.0.1",
            0,
            enable_auto_ping=ping != "none",
            auto_ping_idle_timeout=20.0 if ping == "none" else float(ping),
            auto_ping_reply_timeout=20.0,
            max_frame_size=2**20,
            **extra,
        )
        self.port = self.server.sockets[0].getsockname()[1]

    def count(self) -> int:
        return len(self.devices)

    def calls(self) -> list[Awaitable[Any]]:
        return [d.call(FANOUT_ACTION, FANOUT_PAYLOAD) for d in list(self.devices.values())]

    async def close(self) -> None:
        self.server.close()
        await self.server.wait_closed()
