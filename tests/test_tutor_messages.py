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
