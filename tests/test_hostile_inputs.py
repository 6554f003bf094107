"""Hostile inputs, second round: one bad file, one character or one hostile step must not win.

Each test names the catalogue entry of docs/robustness.md it proves.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from autograd_tui.cli import main as cli_main
from autograd_tui.lessons.catalog import load_catalog
from autograd_tui.lessons.loader import load_lesson

FILE_LINE = re.compile(r"^(?P<file>[^\n:]+\.ya?ml):(?P<line>\d+): \S")
GOOD = ("id: good\ntitle: {tr: İyi ders, en: Good lesson}\n"
        "steps:\n  - {id: a, kind: text, text: {tr: metin, en: text}}\n")


def lesson_with(line: str) -> str:
    """A small valid lesson with one extra line in it (line 2)."""
    return ("id: extra\n" + line + "\ntitle: {tr: Ek, en: Extra}\n"
            "steps:\n  - {id: a, kind: text, text: {tr: metin, en: text}}\n")


# ------------------------------------------------------------------------------------------
# 1. plain YAML values the loader did not guard
# ------------------------------------------------------------------------------------------
HOSTILE_VALUES = {
    "bad-date": "updated: 2021-02-30",
    "bad-month": "updated: 2021-13-01",
    "bad-hour": "updated: 2021-01-01 25:00:00",
    "hex-underscore": "order: 0x_",
    "bin-underscore": "order: 0b_",
    "long-int": "order: " + "7" * 4400,
    "base-sixty": "order: " + ":".join(["59"] * 3000),
    "tagged-map": "order: !!map x",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_VALUES))
def test_any_plain_yaml_value_is_a_file_line_problem(tmp_path, name) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(lesson_with(HOSTILE_VALUES[name]), encoding="utf-8")
    result = load_lesson(path, shown_as=path.name)
    assert result.problems, name
    for problem in result.problems:
        assert problem.line == 2 and FILE_LINE.match(str(problem)), str(problem)


def test_one_bad_value_hides_no_lesson_in_any_command(tmp_path, capsys) -> None:
    folder = tmp_path / "lessons"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    for name, line in HOSTILE_VALUES.items():
        (folder / f"{name}.yaml").write_text(lesson_with(line), encoding="utf-8")
    catalog = load_catalog([str(folder)])
    ids = [lesson.id for lesson in catalog.lessons]
    assert "good" in ids and "02-tensors" in ids
    assert {Path(p.path).name for p in catalog.problems} == {f"{n}.yaml" for n in HOSTILE_VALUES}

    assert cli_main(["--lessons", str(folder), "--lang", "en", "lessons"]) == 0
    out = capsys.readouterr()
    assert re.search(r"^good\s+Good lesson", out.out, re.MULTILINE)
    assert all(FILE_LINE.match(line) for line in out.err.splitlines() if ".yaml" in line)

    assert cli_main(["check", str(folder)]) == 1
    out = capsys.readouterr()
    named = {Path(FILE_LINE.match(line).group("file")).name for line in out.out.splitlines()}
    assert named == {f"{n}.yaml" for n in HOSTILE_VALUES}

    assert cli_main(["--lessons", str(folder), "--lang", "en", "export", "good", "--format", "py"]) == 0
    assert "# Good lesson" in capsys.readouterr().out


def test_a_file_of_too_many_values_is_refused_with_its_line(tmp_path) -> None:
    """Parse time is bounded by a count of values, not by the 8 MB size cap alone (a flow-style
    file near the cap used to take minutes on every menu start)."""
    from autograd_tui.lessons import loader

    text = "id: x\nsteps: [" + ",".join(["a"] * (loader.MAX_NODES + 10)) + "]\n"
    result = loader.parse_lesson(text, tmp_path / "flow.yaml", shown_as="flow.yaml")
    assert result.lesson is None
    assert len(result.problems) == 1
    assert re.match(r"flow\.yaml:2: invalid YAML: more than \d+ values", str(result.problems[0]))
