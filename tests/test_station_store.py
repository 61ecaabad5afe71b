"""The station kit's state store: the same behaviour in memory and in SQLite, across restarts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ocpp_engine.station import MemoryStateStore, SQLiteStateStore, StateStore


@pytest.fixture(params=["memory", "sqlite"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    made: StateStore = (
        MemoryStateStore() if request.param == "memory" else SQLiteStateStore(tmp_path / "s.db")
    )
    yield made
    made.close()


def test_components_keep_their_keys_apart(store: StateStore) -> None:
    store.put("config", "HeartbeatInterval", 300)
    store.put("profiles", "HeartbeatInterval", {"x": [1, 2]})
    store.put("config", "AuthorizeRemoteTxRequests", True)
    assert store.load("config") == {"HeartbeatInterval": 300, "AuthorizeRemoteTxRequests": True}
    assert store.load("profiles") == {"HeartbeatInterval": {"x": [1, 2]}}
    assert store.load("nothing") == {}


def test_put_replaces_and_delete_removes(store: StateStore) -> None:
    store.put("c", "k", (1, "a"))
    store.put("c", "k", [2])
    assert store.load("c") == {"k": [2]}
    store.delete("c", "k")
    store.delete("c", "never")
    assert store.load("c") == {}


def test_a_value_without_json_form_is_refused(store: StateStore) -> None:
    with pytest.raises(TypeError):
        store.put("c", "k", object())
    assert store.load("c") == {}


def test_what_is_read_back_is_a_copy(store: StateStore) -> None:
    value = {"limits": [1]}
    store.put("c", "k", value)
    value["limits"].append(2)
    loaded = store.load("c")
    loaded["k"]["limits"].append(3)
    assert store.load("c") == {"k": {"limits": [1]}}


def test_sqlite_state_survives_a_restart(tmp_path: Path) -> None:
    first = SQLiteStateStore(tmp_path / "station.db")
    first.put("transactions", "open", {"id": 17, "meterStart": 1200})
    first.close()
    second = SQLiteStateStore(tmp_path / "station.db")
    assert second.load("transactions") == {"open": {"id": 17, "meterStart": 1200}}
    second.close()
