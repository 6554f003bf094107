"""`check`, `demo --auto`, `lessons --json`, replay and recording."""
from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import pytest

from autograd_tui.cli import main as cli_main
from autograd_tui.evaluator import run_code
from autograd_tui.lessons.catalog import lesson_files, load_catalog, shipped_lessons_dir
from autograd_tui.lessons.checker import check_paths
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.lessons.record import render_scalar, rewrite_outputs
from autograd_tui.lessons.judging import judge_task
from autograd_tui.lessons.session import build_namespace, replay

# A lesson in plain Python, so the checker's machinery is tested without any torch.
GOOD = textwrap.dedent("""\
    # yaml-language-server: $schema=../autograd_tui/lessons/schema.json
    id: plain
    title: {tr: "Düz Python", en: "Plain Python"}
    setup: |
      import math
    steps:
      - id: intro
        kind: text
        text: {tr: "Başlayalım.", en: "Let's start."}
      - id: numbers
        kind: code
        code: |
          values = [1, 2, 3]
          print(sum(values))
          values
        output: |
          6
          [1, 2, 3]
      - id: boom
        kind: code
        code: |
          values[10]
        raises: IndexError
        output: |
          Traceback (most recent call last):
            File "<lesson>", line 1, in <module>
              values[10]
          IndexError: list index out of range
      - id: square
        kind: task
        prompt: {tr: "`sq` değişkenine 16'nın karekökünü koy.", en: "Put the square root of 16 in `sq`."}
        check: "sq == 4"
        hints:
          - {tr: "`math.sqrt`", en: "`math.sqrt`"}
        solution: |
          sq = math.sqrt(16)
        mistakes:
          - id: squared
            when: "sq == 256"
            message: {tr: "Bu kare, karekök değil.", en: "That is the square, not the root."}
            example: |
              sq = 16 ** 2
          - id: no-import
            error: "NameError"
            source: "sqrt"
            message: {tr: "`math.` önekini unutma.", en: "Do not forget the `math.` prefix."}
            example: |
              sq = sqrt(16)
      - id: guess
        kind: quiz
        style: predict
        question: {tr: "Ne yazar?", en: "What does it print?"}
        code: |
          print(sq + 1)
        choices:
          - {id: a, code: "5.0"}
          - {id: b, code: "5"}
        answer: a
        explanation: {tr: "`math.sqrt` float döndürür.", en: "`math.sqrt` returns a float."}
        output: |
          5.0
    """)


