"""The lesson flow: what Enter, code, commands and answers do at each kind of step, and what is
saved after each step."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from tutor_support import make_shell

from autograd_tui import i18n
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.lessons.model import TaskStep
from autograd_tui.repl.commands import MENU, QUIT
from autograd_tui.repl.reader import PipeReader
from autograd_tui.repl.shell import is_yes
from autograd_tui.tutor.flow import NEXT_LESSON, LessonController
from autograd_tui.tutor.progress import ProgressStore

MINI = Path(__file__).parent / "data" / "tutor" / "mini.yaml"


@pytest.fixture
def lesson():
    result = load_lesson(MINI)
    assert result.ok, result.problems
    return result.lesson


@pytest.fixture
def store(tmp_path: Path) -> ProgressStore:
    return ProgressStore(tmp_path / "progress.json")


def play(lesson, store, script, *, lang="en", next_lesson=None):
    shell, out = make_shell(script, lang=lang)
    controller = LessonController(shell, lesson, store, next_lesson=next_lesson)
    action = shell.loop(controller)
    return action, out.getvalue(), controller, shell


def saved_step(store: ProgressStore) -> int:
    return ProgressStore(store.path).lesson("mini").step


def test_enter_walks_text_and_runs_code(lesson, store) -> None:
    action, out, ctl, shell = play(lesson, store, ["", ""])
    assert "Small lesson · step 1/5" in out and "Hello world." in out
    assert "tensor([1., 2.], requires_grad=True)" in out     # the code step ran on Enter
    assert "x" in shell.namespace
    assert ctl.index == 1 and ctl.step_done
    assert saved_step(store) == 2        # the code step is complete: resume goes past it
    assert action == QUIT


def test_typing_the_code_counts_as_running_it(lesson, store) -> None:
    _, out, ctl, _ = play(lesson, store, ["", "x = torch.tensor([1., 2.],requires_grad=True)\nx"])
    assert ctl.index == 1 and ctl.step_done


def test_task_mistake_hints_and_success(lesson, store) -> None:
    script = ["", "", "",                            # text, run code, next
              "z = 6*x**2\nz.backward()",          # known mistake: the line raised it
              "print('exploring')",                # not a failure: the tutor stays quiet
              ":hint",                              # hints only on request
              ":hint",
              ":hint",                              # no more
              "z = 6*x**2\nz.sum().backward()"]    # solved
    _, out, ctl, _ = play(lesson, store, script)
    assert "Take the sum() first." in out
    assert "What went wrong?" not in out   # the targeted message replaces the generic one
    exploring = out.index("exploring")
    assert out.index("Hint 1/2: First hint.") > exploring   # nothing came unasked
    assert "Hint 2/2: Second hint." in out
    assert "That was the last hint" in out
    assert "Well done, that is right! Nailed it." in out
    assert ctl.index == 3                   # moved on to the quiz
    assert saved_step(store) == 3
    assert ctl.stats.tasks == {"make-z": False} and ctl.stats.hints == {"make-z": 2}


def test_check_gives_the_verdict_and_the_first_hint(lesson, store) -> None:
    script = ["", "", "", "y = 1", ":check", ":check", ":check", "z = 6*x**2",
              "z.sum().backward()"]
    _, out, ctl, _ = play(lesson, store, script)
    assert out.count("Not solved yet: change your code and run it again") == 3
    assert out.count("A first hint:") == 1
    assert out.count("Hint 1/2: First hint.") == 1      # :check gives the first hint once
    assert "Hint 2/2" not in out                         # the next one is only offered
    assert out.count(":hint gives the next hint.") == 2
    assert "Well done, that is right!" in out and ctl.index == 3


@pytest.mark.parametrize("lang, after_hints", [
    ("en", ":solution shows a solution, :skip runs it and moves on."),
    ("tr", ":çözüm bir çözüm gösterir, :atla onu çalıştırıp geçer.")])
def test_not_solved_says_what_to_do_when_the_hints_are_used(lesson, store, lang,
                                                            after_hints) -> None:
    _, out, ctl, _ = play(lesson, store, ["", "", "", ":hint", ":hint", "y = 1", ":check"],
                          lang=lang)
    assert " ".join(out.split()).endswith(after_hints)
    assert ctl.index == 2 and not ctl.step_done


def test_check_after_back_looks_at_the_variables_again(lesson, store, tmp_path: Path) -> None:
    _, out, ctl, _ = play(lesson, store, ["", "", "", ":skip", ":back", ":check"])
    assert out.rstrip().endswith("This task is solved. Press Enter for the next step.")
    assert ctl.index == 2 and ctl.step_done
    # the gradient is gone now: the check says so, and the task stays solved (later steps may
    # change its variables on purpose; a reopened task could trap the learner there)
    _, out, ctl, _ = play(lesson, ProgressStore(tmp_path / "other.json"),
                          ["", "", "", ":skip", ":back", "print('MARK')\nx.grad = None", ":check", ""])
    rechecked = " ".join(out[out.index("MARK"):].split())   # the text wraps at the width
    assert "This task is solved" not in rechecked
    assert "With the variables as they are now its check fails" in rechecked
    assert "it stays solved" in rechecked and ctl.index == 3  # Enter moves on


def test_check_after_back_in_turkish(lesson, store) -> None:
    _, out, ctl, _ = play(lesson, store, ["", "", "", ":skip", ":geri", "x.grad = None", ":kontrol"],
                          lang="tr")
    out = " ".join(out.split())
    assert "Bu görev çözülmüştü. Değişkenlerin şimdiki hâliyle kontrolü geçmiyor" in out
    assert ctl.step_done


def test_skip_runs_the_solution(lesson, store) -> None:
    _, out, ctl, shell = play(lesson, store, ["", "", "", ":skip"])
    assert "z.sum().backward()" in out and "The solution ran" in out
    assert ctl.index == 3 and shell.namespace["x"].grad is not None


def test_solution_shows_without_running(lesson, store) -> None:
    _, out, ctl, shell = play(lesson, store, ["", "", "", ":solution", ":next"])
    assert "z.sum().backward()" in out and "This task is not solved yet" in out
    assert ctl.index == 2 and "z" not in shell.namespace


def test_quiz_wrong_then_right(lesson, store) -> None:
    _, out, ctl, _ = play(lesson, store, ["", "", "", ":skip", "zz", "b", "a"])
    assert "Please answer with one of: a, b." in out
    assert "Not this one. Try again, or :skip to see the answer." in out
    assert "Correct!" in out and "The derivative is 12x." in out
    assert ctl.index == 4 and ctl.stats.quizzes == {"quiz": False}


def test_quiz_wrong_answers_never_reveal_it(lesson, store) -> None:
    _, out, ctl, _ = play(lesson, store, ["", "", "", ":skip", "2", "2", "2"])
    assert out.count("Not this one.") == 3
    assert "The answer is" not in out and "The derivative is 12x." not in out
    assert ctl.index == 3 and not ctl.step_done          # still on the quiz
    _, out, ctl, _ = play(lesson, store, [":skip"])
    assert "The answer is a) 12x." in out and ctl.index == 4


@pytest.mark.parametrize("lang,said", [
    ("en", "That is code, not an answer: this prompt only takes a choice (a, b)"),
    ("tr", "Bu bir kod, cevap değil: bu istem yalnızca bir seçenek alır (a, b)")])
def test_code_at_a_quiz_prompt_is_told_apart_from_an_answer(lesson, store, lang, said) -> None:
    # code typed at answer> used to get only "Please answer with one of: a, b.", as a bad answer
    code = ["x = torch.tensor(3.)", "print(x * 2)", "for i in range(2):\n    print(i)", "a.grad"]
    _, out, ctl, shell = play(lesson, store, ["", "", "", ":skip", *code], lang=lang)
    assert out.count(said) == len(code)
    assert "Please answer" not in out and "Lütfen" not in out
    assert ctl.index == 3 and not ctl.step_done and ctl.quiz_attempts == 0   # nothing judged
    assert shell.reader.remembered == code     # nothing lost: each is in the code prompt's history
    # a lone word or number is still a try at a choice
    _, out, ctl, _ = play(lesson, store, ["zz", "7"], lang=lang)
    assert said not in out and ctl.index == 3


@pytest.mark.parametrize("lang,said", [
    ("en", "That is one of the outputs shown: answer with the letter of the one you predict (a, b, c)."),
    ("tr", "Bu, gösterilen çıktılardan biri: tahmin ettiğin çıktının harfiyle cevap ver (a, b, c).")])
def test_a_predicted_output_typed_at_a_predict_quiz_asks_for_its_letter(store, lang, said) -> None:
    # the article's "what does this cell print?": `X.grad =  None` parses as Python, and was
    # called code; it is the learner's prediction, typed instead of its letter
    article = load_lesson(Path(__file__).parents[1] / "lessons" / "03-article-example.yaml").lesson
    to_quiz = [""] * 9
    _, out, ctl, _ = play(article, store, [*to_quiz, "X.grad =  None", "X.grad = None\nY.grad = None",
                                           "print(x.grad)"], lang=lang)
    assert article.steps[ctl.index].style == "predict" and not ctl.step_done
    out = " ".join(out.split())
    assert out.count(said) == 2 and ctl.quiz_attempts == 0
    assert out.count("That is code, not an answer" if lang == "en" else "Bu bir kod, cevap değil") == 1


def test_finishing_marks_done_and_offers_the_next_lesson(lesson, store) -> None:
    class Next:
        title = lesson.title
    action, out, ctl, _ = play(lesson, store, ["", "", "", ":skip", "a", "", ""],
                               next_lesson=Next())
    assert "Lesson complete" in out and "Next: “Small lesson”" in out
    assert action == NEXT_LESSON
    assert ProgressStore(store.path).lesson("mini").done


def test_back_and_first_step(lesson, store) -> None:
    _, out, ctl, _ = play(lesson, store, [":back", "", ":back"])
    assert "This is already the first step." in out
    assert ctl.index == 0 and ctl.step_done


def test_next_on_a_code_step_runs_it(lesson, store) -> None:
    _, out, ctl, shell = play(lesson, store, [":next", ":next"])
    assert "tensor([1., 2.], requires_grad=True)" in out and ctl.index == 2


def test_resume_rebuilds_the_namespace(lesson, store) -> None:
    play(lesson, store, ["", "", "", ":skip", "a"])     # stop at the last text step
    assert saved_step(store) == 4
    _, out, ctl, shell = play(lesson, store, ["x.grad"])
    assert "Welcome back! We continue at step 5 of 5" in out
    assert "tensor([12., 24.])" in out                   # x and its grad exist again
    assert ctl.index == 4


def test_reset_starts_over(lesson, store) -> None:
    _, out, ctl, shell = play(lesson, store, ["", "", "y = 5", ":reset", "y", "y"])
    assert "The lesson starts again from the beginning" in out
    assert "NameError: name 'y' is not defined" in out
    assert ctl.index == 0 and saved_step(store) == 0


# :reset asks first; the answer is the next line, so a pipe or a script answers it too.
REACH_TASK = ["", "", "", "w = 7"]   # text, code, on to the task (step 3), a variable of ours


@pytest.mark.parametrize(("lang", "answer"), [
    ("en", "y"), ("en", "YES"), ("en", " Yes "), ("en", "evet"),
    ("tr", "e"), ("tr", "EVET"), ("tr", "Evet"), ("tr", "y")])
def test_reset_confirmed_restarts_the_lesson(lesson, store, lang, answer) -> None:
    assert ProgressStore(store.path).lesson("mini") is None
    _, out, ctl, shell = play(lesson, store, [*REACH_TASK, ":sıfırla", answer, "w"], lang=lang)
    assert saved_step(store) == 0 and ctl.index == 0 and not ctl.step_done
    assert i18n.t("lesson.reset_confirm", lang) in " ".join(out.split())
    assert i18n.t("lesson.reset_done", lang) in out
    assert "NameError: name 'w' is not defined" in out       # the namespace is fresh
    assert shell.reader.prompts[len(REACH_TASK) + 1] == i18n.t("repl.confirm_prompt", lang)


@pytest.mark.parametrize(("lang", "answer"), [
    ("en", ""), ("en", "n"), ("en", "no"), ("en", "yess"), ("en", ":next"), ("en", "y y"),
    ("tr", ""), ("tr", "H"), ("tr", "hayır"), ("tr", "evet değil"), ("tr", "ı")])
def test_reset_declined_changes_nothing(lesson, store, lang, answer) -> None:
    _, out, ctl, shell = play(lesson, store, [*REACH_TASK, ":reset", answer, "w"], lang=lang)
    assert i18n.t("lesson.reset_confirm", lang) in " ".join(out.split())
    assert i18n.t("lesson.reset_cancelled", lang) in " ".join(out.split())
    assert i18n.t("lesson.reset_done", lang) not in out
    assert ctl.index == 2 and saved_step(store) == 2
    assert shell.namespace["w"] == 7 and "x" in shell.namespace
    assert "NameError" not in out


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("stop", [KeyboardInterrupt(), EOFError()])
def test_reset_interrupted_or_at_the_end_of_input_changes_nothing(lesson, store, lang,
                                                                  stop) -> None:
    _, out, ctl, shell = play(lesson, store, [*REACH_TASK, ":reset", stop, "w"], lang=lang)
    assert i18n.t("lesson.reset_cancelled", lang) in " ".join(out.split())
    assert i18n.t("lesson.reset_done", lang) not in out
    assert ctl.index == 2 and saved_step(store) == 2 and shell.namespace["w"] == 7
    assert "7" in out.splitlines()                        # the session went on after it


def test_reset_as_the_last_line_of_input_keeps_progress(lesson, store) -> None:
    action, out, ctl, _ = play(lesson, store, [*REACH_TASK, ":reset"])   # then the input ends
    assert action == QUIT and saved_step(store) == 2
    assert "Not restarted" in out and "starts again" not in out


def test_reset_from_a_pipe_reads_the_answer_from_the_next_line(lesson, store) -> None:
    for answer, step in (("n", 2), ("y", 0)):
        shell, out = make_shell()
        shell.reader = PipeReader(io.StringIO("\n".join([*REACH_TASK, ":reset", answer, "w", ""])))
        shell.loop(LessonController(shell, lesson, store))
        assert saved_step(store) == step, (answer, out.getvalue())
        store.save_lesson("mini", step=0, total=5)   # the next round starts at the beginning


def test_language_switch_redraws_the_step(lesson, store) -> None:
    _, out, _, _ = play(lesson, store, [":lang tr"])
    assert "Hello world." in out and "Merhaba dünya." in out
    assert out.index("Hello world.") < out.index("Merhaba dünya.")
    assert "Küçük ders · adım 1/5" in out


def test_menu_and_quit(lesson, store) -> None:
    assert play(lesson, store, [":menu"])[0] == MENU
    assert play(lesson, store, [":çık"])[0] == QUIT
    assert play(lesson, store, ["exit()"])[0] == QUIT


def test_deleting_a_lesson_variable_is_explained(lesson, store) -> None:
    _, out, _, _ = play(lesson, store, ["", "", "", "del x"])
    assert "“x” is not defined any more" in out and ":retry" in out


def test_rebinding_torch_is_explained(lesson, store) -> None:
    _, out, _, _ = play(lesson, store, ["", "", "", "torch = 3"])
    assert "“torch” no longer refers to PyTorch" in out


def test_interrupting_code_keeps_the_lesson(lesson, store) -> None:
    _, out, ctl, _ = play(lesson, store, ["", "", "", "raise KeyboardInterrupt", ":skip"])
    assert "Stopped with Ctrl-C" in out and ctl.index == 3


def test_narrow_terminal(lesson, store) -> None:
    shell, out = make_shell(["", "", "", ":hint", ":skip", "a", ":help"], width=40)
    LessonController(shell, lesson, store)
    assert shell.loop(LessonController(shell, lesson, store)) == QUIT
    assert "Hint 1/2" in out.getvalue()


def test_functions_from_replayed_steps_see_the_learners_namespace(store, tmp_path) -> None:
    from autograd_tui.lessons.loader import parse_lesson

    text = """
