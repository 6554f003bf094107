"""float64 dots and matrix-vector products bit for bit as PyTorch 2.13's MKL computes them.

Every expected output in tests/data/matmul64_cases.json was produced by real PyTorch
(tools/measure_matmul_float64.py --record) on its default thread count and on one thread; the
inputs come from the tool's formula (``case_inputs``, ``operand``, ``run_case``), which this test
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
DATA = json.loads((ROOT / "tests" / "data" / "matmul64_cases.json").read_text("utf-8"))


TOOL = load_tool("measure_matmul_float64")


# Where MKL's order is not reproduced: the corner below and beside the packed tiles with a
# transposed weight, on one thread (99.79% of random corner elements match) and on two where
# four columns are left beside the tiles and k <= 16 (99.96% of random corner elements match).
NOT_REPRODUCED = {("mm", (19, 15, 30), "NT", 1), ("addmm", (19, 15, 30), "NT", 1),
                  ("mm", (14, 21, 18), "NT", 1), ("addmm", (14, 21, 18), "NT", 1),
                  ("mm", (39, 9, 16), "NT", 2), ("addmm", (39, 9, 16), "NT", 2)}


def _param(case: dict):
    marks: tuple = ()
    if (case["op"], tuple(case["shape"]), case["layout"], case["threads"]) in NOT_REPRODUCED:
        marks = (pytest.mark.xfail(strict=True, reason="the corner below and beside MKL's tiles"),)
    return pytest.param(case, marks=marks, id=f"{case['op']}-{'x'.join(map(str, case['shape']))}-"
                        f"{case['layout']}-off{case['offset']}-t{case['threads']}")


@pytest.mark.parametrize("case", [_param(c) for c in DATA])
@pytest.mark.usefixtures("threads")
def test_case_matches_pytorch(case: dict) -> None:
    blas.set_threads(case["threads"])
    got = TOOL.run_case(case, torch).numpy().ravel()
    expected = np.array([float.fromhex(v) for v in case["expected"]])
    assert got.dtype == np.float64
    assert got.tolist() == expected.tolist(), f"differs at {np.nonzero(got != expected)[0].tolist()}"


def test_the_cases_cover_every_kernel() -> None:
    """The recorded cases reach each kernel: dots on and off a 16-byte boundary, matrix-vector
    rows in fours, in pairs and alone, transposed matrices, one row times a transposed column."""
    kinds = {(c["op"], c["layout"], c["offset"]) for c in DATA}
    assert {("dot", "NN", 0), ("dot", "NN", 1), ("mv", "TN", 0), ("mv", "NN", 1)} <= kinds
    rows = {c["shape"][0] % 4 for c in DATA if c["op"] == "mv" and c["shape"][0] > 4}
    assert rows == {0, 1, 2, 3}
    assert any(c["op"] == "addmm" and c["shape"][0] == c["shape"][2] == 1 and c["layout"][1] == "T" for c in DATA)

