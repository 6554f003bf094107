"""In-place operations (``add_``, ``zero_``, ``uniform_``, ...): version counters and the checks PyTorch makes."""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import record
from autograd_tui.engine.functions._common import _R, _scalar_type_name, wrap
from autograd_tui.engine.functions.creation import _generator

# In-place operations
# ============================================================================================
def _inplace(self: Tensor, compute, view_of_leaf: bool = False) -> Tensor:
    """Run ``compute`` out of place, then write its result into ``self``.

    The old value is kept in a snapshot that the new node can save, so the graph stays right;
    the write bumps ``self``'s version so nodes that saved ``self`` notice.
    """
    if _State.inference_used and not _State.inference and self.is_inference():
        # PyTorch writes the values first and complains afterwards; so do we.
        _write_into(self, compute(self))
        raise RuntimeError("Inplace update to inference tensor outside InferenceMode is not allowed."
                           "You can make a clone to get a normal tensor before doing inplace update."
                           "See https://github.com/pytorch/rfcs/pull/17 for more details.")
    if _State.enabled and self._requires_grad and self.grad_fn is None:
        if view_of_leaf or self._base is not None:
            raise RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.")
        raise RuntimeError("a leaf Variable that requires grad is being used in an in-place operation.")
    if _State.enabled and self._base is not None and self._base._requires_grad and self._base.grad_fn is None:
        raise RuntimeError("a view of a leaf Variable that requires grad is being used in an in-place operation.")
    if _State.enabled:
        snapshot = make(self._data.copy(), self.dtype)
        snapshot.grad_fn, snapshot._output_nr = self.grad_fn, self._output_nr
        snapshot._requires_grad = self._requires_grad
        snapshot._accumulator = self._accumulator
        result = compute(snapshot)
    else:
        result = compute(self)
    _write_into(self, result)
    if _State.enabled and result._requires_grad:
        self.grad_fn, self._output_nr, self._requires_grad = result.grad_fn, result._output_nr, True
    self._bump_version()
    return self


def _write_into(self: Tensor, result: Tensor) -> None:
    if result.dtype is not self.dtype:
        if not _can_cast(result.dtype, self.dtype):
            raise RuntimeError(f"result type {_scalar_type_name(result.dtype)} can't be cast to the desired "
                               f"output type {_scalar_type_name(self.dtype)}")
    data = result._data
    if data.shape != self._data.shape:
        try:
            data = np.broadcast_to(data, self._data.shape)
        except ValueError:
            raise RuntimeError(f"output with shape [{', '.join(map(str, self.shape))}] doesn't match the "
                               f"broadcast shape [{', '.join(map(str, result.shape))}]") from None
    if self._data.flags.writeable:
        np.copyto(self._data, data, casting="unsafe")
    else:
        self._data = np.array(data, dtype=self.dtype.np)


def _can_cast(src: dtypes.dtype, dst: dtypes.dtype) -> bool:
    return dtypes.category(src) <= dtypes.category(dst)


def _inplace_binary(fn):
    def method(self: Tensor, other, *args, **kwargs) -> Tensor:
        return _inplace(self, lambda s: fn(s, other, *args, **kwargs))
    return method


def _inplace_unary(fn):
    def method(self: Tensor, *args, **kwargs) -> Tensor:
        return _inplace(self, lambda s: fn(s, *args, **kwargs))
    return method


def zero_(self: Tensor) -> Tensor:
    return fill_(self, 0)


def fill_(self: Tensor, value) -> Tensor:
    v = value.item() if isinstance(value, Tensor) else value

    def compute(s: Tensor) -> Tensor:
        out = make(np.full(s._data.shape, v, dtype=s.dtype.np), s.dtype)
        return record(_R["fill"], (s,), out) if _State.enabled and s._requires_grad else out
    return _inplace(self, compute)


def copy_(self: Tensor, src: Tensor, non_blocking: bool = False) -> Tensor:
    def compute(s: Tensor) -> Tensor:
        data = np.broadcast_to(src._data if isinstance(src, Tensor) else np.asarray(src), s._data.shape)
        out = make(np.array(data, dtype=s.dtype.np), s.dtype)
        return record(_R["copy"], (s, src), out) if _State.enabled else out
    return _inplace(self, compute)


def _sampler(name):
    def method(self: Tensor, *args, generator=None, **kwargs) -> Tensor:
        gen = _generator(generator)
        shape = self._data.shape
        if name == "uniform_":
            low, high = (list(args) + [kwargs.get("from", 0.0), kwargs.get("to", 1.0)])[:2] if args else \
                (kwargs.get("from", kwargs.get("a", 0.0)), kwargs.get("to", kwargs.get("b", 1.0)))
            data = gen.uniform(shape, float(low), float(high), self.dtype.np)
        elif name == "normal_":
            mean, std_ = (list(args) + [kwargs.get("mean", 0.0), kwargs.get("std", 1.0)])[:2] if args else \
                (kwargs.get("mean", 0.0), kwargs.get("std", 1.0))
            data = gen.normal(shape, float(mean), float(std_), self.dtype.np)
        elif name == "bernoulli_":
            p = args[0] if args else kwargs.get("p", 0.5)
            data = gen.bernoulli(p._data if isinstance(p, Tensor) else p, shape, self.dtype.np)
        else:  # random_
            low, high = (0, args[0]) if len(args) == 1 else args
            data = gen.randint(int(low), int(high), shape, self.dtype.np)
        return _inplace(self, lambda s: wrap(np.asarray(data, dtype=s.dtype.np), s.dtype))
    return method
