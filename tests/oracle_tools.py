"""Shared by the tests that replay cases recorded from PyTorch by a tool in ``tools/``: load the
tool's case formulas without PyTorch, and restore the engine's BLAS thread count afterwards."""
from __future__ import annotations

import importlib.util
import pathlib
import sys
import types
from typing import Iterator

import pytest

from autograd_tui.engine.parity import blas

ROOT = pathlib.Path(__file__).resolve().parent.parent


def load_tool(name: str) -> types.ModuleType:
    """tools/<name>.py without PyTorch: its ``import torch`` is answered by a stand-in (the case
    formulas and runners use only the library they are given)."""
    path = ROOT / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    saved = sys.modules.get("torch")
    sys.modules["torch"] = types.ModuleType("torch")
    try:
        spec.loader.exec_module(module)  # type: ignore[union-attr]
    finally:
        if saved is None:
            del sys.modules["torch"]
        else:
            sys.modules["torch"] = saved
    return module


@pytest.fixture
def threads() -> Iterator[None]:
    """Lets a test set the engine's BLAS thread count (a recorded case's), then restores it."""
    before = blas.get_threads()
    yield
    blas.set_threads(before)
