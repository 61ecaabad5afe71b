"""The suite's configuration: async tests, the hypothesis profiles, seeded randomness, markers.

- ``async def`` tests run on a fresh event loop each, without a plugin.
- Hypothesis runs the ``deterministic`` profile unless ``HYPOTHESIS_PROFILE`` names another:
  the same examples on every run and every machine, no example database, and the blob to
  reproduce a failure printed with it. ``HYPOTHESIS_PROFILE=explore`` runs ten times as many
  random examples and keeps failing ones in ``.hypothesis/`` so the next run tries them first.
- The global `random` is seeded from each test's id before it runs, so a test that draws from it
  draws the same numbers on every run (a test should rather own a ``random.Random(seed)``).
- Every test module is listed in `MODULES` with the marker its tests get, or ``None`` when it is
  in the fast set on purpose; tests/test_project.py checks that the table names every module.
  `TESTS` marks single tests of modules that are otherwise fast.
- The fast set is every test without one of the markers in `SLOWER`. Its tests of the engine
  itself, that is all but those of the station kit, the cluster and SOAP (`NOT_CORE`), get the
  marker ``core``: ``python -m pytest -m core`` runs the engine's own tests.
- A module whose every test ``-m`` deselects is not even imported: a fast run skips the imports
  of the transport, interop and release tests (servers' clients, other implementations), which
  were most of its collection time.
"""

from __future__ import annotations

import asyncio
import gc
import inspect
import itertools
import os
import random
import zlib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "deterministic",
    derandomize=True,
    max_examples=100,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "explore",
    derandomize=False,
    max_examples=1000,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))

#: Every test module and the marker all its tests get here (the markers are described in
#: pyproject.toml). ``None``: in the fast set on purpose, though the module may mark single
#: tests itself (or in `TESTS`). A module that marks all its tests itself with ``pytestmark``
#: is listed with that marker too.
MODULES: dict[str, str | None] = {
    "test_cli_serve_connect.py": "transport",  # serve and connect subprocesses over WebSocket
    "test_cli_simulate.py": "transport",  # stations against serve over WebSocket; one test slow
    "test_cli_validate.py": "slow",  # a subprocess per test
    "test_cluster.py": None,
    "test_cluster_benchmark.py": "slow",  # runs benchmarks/cluster.py --quick: NATS and Redis
    "test_cluster_contract.py": "transport",  # every bus engine, with a real nats-server
    "test_cluster_processes.py": "slow",  # edge processes on NATS and Redis, 1,000 stations
    "test_cluster_redis.py": "transport",  # a redis-server, and a node process killed
    "test_cluster_websocket.py": "transport",  # central systems and stations on loopback
    "test_cluster_workers.py": "transport",  # worker mode: NATS, Redis, WebSocket stations
    "test_device.py": None,
    "test_device_alarm.py": None,
    "test_device_sender.py": None,
    "test_device_timeouts.py": None,
    "test_docs.py": "docs",
    "test_error_table.py": None,
    "test_field_defects.py": None,
    "test_frames.py": None,
    "test_fuzz.py": None,
    "test_hooks.py": None,
    "test_interop_mobilityhouse.py": "interop",
    "test_interop_ocpp_rpc.py": "interop",
    "test_limits.py": None,
    "test_load_benchmark.py": "slow",  # servers and load generators in subprocesses
    "test_logcheck_agrees.py": None,
    "test_messages_construction.py": None,
    "test_messages_generate.py": None,
    "test_messages_names.py": None,
    "test_messages_roundtrip.py": None,
    "test_messages_typing.py": None,
    "test_outbox.py": None,
    "test_peer_faults.py": None,
    "test_perf_benchmark.py": "slow",
    "test_perf_codec.py": None,
    "test_perf_validators.py": None,
    "test_project.py": None,
    "test_properties.py": None,
    "test_registration.py": None,
    "test_regressions.py": None,
    "test_release.py": "release",
    "test_soak.py": "slow",
    "test_soap_envelope.py": None,
    "test_soap_interop.py": "interop",  # zeep against our SOAP peers on loopback
    "test_soap_node.py": "interop",  # ts-ocpp and node-soap against our SOAP peers on loopback
    "test_soap_payload.py": None,
    "test_soap_transport.py": "transport",  # SOAP central systems and stations on loopback
    "test_station_configuration.py": None,
    "test_station_connectors.py": None,
    "test_station_device_model.py": None,
    "test_station_assembly.py": None,
    "test_station_e2e.py": "transport",  # kit stations against serve and mobilityhouse over WebSocket
    "test_station_heartbeat.py": None,
    "test_station_kill.py": "slow",  # kit station and central system processes killed
    "test_station_operations.py": None,
    "test_station_store.py": None,
    "test_station_smart_charging.py": None,
    "test_station_transactions.py": None,
    "test_station_uploads.py": None,
    "test_station_uploads_servers.py": "transport",  # local FTP and HTTP servers in threads
    "test_tasks.py": None,
    "test_transport_imports.py": "transport",
    "test_transport_mqtt.py": "transport",
    "test_transport_serial.py": "transport",
    "test_transport_websocket.py": "transport",
    "test_typed_device.py": None,
    "test_v15.py": None,
    "test_versions.py": None,
    "test_websocket_defects.py": "transport",  # WebSocket servers and clients on loopback
    "test_websocket_faults.py": "transport",  # hostile stations against a loopback server
    "test_websocket_memory.py": "transport",  # what a station costs: tasks, objects, keepalive
}

