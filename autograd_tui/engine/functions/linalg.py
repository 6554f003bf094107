"""Matrix products: ``mm``, ``mv``, ``dot``, ``bmm``, ``addmm``, ``matmul``, ``outer``."""
from __future__ import annotations

import builtins
import ctypes
import math
from typing import Any, Callable, Optional

import numpy as np

from autograd_tui.engine import _tensor, dtypes
from autograd_tui.engine.complex_guard import refuse_complex
from autograd_tui.engine._tensor import Tensor, make
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.memory_formats import element_strides
from autograd_tui.engine.record import record
from autograd_tui.engine.functions._common import (
    _R, _scalar_type_name, _type_name, column_major, shapes_broadcast_error, wrap,
)
from autograd_tui.engine.functions.pointwise import _require_tensor
from autograd_tui.engine.functions.creation import eye
from autograd_tui.engine.functions.shapes import clone, expand
from autograd_tui.engine.parity import blas, lu_det, lu_solve, matmul as mkl_order, matmul64
from autograd_tui.engine.parity.float32_math import VECTOR_LANES_AVX512
from autograd_tui.engine.parity.rounding import VECTOR_LANES

# MKL's kernels (and so the order of a product's additions) were measured on AVX512 machines;
# elsewhere products stay numpy's.
_MKL_ORDER = VECTOR_LANES == VECTOR_LANES_AVX512


def product_data(a: np.ndarray, b: np.ndarray, added: np.ndarray | None = None, exact: bool = True,
                 alpha: np.floating | None = None) -> np.ndarray:
    """``a @ b`` (see ``_product_data``); under vmap an outer product's zeros are bmm's +0."""
    out = _product_data(a, b, added, exact, alpha)
    if a.shape[1] == 1 and added is None and a.shape[0] > 1 and b.shape[1] > 1 and "vmap" in _State.transforms:
        # the batched products go through bmm, whose sum starts from +0. (per-sample gradients
        # of a Linear layer); mm's kernels keep a zero term's sign (matmul.one_term)
        return np.add(out, 0.0)
    return out


def _numpy_zero_signs(out: np.ndarray, a: np.ndarray, b: np.ndarray, alpha: np.floating | None,
                      exact: bool) -> np.ndarray:
    """numpy's product over k = 1 (m and n above 1, shapes the kernels do not take) sums from
    +0.; PyTorch's float32/float64 ``mm`` keeps the one term's sign where it is zero, as the
    kernels do (``matmul.one_term``)."""
    if a.dtype != b.dtype or not (out.dtype == _FLOAT64 or (exact and out.dtype == _FLOAT32)):
        return out  # (a bfloat16 product is held in float32 arrays, exact=False)
    zero = out == 0
    if not zero.any():
        return out
    return np.where(zero, mkl_order.one_term(a, b, alpha), out)


def _product_data(a: np.ndarray, b: np.ndarray, added: np.ndarray | None, exact: bool,
                  alpha: np.floating | None) -> np.ndarray:
    """``a @ b`` (``added + a @ b`` for addmm; ``added + alpha * (a @ b)`` with ``added`` already
    ``beta * input``) of 2-D arrays: small float32/float64 products in the order PyTorch's MKL
    adds them and applies alpha (``parity/matmul.py``, ``parity/matmul64.py``), the rest numpy's.
    ``exact=False`` for bfloat16 tensors (held in float32 arrays; PyTorch runs them through
    other kernels)."""
    a_dtype, b_dtype = a.dtype, b.dtype
    float32 = a_dtype is _FLOAT32 and b_dtype is _FLOAT32  # (numpy's own dtype objects: the usual arrays)
    if not float32 and a_dtype == np.float32 and b_dtype == np.float32:
        float32 = True
    if (exact and _MKL_ORDER and float32
            and (added is None or np.asarray(added).dtype == np.float32)
            and mkl_order.covers(a.shape[0], a.shape[1], b.shape[1])):
        return mkl_order.product(a, b, blas.get_threads(), added, alpha=alpha)
    if not float32 and a_dtype == np.float64 and b_dtype == np.float64:
        if (added is None or np.asarray(added).dtype == np.float64) and matmul64.covers(
                a.shape[0], a.shape[1], b.shape[1]):
            known = matmul64.product(a, b, added, alpha=alpha)
            if known is not None:
                return known
        if added is None and alpha is None and _plain_float64(a, b):
            return _in_order_product(a, b)
    out = _openblas_product(a, b)
    if alpha is not None:
        out *= alpha
    if added is None:
        outer = a.shape[1] == 1 and a.shape[0] > 1 and b.shape[1] > 1
        return _numpy_zero_signs(out, a, b, alpha, exact) if outer else out
    if getattr(added, "dtype", None) == out.dtype or out.dtype == np.result_type(out, added):
        out += added  # in place: addition commutes bit for bit, and the product is ours
        return out
    return added + out

_FLOAT32 = np.dtype(np.float32)
_FLOAT64 = np.dtype(np.float64)


def _transposed_view(x: np.ndarray) -> bool:
    return x.flags.f_contiguous and not x.flags.c_contiguous


def _plain_float64(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether PyTorch's (MKL's) float64 product of these small operands rounds every product and
    adds them in order of k, with no fused multiply-add: measured on every (m, k, n) with m in
    1..8, n in 1..16, k in 2..16 and each layout, these shapes matched on every element; numpy's
    OpenBLAS fuses (a quarter of 2x2 products differed). Larger k, a transposed ``b`` beyond
    k = 3, or m >= 4 with n >= 12 (the packed kernel) take other orders, not reproduced."""
    m, k, n = a.shape[0], a.shape[1], b.shape[1]
    if k < 2 or (m >= 4 and n >= 12) or (_transposed_view(a) and _transposed_view(b)):
        return False
    if _transposed_view(b):
        return k <= 3
    return k <= 4 or (k == 5 and n >= 2)


def _in_order_product(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    out = a[:, :1] * b[:1, :]
    for p in range(1, a.shape[1]):
        out = out + a[:, p:p + 1] * b[p:p + 1, :]
    return out


def _openblas_product(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``np.matmul(a, b)`` of 2-D arrays. On one BLAS thread, a float32 ``(m, k) @ (k, n)`` with
    ``b`` a transposed view (nn.Linear's ``weight.t()``) and m < n runs as ``(b.T @ a.T).T``,
    copied back to rows: OpenBLAS's kernel for ``b`` transposed was 5-30% slower here
    (784→256 on a batch of 128: 575 → 545 µs with the copy), and both add each k-sum in the
    same order (the same bits: tests/test_parity_matmul.py). On two threads neither was faster."""
    m, n = a.shape[0], b.shape[1]
    if (m < n and a.dtype == _FLOAT32 and b.dtype == _FLOAT32 and _TRANSPOSE is not None
            and b.flags.f_contiguous and not b.flags.c_contiguous and a.flags.c_contiguous
            and m * n >= _SWAP_MIN_OUTPUT and blas.get_threads() == 1):
        swapped = np.matmul(b.T, a.T)  # (n, m), rows
        out = np.empty((m, n), np.float32)
        # both arrays are new, row-major and writable: their buffers give the addresses (a.ctypes.data
        # builds a Python object per call, three times the cost)
        _TRANSPOSE(_ROW_MAJOR, _TRANS, n, m, 1.0, blas.row_major_address(swapped), m, blas.row_major_address(out), n)
        return out
    return np.matmul(a, b)


