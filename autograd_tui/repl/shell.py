"""The read-run-show loop shared by the sandbox and the lessons.

A *controller* (sandbox or lesson flow) decides what the prompt is and what an input means
(Enter on a code step runs it, a task is checked after each run…). The shell does the rest:
reads, dispatches colon commands, runs code through the evaluator with live output, explains
known autograd errors, turns Ctrl-C into "stopped, session kept", and makes sure no exception
of the tutor itself ever reaches the learner as a traceback.
"""
from __future__ import annotations

import re
import threading
from typing import Any, Callable, Protocol

from autograd_tui import i18n
from autograd_tui.errors import log_internal_error
from autograd_tui.evaluator import Result, run_code
from autograd_tui.repl.commands import MENU, QUIT, CommandRegistry, as_typed, folded_forms, split_command
from autograd_tui.repl.multiline import dedent_input, is_command, split_inputs
from autograd_tui.ui.render import keys_lines

CODE, LINE = "code", "line"
YES_WORDS = frozenset({"y", "yes", "e", "evet"})   # both languages' yes, on either screen
# The source line a SyntaxError shows, when it begins with Python's own prompt: an example
# copied from the docs or a tutorial together with its ">>> " / "... ".
_PASTED_PROMPT = re.compile(r"^    (>>>|\.\.\.)( |$)", re.MULTILINE)
# A terminal command typed at >>> (`pip install torch`, `autograd-tui lesson 3`, `ls`): Python's
# "invalid syntax" or "name 'ls' is not defined" does not say that this is the wrong place for it
_SHELL_LINE = re.compile(r"\A  File \"<stdin>\", line 1\n    (?P<command>(pip3?|python3?|conda|autograd-tui|cd|"
                         r"ls|mkdir|git|sudo|apt|apt-get|brew)(\s+(\.\.?/?|[\w~/-])[^\n]*)?)\n")
_SHELL_NAME = re.compile(r"^name '(?P<command>ls|clear|cls|pwd)' is not defined$")
MAX_INTERNAL_ERRORS = 20  # in a row; after that something is badly wrong, leave cleanly


class Controller(Protocol):
    """What the shell asks of a sandbox or a lesson."""

    in_lesson: bool

    def start(self) -> None: ...
    def prompt(self) -> tuple[str, str]: ...                 # (CODE or LINE, prompt text)
    def on_empty(self) -> str | None: ...                    # Enter on an empty prompt
    def on_line(self, text: str) -> str | None: ...          # an answer typed in LINE mode
    def after_run(self, source: str, result: Result) -> str | None: ...
    def redraw(self) -> None: ...                            # after :lang
    def reset(self) -> None: ...                             # :reset
    def save(self) -> None: ...
    def toolbar(self) -> str: ...


class PartialNamespace(Exception):
    """A namespace builder got only part of the way; ``namespace`` holds what it built."""

    def __init__(self, namespace: dict[str, Any], message: str) -> None:
        super().__init__(message)
        self.namespace = namespace


class ExitCommand:
    """``exit``/``quit`` in the learner's namespace: a bilingual repr, and calling it leaves
    through the tutor (which saves) instead of closing stdin as site.Quitter does."""

    def __init__(self, shell: "Shell", name: str) -> None:
        self._shell = shell
        self._name = name

    def __repr__(self) -> str:
        return self._shell.t("repl.exit_repr")

    def __call__(self, code: Any = None) -> None:
        raise SystemExit(code)


