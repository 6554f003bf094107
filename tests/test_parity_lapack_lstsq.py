"""``torch.linalg.lstsq`` (default driver, gelsy) bit for bit as PyTorch 2.13's MKL computes it
on the fixed-column path (parity/lapack_lstsq.py).

Every expected solution in tests/data/lapack_lstsq_cases.json was produced by the MKL inside
PyTorch's own library (tools/record_lapack_lstsq.py --record): gelsy with its pivot array set to
ones, which PyTorch leaves to whatever the allocator held (the path of a fresh process's first
call in most measured cases; see the module's docstring).
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "lapack_lstsq_cases.json").read_text("utf-8"))["cases"]


def _values(values: list, dtype: str) -> np.ndarray:
    return np.array([float.fromhex(v) for v in values], dtype=np.float64).astype(dtype)


@pytest.mark.parametrize("case", DATA, ids=[f"{c['dtype']}-{c['shape'][0]}x{c['shape'][1]}" for c in DATA])
def test_lstsq_matches_mkl_gelsy(case: dict) -> None:
    dtype = case["dtype"]
    m, n = case["shape"]
    a = torch.from_numpy(_values(case["A"], dtype).reshape(m, n))
    b = torch.from_numpy(_values(case["b"], dtype))
    result = torch.linalg.lstsq(a, b if case["vector"] else b.unsqueeze(-1))
    solution = result.solution.numpy().reshape(-1)
    assert solution.dtype == np.dtype(dtype)
    assert np.array_equal(solution, _values(case["solution"], dtype))
    assert result.rank.item() == n
    assert result.residuals.shape == (0,) and result.singular_values.shape == (0,)


def test_a_batch_solves_each_system_as_alone() -> None:
    """A batch of systems: the first and third 7 x 3 matrices start on the same 16-byte alignment
    as a matrix alone (the second does not: its gemv peels differently), so they get its bits."""
    cases = [c for c in DATA if c["dtype"] == "float64" and c["shape"] == [7, 3]]
    case = cases[0]
    a = torch.from_numpy(_values(case["A"], "float64").reshape(7, 3))
    b = torch.from_numpy(_values(case["b"], "float64")).unsqueeze(-1)
    batch = torch.linalg.lstsq(torch.stack([a, a * 2, a]), torch.stack([b, b, b])).solution
    assert np.array_equal(batch[0].numpy().reshape(-1), _values(case["solution"], "float64"))
    assert np.array_equal(batch[2].numpy(), batch[0].numpy())


def test_several_right_hand_columns_still_solve_the_system() -> None:
    """Several columns are not on the reproduced path (MKL's trsm orders them otherwise): the
    engine's own solver, which must still solve the least-squares problem."""
    torch.manual_seed(0)
    a = torch.randn(6, 3, dtype=torch.float64)
    b = torch.randn(6, 2, dtype=torch.float64)
    x = torch.linalg.lstsq(a, b).solution
    assert torch.allclose(a.T @ (a @ x - b), torch.zeros(3, 2, dtype=torch.float64), atol=1e-12)