# cblas_somatcopy(order, trans, rows, cols, alpha, a, lda, b, ldb): b = a^T, a blocked copy
# (numpy's strided copy of a transposed (256, 128) float32 took 20 µs, this 8).
_TRANSPOSE = blas._function(blas._OPENBLAS, ("scipy_cblas_somatcopy64_",),
                            [ctypes.c_int, ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_float,
                             ctypes.c_void_p, ctypes.c_int64, ctypes.c_void_p, ctypes.c_int64])
_ROW_MAJOR, _TRANS = 101, 112
_SWAP_MIN_OUTPUT = 1 << 14  # below, the copy's cost is not won back


# Matrix products
# ============================================================================================
def _check_same_dtype(a: Tensor, b: Tensor, what: str = "self and mat2") -> None:
    if a.dtype is not b.dtype:
        raise RuntimeError(f"expected m1 and m2 to have the same dtype, but got: "
                           f"{_c_type(a.dtype)} != {_c_type(b.dtype)}")


def _c_type(d) -> str:
    return _tensor._c_type(d)


def _no_bool(t: Tensor, kernel: str) -> None:
    # the BLAS-backed kernels have no bool version
    if t.dtype is dtypes.bool_:
        raise NotImplementedError(f"\"{kernel}\" not implemented for 'Bool'")


def mm(input: Tensor, mat2: Tensor) -> Tensor:
    if input.ndim != 2:
        raise RuntimeError("self must be a matrix")
    if mat2.ndim != 2:
        raise RuntimeError("mat2 must be a matrix")
    if input.shape[1] != mat2.shape[0]:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({input.shape[0]}x{input.shape[1]} "
                           f"and {mat2.shape[0]}x{mat2.shape[1]})")
    _check_same_dtype(input, mat2)
    if input.dtype is dtypes.bool_:  # inline: mm is on every training step's path
        _no_bool(input, "addmm_impl_cpu_")
    out = make(product_data(input._data, mat2._data, exact=input.dtype is dtypes.float32), input.dtype)
    if not (_State.enabled or _State.dual_level or _State.vmap_randomness):
        return out
    return record(_R["mm"], (input, mat2), out, _layouts({}, ("self", input._data), ("mat2", mat2._data)))


def _column_major(data: np.ndarray) -> bool:
    # PyTorch's test in mm_mat1_backward/mm_mat2_backward (strides in elements there, bytes here).
    return data.strides[0] == data.itemsize and data.strides[1] == data.shape[0] * data.itemsize


def _layouts(attrs: dict, *matrices: tuple[str, np.ndarray]) -> dict:
    """``attrs`` with each matrix's ``<name>_cols`` (column-major: its gradient is laid out so) and, for
    a matrix neither row- nor column-major (a slice, ``w[:, :2]``), its strides, which the node shows
    as ``_saved_<name>_sym_strides``."""
    for name, data in matrices:
        cols = attrs[name + "_cols"] = _column_major(data)
        if not cols and not data.flags.c_contiguous:
            attrs[name + "_strides"] = element_strides(data)
    return attrs


def mm_in_layout(a: Tensor, b: Tensor, column_major: bool) -> Tensor:
    """``a @ b`` for a matrix product's gradient, column-major when its input was, as PyTorch
    lays it out: nn.Linear's weight gradient then arrives as the weight is stored, and
    AccumulateGrad can keep it without a copy."""
    if not _State.enabled and not _State.dual_level:  # a first-order backward records nothing: numpy directly
        exact = a.dtype is dtypes.float32
        product = (product_data(b._data.T, a._data.T, exact=exact).T if column_major
                   else product_data(a._data, b._data, exact=exact))
        return make(product, a.dtype)
    return b.t().mm(a.t()).t() if column_major else a.mm(b)


def mm_of_transposed(a: Tensor, b: Tensor, column_major: bool, first: bool) -> Tensor:
    """``mm_in_layout(a.t(), b)`` (``first``) or ``mm_in_layout(a, b.t())``: addmm's and mm's
    gradients. A first-order backward takes the arrays' transposes directly instead of making
    the ``.t()`` view tensors (about 2 µs each, three per Linear layer's step)."""
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        # recorded as ATen's mm_mat1/mat2_backward write them: one transpose each, never a.t().t()
        if column_major:
            return (b.t().mm(a) if first else b.mm(a.t())).t()
        return a.t().mm(b) if first else a.mm(b.t())
    x = a._data.T if first else a._data
    y = b._data if first else b._data.T
    exact = a.dtype is dtypes.float32
    product = product_data(y.T, x.T, exact=exact).T if column_major else product_data(x, y, exact=exact)
    return make(product, a.dtype)


def scaled(t: Tensor, factor) -> Tensor:
    return t if factor == 1 else t * factor


