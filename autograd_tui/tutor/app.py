"""``autograd-tui`` (menu), ``autograd-tui lesson ID`` and ``autograd-tui repl``.

The entry point wraps everything: a learner never sees a traceback of the tutor itself, only a
sentence in their language and the path of a log file. Heavy imports (rich, prompt_toolkit,
the engine) happen here, never in ``cli.py``; for the sandbox the engine is imported in the
background while the prompt comes up.
"""
from __future__ import annotations

import os
import sys
from typing import Any

from autograd_tui import i18n
from autograd_tui.backend import BackendUnavailable, activate
from autograd_tui.errors import log_internal_error, silence_stdout, tolerant_streams
from autograd_tui.repl.builtin_commands import build_registry
from autograd_tui.repl.commands import MENU, folded_forms
from autograd_tui.repl.reader import PipeReader
from autograd_tui.repl.shell import Shell
from autograd_tui.settings import EXIT_UNKNOWN_LESSON, Options, history_path, locale_language, resolve_language
from autograd_tui.tutor.progress import ProgressStore
from autograd_tui.tutor.sandbox import SandboxController, sandbox_namespace
from autograd_tui.ui.render import Renderer, make_console

EXIT_OK, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 130

# What the first-run question accepts, case-folded the English and the Turkish way.
LANGUAGE_ANSWERS = {
    "1": "tr", "tr": "tr", "t": "tr", "türkçe": "tr", "turkce": "tr", "türkce": "tr", "turkish": "tr",
    "2": "en", "en": "en", "e": "en", "english": "en", "ingilizce": "en",
}


def main(options: Options) -> int:
    """Run the tutor for the parsed ``options``; returns the process exit status."""
    app = App(options)
    try:
        return app.run()
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        silence_stdout()
        return EXIT_ERROR
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no tracebacks
        path = log_internal_error(exc)
        try:
            sys.stderr.write(i18n.t("app.fatal_error" if path else "app.fatal_error_unlogged", app.lang,
                                 path=path) + "\n")
        except Exception:  # noqa: BLE001
            pass
        return EXIT_ERROR


def _safe_toolbar(shell: Shell) -> str:
    # why: this runs inside prompt_toolkit's renderer, where an exception would end the prompt
    try:
        return shell.controller.toolbar() if shell.controller is not None else ""
    except Exception:  # noqa: BLE001
        return ""


def is_terminal() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (ValueError, AttributeError):
        return False


class _SessionLogOnFirstInput:
    """The session log ``:why`` reads, created when the learner first runs code, so that the
    drawings it imports never delay the first prompt."""

    def __init__(self) -> None:
        self._log: Any = None
        self._replayed: tuple[list[str], dict[str, Any]] | None = None   # told before the log existed

    def _get(self) -> Any:
        if self._log is None:
            from autograd_tui.viz.observe import SessionLog  # start-up: viz loads on the first input
            self._log = SessionLog()
            if self._replayed is not None:
                self._log.replayed(*self._replayed)
                self._replayed = None
        return self._log

    def wake(self) -> None:
        """A command about to read the log (``:graph``) wants it now, even before any input."""
        self._get()

    def before_input(self, source: str, namespace: dict[str, Any]) -> None:
        self._get().before_input(source, namespace)

    def after_input(self, source: str, namespace: dict[str, Any]) -> None:
        self._get().after_input(source, namespace)

    def replayed(self, sources: list[str], namespace: dict[str, Any]) -> None:
        if self._log is None:   # why: a resume's first prompt must not wait for the drawings
            self._replayed = (list(sources), namespace)   # only the latest replay built the names
            return
        self._log.replayed(sources, namespace)


