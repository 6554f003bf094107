"""The read-run-show loop, with the sandbox controller and a scripted reader."""
from __future__ import annotations

import pytest

from tutor_support import make_shell

from autograd_tui.repl.commands import MENU, QUIT
from autograd_tui.tutor.sandbox import SandboxController, sandbox_namespace


def run_sandbox(script, **kw):
    shell, out = make_shell(script, **kw)
    shell.prepare_namespace(sandbox_namespace)
    action = shell.loop(SandboxController(shell, banner=False))
    return action, out.getvalue(), shell


def test_the_first_example() -> None:
    action, out, _ = run_sandbox(["x = torch.ones(2, requires_grad=True)",
                                  "(x*3).sum().backward()", "x.grad"])
    assert out == "tensor([3., 3.])\n"
    assert action == QUIT  # end of input leaves


def test_sandbox_has_torch_nn_optim_and_f() -> None:
    _, out, shell = run_sandbox(["print(type(torch).__name__)"])
    assert out == "module\n"
    for name in ("torch", "nn", "optim", "F"):
        assert name in shell.namespace, name


def test_known_error_is_explained_under_pytorchs_message() -> None:
    _, out, _ = run_sandbox(["x = torch.tensor([1., 2.])", "(x*2).sum().backward()"], lang="tr")
    message = "RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn"
    assert message in out
    assert "Ne oldu?" in out
    assert out.index(message) < out.index("Ne oldu?")
    assert "Traceback (most recent call last):" in out
    assert "autograd_tui" not in out  # only the learner's own frames


@pytest.mark.parametrize("lang, heading, words", [("tr", "Ne oldu?", "retain_grad"),
                                                   ("en", "What went wrong?", "retain_grad")])
def test_the_non_leaf_grad_warning_is_explained_under_it(lang, heading, words) -> None:
    # the learner reads y.grad of a computed y: PyTorch warns (once), and the tutor says why
    _, out, _ = run_sandbox(["x = torch.tensor([1., 2.], requires_grad=True)", "y = x * 2",
                             "y.sum().backward()", "print(y.grad)", "z = x + 1", "y.grad"], lang=lang)
    warning = "UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed"
    assert warning in out and heading in out
    assert out.index(warning) < out.index(heading) and words in out[out.index(heading):]
    assert out.count(heading) == 1   # only under the line that warned, once a session
    if lang == "tr":
        assert ":neden AD.grad" in out


def test_keyboard_interrupt_in_code_keeps_the_session() -> None:
    action, out, _ = run_sandbox(["raise KeyboardInterrupt", "print('still here')"])
    assert "KeyboardInterrupt" in out and "Stopped with Ctrl-C" in out
    assert out.rstrip().endswith("still here")
    assert action == QUIT


def test_ctrl_c_at_the_prompt_only_clears_the_line() -> None:
    _, out, _ = run_sandbox([KeyboardInterrupt(), "print('next')"])
    assert out == "next\n"


def test_exit_quit_and_systemexit_leave_cleanly() -> None:
    for line in ("exit()", "quit()", "raise SystemExit", "raise SystemExit(3)", "import sys; sys.exit()"):
        action, out, _ = run_sandbox([line, "print('not reached')"])
        assert action == QUIT, line
        assert "not reached" not in out and "SystemExit" not in out and "Traceback" not in out


def test_exit_without_call_explains_itself() -> None:
    _, out, _ = run_sandbox(["exit"], lang="tr")
    assert ":çık" in out


def test_commands() -> None:
    action, out, shell = run_sandbox([":lang tr", ":ipucu", ":nope", ":yardım", ":menu"])
    assert shell.lang == "tr"
    assert "Dil: Türkçe." in out
    assert ":ipucu bir dersin içinde çalışır" in out
    assert "Bilinmeyen komut :nope" in out
    assert "Komutlar" in out and ":ipucu :hint" in out
    assert action == MENU


def test_language_choice_is_reported_for_saving() -> None:
    saved: list[str] = []
    run_sandbox([":lang en", ":lang xx"], lang="tr", on_language=saved.append)
    assert saved == ["en"]


def test_reset_gives_a_fresh_namespace() -> None:
    _, out, shell = run_sandbox(["a = 1", ":reset", "y", "a"])   # :reset asks first
    assert "Fresh namespace" in out
    assert "NameError: name 'a' is not defined" in out


def test_an_internal_error_never_shows_a_traceback(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path))

    class Broken(SandboxController):
        def after_run(self, source, result):
            raise ValueError("tutor bug")

    shell, out = make_shell(["1", "2"])
    shell.prepare_namespace(sandbox_namespace)
    assert shell.loop(Broken(shell, banner=False)) == QUIT
    text = out.getvalue()
    assert "Something went wrong inside autograd-tui" in text
    assert "Traceback" not in text and "tutor bug" not in text
    assert "ValueError: tutor bug" in (tmp_path / "errors.log").read_text()


