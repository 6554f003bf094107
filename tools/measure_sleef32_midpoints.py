"""How far from a float32 midpoint SLEEF's float32 kernels ever disagree with correct rounding,
on the domain of ``sleef32``'s fast paths.

    .venv-torch/bin/python tools/measure_sleef32_midpoints.py [--only expm1f,...] [--step N] [--engine]

``sleef32`` returns numpy's float64 value of the function rounded to float32 wherever that value
lies farther than a margin from every float32 midpoint, and runs its step-by-step emulation of
SLEEF elsewhere (``sleef32.FAST_PATHS``). That is right only if SLEEF's result equals the rounded
float64 value wherever the latter is that far from a midpoint. This tool checks it on every
``step``-th float32 of each fast path's domain (1: every one; the negative half of an odd or even
kernel, which SLEEF computes from |x|, every 7th), calling the functions exported by PyTorch's
library (``tools/check_sleef32.py``'s C loop): among the inputs where SLEEF's result is not the
rounded float64 value, the largest distance of that value from a midpoint (float32 ulps; 0 on a
midpoint, 0.5 on a float32) must stay well below the margin (``margin``, or ``scaled / |x|``
where more). numpy's float64 functions are
within a few float64 ulps (~2^-27 float32 ulps) of the exact value. Also printed: the share of
inputs the margin sends to the emulation, and (``--engine``) how many results of the engine's
kernel differ from SLEEF's (must be 0). Needs PyTorch, a C compiler and an AVX512 CPU; not a test.
``--mkl-tanh`` checks ``float32_math.tanh``'s fast path the same way against MKL's fitted pieces.
"""
from __future__ import annotations

import argparse
import ctypes
import sys
import tempfile
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from check_sleef32 import KERNELS, _floats_between, _load_loop  # noqa: E402

from autograd_tui.engine.parity import float32_math, midpoints, sleef32  # noqa: E402


def _ranges(path: sleef32.FastPath, step: int) -> list[tuple[float, float, int]]:
    above = float(np.nextafter(np.float32(path.high), np.float32(np.inf)))
    if path.odd_or_even:
        return [(path.tiny, above, step), (-above, -path.tiny, 7 * step)]
    return [(path.low, -path.tiny, step), (path.tiny, above, step)]


def measure(name: str, loop: ctypes.CDLL, library: ctypes.CDLL, step: int, engine: bool) -> bool:
    symbol = KERNELS[name][0]
    path = sleef32.FAST_PATHS[name]
    kernel = ctypes.cast(getattr(library, symbol), ctypes.c_void_p)
    total = differ = within = engine_wrong = 0
    worst, worst_x, safety, safety_x = 0.0, None, np.inf, None
    for lo, hi, every in _ranges(path, step):
        for x in _floats_between(lo, hi, every):
            n = x.size // 16 * 16
            x = np.ascontiguousarray(x[:n])
            want = np.empty_like(x)
            loop.run(kernel, x.ctypes.data, want.ctypes.data, n)
            with np.errstate(all="ignore"):
                exact = path.value(x)
                rounded = exact.astype(np.float32)
            distance, ordinary = midpoints.distance(exact)
            ordinary &= sleef32.in_fast_domain(path, x)
            wrong = ordinary & (want.view(np.int32) != rounded.view(np.int32))
            total += int(np.count_nonzero(ordinary))
            differ += int(np.count_nonzero(wrong))
            with np.errstate(divide="ignore"):
                allowed = np.maximum(path.margin, path.scaled / np.abs(x.astype(np.float64)))
            within += int(np.count_nonzero(ordinary & (distance <= allowed)))
            if wrong.any():
                i = int(np.argmax(np.where(wrong, distance, -1.0)))
                if distance[i] > worst:
                    worst, worst_x = float(distance[i]), x[i]
                ratio = np.where(wrong, allowed / np.maximum(distance, 1e-300), np.inf)
                i = int(np.argmin(ratio))
                if ratio[i] < safety:
                    safety, safety_x = float(ratio[i]), x[i]
            if engine:
                got = getattr(sleef32, name)(x)
                engine_wrong += int(np.count_nonzero((got.view(np.int32) != want.view(np.int32))
                                                     & ~(np.isnan(got) & np.isnan(want))))
    print(f"{name}: {total} floats of the domain (every {step}); {differ} ({differ / max(total, 1):.3%}) "
          f"not the rounded float64 value, the farthest {worst:.3e} ulp from a midpoint "
          f"(2^{np.log2(worst) if worst else float('-inf'):.2f}, at {worst_x!r}); margin {path.margin:.3e}"
          f"{f' or {path.scaled:.3e} / |x|' if path.scaled else ''}, at least {safety:.1f}x the distance "
          f"there (at {safety_x!r}), sending {within / max(total, 1):.2%} "
          f"to the emulation; engine differs on {engine_wrong if engine else '(not run)'}", flush=True)
    return safety > 1 and engine_wrong == 0


def measure_mkl_tanh(step: int) -> bool:
    """``float32_math.tanh``'s fast path: MKL's piece values (the emulation, checked against PyTorch
    on every float32 by ``tools/check_float32_tanh.py``) against numpy's float64 tanh on every
    ``step``-th float32 of the domain; the largest difference must stay well below the margin."""
    low, high = float32_math._TANH_FAST_LOW, float32_math._TANH_FAST_HIGH
    worst, worst_x, total, engine_wrong = 0.0, None, 0, 0
    for x in _floats_between(float(low), float(high), step):
        magnitude = x.view(np.uint32)
        piece = float32_math.tanh_polynomial_value(magnitude, magnitude - float32_math._TANH_LOW_BITS)
        exact = np.tanh(x.astype(np.float64))
        ulp = np.spacing(exact.astype(np.float32)).astype(np.float64)
        gap = np.abs(piece - exact) / ulp
        i = int(np.argmax(gap))
        if gap[i] > worst:
            worst, worst_x = float(gap[i]), x[i]
        total += x.size
        for signed in (x, -x):
            engine_wrong += int(np.count_nonzero(float32_math.tanh(signed).view(np.int32)
                                                 != float32_math._tanh_mkl(signed).view(np.int32)))
    margin = float32_math.TANH_FAST_MARGIN
    print(f"MKL tanh: {total} floats of [{low}, {high}) (every {step}); MKL's pieces at most {worst:.3e} ulp "
          f"from numpy's float64 tanh (at {worst_x!r}); margin {margin:.3e} ({margin / worst:.1f}x); "
          f"the engine's tanh differs from the pieces on {engine_wrong} (both signs)", flush=True)
    return worst < margin and engine_wrong == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default=",".join(sleef32.FAST_PATHS))
    parser.add_argument("--step", type=int, default=1)
    parser.add_argument("--engine", action="store_true", help="also compare the engine's kernel")
    parser.add_argument("--mkl-tanh", action="store_true", help="float32_math.tanh's fast path instead")
    args = parser.parse_args()
    if args.mkl_tanh:
        return 0 if measure_mkl_tanh(args.step) else 1
    library = ctypes.CDLL(str(Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"))
    with tempfile.TemporaryDirectory() as directory:
        loop = _load_loop(Path(directory))
        ok = all([measure(name, loop, library, args.step, args.engine) for name in args.only.split(",")])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
