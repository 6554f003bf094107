"""``torch.Size``: the tuple of a tensor's sizes, with PyTorch's repr and arithmetic."""
from __future__ import annotations

import operator
from typing import Any

import numpy as np

from autograd_tui.engine._c_types import CType, c_named


class Size(tuple, metaclass=CType):
    """``torch.Size``: a tuple that prints as ``torch.Size([2, 3])``."""

    def __new__(cls, *args: Any, **kwargs: Any) -> Size:
        made = tuple.__new__(cls, *args, **kwargs)  # (tuple's own errors for anything but one iterable)
        for item in made:
            if item.__class__ is not int:
                return tuple.__new__(cls, [_size_item(item, k) for k, item in enumerate(made)])
        return made

    def __repr__(self) -> str:
        return f"torch.Size([{', '.join(str(d) for d in self)}])"

    __str__ = __repr__

    def __getitem__(self, key):
        item = tuple.__getitem__(self, key)
        return tuple.__new__(Size, item) if isinstance(key, slice) else item

    def numel(self) -> int:
        n = 1
        for d in self:
            n *= d
        return n

    def __add__(self, other):
        if not isinstance(other, tuple):
            raise TypeError(f"can only concatenate tuple (not {type(other).__name__}) to torch.Size")
        return Size(tuple(self) + tuple(other))

    def __radd__(self, other):
        # a subclass's reflected method runs before tuple's own: (1,) + size is a Size in PyTorch
        return Size(tuple(other) + tuple(self)) if isinstance(other, tuple) else NotImplemented

    def __mul__(self, times):
        if not hasattr(type(times), "__index__"):
            # the operator's message (tuple.__mul__ called directly words it differently), with
            # the C-level type name, as for any sequence
            raise TypeError(f"can't multiply sequence by non-int of type "
                            f"'{type.__dict__['__name__'].__get__(type(times))}'")
        return Size(tuple.__mul__(self, times))

    def __rmul__(self, times):
        # a non-int on the left is a sequence whose own repeat then names torch.Size
        return self.__mul__(times) if hasattr(type(times), "__index__") else NotImplemented


c_named(Size, "torch.Size")


def _size_item(item: Any, position: int) -> Any:
    """One size as ``torch.Size`` keeps it: an int or numpy's integer as is, a bool or an integer tensor as
    its int; else PyTorch's TypeError."""
    try:
        index = operator.index(item)
    except (TypeError, RuntimeError):
        raise TypeError(f"torch.Size() takes an iterable of 'int' (item {position} is "
                        f"'{type.__dict__['__name__'].__get__(type(item))}')") from None
    return item if isinstance(item, np.integer) else index
