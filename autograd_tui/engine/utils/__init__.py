"""``torch.utils``: the data-loading tools (``torch.utils.data``), loaded on first use."""
from __future__ import annotations

import importlib as _importlib

from autograd_tui.engine import missing as _missing

_SUBMODULES = ("data",)
# Parts of PyTorch's torch.utils that the embedded engine does not have.
_ONLY_IN_PYTORCH = ("checkpoint", "tensorboard", "benchmark", "cpp_extension", "hooks", "dlpack", "model_zoo",
                    "mobile_optimizer", "bottleneck", "flop_counter", "module_tracker")


def __getattr__(name: str):
    if name in _SUBMODULES:
        return _importlib.import_module(f"{__name__}.{name}")
    raise _missing.no_attribute("torch.utils", name, known=_ONLY_IN_PYTORCH)
