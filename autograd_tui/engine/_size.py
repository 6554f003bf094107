"""``torch.Size``: the tuple of a tensor's sizes, with PyTorch's repr and arithmetic."""
from __future__ import annotations


class _SizeType(type):
    """Python's own messages name a type by its C-level name (``'torch.Size' object is not
    callable`` after ``x.shape()``), which for a Python class is its ``__name__``; PyTorch's
    ``torch.Size`` is a C type named ``torch.Size`` whose ``__name__`` is ``Size``. The class below
    gets the C-level name, and this property keeps ``__name__`` as PyTorch shows it."""

    @property
    def __name__(cls) -> str:  # type: ignore[override]  # read-only here, as the C type's
        return cls.__qualname__


class Size(tuple, metaclass=_SizeType):
    """``torch.Size``: a tuple that prints as ``torch.Size([2, 3])``."""

    def __repr__(self) -> str:
        return f"torch.Size([{', '.join(str(d) for d in self)}])"

    __str__ = __repr__

    def __getitem__(self, key):
        item = tuple.__getitem__(self, key)
        return Size(item) if isinstance(key, slice) else item

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


type.__dict__["__name__"].__set__(Size, "torch.Size")
Size.__module__ = "torch"
