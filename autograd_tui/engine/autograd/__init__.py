"""``torch.autograd``: the public surface of reverse-mode automatic differentiation.

The machinery lives below: ``graph.py`` (nodes, AccumulateGrad, the backward pass),
``record.py`` (how an op attaches its node) and ``derivatives.py`` (one gradient rule per op).
Here are the entry points a learner calls: ``backward``, ``grad``, ``Function``, ``functional``
and ``gradcheck``.
"""
from __future__ import annotations as _annotations

from typing import Any as _Any

import sys as _sys
import types as _types
import warnings as _warnings

from autograd_tui.engine import functions as _F
from autograd_tui.engine import grad_mode as _grad_mode
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine._tensor import Tensor as _Tensor, _user_stacklevel
from autograd_tui.engine.missing import LearnerModule as _LearnerModule
from autograd_tui.engine.missing import module_dir as _module_dir, no_attribute as _no_attribute
from autograd_tui.engine.autograd import function, functional, graph  # noqa: F401 - torch.autograd.function, ...
from autograd_tui.engine.autograd import gradcheck as _gradcheck_module
from autograd_tui.engine.autograd import forward_ad  # noqa: F401 - torch.autograd.forward_ad
from autograd_tui.engine.autograd.function import Function  # noqa: F401 - torch.autograd.Function

def backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False, grad_variables=None,
             inputs=None) -> None:
    """``torch.autograd.backward``: accumulate gradients of ``tensors`` into the leaves."""
    _F.autograd_backward(tensors, grad_tensors, retain_graph, create_graph, inputs=inputs)


def grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True,
         allow_unused=None, is_grads_batched=False, materialize_grads=False) -> tuple | dict:
    """``torch.autograd.grad``: return the gradients instead of accumulating them (for a dict of
    inputs, a dict of their gradients under the same keys)."""
    if type(inputs) is dict:
        return dict(zip(inputs, _F.autograd_grad(outputs, tuple(inputs.values()), grad_outputs, retain_graph,
                                                 create_graph, only_inputs, allow_unused, is_grads_batched,
                                                 materialize_grads)))
    return _F.autograd_grad(outputs, inputs, grad_outputs, retain_graph, create_graph,
                            only_inputs, allow_unused, is_grads_batched, materialize_grads)


def gradcheck(func, inputs, *, eps: float = 1e-6, atol: float = 1e-5, rtol: float = 1e-3,
              raise_exception: bool = True, nondet_tol: float = 0.0, check_undefined_grad: bool = True,
              check_grad_dtypes: bool = False, check_batched_grad: bool = False,
              check_batched_forward_grad: bool = False, check_forward_ad: bool = False,
              check_backward_ad: bool = True, fast_mode: bool = False, masked: bool | None = None) -> bool:
    """Compare autograd's gradients with central finite differences (use float64 inputs)."""
    return _gradcheck_module.gradcheck(
        func, inputs, eps=eps, atol=atol, rtol=rtol, raise_exception=raise_exception, nondet_tol=nondet_tol,
        check_undefined_grad=check_undefined_grad, check_grad_dtypes=check_grad_dtypes,
        check_batched_grad=check_batched_grad, check_batched_forward_grad=check_batched_forward_grad,
        check_forward_ad=check_forward_ad, check_backward_ad=check_backward_ad, fast_mode=fast_mode,
        masked=masked)


def gradgradcheck(func, inputs, grad_outputs=None, *, eps: float = 1e-6, atol: float = 1e-5,
                  rtol: float = 1e-3, gen_non_contig_grad_outputs: bool = False, raise_exception: bool = True,
                  nondet_tol: float = 0.0, check_undefined_grad: bool = True, check_grad_dtypes: bool = False,
                  check_batched_grad: bool = False, check_fwd_over_rev: bool = False,
                  check_rev_over_rev: bool = True, fast_mode: bool = False, masked: bool = False) -> bool:
    """gradcheck of the first derivatives (random ``grad_outputs`` unless given)."""
    return _gradcheck_module.gradgradcheck(
        func, inputs, grad_outputs, eps=eps, atol=atol, rtol=rtol,
        gen_non_contig_grad_outputs=gen_non_contig_grad_outputs, raise_exception=raise_exception,
        nondet_tol=nondet_tol, check_undefined_grad=check_undefined_grad, check_grad_dtypes=check_grad_dtypes,
        check_batched_grad=check_batched_grad, check_fwd_over_rev=check_fwd_over_rev,
        check_rev_over_rev=check_rev_over_rev, fast_mode=fast_mode, masked=masked)


