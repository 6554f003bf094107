"""Checks the fast float32 softmax kernels against their step-by-step forms on every input.

    python tools/check_softmax_kernels.py [--only exp|log]

``float32_math.sleef_expf_nonpositive`` against ``sleef_expf`` on every float32 in [-110, 0]
(and -inf, NaN, -0.0), its path for inputs in [-86, 0] (``_expf_ordinary``, which a block
takes only when all its inputs are there) on every float32 of that range, and
``softmax._logf_of_sums`` against ``softmax.sleef_logf`` on every float32 in [1, 2**16): the
inputs log_softmax gives them. Both step-by-step forms were measured
against PyTorch (``tools/measure_float32_order.py``). Takes a few minutes; prints each mismatch.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autograd_tui.engine.parity import float32_math, softmax  # noqa: E402

_CHUNK = 1 << 22


def _compare(name: str, inputs: np.ndarray, fast, reference) -> int:
    a, b = reference(inputs), fast(inputs)
    differ = (a.view(np.int32) != b.view(np.int32)) & ~(np.isnan(a) & np.isnan(b))
    for x, want, got in zip(inputs[differ][:5], a[differ][:5], b[differ][:5]):
        print(f"{name}({x!r}): {got!r}, step by step {want!r}")
    return int(differ.sum())


def check_exp() -> int:
    end = int(np.float32(110).view(np.int32)) + 1
    bad = 0
    for start in range(0, end, _CHUNK):
        bits = np.arange(start, min(end, start + _CHUNK), dtype=np.uint32) | np.uint32(0x80000000)
        bad += _compare("exp", bits.view(np.float32), float32_math.sleef_expf_nonpositive, float32_math.sleef_expf)
    specials = np.array([-np.inf, np.nan, -0.0, -1e30, -3.4e38], np.float32)
    bad += _compare("exp", specials, float32_math.sleef_expf_nonpositive, float32_math.sleef_expf)
    print(f"exp: {end} inputs in [-110, 0] and 5 special ones, {bad} differ")
    ordinary_end = int(np.float32(86).view(np.int32)) + 1
    ordinary_bad = 0
    for start in range(0, ordinary_end, _CHUNK):
        bits = np.arange(start, min(ordinary_end, start + _CHUNK), dtype=np.uint32) | np.uint32(0x80000000)
        ordinary_bad += _compare("exp [-86, 0]", bits.view(np.float32), float32_math._expf_ordinary,
                                 float32_math.sleef_expf)
    print(f"exp: {ordinary_end} inputs in [-86, 0] through the ordinary path, {ordinary_bad} differ")
    return bad + ordinary_bad


def check_log() -> int:
    lo, hi = (int(np.float32(v).view(np.int32)) for v in (1, 2 ** 16))
    bad = 0
    for start in range(lo, hi, _CHUNK):
        d = np.arange(start, min(hi, start + _CHUNK), dtype=np.int32).view(np.float32)
        bad += _compare("log", d, softmax._logf_of_sums, softmax.sleef_logf)
    print(f"log: {hi - lo} inputs in [1, 2**16), {bad} differ")
    return bad


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=["exp", "log"])
    args = parser.parse_args()
    t0 = time.perf_counter()
    bad = sum(check() for name, check in (("exp", check_exp), ("log", check_log))
              if args.only in (None, name))
    print(f"{time.perf_counter() - t0:.0f} s")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
