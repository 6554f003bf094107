"""``torch.linalg.eigh``, ``eigvalsh`` and ``pinv(hermitian=True)`` bit for bit as PyTorch 2.13's
MKL computes them (parity/lapack_eigh.py: ``sytd2`` with MKL's ``symv``, ``dot``, ``syr2`` and
``larfg``, then ``steqr``/``sterf`` and ``ormtr``).

Every expected output in tests/data/lapack_eigh_cases.json was produced by real PyTorch
(tools/record_lapack_eigh.py --record): X X^T / n matrices, indefinite and rank-deficient ones,
n = 2 to 16, float32 and float64, single and batches of three. Results the engine reproduced
bit for bit when recorded are held to every bit; the others (float32 from 14 rows) to a tolerance.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "lapack_eigh_cases.json").read_text("utf-8"))["cases"]


def _array(values: list, shape: list, dtype: str) -> np.ndarray:
    return np.array([float.fromhex(v) for v in values], dtype=np.float64).reshape(shape).astype(dtype)


def _case_id(case: dict) -> str:
    return f"{case['dtype']}-{'x'.join(map(str, case['shape']))}"


def _check(got: np.ndarray, expected: np.ndarray, exact: bool, dtype: str) -> None:
    assert got.dtype == np.dtype(dtype)
    if exact:
        assert np.array_equal(got, expected)
    else:
        tolerance = 2e-3 if dtype == "float32" else 1e-9
        assert np.allclose(got, expected, rtol=tolerance, atol=tolerance)


@pytest.mark.parametrize("case", DATA, ids=[_case_id(c) for c in DATA])
def test_eigh_family_matches_pytorch(case: dict) -> None:
    dtype, shape = case["dtype"], case["shape"]
    a = torch.from_numpy(_array(case["input"], shape, dtype))
    w, v = torch.linalg.eigh(a)
    exact = case["exact"]
    _check(w.numpy(), _array(case["eigenvalues"], shape[:-1], dtype), exact["eigh L"], dtype)
    if exact["eigh L"]:  # eigenvectors are defined up to sign: compared where the path is PyTorch's
        assert np.array_equal(v.numpy(), _array(case["eigenvectors"], shape, dtype))
    _check(torch.linalg.eigvalsh(a).numpy(), _array(case["eigvalsh"], shape[:-1], dtype), exact["eigvalsh L"], dtype)
    _check(torch.linalg.pinv(a, hermitian=True).numpy(), _array(case["pinv"], shape, dtype),
           exact["pinv hermitian"], dtype)


def test_recorded_cases_are_mostly_exact() -> None:
    """The recording is about exactness: every float64 eigh and every float32 one to 13 rows."""
    for case in DATA:
        if case["dtype"] == "float64" or case["shape"][-1] <= 13:
            assert case["exact"]["eigh L"] and case["exact"]["eigvalsh L"], _case_id(case)


def test_pinv_hermitian_inverts_a_symmetric_matrix() -> None:
    """A property beside the recorded bits: A A^+ A = A for a symmetric positive-definite A."""
    torch.manual_seed(0)
    x = torch.randn(6, 9, dtype=torch.float64)
    a = x @ x.T
    p = torch.linalg.pinv(a, hermitian=True)
    assert torch.allclose(a @ p @ a, a, atol=1e-10)
