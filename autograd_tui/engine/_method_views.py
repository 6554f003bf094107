"""How the engine's Tensor methods look to learners: as PyTorch's C methods and attributes.

``t.size`` prints as ``<built-in method size of Tensor object at 0x…>``, ``torch.Tensor.size`` as
``<method 'size' of 'torch._C.TensorBase' objects>``, ``torch.Tensor.shape`` as a getset
descriptor, and ``inspect.signature`` of either raises PyTorch's ValueError. ``methods.install``
puts these views on the class.
"""
from __future__ import annotations

import functools
import types

from autograd_tui.engine import missing


def _no_signature(method) -> None:
    raise ValueError(f"no signature found for builtin {method!r}")


# A C method's signature: inspect.signature raises PyTorch's ValueError
_NO_SIGNATURE = property(_no_signature)


# A Tensor method as PyTorch's C methods look when not called: ``t.size`` prints as
# ``<built-in method size of Tensor object at 0x…>`` and ``t.size[0]`` raises
# "'builtin_function_or_method' object is not subscriptable" (Python names the C-level type).
# Every public method PyTorch writes in C (not those of ``torch/_tensor.py``, recorded in torch_modules.json).
# A ``functools.partial`` binding the tensor, so that a call runs in C (about 0.5 µs more than
# a plain method; a Python ``__call__`` cost twice that). No class docstring: ``__doc__`` is the
# method's own, for ``help(t.view)``.
class _BuiltinMethod(functools.partial):
    __slots__ = ()

    def __get__(self, owner, cls=None):  # why: help() and inspect then document it as a method
        return self

    @property
    def __doc__(self) -> str | None:  # type: ignore[override]
        return self.func.__doc__

    @property
    def __self__(self):
        return self.args[0]

    @property
    def __name__(self) -> str:
        return self.func.__name__

    def __getattr__(self, name: str):
        if name == "__qualname__":  # a class attribute of that name would rename the type
            return "Tensor." + self.func.__name__
        raise AttributeError(f"'builtin_function_or_method' object has no attribute '{name}'")

    def __getattribute__(self, name: str):
        # a bound C method's __module__ is None (the class's own, "builtins", is its type's)
        return None if name == "__module__" else functools.partial.__getattribute__(self, name)

    __text_signature__ = None

    def __repr__(self) -> str:
        owner = self.args[0]
        return f"<built-in method {self.func.__name__} of {type(owner).__name__} object at {hex(id(owner))}>"

    def __eq__(self, other) -> bool:
        return isinstance(other, _BuiltinMethod) and self.args[0] is other.args[0] and self.func is other.func

    __signature__ = _NO_SIGNATURE

    def __hash__(self) -> int:
        return hash((id(self.args[0]), self.func))


type.__dict__["__name__"].__set__(_BuiltinMethod, "builtin_function_or_method")
_BuiltinMethod.__qualname__, _BuiltinMethod.__module__ = "builtin_function_or_method", "builtins"


def _no_module(descriptor) -> None:
    raise AttributeError("'method_descriptor' object has no attribute '__module__'")


class _BuiltinsType(type):
    """The metaclass of ``_MethodDescriptor``: its class's ``__module__`` reads ``builtins`` while its
    objects have none, as a C method descriptor's (its own class entry is the property that refuses)."""

    __module__ = property(lambda cls: "builtins")


type.__dict__["__name__"].__set__(_BuiltinsType, "type")  # (type(type(torch.Tensor.view)) is type)


