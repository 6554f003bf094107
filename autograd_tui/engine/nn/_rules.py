"""Derivative entries for the layers built on top of the core table.

Each entry names the node PyTorch shows and gives one gradient formula per differentiable
input, written in engine tensor ops so that ``create_graph=True`` keeps working. Forward values
are computed by the callers in ``functional.py``.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from autograd_tui.engine import dtypes, sparse_tensor
from autograd_tui.engine.parity import blas
from autograd_tui.engine.parity.float32_math import fma
from autograd_tui.engine import functions as _F
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.record import Rule, record, record_backward_op
from autograd_tui.engine.nn import _activations, _loss_tangents
from autograd_tui.engine.nn._layer_norm import (layer_norm_rows_bias_grad, layer_norm_rows_input_grad,
                                                 layer_norm_rows_weight_grad)

__all__ = ["embedding_rows", "embedding_grad", "embedding_bag_grad", "layer_norm_input_grad", "layer_norm_weight_grad",
           "layer_norm_bias_grad", "RULES"]


def embedding_rows(weight: Tensor, given: Tensor, indices: np.ndarray, padding_idx: int,
                   scale_by_freq: bool) -> Tensor:
    """``weight[indices]`` recorded as ``EmbeddingBackward0``, whose ``_saved_*`` show PyTorch's
    arguments: the ``given`` index tensor, the padding index (-1 for none), the weight's rows."""
    out = make(np.ascontiguousarray(weight._data[indices]), weight.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["embedding"], (weight,), out,
               {"picks": indices, "indices": given, "padding_idx": padding_idx,
                "scale_grad_by_freq": scale_by_freq, "sparse": False, "weight_sym_argsize_0": weight.shape[0]})
    return out


def embedding_grad(g: Tensor, indices: np.ndarray, num_weights: int, padding_idx, scale_by_freq: bool) -> Tensor:
    """Rows of ``g`` added into a zero ``(num_weights, dim)`` gradient in index order (index_add_)."""
    flat_idx = indices.reshape(-1)
    rows = g._data.reshape(len(flat_idx), -1)
    keep = flat_idx != padding_idx if padding_idx is not None else slice(None)
    grad = np.zeros((num_weights, rows.shape[1]), dtype=g.dtype.np)
    if scale_by_freq:
        # grad[k].add_(row, alpha=1/count[k]) in index order, each a fused multiply-add.
        counts = np.bincount(flat_idx, minlength=num_weights)
        one = grad.dtype.type(1)
        for i in np.arange(len(flat_idx))[keep]:
            k = flat_idx[i]
            grad[k] = blas.add_scaled(grad[k], rows[i], one / grad.dtype.type(counts[k]))
    else:
        np.add.at(grad, flat_idx[keep], rows[keep])
    out = make(grad, g.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES["embedding_dense_backward"], (g,), out,
               {"indices": indices, "padding_idx": padding_idx, "scale_by_freq": scale_by_freq,
                "counts": np.bincount(flat_idx, minlength=num_weights) if scale_by_freq else None})
    return out


def embedding_bag_grad(g: Tensor, indices: np.ndarray, bags: np.ndarray, divisors, argmax,
                       num_weights: int, sparse: bool = False, frequencies: Optional[np.ndarray] = None) -> Tensor:
    """Each bag's gradient row added into the rows it gathered (divided by the bag's size for
    'mean'); for 'max', into the row that gave each column's maximum. With ``sparse``, one row per
    gathered sample instead, uncoalesced, as ATen's _embedding_bag_sparse_backward: the bag's row
    times the reciprocal of the bag's size (float32) for 'mean'."""
    if sparse:
        rows = g._data[bags]
        if divisors is not None:
            rows = rows * (g.dtype.np.type(1) / divisors.astype(g.dtype.np))[:, None]
        return sparse_tensor.new(indices.reshape(1, -1), rows, (num_weights, g.shape[1]), g.dtype)
    if frequencies is not None:  # ATen's loop: scale = 1 / count (/ bag size), in double
        scales = 1.0 / frequencies / (divisors if divisors is not None else 1.0)
        return make(_scaled_rows_into_table(g._data, indices, bags, scales, num_weights), g.dtype)
    zeros = _F.zeros(num_weights, g.shape[1], dtype=g.dtype)
    if argmax is not None:
        empty = argmax < 0
        if empty.any():
            g = g * make(~empty, dtypes.bool_)
        return _F.scatter_add(zeros, 0, make(np.where(empty, 0, argmax), dtypes.int64), g)
    rows = _F.index_select(g, 0, make(bags, dtypes.int64))
    if divisors is not None:
        rows = rows / make(divisors[:, None].astype(g.dtype.np), g.dtype)
    return _F.index_add(zeros, 0, make(indices, dtypes.int64), rows)


