"""Message ids for our CALLs: uuid4 strings, drawn in batches.

`uuid4` returns the string of ``uuid.uuid4()`` made from the same ``os.urandom`` bytes, 64 ids
per system call (a system call per id cost more than the rest of the id). `MAX_MESSAGE_ID_LENGTH`
is the OCPP-J bound every id we send keeps to.
"""

from __future__ import annotations

import os
from typing import Final

__all__ = ["MAX_MESSAGE_ID_LENGTH", "uuid4"]

#: The longest message id OCPP-J allows (room for a GUID).
MAX_MESSAGE_ID_LENGTH: Final = 36

_VARIANT: Final = {digit: "89ab"[int(digit, 16) & 3] for digit in "0123456789abcdef"}
_IDS_PER_DRAW: Final = 64
# uuid4 strings made ahead from one os.urandom draw: a cache of randomness, not of state a
# caller could observe. A forked child empties it, so parent and child never share ids.
_id_pool: list[str] = []
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_id_pool.clear)


def _draw_ids() -> None:
    h = os.urandom(16 * _IDS_PER_DRAW).hex()
    _id_pool.extend(
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-4{h[i + 13 : i + 16]}-{_VARIANT[h[i + 16]]}"
        f"{h[i + 17 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, 32 * _IDS_PER_DRAW, 32)
    )


def uuid4() -> str:
    """Return a fresh uuid4 string, such as ``"0b6f0e7c-4d0c-4a53-9a52-2f6f29d8b3a1"``."""
    try:
        return _id_pool.pop()
    except IndexError:
        _draw_ids()
        return _id_pool.pop()
