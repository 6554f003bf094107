"""``:why`` in graphs too big to replay: hooks on the learner's own backward find where a NaN or
inf first appears (:mod:`autograd_tui.viz.nan_watch`), come off when that backward ends, and are
not hung where nothing can turn non-finite or the graph is too big even for them."""
from __future__ import annotations

import builtins
import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from why_cases import verdict_of  # noqa: E402

from autograd_tui.viz import nan_watch, observe  # noqa: E402

CHAIN = "y = w\nfor i in range(40):\n    y = y * 1.0 + 0.0"


@pytest.fixture(scope="module")
def torch():
    import autograd_tui.engine as engine

    return engine


def _session(torch: Any, inputs: list[str]) -> tuple[dict[str, Any], observe.SessionLog]:
    from autograd_tui.viz import whygrad

    namespace: dict[str, Any] = {"__builtins__": builtins, "__name__": "__main__", "torch": torch}
    log = observe.SessionLog(namespace)
    try:
        whygrad.replay(inputs, namespace, log)
    finally:
        observe.uninstall()
    return namespace, log


def _counting_hooks(monkeypatch) -> list[str]:
    fired: list[str] = []
    make = nan_watch.NanWatch._hook_for

    def counted(self, node):
        hook = make(self, node)

        def wrapper(grad_inputs, grad_outputs):
            fired.append(type(node).__name__)
            return hook(grad_inputs, grad_outputs)
        return wrapper
    monkeypatch.setattr(nan_watch.NanWatch, "_hook_for", counted)
    return fired


def test_the_hooks_come_off_when_the_backward_ends(torch, monkeypatch) -> None:
    fired = _counting_hooks(monkeypatch)
    ns, log = _session(torch, ["w = torch.tensor([0., 1.], requires_grad=True)", CHAIN,
                               "loss = y.sqrt().sum()", "loss.backward(retain_graph=True)"])
    assert fired and log.backwards[-1].nan_node == "SqrtBackward0" and log.backwards[-1].watch is None
    count = len(fired)
    ns["loss"].backward()   # the same graph again, unwatched: no hook of ours is left on it
    assert len(fired) == count


def test_a_backward_that_fails_leaves_no_hook_and_no_claim(torch, monkeypatch) -> None:
    fired = _counting_hooks(monkeypatch)
    ns, log = _session(torch, ["w = torch.tensor([0., 1.], requires_grad=True)", CHAIN,
                               "h = w.register_hook(lambda g: 1 / 0)",
                               "loss = y.sqrt().sum()", "loss.backward(retain_graph=True)"])
    call = log.backwards[-1]
    assert call.error is not None and call.error.startswith("ZeroDivisionError")
    assert call.nan_walk in ("found", "unsure") and call.watch is None
    count = len(fired)
    ns["h"].remove()
    ns["loss"].backward()
    assert len(fired) == count


def test_a_big_graph_where_nothing_can_turn_non_finite_is_not_hooked(torch, monkeypatch) -> None:
    fired = _counting_hooks(monkeypatch)
    _, log = _session(torch, ["torch.manual_seed(0)", "layers = [torch.nn.Linear(4, 4) for _ in range(20)]",
                              "x = torch.randn(3, 4)\nfor layer in layers:\n    x = torch.relu(layer(x))",
                              "loss = torch.nn.functional.mse_loss(x, torch.zeros(3, 4))", "loss.backward()"])
    assert len(log.backwards[-1].node_names) > observe.NAN_REPLAY_NODES
    assert fired == [] and log.backwards[-1].nan_walk == "finite"


def test_a_graph_too_big_even_for_hooks_is_unknown_and_says_so(torch, monkeypatch) -> None:
    monkeypatch.setattr(nan_watch, "WATCH_NODES", 50)
    verdict = verdict_of("nan_long_chain", torch)["verdict"]
    assert verdict["cause"] == "unknown" and "graph_too_big" in verdict["checked"]


@pytest.mark.parametrize("code,node,reason", [
    ("torch.acos(y).sum()", "AcosBackward0", "edge"),
    ("torch.asin(-y).sum()", "AsinBackward0", "edge"),
    ("(y * torch.tensor([float('inf'), 1.])).clamp(max=10.).sum()", "MulBackward0", "saved_inf"),
    ("y.rsqrt().clamp(max=10.).sum()", "RsqrtBackward0", "zero"),
    ("torch.exp(y * 100).clamp(max=10.).sum()", "ExpBackward0", "overflow"),
])
def test_each_cause_is_named_in_a_long_chain(torch, code: str, node: str, reason: str) -> None:
    start = "[1., 0.5]" if reason == "edge" else "[0., 1.]" if reason == "zero" else "[1., 1.]"
    _, log = _session(torch, [f"w = torch.tensor({start}, requires_grad=True)", CHAIN,
                              f"loss = {code}", "loss.backward()"])
    call = log.backwards[-1]
    assert (call.nan_node, call.nan_input, call.nan_walk) == (node, reason, "found")


def test_zeros_in_a_graph_too_big_to_replay_say_that_cancelling_paths_were_not_looked_for(torch) -> None:
    # watched for NaN by hooks, but paths that cancel are found only by a replay
    ns, log = _session(torch, ["w = torch.tensor([1., 2.], requires_grad=True)", CHAIN,
                               "loss = (y * 2 - y * 2).sum()", "loss.backward()"])
    from autograd_tui.viz import whygrad

    verdict = whygrad.diagnose(ns["w"], "w", log)
    assert verdict.cause == "unknown" and "graph_too_big" in verdict.checked
