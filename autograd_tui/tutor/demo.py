"""``autograd-tui demo ID``: instructor mode, for a projector.

One step per screen, drawn large and plain: the step's text, then its code typed out character
by character at ``--speed`` (characters per second; any key finishes the typing), run, and its
output shown. A quiz waits for a key before it reveals the answer, so the room can guess first.

Between steps: Enter, Space or → goes on; ``b`` or ← goes back (the namespace is rebuilt by
replaying the earlier steps, so it is exactly what it was); ``r`` drops into the REPL with the
lesson's live namespace (``:graph loss``, ``:backward loss``, anything; its banner names a
tensor the lesson has computed by then), and ``:quit`` or Ctrl-D
comes back to the same step; ``q`` quits. ``--auto`` stays the unattended form;
without a terminal this falls back to it.
"""
from __future__ import annotations

import ast
import os
import select
import sys
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from rich.markdown import Markdown
from rich.padding import Padding
from rich.panel import Panel
from rich.syntax import Syntax
from rich.text import Text

from autograd_tui import i18n
from autograd_tui.backend import BackendUnavailable, activate
from autograd_tui.evaluator import run_code
from autograd_tui.lessons.index import index_path, load_index
from autograd_tui.lessons.judging import judge_task
from autograd_tui.lessons.model import CodeStep, QuizStep, TaskStep, TextStep
from autograd_tui.lessons.session import LESSON_FILENAME, new_namespace, replay
from autograd_tui.lessons.steps import per_kind, step_source
from autograd_tui.lessons.transcript import repl_style
from autograd_tui.repl.builtin_commands import build_registry
from autograd_tui.repl.prompt import TerminalReader
from autograd_tui.repl.shell import Shell
from autograd_tui.settings import Options, history_path
from autograd_tui.tutor.flow import LETTERS
from autograd_tui.ui.render import Renderer, fit_toolbar, fit_width, keys_lines, make_console, wrap_code_line
from autograd_tui.viz import chart_mode, observe

NEXT_KEYS = {"enter", "space", "right", "n", "pagedown", "down"}
BACK_KEYS = {"b", "left", "p", "pageup", "up"}
QUIT_KEYS = {"q", "escape", "eof"}
REPL_KEYS = {"r"}
MARGIN = (1, 4)   # generous padding reads better from the back of the room
SHORT_SCREEN = 20   # lines: below this the title box loses its padding


# ---------------------------------------------------------------------------------------------
# Keys, straight from the terminal (cbreak mode), so typing can be interrupted by a key press
# ---------------------------------------------------------------------------------------------
_SEQUENCES = {"\x1b[A": "up", "\x1b[B": "down", "\x1b[C": "right", "\x1b[D": "left",
              "\x1b[5~": "pageup", "\x1b[6~": "pagedown", "\x1bOC": "right", "\x1bOD": "left"}


def key_name(data: str) -> str:
    if data in _SEQUENCES:
        return _SEQUENCES[data]
    if data in ("\r", "\n"):
        return "enter"
    if data == " ":
        return "space"
    if data == "\x1b":
        return "escape"
    if data == "\x04":
        return "eof"
    return data.lower()[:1] if data else ""


