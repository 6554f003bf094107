"""Embedding lookups: ``F.embedding`` (rows picked by index, with max_norm's in-place renorm) and
``F.embedding_bag`` (each bag's rows summed, averaged or maxed, optionally weighted per sample)."""
from __future__ import annotations

from typing import Optional, cast

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine import functions as _F
from autograd_tui.engine import sparse_tensor
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.nn import _rules
from autograd_tui.engine.parity import blas
from autograd_tui.engine.parity.float32_math import fma
from autograd_tui.engine.record import record


def _not_in_engine(what: str) -> NotImplementedError:
    return NotImplementedError(f"{what} is not available in the embedded engine; real PyTorch has it "
                               "(run with --backend torch).")


def embedding(input: Tensor, weight: Tensor, padding_idx: Optional[int] = None, max_norm: Optional[float] = None,
              norm_type: float = 2.0, scale_grad_by_freq: bool = False, sparse: bool = False) -> Tensor:
    """Rows of ``weight`` picked by the integer ``input``; ``padding_idx``'s row gets no gradient."""
    if not isinstance(input, Tensor):
        raise TypeError(f"embedding(): argument 'indices' (position 2) must be Tensor, not {_F._type_name(input)}")
    if padding_idx is not None:
        if padding_idx > 0:
            if padding_idx >= weight.size(0):
                raise AssertionError("Padding_idx must be within num_embeddings")
        elif padding_idx < 0:
            if padding_idx < -weight.size(0):
                raise AssertionError("Padding_idx must be within num_embeddings")
            padding_idx = weight.size(0) + padding_idx
    else:
        padding_idx = -1
    if sparse and scale_grad_by_freq:
        raise _not_in_engine("Sparse embedding gradients scaled by frequency (sparse=True, scale_grad_by_freq=True)")
    if input.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError("Expected tensor for argument #1 'indices' to have one of the following scalar types: "
                           f"Long, Int; but got {dtypes.type_string(input.dtype)} instead (while checking "
                           "arguments for embedding)")
    if weight.ndim != 2:
        raise RuntimeError("'weight' must be 2-D")
    idx = input._data.astype(np.int64, copy=False)
    if idx.size and (idx.min() < 0 or idx.max() >= weight.shape[0]):
        raise IndexError("index out of range in self")
    if max_norm is not None:
        _embedding_renorm_(weight, idx, max_norm, norm_type)
    if sparse:
        return sparse_tensor.embedding_rows(weight, input, idx, padding_idx)
    return _rules.embedding_rows(weight, input, idx, padding_idx, scale_grad_by_freq)


def _embedding_renorm_(weight: Tensor, indices: np.ndarray, max_norm: float, norm_type: float) -> None:
    """Rescale, in place and unrecorded, each looked-up row whose norm exceeds ``max_norm``.

    Like PyTorch's ``embedding_renorm_``, one in-place op: the version counter moves once per call.
    """
    rows = weight._data
    for i in np.unique(indices):
        row = rows[i]
        norm = float(_F.norm(make(row, weight.dtype), norm_type)) if norm_type in (1, 2) \
            else float(np.sum(np.abs(row.astype(np.float64)) ** norm_type) ** (1.0 / norm_type))
        if norm > max_norm:
            rows[i] = row * row.dtype.type(max_norm / (norm + 1e-7))
    weight._bump_version()


