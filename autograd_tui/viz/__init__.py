"""Graphs, backward walks and plots for lesson code and scripts (the REPL has ``:graph``,
``:backward`` and ``:plot``)::

    >>> from autograd_tui import viz
    >>> viz.show_graph(z)              # the computation graph behind z
    >>> viz.walk_backward(z)           # the backward pass, node by node (.grad is left alone)
    >>> viz.plot(torch.sin, -3, 3)     # sin and the derivative autograd computes: cos
    >>> viz.plot(losses)               # a sequence, such as a loss history
    >>> viz.why("w.grad")              # why w.grad is None, zero, NaN or large (also viz.why(w))

They work on the embedded engine and on real PyTorch tensors alike, print plain text (a chart
only on a real terminal), and find the variable names (``x``, ``y``) in the caller's namespace.
Without ``lang=`` they speak the language of whoever runs the code (the tutor, a lesson run:
:func:`autograd_tui.i18n.ambient_language`), so a Turkish lesson draws in Turkish.
Nothing here imports torch, rich or plotext until it is called.
"""
from __future__ import annotations

from typing import Any

__all__ = ["graph_text", "show_graph", "walk_text", "walk_backward", "plot", "plot_sequence",
           "why", "why_text"]


def __getattr__(name: str) -> Any:
    """The drawing functions live in :mod:`autograd_tui.viz.api`, loaded on first use."""
    if name in __all__ or name in ("torch_from", "function_of"):
        from autograd_tui.viz import api  # start-up: the REPL's first prompt never waits for the drawings
        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
