""":plot / :çiz as typed at the prompt: the examples of :help work wherever the learner is."""
from __future__ import annotations

import pytest
from tutor_support import make_shell

from autograd_tui.viz.commands import register


@pytest.mark.parametrize("lang, command", [("en", ":plot"), ("tr", ":çiz")])
def test_the_help_example_plots_before_the_learner_imported_torch(lang: str, command: str) -> None:
    # a lesson's first step (a text step) has run no code yet: no `torch` in the session
    shell, out = make_shell(lang=lang)
    register(shell.registry)
    shell.namespace.update({"__builtins__": __builtins__})
    assert "torch" not in shell.namespace
    shell.handle_command(f"{command} torch.sin(x) -3 3")
    text = out.getvalue()
    assert "NameError" not in text and "torch.sin(x)" in text, text
    assert "torch" not in shell.namespace   # the session's names are left as they were


@pytest.mark.parametrize("lang, range_words", [("en", "The range must be two numbers"),
                                               ("tr", "Aralık, BAŞLANGIÇ < BİTİŞ")])
@pytest.mark.parametrize("typed", ["torch.sin(x) a b", "x**2 0 inf", "x 0 1e308", "x -1e39 1"])
def test_a_wrong_range_is_called_a_wrong_range(lang: str, range_words: str, typed: str) -> None:
    """`:plot x 0 inf` said "SyntaxError: invalid syntax" about the whole line; `x 0 1e308` drew
    a table of inf (the points are float32)."""
    shell, out = make_shell(lang=lang)
    register(shell.registry)
    shell.namespace.update({"__builtins__": __builtins__})
    shell.handle_command(f":plot {typed}")
    text = " ".join(out.getvalue().split())
    assert range_words in text and "SyntaxError" not in text and "inf" not in text.replace(typed, ""), text


def test_a_broken_expression_is_still_its_own_syntax_error() -> None:
    shell, out = make_shell(lang="en")
    register(shell.registry)
    shell.namespace.update({"__builtins__": __builtins__})
    shell.handle_command(":plot torch.sin(x -3 3")
    assert "SyntaxError" in out.getvalue()


@pytest.mark.parametrize("command", [":graph 1+", ":plot torch.sin(x -3 3", ":why x.grad +", ":backward (x"])
def test_a_syntax_error_after_a_command_names_no_pseudo_file(command: str) -> None:
    """`:graph 1+` said `SyntaxError: invalid syntax (<command>, line 1)`."""
    shell, out = make_shell(lang="en")
    register(shell.registry)
    shell.namespace.update({"__builtins__": __builtins__})
    shell.handle_command(command)
    text = out.getvalue()
    assert "SyntaxError" in text and "<command>" not in text, text
