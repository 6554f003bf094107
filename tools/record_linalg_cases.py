"""Record ``torch.linalg.inv`` and ``torch.linalg.eigh`` results from real PyTorch for
tests/test_parity_linalg_cases.py, and measure how often the engine gives PyTorch's bits.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/record_linalg_cases.py            # match rates
    .venv-torch/bin/python tools/record_linalg_cases.py --record   # write tests/data/linalg_cases.json

Recorded: inverses of float32 and float64 matrices of n = 1 to 8 (one matrix and a batch of
two each; getrf + getrs on the identity, ``parity/lu_solve.py``), float64 ``eigh`` of symmetric
tridiagonal matrices of n = 2 to 12 (eigenvalues and eigenvectors: ``dsteqr`` alone; and
``eigvalsh``: ``dsterf`` alone; ``parity/lapack_eigh.py``) and float32 and float64 ``eigh`` and
``eigvalsh`` of dense (covariance) matrices of n = 2 to 5 (``sytd2``, ``steqr``/``sterf`` and
``ormtr``). The rates printed also cover dense matrices up to 12 x 12, reproduced only in part
from 8 x 8 on (MKL's ``symv`` takes another kernel there).
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch
from _recording import hex_floats, main as run, write_cases

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import autograd_tui.engine as engine  # noqa: E402

OUT = ROOT / "tests" / "data" / "linalg_cases.json"


def _randn(shape: tuple, dtype, seed: int):
    return torch.randn(*shape, dtype=dtype, generator=torch.Generator().manual_seed(seed))


def _tridiagonal(n: int, seed: int):
    g = torch.Generator().manual_seed(seed)
    d = 2 * torch.randn(n, dtype=torch.float64, generator=g)
    e = torch.randn(n - 1, dtype=torch.float64, generator=g)
    return torch.diag(d) + torch.diag(e, -1) + torch.diag(e, 1)


def _covariance(n: int, seed: int, dtype=torch.float64):
    x = _randn((n + 3, n), dtype, seed)
    return x.T @ x


def inverse_cases() -> list:
    cases = []
    for dtype in (torch.float64, torch.float32):
        for n in range(1, 9):
            for shape in ((n, n), (2, n, n)):
                a = _randn(shape, dtype, 31 * n + len(shape))
                cases.append({"op": "inv", "dtype": str(dtype)[6:], "shape": list(shape),
                              "input": hex_floats(a.numpy()), "expected": hex_floats(torch.linalg.inv(a).numpy())})
    return cases


def eigh_cases(dense_sizes: range, per_size: int) -> list:
    cases = []
    for n in range(2, 13):
        for seed in range(per_size):
            a = _tridiagonal(n, 100 * n + seed)
            w, v = torch.linalg.eigh(a)
            cases.append({"op": "eigh", "dtype": "float64", "shape": [n, n], "input": hex_floats(a.numpy()),
                          "eigenvalues": hex_floats(w.numpy()), "eigenvectors": hex_floats(v.numpy()),
                          "eigvalsh": hex_floats(torch.linalg.eigvalsh(a).numpy())})
    for dtype in (torch.float64, torch.float32):
        for n in dense_sizes:
            for seed in range(per_size):
                a = _covariance(n, 100 * n + seed, dtype)
                w, v = torch.linalg.eigh(a)
                cases.append({"op": "eigh", "dtype": str(dtype)[6:], "shape": [n, n], "input": hex_floats(a.numpy()),
                              "eigenvalues": hex_floats(w.numpy()), "dense_eigenvectors": hex_floats(v.numpy()),
                              "eigvalsh": hex_floats(torch.linalg.eigvalsh(a).numpy())})
    return cases


def engine_result(case: dict) -> dict:
    """The engine's answer to a recorded case, as hex strings by field."""
    a = np.array([float.fromhex(v) for v in case["input"]]).reshape(case["shape"]).astype(case["dtype"])
    if case["op"] == "inv":
        return {"expected": hex_floats(engine.linalg.inv(engine.from_numpy(a)).numpy())}
    w, v = engine.linalg.eigh(engine.from_numpy(a))
    return {"eigenvalues": hex_floats(w.numpy()), "eigenvectors": hex_floats(v.numpy()),
            "dense_eigenvectors": hex_floats(v.numpy()),
            "eigvalsh": hex_floats(engine.linalg.eigvalsh(engine.from_numpy(a)).numpy())}


def measure() -> None:
    groups = {"inv": inverse_cases(), "eigh": eigh_cases(range(2, 13), 10)}
    for name, cases in groups.items():
        rows: dict = {}
        for case in cases:
            got = engine_result(case)
            kind = ("tridiagonal" if "eigenvectors" in case else f"dense {case['dtype']}") if name == "eigh" \
                else case["dtype"]
            key = (kind, case["shape"][-1])
            fields = [f for f in ("expected", "eigenvalues", "eigenvectors", "dense_eigenvectors", "eigvalsh")
                      if f in case]
            same = all(got[f] == case[f] for f in fields)
            rows.setdefault(key, [0, 0])
            rows[key][0] += same
            rows[key][1] += 1
        for key, (same, total) in sorted(rows.items()):
            print(name, key[0], f"n={key[1]}: {same}/{total}")


def record() -> None:
    cases = inverse_cases() + eigh_cases(range(2, 6), 4)
    write_cases(OUT, cases)
    print(f"wrote {len(cases)} cases to {OUT}")


def main() -> None:
    run(__doc__, OUT, record, measure)


if __name__ == "__main__":
    main()
