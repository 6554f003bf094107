"""The terminal reader: prompt_toolkit sessions for code, for plain answers and for key presses.

The code prompt has Python highlighting, completion from the live namespace, history kept in
the state directory, grey auto-suggestions from that history and IPython's Enter rules. Tests
pass ``input=create_pipe_input()`` and ``output=DummyOutput()``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Iterable

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory
from prompt_toolkit.formatted_text import AnyFormattedText
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.input import Input
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.output import ColorDepth, Output
from prompt_toolkit.styles import Style

from autograd_tui.repl.commands import CommandRegistry
from autograd_tui.repl.completer import ReplCompleter
from autograd_tui.repl.keys import PasteMark, code_bindings
from autograd_tui.repl.lexer import ReplLexer

STYLE = Style.from_dict({
    "prompt": "ansigreen bold",
    "continuation": "ansibrightblack",
    "colon-command": "ansicyan bold",
    "colon-arg": "ansicyan",
    "bottom-toolbar": "noreverse ansibrightblack",
    "auto-suggestion": "ansibrightblack",
})


class SafeFileHistory(FileHistory):
    """FileHistory that shrugs off an unreadable or unwritable file instead of crashing."""

    def load_history_strings(self) -> Iterable[str]:
        try:
            yield from super().load_history_strings()
        except (OSError, UnicodeError):
            return

    def store_string(self, string: str) -> None:
        try:
            super().store_string(string)
        except OSError:
            pass


def make_history(path: Path | None) -> History:
    if path is None:
        return InMemoryHistory()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return InMemoryHistory()
    return SafeFileHistory(str(path))


class TerminalReader:
    interactive = True

    def __init__(self, *, registry: CommandRegistry, get_namespace: Callable[[], dict[str, Any]],
                 get_context: Callable[[], Any] | None = None, history_path: Path | None = None,
                 no_color: bool = False, toolbar: Callable[[], AnyFormattedText] | None = None,
                 input: Input | None = None, output: Output | None = None) -> None:
        self._common: dict[str, Any] = dict(
            style=STYLE, input=input, output=output,
            color_depth=ColorDepth.DEPTH_1_BIT if no_color else None,
            # why: Ctrl-Z suspends, as in any other terminal program; without this it typed an
            # invisible U+001A into the code, which then failed as a SyntaxError
            enable_suspend=True,
        )
        completer = ReplCompleter(get_namespace, registry, get_context)
        self._paste = PasteMark()
        self.last_input_pasted = False   # the last read_code held a bracketed paste of lines
        self.code_session: PromptSession[str] = PromptSession(
            multiline=True,
            key_bindings=code_bindings(self._paste),
            lexer=ReplLexer(),
            completer=completer,
            complete_while_typing=False,   # why: Tab completes, as in IPython; no popups on a projector
            history=make_history(history_path),
            auto_suggest=AutoSuggestFromHistory(),
            prompt_continuation=self._continuation,
            bottom_toolbar=toolbar,
            include_default_pygments_style=not no_color,
            **self._common,
        )
        self._after_prompt: list[Callable[[], None]] = []
        self._line_completer = ReplCompleter(lambda: {}, registry, get_context)
        self._line_session: PromptSession[str] | None = None

    @property
    def line_session(self) -> PromptSession[str]:
        """Menu choices and quiz answers: one line, no Python, own history (built on demand)."""
        if self._line_session is None:
            self._line_session = PromptSession(
                completer=self._line_completer, complete_while_typing=False,
                history=InMemoryHistory(), **self._common)
        return self._line_session

    def after_first_prompt(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` once the next code prompt is on screen (used to load the engine behind it)."""
        self._after_prompt.append(fn)

    def _pre_run(self) -> None:
        if not self._after_prompt:
            return
        pending, self._after_prompt = self._after_prompt, []
        import asyncio

        loop = asyncio.get_event_loop()
        for fn in pending:
            loop.call_soon(fn)  # runs after prompt_toolkit's first draw of the prompt

    @staticmethod
    def _continuation(width: int, line_number: int, is_soft_wrap: int) -> AnyFormattedText:
        # why: "..." before the rest of a wrapped long line looked like a second statement
        return [("class:continuation", " " * width if is_soft_wrap else "...".ljust(width))]

    def read_code(self, prompt: str = ">>> ") -> str:
        self._paste.seen = False
        # why: a paste or a closing blank line leaves trailing newlines nobody needs
        text = self.code_session.prompt([("class:prompt", prompt)], pre_run=self._pre_run).rstrip()
        self.last_input_pasted = self._paste.seen
        return text

    def read_line(self, prompt: str = "") -> str:
        return self.line_session.prompt([("class:prompt", prompt)]).strip()

    def remember(self, code: str) -> None:
        """Put ``code`` in the code prompt's history: ↑ at >>> brings back what was typed at a
        prompt that runs no code (a quiz's answer>)."""
        self.code_session.history.append_string(code)

    def wait_key(self, prompt: str = "") -> str:
        """One key press; Enter and Space come back as '' and ' ', Ctrl-C raises."""
        kb = KeyBindings()

        @kb.add("<any>")
        def _(event: Any) -> None:
            event.app.exit(result=event.data)

        @kb.add("enter")
        def _(event: Any) -> None:
            event.app.exit(result="")

        @kb.add("c-c")
        def _(event: Any) -> None:
            event.app.exit(exception=KeyboardInterrupt())

        @kb.add("c-d")
        def _(event: Any) -> None:
            event.app.exit(exception=EOFError())

        session: PromptSession[str] = PromptSession(key_bindings=kb, erase_when_done=True,
                                                    **self._common)
        return session.prompt([("class:continuation", prompt)])
