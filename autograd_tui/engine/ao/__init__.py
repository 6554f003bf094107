"""``torch.ao``: of PyTorch's architecture-optimization namespace, the engine has
``torch.ao.quantization``'s dynamic quantization of ``nn.Linear`` (loaded on first use, as PyTorch
loads its submodules)."""
from __future__ import annotations as _annotations

import importlib as _importlib

from autograd_tui.engine import missing as _missing

_missing.hide_submodules(__name__, "torch.ao", ("quantization",))
# PyTorch 2.13's torch.ao submodules the engine lacks
_missing_attribute = _missing.module_getattr("torch.ao", ("nn", "ns", "pruning"))


def __getattr__(name: str):
    if name == "quantization":  # loaded on first use, as PyTorch's lazy torch.ao
        return _importlib.import_module(f"{__name__}.quantization")
    return _missing_attribute(name)
