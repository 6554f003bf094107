"""Order statistics and NaN-aware reductions: ``median``, ``nanmedian``, ``mode``, ``kthvalue``,
``quantile``, ``nansum``, ``nanmean``, ``cumprod``, ``vander``; sorted search (``bucketize``, ``searchsorted``),
``cdist``; paired results (``aminmax``, ``std_mean``, ``var_mean``) and running extremes
(``cummax``, ``cummin``, ``logcumsumexp``)."""
from __future__ import annotations

from typing import Any

import builtins
import math

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine.complex_guard import refuse_complex
from autograd_tui.engine._given_dims import every_dim
from autograd_tui.engine._tensor import NO_DIM, Tensor, _c_type, make, norm_dim, warn_once
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.record import no_forward_ad, record
from autograd_tui.engine.parity import pdist as pdist_kernels, std_algorithms
from autograd_tui.engine.parity.summation import float_sum, numpy_sum
from autograd_tui.engine.functions._structseq import result
from autograd_tui.engine.functions._common import (
    _R, _norm_dims, _scalar_type_name, check_int, operands_broadcast_error, wrap,
)
from autograd_tui.engine.functions.complex_cumprod import cumprod_complex
from autograd_tui.engine.functions.creation import _resolve_dtype as resolve_dtype, ones_like
from autograd_tui.engine.functions.linalg import addmm, batched_data, bmm, mv, scaled_mv_data
from autograd_tui.engine.functions.arrange import dim_of_nonscalar
from autograd_tui.engine.functions.shapes import cat, unsqueeze_dims
from autograd_tui.engine.functions.reductions import (
    _pair, _reduced_dtype, _var_args, _variance64, _warn_dof, cumulative, extreme_backward, std_backward,
    var_backward, vector_norm,
)


# Cumulative sums and products
# ============================================================================================
def cumulative_dtype(input: Tensor, dtype, kernel: str) -> dtypes.dtype:
    """The result dtype of ``cumsum``/``cumprod``: the ``dtype=`` asked for (the input is cast to it
    first, and an integer one wraps as it accumulates), else the input's, integers and bools as int64."""
    if dtype is None:
        return input.dtype if input.dtype.is_floating_point or input.dtype.is_complex else dtypes.int64
    out_dtype = resolve_dtype(dtype) or input.dtype
    if out_dtype is dtypes.bool_:
        raise NotImplementedError(f"\"{kernel}\" not implemented for 'Bool'")
    return out_dtype


def cumsum(input: Tensor, dim: int, *, dtype=None) -> Tensor:
    out_dtype = cumulative_dtype(input, dtype, "cumsum_out_cpu")
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    data = cumulative(np.cumsum, input._data.astype(out_dtype.np, copy=False), d, out_dtype)
    # the node is the input's own, as PyTorch's: the gradient goes back to the input's dtype
    return record(_R["cumsum"], (input,), wrap(data, out_dtype), {"dim": d, "self_scalar_type": input.dtype})


def cumprod(input: Tensor, dim: int, *, dtype=None) -> Tensor:
    out_dtype = cumulative_dtype(input, dtype, "cumprod_out_cpu")
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    if out_dtype.is_complex:
        return cumprod_complex(input.to(out_dtype), d)
    out = make(cumulative(np.cumprod, input._data.astype(out_dtype.np, copy=False), d, out_dtype), out_dtype)
    return record(_R["cumprod"], (input,), out, {"dim": d})


def cumprod_backward(grad: Tensor, input: Tensor, result: Tensor, dim: int) -> Tensor:
    """sum over k >= i of grad_k * result_k / input_i; where an input is zero, the products are
    taken without it, as PyTorch's formula does."""
    if input.ndim == 0:
        return grad
    if not (input._data == 0).any():
        return (grad * result).flip(dim).cumsum(dim).flip(dim) / input
    # With zeros: for each i, prod_{j <= k, j != i} x_j, summed against grad_k (small slices only).
    x = np.moveaxis(input._data.astype(np.float64), dim, -1)
    g = np.moveaxis(grad._data.astype(np.float64), dim, -1)
    n = x.shape[-1]
    out = np.zeros_like(x)
    for i in range(n):
        without = x.copy()
        without[..., i] = 1.0
        partial = np.cumprod(without, axis=-1)
        out[..., i] = (g[..., i:] * partial[..., i:]).sum(-1)
    return make(np.ascontiguousarray(np.moveaxis(out, -1, dim)).astype(grad.dtype.np), grad.dtype)


def vander(x: Tensor, N: int | None = None, increasing: bool = False) -> Tensor:  # noqa: N803
    """Columns x**(N-1) ... x**0 (reversed when ``increasing``), as PyTorch builds them: ones, then a
    running product, so integer input gives int64 and float powers round as repeated products."""
    if x.ndim != 1:
        raise RuntimeError("x must be a one-dimensional tensor.")
    n = x.shape[0] if N is None else N
    if n < 0:
        raise RuntimeError("N must be non-negative.")
    out_dtype = dtypes.promote_types(x.dtype, dtypes.int64)
    ones = ones_like(x, dtype=out_dtype).unsqueeze(1)
    if n == 0:
        result = ones[:, :0]
    elif n == 1:
        result = ones
    else:
        result = cat([ones, cumprod(x.to(out_dtype).unsqueeze(1).expand(-1, n - 1), 1)], 1)
    return result if increasing else result.flip(1)


# NaN-aware sums and means
# ============================================================================================
def nansum(input: Tensor, dim=None, keepdim: bool = False, *, dtype=None) -> Tensor:
    refuse_complex(input, "nansum")
    out_dtype = _reduced_dtype(input, dtype)
    x = input._data.astype(out_dtype.np, copy=False)
    if out_dtype.is_floating_point:
        x = np.where(np.isnan(x), x.dtype.type(0), x)
    whole = dim is None or isinstance(dim, (tuple, list)) and not dim
    dims = every_dim(input.ndim, dim) if whole else _norm_dims(dim, input.ndim)
    if input.ndim == 0:
        dim, dims = None, ()  # a 0-d tensor's dim 0 is all of it
    if dim is None and not keepdim:
        data = np.asarray(float_sum(x) if out_dtype.is_floating_point else x.sum(), dtype=out_dtype.np)
    else:
        data = np.asarray(float_sum(x, dims, keepdim) if out_dtype.is_floating_point
                          else x.sum(axis=dims, keepdims=keepdim), dtype=out_dtype.np)
    return record(_R["nansum"], (input,), make(data, out_dtype),
                  {"shape": input.shape, "dim": dims, "keepdim": keepdim})


