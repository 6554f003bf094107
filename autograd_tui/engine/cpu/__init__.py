"""``torch.cpu``: the one device the embedded engine has, answering as PyTorch's CPU module does."""
from __future__ import annotations as _annotations

from autograd_tui.engine import missing as _missing


def is_available() -> bool:
    return True


def is_initialized() -> bool:
    return True


def device_count() -> int:
    return 1


def current_device() -> str:
    return "cpu"


def synchronize(device=None) -> None:
    """Nothing runs asynchronously on the CPU: a no-op, whatever the device named."""


def set_device(device) -> None:
    """There is only one CPU device: a no-op, as in PyTorch."""


_missing_attribute = _missing.module_getattr("torch.cpu")


def __getattr__(name: str):
    if name == "amp":  # torch.cpu.amp, loaded on first use
        import importlib
        return importlib.import_module(f"{__name__}.amp")
    return _missing_attribute(name)
