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
import json
import os
import re
import select
import shutil
import signal
import tempfile
import threading
import time
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Callable, Iterator, NoReturn

from autograd_tui import i18n
from autograd_tui.backend import activate
from autograd_tui.evaluator import Result, run_code
from autograd_tui.lessons.model import Lesson, Step
from autograd_tui.lessons.steps import expected_error, step_source

LESSON_FILENAME = "<lesson>"       # how lesson code is named in tracebacks
STEP_TIME_LIMIT = 60.0             # seconds; a step that runs longer is stopped by check/demo
CHECK_SETUP_TIME_FACTOR = 5        # check_setup may take this many step limits (it builds files)
FILE_TIME_FACTOR = 10              # a whole file may take this many step limits (at least), then it is stopped
HARD_LIMIT_GRACE = 5.0             # seconds a child gets past its own soft limit before it is killed
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
                 on_step: Callable[[int, Result], None] | None = None, lang: str = "en",
                 watch: Callable[..., None] | None = None) -> None:
        self.lesson = lesson
        self.backend = backend
        self.lang = lang
        self.scratch = scratch
        self.step_time_limit = step_time_limit
        self.on_step = on_step
        # why: told before each piece of code runs (its file line, "setup" or the step), so a
        # watching parent process knows where a hang is (see :func:`run_watched`)
        self.watch = watch or (lambda line, what, step=None: None)
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
            if (self.scratch and self.lesson.check_setup) or self.lesson.setup:
                self.watch(self.lesson.lines.get("setup", self.lesson.lines.get("check_setup", 1)), "setup")
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
    def run(self, source: str, namespace: dict[str, Any] | None = None, *, step: Step | None = None) -> Result:
        """Run lesson code (in the run's namespace unless another is given), time-limited;
        ``step``, when given, is the step the code belongs to (for :attr:`watch`)."""
        if step is not None:
            self.watch(step.line, f"step '{step.id}'", step.id)
        self.code_runs += 1
        with time_limit(self.step_time_limit, self.lang):
            return run_code(source, self.namespace if namespace is None else namespace,
                            filename=LESSON_FILENAME)

    def step(self, step: Step) -> Result | None:
        """Run what ``step`` leaves in the namespace; ``None`` for a step without code."""
        source = step_source(step)
        if source is None:
            return None
        result = self.run(source, step=step)
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


# ------------------------------------------------------------------------------------------
# A lesson run in a child process, under a hard limit
# ------------------------------------------------------------------------------------------

def can_isolate() -> bool:
    """Whether lesson runs can go to a child process (``os.fork``; not on Windows)."""
    return hasattr(os, "fork")


def prepare_children(backend: str) -> None:
    """Load the engine once in the parent, so each child inherits it instead of importing it
    (a second or so on a busy machine, inside the first step's time limit)."""
    import importlib

    activate(backend)
    importlib.import_module("torch")


@dataclass
class Watched:
    """What became of work run by :func:`run_watched`.

    ``stopped`` is None when the work finished (``result`` is what it returned), else why the
    child was stopped or ended early: ``"step_time"``, ``"file_time"``, ``"fork"``, ``"pipe"``,
    ``"signal"`` (``detail``: its name), ``"exit"`` (``detail``: the status), ``"cut_off"`` (the
    child could not report), or ``"raised"`` (``detail``: the exception that escaped the work).
    ``line``/``what``/``step`` say where the child was: the last piece of code it announced.
    """

    stopped: str | None = None
    detail: str = ""
    result: Any = None
    line: int = 0
    what: Any = "setting up"   # as the beat sent it: a word, or a checker's place as message data
    step: str | None = None
    seconds: float = 0.0

    def describe(self, where: str, lang: str) -> str:
        """``FILE:LINE: what happened`` in ``lang`` (``where`` is the file as shown)."""
        at = (i18n.t("session.at_step", lang, step=self.step) if self.step is not None
              else i18n.t("session.at_setup", lang))
        return i18n.t(f"session.stopped_{self.stopped}", lang, where=f"{where}:{self.line}", at=at,
                      seconds=f"{self.seconds:g}", detail=self.detail)


_CANNOT_REPORT = 70   # the child's exit status when it could not write to its parent


