"""autograd-tui: learn PyTorch's autograd in a terminal, on an embedded numpy engine."""
from typing import Any

__version__ = "0.1.0"


# Lesson code and scripts may call autograd_tui.show_graph(z) and friends (see viz); loaded
# on first use, so importing the package stays free.
_VIZ = ("show_graph", "graph_text", "walk_backward", "walk_text", "plot", "plot_sequence")


def __getattr__(name: str) -> Any:
    if name in _VIZ:
        from autograd_tui import viz  # start-up: `import autograd_tui` must not load the drawings

        return getattr(viz, name)
    raise AttributeError(f"module 'autograd_tui' has no attribute {name!r}")