def mv(input: Tensor, vec: Tensor) -> Tensor:
    if input.ndim == 0:  # its result is sized by the matrix's first dim
        raise IndexError("Dimension specified as 0 but tensor has no dimensions")
    if input.ndim != 2 or vec.ndim != 1:  # addmv's check of its (1-D) result, the matrix and the vector
        raise RuntimeError(f"vector + matrix @ vector expected, got 1, {input.ndim}, {vec.ndim}")
    if input.shape[1] != vec.shape[0]:
        raise RuntimeError(f"size mismatch, got input ({input.shape[0] if input.ndim else 0}), mat "
                           f"({'x'.join(str(d) for d in input.shape)}), vec ({vec.shape[0] if vec.ndim else 0})")
    if input.dtype is not vec.dtype:
        # mv is addmv into a result made like ``vec``: its message lists result, mat, vec
        raise RuntimeError("addmv input tensors must have the same dtype, but got "
                           f"{_scalar_type_name(vec.dtype)}, {_scalar_type_name(input.dtype)}, and "
                           f"{_scalar_type_name(vec.dtype)}")
    _no_bool(input, "addmv_impl_cpu")
    data = None
    if (_MKL_ORDER and input.dtype is dtypes.float32 and vec.dtype is dtypes.float32
            and mkl_order.covers(input.shape[0], input.shape[1], 1)):
        data = mkl_order.matrix_vector(input._data, vec._data)
    elif input.dtype is dtypes.float64 and matmul64.covers(input.shape[0], input.shape[1], 1):
        data = matmul64.matrix_vector(input._data, vec._data)
    if data is None:
        data = np.matmul(input._data, vec._data)
    return record(_R["mv"], (input, vec), make(data, input.dtype))


def dot(input: Tensor, other: Tensor) -> Tensor:
    if input.ndim != 1 or other.ndim != 1:
        raise RuntimeError(f"1D tensors expected, but got {input.ndim}D and {other.ndim}D tensors")
    if input.shape[0] != other.shape[0]:
        raise RuntimeError(f"inconsistent tensor size, expected tensor [{input.shape[0]}] and src "
                           f"[{other.shape[0]}] to have the same number of elements, but got "
                           f"{input.shape[0]} and {other.shape[0]} elements respectively")
    if input.dtype is not other.dtype:
        raise RuntimeError(f"dot : expected both vectors to have same dtype, but found "
                           f"{_scalar_type_name(input.dtype)} and {_scalar_type_name(other.dtype)}")
    _no_bool(input, "dot")
    x, y = input._data, other._data
    data: Any
    if (_MKL_ORDER and input.dtype is dtypes.float32 and other.dtype is dtypes.float32
            and mkl_order.dot_covers(x, y) and x.shape[0] <= mkl_order.MAX_WORK):
        data = mkl_order.dot(x, y)
    elif input.dtype is dtypes.float64 and matmul64.dot_covers(x, y, blas.get_threads()):
        data = matmul64.dot(x, y)
    else:
        data = np.dot(x, y)
    return record(_R["dot"], (input, other), wrap(data, input.dtype))


def inner(input: Tensor, other: Tensor) -> Tensor:
    """PyTorch's inner: a product with a 0-d operand, else tensordot over the last dims (a matrix
    product of the flattened operands, viewed to input.shape[:-1] + other.shape[:-1])."""
    if input.ndim == 0 or other.ndim == 0:
        return input * other
    if input.ndim == 1 and other.ndim == 1 and input.shape == other.shape:
        # two vectors: tensordot's permutes, then a dot (MKL's ddot, not a 1x1 product), viewed
        return dot(input.permute(0), other.permute(0)).view(())
    if input.shape[-1] != other.shape[-1]:
        raise RuntimeError(f"inner() the last dimension must match on both input tensors but got shapes "
                           f"{list(input.shape)} and {list(other.shape)}")
    n = input.shape[-1]
    out = mm(input.reshape(-1, n), other.reshape(-1, n).t())
    return out.view(tuple(input.shape[:-1]) + tuple(other.shape[:-1]))


def bmm(input: Tensor, mat2: Tensor) -> Tensor:
    for name, t in (("batch1", input), ("batch2", mat2)):
        if t.ndim != 3:
            raise RuntimeError(f"{name} must be a 3D tensor")
    if input.shape[0] != mat2.shape[0] or input.shape[2] != mat2.shape[1]:
        raise RuntimeError(f"Expected size for first two dimensions of batch2 tensor to be: "
                           f"[{input.shape[0]}, {input.shape[2]}] but got: [{mat2.shape[0]}, {mat2.shape[1]}].")
    if input.dtype is not mat2.dtype:
        raise RuntimeError(f"expected scalar type {_scalar_type_name(input.dtype)} but found "
                           f"{_scalar_type_name(mat2.dtype)}")
    _no_bool(input, "bmm")
    data = batched_data(input._data, mat2._data, input.dtype is dtypes.float32)
    return record(_R["bmm"], (input, mat2), make(data, input.dtype))


def batched_data(a: np.ndarray, b: np.ndarray, exact: bool = True, out_offset: int = 0,
                 added: np.ndarray | None = None, alpha: np.floating | None = None) -> np.ndarray:
    """``bmm`` of (B, m, k) and (B, k, n) arrays (``baddbmm``: ``added`` + ``alpha`` * that, with
    ``added`` already beta * input): small float32 and float64 ones in PyTorch's order
    (``out_offset``: where the output starts in its allocation, for MKL's alignment)."""
    count, m, k = a.shape
    if (exact and _MKL_ORDER and a.dtype == np.float32 and b.dtype == np.float32
            and mkl_order.covers(count * m, k, b.shape[2])):
        return mkl_order.batched(a, b, blas.get_threads(), out_offset, added, alpha)
    if a.dtype == np.float64 and b.dtype == np.float64 and matmul64.covers(count * m, k, b.shape[2]):
        return matmul64.batched(a, b, out_offset, added, alpha)
    out = np.matmul(a, b)
    if alpha is not None:
        out *= alpha
    return out if added is None else added + out


def scaled_mv_data(y: np.ndarray, a: np.ndarray, x: np.ndarray, beta, alpha) -> np.ndarray | None:
    """``addmv``'s beta * y + alpha * (a @ x) with alpha or beta other than 1, as MKL's gemv
    applies them (float32 on the measured machines, float64); None where not reproduced."""
    m, k = a.shape
    if a.dtype == np.float32 and _MKL_ORDER and mkl_order.covers(m, k, 1):
        module: Any = mkl_order
    elif a.dtype == np.float64 and matmul64.covers(m, k, 1):
        module = matmul64
    else:
        return None
    kind = a.dtype.type
    start = None if beta == 0 else np.multiply(np.broadcast_to(np.asarray(y, a.dtype), (m,)), kind(beta))
    return module.scaled_matrix_vector(a, x, start, kind(alpha))


