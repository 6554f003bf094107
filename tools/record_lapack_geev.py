"""Record float32 ``torch.linalg.eig`` and ``eigvals`` from real PyTorch for
tests/test_parity_lapack_geev.py, and measure how often ``parity/lapack_geev.py`` (numpy's float32
``sgeev``) and the engine's previous path (numpy's float64 ``geev`` rounded once) give PyTorch's bits.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_lapack_geev.py            # match rates, n = 1 to 4
    .venv-torch/bin/python tools/record_lapack_geev.py --record   # write tests/data/lapack_geev_cases.json

Inputs, in turn: a ``torch.randn`` matrix, a symmetric one (``X + X^T``), small integers in [-4, 4].
A case counts when every eigenvalue (and eigenvector) is identical.
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
from autograd_tui.engine.parity import lapack_geev  # noqa: E402

OUT = ROOT / "tests" / "data" / "lapack_geev_cases.json"
KINDS = ("normal", "symmetric", "integers")


def matrix(n: int, seed: int, batch: tuple = ()) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    kind = KINDS[seed % 3]
    if kind == "integers":
        return torch.randint(-4, 5, (*batch, n, n), generator=g).float()
    x = torch.randn(*batch, n, n, generator=g)
    return x + x.mT if kind == "symmetric" else x


def case(a: torch.Tensor) -> dict:
    w, v = torch.linalg.eig(a)
    values = torch.linalg.eigvals(a).numpy()
    x = a.numpy()
    old_w, old_v = np.linalg.eig(x.astype(np.float64))
    old = old_w.astype(np.complex64), old_v.astype(np.complex64)
    mine = lapack_geev.eig_single(x, True) or old  # the engine keeps the float64 path beyond 2 x 2
    mine_values = lapack_geev.eig_single(x, False) or old
    return {"values": w.numpy(), "vectors": v.numpy(), "eigvals": values,
            "exact_values": np.array_equal(mine[0], w.numpy()) and np.array_equal(mine_values[0], values),
            "exact_vectors": np.array_equal(np.asarray(mine[1]), v.numpy()),
            "before_values": np.array_equal(old[0], w.numpy()),
            "before_vectors": np.array_equal(old[1], v.numpy()),
            "complex": bool((w.numpy().imag != 0).any())}


def measure(largest: int, per_size: int) -> None:
    counts: dict = {}
    for n in range(1, largest + 1):
        for trial in range(per_size):
            seed = 1000 * n + trial
            c = case(matrix(n, seed))
            key = (n, KINDS[seed % 3], "complex" if c["complex"] else "real")
            row = counts.setdefault(key, [0, 0, 0, 0, 0])
            for i, name in enumerate(("exact_values", "before_values", "exact_vectors", "before_vectors")):
                row[i] += c[name]
            row[4] += 1
    print("float32 eig: identical (values now / before, vectors now / before / cases)")
    for key in sorted(counts):
        now_w, old_w, now_v, old_v, total = counts[key]
        print(f"  n {key[0]} {key[1]:9s} {key[2]:7s} {now_w:4d} / {old_w:4d}   {now_v:4d} / {old_v:4d}   / {total}")


def record() -> None:
    out: list[dict[str, Any]] = []
    for n in (1, 2, 3):
        for trial, batch in ((0, ()), (1, ()), (2, ()), (3, ()), (4, ()), (5, ()), (6, (3,))):
            a = matrix(n, 1000 * n + trial, batch)
            c = case(a)
            out.append({"shape": list(a.shape), "input": hex_floats(a.numpy()),
                        "values_real": hex_floats(c["values"].real), "values_imag": hex_floats(c["values"].imag),
                        "vectors_real": hex_floats(c["vectors"].real), "vectors_imag": hex_floats(c["vectors"].imag),
                        "eigvals_real": hex_floats(c["eigvals"].real), "eigvals_imag": hex_floats(c["eigvals"].imag),
                        "exact_values": bool(c["exact_values"]), "exact_vectors": bool(c["exact_vectors"])})
    write_cases(OUT, out)
    print(f"wrote {len(out)} cases to {OUT} ({sum(c['exact_values'] for c in out)} with identical values)")


def main() -> None:
    run(__doc__, OUT, record, measure, {"largest": 4, "per-size": 600}, one_thread=False)


if __name__ == "__main__":
    main()