class _Output:
    """Live learner output; remembers whether the last character was a newline and keeps a
    final ``SystemExit`` line back, since leaving with exit() should not print it."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self._write = write
        self._held = ""
        self.at_line_start = True

    def write(self, text: str) -> None:
        if self._held:
            self._emit(self._held)
            self._held = ""
        if text.startswith("SystemExit") and text.endswith("\n") and text.count("\n") == 1:
            self._held = text
            return
        self._emit(text)

    def _emit(self, text: str) -> None:
        if text:
            self._write(text)
            self.at_line_start = text.endswith("\n")

    def finish(self, *, exiting: bool) -> None:
        if self._held and not exiting:
            self._emit(self._held)
        self._held = ""
        if not self.at_line_start:
            self._emit("\n")  # why: our own messages must start on a fresh line


def _shell_command(result: Result) -> str | None:
    """The terminal command the learner typed at >>> instead of Python, or None."""
    if result.exc_type == "SyntaxError" and result.exc_message == "invalid syntax":
        found = _SHELL_LINE.match(result.error or "")
    elif result.exc_type == "NameError":
        found = _SHELL_NAME.match(result.exc_message or "")
    else:
        return None
    return found.group("command").strip() if found else None


class Shell:
    def __init__(self, *, reader: Any, renderer: Any, lang: str, registry: CommandRegistry,
                 on_language: Callable[[str], None] | None = None,
                 after_turn: Callable[[], None] | None = None) -> None:
        self.reader = reader
        self.ui = renderer
        self.lang = lang
        self.registry = registry
        self.namespace: dict[str, Any] = {}
        self.controller: Controller | None = None
        self._on_language = on_language
        self._after_turn = after_turn
        self._ready = threading.Event()
        self._ready.set()
        self._ready_error: str | None = None
        self._internal_errors = 0
        self._warnings_explained: set[str] = set()   # catalogue keys: each explained once
        # Watchers told about every input: before_input(source, namespace) and
        # after_input(source, namespace) (the session log behind :why is one).
        self.observers: list[Any] = []

    # ------------------------------------------------------------------ context for commands
    @property
    def console(self) -> Any:
        return self.ui.console

    @property
    def interactive(self) -> bool:
        return bool(getattr(self.reader, "interactive", False))

    @property
    def in_lesson(self) -> bool:
        return bool(self.controller is not None and self.controller.in_lesson)

    def t(self, key: str, **kwargs: Any) -> str:
        return i18n.t(key, self.lang, **kwargs)

    def wait_key(self, prompt: str = "") -> str:
        width = getattr(getattr(self.ui, "console", None), "width", None)
        prompt = prompt or self.t("repl.press_key")
        # why: a terminal wraps a long prompt inside a word ("hep|si" at 40 columns)
        return self.reader.wait_key(keys_lines(prompt, width - 1) if isinstance(width, int) else prompt)

    def confirm(self, question: str) -> bool:
        """Ask ``question`` and read one line: True only for a yes (y, yes, e, evet). Enter,
        any other answer, Ctrl-C and the end of input all mean no."""
        self.ui.warn(question)
        try:
            answer = self.reader.read_line(self.t("repl.confirm_prompt"))
        except (EOFError, KeyboardInterrupt, OSError, ValueError):
            # why: a closed or interrupted input is not consent; the next prompt sees the EOF
            return False
        return is_yes(answer)

    # ------------------------------------------------------------------ namespace
    def install_exit(self, namespace: dict[str, Any]) -> None:
        namespace["exit"] = ExitCommand(self, "exit")
        namespace["quit"] = ExitCommand(self, "quit")

    def prepare_namespace(self, build: Callable[[], dict[str, Any]], *,
                          background: bool = False) -> None:
        """Fill ``self.namespace`` from ``build()``; in the background when asked, so the first
        prompt does not wait for ``import torch`` (code waits for it instead)."""
        def work() -> None:
            namespace: dict[str, Any] = {}
            try:
                namespace = build()
            except PartialNamespace as partial:  # some names are missing; say which
                namespace = partial.namespace
                self._ready_error = str(partial)
            except Exception as exc:  # noqa: BLE001 - reported on first use
                self._ready_error = f"{type(exc).__name__}: {exc}"
            finally:
                # why: adopt the built dict itself, so functions defined while replaying keep
                # it as their globals and see the learner's later assignments
                self.install_exit(namespace)
                self.namespace = namespace
                self._ready.set()

        self.namespace = {}
        self.install_exit(self.namespace)
        self._ready_error = None
        self._ready.clear()
        if background:
            thread = threading.Thread(target=work, name="namespace", daemon=True)
            defer = getattr(self.reader, "after_first_prompt", None)
            if defer is not None:
                defer(thread.start)  # why: draw the prompt first, then share the CPU
            else:
                thread.start()
        else:
            work()

    def ready(self) -> bool:
        """Whether ``self.namespace`` is the built one (not the placeholder shown meanwhile)."""
        return self._ready.is_set()

    def wait_ready(self) -> None:
        pending = getattr(self.reader, "_after_prompt", None)
        if pending:  # input arrived before any prompt was drawn: start the work now
            for fn in list(pending):
                pending.remove(fn)
                fn()
        while not self._ready.wait(0.05):
            pass  # why: a bare wait() cannot be interrupted by Ctrl-C on every platform
        if self._ready_error:
            err, self._ready_error = self._ready_error, None
            self.ui.error(err)

    # ------------------------------------------------------------------ running code
    def run(self, source: str, *, filename: str = "<stdin>", echo: bool = True,
            explain: bool = True, typed: bool = False) -> Result | None:
        """Run learner code with live output. None when it was stopped with Ctrl-C. ``typed``:
        what the learner typed or pasted, whose every expression is shown as Python's prompt
        shows it (lesson code shows only its final value, as its recorded output has it)."""
        self.wait_ready()
        out = _Output(self.ui.write_raw)
        self._notify("before_input", source)
        try:
            # why: drawings that the code asks for (viz.show_graph(z)) speak the learner's language
            with i18n.speaking(self.lang):
                result = run_code(source, self.namespace, filename=filename, write=out.write,
                                  echo=echo, echo_each=typed)
        except KeyboardInterrupt:
            self._notify("after_input", source)
            out.finish(exiting=False)
            # why: the terminal has echoed "^C" on the current line; Python starts a new one
            self.ui.write_raw(("\n" if self.interactive else "") + "KeyboardInterrupt\n")
            self.ui.warn(self.t("repl.interrupted"))
            return None
        self._notify("after_input", source)
        out.finish(exiting=result.exc_type == "SystemExit")
        if result.restored:
            self.ui.warn(self.t("repl.builtins_restored", names=", ".join(result.restored)))
        if explain and result.exc_type and result.exc_type != "SystemExit":
            self.explain(result)
        return result

    def replayed(self, sources: list[str]) -> None:
        """Tell the watchers that ``sources`` ran, in order, to build the current namespace (a
        lesson's replay), so that its names have that code behind them as if it was typed."""
        for observer in self.observers:
            told = getattr(observer, "replayed", None)
            if told is None:
                continue
            try:
                told(list(sources), self.namespace)
            except Exception as exc:  # noqa: BLE001 - a watcher must never cost the learner a step
                log_internal_error(exc)

    def _notify(self, event: str, source: str) -> None:
        for observer in self.observers:
            try:
                getattr(observer, event)(source, self.namespace)
            except Exception as exc:  # noqa: BLE001 - a watcher must never cost the learner a run
                log_internal_error(exc)

    def explain(self, result: Result) -> None:
        for key in i18n.warning_keys(result.stdout):
            if key not in self._warnings_explained:   # why: once a session; PyTorch repeats itself
                self._warnings_explained.add(key)
                self.ui.explanation(self.t("err.heading"), self.t(key))
        if not result.exc_type or result.exc_type == "SystemExit":
            return
        text = i18n.explain_error(result.exc_type or "", result.exc_message or "", self.lang)
        if result.exc_type == "SyntaxError" and _PASTED_PROMPT.search(result.error or ""):
            text = self.t("err.pasted_prompt")
        command = _shell_command(result)
        if command is not None:
            text = self.t("err.shell_command", command=command)
        if text:
            self.ui.explanation(self.t("err.heading"), text)

    # ------------------------------------------------------------------ commands
    def handle_command(self, text: str) -> str | None:
        word, arg = split_command(text)
        cmd = self.registry.get(word)
        if cmd is None:
            self.ui.warn(self.t("repl.unknown_command", name=as_typed(word)))
            guess = self.registry.suggest(word) if word else None
            if guess:
                self.ui.info(self.t("repl.did_you_mean",
                                    name=i18n.Word(self.registry.shown_name(guess, self.lang))))
            return None
        if cmd.lesson_only and not self.in_lesson:
            # why: a controller may say where its lesson is (the demo's REPL sits inside one)
            note = getattr(self.controller, "lesson_only_note", None)
            self.ui.info(note(word) if callable(note) else self.t("repl.lesson_only", name=word))
            return None
        try:
            return cmd.handler(self, arg)
        except KeyboardInterrupt:
            self.ui.warn(self.t("repl.interrupted"))
            return None
        except Exception as exc:  # noqa: BLE001 - an (extension) command failed, not the session
            log_internal_error(exc)
            self.ui.error(self.t("repl.command_failed", name=cmd.shown_name(self.lang),
                                 error=f"{type(exc).__name__}: {exc}"))
            return None

    def show_help(self) -> None:
        rows = []
        for cmd in self.registry.commands():
            # the learner's language first: ":ileri :next" in Turkish, ":next :ileri" in English
            order = (*cmd.aliases, cmd.name) if self.lang == "tr" else (cmd.name, *cmd.aliases)
            names = " ".join(":" + n for n in order)
            if cmd.usage:
                names += " " + cmd.usage_in(self.lang)
            desc = self.t(cmd.help_key)
            if cmd.lesson_only and not self.in_lesson:
                desc += " " + self.t("cmd.lesson_only_mark")
            rows.append((names, desc))
        self.ui.rule(self.t("help.title"))
        self.ui.bullet_list(rows)
        self.ui.dim(self.t("help.keys"))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self._on_language is not None:
            self._on_language(lang)

    # ------------------------------------------------------------------ the loop
    def loop(self, controller: Controller) -> str:
        """Run until a command or the end of input leaves; returns QUIT or MENU (or another
        action a controller chose)."""
        self.controller = controller
        try:
            self._guard(controller.start)
            while True:
                try:
                    action = self._turn(controller)
                    self._internal_errors = 0
                    if self._after_turn is not None:
                        self._after_turn()
                    if getattr(self.ui, "closed", False):
                        action = QUIT  # nobody reads our output any more
                except KeyboardInterrupt:
                    # Ctrl-C landed in the tutor's own code (rendering, checking): keep going.
                    self.ui.warn(self.t("repl.interrupted"))
                    continue
                except EOFError:
                    action = QUIT
                except Exception as exc:  # noqa: BLE001 - never show the tutor's traceback
                    self.internal_error(exc)
                    if self._internal_errors >= MAX_INTERNAL_ERRORS:
                        action = QUIT
                    else:
                        continue
                if action:
                    return action
        finally:
            self._guard(controller.save)

    def _turn(self, controller: Controller) -> str | None:
        mode, prompt = controller.prompt()
        try:
            if mode == LINE:
                text = self.reader.read_line(prompt)
            else:
                text = self.reader.read_code(prompt)
        except KeyboardInterrupt:
            return None  # at the prompt Ctrl-C clears the line, nothing more
        except (OSError, ValueError) as exc:
            if isinstance(exc, ValueError) and "closed file" not in str(exc):
                raise
            # why: the input itself is gone (stdin closed, even by learner code); that is the
            # end of input: save and leave, rather than fail at every prompt
            raise EOFError from None
        if is_command(text):
            return self.handle_command(text)
        if mode == LINE:
            return controller.on_line(text)
        if not text.strip():
            return controller.on_empty()
        # why: lines that arrived as keys (typed ahead while the tutor was busy, a paste
        # without brackets) run one by one as at Python's prompt: a failing line does not stop
        # the next, and its error counts lines from itself. A bracketed paste is one input.
        pasted = bool(getattr(self.reader, "last_input_pasted", False))
        text = dedent_input(text)
        for source in [text] if pasted else split_inputs(text):
            result = self.run(source, explain=False, typed=True)  # the controller explains
            if result is None:
                return None  # Ctrl-C: the lines after it are dropped, as Python drops them
            if result.exc_type == "SystemExit":
                return QUIT
            action = controller.after_run(source, result)
            if action:
                return action
        return None

    def _guard(self, fn: Callable[[], Any]) -> Any:
        try:
            return fn()
        except (KeyboardInterrupt, EOFError):
            return None
        except Exception as exc:  # noqa: BLE001
            self.internal_error(exc)
            return None

    def internal_error(self, exc: BaseException) -> None:
        """Log the tutor's own traceback to a file and tell the learner in a sentence."""
        self._internal_errors += 1
        path = log_internal_error(exc)
        try:
            self.ui.error(self.t("app.internal_error" if path else "app.internal_error_unlogged", path=path))
        except Exception:  # noqa: BLE001
            pass


def is_yes(answer: str) -> bool:
    """y, yes, e or evet in any case; EVET, Evet and an İ/ı typed by a Turkish keyboard fold
    both the English and the Turkish way."""
    return any(form in YES_WORDS for form in folded_forms(answer.strip()))


__all__ = ["Shell", "Controller", "CODE", "LINE", "QUIT", "MENU"]
