"""Reads lesson files: YAML in, :class:`~autograd_tui.lessons.model.Lesson` out.

Nothing here raises on a bad file. Every problem becomes a :class:`Problem` with the file and
the line it concerns, printed as ``FILE:LINE: message``. Hostile files are handled up front:

* files larger than :data:`MAX_FILE_BYTES`, empty files, binary data, invalid UTF-8;
* YAML aliases (``*name``) are refused outright, which rules out "billion laughs" bombs;
  lessons never need them;
* nesting deeper than :data:`MAX_DEPTH`, several documents in one file, duplicate keys.

Only ``yaml.SafeLoader`` machinery is used (no object construction from tags). The located
tree (:class:`YMap`, :class:`YList`) keeps each key's line and each value's text span, which
``tools/record_lessons.py`` uses to rewrite recorded outputs in place. Where PyYAML has libyaml,
an ordinary file's tree is built straight from libyaml's events (:func:`_compose_fast`); every
file it declines goes through the guarded pure-Python loader, whose messages are the only ones.
"""
from __future__ import annotations

import difflib
import functools
import os
import re
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from autograd_tui.lessons.derivative import load_spec
from autograd_tui.lessons.yaml_errors import Refused, yaml_detail, yaml_in_plain_words
from autograd_tui.lessons.problem import Msg, Param, Problem, msg
from autograd_tui.lessons.model import (
    STEP_KINDS,
    Choice,
    CodeStep,
    Credits,
    Lesson,
    Mistake,
    QuizStep,
    Step,
    Hint,
    TaskStep,
    Text,
    TextStep,
)
from autograd_tui.settings import LANGS

MAX_FILE_BYTES = 2 * 1024 * 1024   # a 10,000-step lesson is ~0.6 MB; parsing costs ~1 s per MB
MAX_DEPTH = 40                     # lessons nest 5 levels deep; deep nesting only serves attacks
MAX_NODES = 150_000                # a 10,000-step lesson holds ~70,000 YAML values
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


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
    def __init__(self, line: int, message: Msg) -> None:
        super().__init__(message.render("en"))
        self.line = line
        self.msg = message


