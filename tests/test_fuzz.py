"""Fuzzing: generated lesson files through the loader and checker, and generated
learner sessions through the lesson flow.

Budgets are small and fixed so that this file runs in a few seconds in CI; raise
``FUZZ_EXAMPLES`` (an environment variable, a multiplier) for a longer hunt at home:
``FUZZ_EXAMPLES=20 python -m pytest tests/test_fuzz.py``.

The code that generated lessons and sessions run comes from fixed pools of harmless snippets:
a fuzzer must never write code that could touch the machine.
"""
from __future__ import annotations

import atexit
import io
import json
import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from autograd_tui.lessons.checker import check_paths
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.lessons.model import STEP_KINDS
from autograd_tui.repl.commands import MENU, QUIT

SCALE = max(1, int(os.environ.get("FUZZ_EXAMPLES", "1") or 1))


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples * SCALE, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


PROBLEM = re.compile(r"^(?:.*/)?lesson\.yaml:(\d+): \S[^\n]*$")

# ------------------------------------------------------------------------------------------
# Lesson documents
# ------------------------------------------------------------------------------------------

CODE_POOL = [
    "x = 1", "print(x)", "x", "1/0", "import torch\ny = torch.ones(2, requires_grad=True)",
    "y.sum()", "(y * 2).sum().backward()\ny.grad", "del x", "pass", "def f(:", "while False: pass",
    "print('a')\nprint('b')", "raise ValueError('v')", "", "   ", "import torch", "x = [1, 2]",
    "def g(n):\n    return g(n)", "exit()", "print('ş' * 3)", "torch.zeros(10**13)",
]
CHECK_POOL = ["x == 1", "y is not None", "x ==", "undefined_name", "True", "1/0", "len(x) == 2",
              "y.grad is not None", "False"]
WORDS = st.sampled_from(["Merhaba", "Hello", "ğüşıöç İ", "`x`", "**bold**", "[link](x)", "",
                         "a: b", "- item", "# başlık", "{x}", "%s", "\\", "line\nline"])
IDS = st.sampled_from(["a", "b", "c-1", "a", "step_2", "Bad Id", "", "ş", "1"]) | st.integers(0, 3)
ANY_SCALAR = st.none() | st.booleans() | st.integers(-3, 3) | st.floats(allow_nan=True) | WORDS


@st.composite
def bilingual(draw: Any) -> Any:
    shape = draw(st.sampled_from(["good", "good", "good", "missing", "extra", "scalar", "list",
                                  "empty"]))
    if shape == "good":
        return {"tr": draw(WORDS.filter(bool)), "en": draw(WORDS.filter(bool))}
    if shape == "missing":
        return {draw(st.sampled_from(["tr", "en"])): draw(WORDS)}
    if shape == "extra":
        return {"tr": "a", "en": "b", draw(st.sampled_from(["fr", "de", "TR"])): "c"}
    if shape == "list":
        return [draw(WORDS), draw(WORDS)]
    if shape == "empty":
        return {"tr": "", "en": None}
    return draw(ANY_SCALAR)


def code_value(draw: Any) -> Any:
    return draw(st.sampled_from(CODE_POOL) | st.sampled_from([None, 3, ["x = 1"], {"a": 1}]))


