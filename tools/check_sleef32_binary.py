"""Checks parity/sleef32_binary.py (SLEEF's float32 powf and atan2f) against the SLEEF functions
inside PyTorch's own library, and the ops' vector/scalar split against PyTorch itself.

    .venv-torch/bin/python tools/check_sleef32_binary.py [--only powf,atan2f] [--pairs N] [--ops]

``Sleef_powf16_u10avx512f`` and ``Sleef_atan2f16_u10avx512f`` take and return 16 floats in vector
registers, so (as in ``check_sleef32.py``) a few lines of C compiled on the spot call them. Each
kernel is checked on ``--pairs`` random pairs (default 10^7) from several distributions: learner-
sized normals, operands spread over the whole exponent range, random bit patterns, a grid of
special values (0, -0, 1, inf, NaN, subnormals, odd and even integers). ``--ops`` then compares
``torch.pow`` / ``torch.atan2`` / ``x ** 1.5`` with the engine's functions on sizes 1..70, 1000
and transposed, sliced and broadcast operands. Needs PyTorch, a C compiler and an AVX512 CPU; not
a test.
"""
from __future__ import annotations

import argparse
import ctypes
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autograd_tui.engine.parity import sleef32_binary  # noqa: E402

_LOOP = r"""
#include <immintrin.h>
#include <stddef.h>
typedef __m512 (*kernel_t)(__m512, __m512);
void run(kernel_t kernel, const float *a, const float *b, float *out, size_t n) {
  for (size_t i = 0; i + 16 <= n; i += 16)
    _mm512_storeu_ps(out + i, kernel(_mm512_loadu_ps(a + i), _mm512_loadu_ps(b + i)));
}
"""
KERNELS = {"powf": ("Sleef_powf16_u10avx512f", sleef32_binary.powf),
           "atan2f": ("Sleef_atan2f16_u10avx512f", sleef32_binary.atan2f)}
_CHUNK = 1 << 18


def _load_loop(directory: Path) -> ctypes.CDLL:
    source, library = directory / "loop.c", directory / "libsleefloop2.so"
    source.write_text(_LOOP)
    subprocess.run(["cc", "-O2", "-mavx512f", "-shared", "-fPIC", str(source), "-o", str(library)], check=True)
    loop = ctypes.CDLL(str(library))
    loop.run.argtypes = [ctypes.c_void_p] * 4 + [ctypes.c_size_t]
    return loop


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.view(np.int32) == b.view(np.int32)) | (np.isnan(a) & np.isnan(b))


def _pairs(name: str, n: int, rng: np.random.Generator):
    """(label, a, b) batches; for powf a is the base, for atan2f a is y."""
    def bits(size: int) -> np.ndarray:
        return rng.integers(0, 1 << 32, size, dtype=np.uint64).astype(np.uint32).view(np.float32)

    special = np.array([0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.5, -0.5, np.inf, -np.inf, np.nan,
                        1e-45, -1e-45, 1e-39, 3.4e38, -3.4e38, 2.0 ** 24, 2.0 ** 24 + 2, 1.0000001, 0.9999999],
                       np.float32)
    grid_a, grid_b = np.meshgrid(special, special)
    yield "specials", grid_a.ravel(), grid_b.ravel()
    for start in range(0, n, _CHUNK):
        size = min(_CHUNK, n - start)
        third = size // 3
        if name == "powf":
            yield "normal", np.abs(rng.normal(0, 2, size)).astype(np.float32), rng.normal(0, 2, size).astype(np.float32)
            yield "wide", np.exp(rng.uniform(-100, 88, third)).astype(np.float32), \
                rng.uniform(-4, 4, third).astype(np.float32)
            yield "negative base, integer exponent", rng.normal(0, 3, third).astype(np.float32), \
                rng.integers(-12, 12, third).astype(np.float32)
        else:
            yield "normal", rng.normal(0, 2, size).astype(np.float32), rng.normal(0, 2, size).astype(np.float32)
            scale_y, scale_x = np.exp(rng.uniform(-100, 80, (2, third)))
            yield "wide", (rng.normal(0, 1, third) * scale_y).astype(np.float32), \
                (rng.normal(0, 1, third) * scale_x).astype(np.float32)
        yield "bit patterns", bits(third), bits(third)


