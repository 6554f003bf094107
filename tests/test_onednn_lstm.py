"""float32 nn.LSTM bit for bit as PyTorch 2.13 runs it through oneDNN (parity/onednn_lstm.py).

tests/data/lstm_cases.json holds, for every shape in tools/record_lstm_cases.py, the SHA-256 of
real PyTorch's output, h_n, c_n and gradients (grad mode), and of its output, h_n and c_n under
``no_grad``, on one thread and on two (inputs come from a formula).
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.parity import onednn_lstm
from autograd_tui.engine.parity.float32_math import VECTOR_LANES_AVX512
from autograd_tui.engine.parity.rounding import VECTOR_LANES
from oracle_tools import load_tool

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = json.loads((ROOT / "tests" / "data" / "lstm_cases.json").read_text("utf-8"))
TOOL = load_tool("record_lstm_cases")
measured_machine = pytest.mark.skipif(VECTOR_LANES != VECTOR_LANES_AVX512,
                                      reason="oneDNN's kernels were measured on AVX512")


@measured_machine
@pytest.mark.parametrize("case", DATA["cases"], ids=lambda c: f"{TOOL.SHAPES[c['index']]}-t{c['threads']}")
def test_recorded_lstm_case(case):
    before = torch.get_num_threads()
    torch.set_num_threads(case["threads"])
    try:
        got = TOOL.run(torch, case["index"], TOOL.SHAPES[case["index"]])
    finally:
        torch.set_num_threads(before)
    differing = sorted(key for key, value in case["digests"].items() if got.get(key) != value)
    assert not differing, f"differs from PyTorch in {differing}"
    assert set(got) == set(case["digests"])


def test_activations_stay_within_four_ulps_of_the_true_values():
    x = np.concatenate([np.linspace(-12, 12, 20001), np.geomspace(1e-6, 12, 2000)]).astype(np.float32)
    x = np.concatenate([x, -x])
    for ours, exact in ((onednn_lstm.tanh, np.tanh(x.astype(np.float64))),
                        (onednn_lstm.sigmoid, 1 / (1 + np.exp(-x.astype(np.float64))))):
        got = ours(x)
        assert got.dtype == np.float32
        ulps = np.abs(got.astype(np.float64) - exact) / np.spacing(exact.astype(np.float32)).astype(np.float64)
        assert ulps.max() <= 4
    assert np.array_equal(onednn_lstm.tanh(-x), -onednn_lstm.tanh(x))


@pytest.mark.parametrize("shape", [(1, 7), (5, 1), (3, 40), (4, 600), (1, 300), (2, 17)])
def test_sgemm_kernels_add_the_same_products(shape):
    """Every kernel (matrix-vector, dot product, blocks of k) is a sum of the same products:
    close to the float64 product, whatever its order."""
    rows, k = shape
    rng = np.random.default_rng(rows * 1000 + k)
    p = rng.standard_normal((rows, k)).astype(np.float32)
    for cols in (1, 3, 20):
        q = rng.standard_normal((k, cols)).astype(np.float32)
        start = rng.standard_normal((rows, cols)).astype(np.float32)
        exact = start.astype(np.float64) + p.astype(np.float64) @ q.astype(np.float64)
        for threads in (1, 2):
            got = onednn_lstm.sgemm(p, q, start, threads)
            assert got.shape == (rows, cols) and got.dtype == np.float32
            assert np.allclose(got, exact, rtol=1e-5, atol=1e-4 * np.sqrt(k))


def _lstm_pair(**kwargs):
    torch.manual_seed(3)
    single = torch.nn.LSTM(**kwargs)
    double = torch.nn.LSTM(**kwargs).double()
    double.load_state_dict({k: v.double() for k, v in single.state_dict().items()})
    return single, double


@pytest.mark.parametrize("kwargs", [dict(input_size=3, hidden_size=5, num_layers=2, bidirectional=True),
                                    dict(input_size=1, hidden_size=9, batch_first=True, bias=False)])
def test_float32_gradients_agree_with_the_float64_composition(kwargs):
    single, double = _lstm_pair(**kwargs)
    x = torch.randn(4, 6, kwargs["input_size"])
    results = []
    for module, data in ((single, x), (double, x.double())):
        inp = data.clone().requires_grad_()
        out, (h, c) = module(inp)
        (out.sin().sum() + h.sum() * 0.5 + c.cos().sum()).backward()
        results.append([inp.grad] + [p.grad for p in module.parameters()])
    for a, b in zip(*results):
        assert np.allclose(a.numpy(), b.numpy(), rtol=1e-4, atol=1e-5)


def test_a_second_backward_pass_uses_its_own_gradients():
    torch.manual_seed(0)
    lstm = torch.nn.LSTM(2, 3)
    out, _ = lstm(torch.randn(4, 1, 2))
    assert out.grad_fn.name() == "MkldnnRnnLayerBackward0"
    out.sum().backward(retain_graph=True)
    first = lstm.weight_ih_l0.grad.clone()
    lstm.zero_grad()
    (out.sum() * 2).backward()
    assert np.array_equal(lstm.weight_ih_l0.grad.numpy(), (first * 2).numpy())


def test_double_backward_follows_the_differentiable_composition():
    """With create_graph PyTorch differentiates a rebuilt composition; the float32 second-order
    gradients must agree with the float64 LSTM's (which the engine differentiates op by op)."""
    single, double = _lstm_pair(input_size=3, hidden_size=4, num_layers=2, bidirectional=True)
    x = torch.randn(5, 2, 3)
    results = []
    for module, data in ((single, x), (double, x.double())):
        inp = data.clone().requires_grad_()
        out, (h, c) = module(inp)
        g, = torch.autograd.grad((out ** 2).sum() + c.sum(), inp, create_graph=True)
        assert g.grad_fn is not None
        g.pow(2).sum().backward()
        results.append([g.detach(), inp.grad] + [p.grad for p in module.parameters()])
    for a, b in zip(*results):
        assert np.allclose(a.numpy(), b.numpy(), rtol=1e-4, atol=1e-5)
