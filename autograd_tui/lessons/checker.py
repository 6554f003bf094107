"""``autograd-tui check``: proves that lesson files are right.

For each file, in order:

1. it reads and parses safely, and matches the format (see :mod:`loader`): known fields,
   both languages in every text, unique step/mistake/choice ids, every quiz answer one of
   its choices, every piece of code valid Python;
2. lesson ids are unique across the files checked;
3. the lesson runs, on the chosen backend, in a scratch folder: every code step's output
   equals its stored ``output`` (and it raises exactly its ``raises``, if any); every task's
   check fails before its solution and passes after it; every known-mistake example triggers
   its own message and not the check; every predict-the-output quiz prints its stored output,
   which is its answer's text;
4. when some lesson code draws in the lesson's language (or a step records one output per
   language), the lesson runs once more in Turkish and every code step's output is compared
   with its Turkish recording.

Problems come back as :class:`Problem` objects (``FILE:LINE: message``); nothing here raises
for a bad lesson.
"""
from __future__ import annotations

import contextlib
import importlib
import json
import os
import re
import select
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, NoReturn

from autograd_tui.backend import activate

from autograd_tui import i18n
from autograd_tui.evaluator import Result
from autograd_tui.lessons.catalog import lesson_files, shipped_lessons_dir
from autograd_tui.lessons.judging import check_passes, judge_task, mistake_scope
from autograd_tui.lessons.loader import Problem, display_path, load_lesson
from autograd_tui.lessons.model import CodeStep, Lesson, Mistake, QuizStep, Step, TaskStep, TextStep
from autograd_tui.lessons.session import (
    CHECK_SETUP_TIME_FACTOR,
    SETUP,
    STEP_TIME_LIMIT,
    LessonRun,
    filter_output,
    replay,
)
from autograd_tui.lessons.steps import outputs_per_language, per_kind, recorded_output


@dataclass
class CheckSummary:
    files: int = 0
    lessons: int = 0
    steps_run: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)   # worth fixing, not failing


_FRAME_LINE = re.compile(r'^  File "<lesson>", line (\d+)', re.MULTILINE)


def failure_line(step: Step, field_name: str, result: Result) -> int:
    """The file line of the lesson code line that failed (its last ``<lesson>`` frame)."""
    frames = _FRAME_LINE.findall(result.error or "")
    body = step.lines.get(f"{field_name}:body")
    if frames and body is not None:
        return body + int(frames[-1]) - 1
    return step.line_of(field_name)


def _last_line(result: Result | None) -> str:
    text = ((result.error if result is not None else None) or "").rstrip("\n")
    return text.rsplit("\n", 1)[-1] if text else ""


_SHOWN_CHARACTERS = 200   # of one line in a problem; a step printing 20 MB on one line put it all there


def _shortened(line: str | None) -> str:
    if line is None or len(line) <= _SHOWN_CHARACTERS:
        return repr(line)
    return f"{line[:_SHOWN_CHARACTERS]!r}… ({len(line):,} characters)"


def describe_difference(expected: str, actual: str) -> str:
    """A one-line account of where two outputs first differ."""
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    for i in range(max(len(exp_lines), len(act_lines))):
        exp = exp_lines[i] if i < len(exp_lines) else None
        act = act_lines[i] if i < len(act_lines) else None
        if exp != act:
            if exp is None:
                return f"output line {i + 1}: got an extra line {_shortened(act)}"
            if act is None:
                return f"output line {i + 1}: expected {_shortened(exp)}, got nothing more"
            return f"output line {i + 1}: expected {_shortened(exp)}, got {_shortened(act)}"
    if expected.endswith("\n") != actual.endswith("\n"):
        return "the outputs differ only in the final newline"
    return "the outputs differ in whitespace"


