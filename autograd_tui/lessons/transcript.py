"""``autograd-tui demo ID --auto``: play a whole lesson unattended, as a plain-text transcript.

Texts go through ``prose`` (the command passes the screens' Markdown rendering, so ``**bold**``
reads as it does in the lesson; without one they are printed as written), code is shown
REPL-style (``>>>`` / ``...``) and run,
tasks show their prompt and apply their solution, quizzes show their choices and answer. At one
width (80 columns in a pipe) the transcript is identical from run to run: the lesson runs in a
scratch folder after its ``check_setup``, exactly as ``check`` runs it.
"""
from __future__ import annotations

import ast
from typing import Any, Callable

from autograd_tui import i18n
from autograd_tui.evaluator import Result
from autograd_tui.lessons.judging import judge_task
from autograd_tui.lessons.model import CodeStep, Lesson, QuizStep, Step, TaskStep, TextStep
from autograd_tui.lessons.loader import display_path
from autograd_tui.lessons.session import (
    HARD_LIMIT_GRACE,
    STEP_TIME_LIMIT,
    LessonRun,
    can_isolate,
    filter_output,
    prepare_children,
    run_watched,
)
from autograd_tui.lessons.steps import per_kind


def repl_style(code: str) -> str:
    """Code as typed at the Python prompt: ``>>>`` on top-level lines, ``...`` on continuations."""
    lines = code.rstrip("\n").split("\n")
    continuation: set[int] = set()
    try:
        for node in ast.parse(code).body:
            # why: a definition's lineno is its def line; its decorators come first
            first = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
            continuation.update(range(first + 1, (node.end_lineno or node.lineno) + 1))
    except SyntaxError:
        pass
    out = [((("... " if number in continuation else ">>> ") + line).rstrip())
           for number, line in enumerate(lines, start=1)]
    return "\n".join(out) + "\n"


Prose = Callable[[str], str]


def as_written(text: str) -> str:
    return text


def play(lesson: Lesson, lang: str, backend: str, write: Callable[[str], None],
         prose: Prose = as_written, choice_prose: Prose | None = None) -> bool:
    """Write the transcript of ``lesson`` through ``write``; True when every step went as expected.
    ``prose`` turns a lesson's Markdown text into what the transcript shows; ``choice_prose``
    (``prose`` unless given) does it for a quiz's text choices, shown indented by five columns.

    The lesson runs in a child process (where there is ``os.fork``) under a hard limit per step
    and per file: a step that ignores the time limit, or stops its own process, is killed, and
    the transcript, whole up to there, ends with ``FILE:LINE`` and what happened.
    """
    if not can_isolate():
        return _play(lesson, lang, backend, write, prose=prose, choice_prose=choice_prose)
    prepare_children(backend)

    def work(send: Callable[..., None]) -> bool:
        def watch(line: int, what: str, step: str | None = None) -> None:
            send(kind="beat", line=line, what=what, step=step)

        return _play(lesson, lang, backend, lambda text: send(kind="write", text=text), watch,
                     prose=prose, choice_prose=choice_prose)

    watched = run_watched(work, line=lesson.line, steps=len(lesson.steps), step_limit=STEP_TIME_LIMIT,
                          grace=HARD_LIMIT_GRACE, on_event=lambda event: write(str(event.get("text", ""))))
    if watched.stopped is None:
        return bool(watched.result)
    write("\n" + watched.describe(display_path(lesson.path), lang) + "\n")
    return False


def _play(lesson: Lesson, lang: str, backend: str, write: Callable[[str], None],
          watch: Callable[..., None] | None = None, *, prose: Prose = as_written,
          choice_prose: Prose | None = None) -> bool:
    """:func:`play`, in this process (``watch``: the :class:`LessonRun`'s)."""

    def text_of(text: Any) -> str:
        """A lesson's text in the transcript's language, as ``prose`` shows it, one newline on."""
        return prose(text.get(lang)).strip("\n") + "\n"

    labels = i18n.labels("transcript", lang)
    total = len(lesson.steps)

    write(f"# {lesson.id}: {lesson.title.get(lang)}\n")
    if lesson.credits is not None:
        write(f"{labels['source']}: {lesson.credits.source}"
              + (f" <{lesson.credits.url}>" if lesson.credits.url else "") + "\n")
    write(f"({total} {labels['steps']})\n")

    with LessonRun(lesson, backend, scratch=True, step_time_limit=STEP_TIME_LIMIT, lang=lang,
                   watch=watch) as run:

        def show_run(source: str, step: Step, *, show_code: bool = True) -> Result:
            if show_code:
                write(repl_style(source))
            result = run.run(source, step=step)
            write(result.output)
            return result

        def mismatch() -> bool:
            write(labels["mismatch"] + "\n")
            return False

        def text_step(step: TextStep) -> bool:
            if step.text is not None:
                write(text_of(step.text))
            return True

        def code_step(step: CodeStep) -> bool:
            if step.text is not None:
                write(text_of(step.text) + "\n")
            result = show_run(step.code, step)
            as_expected = (result.exc_type == step.raises) and \
                filter_output(result.output, step.ignore_output_lines) == \
                filter_output(step.output_for(lang), step.ignore_output_lines)
            return as_expected or mismatch()

        def task_step(step: TaskStep) -> bool:
            if step.prompt is not None:
                write(text_of(step.prompt) + "\n")
            write(f"{labels['solution']}:\n")
            result = show_run(step.solution, step)
            verdict = judge_task(step, run.namespace, result, step.solution)
            write((labels["passed"] if verdict.passed else labels["failed"]) + "\n")
            if verdict.passed and step.success is not None:
                write(text_of(step.success))
            return verdict.passed

        def quiz_step(step: QuizStep) -> bool:
            if step.question is not None:
                write(text_of(step.question))
            if step.code:
                write("\n" + repl_style(step.code))
            write("\n")
            # text choices are Markdown, code choices literal output
            shown = {choice.id: (choice_prose or prose)(choice.label(lang)).strip("\n") if choice.text is not None
                     else choice.label(lang).rstrip("\n") for choice in step.choices}
            for choice in step.choices:
                label = "\n     ".join(shown[choice.id].split("\n"))
                write(f"  {choice.id}) {label}\n")
            answer = step.answer_choice()
            said = f"{labels['answer']}: {step.answer}"
            if answer is not None and answer.text is not None:
                # the whole label, wrapped as the transcript's texts are
                write((choice_prose or prose)(f"{said}) {answer.label(lang)}").strip("\n") + "\n")
            else:
                write(said + (f") {shown[answer.id].splitlines()[0]}" if answer and shown[answer.id] else "") + "\n")
            if step.explanation is not None:
                write(text_of(step.explanation))
            if step.code:
                write("\n")
                result = show_run(step.code, step, show_code=False)
                if (step.style == "predict" or step.output) and result.output != step.output:
                    return mismatch()
            return True

        show: per_kind[Callable[[Any], bool]] = per_kind({
            TextStep: text_step, CodeStep: code_step, TaskStep: task_step, QuizStep: quiz_step})
        # the set-up failing (check_setup or setup) already makes the transcript unexpected
        all_as_expected = not run.failures
        for step in lesson.steps:
            write(f"\n── {step.index + 1}/{total} · {i18n.t('step.' + step.kind, lang)} ──\n")
            if not show(step)(step):
                all_as_expected = False
        if lesson.recap is not None:   # as the lesson's end screen shows it
            write(f"\n── {i18n.t('lesson.recap_title', lang)} ──\n" + text_of(lesson.recap))
    return all_as_expected
