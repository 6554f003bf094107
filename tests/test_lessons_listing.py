"""`autograd-tui lessons`: every line fits the terminal, in both languages."""
from __future__ import annotations

import os
import shutil
import sys

import pytest

from autograd_tui.cli import main as cli_main


@pytest.mark.parametrize("lang", ["tr", "en"])
@pytest.mark.parametrize("columns", [80, 60, 40])
def test_the_listing_fits_a_terminal_of_any_width(lang, columns, capsys, monkeypatch):
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a, **k: os.terminal_size((columns, 24)))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert cli_main(["--lang", lang, "lessons"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(len(line) <= columns for line in lines), [s for s in lines if len(s) > columns]
    # each lesson keeps its id at the start of a line, and its counts (maybe cut short) after it
    assert any(line.startswith("01-background") for line in lines)
    assert sum("[" in line for line in lines) == sum(bool(line) and not line[0].isspace() for line in lines)


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_piped_listing_keeps_to_80_columns(lang, capsys):
    assert cli_main(["--lang", lang, "lessons"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(len(line) <= 80 for line in lines)


@pytest.mark.parametrize("lang, words", [("en", "22 lesson files here have the ids of the built-in lessons"),
                                         ("tr", "Buradaki 22 ders dosyası, zaten yüklenmiş olan yerleşik")])
def test_the_built_in_course_given_again_is_one_line_a_lesson_of_one_s_own_there_still_loads(
        tmp_path, capsys, monkeypatch, lang, words):
    # a clone's lessons/ folder after `pip install .`: the course itself, plus the author's lesson
    from autograd_tui.lessons.catalog import shipped_lessons_dir

    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path / "state"))
    clone = tmp_path / "lessons"
    shutil.copytree(shipped_lessons_dir(), clone)
    own = (clone / "03-article-example.yaml").read_text(encoding="utf-8").replace(
        "id: 03-article-example", "id: 99-mine", 1)
    (clone / "99-mine.yaml").write_text(own, encoding="utf-8")
    assert cli_main(["--lang", lang, "--lessons", str(clone), "lessons"]) == 0
    captured = capsys.readouterr()
    assert [line for line in captured.err.splitlines() if words in line] == [
        line for line in captured.err.splitlines() if line.startswith(str(clone) + ":")]
    assert len([line for line in captured.err.splitlines() if words in line]) == 1
    assert "already used" not in captured.err and "zaten kullanıyor" not in captured.err
    assert any(line.startswith("99-mine") for line in captured.out.splitlines())


def test_a_folder_repeating_one_built_in_id_names_that_file(tmp_path, capsys, monkeypatch):
    from autograd_tui.lessons.catalog import shipped_lessons_dir

    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path / "state"))
    folder = tmp_path / "mine"
    folder.mkdir()
    shutil.copy(shipped_lessons_dir() / "04-graph.yaml", folder / "04-graph.yaml")
    assert cli_main(["--lang", "en", "--lessons", str(folder), "lessons"]) == 0
    assert "04-graph.yaml:2: lesson id '04-graph' is already used by another lesson; skipped" \
        in capsys.readouterr().err
