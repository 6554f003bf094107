"""``addmm``/``addmv``/``baddbmm`` with ``alpha``/``beta`` other than 1: how often the engine gives PyTorch's bits.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_scaled_products.py [--cases 400]
    .venv-torch/bin/python tools/measure_scaled_products.py --record   # write the test cases

Random standard-normal operands of learner sizes (each dimension 1..13; batches of 1..4), the
second factor as stored or as a transposed view (nn.Linear's ``weight.t()``), float32 and
float64, on PyTorch's default thread count; alpha/beta pairs from ``PAIRS``. Prints the share of
cases whose every element is identical, per op, dtype and layout, for the engine and for the
plain formula ``beta * input + alpha * (a @ b)`` in numpy (the engine before).

--record writes tests/data/scaled_products_cases.json: operands from a formula (``case_inputs``)
for the cases ``cases()`` lists, PyTorch's outputs as hex strings, on its default thread count
and on one thread, for tests/test_parity_scaled_products.py to replay through the engine.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "scaled_products_cases.json"
PAIRS = ((0.5, 2.0), (0.3, 0.7), (1.0, 0.7), (0.3, 1.0), (-1.5, 0.25), (2.0, 0.0))  # (alpha, beta)


def operands(rng: np.random.Generator, op: str, dtype: type, transposed: bool) -> tuple:
    m, k, n = (int(v) for v in rng.integers(1, 14, 3))
    batch = int(rng.integers(1, 5))
    if op == "addmv":
        mat = rng.standard_normal((k, m)).T if transposed else rng.standard_normal((m, k))
        return rng.standard_normal(m).astype(dtype), mat.astype(dtype), rng.standard_normal(k).astype(dtype)
    if op == "baddbmm":
        second = (rng.standard_normal((batch, n, k)).transpose(0, 2, 1) if transposed
                  else rng.standard_normal((batch, k, n)))
        return (rng.standard_normal((batch, m, n)).astype(dtype), rng.standard_normal((batch, m, k)).astype(dtype),
                second.astype(dtype))
    second = rng.standard_normal((n, k)).T if transposed else rng.standard_normal((k, n))
    return rng.standard_normal((m, n)).astype(dtype), rng.standard_normal((m, k)).astype(dtype), second.astype(dtype)


def run(lib, op: str, arrays: tuple, alpha: float, beta: float) -> np.ndarray:
    tensors = [lib.from_numpy(np.ascontiguousarray(x)) for x in arrays]
    if arrays[2].ndim >= 2 and not arrays[2].flags.c_contiguous:  # rebuild the transposed view
        tensors[2] = lib.from_numpy(np.ascontiguousarray(arrays[2].swapaxes(-1, -2))).transpose(-1, -2)
    if arrays[1].ndim == 2 and op == "addmv" and not arrays[1].flags.c_contiguous:
        tensors[1] = lib.from_numpy(np.ascontiguousarray(arrays[1].T)).t()
    return getattr(lib, op)(*tensors, beta=beta, alpha=alpha).numpy()


def case_inputs(seed: int, count: int) -> np.ndarray:
    """``count`` float64 values in [-2, 2) from a formula (the test replays the same)."""
    i = np.arange(count, dtype=np.int64) + 1
    v = (i * 2654435761 + seed * 40503) % (1 << 31)
    return v.astype(np.float64) / (1 << 29) - 2.0


def cases() -> list:
    """Each kernel's shapes: in-order rows, dots (a transposed weight), single terms of k, single
    rows and columns, MKL's packed tiles and the rows below them; ATen's batched loop and MKL's
    batched gemm; gemv's row and column kernels."""
    shapes = [(3, 4, 5), (5, 1, 7), (1, 6, 4), (6, 5, 1), (4, 7, 12), (6, 3, 13), (9, 9, 14), (2, 2, 2), (7, 12, 3)]
    out, seed = [], 1
    for dtype in ("float32", "float64"):
        for op in ("addmm", "addmv", "baddbmm"):
            for m, k, n in shapes:
                for transposed in (False, True):
                    alpha, beta = PAIRS[seed % len(PAIRS)]
                    out.append({"op": op, "dtype": dtype, "shape": [m, k, n, 1 + seed % 3], "transposed": transposed,
                                "alpha": alpha, "beta": beta, "seed": seed})
                    seed += 4
    return out


def case_operands(case: dict) -> tuple:
    m, k, n, batch = case["shape"]
    dtype = np.dtype(case["dtype"])
    op, transposed, seed = case["op"], case["transposed"], case["seed"]

    def values(offset: int, shape: tuple) -> np.ndarray:
        return case_inputs(seed + offset, int(np.prod(shape))).reshape(shape).astype(dtype)
    if op == "addmv":
        return values(0, (m,)), (values(1, (k, m)).T if transposed else values(1, (m, k))), values(2, (k,))
    if op == "baddbmm":
        second = values(2, (batch, n, k)).transpose(0, 2, 1) if transposed else values(2, (batch, k, n))
        return values(0, (batch, m, n)), values(1, (batch, m, k)), second
    return values(0, (m, n)), values(1, (m, k)), (values(2, (n, k)).T if transposed else values(2, (k, n)))


def record() -> None:
    recorded = []
    for threads in (torch.get_num_threads(), 1):
        torch.set_num_threads(threads)
        for case in cases():
            expected = run(torch, case["op"], case_operands(case), case["alpha"], case["beta"])
            recorded.append(dict(case, threads=threads, expected=[float(v).hex() for v in expected.ravel()]))
    OUT.write_text(json.dumps(recorded, indent=0) + "\n", "utf-8")
    print(f"wrote {len(recorded)} cases to {OUT.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=400)
    parser.add_argument("--record", action="store_true")
    args = parser.parse_args()
    if args.record:
        record()
        return
    sys.path.insert(0, str(ROOT))
    import autograd_tui.engine as engine  # the engine's torch-like API
    engine.set_num_threads(torch.get_num_threads())
    rng = np.random.default_rng(7)
    print(f"threads {torch.get_num_threads()}; cases identical: engine, plain formula")
    for op in ("addmm", "addmv", "baddbmm"):
        for dtype in (np.float32, np.float64):
            for transposed in (False, True):
                same = plain = 0
                for i in range(args.cases):
                    alpha, beta = PAIRS[i % len(PAIRS)]
                    arrays = operands(rng, op, dtype, transposed)
                    expected = run(torch, op, arrays, alpha, beta)
                    got = run(engine, op, arrays, alpha, beta)
                    formula = (dtype(beta) * arrays[0] + dtype(alpha) * np.matmul(arrays[1], arrays[2])).astype(dtype)
                    same += np.array_equal(got, expected)
                    plain += np.array_equal(formula, expected)
                layout = "transposed" if transposed else "as stored"
                print(f"  {op:8} {np.dtype(dtype).name:8} {layout:10} {same}/{args.cases}  {plain}/{args.cases}")


if __name__ == "__main__":
    main()
