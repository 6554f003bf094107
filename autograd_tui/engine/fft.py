"""``torch.fft``: discrete Fourier transforms, their frequencies and shifts.

As ATen's ``SpectralOps.cpp``: each transform checks its arguments in PyTorch's order and words,
promotes the input (integers to the default float type; half types refused), crops or zero-pads it
to ``n``/``s`` (``SliceBackward0``, ``ConstantPadNdBackward0``) and ends in one of three ops,
``_fft_c2c``, ``_fft_r2c``, ``_fft_c2r`` (``functions/fft_ops.py``; their nodes ``FftC2CBackward0``,
``FftR2CBackward0``, ``FftC2RBackward0``). ``fft`` of a real tensor is the real-to-complex op,
``fftn`` of one the complex op on the tensor made complex; ``ifft`` and ``ihfft`` of a real tensor
are the conjugate of the forward transform (``ConjBackward0``), ``hfft`` the inverse of the
conjugate. The values are MKL's, in its recovered order (``parity/mkl_dft.py``); a transform
whose order is not recovered is refused (``docs/parity-fft.md``). ``fftfreq``, ``rfftfreq``,
``fftshift`` and ``ifftshift`` are exact.
"""
from __future__ import annotations as _annotations

import numbers as _numbers
from collections.abc import Callable as _Callable
from typing import Any as _Any

import numpy as _np

from autograd_tui.engine import dtypes as _dtypes
from autograd_tui.engine import meta as _meta
from autograd_tui.engine import missing as _missing
from autograd_tui.engine import public_names as _public_names
from autograd_tui.engine._tensor import Tensor as _Tensor, make as _make, norm_dim as _norm_dim
from autograd_tui.engine.functions._common import _scalar_type_name
from autograd_tui.engine.functions import fft_kernels as _kernels
from autograd_tui.engine.functions import recorded_parser as _recorded_parser
from autograd_tui.engine.functions.arrange import roll as _roll
from autograd_tui.engine.functions.complex_ops import conj as _conj, conj_physical as _conj_physical
from autograd_tui.engine.functions.creation import _resolve_dtype
from autograd_tui.engine.functions.fft_ops import fft_c2c as _c2c_op, fft_c2r as _c2r_op, fft_r2c as _r2c_op
from autograd_tui.engine.functions.out import write_out as _write_out
from autograd_tui.engine.grad_mode import no_grad as _no_grad
from autograd_tui.engine.nn.functional import pad as _pad

__all__ = ["fft", "ifft", "rfft", "irfft", "hfft", "ihfft", "fft2", "ifft2", "rfft2", "irfft2", "fftn", "ifftn",
           "rfftn", "irfftn", "hfft2", "ihfft2", "hfftn", "ihfftn", "fftfreq", "rfftfreq", "fftshift", "ifftshift"]


# Arguments and promotion

def _check_types(name: str, input: _Any, **arguments: _Any) -> None:
    """What PyTorch's argument parser refuses before the op runs, in its words."""
    if not isinstance(input, _Tensor):
        raise TypeError(f"fft_{name}(): argument 'input' (position 1) must be Tensor, not {type(input).__name__}")
    for position, (key, value) in enumerate(arguments.items(), 2):
        if value is None:
            continue
        wanted = {"n": "int", "dim": "int", "norm": "str"}.get(key, "tuple of ints")
        if wanted == "int" and (isinstance(value, bool) or not isinstance(value, _numbers.Integral)):
            raise TypeError(f"fft_{name}(): argument '{key}' (position {position}) must be int, "
                            f"not {type(value).__name__}")
        if wanted == "str" and not isinstance(value, str):
            raise TypeError(f"fft_{name}(): argument '{key}' (position {position}) must be str, "
                            f"not {type(value).__name__}")


