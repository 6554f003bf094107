"""The lesson loader: good files load with line numbers; broken and hostile files are reported."""
from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
import yaml

from autograd_tui.lessons import loader
from autograd_tui.lessons.catalog import lesson_files, load_catalog, schema_path, shipped_lessons_dir
from autograd_tui.lessons.loader import load_lesson, parse_lesson
from autograd_tui.lessons.model import CodeStep, QuizStep, TaskStep, TextStep

MINIMAL = textwrap.dedent("""\
    id: mini
    title: {tr: "Küçük", en: "Small"}
    steps:
      - id: hello
        kind: text
        text:
          tr: "Merhaba"
          en: "Hello"
      - id: add
        kind: code
        code: |
          print(1 + 1)
        output: |
          2
      - id: make-a
        kind: task
        prompt: {tr: "a = 3 yaz", en: "write a = 3"}
        check: "a == 3"
        hints:
          - {tr: "a = 3", en: "a = 3"}
        solution: |
          a = 3
        mistakes:
          - id: four
            when: "a == 4"
            message: {tr: "4 değil, 3", en: "not 4 but 3"}
            example: |
              a = 4
      - id: q
        kind: quiz
        question: {tr: "Hangisi?", en: "Which?"}
        choices:
          - {id: x, text: {tr: "bu", en: "this"}}
          - {id: y, code: "that"}
        answer: x
        explanation: {tr: "Çünkü", en: "Because"}
    """)