class _Guards:
    """Refuses aliases, deep nesting and huge files while composing (guards against YAML bombs)."""

    _depth = 0
    _nodes = 0

    def compose_node(self, parent, index):
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise Refused(msg("problem.yaml_alias"), event.start_mark)
        self._nodes += 1
        if self._nodes > MAX_NODES:
            raise Refused(msg("problem.yaml_too_many_values", n=MAX_NODES), self.peek_event().start_mark)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                event = self.peek_event()
                raise Refused(msg("problem.yaml_too_deep", n=MAX_DEPTH), event.start_mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _LessonYamlLoader(_Guards, yaml.SafeLoader):
    """The pure-Python loader: its messages are the ones every broken file reports."""


# why: libyaml's parser lives in yaml.cyaml (None without libyaml); the top-level ``yaml``
# module does not export it, so looking for it there always found nothing
_CParser: Any = getattr(getattr(yaml, "cyaml", None), "CParser", None)
_resolve = yaml.resolver.Resolver().resolve


class _NotFast(Exception):
    """The fast path leaves this text to the guarded pure-Python loader, which names the problem."""


def _compose_fast(text: str) -> Any:
    """What :func:`_compose_with` makes of a well-formed lesson, built straight from libyaml's
    events: several times faster than composing nodes and converting them afterwards, which a
    folder of thousands of lessons needs. Whatever the guards or the conversion would refuse,
    and whatever is unusual (aliases, anchors, tags, a second document), raises instead, so a
    broken file's message always comes from the pure-Python loader."""
    parser = _CParser(text)
    try:
        return _from_events(parser.get_event)
    finally:
        parser.dispose()


def _from_events(get_event: Callable[[], Any]) -> Any:
    if not isinstance(get_event(), StreamStartEvent) or not isinstance(get_event(), DocumentStartEvent):
        raise _NotFast
    stack: list[list[Any]] = []   # [container, its start mark, the key event awaiting a value]
    nodes = 0
    while True:
        event = get_event()
        kind = type(event)
        if kind is MappingEndEvent or kind is SequenceEndEvent:
            value, start, _ = stack.pop()
            end, style = event.end_mark, None
        else:
            nodes += 1
            if nodes >= MAX_NODES or len(stack) >= MAX_DEPTH - 1 or event.anchor is not None \
                    or event.tag is not None:
                raise _NotFast
            start = event.start_mark
            parent = stack[-1] if stack else None
            if kind is ScalarEvent:
                if parent is not None and type(parent[0]) is YMap and parent[2] is None:
                    if event.value in parent[0]:
                        raise _NotFast    # a duplicate key
                    parent[2] = event
                    continue
                style = event.style or None
                if style is None:
                    tag = _resolve(ScalarNode, event.value, event.implicit)
                    if tag not in _PLAIN_TAGS:
                        raise _NotFast
                    value = plain_scalar(tag, event.value, start.line + 1)
                else:
                    value = event.value
                end = event.end_mark
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                if parent is not None and type(parent[0]) is YMap and parent[2] is None:
                    raise _NotFast        # a mapping or a list as a key
                container: YMap | YList
                if kind is MappingStartEvent:
                    container = YMap()
                    container.spans = {}
                else:
                    container = YList()
                    container.item_lines = []
                container.line = start.line + 1
                stack.append([container, start, None])
                continue
            else:
                raise _NotFast            # an alias
        if not stack:
            break
        parent = stack[-1]
        if type(parent[0]) is YList:
            parent[0].append(value)
            parent[0].item_lines.append(start.line + 1)
        else:
            key = parent[2]
            parent[0][key.value] = value
            parent[0].spans[key.value] = Span(key.start_mark.line + 1, key.start_mark.column, start.line + 1,
                                              start.index, end.index, style)
            parent[2] = None
    if not isinstance(get_event(), DocumentEndEvent) or not isinstance(get_event(), StreamEndEvent):
        raise _NotFast
    return value


def read_text(path: Path) -> str:
    """The file's text, or :class:`LoadError` for missing, huge, empty or binary files."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # why: opening a FIFO waits for a writer forever; a device never ends
            raise LoadError(1, msg("problem.not_regular_file"))
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise LoadError(1, msg("problem.file_too_large_size", size=size, limit=MAX_FILE_BYTES))
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            # why: a buffer of the file's size, not of the limit: allocating 2 MB for every
            # small file cost as much as reading it; a file still growing is read on to the limit
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(MAX_FILE_BYTES + 1 - len(data))
    except OSError as exc:
        raise LoadError(1, msg("problem.cannot_read_file", error=str(exc.strerror or exc))) from None
    if len(data) > MAX_FILE_BYTES:
        raise LoadError(1, msg("problem.file_too_large", limit=MAX_FILE_BYTES))
    return decode_text(data)


def decode_text(data: bytes) -> str:
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise LoadError(line, msg("problem.binary_file"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise LoadError(line, msg("problem.bad_utf8", offset=exc.start)) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise LoadError(1, msg("problem.file_empty"))
    return text


def compose_located(text: str) -> Any:
    """Parse YAML text into plain values, with :class:`YMap`/:class:`YList` for containers.

    Raises :class:`LoadError` with the line of the first YAML problem.
    """
    if _CParser is not None:
        try:
            return _compose_fast(text)
        except Exception:  # noqa: BLE001, S110 - the pure-Python loader says what is wrong
            pass
    return _compose_with(_LessonYamlLoader, text)


def _compose_with(loader_class: Any, text: str) -> Any:
    try:
        loader = loader_class(text)
    except yaml.reader.ReaderError as exc:  # a control character anywhere in the file
        line = text.count("\n", 0, max(0, exc.position)) + 1
        char = exc.character if isinstance(exc.character, int) else 0
        raise LoadError(line, msg("problem.yaml_control_character", code=f"{char:04X}")) from None
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else 1
            detail = yaml_detail(exc)
            plain = yaml_in_plain_words(exc, text)
            if plain is not None:   # the line that is wrong, and why, after the library's words
                line, why = plain
                raise LoadError(line, msg("problem.invalid_yaml_why", detail=detail, why=why)) from None
            raise LoadError(line, msg("problem.invalid_yaml", detail=detail)) from None
        except yaml.YAMLError as exc:
            raise LoadError(1, msg("problem.invalid_yaml", detail=str(exc))) from None
        except RecursionError:
            raise LoadError(1, msg("problem.invalid_yaml", detail=msg("problem.yaml_nesting"))) from None
        if node is None:
            raise LoadError(1, msg("problem.file_empty_no_document"))
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
        raise LoadError(node.start_mark.line + 1, msg("problem.yaml_tag", tag=tag))
    if isinstance(node, MappingNode):
        result = YMap()
        result.line = node.start_mark.line + 1
        result.spans = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise LoadError(key_node.start_mark.line + 1, msg("problem.yaml_key_not_plain"))
            key = key_node.value
            if key in result:
                raise LoadError(key_node.start_mark.line + 1, msg("problem.duplicate_key", key=key))
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
    raise LoadError(line, msg("problem.yaml_scalar_tag", kind=kind))


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
LESSON = msg("problem.at_lesson")     # the places a problem names, as in "lesson: 'steps' is empty"
CREDITS = msg("problem.at_credits")
LANG_NAMES = {"tr": msg("problem.lang_tr"), "en": msg("problem.lang_en")}


class _Builder:
    """Turns the located tree into model objects, collecting every problem it sees."""

    def __init__(self, shown: Callable[[], str]) -> None:
        self._shown = shown
        self.problems: list[Problem] = []
        self.broken_steps: set[str] = set()   # ids of the steps built with problems of their own
        self.unread_steps: list[int] = []      # positions of the steps that could not be built

    @property
    def path(self) -> str:
        return self._shown()

    def problem(self, line: int, key: str, /, **params: Param) -> None:
        self.problems.append(Problem(self.path, line, msg(key, **params)))

    # -- small typed getters ---------------------------------------------------------------

    def fields(self, mapping: YMap, allowed: set[str], what: Msg) -> None:
        for key in mapping:
            if key not in allowed:
                close = difflib.get_close_matches(key, sorted(allowed), n=1)
                hint: Param = msg("problem.did_you_mean", name=close[0]) if close else ""
                # why: repr's escapes show an invisible character (a BOM, a zero-width space) in the key
                self.problem(mapping.line_of(key), "problem.unknown_field", key=repr(key)[1:-1], what=what,
                             hint=hint)

    def string(self, mapping: YMap, key: str, what: Msg, *, required: bool = False,
               pattern: re.Pattern[str] | None = None, nonempty: bool = False) -> str | None:
        if key not in mapping or mapping[key] is None:
            if required:
                self.problem(mapping.line, "problem.missing_field", what=what, key=key)
            return None
        value = mapping[key]
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            self.problem(mapping.line_of(key), "problem.not_a_string", what=what, key=key)
            return None
        if not isinstance(value, str):
            self.problem(mapping.line_of(key), "problem.not_a_string_quote", what=what, key=key)
            return None
        if nonempty and not value.strip():
            self.problem(mapping.line_of(key), "problem.field_empty", what=what, key=key)
        if pattern is not None and not pattern.match(value):
            self.problem(mapping.line_of(key), "problem.bad_id", what=what, key=key, value=repr(value))
        return value

    def text(self, mapping: YMap, key: str, what: Msg, *, required: bool = False) -> Text | None:
        if key not in mapping or mapping[key] is None:
            if required:
                self.problem(mapping.line, "problem.missing_text_field", what=what, key=key)
            return None
        return self.text_value(mapping[key], mapping.line_of(key), msg("problem.at_field", what=what, key=key))

    def text_value(self, value: Any, line: int, what: Msg,
                   extras: tuple[str, ...] = ()) -> Text | None:
        if not isinstance(value, YMap):
            self.problem(line, "problem.text_not_mapping", what=what)
            return None
        forms: dict[str, str] = {}
        for lang in value:
            if lang not in LANGS and lang not in extras:
                self.problem(value.line_of(lang), "problem.unknown_language", what=what, lang=lang)
        for lang in ("tr", "en"):
            if lang not in value or value[lang] is None:
                self.problem(value.line, "problem.text_missing", what=what, name=LANG_NAMES[lang], lang=lang)
                forms[lang] = ""
            elif not isinstance(value[lang], str):
                self.problem(value.line_of(lang), "problem.not_a_string", what=what, key=lang)
                forms[lang] = ""
            elif not value[lang].strip():
                self.problem(value.line_of(lang), "problem.text_empty", what=what, name=LANG_NAMES[lang], lang=lang)
                forms[lang] = ""
            else:
                forms[lang] = value[lang]
        return Text(tr=forms["tr"], en=forms["en"], line=value.line)

    def text_list(self, mapping: YMap, key: str, what: Msg, *, min_items: int = 0,
                  extras: tuple[str, ...] = ()) -> list[Text]:
        value = mapping.get(key)
        if value is None:
            if min_items:
                self.problem(mapping.line, "problem.missing_field", what=what, key=key)
            return []
        if not isinstance(value, YList):
            self.problem(mapping.line_of(key), "problem.not_a_list", what=what, key=key)
            return []
        if len(value) < min_items:
            self.problem(mapping.line_of(key), "problem.too_few_items", what=what, key=key, n=min_items)
        texts = []
        for i, item in enumerate(value):
            text = self.text_value(item, value.item_lines[i], msg("problem.at_item", what=what, key=key, n=i + 1),
                                   extras)
            if text is not None:
                texts.append(text)
        return texts

    def hints(self, mapping: YMap, where: Msg) -> list[Hint]:
        """A task's hints: texts that may also carry ``skip_if_source``."""
        value = mapping.get("hints")
        # why this pairing holds: text_value skips exactly the items that are not mappings
        items = [(n, item) for n, item in enumerate(value, 1) if isinstance(item, YMap)] \
            if isinstance(value, YList) else []
        hints = []
        texts = self.text_list(mapping, "hints", where, min_items=1, extras=("skip_if_source",))
        for text, (n, item) in zip(texts, items):
            skip = None
            if "skip_if_source" in item:
                skip = self.regex(item, "skip_if_source", msg("problem.at_item", what=where, key="hints", n=n))
            hints.append(Hint(tr=text.tr, en=text.en, line=text.line, skip_if_source=skip))
        return hints

    def code(self, mapping: YMap, key: str, what: Msg, *, required: bool = False,
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
            self.problem(base + offset, "problem.not_python", what=what, key=key, error=str(exc.msg))
        except (ValueError, MemoryError, RecursionError) as exc:
            self.problem(mapping.line_of(key), "problem.cannot_compile", what=what, key=key, error=str(exc))
        return source

    def regex(self, mapping: YMap, key: str, what: Msg) -> str | None:
        pattern = self.string(mapping, key, what)
        if pattern is not None:
            try:
                re.compile(pattern)
            except re.error as exc:
                self.problem(mapping.line_of(key), "problem.bad_regex_field", what=what, key=key, error=str(exc))
        return pattern

    # -- the lesson ------------------------------------------------------------------------

    def lesson(self, root: Any, path: Path) -> Lesson | None:
        if not isinstance(root, YMap):
            kind = (msg("problem.kind_list") if isinstance(root, list)
                    else msg("problem.kind_value", type=type(root).__name__))
            line = getattr(root, "line", 1)
            self.problem(line, "problem.file_not_mapping", kind=kind)
            return None
        self.fields(root, TOP_FIELDS, LESSON)
        lesson_id = self.string(root, "id", LESSON, required=True, pattern=ID_PATTERN) or ""
        title = self.text(root, "title", LESSON, required=True)
        summary = self.text(root, "summary", LESSON)
        recap = self.text(root, "recap", LESSON)
        order = root.get("order")
        if order is not None and (isinstance(order, bool) or not isinstance(order, int)):
            self.problem(root.line_of("order"), "problem.not_an_integer", what=LESSON, key="order")
            order = None
        credits = self.credits(root)
        setup = self.code(root, "setup", LESSON) or ""
        check_setup = self.code(root, "check_setup", LESSON) or ""
        steps_value = root.get("steps")
        steps: list[Any] = []
        if steps_value is None:
            self.problem(root.line, "problem.missing_field", what=LESSON, key="steps")
        elif not isinstance(steps_value, YList):
            self.problem(root.line_of("steps"), "problem.steps_not_list", what=LESSON)
        elif not steps_value:
            self.problem(root.line_of("steps"), "problem.field_empty", what=LESSON, key="steps")
        else:
            seen: dict[str, int] = {}
            for i, item in enumerate(steps_value):
                before = len(self.problems)
                step = self.step(item, i, steps_value.item_lines[i])
                if step is None:
                    self.unread_steps.append(i)
                    continue
                if len(self.problems) > before:
                    self.broken_steps.add(step.id)
                if step.id in seen:
                    self.problem(step.line, "problem.duplicate_step_id", id=step.id, line=seen[step.id])
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
            self.problem(root.line_of("credits"), "problem.credits_not_mapping", what=LESSON)
            return None
        self.fields(value, CREDIT_FIELDS, CREDITS)
        source = self.string(value, "source", CREDITS, required=True, nonempty=True) or ""
        return Credits(source=source,
                       url=self.string(value, "url", CREDITS) or "",
                       author=self.string(value, "author", CREDITS) or "",
                       note=self.text(value, "note", CREDITS))

    def step(self, item: Any, index: int, line: int) -> Step | None:
        where = msg("problem.at_step_number", n=index + 1)
        if not isinstance(item, YMap):
            self.problem(line, "problem.step_not_mapping", where=where)
            return None
        kind = self.string(item, "kind", where, required=True)
        if kind is None:
            return None
        if kind not in STEP_KINDS:
            self.problem(item.line_of("kind"), "problem.unknown_kind", where=where, kind=kind,
                         kinds=", ".join(STEP_KINDS))
            return None
        step_id = self.string(item, "id", where, required=True, pattern=ID_PATTERN) or f"step-{index + 1}"
        where = msg("problem.at_step", kind=msg(f"step.{kind}"), id=step_id)
        self.fields(item, STEP_FIELDS[kind], where)
        common = dict(id=step_id, kind=kind, index=index, line=item.line, lines=field_lines(item))
        builder: Callable[..., Step] = getattr(self, f"{kind}_step")
        return builder(item, where, common)

    def text_step(self, item: YMap, where: Msg, common: dict) -> Step:
        return TextStep(**common, text=self.text(item, "text", where, required=True))

    def code_step(self, item: YMap, where: Msg, common: dict) -> Step:
        ignore = item.get("ignore_output_lines") or []
        patterns: list[str] = []
        if not isinstance(ignore, list):
            self.problem(item.line_of("ignore_output_lines"), "problem.not_a_list", what=where,
                         key="ignore_output_lines")
        else:
            for i, pattern in enumerate(ignore):
                if not isinstance(pattern, str):
                    self.problem(item.line_of("ignore_output_lines"), "problem.ignore_item_not_string",
                                 where=where, n=i + 1)
                    continue
                try:
                    re.compile(pattern)
                except re.error as exc:
                    self.problem(item.line_of("ignore_output_lines"), "problem.bad_regex",
                                 where=where, pattern=repr(pattern), error=str(exc))
                patterns.append(pattern)
        raises = self.string(item, "raises", where)
        if raises is not None and not raises.isidentifier():
            self.problem(item.line_of("raises"), "problem.raises_not_class", where=where)
        output, outputs = self.output(item, where)
        return CodeStep(**common,
                        code=self.code(item, "code", where, required=True) or "",
                        text=self.text(item, "text", where),
                        output=output,
                        outputs=outputs,
                        raises=raises,
                        ignore_output_lines=patterns)

    def output(self, item: YMap, where: Msg) -> tuple[str, dict[str, str]]:
        """A code step's ``output``: one string for both languages, or ``{tr: …, en: …}`` when
        the code draws in the lesson's language. Returns (the English output, the forms by
        language, empty for a plain string)."""
        value = item.get("output")
        if not isinstance(value, YMap):
            return self.string(item, "output", where) or "", {}
        forms: dict[str, str] = {}
        for lang in value:
            if lang not in LANGS:
                self.problem(value.line_of(lang), "problem.output_unknown_language", where=where, lang=lang)
        for lang in LANGS:
            form = value.get(lang)
            if lang not in value:
                self.problem(value.line, "problem.output_missing_language", where=where, lang=lang)
            elif not isinstance(form, str):
                self.problem(value.line_of(lang), "problem.output_not_string", where=where, lang=lang)
            else:
                forms[lang] = form
        return forms.get("en", ""), forms

    def task_step(self, item: YMap, where: Msg, common: dict) -> Step:
        step = TaskStep(**common,
                        prompt=self.text(item, "prompt", where, required=True),
                        check=self.code(item, "check", where, required="derivative" not in item,
                                        mode="eval") or "",
                        solution=self.code(item, "solution", where, required=True) or "",
                        hints=self.hints(item, where),
                        success=self.text(item, "success", where))
        if "derivative" in item:  # the learner types a derivative; see derivative.py
            step.derivative = load_spec(self, item, where)
            if "check" in item:
                self.problem(item.line_of("check"), "problem.derivative_has_check", where=where)
        mistakes = item.get("mistakes")
        if mistakes is not None:
            if not isinstance(mistakes, YList):
                self.problem(item.line_of("mistakes"), "problem.not_a_list", what=where, key="mistakes")
            else:
                seen: set[str] = set()
                for i, entry in enumerate(mistakes):
                    mistake = self.mistake(entry, mistakes.item_lines[i], where, i + 1)
                    if mistake is None:
                        continue
                    if mistake.id in seen:
                        self.problem(mistake.line, "problem.duplicate_mistake_id", where=where, id=mistake.id)
                    seen.add(mistake.id)
                    step.mistakes.append(mistake)
        return step

    def mistake(self, entry: Any, line: int, step: Msg, number: int) -> Mistake | None:
        where = msg("problem.at_mistake", where=step, n=number)
        if not isinstance(entry, YMap):
            self.problem(line, "problem.mistake_not_mapping", where=where)
            return None
        self.fields(entry, MISTAKE_FIELDS, where)
        mistake_id = self.string(entry, "id", where, required=True, pattern=ID_PATTERN) or "?"
        where = msg("problem.at_mistake_id", where=step, n=number, id=mistake_id)
        mistake = Mistake(id=mistake_id,
                          message=self.text(entry, "message", where, required=True) or Text("", ""),
                          example=self.code(entry, "example", where, required=True) or "",
                          when=self.code(entry, "when", where, mode="eval"),
                          error=self.regex(entry, "error", where),
                          source=self.regex(entry, "source", where),
                          about=self.about(entry, where),
                          line=entry.line, lines=field_lines(entry))
        if mistake.when is None and mistake.error is None and mistake.source is None:
            self.problem(entry.line, "problem.mistake_no_condition", where=where)
        return mistake

    def about(self, entry: YMap, where: Msg) -> list[str] | None:
        """What a mistake watches: a list of names, attributes or calls (``z.backward``)."""
        if "about" not in entry or entry["about"] is None:
            return None
        value = entry["about"]
        if not isinstance(value, YList) or not all(isinstance(v, str) and ABOUT_PATTERN.match(v)
                                                   for v in value):
            self.problem(entry.line_of("about"), "problem.about_not_names", where=where)
            return None
        return [str(v) for v in value]

    def quiz_step(self, item: YMap, where: Msg, common: dict) -> Step:
        style = self.string(item, "style", where) or "choice"
        if style not in QUIZ_STYLES:
            self.problem(item.line_of("style"), "problem.unknown_style", where=where, style=style)
        step = QuizStep(**common, style=style,
                        question=self.text(item, "question", where, required=True),
                        answer=self.string(item, "answer", where, required=True) or "",
                        explanation=self.text(item, "explanation", where, required=True),
                        code=self.code(item, "code", where, required=style == "predict"),
                        output=self.string(item, "output", where) or "")
        choices = item.get("choices")
        if choices is None:
            self.problem(item.line, "problem.missing_field", what=where, key="choices")
        elif not isinstance(choices, YList):
            self.problem(item.line_of("choices"), "problem.not_a_list", what=where, key="choices")
        else:
            if len(choices) < 2:
                self.problem(item.line_of("choices"), "problem.quiz_too_few_choices", where=where)
            seen: set[str] = set()
            for i, entry in enumerate(choices):
                choice = self.choice(entry, choices.item_lines[i], msg("problem.at_choice", where=where, n=i + 1))
                if choice is None:
                    continue
                if choice.id in seen:
                    self.problem(choice.line, "problem.duplicate_choice_id", where=where, id=choice.id)
                seen.add(choice.id)
                step.choices.append(choice)
            if step.answer and step.answer not in seen:
                self.problem(item.line_of("answer"), "problem.answer_not_a_choice", where=where,
                             answer=step.answer, ids=", ".join(sorted(seen)))
        return step

    def choice(self, entry: Any, line: int, where: Msg) -> Choice | None:
        if not isinstance(entry, YMap):
            self.problem(line, "problem.choice_not_mapping", where=where)
            return None
        self.fields(entry, CHOICE_FIELDS, where)
        choice_id = self.string(entry, "id", where, required=True, pattern=ID_PATTERN) or "?"
        text = self.text(entry, "text", where)
        code = self.string(entry, "code", where)
        explain = self.text(entry, "explain", where)
        if (text is None) == (code is None):
            self.problem(entry.line, "problem.choice_text_or_code", where=where)
        return Choice(id=choice_id, text=text, code=code, explain=explain, line=entry.line)


@dataclass
class LoadResult:
    """A lesson (``None`` when the file could not be read at all) and the problems found."""

    path: Path
    lesson: Lesson | None
    problems: list[Problem]
    # why: check still runs a lesson with problems, to report every one at once; a step that
    # has problems of its own runs (later steps need what it defines) but is judged no further
    broken_steps: frozenset[str] = frozenset()
    # why: a step that could not be built never runs, so a later step's NameError may be its doing
    unread_steps: tuple[int, ...] = ()

    @property
    def ok(self) -> bool:
        return self.lesson is not None and not self.problems


def display_path(path: Path) -> str:
    """The path as problems print it: relative to the current folder when inside it."""
    try:
        return str(path.resolve().relative_to(_resolved_cwd(os.getcwd())))
    except (ValueError, OSError, RuntimeError):   # RuntimeError: a link loop (Python < 3.13)
        return str(path)


@functools.lru_cache(maxsize=8)
def _resolved_cwd(cwd: str) -> Path:
    return Path(cwd).resolve()


def _shown_lazily(path: Path, shown_as: str | None) -> Callable[[], str]:
    """``display_path(path)`` (or ``shown_as``), worked out once and only when a problem is
    reported: resolving every path of a large folder of good lessons cost a tenth of reading it."""
    known: list[str] = [shown_as] if shown_as else []

    def shown() -> str:
        if not known:
            known.append(display_path(path))
        return known[0]
    return shown


def parse_lesson(text: str, path: Path, *, shown_as: str | None = None) -> LoadResult:
    """Build a lesson from YAML text. Never raises for bad content."""
    where = _shown_lazily(path, shown_as)
    try:
        root = compose_located(text)
    except LoadError as exc:
        return LoadResult(path, None, [Problem(where(), exc.line, exc.msg)])
    except Exception as exc:  # noqa: BLE001 - whatever the YAML library trips on stays this file's problem
        detail = f"{type(exc).__name__}: {exc}"
        return LoadResult(path, None, [Problem(where(), 1, msg("problem.invalid_yaml", detail=detail))])
    builder = _Builder(where)
    try:
        lesson = builder.lesson(root, path)
    except RecursionError:
        return LoadResult(path, None, [Problem(where(), 1, msg("problem.nested_too_deeply"))])
    except LoadError as exc:
        return LoadResult(path, None, [Problem(where(), exc.line, exc.msg)])
    except Exception as exc:  # noqa: BLE001 - a value the checks above missed hides only its own file
        error = f"{type(exc).__name__}: {exc}"
        return LoadResult(path, None, [Problem(where(), getattr(root, "line", 1),
                                               msg("problem.cannot_read_lesson", error=error))])
    return LoadResult(path, lesson, builder.problems, frozenset(builder.broken_steps),
                      tuple(builder.unread_steps))


def load_lesson(path: str | Path, *, shown_as: str | None = None) -> LoadResult:
    """Read and build one lesson file. Never raises for a bad file."""
    path = Path(path)
    try:
        text = read_text(path)
    except LoadError as exc:
        return LoadResult(path, None, [Problem(shown_as or display_path(path), exc.line, exc.msg)])
    return parse_lesson(text, path, shown_as=shown_as)
