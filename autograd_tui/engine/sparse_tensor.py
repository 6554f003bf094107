"""Sparse COO tensors: ``torch.sparse_coo_tensor``, ``to_sparse``, ``Embedding(sparse=True)``'s gradient.

A sparse tensor is a ``SparseTensor`` (shown as ``torch.Tensor``) holding its indices (an int64
array, ``sparse_dim x nnz``) and values (``nnz x dense dims``) and whether it is coalesced, as
PyTorch's ``SparseTensorImpl``. Its ``_data`` is a ``_SparseData``: the shape and type that shape
code reads, and an error for any numpy use, so that no dense op ever computes on a sparse tensor
silently. The ops PyTorch runs on sparse tensors and the engine has are methods here (and
``torch.sparse``); every other method raises PyTorch's refusal (``refusal``).

The dense ops meet a sparse operand only once a sparse tensor exists: then (``activate``) the public
entries are rerouted (``meta.reroute``) through ``_entry``, which sends a call with a sparse argument
to this module's implementation or refusal. A program without sparse tensors pays nothing. (A
function fetched before that, as ``torch.add`` in ``torch.add(d, torch.sparse_coo_tensor(...))`` when
this is the program's first sparse tensor, is the unrouted one: the ``_data`` guard raises instead.)
"""
from __future__ import annotations

import functools
import types
from typing import Any, Callable, cast

import numpy as np

from autograd_tui.engine import _tensor, dtypes, meta, missing, sparse_entries, storage
from autograd_tui.engine._tensor import Tensor, make, warn_once
from autograd_tui.engine.functions import tensor as _as_tensor
from autograd_tui.engine.grad_mode import _State, no_grad
from autograd_tui.engine.parity import printing
from autograd_tui.engine.public_names import Builtin
from autograd_tui.engine.sparse_entries import ENGINE_LACKS as _ENGINE_LACKS
from autograd_tui.engine.sparse_entries import coalesced_entries as _coalesced, linear_index as _linear
from autograd_tui.engine.record import RULES, record

INVARIANTS_WARNING = (
    "Sparse invariant checks are implicitly disabled. Memory errors (e.g. SEGFAULT) will occur when operating on a "
    "sparse tensor which violates the invariants, but checks incur performance overhead. To silence this warning, "
    "explicitly opt in or out. See `torch.sparse.check_sparse_tensor_invariants.__doc__` for guidance.  (Triggered "
    "internally at /__w/pytorch/pytorch/aten/src/ATen/Context.cpp:816.)")

_NOT_RUN = ("Could not run '{op}' with arguments from the 'SparseCPU' backend. This could be because the operator "
            "doesn't exist for this backend, or was omitted during the selective/custom build process (if using "
            "custom build). If you are a Facebook employee using PyTorch on mobile, please visit "
            "https://fburl.com/ptmfixes for possible resolutions. '{op}' is only available for these backends: "
            "[{backends}].")


# torch.sparse_coo: a torch.layout made after the type was sealed (``_tensor.layout``)
sparse_coo = object.__new__(_tensor.layout)
_tensor.LAYOUT_NAMES[id(sparse_coo)] = "torch.sparse_coo"


@functools.cache
def _recorded_refusals() -> dict:
    """PyTorch's own refusals of ops on a sparse tensor, by entry name (``tools/record_sparse_refusals.py``)."""
    return missing.packaged_refusals("sparse_refusals.json.xz")


def refusal(name: str, args: tuple = ()) -> Exception:
    """What PyTorch raises for ``name`` (a method or ``torch.*`` function) on a sparse tensor, called with
    ``args`` after it: its recorded error for that kind of argument, else that the engine lacks the op."""
    first = args[0] if args else None
    kind = ("" if not args else "(tensor)" if isinstance(first, Tensor) else
            "(int, int)" if len(args) > 1 and isinstance(first, int) else
            "(int)" if isinstance(first, int) else "(float)" if isinstance(first, float) else "?")
    known = _recorded_refusals().get(name + kind)
    if known is None:
        return NotImplementedError(_ENGINE_LACKS.format(what=f"{name}()"))
    return missing.recorded_error(*known)


class _SparseData:
    """A sparse tensor's ``_data``: its shape and numpy type; any numpy use raises, except the one the
    engine's AccumulateGrad makes to add a sparse gradient into a dense ``.grad`` (``np.add(..., out=)``)."""

    __slots__ = ("shape", "dtype", "owner")
    base = None
    strides = None
    # AccumulateGrad's layout questions: a new .grad of a sparse leaf is a copy in its own layout
    flags = types.SimpleNamespace(c_contiguous=True, f_contiguous=False, writeable=False)

    def __init__(self, shape: tuple, dtype: np.dtype, owner: "SparseTensor") -> None:
        self.shape, self.dtype, self.owner = shape, dtype, owner

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    def view(self, *args: Any) -> np.ndarray:  # record.OpNode.apply's "any nonzero value?" test
        return np.ones(1)

    def __array__(self, *args: Any, **kwargs: Any) -> np.ndarray:
        raise NotImplementedError(_ENGINE_LACKS.format(what="This operation"))

    def __array_ufunc__(self, ufunc: Any, method: str, *inputs: Any, **kwargs: Any) -> Any:
        out = kwargs.get("out")
        if ufunc is np.add and method == "__call__" and out and inputs[1] is self and out[0] is inputs[0]:
            add_into(out[0], self.owner, 1)  # dense.grad += sparse gradient
            return out[0]
        raise NotImplementedError(_ENGINE_LACKS.format(what=f"numpy's {ufunc.__name__}"))

    def __array_function__(self, func: Any, types: Any, args: Any, kwargs: Any) -> Any:
        raise NotImplementedError(_ENGINE_LACKS.format(what=f"numpy's {func.__name__}"))


