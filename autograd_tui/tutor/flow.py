"""One lesson, step by step: what each step shows, what Enter and each input mean, and when
progress is saved.

State is small on purpose: the index of the current step and whether that step is finished
(``step_done``). Progress stores ``index + step_done``, the first step not yet completed, so a
resume (or a kill -9) lands on the step after the last one completed, with the namespace rebuilt
by replaying the steps before it. "Done" is kept apart from that position and never taken back.

A task is judged as a teacher would: success is noticed after any line, but a failure is named
only when it is certain (the line raised, or a known mistake concerns that line) or when the
learner asks with ``:check``. Hints come only on ``:hint``.
"""
from __future__ import annotations

import ast
import re
import types
from dataclasses import dataclass, field
from typing import Any

from autograd_tui.evaluator import Result
from autograd_tui.lessons.judging import PLAIN_MISTAKES, acts_on, check_passes, judge_task
from autograd_tui.lessons.model import CodeStep, Heading, Lesson, Mistake, QuizStep, TaskStep, TextStep
from autograd_tui.lessons.session import REPLAY_INTERRUPTED, replay
from autograd_tui.lessons.steps import per_kind, step_source
from autograd_tui.repl.multiline import looks_like_code
from autograd_tui.repl.shell import CODE, LINE, Shell
from autograd_tui.tutor.progress import ProgressStore, progress_bar
from autograd_tui.ui.render import fit_toolbar

NEXT_LESSON = "next-lesson"
LETTERS = "abcdefghijklmnopqrstuvwxyz"
OFFER_HINT_AFTER_CHECKS = 3   # failed :checks after which a hint is offered (never shown)


