"""Reads lesson files: YAML in, :class:`~autograd_tui.lessons.model.Lesson` out.

Nothing here raises on a bad file. Every problem becomes a :class:`Problem` with the file and
the line it concerns, printed as ``FILE:LINE: message``. Hostile files are handled up front:

* files larger than :data:`MAX_FILE_BYTES`, empty files, binary data, invalid UTF-8;
* YAML aliases (``*name``) are refused outright, which rules out "billion laughs" bombs;
  lessons never need them;
* nesting deeper than :data:`MAX_DEPTH`, several documents in one file, duplicate keys.

Only ``yaml.SafeLoader`` machinery is used (no object construction from tags). The located
tree (:class:`YMap`, :class:`YList`) keeps each key's line and each value's text span, which
``tools/record_lessons.py`` uses to rewrite recorded outputs in place.
"""
from __future__ import annotations

import difflib
import os
import re
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from autograd_tui.lessons.derivative import load_spec
from autograd_tui.lessons.model import (
    STEP_KINDS,
    Choice,
    CodeStep,
    Credits,
    Lesson,
    Mistake,
    QuizStep,
    Step,
    TaskStep,
    Text,
    TextStep,
)
from autograd_tui.settings import LANGS

MAX_FILE_BYTES = 2 * 1024 * 1024   # a 10,000-step lesson is ~0.6 MB; parsing costs ~1 s per MB
MAX_DEPTH = 40                     # lessons nest 5 levels deep; deep nesting only serves attacks
MAX_NODES = 150_000                # a 10,000-step lesson holds ~70,000 YAML values
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a lesson file, printable as ``FILE:LINE: message``."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        # why: a file named "new\nline.yaml" split one problem over two lines of `check`
        path = _LINE_BREAK.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), self.path)
        return f"{path}:{self.line}: {self.message}"


_LINE_BREAK = re.compile("[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")   # where str.splitlines breaks


@dataclass
class Span:
    """Where a mapping entry sits in the file (0-based character offsets, 1-based lines)."""

    key_line: int
    key_column: int
    value_line: int
    value_start: int
    value_end: int
    value_style: str | None   # '|', '>', '"', "'" or None (plain)


class YMap(dict):
    """A YAML mapping that remembers its line and the span of every entry."""

    line: int
    spans: dict[str, Span]

    def line_of(self, key: str) -> int:
        span = self.spans.get(key)
        return span.key_line if span else self.line


class YList(list):
    """A YAML sequence that remembers its line and the line of every item."""

    line: int
    item_lines: list[int]


def field_lines(mapping: YMap) -> dict[str, int]:
    """Each key's line, plus ``KEY:body``: the line where a block scalar's text starts."""
    lines = {key: mapping.line_of(key) for key in mapping}
    for key, span in mapping.spans.items():
        lines[f"{key}:body"] = span.value_line + 1 if span.value_style in ("|", ">") else span.value_line
    return lines