class SparseTensor(Tensor):
    """A sparse COO tensor (``layout=torch.sparse_coo``); its fields: ``_ix``, ``_vv``, ``_coal``."""

    __slots__ = ()
    _ix: np.ndarray
    _vv: np.ndarray
    _coal: bool

    @property
    def is_sparse(self) -> bool:
        return True

    @property
    def layout(self) -> Any:
        return sparse_coo

    def sparse_dim(self) -> int:
        return self._ix.shape[0]

    def dense_dim(self) -> int:
        return self._vv.ndim - 1

    def _nnz(self) -> int:
        return self._ix.shape[1]

    def is_coalesced(self) -> bool:
        return self._coal

    def _indices(self) -> Tensor:
        return make(self._ix, dtypes.int64)

    def _values(self) -> Tensor:
        return make(self._vv, self.dtype)

    def indices(self) -> Tensor:
        if not self._coal:
            raise RuntimeError("Cannot get indices on an uncoalesced tensor, please call .coalesce() first")
        return make(self._ix, dtypes.int64)

    def values(self) -> Tensor:
        if not self._coal:
            raise RuntimeError("Cannot get values on an uncoalesced tensor, please call .coalesce() first")
        return _recorded("values_sparse", (self,), make(self._vv, self.dtype))

    def coalesce(self) -> "SparseTensor":
        if self._coal:
            return self
        ix, vv = _coalesced(self._ix, self._vv, self.shape)
        return _recorded("coalesce", (self,), new(ix, vv, self.shape, self.dtype, True))

    def to_dense(self, dtype: Any = None, *, masked_grad: Any = None) -> Tensor:
        dense = np.zeros(self.shape, self.dtype.np)
        add_into(dense, self, 1)
        out = make(dense, self.dtype)
        return _recorded("to_dense", (self,), out) if dtype is None else _recorded("to_dense", (self,), out).to(dtype)

    def to_sparse(self, *args: Any, layout: Any = None, **kwargs: Any) -> Tensor:
        return self if layout in (None, sparse_coo) else to_sparse(self, *args, layout=layout, **kwargs)

    def __repr__(self, *, tensor_contents: Any = None) -> str:  # type: ignore[override]  # (the same signature)
        indent = len("tensor(")
        body = ("indices=tensor(" + _inner(self._ix, dtypes.int64, indent + len("indices=tensor(")) + "),\n"
                + " " * indent + "values=tensor(" + _inner(self._vv, self.dtype, indent + len("values=tensor("))
                + ")")
        suffixes = [f"size={tuple(self.shape)}", f"nnz={self._nnz()}"]
        if self.dtype not in (dtypes.get_default_dtype(), dtypes.int64, dtypes.bool_):
            suffixes.append(f"dtype={self.dtype!r}")
        suffixes.append("layout=torch.sparse_coo")
        if self.grad_fn is not None:
            suffixes.append(f"grad_fn=<{type(self.grad_fn).__name__}>")
        elif self._requires_grad:
            suffixes.append("requires_grad=True")
        return printing.append_suffixes("tensor(" + body, suffixes, indent, force_newline=True)

    __str__ = __repr__  # type: ignore[assignment]

    def numpy(self, *, force: bool = False) -> np.ndarray:
        raise TypeError("can't convert Sparse layout tensor to numpy. Use Tensor.to_dense() first.")

    def tolist(self) -> Any:
        raise RuntimeError("Cannot access data pointer of Tensor that doesn't have storage")

    data_ptr = tolist

    def is_contiguous(self, memory_format: Any = None) -> bool:
        return False

    def stride(self, dim: Any = None, /, **keyword: Any) -> Any:
        return (0,) * self.ndim if dim is None and not keyword else 0  # PyTorch's: no strides, zeros

    def untyped_storage(self) -> Any:
        raise NotImplementedError("Cannot access storage of SparseTensorImpl")

    def storage(self) -> Any:
        warn_once(storage._TYPED_STORAGE_WARNING)
        raise NotImplementedError("Cannot access storage of SparseTensorImpl")

    def item(self) -> Any:
        if self.numel() != 1:
            raise RuntimeError(f"a Tensor with {self.numel()} elements cannot be converted to Scalar")
        return self.to_dense().item()

    def __rmatmul__(self, other: Any) -> Tensor:
        return mm(other, self)

    def transpose(self, dim0: int, dim1: int) -> "SparseTensor":
        dims = [_tensor.norm_dim(dim0, self.ndim), _tensor.norm_dim(dim1, self.ndim)]
        if dims[0] == dims[1]:
            return self
        if max(dims) >= self.sparse_dim():
            raise NotImplementedError(_ENGINE_LACKS.format(what="transpose() of a dense dim"))
        if self.ndim == 2:
            return self.t()
        if self._requires_grad and _State.enabled:
            raise NotImplementedError(_ENGINE_LACKS.format(what="transpose() with autograd"))
        order = list(range(self.sparse_dim()))
        order[dims[0]], order[dims[1]] = order[dims[1]], order[dims[0]]
        shape = [*self.shape]
        shape[dims[0]], shape[dims[1]] = shape[dims[1]], shape[dims[0]]
        return new(self._ix[order].copy(), self._vv, tuple(shape), self.dtype, False)

    # ----- autograd plumbing: AccumulateGrad's copies and sums -----------------------------------
    def detach(self) -> "SparseTensor":
        return new(self._ix, self._vv, self.shape, self.dtype, self._coal)

    @property
    def data(self) -> Tensor:
        return self.detach()

    @data.setter
    def data(self, value: Tensor) -> None:
        raise NotImplementedError(_ENGINE_LACKS.format(what="Setting .data"))

    def _detached_copy(self, order: Any = "C") -> "SparseTensor":
        return new(self._ix.copy(), self._vv.copy(), self.shape, self.dtype, self._coal)

    def clone(self, *, memory_format: Any = None) -> "SparseTensor":
        return _recorded("clone", (self,), self._detached_copy())

    def _accumulate_(self, other: Tensor) -> None:
        if not isinstance(other, SparseTensor):
            # PyTorch's AccumulateGrad replaces a sparse .grad by dense + sparse: this tensor becomes that sum
            dense = np.array(other._data, dtype=self.dtype.np)
            add_into(dense, self, 1)
            for field in ("_ix", "_vv", "_coal"):
                del self.__dict__[field]
            self.__class__ = Tensor  # type: ignore[assignment]
            self._data = dense
            return
        self._set(_sum_arrays(self, other, 1))
        self._bump_version()

    def _set(self, parts: tuple) -> None:
        self.__dict__["_ix"], self.__dict__["_vv"], self.__dict__["_coal"] = parts

    # ----- arithmetic ----------------------------------------------------------------------------
    def add(self, other: Any, *, alpha: Any = 1) -> "SparseTensor":
        if not isinstance(other, SparseTensor):
            raise RuntimeError("add(sparse, dense) is not supported. Use add(dense, sparse) instead.")
        _same_size(self, other)
        ix, vv, coalesced = _sum_arrays(self, other, alpha)
        out = new(ix, vv, self.shape, self.dtype, coalesced)
        return _recorded("add_sparse", (self, other), out, {"alpha": alpha})

    def __add__(self, other: Any) -> "SparseTensor":
        return self.add(other)

    def __radd__(self, other: Any) -> Tensor:
        if isinstance(other, Tensor):
            return dense_plus_sparse(other, self)  # dense + sparse: a dense tensor
        return self.add(other)

    def __rsub__(self, other: Any) -> Tensor:
        if isinstance(other, Tensor):
            return dense_plus_sparse(other, self, -1)
        raise RuntimeError("add(sparse, dense) is not supported. Use add(dense, sparse) instead.")

    def sub(self, other: Any, *, alpha: Any = 1) -> "SparseTensor":
        return self.add(other, alpha=-alpha)

    __sub__ = sub

    def add_(self, other: Any, *, alpha: Any = 1) -> "SparseTensor":
        if not isinstance(other, SparseTensor):
            raise RuntimeError("add(sparse, dense) is not supported. Use add(dense, sparse) instead.")
        _refuse_in_place_grad(self)
        _same_size(self, other)
        self._set(_sum_arrays(self, other, alpha))
        self._bump_version()
        return self

    __iadd__ = add_

    def mul(self, other: Any) -> "SparseTensor":
        if isinstance(other, Tensor) and not isinstance(other, SparseTensor) and other.ndim == 0:
            other = other.item()  # a 0-d tensor multiplies as its number
        if isinstance(other, Tensor):
            return self._mul_dense(other)
        out = new(self._ix, _scaled(self._vv, other, self.dtype), self.shape, self.dtype, self._coal)
        return _recorded("mul_sparse_scalar", (self,), out, {"other": other})

    __mul__ = __rmul__ = mul

    def _mul_dense(self, other: Tensor) -> "SparseTensor":
        """``sparse * dense`` of one shape: each value times the dense element at its index."""
        if isinstance(other, SparseTensor) or other.shape != self.shape or other.dtype is not self.dtype:
            raise NotImplementedError(_ENGINE_LACKS.format(what="mul() by a sparse tensor, or another shape or type"))
        if _State.enabled and (self._requires_grad or other._requires_grad):
            raise NotImplementedError(_ENGINE_LACKS.format(what="mul() by a tensor with autograd"))
        picked = np.asarray(other._data)[tuple(self._ix)]
        return new(self._ix, self._vv * picked, self.shape, self.dtype, self._coal)

    def div(self, other: Any) -> "SparseTensor":
        if isinstance(other, Tensor) or not self.dtype.is_floating_point:
            raise NotImplementedError(_ENGINE_LACKS.format(what="div() by a tensor or of integers"))
        with np.errstate(all="ignore"):
            vv = self._vv / self.dtype.np.type(other)
        out = new(self._ix, vv, self.shape, self.dtype, self._coal)
        return _recorded("mul_sparse_scalar", (self,), out, {"other": 1 / other})

    __truediv__ = div

    def __neg__(self) -> "SparseTensor":
        return self.mul(-1)

    def mul_(self, other: Any) -> "SparseTensor":
        if isinstance(other, Tensor):
            raise NotImplementedError(_ENGINE_LACKS.format(what="mul_() by a tensor"))
        _refuse_in_place_grad(self)
        np.multiply(self._vv, self.dtype.np.type(other), out=self._vv, casting="unsafe")
        self._bump_version()
        return self

    def zero_(self) -> "SparseTensor":
        self._set((np.zeros((self._ix.shape[0], 0), np.int64), np.zeros((0, *self._vv.shape[1:]), self._vv.dtype),
                   True))
        self._bump_version()
        return self

    def t(self) -> "SparseTensor":
        if self.sparse_dim() != 2 and self.ndim > 1:
            raise RuntimeError(f"t() expects a tensor with <= 2 sparse and 0 dense dimensions, but got "
                               f"{self.sparse_dim()} sparse and {self.dense_dim()} dense dimensions")
        if self.ndim < 2:
            return self
        out = new(self._ix[::-1].copy(), self._vv, self.shape[::-1], self.dtype, False)
        return _recorded("t_sparse", (self,), out)

    def index_select(self, dim: int, index: Tensor) -> "SparseTensor":
        d = _tensor.norm_dim(dim, self.ndim)
        if not isinstance(index, Tensor) or index.ndim != 1 or index.dtype is not dtypes.int64:
            raise IndexError("index_select() argument index must be 1-D strided (non-sparse) long-tensor.")
        ix, vv, shape = sparse_entries.index_select_entries(
            self._ix, self._vv, self.shape, d, np.asarray(index._data).astype(np.int64),
            self._requires_grad and _State.enabled)
        return new(ix, vv, shape, self.dtype, ix.shape[1] < 2)

    def select(self, dim: int, index: int) -> Tensor:
        return _select(self, _tensor.norm_dim(dim, self.ndim), index, dim)

    def __getitem__(self, key: Any) -> Tensor:
        keys = key if isinstance(key, tuple) else (key,)
        if not keys or len(keys) > self.ndim or not all(type(k) is int for k in keys):
            raise refusal("__getitem__", (key,))
        out: Tensor = self
        for given, k in enumerate(keys):  # each int selects along the next dim (dim 0 of what is left)
            out = _select(out, 0, k, given) if isinstance(out, SparseTensor) else out[k]
        return out

    def sum(self, dim: Any = None, keepdim: bool = False, *, dtype: Any = None) -> Tensor:
        out = sparse_sum(self if dtype is None else self.to(dtype), dim, through_values=False)
        if not keepdim or dim is None:
            return out
        dims = {d % self.ndim for d in ((dim,) if isinstance(dim, int) else dim)}
        kept = tuple(1 if d in dims else n for d, n in enumerate(self.shape))
        if not isinstance(out, SparseTensor):
            return out.reshape(kept)
        ix = np.zeros((self.sparse_dim(), out._nnz()), np.int64)  # (a summed dim's index is 0)
        ix[[d for d in range(self.sparse_dim()) if d not in dims]] = out._ix
        return new(ix, out._vv, kept, out.dtype, out._coal)

    def mm(self, mat2: Tensor) -> Tensor:
        return mm(self, mat2)

    matmul = __matmul__ = mm

    def to(self, *args: Any, **kwargs: Any) -> "SparseTensor":
        target = next((a for a in (*args, *kwargs.values()) if isinstance(a, dtypes.dtype)), None)
        if target is None or target is self.dtype:
            return self
        if self._requires_grad and _State.enabled:
            raise NotImplementedError(_ENGINE_LACKS.format(what="A dtype change with autograd"))
        return new(self._ix, self._vv.astype(target.np), self.shape, target, self._coal)

    def double(self, memory_format: Any = None) -> "SparseTensor":
        return self.to(dtypes.float64)

    def float(self, memory_format: Any = None) -> "SparseTensor":
        return self.to(dtypes.float32)

    def long(self, memory_format: Any = None) -> "SparseTensor":
        return self.to(dtypes.int64)

    def int(self, memory_format: Any = None) -> "SparseTensor":
        return self.to(dtypes.int32)

    def bool(self, memory_format: Any = None) -> "SparseTensor":
        return self.to(dtypes.bool_)


