"""``torch.backends.mkl``: PyTorch's CPU wheel is built with Intel MKL (whose product orders the
engine follows: parity/matmul.py)."""
from __future__ import annotations

from autograd_tui.engine import missing as _missing


def is_available() -> bool:
    return True


__getattr__ = _missing.module_getattr("torch.backends.mkl", ("verbose",))