class set_detect_anomaly:
    """Anomaly mode, switched at construction (so a plain call switches it) and restored on exit."""

    def __init__(self, mode: bool, check_nan: bool = True) -> None:
        mode = _grad_mode.strict_bool(mode, "set_anomaly_enabled", "enabled", 1)
        check_nan = _grad_mode.strict_bool(check_nan, "set_anomaly_enabled", "check_nan", 2)
        self._prev = (_State.anomaly, _State.anomaly_check_nan)
        _State.anomaly, _State.anomaly_check_nan = mode, check_nan

    def __enter__(self) -> None:
        pass

    def __exit__(self, *exc: _Any) -> None:
        _State.anomaly, _State.anomaly_check_nan = self._prev


set_detect_anomaly.__module__ = "torch.autograd.anomaly_mode"


class detect_anomaly:
    """Anomaly mode inside a ``with`` block (or a decorated function)."""

    def __init__(self, check_nan: bool = True) -> None:
        self._check_nan = bool(check_nan)
        _warnings.warn("Anomaly Detection has been enabled. This mode will increase the runtime and should only "
                       "be enabled for debugging.", UserWarning, stacklevel=_user_stacklevel())

    def __enter__(self) -> None:
        self._prev = (_State.anomaly, _State.anomaly_check_nan)
        _State.anomaly, _State.anomaly_check_nan = True, self._check_nan

    def __exit__(self, *exc: _Any) -> None:
        _State.anomaly, _State.anomaly_check_nan = self._prev

    def __call__(self, func: _Any) -> _Any:
        def wrapper(*args: _Any, **kwargs: _Any) -> _Any:
            with self:
                return func(*args, **kwargs)
        return wrapper


detect_anomaly.__module__ = "torch.autograd.anomaly_mode"


class _VariableMeta(type):
    def __instancecheck__(cls, obj: _Any) -> bool:  # every tensor is a Variable today
        return isinstance(obj, _Tensor)


class Variable(metaclass=_VariableMeta):
    """The old ``Variable`` wrapper: a new leaf sharing the data, as PyTorch builds it today."""

    def __new__(cls, data: _Any = None, requires_grad: bool = False, volatile: bool = False) -> _Any:
        if volatile:
            _warnings.warn("volatile was removed and now has no effect. Use `with torch.no_grad():` instead.",
                           UserWarning, stacklevel=_user_stacklevel())
        if data is None:
            return _F.tensor([])
        if not isinstance(data, _Tensor):
            raise TypeError(f"Variable data has to be a tensor, but got {type(data).__name__}")
        if requires_grad and not data.dtype.is_floating_point and not data.dtype.is_complex:
            raise RuntimeError("Only Tensors of floating point and complex dtype can require gradients")
        out = data.detach()
        if requires_grad:
            out.requires_grad_(True)
        return out


Variable.__module__ = "torch.autograd.variable"


class _AutogradModule(_LearnerModule):
    def __setattr__(self, name: str, value: _Any) -> None:
        # ``import torch.autograd.gradcheck`` (the module) must leave ``torch.autograd.gradcheck``
        # (the function) in place, as in PyTorch.
        if isinstance(value, _types.ModuleType) and callable(self.__dict__.get(name)) and \
                not isinstance(self.__dict__.get(name), _types.ModuleType):
            return
        super().__setattr__(name, value)


_AutogradModule.__name__ = _AutogradModule.__qualname__ = "module"  # type(torch.autograd): <class 'module'>
_AutogradModule.__module__ = "builtins"
_sys.modules[__name__].__class__ = _AutogradModule


# What PyTorch's torch.autograd imports from its grad_mode (not is_grad_enabled: that is torch's)
_FROM_GRAD_MODE = ("no_grad", "enable_grad", "set_grad_enabled", "inference_mode")


def __getattr__(name: str) -> _Any:
    # torch.autograd.no_grad and friends live in grad_mode (torch.autograd.grad_mode itself too).
    if name == "grad_mode":
        return _grad_mode
    if name in _FROM_GRAD_MODE:
        return getattr(_grad_mode, name)
    raise _no_attribute("torch.autograd", name)


__dir__ = _module_dir("torch.autograd", globals(), ["grad_mode", *_FROM_GRAD_MODE])
