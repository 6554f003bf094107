"""``torch.linalg.qr`` bit for bit as PyTorch 2.13's MKL computes it (parity/lapack_qr.py).

Every expected output in tests/data/lapack_qr_cases.json was produced by real PyTorch
(tools/record_lapack_qr.py --record): Q and R of every recorded shape up to 16 x 16 in each
mode, float32 and float64, single matrices and batches.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "lapack_qr_cases.json").read_text("utf-8"))["cases"]


def _array(values: list, shape: list, dtype: str) -> np.ndarray:
    return np.array([float.fromhex(v) for v in values], dtype=np.float64).reshape(shape).astype(dtype)


def _case_id(case: dict) -> str:
    return f"{case['dtype']}-{'x'.join(map(str, case['shape']))}"


@pytest.mark.parametrize("case", DATA, ids=[_case_id(c) for c in DATA])
def test_qr_matches_pytorch(case: dict) -> None:
    dtype = case["dtype"]
    a = torch.from_numpy(_array(case["input"], case["shape"], dtype))
    for mode in ("reduced", "complete", "r"):
        q, r = torch.linalg.qr(a, mode=mode)
        assert r.numpy().dtype == np.dtype(dtype)
        expected_r = _array(case[f"R_{mode}"], list(r.shape), dtype)
        assert np.array_equal(r.numpy(), expected_r), mode
        if mode == "r":
            assert q.shape == (0,)
        else:
            expected_q = _array(case[f"Q_{mode}"], list(q.shape), dtype)
            assert np.array_equal(q.numpy(), expected_q), mode


def test_qr_of_a_tall_matrix_is_orthonormal_and_reproduces_a() -> None:
    """A plain property check beside the recorded bits: Q^T Q = I and Q R = A."""
    torch.manual_seed(3)
    a = torch.randn(9, 4, dtype=torch.float64)
    q, r = torch.linalg.qr(a)
    assert torch.allclose(q.T @ q, torch.eye(4, dtype=torch.float64), atol=1e-14)
    assert torch.allclose(q @ r, a, atol=1e-14)
