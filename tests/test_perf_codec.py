"""The JSON codecs: orjson when installed, the same frames as the standard library."""

from __future__ import annotations

import enum
import importlib.util
import math
from typing import Any

import pytest

from ocpp_engine import Device
from ocpp_engine.codec import Codec, default_codec, orjson_codec, stdlib_codec
from ocpp_engine.testing import Peer

HAVE_ORJSON = importlib.util.find_spec("orjson") is not None
needs_orjson = pytest.mark.skipif(not HAVE_ORJSON, reason="orjson is not installed")


class Color(str, enum.Enum):
    RED = "Red"


class Big(int):
    pass


# Values both codecs must encode to the very same text (or both refuse).
ENCODE_CASES: list[Any] = [
    [2, "id", "Heartbeat", {}],
    [3, "id", {"currentTime": "2024-01-01T00:00:00Z", "note": "Zürich ✓", "n": None}],
    [3, "id", {"a": 1.5, "b": -0.0, "c": 10**20, "d": [True, False], "e": ""}],
    [3, "id", {"status": Color.RED, "big": Big(5)}],
    [3, "id", {1: "int key"}],
    {"nan": math.nan},
    {"inf": math.inf},
    {"bytes": b"x"},
    {"set": {1}},
]

DECODE_CASES: list[str | bytes] = [
    '[2,"id","Heartbeat",{}]',
    b'[3,"id",{"a":"\xc3\xbc"}]',
    '[3,"id",{"x":NaN}]',
    '[3,"id",{"x":Infinity}]',
    '[3,"id",{"x":123456789012345678901234567890}]',
    '[3,"id",{"x":1e400}]',
    '[3,"id",{"x":"\\ud800"}]',
    "[" * 50 + "]" * 50,
    '[3,"id"',
    "",
    "\ufeff[1]",
    "[1] x",
]


def _outcome(fn: Any, value: Any) -> Any:
    try:
        return ("ok", fn(value))
    except Exception as exc:
        return ("error", type(exc).__mro__[-3] if isinstance(exc, ValueError) else type(exc))


def test_stdlib_codec_makes_compact_text() -> None:
    codec = stdlib_codec()
    assert codec.encode([3, "id", {"a": "ü"}]) == '[3,"id",{"a":"ü"}]'
    assert codec.decode('[3,"id",{}]') == [3, "id", {}]
    with pytest.raises(ValueError):
        codec.encode({"x": math.nan})


@needs_orjson
@pytest.mark.parametrize("value", ENCODE_CASES, ids=range(len(ENCODE_CASES)))
def test_orjson_encodes_like_the_stdlib(value: Any) -> None:
    fast, slow = orjson_codec(), stdlib_codec()
    got, expected = _outcome(fast.encode, value), _outcome(slow.encode, value)
    assert got[0] == expected[0]
    if got[0] == "ok":
        assert type(got[1]) is str
        assert got[1] == expected[1]


@needs_orjson
@pytest.mark.parametrize("text", DECODE_CASES, ids=range(len(DECODE_CASES)))
def test_orjson_decodes_like_the_stdlib(text: str | bytes) -> None:
    got = _outcome(orjson_codec().decode, text)
    expected = _outcome(stdlib_codec().decode, text)
    assert got[0] == expected[0]
    if got[0] == "ok":
        assert repr(got[1]) == repr(expected[1])


def test_default_codec_is_orjson_when_installed() -> None:
    assert default_codec().name == ("orjson" if HAVE_ORJSON else "json")
    assert Device(print)._codec is default_codec()


@pytest.mark.parametrize("make", [stdlib_codec, pytest.param(orjson_codec, marks=needs_orjson)])
async def test_a_device_speaks_through_the_codec_it_is_given(make: Any) -> None:
    seen: list[str] = []
    codec = make()
    counting = Codec(
        "counting",
        lambda v: seen.append("enc") or codec.encode(v),
        lambda t: seen.append("dec") or codec.decode(t),
    )
    device = Device(
        print,
        {"Heartbeat": lambda p, c: {"currentTime": "2024-01-01T00:00:00Z"}},
        version="ocpp1.6",
        codec=counting,
    )
    async with Peer(device) as peer:
        assert await peer.call("Heartbeat", {}) == {"currentTime": "2024-01-01T00:00:00Z"}
    assert seen == ["dec", "enc"]


def _circular() -> list[Any]:
    loop: list[Any] = []
    loop.append(loop)
    return loop


class Text(str):
    pass


@pytest.mark.parametrize(
    "value",
    [
        *ENCODE_CASES,
        "a string",
        7,
        2.5,
        None,
        [{"é": "\u2028\ud800", "n": [1e300, -0.0, 10**30, Big(3), Text("t")]}],
        [math.nan],
        {"x": math.inf},
        _circular(),
        [object()],
        {(1,): 2},
        {1.5: True, None: 1},
    ],
)
def test_stdlib_codec_encodes_as_json_encoder_does(value: Any) -> None:
    import json

    reference = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)

    def outcome(encode: Any) -> tuple[str, str]:
        try:
            return "text", encode(value)
        except (TypeError, ValueError) as exc:
            return type(exc).__name__, str(exc)

    assert outcome(stdlib_codec().encode) == outcome(reference.encode)


@pytest.mark.parametrize(
    "text",
    [
        '[2,"a","Heartbeat",{}]',
        " [1]",
        "[1] ",
        "[1]\n",
        "[1]x",
        "[1]  [2]",
        "",
        " ",
        "[1,",
        "nul",
        '{"a":NaN}',
        '"\\ud800"',
        "1e999",
        "\ufeff[1]",
        '{"a":1,"a":2}',
        '"abc',
        "[" * 100_000,
        "12345678901234567890123",
        b"[1]",
        b"\xff[1]",
        '[1.5,-0.0,"Z\\u00fcrich"]',
    ],
)
def test_stdlib_codec_decodes_as_json_loads_does(text: str | bytes) -> None:
    import json

    def outcome(decode: Any) -> tuple[str, str]:
        try:
            return "value", repr(decode(text))
        except RecursionError:
            return "RecursionError", ""
        except ValueError as exc:
            return type(exc).__name__, str(exc)

    assert outcome(stdlib_codec().decode) == outcome(json.loads)