@st.composite
def step(draw: Any) -> Any:
    kind = draw(st.sampled_from(list(STEP_KINDS) * 3 + ["video", "", None, 7]))
    out: dict[str, Any] = {}
    if draw(st.booleans()) or draw(st.booleans()):
        out["id"] = draw(IDS)
    if draw(st.integers(0, 9)):
        out["kind"] = kind
    if kind == "text" or draw(st.integers(0, 6)) == 0:
        out["text"] = draw(bilingual())
    if kind == "code":
        out["code"] = code_value(draw)
        if draw(st.booleans()):
            out["output"] = draw(st.sampled_from(["1\n", "", "a\nb\n", "Traceback\n"]) | ANY_SCALAR)
        if draw(st.integers(0, 4)) == 0:
            out["raises"] = draw(st.sampled_from(["ZeroDivisionError", "NameError", "not a name", 3]))
        if draw(st.integers(0, 6)) == 0:
            out["ignore_output_lines"] = draw(st.sampled_from([["^a"], ["("], "x", [1]]))
    if kind == "task":
        out["prompt"] = draw(bilingual())
        if draw(st.integers(0, 5)):
            out["check"] = draw(st.sampled_from(CHECK_POOL) | ANY_SCALAR)
        if draw(st.integers(0, 5)):
            out["solution"] = code_value(draw)
        out["hints"] = draw(st.lists(bilingual(), max_size=3) | ANY_SCALAR)
        if draw(st.booleans()):
            out["mistakes"] = draw(st.lists(st.fixed_dictionaries(
                {"id": IDS, "message": bilingual(), "example": st.sampled_from(CODE_POOL)},
                optional={"when": st.sampled_from(CHECK_POOL),
                          "error": st.sampled_from(["ZeroDivision", "(", "NameError"]),
                          "source": st.sampled_from(["x", "[", "print"])}), max_size=2))
    if kind == "quiz":
        out["question"] = draw(bilingual())
        if draw(st.booleans()):
            out["style"] = draw(st.sampled_from(["choice", "predict", "essay"]))
        out["choices"] = draw(st.lists(st.fixed_dictionaries(
            {"id": IDS}, optional={"text": bilingual(), "code": st.sampled_from(["1", "a\nb"])}),
            max_size=3) | ANY_SCALAR)
        out["answer"] = draw(IDS)
        out["explanation"] = draw(bilingual())
        if draw(st.booleans()):
            out["code"] = code_value(draw)
            out["output"] = draw(st.sampled_from(["1\n", "a\nb\n", ""]))
    if draw(st.integers(0, 8)) == 0:
        out[draw(st.sampled_from(["hint", "txt", "kind ", "çözüm"]))] = draw(ANY_SCALAR)
    return out


@st.composite
def lesson_document(draw: Any) -> Any:
    shape = draw(st.integers(0, 19))
    if shape == 0:
        return draw(st.lists(ANY_SCALAR, max_size=3))
    if shape == 1:
        return draw(ANY_SCALAR)
    doc: dict[str, Any] = {}
    if draw(st.integers(0, 9)):
        doc["id"] = draw(st.sampled_from(["fuzz", "fuzz-2", "Fuzz", "", "03-article-example"]) | IDS)
    if draw(st.integers(0, 9)):
        doc["title"] = draw(bilingual())
    if draw(st.integers(0, 3)) == 0:
        doc["setup"] = draw(st.sampled_from(["import torch", "x = 1", "1/0", "def (:"]))
    if draw(st.integers(0, 4)) == 0:
        doc["credits"] = draw(st.sampled_from([{"source": "article"}, {"url": "x"}, "article", []]))
    if draw(st.integers(0, 9)) == 0:
        doc["order"] = draw(ANY_SCALAR)
    if draw(st.integers(0, 15)):
        doc["steps"] = draw(st.lists(step(), max_size=6) | ANY_SCALAR)
    return doc


GOOD_TEXT = st.fixed_dictionaries({"tr": st.sampled_from(["Merhaba", "ğüşıöç İ", "`x` yaz"]),
                                   "en": st.sampled_from(["Hello", "**bold**", "write `x`"])})