def _promoted(input: _Tensor, require_complex: bool = False) -> _Tensor:
    """ATen's promote_tensor_fft: integers to the default float type, float16/bfloat16 refused."""
    dtype = input.dtype
    if dtype.is_complex:
        return input
    if not dtype.is_floating_point:
        dtype = _dtypes.get_default_dtype()
    if dtype not in (_dtypes.float32, _dtypes.float64):
        raise RuntimeError(f"Unsupported dtype {_scalar_type_name(dtype)}")
    if require_complex:
        dtype = _dtypes.complex64 if dtype == _dtypes.float32 else _dtypes.complex128
    return input if dtype == input.dtype else input.to(dtype)


def _wrapped(dim: int, ndim: int) -> int:
    if ndim == 0:
        raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
    return int(_norm_dim(dim, ndim))


def _norm_mode(norm: str | None, forward: bool) -> int:
    if norm is None or norm == "backward":
        return _kernels.NORM_NONE if forward else _kernels.NORM_BY_N
    if norm == "forward":
        return _kernels.NORM_BY_N if forward else _kernels.NORM_NONE
    if norm == "ortho":
        return _kernels.NORM_BY_ROOT_N
    raise RuntimeError(f'Invalid normalization mode: "{norm}"')


def _checked_size(n: int) -> int:
    if n < 1:
        raise RuntimeError(f"Invalid number of data points ({n}) specified")
    return n


def _resized(x: _Tensor, dims: list[int], sizes: list[int]) -> _Tensor:
    """ATen's resize_fft_input: cropped (a slice) or zero-padded (one constant pad) to ``sizes``."""
    padding = [0] * (2 * x.ndim)
    for dim, size in zip(dims, sizes):
        if x.shape[dim] < size:
            padding[len(padding) - 2 * dim - 1] = size - x.shape[dim]
        elif x.shape[dim] > size:
            x = x.narrow(dim, 0, size)
    return _pad(x, padding) if any(padding) else x


def _finished(name: str, result: _Tensor, out: _Any) -> _Tensor:
    return result if out is None else _write_out(f"fft_{name}", result, out)


# One-dimensional transforms

def _c2c(name: str, input: _Tensor, n: int | None, dim: int, norm: str | None, forward: bool) -> _Tensor:
    if not input.dtype.is_complex:
        raise RuntimeError(f"{name} expects a complex input tensor, but got {_scalar_type_name(input.dtype)}")
    d = _wrapped(dim, input.ndim)
    size = _checked_size(input.shape[d] if n is None else n)
    if n is not None:
        input = _resized(input, [d], [size])
    return _c2c_op(input, [d], _norm_mode(norm, forward), forward)


def _r2c(name: str, input: _Tensor, n: int | None, dim: int, norm: str | None, forward: bool,
         onesided: bool, out: _Any = None) -> _Tensor:
    if input.dtype.is_complex:
        raise RuntimeError(f"{name} expects a real input tensor, but got {_scalar_type_name(input.dtype)}")
    if isinstance(out, _Tensor) and not out.dtype.is_complex:
        raise RuntimeError(f"{name} expects a complex output tensor, but got {_scalar_type_name(out.dtype)}")
    input = _promoted(input)
    d = _wrapped(dim, input.ndim)
    size = _checked_size(input.shape[d] if n is None else n)
    if n is not None:
        input = _resized(input, [d], [size])
    result = _r2c_op(input, [d], _norm_mode(norm, forward), onesided)
    return result if forward else _conj(result)  # (ATen has no inverse real-to-complex transform)


