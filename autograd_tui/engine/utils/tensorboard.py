"""``torch.utils.tensorboard``. PyTorch's module imports the ``tensorboard`` package first, so on a
machine without it ``from torch.utils.tensorboard import SummaryWriter`` fails with ``No module
named 'tensorboard'``: the same error here. Where the package is installed, the engine still has
no ``SummaryWriter``, and the import says so in PyTorch's naming."""
from __future__ import annotations as _annotations

import importlib as _importlib

from autograd_tui.engine import missing as _missing

# why: PyTorch's first line; without the package its error is what the learner meets
_importlib.import_module("tensorboard")


# PyTorch's module has these (torch 2.13 with tensorboard installed); the engine has none
__getattr__ = _missing.module_getattr("torch.utils.tensorboard", ("SummaryWriter", "FileWriter", "summary", "writer"))
