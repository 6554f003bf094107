"""The lesson menu: progress column, resume offer and choices."""
from __future__ import annotations

import re
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


@pytest.mark.parametrize("lang, unknown", [("en", "There is no lesson “"), ("tr", "diye bir ders yok")])
def test_a_pasted_page_is_not_repeated_whole_in_the_answer(lessons, tmp_path: Path, lang, unknown) -> None:
    # 5,000 characters pasted at lesson> came back whole in "There is no lesson “…”", a screenful
    page = "ş" * 5000
    shell, out = make_shell([page, ":" + "x" * 5000], lang=lang, width=100)
    Menu(shell, lessons, ProgressStore(tmp_path / "p.json")).choose()
    text = out.getvalue()
    assert unknown in text and "ş" * 60 + "…" in text and "ş" * 61 not in text
    assert ":" + "x" * 60 + "…" in text and "x" * 61 not in text
    assert len(text) < 3000


@pytest.mark.parametrize("lang, said", [("en", "That is code, and lesson> only opens lessons."),
                                        ("tr", "Bu bir kod; ders> yalnızca ders açar.")])
def test_code_at_the_menu_is_told_apart_and_kept_for_the_sandbox(lessons, tmp_path: Path, lang, said) -> None:
    # "x = torch.ones(2)" at lesson> got "There is no lesson “x = torch.ones(2)”" and was gone
    code = ["x = torch.ones(2)", "print(x)", "for i in range(2):\n    print(i)"]
    shell, out = make_shell([*code, "other-lessn", "mini-x", "9"], lang=lang, width=200)
    Menu(shell, lessons, ProgressStore(tmp_path / "p.json")).choose()
    text = out.getvalue()
    assert text.count(said) == len(code) and shell.reader.remembered == code
    # a slip of a lesson id (it parses as a subtraction) or a number is no code
    assert text.count("“other-lessn”") == 1 and text.count("“mini-x”") == 1 and text.count("“9”") == 1


# ------------------------------------------------------------------ a menu that fits the screen
def shipped_lessons():
    from autograd_tui.lessons.index import load_index

    return load_index([], cache=None).lessons


def draws(width: int, lines: int, lang: str, script, tmp_path: Path, store=None):
    """The menu's screens (one per draw) on a screen of ``width`` x ``lines``."""
    shell, out = make_shell(script, width=width, lang=lang)
    shell.ui.screen_lines = lines
    menu = Menu(shell, shipped_lessons(), store or ProgressStore(tmp_path / "p.json"))
    marks: list[int] = []
    real_draw = menu.draw

    def draw(**kw):
        marks.append(len(out.getvalue()))
        real_draw(**kw)

    menu.draw = draw  # type: ignore[method-assign]
    menu.choose()
    text = out.getvalue()
    return [text[a:b] for a, b in zip(marks, marks[1:] + [len(text)])], menu


# why 40x12: the menu's texts alone took 14 lines there, so no lesson was ever on the screen
@pytest.mark.parametrize("width,lines", [(80, 24), (40, 24), (40, 40), (120, 30), (40, 12)])
@pytest.mark.parametrize("lang", ["en", "tr"])
def test_the_menu_fits_the_screen_and_pages_through_every_lesson(tmp_path, width, lines, lang) -> None:
    title = "Lessons" if lang == "en" else "Dersler"
    page = ":page" if lang == "en" else ":sayfa"
    screens, menu = draws(width, lines, lang, [page] * 30, tmp_path)
    seen: list[str] = []
    for screen in screens[:menu.pages]:
        shown = screen.splitlines()
        assert len(shown) + 1 <= lines, screen          # + the prompt: the top stays on screen
        start = shown.index(title)
        assert shown[start + 1].split() == ["#", "Lesson" if lang == "en" else "Ders",
                                            "Progress" if lang == "en" else "İlerleme"]
        seen += [line.split()[0] for line in shown[start + 2:] if line[:4].strip().isdigit()]
    assert seen == [str(i) for i in range(1, len(menu.lessons) + 1)]   # each once, in order
    assert menu.pages > 1 or lines >= 40
    after_last = screens[menu.pages].splitlines()                       # after the last, the first
    assert after_last[after_last.index(title) + 2].split()[0] == "1"


def test_a_tall_screen_shows_every_lesson_and_the_welcome(tmp_path) -> None:
    screens, menu = draws(80, 60, "en", [], tmp_path)
    assert menu.pages == 1 and "Welcome to autograd-tui" in screens[0] and "Page " not in screens[0]


def test_the_menu_opens_on_the_page_it_offers_to_resume(tmp_path) -> None:
    store = ProgressStore(tmp_path / "p.json")
    lessons = shipped_lessons()
    store.save_lesson(lessons[19].id, step=2, total=lessons[19].step_count)
    screens, _ = draws(80, 24, "en", [], tmp_path, store)
    assert " 20  " in screens[0] and "Continue “" in screens[0]
    assert len(screens[0].splitlines()) < 24


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_page_of_one_lesson_names_one_lesson(tmp_path, lang) -> None:
    """On a 40x15 screen a page may hold one lesson: it said "lessons 22–22 of 22"."""
    page = ":page" if lang == "en" else ":sayfa"
    screens, menu = draws(40, 15 if lang == "en" else 17, lang, [page] * 30, tmp_path)
    text = " ".join(" ".join(screen.split()) for screen in screens[:menu.pages])
    n = len(menu.lessons)
    assert not re.search(r"\b(\d+)–\1\b", text), text
    one = rf"lesson \d+ of {n}\." if lang == "en" else rf"{n} dersten \d+\. ders\."
    assert re.search(one, text), text


@pytest.mark.parametrize("lang, typed, said", [
    ("tr", ":yardm", ":yardım mı demek istedin?"), ("tr", ":lnag", ":dil mi demek istedin?"),
    ("tr", ":qiut", ":çık mı demek istedin?"), ("en", ":hlep", "Did you mean :help?"),
    ("en", ":sayf", "Did you mean :page?")])
def test_a_misspelt_menu_command_gets_a_suggestion_in_the_learners_language(lessons, tmp_path: Path,
                                                                           lang, typed, said) -> None:
    # the lesson prompt suggested the closest command; the menu only said "unknown"
    shell, out = make_shell([typed, ":xyzzy"], lang=lang)
    choice = Menu(shell, lessons, ProgressStore(tmp_path / "p.json")).choose()
    text = out.getvalue()
    assert said in text
    asked = "demek istedin" if lang == "tr" else "Did you mean"
    assert text.count(asked) == 1      # one for the typo, none for :xyzzy
    assert choice.action == "quit"    # the script ran out: nothing was chosen by the typo
