"""The meta device (engine/meta.py): shapes without values, PyTorch's refusals, and no trace left
on CPU tensors or on the random generator. The printed texts are checked against PyTorch by the
golden snippets in tests/golden/snippets/devices/meta_*.py; these tests check the mechanism."""
from __future__ import annotations

import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import meta, nn


@pytest.fixture(autouse=True)
def _fresh():
    torch._reset_warn_once()
    yield
    torch._reset_warn_once()


def test_results_of_meta_inputs_are_meta_and_cpu_tensors_stay_cpu():
    m = torch.zeros(2, 3, device="meta")
    c = torch.ones(2, 3)
    assert (m * 2).is_meta and m.sum(1).is_meta and torch.relu(m).is_meta
    assert not (c * 2).is_meta and (c * 2).tolist() == [[2.0] * 3] * 2
    assert repr(c + 1) == "tensor([[2., 2., 2.],\n        [2., 2., 2.]])"


def test_reading_values_raises_pytorchs_errors():
    m = torch.zeros(3, device="meta")
    with pytest.raises(RuntimeError, match="item\\(\\) cannot be called on meta tensors"):
        m.sum().item()
    with pytest.raises(NotImplementedError, match="no data"):
        m.tolist()
    with pytest.raises(TypeError, match="meta device type tensor to numpy"):
        m.numpy()
    with pytest.raises(NotImplementedError, match="nonzero"):
        m[m > 0]
    with pytest.raises(RuntimeError, match="not on the expected device meta"):
        m + torch.ones(3)


def test_meta_creation_and_meta_init_draw_no_random_numbers():
    torch.manual_seed(3)
    expected = torch.randn(4).tolist()
    torch.manual_seed(3)
    torch.rand(5, device="meta")
    with torch.device("meta"):
        layer = nn.Linear(8, 8)
    assert layer.weight.is_meta and layer.bias.is_meta
    assert torch.randn(4).tolist() == expected


def test_backward_on_meta_gives_meta_gradients():
    w = torch.zeros(2, 3, device="meta", requires_grad=True)
    (w * 2).sum().backward()
    assert w.grad.is_meta and tuple(w.grad.shape) == (2, 3)


def test_modules_move_to_meta_and_back_to_empty_cpu_tensors():
    net = nn.Sequential(nn.Conv2d(1, 4, 3), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 26 * 26, 10)).to("meta")
    assert all(p.is_meta for p in net.parameters())
    out = net(torch.empty(2, 1, 28, 28, device="meta"))
    assert out.is_meta and tuple(out.shape) == (2, 10)
    net.to_empty(device="cpu")
    assert not any(p.is_meta for p in net.parameters())
    assert tuple(net[0].weight.shape) == (4, 1, 3, 3)


def test_reset_puts_every_entry_back():
    before = dict(vars(torch.Tensor))
    torch.zeros(1, device="meta")
    assert meta._active[0]
    torch._reset_warn_once()
    assert not meta._active[0]
    assert dict(vars(torch.Tensor)) == before



def test_reset_keeps_an_entry_replaced_while_the_routing_was_on(monkeypatch):
    # the tutor's session log wraps backward on the first input it sees: putting back what the
    # routing found would undo that wrapper, and no later backward would be seen by :why
    before = dict(vars(torch.Tensor))
    torch.zeros(1, device="meta")
    routed = torch.Tensor.__dict__["backward"]
    assert routed is not before["backward"]

    def replaced(self, *args, **kwargs):
        return routed(self, *args, **kwargs)

    monkeypatch.setattr(torch.Tensor, "backward", replaced)
    torch._reset_warn_once()
    after = dict(vars(torch.Tensor))
    assert after.pop("backward") is replaced
    assert after == {k: v for k, v in before.items() if k != "backward"}   # the rest put back
    w = torch.ones(2, requires_grad=True)
    (w * 3).sum().backward()   # the routing left inside passes a call without meta tensors on
    assert w.grad.tolist() == [3.0, 3.0]
