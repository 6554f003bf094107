"""What ``:why``'s session log adds to a training step: the least CPU time of a step run
unwatched, watched, and watched with the backward's replay forced (what every step cost before
:mod:`autograd_tui.viz.grad_bounds` could rule the replay out), alternated step by step in one
process so that the machine's load falls on all three alike.

    python benchmarks/why_watch.py                  # both workloads, 300 steps each
    python benchmarks/why_watch.py --steps 1000

Workloads: ``hand``, a two-layer MLP written as ``relu(x @ W1 + b1) @ W2 + b2`` with a
hand-written mean squared error and a hand-written SGD update (4 → 64 → 2, batch 64), as
tutorials write it; ``module``, the same shapes with nn.Linear, nn.MSELoss and optim.SGD;
``rnn``, a tanh RNN unrolled over 50 steps (4 hidden units, batch 8): a graph too big to replay,
whose weights are reached many times, watched by hooks on its nodes (``nan_watch.py``).
"""
from __future__ import annotations

import argparse
import builtins
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _hand(torch: Any) -> Callable[[], None]:
    torch.manual_seed(0)
    x, y = torch.randn(64, 4), torch.randn(64, 2)
    w1, b1 = (torch.randn(4, 64) * 0.5).requires_grad_(), torch.zeros(64, requires_grad=True)
    w2, b2 = (torch.randn(64, 2) * 0.1).requires_grad_(), torch.zeros(2, requires_grad=True)
    params = (w1, b1, w2, b2)

    def step() -> None:
        loss = ((torch.relu(x @ w1 + b1) @ w2 + b2 - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            for p in params:
                p -= 0.01 * p.grad
                p.grad = None
    return step


def _module(torch: Any) -> Callable[[], None]:
    torch.manual_seed(0)
    x, y = torch.randn(64, 4), torch.randn(64, 2)
    model = torch.nn.Sequential(torch.nn.Linear(4, 64), torch.nn.ReLU(), torch.nn.Linear(64, 2))
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    loss_fn = torch.nn.MSELoss()

    def step() -> None:
        opt.zero_grad()
        loss_fn(model(x), y).backward()
        opt.step()
    return step


def _rnn(torch: Any) -> Callable[[], None]:
    torch.manual_seed(0)
    xs, target = torch.randn(50, 8, 3), torch.randn(8, 4)
    w_x, w_h = (torch.randn(3, 4) * 0.5).requires_grad_(), (torch.randn(4, 4) * 0.5).requires_grad_()

    def step() -> None:
        h = torch.zeros(8, 4)
        for t in range(50):
            h = torch.tanh(xs[t] @ w_x + h @ w_h)
        ((h - target) ** 2).mean().backward()
        w_x.grad = w_h.grad = None
    return step


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=300)
    args = parser.parse_args()
    import autograd_tui.engine as torch
    from autograd_tui.viz import grad_bounds, observe

    original = grad_bounds.replay_can_find
    log = observe.SessionLog({"__builtins__": builtins, "torch": torch})
    for name, make in (("hand", _hand), ("module", _module), ("rnn", _rnn)):
        step = make(torch)
        best = {"unwatched": float("inf"), "watched": float("inf"), "replayed": float("inf")}
        for i in range(args.steps + 6):
            for mode in best:
                if mode == "unwatched":
                    observe.uninstall()
                else:
                    observe.install(log, torch)
                    grad_bounds.replay_can_find = original if mode == "watched" else (lambda *a: True)
                log.backwards.clear()
                start = time.process_time()
                step()
                spent = time.process_time() - start
                if i >= 6:
                    best[mode] = min(best[mode], spent)
        grad_bounds.replay_can_find = original
        observe.uninstall()
        print(f"{name:8s} " + "  ".join(f"{mode} {1e6 * t:7.0f} µs" for mode, t in best.items()))


if __name__ == "__main__":
    main()
