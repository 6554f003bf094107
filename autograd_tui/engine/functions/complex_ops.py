"""The ops that make, take apart or measure complex tensors: ``complex``, ``polar``, ``real``,
``imag``, ``view_as_real``, ``view_as_complex``, ``conj``, ``abs``, ``angle``, ``sgn``.

A complex tensor's array is guarded (``complex_guard``): these functions read it through
``plain``. Element-wise arithmetic (+ - * /), sums and products run through the real ops,
whose numpy calls the guard lets through where numpy's complex math is PyTorch's.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from autograd_tui.engine import conj_views, dtypes
from autograd_tui.engine._tensor import Tensor, make, real_values
from autograd_tui.engine.complex_guard import plain
from autograd_tui.engine.grad_mode import _State
from autograd_tui.engine.parity import lapack_geev
from autograd_tui.engine.record import record, record_outputs
from autograd_tui.engine.functions._common import _R, _scalar_type_name
from autograd_tui.engine.functions._structseq import result
from autograd_tui.engine.functions.creation import zeros_like
from autograd_tui.engine.functions.inplace import _inplace
from autograd_tui.engine.functions.pointwise import _require_tensor, eq, where, abs as _real_abs
from autograd_tui.engine.functions import linalg as _linalg
from autograd_tui.engine.functions.indexing import select
from autograd_tui.engine.functions.shapes import _make_view
from autograd_tui.engine.functions.special import sgn as _real_sgn

_FLOATS = (dtypes.float16, dtypes.float32, dtypes.float64)


def _parts_dtype(t: Tensor) -> dtypes.dtype:
    return t.dtype.to_real()


def _complex_view(input: Tensor, data: np.ndarray, dtype: dtypes.dtype, rule: str) -> Tensor:
    """A result sharing ``input``'s memory in another dtype (real, imag, view_as_real/complex)."""
    out = make(data, dtype)
    _make_view(out, input)
    if _State.inference_used:
        out.__dict__["_inference"] = input.is_inference()
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        record(_R[rule], (input,), out)
    return out


def _parts(t: Tensor) -> np.ndarray:
    """A complex tensor's values as a float array with a last axis of 2, on the same memory."""
    data = plain(t._data)
    real = data.real
    return np.lib.stride_tricks.as_strided(real, data.shape + (2,), real.strides + (real.itemsize,))


def real(input: Tensor) -> Tensor:
    _require_tensor(input, "real", "input")
    if not input.dtype.is_complex:
        return input  # a real tensor is its own real part (PyTorch returns the same tensor)
    return _part(input, 0)


def imag(input: Tensor) -> Tensor:
    _require_tensor(input, "imag", "input")
    if not input.dtype.is_complex:
        raise RuntimeError("imag is not implemented for tensors with non-complex dtypes.")
    return _part(input, 1)


def _part(input: Tensor, which: int) -> Tensor:
    """As PyTorch makes ``.real`` and ``.imag``: a select on the real view, so the graph reads
    SelectBackward0 then ViewAsRealBackward0."""
    return select(_view_as_real(input), -1, which)


def view_as_real(input: Tensor) -> Tensor:
    _require_tensor(input, "view_as_real", "input")
    if not input.dtype.is_complex:
        raise RuntimeError("view_as_real is only supported for complex tensors")
    if is_conj(input):
        raise RuntimeError("view_as_real doesn't work on unresolved conjugated tensors.  To resolve the conjugate "
                           "tensor so you can view it as real, use self.resolve_conj(); however, be warned that the "
                           "resulting tensor will NOT alias the original.")
    return _view_as_real(input)


def _view_as_real(input: Tensor) -> Tensor:
    return _complex_view(input, _parts(input), _parts_dtype(input), "view_as_real")


def view_as_complex(input: Tensor) -> Tensor:
    _require_tensor(input, "view_as_complex", "input")
    if input.dtype not in _FLOATS:
        raise RuntimeError("view_as_complex is only supported for half, float and double tensors, but got a tensor "
                           f"of scalar type: {_scalar_type_name(input.dtype)}")
    if input.dtype is dtypes.float16:
        raise NotImplementedError("view_as_complex of a float16 tensor (complex32) is not available in the "
                                  "embedded engine yet; `--backend torch` runs it")
    if input.ndim == 0:
        raise RuntimeError("Input tensor must have one or more dimensions")
    if input.shape[-1] != 2:
        raise RuntimeError("Tensor must have a last dimension of size 2")
    strides = input.stride()
    if strides[-1] != 1:
        raise RuntimeError("Tensor must have a last dimension with stride 1")
    if any(s % 2 for s in strides[:-1]):
        raise RuntimeError("Tensor must have a stride divisible by 2 for all but last dimension")
    if input.storage_offset() % 2:
        raise RuntimeError("Tensor must have a storage offset divisible by 2")
    cdtype = input.dtype.to_complex()
    return _complex_view(input, _reinterpreted(input._data, cdtype.np), cdtype, "view_as_complex")


