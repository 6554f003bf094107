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
