"""The tutor judges answers as a teacher would, in a real pseudo-terminal.

A learner who types the right answer one line at a time sees nothing but success; typing a code
step's code in pieces and then pressing Enter runs nothing twice; a broken try is undone with
:retry.
"""
from __future__ import annotations

import ast
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

pexpect = pytest.importorskip("pexpect")

from autograd_tui.lessons.catalog import load_catalog  # noqa: E402

from .terminal import ENTER, Terminal, fresh_env  # noqa: E402

PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


def _lesson(lesson_id: str):
    lesson = load_catalog().find(lesson_id)
    if lesson is None:
        pytest.skip(f"the shipped lessons have no {lesson_id}")
    return lesson


def _open_at(tmp_path: Path, lesson, step_id: str, lang: str = "en") -> tuple[Terminal, Any]:
    """A fresh learner whose progress file says they reached ``step_id``: the tutor replays
    the steps before it, as on any resume."""
    step = next(s for s in lesson.steps if s.id == step_id)
    home = tmp_path / "home"
    state = home / ".local" / "state" / "autograd-tui"
    state.mkdir(parents=True, exist_ok=True)
    (state / "progress.json").write_text(json.dumps({
        "version": 1, "language": lang, "last": lesson.id,
        "lessons": {lesson.id: {"step": step.index, "step_id": step.id, "total": len(lesson.steps),
                                "done": False, "updated": "2026-01-01T00:00:00+00:00"}}}),
        encoding="utf-8")
    term = Terminal(["lesson", lesson.id], fresh_env(home))
    term.expect(f"{'adım' if lang == 'tr' else 'step'} {step.index + 1}/{len(lesson.steps)}")
    term.expect(">>> ")
    return term, step


def _statements(code: str) -> list[str]:
    lines = code.splitlines()
    out = []
    for stmt in ast.parse(code).body:
        first = min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
        out.append("\n".join(lines[first - 1:stmt.end_lineno]))
    return out


def _type(term: Terminal, source: str) -> None:
    if "\n" in source:  # a block is pasted, as learners do; an indented end needs one more Enter
        term.send(PASTE_START + source + PASTE_END + ENTER)
        if source.splitlines()[-1][:1] in (" ", "\t"):
            term.send(ENTER)
    else:
        term.line(source)


def _settle(term: Terminal, quiet: float = 0.8, timeout: float = 60) -> str:
    """Read until the screen has been still for ``quiet`` seconds; return all that came."""
    deadline = time.monotonic() + timeout
    seen, still_since = len(term.raw), time.monotonic()
    while time.monotonic() < deadline:
        term._pump(0.1)
        if len(term.raw) != seen:
            seen, still_since = len(term.raw), time.monotonic()
        elif time.monotonic() - still_since >= quiet:
            break
    return term.text[term.consumed:]


def _plain(markdown: str) -> str:
    return " ".join(re.sub(r"[`*]", "", markdown).split()[:5])


@pytest.mark.parametrize("lesson_id, step_id", [
    ("05-no-grad-error", "fix-it"),
    ("05-no-grad-error", "partial"),
    ("03-article-example", "backward"),
    ("11-capstone", "setup"),
])
def test_the_right_answer_line_by_line_meets_only_success(tmp_path: Path, lesson_id: str,
                                                          step_id: str) -> None:
    term, task = _open_at(tmp_path, _lesson(lesson_id), step_id)
    start = term.consumed
    success = "Well done, that is right!"
    for source in _statements(task.solution):
        _type(term, source)
        if success in _settle(term):
            break
    else:
        raise AssertionError("the solution never passed")
    said = term.text[start:]
    said = said[:said.index(success)]
    assert "Not solved yet" not in said and "Not there yet" not in said
    assert "Hint" not in said and "What went wrong" not in said
    for mistake in task.mistakes:
        assert _plain(mistake.message.en) not in re.sub(r"\s+", " ", said), mistake.id
    term.expect(success)
    term.line(":quit")
    assert term.wait_exit() == 0


def test_a_code_step_typed_in_pieces_then_enter_runs_nothing_twice(tmp_path: Path) -> None:
    lesson = _lesson("01-background")
    term, step = _open_at(tmp_path, lesson, "backward")
    assert "loss.backward()" in step.code
    start = term.consumed
    pieces = _statements(step.code)
    for source in pieces[:2]:           # loss.backward() and the first print, typed by hand
        term.line(source)
        term.expect(">>> ")
    term.send(ENTER)                    # Enter runs only the rest
    term.expect("Press Enter for the next step.")
    term.expect(">>> ")
    said = term.text[start:term.consumed]
    assert "second time" not in said and "Traceback" not in said
    # each print's output once (the typed lines themselves are echoed after ">>> ")
    assert len(re.findall(r"^w\.grad = tensor", said, re.MULTILINE)) == 1
    assert len(re.findall(r"^b\.grad = tensor", said, re.MULTILINE)) == 1
    assert "Running the rest of the step's code" in said
    term.send(ENTER)
    term.expect(f"step {step.index + 2}/{len(lesson.steps)}")
    term.expect(">>> ")
    term.line(":quit")
    assert term.wait_exit() == 0


def test_a_wrong_backward_then_retry_then_the_right_answer(tmp_path: Path) -> None:
    lesson = _lesson("03-article-example")
    term, task = _open_at(tmp_path, lesson, "backward", lang="tr")
    term.line("z.backward(gradient=torch.tensor([2., 2.]))")   # wrong: .grad is spoilt, graph freed
    term.expect(">>> ")
    term.line("z.backward(gradient=torch.tensor([1., 1.]))")   # the right call cannot pass now
    term.expect("backward through the graph a second time")
    term.expect(">>> ")
    term.line(":tekrar")
    term.expect("Bu adım yeniden başlıyor")
    term.expect(">>> ")
    term.line("x.grad")                 # as the step began: no gradient yet
    term.expect(">>> ")
    term.line("z.backward(gradient=torch.tensor([1., 1.]))")
    term.expect("Aferin, doğru!")
    term.expect(f"adım {task.index + 2}/{len(lesson.steps)}")
    term.expect(">>> ")
    term.line(":çık")
    assert term.wait_exit() == 0
