"""``ocpp-engine validate``, driven as a user would: a subprocess reading real files."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ocpp_engine import Version
from ocpp_engine._logcheck import (
    LogChecker,
    extract_frame,
    guess_newest_first,
    infer_version,
    read_line,
)
from ocpp_engine.cli.validate import validate

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
    return subprocess.run(
        [sys.executable, "-m", "ocpp_engine", "validate", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


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
    assert "1 answers without their CALL in the log (the log starts mid-session?)" in result.stdout


def test_json_report_and_stdin() -> None:
    result = run("--json", "--version", "ocpp2.0.1", stdin=LOG_201)
    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert len(report["problems"]) == 6
    first = report["problems"][0]
    assert first == {
        "line": 4,
        "message_id": "2",
        "action": "Heartbeat",
        "path": "",
        "code": "FormatViolation",
        "message": first["message"],
        "source": "-",
        "reaction": "answer",
    }
    summary = report["summary"]
    assert summary["version"] == "ocpp2.0.1"
    # line 8 is not JSON, so its Heartbeat is not counted as a CALL
    assert summary["calls_by_action"] == {
        "BootNotification": 2,
        "Heartbeat": 1,
        "StatusNotification": 1,
    }
    assert summary["problems_by_code"]["PropertyConstraintViolation"] == 2
    assert summary["unanswered_calls"] == 1  # the StatusNotification
    assert summary["answers_without_call"] == 1
    assert summary["answers_without_call_listed"] == [
        {"source": "-", "line": 6, "message_id": "99"}
    ]
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
        (str(second), 1002, "h500")
    ]
    assert report["summary"]["frames"] == 40_002
    assert report["summary"]["unanswered_calls"] == 0


def test_frame_extraction_and_inference() -> None:
    assert extract_frame('12:00 CP1 -> [2,"a","Heartbeat",{}] (took 3 ms)') == (
        [2, "a", "Heartbeat", {}],
        None,
    )
    assert extract_frame('[1,2] then [3,"a",{}]') == ([3, "a", {}], None)
    assert extract_frame("no frame") == (None, None)
    frame, error = extract_frame('[2,"a","Heartbeat",{')
    assert frame is None and error is not None
    frames: list[Any] = [json.loads(BOOT_16), [2, "2", "Heartbeat", {}]]
    assert infer_version(frames) is Version.V16
    assert infer_version([json.loads(BOOT_201)]) is Version.V201
    v21_only = [
        2,
        "9",
        "NotifySettlement",
        {
            "pspRef": "r",
            "status": "Settled",
            "settlementAmount": 1.0,
            "settlementTime": "2024-01-01T00:00:00Z",
        },
    ]
    assert infer_version([json.loads(BOOT_201), v21_only]) is Version.V21
    assert infer_version([[3, "1", {}]]) is None


def test_a_message_type_written_as_a_float_is_no_call_for_the_heuristics() -> None:
    # 2.0 == 2 in Python, but OCPP-J's MessageTypeId is an integer: such a frame is no CALL
    # and no answer, for guessing the version or the order of a log as for the Device.
    boot = json.loads(BOOT_16)
    assert infer_version([[2.0, *boot[1:]]]) is None
    assert infer_version([[True, *boot[1:]]]) is None
    entries = [read_line(line) for line in ['[3.0,"1",{}]', '[2.0,"1","Heartbeat",{}]'] * 2]
    assert guess_newest_first((entry, None) for entry in entries if entry is not None) is None


def test_checker_summary_counts() -> None:
    checker = LogChecker(Version.V16)
    problems = list(checker.check_line(1, BOOT_16))
    problems += list(checker.check_line(2, '[3,"1",{"status":"Maybe"}]'))
    assert [p.code for p in problems] == [
        "PropertyConstraintViolation",
        "OccurenceConstraintViolation",
    ] or [p.code for p in problems] == ["OccurenceConstraintViolation"]
    summary = checker.summary()
    assert summary["frames"] == 2 and summary["problems"] == len(problems)


# -- pairing per station and direction -----------------------------------------------------

HB = '[2,"{id}","Heartbeat",{{}}]'
HB_OK = '[3,"{id}",{{"currentTime":"2024-01-01T00:00:00Z"}}]'
GETCONF = '[2,"{id}","GetConfiguration",{{}}]'
GETCONF_OK = '[3,"{id}",{{"configurationKey":[]}}]'
#: (station, the station sends it?, frame): two stations counting ids from "1", and CALLs
#: crossing in both directions with the same id. Every CALL is answered, every answer right.
CONVERSATION = [
    ("CP-1", True, HB.format(id="1")),
    ("CP-2", True, HB.format(id="1")),
    ("CP-2", False, HB_OK.format(id="1")),
    ("CP-1", False, HB_OK.format(id="1")),
    ("CP-1", False, GETCONF.format(id="2")),
    ("CP-1", True, HB.format(id="2")),
    ("CP-1", False, HB_OK.format(id="2")),
    ("CP-1", True, GETCONF_OK.format(id="2")),
]


def _text(station: str, up: bool, frame: str, n: int) -> str:
    return f"2024-05-01T12:00:{n:02d}Z {station} {'->' if up else '<-'} {frame}"


def _words(station: str, up: bool, frame: str, n: int) -> str:
    return f"2024-05-01 12:00:{n:02d},120 INFO [{station}] {'RECV' if up else 'SEND'}: {frame}"


def _after(station: str, up: bool, frame: str, n: int) -> str:
    return f"12:00:{n:02d}.120 {'<<' if up else '>>'} {station}: {frame}"


def _fields(station: str, up: bool, frame: str, n: int) -> str:
    return f"ts=12:00:{n:02d} identity={station} direction={'in' if up else 'out'} {frame}"


def _from_to(station: str, up: bool, frame: str, n: int) -> str:
    return f"12:00:{n:02d} {'received from' if up else 'sending to'} {station}: {frame}"


def _jsonl(station: str, up: bool, frame: str, n: int) -> str:
    return json.dumps(
        {
            "ts": f"2024-05-01T12:00:{n:02d}Z",
            "identity": station,
            "direction": "in" if up else "out",
            "msg": frame,
        }
    )


def _jsonl_from_to(station: str, up: bool, frame: str, n: int) -> str:
    ends = (station, "CSMS") if up else ("CSMS", station)
    return json.dumps({"time": n, "from": ends[0], "to": ends[1], "frame": json.loads(frame)})


def _ends(station: str, up: bool, frame: str, n: int) -> str:
    ends = (station, "CSMS") if up else ("CSMS", station)
    return f"12:00:{n:02d} {ends[0]} -> {ends[1]}: {frame}"


def _engine(station: str, up: bool, frame: str, n: int) -> str:
    """The lines ``ocpp-engine serve`` and ``connect`` print."""
    ends = f"{station} -> CSMS" if up else f"CSMS -> {station}"
    parsed = json.loads(frame)
    if parsed[0] == 2:
        what = f"CALL {parsed[2]} id={parsed[1]} {json.dumps(parsed[3])}"
    else:
        what = f"CALLRESULT ? id={parsed[1]} {json.dumps(parsed[2])}"
    return f"2025-05-01T12:00:{n:02d}.123Z {ends} {what}"


@pytest.mark.parametrize(
    "shape", [_text, _words, _after, _fields, _from_to, _ends, _engine, _jsonl, _jsonl_from_to]
)
def test_answers_pair_per_station_and_direction(tmp_path: Path, shape: Any) -> None:
    log = tmp_path / "two-stations.log"
    log.write_text("".join(shape(*row, n) + "\n" for n, row in enumerate(CONVERSATION)))
    result = run("--json", "--version", "ocpp1.6", str(log))
    report = json.loads(result.stdout)
    assert report["problems"] == []
    assert report["summary"]["unanswered_calls"] == 0
    assert report["summary"]["answers_without_call"] == 0
    assert result.returncode == 0


def test_a_wrong_answer_is_still_caught_across_stations(tmp_path: Path) -> None:
    lines = [_text(*row, n) for n, row in enumerate(CONVERSATION)]
    # CP-2's Heartbeat answered with a GetConfiguration answer: wrong for CP-2's CALL only.
    lines[2] = _text("CP-2", False, '[3,"1",{"configurationKey":[]}]', 2)
    log = tmp_path / "wrong.log"
    log.write_text("\n".join(lines) + "\n")
    report = json.loads(run("--json", "--version", "ocpp1.6", str(log)).stdout)
    assert [(p["line"], p["action"], p["code"]) for p in report["problems"]] == [
        (3, "Heartbeat", "OccurenceConstraintViolation")
    ]


# -- logs that start mid-session, or run newest-first ------------------------------------------


def test_answers_from_before_the_log_are_counted_apart(tmp_path: Path) -> None:
    lines = [_text(*row, n) for n, row in enumerate(CONVERSATION)]
    log = tmp_path / "mid.log"
    log.write_text("\n".join(lines[2:]) + "\n")  # the two first CALLs are not in the log
    result = run("--version", "ocpp1.6", str(log))
    assert result.returncode == 0, result.stdout
    assert "0 problems (ocpp1.6)" in result.stdout
    assert "2 answers without their CALL in the log (the log starts mid-session?)" in result.stdout
    report = json.loads(run("--json", "--version", "ocpp1.6", str(log)).stdout)
    assert report["summary"]["answers_without_call"] == 2
    assert [a["line"] for a in report["summary"]["answers_without_call_listed"]] == [1, 2]


@pytest.mark.parametrize("timestamps", [True, False])
def test_newest_first_logs_are_paired_in_reverse(tmp_path: Path, timestamps: bool) -> None:
    lines = [_text(*row, n) for n, row in enumerate(CONVERSATION)]
    if not timestamps:
        lines = [line.split(" ", 1)[1] for line in lines]
    lines[3] = lines[3].replace("2024-01-01T00:00:00Z", "noon")  # CP-1's first answer
    log = tmp_path / "export.log"
    log.write_text("\n".join(reversed(lines)) + "\n")
    result = run("--json", "--version", "ocpp1.6", str(log))
    report = json.loads(result.stdout)
    assert "the log is newest-first" in result.stderr
    assert [(p["line"], p["message_id"], p["path"]) for p in report["problems"]] == [
        (len(lines) - 3, "1", "currentTime")
    ]
    assert report["summary"]["order"] == "newest-first"
    assert report["summary"]["unanswered_calls"] == 0
    assert report["summary"]["answers_without_call"] == 0
    forced = json.loads(
        run("--json", "--version", "ocpp1.6", "--order", "oldest-first", str(log)).stdout
    )
    assert forced["summary"]["answers_without_call"] == 4


# -- formats ---------------------------------------------------------------------------------


def test_json_lines_with_the_frame_as_a_string(tmp_path: Path) -> None:
    records = [
        {"ts": "2024-05-01T12:00:00Z", "msg": '[2,"a1","Heartbeat",{}]'},
        {"ts": "2024-05-01T12:00:01Z", "msg": '[3,"a1",{"currentTime":"noon"}]'},
        {"ts": "2024-05-01T12:00:02Z", "level": "info", "msg": "connected"},
        {"ts": "2024-05-01T12:00:03Z", "message": 'CP-1 -> [2,"a2","Heartbeat",{"x":1}]'},
    ]
    log = tmp_path / "app.jsonl"
    log.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = run(str(log))
    assert "version ocpp1.6 (inferred from 3 frames" in result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith(str(log))]
    assert lines == [
        f"{log}:2: PropertyConstraintViolation id=a1 action=Heartbeat path=currentTime: "
        "Heartbeat response: currentTime must be date-time (format)",
        f"{log}:4: FormationViolation id=a2 action=Heartbeat: Heartbeat request: payload must "
        "not contain {'x'} properties (additionalProperties)",
    ]


def test_gzip_is_read_whatever_the_name(tmp_path: Path) -> None:
    plain = "".join(_text(*row, n) + "\n" for n, row in enumerate(CONVERSATION))
    plain += '[2,"9","Heartbeat",{"x":1}]\n'
    for name in ("traffic.log.gz", "traffic.log"):
        log = tmp_path / name
        log.write_bytes(gzip.compress(plain.encode()))
        result = run("--version", "ocpp1.6", str(log))
        assert result.returncode == 1, result.stderr
        assert f"{log}:9: FormationViolation id=9 action=Heartbeat" in result.stdout
        assert "9 frames in 9 lines, 1 problems" in result.stdout
    piped = subprocess.run(
        [sys.executable, "-m", "ocpp_engine", "validate", "--version", "ocpp1.6"],
        input=gzip.compress(plain.encode()),
        capture_output=True,
        timeout=120,
    )
    assert b"-:9: FormationViolation id=9" in piped.stdout


@pytest.mark.parametrize("content", ["", "\n\n"])
def test_empty_input_says_no_input(tmp_path: Path, content: str) -> None:
    log = tmp_path / "empty.log"
    log.write_text(content)
    for result in (
        run(str(log)),
        run("--version", "ocpp1.6", str(log)),
        run("--version", "ocpp1.6", stdin=content),
    ):
        assert result.returncode == 2
        assert result.stderr == "ocpp-engine validate: no input\n"
    empty_gz = tmp_path / "empty.gz"
    empty_gz.write_bytes(gzip.compress(b""))
    assert run(str(empty_gz)).stderr == "ocpp-engine validate: no input\n"


def test_a_frame_cut_short_is_called_truncated(tmp_path: Path) -> None:
    log = tmp_path / "cut.log"
    log.write_text(
        f"{BOOT_16}\n"
        '12:00 CP-1 -> [2,"2","MeterValues",{"connectorId":1,"meterValue":[{"timest\n'
        '12:00 CP-1 -> [2,"3","MeterValues",{"connectorId":1,"meterValue":[...\n'
        '12:00 CP-1 -> [2,"6","MeterValues",{"connectorId":1, (truncated, 2048 bytes)\n'
        '12:00 CP-1 -> [2,"4","Heartbeat",{]\n'
        '{"ts":"12:00","msg":"[2,\\"5\\",\\"Heartbeat\\",{\\"a\\":\n'
    )
    result = run("--version", "ocpp1.6", str(log))
    messages = [
        line.split(": ", 1)[1] for line in result.stdout.splitlines() if line.startswith(str(log))
    ]
    assert [m.split(" (")[0].split(": the line")[0] for m in messages] == [
        "(dropped) id=?: the frame is truncated",
        "(dropped) id=?: the frame is truncated",
        "(dropped) id=?: the frame is truncated",
        "(dropped) id=?: the frame is not valid JSON",
        "(dropped) id=?: the frame is truncated",
    ]


def test_progress_and_notes_keep_to_their_own_lines(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    log = tmp_path / "cp.log"
    log.write_text("".join(HB.format(id=n) + "\n" + HB_OK.format(id=n) + "\n" for n in range(12)))
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert validate([str(log)], None, False) == 0
    shown = [line.rsplit("\r", 1)[-1] for line in terminal.getvalue().split("\n")]
    assert "[" in terminal.getvalue()  # the bar was drawn
    assert (
        "ocpp-engine validate: version ocpp1.6 (inferred from 24 frames; pass --version "
        "to choose)" in shown
    )
    assert shown[-1].strip() == ""  # and wiped at the end
    capsys.readouterr()


def test_the_lines_of_serve_and_connect_are_read(tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    log.write_text(
        "2025-05-01T12:00:00.123Z CP-1 -> CSMS CALL BootNotification id=b1 "
        '{"chargePointVendor":"X","chargePointModel":"M"}\n'
        "2025-05-01T12:00:00.125Z CSMS -> CP-1 CALLRESULT BootNotification id=b1 "
        '{"status":"Accepted","currentTime":"2025-05-01T12:00:00Z","interval":300}\n'
        '2025-05-01T12:00:01.000Z CSMS -> CP-1 CALL Reset id=r1 {"type":"Sideways"}\n'
        "2025-05-01T12:00:01.010Z CP-1 -> CSMS CALLERROR Reset id=r1 PropertyConstraintViolation "
        "\"type must be one of ['Hard', 'Soft']\" {}\n"
    )
    result = run(str(log))
    assert "version ocpp1.6" in result.stderr
    assert [line for line in result.stdout.splitlines() if line.startswith(str(log))] == [
        f"{log}:3: PropertyConstraintViolation id=r1 action=Reset path=type: Reset request: "
        "type must be one of ['Hard', 'Soft'] (enum)"
    ]
    assert "0 CALLs without an answer" in result.stdout


@pytest.mark.parametrize(
    ("prefix", "station", "direction"),
    [
        ("2024-05-01T12:00:00Z CP-1 -> ", "CP-1", "out"),
        ("2024-05-01T12:00:00Z CP-1 <- ", "CP-1", "in"),
        ("12:00:01.120 -> ", None, "out"),
        ("2024-05-01 12:00:01,120 INFO >> ", None, "out"),
        ("2024-05-01 12:00:01,120 [pool-1-thread-3] INFO OcppHandler - CP-7 RECV: ", "CP-7", "in"),
        ("[CP-1] [SEND] ", "CP-1", "out"),
        ("Received message from CP-3: ", "CP-3", "in"),
        ("sending to CP-3: ", "CP-3", "out"),
        ("<< CP-4 ", "CP-4", "in"),
        ("ts=1 identity=CP-5 direction=out ", "CP-5", "out"),
        ("CALL sent: ", None, "out"),
        ("Response RX ", None, "in"),
        ("CP-1 ", None, None),  # no direction marker: no station either
        ("", None, None),
    ],
)
def test_station_and_direction_of_a_text_line(
    prefix: str, station: str | None, direction: str | None
) -> None:
    entry = read_line(prefix + '[2,"1","Heartbeat",{}]')
    assert entry is not None and entry.frame == [2, "1", "Heartbeat", {}]
    assert (entry.station, entry.direction) == (station, direction)


def test_a_damaged_gzip_file_is_unusable(tmp_path: Path) -> None:
    plain = "".join(_text(*row, n) + "\n" for n, row in enumerate(CONVERSATION)) * 50
    log = tmp_path / "cut.gz"
    log.write_bytes(gzip.compress(plain.encode())[:300])
    result = run("--version", "ocpp1.6", str(log))
    assert result.returncode == 2
    assert result.stderr.startswith(f"ocpp-engine validate: {log}: Compressed file ended")
