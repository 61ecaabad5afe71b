"""The transports stay optional: the core never imports their libraries."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

OPTIONAL = ("websockets", "aiomqtt", "paho", "serial", "serial_asyncio_fast")


def run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent.parent,
    )


def test_importing_the_core_and_the_package_imports_no_optional_library() -> None:
    result = run(
        "import sys, ocpp_engine, ocpp_engine.transports\n"
        "from ocpp_engine.transports import Backoff\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {OPTIONAL!r}))\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("module", "library", "extra"),
    [
        ("websocket", "websockets", "websockets"),
        ("mqtt", "aiomqtt", "mqtt"),
        ("serial", "serial_asyncio_fast", "serial"),
    ],
)
def test_a_missing_extra_is_named(module: str, library: str, extra: str) -> None:
    result = run(
        f"import sys; sys.modules[{library!r}] = None\n"
        "import ocpp_engine.transports as t\n"
        "try:\n"
        f"    import ocpp_engine.transports.{module}\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    assert result.returncode == 0, result.stderr
    assert f"pip install 'ocpp-engine[{extra}]'" in result.stdout
    # the real reason is kept: a broken or shadowed install is not "missing"
    assert "could not be imported (" in result.stdout and library in result.stdout


def test_lazy_names_resolve_to_the_transport_classes() -> None:
    import ocpp_engine.transports as transports
    from ocpp_engine.transports import mqtt, serial, websocket

    assert transports.CentralSystem is websocket.CentralSystem
    assert transports.MqttCentralSystem is mqtt.MqttCentralSystem
    assert transports.SerialConnection is serial.SerialConnection
    with pytest.raises(AttributeError):
        transports.Nothing  # noqa: B018


TRANSPORT_EXAMPLES = [
    f"{transport}_{side}"
    for transport in ("websocket", "mqtt", "serial")
    for side in ("csms", "charge_point")
]


@pytest.mark.parametrize("name", TRANSPORT_EXAMPLES)
def test_examples_import_and_are_short(name: str) -> None:
    path = Path(__file__).parent.parent / "examples" / f"{name}.py"
    assert len(path.read_text().splitlines()) <= 60
    spec = importlib.util.spec_from_file_location(f"example_{name}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert callable(module.main) and "Run:" in (module.__doc__ or "")
