"""Where the station kit keeps what must survive a restart: one small key-value interface.

Every component of the kit (configuration, device model, transactions, charging profiles,
connectors) keeps its state through a `StateStore`, under its own *component* name, as JSON
values. `MemoryStateStore` keeps it in memory (tests, or a station without persistence);
`SQLiteStateStore` in one SQLite file, written through at every change, so that a station that
loses power finds its configuration, its open transactions and its profiles on start-up.
The outbox (`ocpp_engine.outbox`) keeps its own store; both may share one SQLite file.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol

__all__ = ["MemoryStateStore", "SQLiteStateStore", "StateStore"]


class StateStore(Protocol):
    """A station's persistent state: per component, keys to JSON values.

    Implementations write through: once `put` or `delete` returns, the change survives a
    restart (for a store that persists at all).
    """

    def load(self, component: str) -> dict[str, Any]:
        """Return every key of *component* and its value (an empty dict when it has none)."""

    def put(self, component: str, key: str, value: Any) -> None:
        """Set *key* of *component* to *value* (anything `json.dumps` takes).

        Raises:
            TypeError: *value* has no JSON form.
        """

    def delete(self, component: str, key: str) -> None:
        """Remove *key* of *component*; nothing happens when it is not there."""

    def close(self) -> None:
        """Release the store's resources. Raises nothing."""


class MemoryStateStore:
    """A `StateStore` in memory: state lives as long as the object (tests, no persistence).

    Values are kept as their JSON text, so that what is read back is what a persistent store
    would give: a copy, with tuples as lists.
    """

    def __init__(self) -> None:
        self._data: dict[str, dict[str, str]] = {}

    def load(self, component: str) -> dict[str, Any]:
        """Return every key of *component* and its value."""
        return {k: json.loads(v) for k, v in self._data.get(component, {}).items()}

    def put(self, component: str, key: str, value: Any) -> None:
        """Set *key* of *component* to *value*.

        Raises:
            TypeError: *value* has no JSON form.
        """
        self._data.setdefault(component, {})[key] = json.dumps(value)

    def delete(self, component: str, key: str) -> None:
        """Remove *key* of *component*, if it is there."""
        self._data.get(component, {}).pop(key, None)

    def close(self) -> None:
        """Nothing to release."""


class SQLiteStateStore:
    """A `StateStore` in one SQLite file (table ``station_state``), written through.

    Args:
        path: the database file (created when missing); it may be the outbox's file too.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS station_state ("
            " component TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
            " PRIMARY KEY (component, key))"
        )

    def load(self, component: str) -> dict[str, Any]:
        """Return every key of *component* and its value."""
        with self._lock:
            rows = self._db.execute(
                "SELECT key, value FROM station_state WHERE component = ?", (component,)
            ).fetchall()
        return {key: json.loads(value) for key, value in rows}

    def put(self, component: str, key: str, value: Any) -> None:
        """Set *key* of *component* to *value*, durably.

        Raises:
            TypeError: *value* has no JSON form.
        """
        text = json.dumps(value)
        with self._lock:
            self._db.execute(
                "INSERT INTO station_state (component, key, value) VALUES (?, ?, ?)"
                " ON CONFLICT (component, key) DO UPDATE SET value = excluded.value",
                (component, key, text),
            )

    def delete(self, component: str, key: str) -> None:
        """Remove *key* of *component*, if it is there."""
        with self._lock:
            self._db.execute(
                "DELETE FROM station_state WHERE component = ? AND key = ?", (component, key)
            )

    def close(self) -> None:
        """Close the database. Raises nothing."""
        with self._lock:
            self._db.close()