@st.composite
def well_formed_step(draw: Any, index: int) -> Any:
    """A step that passes the format check, so the checker goes on to run its code."""
    kind = draw(st.sampled_from(STEP_KINDS))
    out: dict[str, Any] = {"id": f"s{index}", "kind": kind}
    if kind == "text":
        out["text"] = draw(GOOD_TEXT)
    elif kind == "code":
        out["code"] = draw(st.sampled_from([c for c in CODE_POOL if c.strip() and "(:" not in c]))
        out["output"] = draw(st.sampled_from(["", "1\n", "tensor(2., grad_fn=<SumBackward0>)\n"]))
        if draw(st.integers(0, 3)) == 0:
            out["raises"] = draw(st.sampled_from(["ZeroDivisionError", "NameError"]))
    elif kind == "task":
        out.update(prompt=draw(GOOD_TEXT), check=draw(st.sampled_from(CHECK_POOL[:3] + CHECK_POOL[4:])),
                   solution=draw(st.sampled_from(["x = 1", "x = [1, 2]", "1/0",
                                                  "import torch\ny = torch.ones(2)"])),
                   hints=[draw(GOOD_TEXT)])
        if draw(st.booleans()):
            out["mistakes"] = [{"id": "m", "message": draw(GOOD_TEXT),
                                "example": draw(st.sampled_from(["x = 2", "1/0", "x = 1"])),
                                draw(st.sampled_from(["when", "error", "source"])):
                                    draw(st.sampled_from(["x == 2", "ZeroDivision", "x"]))}]
    else:
        style = draw(st.sampled_from(["choice", "predict"]))
        out.update(question=draw(GOOD_TEXT), style=style, answer="a",
                   explanation=draw(GOOD_TEXT),
                   choices=[{"id": "a", "code": "1"}, {"id": "b", "code": "2"}] if style == "predict"
                   else [{"id": "a", "text": draw(GOOD_TEXT)}, {"id": "b", "text": draw(GOOD_TEXT)}])
        if style == "predict" or draw(st.booleans()):
            out["code"] = draw(st.sampled_from(["print(1)", "print(x)", "x"]))
            out["output"] = draw(st.sampled_from(["1\n", "2\n"]))
    return out


@st.composite
def well_formed_lesson(draw: Any) -> Any:
    n = draw(st.integers(1, 6))
    doc: dict[str, Any] = {"id": "fuzz", "title": draw(GOOD_TEXT),
                           "steps": [draw(well_formed_step(i)) for i in range(n)]}
    if draw(st.booleans()):
        doc["setup"] = draw(st.sampled_from(["import torch", "x = 0", "1/0"]))
    return doc


def _text_of(doc: Any) -> str:
    return yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=60)


@st.composite
def damaged(draw: Any, text: str) -> bytes:
    """The text, damaged the way files get damaged: cut short, spliced, or garbage."""
    data = text.encode("utf-8")
    how = draw(st.sampled_from(["cut", "insert", "delete", "swap", "bytes", "yaml-tokens"]))
    at = draw(st.integers(0, len(data)))
    if how == "cut":
        return data[:at]
    if how == "insert":
        return data[:at] + draw(st.binary(max_size=8)) + data[at:]
    if how == "delete":
        return data[:at] + data[at + draw(st.integers(1, 20)):]
    if how == "swap":
        return data[at:] + data[:at]
    if how == "yaml-tokens":
        token = draw(st.sampled_from([b"&a ", b"*a", b"!!python/object:os.system ", b"{", b"]",
                                      b"\t", b": ", b"- ", b"---\n", b"|", b">", b"'", b'"',
                                      b"%YAML 1.1\n", b"? ", b"!!binary ", b"\xef\xbb\xbf"]))
        return data[:at] + token + data[at:]
    return draw(st.binary(max_size=200))


def _assert_clean(problems: list[Any], text: bytes) -> None:
    lines = text.count(b"\n") + 1
    for problem in problems:
        shown = str(problem)
        m = PROBLEM.match(shown)
        assert m, f"not FILE:LINE: message: {shown!r}"
        assert 1 <= int(m.group(1)) <= lines + 1, shown


_FOLDER = Path(tempfile.mkdtemp(prefix="autograd-tui-fuzz-"))
atexit.register(shutil.rmtree, _FOLDER, True)


def _write(data: bytes) -> Path:
    path = _FOLDER / "lesson.yaml"
    path.write_bytes(data)
    return path


@fuzz(250)
@given(doc=lesson_document(), data=st.data())
def test_generated_lesson_files_load_or_fail_cleanly(doc: Any, data: Any) -> None:
    text = _text_of(doc)
    raw = data.draw(damaged(text)) if data.draw(st.booleans()) else text.encode("utf-8")
    path = _write(raw)
    result = load_lesson(path, shown_as="lesson.yaml")
    if result.ok:
        assert result.lesson.steps and all(s.kind in STEP_KINDS for s in result.lesson.steps)
        assert len({s.id for s in result.lesson.steps}) == len(result.lesson.steps)
    else:
        assert result.problems, "a lesson that is not ok must say why"
        _assert_clean(result.problems, raw)
    # The checker without running code (what `check` does for a damaged file).
    summary = check_paths([path], run=False)
    assert summary.files == 1
    _assert_clean([p for p in summary.problems], raw)


