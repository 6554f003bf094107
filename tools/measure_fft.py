"""How often numpy's FFT (pocketfft) gives PyTorch's bits, for the torch.fft survey.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_fft.py [--trials 5] [--max-size 1024]

For every size n in 2..--max-size and each of fft, ifft, rfft, irfft, --trials random inputs
(standard normal parts, one thread) go through ``torch.fft`` and through ``numpy.fft`` in the same
precision (numpy 2 transforms float32 in float32), and, for float32 fft/rfft, through numpy in
float64 rounded once to complex64. Prints, per size band, the share of whole results and of
elements that are bit-identical, and which DFT library the PyTorch build links.

MKL picks its DFT kernels by CPU: the figures in docs/parity-fft.md come from the reference AMD
machine; on an Intel CPU, ``MKL_CBWR=COMPATIBLE`` in the environment reproduces them exactly.
"""
from __future__ import annotations

import argparse
import pathlib

import numpy as np
import torch

BANDS = ((2, 16), (17, 64), (65, 256), (257, 1024))
COMPLEX: dict[type, type] = {np.float32: np.complex64, np.float64: np.complex128}


def _input(rng: np.random.Generator, name: str, n: int, real: type) -> np.ndarray:
    if name in ("fft", "rfft"):
        return rng.standard_normal(n).astype(real)
    m = n if name == "ifft" else n // 2 + 1
    return (rng.standard_normal(m) + 1j * rng.standard_normal(m)).astype(COMPLEX[real])


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per element: are both parts' bits equal."""
    if a.dtype != b.dtype:
        return np.zeros(b.size, bool)
    return (a.view(np.uint8).reshape(a.size, -1) == b.view(np.uint8).reshape(b.size, -1)).all(1)


def _rates(name: str, real: type, trials: int, max_size: int, widened: bool, seed: int) -> None:
    rng = np.random.default_rng(seed)
    for lo, hi in BANDS:
        if lo > max_size:
            break
        whole = elements = total = 0
        for n in range(lo, min(hi, max_size) + 1):
            for _ in range(trials):
                x = _input(rng, name, n, real)
                extra = {"n": n} if name == "irfft" else {}
                expected = getattr(torch.fft, name)(torch.from_numpy(x), **extra).numpy()
                if widened:
                    got = getattr(np.fft, name)(x.astype(np.float64), **extra).astype(expected.dtype)
                else:
                    got = getattr(np.fft, name)(x, **extra)
                same = _same(got, expected)
                whole += bool(same.all())
                elements += int(same.sum())
                total += same.size
        count = trials * (min(hi, max_size) - lo + 1)
        label = f"{real.__name__}{' via float64' if widened else ''}"
        print(f"{label:22} {name:6} n {lo:4}-{min(hi, max_size):4}: whole results {whole / count:6.1%}, "
              f"elements {elements / total:6.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=5)
    parser.add_argument("--max-size", type=int, default=1024)
    args = parser.parse_args()
    torch.set_num_threads(1)
    library = pathlib.Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"
    if library.exists():
        blob = library.read_bytes()
        print(f"libtorch_cpu.so: DftiComputeForward (MKL DFT) {b'DftiComputeForward' in blob}, "
              f"pocketfft {b'pocketfft' in blob}; torch.backends.mkl.is_available() "
              f"{torch.backends.mkl.is_available()}; numpy {np.__version__}")
    for real in (np.float32, np.float64):
        for name in ("fft", "ifft", "rfft", "irfft"):
            _rates(name, real, args.trials, args.max_size, False, seed=1234)
    for name in ("fft", "rfft"):
        _rates(name, np.float32, args.trials, args.max_size, True, seed=99)


if __name__ == "__main__":
    main()
