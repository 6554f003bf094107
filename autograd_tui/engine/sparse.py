"""``torch.sparse``: the products and sums of sparse COO tensors (``sparse_tensor.py``)."""
from __future__ import annotations as _annotations

from typing import Any as _Any

from autograd_tui.engine import missing as _missing
from autograd_tui.engine import csr_matrices as _csr
from autograd_tui.engine import sparse_softmax as _softmax
from autograd_tui.engine import sparse_tensor as _sparse
from autograd_tui.engine._tensor import Tensor as _Tensor
from autograd_tui.engine.functions import zeros as _zeros

__all__ = ["addmm", "log_softmax", "mm", "softmax", "sum"]


def mm(mat1: _Tensor, mat2: _Tensor, reduce: str = "sum") -> _Tensor:
    """``mat1 @ mat2`` for a sparse ``mat1`` and a dense ``mat2`` (``SparseAddmmBackward0``)."""
    if isinstance(mat1, _csr.SparseCsrTensor):
        return mat1.mm_reduce(mat2, reduce)
    if reduce != "sum":
        raise NotImplementedError("torch.sparse.mm(reduce=...) is not in the embedded engine; real PyTorch has it "
                                  "(run with --backend torch).")
    if not isinstance(mat1, _sparse.SparseTensor):
        return mat1.mm(mat2)  # two dense matrices: torch.mm
    if isinstance(mat2, _sparse.SparseTensor):
        return _sparse.mm(mat1, mat2)  # a sparse product
    empty = _zeros(mat1.shape[0], mat2.shape[1] if isinstance(mat2, _Tensor) and mat2.ndim == 2 else 0,
                   dtype=mat1.dtype)
    return _sparse.sparse_addmm(empty, mat1, mat2, beta=0, alpha=1)


def addmm(mat: _Tensor, mat1: _Any, mat2: _Tensor, *, beta: _Any = 1.0, alpha: _Any = 1.0) -> _Tensor:
    """``beta * mat + alpha * mat1 @ mat2`` for a sparse ``mat1`` (``SparseAddmmBackward0``)."""
    return _sparse.sparse_addmm(mat, mat1, mat2, beta=beta, alpha=alpha)


def sum(input: _Tensor, dim: _Any = None, dtype: _Any = None) -> _Tensor:
    """Every value of a sparse tensor summed, or the sums over ``dim`` (a sparse tensor, or dense when
    every sparse dim is summed)."""
    if not isinstance(input, _sparse.SparseTensor):
        return input.sum() if dim is None else input.sum(dim)
    return _sparse.sparse_sum(input, dim, dtype)


def softmax(input: _Tensor, dim: int, *, dtype: _Any = None) -> _Tensor:
    """The softmax over ``dim`` of a sparse tensor's stored values (``sparse_softmax.py``)."""
    return _softmax.sparse_softmax(input, dim, dtype)


def log_softmax(input: _Tensor, dim: int, *, dtype: _Any = None) -> _Tensor:
    """The log-softmax over ``dim`` of a sparse tensor's stored values (``sparse_softmax.py``)."""
    return _softmax.sparse_softmax(input, dim, dtype, log=True)


__getattr__ = _missing.module_getattr("torch.sparse")
__dir__ = _missing.module_dir("torch.sparse", globals())
