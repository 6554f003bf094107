"""``torch.utils``: the data-loading tools (``torch.utils.data``), loaded on first use."""
from __future__ import annotations

import importlib as _importlib

_SUBMODULES = ("data",)
# Parts of PyTorch's torch.utils that the embedded engine does not have.
_ONLY_IN_PYTORCH = ("checkpoint", "tensorboard", "benchmark", "cpp_extension", "hooks", "dlpack", "model_zoo",
                    "mobile_optimizer", "bottleneck", "flop_counter", "module_tracker")


def __getattr__(name: str):
    if name in _SUBMODULES:
        return _importlib.import_module(f"{__name__}.{name}")
    if name in _ONLY_IN_PYTORCH:
        raise AttributeError(f"module 'torch.utils' has no attribute '{name}'\n"
                             f"torch.utils.{name} is not in the embedded engine; real PyTorch has it "
                             "(run with --backend torch).")
    raise AttributeError(f"module 'torch.utils' has no attribute '{name}'")