id: fn
title: {tr: "Fonksiyon", en: "Function"}
steps:
  - id: define
    kind: code
    code: |
      def double():
          return 2 * a
    output: ""
  - id: end
    kind: text
    text: {tr: "Son.", en: "The end."}
"""
    lesson = parse_lesson(text, tmp_path / "fn.yaml").lesson
    store.save_lesson("fn", step=1, total=2, step_id="end")
    _, out, _, _ = play(lesson, store, ["a = 21", "double()"])
    assert "42" in out


def test_yes_is_y_yes_e_evet_in_any_case_and_nothing_else() -> None:
    for answer in ("y", "Y", "yes", "YES", "yEs", "e", "E", "evet", "EVET", "Evet", "  evet  "):
        assert is_yes(answer), answer
    for answer in ("", "n", "no", "h", "hayır", "HAYIR", "ye", "ev", "yes!", "ok", "1", "İ", "ı"):
        assert not is_yes(answer), answer


def test_a_code_step_shows_its_recorded_output_and_typed_lines_show_each_value(store, tmp_path) -> None:
    from autograd_tui.lessons.loader import parse_lesson

    text = """
id: echo
title: {tr: "Yankı", en: "Echo"}
steps:
  - id: run
    kind: code
    code: |
      import torch
      b = torch.zeros(2)
      b.requires_grad_()
      b.requires_grad
    output: "True"
  - id: end
    kind: text
    text: {tr: "Son.", en: "The end."}
