"""``torch.cuda``: the embedded engine has no GPU, and says so the way PyTorch's CPU build does.

Notebooks call these in their set-up and training loops (``torch.cuda.empty_cache()``,
``memory_allocated()``): the CPU build answers some quietly (no memory in use, nothing to free) and
refuses the rest, each as PyTorch 2.13's CPU wheel does, odd errors included.
"""
from __future__ import annotations as _annotations

import collections as _collections
import warnings as _warnings
from typing import Any as _Any

from autograd_tui.engine import missing as _missing
from autograd_tui.engine._tensor import _user_stacklevel

_NOT_COMPILED = "Torch not compiled with CUDA enabled"


def is_available() -> bool:
    return False


def device_count() -> int:
    return 0


def manual_seed(seed: int) -> None:
    """Seeding a GPU that is not there is a no-op, as in PyTorch's CPU build."""


manual_seed_all = manual_seed


def _refusing(name: str):
    def call(*args: _Any, **kwargs: _Any) -> _Any:
        raise AssertionError(_NOT_COMPILED)
    call.__name__ = call.__qualname__ = name
    return call


def _nothing_in_use(name: str):
    def count(device: _Any = None) -> int:
        return 0
    count.__name__ = count.__qualname__ = name
    return count


# what needs a GPU to answer; and the caching allocator's counters: nothing allocated, nothing kept
for _name in ("synchronize", "current_device", "get_device_name", "get_device_capability", "get_device_properties",
              "mem_get_info", "init", "ipc_collect", "get_rng_state", "initial_seed", "set_per_process_memory_fraction",
              "can_device_access_peer", "default_stream", "current_stream"):
    globals()[_name] = _refusing(_name)
for _name in ("memory_allocated", "max_memory_allocated", "memory_reserved", "max_memory_reserved"):
    globals()[_name] = _nothing_in_use(_name)


def memory_cached(device: _Any = None) -> int:
    _warnings.warn("`torch.cuda.memory_cached` has been renamed to `torch.cuda.memory_reserved`", FutureWarning,
                   stacklevel=_user_stacklevel())
    return 0


def max_memory_cached(device: _Any = None) -> int:
    _warnings.warn("`torch.cuda.max_memory_cached` has been renamed to `torch.cuda.max_memory_reserved`",
                   FutureWarning, stacklevel=_user_stacklevel())
    return 0


def empty_cache() -> None:
    """Nothing cached, nothing to free."""


def memory_stats(device: _Any = None) -> dict:
    return _collections.OrderedDict()


def memory_summary(device: _Any = None, abbreviated: bool = False) -> str:
    raise KeyError("allocated_bytes.all.current")  # PyTorch's summary reads the stats the CPU build lacks


def _no_binding(name: str, binding: str):
    """Functions that reach for a binding the CPU build's ``torch._C`` lacks: its AttributeError."""
    def call(*args: _Any, **kwargs: _Any) -> _Any:
        raise AttributeError(f"module 'torch._C' has no attribute '{binding}'")
    call.__name__ = call.__qualname__ = name
    return call


reset_peak_memory_stats = _no_binding("reset_peak_memory_stats", "_cuda_resetPeakMemoryStats")
set_device = _no_binding("set_device", "_cuda_setDevice")
get_allocator_backend = _no_binding("get_allocator_backend", "_cuda_getAllocatorBackend")


def reset_max_memory_allocated(device: _Any = None) -> None:
    _warnings.warn("torch.cuda.reset_max_memory_allocated now calls torch.cuda.reset_peak_memory_stats, which "
                   "resets /all/ peak memory stats.", FutureWarning, stacklevel=_user_stacklevel())
    reset_peak_memory_stats(device)


def is_bf16_supported(including_emulation: bool = True) -> bool:
    return False


def is_tf32_supported() -> bool:
    return False


def is_initialized() -> bool:
    return False


def set_rng_state(new_state: _Any, device: _Any = "cuda") -> None:
    """Queued for a GPU that never comes: no effect, as in the CPU build."""


def seed() -> None:
    """No GPU generator to seed."""


seed_all = seed


def get_rng_state_all() -> list:
    return []


def get_arch_list() -> list:
    return []


def get_gencode_flags() -> str:
    return ""


_missing_attribute = _missing.module_getattr("torch.cuda")


def __getattr__(name: str):
    if name == "amp":  # torch.cuda.amp, loaded on first use
        import importlib
        return importlib.import_module(f"{__name__}.amp")
    return _missing_attribute(name)
