"""``torch.cuda.amp``: PyTorch's deprecated spellings of ``torch.amp.autocast('cuda')`` and
``torch.amp.GradScaler('cuda')``; with no GPU both warn and turn themselves off."""
from __future__ import annotations

import warnings
from typing import Any

from autograd_tui.engine import amp as _amp
from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import AT_LIBRARY, _user_stacklevel

__all__ = ["autocast", "GradScaler"]


class autocast(_amp.autocast):  # noqa: N801 - PyTorch's name
    def __init__(self, enabled: bool = True, dtype: Any = dtypes.float16, cache_enabled: bool = True) -> None:
        warnings.warn("`torch.cuda.amp.autocast(args...)` is deprecated. Please use `torch.amp.autocast('cuda', "
                      "args...)` instead.", FutureWarning, stacklevel=_user_stacklevel())
        # the next warning comes from PyTorch's own file, so it has no place in the learner's code
        super().__init__("cuda", dtype=dtype, enabled=enabled, cache_enabled=cache_enabled, _stacklevel=AT_LIBRARY)


class GradScaler(_amp.GradScaler):
    def __init__(self, init_scale: float = 2.0 ** 16, growth_factor: float = 2.0, backoff_factor: float = 0.5,
                 growth_interval: int = 2000, enabled: bool = True) -> None:
        warnings.warn("`torch.cuda.amp.GradScaler(args...)` is deprecated. Please use `torch.amp.GradScaler('cuda', "
                      "args...)` instead.", FutureWarning, stacklevel=_user_stacklevel())
        super().__init__("cuda", init_scale, growth_factor, backoff_factor, growth_interval, enabled,
                         _stacklevel=AT_LIBRARY)


autocast.__module__ = GradScaler.__module__ = "torch.cuda.amp"
