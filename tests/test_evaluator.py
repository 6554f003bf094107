"""The evaluator: REPL-style echo, captured output, cut-down tracebacks, no escaping exceptions."""
from __future__ import annotations

import json
import os
import warnings
from pathlib import Path

import pytest

from autograd_tui.backend import activate
from autograd_tui.evaluator import Result, format_warning, run_code


def test_echoes_final_expression_like_the_repl():
    ns: dict = {}
    result = run_code("a = 2\na * 21", ns)
    assert result.ok
    assert result.value_repr == "42"
    assert result.output == "42\n"
    assert ns["a"] == 2


def test_none_is_not_echoed_and_statements_are_silent():
    assert run_code("None", {}).output == ""
    assert run_code("x = 1", {}).output == ""
    assert run_code("print('hi')", {}).output == "hi\n"   # print returns None: no echo


def test_lines_given_together_echo_each_expression_as_pythons_prompt_does():
    # Typed ahead or pasted without bracketed paste, Python's prompt runs each line and echoes it.
    ns: dict = {}
    result = run_code("a = 3\na * 2\nprint('p')\nNone\na + 1", ns, echo_each=True)
    assert result.output == "6\np\n4\n"
    assert result.value_repr == "4"
    failed = run_code("a * 2\n1 / 0\na * 3", ns, echo_each=True)
    assert failed.output.startswith("6\nTraceback (most recent call last):\n  File \"<stdin>\", line 2")
    assert "18" not in failed.output  # nothing after the error runs
    assert run_code("a * 2\na + 1", ns).output == "4\n"  # lesson code: only the final value
    # as Python compiles a line at its prompt: a bare expression inside a block is shown too
    looped = run_code("for i in range(2):\n    i * 10\nif True:\n    'yes'", ns, echo_each=True)
    assert looped.output == "0\n10\n'yes'\n"
    assert run_code("for i in range(2):\n    i * 10", ns).output == ""


def test_echo_can_be_turned_off():
    assert run_code("1 + 1", {}, echo=False).output == ""


def test_stdout_and_stderr_are_captured_in_order():
    result = run_code("import sys\nprint('a')\nprint('b', file=sys.stderr)\nprint('c')", {})
    assert result.stdout == "a\nb\nc\n"


def test_live_write_callback_receives_everything():
    seen: list[str] = []
    result = run_code("print('one')\n1/0", {}, write=seen.append)
    assert "".join(seen) == result.output
    assert "ZeroDivisionError: division by zero" in "".join(seen)


def test_traceback_keeps_only_learner_frames():
    source = "def f(n):\n    return {}[n]\nf(3)"
    result = run_code(source, {}, filename="<stdin>")
    assert not result.ok
    assert result.exc_type == "KeyError"
    assert result.error == (
        "Traceback (most recent call last):\n"
        '  File "<stdin>", line 3, in <module>\n'
        "    f(3)\n"
        '  File "<stdin>", line 2, in f\n'
        "    return {}[n]\n"
        "KeyError: 3\n"
    )


def test_library_frames_are_dropped():
    # json raises deep inside the standard library; only the learner's line remains.
    result = run_code("import json\njson.loads('{')", {}, filename="<lesson>")
    assert result.exc_type == "JSONDecodeError"
    frames = [line for line in result.error.splitlines() if line.startswith("  File")]
    assert frames == ['  File "<lesson>", line 2, in <module>']
    assert result.error.rstrip().splitlines()[-1].startswith("json.decoder.JSONDecodeError: ")


def test_syntax_error_is_reported_like_python():
    result = run_code("x = (", {}, filename="<stdin>")
    assert result.exc_type == "SyntaxError"
    assert result.error.startswith('  File "<stdin>", line 1\n')
    assert result.error.rstrip().endswith("SyntaxError: '(' was never closed")


def test_system_exit_is_reported_not_obeyed():
    result = run_code("exit(3)", {})
    assert result.exc_type == "SystemExit"
    assert result.error == "SystemExit: 3\n"
    assert run_code("raise SystemExit", {}).error == "SystemExit\n"


def test_keyboard_interrupt_propagates_and_restores_streams():
    import sys

    before = sys.stdout
    with pytest.raises(KeyboardInterrupt):
        run_code("print('x')\nraise KeyboardInterrupt", {})
    assert sys.stdout is before


def test_recursion_error_is_short():
    result = run_code("def f():\n    return f()\nf()", {})
    assert result.exc_type == "RecursionError"
    assert "Previous line repeated" in result.error
    assert len(result.error.splitlines()) < 20


def test_memory_error_is_caught():
    result = run_code("raise MemoryError('too big')", {})
    assert result.exc_type == "MemoryError"
    assert result.error.rstrip().endswith("MemoryError: too big")


def test_broken_exception_str_does_not_escape():
    source = "class E(Exception):\n    def __str__(self):\n        raise ValueError\nraise E()"
    result = run_code(source, {})
    assert result.exc_type == "E"
    assert result.error


