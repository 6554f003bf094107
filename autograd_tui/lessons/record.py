"""Recording expected outputs from real PyTorch, rewriting lesson files in place.

Expected outputs are never typed by hand: ``tools/record_lessons.py`` runs each lesson on real
PyTorch (exactly as ``check`` does) and writes every code step's and every code quiz's output
into its ``output:`` field. Only those fields change; comments, order and layout of the rest of
the file stay as the author wrote them. Outputs are written as literal block scalars
(``output: |``) when YAML allows it, else as a double-quoted string.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from autograd_tui.lessons.loader import YList, YMap, compose_located, load_lesson
from autograd_tui.lessons.model import CodeStep, Lesson, QuizStep, TaskStep, TextStep
from autograd_tui.lessons.session import CHECK_SETUP, STEP_TIME_LIMIT, LessonRun
from autograd_tui.lessons.steps import per_kind

# Characters a YAML block scalar cannot hold (control characters other than tab and newline).
_NOT_BLOCK_SAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]")


@dataclass
class Recording:
    path: Path
    outputs: dict[int, str]        # step index -> recorded output
    failures: list[str]            # human-readable notes (a solution that failed, …)
    changed: int = 0


# Which steps' outputs are stored in the file: code steps and quizzes with a cell. A task's
# solution runs (later steps build on it) but its output is not stored.
_RECORDED: per_kind[bool] = per_kind({TextStep: False, CodeStep: True, TaskStep: False, QuizStep: True})


def collect_outputs(lesson: Lesson, backend: str = "torch") -> tuple[dict[int, str], list[str]]:
    """Run the lesson as ``check`` does and return each code step's / code quiz's output."""
    outputs: dict[int, str] = {}
    failures: list[str] = []
    with LessonRun(lesson, backend, scratch=True, step_time_limit=STEP_TIME_LIMIT) as run:
        check_setup = run.failure_of(CHECK_SETUP)
        if check_setup is not None:
            failures.append(f"check_setup failed: {check_setup.output.strip()}")
        for step in lesson.steps:
            result = run.step(step)
            if result is None:
                continue
            if _RECORDED(step):
                outputs[step.index] = result.output
            if run.failure_of(step.index) is result:
                if _RECORDED(step):
                    failures.append(f"step '{step.id}': code failed: "
                                    f"{(result.error or '').strip().splitlines()[-1]}")
                else:
                    failures.append(f"step '{step.id}': solution failed: {result.output.strip()}")
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


def rewrite_outputs(text: str, outputs: dict[int, str]) -> tuple[str, int]:
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
            rendered, is_block = render_scalar(value, span.key_column + 2, span.key_column)
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
            rendered, is_block = render_scalar(value, parent_indent + 2, parent_indent)
            at = _line_start_after(text, anchor.value_end)
            entry = " " * parent_indent + "output: " + rendered + ("" if is_block else "\n")
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
