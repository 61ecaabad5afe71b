"""The JSON codecs of the frames: orjson when installed, else the standard library.

Pass one as ``Device(codec=...)``; `default_codec` is what a device uses when given none.
"""

from ._codec import Codec, default_codec, orjson_codec, stdlib_codec

__all__ = ["Codec", "default_codec", "orjson_codec", "stdlib_codec"]
