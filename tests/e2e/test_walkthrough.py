"""A new user's first session, in a real pseudo-terminal and a fresh HOME.

Start in Turkish, open the article's main lesson from the menu, run its code steps, fail a
task once and see the targeted message, ask for a hint, solve it, stop an endless loop with
Ctrl-C, :quit, start again and be offered the same step with ``x`` still defined.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

from autograd_tui.lessons.catalog import load_catalog  # noqa: E402
from autograd_tui.lessons.model import CodeStep, QuizStep, TaskStep, TextStep  # noqa: E402

from .terminal import CTRL_C, CTRL_D, ENTER, Terminal, fresh_env  # noqa: E402

PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"

ARTICLE_LESSON = "03-article-example"
DATA = Path(__file__).resolve().parents[1] / "data" / "tutor"


def _plain(markdown: str) -> str:
    """What the learner sees of a short Markdown message (no backticks or stars)."""
    return re.sub(r"[`*]", "", markdown).strip()


def _first_words(markdown: str, n: int = 5) -> str:
    return " ".join(_plain(markdown).split()[:n])


@pytest.fixture
def article():
    catalog = load_catalog()
    for number, lesson in enumerate(catalog.lessons, 1):
        if lesson.id == ARTICLE_LESSON:
            return number, lesson
    pytest.skip(f"the shipped lessons have no {ARTICLE_LESSON}")


def paste(term: Terminal, code: str) -> None:
    """Paste a block (bracketed paste), then Enter; a block ending indented needs one more."""
    code = code.strip("\n")
    term.send(PASTE_START + code + PASTE_END + ENTER)
    if code.splitlines()[-1][:1] in (" ", "\t"):
        term.send(ENTER)


def _walk_to_first_task(term: Terminal, lesson) -> int:
    """Enter through text and code steps, answer quizzes right; return the task's index."""
    total = len(lesson.steps)
    for step in lesson.steps:
        term.expect(f"adım {step.index + 1}/{total}")
        if isinstance(step, TaskStep):
            term.expect(">>> ")
            return step.index
        if isinstance(step, QuizStep):
            letter = "abcdefghij"[[c.id for c in step.choices].index(step.answer)]
            term.expect("cevap> ")
            term.line(letter)
            term.expect("Doğru")    # "Doğru!", or the choice's own "Doğru: …"
            continue
        term.expect(">>> ")
        term.send(ENTER)
        if isinstance(step, CodeStep):
            term.expect("Sonraki adım için Enter'a bas.")
            term.expect(">>> ")
            term.send(ENTER)
        else:
            assert isinstance(step, TextStep)
    raise AssertionError("the lesson has no task")


def test_first_session_and_resume(tmp_path: Path, article) -> None:
    number, lesson = article
    env = fresh_env(tmp_path / "home")

    term = Terminal(["--lang", "tr"], env)
    term.expect("autograd-tui'ye hoş geldin")
    term.expect("ders> ")
    term.line(str(number))

    task_index = _walk_to_first_task(term, lesson)
    task = lesson.steps[task_index]
    assert "x" in "".join(s.code for s in lesson.steps[:task_index] if isinstance(s, CodeStep))

    # A known mistake gets its own message, in Turkish (pasted, as learners often do).
    if task.mistakes:
        mistake = sorted(task.mistakes, key=lambda m: m.error is None)[0]
        paste(term, mistake.example)
        term.expect(_first_words(mistake.message.tr))
    else:
        term.line(":kontrol")
        term.expect("Henüz çözülmedi")
    term.expect(">>> ")
    term.line(":ipucu")
    term.expect("İpucu ")
    term.expect(">>> ")

    paste(term, task.solution)
    term.expect("Aferin")
    term.expect(f"adım {task_index + 2}/{len(lesson.steps)}")
    term.expect(">>> ")

    # Ctrl-C stops running code and keeps the session.
    paste(term, "print('döngü', 'başladı')\nwhile True: pass")
    term.expect("döngü başladı")          # it runs: now Ctrl-C is a signal, not a key
    time.sleep(0.3)
    term.send(CTRL_C)
    term.expect("KeyboardInterrupt")
    term.expect("Ctrl-C ile durduruldu")
    term.expect(">>> ")
    term.line("print('hâlâ', 'burada')")
    term.expect("hâlâ burada")
    term.expect(">>> ")

    term.line(":quit")
    term.expect("İlerlemen kaydedildi")
    assert term.wait_exit() == 0

    state = json.loads((tmp_path / "home" / ".local" / "state" / "autograd-tui" /
                        "progress.json").read_text(encoding="utf-8"))
    assert state["lessons"][ARTICLE_LESSON]["step"] == task_index + 1
    assert state["language"] == "tr"

    # Start again (no --lang: the choice was remembered): offered the same step, x defined.
    term = Terminal([], env)
    term.expect(f"{task_index + 2}/{len(lesson.steps)}. adımdan devam")
    term.expect("ders> ")
    term.send(ENTER)
    term.expect("Tekrar hoş geldin")
    term.expect(f"adım {task_index + 2}/{len(lesson.steps)}")
    term.expect(">>> ")
    term.line("print('X =', x)")
    term.expect("X = tensor([1., 2.], requires_grad=True)")
    term.expect(">>> ")
    term.send(CTRL_D)
    term.expect("İlerlemen kaydedildi")
    assert term.wait_exit() == 0


def test_kill_minus_nine_resumes_at_the_last_completed_step(tmp_path: Path) -> None:
    env = fresh_env(tmp_path / "home")
    term = Terminal(["--lang", "en", "--lessons", str(DATA), "lesson", "mini"], env)
    term.expect("step 1/5")
    term.expect(">>> ")
    term.send(ENTER)                       # text read
    term.expect("step 2/5")
    term.expect(">>> ")
    term.send(ENTER)                       # code step run: completed (and saved)
    term.expect("Press Enter for the next step.")
    term.expect(">>> ")
    term.kill9()

    term = Terminal(["--lessons", str(DATA), "lesson", "mini"], env)
    term.expect("We continue at step 3 of 5")
    term.expect(">>> ")
    term.line("print('X =', x)")
    term.expect("X = tensor([1., 2.], requires_grad=True)")
    term.expect(">>> ")
    term.line(":quit")
    assert term.wait_exit() == 0


def test_sandbox_in_a_terminal(tmp_path: Path) -> None:
    env = fresh_env(tmp_path / "home", NO_COLOR="1", LANG="en_US.UTF-8")
    term = Terminal(["repl"], env, cols=40)
    term.expect("autograd-tui sandbox")
    term.expect(">>> ")
    term.line("x = torch.tensor([1., 2.], requires_grad=True)")
    term.expect(">>> ")
    term.send("for i in range(2):" + ENTER)     # the block continues…
    term.send("print(i)" + ENTER + ENTER)      # …until an empty line
    term.expect("0\n1")
    term.expect(">>> ")
    term.line("z = (6*x**2).sum()")
    term.expect(">>> ")
    term.line("z.backward(); x.grad")
    term.expect("tensor([12., 24.])")
    term.expect(">>> ")
    term.send("abc")
    term.send(CTRL_C)                           # at the prompt: clears the line
    term.expect(">>> ")
    term.line("exit()")
    assert term.wait_exit() == 0
    colour = re.compile(r"\x1b\[[0-9;]*(?:3[0-7]|9[0-7]|38;[25])[;m]")
    assert not colour.search(term.raw), "NO_COLOR must switch colours off"
