"""float32 matrix products bit for bit as PyTorch 2.13's MKL computes them.

Every expected output in tests/data/matmul_cases.json was produced by real PyTorch
(tools/measure_matmul_float32.py --record) on one thread and on two; the inputs come from the
formula below (the tool's ``case_inputs``). The engine's own torch API replays each case.
"""
from __future__ import annotations

import json
import pathlib

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.functions import linalg
from autograd_tui.engine.parity import matmul as mkl_order

DATA = json.loads((pathlib.Path(__file__).parent / "data" / "matmul_cases.json").read_text("utf-8"))
pytestmark = pytest.mark.skipif(not linalg._MKL_ORDER, reason="MKL's kernels were measured on AVX512 machines")


def case_inputs(seed: int, shape: tuple) -> np.ndarray:
    count = int(np.prod(shape))
    i = np.arange(count, dtype=np.int64) + 1
    v = (i * 2654435761 + seed * 40503) % (1 << 24)
    return (v.astype(np.float64) / (1 << 22) - 2.0).astype(np.float32).reshape(shape)


def case_operand(seed: int, shape: tuple, offset: int) -> np.ndarray:
    count = int(np.prod(shape))
    return case_inputs(seed, (count + offset,))[offset:].reshape(shape)


def _tensor(data: np.ndarray, transposed: bool):
    """The values of ``data``, as a transposed view of a contiguous tensor where asked."""
    if transposed:
        return torch.from_numpy(np.ascontiguousarray(data.T)).t()
    return torch.from_numpy(data)


def _engine_result(case: dict) -> np.ndarray:
    op, layout, shape, seed = case["op"], case["layout"], tuple(case["shape"]), case["seed"]
    if op == "bmm":
        count, m, k, n = shape
        data = case_inputs(seed + 1, (count, k, n))
        if layout[1] == "T":
            b = torch.from_numpy(np.ascontiguousarray(data.transpose(0, 2, 1))).transpose(1, 2)
        else:
            b = torch.from_numpy(data)
        return torch.bmm(torch.from_numpy(case_inputs(seed, (count, m, k))), b).numpy()
    m, k, n = shape
    a = _tensor(case_operand(seed, (m, k), case.get("offset", 0)), layout[0] == "T")
    if op == "dot":
        return np.array([torch.dot(a[0], torch.from_numpy(case_inputs(seed + 1, (k,)))).item()], np.float32)
    if op == "mv":
        return torch.mv(a, torch.from_numpy(case_inputs(seed + 1, (k,)))).numpy()
    b = _tensor(case_inputs(seed + 1, (k, n)), layout[1] == "T")
    if op == "addmm":
        return torch.addmm(torch.from_numpy(case_inputs(seed + 2, (n,))), a, b).numpy()
    return torch.mm(a, b).numpy()


@pytest.mark.parametrize("case", DATA["cases"], ids=lambda c: f"{c['op']}-{c['layout']}-"
                         f"{'x'.join(map(str, c['shape']))}-o{c.get('offset', 0)}-t{c['threads']}")
def test_bit_exact_on_recorded_cases(case: dict) -> None:
    before = torch.get_num_threads()
    torch.set_num_threads(case["threads"])
    try:
        got = np.ascontiguousarray(_engine_result(case), np.float32)
    finally:
        torch.set_num_threads(before)
    expected = np.frombuffer(bytes.fromhex(case["output"]), "<f4").reshape(got.shape)
    bad = np.flatnonzero(got.view(np.uint32) != expected.view(np.uint32))
    assert bad.size == 0, (f"{bad.size} of {got.size} elements differ, e.g. {got.ravel()[bad[:3]]} "
                           f"where PyTorch has {expected.ravel()[bad[:3]]}")


