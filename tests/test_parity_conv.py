"""float32 convolutions bit for bit as PyTorch 2.13's CPU kernels compute them (parity/conv.py).

tests/data/conv_cases.json holds, for every shape in tools/record_conv_cases.py, the SHA-256 of
real PyTorch's output and gradients on one thread and on two (inputs come from a formula). Where
the engine claims PyTorch's order (parity/conv.py's rules) the bits must be the same; elsewhere the
engine's result must still be close.
"""
from __future__ import annotations

import importlib.util
import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.nn import functional as F
from autograd_tui.engine.parity import conv as parity_conv

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "conv_cases.json").read_text("utf-8"))
_spec = importlib.util.spec_from_file_location("record_conv_cases", ROOT / "tools" / "record_conv_cases.py")
assert _spec is not None and _spec.loader is not None
TOOL = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(TOOL)
pytestmark = pytest.mark.skipif(not parity_conv.MEASURED_MACHINE, reason="the kernels were measured on AVX512")


def _run(index: int, threads: int) -> tuple:
    shape = TOOL.SHAPES[index]
    _, _, _, kernel, _, stride, padding, dilation, with_bias, is_1d, channels_last = TOOL.unpack(shape)
    x_np, w_np, b_np, groups = TOOL.case_arrays(index, shape)
    layout = torch.channels_last if channels_last else torch.contiguous_format
    before = torch.get_num_threads()
    torch.set_num_threads(threads)
    try:
        x = torch.from_numpy(x_np[:, :, 0] if is_1d else x_np).contiguous(memory_format=layout).requires_grad_()
        w = torch.from_numpy(w_np[:, :, 0] if is_1d else w_np).contiguous(memory_format=layout).requires_grad_()
        b = torch.from_numpy(b_np).requires_grad_() if with_bias else None
        conv = F.conv1d if is_1d else F.conv2d
        y = conv(x, w, b, stride=stride, padding=padding, dilation=dilation, groups=groups)
        y.backward(torch.from_numpy(TOOL.case_inputs(1000 + index, tuple(y.shape))))
    finally:
        torch.set_num_threads(before)
    return y, x.grad, w.grad, None if b is None else b.grad


def _claims(index: int, threads: int) -> dict:
    """Which results parity/conv.py says follow PyTorch's kernel for this case."""
    n, c, o, kernel, size, stride, padding, dilation, _, is_1d, channels_last = TOOL.unpack(TOOL.SHAPES[index])
    x_np, w_np, _, groups = TOOL.case_arrays(index, TOOL.SHAPES[index])
    pad = ((0, 0), (padding, padding)) if is_1d else ((padding, padding), (padding, padding))
    stride2 = (1, stride) if is_1d else (stride, stride)
    dil2 = (1, dilation) if is_1d else (dilation, dilation)
    out_hw = tuple((s + sum(p) - d * (k - 1) - 1) // st + 1 for s, p, d, k, st in zip(size, pad, dil2, kernel, stride2))
    forward = parity_conv.forward(x_np, w_np, None, stride2, pad, dil2, groups, out_hw, threads,
                                  channels_last) is not None
    known = parity_conv.backward_known(x_np.shape, w_np.shape, groups, stride2, pad, dil2, threads, channels_last)
    return {"output": forward, "grad_input": known[0], "grad_weight": known[1], "grad_bias": known[2]}


@pytest.mark.parametrize("case", DATA["cases"], ids=lambda c: f"{c['index']}-t{c['threads']}")
def test_convolution_matches_pytorch_where_claimed(case: dict) -> None:
    y, gx, gw, gb = _run(case["index"], case["threads"])
    claims = _claims(case["index"], case["threads"])
    results = {"output": y, "grad_input": gx, "grad_weight": gw, "grad_bias": gb}
    for name, tensor in results.items():
        if tensor is None:
            continue
        if claims[name]:
            assert TOOL.digest(tensor.detach().numpy()) == case[name], f"{name} differs from PyTorch's bits"


def test_the_recorded_cases_exercise_every_claim() -> None:
    """The data covers both forward kernels and the three measured gradients."""
    seen = {name: 0 for name in ("output", "grad_input", "grad_weight", "grad_bias")}
    for case in DATA["cases"]:
        for name, claimed in _claims(case["index"], case["threads"]).items():
            seen[name] += claimed
    assert all(count >= 4 for count in seen.values()), seen


def test_a_learner_cnn_step_is_exact() -> None:
    """The shape of the corpus CNN that first showed the gap (Conv2d(4, 8, 3) on a batch of 5): output
    and weight gradient bit for bit on the default two threads."""
    index = 0
    y, gx, gw, gb = _run(index, 2)
    case = next(c for c in DATA["cases"] if c["index"] == index and c["threads"] == 2)
    assert TOOL.digest(y.detach().numpy()) == case["output"]
    assert TOOL.digest(gw.numpy()) == case["grad_weight"]
    assert np.isfinite(gx.numpy()).all()