class _MethodDescriptor(metaclass=_BuiltinsType):
    """``torch.Tensor.size`` as PyTorch's C method looks on the class:
    ``<method 'size' of 'torch._C.TensorBase' objects>``; calling it calls the method."""

    __slots__ = ("__wrapped__", "_name")
    __module__ = property(_no_module)

    def __init__(self, fn, name: str | None = None) -> None:
        self.__wrapped__ = fn
        self._name = name or fn.__name__

    def __call__(self, *args, **kwargs):
        return self.__wrapped__(*args, **kwargs)

    def __get__(self, owner, cls=None):  # why: help() and inspect treat it as a method then
        return self if owner is None else _BuiltinMethod(self.__wrapped__, owner)

    @property
    def __doc__(self) -> str | None:  # type: ignore[override]
        return self.__wrapped__.__doc__

    @property
    def __name__(self) -> str:
        return self._name

    def __getattr__(self, name: str):
        if name == "__qualname__":  # a class attribute of that name would rename the type
            return "TensorBase." + self._name
        raise AttributeError(f"'method_descriptor' object has no attribute '{name}'")

    __text_signature__ = None

    def __repr__(self) -> str:
        return f"<method '{self._name}' of 'torch._C.TensorBase' objects>"

    __signature__ = _NO_SIGNATURE


type.__dict__["__name__"].__set__(_MethodDescriptor, "method_descriptor")
_MethodDescriptor.__qualname__ = "method_descriptor"


class _AttributeDescriptor:
    """``torch.Tensor.shape`` as PyTorch's C attribute looks on the class:
    ``<attribute 'shape' of 'torch._C.TensorBase' objects>``; it still gets and sets."""

    __slots__ = ("_inner", "_name")

    def __init__(self, inner, name: str) -> None:
        self._inner, self._name = inner, name

    def __get__(self, owner, cls=None):
        return self if owner is None else self._inner.__get__(owner, cls)

    def __set__(self, owner, value) -> None:
        self._inner.__set__(owner, value)

    @property
    def __name__(self) -> str:
        return self._name

    def __repr__(self) -> str:
        return f"<attribute '{self._name}' of 'torch._C.TensorBase' objects>"


type.__dict__["__name__"].__set__(_AttributeDescriptor, "getset_descriptor")
_AttributeDescriptor.__qualname__, _AttributeDescriptor.__module__ = "getset_descriptor", "builtins"

_CLASS_VIEWS: dict[tuple[str, object], object] = {}


def class_view(cls: type, name: str, value: object) -> object:
    """What ``torch.Tensor.<name>`` shows: PyTorch's C method or C attribute for a name real
    PyTorch defines in C, else the engine's own object (``backward`` is Python there too)."""
    # keyed by what is looked up, not by the class: a subclass (Parameter) inheriting a method
    # must show the very same object, or Python's binary operators take `x * w` for w's own
    # reflected method (`w.__rmul__(x)`, operands swapped in the graph); a method a learner
    # replaced is a new key, so it shows as it is now
    key = (name, value)
    view = _CLASS_VIEWS.get(key)
    if view is None:
        methods, attributes = missing.tensor_c_level()
        if name in methods and isinstance(value, types.FunctionType):
            view = _MethodDescriptor(value, name)
        elif name in attributes and isinstance(value, (property, types.MemberDescriptorType)):
            view = _AttributeDescriptor(value, name)
        else:
            view = value
        _CLASS_VIEWS[key] = view
    return view


class _BuiltinMethodDescriptor:
    """Hands out a ``_BuiltinMethod`` for an instance, a ``_MethodDescriptor`` for the class."""

    __slots__ = ("fn", "on_class")

    def __init__(self, fn, name: str) -> None:
        self.fn = _renamed(fn, name)
        self.on_class = _MethodDescriptor(self.fn)

    def __get__(self, owner, cls=None):
        return self.on_class if owner is None else _BuiltinMethod(self.fn, owner)


def _renamed(fn, name: str):
    """``fn`` named ``Tensor.<name>``: a copy of the function object (``fn`` may also be a
    ``torch.*`` function, which must keep its name), so calls cost nothing extra."""
    if fn.__qualname__ == "Tensor." + name:
        return fn
    copy = types.FunctionType(fn.__code__, fn.__globals__, name, fn.__defaults__, fn.__closure__)
    copy.__kwdefaults__, copy.__doc__ = fn.__kwdefaults__, fn.__doc__
    copy.__qualname__ = "Tensor." + name
    return copy