class Keys:
    """Single key presses from a terminal file descriptor."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._saved: Any = None

    @contextmanager
    def cbreak(self) -> Iterator[None]:
        import termios
        import tty

        saved = termios.tcgetattr(self.fd)
        tty.setcbreak(self.fd)   # why: keys arrive one by one, without Enter and without echo
        try:
            yield
        finally:
            termios.tcsetattr(self.fd, termios.TCSADRAIN, saved)

    def poll(self, timeout: float) -> str | None:
        """A key pressed within ``timeout`` seconds (in cbreak mode), else None."""
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return None
        data = os.read(self.fd, 32).decode("utf-8", "replace")
        if data == "\x03":
            raise KeyboardInterrupt
        return key_name(data)

    def wait(self) -> str:
        with self.cbreak():
            while True:
                key = self.poll(3600)
                if key is not None:
                    return key


# ---------------------------------------------------------------------------------------------
# The demo
# ---------------------------------------------------------------------------------------------
class Demo:
    def __init__(self, lesson: Any, *, lang: str, backend: str, speed: float, console: Any,
                 keys: Keys, no_color: bool = False, follow_terminal: bool | None = None) -> None:
        self.lesson = lesson
        self.lang = lang
        self.backend = backend
        self.speed = speed
        self.console = console
        self.keys = keys
        self.no_color = no_color
        # why: a projector's window is resized mid-talk; each screen is drawn at the width it has then
        self.follow_terminal = _isatty(console.file) if follow_terminal is None else follow_terminal
        self.namespace: dict[str, Any] = new_namespace()
        self.outputs: dict[int, str] = {}     # what each step printed, to redraw without rerunning
        self.marks: dict[int, str] = {}       # a task's verdict line
        self.ran: set[int] = set()
        # why: one log for every REPL visit, so a name keeps what the instructor typed there;
        # ``_told`` is what of the lesson's code it has been told (-1: the setup)
        self._session_log: observe.SessionLog | None = None
        self._told: set[int] = set()
        # why: a screen taller than the terminal is shown in pages, or its top scrolls away on a
        # small window; None: as tall as the terminal is (never paged when there is none)
        self.page_height: int | None = None
        self._just_revealed: int | None = None   # a quiz whose answer a key has just revealed
        self._just_typed: int | None = None      # a step whose code was just typed out and run
        self._show: per_kind[Callable[[int, Any, bool], None]] = per_kind({
            TextStep: self.show_text, CodeStep: self.show_code, TaskStep: self.show_task,
            QuizStep: self.show_quiz})

    def t(self, key: str, **kw: Any) -> str:
        return i18n.t(key, self.lang, **kw)

    # -------------------------------------------------------------- namespace
    def rebuild(self, index: int) -> None:
        """The namespace as it was on arriving at step ``index`` (setup and earlier steps)."""
        with self.console.status(self.t("demo.rebuilding")):
            self.namespace.clear()
            self.namespace.update(replay(self.lesson, index, self.backend).namespace)
        self.ran = {i for i in self.ran if i < index}
        self._session_log = None   # a new namespace: its story starts again

    def ran_sources(self) -> list[str]:
        """The code behind the namespace: the setup, then each step run so far, in order."""
        sources = [self.lesson.setup or ""]
        sources += [step_source(step) or "" for i, step in enumerate(self.lesson.steps) if i in self.ran]
        return [source for source in sources if source]

    def attach_session_log(self, shell: Shell) -> None:
        """Give the REPL the demo's session log: :graph names the lesson's constants (y_true)
        from the code its steps ran, each told once, so that what was typed on an earlier visit
        stays after it in the story of a name."""
        if self._session_log is None:
            self._session_log, self._told = observe.SessionLog(), set()
        shell.observers.append(self._session_log)
        shell.replayed(self._untold_sources())

    def _untold_sources(self) -> list[str]:
        """The lesson's code run since the session log last heard of it (setup first)."""
        untold = sorted({-1, *self.ran} - self._told)
        self._told.update(untold)
        sources = [self.lesson.setup or "" if i < 0 else step_source(self.lesson.steps[i]) or "" for i in untold]
        return [source for source in sources if source]

    def start(self) -> None:
        if self.lesson.setup:
            run_code(self.lesson.setup, self.namespace, filename=LESSON_FILENAME, echo=False)

    # -------------------------------------------------------------- drawing
    def clear(self) -> None:
        self.console.clear()

    def new_screen(self) -> None:
        """Measure the terminal again (it may have been resized), then start a clean screen."""
        if self.follow_terminal:
            fit_width(self.console)
        self.clear()

    def room(self) -> int | None:
        """How many lines a screen may take before it is shown in pages (None: never paged)."""
        if self.page_height is not None:
            return self.page_height
        return self.console.height if self.follow_terminal else None

    def header(self, index: int) -> None:
        step = self.lesson.steps[index]
        total = len(self.lesson.steps)
        kind = self.t(f"lesson.kind_{step.kind}")
        title = Text(self.lesson.title.get(self.lang), style="bold")
        title.append(f"   {index + 1}/{total} · {kind}", style="bold cyan")
        room = self.room()
        # why: on a short window the padding would leave no room for the step itself
        padding = (0, 1) if room is not None and room < SHORT_SCREEN else (1, 2)
        self.console.print(Panel(title, border_style="blue", padding=padding))

    def footer(self) -> None:
        self.console.print(Padding(Text(keys_lines(self.t("demo.keys"), self.console.width - 8),
                                        style="dim"), (1, 4, 0, 4)))

    def markdown(self, source: str) -> None:
        self.console.print(Padding(Markdown(source, code_theme="monokai", hyperlinks=False,
                                            inline_code_lexer="python"), MARGIN))

    def code_lines(self, code: str) -> list[tuple[Text, int]]:
        """``code`` REPL-style and highlighted, in screen lines that fit the width: a longer line
        goes on under its own code, after a continuation marker. Each with how many of its
        leading characters appear at once when typed (the prompt, or the indent and marker)."""
        shown = repl_style(code).rstrip("\n")
        text = Syntax(shown, "python", theme="monokai", background_color="default").highlight(shown)
        text.rstrip()
        room = max(12, self.console.width - 8)   # the padding, 4 each side
        marker = "> " if _ascii_only(self.console.file) else "↪ "
        lines: list[tuple[Text, int]] = []
        for line in text.split("\n", allow_blank=True):
            prompt = 4 if line.plain[:4] in (">>> ", "... ") else 0
            for k, piece in enumerate(wrap_code_line(line[prompt:], room - prompt, marker)):
                if k == 0:
                    lines.append((line[:prompt] + piece, prompt))
                else:   # under the code, not under the prompt
                    lines.append((Text(" " * prompt) + piece, prompt + piece.plain.index(marker) + len(marker)))
        return lines

    def type_code(self, code: str, animate: bool) -> None:
        """Type ``code`` REPL-style; a key press (or speed 0) finishes it at once."""
        lines = self.code_lines(code)
        delay = 1.0 / self.speed if self.speed > 0 else 0.0
        if not animate or delay == 0:
            body = Text("\n", no_wrap=True, overflow="crop").join(line for line, _ in lines)
            self.console.print(Padding(body, (0, 4)))
            return
        # why: one character at a time, each with its highlighting style, as if typed live
        self.console.print("    ", end="")
        rush = False
        with self.keys.cbreak():
            for line_no, (line, at_once) in enumerate(lines):
                if line_no:
                    self.console.print()
                    self.console.print("    ", end="")
                for i in range(len(line.plain)):
                    self.console.print(line[i:i + 1], end="")
                    # why: the ">>> " prompt (a continuation's marker) appears at once; only code is typed
                    if not rush and i >= at_once and line.plain[i] != " ":
                        self.console.file.flush()
                        if self.keys.poll(delay) is not None:
                            rush = True
        self.console.print()

    def output(self, text: str) -> None:
        if not text.strip():
            return
        body = text.rstrip("\n")
        if "\x1b[" in body:
            # why: a chart from plotext carries colour codes and its own frame; no panel around it
            self.console.print(Padding(Text.from_ansi(body, no_wrap=True), (0, 4)))
            return
        room = max(12, self.console.width - 12)   # the padding, 4 each side, the frame and its space
        lines = [piece for line in body.split("\n") for piece in hang_line(line, room)]
        self.console.print(Padding(Panel(Text("\n".join(lines)), border_style="green",
                                         title=Text(self.t("demo.output"), style="dim"),
                                         title_align="left"), (0, 4)))

    def run(self, index: int, source: str) -> None:
        try:
            # why: a drawing (viz.show_graph(z)) speaks the demo's language, as in the tutor;
            # a Turkish demo showed "shape=" and "value=" under Turkish text
            with i18n.speaking(self.lang):
                result = run_code(source, self.namespace, filename=LESSON_FILENAME)
            out = result.output
        except KeyboardInterrupt:
            out = "KeyboardInterrupt\n"
        self.outputs[index] = out
        self.ran.add(index)
        self.output(out)

    def run_or_replay(self, index: int, source: str, fresh: bool) -> None:
        """Run a step the first time; on a redraw (after the REPL) show what it printed."""
        if fresh:
            self.run(index, source)
        else:
            self.output(self.outputs.get(index, ""))

    # -------------------------------------------------------------- steps
    def show(self, index: int) -> None:
        step = self.lesson.steps[index]
        fresh = index not in self.ran
        self.new_screen()
        self.header(index)
        self._show(step)(index, step, fresh)
        self.footer()

    def draw_again(self, index: int) -> None:
        """Step ``index`` as it stands once shown (its code already run), without its keys line."""
        if index >= len(self.lesson.steps):
            self.end_body()
            return
        self.header(index)
        self._show(self.lesson.steps[index])(index, self.lesson.steps[index], False)

    def captured(self, draw: Callable[[], None]) -> list[str]:
        with self.console.capture() as capture:
            draw()
        return capture.get().rstrip("\n").split("\n")

    def wait_paging(self, index: int) -> str:
        """The next key; on a screen taller than the terminal, first page through it: Enter/→
        shows the next page (on the last one it goes on to the next step), b/← the one before.
        A quiz just revealed opens on the page of its answer."""
        room = self.room()
        revealed, self._just_revealed = self._just_revealed == index, None
        typed, self._just_typed = self._just_typed == index, None
        if room is None:
            return self.keys.wait()
        body = self.captured(lambda: self.draw_again(index))
        footer = self.captured(self.footer)
        if len(body) + len(footer) < room:   # the last line ends with a newline of its own
            return self.keys.wait()
        answer = f"{self.t('demo.answer')}: "
        start = next((i for i, line in enumerate(body) if revealed and answer in line), 0)
        if typed:
            # why: the typing scrolled down to the code's end and its output; going back to the
            # first page hid what the room had just watched being typed and run
            start = min(self._lines_before_output(index), len(body) - 1)
        return self.page_through(body, footer, room, start_line=start)

    def _lines_before_output(self, index: int) -> int:
        """How many lines of step ``index``'s screen come before what its code printed."""
        output, mark = self.outputs.get(index), self.marks.pop(index, None)
        self.outputs[index] = ""
        try:
            return len(self.captured(lambda: self.draw_again(index)))
        finally:
            if output is None:
                self.outputs.pop(index, None)
            else:
                self.outputs[index] = output
            if mark is not None:
                self.marks[index] = mark

    def page_through(self, body: list[str], footer: list[str], room: int, *, start_line: int = 0) -> str:
        """Show ``body`` in pages that fit ``room`` lines, each above ``footer``, from the page
        that holds ``start_line``; the key that leaves them (Enter/→ on the last page, b/← on
        the first, any other key)."""
        def page_line(n: int, total: int) -> list[str]:
            which = "demo.page" if n < total else "demo.page_last"
            return self.captured(lambda: self.console.print(
                Padding(Text(self.t(which, n=n, total=total), style="bold yellow"), (0, 4))))

        size = max(1, room - len(footer) - len(page_line(99, 100)))
        pages = [body[start:start + size] for start in range(0, len(body), size)]
        page = min(start_line // size, len(pages) - 1)
        while True:
            self.clear()   # why: not measured again: the pages were cut for this size
            # why: no newline after the last line, or the terminal scrolls the page's top away
            self.console.file.write("\n".join(pages[page] + page_line(page + 1, len(pages)) + footer))
            self.console.file.flush()
            key = self.keys.wait()
            if key in NEXT_KEYS and page + 1 < len(pages):
                page += 1
            elif key in BACK_KEYS and page > 0:
                page -= 1
            else:
                return key

    def show_text(self, index: int, step: TextStep, fresh: bool) -> None:
        if step.text is not None:
            self.markdown(step.text.get(self.lang))

    def show_code(self, index: int, step: CodeStep, fresh: bool) -> None:
        if step.text is not None:
            self.markdown(step.text.get(self.lang))
        self.type_code(step.code, animate=fresh)
        self.run_or_replay(index, step.code, fresh)
        if fresh:
            self._just_typed = index

    def show_task(self, index: int, step: TaskStep, fresh: bool) -> None:
        if step.prompt is not None:
            self.markdown(step.prompt.get(self.lang))
        self.console.print(Padding(Text(self.t("lesson.solution_title") + ":", style="bold magenta"), (0, 4)))
        self.type_code(step.solution, animate=fresh)
        self.run_or_replay(index, step.solution, fresh)
        if fresh:
            self._just_typed = index
            verdict = judge_task(step, self.namespace, None, step.solution)
            self.marks[index] = self.t("demo.passed" if verdict.passed else "demo.failed")
        if index in self.marks:
            self.console.print(Padding(Text(self.marks[index], style="bold green"), (0, 4)))

    def quiz_question(self, step: QuizStep) -> None:
        if step.question is not None:
            self.markdown(step.question.get(self.lang))
        if step.code:
            self.type_code(step.code, animate=False)
        if step.code:
            self.console.print()
        for letter, choice in zip(LETTERS, step.choices):
            label = choice.label(self.lang).rstrip("\n").replace("\n", "\n    ")
            if choice.code is None:
                label = label.replace("`", "")  # why: Markdown ticks read as noise on a projector
            self.console.print(Padding(Text(f"{letter})  {label}", style="bold"), (0, 6)))

    def show_quiz(self, index: int, step: QuizStep, fresh: bool) -> None:
        self.quiz_question(step)
        if fresh:
            reveal = Padding(Text(self.t("demo.reveal"), style="dim"), (1, 4, 0, 4))
            self.console.print(reveal)
            room = self.room()

            def asked() -> None:
                self.header(index)
                self.quiz_question(step)

            question = [] if room is None else self.captured(asked)
            below = [] if room is None else self.captured(lambda: self.console.print(reveal))
            paged = room is not None and len(question) + len(below) >= room
            # why: the room must see the whole question before the answer; it had scrolled away
            key = self.page_through(question, below, room) if paged and room is not None else self.keys.wait()
            if key in QUIT_KEYS:
                raise _Quit
            self._just_revealed = index
            if paged:   # the answer's page comes next (wait_paging), not a screen that scrolls
                self.clear()
                if step.code:
                    with self.console.capture():
                        self.run(index, step.code)
                return
        answer = step.answer_choice()
        if answer is not None:
            letter = LETTERS[step.choices.index(answer)]
            self.console.print(Padding(Text(f"{self.t('demo.answer')}: {letter})", style="bold green"), (1, 4, 0, 4)))
        if step.explanation is not None:
            self.markdown(step.explanation.get(self.lang))
        if step.code:
            self.run_or_replay(index, step.code, fresh)

    def end_screen(self) -> None:
        self.new_screen()
        self.end_body()
        self.footer()

    def end_body(self) -> None:
        self.console.print(Panel(Text(self.t("demo.end", title=self.lesson.title.get(self.lang)),
                                      style="bold"), border_style="green", padding=(1, 2)))
        if self.lesson.recap is not None:   # what the room should take away, as a learner sees it
            # why: close under its title, so a 24-line screen holds the whole recap
            self.console.print(Padding(Text(self.t("lesson.recap_title"), style="bold"), (1, 4, 0, 4)))
            self.console.print(Padding(Markdown(self.lesson.recap.get(self.lang), code_theme="monokai",
                                                hyperlinks=False, inline_code_lexer="python"), (0, 4)))

    # -------------------------------------------------------------- the REPL, with the live namespace
    def repl(self) -> None:
        shell = Shell(reader=None, renderer=Renderer(self.console), lang=self.lang,
                      registry=build_registry())
        shell.namespace = self.namespace   # why: the very same dict, so the REPL sees x and z

        def controller_toolbar() -> str:
            return controller.toolbar()
        shell.reader = TerminalReader(registry=shell.registry, get_namespace=lambda: shell.namespace,
                                      get_context=lambda: shell, history_path=history_path(),
                                      no_color=self.no_color,
                                      toolbar=controller_toolbar)
        controller = _ReplController(shell, self)
        saved_exit = {k: self.namespace.get(k) for k in ("exit", "quit")}
        shell.install_exit(self.namespace)
        self.attach_session_log(shell)
        try:
            shell.loop(controller)
        finally:
            observe.uninstall()
            for key, value in saved_exit.items():  # leave no tutor objects in the lesson's names
                if value is None:
                    self.namespace.pop(key, None)
                else:
                    self.namespace[key] = value
        self.lang = shell.lang

    # -------------------------------------------------------------- the loop
    def play(self) -> int:
        self.start()
        index, total = 0, len(self.lesson.steps)
        while True:
            if index >= total:
                self.end_screen()
            else:
                try:
                    self.show(index)
                except _Quit:
                    break
            key = self.wait_paging(index)
            if key in QUIT_KEYS:
                break
            if key in NEXT_KEYS and index < total:
                index += 1
            elif key in BACK_KEYS and index > 0:
                index -= 1
                self.rebuild(index)
            elif key in REPL_KEYS:
                self.repl()
        self.clear()
        return 0


_TREE = " │├└─┬┼|`+-"


def hang_line(line: str, width: int) -> list[str]:
    """``line`` in pieces of at most ``width`` columns, broken at spaces, each piece after the
    first under the line's own text rather than at the frame's edge: on a projector at 60
    columns a graph's ``└─ AccumulateGrad  x  shape=[2]  value=[1., 2.]`` went on at the left,
    cutting the tree. A tree's vertical lines go on down beside the continuation."""
    if len(line) <= width:
        return [line]
    lead = len(line) - len(line.lstrip(_TREE))
    indent = "".join("│" if ch in "│├┼" else " " for ch in line[:lead]) + "  "
    if len(indent) > width // 2:
        indent = "  "
    pieces: list[str] = []
    current = line
    while len(current) > width:
        cut = current.rfind(" ", len(indent) + 1 if pieces else lead + 1, width + 1)
        if cut <= 0:
            cut = width
        pieces.append(current[:cut].rstrip())
        current = indent + current[cut:].lstrip(" ")
    pieces.append(current)
    return pieces


def graph_example(lesson: Any, namespace: dict[str, Any]) -> str | None:
    """The name the REPL's banner suggests for ``:graph NAME``: of the names the lesson's code
    assigns, the last one whose live value is a tensor with a graph; None when there is none yet."""
    assigned: list[str] = []
    for source in [lesson.setup or ""] + [step_source(step) or "" for step in lesson.steps]:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError):
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                assigned.append(node.id)
    for name in reversed(assigned):
        value = namespace.get(name)
        if getattr(value, "grad_fn", None) is not None and hasattr(value, "requires_grad"):
            return name
    return None


