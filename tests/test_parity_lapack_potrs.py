"""``torch.cholesky_solve`` and ``torch.linalg.slogdet`` as PyTorch 2.13's MKL computes them
(parity/lapack_potrs.py, lu_det.slogdet_parts).

Every expected output in tests/data/lapack_potrs_cases.json was produced by real PyTorch
(tools/record_lapack_potrs.py --record). Cases the engine reproduced bit for bit when recorded
are held to every bit; the others (sizes beyond the measured rules) to a tolerance.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "lapack_potrs_cases.json").read_text("utf-8"))["cases"]


def _array(values: list, shape: list, dtype: str) -> np.ndarray:
    return np.array([float.fromhex(v) for v in values], dtype=np.float64).reshape(shape).astype(dtype)


def _case_id(case: dict) -> str:
    upper = "-upper" if case.get("upper") else ""
    columns = f"-k{case['rhs_shape'][-1]}" if "rhs_shape" in case else ""
    return f"{case['op']}-{case['dtype']}-{'x'.join(map(str, case['shape']))}{columns}{upper}"


@pytest.mark.parametrize("case", DATA, ids=[_case_id(c) for c in DATA])
def test_result_matches_pytorch(case: dict) -> None:
    dtype = case["dtype"]
    a = torch.from_numpy(_array(case["input"], case["shape"], dtype))
    if case["op"] == "cholesky_solve":
        b = torch.from_numpy(_array(case["rhs"], case["rhs_shape"], dtype))
        result = torch.cholesky_solve(b, a, upper=case["upper"]).numpy()
    else:
        sign, logabsdet = torch.linalg.slogdet(a)
        assert np.array_equal(sign.numpy(), _array(case["sign"], list(sign.shape), dtype))
        result = logabsdet.numpy()
    expected = _array(case["expected"], list(result.shape), dtype)
    assert result.dtype == np.dtype(dtype)
    if case["exact"]:
        assert np.array_equal(result, expected)
    else:
        tolerance = 1e-4 if dtype == "float32" else 1e-10
        assert np.allclose(result, expected, rtol=tolerance, atol=tolerance)


def test_recording_holds_exact_solves_and_determinants() -> None:
    """Each op and dtype has bit-exact cases, one right-hand column through n = 9 with L."""
    for op in ("cholesky_solve", "slogdet"):
        for dtype in ("float32", "float64"):
            assert any(c["exact"] for c in DATA if c["op"] == op and c["dtype"] == dtype)
    vectors = [c for c in DATA if c["op"] == "cholesky_solve" and c["rhs_shape"][-1] == 1
               and not c["upper"] and c["shape"][-1] <= 9]
    assert vectors and all(c["exact"] for c in vectors)


def test_zero_on_the_factor_diagonal_gives_inf_as_potrs() -> None:
    """potrs does not check the factor: a zero pivot divides through (numpy's solve refused it)."""
    factor = torch.tensor([[2.0, 0.0], [1.0, 0.0]], dtype=torch.float64)
    x = torch.cholesky_solve(torch.tensor([[1.0], [1.0]], dtype=torch.float64), factor)
    assert not np.isfinite(x.numpy()).any()


def test_only_the_factor_triangle_is_read() -> None:
    lower = torch.tensor([[2.0, 0.0, 0.0], [1.0, 3.0, 0.0], [0.5, -1.0, 1.5]], dtype=torch.float64)
    b = torch.tensor([[1.0], [2.0], [3.0]], dtype=torch.float64)
    cluttered = lower + torch.triu(torch.ones(3, 3, dtype=torch.float64), 1) * 7
    assert np.array_equal(torch.cholesky_solve(b, cluttered).numpy(), torch.cholesky_solve(b, lower).numpy())
