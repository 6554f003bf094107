"""Instructor mode (``autograd-tui demo ID``) driven with scripted keys and a recording console."""
from __future__ import annotations

import io

import pytest

from tutor_support import ScriptedKeys

from autograd_tui.backend import activate
from autograd_tui.lessons.catalog import load_catalog
from autograd_tui.tutor.demo import Demo, key_name
from autograd_tui.ui.render import make_console


def _demo(keys, lesson_prefix="03", speed=0.0, *, lang="en", width=100):
    activate("embedded")
    lesson = next(item for item in load_catalog().lessons if item.id.startswith(lesson_prefix))
    out = io.StringIO()
    console = make_console(file=out, width=width, no_color=True)
    demo = Demo(lesson, lang=lang, backend="embedded", speed=speed, console=console,
                keys=ScriptedKeys(keys))
    demo.clear = lambda: out.write("\n=== screen ===\n")
    return demo, out


def test_steps_forward_back_and_quit():
    # 1 text, 2 code (x, y), 3 text, 4 code (z), 5 code (echo z); then back twice, then quit.
    demo, out = _demo(["enter"] * 4 + ["b", "b", "q"])
    assert demo.play() == 0
    text = out.getvalue()
    assert "1/20 · Reading" in text and "5/20 · Code" in text
    assert "tensor([ -10., -104.], grad_fn=<SubBackward0>)" in text
    # going back rebuilt the namespace as it was on arriving at step 3: x and y, no z yet
    assert "x" in demo.namespace and "z" not in demo.namespace


def test_a_quiz_waits_before_revealing_and_tasks_run_their_solutions():
    keys = ["enter"] * 6 + ["space"] + ["enter"] * 3 + ["q"]
    demo, out = _demo(keys, speed=1000.0)
    demo.play()
    text = out.getvalue()
    assert "Ask the room first" in text and "Answer: b)" in text
    assert "✓ The solution passes the check." in text       # the backward task
    assert demo.namespace["x"].grad is not None


@pytest.mark.parametrize("lang, keys", [("en", ["next", "back", "REPL", "quit"]),
                                        ("tr", ["ileri", "geri", "REPL", "çık"])])
@pytest.mark.parametrize("width", [80, 40])
def test_the_keys_line_fits_and_wraps_between_keys(lang, keys, width):
    demo, out = _demo(["q"], lang=lang, width=width)
    demo.play()
    lines = [line.strip() for line in out.getvalue().splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if line.startswith("Enter/→"))
    footer = lines[start:start + (1 if width == 80 else 3)]
    assert all(len(line) <= width - 8 for line in footer)
    if width == 80:   # one line on a usual terminal; a lone "çık" on a line of its own was seen
        assert all(word in footer[0] for word in keys) and footer[0].endswith(keys[-1])
    for line in footer:   # narrower: it wraps between the keys, each key whole on its line
        assert line.startswith(("Enter/→", "b/←", "r ", "q ")), footer


def test_keys_are_named():
    assert key_name("\r") == "enter" and key_name("\x1b[D") == "left" and key_name("B") == "b"