def _blas_dot(x: np.ndarray, y: np.ndarray) -> np.floating:
    """MKL's ?dot as measured for float32 (every result equal for n = 3, 4, 8, 16; other lengths
    take kernels not identified and may differ in the last bits): products added into four lanes,
    one block after another (no fused multiply-add), the lanes folded in halves, a tail after."""
    n = x.shape[0] // 4 * 4
    t = x.dtype.type
    acc = np.zeros(4, dtype=x.dtype)
    for s in range(0, n, 4):
        acc = acc + x[s:s + 4] * y[s:s + 4]
    total = t(t(acc[0] + acc[2]) + t(acc[1] + acc[3]))
    for k in range(n, x.shape[0]):
        total = t(total + t(x[k] * y[k]))
    return total


def _scaled_rows_into_table(gd: np.ndarray, indices: np.ndarray, bags: np.ndarray, scales: np.ndarray,
                            num_weights: int) -> np.ndarray:
    """ATen's dense embedding_bag backward loop: each sample's bag row, times its scale (taken to the
    gradient's dtype), added into its table row with a fused multiply-add (BLAS axpy), the samples
    in the order ``sort`` puts the indices in."""
    order = _F.sort(make(indices, dtypes.int64)).indices._data if indices.size else indices
    grad = np.zeros((num_weights, gd.shape[1]), dtype=gd.dtype)
    for j in order:
        grad[indices[j]] = fma(gd.dtype.type(scales[j]), gd[bags[j]], grad[indices[j]])
    return grad


def embedding_bag_weighted_grads(g: Tensor, weight: Tensor, per_sample_weights: Tensor, indices: np.ndarray,
                                 bags: np.ndarray, padding_idx, wanted: int, sparse: bool = False,
                                 frequencies: Optional[np.ndarray] = None) -> Tensor:
    """``embedding_bag(mode='sum', per_sample_weights=w)``, as ATen's CPU backward computes it:
    for the table (``wanted`` 0) each sample's gradient row, scaled by its weight, is added into its
    row with a fused multiply-add (BLAS axpy), the samples taken in the order ``sort`` puts all the
    indices in; for the weights (1) each is the BLAS dot of its bag's gradient row with its row.
    Samples outside every bag or at ``padding_idx`` give nothing."""
    gd, wd = g._data, weight._data
    skip = (bags < 0) | (indices == padding_idx) if padding_idx is not None else bags < 0
    if wanted == 1:
        out = np.zeros(indices.size, dtype=gd.dtype)
        for j in np.flatnonzero(~skip):
            out[j] = _blas_dot(gd[bags[j]], wd[indices[j]])
        return make(out.reshape(tuple(per_sample_weights.shape)), g.dtype)
    scales = per_sample_weights._data.reshape(-1)
    if frequencies is not None:  # ATen: the weight (as double) divided by the sample's count
        scales = (scales.astype(np.float64) / frequencies).astype(scales.dtype)
    if sparse:  # ATen: each sample's bag row times its weight, padding_idx's samples dropped
        rows = gd[bags[~skip]] * scales[~skip][:, None]
        return sparse_tensor.new(indices[~skip].reshape(1, -1), rows, wd.shape, g.dtype)
    order = _F.sort(make(indices, dtypes.int64)).indices._data if indices.size else indices
    grad = np.zeros(wd.shape, dtype=gd.dtype)
    for j in order:
        if not skip[j]:
            grad[indices[j]] = fma(scales[j], gd[bags[j]], grad[indices[j]])
    return make(grad, g.dtype)


def _embedding_double(gg: Tensor, indices: np.ndarray, padding_idx, scale_by_freq: bool, counts) -> Tensor:
    picked = _F.index_select(gg, 0, make(indices.reshape(-1), dtypes.int64))
    if padding_idx is not None:
        mask = make((indices.reshape(-1) != padding_idx)[:, None], dtypes.bool_)
        picked = picked * mask
    if scale_by_freq:
        picked = picked / make(counts[indices.reshape(-1)][:, None].astype(gg.dtype.np), gg.dtype)
    return picked.reshape(tuple(indices.shape) + (gg.shape[1],))


def _layer_xhat(a: Tensor, n_norm: int, eps: float) -> tuple[tuple[int, ...], Tensor, Tensor]:
    """The normalised dims, ``(a - mean) / std`` over them, and 1/std."""
    dims = tuple(range(a.ndim - n_norm, a.ndim))
    mu = a.mean(dims, keepdim=True)
    centered = a - mu
    var = (centered * centered).mean(dims, keepdim=True)
    rstd = _F.rsqrt(var + eps)
    return dims, centered * rstd, rstd


