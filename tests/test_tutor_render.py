"""How the tutor's screens look at any width: step headers, code boxes, piped output."""
from __future__ import annotations

import io
import re

import pytest

from autograd_tui.ui.render import Renderer, make_console

LONG_EN = "Background: parameters, forward and backward propagation · step 1/16 · Reading"
LONG_TR = "Arka plan: parametreler, ileri yayılım ve geri yayılım · adım 1/16 · Okuma"
SHORT = "Tensors and requires_grad · step 1/9 · Reading"


def rendered(width: int, draw, **kw) -> str:
    out = io.StringIO()
    draw(Renderer(make_console(file=out, width=width, no_color=True, **kw)))
    return out.getvalue()


@pytest.mark.parametrize("width", [40, 60, 79, 80, 81, 120])
@pytest.mark.parametrize("title", [LONG_EN, LONG_TR, SHORT])
def test_step_headers_look_the_same_at_every_width(width: int, title: str) -> None:
    lines = rendered(width, lambda ui: ui.rule(title)).splitlines()
    assert lines[0].startswith("── ")
    assert all(line.startswith("   ") for line in lines[1:])          # wrapped under the title
    assert re.search(r" ──+$", lines[-1]) and len(lines[-1]) == width   # the rule to the edge
    assert all(len(line) <= width for line in lines)
    words = " ".join(line.strip("─ ") for line in lines)
    if "…" in words:   # a long lesson title shortened at a word so the header is one line
        head, tail = words.split("…")
        assert len(lines) == 1 and title.startswith(head) and title.endswith(tail)
        assert tail.startswith(" · ") and len(head) >= title.index(" · ") * 2 // 3
    else:
        assert words == title                                           # nothing cut
    assert any(re.search(r"(step|adım) \d+/\d+ · \w+", line) for line in lines)  # kept together


def test_every_lesson_header_is_one_line_at_80_columns() -> None:
    from autograd_tui import i18n
    from autograd_tui.lessons.catalog import load_catalog

    for lesson in load_catalog().lessons:
        for lang in ("en", "tr"):
            n = len(lesson.steps)
            for kind in ("text", "code", "task", "quiz"):
                title = (i18n.t("lesson.header", lang, title=lesson.title.get(lang), k=n, n=n)
                         + " · " + i18n.t(f"lesson.kind_{kind}", lang))
                lines = rendered(80, lambda ui, title=title: ui.rule(title)).splitlines()
                assert len(lines) == 1, lines


def test_step_header_on_an_ascii_terminal(monkeypatch) -> None:
    monkeypatch.setenv("TERM", "dumb")
    lines = rendered(40, lambda ui: ui.rule(SHORT)).splitlines()
    assert lines[0].startswith("-- ") and re.search(r" -{2,}$", lines[-1]) is not None and "─" not in "".join(lines)
    # a shortened title ends in three dots there, not in a character such a terminal may lack
    lines = rendered(80, lambda ui: ui.rule(LONG_EN)).splitlines()
    assert lines[0].startswith("-- Background: parameters, forward and backward... · step 1/16")


CODE = ("w = torch.tensor(0.5, requires_grad=True)\n"
        "for epoch in range(3):\n"
        "    optimizer.zero_grad(set_to_none=True)  # every step starts from zero\n"
        "    s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n")


@pytest.mark.parametrize("width", [40, 60])
def test_a_wrapped_code_line_goes_on_under_a_marker(width: int) -> None:
    lines = rendered(width, lambda ui: ui.code(CODE)).splitlines()
    inside = [line[2:-2].rstrip() for line in lines[1:-1]]
    assert all(len(line) == width for line in lines)
    if width == 40:
        assert inside[:2] == ["w = torch.tensor(0.5,", "↪ requires_grad=True)"]
    continued = [line for line in inside if line.lstrip().startswith("↪")]
    assert all(line.startswith("    ↪ ") for line in continued[1:])     # under the indentation
    # the code is all there, in order, once the markers are taken out
    joined = "".join(line.lstrip().removeprefix("↪ ") if line.lstrip().startswith("↪") else
                     "\n" + line for line in inside)
    assert re.sub(r"\s+", "", joined) == re.sub(r"\s+", "", CODE)


def test_code_that_fits_has_no_marker() -> None:
    assert "↪" not in rendered(80, lambda ui: ui.code("x = torch.ones(2)\ny = x * 2"))


def test_code_marker_on_an_ascii_terminal(monkeypatch) -> None:
    monkeypatch.setenv("TERM", "dumb")
    inside = [line[2:-2].rstrip() for line in rendered(40, lambda ui: ui.code(CODE)).splitlines()]
    assert "> requires_grad=True)" in inside
