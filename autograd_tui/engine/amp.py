"""``torch.amp``: automatic mixed precision, as far as a machine without a GPU has it.

Code written for a GPU runs as PyTorch runs it on a CPU-only machine: ``autocast("cuda")`` warns
and turns itself off, and a CUDA ``GradScaler`` warns and turns itself off too (``scale`` returns
the loss as is, ``step`` just steps, ``update`` does nothing). What the engine lacks raises: autocast
on the CPU (bfloat16 matrix products and convolutions) and a scaler enabled on the CPU.
"""
from __future__ import annotations

import functools
import warnings
from typing import Any, Callable, Optional

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import _user_stacklevel

__all__ = ["autocast", "GradScaler", "is_autocast_available"]

_ONLY_IN_TORCH = "is not available in the embedded engine; `--backend torch` runs it"
_DEFAULT_DTYPES = {"cpu": dtypes.bfloat16, "cuda": dtypes.float16}


def is_autocast_available(device_type: str) -> bool:
    return device_type in ("cpu", "cuda")


class autocast:  # noqa: N801 - PyTorch's name
    def __init__(self, device_type: str, dtype: Any = None, enabled: bool = True, cache_enabled: Optional[bool] = None,
                 *, _stacklevel: Optional[int] = None) -> None:
        if not isinstance(device_type, str):
            raise ValueError(f"Expected `device_type` of type `str`, got: `{type(device_type)}`")
        self.device = device_type
        self.fast_dtype = dtype if dtype is not None else _DEFAULT_DTYPES.get(device_type, dtypes.float16)
        if enabled and device_type == "cuda":
            warnings.warn("CUDA is not available or torch_xla is imported. Disabling autocast.", UserWarning,
                          stacklevel=_stacklevel or _user_stacklevel())
            enabled = False
        if enabled and device_type == "cpu":
            raise NotImplementedError(f"torch.autocast on the CPU {_ONLY_IN_TORCH}")
        self._enabled = enabled

    def __enter__(self) -> "autocast":
        return self

    def __exit__(self, *exc: Any) -> None:
        return None

    def __call__(self, func: Callable) -> Callable:
        @functools.wraps(func)
        def decorated(*args: Any, **kwargs: Any) -> Any:
            with self:
                return func(*args, **kwargs)
        return decorated


class GradScaler:
    # set only by an enabled scaler, which the engine never has
    _growth_factor: float
    _backoff_factor: float
    _growth_interval: int

    def __init__(self, device: str = "cuda", init_scale: float = 2.0 ** 16, growth_factor: float = 2.0,
                 backoff_factor: float = 0.5, growth_interval: int = 2000, enabled: bool = True,
                 *, _stacklevel: Optional[int] = None) -> None:
        self._device = device
        self._enabled = enabled
        if device == "cuda" and enabled:
            warnings.warn("torch.cuda.amp.GradScaler is enabled, but CUDA is not available.  Disabling.", UserWarning,
                          stacklevel=_stacklevel or _user_stacklevel())
            self._enabled = False
        if self._enabled:
            raise NotImplementedError(f"GradScaler on the {device} {_ONLY_IN_TORCH}")
        # a disabled scaler keeps none of its settings, as PyTorch's: asking for them raises AttributeError

    def is_enabled(self) -> bool:
        return self._enabled

    def scale(self, outputs: Any) -> Any:
        return outputs

    def unscale_(self, optimizer: Any) -> None:
        return None

    def step(self, optimizer: Any, *args: Any, **kwargs: Any) -> Any:
        return optimizer.step(*args, **kwargs)

    def update(self, new_scale: Any = None) -> None:
        return None

    def get_scale(self) -> float:
        return 1.0

    def get_growth_factor(self) -> float:
        return self._growth_factor

    def get_backoff_factor(self) -> float:
        return self._backoff_factor

    def get_growth_interval(self) -> int:
        return self._growth_interval

    def state_dict(self) -> dict:
        return {}

    def load_state_dict(self, state_dict: dict) -> None:
        return None


autocast.__module__ = GradScaler.__module__ = "torch.amp"