def test_warnings_are_shown_pytorch_style_once_per_run():
    source = ("import warnings\n"
              "for _ in range(3):\n"
              "    warnings.warn('careful')\n"
              "print('after')")
    result = run_code(source, {}, filename="<lesson>")
    assert result.output == "UserWarning: careful\nafter\n"


def test_warnings_of_typed_input_are_placed_as_python_i_places_them():
    # what `python -i` prints for the same input (torch's warnings point at the caller's line)
    source = ("import warnings\n"
              "for _ in range(3):\n"
              "    warnings.warn('careful')\n"
              "warnings.warn('careful')\n"
              "warnings.warn('old', DeprecationWarning)")
    result = run_code(source, {}, filename="<stdin>")
    assert result.output == ("<stdin>:3: UserWarning: careful\n<stdin>:4: UserWarning: careful\n"
                             "<stdin>:5: DeprecationWarning: old\n")


def test_a_warning_from_library_code_has_no_place(tmp_path):
    # a library's path differs between machines and between the engine and PyTorch
    (tmp_path / "somelib.py").write_text("import warnings\ndef f():\n    warnings.warn('inside')\n")
    namespace: dict = {}
    run_code(f"import sys\nsys.path.insert(0, {str(tmp_path)!r})\nimport somelib", namespace)
    assert run_code("somelib.f()", namespace, filename="<stdin>").output == "UserWarning: inside\n"


def test_engine_warnings_point_at_the_learner_line():
    activate("embedded")   # `import torch` is the engine, as the tutor arranges
    namespace: dict = {}
    run_code("import torch\nx = torch.ones(2, requires_grad=True)\ny = x * 2", namespace)
    out = run_code("y.grad", namespace, filename="<stdin>").output
    assert out.startswith("<stdin>:1: UserWarning: The .grad attribute of a Tensor that is not a leaf")


def test_warning_filters_are_restored():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")
        run_code("import warnings\nwarnings.warn('x')", {})
        warnings.warn("outside", DeprecationWarning)  # noqa: B028 - where it points does not matter here
    assert [str(w.message) for w in caught] == ["outside"]


def test_format_warning():
    assert format_warning(UserWarning("hello")) == "UserWarning: hello\n"
    assert format_warning("bye", DeprecationWarning) == "DeprecationWarning: bye\n"
    assert format_warning("hi", UserWarning, ("<stdin>", 2)) == "<stdin>:2: UserWarning: hi\n"


def test_null_bytes_in_source_do_not_escape():
    result = run_code("x = 1\x00", {})
    assert not result.ok


def test_namespace_is_module_like():
    ns: dict = {}
    run_code("import math\nr = __name__", ns)
    assert ns["r"] == "__main__"
    assert "math" in ns


def test_result_output_combines_parts():
    r = Result(stdout="a\n", value_repr="1", error="E: x")
    assert r.output == "a\n1\nE: x\n"
    assert not Result(exc_type="E").ok


_WARNING_PLACES = json.loads((Path(__file__).parent / "data" / "warning_places.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", _WARNING_PLACES["cases"], ids=[c["code"][:40] for c in _WARNING_PLACES["cases"]])
def test_warnings_are_placed_where_python_i_with_pytorch_places_them(case, monkeypatch):
    # Recorded from PyTorch by tools/record_warning_places.py: at the typed line (<stdin>:1:) or
    # in PyTorch's own files, which the tutor shows without a place.
    import autograd_tui.engine._tensor as engine_tensor

    activate("embedded")
    monkeypatch.setattr(engine_tensor, "_warned_once", set())   # once per process: a fresh one
    monkeypatch.delenv("TORCH_HUB", raising=False)
    namespace: dict = {}
    assert run_code("\n".join(_WARNING_PLACES["setup"]), namespace, echo=False).ok
    try:
        out = run_code(case["code"], namespace, filename="<stdin>", echo=False).output
    finally:
        os.environ.pop("TORCH_HUB", None)
    shown = [line for line in out.splitlines() if "Warning: " in line]
    expected = [("<stdin>:1: " if w["place"] == "stdin" else "") + f"{w['category']}: {w['starts']}"
                for w in case["warnings"]]
    assert [line[:len(want)] for line, want in zip(shown, expected)] == expected, out
    assert len(shown) == len(expected), out


def test_underscore_holds_the_last_echoed_value_as_at_pythons_prompt():
    ns: dict = {}
    run_code("2 * 21", ns)
    assert run_code("_ + 1", ns).value_repr == "43"
    run_code("None", ns)                                # None is not echoed, so _ stays
    assert run_code("_", ns).value_repr == "43"
    run_code("for i in range(2):\n    i * 10", ns, echo_each=True)
    assert run_code("_", ns).value_repr == "10"
    mine: dict = {}
    run_code("_ = 'mine'", mine)                        # a variable called _ hides it, as in Python
    run_code("7", mine)
    assert run_code("_", mine).value_repr == "'mine'"
