"""``ocpp-engine validate``: check OCPP-J traffic logs against the schemas.

Exit status 0 when clean, 1 when problems were found, 2 on unusable input. The checking itself
is `ocpp_engine._logcheck.LogChecker`; this module reads the files (plain or gzip, stdin when
none is given), draws the progress bar and prints the report.
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Final

from .._logcheck import (
    INFERENCE_WINDOW,
    Entry,
    LogChecker,
    Problem,
    guess_newest_first,
    infer_version,
    line_time,
    read_line,
)
from .._versions import Version
from ._common import Command

__all__ = ["COMMAND", "validate"]


class _Progress:
    """A progress bar on stderr, drawn only when stderr is a terminal.

    Everything else the command says on stderr goes through `note`, on a line of its own:
    the bar is wiped first and drawn again at the next advance.
    """

    def __init__(self, total: int) -> None:
        self.total = total
        self.done = 0
        self.enabled = total > 0 and sys.stderr.isatty()
        self._shown = -1
        self._visible = False

    def set(self, done: int) -> None:
        """Move the bar to *done* of the total (bytes read)."""
        self.done = done
        if not self.enabled:
            return
        percent = min(100, done * 100 // self.total)
        if percent != self._shown or not self._visible:
            self._shown = percent
            self._visible = True
            bar = "#" * (percent // 4)
            sys.stderr.write(f"\r[{bar:<25}] {percent:3d}%")
            sys.stderr.flush()

    def hide(self) -> None:
        """Wipe the bar off its line, so the next text starts on a clean line."""
        if self._visible:
            self._visible = False
            sys.stderr.write("\r" + " " * 33 + "\r")
            sys.stderr.flush()

    def note(self, text: str) -> None:
        """Print *text* on stderr on a line of its own."""
        self.hide()
        print(text, file=sys.stderr)

    close = hide


_GZIP_MAGIC = b"\x1f\x8b"
_PROGRESS_EVERY = 4096  # lines


def _open_log(source: str) -> tuple[IO[str], Callable[[], int], Callable[[], None]]:
    """Open a log (``-``: stdin) as text, gunzipping it when it starts with the gzip magic.

    Returns:
        the text stream, a function telling how many bytes of the file were read (for the
        progress bar), and a function closing what was opened.

    Raises:
        OSError: the file cannot be read.
    """
    if source == "-":
        binary: Any = getattr(sys.stdin, "buffer", None)
        if binary is None or not hasattr(binary, "peek"):
            return sys.stdin, lambda: 0, lambda: None
        if binary.peek(2)[:2] == _GZIP_MAGIC:
            binary = gzip.GzipFile(fileobj=binary)
        stream = io.TextIOWrapper(binary, encoding="utf-8", errors="replace")
        return stream, lambda: 0, stream.detach
    raw = open(source, "rb")  # noqa: SIM115 - closed by the returned function
    try:
        compressed = raw.peek(2)[:2] == _GZIP_MAGIC
    except OSError:
        raw.close()
        raise
    body: Any = gzip.GzipFile(fileobj=raw) if compressed else raw
    stream = io.TextIOWrapper(body, encoding="utf-8", errors="replace")
    return stream, raw.tell, stream.close


def _read_lines(sources: Sequence[str], progress: _Progress) -> Iterator[tuple[str, int, str]]:
    done = 0
    for source in sources:
        stream, position, close = _open_log(source)
        try:
            for number, line in enumerate(stream, 1):
                if not number % _PROGRESS_EVERY:
                    progress.set(done + position())
                yield source, number, line
        except (OSError, EOFError, zlib.error) as exc:  # a damaged gzip file, an unreadable one
            raise _Unusable(f"{source}: {exc}") from None
        finally:
            done += position()
            close()
        progress.set(done)


class _Unusable(Exception):
    """The input cannot be checked; the message says why."""


def _format_problem(problem: Problem) -> str:
    where = f"{problem.source}:{problem.line}"
    code = problem.code or ("(dropped)" if problem.reaction == "drop" else "(accepted)")
    parts = [f"id={problem.message_id}" if problem.message_id is not None else "id=?"]
    if problem.action:
        parts.append(f"action={problem.action}")
    if problem.path:
        parts.append(f"path={problem.path}")
    return f"{where}: {code} {' '.join(parts)}: {problem.message}"


def validate(
    files: Sequence[str], version: Version | None, as_json: bool, order: str = "auto"
) -> int:
    """Check OCPP-J traffic logs; returns the exit status (0 clean, 1 problems, 2 unusable).

    Args:
        files: the logs (``-`` or none: stdin); gzip files are read as they are.
        version: the OCPP version, or ``None`` to infer it from the first frames.
        as_json: write the report as JSON instead of text.
        order: ``"oldest-first"``, ``"newest-first"``, or ``"auto"`` to tell from the first
            frames (their times, else which comes first of CALLs and their answers).
    """
    sources = list(files) or ["-"]
    for source in sources:
        if source != "-" and not os.path.isfile(source):
            print(f"ocpp-engine validate: {source}: no such file", file=sys.stderr)
            return 2
    progress = _Progress(sum(os.path.getsize(s) for s in sources if s != "-"))
    try:
        return _validate(sources, version, as_json, order, progress)
    except _Unusable as exc:
        progress.note(f"ocpp-engine validate: {exc}")
        return 2
    finally:
        progress.close()


def _validate(
    sources: list[str], version: Version | None, as_json: bool, order: str, progress: _Progress
) -> int:
    lines = _read_lines(sources, progress)
    buffered: list[tuple[str, int, str]] = []
    sample: list[tuple[Entry, str | float | None]] = []
    for item in lines:
        buffered.append(item)
        entry = read_line(item[2])
        if entry is not None:
            sample.append((entry, line_time(item[2])))
            if len(sample) >= INFERENCE_WINDOW:
                break
    if all(not line.strip() for _, _, line in buffered):  # then nothing else is left either
        progress.note("ocpp-engine validate: no input")
        return 2
    if version is None:
        version = infer_version(entry.frame for entry, _ in sample)
        if version is None:
            progress.note(
                "ocpp-engine validate: cannot tell the OCPP version from the input "
                "(no CALL frame found); pass --version"
            )
            return 2
        progress.note(
            f"ocpp-engine validate: version {version.value} (inferred from "
            f"{len(sample)} frames; pass --version to choose)"
        )
    newest_first = order == "newest-first"
    if order == "auto":
        reason = guess_newest_first(sample)
        if reason is not None:
            newest_first = True
            progress.note(
                f"ocpp-engine validate: the log is newest-first ({reason}): each "
                "answer is paired with the CALL after it; pass --order to choose"
            )
    checker = LogChecker(version, newest_first=newest_first)
    out = sys.stdout
    wipe = progress.enabled and out.isatty()
    if as_json:
        out.write('{"problems": [')
    first = True
    for source, number, line in itertools.chain(buffered, lines):
        for problem in checker.check_line(number, line, source):
            if wipe:
                progress.hide()
            if as_json:
                out.write(("" if first else ",") + "\n  " + json.dumps(problem.as_dict()))
            else:
                out.write(_format_problem(problem) + "\n")
            first = False
    checker.finish()
    progress.hide()
    summary = checker.summary()
    if as_json:
        out.write(
            ("\n" if not first else "") + '], "summary": ' + json.dumps(summary, indent=2) + "}\n"
        )
    else:
        _print_summary(summary)
    if checker.frames == 0:
        progress.note("ocpp-engine validate: no OCPP-J frame found in the input")
        return 2
    return 1 if checker.problem_count else 0


def _print_summary(summary: dict[str, Any]) -> None:
    print(
        f"\n{summary['frames']} frames in {summary['lines']} lines, "
        f"{summary['problems']} problems ({summary['version']}); "
        f"{summary['unanswered_calls']} CALLs without an answer"
    )
    if summary["answers_without_call"]:
        print(
            f"{summary['answers_without_call']} answers without their CALL in the log (the "
            "log starts mid-session?), not counted as problems"
        )
    calls, problems = summary["calls_by_action"], summary["problems_by_action"]
    if calls or problems:
        print(f"\n{'action':<36} {'CALLs':>8} {'problems':>9}")
        for action in sorted(set(calls) | set(problems)):
            print(f"{action:<36} {calls.get(action, 0):>8} {problems.get(action, 0):>9}")
    if summary["problems_by_code"]:
        print(f"\n{'error code':<36} {'problems':>9}")
        for code, count in summary["problems_by_code"].items():
            print(f"{code:<36} {count:>9}")


# -- the command ---------------------------------------------------------------------------------


def _add_arguments(check: argparse.ArgumentParser) -> None:
    check.add_argument(
        "files", nargs="*", metavar="FILE", help="log files, plain or gzip (default: stdin)"
    )
    check.add_argument(
        "--version",
        choices=[v.value for v in Version],
        help="the OCPP version (default: inferred from the first frames)",
    )
    check.add_argument(
        "--order",
        choices=["auto", "oldest-first", "newest-first"],
        default="auto",
        help="the order of the lines (default: told from the first frames)",
    )
    check.add_argument("--json", action="store_true", help="write the report as JSON")


def _run(args: argparse.Namespace) -> int:
    chosen = None if args.version is None else Version(args.version)
    return validate(args.files, chosen, args.json, args.order)


#: ``ocpp-engine validate``.
COMMAND: Final = Command(
    name="validate",
    help="check OCPP-J traffic logs against the schemas",
    description="Check OCPP-J traffic, one frame per line (log decorations around a frame "
    "are fine, and so are JSON lines), against the schemas. Exit status: 0 "
    "clean, 1 problems found, 2 unusable input.",
    add_arguments=_add_arguments,
    run=_run,
)
