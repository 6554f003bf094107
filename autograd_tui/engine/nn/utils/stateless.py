"""``torch.nn.utils.stateless``: the home of ``functional_call`` before ``torch.func``, deprecated
since PyTorch 2.0; calling it warns as PyTorch's does and runs ``torch.func.functional_call``."""
from __future__ import annotations

import warnings
from typing import Any

from autograd_tui.engine import func as _func
from autograd_tui.engine.nn.modules.module import Module

__all__ = ["functional_call"]

_DEPRECATED = ("`torch.nn.utils.stateless.functional_call` is deprecated as of PyTorch 2.0 and will be removed in "
               "a future version of PyTorch. Please use `torch.func.functional_call` instead which is a drop-in "
               "replacement.")


def functional_call(module: Module, parameters_and_buffers: dict, args: Any = None, kwargs: dict | None = None, *,
                    tie_weights: bool = True, strict: bool = False) -> Any:
    warnings.warn(_DEPRECATED, FutureWarning, stacklevel=2)
    return _func.functional_call(module, parameters_and_buffers, args, kwargs, tie_weights=tie_weights,
                                 strict=strict)


functional_call.__module__ = "torch.nn.utils.stateless"
