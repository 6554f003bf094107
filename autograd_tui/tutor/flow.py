"""One lesson, step by step: what each step shows, what Enter and each input mean, and when
progress is saved.

State is small on purpose: the index of the current step and whether that step is finished
(``step_done``). Progress stores ``index + step_done``, the first step not yet completed, so a
resume (or a kill -9) lands on the step after the last one completed, with the namespace rebuilt
by replaying the steps before it.
"""
from __future__ import annotations

import re
import types
from typing import Any

from autograd_tui.evaluator import Result
from autograd_tui.lessons.judging import judge_task
from autograd_tui.lessons.model import CodeStep, Lesson, QuizStep, TaskStep, TextStep
from autograd_tui.lessons.session import replay
from autograd_tui.lessons.steps import per_kind
from autograd_tui.repl.shell import CODE, LINE, Shell
from autograd_tui.tutor.progress import ProgressStore
from autograd_tui.ui.render import fit_toolbar

NEXT_LESSON = "next-lesson"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
HINT_AFTER_FAILURES = 2   # the 2nd failed attempt brings the first hint unasked


def _normalize_code(source: str) -> str:
    """Code compared loosely: typing a code step by hand counts as running it."""
    lines = [re.sub(r"\s+", "", line.split("#", 1)[0]) for line in source.strip().splitlines()]
    return "\n".join(line for line in lines if line)