def addmm(input: Tensor, mat1: Tensor, mat2: Tensor, *, beta=1, alpha=1) -> Tensor:
    # the added term's dtype is checked first, before the factors' (F.linear's bias meets it here)
    if input.dtype is not mat2.dtype:
        raise RuntimeError(f"self and mat2 must have the same dtype, but got {_scalar_type_name(input.dtype)} "
                           f"and {_scalar_type_name(mat2.dtype)}")
    if mat1.dtype is not mat2.dtype:
        raise RuntimeError(f"mat1 and mat2 must have the same dtype, but got {_scalar_type_name(mat1.dtype)} "
                           f"and {_scalar_type_name(mat2.dtype)}")
    shape1, shape2 = mat1._data.shape, mat2._data.shape  # (not torch.Size: every Linear layer passes here)
    if len(shape1) == 2 and len(shape2) == 2 and shape1[1] != shape2[0]:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({shape1[0]}x{shape1[1]} "
                           f"and {shape2[0]}x{shape2[1]})")
    out_shape = (shape1[0], shape2[1])
    added = input._data.shape
    # (a Linear layer's bias, one value per output column, skips the generator: 6 k instructions)
    if added != out_shape and (len(added) != 1 or added[0] != out_shape[1]) and (
            len(added) > 2 or builtins.any(a not in (1, o) for a, o in zip(added[::-1], out_shape[::-1]))):
        expand(input.detach(), out_shape)  # the added term must broadcast: this raises PyTorch's error
    if mat1.dtype is dtypes.float32 or mat1.dtype is dtypes.float64:
        data = _R["addmm"].forward(input._data, mat1._data, mat2._data, beta, alpha)
    elif mat1.dtype is dtypes.float16:
        # PyTorch's half gemm adds the term to the float sum and rounds once; numpy's half
        # product is rounded before the addition (28% of small Linear outputs differed).
        wide = np.float64
        product = np.matmul(mat1._data.astype(wide), mat2._data.astype(wide))
        summed = (input._data.astype(wide) + product if (beta, alpha) == (1, 1)
                  else beta * input._data.astype(wide) + alpha * product)
        data = summed.astype(np.float32)
    else:  # bfloat16 held in float32 arrays (not MKL's float32 kernels), integers
        product = np.matmul(mat1._data, mat2._data)
        data = input._data + product if (beta, alpha) == (1, 1) else beta * input._data + alpha * product
    out = make(np.asarray(data, dtype=mat1.dtype.np), mat1.dtype)
    if not (_State.enabled or _State.dual_level or _State.vmap_randomness):
        return out
    return record(_R["addmm"], (input, mat1, mat2), out,
                  _layouts({"beta": beta, "alpha": alpha}, ("mat1", mat1._data), ("mat2", mat2._data)))


def matmul(input: Tensor, other: Tensor) -> Tensor:
    _require_tensor(other, "matmul", "other")
    da, db = input.ndim, other.ndim
    if da == 0 or db == 0:
        raise RuntimeError(f"both arguments to matmul need to be at least 1D, but they are {da}D and {db}D")
    if da == 1 and db == 1:
        return dot(input, other)
    if da == 2 and db == 2:
        return mm(input, other)
    if da == 2 and db == 1:
        return mv(input, other)
    if da == 1 and db == 2:
        # ATen: input.unsqueeze(0).mm(other).squeeze_(0), squeezed in place, so the result is no view
        out = mm(input.unsqueeze(0), other)
        squeezed = make(out._data.reshape(out.shape[1:]), out.dtype)
        if not (_State.enabled or _State.dual_level or _State.vmap_randomness):
            return squeezed
        return record(_R["squeeze_mm"], (out,), squeezed, {"shape": out.shape, "dim": 0})
    return _batched_matmul(input, other)


def _batched_matmul(a: Tensor, b: Tensor) -> Tensor:
    batch_a, batch_b = a.shape[:-2], b.shape[:-2]
    if batch_a and batch_b:  # checked before the inner sizes, as PyTorch's matmul does
        try:
            np.broadcast_shapes(batch_a, batch_b)
        except ValueError:
            raise shapes_broadcast_error(batch_a, batch_b) from None
    k = b.shape[-2] if b.ndim > 1 else b.shape[0]
    if a.shape[-1] != k:
        _raise_batched_size_error(a, b, k)
    # dtypes are checked by the mm / mv / bmm the product ends in: each has its own message
    # PyTorch's matmul is made of other ops, and so is its graph (UnsafeView, Mm or Bmm, Expand...):
    # a batch against a matrix or a vector is folded into one mm / mv, other batches broadcast to one bmm
    if _folds(a, b):
        return _folded_matmul(a, b)
    if a.ndim == 3 and b.ndim == 3 and a.shape[0] != b.shape[0]:
        # a batch of one that requires grad is dropped first, which makes the product foldable
        if a.shape[0] == 1 and a.requires_grad:
            return matmul(a.squeeze(0), b)
        if b.shape[0] == 1 and b.requires_grad:
            return matmul(a, b.squeeze(0))
    return _broadcast_bmm(a, b)


def _folds(a: Tensor, b: Tensor) -> bool:
    """Whether PyTorch computes ``a @ b`` as one mm / mv over the larger side's rows (a batch
    against a matrix or a vector), when that needs no copy or when the smaller side requires grad."""
    larger, smaller = (a, b) if a.ndim >= b.ndim else (b, a)
    if larger.ndim < 3 or smaller.ndim > 2:
        return False
    if smaller.requires_grad:
        return True
    if a.ndim == 2:
        return False
    t1 = larger if larger is a else larger.mT
    if t1.numel() == 0:
        return True
    shape, strides = t1.shape, t1.stride()
    return all(strides[i] == strides[i + 1] * shape[i + 1] for i in range(t1.ndim - 2))


def _folded_matmul(a: Tensor, b: Tensor) -> Tensor:
    transpose = b.ndim > a.ndim  # (matrix or vector) @ batch: computed as (batch.mT @ matrix.T).mT
    t1 = b.mT if transpose else a
    t2 = (a.t() if a.ndim == 2 else a) if transpose else b
    lead = t1.shape[:-1]
    folded = t1.reshape(math.prod(lead), t1.shape[-1])
    if t2.ndim == 1:
        return _unsafe_view(mv(folded, t2), lead)
    out = _unsafe_view(mm(folded, t2), lead + (t2.shape[1],))
    return out.mT.contiguous() if transpose else out


