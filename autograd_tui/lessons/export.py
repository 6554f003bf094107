"""``autograd-tui export ID --format md|py [-o FILE]``: a lesson as notes or as a script.

* **Markdown** notes in the current language: every text, every piece of code (code steps, task
  solutions, quiz cells) and what it printed. The outputs are produced by running the lesson
  the way ``check`` and ``demo --auto`` do (scratch folder, ``check_setup``, ``setup``).
* **A Python script** of the code steps and solutions in order, with the texts as comments. It
  runs under ``autograd-tui run`` and under real Python with PyTorch:

  - a step that fails on purpose (``raises:``) is wrapped in ``try``/``except`` and prints the
    error's last line, so the script goes on;
  - a bare final expression (``x.grad``) becomes ``print(x.grad)``, since a script does not
    echo as the REPL does;
  - ``from autograd_tui import viz`` gets a fallback, so the script also runs where only
    PyTorch is installed (the drawings are then skipped).
"""
from __future__ import annotations

import ast
import re
import textwrap
from typing import Any, Callable

from autograd_tui import i18n
from autograd_tui.lessons.model import CodeStep, Lesson, QuizStep, TaskStep, TextStep
from autograd_tui.lessons.loader import display_path
from autograd_tui.lessons.session import (
    HARD_LIMIT_GRACE,
    STEP_TIME_LIMIT,
    LessonRun,
    can_isolate,
    prepare_children,
    run_watched,
)
from autograd_tui.lessons.steps import per_kind

VIZ_IMPORT = "from autograd_tui import viz"


# ---------------------------------------------------------------------------------------------
# Running the lesson for its outputs (Markdown)
# ---------------------------------------------------------------------------------------------
class ExportStopped(Exception):
    """The lesson's code was stopped while the notes were made: ``message`` says where
    (``FILE:LINE``) and why; ``text`` is the notes all the same, with the outputs of the steps
    that ran."""

    def __init__(self, message: str, text: str) -> None:
        super().__init__(message)
        self.message = message
        self.text = text


def lesson_outputs(lesson: Lesson, backend: str = "embedded", lang: str = "en") -> dict[int, str]:
    """What each step's code printed, by step index, running the lesson as ``check`` does (in
    ``lang``: drawings speak the notes' language)."""
    return _outputs(lesson, backend, lang)


def _outputs(lesson: Lesson, backend: str, lang: str, watch: Any = None,
             on_output: Callable[[int, str], None] | None = None) -> dict[int, str]:
    outputs: dict[int, str] = {}
    with LessonRun(lesson, backend, scratch=True, step_time_limit=STEP_TIME_LIMIT, lang=lang,
                   watch=watch) as run:
        for step in lesson.steps:
            result = run.step(step)
            if result is not None:
                outputs[step.index] = result.output
                if on_output is not None:
                    on_output(step.index, result.output)
    return outputs


def watched_outputs(lesson: Lesson, backend: str, lang: str) -> tuple[dict[int, str], str | None]:
    """:func:`lesson_outputs` in a child process under a hard limit per step and per file (where
    there is ``os.fork``), and the ``FILE:LINE`` message (in ``lang``) when it was stopped; the
    stopped step's output is then that message."""
    if not can_isolate():
        return _outputs(lesson, backend, lang), None
    prepare_children(backend)
    outputs: dict[int, str] = {}

    def work(send: Callable[..., None]) -> None:
        def watch(line: int, what: str, step: str | None = None) -> None:
            send(kind="beat", line=line, what=what, step=step)

        _outputs(lesson, backend, lang, watch, lambda index, text: send(kind="output", index=index, text=text))

    def on_event(event: dict[str, Any]) -> None:
        if event.get("kind") == "output":
            outputs[int(event["index"])] = str(event["text"])

    watched = run_watched(work, line=lesson.line, steps=len(lesson.steps), step_limit=STEP_TIME_LIMIT,
                          grace=HARD_LIMIT_GRACE, on_event=on_event)
    if watched.stopped is None:
        return outputs, None
    message = watched.describe(display_path(lesson.path), lang)
    stopped_at = next((step.index for step in lesson.steps if step.id == watched.step), None)
    if stopped_at is not None:
        outputs[stopped_at] = message + "\n"
    return outputs, message


def _fence(body: str, lang: str = "") -> str:
    body = body.rstrip("\n")
    ticks = "```"
    while ticks in body:
        ticks += "`"  # why: an output that itself contains ``` must not end the block
    return f"{ticks}{lang}\n{body}\n{ticks}\n"