def check_kernel(name: str, loop: ctypes.CDLL, library: ctypes.CDLL, n: int) -> int:
    symbol, emulated = KERNELS[name]
    kernel = ctypes.cast(getattr(library, symbol), ctypes.c_void_p)
    bad, total = 0, 0
    for label, a, b in _pairs(name, n, np.random.default_rng(0)):
        size = -(-a.size // 16) * 16
        a, b = np.ascontiguousarray(np.resize(a, size)), np.ascontiguousarray(np.resize(b, size))
        want = np.empty_like(a)
        loop.run(kernel, a.ctypes.data, b.ctypes.data, want.ctypes.data, size)
        with np.errstate(all="ignore"):
            got = emulated(a, b)
        differ = ~_same(want, got)
        for u, v, w, g in zip(a[differ][:3], b[differ][:3], want[differ][:3], got[differ][:3]):
            print(f"{name}({u!r}, {v!r}) [{label}] = {w!r}, emulated {g!r}")
        bad += int(differ.sum())
        total += size
    print(f"{name}: {total} pairs checked, {bad} differ")
    return bad


def check_ops() -> int:
    """torch's ops against the engine's functions (vector blocks and scalar tails together)."""
    from autograd_tui.engine.functions.pointwise import _power_by_scalar
    from autograd_tui.engine import dtypes

    rng = np.random.default_rng(1)
    bad = total = 0

    def compare(label: str, want: np.ndarray, got: np.ndarray) -> None:
        nonlocal bad, total
        differ = ~_same(np.ascontiguousarray(want), np.ascontiguousarray(got))
        if differ.any():
            print(f"{label}: {int(differ.sum())} of {differ.size} differ")
        bad += int(differ.sum())
        total += differ.size

    shapes = [(n,) for n in range(1, 71)] + [(1000,), (3, 5), (7, 13), (16, 33), (64, 10), (5, 40)]
    for shape in shapes:
        for view in ("", "t", "slice"):
            if view and len(shape) == 1:
                continue
            base = (np.abs(rng.normal(0, 1.7, shape)) + 0.01).astype(np.float32)
            expo = rng.normal(0, 2, shape).astype(np.float32)
            y, x = rng.normal(0, 1.7, shape).astype(np.float32), rng.normal(0, 1.7, shape).astype(np.float32)
            if view == "t":
                base, expo, y, x = base.T, expo.T, y.T, x.T
            elif view == "slice":
                base, expo, y, x = base[:, 1:], expo[:, 1:], y[:, 1:], x[:, 1:]
            tag = f"{shape}{view}"
            compare(f"pow {tag}", torch.pow(torch.from_numpy(base), torch.from_numpy(expo)).numpy(),
                    sleef32_binary.pow_float32(base, expo))
            compare(f"atan2 {tag}", torch.atan2(torch.from_numpy(y), torch.from_numpy(x)).numpy(),
                    sleef32_binary.atan2_float32(y, x))
            for p in (1.5, -1.3, 4.0):
                compare(f"x ** {p} {tag}", (torch.from_numpy(base) ** p).numpy(),
                        _power_by_scalar(base, p, dtypes.float32))
    column, row = rng.normal(0, 1, (40, 1)).astype(np.float32), rng.normal(0, 1, (3,)).astype(np.float32)
    compare("atan2 broadcast", torch.atan2(torch.from_numpy(column), torch.from_numpy(row)).numpy(),
            sleef32_binary.atan2_float32(column, row))
    compare("pow broadcast", torch.pow(torch.from_numpy(np.abs(column)), torch.from_numpy(row)).numpy(),
            sleef32_binary.pow_float32(np.abs(column), row))
    print(f"ops: {total} elements checked, {bad} differ")
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(KERNELS))
    parser.add_argument("--pairs", type=int, default=10 ** 7)
    parser.add_argument("--ops", action="store_true")
    args = parser.parse_args()
    library = ctypes.CDLL(str(Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"))
    with tempfile.TemporaryDirectory() as directory:
        loop = _load_loop(Path(directory))
        bad = sum(check_kernel(name, loop, library, args.pairs) for name in args.only.split(","))
    if args.ops:
        bad += check_ops()
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
