"""The kernels of the three ATen FFT ops (``_fft_c2c``, ``_fft_r2c``, ``_fft_c2r``).

PyTorch's CPU wheel computes them with MKL's DFTI. ``parity/mkl_dft.py`` reproduces its order of
operations for the sizes recovered so far (``docs/parity-fft.md``); every other transform is
refused with the ``--backend torch`` line. numpy's own FFT is never used: its rounding noise
prints differently (a sampled sine's zero bins switch a printed spectrum to scientific notation),
and a tutor that printed other digits than PyTorch would teach the wrong ones.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import NoReturn

import numpy as np

from autograd_tui.engine.parity import mkl_dft
from autograd_tui.engine.parity.mkl_dft import NORM_BY_N, NORM_BY_ROOT_N, NORM_NONE

__all__ = ["NORM_NONE", "NORM_BY_ROOT_N", "NORM_BY_N", "c2c", "r2c", "c2r"]


def _refused(kind: str, x: np.ndarray, dims: Sequence[int], normalization: int,
             size: int | None = None) -> NoReturn:
    """The transform is not one whose order is recovered: say which, and what would run it."""
    sizes = [x.shape[d] for d in dims]
    if size is not None:
        sizes[-1] = size
    real = np.dtype(x.real.dtype).name
    batch = x.size // max(1, int(np.prod([x.shape[d] for d in dims])))
    what = (f"a {kind} of {' x '.join(map(str, sizes))} points in {real}"
            + (f", {batch} at once" if batch > 1 and kind != "complex FFT" else "")
            + (", norm='ortho'" if normalization == NORM_BY_ROOT_N else ""))
    raise NotImplementedError(
        f"torch.fft: {what} is not in the embedded engine, which computes only the transforms whose "
        "order of operations in PyTorch's MKL it has recovered, bit for bit (docs/parity-fft.md); "
        "`--backend torch` runs it")


def c2c(x: np.ndarray, dims: Sequence[int], normalization: int, forward: bool) -> np.ndarray:
    """``_fft_c2c``: the complex transform over ``dims`` (forward: exp(-2 pi i jk/n))."""
    if not dims:  # (fftn of a 0-d tensor transforms nothing)
        return x.copy()
    result = mkl_dft.c2c(x, dims, normalization, forward)
    if result is None:
        _refused("complex FFT", x, dims, normalization)
    return result


def r2c(x: np.ndarray, dims: Sequence[int], normalization: int, onesided: bool) -> np.ndarray:
    """``_fft_r2c``: the forward transform of real ``x`` (one-sided: bins 0..n//2 of the last dim)."""
    result = mkl_dft.r2c(x, dims, normalization, onesided)
    if result is None:
        _refused("real FFT", x, dims, normalization)
    return result


def c2r(x: np.ndarray, dims: Sequence[int], normalization: int, last_dim_size: int) -> np.ndarray:
    """``_fft_c2r``: the inverse transform of a one-sided spectrum into ``last_dim_size`` reals
    (bin 0's and bin n/2's imaginary parts ignored, as a Hermitian signal's are zero)."""
    result = mkl_dft.c2r(x, dims, normalization, last_dim_size)
    if result is None:
        _refused("inverse real FFT", x, dims, normalization, last_dim_size)
    return result
