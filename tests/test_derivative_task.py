"""Derivative tasks: a typed derivative is compared with autograd's gradient at random points;
a wrong one fails with a message that says where."""
from __future__ import annotations

from pathlib import Path

import pytest

from autograd_tui.backend import activate
from autograd_tui.lessons.checker import check_paths
from autograd_tui.lessons.loader import parse_lesson
from autograd_tui.lessons.model import Derivative, TaskStep
from autograd_tui.lessons.judging import judge_task


@pytest.fixture(scope="module")
def torch():
    activate("embedded")
    import torch as engine

    return engine


def task(function: str, wrt: str, **domain) -> TaskStep:
    return TaskStep(id="d", kind="task", index=0, line=1,
                    derivative=Derivative(function, wrt, {k: tuple(v) for k, v in domain.items()}))


def verdict(torch, step: TaskStep, answer: str, namespace=None):
    ns = {"torch": torch, **(namespace or {})}
    return judge_task(step, ns, None, answer)


@pytest.mark.parametrize("answer", ["12*x", "x*12", "d = 12 * x", "6*2*x", "torch.tensor(12.) * x"])
def test_correct_answers_pass(torch, answer):
    assert verdict(torch, task("6*x**2 - 2*y**3", "x"), answer).passed


def test_article_derivatives(torch):
    z = "6*x**2 - 2*y**3"
    assert verdict(torch, task(z, "y"), "-6*y**2").passed
    assert not verdict(torch, task(z, "y"), "6*y**2").passed


def test_wrong_for_negative_x_says_where(torch):
    v = verdict(torch, task("6*x**2 - 2*y**3", "x"), "12*abs(x)")
    assert not v.passed
    assert "wrong for x < 0" in v.mistake.message.en
    assert "x < 0 için yanlış" in v.mistake.message.tr
    assert "at x = -" in v.mistake.message.en          # a concrete failing point, with values


def test_wrong_beyond_a_threshold(torch):
    v = verdict(torch, task("x**2", "x"), "2*x if x < 1 else 0")
    assert "wrong for x > 1" in v.mistake.message.en


@pytest.mark.parametrize("answer,phrase", [
    ("6*x", "0.5 times autograd's"),
    ("-12*x", "The sign is wrong everywhere"),
    ("12*x + 1", "Off by a constant 1"),
    ("x**2", "differs from autograd's gradient at every point"),
    ("12*z", "NameError"),
    ("12*x +", "SyntaxError"),
])
def test_wrong_answers_are_explained(torch, answer, phrase):
    v = verdict(torch, task("6*x**2 - 2*y**3", "x"), answer)
    assert not v.passed and phrase in v.mistake.message.en


def test_functions_and_domains(torch):
    assert verdict(torch, task("torch.sin(x)", "x"), "torch.cos(x)").passed
    assert not verdict(torch, task("torch.sin(x)", "x"), "-torch.sin(x)").passed
    log = task("torch.log(x)", "x", x=[0.5, 4])
    assert verdict(torch, log, "1/x").passed
    chain = task("(w*x + b - y_true)**2", "b")
    assert verdict(torch, chain, "2*(w*x + b - y_true)").passed
    assert "0.5 times" in verdict(torch, chain, "(w*x + b - y_true)").mistake.message.en


def test_the_learners_variables_are_untouched(torch):
    x = torch.tensor([1., 2.], requires_grad=True)
    ns = {"x": x}
    assert verdict(torch, task("6*x**2", "x"), "12*x", ns).passed
    assert ns["x"] is x and x.grad is None


