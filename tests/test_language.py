"""The learner's language everywhere: Turkish command names, Turkish case folding, the toolbar
on narrow terminals, the command line's help and errors, and the first-run language choice."""
from __future__ import annotations

from pathlib import Path

import pytest
from tutor_support import make_shell

from autograd_tui import i18n
from autograd_tui.lessons.catalog import load_catalog
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.repl.builtin_commands import build_registry
from autograd_tui.tutor.flow import LessonController
from autograd_tui.tutor.menu import Menu
from autograd_tui.tutor.progress import ProgressStore
from autograd_tui.ui.render import fit_toolbar

MINI = Path(__file__).parent / "data" / "tutor" / "mini.yaml"


# ------------------------------------------------------------------ command names
def test_every_colon_command_has_a_turkish_name() -> None:
    registry = build_registry()
    for command in registry.commands():
        assert command.aliases, f":{command.name} has no Turkish alias"
        assert command.shown_name("tr") == command.aliases[0]
        assert command.shown_name("en") == command.name
        # both names always work
        assert registry.get(command.name) is command
        assert registry.get(command.aliases[0]) is command


@pytest.mark.parametrize("typed, meant", [
    ("ÇIK", "quit"), ("İLERİ", "next"), ("İpucu", "hint"), ("SIFIRLA", "reset"),
    ("YARDIM", "help"), ("ÇÖZÜM", "solution"), ("MENÜ", "menu"), ("DİL", "lang"),
    ("ÇİZGE", "graph"), ("GERİ-YAYILIM", "backward"), ("ÇİZ", "plot"),
    ("EXIT", "quit"), ("HINT", "hint"), ("Quit", "quit"),
])
def test_capitalised_names_are_recognised_in_both_languages(typed: str, meant: str) -> None:
    command = build_registry().get(typed)
    assert command is not None and command.name == meant


def test_menu_understands_turkish_capitals(tmp_path: Path) -> None:
    shell, _ = make_shell(lang="tr")
    menu = Menu(shell, load_catalog([]).lessons, ProgressStore(tmp_path / "p.json"))
    choice = menu.interpret(":ÇIK")
    assert choice is not None and choice.action == "quit"
    choice = menu.interpret(":DENEME")
    assert choice is not None and choice.action == "repl"


def test_turkish_messages_name_the_turkish_commands() -> None:
    english_names = {c.name for c in build_registry().commands()}
    for key, forms in i18n.MESSAGES.items():
        for name in english_names:
            assert f":{name} " not in forms["tr"] + " " and f":{name}," not in forms["tr"], (key, name)


def test_usage_of_graph_is_turkish_on_a_turkish_screen() -> None:
    shell, out = make_shell([":çizge", ":GERİ-YAYILIM"], lang="tr")
    shell.registry = build_registry()
    shell.handle_command(":çizge")
    shell.handle_command(":GERİ-YAYILIM")
    text = out.getvalue()
    assert "Kullanım: :çizge İFADE" in text
    assert "Kullanım: :geri-yayılım İFADE" in text
    assert ":graph" not in text and ":backward" not in text


def test_a_typo_suggests_the_name_in_the_learners_language() -> None:
    shell, out = make_shell(lang="tr")
    shell.handle_command(":ipuc")
    assert ":ipucu mi demek istedin?" in out.getvalue()


# ------------------------------------------------------------------ toolbar
@pytest.mark.parametrize("width", [60, 100])
@pytest.mark.parametrize("lang", ["tr", "en"])
def test_toolbar_keys_come_first_and_fit(tmp_path: Path, width: int, lang: str) -> None:
    lesson = load_lesson(MINI).lesson
    shell, _ = make_shell(lang=lang, width=width)
    controller = LessonController(shell, lesson, ProgressStore(tmp_path / "p.json"))
    line = controller.toolbar()
    keys = i18n.t("lesson.toolbar_keys", lang)
    assert line.startswith(keys)
    assert len(line) < width
    assert "1/" in line  # the position survives; the title is what gets cut


def test_toolbar_trims_a_long_title_not_the_keys() -> None:
    keys = ":ipucu  :atla  :geri  :yardım"
    line = fit_toolbar(keys, "3/12 " + "Çok uzun bir ders başlığı " * 5, 60)
    assert line.startswith(keys + "  · 3/12 Çok")
    assert line.endswith("…") and len(line) == 59
    assert fit_toolbar(keys, "1/2 Kısa", 100) == keys + "  · 1/2 Kısa"
    assert len(fit_toolbar(keys, "x", 20)) == 19
