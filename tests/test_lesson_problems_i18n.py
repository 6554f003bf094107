"""What is wrong with a lesson file is said in the reader's language, with its FILE:LINE.

Problems are kept as catalogue keys and values (``autograd_tui/lessons/problem.py``) and put
into words where they are shown; every key the lesson code uses has both languages.
"""
from __future__ import annotations

import os
import re
import string
from pathlib import Path

import pytest
import yaml

from autograd_tui import i18n
from autograd_tui.catalogue import lesson_problems
from autograd_tui.cli import main as cli_main
from autograd_tui.lessons.index import load_index
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.lessons.model import STEP_KINDS
from autograd_tui.lessons.problem import Msg, msg

LESSONS_CODE = Path(__file__).resolve().parents[1] / "autograd_tui" / "lessons"
KEY = re.compile(r"""["'](problem\.[a-z0-9_]+)["']""")

BROKEN = """\
id: broken
title: {en: "Only English"}
summry: {tr: "Özet", en: "Summary"}
recap: {tr: "Özet", en: "Recap"}
steps:
  - id: a
    kind: code
    code: "print(1)"
    output: "1\\n"
"""

RUNS_WRONG = """\
id: runs-wrong
title: {tr: "Yanlış çıktı", en: "Wrong output"}
recap: {tr: "Özet", en: "Recap"}
steps:
  - id: hello
    kind: code
    code: "print('hello')"
    output: "hallo\\n"
"""


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_check_in_turkish_names_file_line_and_the_problem_in_turkish(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "broken.yaml", BROKEN)
    _write(tmp_path, "runs.yaml", RUNS_WRONG)
    assert cli_main(["--lang", "tr", "check", "broken.yaml", "runs.yaml"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "broken.yaml:2: ders, 'title' alanı: Türkçe metin ('tr') eksik",
        "broken.yaml:3: ders içinde bilinmeyen alan: 'summry' (yoksa 'summary' alanını mı kastettin?)",
        # found in the child process that runs the lesson, sent through its pipe as key and values
        "runs.yaml:8: 'hello' adımı: çıktı, kaydedilen çıktıdan farklı: "
        "çıktının 1. satırı: 'hallo' bekleniyordu, 'hello' geldi",
    ]
    assert cli_main(["--lang", "en", "check", "broken.yaml", "runs.yaml"]) == 1
    assert capsys.readouterr().out.splitlines() == [
        "broken.yaml:2: lesson title: missing Turkish text ('tr')",
        "broken.yaml:3: unknown field 'summry' in lesson (did you mean 'summary'?)",
        "runs.yaml:8: step 'hello': output differs from the recorded output: "
        "output line 1: expected 'hallo', got 'hello'",
    ]


def test_a_broken_file_is_reported_in_turkish_by_lessons_and_from_the_index(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "extra"
    folder.mkdir()
    path = _write(folder, "tab.yaml", "id: tab\nsteps:\n\t- id: a\n")
    os.utime(path, (1_700_000_000, 1_700_000_000))   # why: the index keeps no verdict of a file this new
    cache = tmp_path / "index.json"
    first = load_index([str(folder)], include_shipped=False, cache=cache)
    again = load_index([str(folder)], include_shipped=False, cache=cache)   # the verdict kept on disk
    assert (first.misses, again.hits) == (1, 1)
    for index in (first, again):
        assert [p.text("tr") for p in index.problems] == [
            "extra/tab.yaml:3: geçersiz YAML: sonraki öğe aranırken bir sorun çıktı: "
            "hiçbir YAML öğesinin başlayamayacağı sekme ('\\t') karakteri bulundu. 3. satırın 1. sütununda bir "
            "sekme (Tab) var: YAML yalnızca boşlukla girintilenir. Sekmeyi boşluklarla değiştir (çoğu "
            "düzenleyici Tab'a basınca boşluk koyabilir)."]
    assert cli_main(["--lang", "tr", "--lessons", str(folder), "lessons"]) == 0
    assert "extra/tab.yaml:3: geçersiz YAML: " in capsys.readouterr().err


def test_every_problem_key_in_the_code_has_both_languages_and_none_is_left_over() -> None:
    used = {key for path in LESSONS_CODE.glob("*.py") for key in KEY.findall(path.read_text(encoding="utf-8"))}
    assert len(used) > 100, "the scan found too few keys: the pattern is broken"
    catalogue = set(lesson_problems.MESSAGES)
    assert sorted(used - catalogue) == []     # a key the code uses but nobody translated
    assert sorted(catalogue - used) == []     # a translation nothing uses any more
    for kind in STEP_KINDS:                   # the loader names a step by its kind: "kod adımı 'a'"
        assert f"step.{kind}" in i18n.MESSAGES
    for key in sorted(catalogue):
        forms = i18n.MESSAGES[key]
        assert set(forms) == {"tr", "en"} and forms["tr"].strip() and forms["en"].strip(), key
        assert _fields(forms["tr"]) == _fields(forms["en"]), key
        values = {name: f"<{name}>" for name in _fields(forms["en"])}
        for lang in ("tr", "en"):
            shown = msg(key, **values).render(lang)
            assert "{" not in shown and "}" not in shown, (key, lang, shown)
            assert all(f"<{name}>" in shown for name in values), (key, lang, shown)


def test_nested_places_are_said_in_each_language(tmp_path) -> None:
    path = _write(tmp_path, "nested.yaml", """\
id: nested
title: {tr: "T", en: "T"}
steps:
  - id: t
    kind: task
    prompt: {tr: "Yap", en: "Do"}
    check: "x == 1"
    solution: "x = 1"
    hints: [{tr: "İpucu", en: "Hint"}]
    mistakes:
      - {id: m, message: {tr: "", en: "Msg"}, example: "x = 2", when: "x == 2"}
""")
    (problem,) = load_lesson(path).problems
    assert problem.message == "task step 't' mistake 1 'm' message: Turkish text ('tr') is empty"
    assert problem.text("tr").endswith(": görev adımı 't', 1. hata 'm', 'message' alanı: Türkçe metin ('tr') boş")
    assert str(problem) == f"{problem.path}:11: {problem.message}"


def test_a_message_survives_plain_data_and_damaged_data_is_refused() -> None:
    place = msg("problem.at_step", kind=Msg("step.code"), id="a")
    original = msg("problem.field_empty", what=place, key="code")
    assert Msg.from_data(original.to_data()) == original
    assert original.render("en") == "code step 'a': 'code' is empty"
    assert original.render("tr") == "kod adımı 'a': 'code' alanı boş"
    for damaged in (None, "problem.file_empty", ["problem.file_empty"], [1, {}],
                    ["problem.field_empty", {"what": True}], ["problem.field_empty", {"what": [1, 2]}],
                    ["problem.field_empty", {"what": {"key": "x"}}]):
        assert Msg.from_data(damaged) is None, damaged


# Broken YAML as authors write it: ': ' in a plain value, a quote or bracket left open, a tab,
# bad indentation, an unknown escape.
BROKEN_YAML = ["a: b: c\n", 'a: "unclosed\n', "a: [1, 2\n", "a: {b: 1\n", "a:\n  b: 1\n c: 2\n",
               'a: "\\q"\n', "x: 1\n\tc: d\n", "a: }\n", 'title: {tr: "x" en: "y"}\n', "a:\n  - b\n  c: 1\n",
               "a\nb: 1\n"]


def _library_words(text: str) -> str:
    try:
        yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        return f"{exc.context}, {exc.problem}" if exc.context and exc.problem else str(exc.problem)
    raise AssertionError("not broken")


def test_the_yaml_library_s_common_words_are_translated_and_unchanged_in_english(tmp_path) -> None:
    for i, text in enumerate(BROKEN_YAML):
        (problem,) = load_lesson(_write(tmp_path, f"y{i}.yaml", text)).problems
        assert problem.message.startswith(f"invalid YAML: {_library_words(text)}")
        turkish = problem.msg.render("tr")
        assert turkish.startswith("geçersiz YAML: ")
        assert not re.search(r"\b(while|found|expected|allowed|scanning|parsing)\b", turkish), turkish


# Indentation mistakes in a lesson: the line that is wrong, and why, in plain words after the
# library's own (which name a later line, or a token such as '?').
_STEP = """id: ind
title: {tr: "T", en: "T"}
steps:
  - id: c
    kind: code
    code: |
      x = 1
    y = 2
"""
_KEY_AT_DASH = "id: ind\ntitle: {tr: T, en: T}\nsteps:\n  - id: c\n    kind: code\n  code: |\n    x = 1\n"


@pytest.mark.parametrize("lang, words", [
    ("en", "Line 8 is indented less than the other lines of 'code: |' (line 6), so YAML ended that block "
           "above it and read line 8 as a new key, which needs a ':'. Indent it like the lines before it "
           "(6 spaces)."),
    ("tr", "8. satır, 'code: |' bloğunun (6. satır) diğer satırlarından daha az girintili; bu yüzden YAML "
           "bloğu onun üstünde bitirdi ve 8. satırı ':' gerektiren yeni bir anahtar olarak okudu. Onu önceki "
           "satırlar gibi girintile (6 boşluk).")])
def test_a_code_line_indented_less_than_its_block_is_named_with_its_own_line(tmp_path, lang, words) -> None:
    text = _STEP + "    z = 3\n"   # the library names line 9, after the line without ':'
    (problem,) = load_lesson(_write(tmp_path, "block.yaml", text)).problems
    assert problem.line == 8
    assert problem.msg.render(lang).endswith(words)


@pytest.mark.parametrize("lang, words", [
    ("en", "Line 6 starts in column 3, where the list that begins on line 4 has its '-': a line there must "
           "start a new item with '- '. A key of an item lines up after its '-', in column 5."),
    ("tr", "6. satır 3. sütunda, yani 4. satırda başlayan listenin '-' işaretlerinin sütununda başlıyor: orada "
           "bir satır '- ' ile yeni bir öğe başlatmalı. Bir öğenin anahtarı, '-' işaretinin ardından 5. sütunda "
           "hizalanır.")])
def test_a_key_at_the_column_of_the_list_s_dash_is_explained(tmp_path, lang, words) -> None:
    (problem,) = load_lesson(_write(tmp_path, "dash.yaml", _KEY_AT_DASH)).problems
    assert "but found '?'" in problem.message   # the library's words, which say little
    assert problem.line == 6 and problem.msg.render(lang).endswith(words)


def test_other_indentation_mistakes_say_which_columns_line_up(tmp_path) -> None:
    off_by_one = _KEY_AT_DASH.replace("\n  code: |", "\n   code: |")
    (problem,) = load_lesson(_write(tmp_path, "one.yaml", off_by_one)).problems
    assert problem.line == 6 and problem.message.endswith(
        "Line 6 starts in column 4, in line with nothing above it: in the list that begins on line 4 each "
        "item's '-' is in column 3, and an item's keys in column 5.")
    (problem,) = load_lesson(_write(tmp_path, "map.yaml", "a:\n  b: 1\n c: 2\n")).problems
    assert problem.line == 3 and problem.msg.render("tr").endswith(
        "3. satır 2. sütunda başlıyor ve üstündeki hiçbir anahtarla hizalı değil: 1. satırda başlayan "
        "eşlemenin anahtarları 1. sütunda başlıyor. Bir eşlemenin anahtarları aynı sütunda başlar.")
    (problem,) = load_lesson(_write(tmp_path, "colon.yaml", "a: 1\nb\nc: 2\n")).problems
    assert problem.line == 2 and problem.message.endswith(
        "YAML read line 2 as a new key (name: value), but it has no ':'. If it continues the text above it, "
        "indent it like that text.")


@pytest.mark.parametrize("lang, words", [
    ("en", "Line 5 has a tab in column 1: YAML indents with spaces only. Replace the tab with spaces"),
    ("tr", "5. satırın 1. sütununda bir sekme (Tab) var: YAML yalnızca boşlukla girintilenir. Sekmeyi "
           "boşluklarla değiştir")])
def test_a_tab_used_for_indentation_is_named_as_such(tmp_path, lang, words) -> None:
    # the library only said "found character '\t' that cannot start any token"
    text = "id: tab\ntitle: {tr: T, en: T}\nsteps:\n  - id: c\n\tkind: code\n"
    (problem,) = load_lesson(_write(tmp_path, "tab.yaml", text)).problems
    assert problem.line == 5
    assert words in problem.msg.render(lang)
