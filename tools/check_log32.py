"""Check the engine's float32 log (parity/float32_math.log) against PyTorch's MKL kernel, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    PYTHONPATH=. .venv-torch/bin/python tools/check_log32.py            # everything below
    PYTHONPATH=. .venv-torch/bin/python tools/check_log32.py --quick    # skip the 2**24 sweep

1. MKL's SSE4.2 kernel ``mkl_vml_kernel_sLn_EXHAynn`` exported by libtorch_cpu.so (called through
   ctypes: count, input, output) is compared with ``torch.log`` on 10**6 random bit patterns and
   the ranges below; the bulk checks then call the kernel (~100x faster than going through torch).
2. Match rates of the engine and of the correctly rounded value (what the engine computed
   before) on 10**6 inputs per range of tools/measure_float32_math.py, and on every float32 in
   [0.5, 2) (2**24 inputs).
3. The structure: log(2**k * m) == k*head + (log(m) + k*tail) in float32 for m in [2/3, 4/3)
   and every k (head = ln 2 cut to 16 bits), so only m's reduced value needs a model.
"""
from __future__ import annotations

import argparse
import ctypes
import importlib.util
import pathlib
import time

import numpy as np
import torch

from autograd_tui.engine.parity import float32_math as fm

ROOT = pathlib.Path(__file__).resolve().parent.parent
F32 = np.float32
_POINTER = ctypes.POINTER(ctypes.c_float)


def mkl_kernel(name: str = "mkl_vml_kernel_sLn_EXHAynn"):
    library = ctypes.CDLL(str(pathlib.Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"))
    function = getattr(library, name)
    function.argtypes = [ctypes.c_int64, _POINTER, _POINTER]
    function.restype = None

    def call(x: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(x, F32)
        y = np.empty_like(x)
        function(x.size, x.ctypes.data_as(_POINTER), y.ctypes.data_as(_POINTER))
        return y
    return call


def same_bits(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))


def correctly_rounded(x: np.ndarray) -> np.ndarray:
    with np.errstate(all="ignore"):
        return np.log(x.astype(np.float64)).astype(F32)


def _ranges() -> dict[str, np.ndarray]:
    path = ROOT / "tools" / "measure_float32_math.py"
    spec = importlib.util.spec_from_file_location("measure_float32_math", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ranges("log", 10**6, seed=module.FUNCTIONS.index("log"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="skip the sweep of [0.5, 2)")
    args = parser.parse_args()
    ln = mkl_kernel()
    rng = np.random.default_rng(0)
    sample = rng.integers(0, 2**32, 10**6, dtype=np.uint64).astype(np.uint32).view(F32)
    ranges = _ranges()
    agree = all(same_bits(ln(x), torch.log(torch.from_numpy(x)).numpy()).all()
                for x in [sample, *ranges.values()])
    print(f"MKL's EX kernel == torch.log on every sampled input: {agree}")
    print(f"{'range':22} {'inputs':>9} {'engine':>10} {'corr. rounded':>14}")
    for label, x in ranges.items():
        expected = ln(x)
        rates = [same_bits(f(x), expected).mean() for f in (fm.log, correctly_rounded)]
        print(f"{label:22} {x.size:9d} " + " ".join(f"{100 * r:9.4f}%" for r in rates))
    if not args.quick:
        x = np.arange(0x3F000000, 0x40000000, dtype=np.uint32).view(F32)
        expected = ln(x)
        start = time.perf_counter()
        got = fm.log(x)
        took = time.perf_counter() - start
        print(f"every float32 in [0.5, 2) ({x.size}): engine {100 * same_bits(got, expected).mean():.4f}% "
              f"({took:.1f} s), correctly rounded {100 * same_bits(correctly_rounded(x), expected).mean():.4f}%")
    m = (rng.integers(0x3F2AAAAB, 0x3F2AAAAB + 0x800000, 10**5, dtype=np.int64).astype(np.uint32)).view(F32)
    head = F32(float.fromhex("0x1.62e4p-1"))
    tail = F32(0.6931471805599453 - float.fromhex("0x1.62e4p-1"))
    base = ln(m)
    held = []
    for k in list(range(-125, 128, 7)) + [-125, 127]:
        x = (m.astype(np.float64) * 2.0**k).astype(F32)
        ok = (x.view(np.uint32) >= 0x00800000) & np.isfinite(x)
        predicted = F32(k) * head + (base + F32(k) * tail)
        held.append(bool(same_bits(predicted[ok], ln(x[ok])).all()))
    print(f"log(2**k m) == k*head + (log(m) + k*tail) for every k tested: {all(held)}")
    for size in (10, 1000, 10**5):
        x = rng.uniform(0.01, 10, size).astype(F32)
        repeats = max(3, 200000 // size)
        best = min(_timed(fm.log, x) for _ in range(repeats))
        plain = min(_timed(np.log, x) for _ in range(repeats))
        print(f"cost, {size} elements: {best * 1e6:.1f} µs (np.log float32 {plain * 1e6:.1f} µs)")


def _timed(function, x: np.ndarray) -> float:
    start = time.perf_counter()
    function(x)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
