"""Global switches learners' scripts set for speed or reproducibility on GPUs.

On the CPU engine they change no result (its float32 products are always full precision and
every op is deterministic), but they keep PyTorch's values, checks and warnings, so a script
that sets and reads them behaves as under PyTorch.
"""
from __future__ import annotations

import os
import warnings
from typing import Any

from autograd_tui.engine import _tensor
from autograd_tui.engine._tensor import AT_LIBRARY, Tensor

__all__ = ["get_float32_matmul_precision", "set_float32_matmul_precision", "use_deterministic_algorithms",
           "are_deterministic_algorithms_enabled", "is_deterministic_algorithms_warn_only_enabled", "is_complex",
           "is_nonzero", "is_same_size", "is_signed", "set_warn_always", "is_warn_always_enabled",
           "get_num_interop_threads", "set_num_interop_threads"]

_state: dict[str, Any] = {"precision": "highest", "deterministic": False, "warn_only": False, "interop": 0}


def get_float32_matmul_precision() -> str:
    return _state["precision"]


def set_float32_matmul_precision(precision: str) -> None:
    if precision not in ("highest", "high", "medium"):
        warnings.warn(f"{precision} is not one of 'highest', 'high', or 'medium'; the currentsetFloat32MatmulPrecision "
                      "call has no effect. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/Context.cpp:"
                      "458.)", UserWarning, stacklevel=AT_LIBRARY)
        return
    _state["precision"] = precision


def use_deterministic_algorithms(mode: bool, *, warn_only: bool = False) -> None:
    if not isinstance(mode, bool):
        raise TypeError(f"_set_deterministic_algorithms(): argument 'mode' (position 1) must be bool, not "
                        f"{type(mode).__name__}")
    _state["deterministic"], _state["warn_only"] = mode, warn_only


def are_deterministic_algorithms_enabled() -> bool:
    return _state["deterministic"]


def is_deterministic_algorithms_warn_only_enabled() -> bool:
    return _state["warn_only"]


def set_warn_always(b: bool) -> None:
    _tensor.WARN_ALWAYS[0] = bool(b)


def is_warn_always_enabled() -> bool:
    return _tensor.WARN_ALWAYS[0]


def get_num_interop_threads() -> int:
    # the pool PyTorch would start for inter-op parallelism: one thread per core, as its default
    return _state["interop"] or os.cpu_count() or 1


def set_num_interop_threads(num: int) -> None:
    if num.__class__ is not int:
        raise RuntimeError(f"set_num_interop_threads expects an int, but got {type(num).__name__}")
    if num <= 0:
        raise RuntimeError("set_num_interop_threads expects a positive integer")
    if _state["interop"]:
        raise RuntimeError("Error: cannot set number of interop threads after parallel work has started or "
                           "set_num_interop_threads called")
    _state["interop"] = num


def is_complex(input: Tensor) -> bool:
    return input.is_complex()


def is_nonzero(input: Tensor) -> bool:
    return input.is_nonzero()


def is_same_size(input: Tensor, other: Tensor) -> bool:
    return input.is_same_size(other)


def is_signed(input: Tensor) -> bool:
    return input.is_signed()
