"""rich rendering for the tutor: one place that knows about colour, width and markup.

Everything the learner's code prints is written verbatim (never through rich markup), and every
UI string is wrapped in :class:`rich.text.Text`, so brackets in learner text or lesson titles are
never taken for markup. Colour is off with ``--no-color``, ``NO_COLOR``, ``TERM=dumb`` or when the
output is not a terminal (rich's own detection).
"""
from __future__ import annotations

import io
import os
import re
import sys
from typing import IO, Any, Callable, Iterable

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.segment import Segment
from rich.text import Text

from autograd_tui.settings import color_disabled
from autograd_tui.ui.terminal import encodable, terminal_safe

MIN_WIDTH = 20
MAX_WIDTH = 1000   # columns (and lines); wider is a broken COLUMNS, not a terminal


def make_console(*, no_color: bool = False, file: IO[str] | None = None, width: int | None = None,
                 record: bool = False, force_terminal: bool | None = None) -> Console:
    """A Console that honours the colour switches and survives tiny or unknown widths."""
    plain = color_disabled(no_color)
    # why: pin the stream now; learner code runs with sys.stdout swapped for a capture, and a
    # console that followed sys.stdout would write into that capture (and loop forever)
    if file is None:
        file = sys.stdout
    console = SafeConsole(
        file=file, width=width, record=record, force_terminal=force_terminal,
        no_color=plain, color_system=None if plain else "auto",
        highlight=False, emoji=False, soft_wrap=False,
        safe_box=True,
        _environ=_sizes_rich_can_read(),
    )
    if width is None:
        fit_width(console)
    return console


def _sizes_rich_can_read() -> dict[str, str]:
    """The environment without a COLUMNS or LINES that is not plain ASCII digits: rich calls
    int() on whatever isdigit() accepts, and COLUMNS=² was an internal error at start."""
    return {key: value for key, value in os.environ.items()
            if key not in ("COLUMNS", "LINES") or (value.isascii() and value.isdigit())}


class SafeConsole(Console):
    """A Console whose every piece of text passes :func:`terminal_safe` on its way out.

    This is the one place the tutor's screens make text safe: whatever a table, a panel or a
    Markdown block holds (a lesson title, a progress notice, a learner's output), its control
    characters are shown visibly and characters the stream's encoding lacks become ``?``.
    rich's own styling and cursor codes are added after this, so colour still works.
    """

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        safe = (segment if segment.control else Segment(terminal_safe(segment.text), segment.style)
                for segment in buffer)
        text = super()._render_buffer(safe)
        if not self.is_terminal:
            # why: rich pads each line to the width (Markdown, tables); on a screen that is
            # invisible, in a file or a pipe it is noise at every line's end
            text = _TRAILING_SPACES.sub("", text)
        # why: only the encoding now; the rendered text holds rich's own colour codes
        return encodable(text, self.encoding)


_TRAILING_SPACES = re.compile(r" +(?=\n)")


def fit_width(console: Console) -> None:
    """Follow the terminal's width, at least MIN_WIDTH columns.

    rich assumes 80 columns on ``TERM=dumb``, which wraps badly in a 40-column window; and a
    5-column pane must not crash the layout maths. So the width is measured before each print.
    """
    columns = os.environ.get("COLUMNS", "")
    # why: ASCII digits only ("²" is a digit to isdigit(), not to int()), and a sane bound: a
    # 20-digit COLUMNS made rich pad each line past what an index can hold (an internal error)
    width = int(columns) if columns.isascii() and columns.isdigit() and int(columns) > 0 else None
    height = 25
    try:
        size = os.get_terminal_size(console.file.fileno())
        width, height = width or size.columns, size.lines or 25
    except (AttributeError, ValueError, OSError):
        width = width or console.width
    # why: both at once; rich ignores a width alone on a dumb terminal
    console.size = (min(MAX_WIDTH, max(MIN_WIDTH, width or 80)), min(MAX_WIDTH, max(1, height)))