# The element-wise ops that keep zeros zero, which PyTorch runs on the values of the coalesced tensor
_ON_VALUES = ("sin", "tan", "tanh", "relu", "abs", "sqrt", "square", "sign", "floor", "ceil", "round", "trunc",
              "expm1", "log1p", "asin", "atan", "sinh", "asinh", "atanh", "erf", "erfinv", "frac", "sgn", "deg2rad",
              "rad2deg", "isnan", "isinf", "signbit", "nan_to_num", "pow")


def _on_values(name: str) -> Callable[..., Any]:
    def method(self: SparseTensor, *args: Any, **kwargs: Any) -> SparseTensor:
        if self._requires_grad and _State.enabled:
            raise NotImplementedError(_ENGINE_LACKS.format(what=f"{name}() with autograd"))
        if any(isinstance(a, Tensor) for a in (*args, *kwargs.values())):
            raise NotImplementedError(_ENGINE_LACKS.format(what=f"{name}() with a tensor argument"))
        ix, vv = (self._ix, self._vv) if self._coal else _coalesced(self._ix, self._vv, self.shape)
        values = getattr(make(vv, self.dtype), name)(*args, **kwargs)
        return new(ix, np.asarray(values._data), self.shape, values.dtype, True)
    method.__name__ = name
    return method