def write(folder: Path, text: str, name: str = "plain.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def problems(paths, backend="embedded") -> list[str]:
    return [str(p) for p in check_paths(list(paths), backend).problems]


def test_good_lesson_passes(tmp_path):
    assert problems([write(tmp_path, GOOD)]) == []


def test_wrong_expected_output_is_reported(tmp_path):
    path = write(tmp_path, GOOD.replace("      6\n      [1, 2, 3]\n", "      7\n      [1, 2, 3]\n"))
    assert problems([path]) == [
        f"{path}:16: step 'numbers': output differs from the recorded output: "
        "output line 1: expected '7', got '6'"]


def test_a_format_problem_does_not_stop_the_check_of_the_other_steps_code(tmp_path):
    # check stopped at the format problem: the wrong output of 'numbers' was found only once
    # the author had fixed the typo and run check again
    text = GOOD.replace("      6\n      [1, 2, 3]\n", "      7\n      [1, 2, 3]\n")
    text = text.replace('text: {tr: "Başlayalım.", en: "Let\'s start."}', 'txt: {tr: "Başlayalım."}')
    text = text.replace("sq = math.sqrt(16)\n", "sq = math.sqrt(9)\n")
    path = write(tmp_path, text)
    summary = check_paths([path])
    found = [str(p) for p in summary.problems]
    # in the file's order: line 7 before line 9, the run's problems among the loader's
    assert found[:2] == [f"{path}:7: text step 'intro': missing required field 'text' (with tr and en)",
                         f"{path}:9: unknown field 'txt' in text step 'intro' (did you mean 'text'?)"]
    assert [int(p.split(":")[1]) for p in found] == sorted(int(p.split(":")[1]) for p in found)
    assert f"{path}:16: step 'numbers': output differs from the recorded output: " \
           "output line 1: expected '7', got '6'" in found
    assert f"{path}:32: task 'square': the solution does not pass the check" in found
    assert summary.steps_run > 0
    # a step with problems of its own still runs (later steps need its names) but is not judged
    broken = GOOD.replace("    raises: IndexError\n", "    raises: IndexError\n    colour: red\n")
    broken = broken.replace("list index out of range", "a recording the step does not print")
    found = problems([write(tmp_path, broken)])
    assert found == [f"{path}:24: unknown field 'colour' in code step 'boom'"]


def test_a_name_error_after_an_unreadable_step_points_at_that_step(tmp_path):
    # a step without a kind is dropped and never runs: the NameError it causes further down
    # used to read as a mistake of the later step alone
    text = GOOD.replace("  - id: numbers\n    kind: code\n", "  - id: numbers\n", 1)
    path = write(tmp_path, text)
    found = problems([path])
    dropped = [p for p in found if "missing required field 'kind'" in p]
    assert len(dropped) == 1
    noted = [p for p in found if "could not be read, so it never ran" in p]
    # 'boom' expected an IndexError and met the NameError; the task's solution runs on
    assert [p.split(": ", 1)[1].split(":")[0] for p in noted] == ["step 'boom'"]
    assert "NameError: name 'values' is not defined (step 2 above could not be read" in noted[0]
    # and nothing is added to a NameError when every step was read
    plain = problems([write(tmp_path, GOOD.replace("print(sum(values))", "print(sum(valuez))"))])
    assert not [p for p in plain if "never ran" in p]


def test_failing_code_is_reported(tmp_path):
    path = write(tmp_path, GOOD.replace("print(sum(values))", "print(sum(valuez))"))
    found = problems([path])
    assert (f"{path}:14: step 'numbers': code failed: NameError: name 'valuez' is not defined. "
            "Did you mean: 'values'?") in found


def test_missing_expected_exception(tmp_path):
    path = write(tmp_path, GOOD.replace("values[10]\n    raises", "values[0]\n    raises"))
    found = problems([path])
    assert any("expected IndexError, but the code ran without error" in p for p in found)


def test_solution_must_pass_its_check(tmp_path):
    path = write(tmp_path, GOOD.replace("sq = math.sqrt(16)\n", "sq = math.sqrt(9)\n"))
    found = problems([path])
    assert f"{path}:32: task 'square': the solution does not pass the check" in found


def test_mistake_example_must_trigger_its_message(tmp_path):
    path = write(tmp_path, GOOD.replace("sq = 16 ** 2\n", "sq = 16 * 2\n"))
    assert problems([path]) == [f"{path}:41: task 'square': the example of mistake 'squared' does not trigger it"]


def test_a_mistake_pattern_that_is_no_regular_expression_is_one_problem(tmp_path):
    # after the loader's "not a valid regular expression", the run went on to a second problem,
    # "the check stopped: error: missing ), unterminated subpattern", re's own words
    path = write(tmp_path, GOOD.replace('error: "NameError"', 'error: "Name(Error"'))
    found = problems([path])
    assert len(found) == 1 and "'error' is not a valid regular expression" in found[0]


def test_a_lesson_without_an_id_has_no_empty_quotes_in_its_recap_warning(tmp_path):
    path = write(tmp_path, "title: {tr: a, en: b}\nsteps: []\n")
    summary = check_paths([path], "embedded")
    warnings = [str(w) for w in summary.warnings]
    assert warnings == [f"{path}:1: the lesson has no recap (shown when it ends)"]
    assert any("missing required field 'id'" in str(p) for p in summary.problems)


def test_mistake_example_that_passes_the_check(tmp_path):
    path = write(tmp_path, GOOD.replace("sq = 16 ** 2\n", "sq = 4\n"))
    assert problems([path]) == [f"{path}:41: task 'square': the example of mistake 'squared' passes the check"]


def test_check_that_already_passes(tmp_path):
    path = write(tmp_path, GOOD.replace('check: "sq == 4"', 'check: "True"'))
    found = problems([path])
    assert f"{path}:32: task 'square': the check already passes before the learner does anything" in found


def test_predict_quiz_answer_must_be_the_output(tmp_path):
    path = write(tmp_path, GOOD.replace('- {id: a, code: "5.0"}', '- {id: a, code: "6.0"}'))
    found = problems([path])
    assert f"{path}:56: quiz 'guess': the answer's code is not the recorded output" in found


def test_duplicate_lesson_ids_across_files(tmp_path):
    first = write(tmp_path, GOOD, "a.yaml")
    second = write(tmp_path, GOOD, "b.yaml")
    assert problems([first, second]) == [f"{second}:2: lesson id 'plain' is also used by {first}"]


def test_hostile_files_do_not_hang_or_crash(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x]\n" + "".join(
        f"b{i}: &b{i} [" + ", ".join(["*a" if i == 0 else f"*b{i - 1}"] * 8) + "]\n" for i in range(12))
    paths = [write(tmp_path, bomb, "bomb.yaml"), write(tmp_path, "", "empty.yaml")]
    (tmp_path / "binary.yaml").write_bytes(bytes(range(256)) * 100)
    paths.append(tmp_path / "binary.yaml")
    found = problems(paths)
    assert len(found) == 3
    assert all(":" in p for p in found)