#: Single tests of modules otherwise in the fast set: ``module::function`` -> marker.
TESTS: dict[str, str] = {
    "test_cluster.py::test_the_engines_are_imported_only_when_used": "slow",  # a process
    "test_messages_generate.py::test_command_line": "slow",  # a process
    # the checked-in generated modules against a fresh run of their generators: a static
    # check of the repository, like ruff format --check
    "test_messages_generate.py::test_checked_in_modules_are_up_to_date": "lint",
    "test_perf_validators.py::test_generated_modules_match_the_schemas": "lint",
    "test_soap_payload.py::test_generated_tables_and_schemas_match_the_wsdls": "lint",
    "test_messages_roundtrip.py::test_round_trip": "slow",  # hypothesis over every schema
    "test_messages_typing.py::test_example_passes_mypy_strict": "lint",
    "test_outbox.py::test_sigkill_in_a_burst_loses_nothing_and_duplicates_only_the_unanswered": "slow",  # kills a station subprocess
    "test_typed_device.py::test_typed_example_passes_mypy_and_runs": "lint",
    "test_typed_device.py::test_the_checker_still_asks_for_enum_members_and_datetimes": "lint",
}


#: The markers that take a test out of the fast set (pyproject.toml describes each).
SLOWER = ("lint", "docs", "release", "interop", "transport", "slow")

#: Fast-set modules of the station kit, the cluster and OCPP over SOAP (packages built on the
#: engine), by name prefix: their tests are not marked ``core``.
NOT_CORE = ("test_station_", "test_cluster", "test_soap_")

HERE = Path(__file__).parent

#: The longest an async test may run, in seconds (the slowest take about a minute).
ASYNC_TEST_TIMEOUT = 300


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    if inspect.iscoroutinefunction(pyfuncitem.obj):
        kwargs = {name: pyfuncitem.funcargs[name] for name in pyfuncitem._fixtureinfo.argnames}
        # a bound, so that a hang fails with the place it hung at rather than stopping the run
        asyncio.run(asyncio.wait_for(pyfuncitem.obj(**kwargs), ASYNC_TEST_TIMEOUT))
        return True
    return None


def pytest_collection_modifyitems(items: list[Any]) -> None:
    for item in items:
        if not isinstance(item, pytest.Function):
            continue
        if inspect.iscoroutinefunction(item.obj):
            # first, so that a test's own filterwarnings marks still win over it
            item.add_marker(pytest.mark.filterwarnings("error"), append=False)
        module = Path(str(item.fspath)).name
        names = {mark.name for mark in item.iter_markers()}
        for marker in (MODULES.get(module), TESTS.get(f"{module}::{item.originalname}")):
            if marker is not None and marker not in names:
                item.add_marker(marker)
                names.add(marker)
        if not module.startswith(NOT_CORE) and names.isdisjoint(SLOWER):
            item.add_marker("core")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Leave a test module unimported when ``-m`` deselects every test it can hold.

    What is known of a test of the module: it carries the module's marker from `MODULES`, and
    not ``core`` if the module is marked or is the kit's or the cluster's. Any other name of the
    expression may be on it or not, so the module is left out only if the expression is false
    for each way of setting them.
    """
    markexpr = config.option.markexpr
    name = collection_path.name
    if not markexpr or collection_path.parent != HERE or name not in MODULES:
        return None
    try:
        from _pytest.mark.expression import Expression

        expression = Expression.compile(markexpr)
        names = expression.idents()
    except Exception:  # another pytest: collect, and let -m deselect as usual
        return None
    marker = MODULES[name]
    known = {} if marker is None else {marker: True, "core": False}
    if name.startswith(NOT_CORE):
        known["core"] = False
    free = sorted(names - known.keys())
    if len(free) > 12:
        return None
    for values in itertools.product((False, True), repeat=len(free)):
        if expression.evaluate(_Marks({**known, **dict(zip(free, values, strict=True))})):
            return None
    return True


class _Marks:
    """A ``-m`` matcher over assumed markers; one with arguments may always match."""

    def __init__(self, marks: dict[str, bool]) -> None:
        self.marks = marks

    def __call__(self, name: str, /, **kwargs: Any) -> bool:
        return bool(kwargs) or self.marks.get(name, False)


@pytest.hookimpl(wrapper=True)
def pytest_collection(session: pytest.Session) -> Any:
    # What collection builds (the modules, their classes, every test item) lives until the run
    # ends. The cyclic garbage collector would walk all of it, again and again as it grows while
    # the modules are imported, and in each full collection during the tests: most of a second
    # of a fast run. So it is off while collecting, and what was built is then set aside.
    gc.disable()
    try:
        return (yield)
    finally:
        gc.freeze()
        gc.enable()


def pytest_runtest_setup(item: pytest.Item) -> None:
    random.seed(zlib.crc32(item.nodeid.encode()))
