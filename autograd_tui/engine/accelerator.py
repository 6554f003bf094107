"""``torch.accelerator``: the device-agnostic accelerator API; the embedded engine has none."""
from __future__ import annotations as _annotations

from typing import Any

from autograd_tui.engine import missing as _missing


def is_available() -> bool:
    return False


def device_count() -> int:
    return 0


def current_accelerator(check_available: bool = False) -> Any:
    return None


__getattr__ = _missing.module_getattr("torch.accelerator")
