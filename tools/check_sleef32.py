"""Checks parity/sleef32.py against the SLEEF functions inside PyTorch's own library, on every
float32 of a range.

    .venv-torch/bin/python tools/check_sleef32.py [--only log1pf,expm1f,tanhf,exp2f,sinhf,coshf] [--step N]

PyTorch's ``libtorch_cpu.so`` exports SLEEF's AVX512 kernels (``Sleef_log1pf16_u10avx512f``, ...),
which take and return 16 floats in one vector register, so ctypes cannot call them directly: this
tool writes a ten-line C loop, compiles it with the system's ``cc -mavx512f`` into a temporary
directory and calls that. It needs PyTorch (for the library), a C compiler and an AVX512 CPU; it is
not a test. ``--step N`` checks every N-th float32 of each range (1: all of them; the default
ranges hold about 4.4 * 10^9 floats, some minutes per 10^9).

The ranges are the inputs the engine's kernels meet: log1pf on (-1, 2^29] (softplus and Mish take
it of exp(z) for z <= 20; torch.log1p of anything), expm1f on [-17, 89] (ELU, torch.expm1), tanhf
on [0, 9] (Mish, GELU; odd, saturated beyond), exp2f on [-151, 129] (torch.exp2, logaddexp2),
sinhf and coshf on [0, 90] (odd, even).
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

from autograd_tui.engine.parity import sleef32  # noqa: E402

_LOOP = r"""
#include <immintrin.h>
#include <stddef.h>
typedef __m512 (*kernel_t)(__m512);
void run(kernel_t kernel, const float *in, float *out, size_t n) {
  for (size_t i = 0; i + 16 <= n; i += 16) _mm512_storeu_ps(out + i, kernel(_mm512_loadu_ps(in + i)));
}
"""

KERNELS = {
    "log1pf": ("Sleef_log1pf16_u10avx512f", sleef32.log1pf, [(-1.0, 0.0), (0.0, 2.0 ** 29)]),
    "expm1f": ("Sleef_expm1f16_u10avx512f", sleef32.expm1f, [(-17.0, 0.0), (0.0, 89.0)]),
    "tanhf": ("Sleef_tanhf16_u10avx512f", sleef32.tanhf, [(0.0, 9.0)]),
    "sinhf": ("Sleef_sinhf16_u10avx512f", sleef32.sinhf, [(0.0, 90.0)]),
    "coshf": ("Sleef_coshf16_u10avx512f", sleef32.coshf, [(0.0, 90.0)]),
    "exp2f": ("Sleef_exp2f16_u10avx512f", sleef32.exp2f, [(-151.0, 0.0), (0.0, 129.0)]),
}
_CHUNK = 1 << 20


def _load_loop(directory: Path) -> ctypes.CDLL:
    source, library = directory / "loop.c", directory / "libsleefloop.so"
    source.write_text(_LOOP)
    subprocess.run(["cc", "-O2", "-mavx512f", "-shared", "-fPIC", str(source), "-o", str(library)], check=True)
    loop = ctypes.CDLL(str(library))
    loop.run.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t]
    return loop


def _floats_between(lo: float, hi: float, step: int):
    """Every ``step``-th float32 of [lo, hi) in chunks (by bit pattern, so every float is met)."""
    a, b = np.float32(lo), np.float32(hi)
    if a < 0:  # negative floats: bit patterns of |x| from |hi| up to |lo|
        start, stop, sign = int(np.abs(b).view(np.int32)), int(np.abs(a).view(np.int32)), np.uint32(0x80000000)
    else:
        start, stop, sign = int(a.view(np.int32)), int(b.view(np.int32)), np.uint32(0)
    for first in range(start, stop, _CHUNK * step):
        bits = np.arange(first, min(stop, first + _CHUNK * step), step, dtype=np.uint32) | sign
        yield bits.view(np.float32)


def check(name: str, loop: ctypes.CDLL, library: ctypes.CDLL, step: int) -> int:
    symbol, emulated, ranges = KERNELS[name]
    kernel = ctypes.cast(getattr(library, symbol), ctypes.c_void_p)
    bad = total = 0
    for lo, hi in ranges:
        for x in _floats_between(lo, hi, step):
            n = x.size // 16 * 16
            x = np.ascontiguousarray(x[:n])
            want = np.empty_like(x)
            loop.run(kernel, x.ctypes.data, want.ctypes.data, n)
            got = emulated(x)
            differ = (want.view(np.int32) != got.view(np.int32)) & ~(np.isnan(want) & np.isnan(got))
            for v, w, g in zip(x[differ][:3], want[differ][:3], got[differ][:3]):
                print(f"{name}({v!r}) = {w!r}, emulated {g!r}")
            bad += int(differ.sum())
            total += n
    print(f"{name}: {total} floats checked (every {step}), {bad} differ")
    return bad


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(KERNELS))
    parser.add_argument("--step", type=int, default=1)
    args = parser.parse_args()
    library = ctypes.CDLL(str(Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"))
    with tempfile.TemporaryDirectory() as directory:
        loop = _load_loop(Path(directory))
        bad = sum(check(name, loop, library, args.step) for name in args.only.split(","))
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
