"""The tutor's messages and commands: what hints, banners and confirmations tell the learner,
checked against what the tutor and PyTorch really do."""
from __future__ import annotations

from pathlib import Path

import pytest

from autograd_tui.evaluator import run_code
from autograd_tui.lessons.judging import judge_task
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.lessons.session import replay

LESSONS = Path(__file__).resolve().parent.parent / "lessons"


def shipped(name: str):
    result = load_lesson(LESSONS / name)
    assert result.ok, result.problems
    return result.lesson


# ---------------------------------------------------------------------------------------------
# Lesson 1, step 6: a plain number input is accepted, so no hint may say it must be a tensor
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("answer", ["pred = w * torch.tensor(4.0) + b", "pred = w * 4 + b"])
def test_lesson1_predict_four_accepts_a_tensor_or_a_number(answer) -> None:
    lesson = shipped("01-background.yaml")
    index = lesson.step_index("predict-four")
    step = lesson.steps[index]
    namespace = replay(lesson, index).namespace
    result = run_code(answer, namespace)
    assert result.ok and judge_task(step, namespace, result, answer).passed
    assert namespace["pred"].grad_fn is not None      # recorded either way: w and b require grad


def test_lesson1_predict_four_hints_do_not_demand_a_tensor_input() -> None:
    step = shipped("01-background.yaml").steps[5]
    assert step.id == "predict-four"                   # "step 6" as the learner counts
    second = step.hints[1]
    assert "should be a tensor" not in second.get("en") and "tensör olmalı" not in second.get("tr")
    for lang in ("en", "tr"):                          # both forms are named as fine
        assert "`4`" in second.get(lang) and "`torch.tensor(4.0)`" in second.get(lang)


# ---------------------------------------------------------------------------------------------
# The sandbox's :reset asks first, as the lesson's does
# ---------------------------------------------------------------------------------------------
def run_sandbox(script, lang="en"):
    from tutor_support import make_shell

    from autograd_tui.tutor.sandbox import SandboxController, sandbox_namespace

    shell, out = make_shell(script, lang=lang)
    shell.prepare_namespace(sandbox_namespace)
    shell.loop(SandboxController(shell, banner=False))
    return out.getvalue(), shell


@pytest.mark.parametrize(("lang", "command", "answer"), [
    ("en", ":reset", "y"), ("en", ":reset", "yes"), ("tr", ":sıfırla", "e"), ("tr", ":sıfırla", "Evet")])
def test_sandbox_reset_confirmed_gives_a_fresh_namespace(lang, command, answer) -> None:
    from autograd_tui import i18n

    out, shell = run_sandbox(["a = 1", command, answer, "a"], lang=lang)
    flat = " ".join(out.split())
    assert i18n.t("repl.reset_confirm", lang) in flat
    assert shell.reader.prompts[2] == i18n.t("repl.confirm_prompt", lang)   # [y/N] / [e/H]
    assert i18n.t("repl.reset_done", lang) in flat
    assert "NameError: name 'a' is not defined" in out
    assert "torch" in shell.namespace                   # the sandbox's imports are back


@pytest.mark.parametrize(("lang", "answer"), [
    ("en", ""), ("en", "n"), ("en", "no thanks"), ("tr", ""), ("tr", "h"), ("tr", "hayır"),
    ("en", KeyboardInterrupt()), ("tr", EOFError())])
def test_sandbox_reset_declined_keeps_every_variable(lang, answer) -> None:
    from autograd_tui import i18n

    out, shell = run_sandbox(["a = 41", ":reset", answer, "a + 1"], lang=lang)
    flat = " ".join(out.split())
    assert i18n.t("repl.reset_confirm", lang) in flat
    assert i18n.t("repl.reset_cancelled", lang) in flat
    assert i18n.t("repl.reset_done", lang) not in flat
    assert shell.namespace["a"] == 41 and "42" in out.splitlines()


# ---------------------------------------------------------------------------------------------
# Lesson messages point to :retry (keeps the learner's place); :reset means "not done any more"
# ---------------------------------------------------------------------------------------------
MINI = Path(__file__).resolve().parent / "data" / "tutor" / "mini.yaml"
TO_TASK = ["", "", ""]            # text, code (x), on to the task at step 3


def play(script, store, lang="en"):
    from tutor_support import make_shell

    from autograd_tui.tutor.flow import LessonController

    lesson = load_lesson(MINI).lesson
    shell, out = make_shell(script, lang=lang)
    controller = LessonController(shell, lesson, store)
    shell.loop(controller)
    return out.getvalue(), controller, shell


@pytest.fixture
def store(tmp_path):
    from autograd_tui.tutor.progress import ProgressStore

    return ProgressStore(tmp_path / "progress.json")


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("damage", ["del x", "torch = 3"])
def test_a_broken_namespace_points_to_retry_and_retry_keeps_the_place(store, lang, damage) -> None:
    from autograd_tui import i18n

    retry = ":retry" if lang == "en" else ":tekrar"
    out, ctl, shell = play([*TO_TASK, damage, "print('still here')", retry,
                            "z = 6*x**2\nz.sum().backward()"], store, lang=lang)
    flat = " ".join(out.split())
    key = "lesson.name_missing" if damage == "del x" else "lesson.torch_rebound"
    said = i18n.t(key, lang, name="x")
    assert " ".join(said.split()) in flat
    assert retry in said and ":reset" not in said and ":sıfırla" not in said
    assert i18n.t("lesson.retry_done", lang) in flat       # no question asked, the place kept
    assert ctl.index == 3                                  # the task passed after :retry