@fuzz(60)
@given(doc=lesson_document() | well_formed_lesson() | well_formed_lesson())
def test_generated_lessons_check_cleanly(doc: Any) -> None:
    """Structured documents (code from the harmless pool) go through the full checker: it runs
    every step, so this covers code that raises, wrong outputs, failing solutions…"""
    text = _text_of(doc).encode("utf-8")
    path = _write(text)
    summary = check_paths([path], "embedded")
    event("ran its steps" if summary.steps_run else "stopped at the format")
    for problem in summary.problems:
        shown = str(problem)
        assert shown.startswith(f"{problem.path}:{problem.line}: ") and "\n" not in shown, shown
        assert 1 <= problem.line <= text.count(b"\n") + 1, shown


# ------------------------------------------------------------------------------------------
# YAML scalar types: dates, numbers in every base, tags
# ------------------------------------------------------------------------------------------

DIGITS = st.text("0123456789_", min_size=1, max_size=12)
PLAIN_SCALARS = st.one_of(
    st.builds("{}-{:02d}-{:02d}".format, st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)),
    st.builds("{}-{:02d}-{:02d} {:02d}:{:02d}:{:02d}".format, st.integers(1900, 2100), st.integers(0, 13),
              st.integers(0, 32), st.integers(0, 25), st.integers(0, 61), st.integers(0, 61)),
    st.builds("{}{}{}".format, st.sampled_from(["", "-", "+"]),
              st.sampled_from(["0x", "0b", "0o", "0", ""]), DIGITS | st.text("0123456789abcdefABCDEF_", max_size=8)),
    st.builds(":".join, st.lists(st.integers(0, 99).map(str), min_size=2, max_size=40)),
    st.integers(1, 6000).map(lambda n: "9" * n),
    st.builds("{}.{}e{}".format, DIGITS, DIGITS, st.integers(-400, 400)),
    st.sampled_from([".inf", "-.Inf", ".NaN", ".nan", "~", "null", "yes", "No", "on", "OFF", "y",
                     "1_000", "0x_", "0b_", "0o_", "1e", ".", "-", "+", "1:", ":1", "0.", "._"]),
)
TAGS = st.sampled_from(["", "", "", "!!int ", "!!float ", "!!bool ", "!!null ", "!!str ", "!!timestamp ",
                        "!!binary ", "!!map ", "!!seq ", "!!set ", "!!omap ", "!!pairs ", "!!merge ",
                        "!!value ", "!custom ", "!<tag:yaml.org,2002:int> ", "!!python/none "])
SCALAR_SLOTS = ["order: {v}", "id: {v}", "extra: {v}", "title: {{tr: {v}, en: x}}",
                "steps:\n  - {{id: a, kind: text, text: {{tr: {v}, en: y}}}}",
                "steps:\n  - {{id: {v}, kind: code, code: 'x = 1', output: {v}}}",
                "steps:\n  - {{id: a, kind: code, code: 'x = 1', ignore_output_lines: [{v}]}}"]


@fuzz(150)
@given(slot=st.sampled_from(SCALAR_SLOTS), tag=TAGS, value=PLAIN_SCALARS)
def test_any_yaml_scalar_loads_or_is_a_file_line_problem(slot: str, tag: str, value: str) -> None:
    """Found by hand first: impossible dates, ``0x_`` and 4,300-digit integers raised outside a
    FILE:LINE problem and hid every lesson. Any plain value, with any tag, must not."""
    base = {"id": "id: fuzz", "title": "title: {tr: a, en: b}",
            "steps": "steps:\n  - {id: s, kind: text, text: {tr: a, en: b}}"}
    base.pop(slot.split(":", 1)[0], None)
    lines = list(base.values())
    raw = ("\n".join(lines) + "\n" + slot.format(v=tag + value) + "\n").encode("utf-8")
    result = load_lesson(_write(raw), shown_as="lesson.yaml")
    if not result.ok:
        assert result.problems
        _assert_clean(result.problems, raw)


