"""autograd-tui: learn PyTorch's autograd in a terminal, on an embedded numpy engine."""
import warnings
from typing import Any

__version__ = "0.1.0"

# The embedded engine's numpy arithmetic never warns, as PyTorch's does not (1/0 is inf, quietly).
# The filter is set here, when the process starts, and not only when the engine is imported: the
# first `import torch` often runs inside a warnings.catch_warnings() block (the evaluator, a
# lesson's replay on resume, the checks), which throws a filter added there away when it ends.
warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"autograd_tui\.engine(\.|$)")


# Lesson code and scripts may call autograd_tui.show_graph(z) and friends (see viz); loaded
# on first use, so importing the package stays free.
_VIZ = ("show_graph", "graph_text", "walk_backward", "walk_text", "plot", "plot_sequence")


def __getattr__(name: str) -> Any:
    if name in _VIZ:
        from autograd_tui import viz  # start-up: `import autograd_tui` must not load the drawings

        return getattr(viz, name)
    raise AttributeError(f"module 'autograd_tui' has no attribute {name!r}")
