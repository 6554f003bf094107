"""The engine's emulation of MKL's DFT (parity/mkl_dft.py): what it computes is the transform
(checked here against numpy's to a few units in the last place), and what it does not recover it
refuses (``None``) rather than computing in another order. Bit-for-bit agreement with PyTorch is
the fft goldens' job (recorded with ``MKL_CBWR=COMPATIBLE``) and ``tools/measure_fft_mkl.py``'s."""
from __future__ import annotations

import numpy as np
import pytest

from autograd_tui.engine.parity import mkl_dft as dft

RNG = np.random.default_rng(11)


def _close(got: np.ndarray | None, expected: np.ndarray, dtype: type) -> None:
    assert got is not None, "refused a recovered case"
    tolerance = 8 * np.finfo(dtype).eps * max(1.0, float(np.abs(expected).max()))
    assert np.abs(got - expected).max() <= tolerance


@pytest.mark.parametrize("real", [np.float32, np.float64])
def test_complex_transforms_are_the_dft_for_every_recovered_size(real: type) -> None:
    for n in dft.COMPLEX_PLANS[real]:
        x = (RNG.standard_normal((3, n)) + 1j * RNG.standard_normal((3, n))).astype(dft.COMPLEX_OF[real])
        forward = dft.c2c(x, [1], dft.NORM_NONE, True)
        inverse = dft.c2c(x, [1], dft.NORM_BY_N, False)
        assert forward is not None and forward.dtype == x.dtype
        _close(forward, np.fft.fft(x.astype(np.complex128)), real)
        _close(inverse, np.fft.ifft(x.astype(np.complex128)), real)


@pytest.mark.parametrize("real", [np.float32, np.float64])
def test_real_transforms_are_the_dft_for_every_recovered_size(real: type) -> None:
    for n in dft.RFFT_PLANS[real]:
        x: np.ndarray = RNG.standard_normal(n).astype(real)
        half, full = dft.r2c(x, [0], dft.NORM_NONE, True), dft.r2c(x, [0], dft.NORM_NONE, False)
        _close(half, np.fft.rfft(x.astype(np.float64)), real)
        _close(full, np.fft.fft(x.astype(np.float64)), real)
    for n in dft.IRFFT_PLANS[real]:
        spectrum = np.fft.rfft(RNG.standard_normal(n)).astype(dft.COMPLEX_OF[real])
        back = dft.c2r(spectrum, [0], dft.NORM_BY_N, n)
        assert back is not None and back.dtype == real
        _close(back, np.fft.irfft(spectrum.astype(np.complex128), n), real)


def test_transforms_along_a_middle_dim_and_over_several_dims() -> None:
    x = (RNG.standard_normal((3, 8, 4)) + 1j * RNG.standard_normal((3, 8, 4))).astype(np.complex64)
    _close(dft.c2c(x, [1], dft.NORM_NONE, True), np.fft.fft(x.astype(np.complex128), axis=1), np.float32)
    _close(dft.c2c(x, [1, 2], dft.NORM_BY_N, True), np.fft.fft2(x.astype(np.complex128)) / 32, np.float32)


def test_what_is_not_recovered_is_refused() -> None:
    ten = np.ones(10, np.complex64)
    assert dft.c2c(ten, [0], dft.NORM_NONE, True) is None           # not a power of two
    assert dft.c2c(np.ones(128, np.complex64), [0], dft.NORM_NONE, True) is None
    assert dft.r2c(np.ones(32), [0], dft.NORM_NONE, True) is None   # float64 real n = 32
    assert dft.r2c(np.ones((2, 8), np.float32), [1], dft.NORM_NONE, True) is None  # a batch
    assert dft.r2c(np.ones((4, 4), np.float32), [0, 1], dft.NORM_NONE, True) is None  # 2-D real
    assert dft.r2c(np.ones(8, np.float32), [0], dft.NORM_BY_ROOT_N, True) is None  # ortho inside
    square = np.ones((2, 4), np.complex64)                          # 1/sqrt(8) rounded, over 2 dims
    assert dft.c2c(square, [0, 1], dft.NORM_BY_ROOT_N, True) is None
    assert dft.c2c(np.ones((4, 4), np.complex64), [0, 1], dft.NORM_BY_ROOT_N, True) is not None
    assert dft.c2c(np.ones((2, 3), np.complex64), [0], dft.NORM_BY_ROOT_N, True) is None  # n = 2 strided


def test_irfft_pads_or_trims_the_spectrum_to_n_over_2_plus_1_bins() -> None:
    spectrum = np.fft.rfft(RNG.standard_normal(8)).astype(np.complex64)
    _close(dft.c2r(spectrum[:3], [0], dft.NORM_BY_N, 8),
           np.fft.irfft(spectrum[:3].astype(np.complex128), 8), np.float32)
    _close(dft.c2r(spectrum, [0], dft.NORM_BY_N, 4), np.fft.irfft(spectrum.astype(np.complex128), 4), np.float32)