def embedding_bag(input: Tensor, weight: Tensor, offsets: Optional[Tensor] = None, max_norm: Optional[float] = None,
                  norm_type: float = 2, scale_grad_by_freq: bool = False, mode: str = "mean", sparse: bool = False,
                  per_sample_weights: Optional[Tensor] = None, include_last_offset: bool = False,
                  padding_idx: Optional[int] = None) -> Tensor:
    """Each bag's rows of ``weight`` summed in order (then divided by their count for 'mean'), or
    their column-wise maximum; an empty bag gives zeros, ``padding_idx`` rows are left out."""
    if per_sample_weights is not None and tuple(input.shape) != tuple(per_sample_weights.shape):
        raise ValueError(f"embedding_bag: If per_sample_weights ({per_sample_weights.shape}) is not None, then it "
                         f"must have the same shape as the input ({input.shape})")
    if weight.dim() != 2:
        raise ValueError(f"weight has to be a 2D Tensor, but got Tensor of dimension {weight.dim()}")
    bounds = np.zeros(0, dtype=np.int64)
    if input.dim() == 2:
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None, as input is treated is a mini-batch of "
                             f"fixed length sequences. However, found offsets of type {type(offsets)}")
        flat = input._data.reshape(-1)
        starts = np.arange(0, flat.size, max(input.shape[1], 1)) if input.shape[1] else np.zeros(input.shape[0], int)
        ends = np.append(starts[1:], flat.size) if input.shape[1] else starts
    elif input.dim() == 1:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        if offsets.dim() != 1:
            raise ValueError("offsets has to be a 1D Tensor")
        flat = input._data
        bounds = offsets._data.astype(np.int64)
        starts = bounds[:-1] if include_last_offset else bounds
        ends = bounds[1:] if include_last_offset else np.append(bounds[1:], flat.size)
    else:
        raise ValueError(f"input has to be 1D or 2D Tensor, but got Tensor of dimension {input.dim()}")
    if mode == "max" and scale_grad_by_freq:
        raise ValueError("max mode does not support scaling the gradient by the frequency")
    if mode == "max" and sparse:
        raise ValueError("max mode does not support sparse weights")
    if mode not in ("sum", "mean", "max"):
        raise ValueError("mode has to be one of sum, mean or max")
    if sparse and scale_grad_by_freq:
        raise _not_in_engine("Sparse embedding_bag gradients scaled by frequency (sparse=True, "
                             "scale_grad_by_freq=True)")
    if max_norm is not None:  # before the per-sample-weights checks, as PyTorch renormalises
        _embedding_renorm_(weight, flat.astype(np.int64), max_norm, norm_type)
    if per_sample_weights is not None and mode != "sum":
        raise NotImplementedError("embedding_bag: per_sample_weights was not None. per_sample_weights is only "
                                  f"supported for mode='sum' (got mode='{mode}'). Please open a feature request "
                                  "on GitHub.")
    # ATen promotes input and offsets to one index type before it checks them
    index_dtype = dtypes.promote_types(input.dtype, offsets.dtype) if offsets is not None else input.dtype
    if index_dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError("Expected tensor for argument #1 'indices' to have one of the following scalar types: "
                           f"Long, Int; but got {dtypes.type_string(index_dtype)} instead (while checking "
                           "arguments for embedding_bag)")
    if input.dim() == 1 and bounds.size and bounds[0] != 0:  # ATen prints the element as a 0-d tensor
        raise RuntimeError("offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start "
                           f"from position 0. However, got {bounds[0]}\n[ torch.LongTensor{{}} ]")
    if input.dim() == 1 and bounds.size and bounds[-1] > flat.size:
        raise RuntimeError(f"offsets[-1] can not be greater than input's length {flat.size} but got offsets[-1] "
                           f"of {bounds[-1]}")
    if per_sample_weights is not None and per_sample_weights.dtype is not weight.dtype:
        raise RuntimeError("Expected tensor for argument #1 'weight' to have the same type as tensor for argument "
                           f"#1 'per_sample_weights'; but type torch.{weight.dtype.legacy_name} does not equal "
                           f"torch.{per_sample_weights.dtype.legacy_name} (while checking arguments for "
                           "embedding_bag)")
    _check_bags(flat, starts, ends, weight, mode, padding_idx, bounds if input.dim() == 1 else starts,
                include_last_offset and input.dim() == 1)
    if sparse and flat.size and (not len(starts) or starts[0] != 0 or ends[-1] != flat.size):
        # ATen's sparse backward maps the samples after the last offset to a bag of its own
        raise _not_in_engine("A sparse embedding_bag gradient with samples outside every bag")
    if per_sample_weights is not None:
        return _embedding_bag_weighted(flat, starts, ends, weight, per_sample_weights, padding_idx, sparse,
                                       _frequencies(flat)[flat.astype(np.int64)] if scale_grad_by_freq else None)
    w = weight._data
    out = np.zeros((len(starts), w.shape[1]), dtype=w.dtype)
    picked, bag_ids, counts = [], [], []
    argmax = np.zeros(out.shape, dtype=np.int64) if mode == "max" else None
    for b, (start, end) in enumerate(zip(starts, ends)):
        ids = flat[start:end].astype(np.int64)
        if padding_idx is not None:
            ids = ids[ids != padding_idx]
        counts.append(max(len(ids), 1))
        if not len(ids) and argmax is not None:
            argmax[b] = -1  # an empty bag's maximum comes from no row: no gradient
        picked.append(ids)
        bag_ids.append(np.full(len(ids), b, dtype=np.int64))
        if not len(ids):
            continue
        rows = w[ids]
        if mode == "max":
            out[b] = rows.max(axis=0)
            cast(np.ndarray, argmax)[b] = ids[rows.argmax(axis=0)]
        else:
            out[b] = np.cumsum(rows, axis=0)[-1]  # one row after another
            if mode == "mean":
                out[b] = out[b] / w.dtype.type(len(ids))
    result = make(out, weight.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_rules.RULES["embedding_bag"], (weight,), result,
               {"indices": np.concatenate(picked) if picked else np.zeros(0, np.int64),
                "bags": np.concatenate(bag_ids) if bag_ids else np.zeros(0, np.int64),
                "divisors": np.repeat(np.asarray(counts, dtype=np.float64), [len(p) for p in picked])
                if mode == "mean" else None,
                "argmax": argmax, "num_weights": w.shape[0], "sparse": sparse,
                "frequencies": _frequencies(flat)[np.concatenate(picked)] if scale_grad_by_freq and picked
                else None})
    return result


