"""Key bindings of the code prompt: IPython-like Enter, indentation-aware Tab and Backspace.

Ctrl-C and Ctrl-D keep prompt_toolkit's defaults: Ctrl-C raises KeyboardInterrupt out of
``prompt()`` (the loop treats that as "clear the line"), Ctrl-D on an empty line raises EOFError
(save and leave). A bracketed paste is inserted as text (CRLF and leading tabs read as Python
reads a file) and never triggers Enter, so a pasted block runs, as one input like a notebook
cell, only when the learner presses Enter; lines that arrive as keys run one by one instead
(the shell splits them, see ``multiline.split_inputs``).

Auto-indent and the learner's own spaces never add up (as they did: ``for`` body lines typed
with their indentation came out indented twice, an IndentationError):

- leading spaces or a Tab typed on a line that holds only the indentation Enter put there
  replace that indentation: what the learner types wins, and auto-indent is there for whoever
  types nothing;
- a paste that reaches us as plain keys (a terminal or tmux without bracketed paste) brings its
  own indentation: an Enter that arrives together with the next line's text is not a person
  pressing Enter, so it inserts a bare newline and runs nothing (the paste's last Enter
  decides), unless the next line starts at column 0 under a ``:`` line, where only auto-indent
  makes sense (never inside a triple-quoted string, whose text it would change). A blank line
  there is an Enter as typed: it ends a block as in Python's REPL.
"""
from __future__ import annotations

from prompt_toolkit.application.current import get_app
from prompt_toolkit.filters import Condition, has_completions, has_selection
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.key_binding.key_processor import KeyPressEvent
from prompt_toolkit.keys import Keys

from autograd_tui.repl.multiline import (
    COMPLETE,
    INVALID,
    check_complete,
    dedent_continuation,
    dedent_input,
    is_command,
    next_indent,
    normalise_paste,
)

INDENT = 4


def _completion_selected() -> bool:
    state = get_app().current_buffer.complete_state
    return bool(state and state.current_completion)


def _keys_waiting(event: KeyPressEvent) -> str | None:
    """The text of the next line already read behind this Enter (None when nothing waits).

    Keys that arrive in one read with an Enter are a paste: nobody types faster than one read.
    """
    queued = [k for k in event.app.key_processor.input_queue if k.key != Keys.CPRResponse]
    if not queued:
        return None
    line = ""
    for key in queued:
        if key.key in (Keys.ControlM, Keys.ControlJ):
            break
        line += key.data
    return line


class _AutoIndent:
    """Where Enter last put indentation by itself, so typed spaces can replace it."""

    def __init__(self) -> None:
        self.before: str | None = None   # the text up to the cursor right after the indent
        self.indent = ""

    def newline(self, event: KeyPressEvent) -> None:
        buf = event.current_buffer
        indent = next_indent(buf.document.text_before_cursor, INDENT)
        buf.insert_text("\n" + indent)
        self.before, self.indent = buf.document.text_before_cursor, indent

    def replaceable(self) -> bool:
        """Nothing was typed since that indent (on any prompt: the text would differ)."""
        doc = get_app().current_buffer.document
        return (bool(self.indent) and doc.text_before_cursor == self.before
                and not doc.current_line_after_cursor.strip())

    def take_back(self, event: KeyPressEvent) -> None:
        event.current_buffer.delete_before_cursor(count=len(self.indent))
        self.before = None


class PasteMark:
    """Whether the input being edited holds a bracketed paste (the reader resets it)."""

    def __init__(self) -> None:
        self.seen = False