def to_markdown(lesson: Lesson, lang: str, outputs: dict[int, str]) -> str:
    lab = i18n.labels("export", lang)
    parts = [f"# {lesson.title.get(lang)}\n"]
    if lesson.summary is not None:
        parts.append(f"> {lesson.summary.get(lang).strip()}\n")
    if lesson.credits is not None:
        source = lesson.credits.source + (f" <{lesson.credits.url}>" if lesson.credits.url else "")
        parts.append(f"*{lab['source']}: {source}*\n")
        if lesson.credits.note is not None:
            parts.append(f"*{lesson.credits.note.get(lang).strip()}*\n")
    total = len(lesson.steps)

    def output_of(step: Any) -> None:
        out = outputs.get(step.index, "")
        if out.strip():
            parts.append(f"*{lab['output']}:*\n\n" + _fence(out, "text"))

    def text_step(step: TextStep) -> None:
        if step.text is not None:
            parts.append(step.text.get(lang).strip() + "\n")

    def code_step(step: CodeStep) -> None:
        if step.text is not None:
            parts.append(step.text.get(lang).strip() + "\n")
        parts.append(_fence(step.code, "python"))
        output_of(step)

    def task_step(step: TaskStep) -> None:
        if step.prompt is not None:
            parts.append(step.prompt.get(lang).strip() + "\n")
        parts.append(f"**{lab['solution']}:**\n\n" + _fence(step.solution, "python"))
        output_of(step)

    def quiz_step(step: QuizStep) -> None:
        if step.question is not None:
            parts.append(step.question.get(lang).strip() + "\n")
        if step.code:
            parts.append(_fence(step.code, "python"))
        for choice in step.choices:
            label = choice.label(lang).rstrip("\n")
            if choice.code is not None and "\n" in label:
                parts.append(f"- **{choice.id})**\n\n" + textwrap.indent(_fence(label, "text"), "  "))
            elif choice.code is not None:
                parts.append(f"- **{choice.id})** `{label}`")
            else:
                parts.append(f"- **{choice.id})** {label}")
        parts.append("")
        answer = step.answer_choice()
        if answer is not None:
            parts.append(f"**{lab['answer']}: {answer.id})** "
                         + (step.explanation.get(lang).strip() if step.explanation else "") + "\n")
        output_of(step)

    write: per_kind[Callable[[Any], None]] = per_kind({
        TextStep: text_step, CodeStep: code_step, TaskStep: task_step, QuizStep: quiz_step})
    for step in lesson.steps:
        parts.append(f"## {step.index + 1}/{total} · {i18n.t('step.' + step.kind, lang)}\n")
        write(step)(step)
    if lesson.recap is not None:   # as the lesson's end screen shows it
        parts.append(f"## {i18n.t('lesson.recap_title', lang)}\n")
        parts.append(lesson.recap.get(lang).strip() + "\n")
    # why: a lone surrogate in a text could not be written to the file
    return ("\n".join(parts).rstrip("\n") + "\n").encode("utf-8", "backslashreplace").decode("utf-8")


# ---------------------------------------------------------------------------------------------
# The script
# ---------------------------------------------------------------------------------------------
# Control characters a line may still hold (a NUL would make the script unrunnable, an
# escape code would reach the terminal of whoever prints it); tab and line ends are split first.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _comment(text: str, width: int = 96) -> list[str]:
    """Markdown as ``#`` comment lines (paragraphs kept, long lines wrapped)."""
    out: list[str] = []
    # why: str.splitlines breaks on every line end Python's tokenizer knows (\r, \n) and more,
    # so no piece of a lesson's text can start a line of code; lone surrogates become escapes
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}",
                        text.encode("utf-8", "backslashreplace").decode("utf-8"))
    for line in text.strip("\n").splitlines():
        if not line.strip():
            out.append("#")
            continue
        wrapped = textwrap.wrap(line, width=width - 2, break_long_words=False,
                                break_on_hyphens=False, replace_whitespace=False) or [line]
        indent = line[: len(line) - len(line.lstrip())]
        out.extend("# " + (w if i == 0 else indent + w.lstrip()) for i, w in enumerate(wrapped))
    return out


def _echo_last(code: str) -> str:
    """A bare final expression is echoed at the REPL; in a script it must be printed."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return code
    if not tree.body or not isinstance(tree.body[-1], ast.Expr):
        return code
    last = tree.body[-1]
    if isinstance(last.value, (ast.Call, ast.Constant, ast.Await, ast.Yield, ast.YieldFrom)):
        return code  # calls print themselves (or return None); a constant is a no-op
    lines = code.rstrip("\n").split("\n")
    start, end = last.lineno - 1, (last.end_lineno or last.lineno) - 1
    if start != end or last.col_offset != 0:
        return code
    expr = lines[start]
    lines[start] = f"print({expr.rstrip()})"
    return "\n".join(lines) + "\n"


def _strip_viz_import(code: str) -> str:
    # why: the script imports viz once, at the top, with a fallback for plain PyTorch
    return "\n".join(line for line in code.split("\n") if line.strip() != VIZ_IMPORT)


def _raising(code: str, exc: str, lab: dict[str, str]) -> list[str]:
    body = code.rstrip("\n")
    if '"""' in body or "'''" in body:
        inner = [f"exec({body!r})"]  # why: indenting would change a multi-line string
    else:
        inner = body.split("\n")
    out = [f"# {lab['raises']}", "try:"]
    out += [("    " + line) if line.strip() else "" for line in inner]
    out += [f"except {exc} as error:", '    print(f"{type(error).__name__}: {error}")']
    return out


