"""``nn.DataParallel`` without accelerators: PyTorch finds no device type, keeps the module, leaves
``device_ids`` empty and calls the module directly, so a tutorial's ``model = nn.DataParallel(model)``
runs (its state_dict keys gain the ``module.`` prefix, as on a CPU-only PyTorch)."""
from __future__ import annotations

from typing import Any, Optional, Sequence

from autograd_tui.engine.nn.modules.module import Module

__all__ = ["DataParallel", "data_parallel"]


class DataParallel(Module):
    def __init__(self, module: Module, device_ids: Optional[Sequence[Any]] = None, output_device: Any = None,
                 dim: int = 0) -> None:
        super().__init__()
        # PyTorch returns here when no accelerator is found: device_ids, output_device and dim are
        # then never stored.
        self.module = module
        self.device_ids: list = []

    def forward(self, *inputs: Any, **kwargs: Any) -> Any:
        return self.module(*inputs, **kwargs)


def data_parallel(module: Module, inputs: Any, device_ids: Optional[Sequence[Any]] = None, output_device: Any = None,
                  dim: int = 0, module_kwargs: Any = None) -> Any:
    raise RuntimeError("device type could not be determined")
