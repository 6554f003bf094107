"""Chooses what ``import torch`` means for learner code: the embedded engine or real PyTorch."""
from __future__ import annotations

import importlib.util

from autograd_tui import torch_alias
from autograd_tui.settings import BACKENDS  # noqa: F401 - re-exported for callers of backend


class BackendUnavailable(RuntimeError):
    """Real PyTorch was asked for but is not installed."""


def activate(backend: str) -> None:
    """Make ``import torch`` resolve to the chosen backend in this process."""
    if backend == "embedded":
        torch_alias.install()
        return
    if backend != "torch":
        raise ValueError(f"unknown backend {backend!r}")
    torch_alias.uninstall()
    if importlib.util.find_spec("torch") is None:
        raise BackendUnavailable(
            "--backend torch needs PyTorch, which is not installed in this Python "
            "(pip install torch), or use the default embedded engine"
        )