def to_script(lesson: Lesson, lang: str, filename: str = "lesson.py") -> str:
    lab = i18n.labels("export", lang)
    uses_viz = any(VIZ_IMPORT in (getattr(s, "code", None) or getattr(s, "solution", None) or "")
                   for s in lesson.steps) or VIZ_IMPORT in lesson.setup
    out = _comment(lesson.title.get(lang)) or ["#"]
    if lesson.summary is not None:
        out += _comment(lesson.summary.get(lang))
    if lesson.credits is not None:
        out += _comment(f"{lab['source']}: {lesson.credits.source}"
                        + (f" <{lesson.credits.url}>" if lesson.credits.url else ""))
    out.append("#")
    out.append("# " + lab["generated"].format(id=lesson.id))
    out.append("# " + lab["run_with"].format(file=filename))
    if "pretrained" in "".join(getattr(s, "code", "") or "" for s in lesson.steps):
        out.append("# " + lab["network"])
    out.append("")
    if uses_viz:
        out += ["try:", f"    {VIZ_IMPORT}",
                f"except ImportError:  # {lab['no_viz']}",
                "    class _NoDrawings:",
                "        def __getattr__(self, name):",
                "            return lambda *args, **kwargs: None",
                "", "    viz = _NoDrawings()", ""]
    if lesson.setup.strip():
        out += [f"# {lab['setup']}:", _strip_viz_import(lesson.setup).rstrip("\n"), ""]
    def text_step(step: TextStep) -> None:
        if step.text is not None:
            out.extend(_comment(step.text.get(lang)))

    def code_step(step: CodeStep) -> None:
        if step.text is not None:
            out.extend(_comment(step.text.get(lang)))
        code = _strip_viz_import(step.code)
        if step.raises:
            out.extend(_raising(code, step.raises, lab))
        else:
            out.append(_echo_last(code).rstrip("\n"))

    def task_step(step: TaskStep) -> None:
        if step.prompt is not None:
            out.extend(_comment(step.prompt.get(lang)))
        derivative = step.derivative
        if derivative is not None:
            out.extend(_comment(lab["solution"] + ": " + lab["derivative"].format(
                function=derivative.function, wrt=derivative.wrt)))
        else:
            out.append(f"# {lab['solution']}:")
        out.append(_echo_last(_strip_viz_import(step.solution)).rstrip("\n"))

    def quiz_step(step: QuizStep) -> None:
        if step.question is not None:
            out.extend(_comment(step.question.get(lang)))
        for choice in step.choices:
            out.extend(_comment(f"{choice.id}) " + choice.label(lang)))
        answer = step.answer_choice()
        if answer is not None:
            out.append(f"# {lab['answer']}: {answer.id}")
        if step.explanation is not None:
            out.extend(_comment(step.explanation.get(lang)))
        if step.code:
            out.append(_echo_last(_strip_viz_import(step.code)).rstrip("\n"))

    write: per_kind[Callable[[Any], None]] = per_kind({
        TextStep: text_step, CodeStep: code_step, TaskStep: task_step, QuizStep: quiz_step})
    total = len(lesson.steps)
    for step in lesson.steps:
        kind = i18n.t("step." + step.kind, lang)
        out.append(f"# {'─' * 3} {lab['step']} {step.index + 1}/{total} · {kind} {'─' * 3}")
        write(step)(step)
        out.append("")
    if any(_COOKIE.match(line) for line in out[:2]):
        # why: Python reads a `coding:` comment on line 1 or 2 as the file's encoding, so a
        # title saying "coding: rot13" made the script unrunnable (or read in another codec)
        out.insert(0, "# -*- coding: utf-8 -*-")
    return "\n".join(out).rstrip("\n") + "\n"


_COOKIE = re.compile(r"^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+", re.ASCII)   # PEP 263


# ---------------------------------------------------------------------------------------------
# The command
# ---------------------------------------------------------------------------------------------
def export(lesson: Lesson, fmt: str, lang: str, *, backend: str = "embedded",
           filename: str = "lesson.py") -> str:
    """The notes or the script; :class:`ExportStopped` when the lesson's code had to be stopped."""
    if fmt == "py":
        return to_script(lesson, lang, filename)
    outputs, stopped = watched_outputs(lesson, backend, lang)
    text = to_markdown(lesson, lang, outputs)
    if stopped is not None:
        raise ExportStopped(stopped, text)
    return text