class LessonChecker:
    """Runs one lesson's steps on a backend and collects problems."""

    def __init__(self, lesson: Lesson, shown: str, backend: str,
                 progress: Callable[[str], None] | None = None,
                 step_time_limit: float | None = None,
                 beat: Callable[[int, str], None] | None = None) -> None:
        self.lesson = lesson
        self.shown = shown
        self.backend = backend
        self.problems: list[Problem] = []
        self.steps_run = 0
        self._progress = progress
        self.step_time_limit = STEP_TIME_LIMIT if step_time_limit is None else step_time_limit
        # why: the parent process watches these beats; a silence longer than the limit is a hang
        self._beat = beat or (lambda line, what: None)

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.shown, line, message))

    def run(self) -> list[Problem]:
        checks: per_kind[Callable[[Any, LessonRun], None]] = per_kind({
            TextStep: lambda step, run: None,
            CodeStep: self.check_code,
            TaskStep: self.check_task,
            QuizStep: self.check_quiz,
        })
        self.speaks = any(outputs_per_language(step) for step in self.lesson.steps)
        self._beat(self.lesson.lines.get("setup", self.lesson.lines.get("check_setup", 1)), "setup")
        with LessonRun(self.lesson, self.backend, scratch=True, step_time_limit=self.step_time_limit) as run:
            if run.check_setup_failed:
                self.problem(self.lesson.lines.get("check_setup", 1),
                             f"check_setup failed: {_last_line(run.check_setup_result)}")
                return self.problems
            setup_failure = run.failure_of(SETUP)
            if setup_failure is not None:
                self.problem(self.lesson.lines.get("setup", 1), f"setup failed: {_last_line(setup_failure)}")
            for step in self.lesson.steps:
                if self._progress is not None:
                    self._progress(f"{self.shown}: step {step.index + 1}/{len(self.lesson.steps)} ({step.id})")
                self._beat(step.line, f"step '{step.id}'")
                checks(step)(step, run)
            self.steps_run = run.code_runs
        if self.speaks:
            self.check_in_turkish()
        return self.problems

    def check_in_turkish(self) -> None:
        """Run the lesson again in Turkish; each code step must print its Turkish recording."""
        with LessonRun(self.lesson, self.backend, scratch=True, step_time_limit=STEP_TIME_LIMIT,
                       lang="tr") as run:

            def code(step: CodeStep) -> None:
                self.compare_output(step, run.run(step.code), step.ignore_output_lines, lang="tr")

            again: per_kind[Callable[[Any], Any]] = per_kind({
                TextStep: lambda step: None, CodeStep: code, TaskStep: run.step, QuizStep: run.step})
            for step in self.lesson.steps:
                again(step)(step)
            self.steps_run += run.code_runs

    def compare_output(self, step: CodeStep | QuizStep, result: Result, patterns: list[str],
                       lang: str = "en") -> None:
        recorded = recorded_output(step, lang) or ""
        actual = filter_output(result.output, patterns)
        expected = filter_output(recorded, patterns)
        if actual != expected:
            line = step.line_of("output") if "output" in step.lines else step.line_of("code")
            what = "no output was recorded" if not recorded and actual else describe_difference(expected, actual)
            where = " in Turkish" if lang == "tr" else ""
            self.problem(line, f"step '{step.id}': output{where} differs from the recorded output: {what}")

    def check_code(self, step: CodeStep, run: LessonRun) -> None:
        reads = i18n.ambient_reads()
        result = run.run(step.code)
        if i18n.ambient_reads() != reads:
            self.speaks = True  # it drew in the lesson's language: check the Turkish run too
        if step.raises is not None:
            if result.ok:
                self.problem(step.line_of("raises"),
                             f"step '{step.id}': expected {step.raises}, but the code ran without error")
            elif result.exc_type != step.raises:
                self.problem(step.line_of("raises"),
                             f"step '{step.id}': expected {step.raises}, got {_last_line(result)}")
        elif not result.ok:
            self.problem(failure_line(step, "code", result), f"step '{step.id}': code failed: {_last_line(result)}")
        self.compare_output(step, result, step.ignore_output_lines)

    def check_task(self, step: TaskStep, run: LessonRun) -> None:
        namespace = run.namespace
        already, _ = check_passes(step, namespace)
        if already:
            self.problem(step.line_of("check"),
                         f"task '{step.id}': the check already passes before the learner does anything")
        for mistake in step.mistakes:
            self.check_mistake(step, mistake, run)
        self._beat(step.line_of("solution"), f"step '{step.id}'")
        result = run.run(step.solution)
        if not result.ok:
            self.problem(failure_line(step, "solution", result),
                         f"task '{step.id}': solution failed: {_last_line(result)}")
            return
        verdict = judge_task(step, namespace, result, step.solution)
        if not verdict.passed:
            why = f" ({verdict.check_error})" if verdict.check_error else ""
            self.problem(step.line_of("check"), f"task '{step.id}': the solution does not pass the check{why}")

    def check_mistake(self, step: TaskStep, mistake: Mistake, run: LessonRun) -> None:
        # A fresh namespace as the learner would have it on arriving at the task.
        line = mistake.lines.get("example", mistake.line)
        rebuilt = replay(self.lesson, step.index, self.backend, step_time_limit=self.step_time_limit,
                         on_step=lambda index, result: self._beat(line, f"step '{step.id}'")).namespace
        self._beat(line, f"step '{step.id}'")
        result = run.run(mistake.example, rebuilt)
        verdict = judge_task(step, rebuilt, result, mistake.example, submitted=True)
        line = mistake.lines.get("example", mistake.line)
        if verdict.passed:
            self.problem(line, f"task '{step.id}': the example of mistake '{mistake.id}' passes the check")
        elif verdict.mistake is None:
            self.problem(line, f"task '{step.id}': the example of mistake '{mistake.id}' does not trigger it"
                               + (f" (its code failed: {_last_line(result)})" if not result.ok else ""))
        elif verdict.mistake is not mistake:
            self.problem(line, f"task '{step.id}': the example of mistake '{mistake.id}' "
                               f"is caught first by mistake '{verdict.mistake.id}'")
        elif mistake.about != [] and judge_task(step, rebuilt, result, mistake.example).mistake is None:
            # typed as one block, the example must reach its learner without a :check
            watched = ", ".join(mistake_scope(mistake)) or "-"
            self.problem(line, f"task '{step.id}': the example of mistake '{mistake.id}' does not "
                               f"touch what the mistake is about ({watched}); give 'about'")

    def check_quiz(self, step: QuizStep, run: LessonRun) -> None:
        if step.style == "predict":
            answer = step.answer_choice()
            if answer is not None:
                if answer.code is None:
                    self.problem(answer.line, f"quiz '{step.id}': the answer of a predict quiz must be a 'code' choice")
                elif answer.code.rstrip("\n") != step.output.rstrip("\n"):
                    self.problem(answer.line, f"quiz '{step.id}': the answer's code is not the recorded output")
            for choice in step.choices:
                if choice is not answer and choice.code is not None \
                        and choice.code.rstrip("\n") == step.output.rstrip("\n"):
                    self.problem(choice.line, f"quiz '{step.id}': wrong choice '{choice.id}' equals the output")
        if step.code:
            result = run.run(step.code)
            if step.style == "predict" or step.output:
                self.compare_output(step, result, [])
            elif not result.ok:
                self.problem(failure_line(step, "code", result), f"quiz '{step.id}': code failed: {_last_line(result)}")