def _check_bags(flat: np.ndarray, starts: np.ndarray, ends: np.ndarray, weight: Tensor, mode: str,
                padding_idx: Optional[int], bounds: np.ndarray, include_last_offset: bool) -> None:
    """ATen's checks of the looked-up indices. Its own loop (padding_idx, 'max', other dtypes) names
    the first bad value. fbgemm's kernel (float32 sum/mean) runs the bags in ``get_num_threads()``
    chunks (``at::parallel_for``); a chunk that fails is re-read by ``fbgemm_spmdm_report_error_``,
    which mixes absolute offsets with chunk-relative indices: it names position and value only in the
    first chunk, later chunks fail its ``i < index_size`` check. Of two failing chunks the later one's
    error is shown (what PyTorch showed here; the threads race)."""
    rows = weight.shape[0]
    if weight.dtype is not dtypes.float32 or mode == "max" or padding_idx is not None:
        picked = np.concatenate([flat[a:b] for a, b in zip(starts, ends)]) if len(starts) else flat[:0]
        bad = picked[(picked < 0) | (picked >= rows)]
        if bad.size:
            raise RuntimeError("embedding_bag: Expected idx >= 0 && idx < num_embeddings but found idx to be "
                               f"{bad[0]}")
        if len(starts) > 1 and (np.diff(starts) < 0).any():
            raise _not_in_engine("embedding_bag with offsets that decrease")
        return
    offs = bounds if include_last_offset else np.append(bounds, flat.size)
    bags = len(offs) - 1
    threads = min(blas.get_threads(), max(bags, 1))  # torch.get_num_threads()
    size = -(-bags // threads) if bags else 0
    failure: Optional[str] = None
    silent = False
    for first in range(0, bags, max(size, 1)):
        last = min(first + size, bags)
        lengths = np.diff(offs[first:last + 1])
        looked = np.concatenate([flat[offs[m]:offs[m + 1]] for m in range(first, last) if offs[m + 1] > offs[m]] or
                                [flat[:0]])
        if not ((lengths < 0).any() or ((looked < 0) | (looked >= rows)).any()):
            continue
        report = _fbgemm_report(flat, offs, first, last, rows)
        failure, silent = (report, silent) if report is not None else (failure, True)
    if failure is not None:
        raise RuntimeError(failure)
    if silent:
        raise _not_in_engine("embedding_bag with offsets that decrease")


def _fbgemm_report(flat: np.ndarray, offs: np.ndarray, first: int, last: int, rows: int) -> Optional[str]:
    """What ``fbgemm_spmdm_report_error_`` raises for the chunk of bags ``first:last`` (None: nothing)."""
    index_size = int(offs[last] - offs[first])
    chunk = flat[int(offs[first]):]
    for m in range(first, last):
        for i in range(int(offs[m]), int(offs[m + 1])):
            if not i < index_size:
                return ("Expected i < index_size to be true, but got false.  (Could this error message be improved?  "
                        "If so, please report an enhancement request to PyTorch.)")
            if not 0 <= chunk[i] < rows:
                return f"Index {i} of input takes value {chunk[i]} which is not in the valid range [0, {rows})"
    if offs[last] != index_size:
        return ("Your input appears to be incorrect: the last offset value should be the size of the indices "
                "tensor, but it seems not to be the case.")
    return None


def _frequencies(samples: np.ndarray) -> np.ndarray:
    """Per index value, the count ATen's dense embedding_bag backward divides a sample's gradient by:
    for the k-th distinct index (in sorted order) it reads the count of the k-th *sorted sample*
    (``counts[indices_data[i]]``), not of that index; the same while no index repeats before it."""
    flat = samples.astype(np.int64)
    counts = np.bincount(flat) if flat.size else np.zeros(0, np.int64)
    distinct = np.unique(flat)
    by_value = np.zeros(counts.size, dtype=np.float64)
    by_value[distinct] = counts[np.sort(flat)[:distinct.size]]
    return by_value


def _embedding_bag_weighted(flat: np.ndarray, starts, ends, weight: Tensor, per_sample_weights: Tensor,
                            padding_idx, sparse: bool, frequencies: Optional[np.ndarray]) -> Tensor:
    """mode='sum' with per-sample weights: each bag adds weight * row, one sample after another,
    each a fused multiply-add in float32 without padding_idx (fbgemm's kernel), otherwise a product
    then an add (ATen's own loop)."""
    w, scales = weight._data, per_sample_weights._data.reshape(-1)
    out = np.zeros((len(starts), w.shape[1]), dtype=w.dtype)
    bags = np.full(flat.size, -1, dtype=np.int64)
    for b, (start, end) in enumerate(zip(starts, ends)):
        bags[start:end] = b
        for i in range(start, end):
            k = int(flat[i])
            if padding_idx is not None and k == padding_idx:
                continue
            if w.dtype == np.float32 and padding_idx is None:
                out[b] = fma(w[k], scales[i], out[b])
            else:
                out[b] = out[b] + w[k] * scales[i]
    result = make(out, weight.dtype)
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(_rules.RULES["embedding_bag_weighted"], (weight, per_sample_weights), result,
               {"indices": flat.astype(np.int64), "bags": bags, "padding_idx": padding_idx, "sparse": sparse,
                "frequencies": frequencies})
    return result