class LessonController:
    in_lesson = True

    def __init__(self, shell: Shell, lesson: Lesson, store: ProgressStore, *,
                 backend: str = "embedded", next_lesson: Lesson | None = None) -> None:
        self.shell = shell
        self.lesson = lesson
        self.store = store
        self.backend = backend
        self.next_lesson = next_lesson
        self.index = 0
        self.step_done = False
        self.finished = False
        self.was_done = False
        self._reset_step_state()

    # ------------------------------------------------------------------ helpers
    @property
    def ui(self) -> Any:
        return self.shell.ui

    def t(self, key: str, **kw: Any) -> str:
        return self.shell.t(key, **kw)

    @property
    def lang(self) -> str:
        return self.shell.lang

    @property
    def step(self) -> Any:
        return self.lesson.steps[self.index]

    @property
    def total(self) -> int:
        return len(self.lesson.steps)

    def _reset_step_state(self) -> None:
        self.failures = 0
        self.hints_shown = 0
        self.quiz_attempts = 0
        self._names_at_start: set[str] = set()
        self._warned_names: set[str] = set()

    def _text(self, text: Any) -> str:
        return text.get(self.lang) if text is not None else ""

    # ------------------------------------------------------------------ start and resume
    def start(self) -> None:
        saved = self.store.lesson(self.lesson.id)
        start = 0
        if saved is not None:
            self.was_done = saved.done
            if not saved.done:
                start = saved.step
                if saved.step_id is not None:
                    by_id = self.lesson.step_index(saved.step_id)
                    if by_id is not None:
                        start = by_id
        if not self.lesson.steps:  # nothing to show (the loader normally refuses such files)
            self.finished = True
            self.render()
            return
        start = max(0, min(start, self.total - 1))
        self._enter_lesson_at(start, resumed=start > 0)

    def _enter_lesson_at(self, index: int, *, resumed: bool) -> None:
        failures: list[Any] = []

        def build() -> dict[str, Any]:
            done = replay(self.lesson, index, self.backend)
            failures.extend(done.failures)
            return done.namespace

        if resumed:
            self.ui.dim(self.t("lesson.rebuilding"))
        try:
            self.shell.prepare_namespace(build)
        except KeyboardInterrupt:  # a long replay stopped: keep what was rebuilt
            self.ui.warn(self.t("repl.interrupted"))
        self.index = index
        self.step_done = False
        self.finished = False
        self._reset_step_state()
        if resumed:
            self.ui.success(self.t("lesson.resumed", k=index + 1, n=self.total))
        if failures:
            first = failures[0][1]
            error = f"{first.exc_type}: {first.exc_message}" if first.exc_type else "?"
            self.ui.warn(self.t("lesson.replay_failed", error=error))
        self.save()
        self.render()

    # ------------------------------------------------------------------ rendering
    def render(self) -> None:
        if self.finished:
            self._render_finished()
            return
        step = self.step
        self._names_at_start = set(self.shell.namespace)
        kind_label = self.t(f"lesson.kind_{step.kind}")
        title = self.t("lesson.header", title=self.lesson.title.get(self.lang), k=self.index + 1,
                       n=self.total)
        self.ui.line()
        self.ui.rule(f"{title} · {kind_label}")
        _FLOW(step).render(self, step)

    def _render_quiz(self, step: QuizStep) -> None:
        self.ui.markdown(self._text(step.question))
        if step.style == "predict" and step.code:
            self.ui.code(step.code)
            self.ui.dim(self.t("quiz.predict"))
        rows = []
        for letter, choice in zip(LETTERS, step.choices):
            label = choice.label(self.lang).rstrip("\n")
            # text choices are Markdown; code choices are literal output, shown as is
            shown = self.ui.inline_markdown(label) if choice.text is not None else \
                self.ui.verbatim(label)
            rows.append((f"{letter})", shown))
        self.ui.bullet_list(rows)
        if self.step_done:
            self.ui.dim(self.t("lesson.code_ran"))
        else:
            self.ui.dim(self.t("quiz.prompt"))

    def _render_finished(self) -> None:
        self.ui.line()
        self.ui.panel(self.t("lesson.finished", title=self.lesson.title.get(self.lang)),
                      title=self.t("lesson.finished_title"), style="green")
        if self.next_lesson is not None:
            self.ui.info(self.t("lesson.next_offer", title=self.next_lesson.title.get(self.lang)))
        else:
            self.ui.info(self.t("lesson.all_done"))
        self.ui.dim(self.t("lesson.finished_prompt"))

    def redraw(self) -> None:
        self.render()

    def toolbar(self) -> str:
        title = self.lesson.title.get(self.lang)
        if not self.finished:
            title = f"{self.index + 1}/{self.total} {title}"
        return fit_toolbar(self.t("lesson.toolbar_keys"), title, self.ui.width)

    # ------------------------------------------------------------------ moving
    def save(self) -> None:
        step = min(self.index + (1 if self.step_done else 0), self.total)
        done = self.finished or self.was_done
        step_id = self.lesson.steps[step].id if step < self.total else None
        self.store.save_lesson(self.lesson.id, step=0 if self.finished else step, total=self.total,
                               step_id=None if self.finished else step_id, done=done)

    def _finish_step(self) -> None:
        self.step_done = True
        self.save()

    def advance(self) -> None:
        if self.index + 1 >= self.total:
            self.step_done = True
            self.finished = True
            self.save()
            self.render()
            return
        self.index += 1
        self.step_done = False
        self._reset_step_state()
        self.save()
        self.render()

    def _run_lesson_code(self, source: str) -> Result | None:
        """Run code the lesson supplies (a code step, a solution) as if the learner typed it."""
        return self.shell.run(source)

    # ------------------------------------------------------------------ the shell's questions
    def prompt(self) -> tuple[str, str]:
        if not self.finished and _FLOW(self.step).reads_an_answer and not self.step_done:
            return LINE, self.t("quiz.answer_prompt")
        return CODE, ">>> "

    def on_empty(self) -> str | None:
        if self.finished:
            return NEXT_LESSON if self.next_lesson is not None else None
        step = self.step
        if self.step_done:
            self.advance()
        else:
            _FLOW(step).on_empty(self, step)
        return None

    def _run_code_step(self, step: CodeStep) -> None:
        result = self._run_lesson_code(step.code)
        if result is None:
            return  # interrupted: the step stays open, Enter runs it again
        self._finish_step()
        self.ui.dim(self.t("lesson.code_ran"))

    def after_run(self, source: str, result: Result) -> str | None:
        if self.finished:
            self.shell.explain(result)
            return None
        step = self.step
        self._check_namespace_health()
        if self.step_done:
            self.shell.explain(result)
        else:
            _FLOW(step).after_run(self, step, source, result)
        return None

    def _judge(self, step: TaskStep, source: str, result: Result) -> None:
        verdict = judge_task(step, self.shell.namespace, result, source)
        if verdict.passed:
            if step.success is not None:
                self.ui.note(self.t("lesson.task_pass") + " " + self._text(step.success),
                             style="bold green")
            else:
                self.ui.success(self.t("lesson.task_pass"))
            self.step_done = True
            self.advance()
            return
        self.failures += 1
        if verdict.mistake is not None:
            # why: the lesson's targeted message says more than the generic error note
            self.ui.note(self._text(verdict.mistake.message))
            return
        self.shell.explain(result)
        self._explain_check_error(verdict.check_error)
        if self.failures >= HINT_AFTER_FAILURES and self.hints_shown < len(step.hints):
            self._show_hint(step)
        elif result.ok:
            self.ui.info(self.t("lesson.task_fail"))

    def _explain_check_error(self, error: str | None) -> None:
        """A check that fails on a name the learner had (and lost) gets a plain sentence."""
        if not error:
            return
        m = re.match(r"NameError: name '(\w+)' is not defined", error)
        if m and m.group(1) in self._names_at_start and m.group(1) not in self._warned_names:
            self._warned_names.add(m.group(1))
            self.ui.warn(self.t("lesson.name_missing", name=m.group(1)))

    def _check_namespace_health(self) -> None:
        ns = self.shell.namespace
        if "torch" in self._names_at_start and "torch" not in self._warned_names:
            value = ns.get("torch")
            if not (isinstance(value, types.ModuleType) and
                    getattr(value, "__name__", "").split(".")[0] in ("torch", "autograd_tui")):
                self._warned_names.add("torch")
                self.ui.warn(self.t("lesson.torch_rebound"))

    def _show_hint(self, step: TaskStep) -> None:
        if not step.hints:
            self.ui.info(self.t("lesson.no_hints"))
            return
        if self.hints_shown >= len(step.hints):
            self.ui.info(self.t("lesson.no_more_hints"))
            return
        k = self.hints_shown
        self.hints_shown += 1
        prefix = self.t("lesson.hint", k=k + 1, n=len(step.hints)).strip()
        self.ui.note(f"**{prefix}** {step.hints[k].get(self.lang)}", style="cyan")

    # ------------------------------------------------------------------ quiz answers
    def on_line(self, text: str) -> str | None:
        step = self.step
        if self.step_done:
            return None
        return _FLOW(step).on_line(self, step, text)

    def _answer_quiz(self, step: QuizStep, text: str) -> str | None:
        if not text:
            self.ui.dim(self.t("quiz.prompt"))
            return None
        choice = self._parse_choice(step, text)
        letters = ", ".join(LETTERS[: len(step.choices)])
        if choice is None:
            self.ui.info(self.t("quiz.invalid", letters=letters))
            return None
        self.quiz_attempts += 1
        if choice.id == step.answer:
            self.ui.success(self.t("quiz.correct"))
            self._reveal(step, say_answer=False)
            self.advance()
        elif self.quiz_attempts >= 2:
            self.ui.warn(self.t("quiz.wrong_final"))
            self._reveal(step, say_answer=True)
            self.advance()
        else:
            self.ui.warn(self.t("quiz.wrong"))
        return None

    @staticmethod
    def _parse_choice(step: QuizStep, text: str) -> Any:
        answer = text.strip().lower().rstrip(").")
        for i, choice in enumerate(step.choices):
            if answer in (LETTERS[i], str(i + 1), choice.id.lower()):
                return choice
        return None

    def _reveal(self, step: QuizStep, *, say_answer: bool) -> None:
        if say_answer:
            for letter, choice in zip(LETTERS, step.choices):
                if choice.id != step.answer:
                    continue
                label = choice.label(self.lang).strip()
                if choice.text is not None:
                    label = label.rstrip(".")  # the sentence ends with its own full stop
                    self.ui.note(self.t("quiz.answer_was", choice=f"{letter}) {label}"),
                                 style="cyan")
                else:  # literal output: name the letter, then show it untouched
                    self.ui.info(self.t("quiz.answer_was", choice=f"{letter})"))
                    self.ui.print(self.ui.verbatim(label))
        if step.explanation is not None:
            self.ui.markdown(self._text(step.explanation))
        if step.code:  # the quiz's cell runs after the answer, as replay assumes
            self.ui.dim(self.t("quiz.actual_output"))
            self._run_lesson_code(step.code)
        self.step_done = True

    # ------------------------------------------------------------------ commands
    def cmd_next(self, arg: str = "") -> str | None:
        if self.finished:
            if self.next_lesson is not None:
                return NEXT_LESSON  # :next after the last step opens the next lesson
            self.ui.info(self.t("lesson.all_done"))
            return None
        step = self.step
        if self.step_done:
            self.advance()
        else:
            _FLOW(step).next(self, step)
        return None

    def cmd_back(self, arg: str = "") -> None:
        if self.finished:
            self.finished = False
            self.index = self.total - 1
        elif self.index == 0:
            self.ui.info(self.t("lesson.first_step"))
            return None
        else:
            self.index -= 1
        self._reset_step_state()
        self.step_done = True  # it was completed before; Enter moves on, typing re-runs
        self.save()
        self.render()
        return None

    def cmd_hint(self, arg: str = "") -> None:
        if self.finished:
            self.ui.info(self.t("lesson.no_hints"))
        else:
            _FLOW(self.step).hint(self, self.step)
        return None

    def cmd_solution(self, arg: str = "") -> None:
        if self.finished:
            self.ui.info(self.t("lesson.no_solution"))
        else:
            _FLOW(self.step).solution(self, self.step)
        return None

    def cmd_skip(self, arg: str = "") -> str | None:
        if self.finished:
            return self.cmd_next()
        step = self.step
        if self.step_done:
            self.advance()
            return None
        return _FLOW(step).skip(self, step)

    def reset(self) -> None:
        self.was_done = self.was_done or self.finished
        self.ui.info(self.t("lesson.reset_done"))
        self._enter_lesson_at(0, resumed=False)


