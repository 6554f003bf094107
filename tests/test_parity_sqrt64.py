"""float64 ``torch.sqrt`` as PyTorch 2.13's MKL computes it (``parity/mkl_sqrt64.py``).

The expected outputs in tests/data/sqrt64_cases.json were produced by real PyTorch
(tools/check_sqrt64.py --record); the inputs come from the tool's formula (``case_inputs``):
random positive doubles and inputs whose root lies near a midpoint between doubles.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest
from oracle_tools import load_tool

import autograd_tui.engine as torch
from autograd_tui.engine.parity import mkl_sqrt64, rounding

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "sqrt64_cases.json").read_text("utf-8"))


TOOL = load_tool("check_sqrt64")
INPUTS = TOOL.case_inputs(DATA["seed"], DATA["count"])
EXPECTED = np.array([float.fromhex(v) for v in DATA["expected"]])

needs_mkl_kernels = pytest.mark.skipif(not rounding.VECTOR_LANES, reason="MKL's kernel is emulated on x86-64 only")


@needs_mkl_kernels
def test_recorded_roots_match_pytorch() -> None:
    got = torch.sqrt(torch.from_numpy(INPUTS)).numpy()
    differ = got.view(np.int64) != EXPECTED.view(np.int64)
    # measured: 99.995% of inputs; what remains lies within ~10^-3 ulp of a midpoint, one ulp off
    assert differ.sum() <= 3, INPUTS[differ][:5]
    assert (np.abs(got.view(np.int64) - EXPECTED.view(np.int64)) <= 1).all()
    # the correctly rounded root, which the engine used before, misses more than 1% of them
    assert (np.sqrt(INPUTS).view(np.int64) != EXPECTED.view(np.int64)).mean() > 0.01


@needs_mkl_kernels
@pytest.mark.parametrize("form", ["torch.sqrt", "Tensor.sqrt", "sqrt_", "pow", "strided", "0-dim"])
def test_every_form_of_sqrt_takes_it(form: str) -> None:
    x = torch.tensor([23.34096469164731, 2.0, 7.25], dtype=torch.float64)
    results = {"torch.sqrt": lambda: torch.sqrt(x), "Tensor.sqrt": lambda: x.sqrt(), "sqrt_": lambda: x.clone().sqrt_(),
               "pow": lambda: x ** 0.5, "strided": lambda: torch.stack([x, x], 1)[:, 0].sqrt(),
               "0-dim": lambda: torch.stack([x[i].sqrt() for i in range(3)])}
    # MKL's root of 23.34096469164731 is one ulp below IEEE's 4.831248771451054
    assert results[form]().tolist() == [4.831248771451053, 1.4142135623730951, 2.692582403567252]


def test_special_values_are_ieee() -> None:
    x = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, -1.0, 5e-324, 1e-310, 2.2250738585072014e-308,
                  1.7976931348623157e308])
    with np.errstate(invalid="ignore"):
        expected = np.sqrt(x)
    got = mkl_sqrt64.sqrt(x)
    assert ((got.view(np.int64) == expected.view(np.int64)) | (np.isnan(got) & np.isnan(expected))).all()


def test_rsqrt_keeps_ieee_sqrt() -> None:
    """ATen's rsqrt (like std) takes the correctly rounded sqrt, not MKL's (tools/check_sqrt64.py --ops)."""
    x = torch.tensor([23.34096469164731], dtype=torch.float64)
    assert torch.rsqrt(x).item() == 1.0 / 4.831248771451054
