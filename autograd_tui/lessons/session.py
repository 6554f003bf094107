"""Running a lesson: the one place that sets a lesson up and runs its steps.

Every consumer runs a lesson through :class:`LessonRun`: ``check``, the recording of outputs,
``demo --auto``, the Markdown export, and the tutor's replay (resume, ``:reset``, the demo's
step back). So what ``check`` proves is what learners get.

Setting up: in a *scratch* run (``check``, recording, transcripts, exports) the lesson runs in
a throw-away folder with its ``check_setup`` first; then, in every run, a fresh namespace and
the lesson's hidden ``setup``. Each piece of code may be given a time limit.

The failure policy is the same for all: code that fails is *recorded* in
:attr:`LessonRun.failures`, never raised, and the run goes on; what to make of a failure (a
problem in ``check``, a note in a recording, a warning on resume) is the consumer's choice.
A step whose code raises exactly its ``raises:`` has not failed. Only ``KeyboardInterrupt``
and :class:`~autograd_tui.backend.BackendUnavailable` escape.

What a step leaves in the namespace is :func:`~autograd_tui.lessons.steps.step_source`.

A run speaks one language (``lang``): drawings that lesson code asks for (``viz.show_graph``)
come out in it, which is why a code step may record one output per language.
"""
from __future__ import annotations

import contextlib
import os
import re
import signal
import tempfile
import threading
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Callable, Iterator

from autograd_tui import i18n
from autograd_tui.backend import activate
from autograd_tui.evaluator import Result, run_code
from autograd_tui.lessons.model import Lesson, Step
from autograd_tui.lessons.steps import expected_error, step_source

LESSON_FILENAME = "<lesson>"       # how lesson code is named in tracebacks
STEP_TIME_LIMIT = 60.0             # seconds; a step that runs longer is stopped by check/demo
CHECK_SETUP_TIME_FACTOR = 5        # check_setup may take this many step limits (it builds files)
SETUP = -1                         # the index under which a failing ``setup`` is recorded
CHECK_SETUP = -2                   # … and a failing ``check_setup``


def new_namespace() -> dict[str, Any]:
    """An empty module-like namespace, as ``python`` gives a script."""
    return {"__name__": "__main__", "__doc__": None}


class LessonRun:
    """One run of a lesson: set up on entering, then step by step.

    ``with LessonRun(lesson, backend, scratch=True) as run: run.step(step)`` …; ``run.namespace``
    is the learner's namespace, ``run.failures`` the ``(step index, result)`` of every piece of
    code that failed (:data:`SETUP`, :data:`CHECK_SETUP` for the set-up code).
    """

    def __init__(self, lesson: Lesson, backend: str = "embedded", *, scratch: bool = False,
                 step_time_limit: float = 0.0,
                 on_step: Callable[[int, Result], None] | None = None, lang: str = "en") -> None:
        self.lesson = lesson
        self.backend = backend
        self.lang = lang
        self.scratch = scratch
        self.step_time_limit = step_time_limit
        self.on_step = on_step
        self.namespace: dict[str, Any] = new_namespace()
        self.failures: list[tuple[int, Result]] = []
        self.check_setup_result: Result | None = None
        self.setup_result: Result | None = None
        self.code_runs = 0
        self._stack = contextlib.ExitStack()

    # -------------------------------------------------------------- setting up
    def __enter__(self) -> LessonRun:
        try:
            if self.scratch:
                self._stack.enter_context(scratch_environment())
            activate(self.backend)
            self._stack.enter_context(i18n.speaking(self.lang))
            if self.scratch and self.lesson.check_setup:
                with time_limit(self.step_time_limit * CHECK_SETUP_TIME_FACTOR, self.lang):
                    self.check_setup_result = run_code(self.lesson.check_setup, new_namespace(),
                                                       filename="<check_setup>", echo=False)
                if not self.check_setup_result.ok:
                    self.failures.append((CHECK_SETUP, self.check_setup_result))
            if self.lesson.setup:
                with time_limit(self.step_time_limit, self.lang):
                    self.setup_result = run_code(self.lesson.setup, self.namespace,
                                                 filename=LESSON_FILENAME, echo=False)
                if not self.setup_result.ok:
                    self.failures.append((SETUP, self.setup_result))
                if self.on_step is not None:
                    self.on_step(SETUP, self.setup_result)
        except BaseException:
            self._stack.close()
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._stack.close()

    @property
    def check_setup_failed(self) -> bool:
        return self.check_setup_result is not None and not self.check_setup_result.ok

    # -------------------------------------------------------------- running
    def run(self, source: str, namespace: dict[str, Any] | None = None) -> Result:
        """Run lesson code (in the run's namespace unless another is given), time-limited."""
        self.code_runs += 1
        with time_limit(self.step_time_limit, self.lang):
            return run_code(source, self.namespace if namespace is None else namespace,
                            filename=LESSON_FILENAME)

    def step(self, step: Step) -> Result | None:
        """Run what ``step`` leaves in the namespace; ``None`` for a step without code."""
        source = step_source(step)
        if source is None:
            return None
        result = self.run(source)
        if not result.ok and result.exc_type != expected_error(step):
            self.failures.append((step.index, result))
        if self.on_step is not None:
            self.on_step(step.index, result)
        return result

    def failure_of(self, index: int) -> Result | None:
        return next((result for i, result in self.failures if i == index), None)

    def play(self, upto_step_index: int | None = None) -> None:
        """Run every step before ``upto_step_index`` (all of them when ``None``)."""
        steps = self.lesson.steps if upto_step_index is None else self.lesson.steps[: max(0, upto_step_index)]
        for step in steps:
            self.step(step)


