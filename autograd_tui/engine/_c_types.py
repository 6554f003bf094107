"""How PyTorch's C types look in Python's own messages.

Python names a type in its errors by the type's C-level name: ``torch.float32(x)`` says
``'torch.dtype' object is not callable``, ``x.shape()`` ``'torch.Size' object is not callable``.
PyTorch's C types carry their dotted name there while their ``__name__`` is the short one
(``dtype``); a Python class has one name for both. ``CType`` classes get the dotted C-level name
(``c_named``) and keep showing the short ``__name__``. Some of PyTorch's types cannot be created
from Python (``torch.dtype()``: ``cannot create 'torch.dtype' instances``): theirs is ``Uncreatable``.
"""
from __future__ import annotations

from typing import Any


class CType(type):
    """The metaclass of an engine class that stands for one of PyTorch's C types."""

    @property
    def __name__(cls) -> str:  # type: ignore[override]  # read-only here, as a C type's
        return cls.__qualname__


class Uncreatable(CType):
    """The metaclass of a C type whose objects Python cannot create (``torch.dtype()``), once the
    engine has made its own (``sealed``)."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        if cls.__dict__.get("_uncreatable"):
            raise TypeError(f"cannot create '{type.__dict__['__name__'].__get__(cls)}' instances")
        return super().__call__(*args, **kwargs)


# type(torch.dtype) prints <class 'type'>, as PyTorch's C types' own metaclass (a builtins class's
# repr shows its C-level name)
for _metaclass in (CType, Uncreatable):
    type.__dict__["__name__"].__set__(_metaclass, "type")
    _metaclass.__module__, _metaclass.__qualname__ = "builtins", "type"


def c_named(cls: type, c_name: str, module: str = "torch") -> None:
    """Give ``cls`` (a ``CType``) the C-level name ``c_name`` and PyTorch's ``__module__``."""
    type.__dict__["__name__"].__set__(cls, c_name)
    cls.__module__ = module


def sealed(cls: type) -> None:
    """From now on ``cls`` (an ``Uncreatable``) refuses to make objects, as PyTorch's C type."""
    type.__setattr__(cls, "_uncreatable", True)