for _name in _ON_VALUES:
    setattr(SparseTensor, _name, _on_values(_name))

SparseTensor.__name__ = SparseTensor.__qualname__ = "Tensor"
SparseTensor.__module__ = "torch"

# What a sparse tensor inherits from Tensor unchanged: shape, type, device and autograd state.
_INHERITED = frozenset((
    "shape", "size", "dim", "ndim", "ndimension", "numel", "nelement", "element_size", "dtype", "device", "is_cuda",
    "is_cpu", "is_meta", "is_leaf", "is_floating_point", "is_complex", "requires_grad", "requires_grad_", "grad",
    "grad_fn", "retains_grad", "retain_grad", "register_hook", "is_inference", "output_nr", "backward", "type",
    "is_sparse_csr", "is_quantized", "is_nested", "is_mkldnn", "is_xpu", "is_mps", "get_device", "new",
    "register_post_accumulate_grad_hook", "cpu", "name", "names", "volatile", "is_signed", "itemsize", "__len__",
))


def _refuse_in_place_grad(t: SparseTensor) -> None:
    if _State.enabled and (t._requires_grad or t.grad_fn is not None):
        raise NotImplementedError(_ENGINE_LACKS.format(what="An in-place op with autograd"))


def _refusing_method(name: str) -> Callable[..., Any]:
    def method(self: Any, *args: Any, **kwargs: Any) -> Any:
        raise refusal(name, args)
    method.__name__ = name
    return method


_OWN: set[str] = set()  # the methods a sparse tensor has of its own (before the refusals are added)


def _install_refusals() -> None:
    """Every other public Tensor method and operator raises on a sparse tensor (PyTorch's error)."""
    _OWN.update(vars(SparseTensor))
    for name, value in list(vars(Tensor).items()):
        public = not name.startswith("_") or (name.startswith("__") and name[2:-2] in _OPERATORS)
        if not public or name in _INHERITED or name in vars(SparseTensor):
            continue
        if isinstance(value, property):
            setattr(SparseTensor, name, property(_refusing_method(name)))
        elif callable(value) or hasattr(value, "fn"):
            setattr(SparseTensor, name, _refusing_method(name))


_OPERATORS = frozenset((
    "getitem", "setitem", "abs", "invert", "pos", "floordiv", "rfloordiv", "mod", "rmod", "pow", "rpow", "rsub",
    "rtruediv", "rmatmul", "and", "or", "xor", "rand", "ror", "rxor", "lt", "le", "gt", "ge", "eq", "ne", "isub",
    "imul", "itruediv", "ipow", "bool", "float", "int", "index", "complex", "iter", "contains", "lshift",
    "rshift", "array",
))


# ----- the arrays ---------------------------------------------------------------------------------
def new(ix: np.ndarray, vv: np.ndarray, shape: tuple, dtype: dtypes.dtype, coalesced: bool = False) -> SparseTensor:
    """A sparse tensor of these indices and values (no checks, no copies)."""
    activate()
    t = cast(SparseTensor, make(_NO_VALUES, dtypes.float32, SparseTensor))  # (float32: the placeholder as it is)
    t._data = _SparseData(tuple(int(n) for n in shape), dtype.np, t)  # type: ignore[assignment]
    t.dtype = dtype
    t._set((ix, vv, coalesced))
    return t


_NO_VALUES = np.zeros(0, np.float32)


def _inner(array: np.ndarray, dtype: dtypes.dtype, indent: int) -> str:
    text = printing.format_body(array, dtype, indent)
    return text + f", size={tuple(array.shape)}" if array.size == 0 else text


def _scaled(vv: np.ndarray, factor: Any, dtype: dtypes.dtype) -> np.ndarray:
    if factor == 1:
        return vv.copy()
    with np.errstate(all="ignore"):
        return (vv * np.asarray(factor, dtype=dtype.np)).astype(dtype.np, copy=False)


def add_into(dense: np.ndarray, sparse: SparseTensor, alpha: Any) -> None:
    """``dense += alpha * sparse`` in place, each value added in index order (ATen's loop)."""
    vv = _scaled(sparse._vv, alpha, sparse.dtype) if alpha != 1 else sparse._vv
    if sparse._ix.shape[0] == 0:
        for v in vv:
            dense += v
    elif _out_of_bounds(sparse._ix, sparse.shape):
        # unchecked indices (PyTorch checks none by default): ATen writes at the linearized index
        rows = dense.reshape(-1, *dense.shape[sparse._ix.shape[0]:])
        flat = _linear(sparse._ix, sparse.shape)
        if flat.min() < 0 or flat.max() >= rows.shape[0]:
            _check_bounds(sparse._ix, sparse.shape)  # past the memory: PyTorch's behaviour is undefined
        np.add.at(rows, flat, vv.astype(dense.dtype, copy=False))
    else:
        np.add.at(dense, tuple(sparse._ix), vv.astype(dense.dtype, copy=False))


