"""What a new user sees on small screens, in a real pseudo-terminal and a fresh HOME: the
menu pages to fit 80x24, and at 40 columns the step headers keep their look and code boxes
mark a wrapped line."""
from __future__ import annotations

from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from .terminal import ENTER, Terminal, fresh_env  # noqa: E402


@pytest.mark.parametrize("lang, prompt, page, words", [
    ("en", "lesson> ", ":page", ("Lessons", "Page 1 of ", "Page 2 of ")),
    ("tr", "ders> ", ":sayfa", ("Dersler", "Sayfa 1/", "Sayfa 2/")),
])
def test_the_menu_pages_on_an_80x24_screen(tmp_path: Path, lang, prompt, page, words) -> None:
    term = Terminal(["--lang", lang], fresh_env(tmp_path / "home"), rows=24, cols=80)
    title, first, second = words
    screen = term.expect(first)
    assert title in screen and "\n  1  " in screen
    assert len(screen[screen.index(title):].splitlines()) < 24   # the title stays on screen
    term.expect(prompt)
    term.line(page)
    screen = term.expect(second)
    assert title in screen and "\n  1  " not in screen
    term.expect(prompt)
    term.line(":quit" if lang == "en" else ":çık")
    assert term.wait_exit() == 0


@pytest.mark.parametrize("lang, header", [("en", "── Background: parameters, forward"),
                                          ("tr", "── Arka plan: parametreler, ileri")])
def test_forty_columns_keep_headers_and_mark_wrapped_code(tmp_path: Path, lang, header) -> None:
    term = Terminal(["--lang", lang, "lesson", "01-background"], fresh_env(tmp_path / "home"),
                    rows=40, cols=40)
    assert header in term.expect(">>> ")
    term.send(ENTER)
    term.expect("2/16")
    term.expect(">>> ")
    term.send(ENTER)
    term.expect("3/16")
    screen = term.expect("╰")
    assert "│ w = torch.tensor(0.5," in screen and "│ ↪ requires_grad=True)" in screen
    term.line(":quit" if lang == "en" else ":çık")
    assert term.wait_exit() == 0
