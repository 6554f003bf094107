"""``torch.linalg.matrix_exp`` and its gradient bit for bit as PyTorch 2.13 computes them.

Every expected output in tests/data/matrix_exp_cases.json was produced by real PyTorch
(tools/record_matrix_exp_cases.py --record) on its default thread count and on one thread; the
inputs come from the tool's formula (``case_inputs``, ``matrices``, ``run_case``), which this test
loads and runs through the engine's own torch API.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest
from oracle_tools import load_tool, threads  # noqa: F401 - threads: a fixture

import autograd_tui.engine as torch
from autograd_tui.engine.parity import blas

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "matrix_exp_cases.json").read_text("utf-8"))


TOOL = load_tool("record_matrix_exp_cases")


def _id(case: dict) -> str:
    batch = "x".join(map(str, case["batch"])) or "one"
    return f"{case['dtype']}-n{case['n']}-{batch}-norm{case['norms'][0]:g}-t{case['threads']}"


@pytest.mark.parametrize("case", DATA, ids=[_id(c) for c in DATA])
@pytest.mark.usefixtures("threads")
# float32 matrices of 1-norm 300 overflow to inf and NaN in their squarings, as in PyTorch (whose
# recorded results hold them); numpy's warnings about it are noise here (learners never see them)
@pytest.mark.filterwarnings("ignore:overflow encountered:RuntimeWarning",
                            "ignore:invalid value encountered:RuntimeWarning")
def test_case_matches_pytorch(case: dict) -> None:
    blas.set_threads(case["threads"])
    out, grad, name = TOOL.run_case(case, torch)
    assert out.dtype == np.dtype(case["dtype"]) and grad.dtype == out.dtype
    assert name == case["grad_fn"]
    for got, recorded in ((out, case["expected"]), (grad, case["grad"])):
        expected = np.array([float.fromhex(v) for v in recorded], out.dtype)
        nan = np.isnan(expected)  # (overflow: inf - inf; a hex string keeps no NaN's sign)
        assert (np.isnan(got.ravel()) == nan).all(), f"NaN at {np.nonzero(np.isnan(got.ravel()))[0].tolist()}"
        assert got.ravel()[~nan].tobytes() == expected[~nan].tobytes(), \
            f"differs at {np.nonzero(got.ravel() != expected)[0].tolist()}"


def test_the_cases_reach_every_degree_and_squarings() -> None:
    """Single matrices in each Taylor degree's range and beyond it, for both dtypes; batches."""
    for dtype in ("float32", "float64"):
        thetas = TOOL.NORMS[dtype]
        singles = sorted({c["norms"][0] for c in DATA if c["dtype"] == dtype and not c["batch"]})
        assert singles == sorted(thetas)
    from autograd_tui.engine.parity.matrix_exp import THETAS
    for kind, bounds in THETAS.items():
        aimed = TOOL.NORMS[kind.name]
        degrees = {int(np.searchsorted(bounds, norm)) for norm in aimed}
        assert degrees == set(range(len(bounds) + 1))  # each degree, and scaling past the last
    assert any(len(c["batch"]) == 2 for c in DATA)


def test_nan_and_small_sizes_as_pytorch() -> None:
    """A single matrix with a NaN comes out all NaN (ATen's result starts as NaN and no degree
    takes a NaN norm); n = 1 is the element's exp; n = 0 stays empty."""
    a = torch.tensor([[1.0, float("nan")], [0.0, 1.0]])
    assert torch.isnan(torch.linalg.matrix_exp(a)).all()
    one = torch.tensor([[0.5]], dtype=torch.float64)
    assert torch.linalg.matrix_exp(one).item() == torch.exp(one).item()
    assert torch.linalg.matrix_exp(torch.zeros(2, 0, 0)).shape == (2, 0, 0)
