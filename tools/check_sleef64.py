"""Checks parity/sleef64.py (SLEEF's float64 exp and log and the exact fused multiply-add under
them) against the functions inside PyTorch's own library, and float64 sigmoid / SiLU / softmax /
log_softmax against PyTorch itself.

    .venv-torch/bin/python tools/check_sleef64.py [--n N] [--ops]

``Sleef_expd8_u10avx512f`` and ``Sleef_logd8_u10avx512f`` take and return 8 doubles in a vector
register, so a few lines of C compiled on the spot call them (as in ``check_sleef32.py``). exp is
checked on ``--n`` inputs (default 10^7) per range: normal, the whole finite range [-750, 710],
|x| < 10^-3, the subnormal results [-745, -700], specials; log on as many in [0, 10], [1, 1000]
(row sums), e^[-700, 700], random bit patterns and specials. ``fma`` is checked against rational
arithmetic on random and on nearly cancelling operands. ``--ops`` compares torch.sigmoid, F.silu,
softmax and log_softmax in float64 with the engine on sizes 1..70, 1000 and views. The first 4096
inputs of each batch go through in pieces of 1 to 40 (the small-array paths). Needs PyTorch, a C
compiler and an AVX512 CPU; not a test.
"""
from __future__ import annotations

import argparse
import ctypes
import subprocess
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autograd_tui.engine.parity import sleef64  # noqa: E402

_LOOP = r"""
#include <immintrin.h>
#include <stddef.h>
typedef __m512d (*kernel_t)(__m512d);
void run(kernel_t kernel, const double *in, double *out, size_t n) {
  for (size_t i = 0; i + 8 <= n; i += 8) _mm512_storeu_pd(out + i, kernel(_mm512_loadu_pd(in + i)));
}
"""
_CHUNK = 1 << 18


def _same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.view(np.int64) == b.view(np.int64)) | (np.isnan(a) & np.isnan(b))


def check_fma(n: int) -> int:
    rng = np.random.default_rng(2)
    a = rng.normal(0, 1, n) * np.exp(rng.uniform(-30, 30, n))
    b = rng.normal(0, 1, n) * np.exp(rng.uniform(-30, 30, n))
    bad = 0
    for c in (rng.normal(0, 1, n) * np.exp(rng.uniform(-60, 60, n)), -(a * b) * (1 + rng.normal(0, 1e-15, n))):
        got = sleef64.fma(a, b, c)
        want = np.array([float(Fraction(x) * Fraction(y) + Fraction(z)) for x, y, z in zip(a, b, c)])
        bad += int((~_same(got, want)).sum())
    print(f"fma: {2 * n} triples checked, {bad} differ")
    return bad


def _batches(name: str, n: int, rng: np.random.Generator) -> list:
    if name == "log":
        batches = [("specials", np.array([0.0, -0.0, 1.0, -1.0, np.inf, -np.inf, np.nan, 5e-324, 1e-310, 1.7e308,
                                          0.75, 1.5, 1.4999999999999998] * 8))]
        for start in range(0, n, _CHUNK):
            size = min(_CHUNK, n - start)
            bits = rng.integers(0, 1 << 63, size, dtype=np.uint64).view(np.float64)
            batches += [("[0, 10]", rng.uniform(0, 10, size)), ("row sums", rng.uniform(1, 1000, size)),
                        ("wide", np.exp(rng.uniform(-700, 700, size))), ("bit patterns", bits)]
        return batches
    batches = [("specials", np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 709.78, 709.79, -745.1, -1000.0,
                                      -1000.1, 1e-300, -1e-300, 5e-324] * 8))]
    for start in range(0, n, _CHUNK):
        size = min(_CHUNK, n - start)
        batches += [("normal", rng.normal(0, 3, size)), ("wide", rng.uniform(-750, 710, size)),
                    ("small", rng.normal(0, 1e-3, size)), ("subnormal results", rng.uniform(-745, -700, size))]
    return batches


