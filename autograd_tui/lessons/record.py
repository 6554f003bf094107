"""Recording expected outputs from real PyTorch, rewriting lesson files in place.

Expected outputs are never typed by hand: ``tools/record_lessons.py`` runs each lesson on real
PyTorch (exactly as ``check`` does) and writes every code step's and every code quiz's output
into its ``output:`` field. Only those fields change; comments, order and layout of the rest of
the file stay as the author wrote them. Outputs are written as literal block scalars
(``output: |``) when YAML allows it, else as a double-quoted string.

Code that draws (``viz.show_graph(z)``) speaks the language the lesson runs in. When a step
asked for that language, the lesson is run once more in Turkish, and a step whose Turkish
output differs is stored as ``output: {tr: …, en: …}``.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Union

import yaml

from autograd_tui import i18n
from autograd_tui.lessons.loader import YList, YMap, compose_located, load_lesson
from autograd_tui.lessons.model import CodeStep, Lesson, QuizStep, TaskStep, TextStep
from autograd_tui.lessons.session import CHECK_SETUP, STEP_TIME_LIMIT, LessonRun
from autograd_tui.lessons.steps import per_kind

# One recorded output: a string for both languages, or one per language.
Recorded = Union[str, dict[str, str]]

# Characters a YAML block scalar cannot hold (control characters other than tab and newline).
_NOT_BLOCK_SAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]")


@dataclass
class Recording:
    path: Path
    outputs: dict[int, Recorded]   # step index -> recorded output
    failures: list[str]            # human-readable notes (a solution that failed, …)
    changed: int = 0


# Which steps' outputs are stored in the file: code steps and quizzes with a cell. A task's
# solution runs (later steps build on it) but its output is not stored.
_RECORDED: per_kind[bool] = per_kind({TextStep: False, CodeStep: True, TaskStep: False, QuizStep: True})
# Which of those may hold one output per language (a quiz's answer is one text for both).
_PER_LANGUAGE_ALLOWED: per_kind[bool] = per_kind({TextStep: False, CodeStep: True, TaskStep: False,
                                                  QuizStep: False})


def _run_once(lesson: Lesson, backend: str, lang: str
              ) -> tuple[dict[int, str], set[int], list[str]]:
    """One run in ``lang``: the outputs, the steps that asked for the language, the failures."""
    outputs: dict[int, str] = {}
    speaking: set[int] = set()
    failures: list[str] = []
    with LessonRun(lesson, backend, scratch=True, step_time_limit=STEP_TIME_LIMIT, lang=lang) as run:
        check_setup = run.failure_of(CHECK_SETUP)
        if check_setup is not None:
            failures.append(f"check_setup failed: {check_setup.output.strip()}")
        for step in lesson.steps:
            reads = i18n.ambient_reads()
            result = run.step(step)
            if result is None:
                continue
            if i18n.ambient_reads() != reads:
                speaking.add(step.index)
            if _RECORDED(step):
                outputs[step.index] = result.output
            if run.failure_of(step.index) is result:
                if _RECORDED(step):
                    failures.append(f"step '{step.id}': code failed: "
                                    f"{(result.error or '').strip().splitlines()[-1]}")
                else:
                    failures.append(f"step '{step.id}': solution failed: {result.output.strip()}")
    return outputs, speaking, failures


def collect_outputs(lesson: Lesson, backend: str = "torch") -> tuple[dict[int, Recorded], list[str]]:
    """Run the lesson as ``check`` does and return each code step's / code quiz's output; one
    per language for the code steps whose drawings differ between the languages."""
    english, speaking, failures = _run_once(lesson, backend, "en")
    outputs: dict[int, Recorded] = dict(english)
    if not speaking:
        return outputs, failures
    turkish, _, _ = _run_once(lesson, backend, "tr")
    for index, text in english.items():
        other = turkish.get(index, text)
        if other == text:
            continue
        if _PER_LANGUAGE_ALLOWED(lesson.steps[index]):
            outputs[index] = {"tr": other, "en": text}
        else:
            failures.append(f"step '{lesson.steps[index].id}': its output differs between the "
                            "languages, which only a code step can record")
    return outputs, failures


def render_scalar(value: str, content_indent: int, parent_indent: int) -> tuple[str, bool]:
    """YAML text for ``value``: ``(text, is_block)``. A block ends with a newline."""
    if value == "" or _NOT_BLOCK_SAFE.search(value) or value.strip("\n") == "":
        return json.dumps(value, ensure_ascii=False), False
    if value.endswith("\n\n"):
        chomp = "+"
    elif value.endswith("\n"):
        chomp = ""
    else:
        chomp = "-"
    lines = value.split("\n")
    if value.endswith("\n"):
        lines = lines[:-1]
    # An explicit indentation indicator when the first line starts with a space.
    indicator = str(content_indent - parent_indent) if lines[0][:1] in (" ", "\t") else ""
    pad = " " * content_indent
    body = "".join((pad + line if line else "") + "\n" for line in lines)
    return f"|{indicator}{chomp}\n{body}", True


def _line_start_after(text: str, index: int) -> int:
    if index > 0 and text[index - 1] == "\n":
        return index
    newline = text.find("\n", index)
    return len(text) if newline < 0 else newline + 1


def render_output(value: Recorded, key_column: int) -> tuple[str, bool]:
    """YAML text for an ``output:`` value whose key sits at ``key_column``: ``(text, ends with
    a newline)``. One output per language is a mapping on the following lines."""
    if isinstance(value, str):
        return render_scalar(value, key_column + 2, key_column)
    parts = ["\n"]
    for lang in ("tr", "en"):
        body, is_block = render_scalar(value[lang], key_column + 4, key_column + 2)
        parts.append(" " * (key_column + 2) + f"{lang}: " + body + ("" if is_block else "\n"))
    return "".join(parts), True


def _after_key(text: str, span_start: int, key: str) -> int:
    """The offset just after ``key:`` that precedes ``span_start``."""
    return text.rfind(key + ":", 0, span_start) + len(key) + 1


def rewrite_outputs(text: str, outputs: dict[int, Recorded]) -> tuple[str, int]:
    """Put ``outputs`` (by step index) into the ``output:`` fields of the YAML ``text``."""
    root = compose_located(text)
    if not isinstance(root, YMap) or not isinstance(root.get("steps"), YList):
        return text, 0
    steps: YList = root["steps"]
    edits: list[tuple[int, int, str]] = []
    for index, value in outputs.items():
        if index >= len(steps) or not isinstance(steps[index], YMap):
            continue
        step: YMap = steps[index]
        if step.get("output") == value:
            continue
        anchor = step.spans.get("code")
        if anchor is None:
            continue
        parent_indent = anchor.key_column
        if "output" in step.spans:
            span = step.spans["output"]
            rendered, is_block = render_output(value, span.key_column)
            old = step["output"]
            if isinstance(old, YMap) or isinstance(value, dict):
                # why: a mapping starts on the next line; replace everything after "output:"
                start = _after_key(text, span.value_start, "output")
                if isinstance(old, YMap) and old.spans:
                    end = _line_start_after(text, max(sp.value_end for sp in old.spans.values()))
                else:
                    end = _line_start_after(text, span.value_end)
                edits.append((start, end, rendered if isinstance(value, dict) else " " + rendered
                              + ("" if is_block else "\n")))
                continue
            was_block = span.value_style in ("|", ">")
            end = span.value_end
            if was_block:
                end = _line_start_after(text, end)
                if not is_block:
                    rendered += "\n"
            elif is_block:
                # The old value ended before its line's newline; the block brings its own.
                end = _line_start_after(text, end)
            edits.append((span.value_start, end, rendered))
        else:
            rendered, is_block = render_output(value, parent_indent)
            at = _line_start_after(text, anchor.value_end)
            space = "" if isinstance(value, dict) else " "
            entry = " " * parent_indent + "output:" + space + rendered + ("" if is_block else "\n")
            edits.append((at, at, entry))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text, len(edits)


def record_file(path: Path, backend: str = "torch", *, write: bool = True) -> Recording:
    """Record the outputs of one lesson file (rewriting it when ``write``)."""
    loaded = load_lesson(path)
    if loaded.lesson is None:
        return Recording(path, {}, [str(p) for p in loaded.problems])
    outputs, failures = collect_outputs(loaded.lesson, backend)
    original = path.read_text(encoding="utf-8")
    new_text, changed = rewrite_outputs(original, outputs)
    # Never write a file that no longer reads back to the same outputs.
    reread = yaml.safe_load(new_text)
    for index, value in outputs.items():
        got = reread["steps"][index].get("output")
        if (got or "") != value:
            failures.append(f"step {index + 1}: could not store the output faithfully; file left unchanged")
            return Recording(path, outputs, failures)
    if write and new_text != original:
        path.write_text(new_text, encoding="utf-8")
    return Recording(path, outputs, failures, changed)
