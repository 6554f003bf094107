"""``torch.functional``: the module where PyTorch keeps some of its Python-level functions.

Its names are the very objects ``torch.*`` exposes (``torch.functional.norm is torch.norm``).
"""
from __future__ import annotations as _annotations

import sys as _sys

from autograd_tui.engine import missing as _missing

_SHARED = ("broadcast_shapes", "einsum", "norm", "split", "unique")


def __getattr__(name: str) -> object:
    if name in _SHARED:
        torch = _sys.modules[__name__.rpartition(".")[0]]  # the engine package, loaded before this module
        return getattr(torch, name)
    raise _missing.no_attribute("torch.functional", name)
