"""The multi-class margin loss (``nn.MultiMarginLoss``): an ATen kernel with a node of its own
(``MultiMarginLossBackward0``), computed here in that kernel's order so that float32 results keep
PyTorch's bits: per sample, the classes' terms added one by one in the input's dtype and divided
by the class count; the samples then added in double. Its gradient is a kernel too, which PyTorch
cannot differentiate again (``NotImplemented``)."""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.functions._common import _scalar_type_name
from autograd_tui.engine.record import RULES, no_forward_ad, record, record_not_implemented


def multi_margin_loss(input: Tensor, target: Tensor, p: int, margin: float, weight: Optional[Tensor],
                      reduction: str) -> Tensor:
    if p not in (1, 2):
        raise ValueError("only p == 1 and p == 2 supported")
    if _State.dual_level and input._tangent() is not None:
        raise no_forward_ad("multi_margin_loss")  # PyTorch has none for this loss either
    x, y = _checked(input, target, weight)
    n, c = x.shape
    acc = np.zeros(n, x.dtype)
    for keep, h in _terms(x, y, p, margin, weight):
        acc = np.where(keep, acc + h, acc)
    per = acc / x.dtype.type(c)
    if reduction == "none":
        data = per.reshape(target.shape if input.ndim == 2 else ())
    else:
        total = 0.0
        for value in per.tolist():  # in double, one sample after another
            total += value
        # an empty batch's mean: PyTorch returns whatever its buffer held; nan says "no value"
        data = np.asarray(total / n if n else float("nan"), x.dtype) if reduction == "mean" \
            else np.asarray(total, x.dtype)
    out = make(np.asarray(data), input.dtype)
    if _State.enabled and input.requires_grad:
        record(RULES["multi_margin_loss"], (input, target, weight), out,
               {"p": p, "margin": margin, "reduction": reduction})
    return out


def _checked(input: Tensor, target: Tensor, weight: Optional[Tensor]):
    """The input as (samples, classes) and the target as class indices, after PyTorch's checks."""
    if not (input.ndim == 1 and input.shape[0] > 0 or input.ndim == 2 and input.shape[1] > 0):
        raise RuntimeError(f"Expected non-empty vector or matrix with optional 0-dim batch size, but got: "
                           f"[{', '.join(map(str, input.shape))}]")
    x = input._data.reshape(1, -1) if input.ndim == 1 else input._data
    n, c = x.shape
    if target.ndim > 1 or target.numel() != n:
        raise RuntimeError(f"multi_margin_loss: target tensor should be 1-D with size equal to the number of input "
                           f"samples (batch size). Expected target size [{n}], but got "
                           f"[{', '.join(map(str, target.shape))}]. Input has shape "
                           f"[{', '.join(map(str, input.shape))}].")
    if weight is not None and (weight.ndim != 1 or weight.numel() != c):
        raise RuntimeError(f"inconsistent weight size, expected {c} but got [{', '.join(map(str, weight.shape))}]")
    if target.dtype is not dtypes.int64:
        raise RuntimeError(f"expected scalar type Long but found {_scalar_type_name(target.dtype)}")
    y = target._data.reshape(-1)
    if ((y < 0) | (y >= c)).any():
        raise RuntimeError("target out of range")
    return x, y


def _terms(x: np.ndarray, y: np.ndarray, p: int, margin: float, weight: Optional[Tensor]):
    """For each class in turn: where its term counts (another class, inside the margin) and the term."""
    n, c = x.shape
    base = x.dtype.type(margin) - x[np.arange(n), y]
    wy = None if weight is None else weight._data.astype(x.dtype, copy=False)[y]
    for d in range(c):
        z = base + x[:, d]
        h = z if p == 1 else z * z
        if wy is not None:
            h = h * wy
        yield (z > 0) & (y != d), h


def multi_margin_loss_grad(grad: Tensor, self: Tensor, target: Tensor, weight: Optional[Tensor], p: int, margin: float,
              reduction: str) -> Tensor:
    x = self._data.reshape(1, -1) if self.ndim == 1 else self._data
    y = target._data.reshape(-1)
    n, c = x.shape
    g = x.dtype.type(1.0 / (n * c) if reduction == "mean" else 1.0 / c)
    base = x.dtype.type(margin) - x[np.arange(n), y]
    wy = None if weight is None else weight._data.astype(x.dtype, copy=False)[y]
    out = np.zeros_like(x)
    at_target = np.zeros(n, x.dtype)
    for d in range(c):
        z = base + x[:, d]
        h = np.full(n, g) if p == 1 else x.dtype.type(2) * g * z
        if wy is not None:
            h = h * wy
        h = np.where((z > 0) & (y != d), h, x.dtype.type(0))
        out[:, d] = h
        at_target = at_target - h
    out[np.arange(n), y] = at_target
    scale = grad._data.reshape(-1, 1) if reduction == "none" else grad._data
    result = make((out * scale).reshape(self.shape).astype(x.dtype, copy=False), self.dtype)
    # PyTorch has no derivative of this kernel: under create_graph the gradient says so
    return record_not_implemented("multi_margin_loss_backward", (grad, self, weight), result)



