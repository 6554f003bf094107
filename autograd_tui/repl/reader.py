"""Where input comes from: a terminal (prompt_toolkit, see ``prompt.py``) or a pipe (here).

Both readers offer the same three calls, so the tutor never asks which one it has:

- ``read_code(prompt)``: one complete input, possibly many lines (a block, a paste);
- ``read_line(prompt)``: one plain line (menu choice, quiz answer);
- ``wait_key(prompt)``: pause until a key (a terminal) or return at once (a pipe).

Each raises ``EOFError`` at the end of input and ``KeyboardInterrupt`` on Ctrl-C.

The pipe reader never imports prompt_toolkit, so no "Input is not a terminal" warning and no
start-up cost. It groups lines into blocks as Python does with piped input: a blank line ends
a block, open brackets continue. It is also forgiving where Python is not: a top-level line
right after a block (no blank line between) starts a new input instead of a SyntaxError.
"""
from __future__ import annotations

import sys
from typing import IO, Callable, Protocol

from autograd_tui.repl.multiline import INCOMPLETE, check_complete, ends_block_in_pipe, is_command


class Reader(Protocol):
    interactive: bool

    def read_code(self, prompt: str = ">>> ") -> str: ...
    def read_line(self, prompt: str = "") -> str: ...
    def wait_key(self, prompt: str = "") -> str: ...
    def remember(self, code: str) -> None: ...   # code typed where none runs: kept for the code prompt's history


class PipeReader:
    """Reads a non-terminal stream line by line; ``echo`` (if set) sees each input as read."""

    interactive = False

    def __init__(self, stream: IO[str] | None = None,
                 echo: Callable[[str, str], None] | None = None) -> None:
        self.stream = sys.stdin if stream is None else stream
        self.echo = echo
        self._pushed: list[str] = []
        # why: a stray byte in a pipe must not kill the session with UnicodeDecodeError
        reconfigure = getattr(self.stream, "reconfigure", None)
        if reconfigure is not None:
            try:
                reconfigure(errors="replace")
            except (ValueError, OSError):
                pass

    def _next(self) -> str:
        if self._pushed:
            return self._pushed.pop()
        try:
            line = self.stream.readline()
        except (OSError, ValueError):  # closed stream
            raise EOFError from None
        if not line:
            raise EOFError
        return line.rstrip("\r\n")

    def read_code(self, prompt: str = ">>> ") -> str:
        first = self._next()
        if is_command(first) or not first.strip():
            self._echo(prompt, first)
            return first.strip() if is_command(first) else ""
        text = first
        while check_complete(text) == INCOMPLETE:
            try:
                line = self._next()
            except EOFError:
                break  # run what we have; a SyntaxError will tell the learner
            if ends_block_in_pipe(text, line):
                self._pushed.append(line)
                break
            text += "\n" + line
        text = text.rstrip()
        self._echo(prompt, text)
        return text

    def read_line(self, prompt: str = "") -> str:
        line = self._next()
        self._echo(prompt, line)
        return line.strip()

    def wait_key(self, prompt: str = "") -> str:
        return ""  # never wait on a pipe: print everything at once

    def remember(self, code: str) -> None:
        return None   # a pipe has no history to go back through

    def _echo(self, prompt: str, text: str) -> None:
        if self.echo is not None:
            self.echo(prompt, text)