def _layer_rows(g: Tensor, a: Tensor, weight, n_norm: int) -> Optional[tuple[np.ndarray, np.ndarray]]:
    """dy and x as (rows, n) float32 arrays where PyTorch's float32 kernel applies on plain arrays
    (no graph to record: create_graph takes the differentiable formulas), else None."""
    if _State.enabled or a._data.dtype != np.float32 or g.dtype is not a.dtype or a.numel() == 0 or (
            weight is not None and weight.dtype is not a.dtype):
        return None
    n = int(np.prod(a.shape[a.ndim - n_norm:]))
    rows = (np.ascontiguousarray(np.broadcast_to(g._data, a.shape)).reshape(-1, n),
            np.ascontiguousarray(a._data).reshape(-1, n))
    return rows


def layer_norm_input_grad(g: Tensor, a: Tensor, weight, n_norm: int, eps: float) -> Tensor:
    """dx of layer norm over the last ``n_norm`` dims, in differentiable ops."""
    rows = _layer_rows(g, a, weight, n_norm)
    if rows is not None:
        w = None if weight is None else weight._data.reshape(-1)
        return make(layer_norm_rows_input_grad(rows[0], rows[1], w, eps).reshape(a.shape), a.dtype)
    dims, xhat, rstd = _layer_xhat(a, n_norm, eps)
    gy = g * weight if weight is not None else g
    return rstd * (gy - gy.mean(dims, keepdim=True) - xhat * (gy * xhat).mean(dims, keepdim=True))


def layer_norm_weight_grad(g: Tensor, a: Tensor, weight, n_norm: int, eps: float) -> Tensor:
    rows = _layer_rows(g, a, weight, n_norm)
    if rows is not None:
        dw = layer_norm_rows_weight_grad(rows[0], rows[1], eps, blas.get_threads())
        return make(dw.reshape(tuple(weight.shape)), a.dtype)
    _, xhat, _ = _layer_xhat(a, n_norm, eps)
    lead = tuple(range(a.ndim - n_norm))
    return (g * xhat).sum(lead) if lead else g * xhat


def layer_norm_bias_grad(g: Tensor, a: Tensor, weight, n_norm: int, eps: float) -> Tensor:
    rows = _layer_rows(g, a, weight, n_norm)
    if rows is not None:
        return make(layer_norm_rows_bias_grad(rows[0], blas.get_threads()).reshape(tuple(weight.shape)), a.dtype)
    lead = tuple(range(a.ndim - n_norm))
    return g.sum(lead) if lead else g


def _scalar_tail(x: Tensor) -> Tensor:
    """True where PyTorch's pointwise CPU loop runs its scalar code rather than 16-wide vector code.

    The loop handles two 32-byte vectors per step (16 floats, 8 doubles) and leaves the last
    ``numel % 16`` (float64: ``% 8``) elements, in memory order, to the scalar form, whose rounding
    order differs.
    """
    n = x.numel()
    step = 8 if x.dtype is dtypes.float64 else 16
    flags = np.arange(n) >= n - n % step
    return make(flags.reshape(tuple(x.shape)), dtypes.bool_)


def _smooth_l1_grad(grad, self, target, beta, norm):
    # PyTorch's backward kernel: vector lanes compute norm * (x / beta or +-1) * grad in the input's
    # type; scalar ones norm * x * grad, divided by beta in double precision, or +-norm * grad.
    x = self - target
    grad = grad.expand(x.shape) if tuple(grad.shape) != tuple(x.shape) else grad
    vector = _F.where(_F.abs(x) >= beta, _F.sign(x), x / beta) * norm * grad
    scaled = grad * norm
    inside = (x * norm * grad).to(dtypes.float64) / beta
    scalar = _F.where(x <= -beta, -scaled, _F.where(x >= beta, scaled, inside.to(x.dtype)))
    return _F.where(_scalar_tail(x), scalar, vector)


def _huber_grad(grad, self, target, delta, norm):
    x = self - target
    grad = grad.expand(x.shape) if tuple(grad.shape) != tuple(x.shape) else grad
    vector = _F.where(_F.abs(x) >= delta, _F.sign(x) * delta, x) * norm * grad
    # The scalar form multiplies by delta in double precision.
    outside = (grad * norm).to(dtypes.float64) * delta
    scalar = _F.where(x <= -delta, (-outside).to(x.dtype), _F.where(x >= delta, outside.to(x.dtype), x * norm * grad))
    return _F.where(_scalar_tail(x), scalar, vector)