def _select(t: SparseTensor, dim: int, index: int, shown_dim: int) -> Tensor:
    """``t.select(dim, index)`` (``t[index]``), as ATen's select_sparse (``sparse_entries.py``)."""
    ix, vv, shape = sparse_entries.select_entries(t._ix, t._vv, t.shape, dim, index, shown_dim,
                                                  t._requires_grad and _State.enabled)
    return make(vv, t.dtype) if ix is None else new(ix, vv, shape, t.dtype, t._coal)


def _out_of_bounds(ix: np.ndarray, shape: tuple) -> bool:
    return bool(ix.shape[1]) and bool(((ix < 0) | (ix >= np.array(shape[:ix.shape[0]])[:, None])).any())


def _sum_arrays(t: SparseTensor, s: SparseTensor, alpha: Any) -> tuple:
    """``t + alpha * s`` as ATen's add_out_sparse_cpu: contiguous values merge in one walk over both
    index lists (equal indices summed; coalesced when both are), others are concatenated."""
    sv = _scaled(s._vv, alpha, t.dtype)
    if s._ix.shape[1] == 0:
        return t._ix.copy(), t._vv.copy(), t._coal
    if t._ix.shape[1] == 0:
        return s._ix.copy(), sv, s._coal
    if not (t._vv.flags.c_contiguous and s._vv.flags.c_contiguous):
        ix, vv = np.concatenate((t._ix, s._ix), 1), np.concatenate((t._vv, sv))
        if ix.shape[1] > int(np.prod(t.shape)):  # ATen's guard against unbounded growth of nnz
            ix, vv = _coalesced(ix, vv, t.shape)
            return ix, vv, True
        return ix, vv, False
    ti, si = t._ix.T.tolist(), s._ix.T.tolist()
    rows_ix: list = []
    rows_v: list = []
    a = b = 0
    while a < len(ti) or b < len(si):
        if a >= len(ti) or (b < len(si) and si[b] < ti[a]):
            rows_ix.append(si[b])
            rows_v.append(sv[b])
            b += 1
        elif b >= len(si) or ti[a] < si[b]:
            rows_ix.append(ti[a])
            rows_v.append(t._vv[a].copy())
            a += 1
        else:
            rows_ix.append(ti[a])
            rows_v.append(t._vv[a] + sv[b])
            a += 1
            b += 1
    ix = np.array(rows_ix, np.int64).T.reshape(t._ix.shape[0], -1)
    return ix, np.array(rows_v, dtype=t._vv.dtype).reshape(-1, *t._vv.shape[1:]), t._coal and s._coal


def _same_size(t: Tensor, s: Tensor) -> None:
    if t.shape != s.shape:
        raise RuntimeError(f"add: expected 'self' and 'other' to have same size, but self has size "
                           f"{list(t.shape)} while other has size {list(s.shape)} (FYI: dense-sparse addition "
                           "does not currently support broadcasting)")


def _recorded(rule: str, inputs: tuple, out: Tensor, attrs: dict | None = None) -> Any:
    if _State.enabled or _State.dual_level or _State.vmap_randomness:
        record(RULES[rule], inputs, out, attrs)
    return out


def refuse_forward_ad(*operands: Any) -> None:
    """Forward AD never passes through a sparse op here: a tangent is refused, never dropped
    (PyTorch has no forward formula for building a sparse tensor either)."""
    if _State.dual_level and any(isinstance(t, Tensor) and t._tangent() is not None for t in operands):
        raise NotImplementedError("forward AD with sparse tensors is not available in the embedded engine; "
                                  "`--backend torch` runs it.")


# ----- the ops that take sparse operands ----------------------------------------------------------
def sparse_coo_tensor(indices: Any, values: Any, size: Any = None, *, dtype: Any = None, device: Any = None,
                      pin_memory: bool = False, requires_grad: bool = False, check_invariants: Any = None,
                      is_coalesced: Any = None) -> SparseTensor:
    if check_invariants is None:  # read first, as PyTorch's constructor reads the global setting
        warn_once(INVARIANTS_WARNING)
    ix_t = indices if isinstance(indices, Tensor) else _as_tensor(indices)
    v_t = values if isinstance(values, Tensor) else _as_tensor(values)
    if dtype is not None and dtype is not v_t.dtype:
        v_t = v_t.to(dtype)
    if ix_t.dtype is not dtypes.int64:
        ix_t = ix_t.long()
    ix = np.array(ix_t._data, np.int64)
    if ix.ndim != 2:
        sparse_dim = ix.shape[0] if ix.ndim else 0
        given = 0 if size is None else len(size)
        raise RuntimeError(f"'len(size) == sparse_dim + dense_dim' is not satisfied: len(size) = {given}, "
                           f"sparse_dim = {sparse_dim}, dense_dim = {max(v_t.ndim - 1, 0)}")
    refuse_forward_ad(v_t)
    vv = np.array(v_t._data)
    if ix.shape[1] != vv.shape[0]:
        raise RuntimeError(f"indices and values must have same nnz, but got nnz from indices: {ix.shape[1]}, nnz "
                           f"from values: {vv.shape[0]}")
    if size is None:
        shape = tuple(int(m) + 1 if ix.shape[1] else 0 for m in (ix.max(1) if ix.shape[1] else ix[:, :0].sum(1)))
        shape += tuple(vv.shape[1:])
    else:
        shape = tuple(int(n) for n in size)
        if len(shape) != ix.shape[0] + vv.ndim - 1:
            raise RuntimeError(f"'len(size) == sparse_dim + dense_dim' is not satisfied: len(size) = {len(shape)}, "
                               f"sparse_dim = {ix.shape[0]}, dense_dim = {vv.ndim - 1}")
        if check_invariants:
            _check_bounds(ix, shape)
    out = new(ix, vv, shape, v_t.dtype, bool(is_coalesced))
    if v_t._requires_grad and (_State.enabled or _State.dual_level or _State.vmap_randomness):
        record(RULES["sparse_coo_tensor"], (v_t,), out, {"indices_array": ix})
    if requires_grad:
        out.requires_grad_(True)
    return out