class _Quit(Exception):
    """``q`` while a quiz waits to reveal its answer."""


class _ReplController:
    """The demo's REPL: a sandbox on the lesson's namespace; leaving returns to the demo."""

    in_lesson = False

    def __init__(self, shell: Any, demo: Demo) -> None:
        self.shell = shell
        self.demo = demo

    def start(self) -> None:
        name = graph_example(self.demo.lesson, self.demo.namespace)
        if name is None:
            self.shell.ui.info(self.demo.t("demo.repl_enter_no_graph"))
        else:
            self.shell.ui.info(self.demo.t("demo.repl_enter", name=name))

    def prompt(self) -> tuple[str, str]:
        return "code", ">>> "

    def on_empty(self) -> None:
        return None

    def on_line(self, text: str) -> None:
        return None

    def after_run(self, source: str, result: Any) -> None:
        self.shell.explain(result)
        return None

    def redraw(self) -> None:
        self.demo.lang = self.shell.lang

    def reset(self) -> None:
        self.shell.ui.info(self.demo.t("demo.no_reset"))

    def save(self) -> None:
        pass

    def toolbar(self) -> str:
        return fit_toolbar(self.demo.t("demo.repl_toolbar_keys"), self.demo.t("demo.repl_toolbar_title"),
                           self.shell.ui.width)

    def lesson_only_note(self, name: str) -> str:
        """:hint, :check… are for a learner taking the lesson; the demo only shows it."""
        quit_word = "çık" if self.demo.lang == "tr" else "quit"
        return self.demo.t("demo.repl_lesson_only", name=name, id=self.demo.lesson.id, quit=quit_word)