# ------------------------------------------------------------------------------------------
# Unicode from lesson files to any terminal encoding, and into exports
# ------------------------------------------------------------------------------------------

UNSAFE_OUTPUT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e"
                           "\u2066-\u2069\ud800-\udfff]")
HOSTILE_TEXT = st.lists(st.one_of(
    st.characters(categories=["Cs", "Mn", "Me", "Cc", "Cf", "Zl", "Zp", "Co"]),
    st.sampled_from(["\x1b[2J", "\x1b]0;title\x07", "\x9b31m", "\u202e", "\u2066", "\r", "\n",
                     "\x85", "\u2028", "ş", "İ", "ı", "①", "²", "\U0001F600", "e\u0301"]),
    st.characters(),
), min_size=1, max_size=30).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "iso8859-9", "ascii", "cp1254", "latin-1", "cp437"])


@fuzz(80)
@given(title=HOSTILE_TEXT, body=HOSTILE_TEXT, encoding=ENCODINGS)
def test_any_text_of_a_lesson_reaches_any_terminal_and_no_export_as_code(title: str, body: str,
                                                                       encoding: str) -> None:
    import ast

    from autograd_tui.lessons.export import to_markdown, to_script
    from autograd_tui.ui.render import Renderer, make_console

    doc = {"id": "fuzz", "title": {"tr": "T" + title, "en": "T" + title},
           "credits": {"source": "S" + body},
           "steps": [{"id": "s", "kind": "code", "code": "x = 1", "output": "",
                      "text": {"tr": "B" + body, "en": "B" + body}}]}
    # JSON is YAML: every character, lone surrogates included, written as an escape
    raw = json.dumps(doc).encode("ascii")
    result = load_lesson(_write(raw), shown_as="lesson.yaml")
    if not result.ok:
        _assert_clean(result.problems, raw)
        return
    lesson = result.lesson
    buffer = io.BytesIO()
    stream = io.TextIOWrapper(buffer, encoding=encoding, errors="strict")
    ui = Renderer(make_console(file=stream, width=40, no_color=True))
    ui.line(lesson.title.get("en"))
    ui.panel("B" + body, title=lesson.title.get("tr"))
    ui.markdown(lesson.credits.source if lesson.credits else "")
    ui.write_raw(title + body)
    stream.flush()
    assert not ui.closed
    shown = buffer.getvalue().decode(encoding)
    assert not UNSAFE_OUTPUT.search(shown.replace("\n", "").replace("\r", "")), ascii(shown)
    script = to_script(lesson, "en")
    tree = ast.parse(script)
    assert not any(isinstance(node, ast.Expr) and isinstance(node.value, ast.Name) for node in tree.body)
    assert [type(node).__name__ for node in tree.body] == ["Assign"], script
    to_markdown(lesson, "en", {}).encode("utf-8")


# ------------------------------------------------------------------------------------------
# Learner sessions through the lesson flow
# ------------------------------------------------------------------------------------------

INPUTS = [
    "", "", "", ":next", ":ileri", ":back", ":geri", ":hint", ":ipucu", ":skip", ":atla",
    ":solution", ":çözüm", ":reset", ":lang tr", ":lang en", ":lang xx", ":help", ":yardım",
    ":menu", ":quit", ":nope", ":", ":graph z", ":backward z", ":plot", "a", "b", "c", "1", "zz",
    "x", "x.grad", "del x", "torch = 3", "import torch", "z = 6*x**2", "z.sum().backward()",
    "z.backward()", "1/0", "exit()", "quit()", "raise SystemExit", "raise SystemExit(3)",
    "raise KeyboardInterrupt", "def f(): return f()\nf()", "print('x' * 5000)",
    "for i in range(300): print(i)", "for i in range(3", "torch.zeros(10**13)",
    "x = torch.tensor([1., 2.], requires_grad=True)\nx", "import sys; print(sys.argv)",
    "__builtins__ = {}", "del __builtins__", "globals().clear()", "y = torch.ones(3)\ny[5]",
    "x.requires_grad_(False)", "x += 1", "class A:\n    def __repr__(self): raise ValueError\nA()",
    "\x00", "ş = 'ğ'\nş", "\t", "   ", "#", "'''", "\\",
]
FORWARD = st.sampled_from(["", ":next", ":skip", ":atla", "a", "1"])   # what moves a lesson on
INPUT_ITEMS = st.one_of(FORWARD, FORWARD, st.sampled_from(INPUTS), FORWARD,
                        st.sampled_from([KeyboardInterrupt(), EOFError()]))

