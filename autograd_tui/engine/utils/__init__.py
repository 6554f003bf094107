"""``torch.utils``: the data-loading tools (``torch.utils.data``), loaded on first use."""
from __future__ import annotations

import importlib as _importlib

_SUBMODULES = ("data",)


def __getattr__(name: str):
    if name in _SUBMODULES:
        return _importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'torch.utils' has no attribute '{name}'")
