"""``torch._tensor_str``: where PyTorch keeps its print options. Learners read ``PRINT_OPTS`` (torch
has no ``get_printoptions``) or call ``printoptions`` as a ``with`` block; both are the engine's own
options (``parity/printing.py``), so a change made here shows in every tensor printed."""
from autograd_tui.engine import missing as _missing
from autograd_tui.engine.parity.printing import (  # noqa: F401 - torch._tensor_str's names
    PRINT_OPTS, get_printoptions, printoptions, set_printoptions,
)

__getattr__ = _missing.module_getattr("torch._tensor_str")
