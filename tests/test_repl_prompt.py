"""The terminal reader, driven through prompt_toolkit's pipe input and a dummy output."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from autograd_tui.repl.builtin_commands import build_registry
from autograd_tui.repl.prompt import TerminalReader

ENTER = "\r"
ESC_ENTER = "\x1b\r"
CTRL_C = "\x03"
CTRL_D = "\x04"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


def send_when(condition, pipe, keys: str, timeout: float = 10.0) -> None:
    """Send ``keys`` from a helper thread as soon as ``condition()`` holds."""
    def wait() -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not condition():
            time.sleep(0.01)
        pipe.send_text(keys)
    threading.Thread(target=wait, daemon=True).start()


def enter_when(reader: TerminalReader, pipe, text: str) -> None:
    buffer = reader.code_session.default_buffer
    send_when(lambda: buffer.text == text, pipe, ENTER)


@pytest.fixture
def terminal(tmp_path: Path):
    with create_pipe_input() as pipe:
        reader = TerminalReader(registry=build_registry(load_extensions=False),
                                get_namespace=lambda: {"x": 1},
                                history_path=tmp_path / "history",
                                input=pipe, output=DummyOutput())
        yield reader, pipe


def test_single_line(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text("x = 1" + ENTER)
    assert reader.read_code() == "x = 1"


def test_block_needs_a_blank_line_and_is_auto_indented(terminal) -> None:
    reader, pipe = terminal
    # After ':' Enter indents by itself; the learner types only the body.
    pipe.send_text("for i in range(3):" + ENTER + "print(i)" + ENTER + ENTER)
    assert reader.read_code() == "for i in range(3):\n    print(i)"


def type_lines(reader: TerminalReader, pipe, lines: list[str], timeout: float = 10.0) -> None:
    """Type ``lines`` as a person does: each line and its Enter, then wait for the screen."""
    buffer = reader.code_session.default_buffer

    def typist() -> None:
        for i, line in enumerate(lines):
            deadline = time.monotonic() + timeout
            while i and buffer.text.count("\n") < i and time.monotonic() < deadline:
                time.sleep(0.01)
            pipe.send_text(line + ENTER)
    threading.Thread(target=typist, daemon=True).start()


def test_typed_indentation_replaces_the_automatic_one(terminal) -> None:
    reader, pipe = terminal
    # A learner who types the body's spaces, as in an editor, gets them once, not twice.
    type_lines(reader, pipe, ["for i in range(2):", "    print(i)", "    if i:", "        y = i",
                              "    else:", "        y = 0", ""])
    assert reader.read_code() == ("for i in range(2):\n    print(i)\n    if i:\n        y = i\n"
                                  "    else:\n        y = 0")


def test_typed_tab_replaces_the_automatic_indent(terminal) -> None:
    reader, pipe = terminal
    type_lines(reader, pipe, ["for i in range(2):", "\tprint(i)", "\tprint(i * 10)", ""])
    assert reader.read_code() == "for i in range(2):\n    print(i)\n    print(i * 10)"


def test_typing_nothing_keeps_the_automatic_indent(terminal) -> None:
    reader, pipe = terminal
    type_lines(reader, pipe, ["for i in range(2):", "print(i)", "print(i * 10)", ""])
    assert reader.read_code() == "for i in range(2):\n    print(i)\n    print(i * 10)"


def test_paste_without_brackets_keeps_its_own_indentation(terminal) -> None:
    reader, pipe = terminal
    # a terminal without bracketed paste sends a paste as keys, Enter for each newline, in one read
    block = "for i in range(2):\r    print(i)\r    print(i * 10)\rprint('done')\r"
    pipe.send_text(block)
    assert reader.read_code() == "for i in range(2):\n    print(i)\n    print(i * 10)\nprint('done')"


def test_paste_without_brackets_runs_once_whole(terminal) -> None:
    reader, pipe = terminal
    # a blank line inside the paste does not cut it in two: its last Enter runs it all
    pipe.send_text("def f(x):\r    if x > 0:\r        return x\r    return -x\r\rprint(f(-3))\r")
    assert reader.read_code() == ("def f(x):\n    if x > 0:\n        return x\n    return -x\n\n"
                                  "print(f(-3))")
    pipe.send_text("for i in range(2):\r    print(i)\r\rprint('done')\r")
    assert reader.read_code() == "for i in range(2):\n    print(i)\n\nprint('done')"


def test_else_is_dedented_on_enter(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text("if x:" + ENTER + "y = 1" + ENTER + "else:" + ENTER + "y = 2" + ENTER + ENTER)
    assert reader.read_code() == "if x:\n    y = 1\nelse:\n    y = 2"


def test_open_bracket_continues(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text("x = torch.tensor([1.," + ENTER + "2.])" + ENTER)
    assert reader.read_code() == "x = torch.tensor([1.,\n2.])"


def test_escape_enter_runs_at_once(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text("for i in r:" + ENTER + "pass" + ESC_ENTER)
    assert reader.read_code() == "for i in r:\n    pass"


def test_invalid_code_runs_so_the_error_shows(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text("x = 1 +" + ENTER)
    assert reader.read_code() == "x = 1 +"


def test_colon_command_is_one_line(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text(":lang tr" + ENTER)
    assert reader.read_code() == ":lang tr"


def test_bracketed_paste_does_not_run_until_enter(terminal) -> None:
    reader, pipe = terminal
    block = "for i in range(2):\n    print(i)\n\n"
    pipe.send_text(PASTE_START + block + PASTE_END + ENTER)
    assert reader.read_code() == "for i in range(2):\n    print(i)"


def test_ctrl_c_clears_and_ctrl_d_leaves(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text("while True: pass" + CTRL_C)
    with pytest.raises(KeyboardInterrupt):
        reader.read_code()
    pipe.send_text(CTRL_D)
    with pytest.raises(EOFError):
        reader.read_code()


def test_history_persists_across_sessions(tmp_path: Path) -> None:
    registry = build_registry(load_extensions=False)
    with create_pipe_input() as pipe:
        reader = TerminalReader(registry=registry, get_namespace=dict,
                                history_path=tmp_path / "history", input=pipe,
                                output=DummyOutput())
        pipe.send_text("x = 42" + ENTER)
        reader.read_code()
    with create_pipe_input() as pipe:
        reader = TerminalReader(registry=registry, get_namespace=dict,
                                history_path=tmp_path / "history", input=pipe,
                                output=DummyOutput())
        pipe.send_text("\x1b[A" + ENTER)   # Up recalls the previous session's line
        assert reader.read_code() == "x = 42"


def test_unwritable_history_is_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    with create_pipe_input() as pipe:
        reader = TerminalReader(registry=build_registry(load_extensions=False),
                                get_namespace=dict, history_path=blocker / "sub" / "history",
                                input=pipe, output=DummyOutput())
        pipe.send_text("x = 1" + ENTER)
        assert reader.read_code() == "x = 1"


def test_tab_completes_from_the_namespace(tmp_path: Path) -> None:
    class T:
        grad = None
        grad_fn = None

    with create_pipe_input() as pipe:
        reader = TerminalReader(registry=build_registry(load_extensions=False),
                                get_namespace=lambda: {"xx": T()}, input=pipe,
                                output=DummyOutput())
        pipe.send_text("xx.grad_f\t")
        # completions are computed asynchronously: press Enter once the text is there
        enter_when(reader, pipe, "xx.grad_fn")
        assert reader.read_code() == "xx.grad_fn"


def test_line_and_key_reads(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text(" b " + ENTER)
    assert reader.read_line("answer> ") == "b"
    pipe.send_text("q")
    assert reader.wait_key() == "q"
    pipe.send_text(ENTER)
    assert reader.wait_key() == ""


def test_auto_suggestion_from_history(tmp_path: Path) -> None:
    registry = build_registry(load_extensions=False)
    (tmp_path / "history").write_text("\n# 2025-01-01\n+x = torch.ones(3, requires_grad=True)\n",
                                      encoding="utf-8")
    with create_pipe_input() as pipe:
        reader = TerminalReader(registry=registry, get_namespace=dict,
                                history_path=tmp_path / "history", input=pipe,
                                output=DummyOutput())
        pipe.send_text("x = torch.on")
        # the grey suggestion is computed asynchronously; once it is there, → takes it
        buffer = reader.code_session.default_buffer
        send_when(lambda: buffer.suggestion is not None, pipe, "\x1b[C")
        enter_when(reader, pipe, "x = torch.ones(3, requires_grad=True)")
        assert reader.read_code() == "x = torch.ones(3, requires_grad=True)"


def test_a_wrapped_long_line_has_no_continuation_dots() -> None:
    # "..." marks a new line of the input; the rest of a wrapped line only gets blank margin
    assert TerminalReader._continuation(4, 0, True) == [("class:continuation", "    ")]
    assert TerminalReader._continuation(4, 1, False) == [("class:continuation", "... ")]


def test_enters_and_commands_typed_ahead_still_run_one_by_one(terminal) -> None:
    reader, pipe = terminal
    # keys typed while the tutor was busy arrive in one read, like a paste: an Enter on an empty
    # line, and a line before a colon command, still run on their own
    pipe.send_text(ENTER + ENTER + "p = 3" + ENTER + ":check" + ENTER + "x = 1" + ENTER + ENTER)
    assert [reader.read_code() for _ in range(6)] == ["", "", "p = 3", ":check", "x = 1", ""]


def test_a_bracketed_paste_with_crlf_and_tabs_reads_as_its_file(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text(PASTE_START + "for i in range(2):\r\n\tprint(i)\r\n\r\nx = 1\r\n" + PASTE_END + ENTER)
    assert reader.read_code() == "for i in range(2):\n    print(i)\n\nx = 1"
    assert reader.last_input_pasted
    pipe.send_text("x = 2" + ENTER)
    assert reader.read_code() == "x = 2"
    assert not reader.last_input_pasted


def test_backspace_at_the_start_of_a_line_never_glues_it_to_the_one_above(terminal) -> None:
    reader, pipe = terminal
    buffer = reader.code_session.default_buffer
    # the body's indent level goes, then a second Backspace leaves the line where it is
    pipe.send_text("for i in range(2):" + ENTER + "print(i)" + "\x1b[D" * 8 + "\x7f\x7f")
    send_when(lambda: buffer.document.cursor_position_col == 0, pipe, ESC_ENTER)
    assert reader.read_code() == "for i in range(2):\nprint(i)"
    # on an empty line Backspace takes back the Enter
    pipe.send_text("y = 1" + "\x0f" + "\x7f" + ESC_ENTER)
    assert reader.read_code() == "y = 1"


def test_a_paste_as_keys_leaves_a_triple_quoted_string_as_it_was(terminal) -> None:
    reader, pipe = terminal
    pipe.send_text('s = """\rUsage:\rrun it\r"""\r')
    assert reader.read_code() == 's = """\nUsage:\nrun it\n"""'


def test_a_block_begun_with_a_margin_waits_for_its_body(terminal) -> None:
    # "    for i in range(2):" typed with a margin (as copied): Enter ran it at once, a
    # SyntaxError, because the margin made it look invalid rather than unfinished
    reader, pipe = terminal
    type_lines(reader, pipe, ["    for i in range(2):", "print(i)", ""])
    assert reader.read_code() == "    for i in range(2):\n        print(i)"