def run_watched(work: Callable[[Callable[..., None]], Any], *, line: int, steps: int, step_limit: float,
                grace: float, on_event: Callable[[dict[str, Any]], None] | None = None,
                progress: Callable[[str], None] | None = None) -> Watched:
    """Run ``work(send)`` in a forked child and watch it; whatever the child does, come back.

    The child calls ``send(kind=..., **fields)`` to report: ``kind="beat"`` (``line``, ``what``,
    ``step``; a :class:`LessonRun`'s ``watch``) before each piece of code, anything else is
    passed to ``on_event`` in the parent as it arrives. What ``work`` returns (JSON) comes back
    as :attr:`Watched.result`. The parent kills the child's whole process group when a beat is
    late (``step_limit`` plus ``grace``, whatever the code does with signals or exceptions, or
    if it stopped itself) or the work runs past its file limit (``FILE_TIME_FACTOR`` step
    limits, or one per step, plus ``grace``); ``line`` is where the work starts.
    """
    step_deadline = step_limit * CHECK_SETUP_TIME_FACTOR + grace
    file_limit = max(step_limit * FILE_TIME_FACTOR, step_limit * steps) + grace
    # why: a child that is killed (or ends itself with os._exit) never cleans up its scratch
    # folders, so it makes them inside one the parent removes once the child is gone
    child_temp = tempfile.mkdtemp(prefix="autograd-tui-run-")
    try:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
    except BaseException:
        shutil.rmtree(child_temp, ignore_errors=True)
        raise
    if pid == 0:   # the child never returns from here
        os.close(read_fd)
        tempfile.tempdir = child_temp
        _child_main(work, write_fd)
    os.close(write_fd)
    watched = Watched(line=line)
    done = False
    started = time.monotonic()
    beat_at = started
    buffer = b""
    try:
        while watched.stopped is None:
            now = time.monotonic()
            wait = min(beat_at + step_deadline, started + file_limit) - now
            if wait <= 0:
                per_step = beat_at + step_deadline <= started + file_limit
                watched.stopped = "step_time" if per_step else "file_time"
                watched.seconds = step_limit if per_step else file_limit
                break
            ready, _, _ = select.select([read_fd], [], [], wait)
            if not ready:
                continue
            chunk = os.read(read_fd, 65536)
            if not chunk:
                # every writer is gone: the child ended, or its code closed the pipe
                if not done and not _ends_soon(pid):
                    watched.stopped = "pipe"
                break
            buffer += chunk
            *lines, buffer = buffer.split(b"\n")
            for raw in lines:
                try:
                    event = json.loads(raw)
                except ValueError:
                    continue
                if event.get("pid") != pid:
                    watched.stopped = "fork"
                    with contextlib.suppress(OSError, TypeError, ValueError):
                        os.kill(int(event["pid"]), signal.SIGKILL)   # it may have left the group
                    break
                kind = event.pop("kind", None)
                if kind == "beat":
                    beat_at = time.monotonic()
                    watched.line, watched.what = int(event["line"]), event["what"]
                    watched.step = event.get("step")
                    if progress is not None:
                        progress(str(event.get("progress") or watched.what))
                    # the set-up may build files: it gets check_setup's longer limit
                    factor = CHECK_SETUP_TIME_FACTOR if event.get("setup") or watched.what == "setup" else 1
                    step_deadline = step_limit * factor + grace
                elif kind == "done":
                    watched.result = event.get("result")
                    done = True
                elif kind == "raised":
                    watched.stopped, watched.detail = "raised", str(event.get("error", ""))
                elif on_event is not None:
                    on_event({"kind": kind, **event})
    finally:
        os.close(read_fd)
        with contextlib.suppress(OSError):
            os.killpg(pid, signal.SIGKILL)   # the child and anything it started
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        shutil.rmtree(child_temp, ignore_errors=True)
    if watched.stopped is None and not done:
        if os.WIFSIGNALED(status):
            watched.stopped, watched.detail = "signal", _signal_name(os.WTERMSIG(status))
        elif os.WIFEXITED(status) and os.WEXITSTATUS(status) == _CANNOT_REPORT:
            watched.stopped = "cut_off"
        else:
            watched.stopped = "exit"
            watched.detail = str(os.WEXITSTATUS(status) if os.WIFEXITED(status) else status)
    return watched


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


def _child_main(work: Callable[[Callable[..., None]], Any], fd: int) -> NoReturn:
    """The child's whole life: do the work, report through ``fd``, leave with ``os._exit``."""
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

        try:
            result = work(send)
        except BaseException as exc:  # noqa: BLE001 - KeyboardInterrupt, SystemExit… from lesson code
            send(kind="raised", error=f"{type(exc).__name__}: {exc}".rstrip(": "))
        else:
            send(kind="done", result=result)
    except BaseException:  # noqa: BLE001 - the parent reports the missing "done"
        code = _CANNOT_REPORT
    os._exit(code)
