"""AccumulateGrad keeps a computed gradient as ``.grad`` without copying it, when it may.

PyTorch does the same (it "steals" a gradient nothing else refers to); for a training step it
saves a copy of every weight's gradient. The goldens ``autograd/grad_never_aliased`` and
``matmul/grad_layout`` check what a learner can see (no aliasing, PyTorch's strides); these
tests check that the copy is really skipped.
"""
from __future__ import annotations

import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import _tensor, graph, nn


@pytest.fixture(autouse=True)
def steal_from_any_size(monkeypatch):
    # the tests use small leaves; the engine only steals for big ones (copying a small array is
    # cheaper than tracking, on every node, which gradients only the engine holds)
    monkeypatch.setattr(graph, "STEAL_MIN_ELEMENTS", 0)


@pytest.fixture
def copies(monkeypatch):
    count = {"n": 0}
    original = _tensor.Tensor._detached_copy

    def counting(self, *args):
        count["n"] += 1
        return original(self, *args)

    monkeypatch.setattr(_tensor.Tensor, "_detached_copy", counting)
    return count


def test_a_linear_layers_weight_gradient_is_not_copied(copies):
    torch.manual_seed(0)
    layer = nn.Linear(6, 4)
    layer(torch.randn(8, 6)).pow(2).sum().backward()
    assert copies["n"] == 0
    assert layer.weight.grad.shape == (4, 6) and layer.weight.grad.is_contiguous()


def test_a_gradient_shared_by_two_leaves_is_copied_for_each(copies):
    a = torch.ones(3, requires_grad=True)
    b = torch.ones(3, requires_grad=True)
    (a + b).sum().backward()
    assert copies["n"] == 2
    a.grad.add_(1)
    assert b.grad.tolist() == [1.0, 1.0, 1.0]


def test_the_callers_gradient_is_copied(copies):
    x = torch.ones(2, requires_grad=True)
    g = torch.tensor([1.0, 2.0])
    x.backward(g)
    assert copies["n"] == 1
    g.zero_()
    assert x.grad.tolist() == [1.0, 2.0]


def test_second_backward_adds_in_place_into_the_kept_gradient():
    w = torch.ones(3, requires_grad=True)
    (w * 2).sum().backward()
    first = w.grad
    (w * 3).sum().backward()
    assert w.grad is first and first.tolist() == [5.0, 5.0, 5.0]


def test_two_views_of_one_gradient_never_become_two_leaves_grads():
    # cat's backward hands each input a slice of one gradient: both must be copied.
    a = torch.ones(2, requires_grad=True)
    b = torch.ones(2, requires_grad=True)
    torch.cat([a, b]).pow(2).sum().backward()
    a.grad.add_(1)
    assert b.grad.tolist() == [2.0, 2.0]
    assert a.grad.tolist() == [3.0, 3.0]


def test_a_gradient_a_tensor_hook_saw_is_copied(copies):
    # add's backward passes the gradient on as it is: the one the hook kept must not become .grad.
    seen = []
    x = torch.ones(3, requires_grad=True)
    y = x + 1
    y.register_hook(lambda g: seen.append(g))
    (y * 3).sum().backward()
    assert copies["n"] == 1
    seen[0].add_(100)
    assert x.grad.tolist() == [3.0, 3.0, 3.0]


def test_small_leaves_get_a_copy_and_big_ones_the_computed_gradient(copies, monkeypatch):
    monkeypatch.setattr(graph, "STEAL_MIN_ELEMENTS", 1024)
    small = torch.ones(2, requires_grad=True)
    (small * 3).sum().backward()
    assert copies["n"] == 1 and small.grad.tolist() == [3.0, 3.0]
    big = torch.ones(1024, requires_grad=True)
    (big * 3).sum().backward()
    assert copies["n"] == 1 and big.grad[0].item() == 3.0


def test_a_small_leaf_gets_a_copy_in_a_pass_where_a_big_one_keeps_its_gradient(copies, monkeypatch):
    monkeypatch.setattr(graph, "STEAL_MIN_ELEMENTS", 1024)
    small = torch.ones(2, requires_grad=True)
    big = torch.ones(1024, requires_grad=True)
    ((small * 3).sum() + (big * 3).sum()).backward()
    assert copies["n"] == 1 and small.grad.tolist() == [3.0, 3.0] and big.grad[0].item() == 3.0


def test_a_pass_that_cannot_steal_copies_even_after_one_that_could(copies, monkeypatch):
    # The first pass may hand buffers over (a big leaf), the second may not (no big leaf): a leaf
    # that kept its gradient in the first must not keep the caller's in the second.
    monkeypatch.setattr(graph, "STEAL_MIN_ELEMENTS", 2)  # first pass: both leaves count as big
    small = torch.ones(2, requires_grad=True)
    big = torch.ones(1024, requires_grad=True)
    ((small * 3).sum() + (big * 3).sum()).backward()
    assert copies["n"] == 0 and small.grad.tolist() == [3.0, 3.0]
    monkeypatch.setattr(graph, "STEAL_MIN_ELEMENTS", 1024)
    small.grad = None
    g = torch.tensor([1.0, 2.0])
    small.view(2).backward(g)  # view's backward passes the caller's gradient on as a view
    assert copies["n"] == 1
    g.zero_()
    assert small.grad.tolist() == [1.0, 2.0]
