"""Issue 8, the terminal: Ctrl-C and Ctrl-D at every prompt (menu, lesson, quiz, demo), and a
40-column ``TERM=dumb`` terminal without colour, in a real pseudo-terminal and a fresh HOME.

Ctrl-C at a prompt clears the line and keeps the session (Ctrl-C while code runs is in
test_walkthrough.py); Ctrl-D saves and leaves with status 0. The demo is a show, not a session:
Ctrl-D and ``q`` end it normally, Ctrl-C ends it with 130 as any command-line tool does. Never a
traceback.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from .terminal import CTRL_C, CTRL_D, ENTER, Terminal, fresh_env  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "data" / "tutor"
TUTOR_FRAME = re.compile(r'^\s*File "(?!<stdin>|<lesson>)[^"]*", line \d+', re.MULTILINE)


def clean(term: Terminal) -> None:
    assert not TUTOR_FRAME.search(term.text), term.text[-3000:]
    assert "autograd_tui/" not in term.text


def saved(home: Path) -> dict:
    path = home / ".local" / "state" / "autograd-tui" / "progress.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang, prompt, bye", [("en", "lesson> ", "See you soon"),
                                               ("tr", "ders> ", "Görüşmek üzere")])
def test_menu_ctrl_c_clears_and_ctrl_d_leaves(tmp_path: Path, lang, prompt, bye) -> None:
    term = Terminal(["--lang", lang, "--lessons", str(DATA)], fresh_env(tmp_path / "home"))
    term.expect(prompt)
    term.send("12345")
    term.send(CTRL_C)                      # the line is dropped, the menu stays
    term.expect(prompt)
    term.send(CTRL_C)
    term.expect(prompt)
    term.send(CTRL_D)
    term.expect(bye)
    assert term.wait_exit() == 0
    clean(term)


def test_lesson_and_quiz_ctrl_c_clears_ctrl_d_saves(tmp_path: Path) -> None:
    home = tmp_path / "home"
    term = Terminal(["--lang", "tr", "--lessons", str(DATA), "lesson", "mini"], fresh_env(home))
    term.expect("adım 1/5")
    term.expect(">>> ")
    term.send("print('never')")
    term.send(CTRL_C)                      # at the lesson prompt: clears the line
    term.expect(">>> ")
    term.send(ENTER)                       # text read
    term.expect("adım 2/5")
    term.expect(">>> ")
    term.send(ENTER)                       # code run
    term.expect("Sonraki adım için Enter'a bas.")
    term.expect(">>> ")
    term.send(ENTER)
    term.expect("adım 3/5")
    term.expect(">>> ")
    term.line(":atla")                     # the task's solution runs
    term.expect("adım 4/5")
    term.expect("cevap> ")
    term.send("zz")
    term.send(CTRL_C)                      # at the quiz prompt: clears the answer
    term.expect("cevap> ")
    term.send(CTRL_D)                      # at the quiz prompt: saves and leaves
    term.expect("İlerlemen kaydedildi")
    assert term.wait_exit() == 0
    assert not re.search(r"^never\s*$", term.text, re.MULTILINE)   # the cleared line never ran
    clean(term)
    assert saved(home)["lessons"]["mini"]["step"] == 3     # back at the quiz next time

    term = Terminal(["--lessons", str(DATA), "lesson", "mini"], fresh_env(home))
    term.expect("4/5. adımdan devam")
    term.expect("cevap> ")
    term.line("a")
    term.expect("Doğru!")
    term.expect(">>> ")
    term.send(CTRL_D)
    assert term.wait_exit() == 0
    clean(term)


def test_demo_ctrl_d_and_q_leave_ctrl_c_stops(tmp_path: Path) -> None:
    env = fresh_env(tmp_path / "home")
    args = ["--lang", "en", "--lessons", str(DATA), "demo", "mini", "--speed", "0"]
    term = Terminal(args, env)
    term.expect("q quit")
    term.send(ENTER)                       # on to the code step
    term.expect("tensor([1., 2.], requires_grad=True)")
    term.expect("q quit")
    term.send("r")                         # the demo's REPL, on the lesson's namespace
    term.expect(">>> ")
    term.send("x.gr")
    term.send(CTRL_C)                      # clears the line
    term.expect(">>> ")
    term.line("print('X', x)")
    term.expect("X tensor([1., 2.], requires_grad=True)")
    term.expect(">>> ")
    term.send(CTRL_D)                      # back to the demo, same step
    term.expect("q quit")
    term.send(CTRL_D)                      # leaves the demo
    assert term.wait_exit() == 0
    clean(term)

    term = Terminal(args, env)
    term.expect("q quit")
    term.send(CTRL_C)
    status = term.wait_exit()
    assert status == 130
    clean(term)


def test_forty_columns_dumb_terminal_without_colour(tmp_path: Path) -> None:
    env = fresh_env(tmp_path / "home", TERM="dumb", NO_COLOR="1")
    term = Terminal(["--lang", "tr", "--lessons", str(DATA)], env, cols=40)
    term.expect("ders> ")
    term.line("mini")
    term.expect("1/5")
    term.expect(">>> ")
    for _ in range(3):
        term.send(ENTER)
        term.expect(">>> ")
    term.line(":ipucu")
    term.expect("İpucu 1/2")
    term.expect(">>> ")
    term.send("abc")
    term.send(CTRL_C)
    term.expect(">>> ")
    term.line(":çık")
    term.expect("İlerlemen kaydedildi")
    assert term.wait_exit() == 0
    clean(term)
    colour = re.compile(r"\x1b\[[0-9;]*(?:3[0-7]|9[0-7]|38;[25])[;m]")
    assert not colour.search(term.raw), "NO_COLOR must switch colours off"


@pytest.mark.parametrize("lang, banner", [("en", "autograd-tui sandbox"),
                                          ("tr", "autograd-tui deneme alanı")])
def test_blocks_typed_with_their_indentation_or_pasted_without_brackets(
        tmp_path: Path, lang: str, banner: str) -> None:
    """Auto-indent and the learner's own spaces do not add up: a block typed line by line with
    its indentation runs, and so does one pasted by a terminal that sends a paste as keys."""
    env = fresh_env(tmp_path / "home", NO_COLOR="1", LANG="en_US.UTF-8")
    term = Terminal(["repl", "--lang", lang], env, cols=80)
    term.expect(banner)
    term.expect(">>> ")
    for line in ["for i in range(2):", "    print(i * 10)", "    if i:", "        print('odd')",
                 "    else:", "        print('even')", ""]:
        term.line(line)
        term.expect("... " if line else "\n")
    term.expect("0\neven\n10\nodd\n")
    term.expect(">>> ")
    term.send("def f(x):\r    if x > 0:\r        return x\r    return -x\rprint(f(-3), f(2))\r")
    term.expect("3 2\n")
    term.expect(">>> ")
    assert "IndentationError" not in term.text
    term.line(":quit")
    assert term.wait_exit() == 0
    clean(term)


@pytest.mark.parametrize("lang, said, right", [("en", "That is code, not an answer", "Correct!"),
                                               ("tr", "Bu bir kod, cevap değil", "Doğru!")])
def test_code_typed_at_a_quiz_prompt_comes_back_with_up_at_the_code_prompt(tmp_path: Path, lang, said,
                                                                          right) -> None:
    # nothing typed is lost: code at answer> does not run there, and ↑ at >>> brings it back
    home = tmp_path / "home"
    term = Terminal(["--lang", lang, "--lessons", str(DATA), "lesson", "mini"], fresh_env(home))
    for _ in range(3):
        term.expect(">>> ")
        term.send(ENTER)
    term.expect(">>> ")
    term.line(":skip" if lang == "en" else ":atla")
    term.expect("cevap> " if lang == "tr" else "answer> ")
    term.line("kept = 40 + 2")
    term.expect(said)
    term.line("a")
    term.expect(right)
    term.expect(">>> ")
    term.send("\x1b[A")                    # ↑: the code typed at the quiz prompt
    term.send(ENTER)
    term.expect(">>> ")
    term.line("print(kept)")
    term.expect("42")
    term.send(CTRL_D)
    assert term.wait_exit() == 0
    clean(term)


def test_code_typed_at_the_menu_comes_back_with_up_in_the_sandbox(tmp_path: Path) -> None:
    term = Terminal(["--lang", "en", "--lessons", str(DATA)], fresh_env(tmp_path / "home"))
    term.expect("lesson> ")
    term.line("kept = 6 * 7")
    term.expect("That is code, and lesson> only opens lessons.")
    term.expect("lesson> ")
    term.line(":repl")
    term.expect(">>> ")
    term.send("\x1b[A")                    # ↑: the code typed at the menu
    term.send(ENTER)
    term.expect(">>> ")
    term.line("print(kept)")
    term.expect("42")
    term.send(CTRL_D)
    assert term.wait_exit() == 0
    clean(term)


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_code_copied_from_the_code_box_or_with_a_margin_runs_in_a_terminal(tmp_path: Path, lang) -> None:
    """A learner selects a lesson's code in its box (borders and all) or copies indented code,
    and pastes it: it runs. It was `SyntaxError: invalid character '│'` and `unexpected indent`."""
    env = fresh_env(tmp_path / "home", NO_COLOR="1", LANG="en_US.UTF-8")
    term = Terminal(["repl", "--lang", lang], env, cols=80)
    term.expect(">>> ")
    box = ("│ x = torch.tensor([1., 2.], requires_grad=True)     │\r"
           "│ print((6 * x ** 2).sum())                           │\r")
    term.send("\x1b[200~" + box + "\x1b[201~" + ENTER)
    term.expect("tensor(30., grad_fn=<SumBackward0>)")
    term.expect(">>> ")
    term.send("\x1b[200~    for i in range(2):\r        print(i * 10)\r\x1b[201~" + ENTER)
    term.expect("0\n10\n")
    term.expect(">>> ")
    term.line("pip install torch")
    term.expect("is a command for the terminal" if lang == "en" else "terminalin (kabuğunun) komutu")
    term.expect(">>> ")
    assert "IndentationError" not in term.text and "invalid character" not in term.text
    term.line(":quit")
    assert term.wait_exit() == 0
    clean(term)
