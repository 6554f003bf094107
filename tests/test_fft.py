"""torch.fft's properties that hold by construction (the goldens in tests/golden/snippets/fft compare
with PyTorch): a real input's spectrum is exactly Hermitian, a complex input with zero imaginary parts
transforms as the real one, every transform agrees with numpy's definition, the frequencies are exact."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

import autograd_tui.engine as torch


@pytest.mark.parametrize("n", [2, 5, 8, 10, 13])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_a_real_inputs_spectrum_is_exactly_hermitian(n, dtype):
    x = torch.randn(3, n, dtype=dtype)
    spectrum = torch.fft.fft(x).numpy()
    assert (spectrum[:, 0].imag == 0).all()
    if n % 2 == 0:
        assert (spectrum[:, n // 2].imag == 0).all()
    mirrored = np.conj(spectrum[:, (-np.arange(n)) % n])
    assert (spectrum == mirrored).all()
    assert (torch.fft.rfft(x).numpy() == spectrum[:, :n // 2 + 1]).all()


@pytest.mark.parametrize("function", ["fft", "ifft", "fftn", "ifft2"])
def test_zero_imaginary_parts_transform_as_the_real_tensor(function):
    x = torch.randn(4, 6)
    as_complex = x.to(torch.complex64)
    got = getattr(torch.fft, function)(as_complex).resolve_conj().numpy()
    real = getattr(torch.fft, function)(x).resolve_conj().numpy()  # (ifft: a conjugate view)
    assert got.dtype == real.dtype == np.complex64
    assert (got == real).all()


@pytest.mark.parametrize("norm", [None, "backward", "ortho", "forward"])
def test_every_transform_agrees_with_numpys_definition(norm):
    rng = np.random.default_rng(5)
    a = rng.standard_normal((3, 4, 5))
    c = a + 1j * rng.standard_normal((3, 4, 5))
    tensor_a, tensor_c = torch.tensor(a), torch.tensor(c)
    cases = [  # (function, input, torch's arguments, numpy's)
        ("fft", tensor_c, c, {"n": 7, "dim": 1}, {"n": 7, "axis": 1}), ("ifft", tensor_a, a, {"n": 3}, {"n": 3}),
        ("rfft", tensor_a, a, {"n": 6, "dim": 0}, {"n": 6, "axis": 0}), ("irfft", tensor_c, c, {"n": 9}, {"n": 9}),
        ("hfft", tensor_c, c, {"n": 6}, {"n": 6}), ("ihfft", tensor_a, a, {}, {}),
        ("fft2", tensor_c, c, {"s": (3, 6)}, {"s": (3, 6), "axes": (1, 2)}),
        ("ifftn", tensor_c, c, {"dim": (0, 2)}, {"axes": (0, 2)}),
        ("rfftn", tensor_a, a, {"s": (2, 4, 6)}, {"s": (2, 4, 6), "axes": (0, 1, 2)}),
        ("irfftn", tensor_c, c, {"s": (4, 6), "dim": (0, 2)}, {"s": (4, 6), "axes": (0, 2)}),
        ("irfft2", tensor_c, c, {}, {}), ("rfft2", tensor_a, a, {"dim": (0, 1)}, {"axes": (0, 1)}),
    ]
    for name, tensor, array, options, numpy_options in cases:
        got = getattr(torch.fft, name)(tensor, **options, norm=norm).resolve_conj().numpy()
        expected = getattr(np.fft, name)(array, **numpy_options, norm=norm)
        assert got.shape == expected.shape, name
        np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-12, err_msg=name)


def test_the_frequencies_are_exact():
    for n, d in itertools.product([1, 2, 5, 8, 11], [1.0, 0.1, 1 / 3]):
        scale = 1.0 / (n * d)  # a double, as ATen's
        indices = np.concatenate([np.arange((n + 1) // 2), np.arange(-(n // 2), 0)])
        assert torch.fft.fftfreq(n, d, dtype=torch.float64).tolist() == (indices * scale).tolist()
        assert torch.fft.rfftfreq(n, d, dtype=torch.float64).tolist() == (np.arange(n // 2 + 1) * scale).tolist()


def test_shifts_undo_each_other_and_centre_the_zero_frequency():
    for n in range(1, 8):
        freqs = torch.fft.fftfreq(n)
        shifted = torch.fft.fftshift(freqs)
        assert shifted.tolist() == sorted(freqs.tolist())
        assert torch.equal(torch.fft.ifftshift(shifted), freqs)
