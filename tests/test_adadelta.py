"""Adadelta follows its update rule (Zeiler, 2012, as PyTorch writes it) step by step."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch


@pytest.mark.parametrize("rho, eps, lr, weight_decay", [(0.9, 1e-6, 1.0, 0.0), (0.95, 1e-4, 0.5, 0.01)])
def test_adadelta_matches_the_rule_in_float64(rho, eps, lr, weight_decay):
    rng = np.random.default_rng(0)
    target = rng.standard_normal(6)
    w = torch.zeros(6, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.Adadelta([w], lr=lr, rho=rho, eps=eps, weight_decay=weight_decay)
    ref, sq, acc = np.zeros(6), np.zeros(6), np.zeros(6)
    for _ in range(20):
        opt.zero_grad()
        ((w - torch.tensor(target)) ** 2).sum().backward()
        opt.step()
        g = 2 * (ref - target) + weight_decay * ref
        sq = rho * sq + (1 - rho) * g * g
        delta = np.sqrt(acc + eps) / np.sqrt(sq + eps) * g
        acc = rho * acc + (1 - rho) * delta * delta
        ref = ref - lr * delta
    np.testing.assert_allclose(w.detach().numpy(), ref, rtol=1e-12, atol=1e-14)
    assert float(opt.state[w]["step"]) == 20.0


def test_adadelta_refuses_what_pytorch_refuses():
    with pytest.raises(ValueError, match="Invalid rho value: 1.5"):
        torch.optim.Adadelta([torch.zeros(1, requires_grad=True)], rho=1.5)
