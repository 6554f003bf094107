"""Batched tensors inside the engine's vmap (engine/_vmap_levels.py).

The engine's vmap calls the function once per sample, so which tensors PyTorch would see as
BatchedTensors is tracked: what PyTorch refuses on them (a Python value, control flow, an
in-place write into a plain tensor) must be refused, and everything it allows on plain tensors
captured from outside, under any grad mode, must work. The messages themselves are checked
against PyTorch by the golden snippets (func/vmap_*).
"""
from __future__ import annotations

import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import _vmap_levels
from autograd_tui.engine.func import grad, vmap

XS = torch.tensor([[1.0, -2.0], [3.0, 4.0], [0.5, 0.25]])


@pytest.mark.parametrize("grad_enabled", [True, False])
@pytest.mark.parametrize("derive", [
    lambda x: x, lambda x: x * 2, lambda x: (x + 1).sum(), lambda x: x.exp().mean(), lambda x: x[0],
    lambda x: x.reshape(2, 1).T, lambda x: x.detach(), lambda x: x.long(), lambda x: x.abs().max(),
    lambda x: x.argmax(), lambda x: (x > 0).all(), lambda x: torch.nn.functional.linear(x, torch.ones(3, 2)),
    lambda x: torch.where(x > 0, x, torch.zeros(2)), lambda x: torch.stack([x, torch.ones(2)]),
])
def test_what_is_computed_from_a_sample_is_batched(derive, grad_enabled):
    seen = []

    def body(x):
        seen.append(_vmap_levels.level_of(derive(x)))
        return x
    with torch.set_grad_enabled(grad_enabled):
        vmap(body)(XS)
    assert len(seen) == 3 and all(level is not None for level in seen)
    assert not seen[0].active  # handed back: plain again


def test_captured_tensors_and_what_only_they_make_stay_plain():
    w = torch.tensor([2.0, 3.0])

    def body(x):
        doubled = w * 2
        assert _vmap_levels.level_of(doubled) is None
        if doubled.sum() > 0 and w.max().item() == 3.0:
            return x * float(w[0]) + int(w[1]) + torch.tensor(w.tolist()).sum()
        return x
    assert torch.equal(vmap(body)(XS), XS * 2 + 3 + 5)


@pytest.mark.parametrize("use", [
    lambda x: x.sum().item(), lambda x: float(x[0]), lambda x: int(x[1]), lambda x: bool(x.sum() > 0),
    lambda x: [0, 1, 2][x.long()[0].abs()], lambda x: x.tolist(), lambda x: x.numpy(), lambda x: repr(x),
    lambda x: torch.zeros(2).add_(x), lambda x: torch.zeros(2).copy_(x), lambda x: x.nonzero(),
])
def test_python_values_of_a_batched_tensor_are_refused(use):
    with pytest.raises((RuntimeError, NotImplementedError)):
        vmap(use)(XS)


def test_results_handed_back_are_plain():
    out = vmap(lambda x: x * 2)(XS)
    assert out.sum().item() == pytest.approx(2 * XS.sum().item())
    assert out.numpy().shape == (3, 2)


def test_an_outer_vmap_batch_is_seen_inside_an_inner_one():
    def outer(a):
        return vmap(lambda b: b * a.sum().item())(torch.ones(2))
    with pytest.raises(RuntimeError, match="calling .item"):
        vmap(outer)(XS)
    assert vmap(lambda a: vmap(lambda b: b * a)(torch.ones(2)))(XS).shape == (3, 2, 2)


def test_a_grad_inside_vmap_takes_the_fallback_message():
    with pytest.raises(RuntimeError, match=r"either \(1\) calling .item"):
        vmap(grad(lambda v: v.sum() * v.sum().item()))(XS)
    # the same value outside vmap, and a captured one inside, are fine
    assert grad(lambda v: v.sum() * v.sum().item())(XS[0]).tolist() == [-1.0, -1.0]


def test_randomness_same_gives_every_sample_the_same_draw():
    torch.manual_seed(3)
    out = vmap(lambda x: x * 0 + torch.randn(2), randomness="same")(XS)
    torch.manual_seed(3)
    once = torch.randn(2)
    assert torch.equal(out, once.expand(3, 2))
    assert torch.equal(torch.randn(2), (torch.manual_seed(3), torch.randn(2), torch.randn(2))[2])


@pytest.mark.parametrize("transform", [
    lambda f: vmap(f), lambda f: grad(lambda v: f(v).sum()), lambda f: vmap(grad(lambda v: f(v).sum())),
])
def test_the_autograd_api_is_refused_inside_a_transformed_function(transform):
    with pytest.raises(RuntimeError, match="requires_grad_"):
        transform(lambda v: v * torch.ones(2).requires_grad_())(XS)
    with pytest.raises(RuntimeError, match="backward"):
        transform(lambda v: v * ((torch.ones(2, requires_grad=True) * 2).sum().backward() is None))(XS)
    # the transforms' own leaves, nested, and a factory's requires_grad= are not the user's calls
    assert transform(lambda v: v * torch.ones(2, requires_grad=True).detach())(XS).shape[-1] == 2
    assert not _vmap_levels.USER_CODE[0]
