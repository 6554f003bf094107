"""What help() shows of the engine's most used function: PyTorch's name, and a doc to read."""
from __future__ import annotations

import pydoc

import autograd_tui.engine as torch


def test_help_of_torch_tensor_names_torch_and_says_what_it_does() -> None:
    assert torch.tensor.__module__ == "torch"   # not the engine's internal module
    text = pydoc.render_doc(torch.tensor, renderer=pydoc.TextDoc())
    assert "autograd_tui.engine.functions" not in text
    doc = torch.tensor.__doc__ or ""
    assert "copy of ``data``" in doc and "requires_grad=True" in doc and "torch.tensor(t)" in doc
    # the doc's example prints what it shows (indented as the docstring is)
    shown = repr(torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)).replace("\n", "\n" + " " * 8)
    assert shown in doc