# ------------------------------------------------------------------------------------------
# One handler per step kind: what the tutor does with a step that is not finished yet
# ------------------------------------------------------------------------------------------

class StepFlow:
    """How the lesson flow treats one kind of step while it is open; the defaults suit a step
    that needs nothing from the learner."""

    reads_an_answer = False   # the prompt takes a typed answer (a quiz), not code

    def render(self, c: LessonController, step: Any) -> None:
        raise NotImplementedError

    def on_empty(self, c: LessonController, step: Any) -> None:
        """Enter on an empty prompt."""

    def after_run(self, c: LessonController, step: Any, source: str, result: Result) -> None:
        """The learner ran ``source``."""
        c.shell.explain(result)

    def on_line(self, c: LessonController, step: Any, text: str) -> str | None:
        return None

    def next(self, c: LessonController, step: Any) -> None:
        """``:next``."""
        c.advance()

    def hint(self, c: LessonController, step: Any) -> None:
        c.ui.info(c.t("lesson.no_hints"))

    def solution(self, c: LessonController, step: Any) -> None:
        c.ui.info(c.t("lesson.no_solution"))

    def skip(self, c: LessonController, step: Any) -> str | None:
        c.advance()
        return None


class TextFlow(StepFlow):
    def render(self, c: LessonController, step: TextStep) -> None:
        c.ui.markdown(c._text(step.text))
        c.ui.dim(c.t("lesson.text_continue"))

    def on_empty(self, c: LessonController, step: TextStep) -> None:
        c.advance()


