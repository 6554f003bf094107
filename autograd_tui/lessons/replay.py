"""Running lesson code: rebuilding a lesson's namespace, and judging a learner's task attempt.

The tutor uses :func:`build_namespace` for resume and ``:reset``, and
:func:`judge_task` after every input the learner runs during a task. ``check`` and
``demo --auto`` use the same functions, so what they prove is what learners get.

What a step leaves in the namespace:

* ``code`` steps run their code;
* ``task`` steps run their solution (a resumed learner continues from the reference state);
* ``quiz`` steps with ``code`` run it (after the answer, the cell runs like a code step);
* ``text`` steps leave nothing.

The lesson's hidden ``setup`` runs first of all.
"""
from __future__ import annotations

import contextlib
import io
import os
import re
import signal
import sys
import tempfile
import threading
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from autograd_tui.evaluator import Result, run_code
from autograd_tui.lessons.model import CodeStep, Lesson, Mistake, QuizStep, Step, TaskStep

LESSON_FILENAME = "<lesson>"       # how lesson code is named in tracebacks
STEP_TIME_LIMIT = 60.0             # seconds; a step that runs longer is stopped by check/demo


def new_namespace() -> dict[str, Any]:
    """An empty module-like namespace, as ``python`` gives a script."""
    return {"__name__": "__main__", "__doc__": None}


def step_source(step: Step) -> str | None:
    """The code a step contributes to the namespace, or ``None`` for steps without code."""
    if isinstance(step, CodeStep):
        return step.code
    if isinstance(step, TaskStep):
        return step.solution
    if isinstance(step, QuizStep) and step.code:
        return step.code
    return None


@dataclass
class Replay:
    """The rebuilt namespace, and the steps whose code failed while replaying (if any)."""

    namespace: dict[str, Any]
    failures: list[tuple[int, Result]] = field(default_factory=list)


def activate_backend(backend: str) -> None:
    """Make ``import torch`` mean the embedded engine or real PyTorch (see ``backend.py``)."""
    from autograd_tui.backend import activate

    activate(backend)


def replay(lesson: Lesson, upto_step_index: int, backend: str = "embedded", *,
           on_step: Callable[[int, Result], None] | None = None,
           step_time_limit: float = 0) -> Replay:
    """Run ``setup`` and every step before ``upto_step_index`` in a fresh namespace.

    Failures are collected, not raised (a resumed learner should still get a namespace).
    ``on_step(index, result)`` is called after each step that ran code (index -1: setup).
    ``step_time_limit`` (seconds, 0 = none) stops a step that runs too long.
    Raises only ``KeyboardInterrupt`` and ``BackendUnavailable``.
    """
    activate_backend(backend)
    namespace = new_namespace()
    done = Replay(namespace)
    if lesson.setup:
        with time_limit(step_time_limit):
            result = run_code(lesson.setup, namespace, filename=LESSON_FILENAME, echo=False)
        if not result.ok:
            done.failures.append((-1, result))
        if on_step is not None:
            on_step(-1, result)
    for step in lesson.steps[: max(0, upto_step_index)]:
        source = step_source(step)
        if source is None:
            continue
        with time_limit(step_time_limit):
            result = run_code(source, namespace, filename=LESSON_FILENAME)
        expected_error = step.raises if isinstance(step, CodeStep) else None
        if not result.ok and result.exc_type != expected_error:
            done.failures.append((step.index, result))
        if on_step is not None:
            on_step(step.index, result)
    return done


def build_namespace(lesson: Lesson, upto_step_index: int, backend: str = "embedded") -> dict[str, Any]:
    """The namespace a learner has when arriving at step ``upto_step_index`` (0-based).

    ``build_namespace(lesson, 0)`` gives the namespace after ``setup`` only. Output of the
    replayed code is discarded; failures are ignored (see :func:`replay` to see them).
    """
    return replay(lesson, upto_step_index, backend).namespace


# ------------------------------------------------------------------------------------------
# Tasks
# ------------------------------------------------------------------------------------------

@dataclass
class Verdict:
    """How a task attempt went: ``passed``, or the first known ``mistake`` it matches."""

    passed: bool
    mistake: Mistake | None = None
    check_error: str | None = None   # why the check itself failed to evaluate (for authors)


