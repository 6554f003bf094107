"""What a lesson file's YAML error means, in the author's words: the library's message as catalogue
keys where it has common ones, and for indentation mistakes the line that is really wrong."""
from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import ComposerError

from autograd_tui.lessons.problem import Msg, msg


class Refused(ComposerError):
    """A guard's refusal, with its message for the catalogue."""

    def __init__(self, message: Msg, mark: Any) -> None:
        super().__init__(None, None, message.render("en"), mark)
        self.msg = message


def yaml_detail(exc: yaml.MarkedYAMLError) -> Msg | str:
    """What the YAML library says is wrong: our own guards' words, the library's most common
    words as catalogue keys, or else the library's own (English) text."""
    if isinstance(exc, Refused):
        return exc.msg
    message = exc.problem or exc.context
    if message is None:
        return msg("problem.yaml_unknown")
    if exc.context and exc.problem:
        if "document" in exc.context:
            message = exc.problem
        else:
            message = f"{exc.context}, {exc.problem}"
            context, problem = _yaml_words(_YAML_CONTEXTS, exc.context), _yaml_words(_YAML_PROBLEMS, exc.problem)
            if context is not None and problem is not None:
                return msg("problem.yaml_while", context=context, problem=problem)
    if message == "but found another document":
        return msg("problem.yaml_second_document")
    if message == exc.problem:   # the library's problem alone (or after a context about documents)
        return _yaml_words(_YAML_PROBLEMS, message) or message
    return message


# `code: |`, `en: >-`, `- text: |2` …: a key whose value is a block of text on the lines below
_BLOCK_HEADER = re.compile(r"^\s*(?:-\s+)?(?P<key>[^\s:#'\"][^:#]*?):\s*(?P<style>[|>][-+0-9]*)\s*(?:#.*)?$")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def yaml_in_plain_words(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, Msg] | None:
    """For the indentation mistakes the library words least clearly: the line that is really
    wrong (1-based) and what is wrong with it, in plain words; None for anything else."""
    context, problem = exc.context or "", exc.problem or ""
    start, found = exc.context_mark, exc.problem_mark
    lines = text.split("\n")
    if context == "while scanning a simple key" and problem == "could not find expected ':'" and start is not None:
        # the library names the line after; the line without ':' is where the key began
        line, col = start.line, start.column
        block = _block_above(lines, line, col)
        if block is not None:
            header, indent = block
            head = _BLOCK_HEADER.match(lines[header])
            assert head is not None
            return line + 1, msg("problem.yaml_why_block_indent", line=line + 1, start=header + 1,
                                 header=f"{head['key']}: {head['style']}", n=indent)
        return line + 1, msg("problem.yaml_why_no_colon", line=line + 1)
    if problem == "found character '\\t' that cannot start any token" and found is not None:
        # "a tab that cannot start any token" does not say that YAML indents with spaces only
        return found.line + 1, msg("problem.yaml_why_tab", line=found.line + 1, col=found.column + 1)
    if not problem.startswith("expected <block end>, but found") or start is None or found is None:
        return None
    if context == "while parsing a block mapping":
        return found.line + 1, msg("problem.yaml_why_mapping_column", line=found.line + 1, found=found.column + 1,
                                   start=start.line + 1, col=start.column + 1)
    if context == "while parsing a block collection" and start.line < len(lines):
        after_dash = lines[start.line][start.column + 1:]
        key_col = start.column + 1 + _indent(after_dash) + 1
        key = "problem.yaml_why_at_dash" if found.column == start.column else "problem.yaml_why_list_column"
        return found.line + 1, msg(key, line=found.line + 1, found=found.column + 1, start=start.line + 1,
                                   col=start.column + 1, key_col=key_col)
    return None


def _block_above(lines: list[str], line: int, col: int) -> tuple[int, int] | None:
    """The block text (``code: |``) that ``line`` (0-based), starting in column ``col``, was
    meant to continue: its header's index and its lines' indentation; None when no block
    above is indented deeper than ``col`` right up to ``line``."""
    content: int | None = None
    for j in range(line - 1, -1, -1):
        if not lines[j].strip():
            continue
        indent = _indent(lines[j])
        if content is not None and indent < content and _BLOCK_HEADER.match(lines[j]):
            return (j, content) if col < content else None
        if indent <= col:
            return None   # a line as shallow as this one: no block in between
        content = indent if content is None else min(content, indent)
    return None


