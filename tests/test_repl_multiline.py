"""When an input is finished: IPython's rules, in the terminal and from a pipe."""
from __future__ import annotations

import io

import pytest

from autograd_tui.repl.multiline import (
    COMPLETE,
    INCOMPLETE,
    INVALID,
    check_complete,
    dedent_continuation,
    ends_block_in_pipe,
    next_indent,
    normalise_paste,
    split_inputs,
)
from autograd_tui.repl.reader import PipeReader


@pytest.mark.parametrize("source,status", [
    ("", COMPLETE),
    ("x = 1", COMPLETE),
    ("x.grad", COMPLETE),
    (":next", COMPLETE),
    ("  :hint", COMPLETE),
    ("x = torch.tensor([1.,", INCOMPLETE),          # open bracket
    ("x = [1,\n 2]", COMPLETE),                      # closed on the next line
    ("s = '''abc", INCOMPLETE),                      # open string
    ("y = 1 + \\", INCOMPLETE),                      # backslash continuation
    ("for i in range(3):", INCOMPLETE),
    ("for i in range(3):\n    print(i)", INCOMPLETE),   # a block waits for its blank line
    ("for i in range(3):\n    print(i)\n", COMPLETE),
    ("for i in range(3):\n    print(i)\n    ", COMPLETE),  # blank line that kept its indent
    ("def f(x):\n    return 2*x\n\n", COMPLETE),
    ("with torch.no_grad():\n    w -= 0.1 * w.grad", INCOMPLETE),
    ("if a:\n    b\nelse:", INCOMPLETE),
    ("if a:\n    b\nelse:\n    c", INCOMPLETE),
    ("@decorator", INCOMPLETE),
    ("while True: pass", COMPLETE),                  # one-line compound statement runs at once
    ("x = 1\ny = 2", COMPLETE),                      # a pasted pair of statements
    ("x = 1 +", INVALID),                            # runs, so the SyntaxError shows
    ("print(1))", INVALID),
    ("def f(:", INVALID),
])
def test_check_complete(source: str, status: str) -> None:
    assert check_complete(source) == status


def test_next_indent() -> None:
    assert next_indent("for i in range(3):") == "    "
    assert next_indent("for i in r:\n    if i:") == "        "
    assert next_indent("def f():\n    return 1") == ""
    assert next_indent("x = [1,") == ""
    assert next_indent("    x = 1  # comment:") == "    "
    # inside a triple-quoted string spaces would become the string's text
    assert next_indent('s = """\nUsage:') == ""
    assert next_indent('def f():\n    """Doc:') == ""


def test_lines_that_arrived_together_split_into_the_inputs_python_would_read() -> None:
    assert split_inputs("a = 3\na * 2\nx.foo\na + 1") == ["a = 3", "a * 2", "x.foo", "a + 1"]
    # a block keeps its blank lines and its else; a column-0 line after it starts a new input
    assert split_inputs("def f(x):\n    a = 1\n\n    return a\n\nprint(f(1))") == \
        ["def f(x):\n    a = 1\n\n    return a", "print(f(1))"]
    assert split_inputs("for i in r:\n    print(i)\nelse:\n    pass\nprint(2)") == \
        ["for i in r:\n    print(i)\nelse:\n    pass", "print(2)"]
    # a SyntaxError is one input of its own; brackets, decorators and strings continue
    assert split_inputs("x = 1 +\ny = (1,\n2)\n@d\ndef g(): pass\ns = \"\"\"\nab:\n\"\"\"") == \
        ["x = 1 +", "y = (1,\n2)", "@d\ndef g(): pass", 's = """\nab:\n"""']
    assert split_inputs("a = 1; b = 2\n\n# note\nb") == ["a = 1; b = 2", "# note", "b"]
    # an indented line after a finished statement fails on its own, as at Python's prompt
    assert split_inputs("x = 1\n    y = 2\nz = 3") == ["x = 1", "    y = 2", "z = 3"]


def test_a_bracketed_paste_reads_as_python_reads_its_file() -> None:
    assert normalise_paste("a = 1\r\nb = 2\r\n") == "a = 1\nb = 2\n"
    # a terminal that sends each LF of a paste as CR turns CRLF into CR CR
    assert normalise_paste("for i in r:\r\r\tprint(i)\r\r\r\rx = 1") == \
        "for i in r:\n    print(i)\n\nx = 1"
    assert normalise_paste("a = 1\rb = 2\r\rc = 3") == "a = 1\nb = 2\n\nc = 3"
    # tabs only: four spaces a level; mixed with spaces: Python's tab stops of eight
    assert normalise_paste("if x:\n\tif y:\n\t\tz = 1") == "if x:\n    if y:\n        z = 1"
    assert normalise_paste("if x:\n\ty = 1\n        z = 2") == "if x:\n        y = 1\n        z = 2"
    assert normalise_paste("s = 'a\tb'") == "s = 'a\tb'"  # a tab inside a line is the string's


def test_else_typed_too_far_right_moves_back() -> None:
    assert dedent_continuation("if a:\n    b\n    else:") == "if a:\n    b\nelse:"
    assert dedent_continuation("try:\n    b\n    except ValueError:") == \
        "try:\n    b\nexcept ValueError:"
    assert dedent_continuation("if a:\n    b\nelse:") == "if a:\n    b\nelse:"
    assert dedent_continuation("x = 1") == "x = 1"


def test_pipe_block_boundaries() -> None:
    assert ends_block_in_pipe("for i in r:\n    print(i)", "x.grad")
    assert not ends_block_in_pipe("if a:\n    b", "else:")
    assert not ends_block_in_pipe("for i in r:", "    print(i)")
    assert not ends_block_in_pipe("x = (1,", "2)")


def _read_all(text: str) -> list[str]:
    reader = PipeReader(io.StringIO(text))
    out = []
    while True:
        try:
            out.append(reader.read_code())
        except EOFError:
            return out


def test_pipe_reader_groups_blocks_like_python() -> None:
    text = ("x = torch.ones(2, requires_grad=True)\n"
            "for i in range(2):\n"
            "    print(i)\n"
            "\n"
            "y = [1,\n"
            "     2]\n"
            ":hint\n"
            "\n"
            "x.grad\n")
    assert _read_all(text) == [
        "x = torch.ones(2, requires_grad=True)",
        "for i in range(2):\n    print(i)",
        "y = [1,\n     2]",
        ":hint",
        "",            # a blank line at top level is "Enter" (next step in a lesson)
        "x.grad",
    ]


def test_pipe_reader_forgives_a_missing_blank_line_after_a_block() -> None:
    assert _read_all("for i in range(2):\n    print(i)\nx.grad\n") == [
        "for i in range(2):\n    print(i)", "x.grad"]
    assert _read_all("if a:\n    b\nelse:\n    c\nd\n") == ["if a:\n    b\nelse:\n    c", "d"]


def test_pipe_reader_runs_an_unfinished_block_at_end_of_input() -> None:
    assert _read_all("x = (1,\n") == ["x = (1,"]


def test_pipe_reader_lines_and_keys() -> None:
    reader = PipeReader(io.StringIO("  b \r\n"))
    assert reader.wait_key() == ""          # never waits on a pipe
    assert reader.read_line("answer> ") == "b"
    with pytest.raises(EOFError):
        reader.read_line()


def test_pipe_reader_echo() -> None:
    seen = []
    reader = PipeReader(io.StringIO("for i in r:\n    pass\n\n"), echo=lambda p, t: seen.append((p, t)))
    reader.read_code(">>> ")
    assert seen == [(">>> ", "for i in r:\n    pass")]