"""
    lesson = parse_lesson(text, tmp_path / "echo.yaml").lesson
    _, out, _, _ = play(lesson, store, ["", "c = 3\nc * 2\nc + 1"])
    # Enter on the code step: only the final value, as the lesson recorded it (the middle
    # expression's tensor is not shown); lines given together: each value, as Python shows them
    assert "True" in out and "tensor([0., 0.], requires_grad=True)" not in out
    assert "6\n" in out and "4\n" in out


@pytest.mark.parametrize("lang, untyped, typed", [
    ("en", "Not solved yet: you have not run any code in this task. Write it at the >>> prompt",
     "Not solved yet: change your code"),
    ("tr", "Henüz çözülmedi: bu görevde henüz hiç kod çalıştırmadın. Kodunu >>> isteminde",
     "Henüz çözülmedi: kodunu değiştirip")])
def test_check_with_nothing_typed_says_to_write_code_not_to_change_it(lesson, store, lang,
                                                                     untyped, typed) -> None:
    _, out, _, _ = play(lesson, store, ["", "", "", ":check", "y = 1", ":check"], lang=lang)
    flat = " ".join(out.split())
    assert flat.count(untyped) == 1 and flat.count(typed) == 1
    assert flat.index(untyped) < flat.index(typed)


def _lesson_with_skippable_hint(tmp_path: Path):
    text = MINI.read_text(encoding="utf-8").replace(
        '        en: "First hint."\n',
        '        en: "First hint."\n        skip_if_source: "\\\\.sum\\\\(\\\\)"\n', 1)
    path = tmp_path / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_lesson(path)
    assert result.ok, result.problems
    return result.lesson


def test_a_hint_is_skipped_when_the_code_already_does_what_it_says(tmp_path: Path, store) -> None:
    lesson = _lesson_with_skippable_hint(tmp_path)
    # the learner already took the sum: the hint that says so is passed over
    _, out, ctl, _ = play(lesson, store, ["", "", "", "w = x.sum() * 2", ":hint", ":hint"])
    assert "First hint." not in out
    assert "Hint 2/2: Second hint." in out and "That was the last hint" in out
    # without that code it comes first, as before
    _, out, _, _ = play(lesson, ProgressStore(tmp_path / "fresh.json"), ["", "", "", "w = x * 2", ":hint"])
    assert "Hint 1/2: First hint." in out


def test_the_capstone_prediction_hints_do_not_repeat_no_grad() -> None:
    result = load_lesson(Path(__file__).parent.parent / "lessons" / "11-capstone.yaml")
    task = next(step for step in result.lesson.steps if step.id == "predict")
    assert isinstance(task, TaskStep)
    used_no_grad = "X_new = torch.tensor([[1., 1., 0., 2.]])\nwith torch.no_grad():\n    preds = model(X_new)"
    skipped = [bool(h.skip_if_source and re.search(h.skip_if_source, used_no_grad)) for h in task.hints]
    assert skipped == [True, True, False]   # the template that shows the input is what is left
    assert not any(h.skip_if_source and re.search(h.skip_if_source, "preds = model(X_new)")
                   for h in task.hints)


def test_every_shipped_skippable_hint_describes_what_its_solution_does() -> None:
    # a skip_if_source that its own solution does not match would never fire: a typo in the regex
    from autograd_tui.lessons.catalog import load_catalog

    found = 0
    for lesson in load_catalog().lessons:
        for step in lesson.steps:
            if not isinstance(step, TaskStep):
                continue
            for hint in step.hints:
                if hint.skip_if_source:
                    found += 1
                    assert re.search(hint.skip_if_source, step.solution, re.MULTILINE), (lesson.id, step.id)
    assert found >= 5


_DERIVATIVE_LESSON = """
id: deriv
title: {tr: "Türev", en: "Derivative"}
steps:
  - id: setup
    kind: code
    code: |
      import torch
      x = torch.tensor([1., 2.])
    output: ""
  - id: d
    kind: task
    prompt: {tr: "Türevi yaz.", en: "Type the derivative."}
    derivative:
      function: "6*x**2"
      wrt: x
    solution: "12*x"
