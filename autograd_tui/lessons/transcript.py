"""``autograd-tui demo ID --auto``: play a whole lesson unattended, as a plain-text transcript.

Texts are printed as written (Markdown), code is shown REPL-style (``>>>`` / ``...``) and run,
tasks show their prompt and apply their solution, quizzes show their choices and answer. The
transcript is identical from run to run: the lesson runs in a scratch folder after its
``check_setup``, exactly as ``check`` runs it.
"""
from __future__ import annotations

import ast
from typing import Callable

from autograd_tui.evaluator import Result, run_code
from autograd_tui.lessons.model import CodeStep, Lesson, QuizStep, TaskStep, TextStep
from autograd_tui.lessons.replay import (
    LESSON_FILENAME,
    STEP_TIME_LIMIT,
    activate_backend,
    filter_output,
    judge_task,
    new_namespace,
    run_check_setup,
    scratch_environment,
    time_limit,
)

LABELS = {
    "tr": {"text": "metin", "code": "kod", "task": "görev", "quiz": "soru",
           "source": "Kaynak", "solution": "Çözüm", "passed": "✓ Kontrol geçti.",
           "failed": "✗ Kontrol geçmedi.", "answer": "Cevap", "mismatch": "✗ Çıktı kayıttakinden farklı.",
           "steps": "adım"},
    "en": {"text": "text", "code": "code", "task": "task", "quiz": "quiz",
           "source": "Source", "solution": "Solution", "passed": "✓ Check passed.",
           "failed": "✗ Check failed.", "answer": "Answer", "mismatch": "✗ Output differs from the recording.",
           "steps": "steps"},
}


def repl_style(code: str) -> str:
    """Code as typed at the Python prompt: ``>>>`` on top-level lines, ``...`` on continuations."""
    lines = code.rstrip("\n").split("\n")
    continuation: set[int] = set()
    try:
        for node in ast.parse(code).body:
            continuation.update(range(node.lineno + 1, (node.end_lineno or node.lineno) + 1))
    except SyntaxError:
        pass
    out = [((("... " if number in continuation else ">>> ") + line).rstrip())
           for number, line in enumerate(lines, start=1)]
    return "\n".join(out) + "\n"


def play(lesson: Lesson, lang: str, backend: str, write: Callable[[str], None]) -> bool:
    """Write the transcript of ``lesson`` through ``write``; True when every step went as expected."""
    labels = LABELS.get(lang, LABELS["en"])
    all_as_expected = True
    total = len(lesson.steps)

    write(f"# {lesson.id}: {lesson.title.get(lang)}\n")
    if lesson.credits is not None:
        write(f"{labels['source']}: {lesson.credits.source}"
              + (f" <{lesson.credits.url}>" if lesson.credits.url else "") + "\n")
    write(f"({total} {labels['steps']})\n")

    def show_run(source: str, namespace: dict, *, show_code: bool = True) -> Result:
        if show_code:
            write(repl_style(source))
        with time_limit(STEP_TIME_LIMIT):
            result = run_code(source, namespace, filename=LESSON_FILENAME)
        write(result.output)
        return result

    with scratch_environment():
        activate_backend(backend)
        if lesson.check_setup:
            result = run_check_setup(lesson)
            if result is not None and not result.ok:
                all_as_expected = False
        namespace = new_namespace()
        if lesson.setup:
            if not run_code(lesson.setup, namespace, filename=LESSON_FILENAME, echo=False).ok:
                all_as_expected = False
        for step in lesson.steps:
            write(f"\n── {step.index + 1}/{total} · {labels[step.kind]} ──\n")
            if isinstance(step, TextStep) and step.text is not None:
                write(step.text.get(lang).rstrip("\n") + "\n")
            elif isinstance(step, CodeStep):
                if step.text is not None:
                    write(step.text.get(lang).rstrip("\n") + "\n\n")
                result = show_run(step.code, namespace)
                as_expected = (result.exc_type == step.raises) and \
                    filter_output(result.output, step.ignore_output_lines) == \
                    filter_output(step.output, step.ignore_output_lines)
                if not as_expected:
                    all_as_expected = False
                    write(labels["mismatch"] + "\n")
            elif isinstance(step, TaskStep):
                if step.prompt is not None:
                    write(step.prompt.get(lang).rstrip("\n") + "\n\n")
                write(f"{labels['solution']}:\n")
                result = show_run(step.solution, namespace)
                verdict = judge_task(step, namespace, result, step.solution)
                write((labels["passed"] if verdict.passed else labels["failed"]) + "\n")
                if verdict.passed and step.success is not None:
                    write(step.success.get(lang).rstrip("\n") + "\n")
                all_as_expected = all_as_expected and verdict.passed
            elif isinstance(step, QuizStep):
                if step.question is not None:
                    write(step.question.get(lang).rstrip("\n") + "\n")
                if step.code:
                    write("\n" + repl_style(step.code))
                write("\n")
                for choice in step.choices:
                    label = choice.label(lang).rstrip("\n")
                    if "\n" in label:
                        label = "\n     ".join(label.split("\n"))
                    write(f"  {choice.id}) {label}\n")
                answer = step.answer_choice()
                write(f"{labels['answer']}: {step.answer}"
                      + (f") {answer.label(lang).splitlines()[0]}" if answer and answer.label(lang) else "") + "\n")
                if step.explanation is not None:
                    write(step.explanation.get(lang).rstrip("\n") + "\n")
                if step.code:
                    write("\n")
                    result = show_run(step.code, namespace, show_code=False)
                    if (step.style == "predict" or step.output) and result.output != step.output:
                        all_as_expected = False
                        write(labels["mismatch"] + "\n")
    return all_as_expected