def _broadcast_bmm(a: Tensor, b: Tensor) -> Tensor:
    n, m1 = (a.shape[-2] if a.ndim > 1 else 1), a.shape[-1]
    m2, p = (b.shape[-2], b.shape[-1]) if b.ndim > 1 else (b.shape[0], 1)
    batch = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    count = math.prod(batch)
    a3 = a.expand(batch + (n, m1)).reshape(count, n, m1)
    if b.ndim == 1:
        b3 = b.expand(batch + (m2,)).reshape(count, m2).unsqueeze(2)
    else:
        b3 = b.expand(batch + (m2, p)).reshape(count, m2, p)
    shape = batch + ((n,) if a.ndim > 1 else ()) + ((p,) if b.ndim > 1 else ())
    product = bmm(a3, b3)
    return _unsafe_view(product.squeeze(-1) if b.ndim == 1 else product, shape)


def _unsafe_view(input: Tensor, shape: tuple) -> Tensor:
    """``at::_unsafe_view``: a reshape of a fresh result, shown as UnsafeViewBackward0."""
    out = make(input._data.reshape(shape), input.dtype)
    return record(_R["unsafe_view"], (input,), out, {"shape": input.shape})


def _raise_batched_size_error(a: Tensor, b: Tensor, k: int) -> None:
    """The error of the kernel PyTorch's matmul ends in: a batched `a` times a vector or a matrix is
    folded into one mv / mm over all its rows; otherwise both sides are broadcast to one batch for bmm."""
    rows = math.prod(a.shape[:-1])
    if b.ndim == 1:
        raise RuntimeError(f"size mismatch, got input ({rows}), mat ({rows}x{a.shape[-1]}), vec ({k})")
    if b.ndim == 2:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({rows}x{a.shape[-1]} and {k}x{b.shape[1]})")
    batch = math.prod(np.broadcast_shapes(a.shape[:-2], b.shape[:-2]))
    raise RuntimeError(f"Expected size for first two dimensions of batch2 tensor to be: [{batch}, {a.shape[-1]}] "
                       f"but got: [{batch}, {k}].")


def outer(input: Tensor, vec2: Tensor) -> Tensor:
    if not isinstance(vec2, Tensor):  # a number is refused (the parser words it)
        raise TypeError(f"outer(): argument 'vec2' must be Tensor, not {type(vec2).__name__}")
    for name, t in (("self", input), ("vec2", vec2)):
        if t.ndim != 1:
            raise RuntimeError(f"outer: Expected 1-D argument {name}, but got {t.ndim}-D")
    return input.unsqueeze(1) * vec2


ger = outer


# Inverse, determinant, solve
# ============================================================================================
class LinAlgError(RuntimeError):
    """``torch.linalg.LinAlgError``: a factorization that could not be completed (singular or not
    positive-definite input). PyTorch's traceback names it ``torch._C._LinAlgError``."""


LinAlgError.__name__ = LinAlgError.__qualname__ = "_LinAlgError"
LinAlgError.__module__ = "torch._C"


def _square_float(A: Tensor, fn: str) -> None:
    if A.ndim < 2:
        raise RuntimeError(f"linalg.{fn}: The input tensor A must have at least 2 dimensions.")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.{fn}: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")
    if not A.dtype.is_floating_point:
        refuse_complex(A, f"linalg.{fn}")
        raise RuntimeError(f"linalg.{fn}: Expected a floating point or complex tensor as input. "
                           f"Got {_scalar_type_name(A.dtype)}")
    if A.dtype in (dtypes.float16, dtypes.bfloat16):  # no LAPACK kernels for them
        if fn == "inv":
            raise RuntimeError(f"linalg.inv: Low precision dtypes not supported. Got {_scalar_type_name(A.dtype)}")
        raise NotImplementedError(f'"lu_cpu" not implemented for \'{_scalar_type_name(A.dtype)}\'')


def _zero_pivot(a: np.ndarray) -> int:
    """The 1-based index of the first zero pivot of LU with partial pivoting (LAPACK's ``info``)."""
    u = np.array(a, dtype=np.float64)
    n = u.shape[0]
    for k in range(n):
        p = k + int(np.argmax(np.abs(u[k:, k])))
        if u[p, k] == 0:
            return k + 1
        u[[k, p]] = u[[p, k]]
        u[k + 1:] -= np.outer(u[k + 1:, k] / u[k, k], u[k])
    return n


def _singular(fn: str, a: np.ndarray) -> LinAlgError:
    flat = a.reshape(-1, a.shape[-2], a.shape[-1])
    for b, m in enumerate(flat):
        try:
            np.linalg.inv(m)
        except np.linalg.LinAlgError:
            where = f"(Batch element {b}): " if a.ndim > 2 else ""
            return LinAlgError(f"linalg.{fn}: {where}The diagonal element {_zero_pivot(m)} is zero, the "
                                f"{'inversion' if fn == 'inv' else 'solve'} could not be completed because the "
                                "input matrix is singular.")
    return LinAlgError(f"linalg.{fn}: the input matrix is singular.")


def inv(A: Tensor) -> Tensor:  # noqa: N803 - PyTorch's argument name
    """``torch.linalg.inv``: PyTorch solves A X = I (getrf + getrs), which ``lu_solve`` follows
    bit for bit up to 8 x 8 (measured: every float32 and float64 inverse of 10 random matrices
    per size, single and batched); larger matrices keep numpy's inverse."""
    return _inverse(A, mkl_steps=True)


def _inverse(A: Tensor, mkl_steps: bool) -> Tensor:  # noqa: N803
    """The inverse, recorded as ``inv``; ``mkl_steps=False``: numpy's, for the determinant's
    gradient (PyTorch solves there with the transposed LU factors, which is not reproduced, and
    numpy's inverse prints the whole numbers PyTorch prints for small integer matrices)."""
    _square_float(A, "inv")
    a = A._data
    exact = mkl_steps and a.dtype.kind == "f" and a.size > 0
    data = lu_solve.solve(a, np.broadcast_to(np.eye(a.shape[-1], dtype=a.dtype), a.shape)) if exact else None
    if data is None:
        try:
            data = np.linalg.inv(a)
        except np.linalg.LinAlgError:
            raise _singular("inv", a) from None
    return record(_R["inv"], (A,), wrap(column_major(data), A.dtype))


inverse = inv