FILE_TIME_FACTOR = 10      # a whole file may take this many step limits (at least), then it is stopped
HARD_LIMIT_GRACE = 5.0     # seconds the child gets past its own soft limit before it is killed


def check_paths(paths: list[Path], backend: str = "embedded", *, run: bool = True,
                progress: Callable[[str], None] | None = None) -> CheckSummary:
    """Check lesson files; see the module docstring for what is proved.

    Each lesson runs in a child process of its own (where ``os.fork`` exists), so nothing a
    lesson does (``os._exit``, a signal, a fork, a hang that ignores every limit, a
    monkeypatched checker or engine) can stop or falsify the check of the files after it.
    """
    summary = CheckSummary()
    seen_ids: dict[str, str] = {}
    seen_paths: set[Path] = set()
    shipped = _shipped_ids(paths)
    isolate = hasattr(os, "fork")
    if run and isolate and paths:
        # why: children inherit the loaded engine instead of importing it each (a second or so
        # per lesson on a busy machine, inside the first step's time limit)
        activate(backend)
        importlib.import_module("torch")
    for path in paths:
        resolved = _real(path)
        if resolved in seen_paths:
            continue   # the same file named twice is checked once
        seen_paths.add(resolved)
        summary.files += 1
        shown = display_path(path)
        loaded = load_lesson(path, shown_as=shown)
        summary.problems.extend(loaded.problems)
        lesson = loaded.lesson
        if lesson is None:
            continue
        summary.lessons += 1
        if lesson.id:
            if lesson.id in seen_ids:
                summary.problems.append(Problem(shown, lesson.lines.get("id", 1),
                                                f"lesson id '{lesson.id}' is also used by {seen_ids[lesson.id]}"))
            else:
                seen_ids[lesson.id] = shown
            if lesson.id in shipped:
                # why: the menu keeps the shipped lesson and skips this one, so it would vanish
                summary.problems.append(Problem(shown, lesson.lines.get("id", 1),
                                                f"lesson id '{lesson.id}' is already used by a shipped "
                                                f"lesson ({shipped[lesson.id]}); the menu would skip this file"))
        if lesson.recap is None:
            # why: the end screen shows the recap; a shipped lesson must have one, a learner's
            # own lesson still works without it
            missing = Problem(shown, 1, f"lesson '{lesson.id}' has no recap (shown when it ends)")
            is_shipped = _real(path).parent == _real(shipped_lessons_dir())
            (summary.problems if is_shipped else summary.warnings).append(missing)
        if loaded.problems or not run:
            continue   # running a malformed lesson would only add noise
        if isolate:
            problems, steps_run = _check_in_child(lesson, shown, backend, progress)
        else:
            checker = LessonChecker(lesson, shown, backend, progress)
            problems, steps_run = checker.run(), checker.steps_run
        summary.problems.extend(problems)
        summary.steps_run += steps_run
    return summary