def test_infinite_loop_is_stopped(tmp_path, monkeypatch):
    from autograd_tui.lessons import checker

    monkeypatch.setattr(checker, "STEP_TIME_LIMIT", 0.5)
    path = write(tmp_path, GOOD.replace("values = [1, 2, 3]\n", "values = [1, 2, 3]\n      while True: pass\n"))
    found = problems([path])
    assert any("StepTimeLimit" in p for p in found)


def test_ten_thousand_step_lesson_checks(tmp_path):
    steps = "".join(f"  - id: s{i}\n    kind: code\n    code: |\n      v = {i}\n" for i in range(10_000))
    path = write(tmp_path, 'id: big\ntitle: {tr: "Büyük", en: "Big"}\nsteps:\n' + steps, "big.yaml")
    summary = check_paths([path])
    assert summary.problems == []
    assert summary.steps_run == 10_000


# --- replay and judging -------------------------------------------------------------------

def test_build_namespace_replays_code_and_solutions(tmp_path):
    lesson = load_lesson(write(tmp_path, GOOD)).lesson
    assert "values" not in build_namespace(lesson, 0)
    assert "math" in build_namespace(lesson, 0)                  # setup always runs
    ns = build_namespace(lesson, 3)                              # before the task
    assert ns["values"] == [1, 2, 3] and "sq" not in ns
    ns = build_namespace(lesson, 4)                              # after it: the solution ran
    assert ns["sq"] == 4.0
    assert replay(lesson, len(lesson.steps)).failures == []      # the IndexError step is expected


def test_judge_task_finds_pass_and_mistakes(tmp_path):
    lesson = load_lesson(write(tmp_path, GOOD)).lesson
    task = lesson.steps[3]
    ns = build_namespace(lesson, 3)
    attempt = "sq = sqrt(16)"
    verdict = judge_task(task, ns, run_code(attempt, ns), attempt)
    assert not verdict.passed and verdict.mistake.id == "no-import"
    attempt = "sq = 16 ** 2"
    verdict = judge_task(task, ns, run_code(attempt, ns), attempt)
    assert verdict.mistake.id == "squared"
    attempt = "sq = 2 + 2"                                       # any route to the goal passes
    assert judge_task(task, ns, run_code(attempt, ns), attempt).passed


# --- recording ------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [
    "6\n", "two\nlines\n", "no newline", "  leading spaces\nsecond\n", "trailing\n\n",
    "tab\there\n", "colon: and # hash\n", "", "\x1b[31mred\n", "  Traceback\n    indented\n",
])
def test_rewrite_outputs_round_trips(value):
    import yaml

    text = ("id: x\n# keep me\nsteps:\n  - id: a\n    kind: code\n    code: |\n      pass\n"
            "    output: \"\"\n  # between\n  - id: b\n    kind: code\n    code: |\n      pass\n\n"
            "  - id: c\n    kind: code\n    code: \"pass\"\n    output: |\n      old\n      text\n    raises: E\n")
    new, changed = rewrite_outputs(text, {0: value, 1: value, 2: value})
    data = yaml.safe_load(new)
    assert [step.get("output", "") for step in data["steps"]] == [value] * 3
    assert "# keep me" in new and "# between" in new and data["steps"][2]["raises"] == "E"
    again, changed_again = rewrite_outputs(new, {0: value, 1: value, 2: value})
    assert again == new and changed_again == 0