class App:
    def __init__(self, options: Options) -> None:
        self.options = options
        self.lang = resolve_language(options.lang, None)
        self.command = options.command
        self.backend = options.backend
        self.no_color = options.no_color
        self.interactive = is_terminal()
        self.store: Any = None
        self.shell: Shell | None = None
        self.catalog: Any = None
        self._sandbox_prepared = False
        self._sandbox_kept: dict[str, Any] | None = None   # the sandbox's variables while away

    # ------------------------------------------------------------------ set-up
    def run(self) -> int:
        tolerant_streams()
        self.store = ProgressStore()
        self.lang = resolve_language(self.options.lang, self.store.language())
        if self.options.lang:
            self.store.set_language(self.lang)  # why: --lang is a choice, remember it

        try:
            activate(self.backend)
        except BackendUnavailable:
            sys.stderr.write(i18n.t("app.backend_unavailable", self.lang) + "\n")
            return EXIT_ERROR

        shell = Shell(reader=None, renderer=None, lang=self.lang, registry=build_registry(),
                      on_language=self._language_changed, after_turn=self.flush_notices)
        self.shell = shell
        shell.ui = Renderer(make_console(no_color=self.no_color))
        shell.reader = self._make_reader(shell)
        shell.observers.append(_SessionLogOnFirstInput())   # what :why needs to know about the session
        if self.command == "repl":
            # why: the first prompt appears while numpy and the engine load behind it; the
            # first input waits for them (Shell.wait_ready)
            shell.prepare_namespace(sandbox_namespace, background=self.interactive)
            self._sandbox_prepared = True
        if self._should_ask_language():
            self._ask_language()
        for module, error in shell.registry.load_errors:
            shell.ui.warn(self.t("app.extension_failed", module=module, error=error))
        self.flush_notices()
        return self._dispatch()

    def _should_ask_language(self) -> bool:
        """Only on a terminal, only when nothing says which language: no --lang, no saved
        choice, and a locale that is neither Turkish nor English (C.UTF-8, de_DE…)."""
        return (self.interactive and self.options.lang is None and self.store.language() is None
                and locale_language() is None)

    def _ask_language(self) -> None:
        """Ask once, in both languages, and remember the answer. End of input keeps English."""
        ui = self.session.ui
        ui.line()
        ui.info(f"{i18n.t('app.choose_language', 'tr')} / {i18n.t('app.choose_language', 'en')}:"
                "  1) Türkçe   2) English")
        while True:
            try:
                text = self.session.reader.read_line("1/2> ")
            except KeyboardInterrupt:
                continue
            except EOFError:
                return
            chosen = next((LANGUAGE_ANSWERS[form] for form in folded_forms(text.strip())
                           if form in LANGUAGE_ANSWERS), None)
            if chosen is not None:
                self.session.set_language(chosen)
                return
            ui.dim("1) Türkçe   2) English")

    def _make_reader(self, shell: Shell) -> Any:
        if not self.interactive:
            return PipeReader(sys.stdin)
        from autograd_tui.repl.prompt import TerminalReader  # start-up: prompt_toolkit only for a terminal

        return TerminalReader(
            registry=shell.registry,
            get_namespace=lambda: shell.namespace,
            get_context=lambda: shell,
            history_path=history_path(),
            no_color=self.no_color or bool(os.environ.get("NO_COLOR")),
            toolbar=lambda: _safe_toolbar(shell),
        )

    @property
    def session(self) -> Shell:
        """The shell, once :meth:`run` has made it."""
        assert self.shell is not None, "App.run() makes the shell first"
        return self.shell

    def t(self, key: str, **kw: Any) -> str:
        return i18n.t(key, self.lang, **kw)

    def _language_changed(self, lang: str) -> None:
        self.lang = lang
        self.store.set_language(lang)

    def flush_notices(self) -> None:
        if self.store is None or self.shell is None or self.shell.ui is None:
            return
        for key, fields in self.store.take_notices():
            self.shell.ui.warn(self.t(key, **fields))

    # ------------------------------------------------------------------ what to run
    def _dispatch(self) -> int:
        if self.command == "repl":
            state: tuple[str, Any] = ("repl", None)
        elif self.command == "lesson":
            if not self._load_catalog():
                return EXIT_ERROR
            found = self.catalog.find(self.options.lesson_id)
            if found is None:
                ids = ", ".join(lesson.id for lesson in self.catalog.lessons) or "-"
                self.session.ui.error(self.t("app.unknown_lesson", id=self.options.lesson_id, ids=ids))
                return EXIT_UNKNOWN_LESSON
            lesson = self._open(found)
            if lesson is None:
                return EXIT_ERROR
            state = ("lesson", lesson)
        else:
            state = ("menu", None)

        left_from = state[0]
        while state[0] != "quit":
            kind, value = state
            left_from = kind
            if kind == "menu":
                state = self._menu()
            elif kind == "lesson":
                state = self._lesson(value)
            else:
                state = self._sandbox()
        if self.interactive or left_from != "repl":
            bye = "app.bye" if self.store.writable else "app.bye_unsaved"
            self.session.ui.info(self.t(bye if left_from != "repl" else "app.bye_sandbox"))
        try:
            sys.stdout.flush()
        except (BrokenPipeError, ValueError):
            silence_stdout()  # why: else Python complains at exit about the closed pipe
        return EXIT_OK

    def _load_catalog(self) -> bool:
        if self.catalog is not None:
            return True
        try:
            from autograd_tui.lessons.index import index_path, load_index  # start-up: YAML loads only for lessons
            self.catalog = load_index(list(self.options.lesson_dirs), cache=index_path())
        except Exception as exc:  # noqa: BLE001 - lessons broken: say so, keep the sandbox
            log_internal_error(exc)
            self.session.ui.error(self.t("app.lessons_unavailable", error=f"{type(exc).__name__}: {exc}"))
            return False
        ui = self.session.ui
        # why: a --lessons folder that does not exist is said by its own note below
        missing = {folder.name for folder in self.catalog.extra if folder.files < 0}
        for problem in self.catalog.problems:
            if problem.path not in missing:
                ui.warn(self.t("app.broken_lesson", problem=problem.text(self.lang)))
        for folder in self.catalog.extra:
            key, fields = folder.note()
            (ui.dim if folder.loaded else ui.warn)(self.t(key, **fields))
        return True

    def _open(self, heading: Any) -> Any:
        """The full lesson behind a listed one, read again now; None after naming its problems
        (the file may have changed since it was listed)."""
        result = self.catalog.open(heading)
        if result.lesson is None or result.problems:
            for problem in result.problems:
                self.session.ui.warn(self.t("app.broken_lesson", problem=problem.text(self.lang)))
            # why: from now on the menu skips it and counts it as broken, as a fresh start would
            self.catalog.lessons = [item for item in self.catalog.lessons if item is not heading]
            self.catalog.problems.extend(result.problems)
            return None
        return result.lesson

    def _menu(self) -> tuple[str, Any]:
        from autograd_tui.tutor.menu import Menu  # start-up: `repl` never loads the menu or the lessons

        self.session.controller = None
        welcome_first = self.catalog is None
        if welcome_first:
            # why: reading the lesson files takes a moment; greet the learner meanwhile
            Menu(self.session, [], self.store).draw_welcome()
        if not self._load_catalog():
            return ("repl", None) if self.interactive else ("quit", None)
        broken = len({p.path for p in self.catalog.problems})
        menu = Menu(self.session, self.catalog.lessons, self.store, broken)
        self._set_echo(True)
        choice = menu.choose(welcome=not welcome_first)
        self._set_echo(False)
        self.flush_notices()
        if choice.action == "lesson":
            lesson = self._open(choice.lesson)
            return ("lesson", lesson) if lesson is not None else ("menu", None)
        if choice.action == "repl":
            return ("repl", None)
        return ("quit", None)

    def _lesson(self, lesson: Any) -> tuple[str, Any]:
        from autograd_tui.tutor.flow import NEXT_LESSON, LessonController  # start-up: as the menu

        self._load_catalog()
        lessons = self.catalog.lessons if self.catalog is not None else [lesson]
        following = None
        for i, other in enumerate(lessons):
            if other.id == lesson.id and i + 1 < len(lessons):
                following = lessons[i + 1]
        self._set_echo(True)
        controller = LessonController(self.session, lesson, self.store, backend=self.backend,
                                      next_lesson=following, course=list(lessons))
        action = self.session.loop(controller)
        self._set_echo(False)
        # why: at the end the controller offers the next lesson not finished yet
        if action == NEXT_LESSON and controller.next_lesson is not None:
            following = self._open(controller.next_lesson)
            return ("lesson", following) if following is not None else ("menu", None)
        if action == MENU:
            return ("menu", None)
        return ("quit", None)

    def _sandbox(self) -> tuple[str, Any]:
        shell = self.session
        kept = self._sandbox_kept
        if kept is not None:
            # why: a look at the menu or a lesson must not clear what was typed here (:reset asks)
            shell.prepare_namespace(lambda: kept)
        elif not self._sandbox_prepared:
            shell.prepare_namespace(sandbox_namespace, background=self.interactive)
        self._sandbox_prepared = False
        action = shell.loop(SandboxController(shell, banner=self.interactive))
        self._sandbox_kept = shell.namespace if shell.ready() else None
        if action == MENU:
            return ("menu", None)
        return ("quit", None)

    def _set_echo(self, on: bool) -> None:
        """From a pipe, a lesson transcript shows what was typed (the sandbox stays clean)."""
        reader = self.session.reader
        if getattr(reader, "interactive", True):
            return
        reader.echo = self._echo if on else None

    def _echo(self, prompt: str, text: str) -> None:
        lines = text.split("\n") if text else [""]
        shown = [prompt + lines[0]] + ["... " + line for line in lines[1:]]
        for line in shown:
            self.session.ui.dim(line)