def statements(source: str) -> list[tuple[str, str]]:
    """The top-level statements of ``source``: (their AST, compared by :func:`ast.dump`, and
    their text). Typed code counts as a step's code when the trees match, whatever the spacing
    or comments."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    lines = source.splitlines()
    out = []
    for stmt in tree.body:
        first = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
        last = stmt.end_lineno or stmt.lineno
        out.append((ast.dump(stmt), "\n".join(lines[first - 1:last])))
    return out


@dataclass
class LessonStats:
    """What the end screen tells: how each task was solved, hints used, quizzes on first try.

    Each step counts once, by its first outcome, so going back and redoing does not inflate it.
    """

    tasks: dict[str, bool] = field(default_factory=dict)      # step id -> solved without help
    hints: dict[str, int] = field(default_factory=dict)       # step id -> hints shown
    quizzes: dict[str, bool] = field(default_factory=dict)    # step id -> right on first try

    @classmethod
    def from_saved(cls, saved: dict[str, dict[str, Any]]) -> LessonStats:
        return cls(tasks=dict(saved.get("tasks", {})), hints=dict(saved.get("hints", {})),
                   quizzes=dict(saved.get("quizzes", {})))

    def to_saved(self) -> dict[str, dict[str, Any]]:
        return {"tasks": dict(self.tasks), "hints": dict(self.hints), "quizzes": dict(self.quizzes)}


class LessonController:
    in_lesson = True

    def __init__(self, shell: Shell, lesson: Lesson, store: ProgressStore, *,
                 backend: str = "embedded", next_lesson: Any = None,
                 course: list[Heading] | None = None) -> None:
        self.shell = shell
        self.lesson = lesson
        self.store = store
        self.backend = backend
        self.course = course            # every lesson, in menu order, when known
        self.next_lesson = next_lesson  # the lesson Enter opens at the end (re-chosen there)
        self.index = 0
        self.step_done = False
        self.finished = False
        self.was_done = False
        self.stats = LessonStats()
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
        self.failed_checks = 0
        self.hints_shown = 0
        self.quiz_attempts = 0
        self.solution_seen = False
        self.typed: list[str] = []              # what the learner ran during this step
        self.last_result: Result | None = None
        self._last_mistake: str | None = None     # said after the previous line
        self.ran: set[int] = set()              # a code step's statements already run
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
            self.stats = LessonStats.from_saved(saved.stats)  # what earlier sessions earned
            start = saved.step   # the position, kept apart from "done"
            if saved.step_id is not None:
                by_id = self.lesson.step_index(saved.step_id)
                if by_id is not None:
                    start = by_id
        if not self.lesson.steps:  # nothing to show (the loader normally refuses such files)
            self.finished = True
            self.render()
            return
        start = max(0, min(start, self.total - 1))   # a finished lesson is saved at step 0
        self._enter_lesson_at(start, resumed=start > 0)

    def _enter_lesson_at(self, index: int, *, resumed: bool) -> None:
        failures: list[Any] = []
        interrupted = [False]   # Ctrl-C, or a step raising KeyboardInterrupt, cut the replay

        def build() -> dict[str, Any]:
            done = replay(self.lesson, index, self.backend)
            failures.extend(done.failures)
            interrupted[0] = not done.complete
            return done.namespace

        if resumed:
            self.ui.dim(self.t("lesson.rebuilding"))
        try:
            self.shell.prepare_namespace(build)
        except KeyboardInterrupt:  # a long replay stopped: keep what was rebuilt
            interrupted[0] = True
        self._tell_replayed(index, failures, interrupted[0])
        if interrupted[0] and not any(r.exc_type == "KeyboardInterrupt" for _, r in failures):
            failures.append((index, Result(exc_type="KeyboardInterrupt",
                                           exc_message=REPLAY_INTERRUPTED)))
        self.index = index
        self.step_done = False
        self.finished = False
        self._reset_step_state()
        # why: hints seen before quitting stay seen (a resume started again at hint 1/N); a lesson
        # done before starts over, its stats being those of the earlier run
        if not self.was_done:
            self.hints_shown = min(self.stats.hints.get(self.step.id, 0), len(getattr(self.step, "hints", ())))
        if resumed and not interrupted[0]:
            self.ui.success(self.t("lesson.resumed", k=index + 1, n=self.total))
        if interrupted[0]:   # the interruption is the news, not an earlier step's failure
            failures.sort(key=lambda failure: failure[1].exc_type != "KeyboardInterrupt")
        if failures:
            self.ui.warn(self.t("lesson.replay_failed", error=self._replay_error(failures[0][1])))
        self.save()
        self.render()

    def _tell_replayed(self, index: int, failures: list[Any], interrupted: bool = False) -> None:
        """The code that rebuilt the namespace (setup and the steps before ``index``), for the
        shell's watchers: ``:graph`` names constants from it as from typed code. Only code that
        ran to its end is told: not a failed step, nor anything from where a replay was cut."""
        cut = [i for i, result in failures if result.exc_type == "KeyboardInterrupt"]
        if interrupted and not cut:
            return   # stopped somewhere unknown
        upto = min(cut, default=index)
        failed = {i for i, _ in failures}
        sources = [] if -1 in failed or upto < 0 else [self.lesson.setup or ""]
        sources += [step_source(step) or "" for k, step in enumerate(self.lesson.steps[:max(0, upto)])
                    if k not in failed]
        self.shell.replayed([source for source in sources if source])

    def _replay_error(self, first: Result) -> str:
        if not first.exc_type:
            return "?"
        message = first.exc_message
        if message == REPLAY_INTERRUPTED:   # the engine's words; the learner reads their own
            message = self.t("lesson.replay_interrupted")
        return f"{first.exc_type}: {message}"

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
        question = self._text(step.question)
        if question:
            self.ui.markdown(question)
        if step.style == "predict" and step.code:
            self.ui.code(step.code)
            if not question:  # one question line: the lesson's own, else ours
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
        if self.lesson.recap is not None:
            self.ui.rule(self.t("lesson.recap_title"))
            self.ui.markdown(self._text(self.lesson.recap))
        self.ui.info(self._stats_line())
        done, total = self._course_progress()
        if total:
            self.ui.info(self.t("lesson.course_progress", done=done, total=total,
                                bar=progress_bar(done, total)))
        self._choose_next_lesson()
        self._say_where_next()
        self.ui.dim(self.t("lesson.finished_prompt"))

    def _say_where_next(self) -> None:
        done, total = self._course_progress()
        if self.next_lesson is not None:
            self.ui.info(self.t("lesson.next_offer", title=self.next_lesson.title.get(self.lang)))
        elif total and done < total:
            self.ui.info(self.t("lesson.course_left", n=total - done))
        else:
            self.ui.info(self.t("lesson.course_done"))

    def _stats_line(self) -> str:
        tasks = [s for s in self.lesson.steps if s.kind == "task"]
        quizzes = [s for s in self.lesson.steps if s.kind == "quiz"]
        alone = sum(1 for s in tasks if self.stats.tasks.get(s.id))
        first = sum(1 for s in quizzes if self.stats.quizzes.get(s.id))
        return self.t("lesson.stats", alone=alone, tasks=len(tasks),
                      hints=sum(self.stats.hints.values()), first=first, quizzes=len(quizzes))

    def _course_progress(self) -> tuple[int, int]:
        """(lessons done, lessons in the course); (0, 0) when the course is not known."""
        if not self.course:
            return 0, 0
        progress = self.store.lessons()
        done = sum(1 for lesson in self.course
                   if (lesson.id in progress and progress[lesson.id].done)
                   or (lesson.id == self.lesson.id and self.was_done))
        return done, len(self.course)

    def _choose_next_lesson(self) -> None:
        """The next lesson not finished yet, after this one in the course (then from the top)."""
        if not self.course:
            return
        ids = [lesson.id for lesson in self.course]
        at = ids.index(self.lesson.id) if self.lesson.id in ids else -1
        progress = self.store.lessons()
        ordered = self.course[at + 1:] + self.course[:max(at, 0)]
        self.next_lesson = next((lesson for lesson in ordered
                                 if not (lesson.id in progress and progress[lesson.id].done)), None)

    def redraw(self) -> None:
        self.render()

    def toolbar(self) -> str:
        title = self.lesson.title.get(self.lang)
        if self.finished:  # nothing left to hint, skip or go back to: where to go next
            keys = "lesson.toolbar_keys_end" if self.next_lesson is not None else "lesson.toolbar_keys_last"
            return fit_toolbar(self.t(keys), title, self.ui.width)
        title = f"{self.index + 1}/{self.total} {title}"
        return fit_toolbar(self.t("lesson.toolbar_keys"), title, self.ui.width)

    # ------------------------------------------------------------------ moving
    def save(self) -> None:
        step = min(self.index + (1 if self.step_done else 0), self.total)
        self.was_done = self.was_done or self.finished   # done stays done, even after :back
        done = self.was_done
        step_id = self.lesson.steps[step].id if step < self.total else None
        self.store.save_lesson(self.lesson.id, step=0 if self.finished else step, total=self.total,
                               step_id=None if self.finished else step_id, done=done,
                               stats=self.stats.to_saved())

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

    def _run_code_step(self, step: CodeStep) -> bool:
        """Run what the learner has not run yet of a code step; False if interrupted."""
        parts = statements(step.code)
        left = [i for i in range(len(parts)) if i not in self.ran]
        if parts and not left:
            self._finish_step()   # typed it all already: nothing runs twice
            return True
        if parts and len(left) < len(parts):
            self.ui.dim(self.t("lesson.code_rest"))
            source = "\n".join(parts[i][1] for i in left)
        else:
            source = step.code
        result = self._run_lesson_code(source)
        if result is None:
            return False  # interrupted: the step stays open, Enter runs it again
        if result.exc_type not in (None, "SystemExit", step.raises):
            # why: it went on to "Press Enter for the next step" as if the lesson's output had
            # appeared, after something typed before (print = None, a second backward) broke it
            self.ui.warn(self.t("lesson.code_step_failed"))
        self.ran.update(left)
        self._finish_step()
        return True

    def _note_typed_statements(self, step: CodeStep, source: str, result: Result) -> None:
        """Mark the step's statements the learner typed (compared by AST) as run."""
        if not result.ok and result.exc_type != step.raises:
            return  # it stopped somewhere: we cannot tell which statements ran
        parts = statements(step.code)
        for dump, _text in statements(source):
            match = next((i for i, (d, _) in enumerate(parts) if d == dump and i not in self.ran),
                         None)
            if match is not None:
                self.ran.add(match)
        if parts and len(self.ran) == len(parts):
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
        """After a line: success at once; otherwise speak only when certain."""
        self.typed.append(source)
        self.last_result = result
        verdict = judge_task(step, self.shell.namespace, result, source)
        if verdict.passed:
            self._task_solved(step)
            return
        said_before = self._last_mistake
        self._last_mistake = verdict.mistake.id if verdict.mistake is not None else None
        if verdict.mistake is not None:
            retyped = len(self.typed) > 1 and self.typed[-2].strip() == source.strip()
            # why: in a derivative task every line is a new answer, with its own verdict
            attempt = step.derivative is not None or acts_on(verdict.mistake, source)
            if result.ok and verdict.mistake.id == said_before and (retyped or not attempt):
                # the same message as for the line just before: once is enough, unless this line
                # is a new attempt at what the message is about (backward called again after a
                # change, the watched name assigned anew) that still meets it
                return
            # why: the lesson's targeted message says more than the generic error note
            self._say_mistake(verdict.mistake)
            return
        self.shell.explain(result)
        self._explain_check_error(verdict.check_error)

    def _say_mistake(self, mistake: Mistake) -> None:
        text = self._text(mistake.message)
        if mistake.id in PLAIN_MISTAKES:
            self.ui.warn(text)
        else:
            self.ui.note(text)

    def _task_solved(self, step: TaskStep) -> None:
        if step.success is not None:
            self.ui.note(self.t("lesson.task_pass") + " " + self._text(step.success),
                         style="bold green")
        else:
            self.ui.success(self.t("lesson.task_pass"))
        self.stats.tasks.setdefault(step.id, self.hints_shown == 0 and not self.solution_seen)
        self.step_done = True
        self.advance()

    def _submit(self, step: TaskStep) -> None:
        """``:check``: the most specific verdict, and the first hint if nothing better is known."""
        if step.derivative is not None:
            if not self.typed:
                self.ui.info(self.t("lesson.check_no_answer"))
                return
            source = self.typed[-1]
        else:
            source = "\n".join(self.typed)
        verdict = judge_task(step, self.shell.namespace, self.last_result, source, submitted=True)
        if verdict.passed:
            self._task_solved(step)
            return
        self.failed_checks += 1
        # why: with nothing typed, "change your code" names code that does not exist, and a
        # mistake read off the variables would blame the learner for the lesson's own state
        if verdict.mistake is not None and self.typed:
            self._say_mistake(verdict.mistake)
            if self.failed_checks >= OFFER_HINT_AFTER_CHECKS and self.hints_shown < len(step.hints):
                self.ui.dim(self.t("lesson.check_offer_hint"))
            return
        # the verdict says what to do next: the first hint, the next one, or the solution
        first_hint = self.hints_shown == 0 and bool(step.hints)
        verdict_text = self.t("lesson.check_not_yet" if self.typed else "lesson.check_not_yet_untyped")
        self.ui.info(verdict_text + " " + self.t(
            "lesson.check_then_first_hint" if first_hint else
            "lesson.check_then_hint" if self.hints_shown < len(step.hints) else
            "lesson.check_then_solution"))
        self._explain_check_error(verdict.check_error)
        if first_hint:
            self._show_hint(step)

    def _recheck_solved(self, step: TaskStep) -> None:
        """``:check`` on a task solved before (back to it with ``:back``): the variables as they
        are now are checked again, and a failure is said plainly. The task stays solved: later
        steps may have changed those variables on purpose (a training loop moves ``w``), and a
        reopened task there could not be solved again without ``:retry``."""
        if step.derivative is not None:   # judged on an answer typed back then, not on variables
            self.ui.info(self.t("lesson.check_solved"))
            return
        passed, error = check_passes(step, self.shell.namespace)
        if passed:
            self.ui.info(self.t("lesson.check_solved"))
            return
        self.ui.info(self.t("lesson.check_changed"))
        self._explain_check_error(error)

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
        k = self._next_hint(step)
        self.hints_shown = k + 1
        self.stats.hints[step.id] = max(self.stats.hints.get(step.id, 0), self.hints_shown)
        prefix = self.t("lesson.hint", k=k + 1, n=len(step.hints)).strip()
        self.ui.note(f"**{prefix}** {step.hints[k].get(self.lang)}", style="cyan")

    def _next_hint(self, step: TaskStep) -> int:
        """The next hint that does not repeat what the learner's code in this step already does
        (its ``skip_if_source`` matches what they ran); the next one at all when each would."""
        typed = "\n".join(self.typed)
        for k in range(self.hints_shown, len(step.hints)):
            pattern = step.hints[k].skip_if_source
            if not (pattern and typed and re.search(pattern, typed, re.MULTILINE)):
                return k
        return self.hints_shown

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
            # why: code is no answer; saying only "answer with a, b, c" read as if it were judged
            key = "quiz.code_not_answer" if looks_like_code(text) else "quiz.invalid"
            if step.style == "predict" and _is_shown_output(step, text, self.lang):
                key = "quiz.output_not_answer"   # `X.grad = None` is Python too, but a prediction here
            if key == "quiz.code_not_answer":
                self.shell.reader.remember(text)   # why: nothing typed is lost; ↑ at >>> brings it back
            self.ui.info(self.t(key, letters=letters))
            return None
        self.quiz_attempts += 1
        if choice.id == step.answer:
            self.stats.quizzes.setdefault(step.id, self.quiz_attempts == 1)
            if choice.explain is not None:  # it opens with its own "Right: …"
                self.ui.note(self._text(choice.explain), style="bold green")
            else:
                self.ui.success(self.t("quiz.correct"))
            self._reveal(step, say_answer=False)
            self.advance()
            return None
        # a wrong choice: why it is wrong, and another go; the answer only on :skip/:solution
        # why: kept in the stats at once, so a resume (or :back) does not make the next try a first
        self.stats.quizzes.setdefault(step.id, False)
        self.ui.warn(self.t("quiz.wrong"))
        if choice.explain is not None:
            self.ui.markdown(self._text(choice.explain))
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
            self.stats.quizzes.setdefault(step.id, False)
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
            self._say_where_next()
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

    def cmd_check(self, arg: str = "") -> None:
        if self.finished:
            self.ui.info(self.t("lesson.check_nothing"))
        else:
            _FLOW(self.step).check(self, self.step)
        return None

    def cmd_retry(self, arg: str = "") -> None:
        """Rebuild the namespace as it was when this step began; progress stays."""
        if self.finished:
            self.ui.info(self.t("lesson.retry_finished"))
            return None
        index, hints, solution_seen = self.index, self.hints_shown, self.solution_seen
        failures: list[Any] = []

        def build() -> dict[str, Any]:
            done = replay(self.lesson, index, self.backend)
            failures.extend(done.failures)
            return done.namespace

        self.ui.dim(self.t("lesson.rebuilding"))
        try:
            self.shell.prepare_namespace(build)
        except KeyboardInterrupt:
            self.ui.warn(self.t("repl.interrupted"))
            failures.append((-1, Result(exc_type="KeyboardInterrupt")))   # how far it got is unknown
        self._tell_replayed(index, failures)
        self.step_done = False
        self._reset_step_state()
        self.hints_shown, self.solution_seen = hints, solution_seen  # help already seen counts
        self.ui.success(self.t("lesson.retry_done"))
        if failures:
            self.ui.warn(self.t("lesson.replay_failed", error=self._replay_error(failures[0][1])))
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
        """Restart the lesson as if it was never opened: step 1, not done, no results. (A
        learner who only wants another go at the current step has :retry.)"""
        done = self.was_done or self.finished
        # why: one mistyped command must not cost the learner their place in the lesson
        if not self.shell.confirm(self.t("lesson.reset_confirm_done" if done else "lesson.reset_confirm")):
            self.ui.info(self.t("lesson.reset_cancelled"))
            return
        self.was_done = False
        self.stats = LessonStats()
        self.store.forget_lesson(self.lesson.id)   # why: save_lesson alone never clears "done"
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

    def check(self, c: LessonController, step: Any) -> None:
        """``:check``."""
        c.ui.info(c.t("lesson.check_nothing"))

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
        if c._run_code_step(step):
            c.ui.dim(c.t("lesson.code_ran"))

    def after_run(self, c: LessonController, step: CodeStep, source: str, result: Result) -> None:
        c.shell.explain(result)
        c._note_typed_statements(step, source, result)

    def next(self, c: LessonController, step: CodeStep) -> None:
        if c._run_code_step(step):
            c.advance()

    def solution(self, c: LessonController, step: CodeStep) -> None:
        c.ui.code(step.code, title=c.t("lesson.solution_title"))

    def skip(self, c: LessonController, step: CodeStep) -> str | None:
        return c.cmd_next()