"""


def _derivative_lesson(tmp_path):
    """A setup step, then a task whose answer is the derivative of 6*x**2."""
    from autograd_tui.lessons.loader import parse_lesson

    return parse_lesson(_DERIVATIVE_LESSON, tmp_path / "deriv.yaml").lesson


def test_each_new_wrong_derivative_answer_gets_its_own_verdict(store, tmp_path) -> None:
    # A derivative task judges every line as an answer: after "could not be evaluated" for a
    # typo, the next, different wrong answer must still be told where it fails (it was silent).
    lesson = _derivative_lesson(tmp_path)
    _, out, ctl, _ = play(lesson, store, ["", "", "12*x)", "6*x**2", "x**3", "x**3"])
    assert "could not be evaluated" in out
    assert out.count("Not right") == 2           # 6*x**2 and the first x**3; the retyped one is quiet
    assert not ctl.step_done


def test_a_derivative_verdict_shows_code_and_errors_as_written(store, tmp_path) -> None:
    # the verdict is rendered as Markdown: two stars in it (the example 3*x**2 and a '12*x' in
    # the error) made an italic span and both stars vanished
    lesson = _derivative_lesson(tmp_path)
    for lang in ("en", "tr"):
        _, out, _, _ = play(lesson, ProgressStore(tmp_path / f"{lang}.json"), ["", "", "int('12*x')"],
                            lang=lang)
        verdict = out[out.index("base 10") - 400:]
        assert "3*x**2 + 1" in verdict and "'12*x'" in verdict, verdict


@pytest.mark.parametrize("lang,second", [("en", "Hint 2/2"), ("tr", "İpucu 2/2")])
def test_hints_seen_before_quitting_are_not_shown_again_after_a_resume(lesson, store, lang, second) -> None:
    play(lesson, store, ["", "", "", ":hint", ":quit"], lang=lang)      # hint 1/2 at the task
    _, out, ctl, _ = play(lesson, store, [":hint", ":hint"], lang=lang)
    assert ctl.index == 2 and second in out
    assert "1/2" not in out                                             # it started over at 1/2
    assert out.count(second) == 1                                       # then: no more hints


def test_a_wrong_answer_or_a_seen_solution_still_counts_after_a_resume(lesson, store) -> None:
    """A wrong quiz answer, or the solution seen, then a quit and a resume: the next try was
    counted as right on the first try, or as solved alone, on the end screen."""
    play(lesson, store, ["", "", "", ":solution", ":quit"])             # the task's solution seen
    play(lesson, store, ["z = 6*x**2", "z.sum().backward()", "b", ":quit"])   # solved; a wrong answer
    _, out, _, _ = play(lesson, store, ["a", ""])                          # right, after the resume
    assert ProgressStore(store.path).lesson("mini").stats == {
        "tasks": {"make-z": False}, "hints": {}, "quizzes": {"quiz": False}}
    assert "Lesson complete" in out


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_code_step_broken_by_earlier_input_says_so_and_retry_runs_it_again(lesson, store, lang) -> None:
    # `torch = 1` typed before pressing Enter: the step's code failed, and the tutor went on to
    # "Press Enter for the next step" as if the lesson's output had appeared
    _, out, ctl, shell = play(lesson, store, ["", "torch = 1", "", ":retry" if lang == "en" else ":tekrar", ""],
                              lang=lang)
    out = " ".join(out.split())
    failed = i18n.t("lesson.code_step_failed", lang)
    assert "AttributeError: 'int' object has no attribute 'tensor'" in out
    assert failed in out and out.index("AttributeError") < out.index(failed)
    assert out.count(failed) == 1                     # the run after :retry went through
    assert out.rindex("tensor([1., 2.], requires_grad=True)") > out.index(failed)
    assert ctl.index == 1 and ctl.step_done


def test_a_code_step_that_runs_as_shown_adds_no_note(lesson, store) -> None:
    _, out, _, _ = play(lesson, store, ["", ""])
    assert i18n.t("lesson.code_step_failed", "en").split(",")[0] not in " ".join(out.split())
