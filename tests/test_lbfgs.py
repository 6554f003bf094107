"""optim.LBFGS beyond the goldens: what it converges to, how often it calls the closure, and that
its state survives a state_dict round trip."""
from __future__ import annotations

import copy

import numpy as np
import pytest

from autograd_tui import engine as torch


def _quadratic(seed: int) -> tuple:
    rng = np.random.default_rng(seed)
    m = rng.standard_normal((5, 5))
    a = torch.tensor(m @ m.T + 5 * np.eye(5))
    b = torch.tensor(rng.standard_normal(5))
    return a, b


@pytest.mark.parametrize("line_search_fn", [None, "strong_wolfe"])
def test_minimises_a_quadratic_to_the_linear_solve(line_search_fn) -> None:
    a, b = _quadratic(0)
    x = torch.zeros(5, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([x], max_iter=50, tolerance_grad=1e-12, tolerance_change=1e-14,
                            line_search_fn=line_search_fn)

    def closure():
        opt.zero_grad()
        loss = 0.5 * (x @ a @ x) - b @ x
        loss.backward()
        return loss
    for _ in range(3):
        opt.step(closure)
    # PyTorch stops too once the loss changes by less than tolerance_change: close, not exact.
    np.testing.assert_allclose(x.detach().numpy(), np.linalg.solve(a.numpy(), b.numpy()), rtol=1e-5, atol=1e-7)


def test_without_line_search_one_step_calls_the_closure_max_iter_times() -> None:
    a, b = _quadratic(1)
    x = torch.zeros(5, dtype=torch.float64, requires_grad=True)
    opt = torch.optim.LBFGS([x], max_iter=4)
    calls = []

    def closure():
        calls.append(torch.is_grad_enabled())
        opt.zero_grad()
        loss = 0.5 * (x @ a @ x) - b @ x
        loss.backward()
        return loss
    with torch.no_grad():  # the closure still records: LBFGS turns grad mode on for it
        first = opt.step(closure)
    assert calls == [True] * 4
    assert first.item() == 0.0  # the loss at the starting point, not after the step
    assert opt.state[x]["func_evals"] == 4 and opt.state[x]["n_iter"] == 4


def test_state_dict_round_trip_continues_identically() -> None:
    a, b = _quadratic(2)

    def run(x, opt, steps):
        def closure():
            opt.zero_grad()
            loss = 0.5 * (x @ a @ x) - b @ x
            loss.backward()
            return loss
        for _ in range(steps):
            opt.step(closure)

    x1 = torch.zeros(5, dtype=torch.float64, requires_grad=True)
    opt1 = torch.optim.LBFGS([x1], max_iter=2, history_size=3)
    run(x1, opt1, 2)
    x2 = x1.detach().clone().requires_grad_(True)
    opt2 = torch.optim.LBFGS([x2], max_iter=2, history_size=3)
    # a copy, as torch.save and torch.load give: load_state_dict keeps the very tensors it is given, so
    # two optimizers loaded from one live state dict share prev_flat_grad (and drift, as in PyTorch)
    opt2.load_state_dict(copy.deepcopy(opt1.state_dict()))
    assert len(opt2.state[x2]["old_dirs"]) == len(opt1.state[x1]["old_dirs"]) > 0
    run(x1, opt1, 2)
    run(x2, opt2, 2)
    assert torch.equal(x1, x2)
