"""Mistakes a learner makes in a first training loop get an explanation under PyTorch's message.

Found by driving the tutor as a learner: `optim.SGD(model.parameters, lr=0.1)`, `x.grad()`,
`loss.item()` on a vector, `if x > 0:` on a vector… each showed PyTorch's bare message only.
"""
from __future__ import annotations

import pytest
from tutor_support import make_shell

from autograd_tui import i18n
from autograd_tui.tutor.sandbox import SandboxController, sandbox_namespace

SETUP = ["model = nn.Linear(2, 1)", "x = torch.tensor([1., 2.], requires_grad=True)"]

MISTAKES = [
    ("optimizer = optim.SGD(model.parameters, lr=0.1)", "TypeError: 'method' object is not iterable",
     "err.method_not_iterable"),
    ("for p in model.parameters: print(p)", "TypeError: 'method' object is not iterable",
     "err.method_not_iterable"),
    ("x.grad()", "TypeError: 'NoneType' object is not callable", "err.attribute_called"),
    ("x.shape()", "TypeError: 'torch.Size' object is not callable", "err.shape_called"),
    ("x.requires_grad()", "TypeError: 'bool' object is not callable", "err.flag_called"),
    ("(x * 2).item()", "RuntimeError: a Tensor with 2 elements cannot be converted to Scalar", "err.item_many"),
    ("float(x.detach())", "ValueError: only one element tensors can be converted to Python scalars",
     "err.item_many"),
    ("if x > 0: print('positive')", "RuntimeError: Boolean value of Tensor with more than one value is ambiguous",
     "err.bool_ambiguous"),
    ("torch.autograd.grad((x * 2).sum(), [torch.ones(2)])",
     "RuntimeError: One of the differentiated Tensors does not require grad", "err.grad_input_no_grad"),
    ("params = model.parameters(); names = [p.shape for p in params]; opt = optim.SGD(params, lr=0.1)",
     "ValueError: optimizer got an empty parameter list", "err.empty_parameters"),
    ("torch.ones(2, 3).t().view(6)", "RuntimeError: view size is not compatible with input tensor's size and stride",
     "err.view_not_contiguous"),
    ("nn.CrossEntropyLoss()(torch.zeros(3, 4), torch.tensor([1., 2., 0.]))",
     "RuntimeError: expected target dtype to be Long", "err.target_dtype"),
]


def _run(lines: list[str], lang: str) -> str:
    shell, out = make_shell(SETUP + lines, lang=lang, width=200)
    shell.prepare_namespace(sandbox_namespace)
    shell.loop(SandboxController(shell, banner=False))
    return out.getvalue()


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("code, error, key", MISTAKES, ids=[key for _, _, key in MISTAKES])
def test_the_mistake_is_explained_under_pytorchs_message(code, error, key, lang) -> None:
    out = _run([code], lang)
    heading = i18n.t("err.heading", lang)
    explanation = " ".join(i18n.t(key, lang).split())
    assert error in out                      # PyTorch's own message, as it prints it
    assert heading in out and out.index(error) < out.index(heading)
    assert explanation in " ".join(out.replace("│", " ").split())


def test_the_explanations_differ_per_language_and_other_types_are_left_alone() -> None:
    for _, _, key in MISTAKES:
        assert i18n.t(key, "tr") != i18n.t(key, "en")
    assert i18n.error_key("TypeError", "'int' object is not callable") is None
    assert i18n.error_key("TypeError", "'Linear' object is not iterable") is None


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("typed, error", [
    ("pip install torch", "SyntaxError: invalid syntax"),
    ("autograd-tui lesson 3", "SyntaxError: invalid syntax"),
    ("cd ..", "SyntaxError: invalid syntax"),
    ("python train.py", "SyntaxError: invalid syntax"),
    ("ls", "NameError: name 'ls' is not defined"),
    ("clear", "NameError: name 'clear' is not defined")])
def test_a_terminal_command_typed_at_the_prompt_is_named_as_one(typed, error, lang) -> None:
    # Python's "invalid syntax" did not say that the line belongs in the terminal
    out = _run([typed], lang)
    said = " ".join(i18n.t("err.shell_command", lang, command=typed).split())
    assert error in out and said in " ".join(out.replace("│", " ").split())


@pytest.mark.parametrize("code", ["ls = [1, 2", "git = 3 +", "cd = 1 1", "pip.install(torch"])
def test_python_that_only_starts_like_a_terminal_command_is_not_called_one(code) -> None:
    out = _run([code], "en")
    assert "SyntaxError" in out
    assert "is a command for the terminal" not in " ".join(out.split())


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("code, error, key", [
    ("for i in range(2):\n    a = i\n   b = i\n",
     "IndentationError: unindent does not match any outer indentation level", "err.unindent"),
    ("x = 1\n    y = 2\n", "IndentationError: unexpected indent", "err.unexpected_indent"),
    ("for i in range(2):\n\ta = 1\n        b = 2\n", "TabError: inconsistent use of tabs and spaces in indentation",
     "err.tabs_and_spaces")], ids=["unindent", "unexpected", "tabs"])
def test_an_indentation_mistake_in_a_pasted_block_is_explained(code, error, key, lang) -> None:
    # a block pasted as one input (a loop with one line off by a space): Python's words only
    shell, out = make_shell([], lang=lang, width=200)
    shell.prepare_namespace(sandbox_namespace)
    result = shell.run(code, typed=True)
    text = " ".join(out.getvalue().replace("│", " ").split())
    assert result is not None and error in out.getvalue()
    assert " ".join(i18n.t(key, lang).split()) in text
