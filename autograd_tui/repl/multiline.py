"""When is an input finished? The IPython answer, shared by the terminal and the pipe reader.

- open brackets, a trailing backslash, an unfinished string or a line ending in ``:`` continue;
- inside an indented block (``def``, ``for``, ``with``…) a blank line ends the block, as in the
  Python REPL, so a body can have many lines;
- anything that will not compile is "invalid" and runs at once, so the learner sees the
  SyntaxError instead of a prompt that never ends;
- several complete top-level statements (a paste) run together, and so does a one-line
  compound statement such as ``for i in r: print(i)``.
"""
from __future__ import annotations

import ast
import codeop
import io
import re
import textwrap
import tokenize
import warnings

COMPLETE, INCOMPLETE, INVALID = "complete", "incomplete", "invalid"

# Lines that continue the compound statement above them even at column 0.
CONTINUATION_KEYWORDS = ("else", "elif", "except", "finally", "case")


def is_command(text: str) -> bool:
    """Colon commands (``:next``) are never Python: a line may not start with ``:``."""
    return text.lstrip().startswith(":")


def looks_like_code(text: str) -> bool:
    """Python that does something (``x = 1``, ``print(a)``, a pasted block), not a lone name or
    number: at a prompt that takes a choice (a quiz's answer>, the menu's lesson>), code is told
    apart from a try at a choice."""
    try:
        tree = ast.parse(text.strip())
    except (SyntaxError, ValueError):
        return False
    if len(tree.body) == 1 and isinstance(tree.body[0], ast.Expr):
        return not isinstance(tree.body[0].value, (ast.Name, ast.Constant))
    return bool(tree.body)


def _compile_status(source: str) -> str:
    with warnings.catch_warnings():
        # why: compiling '"\d"' would print a SyntaxWarning on every key press
        warnings.simplefilter("ignore")
        try:
            code = codeop.compile_command(source, "<input>", "exec")
        except (SyntaxError, OverflowError, ValueError, MemoryError, RecursionError):
            return INVALID
    return INCOMPLETE if code is None else COMPLETE


def _last_logical_line_indent(source: str) -> int:
    """Indentation of the logical line that ends ``source`` (0 when it is top level)."""
    starts: list[int] = []
    at_start = True
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT,
                            tokenize.ENDMARKER):
                continue
            if tok.type == tokenize.NEWLINE:
                at_start = True
                continue
            if at_start:
                starts.append(tok.start[0])
                at_start = False
    except (tokenize.TokenError, SyntaxError):
        return 0
    if not starts:
        return 0
    line = source.split("\n")[starts[-1] - 1]
    return len(line) - len(line.lstrip())


def check_complete(source: str) -> str:
    """``complete``, ``incomplete`` or ``invalid`` for the text typed so far."""
    if not source.strip() or is_command(source):
        return COMPLETE
    lines = source.split("\n")
    ends_with_blank = len(lines) > 1 and not lines[-1].strip()
    status = _compile_status(source.rstrip() + "\n" if ends_with_blank else source)
    if status != COMPLETE:
        return status
    if ends_with_blank:
        return COMPLETE
    if _last_logical_line_indent(source) > 0:
        return INCOMPLETE  # still inside a block: wait for the blank line
    return COMPLETE


def dedent_continuation(source: str, indent_width: int = 4) -> str:
    """``else:``/``except:``… typed at the body's indentation moves back one level (IPython
    does this while typing; we do it on Enter, where the learner would otherwise get a
    SyntaxError for a line that is only indented too far)."""
    lines = source.split("\n")
    last = lines[-1]
    word = last.strip().split(None, 1)[0].rstrip(":") if last.strip() else ""
    if len(lines) < 2 or word not in CONTINUATION_KEYWORDS or not last.startswith(" " * indent_width):
        return source
    if _compile_status(source) != INVALID:
        return source
    fixed = "\n".join(lines[:-1] + [last[indent_width:]])
    return fixed if _compile_status(fixed) != INVALID else source


def inside_open_string(source: str) -> bool:
    """Does ``source`` end inside a triple-quoted string that is not closed yet?"""
    try:
        for _ in tokenize.generate_tokens(io.StringIO(source).readline):
            pass
    except tokenize.TokenError as exc:
        return "string" in str(exc)  # the other unfinished case is an open bracket
    except SyntaxError:
        return False
    return False


def next_indent(source: str, indent_width: int = 4) -> str:
    """What to put at the start of the next line after Enter (auto-indent, as in IPython)."""
    if inside_open_string(source):
        return ""  # why: spaces there would become part of the string's text
    last = source.split("\n")[-1]
    indent = len(last) - len(last.lstrip(" "))
    stripped = last.split("#", 1)[0].rstrip()
    if stripped.endswith(":"):
        indent += indent_width
    elif stripped.lstrip().split(None, 1)[:1] in (["return"], ["pass"], ["break"], ["continue"],
                                                   ["raise"]):
        indent = max(0, indent - indent_width)
    return " " * indent


