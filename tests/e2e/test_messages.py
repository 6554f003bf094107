"""The tutor's messages and commands in a real pseudo-terminal from a fresh HOME: the demo REPL's
banner names a tensor of the lesson, :graph names the constants the learner named, and the
sandbox's :reset asks before it clears anything."""
from __future__ import annotations

from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from .terminal import CTRL_D, ENTER, Terminal, fresh_env  # noqa: E402


def test_demo_repl_suggests_a_name_of_the_lesson_and_graph_names_its_constants(tmp_path: Path) -> None:
    term = Terminal(["--lang", "en", "demo", "01-background", "--speed", "0"], fresh_env(tmp_path / "home"))
    term.expect("q quit")
    term.send("r")                                  # step 1: nothing computed yet
    before = term.expect(">>> ")
    assert "Once a step has computed a tensor" in before and ":graph z" not in before
    term.send(CTRL_D)
    for _ in range(5):                              # to step 6: the forward step ran
        term.expect("q quit")
        term.send(ENTER)
    term.expect("q quit")
    term.send("r")
    term.expect("try :graph loss or :backward loss")
    term.expect(">>> ")
    term.line(":graph loss")
    term.expect("Computation graph of loss")
    drawn = term.expect("Read it from the top")
    assert "SubBackward0             y_pred - y_true" in drawn
    assert "(None, 0)             y_true" in drawn
    term.send(CTRL_D)
    term.expect("q quit")
    term.send("q")
    assert term.wait_exit() == 0


def test_sandbox_reset_asks_in_turkish(tmp_path: Path) -> None:
    term = Terminal(["--lang", "tr", "repl"], fresh_env(tmp_path / "home"))
    term.expect(">>> ")
    term.line("a = 41")
    term.expect(">>> ")
    term.line(":sıfırla")
    term.expect("[e/H] ")
    term.line("")                                   # Enter: no
    term.expect("Sıfırlanmadı")
    term.line("a + 1")
    term.expect("42")
    term.line(":sıfırla")
    term.expect("[e/H] ")
    term.line("evet")
    term.expect("Temiz ad alanı")
    term.line("a")
    term.expect("NameError: name 'a' is not defined")
    term.send(CTRL_D)
    assert term.wait_exit() == 0
