"""numpy kernels of the three ATen FFT ops (``_fft_c2c``, ``_fft_r2c``, ``_fft_c2r``).

PyTorch's CPU wheel computes them with MKL's DFTI, whose order of operations is not reproduced
here (``docs/parity-fft.md``): these are numpy's pocketfft in the tensor's own precision (numpy 2
transforms float32 in float32; computing in float64 and rounding once matched PyTorch's bits no
more often, and its inverse transforms less often). What MKL's real transforms give by
construction is kept: a real input's full spectrum is its one-sided spectrum filled by conjugate
symmetry (bin 0's and bin n/2's imaginary parts exact zeros, the upper half exact conjugates),
and a complex tensor whose imaginary (or real) parts are all zero transforms as that real tensor.
The scale (``1/n``, ``1/sqrt(n)``) is pocketfft's, applied inside the transform.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import numpy as np

# ATen's fft_norm_mode: none, by_root_n, by_n
NORM_NONE, NORM_BY_ROOT_N, NORM_BY_N = 0, 1, 2


def _numpy_norm(normalization: int, forward: bool) -> Literal["backward", "ortho", "forward"]:
    """numpy's ``norm=`` for ATen's mode (pocketfft applies the factor inside the transform,
    as MKL does: an inverse scaled by 1/n after the transform gives other bits)."""
    if normalization == NORM_BY_ROOT_N:
        return "ortho"
    return "forward" if (normalization == NORM_BY_N) == forward else "backward"


def _mirrored(spectrum: np.ndarray, axes: Sequence[int]) -> np.ndarray:
    """``spectrum`` at the indices ``-k mod n`` along every axis of ``axes``."""
    for axis in axes:
        spectrum = np.roll(np.flip(spectrum, axis), 1, axis)
    return spectrum


def _onesided(x: np.ndarray, axes: Sequence[int], normalization: int, forward: bool) -> np.ndarray:
    """The transform of real ``x`` over ``axes``, bins 0..n//2 of the last one."""
    # the inverse transform of a real signal is the conjugate of its forward one, scaled alike
    spectrum = np.fft.rfft(x, axis=axes[-1], norm=_numpy_norm(normalization, True))
    if not forward:
        spectrum = np.conj(spectrum)
    if len(axes) > 1:
        transform = np.fft.fftn if forward else np.fft.ifftn
        spectrum = transform(spectrum, axes=axes[:-1], norm=_numpy_norm(normalization, forward))
    return spectrum


def _real_full(x: np.ndarray, axes: Sequence[int], normalization: int, forward: bool) -> np.ndarray:
    """The complex transform of real ``x`` over ``axes``: the one-sided transform filled by
    conjugate symmetry, as MKL returns a real input's spectrum."""
    onesided = _onesided(x, axes, normalization, forward)
    last = axes[-1]
    n, half = x.shape[last], onesided.shape[last]
    full = np.empty(x.shape, onesided.dtype)
    index: list = [slice(None)] * x.ndim
    index[last] = slice(0, half)
    full[tuple(index)] = onesided
    if n > half:
        # X[k] = conj(X[-k]) for the bins past n/2, mirrored over every transformed axis
        mirror = _mirrored(onesided, axes[:-1])
        index[last] = slice(half, n)
        full[tuple(index)] = np.conj(np.take(mirror, np.arange(n - half, 0, -1), axis=last))
    return full


def c2c(x: np.ndarray, dims: Sequence[int], normalization: int, forward: bool) -> np.ndarray:
    """``_fft_c2c``: the complex transform over ``dims`` (forward: exp(-2 pi i jk/n))."""
    axes = list(dims)
    if not axes:  # (fftn of a 0-d tensor transforms nothing)
        return x.copy()
    has_real, has_imag = bool(x.real.any()), bool(x.imag.any())
    if has_real and has_imag:
        transform = np.fft.fftn if forward else np.fft.ifftn
        result = transform(x, axes=axes, norm=_numpy_norm(normalization, forward))
    else:
        # F(a + ib) = F(a) + i F(b): a part that is all zeros adds exact zeros
        result = np.zeros(x.shape, x.dtype)
        if has_real:
            result += _real_full(x.real, axes, normalization, forward)
        if has_imag:
            times_i = _real_full(x.imag, axes, normalization, forward)
            result.real -= times_i.imag
            result.imag += times_i.real
    return result.astype(x.dtype, copy=False)


def r2c(x: np.ndarray, dims: Sequence[int], normalization: int, onesided: bool) -> np.ndarray:
    """``_fft_r2c``: the forward transform of real ``x`` (one-sided: bins 0..n//2 of the last dim)."""
    axes = list(dims)
    result = (_onesided if onesided else _real_full)(x, axes, normalization, True)
    return result.astype(np.complex64 if x.dtype == np.float32 else np.complex128, copy=False)


def c2r(x: np.ndarray, dims: Sequence[int], normalization: int, last_dim_size: int) -> np.ndarray:
    """``_fft_c2r``: the inverse transform of a one-sided spectrum into ``last_dim_size`` reals
    (bin 0's and bin n/2's imaginary parts ignored, as a Hermitian signal's are zero)."""
    axes = list(dims)
    norm = _numpy_norm(normalization, False)
    if len(axes) > 1:
        x = np.fft.ifftn(x, axes=axes[:-1], norm=norm).astype(x.dtype, copy=False)
    result = np.fft.irfft(x, n=last_dim_size, axis=axes[-1], norm=norm)
    return result.astype(np.float32 if x.dtype == np.complex64 else np.float64, copy=False)