MINI = Path(__file__).parent / "data" / "tutor" / "mini.yaml"
COMMAND_FAILED = re.compile(r":\w+ (failed|başarısız oldu): ")   # a command's own crash


def _lessons() -> dict[str, Any]:
    from autograd_tui.lessons.catalog import load_catalog

    lessons = {"mini": load_lesson(MINI).lesson}
    article = load_catalog().find("03-article-example")
    if article is not None:
        lessons["article"] = article
    return lessons


_LESSONS: dict[str, Any] = {}


class _Reader:
    interactive = False

    def __init__(self, script: list[Any]) -> None:
        self.script = script

    def _next(self) -> str:
        if not self.script:
            raise EOFError
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise type(item)()
        return item

    def read_code(self, prompt: str = ">>> ") -> str:
        return self._next()

    def read_line(self, prompt: str = "") -> str:
        return self._next().strip()

    def wait_key(self, prompt: str = "") -> str:
        return ""

    def remember(self, code: str) -> None:
        return None


def _assert_progress_valid(path: Path, lesson: Any) -> None:
    from autograd_tui.tutor.progress import ProgressStore

    if not path.exists():
        return
    data = json.loads(path.read_text(encoding="utf-8"))   # always plain, complete JSON
    assert data["version"] == 1
    store = ProgressStore(path)
    assert store.take_notices() == [], "the tutor wrote a file it would itself call damaged"
    entry = store.lesson(lesson.id)
    if entry is not None:
        assert 0 <= entry.step <= len(lesson.steps) and entry.total == len(lesson.steps)


@fuzz(40)
@given(which=st.sampled_from(["mini", "mini", "article"]),
       script=st.lists(INPUT_ITEMS, min_size=10, max_size=50),
       lang=st.sampled_from(["tr", "en"]))
def test_generated_sessions_never_crash_and_keep_progress_valid(which: str, script: list[Any],
                                                                 lang: str) -> None:
    from autograd_tui.backend import activate
    from autograd_tui.repl.builtin_commands import build_registry
    from autograd_tui.repl.shell import Shell
    from autograd_tui.tutor.flow import NEXT_LESSON, LessonController
    from autograd_tui.tutor.progress import ProgressStore
    from autograd_tui.ui.render import Renderer, make_console

    if not _LESSONS:
        _LESSONS.update(_lessons())
    lesson = _LESSONS.get(which) or _LESSONS["mini"]
    activate("embedded")
    folder = Path(tempfile.mkdtemp(dir=_FOLDER))
    path = folder / "progress.json"
    remaining = list(script)
    internal: list[BaseException] = []
    sessions = 0
    while sessions < 8:
        sessions += 1
        out = io.StringIO()
        shell = Shell(reader=_Reader(remaining), lang=lang, registry=build_registry(),
                      renderer=Renderer(make_console(file=out, width=60, no_color=True)))
        shell.internal_error = internal.append            # type: ignore[assignment]
        store = ProgressStore(path)                          # a fresh start reads the file again
        shell._after_turn = lambda: _assert_progress_valid(path, lesson)
        controller = LessonController(shell, lesson, store, next_lesson=None)
        action = shell.loop(controller)
        event(f"{which}: a session ended at step kind {controller.step.kind}"
              if not controller.finished else f"{which}: finished")
        assert action in (QUIT, MENU, NEXT_LESSON)
        _assert_progress_valid(path, lesson)
        text = out.getvalue()
        assert "autograd_tui/" not in text and 'File "/' not in text, text[-2000:]
        assert not COMMAND_FAILED.search(text), text[-2000:]
        if not remaining:
            break
    assert not internal, f"the tutor raised {internal[0]!r} on {script!r}"
