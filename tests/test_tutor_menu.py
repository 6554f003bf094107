"""The lesson menu: progress column, resume offer and choices."""
from __future__ import annotations

from pathlib import Path

import pytest
from tutor_support import make_shell

from autograd_tui.lessons.loader import load_lesson, parse_lesson
from autograd_tui.tutor.menu import Menu
from autograd_tui.tutor.progress import ProgressStore

MINI = Path(__file__).parent / "data" / "tutor" / "mini.yaml"


@pytest.fixture
def lessons(tmp_path: Path):
    mini = load_lesson(MINI).lesson
    other = parse_lesson("""
id: other-lesson
title: {tr: "Öteki", en: "Other [not markup]"}
steps:
  - {id: a, kind: text, text: {tr: "A", en: "A"}}
  - {id: b, kind: text, text: {tr: "B", en: "B"}}
""", tmp_path / "other.yaml").lesson
    return [mini, other]


def test_menu_shows_progress_and_offers_to_resume(lessons, tmp_path: Path) -> None:
    store = ProgressStore(tmp_path / "p.json")
    store.save_lesson("mini", step=2, total=5)
    store.save_lesson("other-lesson", step=0, total=2, done=True)
    shell, out = make_shell([""])
    choice = Menu(shell, lessons, store).choose()
    text = out.getvalue()
    assert "step 3 of 5" in text and "done" in text
    assert "Other [not markup]" in text            # brackets are text, not rich markup
    assert "Continue “Small lesson” at step 3 of 5?" in text
    assert choice.action == "lesson" and choice.lesson.id == "mini"   # Enter resumes


@pytest.mark.parametrize("typed,action,lesson_id", [
    ("2", "lesson", "other-lesson"),
    ("other-lesson", "lesson", "other-lesson"),
    ("oth", "lesson", "other-lesson"),
    (":repl", "repl", None),
    (":çık", "quit", None),
    (":quit", "quit", None),
])
def test_choices(lessons, tmp_path: Path, typed, action, lesson_id) -> None:
    shell, out = make_shell([typed])
    choice = Menu(shell, lessons, ProgressStore(tmp_path / "p.json")).choose()
    assert choice.action == action
    assert (choice.lesson.id if choice.lesson else None) == lesson_id


def test_bad_choices_and_language(lessons, tmp_path: Path) -> None:
    shell, out = make_shell(["9", "", ":hint", ":lang tr", ":nope"])
    choice = Menu(shell, lessons, ProgressStore(tmp_path / "p.json")).choose()
    text = out.getvalue()
    assert "There is no lesson “9”" in text
    assert ":hint works inside a lesson" in text
    assert "Dersler" in text and "Küçük ders" in text     # redrawn in Turkish
    assert "Bilinmeyen komut :nope" in text
    assert choice.action == "quit"                        # end of input
