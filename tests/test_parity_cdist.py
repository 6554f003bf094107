"""``torch.cdist``'s direct loop bit for bit as PyTorch 2.13 computes it: p = 2 squares and adds
16 bytes of columns a step apart and fuses the square into the sum on the columns left over.

tests/data/cdist_cases.json holds the SHA-256 of real PyTorch's results for every case in
tools/record_cdist_cases.py (inputs come from a formula).
"""
from __future__ import annotations

import importlib.util
import json
import pathlib

import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.parity import conv as parity_conv

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "cdist_cases.json").read_text("utf-8"))
_spec = importlib.util.spec_from_file_location("record_cdist_cases", ROOT / "tools" / "record_cdist_cases.py")
assert _spec is not None and _spec.loader is not None
TOOL = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(TOOL)
pytestmark = pytest.mark.skipif(not parity_conv.MEASURED_MACHINE, reason="the kernels were measured on AVX512")


@pytest.mark.parametrize("case", DATA["cases"], ids=lambda c: str(c["index"]))
def test_cdist_matches_pytorch(case: dict) -> None:
    _, _, _, p, _, mode = TOOL.CASES[case["index"]]
    x1, x2 = TOOL.case_arrays(case["index"])
    y = torch.cdist(torch.from_numpy(x1), torch.from_numpy(x2), p=p, compute_mode=mode)
    assert TOOL.digest(y.numpy()) == case["output"]


def test_cdist_refuses_a_mode_of_none_as_pytorch_does() -> None:
    x = torch.zeros(2, 3)
    with pytest.raises(ValueError, match="None is not a valid value for compute_mode"):
        torch.cdist(x, x, compute_mode=None)  # type: ignore[arg-type]