def smooth_l1_backward(grad: Tensor, self: Tensor, target: Tensor, beta: float, norm: float,
                       reduction: str) -> Tensor:
    """smooth_l1_loss_backward: one node (SmoothL1LossBackwardBackward0) under create_graph."""
    return record_backward_op("smooth_l1_loss_backward", (grad, self, target),
                              {"beta": beta, "norm": norm, "reduction": reduction},
                              lambda: _smooth_l1_grad(grad, self, target, beta, norm))


def huber_backward(grad: Tensor, self: Tensor, target: Tensor, delta: float, norm: float, reduction: str) -> Tensor:
    """huber_loss_backward: one node (HuberLossBackwardBackward0) under create_graph."""
    return record_backward_op("huber_loss_backward", (grad, self, target),
                              {"delta": delta, "norm": norm, "reduction": reduction},
                              lambda: _huber_grad(grad, self, target, delta, norm))


RULES = {
    "embedding": Rule(
        "embedding", "EmbeddingBackward0", None,
        (lambda grad, picks, weight_sym_argsize_0, padding_idx, scale_grad_by_freq:
         embedding_grad(grad, picks, weight_sym_argsize_0, None if padding_idx == -1 else padding_idx,
                        scale_grad_by_freq),), (0,), ("weight",)),
    "embedding_bag": Rule(
        "embedding_bag", "EmbeddingBagBackward0", None,
        (lambda grad, indices, bags, divisors, argmax, num_weights, sparse, frequencies:
         embedding_bag_grad(grad, indices, bags, divisors, argmax, num_weights, sparse, frequencies),), (0,),
        ("weight",)),
    "embedding_bag_weighted": Rule(
        "embedding_bag_weighted", "EmbeddingBagBackward0", None,
        (lambda grad, weight, per_sample_weights, indices, bags, padding_idx, sparse, frequencies:
         embedding_bag_weighted_grads(grad, weight, per_sample_weights, indices, bags, padding_idx, 0, sparse,
                                      frequencies),
         lambda grad, weight, per_sample_weights, indices, bags, padding_idx, sparse, frequencies:
         embedding_bag_weighted_grads(grad, weight, per_sample_weights, indices, bags, padding_idx, 1)),
        (0, 1), ("weight", "per_sample_weights")),
    "embedding_dense_backward": Rule(
        "embedding_dense_backward", "EmbeddingDenseBackward0", None,
        (lambda grad, indices, padding_idx, scale_by_freq, counts:
         _embedding_double(grad, indices, padding_idx, scale_by_freq, counts),), (0,), ("grad_output",)),
    "layer_norm": Rule(
        "layer_norm", "NativeLayerNormBackward0", None,
        # one formula per input, each computing only its own gradient (same arguments, so the
        # node saves what PyTorch's saves)
        # (bias too, which none reads: PyTorch's node saves it)
        (lambda grad, input, weight, bias, n_norm, eps: layer_norm_input_grad(grad, input, weight, n_norm, eps),
         lambda grad, input, weight, bias, n_norm, eps: layer_norm_weight_grad(grad, input, weight, n_norm, eps),
         lambda grad, input, weight, bias, n_norm, eps: layer_norm_bias_grad(grad, input, weight, n_norm, eps)),
        (0, 1, 2), ("input", "weight", "bias")),
    "softplus": Rule("softplus", "SoftplusBackward0", None, (_activations.softplus_grad,), (0,), ("self",)),
    "smooth_l1_loss": Rule(
        "smooth_l1_loss", "SmoothL1LossBackward0", None,
        (smooth_l1_backward,
         lambda grad, self, target, beta, norm, reduction:
             smooth_l1_backward(grad, target, self, beta, norm, reduction)),
        (0, 1), ("self", "target"), jvp=lambda inputs, tangents, out, attrs:
            _loss_tangents.pointwise_loss(smooth_l1_backward, _loss_tangents.smooth_l1_decomposed, inputs, tangents,
                                          attrs["beta"], attrs["reduction"])),
    "huber_loss": Rule(
        "huber_loss", "HuberLossBackward0", None,
        (huber_backward,
         lambda grad, self, target, delta, norm, reduction: huber_backward(grad, target, self, delta, norm, reduction)),
        (0, 1), ("self", "target"), jvp=lambda inputs, tangents, out, attrs:
            _loss_tangents.pointwise_loss(huber_backward, _loss_tangents.huber_decomposed, inputs, tangents,
                                          attrs["delta"], attrs["reduction"])),
}
# Its gradients are numpy kernels (ATen's summation orders): they refuse a second derivative.
RULES["embedding_bag_weighted"].once_differentiable = True