# The multi-label margin loss (``nn.MultiLabelMarginLoss``): ATen's kernel too. Each sample's target
# row lists class indices up to the first negative one; every (target, other class) pair inside the
# margin adds ``1 - x[target] + x[other]`` (in the input's dtype) to a double sum.


def multilabel_margin_loss(input: Tensor, target: Tensor, reduction: str) -> Tensor:
    if _State.dual_level and input._tangent() is not None:
        raise no_forward_ad("multilabel_margin_loss_forward")
    x, pairs = _multilabel_pairs(input, target)
    n, c = x.shape
    sums = []
    for t in range(n):
        total = 0.0  # ATen's accumulator is double; each term is rounded to the input's dtype first
        for z in pairs[t]:
            total += float(z)
        sums.append(x.dtype.type(total))  # the per-sample sum comes back in the input's dtype
    if reduction == "none" and input.ndim == 2:
        data = np.asarray([s / x.dtype.type(c) for s in sums], x.dtype)
    elif reduction == "none":
        data = np.asarray(sums[0] / x.dtype.type(c), x.dtype)
    else:
        total = 0.0
        for s in sums:
            total += float(s)
        total /= c
        if reduction == "mean":
            total = total / n if n else float("nan")  # an empty batch: PyTorch's value is undefined
        data = np.asarray(total, x.dtype)
    out = make(np.asarray(data), input.dtype)
    if _State.enabled and input.requires_grad:
        record(RULES["multilabel_margin_loss"], (input, target), out, {"reduction": reduction})
    return out


def _multilabel_pairs(input: Tensor, target: Tensor):
    """The input as (samples, classes) and, per sample, the terms of the pairs inside the margin."""
    if not (input.ndim == 1 and input.shape[0] > 0 or input.ndim == 2 and input.shape[1] > 0):
        raise RuntimeError(f"Expected non-empty vector or matrix with optional 0-dim batch size, but got: "
                           f"[{', '.join(map(str, input.shape))}]")
    if tuple(target.shape) != tuple(input.shape):
        raise RuntimeError(f"inconsistent target size: [{', '.join(map(str, target.shape))}] for input of size: "
                           f"[{', '.join(map(str, input.shape))}]")
    if target.dtype is not dtypes.int64:
        raise RuntimeError(f"expected scalar type Long but found {_scalar_type_name(target.dtype)}")
    x = input._data.reshape(1, -1) if input.ndim == 1 else input._data
    y = target._data.reshape(x.shape)
    c = x.shape[1]
    if ((y < -1) | (y >= c)).any():
        raise RuntimeError("argument #2 'target' is out of range")
    one = x.dtype.type(1)
    pairs = []
    for row, labels in zip(x, y):
        listed = []
        for idx in labels.tolist():
            if idx < 0:
                break
            listed.append(idx)
        others = [d for d in range(c) if d not in set(listed)]
        terms = []
        for idx in listed:
            for d in others:
                z = one - row[idx] + row[d]
                if z > 0:
                    terms.append(z)
        pairs.append(terms)
    return x, pairs


def multilabel_margin_loss_grad(grad: Tensor, self: Tensor, target: Tensor, reduction: str) -> Tensor:
    x = self._data.reshape(1, -1) if self.ndim == 1 else self._data
    y = target._data.reshape(x.shape)
    n, c = x.shape
    g = x.dtype.type(1.0 / (n * c) if reduction == "mean" else 1.0 / c)
    one = x.dtype.type(1)
    out = np.zeros_like(x)
    for t in range(n):
        listed = []
        for idx in y[t].tolist():
            if idx < 0:
                break
            listed.append(idx)
        for idx in listed:
            for d in range(c):
                if d not in listed and one - x[t, idx] + x[t, d] > 0:
                    out[t, idx] -= g
                    out[t, d] += g
    scale = grad._data.reshape(-1, 1) if reduction == "none" and self.ndim == 2 else grad._data
    result = make((out * scale).reshape(self.shape).astype(x.dtype, copy=False), self.dtype)
    # PyTorch has no derivative of this kernel: under create_graph the gradient says so
    return record_not_implemented("multilabel_margin_loss_backward", (grad, self), result)
