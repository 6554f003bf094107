"""``nn.Parameter``: a tensor that a Module registers as one of its learnable weights."""
from __future__ import annotations as _annotations

from typing import Any, Optional as _Optional, cast as _cast

import numpy as _np

from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine.parity import printing as _printing
from autograd_tui.engine._class_view import _TensorMeta
from autograd_tui.engine._tensor import Size as _Size, Tensor as _Tensor, make as _make


class _ParameterMeta(_TensorMeta):
    """Parameter's class, as PyTorch's ``torch.nn.parameter._ParameterMeta``. Lookups on it skip
    Tensor's class views: Python's operators look up ``Parameter.__rmul__`` & co. on every
    ``tensor * parameter``, and a Python-level hook there cost each such op about a microsecond."""

    __getattribute__ = type.__getattribute__


_ParameterMeta.__module__ = "torch.nn.parameter"


class Parameter(_Tensor, metaclass=_ParameterMeta):
    """A leaf tensor that requires grad by default and prints as ``Parameter containing:``.

    Like PyTorch's, it shares its storage with the tensor it was made from, and any operation
    on it gives a plain Tensor (``type(p * 2) is torch.Tensor``).
    """

    def __new__(cls, data: _Optional[_Tensor] = None, requires_grad: bool = True) -> "Parameter":
        if data is None:
            data = _make(_np.empty((0,), _dtypes.get_default_dtype().np), _dtypes.get_default_dtype())
        if not isinstance(data, _Tensor):
            raise TypeError(f"Parameter.__new__() argument 'data' must be Tensor, not {type(data).__name__}")
        p = _cast(Parameter, _make(data._data, data.dtype, cls))
        p._vc = data._shared_vc()  # same storage, same version counter
        if data._on_meta:
            p.__dict__["_on_meta"] = True
        if requires_grad:
            if not data.dtype.is_floating_point and not data.dtype.is_complex:
                raise RuntimeError("Only Tensors of floating point and complex dtype can require gradients")
            p._requires_grad = True
        return p

    def __repr__(self, *, tensor_contents: Any = None) -> str:  # type: ignore[override]  # mypy: same signature
        if self._on_meta:
            return _printing.format_meta(self._data.shape, self.dtype, None, self._requires_grad,
                                        prefix="Parameter containing:\ntensor(")
        return _printing.format_parameter(self._data, self.dtype, requires_grad=self._requires_grad)

    __str__ = __repr__  # type: ignore[assignment]

    def __reduce_ex__(self, protocol):
        return (_rebuild_parameter, (self._data.copy(), self.dtype.name, self._requires_grad))


def _rebuild_parameter(data, dtype_name: str, requires_grad: bool) -> Parameter:
    return Parameter(_make(data, _dtypes._by_name(dtype_name)), requires_grad)


class Buffer(_Tensor):
    """``nn.Buffer``: marks a tensor to be registered as a buffer when assigned to a Module."""

    def __new__(cls, data: _Optional[_Tensor] = None, *, persistent: bool = True):
        if data is None:
            data = _make(_np.empty((0,), _dtypes.get_default_dtype().np), _dtypes.get_default_dtype())
        t = _make(data._data, data.dtype)
        t._vc = data._shared_vc()
        t.__dict__["persistent"] = persistent  # an attribute of this tensor alone, as in PyTorch
        t.__dict__["_is_buffer"] = True
        return t


class UninitializedParameter(Parameter):
    """A parameter whose shape is not known yet (lazy modules fill it on their first call)."""

    cls_to_become = Parameter

    def __new__(cls, requires_grad: bool = True, device=None, dtype=None) -> "UninitializedParameter":
        d = _dtypes.get_default_dtype() if dtype is None else dtype
        return _cast(UninitializedParameter, Parameter.__new__(cls, _make(_np.empty((0,), d.np), d), requires_grad))

    def materialize(self, shape, device=None, dtype=None) -> None:
        """Give the parameter its shape (uninitialised values) and make it a plain Parameter."""
        self._data = _np.empty(tuple(shape), dtype=self.dtype.np)
        self.__class__ = self.cls_to_become  # type: ignore[assignment]  # becomes a Parameter, as in PyTorch

    @property
    def shape(self) -> "_Size":
        raise RuntimeError("Can't access the shape of an uninitialized parameter or buffer. This error usually "
                           "happens in `load_state_dict` when trying to load an uninitialized parameter into an "
                           "initialized one. Call `forward` to initialize the parameters before accessing their "
                           "attributes.")

    def __repr__(self, *, tensor_contents: Any = None) -> str:  # type: ignore[override]  # mypy: same signature
        return f"<{self.__class__.__name__}>"

    __str__ = __repr__  # type: ignore[assignment]  # mypy: same signature


def is_lazy(param: Any) -> bool:
    """Whether ``param`` is a lazy module's parameter that has no shape yet."""
    return isinstance(param, UninitializedParameter)


Parameter.__module__ = "torch.nn.parameter"
UninitializedParameter.__module__ = "torch.nn.parameter"
Buffer.__module__ = "torch.nn.parameter"
