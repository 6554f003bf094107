"""Gradient clipping: scale (``clip_grad_norm_``) or clamp (``clip_grad_value_``) ``.grad`` in place."""
from __future__ import annotations

import types
import warnings
from typing import Iterable, Optional, Union

import numpy as np

from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, _user_stacklevel, make
from autograd_tui.engine.functions.parser import refused
from autograd_tui.engine.grad_mode import no_grad
from autograd_tui.engine.sparse_tensor import refusal

__all__ = ["clip_grad_norm_", "clip_grad_norm", "clip_grad_value_", "get_total_norm", "clip_grads_with_norm_"]

Tensors = Union[Tensor, Iterable[Tensor]]


def _vector_norm(t: Tensor, norm_type: float) -> Tensor:
    """``torch.linalg.vector_norm(t, norm_type)``: the engine's norm kernel for finite p other than 0
    (so the digits are those of ``torch.norm`` here), the definition otherwise."""
    if t.is_sparse:  # Embedding(sparse=True)'s gradient: PyTorch has no sparse kernel for it
        raise refusal("linalg.vector_norm", (norm_type,))
    if norm_type not in (0.0, np.inf, -np.inf):
        return _F.norm(t, norm_type)
    values = np.abs(t._data.astype(np.float64)).reshape(-1)
    if norm_type == np.inf:
        result = values.max() if values.size else 0.0
    elif norm_type == -np.inf:
        result = values.min() if values.size else np.inf
    else:
        result = float(np.count_nonzero(values))
    return make(np.asarray(result, dtype=t.dtype.np), t.dtype)


def get_total_norm(tensors: Tensors, norm_type: float = 2.0, error_if_nonfinite: bool = False,
                   foreach: Optional[bool] = None) -> Tensor:
    """The norm of the per-tensor norms (the norm of all elements together)."""
    tensors = [tensors] if isinstance(tensors, Tensor) else list(tensors)
    norm_type = float(norm_type)
    if len(tensors) == 0:
        return _F.tensor(0.0)
    norms = [_vector_norm(t.detach(), norm_type) for t in tensors]
    total = _vector_norm(_F.stack([n.to(tensors[0].dtype) for n in norms]), norm_type)
    if error_if_nonfinite and not bool(np.isfinite(total._data)):
        raise RuntimeError(f"The total norm of order {norm_type} for gradients from `parameters` is non-finite, so "
                           "it cannot be clipped. To disable this error and scale the gradients by the non-finite "
                           "norm anyway, set `error_if_nonfinite=False`")
    return total


def clip_grad_norm_(parameters: Tensors, max_norm: float, norm_type: float = 2.0, error_if_nonfinite: bool = False,
                    foreach: Optional[bool] = None) -> Tensor:
    """Scale every ``.grad`` by ``max_norm / (total_norm + 1e-6)`` when that is below 1; return the norm."""
    with no_grad():
        if isinstance(parameters, Tensor):
            parameters = [parameters]
        else:
            is_generator = isinstance(parameters, types.GeneratorType)
            parameters = list(parameters)
            if is_generator and len(parameters) == 0:
                warnings.warn("`parameters` is an empty generator, no gradient clipping will occur.", UserWarning,
                              stacklevel=_user_stacklevel())
        grads = [p.grad for p in parameters if p.grad is not None]
        total_norm = get_total_norm(grads, norm_type, error_if_nonfinite, foreach)
        clip_grads_with_norm_(parameters, max_norm, total_norm, foreach)
        return total_norm


def clip_grads_with_norm_(parameters: Tensors, max_norm: float, total_norm: Tensor,
                          foreach: Optional[bool] = None) -> None:
    """Scale every ``.grad`` by ``max_norm / (total_norm + 1e-6)`` when that is below 1, for a norm
    computed beforehand (``get_total_norm``): ``clip_grad_norm_`` is these two steps."""
    with no_grad():
        if isinstance(parameters, Tensor):
            parameters = [parameters]
        grads = [p.grad for p in parameters if p.grad is not None]
        max_norm = float(max_norm)
        if not grads:
            return
        clip_coef = max_norm / (total_norm + 1e-6)
        if not isinstance(clip_coef, Tensor):  # a number given as total_norm: torch.clamp refuses it
            raise refused("clamp", (clip_coef,), {"max": 1.0})
        clip_coef_clamped = _F.clamp(clip_coef, max=1.0)
        for g in grads:
            g.mul_(clip_coef_clamped.to(g.dtype))


def clip_grad_norm(parameters: Tensors, max_norm: float, norm_type: float = 2.0, error_if_nonfinite: bool = False,
                   foreach: Optional[bool] = None) -> Tensor:
    warnings.warn("`torch.nn.utils.clip_grad_norm` is now deprecated in favor of `torch.nn.utils.clip_grad_norm_`.",
                  FutureWarning, stacklevel=_user_stacklevel())
    return clip_grad_norm_(parameters, max_norm, norm_type, error_if_nonfinite, foreach)


def clip_grad_value_(parameters: Tensors, clip_value: float, foreach: Optional[bool] = None) -> None:
    """Clamp every ``.grad`` into ``[-clip_value, clip_value]`` in place."""
    with no_grad():
        if isinstance(parameters, Tensor):
            parameters = [parameters]
        clip_value = float(clip_value)
        for p in parameters:
            if p.grad is not None:
                if p.grad.is_sparse:  # PyTorch's foreach clamp_min_ has no sparse kernel
                    raise refusal("clamp_min_", (-clip_value,))
                p.grad.clamp_(min=-clip_value, max=clip_value)


for _fn in (clip_grad_norm_, clip_grad_norm, clip_grad_value_, get_total_norm, clip_grads_with_norm_):
    _fn.__module__ = "torch.nn.utils.clip_grad"
# PyTorch's public names are aliases of these two private functions
get_total_norm.__name__ = get_total_norm.__qualname__ = "_get_total_norm"
clip_grads_with_norm_.__name__ = clip_grads_with_norm_.__qualname__ = "_clip_grads_with_norm_"
