"""``torch.cpu.amp``: PyTorch's deprecated spellings of ``torch.amp.autocast('cpu')`` and
``torch.amp.GradScaler('cpu')``; they warn, then work as those do."""
from __future__ import annotations

import warnings
from typing import Any

from autograd_tui.engine import amp as _amp
from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import _user_stacklevel

__all__ = ["autocast", "GradScaler"]


class autocast(_amp.autocast):  # noqa: N801 - PyTorch's name
    def __init__(self, enabled: bool = True, dtype: Any = dtypes.bfloat16, cache_enabled: bool = True) -> None:
        warnings.warn("`torch.cpu.amp.autocast(args...)` is deprecated. Please use `torch.amp.autocast('cpu', "
                      "args...)` instead.", FutureWarning, stacklevel=_user_stacklevel())
        super().__init__("cpu", dtype=dtype, enabled=enabled, cache_enabled=cache_enabled)


class GradScaler(_amp.GradScaler):
    def __init__(self, init_scale: float = 2.0 ** 16, growth_factor: float = 2.0, backoff_factor: float = 0.5,
                 growth_interval: int = 2000, enabled: bool = True) -> None:
        warnings.warn("`torch.cpu.amp.GradScaler(args...)` is deprecated. Please use `torch.amp.GradScaler('cpu', "
                      "args...)` instead.", FutureWarning, stacklevel=_user_stacklevel())
        super().__init__("cpu", init_scale, growth_factor, backoff_factor, growth_interval, enabled)


autocast.__module__ = "torch.cpu.amp.autocast_mode"
GradScaler.__module__ = "torch.cpu.amp.grad_scaler"
