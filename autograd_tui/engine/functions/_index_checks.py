"""PyTorch's argument checks for the index-driven copies (``index_add``, ``index_reduce``, ``index_copy``,
``index_fill``, ``take``, ``put``), in PyTorch's order and words: what PyTorch refuses, the engine
refuses with the same error, instead of numpy's broadcasting accepting it or failing in its own terms."""
from __future__ import annotations

import warnings

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor, _user_stacklevel
from autograd_tui.engine.functions._common import _scalar_type_name, shapes_broadcast_error


def in_bounds(idx: np.ndarray, dim: int, size: int, *, wrap: bool, error: type[Exception] = RuntimeError,
              prefix: str = "") -> np.ndarray:
    """``idx`` with negatives wrapped where the op allows them (``wrap``); the first index out of
    range, in the index's order, raises as PyTorch's kernel does."""
    bad = (idx >= size) | (idx < (-size if wrap else 0))
    if bad.any():
        raise error(f"{prefix}index {int(idx[bad][0])} is out of bounds for dimension {dim} with size {size}")
    return np.where(idx < 0, idx + size, idx) if wrap else idx


def _without(shape: tuple, d: int) -> list[int]:
    sizes = list(shape)
    if sizes:
        del sizes[d]
    return sizes


def check_index_add(input: Tensor, d: int, index: Tensor, source: Tensor, op: str = "index_add") -> None:
    """index_add's checks, which index_reduce shares (``op`` names it in the messages)."""
    if index.ndim > 1:
        raise IndexError(f"{op}_(): Index is supposed to be a vector, but got dim: {index.ndim} with type: "
                         f"{_scalar_type_name(index.dtype)} and size: {list(index.shape)}")
    if index.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError(f"{op}_(): Expected dtype int32/int64 for index but got: "
                           f"{_scalar_type_name(index.dtype)}")
    if source.dtype is not input.dtype:
        raise RuntimeError(f"{op}_(): self ({_scalar_type_name(input.dtype)}) and source "
                           f"({_scalar_type_name(source.dtype)}) must have the same scalar type")
    if not (d == 0 or d < source.ndim):
        raise RuntimeError(f"{op}_(): Indexing dim {d} is out of bounds of the source tensor with dim "
                           f"{source.ndim}")
    count = source.shape[d] if source.ndim else 1
    if index.numel() != count:
        raise RuntimeError(f"{op}_(): Number of indices ({index.numel()}) should be equal to source.size(dim): "
                           f"({count}), for dim: {d}")
    both = source.ndim and input.ndim  # a 0-d side keeps every size in the comparison
    if (_without(input.shape, d) if both else list(input.shape)) != (
            _without(source.shape, d) if both else list(source.shape)):
        raise RuntimeError(f"source tensor shape must match self tensor shape, excluding the specified dimension. "
                           f"Got self.shape = {list(input.shape)} source.shape = {list(source.shape)}")


def check_index_copy(input: Tensor, d: int, index: Tensor, source: Tensor) -> None:
    if index.ndim >= 2:
        raise IndexError(f"index_copy_(): Index should have dimension 1 or 0 (got {index.ndim})")
    count = index.numel()
    if source.ndim == 0 and count != 1:
        raise IndexError(f"index_copy_(): When source is scalar, index should have one element (got {count})")
    if source.ndim != input.ndim and source.ndim and input.ndim:
        raise IndexError(f"index_copy_(): When source and destination are not scalars, their dimensionality must "
                         f"match. Source dimensionality ({source.ndim}), destination dimensionality ({input.ndim})")
    if index.dtype is not dtypes.int64:
        raise RuntimeError(f"index_copy_(): Expected a long tensor for index, but got {_scalar_type_name(index.dtype)}")
    if source.dtype is not input.dtype:
        raise RuntimeError(f"index_copy_(): self and source expected to have the same dtype, but got (self) "
                           f"{_scalar_type_name(input.dtype)} and (source) {_scalar_type_name(source.dtype)}")
    mine, theirs = _without(input.shape, d), _without(source.shape, d)
    if mine != theirs:  # PyTorch prints each slice shape as its sizes separated by spaces
        raise RuntimeError(f"index_copy_(): Source/destination tensor must have same slice shapes. Destination slice "
                           f"shape: {' '.join(map(str, mine))} at dimension {d} and source slice shape: "
                           f"{' '.join(map(str, theirs))} at dimension 0.")
    if source.ndim and count != source.shape[d]:
        raise IndexError(f"index_copy_(): Number of indices ({count}) should be equal to source.size(dim) "
                         f"({source.shape[d]})")