def _power_by_squaring(a: Tensor, n: int) -> Tensor:
    """a^n for n >= 2 from n's bits, lowest first: a, a^2, a^4, ... are squared in turn and each is
    multiplied into the result (on the right) when its bit is set. PyTorch makes its products in
    this very order; another order gives the same power but sums the gradient differently."""
    result: Optional[Tensor] = None
    square = a
    while True:
        if n & 1:
            result = square if result is None else matmul(result, square)
        n >>= 1
        if n == 0:
            assert result is not None
            return result
        square = matmul(square, square)


def _matrix_power(A: Tensor, n: int) -> Tensor:  # noqa: N803 - PyTorch's argument name
    if A.ndim < 2:
        raise RuntimeError("linalg.matrix_power: The input tensor A must have at least 2 dimensions.")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError("linalg.matrix_power: A must be batches of square matrices, but they are "
                           f"{A.shape[-2]} by {A.shape[-1]} matrices")
    if n == 0:  # the identity, still tied to A's graph (CopyBackwards, a zero gradient)
        return clone(A).copy_(eye(A.shape[-2], dtype=A.dtype))
    if n == 1:
        return clone(A)
    base = inv(A) if n < 0 else A
    count = abs(n)
    if count == 1:
        return base
    if count == 3:  # (a a) a, where the bits would give a (a a)
        return matmul(matmul(base, base), base)
    return _power_by_squaring(base, count)


_NOT_GIVEN: Any = object()


def _power_entry(function: str, n_position: int) -> Callable[..., Tensor]:
    """One of the three ways to call matrix_power; they differ only in how argument errors name them:
    ``torch.linalg.matrix_power`` is ``linalg_matrix_power``, and a method's ``n`` is its first argument.
    ``n`` must be an integer (a Python or NumPy int, or an integer 0-d tensor): PyTorch refuses 2.0 and
    True, and rounding -1.5 to -1 would silently invert."""
    keywords = ("input", "n") if n_position == 2 else ("n",)  # a method's input is its tensor

    def entry(input: Any = _NOT_GIVEN, n: Any = _NOT_GIVEN, /, *more: Any, **named: Any) -> Tensor:  # noqa: A002
        if more:
            given = n_position + len(more)
            raise TypeError(f"{function}() takes {n_position} positional argument{'s' * (n_position > 1)} but "
                            f"{given} were given")
        by_keyword = n is _NOT_GIVEN and "n" in named
        if input is _NOT_GIVEN:
            input = named.get("input", input)  # noqa: A001
        if n is _NOT_GIVEN:
            n = named.get("n", n)
        if n is _NOT_GIVEN:  # (reported before an unknown keyword, as PyTorch's parser does)
            raise TypeError(f'{function}() missing 1 required positional arguments: "n"')
        for key in named:
            if key not in keywords:
                raise TypeError(f"{function}() got an unexpected keyword argument '{key}'")
        if not isinstance(input, Tensor):
            raise TypeError(f"{function}(): argument 'input' (position 1) must be Tensor, not {_type_name(input)}")
        if isinstance(n, Tensor):
            integral = n.ndim == 0 and not n.dtype.is_floating_point and not n.dtype.is_complex \
                and n.dtype is not dtypes.bool_
        else:
            integral = isinstance(n, (int, np.integer)) and not isinstance(n, bool)
        if not integral:
            where = "" if by_keyword else f" (position {n_position})"
            raise TypeError(f"{function}(): argument 'n'{where} must be int, not {_type_name(n)}")
        return _matrix_power(input, int(n))
    entry.__name__ = entry.__qualname__ = function.removeprefix("linalg_")
    return entry


linalg_matrix_power = _power_entry("linalg_matrix_power", 2)
matrix_power = _power_entry("matrix_power", 2)
matrix_power_method = _power_entry("matrix_power", 1)


def det(A: Tensor) -> Tensor:  # noqa: N803 - PyTorch's argument name
    _square_float(A, "det")
    value = lu_det.det(A._data)
    if value is None:
        with np.errstate(invalid="ignore"):  # NaN input gives NaN, without numpy's warning (as PyTorch)
            value = np.linalg.det(A._data)
    return record(_R["det"], (A,), wrap(value, A.dtype))


def _solve_checks(A: Tensor, B: Tensor, left: bool) -> bool:  # noqa: N803 - PyTorch's argument names
    """PyTorch's argument checks for linalg.solve, in its order; True when B is a (batch of) vector(s)."""
    if not A.dtype.is_floating_point:  # A's dtype first, then B's, then A's shape
        refuse_complex(A, "linalg.solve")
        raise RuntimeError(f"linalg.solve: Expected a floating point or complex tensor as input. "
                           f"Got {_scalar_type_name(A.dtype)}")
    if A.dtype != B.dtype:
        raise RuntimeError(f"linalg.solve: Expected A and B to have the same dtype, but found A of type "
                           f"{_scalar_type_name(A.dtype)} and B of type {_scalar_type_name(B.dtype)} instead")
    _square_float(A, "solve")
    if B.ndim == 0:
        raise RuntimeError("linalg.solve: The input tensor B must have at least 2 dimensions.")
    vector = B.ndim == 1 or (B.ndim == A.ndim - 1 and tuple(B.shape) == tuple(A.shape[:-1]))
    rows, cols = (B.shape[-1], 1) if vector else (B.shape[-2], B.shape[-1])
    if (A.shape[-1] != rows) if left else (A.shape[-2] != cols):
        n = A.shape[-1]
        raise RuntimeError(f"linalg.solve: Incompatible shapes of A and B for the equation {'AX' if left else 'XA'} "
                           f"= B ({n}x{n} and {rows}x{cols})")
    batch_b = tuple(B.shape[:-1] if vector else B.shape[:-2])
    try:
        np.broadcast_shapes(batch_b, tuple(A.shape[:-2]))
    except ValueError:
        raise shapes_broadcast_error(batch_b, tuple(A.shape[:-2])) from None
    return vector


