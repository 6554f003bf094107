"""Sparse CSR matrices (``layout=torch.sparse_csr``): ``Tensor.to_sparse_csr``, ``torch.sparse_csr_tensor``.

A CSR tensor holds its row pointers (``crow_indices``), column indices and values, as PyTorch's
``SparseCsrTensorImpl``; its ``_data`` is the sparse COO tensors' guard (``sparse_tensor._SparseData``),
which raises on any numpy use. The engine has the 2-D, non-hybrid CSR matrices learners build for a
graph's adjacency: their parts, ``to_dense``, ``to_sparse`` (COO), products with a dense matrix or
vector (its rows in order, as ATen's CPU kernel adds them) and ``torch.sparse.mm``'s row reductions
(mean, amax, amin), scaling by a number, dtype changes and their repr; no autograd through them.
Every other method says the engine lacks it.
"""
from __future__ import annotations

from typing import Any, Callable, cast

import numpy as np

from autograd_tui.engine import _tensor, dtypes, sparse_entries, sparse_tensor
from autograd_tui.engine._tensor import Tensor, make, warn_once
from autograd_tui.engine.functions import tensor as _as_tensor
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity import printing

__all__ = ["SparseCsrTensor", "sparse_csr", "sparse_csr_tensor", "to_sparse_csr"]

_ENGINE_LACKS = ("{what} on a sparse CSR tensor is not in the embedded engine; real PyTorch has it (run with "
                 "--backend torch).")

# torch.sparse_csr: a torch.layout made after the type was sealed (``_tensor.layout``)
sparse_csr = object.__new__(_tensor.layout)
_tensor.LAYOUT_NAMES[id(sparse_csr)] = "torch.sparse_csr"


