"""``torch.cuda``: the embedded engine has no GPU, and says so the way PyTorch's CPU build does."""
from __future__ import annotations as _annotations

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


_missing_attribute = _missing.module_getattr("torch.cuda")


def __getattr__(name: str):
    if name == "amp":  # torch.cuda.amp, loaded on first use
        import importlib
        return importlib.import_module(f"{__name__}.amp")
    return _missing_attribute(name)
