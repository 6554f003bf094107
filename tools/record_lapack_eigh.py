"""Measure how often the engine's ``linalg.eigh`` (both triangles), ``eigvalsh``,
``pinv(hermitian=True)`` and ``matrix_rank(hermitian=True)`` give PyTorch's bits, by size, and
record cases from real PyTorch for tests/test_parity_lapack_eigh.py.

Run it with a Python that has PyTorch (never a dependency of the project); it imports the
engine from this checkout beside real PyTorch:

    .venv-torch/bin/python tools/record_lapack_eigh.py            # match rates, n = 2 to 16
    .venv-torch/bin/python tools/record_lapack_eigh.py --record   # write tests/data/lapack_eigh_cases.json

Cases: X X^T / n of a standard normal X (n x (n + 3), numpy's generator seeded per case), every
other one minus a random multiple of the identity (indefinite), every fifth of rank n - 1; 10 per
size n = 2 to 16, float64 and float32. A result counts when every element is identical.
"""
from __future__ import annotations

import pathlib
import sys
from collections import defaultdict

import numpy as np
import torch
from _recording import hex_floats, main as run, write_cases

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import autograd_tui.engine as engine  # noqa: E402

OUT = ROOT / "tests" / "data" / "lapack_eigh_cases.json"
RECORDED_SIZES = (2, 3, 5, 8, 9, 10, 12, 13, 16)


def _results(lib, a: np.ndarray, dtype) -> dict:
    A = lib.from_numpy(a).to(dtype)  # noqa: N806
    return {"eigh L": lib.linalg.eigh(A), "eigh U": lib.linalg.eigh(A, UPLO="U"),
            "eigvalsh L": (lib.linalg.eigvalsh(A),), "eigvalsh U": (lib.linalg.eigvalsh(A, UPLO="U"),),
            "pinv hermitian": (lib.linalg.pinv(A, hermitian=True),),
            "matrix_rank hermitian": (lib.linalg.matrix_rank(A, hermitian=True),)}


def _band(n: int) -> str:
    return "2-7" if n <= 7 else "8-11" if n <= 11 else "12-16"


def case_matrix(n: int, trial: int, batch: int = 0) -> np.ndarray:
    g = np.random.default_rng(1000 * n + trial)
    x = g.standard_normal((max(batch, 1), n, n + 3))
    a = x @ np.swapaxes(x, -1, -2) / n
    if trial % 2:
        a = a - np.eye(n) * g.uniform(0, 2)
    if trial % 5 == 4:
        a = x[..., :n - 1] @ np.swapaxes(x[..., :n - 1], -1, -2)
    return a if batch else a[0]


def record() -> None:
    """Lower-triangle eigh and eigvalsh (the measured path), pinv(hermitian=True), single
    matrices and batches of three; each case says whether the engine matched when recorded."""
    out: list[dict] = []
    for name in ("float64", "float32"):
        for n in RECORDED_SIZES:
            for trial, batch in ((0, 0), (1, 0), (4, 0), (5, 3)):
                a = case_matrix(n, trial, batch)
                A = torch.from_numpy(a).to(getattr(torch, name))  # noqa: N806
                w, v = torch.linalg.eigh(A)
                ours = _results(engine, a, getattr(engine, name))
                theirs = _results(torch, a, getattr(torch, name))
                exact = {op: all(np.array_equal(p.numpy(), q.numpy()) for p, q in zip(ours[op], theirs[op]))
                         for op in ("eigh L", "eigvalsh L", "pinv hermitian")}
                out.append({"dtype": name, "shape": list(a.shape), "input": hex_floats(A.numpy()),
                            "eigenvalues": hex_floats(w.numpy()), "eigenvectors": hex_floats(v.numpy()),
                            "eigvalsh": hex_floats(torch.linalg.eigvalsh(A).numpy()),
                            "pinv": hex_floats(torch.linalg.pinv(A, hermitian=True).numpy()),
                            "exact": exact})
    write_cases(OUT, out)
    identical = sum(all(c["exact"].values()) for c in out)
    print(f"wrote {len(out)} cases to {OUT} ({identical} identical in every result when recorded)")


def measure() -> None:
    counts: dict = defaultdict(lambda: [0, 0])
    for name in ("float64", "float32"):
        for n in range(2, 17):
            for trial in range(10):
                a = case_matrix(n, trial)
                ours = _results(engine, a, getattr(engine, name))
                theirs = _results(torch, a, getattr(torch, name))
                for op in ours:
                    same = all(np.array_equal(p.numpy(), q.numpy()) for p, q in zip(ours[op], theirs[op]))
                    row = counts[(name, op, _band(n))]
                    row[0] += same
                    row[1] += 1
    for key in sorted(counts):
        print(f"{key[0]:8s} {key[1]:22s} n {key[2]:6s} {counts[key][0]:3d} / {counts[key][1]}")


def main() -> None:
    run(__doc__, OUT, record, measure)


if __name__ == "__main__":
    main()