class SparseCsrTensor(Tensor):
    """A sparse CSR matrix; its fields: ``_crow``, ``_col``, ``_vv``."""

    __slots__ = ()
    _crow: np.ndarray
    _col: np.ndarray
    _vv: np.ndarray

    @property
    def is_sparse(self) -> bool:
        return False

    @property
    def is_sparse_csr(self) -> bool:
        return True

    @property
    def layout(self) -> Any:
        return sparse_csr

    def crow_indices(self) -> Tensor:
        return make(self._crow, dtypes.int64)

    def col_indices(self) -> Tensor:
        return make(self._col, dtypes.int64)

    def values(self) -> Tensor:
        return make(self._vv, self.dtype)

    def _nnz(self) -> int:
        return self._col.shape[0]

    def _rows(self) -> np.ndarray:
        return np.repeat(np.arange(self.shape[0]), np.diff(self._crow))

    def to_dense(self, dtype: Any = None, *, masked_grad: Any = None) -> Tensor:
        dense = np.zeros(self.shape, self.dtype.np)
        np.add.at(dense, (self._rows(), self._col), self._vv)
        out = make(dense, self.dtype)
        return out if dtype is None else out.to(dtype)

    def to_sparse(self, *args: Any, **kwargs: Any) -> Tensor:
        if args or kwargs:
            raise NotImplementedError(_ENGINE_LACKS.format(what="to_sparse() with arguments"))
        return sparse_tensor.new(np.stack([self._rows(), self._col]).astype(np.int64), self._vv.copy(), self.shape,
                                 self.dtype, True)

    def to_sparse_csr(self, dense_dim: Any = None) -> "SparseCsrTensor":
        return self

    def mm(self, mat2: Tensor) -> Tensor:
        """``csr @ dense``: each stored value times its column's row of ``mat2``, added row by row."""
        _refuse_grad(self, mat2)
        if not isinstance(mat2, Tensor) or isinstance(mat2, (SparseCsrTensor, sparse_tensor.SparseTensor)):
            raise NotImplementedError(_ENGINE_LACKS.format(what="A product with a sparse operand"))
        vector = mat2.ndim == 1
        if mat2.ndim not in (1, 2):
            raise NotImplementedError(_ENGINE_LACKS.format(what="A product with a batch of matrices"))
        if self.shape[1] != mat2.shape[0]:
            raise RuntimeError(f"size mismatch, got input ({self.shape[0]}), mat ({self.shape[0]}x{self.shape[1]}), "
                               f"vec ({mat2.shape[0]})" if vector else "mat1 and mat2 shapes cannot be multiplied "
                               f"({self.shape[0]}x{self.shape[1]} and {mat2.shape[0]}x{mat2.shape[1]})")
        dense = np.asarray(mat2._data).reshape(mat2.shape[0], -1)
        if mat2.dtype is not self.dtype:
            raise RuntimeError(f"expected scalar type {_tensor._scalar_name(self.dtype)} but found "
                               f"{_tensor._scalar_name(mat2.dtype)}")
        out = np.zeros((self.shape[0], dense.shape[1]), self.dtype.np)
        np.add.at(out, self._rows(), self._vv[:, None] * dense[self._col])
        return make(out.reshape(-1) if vector else out, self.dtype)

    matmul = __matmul__ = mm

    def mm_reduce(self, mat2: Tensor, reduce: str) -> Tensor:
        """``torch.sparse.mm(csr, dense, reduce)``: each row's products folded by a sum, a mean (empty
        rows 0), a maximum or a minimum, one stored value after another."""
        kind = {"sum": "sum", "mean": "mean", "amax": "max", "max": "max", "amin": "min", "min": "min"}.get(reduce)
        if kind is None:
            raise RuntimeError(f"sparse_mm_reduce: reduce type of {reduce} has not been enabled.")
        if kind == "sum":
            return self.mm(mat2)
        _refuse_grad(self, mat2)
        if not isinstance(mat2, Tensor) or mat2.ndim != 2 or isinstance(mat2, (SparseCsrTensor,
                                                                              sparse_tensor.SparseTensor)):
            raise NotImplementedError(_ENGINE_LACKS.format(what="torch.sparse.mm(reduce=) of other than a matrix"))
        dense = np.asarray(mat2._data)
        out = np.zeros((self.shape[0], dense.shape[1]), self.dtype.np)
        for row in range(self.shape[0]):
            lo, hi = int(self._crow[row]), int(self._crow[row + 1])
            if hi == lo:
                continue
            products = self._vv[lo:hi, None] * dense[self._col[lo:hi]]
            acc = products[0]
            for value in products[1:]:
                acc = np.maximum(acc, value) if kind == "max" else np.minimum(acc, value) if kind == "min" else (
                    acc + value)
            out[row] = acc / self.dtype.np.type(hi - lo) if kind == "mean" else acc
        return make(out, self.dtype)

    def mul(self, other: Any) -> "SparseCsrTensor":
        _refuse_grad(self)
        if isinstance(other, Tensor) or not isinstance(other, (int, float, bool)):
            raise NotImplementedError(_ENGINE_LACKS.format(what="mul() by a tensor"))
        with np.errstate(all="ignore"):
            values = (self._vv * np.asarray(other, self.dtype.np)).astype(self.dtype.np)
        return new(self._crow, self._col, values, self.shape, self.dtype)

    __mul__ = __rmul__ = mul

    def to(self, *args: Any, **kwargs: Any) -> "SparseCsrTensor":
        target = next((a for a in (*args, *kwargs.values()) if isinstance(a, dtypes.dtype)), None)
        if target is None or target is self.dtype:
            return self
        _refuse_grad(self)
        return new(self._crow, self._col, self._vv.astype(target.np), self.shape, target)

    def double(self, memory_format: Any = None) -> "SparseCsrTensor":
        return self.to(dtypes.float64)

    def float(self, memory_format: Any = None) -> "SparseCsrTensor":
        return self.to(dtypes.float32)

    def numpy(self, *, force: bool = False) -> np.ndarray:
        raise TypeError("can't convert SparseCsr layout tensor to numpy. Use Tensor.to_dense() first.")

    def indices(self) -> Tensor:
        raise RuntimeError("indices expected sparse coordinate tensor layout but got SparseCsr")

    def __repr__(self, *, tensor_contents: Any = None) -> str:  # type: ignore[override]  # (the same signature)
        indent = len("tensor(")
        parts = [("crow_indices", self._crow, dtypes.int64), ("col_indices", self._col, dtypes.int64),
                 ("values", self._vv, self.dtype)]
        body = (",\n" + " " * indent).join(
            f"{name}=tensor(" + sparse_tensor._inner(array, dtype, indent + len(name) + len("=tensor(")) + ")"
            for name, array, dtype in parts)
        suffixes = [f"size={tuple(self.shape)}", f"nnz={self._nnz()}"]
        if self.dtype not in (dtypes.get_default_dtype(), dtypes.int64, dtypes.bool_):
            suffixes.append(f"dtype={self.dtype!r}")
        suffixes.append("layout=torch.sparse_csr")
        if self._requires_grad:
            suffixes.append("requires_grad=True")
        return printing.append_suffixes("tensor(" + body, suffixes, indent)

    __str__ = __repr__  # type: ignore[assignment]


SparseCsrTensor.__name__ = SparseCsrTensor.__qualname__ = "Tensor"
SparseCsrTensor.__module__ = "torch"


def _refuse_grad(*operands: Any) -> None:
    sparse_tensor.refuse_forward_ad(*operands)
    if _State.enabled and any(isinstance(t, Tensor) and t._requires_grad for t in operands):
        raise NotImplementedError(_ENGINE_LACKS.format(what="Autograd"))