def _real(path: Path) -> Path:
    """``path`` with its links resolved as far as they go; a link loop or a broken link is
    no error here (Path.resolve raised RuntimeError on a loop and stopped the whole check)."""
    return Path(os.path.realpath(path))


def _shipped_ids(paths: list[Path]) -> dict[str, str]:
    """The ids of the shipped lessons (id -> file name), when some path checked lies elsewhere."""
    folder = shipped_lessons_dir()
    if {_real(p).parent for p in paths} <= {_real(folder)}:
        return {}
    ids: dict[str, str] = {}
    for path in lesson_files(folder):
        # why: the shipped files are the package's own and well formed; their top-level id
        # line is enough, and parsing all of them would slow every check of an extra file
        try:
            found = _TOP_LEVEL_ID.search(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError):
            continue
        if found:
            ids[found.group(1)] = path.name
    return ids


_TOP_LEVEL_ID = re.compile(r"^id:\s*['\"]?([a-z0-9][a-z0-9_-]*)", re.MULTILINE)


# ------------------------------------------------------------------------------------------
# One lesson, one child process
# ------------------------------------------------------------------------------------------

def _check_in_child(lesson: Lesson, shown: str, backend: str,
                    progress: Callable[[str], None] | None) -> tuple[list[Problem], int]:
    """Run :class:`LessonChecker` in a forked child; report whatever happens to it.

    The child sends one JSON line per event through a pipe: a *beat* before each piece of
    code (its line and step), each problem, and a final count. The parent kills the child's
    whole process group when a beat is late (the step limit plus a grace, whatever the code
    does with signals or exceptions) or the file runs past its own limit.
    """
    step_limit = STEP_TIME_LIMIT
    step_deadline = step_limit * CHECK_SETUP_TIME_FACTOR + HARD_LIMIT_GRACE
    file_limit = max(step_limit * FILE_TIME_FACTOR, step_limit * len(lesson.steps)) + HARD_LIMIT_GRACE
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:   # the child never returns from here
        os.close(read_fd)
        _child_main(lesson, shown, backend, step_limit, write_fd)
    os.close(write_fd)
    problems: list[Problem] = []
    steps_run = 0
    done = False
    where = (lesson.line, "setting up")
    started = time.monotonic()
    beat_at = started
    buffer = b""
    stopped: str | None = None
    try:
        while True:
            now = time.monotonic()
            wait = min(beat_at + step_deadline, started + file_limit) - now
            if wait <= 0:
                per_step = beat_at + step_deadline <= started + file_limit
                stopped = (f"ran longer than {step_limit:g} seconds and was stopped" if per_step
                           else f"the lesson ran longer than {file_limit:g} seconds and was stopped")
                break
            ready, _, _ = select.select([read_fd], [], [], wait)
            if not ready:
                continue
            chunk = os.read(read_fd, 65536)
            if not chunk:
                # every writer is gone: the child ended, or its code closed the pipe
                if not done and not _ends_soon(pid):
                    stopped = "closed the checker's pipe and was stopped"
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for raw in lines:
                try:
                    event = json.loads(raw)
                except ValueError:
                    continue
                if event.get("pid") != pid:
                    stopped = "started another process (os.fork) and was stopped"
                    with contextlib.suppress(OSError, TypeError, ValueError):
                        os.kill(int(event["pid"]), signal.SIGKILL)   # it may have left the group
                    break
                kind = event.get("kind")
                if kind == "beat":
                    beat_at = time.monotonic()
                    where = (int(event["line"]), str(event["what"]))
                    if progress is not None and event.get("progress"):
                        progress(str(event["progress"]))
                    # the set-up may build files: it gets check_setup's longer limit
                    factor = CHECK_SETUP_TIME_FACTOR if where[1] == "setup" else 1
                    step_deadline = step_limit * factor + HARD_LIMIT_GRACE
                elif kind == "problem":
                    problems.append(Problem(shown, int(event["line"]), str(event["message"])))
                elif kind == "done":
                    steps_run = int(event["steps_run"])
                    done = True
            if stopped:
                break
    finally:
        os.close(read_fd)
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)   # the child and anything it started
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    line, what = where
    if stopped:
        problems.append(Problem(shown, line, f"{what}: {stopped}"))
    elif not done:
        if os.WIFSIGNALED(status):
            name = _signal_name(os.WTERMSIG(status))
            problems.append(Problem(shown, line, f"{what}: the check process was killed by {name}"))
        elif os.WIFEXITED(status) and os.WEXITSTATUS(status) == _CANNOT_REPORT:
            problems.append(Problem(shown, line, f"{what}: the lesson's code cut the check process "
                                                 "off from the checker (its pipe was closed)"))
        else:
            code = os.WEXITSTATUS(status) if os.WIFEXITED(status) else status
            problems.append(Problem(shown, line, f"{what}: the lesson's code ended the check process "
                                                 f"(exit status {code})"))
    return problems, steps_run