def nansum_backward(grad: Tensor, input: Tensor, shape, dim, keepdim: bool) -> Tensor:
    return unsqueeze_dims(grad, dim, keepdim).expand(shape) * input.isnan().logical_not()


def nanmean(input: Tensor, dim=None, keepdim: bool = False, *, dtype=None) -> Tensor:
    refuse_complex(input, "nanmean")
    if not input.dtype.is_floating_point:
        raise RuntimeError("nanmean(): expected input to have floating point or complex dtype but got "
                           f"{_scalar_type_name(input.dtype)}")
    if dtype is not None and not (dtype.is_floating_point or dtype.is_complex):
        raise RuntimeError("nanmean(): could not infer output dtype. Optional dtype must be either a floating point "
                           f"or complex dtype. Got: {_scalar_type_name(dtype)}")
    kept = input.isnan().logical_not()
    count = kept.sum() if dim is None else kept.sum(dim, keepdim=keepdim)
    return nansum(input, dim, keepdim, dtype=dtype) / count


# Order statistics
# ============================================================================================
def _nan_last_order(x: np.ndarray, axis: int) -> np.ndarray:
    """A stable ascending order with NaN after every number (numpy's sort puts NaN last too)."""
    return np.argsort(x, axis=axis, kind="stable")


def _median_all(name: str, input: Tensor, ignore_nan: bool) -> Tensor:
    flat = input._data.reshape(-1)
    if flat.size == 0:
        # NaN, or for an integer tensor what NaN turns into: the type's smallest value.
        value = (np.asarray(np.nan, dtype=input.dtype.np) if input.dtype.is_floating_point
                 else np.asarray(np.iinfo(input.dtype.np).min, dtype=input.dtype.np))
    else:
        ordered = np.sort(flat, kind="stable")
        count = flat.size
        if input.dtype.is_floating_point:
            nans = int(np.isnan(flat).sum())
            if nans and not ignore_nan:
                count = 0  # any NaN makes the median NaN
            elif ignore_nan:
                count = flat.size - nans
        value = ordered[(count - 1) // 2] if count else np.asarray(np.nan, dtype=input.dtype.np)
    out = make(np.asarray(value, dtype=input.dtype.np), input.dtype)
    return record(_R[name], (input,), out)


def _select_along(name: str, input: Tensor, dim, keepdim: bool, pick, rule: str | None = None) -> Any:
    """values and indices of the element ``pick(sorted_values, order)`` chooses in each slice."""
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    x = input._data.reshape(1) if input.ndim == 0 else input._data
    if x.shape[d] == 0:
        # nanmedian runs median's kernel, whose message names median
        raise IndexError(f"{name.removeprefix('nan')}(): Expected reduction dim {d} to have non-zero size.")
    xs = np.moveaxis(x, d, -1)
    idx = pick(xs)
    values = np.take_along_axis(xs, idx[..., None], axis=-1)[..., 0]
    if keepdim and input.ndim:
        idx, values = np.expand_dims(idx, d), np.expand_dims(values, d)
    # np.array, not np.ascontiguousarray: that one turns a 0-d result into shape (1,).
    v = make(np.array(values, dtype=input.dtype.np, order="C"), input.dtype)
    i = make(np.array(idx, dtype=np.int64, order="C"), dtypes.int64)
    if _State.enabled:
        record(_R[rule or name], (input,), v, {"shape": input.shape, "dim": d, "keepdim": keepdim, "indices": i})
    return _pair(name, v, i)


def _median_pick(ignore_nan: bool):
    def pick(xs: np.ndarray) -> np.ndarray:
        order = _nan_last_order(xs, -1)
        n = xs.shape[-1]
        nans = np.isnan(xs).sum(-1) if xs.dtype.kind == "f" else np.zeros(xs.shape[:-1], np.int64)
        if ignore_nan:
            rank = np.maximum(n - nans - 1, 0) // 2
        else:  # a slice with a NaN answers its first NaN
            rank = np.where(nans > 0, n - nans, (n - 1) // 2)
        return np.take_along_axis(order, rank[..., None], axis=-1)[..., 0]
    return pick


def median(input: Tensor, dim=NO_DIM, keepdim: bool = False) -> Any:
    if input.dtype is dtypes.bool_:
        raise NotImplementedError(f"\"{'median_cpu' if dim is NO_DIM else 'median_out'}\" not implemented for 'Bool'")
    if dim is NO_DIM:
        return _median_all("median", input, ignore_nan=False)
    return _select_along("median", input, dim, keepdim, _median_pick(ignore_nan=False), "median_dim")


def nanmedian(input: Tensor, dim=NO_DIM, keepdim: bool = False) -> Any:
    if input.dtype is dtypes.bool_:
        raise NotImplementedError(f"\"{'median_cpu' if dim is NO_DIM else 'median_out'}\" not implemented for 'Bool'")
    if dim is NO_DIM:
        return _median_all("nanmedian", input, ignore_nan=True)
    return _select_along("nanmedian", input, dim, keepdim, _median_pick(ignore_nan=True), "nanmedian_dim")


def mode(input: Tensor, dim: int = -1, keepdim: bool = False) -> Any:
    refuse_complex(input, "mode")
    def pick(xs: np.ndarray) -> np.ndarray:
        flat = xs.reshape(-1, xs.shape[-1])
        out = np.empty(flat.shape[0], np.int64)
        for r, row in enumerate(flat):
            out[r] = _mode_index(row.tolist())
        return out.reshape(xs.shape[:-1])
    return _select_along("mode", input, dim, keepdim, pick)


def _mode_index(values: list) -> int:
    """PyTorch's CPU mode: (value, index) pairs sorted by value with C++'s std::sort (not stable,
    so which index a tie reports is that sort's), then the end of the first longest run."""
    pairs = [(v, i) for i, v in enumerate(values)]
    std_algorithms.sort(pairs, lambda x, y: x[0] < y[0])
    best_index, best, run = 0, 0, 0
    for i, (v, index) in enumerate(pairs):
        run += 1
        if i == len(pairs) - 1 or v != pairs[i + 1][0]:
            if run > best:
                best_index, best = index, run
            run = 0
    return best_index


def _gt_or_nan(x, y) -> bool:
    return bool((x != x and y == y) or x > y)


def _quick_select(values: list, indices: list, k: int) -> None:
    """PyTorch's quickselect (median-of-three pivot), in place: which of equal values ends at ``k``
    is that algorithm's choice, so it is followed step for step."""
    def swap(i: int, j: int) -> None:
        values[i], values[j] = values[j], values[i]
        indices[i], indices[j] = indices[j], indices[i]
    lo, hi = 0, len(values) - 1
    while True:
        if hi <= lo:
            return
        if hi == lo + 1:
            if _gt_or_nan(values[lo], values[hi]):
                swap(lo, hi)
            return
        mid = lo + (hi - lo) // 2
        swap(mid, lo + 1)
        if _gt_or_nan(values[lo + 1], values[hi]):
            swap(lo + 1, hi)
        if _gt_or_nan(values[lo], values[hi]):
            swap(lo, hi)
        if _gt_or_nan(values[lo + 1], values[lo]):
            swap(lo + 1, lo)
        i, j = lo + 1, hi
        pivot = values[lo]
        while True:
            i += 1
            while _gt_or_nan(pivot, values[i]):
                i += 1
            j -= 1
            while _gt_or_nan(values[j], pivot):
                j -= 1
            if j < i:
                break
            swap(i, j)
        swap(lo, j)
        if j <= k:
            lo = i
        if j >= k:
            hi = j - 1


def kthvalue(input: Tensor, k: int, dim: int = -1, keepdim: bool = False) -> Any:
    refuse_complex(input, "kthvalue")
    check_int(k, "kthvalue", "k", 2)
    if input.dtype is dtypes.bool_:
        raise NotImplementedError("\"kthvalue_cpu\" not implemented for 'Bool'")
    k = int(k)
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    size = input.shape[d] if input.ndim else 1
    if size == 0:
        raise IndexError(f"kthvalue(): Expected reduction dim {d} to have non-zero size.")
    if not 1 <= k <= size:
        raise RuntimeError(f"kthvalue(): selected number k out of range for dimension {d}")

    def pick(xs: np.ndarray) -> np.ndarray:
        flat = xs.reshape(-1, xs.shape[-1])
        out = np.empty(flat.shape[0], np.int64)
        for r, row in enumerate(flat):
            values, indices = row.tolist(), list(range(row.size))
            _quick_select(values, indices, k - 1)
            out[r] = indices[k - 1]
        return out.reshape(xs.shape[:-1])
    return _select_along("kthvalue", input, dim, keepdim, pick)


# Quantiles
# ============================================================================================
_INTERPOLATIONS = ("linear", "lower", "higher", "midpoint", "nearest")


def quantile(input: Tensor, q, dim=None, keepdim: bool = False, *, interpolation: str = "linear",
             out=None) -> Tensor:
    return _quantile("quantile", input, q, dim, keepdim, interpolation, ignore_nan=False)


def nanquantile(input: Tensor, q, dim=None, keepdim: bool = False, *, interpolation: str = "linear",
                out=None) -> Tensor:
    return _quantile("nanquantile", input, q, dim, keepdim, interpolation, ignore_nan=True)


def _quantile(name: str, input: Tensor, q, dim, keepdim: bool, interpolation: str, ignore_nan: bool) -> Tensor:
    """PyTorch's composite: sort, pick the two neighbours of each rank with gather, lerp between
    them, then squeeze (so the graph and the last bits are its own)."""
    if not isinstance(q, Tensor):
        if not 0 <= q <= 1:
            raise RuntimeError(f"quantile() q must be in the range [0, 1] but got {q:g}")
    if input.numel() == 0:
        raise RuntimeError("quantile() input tensor must be non-empty")
    if isinstance(q, Tensor) and q.ndim > 1:
        raise RuntimeError("quantile() q must be a scalar or 1D tensor")
    if input.dtype not in (dtypes.float32, dtypes.float64):
        raise RuntimeError("quantile() input tensor must be either float or double dtype")
    if isinstance(q, Tensor) and q.dtype is not input.dtype:
        raise RuntimeError("quantile() q tensor must be same dtype as the input tensor")
    if interpolation not in _INTERPOLATIONS:
        raise RuntimeError("quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, "
                           f"but got {interpolation}")
    t = input.dtype.np.type
    qs = q._data.reshape(-1) if isinstance(q, Tensor) else np.array([q], dtype=input.dtype.np)
    if isinstance(q, Tensor) and ((qs < 0) | (qs > 1)).any():
        raise RuntimeError("quantile() q values must be in the range [0, 1]")
    if dim is None:
        sorted_ = input.flatten().sort().values
        kept = [1] * input.ndim if keepdim else []
    else:
        d = norm_dim(dim, builtins.max(input.ndim, 1))
        source = input if d == input.ndim - 1 or input.ndim == 0 else input.unsqueeze(-1).transpose(d, -1)
        sorted_ = source.sort().values
        kept = [s for i, s in enumerate(input.shape) if i != d] + ([1] if keepdim else [])
        if keepdim:
            kept = list(input.shape)
            kept[d] = 1
    n = sorted_.shape[-1] if sorted_.ndim else 1
    sorted_ = sorted_.view(tuple(kept) + (n,))
    values = sorted_._data
    if ignore_nan:
        counts = (~np.isnan(values)).sum(-1, keepdims=True)
        ranks = qs * (counts - 1).astype(input.dtype.np)
        ranks = np.where(ranks < 0, t(0), ranks)
    else:
        ranks = np.broadcast_to(qs * t(n - 1), values.shape[:-1] + (qs.size,))
        ranks = np.where(np.isnan(values).any(-1, keepdims=True), t(n - 1), ranks)
    if interpolation == "lower":
        ranks = np.floor(ranks)
    elif interpolation == "higher":
        ranks = np.ceil(ranks)
    elif interpolation == "nearest":
        ranks = np.round(ranks)
    below = ranks.astype(np.int64)
    result = sorted_.gather(-1, make(np.ascontiguousarray(below), dtypes.int64))
    if interpolation in ("linear", "midpoint"):
        weights = np.full(ranks.shape, 0.5, input.dtype.np) if interpolation == "midpoint" else ranks - below
        above = make(np.ascontiguousarray(np.ceil(ranks).astype(np.int64)), dtypes.int64)
        result = result.lerp(sorted_.gather(-1, above), make(np.asarray(weights, input.dtype.np), input.dtype))
    if not isinstance(q, Tensor) or q.ndim == 0:
        return result.squeeze_(-1)
    return result.unsqueeze_(0).transpose_(0, -1).squeeze_(-1)


# Sorted search
# ============================================================================================
def _search_dtype(out_int32: bool) -> dtypes.dtype:
    return dtypes.int32 if out_int32 else dtypes.int64


def _bisect(rows: np.ndarray, values: np.ndarray, right: bool) -> np.ndarray:
    """ATen's binary search, each value in its row, all at once: the same halving steps, so a sequence
    that is not sorted gives PyTorch's answer too (numpy's search narrows its bounds from the previous key)."""
    n = rows.shape[-1]
    lo = np.zeros(values.shape, np.int64)
    hi = np.full(values.shape, n, np.int64)
    active = lo < hi
    while active.any():
        mid = lo + ((hi - lo) >> 1)
        mid_values = np.take_along_axis(rows, np.minimum(mid, n - 1), axis=-1)
        go_up = ~(mid_values > values) if right else ~(mid_values >= values)
        lo = np.where(active & go_up, mid + 1, lo)
        hi = np.where(active & ~go_up, mid, hi)
        active = lo < hi
    return lo


_SEARCH_COPY = ("torch.searchsorted(): {0} tensor is non-contiguous, this will lower the performance due to extra "
                "data copy when converting non-contiguous tensor to contiguous, please use contiguous {0} tensor if "
                "possible. This message will only appear once per program. (Triggered internally at "
                "/__w/pytorch/pytorch/aten/src/ATen/native/BucketizationUtils.h:{1}.)")


def _warn_non_contiguous(input: Any, sorted_sequence: Tensor, sorter: Tensor | None) -> None:
    """PyTorch copies a non-contiguous operand before searching, and says so once per operand kind."""
    for operand, name, line in ((input, "input value", 32), (sorted_sequence, "boundary", 38),
                                (sorter, "sorter", 44)):
        if isinstance(operand, Tensor) and not operand.is_contiguous():
            warn_once(_SEARCH_COPY.format(name, line))


def searchsorted(sorted_sequence: Tensor, input, *, out_int32: bool = False, right: bool = False,
                 side: str | None = None, sorter: Tensor | None = None) -> Tensor:
    if side is not None:
        if side not in ("left", "right"):
            raise RuntimeError(f"torch.searchsorted(): side can only be 'left' or 'right' but got {side}")
        if right and side == "left":
            raise RuntimeError("torch.searchsorted(): side and right can't be set to opposites, got side of "
                               "left while right was True")
        right = side == "right"
    scalar = not isinstance(input, Tensor)
    values = np.asarray(input._data if not scalar else input)
    seq = sorted_sequence._data
    if scalar and seq.ndim != 1:
        raise RuntimeError("torch.searchsorted(): input value can be a scalar only when boundaries tensor dimension "
                           f"is 1, but we got boundaries tensor dim({seq.ndim}) and input value's dim(0) numel(1)")
    if seq.ndim == 0:
        raise RuntimeError("torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 "
                           "dimension")
    if seq.ndim > 1 and seq.shape[:-1] != values.shape[:-1]:
        raise RuntimeError("torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 "
                           "dimensions of boundaries tensor and input value tensor must match, but we got "
                           f"boundaries tensor [{', '.join(map(str, seq.shape))}] and input value tensor "
                           f"[{', '.join(map(str, values.shape))}]")
    if values.size == 0:
        data = np.zeros(values.shape, np.int64)
    else:
        _warn_non_contiguous(input, sorted_sequence, sorter)
        if sorter is not None:
            seq = np.take_along_axis(seq, sorter._data, axis=-1)
        rows = seq.reshape(1, -1) if seq.ndim <= 1 else seq.reshape(-1, seq.shape[-1])
        keys = values.reshape(1, -1) if seq.ndim <= 1 else values.reshape(-1, values.shape[-1])
        data = _bisect(rows, keys, right).reshape(values.shape)
    dtype = _search_dtype(out_int32)
    return make(np.asarray(data, dtype=dtype.np), dtype)


def bucketize(input, boundaries: Tensor, *, out_int32: bool = False, right: bool = False) -> Tensor:
    if boundaries.ndim != 1:
        raise RuntimeError("boundaries tensor must be 1 dimension, but got dim(" + str(boundaries.ndim) + ")")
    return searchsorted(boundaries, input, out_int32=out_int32, right=right)


# Pairwise distances
# ============================================================================================
def cdist(x1: Tensor, x2: Tensor, p: float = 2.0, compute_mode: str = "use_mm_for_euclid_dist_if_necessary") -> Tensor:
    # torch.cdist (Python) checks the mode before the tensors; None is not one of its modes
    if compute_mode not in ("use_mm_for_euclid_dist_if_necessary", "use_mm_for_euclid_dist",
                            "donot_use_mm_for_euclid_dist"):
        raise ValueError(f"{compute_mode} is not a valid value for compute_mode")
    if x1.ndim < 2:
        raise RuntimeError(f"cdist only supports at least 2D tensors, X1 got: {x1.ndim}D")
    if x2.ndim < 2:
        raise RuntimeError(f"cdist only supports at least 2D tensors, X2 got: {x2.ndim}D")
    if x1.shape[-1] != x2.shape[-1]:
        raise RuntimeError(f"X1 and X2 must have the same number of columns. X1: {x1.shape[-1]} X2: {x2.shape[-1]}")
    if not x1.dtype.is_floating_point:
        raise RuntimeError(f"cdist only supports floating-point dtypes, X1 got: {_scalar_type_name(x1.dtype)}")
    if x1.dtype in (dtypes.float16, dtypes.bfloat16):
        raise NotImplementedError(f'"cdist" not implemented for \'{_scalar_type_name(x1.dtype)}\'')
    if p < 0:
        raise RuntimeError(f"cdist only supports non-negative p values, got: {p}")
    rows1, rows2 = x1.shape[-2], x2.shape[-2]
    use_mm = p == 2 and (compute_mode == "use_mm_for_euclid_dist" or (
        compute_mode == "use_mm_for_euclid_dist_if_necessary" and (rows1 > 25 or rows2 > 25)))
    if use_mm:
        return _euclidean_dist(x1, x2).view(tuple(x1.shape[:-1]) + (rows2,))
    if p == 2:
        agg = pdist_kernels.cdist_euclidean(x1._data, x2._data)
        out = make(np.array(agg, dtype=x1.dtype.np, order="C"), x1.dtype)
        return record(_R["cdist"], (x1, x2), out, {"p": float(p)})
    t = x1.dtype.np.type
    diff = np.abs(x1._data[..., :, None, :] - x2._data[..., None, :, :])
    # PyTorch's loop: one pair at a time, adding each term in the tensor's precision.
    agg = np.zeros(diff.shape[:-1], x1.dtype.np)
    for k in range(diff.shape[-1]):
        d = diff[..., k]
        if p == 0:
            agg = agg + (d != 0).astype(agg.dtype)
        elif p == float("inf"):
            agg = np.maximum(agg, d)
        elif p == 1:
            agg = agg + d
        else:
            agg = agg + np.power(d.astype(np.float64), float(t(p))).astype(agg.dtype)
    if p not in (0, 1, float("inf")):
        agg = np.power(agg.astype(np.float64), 1.0 / float(t(p))).astype(agg.dtype)
    out = make(np.array(agg, dtype=x1.dtype.np, order="C"), x1.dtype)
    return record(_R["cdist"], (x1, x2), out, {"p": float(p)})


def pdist(input: Tensor, p: float = 2) -> Tensor:
    """The p-norm distances between the rows of an (n, m) matrix, pairs (i, j) with i < j in
    order: ``parity/pdist.py`` adds them as ATen's kernel does."""
    if not isinstance(input, Tensor):
        raise TypeError(f"pdist(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    if input.ndim != 2:
        raise RuntimeError(f"pdist only supports 2D tensors, got: {input.ndim}D")
    if not input.dtype.is_floating_point:
        raise RuntimeError("pdist only supports floating-point dtypes")
    if input.dtype in (dtypes.float16, dtypes.bfloat16):
        raise NotImplementedError(f'"pdist" not implemented for \'{_scalar_type_name(input.dtype)}\'')
    if p < 0:
        raise RuntimeError("pdist only supports non-negative p values")
    if _State.dual_level and input._tangent() is not None:
        raise no_forward_ad("_pdist_forward")  # PyTorch has none either
    data = pdist_kernels.forward(np.ascontiguousarray(input._data), float(p))
    out = make(np.ascontiguousarray(data, dtype=input.dtype.np), input.dtype)
    return record(_R["pdist"], (input,), out, {"p": float(p)})


def pdist_backward(grad: Tensor, input: Tensor, p: float, result: Tensor) -> Tensor:
    """``_pdist_backward``, in ATen's order (``parity/pdist.py``)."""
    data = pdist_kernels.backward(np.ascontiguousarray(grad._data), np.ascontiguousarray(input._data),
                                  result._data, p)
    return make(data, input.dtype)


def _euclidean_dist(x1: Tensor, x2: Tensor) -> Tensor:
    """PyTorch's matrix-product form for many rows: |a|^2 - 2ab + |b|^2 as one matmul, clamped
    at 0 (a point's distance to itself is an exact 0), square-rooted in place; one node
    (EuclideanDistBackward0) with its own backward, as PyTorch's."""
    with no_grad():
        x1_norm = x1.pow(2).sum(-1, keepdim=True)
        x2_norm = x2.pow(2).sum(-1, keepdim=True)
        left = cat([x1.mul(-2), x1_norm, ones_like(x1_norm)], -1)
        right = cat([x2, ones_like(x2_norm), x2_norm], -1)
        result = left.matmul(right.mT).clamp_min_(0).sqrt_()
    return record(_R["euclidean_dist"], (x1, x2), result)


def _zero_distance_ratio(grad: Tensor, result: Tensor) -> Tensor:
    # the subgradient 0 where two points coincide (where the distance is 0)
    return (grad / result).masked_fill(result == 0, 0)


def euclidean_dist_backward_x1(grad: Tensor, x1: Tensor, x2: Tensor, result: Tensor) -> Tensor:
    ratio = _zero_distance_ratio(grad, result)
    return x1 * ratio.sum(-1, keepdim=True) - ratio.matmul(x2)


def euclidean_dist_backward_x2(grad: Tensor, x1: Tensor, x2: Tensor, result: Tensor) -> Tensor:
    ratio = _zero_distance_ratio(grad, result)
    return x2 * ratio.sum(-2).unsqueeze(-1) - ratio.mT.matmul(x1)


def cdist_backward(grad: Tensor, x1: Tensor, x2: Tensor, result: Tensor, p: float) -> Tensor:
    """``_cdist_backward``'s gradient for x1 (x2's is this with the roles swapped), in ATen's
    order (``parity/pdist.cdist_backward``)."""
    data = pdist_kernels.cdist_backward(np.ascontiguousarray(grad._data), x1._data,
                                        x2._data.astype(x1.dtype.np, copy=False), result._data, float(p))
    return make(np.ascontiguousarray(data), x1.dtype)


# Paired results: aminmax, std_mean, var_mean; running extremes: cummax, cummin, logcumsumexp
# ============================================================================================
def _two_outputs(rule: str, inputs: tuple, first: Tensor, second: Tensor, attrs: dict) -> None:
    """One node for both results (output 0 and output 1), as PyTorch's multi-output ops have."""
    if not _State.enabled:
        return
    record(_R[rule], inputs, first, attrs, num_outputs=2)
    if first.grad_fn is not None:
        second.grad_fn, second._output_nr, second._requires_grad = first.grad_fn, 1, True


def _aminmax_result(lo: Tensor, hi: Tensor) -> Any:
    return result("aminmax", ("min", "max"), lo, hi)


def aminmax(input: Tensor, *, dim=None, keepdim: bool = False) -> Any:
    dims = tuple(range(input.ndim)) if dim is None else (norm_dim(dim, builtins.max(input.ndim, 1)),)
    if dim is not None and input.ndim and input.shape[dims[0]] == 0:
        raise IndexError(f"aminmax: Expected reduction dim {dims[0]} to have non-zero size.")
    if dim is None and input.numel() == 0:
        raise RuntimeError("aminmax(): cannot compute aminmax over an empty dimension as the operation has no "
                           "identity.")
    x = input._data
    axis = dims if input.ndim else None
    lo = make(np.array(np.min(x, axis=axis, keepdims=keepdim and input.ndim > 0), order="C"), input.dtype)
    hi = make(np.array(np.max(x, axis=axis, keepdims=keepdim and input.ndim > 0), order="C"), input.dtype)
    # The results as separate tensor objects (same data): the node keeps them without a cycle. Its
    # _saved_dim is the one dim as given (or None), as PyTorch's.
    _two_outputs("aminmax", (input,), lo, hi, {"dim": dim if dim is None else dims[0], "axes": dims,
                                               "keepdim": keepdim, "min": make(lo._data, lo.dtype),
                                               "max": make(hi._data, hi.dtype)})
    return _aminmax_result(lo, hi)


def aminmax_backward(grads, self: Tensor, result_min: Tensor, result_max: Tensor, dims, keepdim: bool) -> Tensor:
    parts = [extreme_backward(g, self, r, dims, keepdim) for g, r in zip(grads, (result_min, result_max))
             if g is not None]
    return parts[0] if len(parts) == 1 else parts[0] + parts[1]


_WELFORD_STEPS = 4096  # longer reductions take the plain double mean (the same digits but rarely)


def _welford_mean(data: np.ndarray, dims: tuple, keepdim: bool) -> np.ndarray:
    """The mean ``var_mean``/``std_mean`` return: Welford's running mean in double precision
    (``m += (x - m) / k``), one element after another, which PyTorch's moments kernel updates
    alongside the variance. A plain double mean rounds differently for about 1 output in 12."""
    x = np.moveaxis(data.astype(np.float64), dims, tuple(range(-len(dims), 0))) if dims else data.astype(np.float64)
    kept: tuple[int, ...] = x.shape[:x.ndim - len(dims)]
    rows = x.reshape(*kept, math.prod(x.shape[x.ndim - len(dims):]))  # not -1: a kept dim may be empty
    steps = int(rows.shape[-1])
    if steps > _WELFORD_STEPS or steps == 0:
        mean = numpy_sum(rows, -1, False) / steps  # an empty one is NaN, without numpy's warning
    else:
        mean = np.zeros(kept)
        for k in range(steps):
            mean = mean + (rows[..., k] - mean) / (k + 1)
    if keepdim:
        mean = np.expand_dims(mean, tuple(d % data.ndim for d in dims)) if data.ndim else mean
    return mean


def _moments(name: str, input: Tensor, dim, unbiased, keepdim: bool, correction) -> tuple:
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"{name}_mean only support floating point and complex dtypes")
    reduced, corr, keepdim = _var_args(input, dim, unbiased, keepdim, correction)
    _warn_dof(input, reduced, corr, f"{name}_mean")
    spread = _variance64(input._data, reduced, corr, keepdim, welford=True)
    dims = every_dim(input.ndim, None) if reduced is None else reduced
    middle = _welford_mean(input._data, dims, keepdim)
    first = make(np.asarray(np.sqrt(spread) if name == "std" else spread, dtype=input.dtype.np), input.dtype)
    second = make(np.asarray(middle).astype(input.dtype.np), input.dtype)
    count = int(np.prod([input.shape[d] for d in dims])) if input.ndim else 1
    _two_outputs(f"{name}_mean", (input,), first, second,
                 {"dim": dims, "keepdim": keepdim, "correction": corr, "count": count, "shape": input.shape})
    return first, second


def std_mean(input: Tensor, dim=NO_DIM, unbiased=None, keepdim: bool = False, *, correction=None) -> tuple:
    return _moments("std", input, dim, unbiased, keepdim, correction)


def var_mean(input: Tensor, dim=NO_DIM, unbiased=None, keepdim: bool = False, *, correction=None) -> tuple:
    return _moments("var", input, dim, unbiased, keepdim, correction)


def moments_backward(name: str, grads, self: Tensor, result0: Tensor, shape, dim, keepdim: bool,
                     correction, count) -> Tensor | None:
    total = None
    if grads[0] is not None:
        total = (std_backward(grads[0], self, result0, dim, correction, keepdim) if name == "std"
                 else var_backward(grads[0], self, dim, correction, keepdim))
    if len(grads) > 1 and grads[1] is not None:
        part = unsqueeze_dims(grads[1], dim, keepdim).expand(shape) / count
        total = part if total is None else total + part
    return total


def _running(name: str, input: Tensor, dim: int, better) -> Any:
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    x = np.moveaxis(input._data.reshape(1) if input.ndim == 0 else input._data, d, -1)
    values = np.empty_like(x)
    indices = np.empty(x.shape, np.int64)
    if x.shape[-1]:
        best, where = x[..., 0].copy(), np.zeros(x.shape[:-1], np.int64)
        values[..., 0], indices[..., 0] = best, where
        for k in range(1, x.shape[-1]):
            # A NaN wins and stays; a tie moves the index forward (PyTorch compares with >= / <=).
            take = better(x[..., k], best)
            if x.dtype.kind == "f":
                take = (take | np.isnan(x[..., k])) & ~np.isnan(best)
            best = np.where(take, x[..., k], best)
            where = np.where(take, k, where)
            values[..., k], indices[..., k] = best, where
    def back(a: np.ndarray) -> np.ndarray:
        return a.reshape(()) if input.ndim == 0 else np.ascontiguousarray(np.moveaxis(a, -1, d))
    v = make(back(values), input.dtype)
    i = make(back(indices), dtypes.int64)
    record(_R[name], (input,), v, {"dim": d, "indices": i, "shape": input.shape})
    return _pair(name, v, i)


def cummax(input: Tensor, dim: int) -> Any:
    refuse_complex(input, "cummax")
    return _running("cummax", input, dim, np.greater_equal)


def cummin(input: Tensor, dim: int) -> Any:
    refuse_complex(input, "cummin")
    return _running("cummin", input, dim, np.less_equal)


def cummaxmin_backward(grad: Tensor, shape, dim: int, indices: Tensor) -> Tensor:
    if not len(shape):
        return grad
    return grad.new_zeros(tuple(shape)).scatter_add(dim, indices, grad)


def logcumsumexp(input: Tensor, dim: int) -> Tensor:
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"logcumsumexp_out_cpu" not implemented for \'{_scalar_type_name(input.dtype)}\'')
    d = norm_dim(dim, builtins.max(input.ndim, 1))
    x = input._data.astype(np.float64)
    # In double, as PyTorch's CPU loop accumulates, then rounded once per element.
    data = np.logaddexp.accumulate(x, axis=d) if input.ndim else x
    if input.ndim and x.shape[d]:
        # The first element is log1p(0) + x there, which turns -0. into 0.
        first = (slice(None),) * d + (0,)
        data[first] = data[first] + 0.0
    out = make(np.asarray(data, dtype=input.dtype.np), input.dtype)
    return record(_R["logcumsumexp"], (input,), out, {"dim": d})


def logcumsumexp_backward(grad: Tensor, self: Tensor, result: Tensor, dim: int) -> Tensor:
    if self.ndim == 0:
        return grad
    return (grad * (-result).exp()).flip(dim).cumsum(dim).flip(dim) * self.exp()


def dist(input: Tensor, other: Tensor, p: float = 2) -> Tensor:
    """The p-norm of input - other, with one node of its own (DistBackward0)."""
    refuse_complex(input, "dist")
    refuse_complex(other, "dist")
    dtype = dtypes.promote_types(input.dtype, other.dtype)
    if not dtype.is_floating_point:
        raise RuntimeError("norm(): input dtype should be either floating point or complex. Got "
                           f"{_scalar_type_name(dtype)} instead.")
    try:
        difference = make(input._data.astype(dtype.np) - other._data.astype(dtype.np), dtype)
    except ValueError:
        raise operands_broadcast_error(input, other) from None
    with no_grad():
        norm = vector_norm(difference, p)
    return record(_R["dist"], (input, other), make(norm._data, dtype), {"p": float(p)})


def msort(input: Tensor) -> Tensor:
    return input.sort(0).values


def trapezoid(y: Tensor, x=None, *, dx=None, dim: int = -1) -> Tensor:
    """ATen's composite: no samples give plain zeros (no node); the spacings of ``x``
    (``_sample_spacing``) multiply the pair sums (in that order: a shape clash names the pair sums first)."""
    if y.dtype is dtypes.bool_ or (isinstance(x, Tensor) and x.dtype is dtypes.bool_):
        which = "`x` or `y`" if isinstance(x, Tensor) else "`y`"
        raise RuntimeError(f"trapezoid: received a bool input for {which}, but bool is not supported")
    d = dim_of_nonscalar(dim, y.ndim)
    if y.shape[d] == 0:
        return make(np.zeros(y.shape[:d] + y.shape[d + 1:], dtype=y.dtype.np), y.dtype)
    if isinstance(x, Tensor):
        spacing = _sample_spacing("trapezoid", x, y, d)
        size = y.shape[d]
        total = ((y.narrow(d, 1, size - 1) + y.narrow(d, 0, size - 1)) * spacing).sum(d)
        return _div_scalar(total, 2)
    step = 1 if dx is None and x is None else (x if dx is None else dx)
    ends = _mul_scalar(y.select(d, 0) + y.select(d, -1), 0.5)
    return _mul_scalar(y.sum(d) - ends, step)


def _sample_spacing(name: str, x: Tensor, y: Tensor, d: int) -> Tensor:
    """The spacings between the sample points ``x`` along ``d``, as ATen's trapezoid composites
    take them: a 1-D x holds one value per sample and lies along ``d``; one with fewer dims than y
    is padded with leading 1s; the differences are taken before broadcasting (as NumPy does)."""
    if x.ndim == 1:
        if x.shape[0] != y.shape[d]:
            raise RuntimeError(f"{name}: There must be one `x` value for each sample point")
        x = x.view(tuple(x.shape[0] if i == d else 1 for i in range(y.ndim)))
    elif x.ndim < y.ndim:
        x = x.view((1,) * (y.ndim - x.ndim) + tuple(x.shape))
    before = (slice(None),) * d
    return x[before + (slice(1, None),)] - x[before + (slice(None, -1),)]


def _div_scalar(t: Tensor, number) -> Tensor:
    # ATen's `/ 2.` on a tensor: the Scalar overload (DivBackward1), a true division (ints give floats).
    dtype = t.dtype if t.dtype.is_floating_point else dtypes.get_default_dtype()
    math = np.float32 if dtype.np == np.float16 else dtype.np  # half computes in float (opmath)
    out = make(np.asarray(t._data.astype(math) / np.asarray(number, math), dtype=dtype.np), dtype)
    return record(_R["div_scalar"], (t,), out, {"other": number})


def _add_scalar(t: Tensor, number) -> Tensor:
    # ATen's `1 + t` inside a composite: the Scalar overload, AddBackward1 (t is floating here).
    math = np.float32 if t.dtype.np == np.float16 else t.dtype.np  # half computes in float (opmath)
    out = make(np.asarray(t._data.astype(math) + np.asarray(number, math), dtype=t.dtype.np), t.dtype)
    return record(_R["add_scalar"], (t,), out, {"other": number})


def _mul_scalar(t: Tensor, number) -> Tensor:
    # ATen's composites multiply by plain numbers: the Scalar overload, MulBackward1.
    dtype = t.dtype if t.dtype.is_floating_point or not isinstance(number, float) else dtypes.get_default_dtype()
    math = np.float32 if dtype.np == np.float16 else dtype.np  # half computes in float (opmath)
    out = make(np.asarray(t._data.astype(math) * np.asarray(number, math), dtype=dtype.np), dtype)
    return record(_R["mul_scalar"], (t,), out, {"other": number})


trapz = trapezoid


def cumulative_trapezoid(y: Tensor, x=None, *, dx=None, dim: int = -1) -> Tensor:
    """The running trapezoid sums, as ATen's composite: a constant spacing scales the pair sums by
    dx / 2 before the cumsum (one MulBackward1); spacings from x multiply them and the cumsum is
    halved after (DivBackward1)."""
    if y.dtype is dtypes.bool_ or (isinstance(x, Tensor) and x.dtype is dtypes.bool_):
        which = "`x` or `y`" if isinstance(x, Tensor) else "`y`"
        raise RuntimeError(f"cumulative_trapezoid: received a bool input for {which}, but bool is not supported")
    d = dim_of_nonscalar(dim, y.ndim)
    before = (slice(None),) * d
    left, right = y[before + (slice(None, -1),)], y[before + (slice(1, None),)]
    if isinstance(x, Tensor):
        return _div_scalar(((left + right) * _sample_spacing("cumulative_trapezoid", x, y, d)).cumsum(d), 2)
    step = 1 if dx is None and x is None else (x if dx is None else dx)
    return _mul_scalar(left + right, step / 2.0).cumsum(d)


# Matrix-vector and batched products with an added term
# ============================================================================================
def _added_product(rule: str, input: Tensor, a: Tensor, b: Tensor, product: np.ndarray, beta, alpha,
                   names: tuple[str, str], applied: bool = False) -> Tensor:
    """The result of ``rule`` from ``product`` (a @ b), or with ``applied`` from the finished
    beta * input + alpha * product."""
    dtype = a.dtype
    bias = input._data.astype(dtype.np, copy=False)
    try:
        np.broadcast_shapes(bias.shape, product.shape)
    except ValueError:
        input.detach().expand(product.shape)  # raises PyTorch's broadcast error
    if applied:
        data = product
    elif (beta, alpha) == (1, 1):
        data = product + bias
    elif beta == 0:
        data = product * dtype.np.type(alpha)
    else:
        data = bias * dtype.np.type(beta) + product * dtype.np.type(alpha)
    out = make(np.array(np.broadcast_to(data, product.shape), dtype=dtype.np), dtype)
    return record(_R[rule], (input, a, b), out, {"beta": beta, "alpha": alpha})


def addmv(input: Tensor, mat: Tensor, vec: Tensor, *, beta=1, alpha=1) -> Tensor:
    # sizes first (the added term must hold one value or one per row), then one dtype for all three
    if mat.ndim != 2 or vec.ndim != 1 or input.ndim > 1:
        raise RuntimeError(f"vector + matrix @ vector expected, got {input.ndim}, {mat.ndim}, {vec.ndim}")
    if mat.shape[1] != vec.shape[0] or input.numel() not in (1, mat.shape[0]):
        rows = input.shape[0] if input.ndim else input.numel()
        raise RuntimeError(f"size mismatch, got input ({rows}), mat ({'x'.join(str(d) for d in mat.shape)}), "
                           f"vec ({vec.shape[0] if vec.ndim else 0})")
    if input.dtype is not mat.dtype or mat.dtype is not vec.dtype:
        raise RuntimeError("addmv input tensors must have the same dtype, but got "
                           f"{_scalar_type_name(input.dtype)}, {_scalar_type_name(mat.dtype)}, and "
                           f"{_scalar_type_name(vec.dtype)}")
    product = mv(mat.detach(), vec.detach())._data  # PyTorch's size checks, and MKL's order of the sums
    if (beta, alpha) != (1, 1) and input.numel():
        scaled = scaled_mv_data(input._data, mat._data, vec._data, beta, alpha)
        if scaled is not None:  # MKL's gemv applies alpha and beta itself
            return _added_product("addmv", input, mat, vec, scaled, beta, alpha, ("mat", "vec"), applied=True)
    return _added_product("addmv", input, mat, vec, product, beta, alpha, ("mat", "vec"))


def baddbmm(input: Tensor, batch1: Tensor, batch2: Tensor, *, beta=1, alpha=1) -> Tensor:
    # dtypes are checked before sizes: the added term against batch1 first, then batch1 against batch2
    if input.dtype is not batch1.dtype:
        raise RuntimeError(f"Input dtypes must be the same, got: input {_c_type(input.dtype)}, batch1: "
                           f"{_c_type(batch1.dtype)}, batch2: {_c_type(batch2.dtype)}")
    if batch1.dtype is not batch2.dtype:
        raise RuntimeError(f"expected scalar type {_scalar_type_name(batch1.dtype)} but found "
                           f"{_scalar_type_name(batch2.dtype)}")
    bmm(batch1.detach(), batch2.detach())  # PyTorch's size checks
    if batch1.dtype in (dtypes.float32, dtypes.float64):
        kind = batch1.dtype.np.type
        shape = (batch1.shape[0], batch1.shape[1], batch2.shape[2])
        bias = input._data.astype(batch1.dtype.np, copy=False)
        try:
            np.broadcast_shapes(bias.shape, shape)
        except ValueError:
            input.detach().expand(shape)  # raises PyTorch's broadcast error
        # ATen's loop (small) or MKL's batched gemm apply beta (to the input, first) and alpha
        added = None if beta == 0 else (bias if beta == 1 else np.multiply(bias, kind(beta)))
        data = batched_data(batch1._data, batch2._data, added=added, alpha=None if alpha == 1 else kind(alpha))
        return _added_product("baddbmm", input, batch1, batch2, data, beta, alpha, ("batch1", "batch2"), applied=True)
    return _added_product("baddbmm", input, batch1, batch2, np.matmul(batch1._data, batch2._data), beta, alpha,
                          ("batch1", "batch2"))


def addbmm(input: Tensor, batch1: Tensor, batch2: Tensor, *, beta=1, alpha=1) -> Tensor:
    """``beta * input + alpha * sum_b batch1[b] @ batch2[b]``. PyTorch's result equals one addmm
    whose inner dimension runs over every batch in turn (measured bit for bit), so it is computed so."""
    for name, t in (("batch1", batch1), ("batch2", batch2)):
        if t.ndim != 3:
            raise RuntimeError(f"{name} must be a 3D tensor")
    (b1, n, k), (b2, k2, p) = batch1.shape, batch2.shape
    input.detach().expand((n, p))  # PyTorch checks the added term first: its broadcast error
    if b1 != b2:
        raise RuntimeError(f"batch1 and batch2 must have same number of batches, got {b1} and {b2}")
    if k != k2:
        raise RuntimeError(f"Incompatible matrix sizes for bmm ({n}x{k} and {k2}x{p})")
    if batch1.dtype is not batch2.dtype:
        raise RuntimeError(f"self and mat2 must have the same dtype, but got {_scalar_type_name(batch1.dtype)} "
                           f"and {_scalar_type_name(batch2.dtype)}")
    with no_grad():
        out = addmm(input.detach().to(batch1.dtype), batch1.detach().transpose(0, 1).reshape(n, b1 * k),
                    batch2.detach().reshape(b1 * k, p), beta=beta, alpha=alpha)
    return record(_R["addbmm"], (input, batch1, batch2), make(out._data, out.dtype), {"beta": beta, "alpha": alpha})


def addr(input: Tensor, vec1: Tensor, vec2: Tensor, *, beta=1, alpha=1) -> Tensor:
    if vec1.ndim != 1 or vec2.ndim != 1:
        raise RuntimeError(f"addr: Expected 1-D argument vec1, but got {vec1.ndim}-D" if vec1.ndim != 1
                           else f"addr: Expected 1-D argument vec2, but got {vec2.ndim}-D")
    return _added_product("addr", input, vec1, vec2, np.multiply.outer(vec1._data, vec2._data), beta, alpha,
                          ("vec1", "vec2"))
