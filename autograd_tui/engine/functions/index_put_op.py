"""``torch.index_put`` and ``Tensor.index_put(_)`` as PyTorch's ``_index_put_impl_`` checks them:
too many indices, a lone uint8 mask with a one-element value (sent to ``masked_fill_``, which
refuses it), the index dtypes, the value's shape against the indexed shape, the value's dtype, and
only then the bounds."""
from __future__ import annotations

import numpy as np

from autograd_tui.engine import dtypes
from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.functions.indexing import (
    _numpy_key, check_value_dtype, getitem, index_put, refuse_byte_mask_fill,
)

_INDEX_DTYPES = (dtypes.int64, dtypes.int32, dtypes.uint8, dtypes.bool_)


def _listed(sizes) -> str:
    return "[" + ", ".join(map(str, sizes)) + "]"


def index_put_op(self: Tensor, indices, values: Tensor, accumulate: bool = False, *, _name: str = "index_put",
                 _indices_at: int = 0) -> Tensor:
    """A copy of ``self`` with ``values`` put (or added) at ``indices`` (a tuple or list of index
    tensors). ``_name`` and ``_indices_at`` word the binding's TypeErrors as the caller's overload."""
    if not isinstance(indices, (tuple, list)):
        raise TypeError(f"{_name}(): argument 'indices' (position {_indices_at + 1}) must be tuple of Tensors, "
                        f"not {type(indices).__name__}")
    if not isinstance(values, Tensor):
        raise TypeError(f"{_name}(): argument 'values' (position {_indices_at + 2}) must be Tensor, "
                        f"not {type(values).__name__}")
    for i, k in enumerate(indices):
        if not isinstance(k, Tensor):
            raise TypeError(f"expected Tensor as element {i} in argument {_indices_at}, but got {type(k).__name__}")
    indices = tuple(indices)
    if len(indices) > self.ndim:
        raise IndexError(f"too many indices for tensor of dimension {self.ndim} (got {len(indices)})")
    if not accumulate:
        refuse_byte_mask_fill(indices, values.numel() == 1 and values.ndim == 0)
    for k in indices:
        if k.dtype not in _INDEX_DTYPES:
            raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
    key = indices
    bounds_error = None
    try:
        target = tuple(getitem(self.detach(), key).shape)  # mask shapes and broadcasting, PyTorch's errors
    except IndexError as e:
        if "is out of bounds" not in str(e):
            raise
        bounds_error, target = e, _shape_within_bounds(self, key)
    if tuple(np.broadcast_shapes(values.shape, target) if _broadcasts(values.shape, target) else ()) != target:
        raise RuntimeError(f"shape mismatch: value tensor of shape {_listed(values.shape)} cannot be broadcast to "
                           f"indexing result of shape {_listed(target)}")
    check_value_dtype(self, values)
    if bounds_error is not None:
        raise bounds_error
    return index_put(self, _numpy_key(self, key), values, accumulate=accumulate,
                     shown={"indices": tuple(indices), "accumulate": bool(accumulate)})


def _broadcasts(shape: tuple, target: tuple) -> bool:
    try:
        np.broadcast_shapes(shape, target)
    except ValueError:
        return False
    return True


def _shape_within_bounds(self: Tensor, key: tuple) -> tuple:
    """The indexed shape with every out-of-range index pulled back in range (its bounds error is
    raised later, after the value's checks, as PyTorch's kernel does)."""
    clipped, dim = [], 0
    for k in _numpy_key(self, key):
        if isinstance(k, np.ndarray) and k.dtype != np.bool_:
            size = self.shape[dim]
            clipped.append(np.clip(k, -size, size - 1) if size else np.zeros_like(k))
            dim += 1
        else:
            clipped.append(k)
            dim += k.ndim if isinstance(k, np.ndarray) else 1
    return tuple(np.broadcast_to(np.zeros((), np.int8), self.shape)[tuple(clipped)].shape)


def torch_index_put(input: Tensor, indices, values: Tensor, accumulate: bool = False) -> Tensor:
    """``torch.index_put``: its indices are the second argument."""
    return index_put_op(input, indices, values, accumulate, _indices_at=1)
