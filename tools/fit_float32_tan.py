"""Fit, check and record float32 ``tan`` as PyTorch computes it (MKL's ``vsTan``).

    python tools/fit_float32_tan.py --fit      # refit ρ and write it into parity/mkl_tan.py
    python tools/fit_float32_tan.py --check    # match rates of the engine, per input range
    python tools/fit_float32_tan.py --record   # tests/data/float32_tan_cases.json (and float64 cases)

Needs a Python with PyTorch (and SciPy's linear programming solver for ``--fit``); neither is a
dependency of the project. What the model relies on was measured with the same outputs (see the
docstring of ``autograd_tui/engine/parity/mkl_tan.py``): each output pins MKL's float64 value
to its rounding interval, hence ρ(r) = (value / tan(x) - 1) / 2^-24 to an interval; only inputs
whose exact tan lies near a float32 midpoint constrain it. The linear program maximises the
smallest distance to the interval ends over a random sample, then adds every input of a larger
pool the candidate gets wrong, until it gets none wrong.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import re
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from autograd_tui.engine.parity import mkl_tan  # noqa: E402  (after the path is set)

MODULE = ROOT / "autograd_tui" / "engine" / "parity" / "mkl_tan.py"
DATA = ROOT / "tests" / "data" / "float32_tan_cases.json"
DEGREE = 8


def torch_tan(x: np.ndarray) -> np.ndarray:
    return torch.tan(torch.from_numpy(np.ascontiguousarray(x, np.float32))).numpy()


def same(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a.view(np.uint32) == b.view(np.uint32)) | (np.isnan(a) & np.isnan(b))


def constraints(x: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """For each input: the interval ρ must lie in (units of 2^-24) for PyTorch's output, and r²."""
    y = torch_tan(x)
    exact = np.tan(x.astype(np.float64))
    low = (y.astype(np.float64) + np.nextafter(y, np.float32(-np.inf))) / 2
    high = (y.astype(np.float64) + np.nextafter(y, np.float32(np.inf))) / 2
    square, sign = mkl_tan.reduced_square(exact)
    a = (low / exact - 1) / (sign * mkl_tan.EPSILON)
    b = (high / exact - 1) / (sign * mkl_tan.EPSILON)
    return np.minimum(a, b), np.maximum(a, b), square, y


def fit() -> np.ndarray:
    from scipy.optimize import linprog
    rng = np.random.default_rng(7)
    pool = np.concatenate([rng.uniform(-1.5707, 1.5707, 3_000_000), rng.uniform(-2 ** -4, 2 ** -4, 300_000),
                           rng.uniform(-30, 30, 500_000)]).astype(np.float32)
    low, high, square, y = constraints(pool)
    u = 2 * square / mkl_tan.REDUCED_SQUARE_MAX - 1
    chosen = rng.choice(pool.size, 20_000, replace=False)
    for step in range(20):
        basis = np.polynomial.chebyshev.chebvander(u[chosen], DEGREE)
        ones = np.ones((chosen.size, 1))
        matrix = np.vstack([np.hstack([-basis, ones]), np.hstack([basis, ones])])
        bound = np.concatenate([-low[chosen], high[chosen]])
        solution = linprog(np.r_[np.zeros(DEGREE + 1), -1.0], A_ub=matrix, b_ub=bound,
                           bounds=[(None, None)] * (DEGREE + 1) + [(None, 1)], method="highs")
        coefficients = solution.x[:DEGREE + 1]
        got = mkl_tan.tan_value(pool, coefficients).astype(np.float32)
        wrong = np.flatnonzero(~same(got, y))
        print(f"step {step}: margin {solution.x[-1]:.2e}, {wrong.size} of {pool.size} wrong")
        if not wrong.size:
            return coefficients
        chosen = np.union1d(chosen, wrong if wrong.size <= 20_000 else rng.choice(wrong, 20_000, replace=False))
    raise SystemExit("no polynomial of this degree reproduces every input of the pool")