def _check_bounds(ix: np.ndarray, shape: tuple) -> None:
    for d in range(ix.shape[0]):
        if ix.shape[1] and ix[d].min() < 0:
            raise RuntimeError(f"found negative index {int(ix[d].min())} for dim {d}")
        if ix.shape[1] and ix[d].max() >= shape[d]:
            raise RuntimeError(f"size is inconsistent with indices: for dim {d}, size is {shape[d]} but found index "
                               f"{int(ix[d].max())}")


# The other layouts' conversions (torch.sparse_csr's: csr_matrices.py adds it), by the layout's id
TO_LAYOUT: dict[int, Callable[[Tensor], Tensor]] = {}


def to_sparse(input: Tensor, sparse_dim: Any = None, *, layout: Any = None, blocksize: Any = None,
              dense_dim: Any = None) -> Tensor:
    """``dense.to_sparse()``: the nonzero entries (rows with any nonzero, with ``sparse_dim``), coalesced;
    another ``layout``'s conversion where the engine has it."""
    if layout is _tensor.strided:
        return input
    if layout not in (None, sparse_coo):
        if id(layout) not in TO_LAYOUT or blocksize is not None or dense_dim is not None:
            raise NotImplementedError(f"to_sparse(layout={layout}) is not in the embedded engine; real PyTorch has "
                                      "it (run with --backend torch).")
        return TO_LAYOUT[id(layout)](input)
    if isinstance(input, SparseTensor):
        return input
    if dense_dim is not None and sparse_dim is None:
        sparse_dim = input.ndim - int(dense_dim)
    refuse_forward_ad(input)
    data = np.asarray(input._data)
    dims = data.ndim if sparse_dim is None else int(sparse_dim)
    if data.ndim == 0:  # a number: no sparse dims, its one value
        return _recorded("to_sparse", (input,), new(np.zeros((0, 1), np.int64), data.reshape(1).copy(), (),
                                                     input.dtype, True), {"self_self_sym_blocksize_opt": None})
    head = data.reshape(*data.shape[:dims], -1) if dims < data.ndim else data[..., None]
    mask = (head != 0).any(-1) if head.shape[-1] else np.zeros(head.shape[:-1], bool)
    ix = np.array(np.nonzero(mask), np.int64).reshape(dims, -1)
    vv = data[tuple(ix)].copy() if dims else data.reshape(1, *data.shape).copy()
    out = new(ix, vv, data.shape, input.dtype, True)
    return _recorded("to_sparse", (input,), out, {"self_self_sym_blocksize_opt": None})


def dense_plus_sparse(dense: Tensor, sparse: SparseTensor, alpha: Any = 1) -> Tensor:
    refuse_forward_ad(dense)
    _same_size(dense, sparse)
    data = np.array(dense._data)
    add_into(data, sparse, alpha)
    return _recorded("add_dense_sparse", (dense, sparse), make(data, dense.dtype), {"alpha": alpha})


def spmm(sparse: SparseTensor, dense: np.ndarray, alpha: Any = 1) -> np.ndarray:
    """``alpha * sparse @ dense`` as ATen's CPU kernel: coalesced, each value's row added in order."""
    if sparse.sparse_dim() != 2 or sparse.dense_dim() != 0:
        raise NotImplementedError(_ENGINE_LACKS.format(what="mm of a hybrid sparse tensor"))
    ix, vv = (sparse._ix, sparse._vv) if sparse._coal else _coalesced(sparse._ix, sparse._vv, sparse.shape)
    out = np.zeros((sparse.shape[0], dense.shape[1]), np.result_type(vv.dtype, dense.dtype))
    np.add.at(out, ix[0], _scaled(vv, alpha, sparse.dtype)[:, None] * dense[ix[1]])
    return out


def _check_mm(mat1: Tensor, mat2: Tensor, name: str = "mm") -> None:
    """ATen's checks of a sparse product (every one runs as ``addmm`` of the sparse operand first)."""
    if mat1.ndim != 2 or mat2.ndim != 2:
        raise RuntimeError(f"{name}: expected 2-D matrices")
    sparse, dense = (mat2, mat1) if isinstance(mat2, SparseTensor) else (mat1, mat2)
    inner = (mat2.shape[0], mat1.shape[1]) if sparse is mat2 else (mat1.shape[1], mat2.shape[0])  # (as A^T @ d^T)
    if inner[0] != inner[1]:
        raise RuntimeError(f"addmm: Argument #3 (dense): Expected dim 0 size {inner[0]}, got {inner[1]}")
    if mat1.dtype is not mat2.dtype:
        raise RuntimeError(f"expected scalar type {_tensor._scalar_name(sparse.dtype)} but found "
                           f"{_tensor._scalar_name(dense.dtype)}")


def mm(mat1: Any, mat2: Any) -> Tensor:
    """``torch.mm`` with a sparse operand (``MmBackward0``): sparse @ dense, or dense @ sparse."""
    refuse_forward_ad(mat1, mat2)
    if isinstance(mat2, SparseTensor):
        if isinstance(mat1, SparseTensor):
            return _sparse_sparse_mm(mat1, mat2)
        _check_mm(mat1, mat2)
        out = make(np.ascontiguousarray(spmm(mat2.t(), np.asarray(mat1._data).T).T), mat1.dtype)
        return _recorded("mm_dense_sparse", (mat1, mat2), out)
    if not isinstance(mat2, Tensor):
        raise TypeError(f"mm(): argument 'mat2' (position 2) must be Tensor, not {type(mat2).__name__}")
    _check_mm(mat1, mat2)
    out = make(spmm(mat1, np.asarray(mat2._data)), mat1.dtype)
    return _recorded("mm_sparse", (mat1, mat2), out)


