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

import codeop
import io
import tokenize
import warnings

COMPLETE, INCOMPLETE, INVALID = "complete", "incomplete", "invalid"

# Lines that continue the compound statement above them even at column 0.
CONTINUATION_KEYWORDS = ("else", "elif", "except", "finally", "case")


def is_command(text: str) -> bool:
    """Colon commands (``:next``) are never Python: a line may not start with ``:``."""
    return text.lstrip().startswith(":")


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


def next_indent(source: str, indent_width: int = 4) -> str:
    """What to put at the start of the next line after Enter (auto-indent, as in IPython)."""
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