def _lacking(name: str) -> Callable[..., Any]:
    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError(_ENGINE_LACKS.format(what=f"{name}()"))
    method.__name__ = name
    method._lacking = True  # type: ignore[attr-defined]  # (sparse_tensor._other_layout skips it)
    return method


_OWN = frozenset(vars(SparseCsrTensor))
sparse_tensor.SPARSE_CLASSES.add(SparseCsrTensor)
sparse_tensor.TO_LAYOUT[id(sparse_csr)] = lambda input: to_sparse_csr(input)
# a COO tensor's to_sparse_csr() (a method of its own class, which cannot import this module)
sparse_tensor.SparseTensor.to_sparse_csr = lambda self, dense_dim=None: to_sparse_csr(self, dense_dim)  # type: ignore[attr-defined]
_installed = [False]


def _install_refusals() -> None:
    """Every other public method and operator of a tensor says the engine lacks it for CSR."""
    if _installed[0]:
        return
    _installed[0] = True
    names = {**vars(Tensor), **vars(sparse_tensor.SparseTensor)}
    for name, value in names.items():
        public = not name.startswith("_") or (name.startswith("__") and name[2:-2] in sparse_tensor._OPERATORS)
        if not public or name in _OWN or name in sparse_tensor._INHERITED:
            continue
        if isinstance(value, property):
            setattr(SparseCsrTensor, name, property(_lacking(name)))
        elif callable(value) or hasattr(value, "fn"):
            setattr(SparseCsrTensor, name, _lacking(name))


def new(crow: np.ndarray, col: np.ndarray, vv: np.ndarray, shape: tuple, dtype: dtypes.dtype) -> SparseCsrTensor:
    """A CSR matrix of these parts (no checks, no copies); the first one warns PyTorch's beta notice."""
    sparse_tensor.activate()
    _install_refusals()
    warn_once(sparse_entries.CSR_BETA_WARNING)
    t = cast(SparseCsrTensor, make(sparse_tensor._NO_VALUES, dtypes.float32, SparseCsrTensor))
    t._data = sparse_tensor._SparseData(tuple(int(n) for n in shape), dtype.np, t)  # type: ignore[arg-type,assignment]
    t.dtype = dtype
    t.__dict__["_crow"], t.__dict__["_col"], t.__dict__["_vv"] = crow, col, vv
    return t


def to_sparse_csr(input: Tensor, dense_dim: Any = None) -> SparseCsrTensor:
    """``dense.to_sparse_csr()`` of a 2-D tensor: its nonzero entries row by row."""
    if isinstance(input, sparse_tensor.SparseTensor):
        input = input.to_dense()
    if input.ndim != 2 or dense_dim is not None:
        raise NotImplementedError("to_sparse_csr() of a tensor that is not a 2-D matrix is not in the embedded "
                                  "engine; real PyTorch has it (run with --backend torch).")
    _refuse_grad(input)
    data = np.asarray(input._data)
    rows, cols = np.nonzero(data)
    crow = np.concatenate([[0], np.cumsum(np.bincount(rows, minlength=data.shape[0]))]).astype(np.int64)
    return new(crow, cols.astype(np.int64), data[rows, cols].copy(), data.shape, input.dtype)


def sparse_csr_tensor(crow_indices: Any, col_indices: Any, values: Any, size: Any = None, *, dtype: Any = None,
                      device: Any = None, pin_memory: bool = False, requires_grad: bool = False,
                      check_invariants: Any = None) -> SparseCsrTensor:
    if check_invariants is None:  # read first, as PyTorch's constructor reads the global setting
        warn_once(sparse_tensor.INVARIANTS_WARNING)
    crow = np.asarray((crow_indices if isinstance(crow_indices, Tensor) else _as_tensor(crow_indices))._data)
    col = np.asarray((col_indices if isinstance(col_indices, Tensor) else _as_tensor(col_indices))._data)
    v_t = values if isinstance(values, Tensor) else _as_tensor(values)
    if dtype is not None and dtype is not v_t.dtype:
        v_t = v_t.to(dtype)
    if crow.ndim != 1 or col.ndim != 1 or v_t.ndim != 1 or requires_grad or v_t._requires_grad:
        raise NotImplementedError(_ENGINE_LACKS.format(what="A batched, hybrid or differentiable CSR tensor"))
    shape = (len(crow) - 1, int(col.max()) + 1 if col.size else 0) if size is None else tuple(int(n) for n in size)
    return new(crow.astype(np.int64), col.astype(np.int64), np.array(v_t._data), shape, v_t.dtype)