def _sparse_sparse_mm(mat1: SparseTensor, mat2: SparseTensor) -> SparseTensor:
    """``sparse @ sparse``: a coalesced sparse product (through CSR in PyTorch, hence its beta notice)."""
    if mat1.dtype is not mat2.dtype:
        raise RuntimeError(f"mat1 dtype {_tensor._scalar_name(mat1.dtype)} does not match mat2 dtype "
                           f"{_tensor._scalar_name(mat2.dtype)}")
    if (mat1._requires_grad or mat2._requires_grad) and _State.enabled:
        raise NotImplementedError(_ENGINE_LACKS.format(what="A product of two sparse tensors with autograd"))
    if mat1.ndim != 2 or mat2.ndim != 2 or mat1.shape[1] != mat2.shape[0]:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({'x'.join(map(str, mat1.shape))} and "
                           f"{'x'.join(map(str, mat2.shape))})")
    warn_once(sparse_entries.CSR_BETA_WARNING)
    a, b = mat1.coalesce(), mat2.coalesce()
    ix, vv = sparse_entries.sparse_product(a._ix, a._vv, b._ix, b._vv, (mat1.shape[0], mat2.shape[1]))
    return new(ix, vv, (mat1.shape[0], mat2.shape[1]), mat1.dtype, True)


def sparse_addmm(input: Tensor, mat1: SparseTensor, mat2: Tensor, *, beta: Any = 1, alpha: Any = 1,
                 rule: str = "sparse_addmm") -> Tensor:
    """``torch.sparse.addmm`` / ``torch.sparse.mm``: ``beta * input + alpha * mat1 @ mat2``
    (``SparseAddmmBackward0``; ``torch.addmm``'s ``AddmmBackward0`` with ``rule="addmm_sparse"``)."""
    refuse_forward_ad(input, mat1, mat2)
    if not isinstance(mat1, SparseTensor):
        raise NotImplementedError(_ENGINE_LACKS.format(what="torch.sparse.mm of a dense first operand"))
    if isinstance(mat2, SparseTensor):
        raise NotImplementedError(_ENGINE_LACKS.format(what="torch.sparse.mm of two sparse tensors"))
    _check_mm(mat1, mat2, "addmm")
    product = spmm(mat1, np.asarray(mat2._data), alpha)
    base = np.asarray(input._data)
    if beta == 0:
        data = product
    else:
        start = base if beta == 1 else base * base.dtype.type(beta)
        data = np.broadcast_to(start, product.shape) + product
    out = make(np.ascontiguousarray(data, dtype=mat1.dtype.np), mat1.dtype)
    return _recorded(rule, (input, mat1, mat2), out,
                     {"beta": beta, "alpha": alpha, "mat2_sym_sizes": mat2.shape, "mat2_sym_strides": mat2.stride()})


def sparse_sum(input: SparseTensor, dim: Any = None, dtype: Any = None, *, through_values: bool = True) -> Tensor:
    """``torch.sparse.sum``: every value, as PyTorch's composite ``coalesce().values().sum()``
    (``through_values``; ``s.sum()`` is one ``SumBackward0`` of the sparse tensor), or over ``dim``
    (a sparse result)."""
    if dim is None and through_values:
        values = input.coalesce().values()
        return values.sum() if dtype is None else values.sum(dtype=dtype)
    if dtype is not None and dtype is not input.dtype:
        input = input.to(dtype)
    if dim is None:
        with no_grad():
            total = make(input._vv, input.dtype).sum()  # the dense sum's order of additions
        # (the input as an engine attribute: PyTorch's SumBackward0 saves only its sizes)
        return _recorded("sparse_sum", (input,), make(total._data, total.dtype),
                         {"sparse_input": input, "self_sym_sizes": input.shape})
    if input._requires_grad and _State.enabled:
        raise NotImplementedError(_ENGINE_LACKS.format(what="torch.sparse.sum(dim) with autograd"))
    dims = sorted(d % input.ndim for d in ((dim,) if isinstance(dim, int) else dim))
    kept = [d for d in range(input.sparse_dim()) if d not in dims]
    if any(d >= input.sparse_dim() for d in dims):
        raise NotImplementedError(_ENGINE_LACKS.format(what="torch.sparse.sum over a dense dim"))
    if not kept:
        values = input._vv.sum(0)
        return make(np.asarray(values), input.dtype)
    ix, vv = _coalesced(input._ix[kept], input._vv, tuple(input.shape[d] for d in kept))
    return new(ix, vv, tuple(input.shape[d] for d in kept) + input.shape[input.sparse_dim():], input.dtype, True)


def sparse_mask_of(grad: Tensor, mask: SparseTensor) -> SparseTensor:
    """``grad.sparse_mask(mask)``: ``grad``'s values at ``mask``'s coalesced indices (the gradient of a
    sparse input whose result is dense)."""
    ix = _unique_indices(mask)
    return new(ix, np.array(_dense_array(grad)[tuple(ix)]), mask.shape, grad.dtype, True)


def with_values(like: SparseTensor, grad: Tensor) -> SparseTensor:
    """``like``'s indices with ``grad`` as values: the gradient of ``values()``."""
    return new(like._ix, np.array(grad._data), like.shape, grad.dtype, like._coal)


def filled_like(mask: SparseTensor, value: Tensor) -> SparseTensor:
    """``mask``'s coalesced entries, each ``value`` (a 0-d gradient): the gradient of ``torch.sparse.sum``."""
    ix = _unique_indices(mask)
    return new(ix, np.full((ix.shape[1], *mask._vv.shape[1:]), np.asarray(value._data), mask.dtype.np), mask.shape,
               mask.dtype, True)


def _unique_indices(t: SparseTensor) -> np.ndarray:
    return t._ix if t._coal else _coalesced(t._ix, t._vv, t.shape)[0]


def _dense_array(t: Tensor) -> np.ndarray:
    if isinstance(t, SparseTensor):
        dense = np.zeros(t.shape, t.dtype.np)
        add_into(dense, t, 1)
        return dense
    return np.asarray(t._data)


def values_at(grad: Tensor, indices: np.ndarray) -> Tensor:
    """The gradient of ``sparse_coo_tensor``'s values: the (dense) gradient at each index."""
    return make(np.array(_dense_array(grad)[tuple(indices)]), grad.dtype)


def embedding_rows(weight: Tensor, given: Tensor, indices: np.ndarray, padding_idx: int) -> Tensor:
    """``F.embedding(..., sparse=True)``: the rows, recorded so that the weight's gradient is sparse."""
    out = make(np.ascontiguousarray(weight._data[indices]), weight.dtype)
    return _recorded("embedding_sparse", (weight,), out,
                     {"picks": indices, "indices": given, "padding_idx": padding_idx, "scale_grad_by_freq": False,
                      "sparse": True, "weight_sym_argsize_0": weight.shape[0]})


