"""The station kit: the station-side half of OCPP, as components attached to a `Device`.

Each component is optional and usable alone, attached like the registration gate, and keeps its
state through a `StateStore` (in memory, or SQLite to survive a restart).
"""

from __future__ import annotations

from ._store import MemoryStateStore, SQLiteStateStore, StateStore

__all__ = ["MemoryStateStore", "SQLiteStateStore", "StateStore"]