def test_without_a_terminal_the_demo_prints_the_transcript(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, AUTOGRAD_TUI_STATE_DIR=str(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "autograd_tui", "demo", "03", "--lang", "en"],
                          input="", capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0
    assert "needs a terminal" in proc.stderr
    assert "x.grad =  tensor([12., 24.])" in proc.stdout


class _ResizedKeys:
    """Keys that resize the terminal (COLUMNS) after the first key, as a window dragged narrower."""

    def __init__(self, keys, monkeypatch, columns):
        self.keys, self.monkeypatch, self.columns = list(keys), monkeypatch, columns
        self.read = 0

    def cbreak(self):
        return ScriptedKeys([]).cbreak()

    def poll(self, timeout):
        return None

    def wait(self):
        self.read += 1
        if self.read == 2:
            self.monkeypatch.setenv("COLUMNS", str(self.columns))
        return self.keys.pop(0) if self.keys else "q"


def _screens(out):
    return [screen for screen in out.getvalue().split("=== screen ===")[1:] if screen.strip()]


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_screens_after_a_resize_are_drawn_at_the_new_width(monkeypatch, lang):
    monkeypatch.setenv("COLUMNS", "80")
    demo, out = _demo(["enter", "b", "enter", "enter"], "04", lang=lang, width=80)
    demo.keys = _ResizedKeys(demo.keys.keys, monkeypatch, 60)
    demo.follow_terminal = True
    demo.play()
    first, second, *after = _screens(out)   # the window is resized while the second one shows
    assert max(len(line) for line in first.splitlines() + second.splitlines()) == 80
    assert len(after) >= 3
    for screen in after:   # b, then Enter: every later screen at 60 columns
        assert max(len(line) for line in screen.splitlines()) == 60, screen


@pytest.mark.parametrize("speed", [0.0, 1e6])
@pytest.mark.parametrize("width", [80, 60])
def test_a_long_code_line_wraps_under_its_code_with_a_marker(speed, width):
    # lesson 04, step 10: acc_y = z.grad_fn.next_functions[1][0].next_functions[0][0].next_functions[0][0]
    demo, out = _demo(["enter"] * 12, "04", speed=speed, width=width)
    demo.play()
    screen = next(screen for screen in _screens(out) if "10/14 · Task" in screen)
    lines = screen.splitlines()
    assert max(len(line) for line in lines) <= width
    start = next(i for i, line in enumerate(lines) if line.startswith("    >>> acc_y = "))
    rest = lines[start + 1]
    assert rest.startswith("        ↪ ")   # under the code, after the prompt's four columns
    typed = lines[start][len("    >>> "):] + rest[len("        ↪ "):]
    assert typed.replace(" ", "").startswith(
        "acc_y=z.grad_fn.next_functions[1][0].next_functions[0][0].next_functions[0][0]")


@pytest.mark.parametrize("lang, title", [("en", "Recap"), ("tr", "Özet")])
def test_the_end_screen_shows_the_recap(lang, title):
    demo, out = _demo(["enter"] * 40, "04", lang=lang)
    demo.play()
    end = _screens(out)[-1]
    assert title in end
    first = demo.lesson.recap.get(lang).splitlines()[0].lstrip("- ").split("`")[0].strip()
    assert first and first in " ".join(end.split())


@pytest.mark.parametrize("lang, title", [("en", "Recap"), ("tr", "Özet")])
def test_the_auto_transcript_ends_with_the_recap(lang, title):
    from autograd_tui.lessons.transcript import play

    lesson = next(item for item in load_catalog().lessons if item.id.startswith("04"))
    chunks: list[str] = []
    assert play(lesson, lang, "embedded", chunks.append)
    transcript = "".join(chunks)
    assert transcript.endswith(f"\n── {title} ──\n{lesson.recap.get(lang).strip()}\n")


@pytest.mark.parametrize("lang, command, words", [
    ("en", ":hint", ":hint is for a learner taking the lesson; the demo only shows it. To take it: "
                    "autograd-tui lesson 04-graph. :quit returns to the demo."),
    ("tr", ":ipucu", ":ipucu, dersi alan bir öğrenci içindir; gösterim dersi yalnızca gösterir. Dersi almak "
                     "için: autograd-tui lesson 04-graph. :çık ile gösterime dönülür.")])
def test_a_lesson_command_in_the_demo_s_repl_says_how_to_take_the_lesson(lang, command, words):
    from tutor_support import make_shell

    from autograd_tui.tutor.demo import _ReplController

    demo, _ = _demo([], "04", lang=lang)
    shell, out = make_shell(lang=lang)
    shell.controller = _ReplController(shell, demo)
    shell.handle_command(command)
    text = " ".join(out.getvalue().split())
    assert words in text and "Run autograd-tui and choose one" not in text


def test_code_shown_repl_style_continues_a_decorated_definition():
    # Python's prompt reads a decorator and its def as one statement: the def line is a
    # continuation ("..."), as in the transcript of lesson 08's @torch.no_grad() task.
    from autograd_tui.lessons.transcript import repl_style

    code = "@torch.no_grad()\ndef predict(inp):\n    return w * inp\n\nprint(predict(x))\n"
    assert repl_style(code).splitlines() == [
        ">>> @torch.no_grad()", "... def predict(inp):", "...     return w * inp", ">>>",
        ">>> print(predict(x))"]


@pytest.mark.parametrize("lang, page, last", [("en", "page 1/", "the last"), ("tr", "sayfa 1/", "sonuncusu")])
def test_a_screen_taller_than_a_small_terminal_is_shown_in_pages(lang, page, last):
    # 40x12: step 1's text would scroll its title away; each page fits, Enter shows the next,
    # b the one before, and Enter on the last page goes on to step 2
    demo, out = _demo(["enter", "b", "enter", "enter", "enter", "q"], lang=lang, width=40)
    demo.page_height = 12
    demo.play()
    screens = _screens(out)
    paged = [screen for screen in screens if page[:-2] in screen]
    assert page in paged[0]
    assert all(len(screen.strip("\n").splitlines()) <= 12 for screen in paged), paged
    first, second, again_first, again_second, third, next_step = paged
    assert "1/20" in first and "1/20" not in second    # the title box is on the first page only
    assert again_first == first and again_second == second   # b went back a page, Enter on again
    assert last in third and "1/20" not in third
    # step 2, just typed, opens where its typing ended (its last line), not on its title's page
    assert "y = torch.tensor([2., 4.]," in next_step and page[:-2] in next_step and "2/20" not in next_step
    text = " ".join(" ".join(screen.split()) for screen in (first, second, third))
    step = demo.lesson.steps[0].text.get(lang)
    for word in step.replace("`", "").replace("*", "").split():   # every word is on a page
        assert word in text, word


def test_a_quiz_too_tall_for_the_screen_is_paged_before_its_answer_then_opens_on_it():
    # lesson 02's first quiz at 40x12: the question and its choices in pages above "any key
    # reveals"; after the key, the screen opens on the page of the answer
    demo, out = _demo(["enter"] * 10 + ["q"], "02", width=40)
    demo.page_height = 12
    quiz = next(i for i, step in enumerate(demo.lesson.steps) if step.kind == "quiz" and not step.code)
    demo.show(quiz)
    assert demo.wait_paging(quiz) == "enter"
    screens = _screens(out)
    reveal_pages = [screen for screen in screens if "Ask the room first" in screen and "page " in screen]
    assert len(reveal_pages) >= 2 and all(len(s.strip("\n").splitlines()) <= 12 for s in reveal_pages)
    assert "Answer:" not in "".join(reveal_pages)
    text = " ".join(" ".join(s.split()) for s in reveal_pages)
    question = demo.lesson.steps[quiz].question.get("en").replace("`", "").replace("*", "")
    assert " ".join(question.split()) in text and "c) " in text
    answered = next(s for s in screens[screens.index(reveal_pages[-1]) + 1:] if "page " in s)
    assert "Answer: b)" in answered and "page " in answered and "6/14" not in answered
    assert len(answered.strip("\n").splitlines()) <= 12


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_step_typed_past_the_bottom_of_the_screen_stays_on_its_code_s_end_and_output(lang):
    # lesson 18's step 2 at 80x24: the typing scrolled down to the end of the code and what it
    # printed, then the screen jumped back to the title's page and hid them
    demo, out = _demo(["b", "q"], "18", lang=lang, width=80, speed=1000.0)
    demo.page_height = 24
    code = next(i for i, step in enumerate(demo.lesson.steps) if step.kind == "code")
    demo.show(code)
    demo.wait_paging(code)
    pages = [screen for screen in _screens(out) if ("page " if lang == "en" else "sayfa ") in screen]
    after_typing, before = pages[0], pages[1]
    printed = demo.outputs[code].splitlines()[0]
    assert printed in after_typing and "2/19" not in after_typing
    assert all(len(screen.strip("\n").splitlines()) <= 24 for screen in pages)
    assert "2/19" in before and printed not in before     # b shows the page above, with the title
    # a step shown again (after b from the next step) opens at its top, as before
    demo2, out2 = _demo(["q"], "18", lang=lang, width=80)
    demo2.page_height = 24
    demo2.ran.add(code)
    demo2.outputs[code] = demo.outputs[code]
    demo2.show(code)
    demo2.wait_paging(code)
    assert "2/19" in _screens(out2)[-1]


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_drawn_graph_in_the_output_box_keeps_its_tree_at_60_columns(lang):
    # lesson 04's viz.show_graph(z) on a projector at 60 columns: "value=[1., 2.]  grad=None"
    # went on at the box's left edge, under the tree, which it cut
    demo, out = _demo(["enter"] * 9 + ["q"], "04", lang=lang, width=60)
    demo.play()
    screen = next(s for s in _screens(out) if "viz.show_graph(z)" in s)
    box = [line[5:-1].rstrip() for line in screen.splitlines() if line.startswith("    │")]
    leaf = next(i for i, line in enumerate(box) if "└─ AccumulateGrad  x" in line)
    value = "value=[1., 2.]" if lang == "en" else "değer=[1., 2.]"
    tree = box[leaf][:box[leaf].index("└─")]          # the verticals to the left of the leaf
    assert value in box[leaf + 1] and box[leaf + 1].startswith(tree + "     ")   # under its own text
    assert max(len(line) for line in screen.splitlines()) <= 60
    # the drawing speaks the demo's language: a Turkish demo drew "shape=" and "value="
    assert ("şekil=[2]" in screen) == (lang == "tr") and ("shape=[2]" in screen) == (lang == "en")


def test_an_output_line_that_fits_is_left_as_it_is():
    from autograd_tui.tutor.demo import hang_line

    assert hang_line("tensor([ -10., -104.], grad_fn=<SubBackward0>)", 60) == [
        "tensor([ -10., -104.], grad_fn=<SubBackward0>)"]
    assert hang_line("x" * 30, 20) == ["x" * 20, "  " + "x" * 10]
