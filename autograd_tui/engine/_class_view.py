"""The class of ``torch.Tensor``: what a name looked up on the class itself shows.

PyTorch defines most tensor methods in C, so ``torch.Tensor.size`` prints as
``<method 'size' of 'torch._C.TensorBase' objects>``; the engine's are Python functions. Only
lookups on the class pass through here (a learner printing a method, ``super()``, Python's
operator dispatch between Tensor and a subclass): a tensor's own attribute lookups never do.
"""
from __future__ import annotations

import types
from typing import Any, Callable

from autograd_tui.engine.missing import without_engine_fields

# methods.class_view, once the methods are installed: what a name looked up on the class shows
CLASS_VIEW: list[Callable[[type, str, Any], Any] | None] = [None]
_VIEWED = (types.FunctionType, property, types.MemberDescriptorType)


class _TensorMeta(type):
    """``torch.Tensor.size`` shows PyTorch's ``<method 'size' of 'torch._C.TensorBase'
    objects>``, ``torch.Tensor.shape`` its ``<attribute …>``. Only lookups on the class pass
    here: a tensor's own attribute lookups (every op) never do."""

    def __getattribute__(cls, name: str) -> Any:
        value = type.__getattribute__(cls, name)
        if name[:3] == "__r":  # Python's operators ask for __rmul__ & co. on every `tensor * parameter`
            return value
        view = CLASS_VIEW[0]
        if view is not None and type(value) in _VIEWED:
            return view(cls, name, value)
        return value

    def __dir__(cls) -> list[str]:
        return without_engine_fields(type.__dir__(cls), cls)


_TensorMeta.__module__, _TensorMeta.__qualname__ = "torch._C", "_TensorMeta"
_TensorMeta.__name__ = "_TensorMeta"
