"""``torch.random``: the seeding functions, which ``torch`` also exposes, and ``fork_rng``."""
from __future__ import annotations as _annotations

import contextlib
from typing import Any as _Any, Iterator as _Iterator

from autograd_tui.engine import missing as _missing
from autograd_tui.engine.functions.creation import get_rng_state, initial_seed, manual_seed, seed, set_rng_state
from autograd_tui.engine.parity.generator import default_generator

__all__ = ["manual_seed", "seed", "initial_seed", "get_rng_state", "set_rng_state", "fork_rng", "default_generator"]


@contextlib.contextmanager
def fork_rng(devices: _Any = None, enabled: bool = True, _caller: str = "fork_rng",
             _devices_kw: str = "devices", device_type: str = "cuda") -> _Iterator[None]:
    """Runs the block with the CPU generator's state saved before and restored after."""
    if not enabled:
        yield
        return
    state = get_rng_state()
    try:
        yield
    finally:
        set_rng_state(state)


__getattr__ = _missing.module_getattr("torch.random")
