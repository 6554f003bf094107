"""float64 ``torch.sqrt``: how often ``parity/mkl_sqrt64.py`` gives PyTorch's (MKL's) bits.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/check_sqrt64.py              # match rates, 10^6 inputs per range
    .venv-torch/bin/python tools/check_sqrt64.py --ops        # which torch calls reach MKL's sqrt
    .venv-torch/bin/python tools/check_sqrt64.py --record     # write the test cases

Match rates: per input range, the share of inputs where ``mkl_sqrt64.sqrt`` and numpy's
(correctly rounded) ``sqrt`` give exactly what ``torch.sqrt`` gives, and where MKL's SSE4.2
kernel exported by ``libtorch_cpu.so`` (``mkl_vml_kernel_dSqrt_EXHAynn``, called through
``ctypes``) does (it must be 100%: that it is the kernel PyTorch runs here). "near midpoints":
inputs whose root lies within 0.03 ulp of a midpoint between doubles, where MKL's rounding
errors are.

--record writes tests/data/sqrt64_cases.json: inputs from a formula (``case_inputs``) and
PyTorch's outputs as hex strings, for tests/test_parity_sqrt64.py.
"""
from __future__ import annotations

import argparse
import ctypes
import json
import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "sqrt64_cases.json"
sys.path.insert(0, str(ROOT))

from autograd_tui.engine.parity import mkl_sqrt64  # noqa: E402 - after the path


def same_bits(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.view(np.int64) == b.view(np.int64)) | (np.isnan(a) & np.isnan(b))


def sse42_kernel(x: np.ndarray) -> np.ndarray:
    library = ctypes.CDLL(str(pathlib.Path(torch.__file__).parent / "lib" / "libtorch_cpu.so"))
    function = library.mkl_vml_kernel_dSqrt_EXHAynn
    pointer = ctypes.POINTER(ctypes.c_double)
    function.argtypes = [ctypes.c_int64, pointer, pointer]
    function.restype = None
    x = np.ascontiguousarray(x, np.float64)
    y = np.empty_like(x)
    function(x.size, x.ctypes.data_as(pointer), y.ctypes.data_as(pointer))
    return y


def near_midpoints(rng: np.random.Generator, count: int) -> np.ndarray:
    """x = the double nearest (s + ulp/2)^2 (and its neighbours) for random s: roots within a
    small fraction of an ulp of a midpoint, in [1, 4) and scaled over exponents."""
    s = rng.uniform(1.0, 2.0, count)
    x = s * s + s * np.spacing(s) + np.spacing(s * s) * rng.integers(-2, 3, count)
    return x * np.exp2(2.0 * rng.integers(-300, 300, count))


def case_inputs(seed: int, count: int) -> np.ndarray:
    """Recorded inputs: half random bit patterns of positive doubles, half near midpoints."""
    rng = np.random.default_rng(seed)
    bits = rng.integers(0, (0x7FF << 52) - 1, count // 2, dtype=np.int64)
    return np.concatenate([bits.view(np.float64), near_midpoints(rng, count - count // 2)])


def ranges(rng: np.random.Generator, n: int) -> dict:
    return {
        "uniform [0, 100]": rng.uniform(0.0, 100.0, n),
        "|standard normal|": np.abs(rng.standard_normal(n)),
        "variances + eps, [1e-5, 10]": rng.uniform(1e-5, 10.0, n),
        "log-uniform 2^-1022..2^1023": np.exp2(rng.uniform(-1022.0, 1023.0, n)),
        "random bit patterns (positive)": rng.integers(0, (0x7FF << 52) - 1, n, dtype=np.int64).view(np.float64),
        "subnormals": rng.integers(1, 1 << 52, n, dtype=np.int64).view(np.float64),
        "near midpoints": near_midpoints(rng, n),
    }


def rates(n: int) -> None:
    rng = np.random.default_rng(2026)
    print(f"{'range':32} {'engine':>10} {'numpy':>9} {'SSE4.2 kernel':>14}")
    for name, x in ranges(rng, n).items():
        expected = torch.sqrt(torch.from_numpy(x)).numpy()
        engine = mkl_sqrt64.sqrt(x)
        shares = [100 * same_bits(got, expected).mean() for got in (engine, np.sqrt(x), sse42_kernel(x))]
        differ = int((~same_bits(engine, expected)).sum())
        print(f"{name:32} {shares[0]:9.4f}% {shares[1]:8.4f}% {shares[2]:13.4f}%   ({differ} differ)")


def ops() -> None:
    """Which calls give MKL's bits (1.0 in the first column) or IEEE's (1.0 in the second)."""
    rng = np.random.default_rng(5)
    x = rng.uniform(0.0, 100.0, 200_000)
    t = torch.from_numpy(x)
    mkl, ieee = sse42_kernel(x), np.sqrt(x)

    def show(name: str, got: np.ndarray, mkl: np.ndarray = mkl, ieee: np.ndarray = ieee) -> None:
        print(f"{name:32} MKL {same_bits(got, mkl).mean():.5f}  IEEE {same_bits(got, ieee).mean():.5f}")
    show("torch.sqrt", torch.sqrt(t).numpy())
    show("Tensor.sqrt_", t.clone().sqrt_().numpy())
    show("x ** 0.5", (t ** 0.5).numpy())
    show("torch.pow(x, 0.5)", torch.pow(t, 0.5).numpy())
    show("a strided view", t[::3].sqrt().numpy(), mkl[::3], ieee[::3])
    show("0-dim tensors", np.array([t[i].sqrt().item() for i in range(3000)]), mkl[:3000], ieee[:3000])
    show("1 / torch.rsqrt", 1.0 / torch.rsqrt(t).numpy(), 1.0 / (1.0 / mkl), 1.0 / (1.0 / ieee))
    rows = torch.from_numpy(rng.standard_normal((50_000, 7)))
    variance = rows.var(dim=1).numpy()
    show("std(dim=1) against var", rows.std(dim=1).numpy(), sse42_kernel(variance), np.sqrt(variance))


def record(count: int) -> None:
    x = case_inputs(14, count)
    expected = torch.sqrt(torch.from_numpy(x)).numpy()
    cases = {"seed": 14, "count": count, "expected": [float(v).hex() for v in expected]}
    OUT.write_text(json.dumps(cases, indent=0) + "\n", "utf-8")
    print(f"wrote {count} inputs to {OUT.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10**6)
    parser.add_argument("--ops", action="store_true")
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    if args.record:
        record(6000)
    elif args.ops:
        ops()
    else:
        rates(args.n)


if __name__ == "__main__":
    main()
