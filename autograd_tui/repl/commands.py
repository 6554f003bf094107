"""Colon commands: a registry that the tutor fills and that other modules can extend.

A command has an English name, Turkish aliases, a one-line help text (an i18n key) and a
handler ``handler(ctx, arg) -> str | None``. ``ctx`` is the running session (see
:class:`CommandContext`); a handler may return :data:`QUIT` or :data:`MENU` to leave the loop.

The drawings (``:graph``, ``:backward``, ``:plot``) plug in without touching this package: a module
listed in :data:`EXTENSIONS` defines ``register(registry)`` and calls :meth:`CommandRegistry.add`
(and :func:`autograd_tui.i18n.add_messages` for its strings). A missing or broken extension
is reported once and never stops the tutor.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Protocol

from autograd_tui import i18n

QUIT = "quit"
MENU = "menu"

# Modules that register extra commands when present; each defines ``register(registry)``.
EXTENSIONS: tuple[str, ...] = ("autograd_tui.viz.commands",)


class CommandContext(Protocol):
    """What a handler may use. The tutor's session (:class:`~autograd_tui.repl.shell.Shell`)
    provides all of it."""

    namespace: dict[str, Any]   # the learner's live variables
    lang: str                   # one of settings.LANGS
    ui: Any                     # the Renderer (ui/render.py): info, warn, code, markdown, print…
    controller: Any             # the running Controller (repl/shell.py): a lesson, the sandbox…

    @property
    def console(self) -> Any: ...                            # a rich Console for output
    @property
    def interactive(self) -> bool: ...                       # False when reading a pipe: never wait
    @property
    def in_lesson(self) -> bool: ...

    def t(self, key: str, **kwargs: Any) -> str: ...          # translated UI string
    def wait_key(self, prompt: str = "") -> str: ...         # '' at once when not interactive
    def set_language(self, lang: str) -> None: ...           # :lang, remembered
    def show_help(self) -> None: ...                         # :help


Handler = Callable[[CommandContext, str], "str | None"]
ArgumentCompleter = Callable[[CommandContext, str], Iterable[str]]


@dataclass
class Command:
    name: str
    handler: Handler
    help_key: str
    aliases: tuple[str, ...] = ()            # shown in :help (Turkish aliases)
    hidden_aliases: tuple[str, ...] = ()     # accepted, not shown (ASCII spellings: :cozum)
    usage: str = ""                          # argument synopsis ("tr|en") or its catalogue key
    lesson_only: bool = False                # outside a lesson it politely says so
    complete_arg: ArgumentCompleter | None = None
    all_names: tuple[str, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        self.all_names = (self.name, *self.aliases, *self.hidden_aliases)

    def shown_name(self, lang: str) -> str:
        """The name a screen in ``lang`` shows: the Turkish alias on Turkish screens."""
        return self.aliases[0] if lang == "tr" and self.aliases else self.name

    def usage_in(self, lang: str) -> str:
        """The argument synopsis in ``lang`` (``usage`` may be a catalogue key: EXPR is İFADE)."""
        return i18n.t(self.usage, lang) if self.usage in i18n.MESSAGES else self.usage


def normalize(word: str) -> str:
    """Case-fold a command word; Turkish dotted capital I folds to i, not to 'i̇'."""
    return word.replace("İ", "i").lower()


def normalize_tr(word: str) -> str:
    """Case-fold as Turkish does: I to ı and İ to i, so :ÇIK is :çık and :İLERİ is :ileri."""
    return word.replace("I", "ı").replace("İ", "i").lower()


def folded_forms(word: str) -> tuple[str, ...]:
    """The word folded the English way and the Turkish way (one form when they agree)."""
    plain, turkish = normalize(word), normalize_tr(word)
    return (plain,) if plain == turkish else (plain, turkish)


class CommandRegistry:
    def __init__(self) -> None:
        self._commands: dict[str, Command] = {}
        self._lookup: dict[str, Command] = {}
        self.load_errors: list[tuple[str, str]] = []

    def add(self, command: Command) -> Command:
        """Register (or replace) a command under all of its names."""
        old = self._commands.get(command.name)
        if old is not None:
            for alias in old.all_names:
                self._lookup.pop(normalize(alias), None)
        self._commands[command.name] = command
        for alias in command.all_names:
            self._lookup[normalize(alias)] = command
        return command

    def register(self, name: str, handler: Handler, help_key: str, *,
                 aliases: Iterable[str] = (), hidden_aliases: Iterable[str] = (),
                 usage: str = "", lesson_only: bool = False,
                 complete_arg: ArgumentCompleter | None = None) -> Command:
        return self.add(Command(name, handler, help_key, tuple(aliases), tuple(hidden_aliases),
                                usage, lesson_only, complete_arg))

    def get(self, word: str) -> Command | None:
        # why: a capital I is ı in Turkish and i in English; :EXIT and :ÇIK both have to work
        for form in folded_forms(word.lstrip(":")):
            command = self._lookup.get(form)
            if command is not None:
                return command
        return None

    def shown_name(self, word: str, lang: str) -> str:
        """How a screen in ``lang`` names the command ``word`` (``word`` itself if unknown)."""
        command = self.get(word)
        return command.shown_name(lang) if command is not None else word

    def commands(self) -> list[Command]:
        return list(self._commands.values())

    def visible_names(self) -> list[str]:
        """Names and shown aliases, for completion."""
        out: list[str] = []
        for cmd in self._commands.values():
            out.append(cmd.name)
            out.extend(cmd.aliases)
        return out

    def suggest(self, word: str) -> str | None:
        """The closest known name, for 'did you mean'."""
        import difflib  # why: only needed after a typo; keeps start-up light

        names = [n for c in self._commands.values() for n in c.all_names]
        close = difflib.get_close_matches(normalize(word), names, n=1, cutoff=0.6)
        return close[0] if close else None

    def load_extensions(self, modules: Iterable[str] = EXTENSIONS) -> None:
        for mod_name in modules:
            if mod_name not in sys.modules:
                try:
                    if importlib.util.find_spec(mod_name) is None:
                        continue  # not written yet, or not installed: nothing to add
                except (ImportError, ValueError):
                    continue
            try:
                module = importlib.import_module(mod_name)
                module.register(self)
            except Exception as exc:  # noqa: BLE001 - an extension must never stop the tutor
                self.load_errors.append((mod_name, f"{type(exc).__name__}: {exc}"))


TYPED_SHOWN = 60   # characters of a line a message repeats back to the learner


def as_typed(text: str) -> str:
    """``text`` as a message repeats it: a pasted page of 5,000 characters filled the screen
    with "There is no lesson “…”"; the start is enough to recognise it."""
    return text if len(text) <= TYPED_SHOWN else text[:TYPED_SHOWN] + "…"


def split_command(text: str) -> tuple[str, str]:
    """``':lang  tr '`` -> ``('lang', 'tr')``."""
    body = text.strip()[1:]
    word, _, arg = body.partition(" ")
    return word.strip(), arg.strip()