def test_output_without_newline_does_not_glue_to_messages() -> None:
    _, out, _ = run_sandbox(["print('a', end='')", "1/0"])
    assert out.startswith("a\n")
    assert "ZeroDivisionError: division by zero" in out


def test_narrow_console_renders() -> None:
    _, out, _ = run_sandbox(["torch.ones(2).backward()", ":help"], width=40)
    assert "What went wrong?" in out
    assert max(len(line) for line in out.splitlines() if not line.startswith(("RuntimeError", "  File", "    "))) <= 40


def test_warnings_of_typed_code_are_placed_as_python_i_places_them() -> None:
    # python -i with torch 2.13 prints "<stdin>:1: UserWarning: The .grad attribute …"
    _, out, _ = run_sandbox(["x = torch.ones(2, requires_grad=True)", "y = x * 2", "y.grad",
                             "for _ in range(2):\n    y.grad\n", "F.softmax(torch.ones(2))"])
    box = ("╭", "│", "╰")   # the tutor's explanation, once, under the first warning
    assert out.splitlines()[1].startswith("╭") and out.count("╭") == 1
    lines = [line for line in out.splitlines() if not line.startswith(box)]
    assert lines[0].startswith("<stdin>:1: UserWarning: The .grad attribute of a Tensor that is not")
    assert lines[1].startswith("<stdin>:2: UserWarning: The .grad attribute")
    assert lines[2] == ("<stdin>:1: UserWarning: Implicit dimension choice for softmax has been "
                        "deprecated. Change the call to include dim=X as an argument.")
    assert lines[3:] == ["tensor([0.5000, 0.5000])"]


def test_lines_typed_ahead_run_one_by_one_as_at_pythons_prompt() -> None:
    # keys typed while the tutor was busy come back as one text; Python would have read each
    # line at its own prompt: a failing line does not stop the next, each error says line 1
    typed = "a = 3\na * 2\nundefined_name\na + 1\n1 / 0\nprint('after')"
    _, out, _ = run_sandbox([typed])
    assert out.count('File "<stdin>", line 1, in <module>') == 2
    assert "line 3" not in out and "line 5" not in out
    assert out.index("6\n") < out.index("NameError") < out.index("4\n") < \
        out.index("ZeroDivisionError") < out.index("after\n")


class _PastedReader:
    """A terminal reader whose last input was one bracketed paste."""

    interactive = False
    last_input_pasted = True

    def __init__(self, text: str) -> None:
        self.items = [text]

    def read_code(self, prompt: str = ">>> ") -> str:
        if not self.items:
            raise EOFError
        return self.items.pop(0)


def test_a_bracketed_paste_runs_as_one_input_and_stops_at_its_error() -> None:
    shell, out = make_shell([])
    shell.reader = _PastedReader("a = 3\n1 / 0\nprint('not reached')")
    shell.prepare_namespace(sandbox_namespace)
    shell.loop(SandboxController(shell, banner=False))
    text = out.getvalue()
    assert 'File "<stdin>", line 2, in <module>' in text
    assert "not reached" not in text


@pytest.mark.parametrize("lang,words", [("en", "after the prompts"), ("tr", "istemlerden sonraki")])
def test_code_pasted_with_its_prompts_is_explained(lang, words) -> None:
    # examples copied from the docs or a tutorial carry Python's ">>> " and "... " prompts
    _, out, _ = run_sandbox([">>> x = torch.ones(2)\n>>> x * 2"], lang=lang)
    assert "SyntaxError: invalid syntax" in out
    assert words in out
    _, out, _ = run_sandbox(["x = = 2"], lang=lang)      # any other syntax error: no such note
    assert words not in out


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_a_key_prompt_wraps_between_its_keys_on_a_narrow_terminal(lang) -> None:
    # :backward's "Enter: sonraki düğüm · a: kalanların hepsi · q: dur" broke inside "hepsi" at 40
    from autograd_tui import i18n

    shell, _ = make_shell([], lang=lang, width=40)
    keys = i18n.t("walk.keys", lang)
    shell.wait_key(keys)
    shell.wait_key("")
    wrapped, plain = shell.reader.key_prompts
    assert wrapped.replace("\n", " · ") == keys and "\n" in wrapped
    assert all(len(line) < 40 for line in wrapped.splitlines())
    assert plain == i18n.t("repl.press_key", lang)