def write(coefficients: np.ndarray) -> None:
    numbers = [f"{c:.17e}" for c in coefficients]
    rows = ",\n".join("    " + ", ".join(numbers[i:i + 3]) for i in range(0, len(numbers), 3))
    text = MODULE.read_text("utf-8")
    text = re.sub(r"COEFFICIENTS = np\.array\(\[\n.*?\]\)", f"COEFFICIENTS = np.array([\n{rows}])", text,
                  flags=re.S)
    MODULE.write_text(text, "utf-8")


def ranges(rng: np.random.Generator) -> dict[str, np.ndarray]:
    bits = rng.integers(0, 2 ** 32, 1_000_000, dtype=np.uint64).astype(np.uint32).view(np.float32)
    return {"uniform [-1.5, 1.5]": rng.uniform(-1.5, 1.5, 10 ** 6), "normal": rng.standard_normal(10 ** 6),
            "uniform [-100, 100]": rng.uniform(-100, 100, 10 ** 6), "|x| < 1e-3": rng.uniform(-1e-3, 1e-3, 10 ** 6),
            "uniform [-1e4, 1e4]": rng.uniform(-1e4, 1e4, 10 ** 6),
            "uniform [-1e6, 1e6]": rng.uniform(-1e6, 1e6, 10 ** 6), "random bit patterns": bits}


def check() -> None:
    rng = np.random.default_rng(11)
    print(f"{'inputs':22} {'engine':>10} {'correctly rounded':>18}")
    for name, x in ranges(rng).items():
        x = x.astype(np.float32)
        y = torch_tan(x)
        with np.errstate(invalid="ignore"):
            rounded = np.tan(x.astype(np.float64)).astype(np.float32)
        print(f"{name:22} {100 * same(mkl_tan.tan(x), y).mean():9.4f}% {100 * same(rounded, y).mean():17.4f}%")


def record() -> None:
    """Hard cases (the correctly rounded tan is not PyTorch's) and a few of every range."""
    rng = np.random.default_rng(13)
    parts = []
    for x in ranges(rng).values():
        x = x.astype(np.float32)
        with np.errstate(invalid="ignore"):
            hard = x[~same(np.tan(x.astype(np.float64)).astype(np.float32), torch_tan(x))]
        hard = hard[np.abs(hard) <= mkl_tan.LARGE]  # beyond it the engine rounds correctly
        parts += [hard[:600], x[:150]]
    edges = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 1e-45, -1e-45, 1.1754944e-38, 10000.0, -10000.0,
                      10000.001, np.pi / 4, np.pi / 2, 3.4028235e38], np.float32)
    x = np.concatenate(parts + [edges]).astype(np.float32)
    entry = {"inputs": x.astype("<f4").tobytes().hex(), "outputs": torch_tan(x).astype("<f4").tobytes().hex()}
    # float64: inputs where numpy's tan is not PyTorch's (hard cases), and a random sample
    wide = rng.uniform(-10, 10, 10 ** 6)
    expected = torch.tan(torch.from_numpy(wide)).numpy()
    hard = wide[np.tan(wide) != expected][:600]
    entry64 = {"hard": hard.astype("<f8").tobytes().hex(),
               "hard_outputs": torch.tan(torch.from_numpy(hard)).numpy().astype("<f8").tobytes().hex(),
               "sample": wide[:1000].astype("<f8").tobytes().hex(),
               "sample_outputs": expected[:1000].astype("<f8").tobytes().hex()}
    DATA.write_text(json.dumps({"torch": torch.__version__, "tan": entry, "tan float64": entry64}, indent=1) + "\n",
                    "utf-8")
    print(f"{x.size} float32 and {hard.size + 1000} float64 cases written to {DATA.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fit", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    if args.fit:
        write(fit())
    if args.check:
        check()
    if args.record:
        record()


if __name__ == "__main__":
    main()
