"""``torch.linalg.matrix_exp`` and its gradient: how often the engine gives PyTorch's bits.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_matrix_exp_cases.py            # match rates, live
    .venv-torch/bin/python tools/record_matrix_exp_cases.py --record   # write the test cases

Match rates: every case ``cases()`` lists (float32 and float64, n = 2..9, one matrix or a
batch, 1-norms inside each Taylor degree's range and beyond, where s squarings follow), then
``--random`` random standard-normal matrices times a random scale, each forward and backward
through both libraries.

--record writes tests/data/matrix_exp_cases.json: inputs from a formula (``case_inputs``),
PyTorch's outputs and gradients as hex strings, on its default thread count and on one thread,
for tests/test_parity_matrix_exp.py to replay through the engine.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import sys
from typing import Any, Iterator

import numpy as np
import torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "matrix_exp_cases.json"

# 1-norms to aim at: inside each degree's range for each dtype (1, 2, 4, 8, 12, 18), then
# beyond degree 18's bound (1 to 7 squarings; float32's last overflows to inf - inf = NaN)
NORMS = {
    "float32": [6e-8, 3e-4, 0.03, 0.4, 1.2, 2.5, 5.0, 40.0, 300.0],
    "float64": [1e-16, 1e-8, 2e-4, 0.03, 0.2, 0.8, 3.0, 20.0, 130.0],
}


def case_inputs(seed: int, count: int) -> np.ndarray:
    """``count`` float64 values in [-2, 2) from a formula (the test replays the same)."""
    i = np.arange(count, dtype=np.int64) + 1
    v = (i * 2654435761 + seed * 40503) % (1 << 31)
    return v.astype(np.float64) / (1 << 29) - 2.0


def matrices(case: dict) -> np.ndarray:
    """The case's matrices (batch..., n, n) in its dtype, each scaled to its aimed 1-norm."""
    n, batch, dtype = case["n"], case["batch"], np.dtype(case["dtype"])
    count = int(np.prod(batch, dtype=np.int64))
    raw = case_inputs(case["seed"], count * n * n).reshape(count, n, n)
    norms = np.abs(raw).sum(axis=-2).max(axis=-1)
    aims = np.array(case["norms"], np.float64)
    return (raw * (aims / norms)[:, None, None]).astype(dtype).reshape(tuple(batch) + (n, n))


def cases() -> Iterator[dict]:
    seed = 1
    for dtype in ("float32", "float64"):
        norms = NORMS[dtype]
        for n in range(2, 10):
            for norm in norms:
                yield {"dtype": dtype, "n": n, "batch": [], "norms": [norm], "seed": seed}
                seed += 2
            for batch in ([3], [2, 2]):  # a batch: degree 18 for all, squarings by matrix
                count = int(np.prod(batch))
                picked = [norms[(seed + 3 * j) % len(norms)] for j in range(count)]
                yield {"dtype": dtype, "n": n, "batch": batch, "norms": picked, "seed": seed}
                seed += 2


def run_case(case: dict, lib: Any) -> tuple:
    """(exp(A), the gradient of sum(exp(A) * G) in A) through ``lib`` (torch or the engine)."""
    a = lib.from_numpy(matrices(case)).requires_grad_()
    g = lib.from_numpy(case_inputs(case["seed"] + 1, int(np.prod(a.shape))).reshape(tuple(a.shape))
                       .astype(case["dtype"]))
    out = lib.linalg.matrix_exp(a)
    out.backward(g)
    return out.detach().numpy(), a.grad.numpy(), out.grad_fn.name()


def _load_engine() -> Any:
    sys.path.insert(0, str(ROOT))
    import autograd_tui.engine as engine  # the engine's torch-like API
    return engine


def _differing(x: np.ndarray, y: np.ndarray) -> int:
    """Elements whose bits differ (NaNs of either sign count as equal)."""
    both_nan = np.isnan(x) & np.isnan(y)
    return int(((x.view(f"u{x.itemsize}") != y.view(f"u{y.itemsize}")) & ~both_nan).sum())


def rates(random_count: int) -> None:
    engine = _load_engine()
    for threads in (torch.get_num_threads(), 1):
        torch.set_num_threads(threads)
        engine.set_num_threads(threads)
        tally: dict = {}
        for case in cases():
            expected = run_case(case, torch)
            got = run_case(case, engine)
            key = (case["dtype"], case["n"])
            t = tally.setdefault(key, [0, 0, 0, 0])
            t[0] += 1
            t[1] += _differing(got[0], expected[0]) == 0
            t[2] += _differing(got[1], expected[1]) == 0
            t[3] += got[2] == expected[2]
        print(f"threads {threads}: cases with every element identical (forward, gradient, grad_fn name)")
        for (dtype, n), (count, fwd, bwd, name) in sorted(tally.items()):
            print(f"  {dtype} n={n}: {fwd}/{count}, {bwd}/{count}, {name}/{count}")
        rng = np.random.default_rng(threads)
        elements = [0, 0, 0, 0]
        for i in range(random_count):
            dtype = ("float32", "float64")[i % 2]
            n = int(rng.integers(2, 9))
            batch = [] if i % 3 else [int(rng.integers(2, 5))]
            a = rng.standard_normal(tuple(batch) + (n, n)) * np.exp2(rng.uniform(-12, 6))
            g = rng.standard_normal(a.shape)
            results = []
            for lib in (torch, engine):
                x = lib.from_numpy(a.astype(dtype)).requires_grad_()
                y = lib.linalg.matrix_exp(x)
                y.backward(lib.from_numpy(g.astype(dtype)))
                results.append((y.detach().numpy(), x.grad.numpy()))
            elements[0] += a.size
            elements[1] += _differing(results[1][0], results[0][0])
            elements[2] += a.size
            elements[3] += _differing(results[1][1], results[0][1])
        print(f"  {random_count} random matrices: forward {elements[1]}/{elements[0]} elements differ, "
              f"gradient {elements[3]}/{elements[2]}")


def record() -> None:
    recorded = []
    for threads in (torch.get_num_threads(), 1):
        torch.set_num_threads(threads)
        for case in cases():
            out, grad, name = run_case(case, torch)
            recorded.append(dict(case, threads=threads, grad_fn=name,
                                 expected=[float(v).hex() for v in out.ravel()],
                                 grad=[float(v).hex() for v in grad.ravel()]))
    OUT.write_text(json.dumps(recorded, indent=0) + "\n", "utf-8")
    print(f"wrote {len(recorded)} cases to {OUT.relative_to(ROOT)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--record", action="store_true")
    parser.add_argument("--random", type=int, default=2000, metavar="COUNT")
    args = parser.parse_args()
    if args.record:
        record()
    else:
        rates(args.random)


if __name__ == "__main__":
    main()
