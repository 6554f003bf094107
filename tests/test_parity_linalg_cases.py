"""``torch.linalg.inv`` and ``torch.linalg.eigh`` bit for bit as PyTorch 2.13's MKL computes
them, where the engine reproduces MKL's steps (parity/lu_solve.py, parity/lapack_eigh.py).

Every expected value in tests/data/linalg_cases.json was produced by real PyTorch
(tools/record_linalg_cases.py --record).
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "linalg_cases.json").read_text("utf-8"))["cases"]


def _array(values: list, shape: list, dtype: str) -> np.ndarray:
    return np.array([float.fromhex(v) for v in values], dtype=np.float64).reshape(shape).astype(dtype)


def _id(case: dict) -> str:
    kind = "tridiagonal" if "eigenvectors" in case else case["dtype"] + ("-dense" if case["op"] == "eigh" else "")
    return f"{case['op']}-{kind}-{'x'.join(map(str, case['shape']))}"


@pytest.mark.parametrize("case", DATA, ids=[_id(c) for c in DATA])
def test_matches_pytorch(case: dict) -> None:
    a = torch.from_numpy(_array(case["input"], case["shape"], case["dtype"]))
    if case["op"] == "inv":
        got = torch.linalg.inv(a).numpy()
        assert got.dtype == np.dtype(case["dtype"])
        assert np.array_equal(got, _array(case["expected"], case["shape"], case["dtype"]))
        return
    w, v = torch.linalg.eigh(a)
    n, dtype = case["shape"][-1], case["dtype"]
    assert w.numpy().dtype == np.dtype(dtype)
    assert np.array_equal(w.numpy(), _array(case["eigenvalues"], [n], dtype))
    for field in ("eigenvectors", "dense_eigenvectors"):
        if field in case:
            assert np.array_equal(v.numpy(), _array(case[field], [n, n], dtype))
    assert np.array_equal(torch.linalg.eigvalsh(a).numpy(), _array(case["eigvalsh"], [n], dtype))


def test_inverse_of_a_singular_matrix_still_raises() -> None:
    with pytest.raises(torch.linalg.LinAlgError, match="The diagonal element 2 is zero"):
        torch.linalg.inv(torch.tensor([[1.0, 2.0], [2.0, 4.0]]))
