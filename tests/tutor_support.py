"""Helpers for the tutor tests: a scripted reader and a renderer that records to a string."""
from __future__ import annotations

from contextlib import contextmanager

import io
from typing import Any, Iterable

from autograd_tui.backend import activate
from autograd_tui.repl.builtin_commands import build_registry
from autograd_tui.repl.shell import Shell
from autograd_tui.ui.render import Renderer, make_console


class ScriptReader:
    """Feeds prepared inputs; an exception instance in the script is raised instead."""

    interactive = False

    def __init__(self, script: Iterable[Any]) -> None:
        self.script = list(script)
        self.prompts: list[str] = []
        self.key_prompts: list[str] = []   # what wait_key was asked to show
        self.remembered: list[str] = []    # code handed to the code prompt's history

    def _next(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self.script:
            raise EOFError
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item

    def read_code(self, prompt: str = ">>> ") -> str:
        return self._next(prompt)

    def read_line(self, prompt: str = "") -> str:
        return self._next(prompt).strip()

    def wait_key(self, prompt: str = "") -> str:
        self.key_prompts.append(prompt)
        return ""

    def remember(self, code: str) -> None:
        self.remembered.append(code)


def make_shell(script: Iterable[Any] = (), *, lang: str = "en", width: int = 80,
               on_language=None) -> tuple[Shell, io.StringIO]:
    activate("embedded")  # `import torch` means the engine, as the app arranges
    out = io.StringIO()
    renderer = Renderer(make_console(file=out, width=width, no_color=True))
    shell = Shell(reader=ScriptReader(script), renderer=renderer, lang=lang,
                  registry=build_registry(load_extensions=False), on_language=on_language)
    return shell, out


class ScriptedKeys:
    """The demo's key reader, answering from a list (then "q")."""

    def __init__(self, keys):
        self.keys = list(keys)

    @contextmanager
    def cbreak(self):
        yield

    def poll(self, timeout):
        return None

    def wait(self):
        return self.keys.pop(0) if self.keys else "q"
