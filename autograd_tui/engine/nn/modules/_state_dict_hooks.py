"""The pieces of ``nn.Module``'s state-dict hooks: the key of a module's extra state, hook
registration, and the wrapper that hands a load pre-hook its module."""
from __future__ import annotations

import functools
import weakref
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Callable, Optional

from autograd_tui.engine.graph import RemovableHandle

if TYPE_CHECKING:
    from autograd_tui.engine.nn.modules.module import Module


_EXTRA_STATE = "_extra_state"  # the state_dict key of get_extra_state()'s value


def _add_hook(table: OrderedDict, hook: Callable) -> RemovableHandle:
    handle = RemovableHandle(table)
    table[handle._key] = hook
    return handle


class _WrappedHook:
    """A load_state_dict pre-hook; given its module (weakly held) as first argument when
    registered through the public method, as in PyTorch."""

    def __init__(self, hook: Callable, module: Optional["Module"] = None) -> None:
        self.hook = hook
        functools.update_wrapper(self, hook)
        self.with_module = module is not None
        if module is not None:
            self.module = weakref.ref(module)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.with_module:
            module = self.module()
            if module is None:
                raise RuntimeError("You are trying to call the hook of a dead Module!")
            return self.hook(module, *args, **kwargs)
        return self.hook(*args, **kwargs)

    def __getstate__(self) -> dict:
        state = {"hook": self.hook, "with_module": self.with_module}
        if self.with_module:
            state["module"] = self.module()
        return state

    def __setstate__(self, state: dict) -> None:
        self.hook = state["hook"]
        self.with_module = state["with_module"]
        if self.with_module:
            if state["module"] is None:
                raise RuntimeError("You are trying to revive the hook of a dead Module!")
            self.module = weakref.ref(state["module"])
