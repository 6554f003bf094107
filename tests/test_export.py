"""``autograd-tui export``: every shipped lesson as Markdown notes and as a script that runs."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from autograd_tui.lessons.catalog import load_catalog
from autograd_tui.lessons.export import _echo_last, to_markdown, to_script

ROOT = Path(__file__).resolve().parents[1]
LESSONS = [lesson.id for lesson in load_catalog().lessons]


def _cli(*args: str, cwd: Path, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, AUTOGRAD_TUI_STATE_DIR=str(cwd / "state"), **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "autograd_tui", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_every_lesson_exports_to_a_script_that_runs(lesson_id, tmp_path):
    script = tmp_path / f"{lesson_id}.py"
    made = _cli("export", lesson_id, "--format", "py", "-o", str(script), "--lang", "tr", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    compile(script.read_text(encoding="utf-8"), str(script), "exec")
    # TORCH_HOME inside tmp: lesson 6 must not find (or leave) weights in the user's cache
    ran = _cli("run", str(script), cwd=tmp_path, env_extra={"TORCH_HOME": str(tmp_path / "th")})
    assert ran.returncode == 0, ran.stderr[-2000:]


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_every_lesson_exports_to_markdown(lesson_id, tmp_path):
    made = _cli("export", lesson_id, "--format", "md", "--lang", "en", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    text = made.stdout
    lesson = next(item for item in load_catalog().lessons if item.id == lesson_id)
    assert text.startswith(f"# {lesson.title.en}\n")
    assert text.count("```") % 2 == 0          # every fence is closed


def test_the_article_lesson_in_both_formats(tmp_path):
    lesson = next(item for item in load_catalog().lessons if item.id.startswith("03"))
    md = to_markdown(lesson, "tr", {s.index: "x.grad =  tensor([12., 24.])\n" for s in lesson.steps
                                    if s.id == "grads"})
    assert "*Çıktı:*" in md and "x.grad =  tensor([12., 24.])" in md
    assert "```python\nz = 6*x**2 - 2*y**3\n```" in md
    py = to_script(lesson, "en")
    assert "z = 6*x**2 - 2*y**3" in py
    assert "print(z)" in py                       # a bare expression is printed in a script
    assert "# Solution: the derivative of 6*x**2 - 2*y**3 with respect to x, by hand" in py
    assert "except ImportError:" in py            # viz is optional under plain PyTorch


def test_a_failing_step_is_caught_in_the_script():
    lesson = next(item for item in load_catalog().lessons if item.id.startswith("05"))
    py = to_script(lesson, "en")
    assert "except RuntimeError as error:" in py


def test_markdown_outputs_come_from_running_the_lesson(tmp_path):
    made = _cli("export", "03", "--format", "md", "--lang", "tr", "-o", str(tmp_path / "n.md"), cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    notes = (tmp_path / "n.md").read_text(encoding="utf-8")
    assert "x.grad =  tensor([12., 24.])" in notes
    assert "y için =  tensor([-24., -96.], grad_fn=<MulBackward0>)" in notes


def test_echo_rules():
    assert _echo_last("z") == "print(z)\n"
    assert _echo_last("a = 1\nx.grad") == "a = 1\nprint(x.grad)\n"
    assert _echo_last("z.backward()") == "z.backward()"
    assert _echo_last("for i in range(2):\n    i") == "for i in range(2):\n    i"


def test_unknown_lesson(tmp_path):
    made = _cli("export", "nope", "--lang", "en", cwd=tmp_path)
    assert made.returncode == 2 and "There is no lesson with the id “nope”" in made.stderr


@pytest.mark.parametrize("lang, title", [("en", "Recap"), ("tr", "Özet")])
def test_markdown_notes_end_with_the_recap(lang, title):
    lesson = next(item for item in load_catalog().lessons if item.id.startswith("04"))
    md = to_markdown(lesson, lang, {})
    assert md.endswith(f"## {title}\n\n{lesson.recap.get(lang).strip()}\n")