def _reinterpreted(data: np.ndarray, np_dtype: np.dtype) -> np.ndarray:
    """A (..., 2) float array read as complex numbers, on the same memory."""
    root = data
    while True:  # the array that owns the memory (through as_strided's wrapper: view_as_real's views)
        base = root.base
        if not isinstance(base, np.ndarray):
            base = getattr(base, "base", None)
        if not isinstance(base, np.ndarray):
            break
        root = base
    offset = data.__array_interface__["data"][0] - root.__array_interface__["data"][0]
    return np.ndarray(data.shape[:-1], np_dtype, buffer=root, offset=offset, strides=data.strides[:-1])


def _check_real_pair(name: str, first: tuple[str, Tensor], second: tuple[str, Tensor]) -> None:
    """torch.complex's and torch.polar's checks: two tensors of one float dtype."""
    _require_tensor(first[1], name, first[0])
    _require_tensor(second[1], name, second[0], 2)
    a, b = first[1].dtype, second[1].dtype
    if a not in _FLOATS or b not in _FLOATS:
        raise RuntimeError("Expected both inputs to be Half, Float or Double tensors but got "
                           f"{_scalar_type_name(a)} and {_scalar_type_name(b)}")
    if a is not b:
        raise RuntimeError(f"Expected object of scalar type {_scalar_type_name(a)} but got scalar type "
                           f"{_scalar_type_name(b)} for second argument")


def complex(real: Tensor, imag: Tensor) -> Tensor:  # noqa: A001 - torch.complex
    _check_real_pair("complex", ("real", real), ("imag", imag))
    if real.dtype is dtypes.float16:
        raise NotImplementedError("complex32 tensors are not available in the embedded engine yet; "
                                  "`--backend torch` runs it")
    cdtype = real.dtype.to_complex()
    shape = np.broadcast_shapes(real.shape, imag.shape)
    data = np.empty(shape, cdtype.np)
    data.real, data.imag = real._data, imag._data
    return record(_R["complex"], (real, imag), make(data, cdtype))


def polar(abs: Tensor, angle: Tensor) -> Tensor:  # noqa: A002 - PyTorch's names
    _check_real_pair("polar", ("abs", abs), ("angle", angle))
    cdtype = abs.dtype.to_complex()
    ft = abs.dtype.np
    # cos and sin in the parts' own type, then one product each (std::polar)
    a = angle._data.astype(np.float64)
    cos, sin = np.cos(a).astype(ft), np.sin(a).astype(ft)
    data = np.empty(np.broadcast_shapes(abs.shape, angle.shape), cdtype.np)
    data.real, data.imag = abs._data * cos, abs._data * sin
    return record(_R["polar"], (abs, angle), make(data, cdtype))


def conj(input: Tensor) -> Tensor:
    _require_tensor(input, "conj", "input")
    if not input.dtype.is_complex:
        return input
    # PyTorch flips a conjugate bit on a view; here the result holds conjugated values, remembers
    # the bit for is_conj(), and is kept in step with its source (conj_views.link_conj): writes into
    # either show in the other
    out = make(np.conjugate(plain(input._data)), input.dtype)
    if not is_conj(input):
        out.__dict__["_conj"] = True
    out.__dict__["_conj_base"] = input._base if input._base is not None else input  # a view, as in PyTorch
    conj_views.link_conj(out, input)
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        record(_R["conj"], (input,), out)
    return out


def is_conj(input: Tensor) -> bool:
    return bool(input.__dict__.get("_conj", False))


def resolve_conj(input: Tensor) -> Tensor:
    if not is_conj(input):
        return input
    out = make(plain(input._data).copy(), input.dtype)
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        record(_R["resolve_conj"], (input,), out)
    return out


def conj_physical(input: Tensor) -> Tensor:
    if not input.dtype.is_complex:
        return input
    out = make(np.conjugate(plain(input._data)), input.dtype)
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        record(_R["conj_physical"], (input,), out)
    return out