# ------------------------------------------------------------------------------------------
# Replay: the namespace a learner has on arriving at a step
# ------------------------------------------------------------------------------------------

@dataclass
class Replay:
    """The rebuilt namespace, and the steps whose code failed while replaying (if any).

    ``complete`` is False when the replay was interrupted (Ctrl-C, or lesson code that raised
    ``KeyboardInterrupt``): the namespace then holds only what ran before, and the last
    failure says so, so whoever shows it can offer ``:reset`` to try again.
    """

    namespace: dict[str, Any]
    failures: list[tuple[int, Result]] = field(default_factory=list)
    complete: bool = True


REPLAY_INTERRUPTED = "the replay was interrupted, so the earlier steps were not rebuilt"


def replay(lesson: Lesson, upto_step_index: int, backend: str = "embedded", *,
           on_step: Callable[[int, Result], None] | None = None,
           step_time_limit: float = 0) -> Replay:
    """Run ``setup`` and every step before ``upto_step_index`` in a fresh namespace.

    ``on_step(index, result)`` is called after each step that ran code (index -1: setup).
    ``step_time_limit`` (seconds, 0 = none) stops a step that runs too long. An interruption
    never escapes half-way: it comes back as an incomplete :class:`Replay`.
    """
    run = LessonRun(lesson, backend, step_time_limit=step_time_limit, on_step=on_step)
    reached = SETUP
    try:
        with run:
            steps = lesson.steps[: max(0, upto_step_index)]
            for step in steps:
                reached = step.index
                run.step(step)
    except KeyboardInterrupt:
        stopped = Result(error=f"KeyboardInterrupt: {REPLAY_INTERRUPTED}\n", exc_type="KeyboardInterrupt",
                         exc_message=REPLAY_INTERRUPTED)
        return Replay(run.namespace, [*run.failures, (reached, stopped)], complete=False)
    return Replay(run.namespace, run.failures)


def build_namespace(lesson: Lesson, upto_step_index: int, backend: str = "embedded") -> dict[str, Any]:
    """The namespace a learner has when arriving at step ``upto_step_index`` (0-based).

    ``build_namespace(lesson, 0)`` gives the namespace after ``setup`` only. Output of the
    replayed code is discarded; failures are ignored (see :func:`replay` to see them).
    """
    return replay(lesson, upto_step_index, backend).namespace


# ------------------------------------------------------------------------------------------
# A predictable place to run lessons for `check` and `demo --auto`
# ------------------------------------------------------------------------------------------

class StepTimeLimit(Exception):
    """Raised inside lesson code that runs longer than the time limit."""


# why: tracebacks name an exception by its module unless it is a builtin; a lesson author or a
# learner should read "StepTimeLimit: …", not the tutor's internal module path
StepTimeLimit.__module__ = "builtins"


@contextlib.contextmanager
def time_limit(seconds: float, lang: str = "en") -> Iterator[None]:
    """Interrupt code that runs longer than ``seconds`` (main thread on Unix; else no limit),
    saying so in ``lang``: the words end up in a Turkish transcript or export too."""
    if seconds <= 0 or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum: int, _frame: Any) -> None:
        raise StepTimeLimit(i18n.t("session.time_limit", lang, seconds=f"{seconds:g}"))

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


def filter_output(text: str, patterns: list[str]) -> str:
    """Drop the lines matching any of ``patterns`` (a code step's ``ignore_output_lines``)."""
    if not patterns:
        return text
    compiled = [re.compile(p) for p in patterns]
    kept = [line for line in text.splitlines(True) if not any(p.search(line) for p in compiled)]
    return "".join(kept)