def _c2r(name: str, input: _Tensor, n: int | None, dim: int, norm: str | None, forward: bool,
         out: _Any = None) -> _Tensor:
    if isinstance(out, _Tensor) and not out.dtype.is_floating_point:
        raise RuntimeError(f"{name} expects a floating point output tensor, but got {_scalar_type_name(out.dtype)}")
    input = _promoted(input, require_complex=True)
    d = _wrapped(dim, input.ndim)
    size = _checked_size(2 * (input.shape[d] - 1) if n is None else n)
    if n is not None:
        input = _resized(input, [d], [size // 2 + 1])
    normalization = _norm_mode(norm, forward)
    if forward:  # hfft: the inverse transform of the conjugate
        input = _conj(input)
    return _c2r_op(input, [d], normalization, size)


def _one_dimensional(name: str, run: _Callable[..., _Tensor]) -> _Callable[..., _Tensor]:
    """The public 1-D transform ``name``: the parser's checks, ``run(input, n, dim, norm, out)``, out=."""
    def transform(input: _Tensor, n: int | None = None, dim: int = -1, norm: str | None = None, *,
                  out: _Tensor | None = None) -> _Tensor:
        _check_types(name, input, n=n, dim=dim, norm=norm)
        return _finished(name, run(input, n, dim, norm, out), out)
    return transform


fft = _one_dimensional("fft", lambda input, n, dim, norm, out: _c2c("fft", input, n, dim, norm, True)
                       if input.dtype.is_complex else _r2c("fft", input, n, dim, norm, True, False, out))
ifft = _one_dimensional("ifft", lambda input, n, dim, norm, out: _c2c("ifft", input, n, dim, norm, False)
                        if input.dtype.is_complex else _r2c("ifft", input, n, dim, norm, False, False, out))
rfft = _one_dimensional("rfft", lambda input, n, dim, norm, out: _r2c("rfft", input, n, dim, norm, True, True, out))
irfft = _one_dimensional("irfft", lambda input, n, dim, norm, out: _c2r("irfft", input, n, dim, norm, False, out))
hfft = _one_dimensional("hfft", lambda input, n, dim, norm, out: _c2r("hfft", input, n, dim, norm, True, out))
ihfft = _one_dimensional("ihfft", lambda input, n, dim, norm, out: _r2c("ihfft", input, n, dim, norm, False, True,
                                                                         out))


# n-dimensional transforms

def _int_list(value: _Any) -> list[int]:
    values = [value] if isinstance(value, _numbers.Integral) else list(value)
    if not all(isinstance(v, _numbers.Integral) for v in values):
        raise TypeError("a tuple of ints holds something else")  # (reworded by the parser's check)
    return [int(v) for v in values]


def _shape_and_dims(input: _Tensor, s: _Any, dim: _Any) -> tuple[list[int], list[int]]:
    """ATen's canonicalize_fft_shape_and_dim_args: the dims wrapped and unique, the sizes (-1: the
    input's), dims defaulting to the last len(s) ones or to all."""
    ndim = input.ndim
    dims: list[int] = []
    if dim is not None:
        dims = [_wrapped(d, ndim) for d in _int_list(dim)]
        if len(set(dims)) != len(dims):
            raise RuntimeError("FFT dims must be unique")
    if s is not None:
        sizes = _int_list(s)
        if dim is not None and len(dims) != len(sizes):
            raise RuntimeError("When given, dim and shape arguments must have the same length")
        if len(sizes) > ndim:
            raise RuntimeError(f"Got shape with {len(sizes)} values but input tensor only has {ndim} dimensions.")
        if dim is None:
            dims = list(range(ndim - len(sizes), ndim))
        sizes = [input.shape[d] if size == -1 else size for d, size in zip(dims, sizes)]
    elif dim is None:
        sizes, dims = list(input.shape), list(range(ndim))
    else:
        sizes = [input.shape[d] for d in dims]
    for size in sizes:
        _checked_size(size)
    return sizes, dims


def _fftn_c2c(input: _Tensor, s: _Any, dim: _Any, norm: str | None, forward: bool) -> _Tensor:
    sizes, dims = _shape_and_dims(input, s, dim)
    input = _promoted(input, require_complex=True)
    return _c2c_op(_resized(input, dims, sizes), dims, _norm_mode(norm, forward), forward)


def _rfftn(input: _Tensor, s: _Any, dim: _Any, norm: str | None) -> _Tensor:
    if input.dtype.is_complex:
        raise RuntimeError(f"rfftn expects a real-valued input tensor, but got {_scalar_type_name(input.dtype)}")
    sizes, dims = _shape_and_dims(input, s, dim)
    if not dims:
        raise RuntimeError("rfftn must transform at least one axis")
    input = _promoted(input)
    return _r2c_op(_resized(input, dims, sizes), dims, _norm_mode(norm, True), True)


def _irfftn(input: _Tensor, s: _Any, dim: _Any, norm: str | None) -> _Tensor:
    sizes, dims = _shape_and_dims(input, s, dim)
    if not dims:
        raise RuntimeError("irfftn must transform at least one axis")
    given_last = s is not None and _int_list(s)[-1] != -1
    last_dim_size = _checked_size(sizes[-1] if given_last else 2 * (input.shape[dims[-1]] - 1))
    sizes[-1] = last_dim_size // 2 + 1
    input = _promoted(input, require_complex=True)
    return _c2r_op(_resized(input, dims, sizes), dims, _norm_mode(norm, False), last_dim_size)


def _n_dimensional(name: str, run: _Callable[..., _Tensor], default_dim: _Any) -> _Callable[..., _Tensor]:
    """The public n-D transform ``name`` (``default_dim``: fft2's last two dims, fftn's all)."""
    def transform(input: _Tensor, s: _Any = None, dim: _Any = default_dim, norm: str | None = None, *,
                  out: _Tensor | None = None) -> _Tensor:
        _check_types(name, input, s=s, dim=None, norm=norm)
        return _finished(name, run(input, s, dim, norm), out)
    return transform


def _hfftn(input: _Tensor, s: _Any, dim: _Any, norm: str | None) -> _Tensor:
    """The Hermitian input's transform: the leading dims forward (c2c), then the conjugate's c2r."""
    sizes, dims = _shape_and_dims(input, s, dim)
    if not dims:
        raise RuntimeError("hfftn must transform at least one axis")
    given_last = s is not None and _int_list(s)[-1] != -1
    last_dim_size = _checked_size(sizes[-1] if given_last else 2 * (input.shape[dims[-1]] - 1))
    sizes[-1] = last_dim_size // 2 + 1
    x = _resized(_promoted(input, require_complex=True), dims, sizes)
    normalization = _norm_mode(norm, True)
    if len(dims) > 1:
        x = _c2c_op(x, dims[:-1], normalization, True)
    return _c2r_op(_conj(x), dims[-1:], normalization, last_dim_size)


def _ihfftn(input: _Tensor, s: _Any, dim: _Any, norm: str | None) -> _Tensor:
    """The inverse: the last dim's one-sided transform conjugated, then the leading dims inverse (c2c)."""
    sizes, dims = _shape_and_dims(input, s, dim)
    if not dims:
        raise RuntimeError("ihfftn must transform at least one axis")
    x = _resized(_promoted(input), dims, sizes)
    normalization = _norm_mode(norm, False)
    onesided = _r2c_op(x, dims[-1:], normalization, True)
    if len(dims) == 1:
        return _conj(onesided)
    return _c2c_op(_conj_physical(onesided), dims[:-1], normalization, False)


_LAST_TWO = (-2, -1)
hfftn = _n_dimensional("hfftn", _hfftn, None)
ihfftn = _n_dimensional("ihfftn", _ihfftn, None)
hfft2 = _n_dimensional("hfft2", _hfftn, _LAST_TWO)
ihfft2 = _n_dimensional("ihfft2", _ihfftn, _LAST_TWO)
fftn = _n_dimensional("fftn", lambda input, s, dim, norm: _fftn_c2c(input, s, dim, norm, True), None)
ifftn = _n_dimensional("ifftn", lambda input, s, dim, norm: _fftn_c2c(input, s, dim, norm, False), None)
rfftn = _n_dimensional("rfftn", lambda input, s, dim, norm: _rfftn(input, s, dim, norm), None)
irfftn = _n_dimensional("irfftn", lambda input, s, dim, norm: _irfftn(input, s, dim, norm), None)
fft2 = _n_dimensional("fft2", lambda input, s, dim, norm: _fftn_c2c(input, s, dim, norm, True), _LAST_TWO)
ifft2 = _n_dimensional("ifft2", lambda input, s, dim, norm: _fftn_c2c(input, s, dim, norm, False), _LAST_TWO)
rfft2 = _n_dimensional("rfft2", lambda input, s, dim, norm: _rfftn(input, s, dim, norm), _LAST_TWO)
irfft2 = _n_dimensional("irfft2", lambda input, s, dim, norm: _irfftn(input, s, dim, norm), _LAST_TWO)


# Frequencies and shifts (exact: arithmetic and a roll)

def _frequencies(name: str, n: int, count: int, d: float, dtype: _Any, requires_grad: bool) -> _Tensor:
    for position, (key, value, wanted) in enumerate((("n", n, "int"), ("d", d, "float")), 1):
        if isinstance(value, bool) or not isinstance(value, _numbers.Integral if wanted == "int" else _numbers.Real):
            raise TypeError(f"fft_{name}(): argument '{key}' (position {position}) must be {wanted}, "
                            f"not {type(value).__name__}")
    dtype = _dtypes.get_default_dtype() if dtype is None else _resolve_dtype(dtype)
    if not (dtype.is_floating_point or dtype.is_complex):
        raise RuntimeError(f"{name} requires a floating point or complex dtype")
    if count < 0:
        raise RuntimeError(f"Trying to create tensor with negative dimension {count}: [{count}]")
    if dtype.is_complex:
        raise NotImplementedError(f"\"arange_cpu\" not implemented for '{_scalar_type_name(dtype)}'")
    values = _np.arange(count, dtype=_np.int64)
    if name == "fftfreq":
        values[(n + 1) // 2:] = _np.arange(-(n // 2), 0)
    result = _make(values.astype(dtype.np), dtype)
    with _np.errstate(divide="ignore", invalid="ignore"):
        scale = float(_np.float64(1.0) / (_np.float64(n) * _np.float64(d)))  # a double, as ATen's 1.0 / (n * d)
    with _no_grad():
        result.mul_(scale)
    return result.requires_grad_(requires_grad) if requires_grad else result


def fftfreq(n: int, d: float = 1.0, *, out: _Tensor | None = None, dtype: _Any = None, layout: _Any = None,
            device: _Any = None, pin_memory: bool = False, requires_grad: bool = False) -> _Tensor:
    result = _frequencies("fftfreq", n, n, d, dtype, requires_grad)
    return result if out is None else _write_out("fft_fftfreq", result, out)


def rfftfreq(n: int, d: float = 1.0, *, out: _Tensor | None = None, dtype: _Any = None, layout: _Any = None,
             device: _Any = None, pin_memory: bool = False, requires_grad: bool = False) -> _Tensor:
    half = abs(n) // 2 * (1 if n >= 0 else -1) if isinstance(n, int) else n  # C++'s n / 2, toward zero
    result = _frequencies("rfftfreq", n, half + 1, d, dtype, requires_grad)
    return result if out is None else _write_out("fft_rfftfreq", result, out)


def _shifted(input: _Tensor, dim: _Any, inverse: bool) -> _Tensor:
    dims = list(range(input.ndim)) if dim is None else [_norm_dim(d, input.ndim) for d in _int_list(dim)]
    if not dims:
        raise RuntimeError("`shifts` required")
    shifts = [(input.shape[d] + 1) // 2 if inverse else input.shape[d] // 2 for d in dims]
    return _roll(input, shifts, dims)


def fftshift(input: _Tensor, dim: _Any = None) -> _Tensor:
    """The zero frequency moved to the middle: a roll by size // 2 (RollBackward0)."""
    return _shifted(input, dim, False)


def ifftshift(input: _Tensor, dim: _Any = None) -> _Tensor:
    """fftshift undone: a roll by (size + 1) // 2."""
    return _shifted(input, dim, True)


_public_names.name_as_torch(globals(), "fft_", __all__)  # builtins named fft_<name> (fft_fft)
# a refused call: the parser's words (not the frequencies': their recorded signature is the out overload's,
# which lacks the factory keywords dtype=, device=, requires_grad=)
_frequencies_entries = fftfreq, rfftfreq
_recorded_parser.with_recorded_signatures(globals(), "fft", "fft_")
fftfreq, rfftfreq = _frequencies_entries

__getattr__ = _missing.module_getattr("torch.fft")
__dir__ = _missing.module_dir("torch.fft", globals())

_meta.register(globals())  # its public entries, rerouted once a meta tensor exists (meta.py)
