"""How often the engine's torch.fft kernels give PyTorch's bits, and PyTorch's default print.

Run it with a Python that has PyTorch (never a dependency of the project):

    MKL_CBWR=COMPATIBLE .venv-torch/bin/python tools/measure_fft_engine.py [--trials 20]

``MKL_CBWR=COMPATIBLE`` makes an Intel CPU take MKL's DFT path of the reference AMD machine
(``docs/parity-fft.md``); without it the figures are this CPU's own. For each dtype, function and
size class (powers of two 4-256, primes 5-101, composites 6-100; 2-D ones as 3 x n), ``--trials``
seeded standard-normal inputs go through ``torch.fft`` and through the engine's kernels
(``autograd_tui/engine/functions/fft_kernels.py``, loaded by path: numpy only). Prints the share of
whole results bit-identical, of elements bit-identical, and of results whose ``print`` (the
default 4 decimals) is identical.
"""
from __future__ import annotations

import argparse
import importlib.util
import pathlib

import numpy as np
import torch

KERNELS_PATH = pathlib.Path(__file__).resolve().parent.parent / "autograd_tui/engine/functions/fft_kernels.py"
SIZES = {"powers of two": [4, 8, 16, 64, 256], "primes": [5, 7, 13, 101], "composites": [6, 10, 12, 100]}
COMPLEX = {np.float32: np.complex64, np.float64: np.complex128}
# function -> (input is complex, 2-D, the engine's call)
FUNCTIONS = {
    "fft (real input)": (False, False, lambda k, x, n: k.r2c(x, [0], k.NORM_NONE, False)),
    "fft (complex)": (True, False, lambda k, x, n: k.c2c(x, [0], k.NORM_NONE, True)),
    "ifft (complex)": (True, False, lambda k, x, n: k.c2c(x, [0], k.NORM_BY_N, False)),
    "rfft": (False, False, lambda k, x, n: k.r2c(x, [0], k.NORM_NONE, True)),
    "irfft": (True, False, lambda k, x, n: k.c2r(x, [0], k.NORM_BY_N, n)),
    "fft2 (real input)": (False, True, lambda k, x, n: k.c2c(x.astype(COMPLEX[x.dtype.type]), [0, 1], k.NORM_NONE,
                                                              True)),
    "rfft2": (False, True, lambda k, x, n: k.r2c(x, [0, 1], k.NORM_NONE, True)),
    "irfft2": (True, True, lambda k, x, n: k.c2r(x, [0, 1], k.NORM_BY_N, n)),
}
TORCH_CALLS = {
    "fft (real input)": lambda t, n: torch.fft.fft(t), "fft (complex)": lambda t, n: torch.fft.fft(t),
    "ifft (complex)": lambda t, n: torch.fft.ifft(t), "rfft": lambda t, n: torch.fft.rfft(t),
    "irfft": lambda t, n: torch.fft.irfft(t, n=n), "fft2 (real input)": lambda t, n: torch.fft.fft2(t),
    "rfft2": lambda t, n: torch.fft.rfft2(t), "irfft2": lambda t, n: torch.fft.irfft2(t, s=(3, n)),
}


def _kernels():
    spec = importlib.util.spec_from_file_location("fft_kernels", KERNELS_PATH)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per element: are both parts' bits equal."""
    return (a.view(np.uint8).reshape(a.size, -1) == b.view(np.uint8).reshape(b.size, -1)).all(1)


def _input(rng: np.random.Generator, name: str, n: int, real: type) -> np.ndarray:
    is_complex, two_d, _ = FUNCTIONS[name]
    m = n // 2 + 1 if name.startswith("irfft") else n
    shape = (3, m) if two_d else (m,)
    if is_complex:
        return (rng.standard_normal(shape) + 1j * rng.standard_normal(shape)).astype(COMPLEX[real])
    return rng.standard_normal(shape).astype(real)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=20)
    args = parser.parse_args()
    torch.set_num_threads(1)
    kernels = _kernels()
    print("| dtype | function | sizes | whole results | elements | printed |")
    print("|---|---|---|---|---|---|")
    for real in (np.float32, np.float64):
        for name, (_, _, engine_call) in FUNCTIONS.items():
            for band, sizes in SIZES.items():
                rng = np.random.default_rng(7)
                whole = elements = total = printed = results = 0
                for n in sizes:
                    for _ in range(args.trials):
                        x = _input(rng, name, n, real)
                        expected = TORCH_CALLS[name](torch.from_numpy(x), n).numpy()
                        got = engine_call(kernels, x, n)
                        same = _same(got, expected)
                        whole += bool(same.all())
                        elements += int(same.sum())
                        total += same.size
                        printed += str(torch.from_numpy(got)) == str(torch.from_numpy(expected))
                        results += 1
                print(f"| {real.__name__} | {name} | {band} | {100 * whole / results:.0f}% | "
                      f"{100 * elements / total:.0f}% | {100 * printed / results:.0f}% |", flush=True)


if __name__ == "__main__":
    main()
