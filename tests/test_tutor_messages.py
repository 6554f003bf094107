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
