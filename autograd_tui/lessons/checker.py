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

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable


from autograd_tui import i18n
from autograd_tui.evaluator import Result
from autograd_tui.lessons.catalog import lesson_files, shipped_lessons_dir
from autograd_tui.lessons.judging import check_passes, judge_task, mistake_scope
from autograd_tui.lessons.loader import display_path, load_lesson
from autograd_tui.lessons.problem import Msg, Param, Problem, msg
from autograd_tui.lessons.model import CodeStep, Lesson, Mistake, QuizStep, Step, TaskStep, TextStep
from autograd_tui.lessons.session import (
    HARD_LIMIT_GRACE,
    SETUP,
    STEP_TIME_LIMIT,
    LessonRun,
    can_isolate,
    filter_output,
    prepare_children,
    replay,
    run_watched,
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


def describe_difference(expected: str, actual: str) -> Msg:
    """A one-line account of where two outputs first differ."""
    exp_lines, act_lines = expected.splitlines(), actual.splitlines()
    for i in range(max(len(exp_lines), len(act_lines))):
        exp = exp_lines[i] if i < len(exp_lines) else None
        act = act_lines[i] if i < len(act_lines) else None
        if exp != act:
            if exp is None:
                return msg("problem.output_extra_line", n=i + 1, got=_shortened(act))
            if act is None:
                return msg("problem.output_line_missing", n=i + 1, expected=_shortened(exp))
            return msg("problem.output_line_differs", n=i + 1, expected=_shortened(exp), got=_shortened(act))
    if expected.endswith("\n") != actual.endswith("\n"):
        return msg("problem.output_final_newline")
    return msg("problem.output_whitespace")


SETUP_PLACE = msg("problem.at_setup")          # where a check was when it stopped
SETTING_UP = msg("problem.at_setting_up")


def _step_place(step: Step) -> Msg:
    return msg("problem.at_step_id", id=step.id)


class LessonChecker:
    """Runs one lesson's steps on a backend and collects problems."""

    def __init__(self, lesson: Lesson, shown: str, backend: str,
                 progress: Callable[[str], None] | None = None,
                 step_time_limit: float | None = None,
                 beat: Callable[[int, Msg], None] | None = None,
                 quiet_steps: frozenset[str] = frozenset(), unread_steps: tuple[int, ...] = ()) -> None:
        self.lesson = lesson
        self.quiet_steps = quiet_steps   # their problems are the loader's; run, never judged
        self.unread_steps = unread_steps   # positions of steps the loader could not build
        self.shown = shown
        self.backend = backend
        self.problems: list[Problem] = []
        self.steps_run = 0
        self._progress = progress
        self.step_time_limit = STEP_TIME_LIMIT if step_time_limit is None else step_time_limit
        # why: the parent process watches these beats; a silence longer than the limit is a hang
        self._beat = beat or (lambda line, what: None)

    def problem(self, line: int, key: str, /, **params: Param) -> None:
        self.problems.append(Problem(self.shown, line, msg(key, **params)))

    def run(self) -> list[Problem]:
        checks: per_kind[Callable[[Any, LessonRun], None]] = per_kind({
            TextStep: lambda step, run: None,
            CodeStep: self.check_code,
            TaskStep: self.check_task,
            QuizStep: self.check_quiz,
        })
        self.speaks = any(outputs_per_language(step) for step in self.lesson.steps)
        self._beat(self.lesson.lines.get("setup", self.lesson.lines.get("check_setup", 1)), SETUP_PLACE)
        with LessonRun(self.lesson, self.backend, scratch=True, step_time_limit=self.step_time_limit) as run:
            if run.check_setup_failed:
                self.problem(self.lesson.lines.get("check_setup", 1), "problem.check_setup_failed",
                             error=_last_line(run.check_setup_result))
                return self.problems
            setup_failure = run.failure_of(SETUP)
            if setup_failure is not None:
                self.problem(self.lesson.lines.get("setup", 1), "problem.setup_failed", error=_last_line(setup_failure))
            for step in self.lesson.steps:
                if self._progress is not None:
                    self._progress(f"{self.shown}: step {step.index + 1}/{len(self.lesson.steps)} ({step.id})")
                self._beat(step.line, _step_place(step))
                self._judged(step, checks(step), run)
            self.steps_run = run.code_runs
        if self.speaks:
            self.check_in_turkish()
        return self.problems

    def failure(self, step: Step, result: Result) -> Param:
        """The last line of a failed run, with a note when a name is missing after a step that
        could not be read: that step never ran, and it may be the one defining the name."""
        error = _last_line(result)
        unread = [i for i in self.unread_steps if i < step.index]
        if result.exc_type == "NameError" and unread:
            return msg("problem.after_unread_step", error=error, n=unread[-1] + 1)
        return error

    def _judged(self, step: Step, check: Callable[[Any, LessonRun], None], run: LessonRun) -> None:
        """``check(step, run)``, keeping what it finds unless the loader already found the step
        broken (its code still runs: later steps may need what it defines)."""
        before = len(self.problems)
        check(step, run)
        if step.id in self.quiet_steps:
            del self.problems[before:]

    def _watch_second_run(self, line: int, what: str, step: str | None = None) -> None:
        self._beat(line, SETUP_PLACE if step is None else msg("problem.at_step_id", id=step))

    def check_in_turkish(self) -> None:
        """Run the lesson again in Turkish; each code step must print its Turkish recording."""
        # why: the watching parent needs a beat per step here too, or the whole second run
        # would have to fit in one step's limit
        with LessonRun(self.lesson, self.backend, scratch=True, step_time_limit=STEP_TIME_LIMIT,
                       lang="tr", watch=self._watch_second_run) as run:

            def code(step: CodeStep) -> None:
                self.compare_output(step, run.run(step.code, step=step), step.ignore_output_lines, lang="tr")

            again: per_kind[Callable[[Any], Any]] = per_kind({
                TextStep: lambda step: None, CodeStep: code, TaskStep: run.step, QuizStep: run.step})
            for step in self.lesson.steps:
                self._judged(step, lambda step, _: again(step)(step), run)
            self.steps_run += run.code_runs

    def compare_output(self, step: CodeStep | QuizStep, result: Result, patterns: list[str],
                       lang: str = "en") -> None:
        recorded = recorded_output(step, lang) or ""
        actual = filter_output(result.output, patterns)
        expected = filter_output(recorded, patterns)
        if actual != expected:
            line = step.line_of("output") if "output" in step.lines else step.line_of("code")
            what = (msg("problem.output_not_recorded") if not recorded and actual
                    else describe_difference(expected, actual))
            key = "problem.output_differs_turkish" if lang == "tr" else "problem.output_differs"
            self.problem(line, key, id=step.id, what=what)

    def check_code(self, step: CodeStep, run: LessonRun) -> None:
        reads = i18n.ambient_reads()
        result = run.run(step.code)
        if i18n.ambient_reads() != reads:
            self.speaks = True  # it drew in the lesson's language: check the Turkish run too
        if step.raises is not None:
            if result.ok:
                self.problem(step.line_of("raises"), "problem.raises_no_error", id=step.id, exception=step.raises)
            elif result.exc_type != step.raises:
                self.problem(step.line_of("raises"), "problem.raises_other", id=step.id, exception=step.raises,
                             got=self.failure(step, result))
        elif not result.ok:
            self.problem(failure_line(step, "code", result), "problem.code_failed", id=step.id,
                         error=self.failure(step, result))
        self.compare_output(step, result, step.ignore_output_lines)

    def check_task(self, step: TaskStep, run: LessonRun) -> None:
        namespace = run.namespace
        already, _ = check_passes(step, namespace)
        if already:
            self.problem(step.line_of("check"), "problem.check_passes_already", id=step.id)
        for mistake in step.mistakes:
            self.check_mistake(step, mistake, run)
        self._beat(step.line_of("solution"), _step_place(step))
        result = run.run(step.solution)
        if not result.ok:
            self.problem(failure_line(step, "solution", result), "problem.solution_failed", id=step.id,
                         error=self.failure(step, result))
            return
        verdict = judge_task(step, namespace, result, step.solution)
        if not verdict.passed:
            why = f" ({verdict.check_error})" if verdict.check_error else ""
            self.problem(step.line_of("check"), "problem.solution_fails_check", id=step.id, why=why)

    def check_mistake(self, step: TaskStep, mistake: Mistake, run: LessonRun) -> None:
        # A fresh namespace as the learner would have it on arriving at the task.
        line = mistake.lines.get("example", mistake.line)
        rebuilt = replay(self.lesson, step.index, self.backend, step_time_limit=self.step_time_limit,
                         on_step=lambda index, result: self._beat(line, _step_place(step))).namespace
        self._beat(line, _step_place(step))
        result = run.run(mistake.example, rebuilt)
        verdict = judge_task(step, rebuilt, result, mistake.example, submitted=True)
        line = mistake.lines.get("example", mistake.line)
        if verdict.passed:
            self.problem(line, "problem.mistake_example_passes", id=step.id, mistake=mistake.id)
        elif verdict.mistake is None:
            failed: Param = (msg("problem.example_code_failed", error=_last_line(result))
                             if not result.ok else "")
            self.problem(line, "problem.mistake_example_not_caught", id=step.id, mistake=mistake.id,
                         failed=failed)
        elif verdict.mistake is not mistake:
            self.problem(line, "problem.mistake_example_caught_by_other", id=step.id, mistake=mistake.id,
                         other=verdict.mistake.id)
        elif mistake.about != [] and judge_task(step, rebuilt, result, mistake.example).mistake is None:
            # typed as one block, the example must reach its learner without a :check
            watched = ", ".join(mistake_scope(mistake)) or "-"
            self.problem(line, "problem.mistake_example_off_topic", id=step.id, mistake=mistake.id,
                         watched=watched)

    def check_quiz(self, step: QuizStep, run: LessonRun) -> None:
        if step.style == "predict":
            answer = step.answer_choice()
            if answer is not None:
                if answer.code is None:
                    self.problem(answer.line, "problem.predict_answer_not_code", id=step.id)
                elif answer.code.rstrip("\n") != step.output.rstrip("\n"):
                    self.problem(answer.line, "problem.predict_answer_not_output", id=step.id)
            for choice in step.choices:
                if choice is not answer and choice.code is not None \
                        and choice.code.rstrip("\n") == step.output.rstrip("\n"):
                    self.problem(choice.line, "problem.predict_wrong_choice_is_output", id=step.id,
                                 choice=choice.id)
        if step.code:
            result = run.run(step.code)
            if step.style == "predict" or step.output:
                self.compare_output(step, result, [])
            elif not result.ok:
                self.problem(failure_line(step, "code", result), "problem.quiz_code_failed", id=step.id,
                             error=self.failure(step, result))


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
    isolate = can_isolate()
    if run and isolate and paths:
        prepare_children(backend)
    for path in paths:
        resolved = _real(path)
        if resolved in seen_paths:
            continue   # the same file named twice is checked once
        seen_paths.add(resolved)
        summary.files += 1
        shown = display_path(path)
        loaded = load_lesson(path, shown_as=shown)
        found: list[Problem] = [*loaded.problems]
        lesson = loaded.lesson
        if lesson is None:
            summary.problems.extend(found)
            continue
        summary.lessons += 1
        if lesson.id:
            if lesson.id in seen_ids:
                found.append(Problem(shown, lesson.lines.get("id", 1),
                                     msg("problem.lesson_id_also_in", id=lesson.id, other=seen_ids[lesson.id])))
            else:
                seen_ids[lesson.id] = shown
            if lesson.id in shipped:
                # why: the menu keeps the shipped lesson and skips this one, so it would vanish
                found.append(Problem(shown, lesson.lines.get("id", 1),
                                     msg("problem.lesson_id_shipped", id=lesson.id, file=shipped[lesson.id])))
        if lesson.recap is None:
            # why: the end screen shows the recap; a shipped lesson must have one, a learner's
            # own lesson still works without it
            # why: a file without an id said "lesson '' has no recap"
            missing = Problem(shown, 1, msg("problem.no_recap", id=lesson.id) if lesson.id
                              else msg("problem.no_recap_unnamed"))
            is_shipped = _real(path).parent == _real(shipped_lessons_dir())
            (found if is_shipped else summary.warnings).append(missing)
        if not run or not lesson.steps:
            summary.problems.extend(sorted(found, key=_by_line))
            continue
        # why: a lesson author wants every problem at once; a lesson with format problems
        # still runs, its broken steps unjudged (``LoadResult.broken_steps``)
        quiet = loaded.broken_steps
        if isolate:
            problems, steps_run = _check_in_child(lesson, shown, backend, progress, quiet, loaded.unread_steps)
        else:
            checker = LessonChecker(lesson, shown, backend, progress, quiet_steps=quiet,
                                    unread_steps=loaded.unread_steps)
            problems, steps_run = checker.run(), checker.steps_run
        # why: read in the file's order, the loader's and the run's problems interleave by line
        summary.problems.extend(sorted([*found, *problems], key=_by_line))
        summary.steps_run += steps_run
    return summary


def _by_line(problem: Problem) -> int:
    return problem.line


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

# what the parent says of a child that did not finish (``Watched.stopped``): a catalogue key,
# and which of the watcher's figures fill its values
_STOPPED: dict[str, tuple[str, dict[str, str]]] = {
    "step_time": ("problem.step_too_long", {"seconds": "seconds"}),
    "file_time": ("problem.lesson_too_long", {"seconds": "seconds"}),
    "pipe": ("problem.closed_pipe", {}),
    "fork": ("problem.forked", {}),
    "signal": ("problem.check_killed", {"signal": "detail"}),
    "cut_off": ("problem.check_cut_off", {}),
    "exit": ("problem.check_ended", {"status": "detail"}),
    "raised": ("problem.check_stopped", {"error": "detail"}),
}


def _check_in_child(lesson: Lesson, shown: str, backend: str, progress: Callable[[str], None] | None,
                    quiet_steps: frozenset[str] = frozenset(),
                    unread_steps: tuple[int, ...] = ()) -> tuple[list[Problem], int]:
    """Run :class:`LessonChecker` in a child process (:func:`run_watched`); report whatever
    happens to it as a problem at the line of the code it was running."""
    problems: list[Problem] = []

    def work(send: Callable[..., None]) -> int:
        where: dict[str, Any] = {"line": lesson.line, "what": SETTING_UP}

        def beat(line: int, what: Msg) -> None:
            where.update(line=line, what=what)
            send(kind="beat", line=line, what=what.to_data(), setup=what == SETUP_PLACE,
                 progress=f"{shown}: {what.render('en')}")

        checker = LessonChecker(lesson, shown, backend, step_time_limit=STEP_TIME_LIMIT, beat=beat,
                                quiet_steps=quiet_steps, unread_steps=unread_steps)
        try:
            found = checker.run()
        except BaseException as exc:  # noqa: BLE001 - KeyboardInterrupt, SystemExit… from lesson code
            stopped = f"{type(exc).__name__}: {exc}".rstrip(": ")
            found = [*checker.problems,
                     Problem(shown, int(where["line"]), msg("problem.check_stopped", what=where["what"],
                                                            error=stopped))]
        for problem in found:
            send(kind="problem", line=problem.line, message=problem.msg.to_data())
        return checker.steps_run

    def on_event(event: dict[str, Any]) -> None:
        message = Msg.from_data(event.get("message")) if event.get("kind") == "problem" else None
        if message is not None:
            problems.append(Problem(shown, int(event["line"]), message))

    watched = run_watched(work, line=lesson.line, steps=len(lesson.steps), step_limit=STEP_TIME_LIMIT,
                          grace=HARD_LIMIT_GRACE, on_event=on_event, progress=progress)
    if watched.stopped is not None:
        key, values = _STOPPED[watched.stopped]
        what = Msg.from_data(watched.what) or SETTING_UP
        filled = {name: watched.detail if value == "detail" else f"{watched.seconds:g}"
                  for name, value in values.items()}
        problems.append(Problem(shown, watched.line, msg(key, what=what, **filled)))
        return problems, 0
    return problems, int(watched.result or 0)