def code_bindings(paste: PasteMark | None = None) -> KeyBindings:
    kb = KeyBindings()
    auto = _AutoIndent()
    mark = paste if paste is not None else PasteMark()

    @kb.add(Keys.BracketedPaste)
    def _(event: KeyPressEvent) -> None:
        """A paste the terminal marked as one: its text as Python would read the file."""
        text = normalise_paste(event.data)
        mark.seen = mark.seen or "\n" in text
        event.current_buffer.insert_text(text)

    @kb.add("enter", filter=Condition(_completion_selected))
    def _(event: KeyPressEvent) -> None:
        """Enter on a highlighted completion takes it, as in ptpython."""
        buf = event.current_buffer
        buf.complete_state = None  # keeps the inserted text, closes the menu

    @kb.add("enter", filter=~has_selection & ~Condition(_completion_selected))
    def _(event: KeyPressEvent) -> None:
        buf = event.current_buffer
        doc = buf.document
        waiting = _keys_waiting(event)
        # why not on an empty line, before one, or around a colon command: Enters and commands
        # typed ahead while the tutor was busy arrive together too, and each must still count
        # on its own (Enter after a line runs it, Enter on an empty line moves the lesson on)
        if waiting is not None and waiting.strip() and doc.text.strip() \
                and not is_command(doc.text) and not is_command(waiting):
            # part of a paste: it brings its own indentation, except for a body pasted (or
            # typed ahead) at column 0 under a ':' line, which only auto-indent makes valid
            if waiting[:1] not in ("", " ", "\t") and \
                    doc.current_line_before_cursor.split("#", 1)[0].rstrip().endswith(":"):
                auto.newline(event)
            else:
                # a blank line of the paste got auto-indent from the Enter before it: drop it
                blank = doc.current_line_before_cursor
                if blank and not blank.strip() and not doc.current_line_after_cursor:
                    buf.delete_before_cursor(len(blank))
                buf.insert_text("\n")
            return
        at_end = not doc.text_after_cursor.strip()
        if at_end:
            fixed = dedent_continuation(doc.text)
            if fixed != doc.text:
                buf.text = fixed
                buf.cursor_position = len(fixed)
                doc = buf.document
            status = check_complete(dedent_input(doc.text))   # a copied block keeps its margin
            if status in (COMPLETE, INVALID):
                # why: strip the auto-indent left on the closing blank line before running
                if doc.text != doc.text.rstrip(" \t") and "\n" in doc.text:
                    buf.text = doc.text.rstrip(" \t")
                buf.validate_and_handle()
                return
        auto.newline(event)

    @kb.add("escape", "enter")
    def _(event: KeyPressEvent) -> None:
        """Esc Enter (Alt-Enter) runs whatever is there, finished or not."""
        event.current_buffer.validate_and_handle()

    @kb.add("c-o")
    def _(event: KeyPressEvent) -> None:
        """Ctrl-O opens a new line without running, to edit inside a block."""
        auto.newline(event)

    @kb.add("tab", filter=Condition(lambda: _at_line_start()) & ~has_completions)
    def _(event: KeyPressEvent) -> None:
        """Tab in leading whitespace indents instead of completing."""
        col = event.current_buffer.document.cursor_position_col
        event.current_buffer.insert_text(" " * (INDENT - col % INDENT))

    @kb.add("backspace", filter=Condition(lambda: _in_indent_spaces()) & ~has_selection)
    def _(event: KeyPressEvent) -> None:
        """Backspace in indentation removes one indent level."""
        col = event.current_buffer.document.cursor_position_col
        event.current_buffer.delete_before_cursor(count=(col - 1) % INDENT + 1)

    @kb.add("backspace", filter=Condition(lambda: _before_code_at_line_start()) & ~has_selection)
    def _(event: KeyPressEvent) -> None:
        """Backspace at column 0 in front of code does nothing: after an indent level went,
        one more press glued the line to the end of the one above (``for i in r:print(i)``),
        which a learner dedenting never means. An empty line still goes (an Enter undone)."""

    # why last: of two bindings for one key prompt_toolkit uses the one added last
    @kb.add(" ", filter=Condition(auto.replaceable) & ~has_selection)
    def _(event: KeyPressEvent) -> None:
        """The learner indents by hand: their spaces replace the automatic ones."""
        auto.take_back(event)
        event.current_buffer.insert_text(" ")

    @kb.add("tab", filter=Condition(auto.replaceable) & ~has_completions)
    def _(event: KeyPressEvent) -> None:
        """So does a Tab: one indent level, not one more than Enter gave."""
        auto.take_back(event)
        event.current_buffer.insert_text(" " * INDENT)

    return kb


def _at_line_start() -> bool:
    doc = get_app().current_buffer.document
    return not doc.current_line_before_cursor.strip()


def _in_indent_spaces() -> bool:
    before = get_app().current_buffer.document.current_line_before_cursor
    return bool(before) and before == " " * len(before)


def _before_code_at_line_start() -> bool:
    doc = get_app().current_buffer.document
    return (doc.cursor_position_col == 0 and doc.cursor_position_row > 0
            and bool(doc.current_line_after_cursor.strip()))