def ends_block_in_pipe(pending: str, next_line: str) -> bool:
    """Pipe mode: does ``next_line`` start a new statement after a finished block?

    A script fed through a pipe often has no blank line after a loop; Python's REPL would
    reject the next line, we just end the block there (a top-level line that is not
    ``else:``/``except:``… cannot belong to it).
    """
    if not pending.strip() or not next_line.strip():
        return False
    if next_line[:1] in (" ", "\t"):
        return False
    word = next_line.strip().split(None, 1)[0].rstrip(":")
    if word in CONTINUATION_KEYWORDS:
        return False
    return _compile_status(pending.rstrip() + "\n") == COMPLETE


def split_inputs(source: str) -> list[str]:
    """The inputs Python's prompt would have read, one by one, from lines that arrived together
    (typed ahead while the tutor was busy, or pasted as keys).

    Each complete top-level statement is its own input, so a later line still runs after an
    earlier one failed and every error counts lines from its own statement. Kinder than Python
    in two places, as the pipe reader is: a block may have blank lines inside (only a line at
    column 0 ends it), and a top-level line right after a block starts a new input.
    """
    inputs: list[str] = []
    current: list[str] = []
    for line in source.split("\n"):
        if current and line.strip() and _starts_new_input("\n".join(current), line):
            inputs.append("\n".join(current).rstrip())
            current = []
        if current or line.strip():
            current.append(line)
    if current:
        inputs.append("\n".join(current).rstrip())
    return inputs


def _starts_new_input(pending: str, next_line: str) -> bool:
    if next_line[:1] in (" ", "\t"):
        # an indented line after a finished top-level statement is its own (wrong) input, as
        # at Python's prompt; blank lines inside a block do not finish it
        return check_complete(pending.rstrip()) == COMPLETE
    word = next_line.strip().split(None, 1)[0].rstrip(":")
    if word in CONTINUATION_KEYWORDS:
        return False
    # why INVALID too: a line with a SyntaxError is one input; the next line still runs
    return _compile_status(pending.rstrip() + "\n") != INCOMPLETE


def dedent_input(text: str) -> str:
    """Code copied from an indented place (a lesson's code box, a web page, a function body)
    without its margin, as IPython takes it; Python said "IndentationError: unexpected indent"
    to every such line. Only a margin the first line has too is taken off: code that begins
    indented is never valid as it is."""
    text = _without_box(text)
    first = next((line for line in text.split("\n") if line.strip()), "")
    if first[:1] not in (" ", "\t"):
        return text
    return textwrap.dedent(text)


_BOX_SIDES = ("│", "|")


def _without_box(text: str) -> str:
    """Code selected in the tutor's own code box comes with its borders (``│ x = 1   │``),
    which Python calls an invalid character: when every line has both sides, drop them (no line
    of Python starts with one, ASCII's ``|`` included)."""
    lines = [line.rstrip() for line in text.split("\n")]
    inner = [line.strip() for line in lines if line.strip()]
    if not inner or not all(line[:1] == line[-1:] and line[:1] in _BOX_SIDES and len(line) > 1 for line in inner):
        return text
    kept = []
    for line in lines:
        body = line.strip()
        kept.append(body[1:-1].removeprefix(" ").rstrip() if body else "")
    return "\n".join(kept)


def normalise_paste(data: str) -> str:
    """A bracketed paste as Python would read the file it came from.

    Line ends: CRLF, or CR alone, become LF. A terminal that turns every LF of a paste into CR
    turns CRLF into CR CR; when every line break came doubled like that the paste was CRLF,
    not a blank line after each line. Leading tabs become spaces (the prompt would show them
    as ``^I``): four for each when the indentation uses tabs only, else Python's tab stops of
    eight, so blocks keep the structure Python gives them.
    """
    text = data.replace("\r\n", "\n")
    if "\r" in text and "\n" not in text:
        runs = re.findall("\r+", text)
        if runs and all(len(run) % 2 == 0 for run in runs):
            text = text.replace("\r\r", "\r")
    text = text.replace("\r", "\n")
    lines = text.split("\n")
    margins = [line[: len(line) - len(line.lstrip(" \t"))] for line in lines]
    mixed = any(" " in margin for margin in margins) and any("\t" in margin for margin in margins)
    fixed = []
    for line, margin in zip(lines, margins):
        if "\t" in margin:
            line = (margin.expandtabs(8) if mixed else margin.replace("\t", "    ")) + line[len(margin):]
        fixed.append(line)
    return "\n".join(fixed)
