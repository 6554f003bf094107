"""Record ``torch.cholesky_solve`` and ``torch.linalg.slogdet`` from real PyTorch for
tests/test_parity_lapack_potrs.py, and measure how often ``parity/lapack_potrs.py`` and
``parity/lu_det.slogdet_parts`` give PyTorch's bits (and how often the engine's previous paths
did: numpy's solves on the factor, numpy's ``slogdet``).

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_lapack_potrs.py            # match rates, n = 1 to 16
    .venv-torch/bin/python tools/record_lapack_potrs.py --record   # write tests/data/lapack_potrs_cases.json

cholesky_solve: the factor of ``X X^T / n + 0.1 I`` (X of n x (n + 2), ``torch.randn``), lower and
upper, with 1, 2, 3 or 5 right-hand columns. slogdet: a ``torch.randn`` matrix (every other one
symmetric positive-definite as above). A case counts when every element is identical.
"""
from __future__ import annotations

import pathlib
import sys
from typing import Any

import numpy as np
import torch
from _recording import hex_floats, main as run, write_cases

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import autograd_tui.engine as engine  # noqa: E402
from autograd_tui.engine.parity import lapack_potrs  # noqa: E402

OUT = ROOT / "tests" / "data" / "lapack_potrs_cases.json"
DTYPES = (torch.float64, torch.float32)
COLUMNS = (1, 2, 3, 5)


def _generator(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def positive_definite(n: int, dtype, seed: int, batch: tuple = ()) -> torch.Tensor:
    x = torch.randn(*batch, n, n + 2, dtype=dtype, generator=_generator(seed))
    return x @ x.mT / n + 0.1 * torch.eye(n, dtype=dtype)


def solve_inputs(n: int, k: int, dtype, seed: int, upper: bool, batch: tuple = ()) -> tuple:
    factor = torch.linalg.cholesky(positive_definite(n, dtype, seed, batch), upper=upper)
    b = torch.randn(*batch, n, k, dtype=dtype, generator=_generator(seed + 7))
    return factor, b


def determinant_input(n: int, dtype, seed: int, batch: tuple = ()) -> torch.Tensor:
    if seed % 2:
        return positive_definite(n, dtype, seed, batch)
    return torch.randn(*batch, n, n, dtype=dtype, generator=_generator(seed))


def _numpy_solve(b: np.ndarray, factor: np.ndarray, upper: bool) -> np.ndarray:
    lower = np.swapaxes(np.triu(factor), -1, -2) if upper else np.tril(factor)
    return np.linalg.solve(np.swapaxes(lower, -1, -2), np.linalg.solve(lower, b))


def solve_case(factor: torch.Tensor, b: torch.Tensor, upper: bool) -> dict:
    expected = torch.cholesky_solve(b, factor, upper=upper).numpy()
    before = _numpy_solve(b.numpy(), factor.numpy(), upper)
    emulated = lapack_potrs.cholesky_solve(b.numpy(), factor.numpy(), upper)
    engine_result = before if emulated is None else emulated  # the engine keeps numpy's beyond the rules
    return {"expected": expected, "exact": np.array_equal(engine_result, expected),
            "before": np.array_equal(before, expected)}


def slogdet_case(a: torch.Tensor) -> dict:
    sign, logabsdet = torch.linalg.slogdet(a)
    mine_sign, mine_log = engine.linalg.slogdet(engine.from_numpy(a.numpy().copy()))
    exact = np.array_equal(mine_log.numpy(), logabsdet.numpy()) and np.array_equal(mine_sign.numpy(), sign.numpy())
    old_sign, old_log = np.linalg.slogdet(a.numpy())
    return {"sign": sign.numpy(), "logabsdet": logabsdet.numpy(), "exact": bool(exact),
            "before": np.array_equal(old_log.astype(a.numpy().dtype), logabsdet.numpy())}


def _size_class(n: int) -> str:
    return "1-2" if n <= 2 else "3-5" if n <= 5 else "6-8" if n <= 8 else "9-11" if n <= 11 else "12-16"


def measure(largest: int, per_size: int) -> None:
    for dtype in DTYPES:
        name = str(dtype).removeprefix("torch.")
        counts: dict = {}
        for n in range(1, largest + 1):
            for trial in range(per_size):
                seed = 1000 * n + trial
                for upper in (False, True):
                    for k in COLUMNS:
                        factor, b = solve_inputs(n, k, dtype, seed, upper)
                        case = solve_case(factor, b, upper)
                        key = ("cholesky_solve", "U" if upper else "L", "k=1" if k == 1 else "k>1", _size_class(n))
                        row = counts.setdefault(key, [0, 0, 0])
                        row[0] += case["exact"]
                        row[1] += case["before"]
                        row[2] += 1
                case = slogdet_case(determinant_input(n, dtype, seed))
                row = counts.setdefault(("slogdet", "", "", _size_class(n)), [0, 0, 0])
                row[0] += case["exact"]
                row[1] += case["before"]
                row[2] += 1
        print(f"{name}: identical results (engine now / before / cases)")
        for key in sorted(counts, key=lambda k: (k[0], k[1], k[2], int(k[3].split("-")[0]))):
            now, before, total = counts[key]
            print(f"  {key[0]:14s} {key[1]:1s} {key[2]:3s} n {key[3]:5s} {now:4d} / {before:4d} / {total}")


def record() -> None:
    out: list[dict[str, Any]] = []
    for dtype in DTYPES:
        name = str(dtype).removeprefix("torch.")
        for n in (1, 2, 3, 4, 5, 6, 8, 9, 11, 13):
            for trial, batch in ((0, ()), (1, ()), (2, (3,))):
                seed = 1000 * n + trial
                for upper in (False, True):
                    for k in (1, 3):
                        factor, b = solve_inputs(n, k, dtype, seed, upper, batch)
                        case = solve_case(factor, b, upper)
                        out.append({"op": "cholesky_solve", "dtype": name, "shape": list(factor.shape),
                                    "rhs_shape": list(b.shape), "upper": upper, "input": hex_floats(factor.numpy()),
                                    "rhs": hex_floats(b.numpy()), "expected": hex_floats(case["expected"]),
                                    "exact": bool(case["exact"])})
                a = determinant_input(n, dtype, seed, batch)
                case = slogdet_case(a)
                out.append({"op": "slogdet", "dtype": name, "shape": list(a.shape), "input": hex_floats(a.numpy()),
                            "sign": hex_floats(case["sign"]), "expected": hex_floats(case["logabsdet"]),
                            "exact": case["exact"]})
    write_cases(OUT, out)
    print(f"wrote {len(out)} cases to {OUT} ({sum(c['exact'] for c in out)} identical when recorded)")


def main() -> None:
    run(__doc__, OUT, record, measure, {"largest": 16, "per-size": 20}, one_thread=False)


if __name__ == "__main__":
    main()
