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