def test_linear_layer_and_its_gradients_use_the_same_products() -> None:
    """nn.Linear's forward is addmm with weight.t(); its weight gradient grad.t() @ x: both are
    recorded cases above; here the autograd path must reach them too (no other product)."""
    torch.manual_seed(0)
    x = torch.randn(16, 3)
    layer = torch.nn.Linear(3, 4)
    out = layer(x)
    direct = mkl_order.product(x.numpy(), layer.weight.detach().numpy().T, torch.get_num_threads(),
                               layer.bias.detach().numpy())
    assert np.array_equal(out.detach().numpy().view(np.uint32), direct.view(np.uint32))
    grad = case_inputs(5, (16, 4))
    out.backward(torch.from_numpy(grad))
    weight_grad = mkl_order.product(grad.T, x.numpy(), torch.get_num_threads())  # (4, 3), as stored
    assert np.array_equal(layer.weight.grad.numpy().view(np.uint32), weight_grad.view(np.uint32))


def test_sums_of_negative_zeros_are_positive_zero_unless_the_added_term_starts_them() -> None:
    # Measured: MKL's registers start at +0 (mm gives 0.), addmm's small kernel starts from -0.
    zeros, minus = torch.zeros(2, 3), -torch.ones(3, 2)
    assert str(torch.mm(zeros, minus)[0, 0].item()) == "0.0"
    assert str(torch.addmm(-torch.zeros(2), zeros, minus)[0, 0].item()) == "-0.0"


def test_fused_chain_in_numpy_equals_openblas_rank_one_updates() -> None:
    rng = np.random.default_rng(0)
    for m, k, n in [(1, 1, 1), (4, 7, 12), (5, 33, 70), (13, 3, 17)]:
        a = rng.standard_normal((m, k)).astype(np.float32)
        b = rng.standard_normal((k, n)).astype(np.float32)
        in_numpy = mkl_order._fused_chain(a.astype(np.float64), b.astype(np.float64))
        assert np.array_equal(mkl_order._fused(a, b).view(np.uint32), in_numpy.view(np.uint32))


def test_one_openblas_product_equals_the_fused_chain() -> None:
    """_fused hands whole blocks to OpenBLAS where its kernel adds as MKL's packed one; every
    element must still be the in-order chain of fused multiply-adds, also where tiny operands
    round a sum to -0 (OpenBLAS would make it +0) and where zeros make exact +0 sums."""
    rng = np.random.default_rng(7)
    for trial in range(300):
        m, n = (int(v) for v in rng.integers(2, 70, 2))
        k = int(rng.integers(1, 193))
        a = (rng.standard_normal((m, k)) * np.exp2(rng.integers(-30, 30, (m, k)))).astype(np.float32)
        b = rng.standard_normal((k, n)).astype(np.float32)
        if trial % 4 == 0:
            a *= np.float32(1e-22)
            b *= np.float32(1e-22)
        if trial % 5 == 0:
            a[:, 0] = -0.0
            b[:, 1] = 0.0
        expected = mkl_order._fused_chain(a.astype(np.float64), b.astype(np.float64))
        assert np.array_equal(mkl_order._fused(a, b).view(np.uint32), expected.view(np.uint32)), (m, k, n)


def test_real_layers_keep_numpys_blas() -> None:
    # The MLP benchmark's products (128 x 784 x 256) must not pay for the emulation.
    assert not mkl_order.covers(128, 784, 256)
    assert not mkl_order.covers(128, 256, 10)


@pytest.mark.parametrize("shape", [(30, 16), (30, 4, 4), (50, 3, 7), (40, 20, 1), (9, 2, 8)])
def test_numpy_reduces_a_leading_axis_in_order(shape: tuple) -> None:
    # parity/matmul.py's _chain relies on it for wide arrays (a change in numpy would show here).
    x = np.random.default_rng(1).standard_normal(shape).astype(np.float32)
    in_order = x[0].copy()
    for row in x[1:]:
        in_order = in_order + row
    assert np.array_equal(mkl_order._chain(x[0], x[1:]).view(np.uint32), in_order.view(np.uint32))