def _ends_soon(pid: int, grace: float = 2.0) -> bool:
    """Whether the child ends on its own within ``grace`` seconds (without being reaped)."""
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            info = os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT)
        except (OSError, AttributeError):
            return True
        if info is not None:
            return True
        time.sleep(0.02)
    return False


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


_CANNOT_REPORT = 70   # the child's exit status when it could not write to the checker


def _child_main(lesson: Lesson, shown: str, backend: str, step_limit: float, fd: int) -> NoReturn:
    """The child's whole life: check the lesson, report through ``fd``, leave with ``os._exit``."""
    code = 0
    try:
        os.setpgid(0, 0)   # why: the parent kills the group, which takes any grandchild along
        devnull = os.open(os.devnull, os.O_RDWR)
        for std in (0, 1, 2):   # lesson code never reads the terminal or writes past the capture
            os.dup2(devnull, std)
        signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
        out = os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace")

        def send(**event: Any) -> None:
            # why: the pid at sending time; a process forked by lesson code gives itself away
            out.write(json.dumps({"pid": os.getpid(), **event}, ensure_ascii=True) + "\n")
            out.flush()

        where: dict[str, Any] = {"line": lesson.line, "what": "setting up"}

        def beat(line: int, what: str) -> None:
            where.update(line=line, what=what)
            send(kind="beat", line=line, what=what, progress=f"{shown}: {what}")

        checker = LessonChecker(lesson, shown, backend, step_time_limit=step_limit, beat=beat)
        try:
            problems = checker.run()
        except BaseException as exc:  # noqa: BLE001 - KeyboardInterrupt, SystemExit… from lesson code
            stopped = f"{type(exc).__name__}: {exc}".rstrip(": ")
            problems = [*checker.problems,
                        Problem(shown, int(where["line"]), f"{where['what']}: the check stopped: {stopped}")]
        for problem in problems:
            send(kind="problem", line=problem.line, message=problem.message)
        send(kind="done", steps_run=checker.steps_run)
    except BaseException:  # noqa: BLE001 - the parent reports the missing "done"
        code = _CANNOT_REPORT
    os._exit(code)
