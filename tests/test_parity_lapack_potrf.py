"""``torch.linalg.cholesky_ex``, ``inv_ex`` and ``solve_ex`` as PyTorch 2.13's MKL computes them,
on matrices LAPACK factors and on matrices it cannot (parity/lapack_potrf.py, lu_solve.py).

Every expected output in tests/data/lapack_potrf_cases.json was produced by real PyTorch
(tools/record_lapack_potrf.py --record): Cholesky factors lower and upper of positive-definite
and indefinite matrices (potrf's partial result and ``info``), and inverses and solutions of
singular small-integer matrices (getrs through a zero pivot: inf and NaN). Cases the engine
reproduced bit for bit when recorded are held to every bit (signs of zeros and NaN's places
included); the others (larger Cholesky factors, float32 n = 3 to 5) to the same ``info``, the
same non-finite places and a tolerance.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "lapack_potrf_cases.json").read_text("utf-8"))["cases"]


def _array(values: list, shape: list, dtype: str) -> np.ndarray:
    return np.array([float.fromhex(v) for v in values], dtype=np.float64).reshape(shape).astype(dtype)


def _case_id(case: dict) -> str:
    upper = "-upper" if case.get("upper") else ""
    return f"{case['op']}-{case['dtype']}-{'x'.join(map(str, case['shape']))}{upper}"


def _run(case: dict):  # noqa: ANN202 - the engine's result and info as numpy arrays
    dtype = case["dtype"]
    a = torch.from_numpy(_array(case["input"], case["shape"], dtype))
    if case["op"] == "cholesky_ex":
        result, info = torch.linalg.cholesky_ex(a, upper=case["upper"])
    elif case["op"] == "inv_ex":
        result, info = torch.linalg.inv_ex(a)
    else:
        shape = case["shape"][:-1] + [1]
        result, info = torch.linalg.solve_ex(a, torch.from_numpy(_array(case["rhs"], shape, dtype)))
    return result.numpy(), info.numpy()


@pytest.mark.parametrize("case", DATA, ids=[_case_id(c) for c in DATA])
def test_factor_or_solution_matches_pytorch(case: dict) -> None:
    result, info = _run(case)
    expected = _array(case["expected"], list(result.shape), case["dtype"])
    assert result.dtype == np.dtype(case["dtype"])
    assert info.ravel().tolist() == case["info"]
    if case["exact"]:
        assert np.array_equal(result, expected, equal_nan=True)
        numbers = ~np.isnan(expected)  # a NaN's sign bit never prints
        assert np.array_equal(np.signbit(result[numbers]), np.signbit(expected[numbers]))
    else:
        assert np.array_equal(np.isfinite(result), np.isfinite(expected))
        tolerance = 1e-4 if case["dtype"] == "float32" else 1e-10
        assert np.allclose(result, expected, rtol=tolerance, atol=tolerance, equal_nan=True)


def test_recorded_cases_cover_failures_and_exact_bits() -> None:
    """The recording holds what this file is about: partial results, and most of them exact."""
    failing = [c for c in DATA if max(c["info"]) > 0]
    assert {c["op"] for c in failing} == {"cholesky_ex", "inv_ex", "solve_ex"}
    assert sum(c["exact"] for c in failing) >= 0.9 * len(failing)


def test_partial_cholesky_keeps_the_unrooted_pivot_and_the_input_beyond_it() -> None:
    """potf2's shape, a property beside the recorded bits: columns before the failing one are
    factored, its pivot is stored unrooted, everything after is A's lower triangle."""
    a = torch.tensor([[4.0, 2.0, 1.0, 0.5], [2.0, 1.0, 3.0, 1.0], [1.0, 3.0, 2.0, 7.0], [0.5, 1.0, 7.0, 9.0]],
                     dtype=torch.float64)
    factor, info = torch.linalg.cholesky_ex(a)
    assert int(info) == 2
    f = factor.numpy()
    assert f[0, 0] == 2.0 and f[1, 1] == 0.0  # 1 - 1^2, not rooted
    assert np.array_equal(f[2:, 1:], np.tril(a.numpy())[2:, 1:])
    with pytest.raises(RuntimeError, match="linalg.cholesky_ex: The factorization could not be completed"):
        torch.linalg.cholesky_ex(a, check_errors=True)


def test_upper_reads_the_upper_triangle() -> None:
    """LAPACK's 'U' reads the upper triangle only, so a lower triangle that would factor does
    not help (PyTorch raises for this matrix)."""
    a = torch.tensor([[4.0, 9.0], [1.0, 3.0]])
    assert torch.linalg.cholesky(a).numpy()[1, 0] == np.float32(0.5)
    with pytest.raises(RuntimeError, match="leading minor of order 2"):
        torch.linalg.cholesky(a, upper=True)