def check_index_fill(index: Tensor, value) -> None:
    if isinstance(value, Tensor) and value.ndim:
        raise RuntimeError(f"index_fill_ only supports a 0-dimensional value tensor, but got tensor with "
                           f"{value.ndim} dimension(s).")
    if index.dtype is not dtypes.int64:
        raise IndexError("index_fill_(): Expected dtype int64 for index.")
    if index.ndim > 1:
        raise RuntimeError("Index has to be a vector/scalar")


def check_long_index(name: str, index: Tensor) -> None:
    """``take`` and ``put_`` take int64 indices only (int32 too is refused)."""
    if index.dtype is not dtypes.int64:
        raise RuntimeError(f"{name}(): Expected a long tensor for index, but got {_scalar_type_name(index.dtype)}")


def check_put(input: Tensor, index: Tensor, source: Tensor) -> None:
    check_long_index("put_", index)
    if source.dtype is not input.dtype:
        raise RuntimeError(f"put_(): self and source expected to have the same dtype, but got self.dtype = "
                           f"{_scalar_type_name(input.dtype)} and source.dtype = {_scalar_type_name(source.dtype)}")
    if source.numel() != index.numel():
        raise IndexError(f"put_(): Expected source and index to have the same number of elements, but got "
                         f"source.numel() = {source.numel()}, index.numel() = {index.numel()}")


def check_masked_scatter(input: Tensor, mask: Tensor, source: Tensor, in_place: bool) -> None:
    """The mask must expand to ``input`` (in place) or broadcast with it; then the dtypes: source
    as input, and a bool mask (a uint8 one is warned about, then refused too)."""
    if in_place:
        mask.expand(input.shape)  # expand's own errors
    else:
        try:
            np.broadcast_shapes(mask.shape, input.shape)
        except ValueError:
            raise shapes_broadcast_error(mask.shape, input.shape) from None
    if source.dtype is not input.dtype:  # (sic: PyTorch's message has no space after "got")
        raise RuntimeError(f"masked_scatter: expected self and source to have same dtypes but got"
                           f"{_scalar_type_name(input.dtype)} and {_scalar_type_name(source.dtype)}")
    if mask.dtype is not dtypes.bool_:
        if mask.dtype is dtypes.uint8:
            warnings.warn("masked_scatter_ received a mask with dtype torch.uint8, this behavior is now deprecated,"
                          "please use a mask with dtype torch.bool instead. (Triggered internally at "
                          "/__w/pytorch/pytorch/aten/src/ATen/native/TensorAdvancedIndexing.cpp:3130.)",
                          UserWarning, stacklevel=_user_stacklevel())
        raise RuntimeError(f"masked_scatter_ only supports boolean masks, but got mask with dtype "
                           f"{_scalar_type_name(mask.dtype)}")


# ---------------------------------------------------------------------------------------------
# What IndexPutBackward0 saves of ``x[key] = v``
# ---------------------------------------------------------------------------------------------
def saved_key(key):
    """The numpy key as it is now: its arrays copied, so that a mask or an index changed in place later
    changes no gradient (PyTorch either refuses then, below, or had indexed with a fresh tensor)."""
    if isinstance(key, tuple):
        return tuple(k.copy() if isinstance(k, np.ndarray) else k for k in key)
    return key.copy() if isinstance(key, np.ndarray) else key


def saved_index_versions(shown) -> tuple:
    """The index tensors the node saves, with their versions now. A 0-d bool index is not among them:
    PyTorch indexes the unsqueezed tensor with a new index tensor made from its value instead."""
    return tuple((t, t._version) for t in (shown or {}).get("indices", ())
                 if isinstance(t, Tensor) and not (t.ndim == 0 and t.dtype is dtypes.bool_))


def unchanged_key(key, index_versions: tuple):
    """``key``, once every saved index tensor is checked to be as it was: one changed in place since
    (a mask updated after ``x[mask] = v``) fails as PyTorch's saved variables do."""
    for tensor, version in index_versions:
        if tensor._version != version:
            dims = ", ".join(str(d) for d in tensor.shape)
            raise RuntimeError(
                "one of the variables needed for gradient computation has been modified by an inplace operation: "
                f"[{dtypes.type_string(tensor.dtype)} [{dims}]] is at version {tensor._version}; expected version "
                f"{version} instead. Hint: enable anomaly detection to find the operation that failed to compute its "
                "gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).")
    return key
