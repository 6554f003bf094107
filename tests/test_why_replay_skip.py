"""``:why``'s session log skips replaying a backward only where the replay could find nothing
(:mod:`autograd_tui.viz.grad_bounds`): every verdict stays what the replay gives, and graphs where
something can cancel or turn non-finite are still replayed."""
from __future__ import annotations

import builtins
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from why_cases import SCENARIOS, verdict_of  # noqa: E402

from autograd_tui.viz import grad_bounds, observe  # noqa: E402
from autograd_tui.viz import gradgraph as gg  # noqa: E402


@pytest.fixture(scope="module")
def torch():
    import autograd_tui.engine as engine

    return engine


def _mlp_loss(torch: Any, scale: float = 1.0, ignore_all: bool = False) -> Any:
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(6, 5), torch.nn.ReLU(), torch.nn.Linear(5, 3))
    with torch.no_grad():
        model[0].weight.mul_(scale)
    x = torch.randn(4, 6)
    target = torch.tensor([0, 2, 1, 2])
    if ignore_all:
        return torch.nn.functional.cross_entropy(model(x), target, ignore_index=1, weight=torch.tensor([0., 1., 0.]))
    return torch.nn.functional.cross_entropy(model(x), target)


def _can_find(loss: Any, implicit: bool = True) -> bool:
    return grad_bounds.replay_can_find(loss, gg.discover(loss.grad_fn), implicit)


def test_an_mlp_step_needs_no_replay(torch) -> None:
    assert _can_find(_mlp_loss(torch)) is False
    # mse_loss, a hand-written product, tanh and a mean: all bounded and linear in the gradient
    w = torch.randn(3, 2, requires_grad=True)
    x = torch.randn(4, 3)
    assert _can_find(torch.nn.functional.mse_loss(torch.tanh(x @ w), torch.zeros(4, 2))) is False


def _hand_mlp(torch: Any, scale: float = 1.0) -> tuple[Any, Any, Any]:
    torch.manual_seed(0)
    x, y = torch.randn(16, 4), torch.randn(16, 2)
    w1, b1 = torch.randn(4, 8, requires_grad=True), torch.zeros(8, requires_grad=True)
    w2, b2 = (torch.randn(8, 2) * scale).requires_grad_(), torch.zeros(2, requires_grad=True)
    return torch.relu(x @ w1 + b1) @ w2 + b2, y, (w1, b1, w2, b2)


def test_a_hand_written_mlp_needs_no_replay(torch) -> None:
    # x @ W + b: the bias's gradient is a sum over the batch, bounded by the batch's size
    out, y, _ = _hand_mlp(torch)
    assert _can_find(((out - y) ** 2).mean()) is False
    assert _can_find(0.5 * ((out - y) ** 2).sum()) is False
    assert _can_find(torch.nn.functional.cross_entropy(out, torch.tensor([0, 1] * 8))) is False
    assert _can_find(((torch.sigmoid(out) - y) ** 2).mean()) is False


def test_a_hand_written_mlp_that_could_overflow_or_blow_up_is_replayed(torch) -> None:
    out, y, _ = _hand_mlp(torch, scale=1e30)
    assert _can_find(((out - y) ** 2).mean()) is True   # the second layer's weights near float32's limit
    out, y, _ = _hand_mlp(torch)
    assert _can_find(((out - y) ** 0.5).mean()) is True   # a power below 1: infinite slope at 0
    assert _can_find(((out - y) ** 3).mean() * 1e30) is True   # a bound past the limit
    assert _can_find((out * torch.tensor(float("inf"))).clamp(max=1.).mean()) is True


def test_what_could_cancel_or_turn_non_finite_is_replayed(torch) -> None:
    loss = _mlp_loss(torch)
    assert _can_find(loss, implicit=False) is True   # a gradient given by hand: its size is not known
    assert _can_find(_mlp_loss(torch, scale=1e30)) is True   # a product that may overflow float32
    # every target weighs 0: the mean divides by a total weight of 0
    assert _can_find(_mlp_loss(torch, ignore_all=True)) is True
    w = torch.randn(3, 3, requires_grad=True)
    x = torch.randn(2, 3)
    assert _can_find((x @ w @ w).sum()) is True   # w reached twice: gradients may cancel
    assert _can_find(torch.sqrt(x @ w).sum()) is True   # sqrt's slope is infinite at 0
    assert _can_find((x @ w.to(torch.float16).float()).sum()) is True   # a node kind not bounded here


def test_a_skipped_replay_is_recorded_as_finding_nothing(torch) -> None:
    namespace = {"__builtins__": builtins, "torch": torch}
    log = observe.SessionLog(namespace)
    loss = _mlp_loss(torch)
    call = log.on_backward((loss,), implicit=True)
    assert call is not None and call.nan_walk == "finite" and call.nan_node is None
    call = log.on_backward((loss,), implicit=False)   # replayed: the same outcome, found by replaying
    assert call is not None and call.nan_walk == "finite"


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_every_verdict_is_the_one_a_replay_gives(name: str, torch, monkeypatch) -> None:
    skipped = verdict_of(name, torch)
    monkeypatch.setattr(grad_bounds, "replay_can_find", lambda *args: True)
    replayed = verdict_of(name, torch)
    assert (replayed["verdict"], replayed["text"]) == (skipped["verdict"], skipped["text"])