def _isatty(file: Any) -> bool:
    try:
        return bool(file.isatty())
    except (AttributeError, ValueError):
        return False


def _ascii_only(file: Any) -> bool:
    """A dumb terminal or a stream that cannot carry "↪" (as the REPL's code boxes decide)."""
    encoding = (getattr(file, "encoding", None) or "utf-8").lower()
    return os.environ.get("TERM") == "dumb" or "utf" not in encoding


# ---------------------------------------------------------------------------------------------
# Entry point (from ``autograd_tui.commands.cmd_demo``)
# ---------------------------------------------------------------------------------------------
def main(options: Options, lang: str) -> int:
    """Play ``options.lesson_id`` on a terminal; ``autograd_tui.commands`` decides when."""
    index = load_index(list(options.lesson_dirs), cache=index_path())
    for folder in index.extra:   # where lesson code comes from, before any of it runs
        key, fields = folder.note()
        print(i18n.t(key, lang, **fields), file=sys.stderr)
    found = index.find(options.lesson_id)
    if found is None:
        ids = ", ".join(item.id for item in index.lessons) or "-"
        print(i18n.t("app.unknown_lesson", lang, id=options.lesson_id, ids=ids), file=sys.stderr)
        return 2
    opened = index.open(found)   # why: read again in full; it may have changed since it was listed
    if not opened.ok or opened.lesson is None:
        for problem in opened.problems:
            print(problem.text(lang), file=sys.stderr)
        return 2
    lesson = opened.lesson
    backend = options.backend
    try:
        activate(backend)
    except BackendUnavailable:
        print(i18n.t("app.backend_unavailable", lang), file=sys.stderr)
        return 1
    no_color = options.no_color
    console = make_console(no_color=no_color)
    chart_mode.set_chart_mode(True, free_columns=6)   # a projector deserves charts, not tables
    i18n.set_ambient_language(lang)        # the lesson's drawings speak the demo's language
    demo = Demo(lesson, lang=lang, backend=backend, speed=options.speed,
                console=console, keys=Keys(sys.stdin.fileno()), no_color=no_color)
    try:
        return demo.play()
    except KeyboardInterrupt:
        console.print()
        return 130