def write(tmp_path: Path, text: str | bytes, name: str = "lesson.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def messages(result) -> list[str]:
    return [str(p) for p in result.problems]


def test_minimal_lesson_loads(tmp_path):
    result = load_lesson(write(tmp_path, MINIMAL))
    assert result.ok, messages(result)
    lesson = result.lesson
    assert lesson.id == "mini"
    assert lesson.title.get("tr") == "Küçük"
    assert [type(s) for s in lesson.steps] == [TextStep, CodeStep, TaskStep, QuizStep]
    assert lesson.kinds() == {"text": 1, "code": 1, "task": 1, "quiz": 1}
    code = lesson.steps[1]
    assert code.output == "2\n" and code.code == "print(1 + 1)\n"
    assert code.line == 9 and code.line_of("output") == 13
    task = lesson.steps[2]
    assert task.mistakes[0].id == "four" and task.mistakes[0].line == 24


def test_problem_prints_as_file_line_message(tmp_path):
    bad = MINIMAL.replace('    text:\n      tr: "Merhaba"\n', '    text:\n')
    path = write(tmp_path, bad)
    result = load_lesson(path, shown_as="lesson.yaml")
    assert messages(result) == ["lesson.yaml:7: text step 'hello' text: missing Turkish text ('tr')"]


@pytest.mark.parametrize("content, expected", [
    ("", "lesson.yaml:1: file is empty"),
    ("   \n\n", "lesson.yaml:1: file is empty"),
    ("# only a comment\n", "lesson.yaml:1: file is empty (no YAML document)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "lesson.yaml:3: not a text file (binary data)"),
    (b"id: x\ntitle: \xff\xfe\n", "lesson.yaml:2: not valid UTF-8 text (bad byte at offset 13)"),
    ("- 1\n- 2\n", "lesson.yaml:1: a lesson file must be a mapping (id, title, steps…), not a list"),
    ("just a string\n", "lesson.yaml:1: a lesson file must be a mapping (id, title, steps…), not a str"),
])
def test_unreadable_files(tmp_path, content, expected):
    result = load_lesson(write(tmp_path, content), shown_as="lesson.yaml")
    assert messages(result) == [expected]
    assert result.lesson is None


def test_invalid_yaml_reports_line(tmp_path):
    text = "id: x\ntitle:\n  tr: [unclosed\n  en: y\n"
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert len(result.problems) == 1
    problem = result.problems[0]
    assert problem.message.startswith("invalid YAML")
    assert problem.line in (4, 5)


def test_truncated_file(tmp_path):
    truncated = MINIMAL[: MINIMAL.index("    solution:") + 20]   # cut mid-step
    result = load_lesson(write(tmp_path, truncated), shown_as="f.yaml")
    assert result.problems, "a truncated lesson must not pass"
    assert all(str(p).startswith("f.yaml:") for p in result.problems)


def test_truncated_inside_quoted_string(tmp_path):
    result = load_lesson(write(tmp_path, 'id: x\ntitle: {tr: "yar'), shown_as="f.yaml")
    assert result.lesson is None and result.problems[0].message.startswith("invalid YAML")


def test_alias_bomb_is_refused(tmp_path):
    bomb = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for i in range(1, 12):
        bomb.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]")
    result = load_lesson(write(tmp_path, "\n".join(bomb) + "\n"), shown_as="bomb.yaml")
    assert result.lesson is None
    assert messages(result) == ["bomb.yaml:2: invalid YAML: YAML aliases (*name) are not allowed in lesson files"]


def test_any_alias_is_refused(tmp_path):
    text = MINIMAL.replace('title: {tr: "Küçük", en: "Small"}', 'title: &t {tr: "Küçük", en: "Small"}\nsummary: *t')
    result = load_lesson(write(tmp_path, text))
    assert result.lesson is None and "aliases" in result.problems[0].message


def test_deep_nesting_is_refused(tmp_path):
    result = load_lesson(write(tmp_path, "[" * 5000 + "]" * 5000), shown_as="deep.yaml")
    assert result.lesson is None
    assert "nesting deeper than" in result.problems[0].message


def test_huge_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(loader, "MAX_FILE_BYTES", 1000)
    result = load_lesson(write(tmp_path, MINIMAL + "#" * 2000 + "\n"), shown_as="big.yaml")
    assert result.lesson is None and "too large" in result.problems[0].message


def test_missing_file(tmp_path):
    result = load_lesson(tmp_path / "nope.yaml", shown_as="nope.yaml")
    assert result.lesson is None and "cannot read file" in result.problems[0].message


def test_several_documents_are_refused(tmp_path):
    result = load_lesson(write(tmp_path, MINIMAL + "---\nid: other\n"))
    assert result.lesson is None and "invalid YAML" in result.problems[0].message


def test_list_where_mapping_expected(tmp_path):
    text = MINIMAL.replace('title: {tr: "Küçük", en: "Small"}', 'title: ["Küçük", "Small"]')
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert messages(result) == ["f.yaml:2: lesson title: must be a mapping with 'tr' and 'en' texts"]


def test_steps_must_be_a_list(tmp_path):
    result = parse_lesson('id: x\ntitle: {tr: a, en: b}\nsteps: {a: 1}\n', Path("f.yaml"), shown_as="f.yaml")
    assert messages(result) == ["f.yaml:3: lesson: 'steps' must be a list of steps"]


def test_unknown_kind(tmp_path):
    text = MINIMAL.replace("kind: text", "kind: video")
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert messages(result) == ["f.yaml:5: step 1: unknown kind 'video' (expected one of text, code, task, quiz)"]


def test_unknown_field_suggests_the_right_one(tmp_path):
    text = MINIMAL.replace("    hints:", "    hint:")
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert "f.yaml:19: unknown field 'hint' in task step 'make-a' (did you mean 'hints'?)" in messages(result)
    assert "f.yaml:15: task step 'make-a': missing required field 'hints'" in messages(result)


def test_missing_language(tmp_path):
    text = MINIMAL.replace('prompt: {tr: "a = 3 yaz", en: "write a = 3"}', 'prompt: {tr: "a = 3 yaz"}')
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert messages(result) == ["f.yaml:17: task step 'make-a' prompt: missing English text ('en')"]


def test_unknown_and_empty_language(tmp_path):
    text = MINIMAL.replace('title: {tr: "Küçük", en: "Small"}', 'title: {tr: "", en: "Small", de: "Klein"}')
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert "f.yaml:2: lesson title: unknown language 'de' (expected 'tr' and 'en')" in messages(result)
    assert "f.yaml:2: lesson title: Turkish text ('tr') is empty" in messages(result)


def test_duplicate_step_ids(tmp_path):
    text = MINIMAL.replace("id: add", "id: hello")
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert messages(result) == ["f.yaml:9: duplicate step id 'hello' (first used on line 4)"]


def test_duplicate_keys(tmp_path):
    text = MINIMAL.replace("id: mini\n", "id: mini\nid: again\n")
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert messages(result) == ["f.yaml:2: duplicate key 'id'"]


def test_quiz_answer_must_be_a_choice(tmp_path):
    text = MINIMAL.replace("answer: x", "answer: z")
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert messages(result) == ["f.yaml:35: quiz step 'q': answer 'z' is not one of the choices (x, y)"]


def test_code_with_syntax_error_points_at_its_line(tmp_path):
    text = MINIMAL.replace("      print(1 + 1)\n", "      x = 1\n      print(1 +)\n")
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert messages(result) == ["f.yaml:13: code step 'add': 'code' is not valid Python: invalid syntax"]


def test_mistake_needs_a_condition(tmp_path):
    text = MINIMAL.replace('        when: "a == 4"\n', "")
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert messages(result) == [
        "f.yaml:24: task step 'make-a' mistake 1 'four': needs at least one condition: 'when', 'error' or 'source'"]


def test_non_string_scalar(tmp_path):
    text = MINIMAL.replace("answer: x", "answer: 1")
    result = load_lesson(write(tmp_path, text), shown_as="f.yaml")
    assert "f.yaml:35: quiz step 'q': 'answer' must be a string (put it in quotes)" in messages(result)


def test_ten_thousand_steps_load(tmp_path):
    steps = "".join(f"  - id: s{i}\n    kind: code\n    code: |\n      v = {i}\n" for i in range(10_000))
    path = write(tmp_path, 'id: big\ntitle: {tr: "Büyük", en: "Big"}\nsteps:\n' + steps)
    result = load_lesson(path)
    assert result.ok
    assert len(result.lesson.steps) == 10_000


# --- shipped lessons and discovery -------------------------------------------------------

def test_shipped_lessons_are_found_and_valid():
    files = lesson_files(shipped_lessons_dir())
    assert len(files) >= 6
    for path in files:
        result = load_lesson(path)
        assert result.ok, messages(result)
        assert result.lesson.credits is not None


def test_shipped_lessons_carry_the_schema_line_and_match_the_schema():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for path in lesson_files(shipped_lessons_dir()):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=")
        target = (path.parent / first.split("$schema=", 1)[1]).resolve()
        assert target.name == "schema.json"
        errors = list(validator.iter_errors(yaml.safe_load(path.read_text(encoding="utf-8"))))
        assert not errors, (path.name, [e.message for e in errors[:3]])


def test_schema_rejects_what_the_loader_rejects():
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft202012Validator(json.loads(schema_path().read_text(encoding="utf-8")))
    good = yaml.safe_load(MINIMAL)
    assert not list(validator.iter_errors(good))
    bad = yaml.safe_load(MINIMAL.replace('prompt: {tr: "a = 3 yaz", en: "write a = 3"}', 'prompt: {tr: "x"}'))
    assert list(validator.iter_errors(bad))


def test_catalog_skips_broken_extra_files_without_hiding_good_ones(tmp_path):
    extra = tmp_path / "extra"
    extra.mkdir()
    write(extra, MINIMAL, "a-good.yaml")
    write(extra, b"\x00\x01binary", "b-binary.yaml")
    write(extra, "", "c-empty.yaml")
    write(extra, MINIMAL.replace("id: mini", "id: 01-background"), "d-duplicate.yaml")
    catalog = load_catalog([str(extra)])
    ids = [lesson.id for lesson in catalog.lessons]
    assert "mini" in ids and "03-article-example" in ids
    assert ids.count("01-background") == 1
    reported = "\n".join(str(p) for p in catalog.problems)
    assert "b-binary.yaml:1: not a text file" in reported
    assert "c-empty.yaml:1: file is empty" in reported
    assert "already used" in reported


def test_catalog_find_by_prefix():
    catalog = load_catalog()
    assert catalog.find("03").id == "03-article-example"
    assert catalog.find("3").id == "03-article-example"
    assert catalog.find("03-article-example").id == "03-article-example"
    assert catalog.find("nope") is None


def test_a_good_lesson_is_read_without_resolving_its_path_and_a_broken_one_is_shown_as_before(
        tmp_path, monkeypatch) -> None:
    good = tmp_path / "good.yaml"
    good.write_text((shipped_lessons_dir() / "02-tensors.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\ntitle: {tr: a, en: b}\nsteps: [\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    resolved: list[Path] = []
    real = loader.display_path

    def display_path(path: Path) -> str:
        resolved.append(path)
        return real(path)
    monkeypatch.setattr(loader, "display_path", display_path)
    assert load_lesson(good).ok and resolved == []   # a listing of good lessons pays for no resolve()
    result = load_lesson(broken)
    assert [str(p) for p in result.problems] == ["broken.yaml:4: invalid YAML: while parsing a flow node, "
                                                 "expected the node content, but found '<stream end>'"]
    assert resolved == [broken]


def test_a_hint_may_say_when_it_repeats_the_code(tmp_path):
    text = MINIMAL.replace('- {tr: "a = 3", en: "a = 3"}',
                           '- {tr: "a = 3", en: "a = 3", skip_if_source: "a\\\\s*="}')
    result = load_lesson(write(tmp_path, text))
    assert result.ok, messages(result)
    task = next(step for step in result.lesson.steps if isinstance(step, TaskStep))
    assert task.hints[0].skip_if_source == r"a\s*=" and task.hints[0].get("en") == "a = 3"
    broken = load_lesson(write(tmp_path, text.replace("a\\\\s*=", "a(")), shown_as="f.yaml")
    assert messages(broken) == ["f.yaml:20: task step 'make-a' hints[1]: 'skip_if_source' is not a "
                                "valid regular expression: missing ), unterminated subpattern at position 1"]
    # only a hint has it: elsewhere it is an unknown key
    misplaced = load_lesson(write(tmp_path, MINIMAL.replace(
        'prompt: {tr: "a = 3 yaz", en: "write a = 3"}',
        'prompt: {tr: "a = 3 yaz", en: "write a = 3", skip_if_source: "a"}')), shown_as="f.yaml")
    assert any("skip_if_source" in m for m in messages(misplaced)), messages(misplaced)