def test_render_scalar_uses_block_style():
    assert render_scalar("a\nb\n", 6, 4) == ("|\n      a\n      b\n", True)
    assert render_scalar(" x\n", 6, 4) == ("|2\n       x\n", True)


# --- the commands ---------------------------------------------------------------------------

def test_check_command_exit_codes(tmp_path, capsys):
    good = write(tmp_path, GOOD)
    assert cli_main(["check", str(good)]) == 0
    bad = write(tmp_path, GOOD.replace("      6\n", "      8\n"), "bad.yaml")
    assert cli_main(["check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"{bad}:16: step 'numbers': output differs")
    assert "Traceback" not in out


def test_lessons_json_lists_shipped_and_extra_lessons(tmp_path, capsys):
    extra = tmp_path / "extra"
    extra.mkdir()
    write(extra, GOOD)
    (extra / "broken.yaml").write_text("id: [", encoding="utf-8")
    assert cli_main(["--lessons", str(extra), "lessons", "--json"]) == 0
    captured = capsys.readouterr()
    items = json.loads(captured.out)
    ids = [item["id"] for item in items]
    assert ids[:6] == ["01-background", "02-tensors", "03-article-example", "04-graph",
                       "05-no-grad-error", "06-pretrained-freezing"]
    assert "plain" in ids
    plain = items[ids.index("plain")]
    assert plain["title"] == {"tr": "Düz Python", "en": "Plain Python"}
    assert plain["kinds"] == {"text": 1, "code": 2, "task": 1, "quiz": 1}
    assert "broken.yaml:1: invalid YAML" in captured.err


@pytest.mark.parametrize("lang, said", [("en", "✗ Output differs from the recording."),
                                        ("tr", "✗ Çıktı kayıttakinden farklı.")])
def test_demo_auto_fails_when_an_output_only_differs_from_its_recording(tmp_path, capsys, lang, said):
    # no error, only an output that is not the recorded one: the transcript says so and the
    # exit status is 1, so a script running the demos before a class sees it
    path = write(tmp_path, GOOD.replace("      6\n      [1, 2, 3]\n", "      7\n      [1, 2, 3]\n"))
    assert cli_main(["--lessons", str(path), "demo", "plain", "--auto", "--lang", lang]) == 1
    out = capsys.readouterr().out
    assert out.count(said) == 1 and "6\n[1, 2, 3]\n" + said in out


def test_demo_auto_is_deterministic_and_complete(tmp_path, capsys):
    path = write(tmp_path, GOOD)
    assert cli_main(["--lessons", str(path), "demo", "plain", "--auto", "--lang", "en"]) == 0
    first = capsys.readouterr().out
    assert cli_main(["--lessons", str(path), "demo", "plain", "--auto", "--lang", "en"]) == 0
    assert capsys.readouterr().out == first
    assert ">>> values = [1, 2, 3]\n" in first
    assert "6\n[1, 2, 3]\n" in first
    assert "IndexError: list index out of range" in first
    # texts read as on the lesson's screen: Markdown rendered, not shown as typed
    assert "Put the square root of 16 in sq." in first and "✓ Check passed." in first
    assert "Answer: a) 5.0" in first
    assert cli_main(["--lessons", str(path), "demo", "plain", "--auto", "--lang", "tr"]) == 0
    assert "✓ Kontrol geçti." in capsys.readouterr().out


@pytest.mark.parametrize("lang, bold", [("en", "an automatic differentiation engine"),
                                        ("tr", "otomatik türev alan bir motordur")])
def test_demo_auto_renders_markdown_as_the_lesson_screen_does(capsys, monkeypatch, lang, bold):
    from autograd_tui.lessons.catalog import load_catalog
    from autograd_tui.ui.render import markdown_as_text

    monkeypatch.setenv("COLUMNS", "60")
    assert cli_main(["demo", "01-background", "--auto", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert re.search(r"\*\*[^\W\d][^*\n]*\*\*", out) is None   # no **bold** left as typed
    assert bold in " ".join(out.split())
    assert not [line for line in out.splitlines() if line.endswith(" ")]
    first_text = load_catalog().find("01-background").steps[0].text.get(lang)
    assert markdown_as_text(60)(first_text).strip() in out   # what the screen shows, word for word


@pytest.mark.parametrize("lang, answer", [
    ("en", "Answer: a) Because z is a vector: PyTorch needs to know with which weights to combine its elements."),
    ("tr", "Cevap: a) z bir vektör olduğu için: PyTorch, elemanlarını hangi ağırlıklarla birleştireceğini "
           "bilmek ister.")])
def test_demo_auto_quiz_fits_the_width_and_gives_the_whole_answer(capsys, monkeypatch, lang, answer):
    monkeypatch.setenv("COLUMNS", "80")
    assert cli_main(["demo", "03-article-example", "--auto", "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert [line for line in out.splitlines() if len(line) > 80] == []   # choices are indented by five
    assert answer in " ".join(out.split())   # the whole label, wrapped, not its first line


def test_demo_unknown_lesson(capsys):
    assert cli_main(["demo", "no-such-lesson", "--auto", "--lang", "en"]) == 2
    assert "There is no lesson with the id “no-such-lesson”" in capsys.readouterr().err
    assert cli_main(["demo", "no-such-lesson", "--auto", "--lang", "tr"]) == 2
    assert "“no-such-lesson” kimlikli bir ders yok" in capsys.readouterr().err


# --- the shipped lessons on the embedded engine -------------------------------------------

ARTICLE_OUTPUTS = [
    "X.grad =  None\nY.grad =  None\n",
    "x için =  tensor([12., 24.], grad_fn=<MulBackward0>)\n",
    "y için =  tensor([-24., -96.], grad_fn=<MulBackward0>)",
    "x.grad =  tensor([12., 24.])\ny.grad =  tensor([-24., -96.])\n",
    "RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn\n",
]


def _engine_has_nn() -> bool:
    try:
        from autograd_tui.engine import (
            nn,  # noqa: F401
            serialization,  # noqa: F401
        )
        from autograd_tui.engine.nn import Linear  # noqa: F401
        from autograd_tui.engine.vision import models  # noqa: F401
        return True
    except Exception:  # noqa: BLE001
        return False


@pytest.mark.parametrize("path", lesson_files(shipped_lessons_dir()), ids=lambda p: p.stem)
def test_shipped_lesson_passes_check_on_embedded_engine(path):
    if "pretrained" in path.stem and not _engine_has_nn():
        pytest.xfail("needs nn, optim, torch.save and torchvision.models.resnet18")
    assert problems([path]) == []


def test_turkish_transcripts_contain_the_article_outputs(capsys):
    catalog = load_catalog()
    transcript = ""
    for lesson_id in ("01", "02", "03", "04", "05"):
        cli_main(["demo", lesson_id, "--auto", "--lang", "tr"])
        transcript += capsys.readouterr().out
    for expected in ARTICLE_OUTPUTS:
        assert expected in transcript
    assert len(catalog.lessons) >= 6


def test_authoring_guide_minimal_example_passes(tmp_path):
    guide = (Path(__file__).resolve().parent.parent / "docs" / "authoring.md").read_text(encoding="utf-8")
    example = guide.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert problems([write(tmp_path, example, "99-minimal.yaml")]) == []


def test_every_article_code_block_appears_verbatim():
    article = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "autograd-article.tr.md"
    if not article.exists():
        pytest.skip("the article (shared/seed) is not beside this checkout")
    text = article.read_text(encoding="utf-8")
    blocks = [b for b in text.split("```python\n")[1:]]
    blocks = [b.split("```", 1)[0].strip("\n") for b in blocks]
    # Two of the article's ```python blocks are printed outputs, not code.
    blocks = [b for b in blocks if not b.startswith(("#Output", "x.grad =  "))]
    sources: list[str] = []
    for path in lesson_files(shipped_lessons_dir()):
        lesson = load_lesson(path).lesson
        for step in lesson.steps:
            sources += [getattr(step, "code", None) or "", getattr(step, "solution", None) or ""]
    assert len(blocks) == 8
    for block in blocks:
        assert any(block in source for source in sources), block