class TaskFlow(StepFlow):
    def render(self, c: LessonController, step: TaskStep) -> None:
        c.ui.markdown(c._text(step.prompt))
        c.ui.dim(c.t("lesson.code_ran" if c.step_done else "lesson.task_instructions_submit"))

    def on_empty(self, c: LessonController, step: TaskStep) -> None:
        c.ui.dim(c.t("lesson.task_instructions_submit"))

    def after_run(self, c: LessonController, step: TaskStep, source: str, result: Result) -> None:
        c._judge(step, source, result)

    def next(self, c: LessonController, step: TaskStep) -> None:
        c.ui.info(c.t("lesson.task_open"))

    def hint(self, c: LessonController, step: TaskStep) -> None:
        c._show_hint(step)

    def check(self, c: LessonController, step: TaskStep) -> None:
        if c.step_done:
            c._recheck_solved(step)
        else:
            c._submit(step)

    def solution(self, c: LessonController, step: TaskStep) -> None:
        c.ui.code(step.solution, title=c.t("lesson.solution_title"))
        if not c.step_done:
            c.solution_seen = True   # solved after this is not solved alone
            c.stats.tasks.setdefault(step.id, False)   # nor after a resume, which forgets the above
            c.ui.dim(c.t("lesson.solution_note"))

    def skip(self, c: LessonController, step: TaskStep) -> str | None:
        c.stats.tasks.setdefault(step.id, False)
        c.ui.code(step.solution, title=c.t("lesson.solution_title"))
        result = c._run_lesson_code(step.solution)
        if result is None:
            return None
        c.ui.info(c.t("lesson.skipped"))
        c.step_done = True
        c.advance()
        return None


def _is_shown_output(step: QuizStep, text: str, lang: str) -> bool:
    """Whether every line typed is a line of one of a predict quiz's outputs (spaces aside)."""
    shown = {" ".join(line.split()) for choice in step.choices
             for line in choice.label(lang).splitlines()}
    typed = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    return bool(typed) and all(line in shown for line in typed)


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