def abs(input: Tensor) -> Tensor:  # noqa: A001 - torch.abs
    if input.__class__ is not Tensor or not input.dtype.is_complex:
        return _real_abs(input)
    data = plain(input._data)
    return _measure("abs", input, np.hypot(data.real, data.imag))


absolute = abs


def abs_(input: Tensor) -> Tensor:
    if input.dtype.is_complex:  # the result is real: it cannot go back into a complex tensor
        raise RuntimeError("In-place abs is not supported for complex tensors.")
    return _inplace(input, _real_abs)


def angle(input: Tensor) -> Tensor:
    _require_tensor(input, "angle", "input")
    if not input.dtype.is_complex:
        # pi for negative numbers, 0 for the others, NaN kept
        dtype = input.dtype if input.dtype.is_floating_point else dtypes.get_default_dtype()
        x = input._data
        with np.errstate(invalid="ignore"):
            values = np.where(np.isnan(x), x, np.where(x < 0, np.pi, 0.0)) if dtype is input.dtype \
                else np.where(x < 0, np.pi, 0.0)
        out = make(np.asarray(values, dtype.np), dtype)
        if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
            record(_R["angle"], (input,), out)
        return out
    data = plain(input._data)
    # atan2 in double, rounded once (PyTorch's float32 kernel is SLEEF's; most last digits agree)
    values = np.arctan2(data.imag.astype(np.float64), data.real.astype(np.float64))
    return _measure("angle", input, values.astype(data.real.dtype))


def _measure(rule: str, input: Tensor, values: np.ndarray) -> Tensor:
    out = make(np.asarray(values), input.dtype.to_real())
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        record(_R[rule], (input,), out)
    return out


def sgn(input: Tensor) -> Tensor:
    if input.__class__ is not Tensor or not input.dtype.is_complex:
        return _real_sgn(input)
    data = plain(input._data)
    size = np.hypot(data.real, data.imag)
    with np.errstate(all="ignore"):
        values = np.where(size == 0, 0, data / np.where(size == 0, 1, size).astype(data.real.dtype))
    out = make(values.astype(data.dtype), input.dtype)
    if _State.enabled and input._requires_grad or _State.dual_level or _State.vmap_randomness:
        record(_R["sgn_complex"], (input,), out)
    return out


def to_real(input: Tensor, dtype: dtypes.dtype) -> np.ndarray:
    """A complex tensor's values cast to a real dtype: its real part, with PyTorch's warning."""
    return real_values(plain(input._data), dtype)


def angle_backward(grad: Tensor, self: Tensor) -> Tensor:
    if not self.dtype.is_complex:
        return zeros_like(self)
    size = abs(self)
    return where(eq(self, 0), zeros_like(self), grad * self / (size * size) * 1j)


def sgn_backward(grad: Tensor, self: Tensor, result: Tensor) -> Tensor:
    size = abs(self)
    return where(eq(size, 0), zeros_like(self), (grad - result * real(grad * conj(result))) / size)


# Matrix products of complex tensors: numpy's complex BLAS products (MKL's may differ in the last
# bits), with PyTorch's nodes; batched products are not here yet.
def matmul(input: Tensor, other: Tensor) -> Tensor:
    if (input.__class__ is Tensor and other.__class__ is Tensor and input.dtype.is_complex
            and input.dtype is other.dtype):
        return _complex_product(input, other, "matmul")
    return _linalg.matmul(input, other)


def mm(input: Tensor, mat2: Tensor) -> Tensor:
    if input.__class__ is Tensor and mat2.__class__ is Tensor and input.dtype.is_complex and input.dtype is mat2.dtype:
        return _complex_product(input, mat2, "mm")
    return _linalg.mm(input, mat2)


def dot(input: Tensor, other: Tensor) -> Tensor:
    if input.__class__ is Tensor and other.__class__ is Tensor and input.dtype.is_complex \
            and input.dtype is other.dtype:
        return _complex_product(input, other, "dot")
    return _linalg.dot(input, other)


_PRODUCT_RULES = {(1, 1): "dot_complex", (2, 2): "mm_complex", (2, 1): "mv_complex"}


def _complex_product(a: Tensor, b: Tensor, op: str) -> Tensor:
    rule = _PRODUCT_RULES.get((a.ndim, b.ndim))
    if rule is None or (op == "dot" and rule != "dot_complex") or (op == "mm" and rule != "mm_complex"):
        raise NotImplementedError(f"{op} of complex tensors of {a.ndim} and {b.ndim} dimensions is not available "
                                  "in the embedded engine yet; `--backend torch` runs it")
    x, y = plain(a._data), plain(b._data)
    inner = b.shape[0]
    if a.shape[-1] != inner:
        return _linalg.matmul(a.real, b.real)  # the real product's size error, in PyTorch's words
    out = make(np.asarray(np.matmul(x, y), a.dtype.np), a.dtype)
    return record(_R[rule], (a, b), out)


