"""The optimizers' shared pieces: the loop over parameters and the fused arithmetic helpers."""
from __future__ import annotations

from fractions import Fraction

import numpy as np

from autograd_tui import engine as torch
from autograd_tui.engine.optim.optimizer import addcmul, fma, lerp


def _exact_fma(a: float, b: float, c: float) -> float:
    return float(Fraction(a) * Fraction(b) + Fraction(c))


def test_loop_skips_params_without_grad_and_fills_state_once() -> None:
    a = torch.ones(2, requires_grad=True)
    b = torch.ones(2, requires_grad=True)
    opt = torch.optim.Adam([a, b], lr=0.1)
    a.grad = torch.tensor([1.0, -2.0])
    seen = [(p is a, list(state)) for p, _, state in opt._params_with_grad(opt.param_groups[0])]
    assert seen == [(True, ["step", "exp_avg", "exp_avg_sq"])]
    assert b not in opt.state
    first = opt.state[a]["exp_avg"]
    for _ in opt._params_with_grad(opt.param_groups[0]):
        pass
    assert opt.state[a]["exp_avg"] is first  # a second walk keeps the state it made


def test_loop_negates_the_gradient_under_maximize() -> None:
    w = torch.ones(3, requires_grad=True)
    w.grad = torch.tensor([1.0, -2.0, 0.5])
    for maximize, sign in ((False, 1.0), (True, -1.0)):
        opt = torch.optim.SGD([w], lr=0.1, maximize=maximize)
        [(_, grad, _)] = opt._params_with_grad(opt.param_groups[0])
        assert grad.tolist() == [sign * 1.0, sign * -2.0, sign * 0.5]
    assert w.grad.tolist() == [1.0, -2.0, 0.5]  # the stored gradient is left alone


def test_sgd_without_momentum_keeps_no_state() -> None:
    w = torch.ones(2, requires_grad=True)
    w.grad = torch.ones(2)
    plain = torch.optim.SGD([w], lr=0.1)
    plain.step()
    assert plain.state_dict()["state"] == {}
    heavy = torch.optim.SGD([w], lr=0.1, momentum=0.5)
    heavy.step()
    assert list(heavy.state_dict()["state"][0]) == ["momentum_buffer"]


def test_float64_fma_and_addcmul_round_once() -> None:
    rng = np.random.default_rng(0)
    a, b, c = (rng.standard_normal(2000) for _ in range(3))
    # Near-cancellations, where a product rounded before the addition would show most.
    c[:500] = -a[:500] * b[:500] * (1 + rng.standard_normal(500) * 1e-12)
    fused = fma(a, b, c)
    assert fused.dtype == np.float64
    assert fused.tolist() == [_exact_fma(x, y, z) for x, y, z in zip(a, b, c)]
    value = 1 - 0.99
    out = addcmul(c, a, b, value)
    assert out.tolist() == [_exact_fma(x * value, y, z) for x, y, z in zip(a, b, c)]


def test_float32_addcmul_rounds_once() -> None:
    rng = np.random.default_rng(1)
    a, b, c = (rng.standard_normal(2000).astype(np.float32) for _ in range(3))
    out = addcmul(c, a, b, 0.1)
    scaled = a * np.float32(0.1)
    expected = [np.float32(_exact_fma(float(x), float(y), float(z))) for x, y, z in zip(scaled, b, c)]
    assert out.dtype == np.float32
    assert out.tolist() == [float(v) for v in expected]


def test_lerp_is_fused_from_the_nearer_end() -> None:
    rng = np.random.default_rng(2)
    start, end = rng.standard_normal(500), rng.standard_normal(500)
    diff = end - start
    for weight in (0.1, 0.9):
        expected = [_exact_fma(weight, d, s) if weight < 0.5 else _exact_fma(weight - 1, d, e)
                    for s, e, d in zip(start, end, diff)]
        assert lerp(start, end, weight).tolist() == expected