def evaluate_expression(expression: str, namespace: dict[str, Any]) -> tuple[Any, str | None]:
    """Evaluate a check/``when`` expression quietly over the namespace.

    Returns ``(value, None)`` or ``(None, "Type: message")``. The namespace is not changed:
    evaluation happens in a shallow copy, with warnings and prints suppressed.
    """
    scope = dict(namespace)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = io.StringIO()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return eval(compile(expression, "<check>", "eval"), scope), None  # noqa: S307 - lesson code is trusted like a script
    except KeyboardInterrupt:
        raise
    except BaseException as exc:  # noqa: BLE001 - a failing check is just "not passed"
        try:
            return None, f"{type(exc).__name__}: {exc}"
        except Exception:  # noqa: BLE001
            return None, type(exc).__name__
    finally:
        sys.stdout, sys.stderr = saved


def _truthy(value: Any) -> bool:
    try:
        return bool(value)
    except Exception:  # noqa: BLE001 - e.g. bool() of a multi-element tensor
        return False


def check_passes(task: TaskStep, namespace: dict[str, Any]) -> tuple[bool, str | None]:
    if task.derivative is not None:
        return False, None  # judged on the learner's typed answer, in judge_task
    value, error = evaluate_expression(task.check, namespace)
    return (error is None and _truthy(value)), error


def mistake_matches(mistake: Mistake, namespace: dict[str, Any], result: Result | None,
                    source: str | None) -> bool:
    """Every condition the mistake gives must hold for this attempt."""
    if mistake.source is not None:
        if source is None or re.search(mistake.source, source, re.MULTILINE) is None:
            return False
    if mistake.error is not None:
        if result is None or result.ok or result.error is None:
            return False
        last_line = result.error.rstrip("\n").rsplit("\n", 1)[-1]
        if re.search(mistake.error, last_line) is None:
            return False
    if mistake.when is not None:
        value, error = evaluate_expression(mistake.when, namespace)
        if error is not None or not _truthy(value):
            return False
    return True


def judge_task(task: TaskStep, namespace: dict[str, Any], result: Result | None = None,
               source: str | None = None) -> Verdict:
    """Decide an attempt: call after running the learner's ``source`` (giving ``result``).

    The check wins; otherwise the first matching known mistake is returned.
    """
    if task.derivative is not None:
        from autograd_tui.lessons.derivative import judge_derivative

        return judge_derivative(task, namespace, result, source)
    passed, error = check_passes(task, namespace)
    if passed:
        return Verdict(True)
    for mistake in task.mistakes:
        if mistake_matches(mistake, namespace, result, source):
            return Verdict(False, mistake, error)
    return Verdict(False, None, error)


# ------------------------------------------------------------------------------------------
# A predictable place to run lessons for `check` and `demo --auto`
# ------------------------------------------------------------------------------------------

class StepTimeLimit(Exception):
    """Raised inside lesson code that runs longer than the time limit."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Interrupt code that runs longer than ``seconds`` (main thread on Unix; else no limit)."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum, _frame):
        raise StepTimeLimit(f"the step ran longer than {seconds:g} seconds and was stopped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def scratch_environment() -> Iterator[str]:
    """A throw-away working folder with ``TORCH_HOME`` inside it, restored afterwards.

    Lessons read and write files (checkpoints, saved tensors) relative to here, so a check
    gives the same result on every machine and leaves nothing behind.
    """
    saved_cwd = os.getcwd()
    saved_home = os.environ.get("TORCH_HOME")
    with tempfile.TemporaryDirectory(prefix="autograd-tui-check-") as folder:
        torch_home = os.path.join(folder, "torch_home")
        os.makedirs(torch_home)
        os.environ["TORCH_HOME"] = torch_home
        os.chdir(folder)
        try:
            yield folder
        finally:
            os.chdir(saved_cwd)
            if saved_home is None:
                os.environ.pop("TORCH_HOME", None)
            else:
                os.environ["TORCH_HOME"] = saved_home


def run_check_setup(lesson: Lesson) -> Result | None:
    """Run the lesson's ``check_setup`` in its own namespace (inside :func:`scratch_environment`)."""
    if not lesson.check_setup:
        return None
    return run_code(lesson.check_setup, new_namespace(), filename="<check_setup>", echo=False)


def filter_output(text: str, patterns: list[str]) -> str:
    """Drop the lines matching any of ``patterns`` (a code step's ``ignore_output_lines``)."""
    if not patterns:
        return text
    compiled = [re.compile(p) for p in patterns]
    kept = [line for line in text.splitlines(True) if not any(p.search(line) for p in compiled)]
    return "".join(kept)
