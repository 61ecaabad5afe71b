"""``ocpp-engine validate``, driven as a user would: a subprocess reading real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import Version
from ocpp_engine._logcheck import LogChecker, extract_frame, infer_version

BOOT_201 = '[2,"1","BootNotification",{"reason":"PowerUp","chargingStation":{"vendorName":"V","model":"M"}}]'
BOOT_16 = '[2,"1","BootNotification",{"chargePointVendor":"V","chargePointModel":"M"}]'
ACCEPTED = '[3,"1",{"status":"Accepted","currentTime":"2024-01-01T00:00:00Z","interval":300}]'

LOG_201 = f"""\
2024-05-01T12:00:00Z CP-001 -> {BOOT_201}
2024-05-01T12:00:00Z CP-001 <- {ACCEPTED}
an unrelated line of the log
2024-05-01 12:00:01,120 [CP-001] SEND: [2,"2","Heartbeat",{{"x":1}}]
2024-05-01 12:00:01,130 [CP-001] RECV: [3,"2",{{"currentTime":"noon"}}]
<< [3,"99",{{}}]
[2,"3","StatusNotification",{{"timestamp":"2024-01-01T00:00:00Z","connectorStatus":"Bogus","evseId":1,"connectorId":1}}]
[2,"4","Heartbeat",{{]
[2,"5","BootNotification",{{}}]
[4,"5","FormationViolation","bad",{{}}]
"""


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "ocpp_engine", "validate", *args],
                          input=stdin, capture_output=True, text=True, timeout=120)


def test_problems_are_reported_with_line_id_action_path_and_code(tmp_path: Path) -> None:
    log = tmp_path / "cp.log"
    log.write_text(LOG_201)
    result = run(str(log))
    assert result.returncode == 1, result.stderr
    assert "version ocpp2.0.1 (inferred" in result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(str(log))]
    assert lines == [
        f"{log}:4: FormatViolation id=2 action=Heartbeat: Heartbeat request: payload must not "
        "contain {'x'} properties (additionalProperties)",
        f"{log}:5: PropertyConstraintViolation id=2 action=Heartbeat path=currentTime: "
        "Heartbeat response: currentTime must be date-time (format)",
        f"{log}:7: PropertyConstraintViolation id=3 action=StatusNotification "
        "path=connectorStatus: StatusNotification request: connectorStatus must be one of "
        "['Available', 'Occupied', 'Reserved', 'Unavailable', 'Faulted'] (enum)",
        f"{log}:8: RpcFrameworkError id=?: the frame is not valid JSON (Expecting property "
        "name enclosed in double quotes: line 1 column 21 (char 20))",
        f"{log}:9: OccurrenceConstraintViolation id=5 action=BootNotification: "
        "BootNotification request: payload must contain ['chargingStation', 'reason'] "
        "properties (required)",
        f"{log}:10: (accepted) id=5 action=BootNotification: error code 'FormationViolation' "
        "is not defined by ocpp2.0.1; ocpp2.0.1 spells it 'FormatViolation'",
    ]
    assert "9 frames in 10 lines, 6 problems (ocpp2.0.1)" in result.stdout
    # line 6 answers a CALL from before the log: counted apart, not a problem
    assert "1 answers without their CALL in the log (the log starts mid-session?)" \
        in result.stdout


def test_json_report_and_stdin() -> None:
    result = run("--json", "--version", "ocpp2.0.1", stdin=LOG_201)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert len(report["problems"]) == 6
    first = report["problems"][0]
    assert first == {"line": 4, "message_id": "2", "action": "Heartbeat", "path": "",
                     "code": "FormatViolation", "message": first["message"], "source": "-",
                     "reaction": "answer"}
    summary = report["summary"]
    assert summary["version"] == "ocpp2.0.1"
    # line 8 is not JSON, so its Heartbeat is not counted as a CALL
    assert summary["calls_by_action"] == {"BootNotification": 2, "Heartbeat": 1,
                                          "StatusNotification": 1}
    assert summary["problems_by_code"]["PropertyConstraintViolation"] == 2
    assert summary["unanswered_calls"] == 1  # the StatusNotification
    assert summary["answers_without_call"] == 1
    assert summary["answers_without_call_listed"] == [
        {"source": "-", "line": 6, "message_id": "99"}]
    assert result.stderr == ""  # the version was given: nothing to say


def test_clean_log_exits_zero_and_1_6_spellings(tmp_path: Path) -> None:
    clean = tmp_path / "clean.log"
    clean.write_text(f"{BOOT_16}\n{ACCEPTED}\n")
    result = run(str(clean))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "version ocpp1.6" in result.stderr
    bad = tmp_path / "bad.log"
    bad.write_text('[2,"1","Heartbeat",{"x":1}]\n[2,"2","BootNotification",{}]\nnot [2, json\n')
    result = run("--version", "ocpp1.6", str(bad))
    assert result.returncode == 1
    assert "FormationViolation" in result.stdout
    assert "OccurenceConstraintViolation" in result.stdout
    assert "(dropped)" in result.stdout  # 1.6 never answers a frame it cannot read


@pytest.mark.parametrize("content", ["no frames here\nat all\n", "[1, 2, 3]\n"])
def test_unusable_input_exits_two(tmp_path: Path, content: str) -> None:
    log = tmp_path / "x.log"
    log.write_text(content)
    result = run(str(log))
    assert result.returncode == 2
    assert "pass --version" in result.stderr
    assert run("--version", "ocpp1.6", str(log)).returncode == 2
    assert run(str(tmp_path / "missing.log")).returncode == 2


def test_several_files_and_a_long_log_stream(tmp_path: Path) -> None:
    first = tmp_path / "a.log"
    second = tmp_path / "b.log"
    first.write_text(f"{BOOT_16}\n{ACCEPTED}\n")
    lines = []
    for n in range(20_000):
        lines.append(f'2024-01-01 cp -> [2,"h{n}","Heartbeat",{{}}]')
        lines.append(f'2024-01-01 cp <- [3,"h{n}",{{"currentTime":"2024-01-01T00:00:00Z"}}]')
    lines[1001] = lines[1001].replace("2024-01-01T00:00:00Z", "later")
    second.write_text("\n".join(lines) + "\n")
    result = run("--json", str(first), str(second))
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert [(p["source"], p["line"], p["message_id"]) for p in report["problems"]] == [
        (str(second), 1002, "h500")]
    assert report["summary"]["frames"] == 40_002
    assert report["summary"]["unanswered_calls"] == 0


def test_frame_extraction_and_inference() -> None:
    assert extract_frame('12:00 CP1 -> [2,"a","Heartbeat",{}] (took 3 ms)') == (
        [2, "a", "Heartbeat", {}], None)
    assert extract_frame("[1,2] then [3,\"a\",{}]") == ([3, "a", {}], None)
    assert extract_frame("no frame") == (None, None)
    frame, error = extract_frame('[2,"a","Heartbeat",{')
    assert frame is None and error is not None
    frames: list[Any] = [json.loads(BOOT_16), [2, "2", "Heartbeat", {}]]
    assert infer_version(frames) is Version.V16
    assert infer_version([json.loads(BOOT_201)]) is Version.V201
    v21_only = [2, "9", "NotifySettlement", {"pspRef": "r", "status": "Settled",
                                             "settlementAmount": 1.0,
                                             "settlementTime": "2024-01-01T00:00:00Z"}]
    assert infer_version([json.loads(BOOT_201), v21_only]) is Version.V21
    assert infer_version([[3, "1", {}]]) is None


def test_checker_summary_counts() -> None:
    checker = LogChecker(Version.V16)
    problems = list(checker.check_line(1, BOOT_16))
    problems += list(checker.check_line(2, '[3,"1",{"status":"Maybe"}]'))
    assert [p.code for p in problems] == ["PropertyConstraintViolation",
                                          "OccurenceConstraintViolation"] or \
        [p.code for p in problems] == ["OccurenceConstraintViolation"]
    summary = checker.summary()
    assert summary["frames"] == 2 and summary["problems"] == len(problems)