# The YAML library's words that lesson authors meet most (bad indentation, a tab, a quote left
# open, ': ' inside a plain value), as catalogue keys; first full match wins. Their English
# forms are the library's text, so nothing changes in English.
_YAML_CONTEXTS = [(re.compile(pattern), key) for pattern, key in (
    (r"while scanning a simple key", "problem.yaml_in_simple_key"),
    (r"while scanning a quoted scalar", "problem.yaml_in_quoted"),
    (r"while scanning a double-quoted scalar", "problem.yaml_in_double_quoted"),
    (r"while scanning a plain scalar", "problem.yaml_in_plain"),
    (r"while scanning a block scalar", "problem.yaml_in_block_scalar"),
    (r"while scanning an anchor", "problem.yaml_in_anchor"),
    (r"while scanning an alias", "problem.yaml_in_alias"),
    (r"while scanning a tag", "problem.yaml_scanning_tag"),
    (r"while parsing a tag", "problem.yaml_in_tag"),
    (r"while scanning for the next token", "problem.yaml_in_next_token"),
    (r"while parsing a block mapping", "problem.yaml_in_block_mapping"),
    (r"while parsing a block collection", "problem.yaml_in_block_collection"),
    (r"while parsing a flow mapping", "problem.yaml_in_flow_mapping"),
    (r"while parsing a flow sequence", "problem.yaml_in_flow_sequence"),
    (r"while parsing a node", "problem.yaml_in_node"),
    (r"while parsing a block node", "problem.yaml_in_block_node"),
    (r"while parsing a flow node", "problem.yaml_in_flow_node"),
)]
_YAML_PROBLEMS = [(re.compile(pattern), key) for pattern, key in (
    (r"could not find expected ':'", "problem.yaml_no_colon"),
    (r"mapping values are not allowed here", "problem.yaml_no_mapping_here"),
    (r"sequence entries are not allowed here", "problem.yaml_no_sequence_here"),
    (r"found character (?P<char>.+) that cannot start any token", "problem.yaml_bad_character"),
    (r"found unexpected end of stream", "problem.yaml_end_of_file"),
    (r"found unknown escape character (?P<char>.+)", "problem.yaml_bad_escape"),
    (r"expected <block end>, but found (?P<found>.+)", "problem.yaml_expected_block_end"),
    (r"expected ',' or '(?P<close>[]}])', but got (?P<found>.+)", "problem.yaml_expected_comma"),
    (r"expected the node content, but found (?P<found>.+)", "problem.yaml_expected_content"),
    (r"mapping keys are not allowed here", "problem.yaml_no_key_here"),
    (r"found unexpected document separator", "problem.yaml_document_separator"),
    (r"expected alphabetic or numeric character, but found (?P<found>.+)", "problem.yaml_expected_name"),
    (r"expected escape sequence of (?P<n>\d+) hexadecimal numbers, but found (?P<found>.+)",
     "problem.yaml_expected_hex"),
    (r"expected indentation indicator in the range 1-9, but found 0", "problem.yaml_indicator_zero"),
    (r"expected chomping or indentation indicators, but found (?P<found>.+)", "problem.yaml_expected_indicator"),
    (r"expected a comment or a line break, but found (?P<found>.+)", "problem.yaml_expected_line_end"),
    (r"expected '(?P<close>[>!])', but found (?P<found>.+)", "problem.yaml_expected_char"),
    (r"found undefined tag handle (?P<found>.+)", "problem.yaml_undefined_tag_handle"),
)]

# How the library shows what it found ('<stream end>', '\n'): its own token names, which only an
# English reader who knows YAML's grammar understands; each becomes a catalogue key whose English
# form is the library's text, so nothing changes in English.
_YAML_TOKENS = {
    "'<stream end>'": "problem.yaml_token_stream_end",
    "'<stream start>'": "problem.yaml_token_stream_start",
    "'<document start>'": "problem.yaml_token_document_start",
    "'<document end>'": "problem.yaml_token_document_end",
    "'<directive>'": "problem.yaml_token_directive",
    "'<block sequence start>'": "problem.yaml_token_block_sequence",
    "'<block mapping start>'": "problem.yaml_token_block_mapping",
    "'<block end>'": "problem.yaml_token_block_end",
    "'<alias>'": "problem.yaml_token_alias",
    "'<anchor>'": "problem.yaml_token_anchor",
    "'<tag>'": "problem.yaml_token_tag",
    "'<scalar>'": "problem.yaml_token_scalar",
    "'\\n'": "problem.yaml_token_line_end",
    "'\\t'": "problem.yaml_token_tab",
}


def _token(text: str) -> Msg | str:
    key = _YAML_TOKENS.get(text)
    return msg(key) if key is not None else text


def _yaml_words(table: list[tuple[re.Pattern[str], str]], text: str) -> Msg | None:
    for pattern, key in table:
        found = pattern.fullmatch(text)
        if found:
            return msg(key, **{name: _token(value) if name in ("found", "char") else value
                                for name, value in found.groupdict().items()})
    return None
