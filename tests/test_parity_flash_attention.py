"""PyTorch's fused CPU attention (``parity/flash_attention.py``) against recorded PyTorch runs.

tests/data/flash_attention_cases.json holds, for every case in
tools/record_flash_attention_cases.py (float32, and float64 ones), the SHA-256 of real PyTorch's
output and of the gradients of q, k and v (inputs come from a formula), on one thread and on
two, and of the MKL products the kernel's blocks exposed.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.parity import flash_attention
from autograd_tui.engine.parity.float32_math import VECTOR_LANES_AVX512
from autograd_tui.engine.parity.rounding import VECTOR_LANES
from oracle_tools import load_tool, threads  # noqa: F401 - threads: a fixture

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "flash_attention_cases.json").read_text("utf-8"))
TOOL = load_tool("record_flash_attention_cases")
measured_machine = pytest.mark.skipif(VECTOR_LANES != VECTOR_LANES_AVX512,
                                      reason="the kernel and MKL's order were measured on AVX512")


@measured_machine
@pytest.mark.parametrize("case", DATA["cases"], ids=lambda c: f"{TOOL.CASES[c['index']]}-t{c['threads']}")
def test_recorded_attention_case(case, threads):  # noqa: F811 - the fixture
    torch.set_num_threads(case["threads"])
    got = TOOL.run(torch, case["index"], TOOL.CASES[case["index"]])
    differing = sorted(key for key, value in case["digests"].items() if got.get(key) != value)
    assert not differing, f"differs from PyTorch in {differing}"


@measured_machine
@pytest.mark.parametrize("case", DATA["double_cases"],
                         ids=lambda c: f"{TOOL.DOUBLE_CASES[c['index']]}-t{c['threads']}")
def test_recorded_float64_attention_case(case, threads):  # noqa: F811 - the fixture
    torch.set_num_threads(case["threads"])
    got = TOOL.run(torch, case["index"], TOOL.DOUBLE_CASES[case["index"]], np.float64)
    differing = sorted(key for key, value in case["digests"].items() if got.get(key) != value)
    assert not differing, f"differs from PyTorch in {differing}"


@measured_machine
@pytest.mark.parametrize("case", DATA["products"], ids=lambda c: f"{TOOL.PRODUCTS[c['index']]}-t{c['threads']}")
def test_recorded_product(case, threads):  # noqa: F811 - the fixture
    torch.set_num_threads(case["threads"])
    assert TOOL.run_product(torch, case["index"], TOOL.PRODUCTS[case["index"]]) == case["digest"]


def test_exp_u20_stays_within_its_twenty_ulps_and_flushes_near_the_smallest_normal():
    x = -np.concatenate([np.geomspace(1e-8, 86.9, 200001), np.linspace(0, 86.9, 200001)]).astype(np.float32)
    got = flash_attention.exp_u20(x)
    exact = np.exp(x.astype(np.float64))
    ulps = np.abs(got.astype(np.float64) - exact) / np.spacing(exact.astype(np.float32)).astype(np.float64)
    assert got.dtype == np.float32
    assert ulps.max() <= 20
    # from x log2(e) + 1/2 < -125 its power 2^(n-1) has no exponent bits left: 0, as ATen's
    assert not flash_attention.exp_u20(np.array([-86.99, -88.0, -100.0, -np.inf], np.float32)).any()


def test_create_graph_keeps_a_differentiable_backward():
    # PyTorch differentiates the fused node's backward again; the engine then uses its formulas
    q = torch.randn(1, 2, 3, 4, requires_grad=True)
    out = torch.nn.functional.scaled_dot_product_attention(q, q, q)
    (grad,) = torch.autograd.grad(out.sum(), q, create_graph=True)
    assert grad.grad_fn is not None
    (second,) = torch.autograd.grad(grad.pow(2).sum(), q)
    assert second.shape == q.shape and bool(torch.isfinite(second).all())


def test_inputs_the_fused_kernel_refuses_take_the_explicit_path():
    # measured on PyTorch 2.13: each of these goes to the math path, whose last node is a view
    q = torch.randn(2, 3, 5, 8, requires_grad=True)
    k = torch.randn(2, 3, 6, 8, requires_grad=True)
    F = torch.nn.functional
    mask = torch.randn(5, 6, requires_grad=True)
    cases = [F.scaled_dot_product_attention(q, k, torch.randn(2, 3, 6, 6)),
             F.scaled_dot_product_attention(q, torch.randn(1, 3, 6, 8), torch.randn(1, 3, 6, 8)),
             F.scaled_dot_product_attention(q, k, k, attn_mask=mask),
             F.scaled_dot_product_attention(q, k, k, dropout_p=0.5)]
    assert [o.grad_fn.name() for o in cases] == ["UnsafeViewBackward0"] * 4
    cases[2].sum().backward()
    assert mask.grad is not None and mask.grad.shape == mask.shape
    with pytest.raises(RuntimeError, match="Expected attn_mask dtype to be bool or float or to match query dtype, "
                                           "but got attn_mask.dtype: double and  query.dtype: float instead."):
        F.scaled_dot_product_attention(q, k, k, attn_mask=torch.randn(5, 6).double())
