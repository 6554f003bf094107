"""``torch.backends.cudnn``: NVIDIA's convolution library, never available here. Its switches
keep PyTorch's values and checks (only bools), and change nothing on the CPU."""
from __future__ import annotations

import contextlib as _contextlib
import sys as _sys
from typing import Any as _Any, Iterator as _Iterator, Optional as _Optional

from autograd_tui.engine import missing as _missing
from autograd_tui.engine.backends._flags import FlagModule as _FlagModule

enabled = True
benchmark = False
deterministic = False
allow_tf32 = True
benchmark_limit = None


def version() -> _Optional[int]:
    return None  # PyTorch's CPU build has no cuDNN


def is_available() -> bool:
    return False


def is_acceptable(tensor: _Any) -> bool:
    return False


@_contextlib.contextmanager
def flags(enabled: bool = False, benchmark: bool = False, benchmark_limit: int = 10, deterministic: bool = False,
          allow_tf32: bool = True) -> _Iterator[None]:
    """The switches set for the block, then put back."""
    module: _Any = _sys.modules[__name__]
    saved = (module.enabled, module.benchmark, module.deterministic, module.allow_tf32)
    module.enabled, module.benchmark, module.deterministic, module.allow_tf32 = (enabled, benchmark, deterministic,
                                                                               allow_tf32)
    try:
        yield
    finally:
        module.enabled, module.benchmark, module.deterministic, module.allow_tf32 = saved


class CudnnModule(_FlagModule):
    _FLAGS = {"enabled": "set_enabled_cudnn", "benchmark": "set_benchmark_cudnn",
              "deterministic": "set_deterministic_cudnn", "allow_tf32": "set_allow_tf32_cublas"}


CudnnModule.__module__ = __name__
_sys.modules[__name__].__class__ = CudnnModule
__getattr__ = _missing.module_getattr("torch.backends.cudnn")
