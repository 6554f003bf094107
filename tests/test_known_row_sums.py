"""nll_loss's gradient of a plain batch hands log_softmax's backward its row sums (one nonzero per
row), which then skips adding the rows up: the same bits as adding them, and never used once code
other than the engine's formulas could have changed the gradient in place (a hook, a node applied
by hand, a custom Function)."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch
from autograd_tui.engine.functions import reductions
from autograd_tui.engine.parity import softmax

F = torch.nn.functional


@pytest.fixture
def known_sums_taken(monkeypatch) -> list:
    """What ``log_softmax_backward``'s kernel was told of the row sums, call by call."""
    told: list = []
    kernel = softmax.log_softmax_backward

    def spy(grad, out, row_sum=None):
        told.append(row_sum)
        return kernel(grad, out, row_sum)
    monkeypatch.setattr(reductions.softmax_kernels, "log_softmax_backward", spy)
    return told


def _batch(n: int, c: int, seed: int = 0) -> tuple:
    torch.manual_seed(seed)
    scores = (torch.randn(n, c) * 3).requires_grad_()
    return scores, torch.randint(0, c, (n,))


def _bits(a: np.ndarray) -> bytes:
    return np.ascontiguousarray(a).view(np.uint8).tobytes()


@pytest.mark.parametrize("n, c, reduction", [(128, 10, "mean"), (100, 10, "mean"), (64, 37, "sum"),
                                             (300, 3, "mean"), (1, 5, "mean")])
def test_plain_batch_takes_the_known_sums_with_the_same_bits(known_sums_taken, n, c, reduction) -> None:
    scores, target = _batch(n, c)
    logp = F.log_softmax(scores, 1)
    logp.retain_grad()
    F.nll_loss(logp, target, reduction=reduction).backward()
    assert known_sums_taken == [-(1 / np.float32(n)) if reduction == "mean" else -1.0]
    expected = softmax.log_softmax_backward(logp.grad.numpy(), logp.detach().numpy())
    assert _bits(scores.grad.numpy()) == _bits(expected)


def test_cross_entropy_step_takes_the_known_sums(known_sums_taken) -> None:
    scores, target = _batch(128, 10)
    F.cross_entropy(scores, target).backward()
    assert known_sums_taken == [np.float32(-1 / 128)]


def _plain_gradient(target) -> np.ndarray:
    """nll_loss's gradient of a mean over a batch: -1/N at each target, +0.0 elsewhere."""
    grad = np.zeros((target.shape[0], 10), np.float32)
    grad[np.arange(target.shape[0]), target.numpy()] = -1 / np.float32(target.shape[0])
    return grad


def _change_first_row(g) -> None:
    g.detach().numpy()[0, :] += 0.25  # in place, no version bump: the row sums are no longer -1/128


def _times_three(g) -> None:
    g.data.mul_(3.0)  # in place through .data: every row sum is -3/128, not a power of two


@pytest.mark.parametrize("attach, change", [
    (lambda logp, loss: logp.register_hook(_change_first_row), _change_first_row),
    (lambda logp, loss: logp.register_hook(_times_three), _times_three),
    (lambda logp, loss: loss.grad_fn.register_hook(lambda grad_inputs, grad_outputs: _change_first_row(grad_inputs[0])),
     _change_first_row),
    (lambda logp, loss: logp.grad_fn.register_prehook(lambda grads: _change_first_row(grads[0])), _change_first_row),
], ids=["tensor hook", "tensor hook through .data", "nll node's hook", "log_softmax node's prehook"])
def test_a_hook_that_changes_the_gradient_in_place_is_seen(known_sums_taken, attach, change) -> None:
    scores, target = _batch(128, 10, seed=3)
    logp = F.log_softmax(scores, 1)
    loss = F.nll_loss(logp, target)
    attach(logp, loss)
    loss.backward()
    assert known_sums_taken == [None]
    changed = torch.from_numpy(_plain_gradient(target))
    change(changed)
    out = logp.detach().numpy()
    assert _bits(scores.grad.numpy()) == _bits(softmax.log_softmax_backward(changed.numpy(), out))
    assert _bits(scores.grad.numpy()) != _bits(softmax.log_softmax_backward(_plain_gradient(target), out))


def test_nodes_applied_by_hand(known_sums_taken) -> None:
    scores, target = _batch(128, 10, seed=5)
    logp = F.log_softmax(scores, 1)
    loss = F.nll_loss(logp, target)
    (grad,) = loss.grad_fn(torch.tensor(1.0))
    _change_first_row(grad)
    (got,) = logp.grad_fn(grad)
    assert known_sums_taken == [None]
    assert _bits(got.detach().numpy()) == _bits(softmax.log_softmax_backward(grad.detach().numpy(),
                                                                             logp.detach().numpy()))


def test_a_custom_function_between_them(known_sums_taken) -> None:
    """A custom Function's backward may hold the gradient and change it: the sums are not taken."""
    class Passing(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            return x.view_as(x)

        @staticmethod
        def backward(ctx, g):
            _change_first_row(g)
            return g

    scores, target = _batch(128, 10, seed=7)
    logp = F.log_softmax(scores, 1)
    F.nll_loss(Passing.apply(logp), target).backward()
    assert known_sums_taken == [None]
    changed = torch.from_numpy(_plain_gradient(target))
    _change_first_row(changed)
    assert _bits(scores.grad.numpy()) == _bits(softmax.log_softmax_backward(changed.numpy(), logp.detach().numpy()))


def test_the_gradient_given_as_a_root_later(known_sums_taken) -> None:
    """nll_loss's gradient of a leaf becomes its .grad; changed and given to another backward as the
    root gradient of a log_softmax, its rows are added up again."""
    scores, target = _batch(128, 10, seed=9)
    logp = scores.detach().log_softmax(1).requires_grad_()
    F.nll_loss(logp, target).backward()
    _change_first_row(logp.grad)
    other = scores.detach().requires_grad_()
    out = F.log_softmax(other, 1)
    out.backward(logp.grad)
    assert known_sums_taken == [None]
    expected = softmax.log_softmax_backward(logp.grad.numpy(), out.detach().numpy())
    assert _bits(other.grad.numpy()) == _bits(expected)