def embedding_sparse_grad(grad: Tensor, indices: np.ndarray, num_weights: int, padding_idx: int) -> SparseTensor:
    """``Embedding(sparse=True)``'s weight gradient: one row per looked-up index, uncoalesced, as
    ATen's embedding_sparse_backward (its values are contiguous only when the arriving gradient is)."""
    flat = indices.reshape(-1)
    rows = np.reshape(np.asarray(grad._data), (len(flat), -1))
    if padding_idx != -1:
        keep = flat != padding_idx
        flat, rows = flat[keep], rows[keep]
    return new(flat.reshape(1, -1).astype(np.int64), rows, (num_weights, rows.shape[1]), grad.dtype)


# ----- the public entries, once a sparse tensor exists ----------------------------------------------
# The sparse layouts' classes: COO's, and CSR's once csr_matrices.py is loaded (it adds itself).
SPARSE_CLASSES: set[type] = {SparseTensor}


def _sparse_arg(args: tuple, kwargs: dict) -> bool:
    for v in (*args, *kwargs.values()) if kwargs else args:
        if v.__class__ in SPARSE_CLASSES:
            return True
        if isinstance(v, (list, tuple)) and any(w.__class__ in SPARSE_CLASSES for w in v):
            return True
    return False


def _other_layout(fn: Callable[..., Any], name: str, inherited: bool, args: tuple, kwargs: dict) -> Any:
    """A call with a sparse operand of another layout than COO (CSR): its class's own method, if it is
    the first operand and has one, else the engine lacks the op."""
    first = args[0] if args else None
    kind = first.__class__
    if kind in SPARSE_CLASSES and kind is not SparseTensor:
        if inherited:
            return fn(*args, **kwargs)
        if name in vars(kind) and not getattr(vars(kind)[name], "_lacking", False):
            return getattr(kind, name)(*args, **kwargs)
    raise NotImplementedError(f"{name}() with a sparse CSR operand is not in the embedded engine; real PyTorch "
                              "has it (run with --backend torch).")


def _dense_add(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    dense, other = args[0], args[1] if len(args) > 1 else kwargs.get("other")
    if other.__class__ is not SparseTensor or dense.__class__ is SparseTensor:
        raise refusal("add", args[1:])
    return dense_plus_sparse(dense, other, kwargs.get("alpha", 1))


def _dense_add_(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    dense, other = args[0], args[1] if len(args) > 1 else kwargs.get("other")
    if other.__class__ is not SparseTensor or dense.__class__ is SparseTensor:
        raise refusal("add_", args[1:])
    if _State.enabled and (dense._requires_grad or other._requires_grad):
        raise NotImplementedError(_ENGINE_LACKS.format(what="An in-place add with autograd"))
    _same_size(dense, other)
    add_into(dense._data, other, kwargs.get("alpha", 1))
    dense._bump_version()
    return dense


def _sub(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    alpha = kwargs.pop("alpha", 1)
    return (_dense_add_ if fn.__name__.endswith("_") else _dense_add)(fn, args, {**kwargs, "alpha": -alpha})


def _matmul(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    return mm(*args, **kwargs)


def _addmm(fn: Callable[..., Any], args: tuple, kwargs: dict) -> Any:
    """``torch.addmm(dense, sparse, dense)`` (and the method): the sparse product, ``AddmmBackward0``."""
    def bound(input: Tensor, mat1: Any, mat2: Any, *, beta: Any = 1, alpha: Any = 1) -> Any:
        if mat1.__class__ is not SparseTensor or mat2.__class__ is SparseTensor:
            raise refusal("addmm", args[1:])
        return sparse_addmm(input, mat1, mat2, beta=beta, alpha=alpha, rule="addmm_sparse")
    return bound(*args, **kwargs)


_WITH_DENSE_FIRST: dict[str, Callable[[Callable[..., Any], tuple, dict], Any]] = {
    "add": _dense_add, "__add__": _dense_add, "__radd__": _dense_add, "add_": _dense_add_, "__iadd__": _dense_add_,
    "sub": _sub, "__sub__": _sub, "sub_": _sub, "__isub__": _sub,
    "mm": _matmul, "matmul": _matmul, "__matmul__": _matmul, "addmm": _addmm,
}
def _entry(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
    special = _WITH_DENSE_FIRST.get(name)
    inherited = name in _INHERITED

    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        if not _sparse_arg(args, kwargs):
            return fn(*args, **kwargs)
        if _State.dual_level:
            refuse_forward_ad(*args, *kwargs.values())
        first = args[0] if args else None
        if any(v.__class__ in SPARSE_CLASSES and v.__class__ is not SparseTensor for v in (*args, *kwargs.values())):
            return _other_layout(fn, name, inherited, args, kwargs)
        if inherited and first.__class__ is SparseTensor:
            return fn(*args, **kwargs)  # s.requires_grad_(), s.shape: Tensor's own
        if special is not None and first.__class__ is not SparseTensor:
            return special(fn, args, kwargs)
        if first.__class__ is SparseTensor and name in _OWN:
            return getattr(SparseTensor, name)(*args, **kwargs)  # torch.sum(s), torch.mm(s, d)
        raise refusal(name, args[1:])
    return call


_saved: meta.Saved = []
_active = [False]
# (builtin, its own function) for each torch.* builtin made to call its rerouted function in place
_redirected: list[tuple[Builtin, Any]] = []


def _redirect_fetched_builtins() -> None:
    """A builtin fetched before the first sparse tensor existed (``add = torch.add``, and
    ``torch.add(d, torch.sparse_coo_tensor(...))``, whose ``torch.add`` is looked up before its
    arguments make the sparse tensor) calls the rerouted function too: the object itself, a
    ``functools.partial``, takes the routing's function."""
    for _owner, _name, old, new in _saved:
        if isinstance(old, Builtin) and isinstance(new, Builtin) and old is not new:
            _redirected.append((old, old.calling(new.func)))


def activate() -> None:
    """The first sparse tensor: refuse Tensor's other methods on it, reroute the public entries."""
    if not _active[0]:
        _active[0] = True
        _install_refusals()
        meta.reroute(_entry, _saved)
        _redirect_fetched_builtins()
        for hook in ON_FIRST_SPARSE:
            hook()


def deactivate() -> None:
    """A fresh process's state (``torch._reset_warn_once``): the entries as they were."""
    while _redirected:
        builtin, own = _redirected.pop()
        builtin.calling(own)
    meta.restore(_saved)
    _active[0] = False


ON_FIRST_SPARSE: list[Callable[[], None]] = []  # what the optimizers check from the first sparse tensor on
