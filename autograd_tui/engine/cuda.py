"""``torch.cuda``: the embedded engine has no GPU, and says so the way PyTorch's CPU build does."""
from __future__ import annotations

from autograd_tui.engine import amp as _amp
from autograd_tui.engine import missing as _missing


def is_available() -> bool:
    return False


def device_count() -> int:
    return 0


def manual_seed(seed: int) -> None:
    """Seeding a GPU that is not there is a no-op, as in PyTorch's CPU build."""


manual_seed_all = manual_seed


def synchronize(device=None) -> None:
    raise AssertionError("Torch not compiled with CUDA enabled")


def current_device() -> int:
    raise AssertionError("Torch not compiled with CUDA enabled")


class amp:
    """``torch.cuda.amp``: the deprecated spellings of ``torch.amp.autocast('cuda')`` and its GradScaler,
    which on a machine without CUDA warn and disable themselves."""

    autocast = staticmethod(_amp._deprecated_autocast("cuda"))
    GradScaler = staticmethod(_amp._deprecated_grad_scaler)


__getattr__ = _missing.module_getattr("torch.cuda")