def solve(A: Tensor, B: Tensor, *, left: bool = True) -> Tensor:  # noqa: N803 - PyTorch's argument names
    vector = _solve_checks(A, B, left)
    if not left:  # X A = B is A^T X^T = B^T
        return solve(A.mT, B.mT).mT
    b = B._data[..., None] if vector else B._data
    batch = np.broadcast_shapes(A._data.shape[:-2], b.shape[:-2])
    data = lu_solve.solve(np.broadcast_to(A._data, batch + A._data.shape[-2:]),
                          np.broadcast_to(b, batch + b.shape[-2:]))
    if data is None:
        try:
            with np.errstate(over="ignore"):  # a float32 result past the range is inf, with no warning
                data = np.linalg.solve(A._data, b)
        except np.linalg.LinAlgError:
            raise _solver_singular(A._data) from None
    data = data[..., 0] if vector else column_major(data)
    return record(_R["solve"], (A, B), wrap(data, A.dtype), {"vector": vector})


def solve_past_zero_pivot(A: Tensor, B: Optional[Tensor],  # noqa: N803 - PyTorch's argument names
                          left: bool = True) -> Optional[tuple[Tensor, np.ndarray]]:
    """What ``inv_ex`` (``B`` None) and ``solve_ex`` return where getrf meets a zero pivot: getrs
    carries on through the zero (inf and NaN), as ``lu_solve.solve_with_info`` reproduces, with
    getrf's ``info`` per matrix. None where that is not measured (the caller says so): systems
    solved from the right, a batch of B wider than A's, sizes past ``lu_solve``'s."""
    a = A._data
    if B is None:
        _square_float(A, "inv")
        b = np.broadcast_to(np.eye(a.shape[-1], dtype=a.dtype), a.shape)
        vector = False
    else:
        vector = _solve_checks(A, B, left)
        b = B._data[..., None] if vector else B._data
        if not left or np.broadcast_shapes(a.shape[:-2], b.shape[:-2]) != a.shape[:-2]:
            return None
        b = np.broadcast_to(b, a.shape[:-2] + b.shape[-2:])
    if a.dtype.kind != "f" or a.size == 0:
        return None
    solved = lu_solve.solve_with_info(a, b)
    if solved is None:
        return None
    data, info = solved
    if B is None:
        return record(_R["inv"], (A,), wrap(column_major(data), A.dtype)), info
    data = data[..., 0] if vector else column_major(data)
    return record(_R["solve"], (A, B), wrap(data, A.dtype), {"vector": vector}), info


def _solver_singular(a: np.ndarray) -> LinAlgError:
    """linalg.solve's error (its LU solver names no pivot, unlike inv's)."""
    flat = a.reshape(-1, a.shape[-2], a.shape[-1])
    batch = next((b for b, m in enumerate(flat) if _is_singular(m)), 0)
    where = f"(Batch element {batch}): " if a.ndim > 2 else ""
    return LinAlgError(f"torch.linalg.solve: {where}The solver failed because the input matrix is singular.")


def _is_singular(m: np.ndarray) -> bool:
    try:
        np.linalg.inv(m)
    except np.linalg.LinAlgError:
        return True
    return False


def det_backward(grad: Tensor, A: Tensor, result: Tensor) -> Tensor:  # noqa: N803
    return (grad * result).unsqueeze(-1).unsqueeze(-1) * _inverse(A, mkl_steps=False).mT


def solve_backward_B(grad: Tensor, A: Tensor, vector: bool) -> Tensor:  # noqa: N802,N803
    # PyTorch reuses the forward's LU factors, transposed (getrs 'T'); a double backward needs
    # the differentiable form, whose value is the same up to rounding
    if not _State.enabled and not _State.dual_level and grad.dtype == A.dtype:
        g = grad._data[..., None] if vector else grad._data
        batch = np.broadcast_shapes(A._data.shape[:-2], g.shape[:-2])
        data = lu_solve.solve_adjoint(np.broadcast_to(A._data, batch + A._data.shape[-2:]),
                                      np.broadcast_to(g, batch + g.shape[-2:]))
        if data is not None:
            return wrap(data[..., 0] if vector else data, A.dtype)
    return solve(A.mT, grad)


def solve_backward_A(grad: Tensor, A: Tensor, result: Tensor, vector: bool) -> Tensor:  # noqa: N803
    g_b = solve_backward_B(grad, A, vector)
    if vector:
        return -(g_b.unsqueeze(-1) @ result.unsqueeze(-2))
    return -(g_b @ result.mT)


def cross(input: Tensor, other: Tensor, dim=None) -> Tensor:
    """``torch.cross``: without ``dim``, the first dim of size 3 (deprecated, with PyTorch's warning)."""
    if dim is None:
        _tensor.warn_once("Using torch.cross without specifying the dim arg is deprecated.\nPlease either pass the "
                          "dim explicitly or simply use torch.linalg.cross.\nThe default value of dim will change to "
                          "agree with that of linalg.cross in a future release. (Triggered internally at "
                          "/__w/pytorch/pytorch/aten/src/ATen/native/Cross.cpp:63.)")  # TORCH_WARN_ONCE
        dim = next((d for d, n in enumerate(input.shape) if n == 3), None)
        if dim is None:
            raise RuntimeError("no dimension of size 3 in input")
    return linalg_cross(input, other, dim=dim)


def linalg_cross(input: Tensor, other: Tensor, *, dim: int = -1) -> Tensor:
    if input.ndim != other.ndim:
        raise RuntimeError("linalg.cross: inputs must have the same number of dimensions.")
    d = _tensor.norm_dim(dim, input.ndim)
    if input.shape[d] != 3 or other.shape[d] != 3:
        raise RuntimeError(f"linalg.cross: inputs dimension {dim} must have length 3. Got {input.shape[d]} and "
                           f"{other.shape[d]}")
    if any(a != b and a != 1 and b != 1 for a, b in zip(input.shape, other.shape)):
        raise shapes_broadcast_error(tuple(input.shape), tuple(other.shape))
    if input.dtype is dtypes.bool_:
        raise NotImplementedError('"cross" not implemented for \'Bool\'')
    if input.dtype is not other.dtype:
        raise RuntimeError(f"expected scalar type {_scalar_type_name(input.dtype)} but found "
                           f"{_scalar_type_name(other.dtype)}")
    dtype = input.dtype
    data = np.cross(input._data.astype(dtype.np), other._data.astype(dtype.np), axis=d - input.ndim)
    return record(_R["cross"], (input, other), wrap(data, dtype), {"dim": d - input.ndim})