def keys_lines(keys: str, width: int) -> str:
    """A keys line (``Enter: next · q: stop``), wrapped between its `` · `` items, never inside
    one: a narrow projector showed a lone "çık" on a line of its own."""
    lines: list[str] = []
    for item in keys.split(" · "):
        joined = f"{lines[-1]} · {item}" if lines else item
        if lines and cell_len(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(item)
    return "\n".join(lines)


def fit_toolbar(keys: str, title: str, width: int) -> str:
    """One toolbar line of at most ``width - 1`` columns: the keys first, then the title, cut
    with "…" where it no longer fits (the keys are what a learner needs; the title is on the
    step's rule anyway). The last column stays free: some terminals wrap a full line."""
    room = max(1, width - 1)
    if len(keys) >= room:
        return keys[: room - 1].rstrip() + "…"
    line = f"{keys}  · {title}" if title else keys
    if len(line) <= room:
        return line
    return line[: room - 1].rstrip() + "…"


SHORTENED_TITLE_MIN = 24   # cells of a lesson title kept when it is shortened to fit one line


def header_lines(title: str, room: int, console: Console, ellipsis: str = "…") -> list[str]:
    """``title`` in lines of at most ``room`` cells. The parts after the first `` · `` (the step
    number, the kind) stay on one line together where they fit, else each whole where it fits,
    so "step 1/16" never splits. A first part that leaves room for most of itself is shortened
    (at a word, with ``ellipsis``) rather than wrapped: at 80 columns a header is one line."""
    first, *rest = title.split(" · ")
    if rest and cell_len(title) > room:
        tail = " · " + " · ".join(rest)
        keep = room - cell_len(tail) - cell_len(ellipsis)
        if keep >= max(SHORTENED_TITLE_MIN, cell_len(first) * 2 // 3):
            return [_shortened(first, keep) + ellipsis + tail]
    tokens = first.split(" ")
    if rest:
        tokens[-1] += " ·"
        tail = " · ".join(rest)
        tokens += [tail] if cell_len(tail) <= room else \
            [part + " ·" for part in rest[:-1]] + [rest[-1]]
    lines: list[str] = []
    current = ""
    for token in tokens:
        candidate = f"{current} {token}" if current else token
        if current and cell_len(candidate) > room:
            lines.append(current)
            candidate = token
        current = candidate
    lines.append(current)
    # a word wider than the room is folded, as rich folds it
    return [piece.plain.rstrip() for line in lines
            for piece in Text(line).wrap(console, room, overflow="fold")]


def _shortened(text: str, room: int) -> str:
    """``text`` cut to ``room`` cells, at the last word boundary when one is near the end."""
    cut = Text(text)
    cut.truncate(room)
    kept = cut.plain
    space = kept.rfind(" ")
    if space >= room * 3 // 4:
        kept = kept[:space]
    return kept.rstrip(" ,:;-")


def wrap_code_line(line: Text, room: int, marker: str) -> list[Text]:
    """One line of highlighted code in pieces of at most ``room`` cells. Pieces after the first
    start with ``marker`` (dim), under the line's own indentation; breaks come after a space
    where there is one in the second half of the piece, else inside the word."""
    plain = line.plain
    if cell_len(plain) <= room:
        return [line]
    indent = min(len(plain) - len(plain.lstrip(" ")), room // 2)
    prefix = " " * indent + marker
    pieces: list[Text] = []
    start, width = 0, room
    while cell_len(plain[start:]) > width:
        end = start
        used = 0
        while end < len(plain) and used + cell_len(plain[end]) <= width:
            used += cell_len(plain[end])
            end += 1
        end = max(end, start + 1)   # why: a character wider than the room still moves on
        space = plain.rfind(" ", start + (end - start) // 2, end)
        if space > start and plain[start:space].strip():
            end = space + 1
        piece = line[start:end]
        piece.rstrip()
        pieces.append(piece)
        start = end
        width = max(1, room - cell_len(prefix))
    pieces.append(line[start:])
    return [pieces[0]] + [Text(prefix, style="dim") + piece for piece in pieces[1:]]


class Renderer:
    """The tutor's visual vocabulary, on top of a Console."""

    def __init__(self, console: Console, *, follow_terminal: bool = True) -> None:
        self.console = console
        self.closed = False  # set when the reader of our output went away (| head -1)
        self._follow = follow_terminal and _isatty(console.file)
        # the lines a screen holds, for a test standing in for a terminal (None: ask the terminal)
        self.screen_lines: int | None = None

    # ------------------------------------------------------------------ primitives
    @property
    def width(self) -> int:
        """The terminal's width now (measured again when following a terminal)."""
        if self._follow:
            fit_width(self.console)
        return int(self.console.width)

    @property
    def height(self) -> int | None:
        """The lines the screen shows, or None when the output is no screen (a pipe, a file)."""
        if self.screen_lines is not None:
            return self.screen_lines
        if not self._follow:
            return None
        fit_width(self.console)
        return int(self.console.height)

    def lines_of(self, renderable: Any) -> int:
        """How many lines ``renderable`` takes at the current width."""
        if isinstance(renderable, str):
            renderable = Text(renderable)
        return len(self.console.render_lines(renderable, self.console.options, pad=False))

    @property
    def plain(self) -> bool:
        return self.console.no_color or self.console.color_system is None

    def _box(self) -> box.Box:
        # ASCII borders on dumb terminals and non-UTF-8 streams, so nothing turns into '?'.
        enc = (getattr(self.console.file, "encoding", None) or "utf-8").lower()
        if os.environ.get("TERM") == "dumb" or "utf" not in enc:
            return box.ASCII
        return box.ROUNDED

    def write_raw(self, text: str) -> None:
        """Learner output: verbatim (its colours included), immediately; other escape codes and
        control characters are shown visibly."""
        if not text:
            return
        file = self.console.file
        try:
            file.write(terminal_safe(text, getattr(file, "encoding", None), keep_colours=True))
            file.flush()
        except BrokenPipeError:
            self.closed = True  # why: a closed pipe must not become a tutor traceback
        except ValueError as exc:
            if not _is_closed(file, exc):
                raise
            self.closed = True

    def print(self, *objects: Any, **kwargs: Any) -> None:
        if self._follow:
            fit_width(self.console)  # the window may have been resized since the last print
        try:
            self.console.print(*objects, **kwargs)
        except BrokenPipeError:
            self.closed = True
        except ValueError as exc:
            # why: UnicodeEncodeError is a ValueError too; only a closed file means "stop writing"
            if not _is_closed(self.console.file, exc):
                raise
            self.closed = True

    def line(self, text: str = "", style: str = "") -> None:
        self.print(Text(text, style=style))

    def info(self, text: str) -> None:
        self.print(Text(text, style="cyan"))

    def dim(self, text: str) -> None:
        self.print(Text(text, style="dim"))

    def success(self, text: str) -> None:
        self.print(Text(text, style="bold green"))

    def warn(self, text: str) -> None:
        self.print(Text(text, style="yellow"))

    def error(self, text: str) -> None:
        self.print(Text(text, style="bold red"))

    def rule(self, title: str = "") -> None:
        """A header, one look at every width: ``── title ───…`` to the right edge. A long title
        wraps under itself instead of being cut (the step number is at its end)."""
        char = "-" if self._box() is box.ASCII else "─"
        width = self.width
        if not title:
            self.print(Rule(style="blue", characters=char))
            return
        lead = char * 2 + " "
        # why: room for " ──" after the last line, so the rule always shows on it
        lines = header_lines(title, max(1, width - len(lead) - 3), self.console,
                             "..." if char == "-" else "…")
        header = Text()
        for number, line in enumerate(lines):
            header.append(lead if number == 0 else " " * len(lead), style="blue")
            header.append(line, style="bold")
            if number == len(lines) - 1:
                header.append(" " + char * max(2, width - len(lead) - cell_len(line) - 1), style="blue")
            else:
                header.append("\n")
        self.print(header, no_wrap=True, crop=True)

    def panel(self, body: Any, title: str | None = None, style: str = "blue") -> None:
        if isinstance(body, str):
            body = Text(body)
        self.print(Panel(body, title=Text(title, style="bold") if title else None,
                         title_align="left", border_style=style, box=self._box(),
                         expand=True))

    # ------------------------------------------------------------------ content
    def markdown(self, source: str) -> None:
        from rich.markdown import Markdown  # why: markdown-it costs ~60 ms; only lessons need it

        self.print(Markdown(source, code_theme="monokai", hyperlinks=False,
                            inline_code_lexer="python"))

    def note(self, source: str, style: str = "yellow") -> None:
        """Short lesson feedback written in Markdown (a known mistake, a success message)."""
        from rich.markdown import Markdown

        self.print(Markdown(source, style=style, code_theme="monokai", hyperlinks=False,
                            inline_code_lexer="python"))

    def code(self, source: str, title: str | None = None) -> None:
        """Code in a box. A line wider than the box goes on under a continuation marker (``↪``),
        so a wrapped line is never read as two statements."""
        from rich.syntax import Syntax

        syntax = Syntax(source.rstrip("\n"), "python", theme="monokai", background_color="default")
        highlighted = syntax.highlight(source.rstrip("\n"))
        highlighted.rstrip()   # why: highlight() ends the text with a newline of its own
        room = max(4, self.width - 4)   # the box's borders and padding
        marker = "> " if self._box() is box.ASCII else "↪ "
        lines = [piece for line in highlighted.split("\n", allow_blank=True)
                 for piece in wrap_code_line(line, room, marker)]
        body = Text("\n", no_wrap=True, overflow="crop").join(lines)
        self.panel(body, title=title, style="magenta")

    def explanation(self, heading: str, body: str) -> None:
        """The learner-language note under PyTorch's English error message."""
        self.panel(Text(body), title=heading, style="yellow")

    def bullet_list(self, items: Iterable[tuple[str, Any]]) -> None:
        """``(left, right)`` pairs, aligned; used by :help and the quiz choices. ``right`` is
        plain text or any rich renderable (see :meth:`inline_markdown`)."""
        from rich.table import Table

        table = Table(box=None, show_header=False, padding=(0, 1), expand=False)
        table.add_column(style="bold cyan", no_wrap=True)
        table.add_column(overflow="fold")
        for left, right in items:
            table.add_row(Text(left), Text(right) if isinstance(right, str) else right)
        self.print(Padding(table, (0, 0, 0, 1)))

    @staticmethod
    def inline_markdown(source: str) -> Any:
        """A short Markdown text (a quiz choice) as a renderable for :meth:`bullet_list`."""
        from rich.markdown import Markdown

        return Markdown(source, code_theme="monokai", hyperlinks=False, inline_code_lexer="python")

    @staticmethod
    def verbatim(source: str) -> Any:
        """Literal code or output (a predict-the-output choice), never re-wrapped or styled."""
        return Text(source, style="bold", no_wrap=False)

    def group(self, *renderables: Any) -> Group:
        return Group(*renderables)


def _is_closed(file: Any, exc: ValueError) -> bool:
    if isinstance(exc, UnicodeError):
        return False
    return bool(getattr(file, "closed", False)) or "closed file" in str(exc)


def _isatty(file: Any) -> bool:
    try:
        return bool(file.isatty())
    except (AttributeError, ValueError):
        return False


def markdown_as_text(width: int) -> Callable[[str], str]:
    """Markdown to plain text as the screens show it without colour (``**bold**`` is bold, so
    its stars go; lists get their bullets), ``width`` columns wide: for transcripts."""
    def render(source: str) -> str:
        out = io.StringIO()
        Renderer(make_console(file=out, width=width, no_color=True)).markdown(source)
        return out.getvalue()

    return render


def stdout_renderer(no_color: bool = False) -> Renderer:
    return Renderer(make_console(no_color=no_color, file=sys.stdout))