LESSON = """\
id: deriv-demo
title: {tr: "Türev", en: "Derivative"}
steps:
  - id: setup
    kind: code
    code: |
      import torch
      x = torch.tensor([1., 2.])
  - id: d
    kind: task
    prompt: {tr: "Türevi yaz.", en: "Type the derivative."}
    derivative:
      function: "x**3"
      wrt: x
    solution: "3*x**2"
    hints:
      - {tr: "Kuvvet kuralı.", en: "The power rule."}
    mistakes:
      - id: kept-power
        source: "x\\\\s*\\\\*\\\\*\\\\s*3"
        message: {tr: "Üs bir azalır.", en: "The power drops by one."}
        example: "3*x**3"
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "deriv.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_checker_proves_a_derivative_task(tmp_path):
    summary = check_paths([_write(tmp_path, LESSON)])
    assert [str(p) for p in summary.problems] == []


def test_checker_reports_a_wrong_solution_and_a_bad_spec(tmp_path):
    wrong = LESSON.replace('solution: "3*x**2"', 'solution: "3*x"')
    problems = [p.message for p in check_paths([_write(tmp_path, wrong)]).problems]
    assert any("the solution does not pass" in m for m in problems)
    bad = LESSON.replace("wrt: x", "wrt: q")
    problems = [p.message for p in check_paths([_write(tmp_path, bad)], run=False).problems]
    assert any("'wrt' (q) does not appear" in m for m in problems)
    both = LESSON.replace("    derivative:", '    check: "True"\n    derivative:')
    problems = [p.message for p in check_paths([_write(tmp_path, both)], run=False).problems]
    assert any("has no 'check'" in m for m in problems)


def test_a_task_needs_a_check_or_a_derivative(tmp_path):
    text = LESSON.replace('    derivative:\n      function: "x**3"\n      wrt: x\n', "")
    loaded = parse_lesson(text, tmp_path / "x.yaml")
    assert any("missing required field 'check'" in p.message for p in loaded.problems)


def test_schema_accepts_derivative_tasks():
    jsonschema = pytest.importorskip("jsonschema")
    import json

    import yaml

    from autograd_tui.lessons.catalog import schema_path

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.validate(yaml.safe_load(LESSON), schema)
    for name in ("01-background.yaml", "03-article-example.yaml"):
        path = Path(__file__).resolve().parents[1] / "lessons" / name
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)


@pytest.mark.parametrize("answer,en,tr", [
    # at the random points no backward has run: .grad there is None, and a learner who looks
    # at x.grad used to read "TypeError: float() argument must be … not 'NoneType'"
    ("x.grad", "not with .grad", ".grad ile değil"),
    ("12 * x.grad", "not with .grad", ".grad ile değil"),
    ("print(x)", "gives no value (None)", "bir değer vermiyor (None)"),
])
def test_answers_that_give_no_number_are_told_plainly(torch, answer, en, tr):
    x = torch.tensor([1., 2.], requires_grad=True)
    (6 * x ** 2).sum().backward()
    v = verdict(torch, task("6*x**2", "x"), answer, {"x": x})
    assert not v.passed
    assert en in v.mistake.message.en and tr in v.mistake.message.tr
    assert "NoneType" not in v.mistake.message.en and "float()" not in v.mistake.message.en


def test_judging_an_answer_prints_nothing_of_its_own(torch, capsys):
    # the answer is evaluated again at random points: what it prints there is not the learner's
    # output (a stray "tensor(-0.3200, dtype=torch.float64)" appeared under print(x))
    for answer in ("print(x)", "print(x) or 12*x"):
        verdict(torch, task("6*x**2", "x"), answer)
    assert capsys.readouterr() == ("", "")


def test_judging_an_answer_reads_none_of_the_learners_input(torch, monkeypatch):
    # input() typed in a derivative task ran again at the random points and swallowed the
    # learner's next line (their next answer) as its own
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO("12*x\n"))
    v = verdict(torch, task("6*x**2", "x"), "input()")
    assert not v.passed
    assert sys.stdin.read() == "12*x\n"


@pytest.mark.parametrize("answer", ["for i in range(2):\n    print(i)\n", "a = 1; b = 2",
                                    "import math\nd = 12*x\nprint(d)"])
def test_code_that_is_not_one_expression_is_not_called_a_syntax_error(torch, answer):
    v = verdict(torch, task("6*x**2", "x"), answer)
    assert not v.passed
    assert "SyntaxError" not in v.mistake.message.en + v.mistake.message.tr
    assert "not one expression" in v.mistake.message.en and "tek bir ifade değil" in v.mistake.message.tr


def test_the_turkish_syntax_help_reads_right_for_one_variable(torch):
    # "x değişkenlerine" is plural for a single x; "x cinsinden" fits one name or several
    v = verdict(torch, task("6*x**2", "x"), "12*x)")
    assert "Türevi x cinsinden bir Python ifadesi" in v.mistake.message.tr


@pytest.mark.parametrize("answer", ["12*x +", "print(x)", "for i in range(2): x", "12*z", "x.grad"])
@pytest.mark.parametrize("wrt,asked", [("x", "x"), ("y", "y")])
def test_a_message_names_only_the_variables_the_derivative_depends_on(torch, answer, wrt, asked):
    v = verdict(torch, task("6*x**2 - 2*y**3", wrt), answer)
    assert not v.passed
    other = "y" if asked == "x" else "x"
    for lang in ("en", "tr"):
        message = getattr(v.mistake.message, lang)
        assert f" {asked}" in message and f"{asked}, {other}" not in message and f"{other}, {asked}" not in message


def test_a_message_names_every_variable_the_derivative_depends_on(torch):
    v = verdict(torch, task("(w*x + b - y_true)**2", "b"), "2*(w*x + b")
    assert "b, w, x, y_true" in v.mistake.message.en and "b, w, x, y_true" in v.mistake.message.tr
