"""JSON codecs: how a device turns frames into text and back.

Two codecs ship: the standard library's ``json`` and, when the optional ``orjson`` package is
installed (``pip install 'ocpp-engine[fast]'``), orjson, several times faster on large payloads.
A device uses `default_codec` unless given one (``Device(codec=stdlib_codec())``).

Both produce the same frames for the same payloads and accept the same frames: compact JSON text
(a ``str``, never bytes), UTF-8 characters unescaped, and no ``NaN`` or ``Infinity``. The orjson
codec hands anything orjson would treat differently from the standard library back to it: a frame
orjson cannot parse (``NaN`` literals, lone surrogates, bytes in UTF-16, ...) or holding a run
of 19 digits or more (orjson turns integers beyond 64 bits into floats), a payload
holding subclasses of ``str``, ``int``, ``dict`` or ``list``, dataclasses or dates, and any
encoded frame containing ``null`` (orjson writes ``NaN`` as ``null``). Only ``enum.Enum`` and
``uuid.UUID`` values, which orjson encodes and the standard library refuses, differ, and those
never pass schema validation.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["Codec", "default_codec", "orjson_codec", "stdlib_codec"]


class Codec:
    """A JSON codec for OCPP-J frames.

    Args:
        name: a label, such as ``"json"`` or ``"orjson"``.
        encode: ``encode(value) -> str``; raises ``TypeError`` or ``ValueError`` for a value that
            has no JSON form.
        decode: ``decode(text: str | bytes) -> value``; raises ``ValueError`` for text that is
            not JSON (``RecursionError`` for absurdly deep nesting).
    """

    __slots__ = ("decode", "encode", "name")

    def __init__(
        self, name: str, encode: Callable[[Any], str], decode: Callable[[str | bytes], Any]
    ) -> None:
        self.name = name
        self.encode = encode
        self.decode = decode

    def __repr__(self) -> str:
        return f"<Codec {self.name}>"


_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)
_c_make_encoder: Callable[..., Callable[[Any, int], Any]] | None = getattr(
    json.encoder, "c_make_encoder", None
)
_encode_string = json.encoder.encode_basestring  # what ensure_ascii=False encodes strings with


def _stdlib_encode(value: Any) -> str:
    # JSONEncoder.encode without the Python layers around its C encoder (a third of the time
    # of a small frame): the same encoder, made per call with its own circular-reference
    # markers, exactly as JSONEncoder.iterencode makes it.
    if _c_make_encoder is None or isinstance(value, str):
        return _ENCODER.encode(value)
    encode = _c_make_encoder(
        {}, _ENCODER.default, _encode_string, None, ":", ",", False, False, False
    )
    return "".join(encode(value, 0))


_scan_once: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def _stdlib_decode(text: str | bytes) -> Any:
    # json.loads without its Python layers for the usual frame: a str that is one JSON value
    # from its first character to its last. Anything else (bytes, whitespace around the
    # value, extra data, nothing to read) goes to json.loads, which gives its own answer.
    # Errors inside the value come from the same scanner json.loads uses.
    if type(text) is str:
        try:
            value, end = _scan_once(text, 0)
        except StopIteration:
            return json.loads(text)
        if end == len(text):
            return value
    return json.loads(text)


_STDLIB = Codec("json", _stdlib_encode, _stdlib_decode)


def stdlib_codec() -> Codec:
    """Return the codec built on the standard library's ``json`` module."""
    return _STDLIB


_ORJSON: Codec | None = None


def orjson_codec() -> Codec:
    """Return the codec built on orjson.

    Raises:
        ImportError: orjson is not installed.
    """
    global _ORJSON
    if _ORJSON is None:
        import orjson

        dumps, loads, decode_error = orjson.dumps, orjson.loads, orjson.JSONDecodeError
        options = (
            orjson.OPT_PASSTHROUGH_SUBCLASS
            | orjson.OPT_PASSTHROUGH_DATACLASS
            | orjson.OPT_PASSTHROUGH_DATETIME
        )

        def encode(value: Any) -> str:
            try:
                out = dumps(value, option=options)
            except TypeError:  # orjson.JSONEncodeError: let the standard library decide
                return _stdlib_encode(value)
            if b"null" in out:  # a real null, or a NaN/Infinity orjson turned into null
                return _stdlib_encode(value)
            return out.decode()

        digits = bytes.maketrans(b"123456789", b"000000000")
        long_number = b"0" * 19

        def decode(text: str | bytes) -> Any:
            try:
                data = text.encode() if isinstance(text, str) else text
                # orjson reads integers beyond 64 bits as floats; the stdlib keeps them exact.
                if long_number in data.translate(digits):
                    return json.loads(text)
                return loads(data)
            except (decode_error, UnicodeEncodeError):
                return json.loads(text)

        _ORJSON = Codec("orjson", encode, decode)
    return _ORJSON


def default_codec() -> Codec:
    """Return the orjson codec when orjson is installed, else the standard library's."""
    try:
        return orjson_codec()
    except ImportError:
        return _STDLIB