def check_kernel(name: str, n: int) -> int:
    library = ctypes.CDLL(str(Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"))
    kernel = ctypes.cast(getattr(library, f"Sleef_{name}d8_u10avx512f"), ctypes.c_void_p)
    emulated = sleef64.expd if name == "exp" else sleef64.logd
    rng = np.random.default_rng(0)
    bad = total = 0
    with tempfile.TemporaryDirectory() as directory:
        source, shared = Path(directory) / "loop.c", Path(directory) / "libloop64.so"
        source.write_text(_LOOP)
        subprocess.run(["cc", "-O2", "-mavx512f", "-shared", "-fPIC", str(source), "-o", str(shared)], check=True)
        loop = ctypes.CDLL(str(shared))
        loop.run.argtypes = [ctypes.c_void_p] * 3 + [ctypes.c_size_t]
        for label, x in _batches(name, n, rng):
            x = np.ascontiguousarray(x[: x.size // 8 * 8])
            want = np.empty_like(x)
            loop.run(kernel, x.ctypes.data, want.ctypes.data, x.size)
            with np.errstate(all="ignore"):
                got = emulated(x)
                # the first 4096 of each batch again in pieces of 1 to 40 elements: the one-float
                # path below the vector form's threshold, and the vector form on small arrays
                cuts = np.cumsum(np.arange(4096) % 40 + 1)
                pieces = np.split(x[:4096], cuts[cuts < min(4096, x.size)])
                got[:4096] = np.concatenate([emulated(piece) for piece in pieces])[: got[:4096].size]
            differ = ~_same(want, got)
            for v, w, g in zip(x[differ][:3], want[differ][:3], got[differ][:3]):
                print(f"{name}({v!r}) [{label}] = {w!r}, emulated {g!r}")
            bad += int(differ.sum())
            total += x.size
    print(f"{name}d: {total} doubles checked, {bad} differ")
    return bad


def check_ops() -> int:
    from autograd_tui.engine.nn import _activations as activations
    from autograd_tui.engine.parity import rounding

    rng = np.random.default_rng(1)
    bad = total = 0
    shapes = [(n,) for n in range(1, 71)] + [(1000,), (3, 5), (7, 13), (16, 33), (128, 37)]
    for shape in shapes:
        base = rng.normal(0, 2, shape)
        for view in (base, base.T, base[..., ::2]):
            for name, want, got in (("sigmoid", torch.sigmoid(torch.from_numpy(view)).numpy(), rounding.sigmoid(view)),
                                    ("silu", torch.nn.functional.silu(torch.from_numpy(view)).numpy(),
                                     activations._silu_values(view))):
                differ = ~_same(np.ascontiguousarray(want), np.ascontiguousarray(got))
                if differ.any():
                    print(f"{name} {shape} strides {view.strides}: {int(differ.sum())} of {differ.size} differ")
                bad += int(differ.sum())
                total += differ.size
    from autograd_tui.engine.parity import softmax64

    for shape in [(3, 5), (7, 13), (16, 33), (128, 37), (4, 8), (2, 16), (5, 100), (1, 1000), (30, 3)]:
        x = torch.randn(*shape, dtype=torch.float64) * 2
        for name, want, got in (("softmax", torch.softmax(x, -1), softmax64.softmax(x.numpy())),
                                ("log_softmax", torch.log_softmax(x, -1), softmax64.log_softmax(x.numpy()))):
            differ = ~_same(want.numpy(), got)
            if differ.any():
                print(f"{name} {shape}: {int(differ.sum())} of {differ.size} differ")
            bad += int(differ.sum())
            total += differ.size
    print(f"ops: {total} elements checked, {bad} differ")
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10 ** 7)
    parser.add_argument("--ops", action="store_true")
    args = parser.parse_args()
    bad = check_fma(min(args.n, 100_000)) + check_kernel("exp", args.n) + check_kernel("log", args.n)
    if args.ops:
        bad += check_ops()
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
