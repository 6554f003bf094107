"""How often float32 matrix products differ from PyTorch's, and which order of additions it uses.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_matmul_float32.py [--shapes N] [--max-dim 64]

For random shapes (m, k) x (k, n) with every size in 1..max-dim and standard normal entries it
compares torch.mm (PyTorch's CPU wheel: Intel MKL's sgemm) with numpy's matmul (the engine's
OpenBLAS) and with candidate summation orders written in numpy:

- sequential fma: acc = fma(a[i, p], b[p, j], acc) for p = 0, 1, ..., k-1, in float32;
- sequential mul+add: the same with the product rounded first;
- float64: the exact-ish dot product rounded once;
- L interleaved accumulators (L = 4, 8, 16): acc[p mod L] gets the fma of term p, and the L
  partial sums are added pairwise at the end, as a SIMD loop over k would;
- the rule the first two suggest: sequential fma where m >= 4 and n >= 12, else mul+add.

It prints, per candidate, the share of shapes whose every element matches and the share of
elements that match, and the largest difference in units in the last place.
"""
from __future__ import annotations

import argparse

from typing import Any

import numpy as np
import torch

F32 = np.float32


def fma32(a: np.ndarray, b: np.ndarray, c: np.ndarray) -> np.ndarray:
    """float32 a*b + c rounded once (round-to-odd in float64, then to float32)."""
    p = a.astype(np.float64) * b.astype(np.float64)
    c64 = c.astype(np.float64)
    t = p + c64
    back = t - p
    err = (p - (t - back)) + (c64 - back)
    bits = t.view(np.int64)
    fix = (err != 0) & ((bits & 1) == 0) & np.isfinite(t)
    step = np.where(np.signbit(err) == np.signbit(t), 1, -1).astype(np.int64)
    return np.where(fix, bits + step, bits).view(np.float64).astype(F32)


def sequential_fma(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    acc = np.zeros((a.shape[0], b.shape[1]), F32)
    for p in range(a.shape[1]):
        acc = fma32(a[:, p:p + 1], b[p:p + 1, :], acc)
    return acc


def sequential_mul_add(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    acc = np.zeros((a.shape[0], b.shape[1]), F32)
    for p in range(a.shape[1]):
        acc = acc + a[:, p:p + 1] * b[p:p + 1, :]
    return acc


def float64_rounded(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.astype(np.float64) @ b.astype(np.float64)).astype(F32)


def interleaved(lanes: int):
    def product(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        m, k = a.shape
        n = b.shape[1]
        partial = [np.zeros((m, n), F32) for _ in range(lanes)]
        for p in range(k):
            partial[p % lanes] = fma32(a[:, p:p + 1], b[p:p + 1, :], partial[p % lanes])
        while len(partial) > 1:
            partial = [partial[i] + partial[i + 1] for i in range(0, len(partial), 2)]
        return partial[0]
    return product


def ulps(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    def ordered(v: np.ndarray) -> np.ndarray:
        bits = v.view(np.int32).astype(np.int64)
        return np.where(bits < 0, -(bits & 0x7FFFFFFF), bits)
    return np.abs(ordered(x) - ordered(y))


def observed_mkl_rule(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The rule the measurements suggest: fma kernel for m >= 4 and n >= 12, else mul+add."""
    m, n = a.shape[0], b.shape[1]
    return sequential_fma(a, b) if m >= 4 and n >= 12 else sequential_mul_add(a, b)


CANDIDATES = {
    "numpy matmul (engine)": lambda a, b: np.matmul(a, b),
    "sequential fma": sequential_fma,
    "sequential mul+add": sequential_mul_add,
    "float64, rounded once": float64_rounded,
    "4 interleaved fma": interleaved(4),
    "8 interleaved fma": interleaved(8),
    "16 interleaved fma": interleaved(16),
    "fma if m>=4, n>=12, else mul+add": observed_mkl_rule,
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", type=int, default=1500)
    parser.add_argument("--max-dim", type=int, default=64)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.set_num_threads(1)
    rng = np.random.default_rng(args.seed)
    shapes = [tuple(int(v) for v in rng.integers(1, args.max_dim + 1, 3)) for _ in range(args.shapes)]
    stats: dict[str, dict[str, Any]] = {name: {"shapes": 0, "elements": 0, "max_ulp": 0, "by_k": {}}
                                        for name in CANDIDATES}
    total_elements = 0
    for m, k, n in shapes:
        a = rng.standard_normal((m, k)).astype(F32)
        b = rng.standard_normal((k, n)).astype(F32)
        expected = torch.mm(torch.from_numpy(a), torch.from_numpy(b)).numpy()
        total_elements += expected.size
        for name, product in CANDIDATES.items():
            got = product(a, b)
            diff = ulps(got, expected)
            s = stats[name]
            s["shapes"] += int(diff.max() == 0)
            s["elements"] += int((diff == 0).sum())
            s["max_ulp"] = max(s["max_ulp"], int(diff.max()))
            bucket = "k<=8" if k <= 8 else "k<=16" if k <= 16 else "k<=32" if k <= 32 else "k>32"
            hit, seen = s["by_k"].get(bucket, (0, 0))
            s["by_k"][bucket] = (hit + int(diff.max() == 0), seen + 1)
    print(f"torch {torch.__version__}; {len(shapes)} shapes (m, k, n) in 1..{args.max_dim}, "
          f"{total_elements} elements, standard normal inputs")
    print(f"{'candidate':24} {'shapes exact':>12} {'elements exact':>15} {'max ulp':>8}  shapes exact by k")
    for name, s in stats.items():
        by_k = ", ".join(f"{key}: {hit / seen:.3f}" for key, (hit, seen) in sorted(s["by_k"].items()))
        print(f"{name:24} {s['shapes'] / len(shapes):12.4f} {s['elements'] / total_elements:15.4f} "
              f"{s['max_ulp']:8d}  {by_k}")


if __name__ == "__main__":
    main()
