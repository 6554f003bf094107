"""The Turkish ``demo --auto`` transcript of every shipped lesson shows no English UI text.

PyTorch's own messages and the learner's code stay as PyTorch and Python spell them; what is
looked for is the tutor's own English: a catalogue string that exists only in English, and the
words of the drawings and transcript headings (``shape=``, ``arriving``, ``Solution:``…).
The same detector run over an English transcript must find them, so it cannot pass vacuously.
"""
from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from autograd_tui import i18n
from autograd_tui.lessons.catalog import lesson_files, shipped_lessons_dir
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.lessons.transcript import play

# The tutor's English that is not a whole catalogue sentence: drawing labels, headings, names
# given to what has none. Each is anchored so that PyTorch's messages and code cannot match.
ENGLISH_UI = [
    r"\bshape=\[", r"\bvalue=[\[\d-]", r"^\s+arriving\s", r"^\s+local derivative\s", r"^\s+leaving\s",
    r"^Backward pass from", r"^Gradients reaching", r": a constant, no gradient", r"backward\(\) would",
    r"^Solution:$", r"^Answer: ", r"Check (passed|failed)\.", r"^\(\d+ steps\)$", r"^Source: ",
    r"^── \d+/\d+ · (text|code|task|quiz) ──$", r"Output differs from the recording",
    r"\bleaf\s+(shape|şekil)=", r"^\s*values\[\d+\]", r"^It prints:$",
]
_PATTERNS = [re.compile(p, re.MULTILINE) for p in ENGLISH_UI]


def _english_only_phrases() -> list[tuple[str, str]]:
    """Literal pieces (12+ characters) of English catalogue strings that the Turkish lacks."""
    import autograd_tui.tutor.app  # noqa: F401 - modules that add their strings on import
    import autograd_tui.viz.commands  # noqa: F401

    phrases = []
    for key, forms in i18n.MESSAGES.items():
        if forms["en"] == forms["tr"]:
            continue
        for literal, *_ in string.Formatter().parse(forms["en"]):
            literal = literal.strip(" :.,()")
            if len(literal) >= 12 and literal not in forms["tr"]:
                phrases.append((literal, key))
    return phrases


# PyTorch's own words, which a Turkish screen shows as PyTorch spells them: what code prints (from
# the first ``>>>`` of a step to the next step's heading), error and warning lines, and messages a
# lesson quotes ("element 0 of tensors does not require grad…").
_PYTORCH_TEXT = re.compile(r'^>>>.*?(?=^── )|^\s*\w*(Error|Warning|Exception)\b.*$|"[^"]*"',
                           re.MULTILINE | re.DOTALL)


def english_ui(text: str) -> list[str]:
    """Every piece of the tutor's English found in ``text``."""
    prose = _PYTORCH_TEXT.sub(" ", text)
    found = [f"{key}: {phrase!r}" for phrase, key in _english_only_phrases() if phrase in prose]
    found += [f"pattern {p.pattern!r}: {m.group(0)!r}" for p in _PATTERNS for m in [p.search(text)] if m]
    return found


def _transcript(path: Path, lang: str) -> tuple[bool, str]:
    lesson = load_lesson(path).lesson
    assert lesson is not None
    chunks: list[str] = []
    ok = play(lesson, lang, "embedded", chunks.append)
    return ok, "".join(chunks)


def test_the_detector_finds_the_english_of_an_english_transcript() -> None:
    graph_lesson = next(p for p in lesson_files(shipped_lessons_dir()) if p.stem.startswith("04"))
    ok, text = _transcript(graph_lesson, "en")
    assert ok
    found = english_ui(text)
    for expected in ("arriving", "shape=", "Solution:", "Answer: ", "steps", "Source: "):
        assert any(expected in item for item in found), expected


@pytest.mark.parametrize("path", lesson_files(shipped_lessons_dir()), ids=lambda p: p.stem)
def test_turkish_transcript_has_no_english_ui(path: Path) -> None:
    ok, text = _transcript(path, "tr")
    assert ok, "the Turkish transcript did not go as recorded"
    assert english_ui(text) == []
