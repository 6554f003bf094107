"""Module backward hooks: what the hooks see are the module's true gradients, and what they
return is what flows on (full hooks, their pre-hooks, and the deprecated kind)."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import nn


def _layer(seed: int) -> nn.Module:
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 2)).double()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_full_hook_sees_the_gradients_of_inputs_and_outputs(seed):
    model = _layer(seed)
    x = torch.randn(5, 3, dtype=torch.float64, requires_grad=True)
    w = torch.randn(5, 2, dtype=torch.float64)
    seen = {}
    model.register_full_backward_hook(lambda m, gi, go: seen.update(gi=gi, go=go))
    out = model(x)
    (out * w).sum().backward()
    expected, = torch.autograd.grad((model[2](model[1](model[0](x))) * w).sum(), x)
    np.testing.assert_allclose(seen["gi"][0].numpy(), expected.numpy(), rtol=1e-12)
    np.testing.assert_allclose(seen["go"][0].numpy(), w.numpy())
    np.testing.assert_allclose(x.grad.numpy(), expected.numpy(), rtol=1e-12)
    assert out.grad_fn.name() == "BackwardHookFunctionBackward"


def test_what_the_hooks_return_flows_on():
    model = _layer(3)
    x = torch.randn(4, 3, dtype=torch.float64, requires_grad=True)
    plain, = torch.autograd.grad(model(x).sum(), x)
    model.register_full_backward_pre_hook(lambda m, go: (go[0] * 3,))
    model.register_full_backward_hook(lambda m, gi, go: (gi[0] * 2,))
    model(x).sum().backward()
    # the pre-hook triples the output's gradient (the map is linear in it), the hook doubles the input's
    np.testing.assert_allclose(x.grad.numpy(), 6 * plain.numpy(), rtol=1e-12)


def test_without_inputs_that_need_grad_the_hook_fires_on_the_outputs_and_warns():
    model = _layer(4)
    calls = []
    model.register_full_backward_hook(lambda m, gi, go: calls.append((gi, go[0].shape)))
    with pytest.warns(UserWarning, match="no inputs require gradients"):
        model(torch.ones(2, 3, dtype=torch.float64)).sum().backward()
    assert calls == [((None,), torch.Size([2, 2]))]


def test_legacy_hook_gets_the_last_node_gradients():
    torch.manual_seed(5)
    lin = nn.Linear(3, 2)
    seen = []
    lin.register_backward_hook(lambda m, gi, go: seen.append(gi))
    x = torch.randn(4, 3, requires_grad=True)
    with pytest.warns(FutureWarning, match="multiple autograd Nodes"):
        y = lin(x)
    y.sum().backward()
    bias, inp, weight_t = seen[0]
    np.testing.assert_allclose(bias.numpy(), lin.bias.grad.numpy())
    np.testing.assert_allclose(inp.numpy(), x.grad.numpy())
    np.testing.assert_allclose(weight_t.numpy(), lin.weight.grad.numpy().T)
    with pytest.raises(RuntimeError, match="Cannot use both regular backward hooks and full backward hooks"):
        lin.register_full_backward_hook(lambda *a: None)


def test_removed_hooks_leave_the_graph_alone():
    model = _layer(6)
    handle = model.register_full_backward_hook(lambda *a: None)
    handle.remove()
    x = torch.ones(1, 3, dtype=torch.float64, requires_grad=True)
    assert model(x).grad_fn.name() == "AddmmBackward0"
