"""Record ``torch.linalg.cholesky_ex``, ``inv_ex`` and ``solve_ex`` from real PyTorch, on matrices
LAPACK factors and on matrices it cannot, for tests/test_parity_lapack_potrf.py, and measure how
often ``parity/lapack_potrf.py`` and ``parity/lu_solve.solve_with_info`` give PyTorch's bits (and
how often the engine's previous paths did: numpy's Cholesky, and an error for every matrix
LAPACK could not factor).

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_lapack_potrf.py            # match rates, n = 1 to 16
    .venv-torch/bin/python tools/record_lapack_potrf.py --record   # write tests/data/lapack_potrf_cases.json

Cholesky cases: ``X X^T / n`` of a ``torch.randn`` X (n x (n + 2)), every other one minus a
random multiple of the identity (about half of those are not positive-definite), lower and
upper, single and batches of three. Singular cases: small-integer matrices of rank below n (an
exact zero pivot), a zero column, two equal rows, and random ones. A case counts when the
factor (or solution) and ``info`` are identical in every element, signs of zeros included.
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch
from _recording import hex_floats, main as run, write_cases

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from autograd_tui.engine.parity import lapack_potrf, lu_solve  # noqa: E402

OUT = ROOT / "tests" / "data" / "lapack_potrf_cases.json"
RECORDED_SIZES = (1, 2, 3, 4, 5, 6, 8, 12)
DTYPES = (torch.float64, torch.float32)


def _generator(seed: int) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def cholesky_inputs(n: int, dtype, seed: int, batch: tuple = ()) -> torch.Tensor:
    g = _generator(seed)
    x = torch.randn(*batch, n, n + 2, dtype=dtype, generator=g)
    a = x @ x.mT / n
    if seed % 2:
        shift = torch.rand(*batch, 1, 1, dtype=dtype, generator=g) * 2
        a = a - shift * torch.eye(n, dtype=dtype)
    return a


def singular_inputs(n: int, dtype, seed: int, batch: tuple = ()) -> torch.Tensor:
    g = _generator(seed)
    kind = seed % 4
    if kind == 0:  # rank below n from small integers: exact arithmetic meets an exact zero
        rank = max(n - 1 - seed % 3, 0)
        u = torch.randint(-3, 4, (*batch, n, rank), generator=g).to(dtype)
        v = torch.randint(-3, 4, (*batch, rank, n), generator=g).to(dtype)
        return u @ v
    a = torch.randint(-4, 5, (*batch, n, n), generator=g).to(dtype)
    if kind == 1 and n > 1:
        a[..., :, seed % n] = 0
    elif kind == 2 and n > 1:
        a[..., (seed + 1) % n, :] = a[..., seed % n, :]
    elif kind == 3:
        a = torch.randn(*batch, n, n, dtype=dtype, generator=g)
    return a


def _same(x: np.ndarray | None, y: np.ndarray) -> bool:
    if x is None or x.shape != y.shape:
        return False
    numbers = ~np.isnan(y)  # a NaN's sign bit never prints
    return bool(np.array_equal(x, y, equal_nan=True) and np.array_equal(np.signbit(x[numbers]), np.signbit(y[numbers])))


def _numpy_cholesky(a: np.ndarray, upper: bool) -> np.ndarray | None:
    """The engine's previous path: numpy's Cholesky (an error, here None, where it fails)."""
    try:
        factor = np.linalg.cholesky(np.tril(a) + np.swapaxes(np.tril(a, -1), -1, -2))
    except np.linalg.LinAlgError:
        return None
    return np.swapaxes(factor, -1, -2) if upper else factor


def cholesky_case(a: torch.Tensor, upper: bool) -> dict:
    factor, info = torch.linalg.cholesky_ex(a, upper=upper)
    x = a.numpy()
    before = _numpy_cholesky(x if not upper else np.swapaxes(x, -1, -2), upper)
    # the engine's choice: MKL's steps up to EXACT_UP_TO rows or where numpy's Cholesky fails
    if x.shape[-1] <= lapack_potrf.EXACT_UP_TO or before is None:
        emulated = lapack_potrf.potrf(x, upper)
    else:
        emulated = before, np.zeros(x.shape[:-2], np.int32)
    return {"factor": factor.numpy(), "info": info.numpy(),
            "exact": emulated is not None and _same(emulated[0], factor.numpy())
            and np.array_equal(emulated[1], info.numpy()),
            "before": bool(info.numpy().max() == 0) and _same(before, factor.numpy())}


def solve_case(a: torch.Tensor, b: torch.Tensor | None) -> dict:
    x = a.numpy()
    if b is None:
        result, info = torch.linalg.inv_ex(a)
        rhs = np.broadcast_to(np.eye(x.shape[-1], dtype=x.dtype), x.shape)
    else:
        result, info = torch.linalg.solve_ex(a, b)
        rhs = b.numpy()
    emulated = lu_solve.solve_with_info(x, rhs)
    before = lu_solve.solve(x, rhs) if info.numpy().max() == 0 else None
    return {"result": result.numpy(), "info": info.numpy(),
            "exact": emulated is not None and _same(emulated[0], result.numpy())
            and np.array_equal(emulated[1], info.numpy()),
            "before": _same(before, result.numpy())}


def _size_class(n: int) -> str:
    return "1-2" if n <= 2 else "3-5" if n <= 5 else "6-8" if n <= 8 else "9-16"


def measure(largest: int, per_size: int) -> None:
    for dtype in DTYPES:
        name = str(dtype).removeprefix("torch.")
        counts: dict = {}
        for n in range(1, largest + 1):
            for trial in range(per_size):
                seed = 1000 * n + trial
                for upper in (False, True):
                    case = cholesky_case(cholesky_inputs(n, dtype, seed), upper)
                    failing = bool(case["info"].max() > 0)
                    key = ("cholesky_ex", _size_class(n), "not PD" if failing else "PD")
                    row = counts.setdefault(key, [0, 0, 0])
                    row[0] += case["exact"]
                    row[1] += case["before"]
                    row[2] += 1
                if n <= lu_solve.LARGEST:
                    a = singular_inputs(n, dtype, seed)
                    for label, b in (("inv_ex", None), ("solve_ex", torch.ones(n, 1, dtype=dtype))):
                        if label == "inv_ex" and n > 8:
                            continue
                        case = solve_case(a, b)
                        failing = bool(case["info"].max() > 0)
                        key = (label, _size_class(n), "singular" if failing else "regular")
                        row = counts.setdefault(key, [0, 0, 0])
                        row[0] += case["exact"]
                        row[1] += case["before"]
                        row[2] += 1
        print(f"{name}: identical results (engine now / before / cases)")
        for key in sorted(counts):
            now, before, total = counts[key]
            print(f"  {key[0]:12s} n {key[1]:5s} {key[2]:9s} {now:4d} / {before:4d} / {total}")


def record() -> None:
    out = []
    for dtype in DTYPES:
        name = str(dtype).removeprefix("torch.")
        for n in RECORDED_SIZES:
            for trial, batch in ((0, ()), (1, ()), (3, ()), (5, (3,))):
                a = cholesky_inputs(n, dtype, 1000 * n + trial, batch)
                for upper in (False, True):
                    case = cholesky_case(a, upper)
                    out.append({"op": "cholesky_ex", "dtype": name, "shape": list(a.shape), "upper": upper,
                                "input": hex_floats(a.numpy()), "expected": hex_floats(case["factor"]),
                                "info": case["info"].ravel().tolist(), "exact": bool(case["exact"])})
                if n <= 8:
                    s = singular_inputs(n, dtype, 1000 * n + trial, batch)
                    b = torch.arange(1, n + 1, dtype=dtype).reshape(n, 1).expand(*batch, n, 1).contiguous()
                    for op, rhs in (("inv_ex", None), ("solve_ex", b)):
                        case = solve_case(s, rhs)
                        entry = {"op": op, "dtype": name, "shape": list(s.shape), "input": hex_floats(s.numpy()),
                                 "expected": hex_floats(case["result"]), "info": case["info"].ravel().tolist(),
                                 "exact": bool(case["exact"])}
                        if rhs is not None:
                            entry["rhs"] = hex_floats(rhs.numpy())
                        out.append(entry)
    write_cases(OUT, out)
    exact = sum(c["exact"] for c in out)
    failing = sum(max(c["info"]) > 0 for c in out)
    print(f"wrote {len(out)} cases to {OUT} ({failing} with info > 0; {exact} identical when recorded)")


def main() -> None:
    run(__doc__, OUT, record, measure, {"largest": 16, "per-size": 20})


if __name__ == "__main__":
    main()