class LoadError(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _Guards:
    """Refuses aliases, deep nesting and huge files while composing (guards against YAML bombs)."""

    _depth = 0
    _nodes = 0

    def compose_node(self, parent, index):
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise ComposerError(None, None, "YAML aliases (*name) are not allowed in lesson files",
                                event.start_mark)
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise ComposerError(None, None, f"more than {MAX_NODES} values; a lesson file is far "
                                "smaller (split it)", self.peek_event().start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                event = self.peek_event()
                raise ComposerError(None, None, f"nesting deeper than {MAX_DEPTH} levels",
                                    event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _LessonYamlLoader(_Guards, yaml.SafeLoader):
    """The pure-Python loader: its messages are the ones every broken file reports."""


_FastLessonYamlLoader: Any = None
# why: libyaml's parser lives in yaml.cyaml (None without libyaml); the top-level ``yaml``
# module does not export it, so looking for it there always found nothing
_CParser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)
if _CParser is not None:
    # why: libyaml scans and parses several times faster, which a folder of thousands of
    # lessons needs; the composing (and so every guard) stays ours. A file it refuses is read
    # again by the pure-Python loader, so a broken file's message never depends on libyaml.
    class _FastLessonYamlLoader(_Guards, yaml.composer.Composer, _CParser,  # type: ignore[no-redef]
                                yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
            yaml.composer.Composer.__init__(self)


def read_text(path: Path) -> str:
    """The file's text, or :class:`LoadError` for missing, huge, empty or binary files."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # why: opening a FIFO waits for a writer forever; a device never ends
            raise LoadError(1, "not a regular file (a folder, a FIFO or a device)")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(1, f"file is too large ({size} bytes; the limit is {MAX_FILE_BYTES})")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise LoadError(1, f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(1, f"file is too large (the limit is {MAX_FILE_BYTES} bytes)")
    return decode_text(data)


def decode_text(data: bytes) -> str:
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise LoadError(line, "not a text file (binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LoadError(line, f"not valid UTF-8 text (bad byte at offset {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise LoadError(1, "file is empty")
    return text


def compose_located(text: str) -> Any:
    """Parse YAML text into plain values, with :class:`YMap`/:class:`YList` for containers.

    Raises :class:`LoadError` with the line of the first YAML problem.
    """
    if _FastLessonYamlLoader is not None:
        try:
            return _compose_with(_FastLessonYamlLoader, text)
        except Exception:  # noqa: BLE001, S110 - the pure-Python loader says what is wrong
            pass
    return _compose_with(_LessonYamlLoader, text)


def _compose_with(loader_class: Any, text: str) -> Any:
    try:
        loader = loader_class(text)
    except yaml.reader.ReaderError as exc:  # a control character anywhere in the file
        line = text.count("\n", 0, max(0, exc.position)) + 1
        char = exc.character if isinstance(exc.character, int) else 0
        raise LoadError(line, f"invalid YAML: control character U+{char:04X} is not allowed") from None
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 1
            message = exc.problem or exc.context or "invalid YAML"
            if exc.context and exc.problem:
                message = f"{exc.context}, {exc.problem}" if "document" not in exc.context else exc.problem
            if message == "but found another document":
                message = "a lesson file holds one YAML document, but a second one starts here"
            raise LoadError(line, f"invalid YAML: {message}") from None
        except yaml.YAMLError as exc:
            raise LoadError(1, f"invalid YAML: {exc}") from None
        except RecursionError:
            raise LoadError(1, "invalid YAML: nesting too deep") from None
        if node is None:
            raise LoadError(1, "file is empty (no YAML document)")
        return _to_python(node, loader)
    finally:
        loader.dispose()


# The tags plain YAML data resolves to. Anything else (``!!python/object:…``, ``!custom``) is
# refused with its line: lessons are data, and a tag that asks for an object is never honoured.
_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in
               ("str", "int", "float", "bool", "null", "map", "seq", "timestamp", "binary")}


def _to_python(node: Node, loader: yaml.SafeLoader) -> Any:
    # Iterative would be overkill: depth is capped at MAX_DEPTH while composing.
    if node.tag not in _PLAIN_TAGS:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise LoadError(node.start_mark.line + 1,
                        f"the YAML tag '{tag}' is not allowed in lesson files (lessons are plain data)")
    if isinstance(node, MappingNode):
        result = YMap()
        result.line = node.start_mark.line + 1
        result.spans = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise LoadError(key_node.start_mark.line + 1, "mapping keys must be plain names")
            key = key_node.value
            if key in result:
                raise LoadError(key_node.start_mark.line + 1, f"duplicate key '{key}'")
            result[key] = _to_python(value_node, loader)
            style = (value_node.style or None) if isinstance(value_node, ScalarNode) else None
            result.spans[key] = Span(
                key_line=key_node.start_mark.line + 1,
                key_column=key_node.start_mark.column,
                value_line=value_node.start_mark.line + 1,
                value_start=value_node.start_mark.index,
                value_end=value_node.end_mark.index,
                value_style=style,
            )
        return result
    if isinstance(node, SequenceNode):
        items = YList()
        items.line = node.start_mark.line + 1
        items.item_lines = []
        for item in node.value:
            items.append(_to_python(item, loader))
            items.item_lines.append(item.start_mark.line + 1)
        return items
    assert isinstance(node, ScalarNode)
    if node.style in ("|", ">", '"', "'"):
        return node.value   # quoted and block scalars are always strings
    return plain_scalar(node.tag, node.value, node.start_mark.line + 1)


MAX_NUMBER_DIGITS = 100   # lessons hold small numbers; long ones only serve to make parsing slow
_DECIMAL = re.compile(r"[-+]?[0-9][0-9_]*")
_PREFIXED = {"0x": (16, re.compile(r"[0-9a-fA-F_]+")), "0o": (8, re.compile(r"[0-7_]+")),
             "0b": (2, re.compile(r"[01_]+"))}
_FLOAT = re.compile(r"[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?")


def plain_scalar(tag: str, text: str, line: int) -> Any:
    """An unquoted YAML value as validated data: None, a bool, a small int or float, or text.

    PyYAML's own constructors raise plain ``ValueError`` for values its resolver accepted
    (``2021-02-30``, ``0x_``, an integer of 4,300 digits) and take quadratic time on base-60
    numbers (``1:2:3:…``). Lessons need none of those types, so a value that is not a plain
    number, bool or null stays the text it was written as, and the field that receives it
    says what it expected. Nothing here raises except :class:`LoadError` with the line.
    """
    kind = tag.rsplit(":", 1)[-1]
    if kind == "null":
        return None
    if kind == "bool":
        return text.lower() in ("yes", "true", "on", "y")
    if kind == "int":
        return _plain_int(text)
    if kind == "float":
        return _plain_float(text)
    if kind in ("str", "timestamp", "binary"):
        return text   # a date or base64 in a lesson is only ever text (and is checked as such)
    raise LoadError(line, f"a single value cannot have the YAML tag '!!{kind}'")


def _plain_int(text: str) -> Any:
    body = text.replace("_", "")
    sign = -1 if body.startswith("-") else 1
    digits = body.lstrip("+-")
    if len(digits) > MAX_NUMBER_DIGITS or not digits:
        return text
    prefix = digits[:2].lower()
    if prefix in _PREFIXED:
        base, pattern = _PREFIXED[prefix]
        rest = text.lstrip("+-")[2:]
        if not rest.replace("_", "") or not pattern.fullmatch(rest):
            return text
        return sign * int(digits[2:], base)
    if not _DECIMAL.fullmatch(text):
        return text   # base-60 (1:30) and other YAML 1.1 forms stay text, as in YAML 1.2
    if len(digits) > 1 and digits.startswith("0"):
        return sign * int(digits, 8) if digits.isdigit() and set(digits) <= set("01234567") else text
    return sign * int(digits)


def _plain_float(text: str) -> Any:
    lowered = text.lower()
    if lowered in (".inf", "+.inf", "-.inf", ".nan"):
        return float(lowered.replace(".", ""))
    if len(text) > MAX_NUMBER_DIGITS or not _FLOAT.fullmatch(text):
        return text
    try:
        return float(text.replace("_", ""))
    except ValueError:
        return text


# ----------------------------------------------------------------------------------------
# From located YAML to the lesson model, checking the format as we go
# ----------------------------------------------------------------------------------------

TOP_FIELDS = {"id", "title", "summary", "recap", "order", "credits", "setup", "check_setup", "steps"}
CREDIT_FIELDS = {"source", "url", "author", "note"}
STEP_FIELDS = {
    "text": {"id", "kind", "text"},
    "code": {"id", "kind", "text", "code", "output", "raises", "ignore_output_lines"},
    "task": {"id", "kind", "prompt", "check", "solution", "hints", "mistakes", "success", "derivative"},
    "quiz": {"id", "kind", "style", "question", "choices", "answer", "explanation", "code", "output"},
}
MISTAKE_FIELDS = {"id", "message", "example", "when", "error", "source", "about"}
CHOICE_FIELDS = {"id", "text", "code", "explain"}
QUIZ_STYLES = ("choice", "predict")
ABOUT_PATTERN = re.compile(r"^(\*|[A-Za-z_]\w*)(\.[A-Za-z_]\w*)*$")


class _Builder:
    """Turns the located tree into model objects, collecting every problem it sees."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []

    def problem(self, line: int, message: str) -> None:
        self.problems.append(Problem(self.path, line, message))

    # -- small typed getters ---------------------------------------------------------------

    def fields(self, mapping: YMap, allowed: set[str], what: str) -> None:
        for key in mapping:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint = f" (did you mean '{close[0]}'?)" if close else ""
                # why: repr shows an invisible character (a BOM, a zero-width space) in the key
                self.problem(mapping.line_of(key), f"unknown field {key!r} in {what}{hint}")

    def string(self, mapping: YMap, key: str, what: str, *, required: bool = False,
               pattern: re.Pattern[str] | None = None, nonempty: bool = False) -> str | None:
        if key not in mapping or mapping[key] is None:
            if required:
                self.problem(mapping.line, f"{what}: missing required field '{key}'")
            return None
        value = mapping[key]
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.problem(mapping.line_of(key), f"{what}: '{key}' must be a string")
            return None
        if not isinstance(value, str):
            self.problem(mapping.line_of(key), f"{what}: '{key}' must be a string (put it in quotes)")
            return None
        if nonempty and not value.strip():
            self.problem(mapping.line_of(key), f"{what}: '{key}' is empty")
        if pattern is not None and not pattern.match(value):
            self.problem(mapping.line_of(key),
                         f"{what}: '{key}' {value!r} must be lowercase letters, digits, '-' or '_'")
        return value

    def text(self, mapping: YMap, key: str, what: str, *, required: bool = False) -> Text | None:
        if key not in mapping or mapping[key] is None:
            if required:
                self.problem(mapping.line, f"{what}: missing required field '{key}' (with tr and en)")
            return None
        return self.text_value(mapping[key], mapping.line_of(key), f"{what} {key}")

    def text_value(self, value: Any, line: int, what: str) -> Text | None:
        if not isinstance(value, YMap):
            self.problem(line, f"{what}: must be a mapping with 'tr' and 'en' texts")
            return None
        forms: dict[str, str] = {}
        for lang in value:
            if lang not in LANGS:
                self.problem(value.line_of(lang),
                             f"{what}: unknown language {lang!r} (expected 'tr' and 'en')")
        for lang, name in (("tr", "Turkish"), ("en", "English")):
            if lang not in value or value[lang] is None:
                self.problem(value.line, f"{what}: missing {name} text ('{lang}')")
                forms[lang] = ""
            elif not isinstance(value[lang], str):
                self.problem(value.line_of(lang), f"{what}: '{lang}' must be a string")
                forms[lang] = ""
            elif not value[lang].strip():
                self.problem(value.line_of(lang), f"{what}: {name} text ('{lang}') is empty")
                forms[lang] = ""
            else:
                forms[lang] = value[lang]
        return Text(tr=forms["tr"], en=forms["en"], line=value.line)

    def text_list(self, mapping: YMap, key: str, what: str, *, min_items: int = 0) -> list[Text]:
        value = mapping.get(key)
        if value is None:
            if min_items:
                self.problem(mapping.line, f"{what}: missing required field '{key}'")
            return []
        if not isinstance(value, YList):
            self.problem(mapping.line_of(key), f"{what}: '{key}' must be a list")
            return []
        if len(value) < min_items:
            self.problem(mapping.line_of(key), f"{what}: '{key}' needs at least {min_items} item(s)")
        texts = []
        for i, item in enumerate(value):
            text = self.text_value(item, value.item_lines[i], f"{what} {key}[{i + 1}]")
            if text is not None:
                texts.append(text)
        return texts

    def code(self, mapping: YMap, key: str, what: str, *, required: bool = False,
             mode: str = "exec") -> str | None:
        source = self.string(mapping, key, what, required=required, nonempty=required)
        if source is None:
            return None
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # why: a validation compile; running it warns
                compile(source, "<lesson>", mode)
        except SyntaxError as exc:
            span = mapping.spans.get(key)
            base = span.value_line if span else mapping.line
            # In a block scalar the code starts on the line after the '|'.
            offset = (exc.lineno or 1) if span and span.value_style in ("|", ">") else 0
            self.problem(base + offset, f"{what}: '{key}' is not valid Python: {exc.msg}")
        except (ValueError, MemoryError, RecursionError) as exc:
            self.problem(mapping.line_of(key), f"{what}: '{key}' cannot be compiled: {exc}")
        return source

    def regex(self, mapping: YMap, key: str, what: str) -> str | None:
        pattern = self.string(mapping, key, what)
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                self.problem(mapping.line_of(key), f"{what}: '{key}' is not a valid regular expression: {exc}")
        return pattern

    # -- the lesson ------------------------------------------------------------------------

    def lesson(self, root: Any, path: Path) -> Lesson | None:
        if not isinstance(root, YMap):
            kind = "a list" if isinstance(root, list) else f"a {type(root).__name__}"
            line = getattr(root, "line", 1)
            self.problem(line, f"a lesson file must be a mapping (id, title, steps…), not {kind}")
            return None
        self.fields(root, TOP_FIELDS, "lesson")
        lesson_id = self.string(root, "id", "lesson", required=True, pattern=ID_PATTERN) or ""
        title = self.text(root, "title", "lesson", required=True)
        summary = self.text(root, "summary", "lesson")
        recap = self.text(root, "recap", "lesson")
        order = root.get("order")
        if order is not None and (isinstance(order, bool) or not isinstance(order, int)):
            self.problem(root.line_of("order"), "lesson: 'order' must be an integer")
            order = None
        credits = self.credits(root)
        setup = self.code(root, "setup", "lesson") or ""
        check_setup = self.code(root, "check_setup", "lesson") or ""
        steps_value = root.get("steps")
        steps: list[Any] = []
        if steps_value is None:
            self.problem(root.line, "lesson: missing required field 'steps'")
        elif not isinstance(steps_value, YList):
            self.problem(root.line_of("steps"), "lesson: 'steps' must be a list of steps")
        elif not steps_value:
            self.problem(root.line_of("steps"), "lesson: 'steps' is empty")
        else:
            seen: dict[str, int] = {}
            for i, item in enumerate(steps_value):
                step = self.step(item, i, steps_value.item_lines[i])
                if step is None:
                    continue
                if step.id in seen:
                    self.problem(step.line, f"duplicate step id '{step.id}' (first used on line {seen[step.id]})")
                else:
                    seen[step.id] = step.line
                steps.append(step)
        if title is None:
            title = Text("", "")
        return Lesson(id=lesson_id, title=title, steps=steps, path=path, summary=summary, recap=recap,
                      credits=credits, setup=setup, check_setup=check_setup, order=order,
                      line=root.line, lines=field_lines(root))

    def credits(self, root: YMap) -> Credits | None:
        value = root.get("credits")
        if value is None:
            return None
        if not isinstance(value, YMap):
            self.problem(root.line_of("credits"), "lesson: 'credits' must be a mapping with a 'source'")
            return None
        self.fields(value, CREDIT_FIELDS, "credits")
        source = self.string(value, "source", "credits", required=True, nonempty=True) or ""
        return Credits(source=source,
                       url=self.string(value, "url", "credits") or "",
                       author=self.string(value, "author", "credits") or "",
                       note=self.text(value, "note", "credits"))

    def step(self, item: Any, index: int, line: int) -> Step | None:
        where = f"step {index + 1}"
        if not isinstance(item, YMap):
            self.problem(line, f"{where}: a step must be a mapping with 'id' and 'kind'")
            return None
        kind = self.string(item, "kind", where, required=True)
        if kind is None:
            return None
        if kind not in STEP_KINDS:
            self.problem(item.line_of("kind"),
                         f"{where}: unknown kind '{kind}' (expected one of {', '.join(STEP_KINDS)})")
            return None
        step_id = self.string(item, "id", where, required=True, pattern=ID_PATTERN) or f"step-{index + 1}"
        where = f"{kind} step '{step_id}'"
        self.fields(item, STEP_FIELDS[kind], where)
        common = dict(id=step_id, kind=kind, index=index, line=item.line, lines=field_lines(item))
        builder: Callable[..., Step] = getattr(self, f"{kind}_step")
        return builder(item, where, common)

    def text_step(self, item: YMap, where: str, common: dict) -> Step:
        return TextStep(**common, text=self.text(item, "text", where, required=True))

    def code_step(self, item: YMap, where: str, common: dict) -> Step:
        ignore = item.get("ignore_output_lines") or []
        patterns: list[str] = []
        if not isinstance(ignore, list):
            self.problem(item.line_of("ignore_output_lines"), f"{where}: 'ignore_output_lines' must be a list")
        else:
            for i, pattern in enumerate(ignore):
                if not isinstance(pattern, str):
                    self.problem(item.line_of("ignore_output_lines"),
                                 f"{where}: ignore_output_lines[{i + 1}] must be a string")
                    continue
                try:
                    re.compile(pattern)
                except re.error as exc:
                    self.problem(item.line_of("ignore_output_lines"),
                                 f"{where}: bad regular expression {pattern!r}: {exc}")
                patterns.append(pattern)
        raises = self.string(item, "raises", where)
        if raises is not None and not raises.isidentifier():
            self.problem(item.line_of("raises"), f"{where}: 'raises' must be an exception class name like RuntimeError")
        output, outputs = self.output(item, where)
        return CodeStep(**common,
                        code=self.code(item, "code", where, required=True) or "",
                        text=self.text(item, "text", where),
                        output=output,
                        outputs=outputs,
                        raises=raises,
                        ignore_output_lines=patterns)

    def output(self, item: YMap, where: str) -> tuple[str, dict[str, str]]:
        """A code step's ``output``: one string for both languages, or ``{tr: …, en: …}`` when
        the code draws in the lesson's language. Returns (the English output, the forms by
        language, empty for a plain string)."""
        value = item.get("output")
        if not isinstance(value, YMap):
            return self.string(item, "output", where) or "", {}
        forms: dict[str, str] = {}
        for lang in value:
            if lang not in LANGS:
                self.problem(value.line_of(lang), f"{where} output: unknown language {lang!r} "
                                                  "(expected 'tr' and 'en')")
        for lang in LANGS:
            form = value.get(lang)
            if lang not in value:
                self.problem(value.line, f"{where} output: missing the '{lang}' output")
            elif not isinstance(form, str):
                self.problem(value.line_of(lang), f"{where} output: '{lang}' must be a string")
            else:
                forms[lang] = form
        return forms.get("en", ""), forms

    def task_step(self, item: YMap, where: str, common: dict) -> Step:
        step = TaskStep(**common,
                        prompt=self.text(item, "prompt", where, required=True),
                        check=self.code(item, "check", where, required="derivative" not in item,
                                        mode="eval") or "",
                        solution=self.code(item, "solution", where, required=True) or "",
                        hints=self.text_list(item, "hints", where, min_items=1),
                        success=self.text(item, "success", where))
        if "derivative" in item:  # the learner types a derivative; see derivative.py
            step.derivative = load_spec(self, item, where)
            if "check" in item:
                self.problem(item.line_of("check"), f"{where}: a derivative task has no 'check'")
        mistakes = item.get("mistakes")
        if mistakes is not None:
            if not isinstance(mistakes, YList):
                self.problem(item.line_of("mistakes"), f"{where}: 'mistakes' must be a list")
            else:
                seen: set[str] = set()
                for i, entry in enumerate(mistakes):
                    mistake = self.mistake(entry, mistakes.item_lines[i], f"{where} mistake {i + 1}")
                    if mistake is None:
                        continue
                    if mistake.id in seen:
                        self.problem(mistake.line, f"{where}: duplicate mistake id '{mistake.id}'")
                    seen.add(mistake.id)
                    step.mistakes.append(mistake)
        return step

    def mistake(self, entry: Any, line: int, where: str) -> Mistake | None:
        if not isinstance(entry, YMap):
            self.problem(line, f"{where}: must be a mapping with id, message, example and a condition")
            return None
        self.fields(entry, MISTAKE_FIELDS, where)
        mistake_id = self.string(entry, "id", where, required=True, pattern=ID_PATTERN) or "?"
        where = f"{where} '{mistake_id}'"
        mistake = Mistake(id=mistake_id,
                          message=self.text(entry, "message", where, required=True) or Text("", ""),
                          example=self.code(entry, "example", where, required=True) or "",
                          when=self.code(entry, "when", where, mode="eval"),
                          error=self.regex(entry, "error", where),
                          source=self.regex(entry, "source", where),
                          about=self.about(entry, where),
                          line=entry.line, lines=field_lines(entry))
        if mistake.when is None and mistake.error is None and mistake.source is None:
            self.problem(entry.line, f"{where}: needs at least one condition: 'when', 'error' or 'source'")
        return mistake

    def about(self, entry: YMap, where: str) -> list[str] | None:
        """What a mistake watches: a list of names, attributes or calls (``z.backward``)."""
        if "about" not in entry or entry["about"] is None:
            return None
        value = entry["about"]
        if not isinstance(value, YList) or not all(isinstance(v, str) and ABOUT_PATTERN.match(v)
                                                   for v in value):
            self.problem(entry.line_of("about"),
                         f"{where}: 'about' must be a list of names such as b, model.fc, "
                         f"z.backward or *.backward")
            return None
        return [str(v) for v in value]

    def quiz_step(self, item: YMap, where: str, common: dict) -> Step:
        style = self.string(item, "style", where) or "choice"
        if style not in QUIZ_STYLES:
            self.problem(item.line_of("style"), f"{where}: unknown style '{style}' (expected choice or predict)")
        step = QuizStep(**common, style=style,
                        question=self.text(item, "question", where, required=True),
                        answer=self.string(item, "answer", where, required=True) or "",
                        explanation=self.text(item, "explanation", where, required=True),
                        code=self.code(item, "code", where, required=style == "predict"),
                        output=self.string(item, "output", where) or "")
        choices = item.get("choices")
        if choices is None:
            self.problem(item.line, f"{where}: missing required field 'choices'")
        elif not isinstance(choices, YList):
            self.problem(item.line_of("choices"), f"{where}: 'choices' must be a list")
        else:
            if len(choices) < 2:
                self.problem(item.line_of("choices"), f"{where}: a quiz needs at least 2 choices")
            seen: set[str] = set()
            for i, entry in enumerate(choices):
                choice = self.choice(entry, choices.item_lines[i], f"{where} choice {i + 1}")
                if choice is None:
                    continue
                if choice.id in seen:
                    self.problem(choice.line, f"{where}: duplicate choice id '{choice.id}'")
                seen.add(choice.id)
                step.choices.append(choice)
            if step.answer and step.answer not in seen:
                self.problem(item.line_of("answer"),
                             f"{where}: answer '{step.answer}' is not one of the choices ({', '.join(sorted(seen))})")
        return step

    def choice(self, entry: Any, line: int, where: str) -> Choice | None:
        if not isinstance(entry, YMap):
            self.problem(line, f"{where}: must be a mapping with 'id' and 'text' or 'code'")
            return None
        self.fields(entry, CHOICE_FIELDS, where)
        choice_id = self.string(entry, "id", where, required=True, pattern=ID_PATTERN) or "?"
        text = self.text(entry, "text", where)
        code = self.string(entry, "code", where)
        explain = self.text(entry, "explain", where)
        if (text is None) == (code is None):
            self.problem(entry.line, f"{where}: give exactly one of 'text' (tr/en) or 'code'")
        return Choice(id=choice_id, text=text, code=code, explain=explain, line=entry.line)


@dataclass
class LoadResult:
    """A lesson (``None`` when the file could not be read at all) and the problems found."""

    path: Path
    lesson: Lesson | None
    problems: list[Problem]

    @property
    def ok(self) -> bool:
        return self.lesson is not None and not self.problems


def display_path(path: Path) -> str:
    """The path as problems print it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):   # RuntimeError: a link loop (Python < 3.13)
        return str(path)


def parse_lesson(text: str, path: Path, *, shown_as: str | None = None) -> LoadResult:
    """Build a lesson from YAML text. Never raises for bad content."""
    shown = shown_as or display_path(path)
    try:
        root = compose_located(text)
    except LoadError as exc:
        return LoadResult(path, None, [Problem(shown, exc.line, exc.message)])
    except Exception as exc:  # noqa: BLE001 - whatever the YAML library trips on stays this file's problem
        return LoadResult(path, None, [Problem(shown, 1, f"invalid YAML: {type(exc).__name__}: {exc}")])
    builder = _Builder(shown)
    try:
        lesson = builder.lesson(root, path)
    except RecursionError:
        return LoadResult(path, None, [Problem(shown, 1, "lesson structure is nested too deeply")])
    except LoadError as exc:
        return LoadResult(path, None, [Problem(shown, exc.line, exc.message)])
    except Exception as exc:  # noqa: BLE001 - a value the checks above missed hides only its own file
        return LoadResult(path, None, [Problem(shown, getattr(root, "line", 1),
                                               f"cannot read this lesson: {type(exc).__name__}: {exc}")])
    return LoadResult(path, lesson, builder.problems)


def load_lesson(path: str | Path, *, shown_as: str | None = None) -> LoadResult:
    """Read and build one lesson file. Never raises for a bad file."""
    path = Path(path)
    shown = shown_as or display_path(path)
    try:
        text = read_text(path)
    except LoadError as exc:
        return LoadResult(path, None, [Problem(shown, exc.line, exc.message)])
    return parse_lesson(text, path, shown_as=shown)
