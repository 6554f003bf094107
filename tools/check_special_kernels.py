"""Check the engine's torch.special Bessel functions, orthogonal polynomials, ndtri and zeta
against live PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/check_special_kernels.py

On 80,000 inputs (uniform in [-1, 1], [-3, 3] and [-30, 30], and normal with deviation 10; the
K functions take their absolute values, the shifted polynomials x / 2 + 1/2) in float32 and
float64, and for the polynomials at degrees 0-10, 12, 15, 20 and 30, each line gives the share
of results equal to PyTorch's bits (NaN equals NaN). The inputs go in chunks of 10,000, under
``parity/libm.py``'s limit for calling the C library per element. ndtri takes 80,000 uniform
values in (0, 1) and 40,000 log-spaced ones in each tail (down to 1e-300, 1e-38 in float32);
zeta 240,000 pairs (x in [1, 10] and [1, 3] with q in (0, 20] and [-5, 5], integer x with q in
[-5, 30], x = 2 with integer q).
"""
from __future__ import annotations

import functools
import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from autograd_tui.engine.parity.cephes_bessel import KERNELS  # noqa: E402
from autograd_tui.engine.parity.ndtr import ndtri_array  # noqa: E402
from autograd_tui.engine.parity.orthogonal_polys import POLYNOMIALS, evaluate  # noqa: E402
from autograd_tui.engine.parity.zeta import zeta_array  # noqa: E402

DEGREES = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 30)


def inputs() -> np.ndarray:
    rng = np.random.default_rng(0)
    n = 20000
    return np.concatenate([rng.uniform(-1, 1, n), rng.uniform(-3, 3, n), rng.normal(0, 10, n),
                           rng.uniform(-30, 30, n)])


def same(got: np.ndarray, want: np.ndarray) -> np.ndarray:
    bits = np.uint32 if got.dtype == np.float32 else np.uint64
    return (got.view(bits) == want.view(bits)) | (np.isnan(got) & np.isnan(want))


def chunked(kernel, a: np.ndarray, *rest: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return np.concatenate([kernel(*parts) for parts in zip(*(np.array_split(v, 8) for v in (a, *rest)))])


def main() -> None:
    x = inputs()
    for name, kernel in KERNELS.items():
        for dtype in (np.float32, np.float64):
            a = (np.abs(x) if "_k" in name else x).astype(dtype)
            want = getattr(torch.special, name)(torch.from_numpy(a)).numpy()
            print(f"{name:32s} {np.dtype(dtype).name:8s} {same(chunked(kernel, a), want).mean():.6f}")
    for name in POLYNOMIALS:
        for dtype in (np.float32, np.float64):
            a = (x * 0.5 + 0.5 if name.startswith("shifted") else x).astype(dtype)
            matches = []
            for degree in DEGREES:
                want = getattr(torch.special, name)(torch.from_numpy(a), degree).numpy()
                got = chunked(functools.partial(evaluate, name), a, np.full(a.shape, degree, dtype))
                matches.append(same(got, want).mean())
            print(f"{name:32s} {np.dtype(dtype).name:8s} {np.mean(matches):.6f}")
    rng = np.random.default_rng(1)
    for dtype, low in ((np.float32, -38), (np.float64, -300)):
        tails = 10.0 ** rng.uniform(low, -1, 40000)
        a = np.concatenate([rng.uniform(0, 1, 80000), tails, 1 - tails]).astype(dtype)
        want = torch.special.ndtri(torch.from_numpy(a)).numpy()
        print(f"{'ndtri':32s} {np.dtype(dtype).name:8s} {same(chunked(ndtri_array, a), want).mean():.6f}")
    n = 60000
    xs = np.concatenate([rng.uniform(1, 10, n), rng.uniform(1, 3, n), rng.integers(-3, 12, n), np.full(n, 2.0)])
    qs = np.concatenate([rng.uniform(0.01, 20, n), rng.uniform(-5, 5, n), rng.uniform(-5, 30, n),
                         rng.integers(-2, 10, n)])
    for dtype in (np.float32, np.float64):
        a, b = xs.astype(dtype), qs.astype(dtype)
        want = torch.special.zeta(torch.from_numpy(a), torch.from_numpy(b)).numpy()
        print(f"{'zeta':32s} {np.dtype(dtype).name:8s} {same(chunked(zeta_array, a, b), want).mean():.6f}")


if __name__ == "__main__":
    main()
