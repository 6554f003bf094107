"""Highlighting: Python through pygments, colon commands in a style of their own."""
from __future__ import annotations

from typing import Callable

from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.lexers import Lexer, PygmentsLexer

from autograd_tui.repl.multiline import is_command


class ReplLexer(Lexer):
    def __init__(self) -> None:
        self._lexer: Lexer | None = None

    @property
    def _python(self) -> Lexer:
        # why: building PythonLexer compiles ~90 regexes (~50 ms); do it at the first key
        # press instead of before the first prompt. pygments ships with prompt_toolkit.
        if self._lexer is None:
            from pygments.lexers.python import PythonLexer

            self._lexer = PygmentsLexer(PythonLexer)
        return self._lexer

    def lex_document(self, document: Document) -> Callable[[int], StyleAndTextTuples]:
        if is_command(document.text):
            line = document.lines[0] if document.lines else ""
            word, sep, rest = line.partition(" ")

            def command_line(lineno: int) -> StyleAndTextTuples:
                if lineno != 0:
                    return [("", document.lines[lineno])] if lineno < len(document.lines) else []
                return [("class:colon-command", word), ("", sep), ("class:colon-arg", rest)]
            return command_line
        if not document.text:
            return lambda lineno: []
        return self._python.lex_document(document)
