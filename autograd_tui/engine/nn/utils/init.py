"""``torch.nn.utils.skip_init``: a module whose parameters are left uninitialised.

It is built on the meta device and then given empty storage, so its initialisation draws nothing
from the random generator: the numbers drawn after it are the ones PyTorch draws.
"""
from __future__ import annotations

import inspect
from typing import Any

from autograd_tui.engine.nn.modules.module import Module

__all__ = ["skip_init"]


def skip_init(module_cls: Any, *args: Any, **kwargs: Any) -> Module:
    if not issubclass(module_cls, Module):
        raise RuntimeError(f"Expected a Module; got {module_cls}")
    if "device" not in inspect.signature(module_cls).parameters:
        raise RuntimeError("Module must support a 'device' arg to skip initialization")
    final_device = kwargs.pop("device", "cpu")
    kwargs["device"] = "meta"
    return module_cls(*args, **kwargs).to_empty(device=final_device)


skip_init.__module__ = "torch.nn.utils.init"
