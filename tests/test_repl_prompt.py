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
