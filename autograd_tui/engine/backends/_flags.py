"""The switch PyTorch's backend modules share: a module attribute that refuses anything but a bool."""
from __future__ import annotations

from typing import Any

from autograd_tui.engine.missing import LearnerModule


def checked_bool(setter: str, value: Any) -> bool:
    """``value`` if it is a bool, else the RuntimeError PyTorch's C setter ``setter`` raises."""
    if not isinstance(value, bool):
        raise RuntimeError(f"{setter} expects a bool, but got {type(value).__name__}")
    return value


class FlagModule(LearnerModule):
    """A backend module whose switches (class-level ``_FLAGS``: name -> PyTorch's setter name)
    accept only bools, as PyTorch's ``PropModule`` does."""

    _FLAGS: dict[str, str] = {}

    def __setattr__(self, name: str, value: Any) -> None:
        setter = type(self)._FLAGS.get(name)
        super().__setattr__(name, value if setter is None else checked_bool(setter, value))