# Eigenvalues of general matrices: complex, from LAPACK's geev as in PyTorch (numpy calls the
# same routine, so the order and the normalisation of the vectors agree; last bits may differ;
# float32 up to 2 x 2 in float32 as PyTorch, parity/lapack_geev.py).
def eig(A: Tensor) -> Any:
    w, v = _eig_arrays(A, "eig", vectors=True)
    cdtype = A.dtype.to_complex()
    L, V = make(w, cdtype), make(v, cdtype)
    if _eig_recorded(A):
        record_outputs(_R["linalg_eig"], (A,), {"eigenvalues": L, "eigenvectors": V},
                       {"real_input": not A.dtype.is_complex})
    return result("linalg_eig", ("eigenvalues", "eigenvectors"), L, V)


def _eig_recorded(A: Tensor) -> bool:
    """A gradient is wanted, or a forward-AD level is open (whose hook refuses eig's tangents, as
    for the other decompositions, rather than leave them silently empty)."""
    return (_State.enabled and A._requires_grad) or _State.dual_level is not None


def eigvals(A: Tensor) -> Tensor:
    if _eig_recorded(A):
        return eig(A).eigenvalues  # PyTorch computes the vectors too: the node is linalg_eig's
    w, _ = _eig_arrays(A, "eigvals", vectors=False)
    return make(w, A.dtype.to_complex())


_GAUGE = ("linalg_eig_backward: The eigenvectors in the complex case are specified up to multiplication by "
          "e^{i phi}. The specified loss function depends on this quantity, so it is ill-defined.")


def eig_backward(grads: list, eigenvalues: Tensor, eigenvectors: Tensor, real_input: bool) -> Tensor:
    """PyTorch's linalg_eig_backward, in numpy: gA = V^-H (diag(gL) + (V^H gV - V^H V diag(re(V^H gV)))
    / conj(L_j - L_i)) V^H, of which a real A takes the real part (PyTorch's handle_r_to_c)."""
    gL, gV = (None if g is None else plain(g.resolve_conj()._data) for g in grads)
    L, V = plain(eigenvalues._data), plain(eigenvectors._data)
    Vh = np.conj(np.swapaxes(V, -1, -2))
    n = L.shape[-1]
    if gV is None:
        gA = np.zeros(V.shape, V.dtype)
    else:
        VhgV = Vh @ gV
        diag = np.diagonal(VhgV, 0, -2, -1)
        if not np.allclose(diag.imag, 0.0, rtol=1e-2, atol=1e-2):
            raise RuntimeError(_GAUGE)
        gA = VhgV - Vh @ (V * diag.real[..., None, :])
        Lc = np.conj(L)
        E = Lc[..., None, :] - Lc[..., :, None]
        E[..., range(n), range(n)] = 1
        gA = gA / E
    gA[..., range(n), range(n)] = 0 if gL is None else gL
    gA = np.linalg.solve(Vh, gA @ Vh)
    if real_input:
        real_dtype = eigenvalues.dtype.to_real()
        return make(np.asarray(gA.real, real_dtype.np), real_dtype)
    return make(np.asarray(gA, V.dtype), eigenvalues.dtype)


def _eig_arrays(A: Tensor, name: str, vectors: bool) -> tuple:
    _require_tensor(A, f"linalg_{name}", "input")
    if A.ndim < 2:
        raise RuntimeError(f"linalg.{name}: The input tensor A must have at least 2 dimensions.")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"linalg.{name}: A must be batches of square matrices, but they are {A.shape[-2]} by "
                           f"{A.shape[-1]} matrices")
    cdtype = A.dtype.to_complex()  # PyTorch's error for integer types ("Unknown Complex ScalarType for Long")
    data = plain(A._data)
    if not np.isfinite(data).all():
        raise RuntimeError(f"torch.linalg.{name}: input tensor should not contain infs or NaNs.")
    single = lapack_geev.eig_single(data, vectors)  # float32 up to 2 x 2: sgeev in float32, as MKL
    if single is not None:
        return single
    if vectors:
        w, v = np.linalg.eig(data)
        return np.asarray(w, cdtype.np), np.asarray(v, cdtype.np)
    return np.asarray(np.linalg.eigvals(data), cdtype.np), None
