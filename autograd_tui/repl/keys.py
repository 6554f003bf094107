"""Key bindings of the code prompt: IPython-like Enter, indentation-aware Tab and Backspace.

Ctrl-C and Ctrl-D keep prompt_toolkit's defaults: Ctrl-C raises KeyboardInterrupt out of
``prompt()`` (the loop treats that as "clear the line"), Ctrl-D on an empty line raises EOFError
(save and leave). Bracketed paste is prompt_toolkit's too: pasted newlines are inserted as text
and never trigger Enter, so a pasted block runs only when the learner presses Enter.
"""
from __future__ import annotations

from prompt_toolkit.application.current import get_app
from prompt_toolkit.filters import Condition, has_completions, has_selection
from prompt_toolkit.key_binding import KeyBindings
from prompt_toolkit.key_binding.key_processor import KeyPressEvent

from autograd_tui.repl.multiline import COMPLETE, INVALID, check_complete, dedent_continuation, next_indent

INDENT = 4


def _completion_selected() -> bool:
    state = get_app().current_buffer.complete_state
    return bool(state and state.current_completion)


def code_bindings() -> KeyBindings:
    kb = KeyBindings()

    @kb.add("enter", filter=Condition(_completion_selected))
    def _(event: KeyPressEvent) -> None:
        """Enter on a highlighted completion takes it, as in ptpython."""
        buf = event.current_buffer
        buf.complete_state = None  # keeps the inserted text, closes the menu

    @kb.add("enter", filter=~has_selection & ~Condition(_completion_selected))
    def _(event: KeyPressEvent) -> None:
        buf = event.current_buffer
        doc = buf.document
        at_end = not doc.text_after_cursor.strip()
        if at_end:
            fixed = dedent_continuation(doc.text)
            if fixed != doc.text:
                buf.text = fixed
                buf.cursor_position = len(fixed)
                doc = buf.document
            status = check_complete(doc.text)
            if status in (COMPLETE, INVALID):
                # why: strip the auto-indent left on the closing blank line before running
                if doc.text != doc.text.rstrip(" \t") and "\n" in doc.text:
                    buf.text = doc.text.rstrip(" \t")
                buf.validate_and_handle()
                return
        buf.insert_text("\n" + next_indent(doc.text_before_cursor, INDENT))

    @kb.add("escape", "enter")
    def _(event: KeyPressEvent) -> None:
        """Esc Enter (Alt-Enter) runs whatever is there, finished or not."""
        event.current_buffer.validate_and_handle()

    @kb.add("c-o")
    def _(event: KeyPressEvent) -> None:
        """Ctrl-O opens a new line without running, to edit inside a block."""
        event.current_buffer.insert_text("\n" + next_indent(
            event.current_buffer.document.text_before_cursor, INDENT))

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

    return kb


def _at_line_start() -> bool:
    doc = get_app().current_buffer.document
    return not doc.current_line_before_cursor.strip()


def _in_indent_spaces() -> bool:
    before = get_app().current_buffer.document.current_line_before_cursor
    return bool(before) and before == " " * len(before)
