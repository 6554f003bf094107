"""torch.fft's properties that hold by construction (the goldens in tests/golden/snippets/fft compare
with PyTorch bit for bit): a real input's spectrum is exactly Hermitian, every recovered transform agrees
with numpy's definition, what is not recovered is refused, the frequencies are exact."""
from __future__ import annotations

import itertools

import numpy as np
import pytest

import autograd_tui.engine as torch


@pytest.mark.parametrize("n", [2, 4, 8, 16, 32, 64, 128])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_a_real_inputs_spectrum_is_exactly_hermitian(n, dtype):
    if dtype is torch.float64 and n > 16:
        pytest.skip("float64 real transforms are recovered up to n = 16")
    x = torch.randn(n, dtype=dtype)
    spectrum = torch.fft.fft(x).numpy()
    assert spectrum[0].imag == 0 and spectrum[n // 2].imag == 0
    mirrored = np.conj(spectrum[(-np.arange(n)) % n])
    assert (spectrum == mirrored).all()
    assert (torch.fft.rfft(x).numpy() == spectrum[:n // 2 + 1]).all()


@pytest.mark.parametrize("norm", [None, "backward", "ortho", "forward"])
def test_every_recovered_transform_agrees_with_numpys_definition(norm):
    rng = np.random.default_rng(5)
    real = rng.standard_normal(4)
    spectrum = rng.standard_normal(3) + 1j * rng.standard_normal(3)
    c = rng.standard_normal((2, 4, 8)) + 1j * rng.standard_normal((2, 4, 8))
    tensor_r, tensor_s, tensor_c = torch.tensor(real), torch.tensor(spectrum), torch.tensor(c)
    cases = [  # (function, input, torch's arguments, numpy's)
        ("fft", tensor_c, c, {"n": 8, "dim": 1}, {"n": 8, "axis": 1}), ("ifft", tensor_r, real, {}, {}),
        ("rfft", tensor_r, real, {}, {}), ("irfft", tensor_s, spectrum, {"n": 4}, {"n": 4}),
        ("hfft", tensor_s, spectrum, {"n": 4}, {"n": 4}), ("ihfft", tensor_r, real, {}, {}),
        ("fft2", tensor_c, c, {"s": (4, 4)}, {"s": (4, 4), "axes": (1, 2)}),
        ("ifftn", tensor_c, c, {"dim": (0, 2)}, {"axes": (0, 2)}),
    ]
    for name, tensor, array, options, numpy_options in cases:
        got = getattr(torch.fft, name)(tensor, **options, norm=norm).resolve_conj().numpy()
        expected = getattr(np.fft, name)(array, **numpy_options, norm=norm)
        assert got.shape == expected.shape, name
        np.testing.assert_allclose(got, expected, rtol=1e-12, atol=1e-12, err_msg=name)


@pytest.mark.parametrize("call", [
    lambda: torch.fft.fft(torch.randn(10)),                       # not a power of two
    lambda: torch.fft.fft(torch.randn(128, dtype=torch.complex64)),  # complex float32 from 128
    lambda: torch.fft.rfft(torch.randn(3, 8)),                    # a batch of real transforms
    lambda: torch.fft.rfft2(torch.randn(4, 4)),                   # MKL's 2-D real plan
    lambda: torch.fft.rfft(torch.randn(8), norm="ortho"),         # scaled inside MKL's kernel
    lambda: torch.fft.fft2(torch.randn(2, 4, dtype=torch.complex64), norm="ortho"),
    lambda: torch.stft(torch.randn(64), 16, window=torch.hann_window(16), return_complex=True),
])
def test_what_is_not_recovered_is_refused_with_the_backend_line(call):
    with pytest.raises(NotImplementedError, match="--backend torch"):
        call()


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
