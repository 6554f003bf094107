"""Judging as a teacher would: scoped mistake detectors, :check, :retry, code typed in pieces,
quizzes retried until right, done that stays done, and the end of a lesson."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from tutor_support import make_shell

from autograd_tui.lessons.catalog import load_catalog
from autograd_tui.lessons.checker import check_paths
from autograd_tui.lessons.judging import concerns, judge_task, line_actions, mistake_scope
from autograd_tui.lessons.loader import load_lesson, parse_lesson
from autograd_tui.lessons.model import Mistake, Text
from autograd_tui.tutor.flow import LessonController, statements
from autograd_tui.tutor.menu import Menu
from autograd_tui.tutor.progress import LessonProgress, ProgressStore

MINI = Path(__file__).parent / "data" / "tutor" / "mini.yaml"


@pytest.fixture
def mini():
    result = load_lesson(MINI)
    assert result.ok, result.problems
    return result.lesson


@pytest.fixture(scope="module")
def shipped():
    return load_catalog().lessons


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore(tmp_path / "progress.json")


def play(lesson, store, script, *, lang="en", course=None, next_lesson=None):
    shell, out = make_shell(script, lang=lang)
    controller = LessonController(shell, lesson, store, course=course, next_lesson=next_lesson)
    action = shell.loop(controller)
    return action, out.getvalue(), controller, shell


def saved(store: ProgressStore) -> LessonProgress:
    entry = ProgressStore(store.path).lesson("mini")
    assert entry is not None
    return entry


def _mistake(**fields) -> Mistake:
    return Mistake(id="m", message=Text("tr", "en"), **fields)


# ------------------------------------------------------------------ what a line does
def test_line_actions_name_what_was_bound_changed_or_called() -> None:
    assert line_actions("b = torch.tensor([3., 4.])") == {"b", "torch.tensor"}
    assert line_actions("z.requires_grad = True") == {"z.requires_grad"}
    assert "c.backward" in line_actions("c.backward()")
    assert "*.backward" in line_actions("(x**2).sum().backward()")
    assert {"f", "w.grad"} <= line_actions("def f():\n    pass\nw.grad[0] = 1")
    assert line_actions("this is not python") == set()


def test_a_when_mistake_is_about_what_its_example_ends_with() -> None:
    only_x = _mistake(when="x.requires_grad and not y.requires_grad",
                      example="x = torch.tensor([1.], requires_grad=True)\nz.backward()")
    assert mistake_scope(only_x) == ["z.backward"]
    assert not concerns(only_x, "x = torch.tensor([1., 2.], requires_grad=True)")
    assert concerns(only_x, "z.backward(gradient=torch.tensor([1., 1.]))")
    explicit = _mistake(when="b.requires_grad", example="c.backward()", about=["b"])
    assert concerns(explicit, "b = torch.tensor([1.], requires_grad=True)")
    assert not concerns(explicit, "c.backward()")
    whole_model = _mistake(when="True", example="for param in model.parameters():\n"
                                                "    param.requires_grad = True")
    assert concerns(whole_model, "for p in model.parameters():\n    p.requires_grad = True")
    only_on_check = _mistake(when="True", example="loss.backward()", about=[])
    assert not concerns(only_on_check, "loss.backward()")
    # the error it raised and the code it typed are the line's own
    assert concerns(_mistake(error="x", example="a"), "anything")
    assert concerns(_mistake(source="x", example="a"), "anything")


def test_about_is_read_from_the_lesson_and_checked(tmp_path: Path) -> None:
    text = MINI.read_text(encoding="utf-8").replace(
        "        error: \"grad can be implicitly created only for scalar outputs\"",
        "        error: \"grad can be implicitly created only for scalar outputs\"\n"
        "        about: [z.backward, \"*.sum\"]")
    lesson: Any = parse_lesson(text, tmp_path / "a.yaml").lesson
    assert lesson.steps[2].mistakes[0].about == ["z.backward", "*.sum"]
    bad = parse_lesson(text.replace("about: [z.backward", "about: [\"z backward\""),
                       tmp_path / "b.yaml")
    assert any("'about' must be a list" in str(p) for p in bad.problems)


def test_the_right_answer_line_by_line_meets_no_mistake_in_any_shipped_task(shipped) -> None:
    """Typed one statement at a time, no solution of a shipped task trips a known mistake."""
    from autograd_tui.evaluator import run_code
    from autograd_tui.lessons.session import replay

    tripped = []
    for lesson in shipped:
        for step in lesson.steps:
            if step.kind != "task" or step.derivative is not None:
                continue
            namespace = replay(lesson, step.index).namespace
            for _dump, source in statements(step.solution):
                result = run_code(source, namespace, filename="<stdin>", write=lambda s: None)
                verdict = judge_task(step, namespace, result, source)
                if verdict.passed:
                    break
                if verdict.mistake is not None or not result.ok:
                    tripped.append(f"{lesson.id} {step.id}: {source.splitlines()[0]}")
            else:
                tripped.append(f"{lesson.id} {step.id}: never passed")
    assert tripped == []


# ------------------------------------------------------------------ the flow
def test_silence_until_success_then_check_and_retry(mini, store) -> None:
    script = ["", "", "",
              "z = 6*x**2",                     # half of the answer: nothing to say
              "z.sum().backward()", ]
    _, out, ctl, _ = play(mini, store, script)
    task_part = out[out.index("Compute z"):]
    assert "Hint" not in task_part and "Not solved" not in task_part
    assert "Well done, that is right!" in task_part
    assert ctl.stats.tasks == {"make-z": True}


def test_a_mistake_is_said_once_for_consecutive_lines(tmp_path, store) -> None:
    lesson = parse_lesson(MINI.read_text(encoding="utf-8").replace(
        '        error: "grad can be implicitly created only for scalar outputs"\n',
        '        when: "z.requires_grad and z.dim() == 1 and x.grad is None"\n'
        '        about: [z]\n'), tmp_path / "m.yaml").lesson
    _, out, ctl, _ = play(lesson, store, ["", "", "", "z = 6*x**2", "z = 6*x**2", "print(1)",
                                          "z = 6*x**2", "z.sum().backward()"])
    assert out.count("Take the sum() first.") == 2   # not for the repeat right after it
    assert ctl.index == 3


@pytest.mark.parametrize("lang, said", [("en", "Start from a fresh x."), ("tr", "Yeni bir x ile başla.")])
def test_a_mistake_is_said_again_when_the_learner_acts_on_it(tmp_path, store, lang, said) -> None:
    # lesson 16's NaN trap in small: said for a wrong backward, not for the very same line typed
    # again, nor for the fixed formula (not what the message is about), but again for backward
    # called after the fix on the old x: a new attempt that still meets the mistake
    lesson = parse_lesson(MINI.read_text(encoding="utf-8").replace(
        '        error: "grad can be implicitly created only for scalar outputs"\n',
        '        source: "z|backward"\n'
        '        when: "x.grad is not None and not torch.equal(x.grad, torch.tensor([12., 24.]))"\n'
        ).replace('"Önce `sum()` al."', '"Yeni bir x ile başla."').replace(
        '"Take the `sum()` first."', '"Start from a fresh x."').replace(
        "          z.backward()\n", "          z.sum().backward()\n"), tmp_path / "m.yaml").lesson
    _, out, ctl, _ = play(lesson, store, ["", "", "", "(x**2).sum().backward()", "(x**2).sum().backward()",
                                          "z = 6*x**2", "z.sum().backward()"], lang=lang)
    assert out.count(said) == 2
    assert ctl.index == 2


def test_retry_rebuilds_the_step_and_keeps_progress(mini, store) -> None:
    script = ["", "", "",
              "z = 6*x**2", "z.sum().backward(retain_graph=True)",   # solved: on to the quiz
              ":back",                                 # the task again, x.grad spoilt
              "x.grad", ":retry", "x.grad is None"]
    _, out, ctl, shell = play(mini, store, script)
    assert "This step starts again" in out
    before, after = out.split("This step starts again")
    assert "tensor([12., 24.])" in before          # the solved try left its gradient
    assert "True" in after.split("Compute z")[-1]  # rebuilt: x.grad is None again
    assert ctl.index == 2 and "z" not in shell.namespace
    assert saved(store).step == 2


def test_a_code_step_typed_in_pieces_runs_only_the_rest(mini, store) -> None:
    script = ["", "x = torch.tensor( [1., 2.], requires_grad = True )  # by hand", ""]
    _, out, ctl, shell = play(mini, store, script)
    assert "Running the rest of the step's code" in out
    assert out.count("tensor([1., 2.], requires_grad=True)") == 2   # the shown code, the echo
    assert ctl.index == 1 and ctl.step_done
    # typed all of it: it counts as run, and Enter runs nothing
    _, out, ctl, _ = play(mini, ProgressStore(store.path.with_name("p2.json")),
                          ["", "x = torch.tensor([1., 2.], requires_grad=True)", "x", ""])
    assert "Running the rest" not in out and ctl.index == 2


def test_statements_are_compared_by_tree_not_text() -> None:
    a = statements("x = f( 1,2 )  # note\n\n@dec\ndef g():\n    return 1\n")
    b = statements("x = f(1, 2)\n@dec\ndef g(): return 1")
    assert [d for d, _ in a] == [d for d, _ in b]
    assert a[1][1].startswith("@dec")


def test_quiz_wrong_answer_shows_its_explanation_and_never_the_answer(store, tmp_path) -> None:
    lesson = parse_lesson(MINI.read_text(encoding="utf-8").replace(
        '        text: {tr: "6x", en: "6x"}',
        '        text: {tr: "6x", en: "6x"}\n'
        '        explain: {tr: "Üs çarpan olur.", en: "The power becomes a factor too."}'),
        tmp_path / "q.yaml").lesson
    _, out, ctl, _ = play(lesson, store, ["", "", "", ":skip", "b", "b", "a"])
    assert out.count("The power becomes a factor too.") == 2
    assert "The answer is" not in out
    assert ctl.stats.quizzes == {"quiz": False} and ctl.index == 4


def test_predict_quiz_asks_one_question(shipped, store) -> None:
    lesson = next(lesson for lesson in shipped if lesson.id == "05-no-grad-error")
    quiz = next(s for s in lesson.steps if s.kind == "quiz" and s.style == "predict")
    shell, out = make_shell([])
    controller = LessonController(shell, lesson, store)
    controller.index = quiz.index
    controller.render()
    text = out.getvalue()
    assert quiz.question.en in text and "What will this code print?" not in text


def test_every_shipped_quiz_choice_explains_itself_in_both_languages(shipped) -> None:
    missing = [f"{lesson.id} {step.id} {choice.id}"
               for lesson in shipped for step in lesson.steps if step.kind == "quiz"
               for choice in step.choices
               if choice.explain is None or not choice.explain.tr.strip()
               or not choice.explain.en.strip()]
    assert missing == []


def test_a_finished_lesson_stays_finished_after_back(mini, store) -> None:
    _, out, ctl, _ = play(mini, store, ["", "", "", ":skip", "a", "", ":back", ":back", ":back"])
    assert ctl.index == 2 and not ctl.finished
    entry = saved(store)
    assert entry.done and entry.step == 3          # done, and the position is remembered
    _, out, ctl, _ = play(mini, store, [])
    assert "We continue at step 4 of 5" in out      # reopened where the learner was (step 3
    # was completed before, so the first step not yet completed comes next)
    assert saved(store).done


def test_end_screen_recap_stats_next_lesson_and_course_progress(mini, store, tmp_path) -> None:
    other = parse_lesson('id: other\ntitle: {tr: "Öteki", en: "Other"}\nsteps:\n'
                         '  - {id: a, kind: text, text: {tr: "A", en: "A"}}\n',
                         tmp_path / "other.yaml").lesson
    action, out, ctl, _ = play(mini, store, ["", "", "", ":hint", "z = 6*x**2\nz.sum().backward()",
                                             "b", "a", "", ""], course=[other, mini])
    end = out[out.index("Lesson complete"):]
    assert "backward computes the gradient." in end                         # the recap
    assert ("Tasks solved without hints: 0 of 1 · hints used: 1 · quizzes right on the first "
            "try: 0 of 1") in " ".join(end.split())
    assert "Course: 1 of 2 lessons done" in end
    assert "Next: “Other”" in end and ctl.next_lesson is other and action == "next-lesson"
    assert ":hint" not in ctl.toolbar() and ":menu" in ctl.toolbar()


def test_the_last_lesson_with_others_unstarted_does_not_claim_the_course(mini, store,
                                                                          tmp_path) -> None:
    other = parse_lesson('id: other\ntitle: {tr: "Öteki", en: "Other"}\nsteps:\n'
                         '  - {id: a, kind: text, text: {tr: "A", en: "A"}}\n',
                         tmp_path / "other.yaml").lesson
    store.save_lesson("other", step=0, total=1, done=False)
    _, out, ctl, _ = play(mini, store, ["", "", "", ":skip", "a", ""], course=[other, mini])
    assert "finished every lesson" not in out
    assert "Next: “Other”" in out            # offered from the top of the course
    store.save_lesson("other", step=0, total=1, done=True)
    _, out, ctl, _ = play(mini, store, [":reset", "y", "", "", "", ":skip", "a", ""],
                          course=[other, mini])
    assert "You have finished every lesson of the course." in out


def test_menu_shows_course_progress(mini, store) -> None:
    store.save_lesson("mini", step=0, total=5, done=True)
    shell, out = make_shell([])
    Menu(shell, [mini, mini], store).draw()
    assert "2 of 2 lessons done" in out.getvalue() and "█" in out.getvalue()


# ------------------------------------------------------------------ checker and recap
def test_shipped_lessons_have_a_recap_and_check_requires_it(shipped, tmp_path) -> None:
    assert [lesson.id for lesson in shipped if lesson.recap is None] == []
    path = tmp_path / "mine.yaml"
    path.write_text(MINI.read_text(encoding="utf-8").split("recap:")[0] +
                    "setup: |\n  import torch\nsteps:\n"
                    "  - {id: a, kind: text, text: {tr: A, en: A}}\n", encoding="utf-8")
    summary = check_paths([path])
    assert summary.problems == []                   # a learner's own lesson: a warning only
    assert [w.message for w in summary.warnings] == ["lesson 'mini' has no recap (shown when it ends)"]


# ------------------------------------------------------------------ derivative tasks
def test_derivative_help_never_gives_the_answer_and_names_xor(shipped) -> None:
    from autograd_tui.backend import activate

    activate("embedded")
    import torch

    lesson = next(lesson for lesson in shipped if lesson.id == "03-article-example")
    task = next(s for s in lesson.steps if s.id == "derive-x")
    bad: Any = judge_task(task, {"torch": torch}, None, "12 x")
    assert not bad.passed and "12*x" not in bad.mistake.message.en
    assert "3*x**2 + 1" in bad.mistake.message.en
    xor: Any = judge_task(task, {"torch": torch}, None, "12*x^1")
    assert "^ is XOR" in xor.mistake.message.en and "XOR" in xor.mistake.message.tr


def test_stats_survive_a_resume_and_old_files_still_read(mini, store) -> None:
    play(mini, store, ["", "", "", ":hint", "z = 6*x**2\nz.sum().backward()"])   # quit at the quiz
    assert saved(store).stats["hints"] == {"make-z": 1}
    _, out, ctl, _ = play(mini, store, ["a", ""])
    out = " ".join(out.split())
    assert "hints used: 1" in out and "quizzes right on the first try: 1 of 1" in out
    old = {"version": 1, "language": "en", "last": "mini",
           "lessons": {"mini": {"step": 2, "step_id": "make-z", "total": 5, "done": True,
                                "updated": ""}}}
    store.path.write_text(__import__("json").dumps(old), encoding="utf-8")
    entry = saved(store)
    assert entry.done and entry.stats == {} and not ProgressStore(store.path).take_notices()


@pytest.mark.parametrize("lang, words", [("en", "values are tensors"), ("tr", "değerler tensör")])
def test_lesson_21_s_grad_norms_must_return_floats_as_its_prompt_asks(shipped, lang, words) -> None:
    from autograd_tui.evaluator import run_code
    from autograd_tui.lessons.session import replay

    lesson = next(item for item in shipped if item.id.startswith("21"))
    index = next(i for i, step in enumerate(lesson.steps) if step.id == "grad-norms")
    namespace = replay(lesson, index).namespace
    step = lesson.steps[index]
    tensors = ("def grad_norms(model):\n"
               "    return {name: p.grad.norm() for name, p in model.named_parameters() if p.grad is not None}\n")
    result = run_code(tensors, namespace)
    verdict = judge_task(step, namespace, result, tensors)
    assert not verdict.passed and verdict.mistake is not None and verdict.mistake.id == "tensor-values"
    assert words in verdict.mistake.message.get(lang)
    result = run_code(step.solution, namespace)
    assert judge_task(step, namespace, result, step.solution).passed


@pytest.mark.parametrize("line", ["w = w - 0.02 * w.grad", "b = b - 0.02 * b.grad"])
def test_lesson_1_tells_a_new_tensor_after_the_first_of_the_two_updates(shipped, line) -> None:
    # a learner types one update at a time; the first already made w (or b) a non-leaf
    from autograd_tui.evaluator import run_code
    from autograd_tui.lessons.session import replay

    lesson = next(item for item in shipped if item.id == "01-background")
    step = next(item for item in lesson.steps if item.id == "update")
    namespace = replay(lesson, step.index).namespace
    result = run_code(line, namespace, filename="<stdin>", write=lambda s: None)
    verdict = judge_task(step, namespace, result, line)
    assert not verdict.passed and verdict.mistake is not None and verdict.mistake.id == "new-tensor"


@pytest.mark.parametrize("typed, fragment", [("12x", "12x"), ("-6y**2", "6y"), ("12 x", "12 x"),
                                             ("1.5x**2 + 3(x", None), ("1.5x**2", "1.5x"), ("x2", None)])
def test_a_product_written_as_on_paper_is_named_without_giving_the_answer(shipped, typed, fragment) -> None:
    from autograd_tui.backend import activate

    activate("embedded")
    import torch

    lesson = next(lesson for lesson in shipped if lesson.id == "03-article-example")
    task = next(s for s in lesson.steps if s.id == "derive-x")
    verdict: Any = judge_task(task, {"torch": torch}, None, typed)
    assert not verdict.passed
    if fragment is None:   # Python reads it or no * would mend it
        assert verdict.mistake.id != "derivative-product"
        return
    assert verdict.mistake.id == "derivative-product"
    assert f"{fragment} is not a multiplication" in verdict.mistake.message.en
    assert f"{fragment} orada bir çarpma değil" in verdict.mistake.message.tr
    assert "12*x" not in verdict.mistake.message.en + verdict.mistake.message.tr