class CodeFlow(StepFlow):
    def render(self, c: LessonController, step: CodeStep) -> None:
        if step.text is not None:
            c.ui.markdown(c._text(step.text))
        c.ui.code(step.code)
        c.ui.dim(c.t("lesson.code_ran" if c.step_done else "lesson.code_run"))

    def on_empty(self, c: LessonController, step: CodeStep) -> None:
        c._run_code_step(step)

    def after_run(self, c: LessonController, step: CodeStep, source: str, result: Result) -> None:
        c.shell.explain(result)
        if _normalize_code(source) == _normalize_code(step.code):   # typed by hand: it ran
            c._finish_step()
            c.ui.dim(c.t("lesson.code_ran"))

    def next(self, c: LessonController, step: CodeStep) -> None:
        result = c._run_lesson_code(step.code)
        if result is not None:
            c.step_done = True
            c.advance()

    def solution(self, c: LessonController, step: CodeStep) -> None:
        c.ui.code(step.code, title=c.t("lesson.solution_title"))

    def skip(self, c: LessonController, step: CodeStep) -> str | None:
        return c.cmd_next()


class TaskFlow(StepFlow):
    def render(self, c: LessonController, step: TaskStep) -> None:
        c.ui.markdown(c._text(step.prompt))
        c.ui.dim(c.t("lesson.code_ran" if c.step_done else "lesson.task_instructions"))

    def on_empty(self, c: LessonController, step: TaskStep) -> None:
        c.ui.dim(c.t("lesson.task_instructions"))

    def after_run(self, c: LessonController, step: TaskStep, source: str, result: Result) -> None:
        c._judge(step, source, result)

    def next(self, c: LessonController, step: TaskStep) -> None:
        c.ui.info(c.t("lesson.task_open"))

    def hint(self, c: LessonController, step: TaskStep) -> None:
        c._show_hint(step)

    def solution(self, c: LessonController, step: TaskStep) -> None:
        c.ui.code(step.solution, title=c.t("lesson.solution_title"))
        if not c.step_done:
            c.ui.dim(c.t("lesson.solution_note"))

    def skip(self, c: LessonController, step: TaskStep) -> str | None:
        c.ui.code(step.solution, title=c.t("lesson.solution_title"))
        result = c._run_lesson_code(step.solution)
        if result is None:
            return None
        c.ui.info(c.t("lesson.skipped"))
        c.step_done = True
        c.advance()
        return None


class QuizFlow(StepFlow):
    reads_an_answer = True

    def render(self, c: LessonController, step: QuizStep) -> None:
        c._render_quiz(step)

    def on_line(self, c: LessonController, step: QuizStep, text: str) -> str | None:
        return c._answer_quiz(step, text)

    def next(self, c: LessonController, step: QuizStep) -> None:
        c.ui.info(c.t("lesson.quiz_open"))

    def solution(self, c: LessonController, step: QuizStep) -> None:
        if not c.step_done:
            c._reveal(step, say_answer=True)
            c.save()
            c.ui.dim(c.t("lesson.code_ran"))

    def skip(self, c: LessonController, step: QuizStep) -> str | None:
        c._reveal(step, say_answer=True)
        c.advance()
        return None


_FLOW: per_kind[StepFlow] = per_kind({
    TextStep: TextFlow(), CodeStep: CodeFlow(), TaskStep: TaskFlow(), QuizStep: QuizFlow()})
