"""``torch.utils``: the data-loading tools (``torch.utils.data``) and activation checkpointing
(``torch.utils.checkpoint``), loaded on first use; ``torch.utils.tensorboard`` only says what
PyTorch's says without the tensorboard package (and that the engine has no ``SummaryWriter``)."""
from __future__ import annotations as _annotations

import importlib as _importlib

from autograd_tui.engine import missing as _missing

_SUBMODULES = ("data", "checkpoint")


def __getattr__(name: str):
    if name in _SUBMODULES:
        return _importlib.import_module(f"{__name__}.{name}")
    raise _missing.no_attribute("torch.utils", name)


# why: `import torch.utils.tensorboard` loads it (and meets PyTorch's need of the tensorboard
# package); PyTorch's `torch.utils` does not load it on attribute access
_missing.hide_submodules(__name__, "torch.utils", (*_SUBMODULES, "tensorboard"))