def _demo_of(shell, lang):
    from tutor_support import ScriptedKeys

    from autograd_tui.lessons.catalog import load_catalog
    from autograd_tui.tutor.demo import Demo

    return Demo(load_catalog().lessons[0], lang=lang, backend="embedded", speed=0.0, console=shell.console,
                keys=ScriptedKeys([]))


@pytest.mark.parametrize("lang, keys", [("en", ":help · Ctrl-D leaves"), ("tr", ":yardım · Ctrl-D ile çık")])
@pytest.mark.parametrize("width", [40, 100])
def test_the_sandbox_and_demo_repl_toolbars_keep_their_keys_on_a_narrow_terminal(lang, keys, width) -> None:
    # at 40 columns the sandbox's toolbar was cut to "autograd-tui sandbox · :help · Ctrl-D le"
    from autograd_tui.tutor.demo import _ReplController

    shell, _ = make_shell([], lang=lang, width=width)
    line = SandboxController(shell, banner=False).toolbar()
    assert line.startswith(keys) and len(line) < width
    assert ("sandbox" in line or "deneme" in line) == (width > 40)
    demo_keys = ":quit or Ctrl-D returns to the lesson" if lang == "en" else ":çık ya da Ctrl-D ile derse dön"
    demo_line = _ReplController(shell, _demo_of(shell, lang)).toolbar()
    assert demo_line.startswith(demo_keys) and len(demo_line) < width


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_the_usage_of_why_graph_and_backward_names_a_tensor_of_the_session(lang) -> None:
    # "Usage: :why EXPR, for example :why z" in a session with no z
    why, graph = (":why", ":graph") if lang == "en" else (":neden", ":çizge")
    from autograd_tui.viz import observe
    from autograd_tui.viz.commands import register

    shell, out = make_shell([why, graph, "w = torch.ones(2, requires_grad=True)", "loss = (w * 3).sum()",
                             why, graph, ":backward" if lang == "en" else ":geri-yayılım"], lang=lang)
    register(shell.registry)
    shell.prepare_namespace(sandbox_namespace)
    try:
        shell.loop(SandboxController(shell, banner=False))
    finally:
        observe.uninstall()
    text = " ".join(out.getvalue().split())
    if lang == "en":
        assert "none yet: for example, after x = torch.tensor(2., requires_grad=True) and z = x * 3, " \
               "try :why x.grad" in text
        assert "Usage: :why EXPR, for example :why w.grad" in text
        assert "Usage: :graph EXPR, for example :graph loss" in text
        assert "Usage: :backward EXPR, for example :backward loss" in text
    else:
        assert "henüz yok: örneğin x = torch.tensor(2., requires_grad=True) ve z = x * 3 yazdıktan sonra " \
               ":neden x.grad dene" in text
        assert "Kullanım: :neden İFADE, örneğin :neden w.grad" in text
        assert "Kullanım: :çizge İFADE, örneğin :çizge loss" in text
    assert ":why z" not in text and ":neden z" not in text


def test_an_unknown_command_of_a_pasted_page_is_repeated_only_in_part() -> None:
    _, out, _ = run_sandbox([":" + "y" * 5000, "print('still here')"])
    assert "y" * 60 + "…" in out and "y" * 61 not in out and "still here" in out


def test_code_copied_with_a_margin_runs_as_ipython_runs_it() -> None:
    # every copied line said "IndentationError: unexpected indent", as Python's prompt does
    _, out, shell = run_sandbox(["    x = 1\n    y = x + 1\n    print(y)", "  z = 3", "z",
                                 "    for i in range(2):\n        print(i * 10)\n"])
    assert "IndentationError" not in out
    assert out == "2\n3\n0\n10\n"
    assert shell.namespace["y"] == 2


def test_a_line_indented_after_one_that_is_not_still_fails_as_in_python() -> None:
    _, out, _ = run_sandbox(["x = 1\n  y = 2"])
    assert "IndentationError: unexpected indent" in out


@pytest.mark.parametrize("side", ["│", "|"])
def test_code_selected_in_the_tutors_code_box_runs_without_its_borders(side) -> None:
    # a learner selecting a lesson's code in its box copies the box too: Python said
    # "SyntaxError: invalid character '│' (U+2502)"
    box = (f"{side} x = torch.tensor(3.0)     {side}\n{side}                            {side}\n"
           f"{side} for i in range(2):         {side}\n{side}     print(i * x)           {side}")
    _, out, _ = run_sandbox([box])
    assert "SyntaxError" not in out
    assert out == "tensor(0.)\ntensor(3.)\n"
    _, out, _ = run_sandbox(["a = 1 | 2 |"])
    assert "SyntaxError" in out                     # Python with bars stays Python's to judge