def test_no_lesson_message_suggests_reset_alone() -> None:
    """Every catalogue message that names :reset / :sıfırla also offers :retry / :tekrar, except
    the ones about :reset itself (its help, its question and its answers)."""
    from autograd_tui.i18n import MESSAGES

    about_reset = {key for key in MESSAGES if "reset" in key}
    for key, forms in MESSAGES.items():
        if key in about_reset:
            continue
        assert (":reset" in forms["en"]) <= (":retry" in forms["en"]), key
        assert (":sıfırla" in forms["tr"]) <= (":tekrar" in forms["tr"]), key
    for path in LESSONS.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert ":reset" not in text and ":sıfırla" not in text, path.name


def finish(store, lang="en"):
    return play([*TO_TASK, "z = 6*x**2\nz.sum().backward()", "a", "", ""], store, lang=lang)


@pytest.mark.parametrize(("lang", "yes"), [("en", "y"), ("tr", "evet")])
def test_reset_of_a_finished_lesson_makes_it_not_done(store, lang, yes) -> None:
    from autograd_tui import i18n
    from autograd_tui.tutor.progress import ProgressStore

    out, ctl, _ = finish(store)
    saved = ProgressStore(store.path).lesson("mini")
    assert ctl.finished and saved.done and saved.stats["tasks"] == {"make-z": True}
    out, ctl, _ = play([":reset", yes], store, lang=lang)
    assert " ".join(i18n.t("lesson.reset_confirm_done", lang).split()) in " ".join(out.split())
    saved = ProgressStore(store.path).lesson("mini")
    assert not saved.done and saved.step == 0 and saved.status() == "new"
    assert all(not table for table in saved.stats.values())
    assert not ctl.was_done and ctl.stats.tasks == {} and ctl.index == 0


def test_reset_declined_keeps_done_and_results(store) -> None:
    from autograd_tui.tutor.progress import ProgressStore

    finish(store)
    out, ctl, _ = play([":reset", "n"], store)
    saved = ProgressStore(store.path).lesson("mini")
    assert saved.done and saved.stats["tasks"] == {"make-z": True}
    assert "Restart this lesson from step 1? It will no longer count as done" in " ".join(out.split())


def test_reset_of_an_unfinished_lesson_asks_the_plain_question(store) -> None:
    from autograd_tui import i18n

    out, ctl, _ = play([*TO_TASK, ":hint", ":reset", "y"], store)
    flat = " ".join(out.split())
    assert i18n.t("lesson.reset_confirm", "en") in flat and "no longer count as done" not in flat
    assert ctl.stats.hints == {}                            # the hint taken before is forgotten


# ---------------------------------------------------------------------------------------------
# The demo REPL's banner suggests a name the lesson really has
# ---------------------------------------------------------------------------------------------
def demo_banner(lesson, namespace, lang):
    from tutor_support import make_shell

    from autograd_tui.tutor.demo import _ReplController

    class FakeDemo:
        def __init__(self) -> None:
            self.lesson, self.namespace, self.lang = lesson, namespace, lang

        def t(self, key, **kw):
            from autograd_tui import i18n
            return i18n.t(key, lang, **kw)

    shell, out = make_shell([], lang=lang)
    _ReplController(shell, FakeDemo()).start()
    return " ".join(out.getvalue().split())


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_demo_banner_in_lesson1_names_a_tensor_of_lesson1(lang) -> None:
    from autograd_tui import i18n
    from autograd_tui.tutor.demo import graph_example

    lesson = shipped("01-background.yaml")
    graph, backward = (":graph", ":backward") if lang == "en" else (":çizge", ":geri-yayılım")
    at_start = demo_banner(lesson, replay(lesson, 0).namespace, lang)
    assert at_start == " ".join(i18n.t("demo.repl_enter_no_graph", lang).split())   # nothing drawn yet
    assert " z " not in at_start
    after_forward = replay(lesson, lesson.step_index("forward") + 1).namespace
    name = graph_example(lesson, after_forward)
    assert name == "loss" and after_forward[name].grad_fn is not None
    banner = demo_banner(lesson, after_forward, lang)
    assert f"{graph} loss" in banner and f"{backward} loss" in banner and " z " not in banner


def test_demo_banner_in_the_graph_lesson_follows_its_names() -> None:
    from autograd_tui.tutor.demo import graph_example

    lesson = shipped("04-graph.yaml")
    namespace = replay(lesson, len(lesson.steps)).namespace
    name = graph_example(lesson, namespace)
    assert name is not None and namespace[name].grad_fn is not None
    assert any(name in (step_source_of(step) or "") for step in lesson.steps)


def step_source_of(step):
    from autograd_tui.lessons.steps import step_source

    return step_source(step)
