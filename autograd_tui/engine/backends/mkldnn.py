"""``torch.backends.mkldnn``: oneDNN, which PyTorch's CPU wheel is built with (the engine follows
its kernels' orders where they show: parity/); the switches change nothing here."""
from __future__ import annotations

import sys as _sys

from autograd_tui.engine import missing as _missing
from autograd_tui.engine.backends._flags import FlagModule as _FlagModule

enabled = True
deterministic = False


def is_available() -> bool:
    return True


class MkldnnModule(_FlagModule):
    _FLAGS = {"enabled": "set_enabled_mkldnn", "deterministic": "set_deterministic_mkldnn"}


MkldnnModule.__module__ = __name__
_sys.modules[__name__].__class__ = MkldnnModule
__getattr__ = _missing.module_getattr("torch.backends.mkldnn", ("flags", "is_acceptable", "set_flags", "verbose"))