# einsum
# ============================================================================================
def _sublist_letters(sublist) -> str:
    """One operand's subscripts in the sublist form: 0-25 are 'A'-'Z', 26-51 'a'-'z', Ellipsis '...'."""
    letters = []
    for n in sublist:
        if n is Ellipsis:
            letters.append("...")
        elif 0 <= n < 26:
            letters.append(chr(ord("A") + n))
        elif 26 <= n < 52:
            letters.append(chr(ord("a") + n - 26))
        else:
            raise ValueError("einsum(): subscript in subscript list is not within the valid range [0, 52)")
    return "".join(letters)


def einsum(*args) -> Tensor:
    """Contract operands as PyTorch does: letters only in one operand are summed first, a pair is
    multiplied (no shared summed letter) or bmm'ed (permute, reshape, bmm, view), left to right.

    Takes ``einsum(equation, *operands)`` or the sublist form ``einsum(op1, sublist1, op2,
    sublist2, ..., [sublist_out])``, which becomes an equation first."""
    if len(args) < 2:
        raise ValueError("einsum(): must specify the equation string and at least one operand, "
                         "or at least one operand and its subscripts list")
    if isinstance(args[0], Tensor):
        equation = ",".join(_sublist_letters(sublist) for sublist in args[1::2])
        if len(args) % 2 == 1:  # an odd count ends in the output's sublist
            equation += "->" + _sublist_letters(args[-1])
        operands = args[:-1:2] if len(args) % 2 == 1 else args[::2]
    else:
        equation, operands = args[0], args[1:]
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    equation = equation.replace(" ", "")
    lhs, arrow, rhs = equation.partition("->")
    terms = lhs.split(",")
    if len(terms) != len(operands):
        raise RuntimeError("einsum(): more operands were provided than specified in the equation"
                           if len(operands) > len(terms) else
                           "einsum(): fewer operands were provided than specified in the equation")
    # '...' becomes fresh letters, one per broadcast dim, right-aligned across operands as in PyTorch.
    spare = [c for c in "ZYXWVUTSRQPONMLKJIHGFEDCBAzyxwvutsrqponmlkjihgfedcba" if c not in equation]
    n_ell = builtins.max([op.ndim - len(t.replace("...", "")) for t, op in zip(terms, operands) if "..." in t],
                         default=0)
    ell = "".join(spare[:n_ell])
    for k, (term, op) in enumerate(zip(terms, operands)):
        if "..." in term:
            terms[k] = term.replace("...", ell[n_ell - (op.ndim - len(term.replace("...", ""))):])
        if len(terms[k]) != op.ndim:
            raise RuntimeError(f"einsum(): the number of subscripts in the equation ({len(term)}) does not match "
                               f"the number of dimensions ({op.ndim}) for operand {k} and no ellipsis was given")
    if not arrow:
        counts = {c: lhs.count(c) for c in lhs if c.isalpha()}
        rhs = ell + "".join(sorted(c for c, n in counts.items() if n == 1))
    rhs = rhs.replace("...", ell)
    for k, c in enumerate(rhs):
        if c in rhs[:k]:
            raise RuntimeError(f"einsum(): output subscript {c} appears more than once in the output")
        if c not in "".join(terms):
            raise RuntimeError(f"einsum(): output subscript {c} does not appear in the equation for any input operand")
    seen: dict = {}
    for k, (term, op) in enumerate(zip(terms, operands)):
        for c, n in zip(term, op.shape):
            if c in seen and n != seen[c] and 1 not in (n, seen[c]):
                raise RuntimeError(f"einsum(): subscript {c} has size {n} for operand {k} which does not "
                                   f"broadcast with previously seen size {seen[c]}")
            seen[c] = n if c not in seen or seen[c] == 1 else seen[c]
    ops = list(operands)
    for k, (term, op) in enumerate(zip(terms, ops)):
        if any(op.shape[i] != seen[c] for i, c in enumerate(term)):  # size-1 dims broadcast
            ops[k] = op.expand([seen[c] for c in term])
        while len(set(terms[k])) != len(terms[k]):  # a repeated letter takes the diagonal, moved last
            term = terms[k]
            c = next(c for c in term if term.count(c) > 1)
            i = term.index(c)
            j = term.index(c, i + 1)
            ops[k] = ops[k].diagonal(0, i, j)
            terms[k] = "".join(x for n, x in enumerate(term) if n not in (i, j)) + c
    result, letters = ops[0], terms[0]
    for k in range(1, len(ops)):
        later = rhs + "".join(terms[k + 1:])
        result, letters = _contract_pair(result, letters, ops[k], terms[k], later)
    result, letters = _sum_letters(result, letters, rhs)
    if letters != rhs:
        result = result.permute([letters.index(c) for c in rhs])
    return result


def _sum_letters(t: Tensor, letters: str, keep: str):
    gone = [i for i, c in enumerate(letters) if c not in keep]
    if not gone:
        return t, letters
    return t.sum(gone), "".join(c for c in letters if c in keep)


def _contract_pair(a: Tensor, la: str, b: Tensor, lb: str, later: str):
    a, la = _sum_letters(a, la, lb + later)
    b, lb = _sum_letters(b, lb, la + later)
    batch = [c for c in la if c in lb and c in later]
    summed = [c for c in la if c in lb and c not in later]
    left = [c for c in la if c not in lb]
    right = [c for c in lb if c not in la]
    if not summed:  # an outer product along the batch letters: broadcast and multiply
        out = "".join(batch + left + right)
        a_view = a.permute([la.index(c) for c in batch + left]) if la != "".join(batch + left) else a
        b_view = b.permute([lb.index(c) for c in batch + right]) if lb != "".join(batch + right) else b
        a_shape = [a.shape[la.index(c)] for c in batch + left] + [1] * len(right)
        b_shape = ([b.shape[lb.index(c)] for c in batch] + [1] * len(left)
                   + [b.shape[lb.index(c)] for c in right])
        return a_view.reshape(a_shape) * b_view.reshape(b_shape), out
    size = {c: a.shape[la.index(c)] for c in la}
    size.update({c: b.shape[lb.index(c)] for c in lb})
    a_mat = a.permute([la.index(c) for c in batch + left + summed]).reshape(
        math.prod(size[c] for c in batch), math.prod(size[c] for c in left), math.prod(size[c] for c in summed))
    b_mat = b.permute([lb.index(c) for c in batch + summed + right]).reshape(
        math.prod(size[c] for c in batch), math.prod(size[c] for c in summed), math.prod(size[c] for c in right))
    product = bmm(a_mat, b_mat)
    return product.view([size[c] for c in batch + left + right]), "".join(batch + left + right)
