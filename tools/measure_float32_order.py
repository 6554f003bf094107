"""How often the engine's float32 reductions and losses match PyTorch's last bit.

Run it with a Python that has PyTorch (never a dependency of the project), from the repository:

    .venv-torch/bin/python tools/measure_float32_order.py [--cases N] [--only NAME] [--engine-root DIR]

For each measured operation it draws random learner-sized shapes and inputs, runs the operation
on real PyTorch and on the engine's numpy formulation, and prints how many cases match bit for
bit (every element) and the share of equal elements.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Callable

import numpy as np
import torch

# --engine-root DIR measures another checkout's engine (say, an export of the previous commit).
_ROOT = sys.argv[sys.argv.index("--engine-root") + 1] if "--engine-root" in sys.argv else None
sys.path.insert(0, _ROOT or str(Path(__file__).resolve().parent.parent))

import autograd_tui.engine as engine  # noqa: E402

F32 = np.float32


def _shape2(rng: np.random.Generator) -> tuple[int, int]:
    return int(rng.choice([1, 2, 3, 4, 5, 8, 10, 16, 32, 64, 100, 128, 200, 256, 2000])), int(rng.integers(1, 70))


def _both(arr: np.ndarray, requires_grad: bool = False) -> tuple[Any, Any]:
    return (torch.tensor(arr, requires_grad=requires_grad),
            engine.tensor(arr.tolist() if arr.ndim == 0 else arr, requires_grad=requires_grad))


def case_sum_dim0(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    n, c = _shape2(rng)
    x = rng.standard_normal((n, c)).astype(F32)
    t, e = _both(x)
    return t.sum(0).numpy(), e.sum(0).numpy()


def case_mean_dim0(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    n, c = _shape2(rng)
    x = rng.standard_normal((n, c)).astype(F32)
    t, e = _both(x)
    return t.mean(0).numpy(), e.mean(0).numpy()


def case_sum_middle(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    a, r, w = (int(v) for v in rng.integers(1, 20, 3))
    x = rng.standard_normal((a, r, w)).astype(F32)
    t, e = _both(x)
    return t.sum(1).numpy(), e.sum(1).numpy()


def case_linear_bias_grad(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    n, c = _shape2(rng)
    k = int(rng.integers(1, 20))
    x = rng.standard_normal((n, k)).astype(F32)
    w = rng.standard_normal((c, k)).astype(F32)
    b = rng.standard_normal(c).astype(F32)
    g = rng.standard_normal((n, c)).astype(F32)
    out = []
    for lib in (torch, engine):
        bb = lib.tensor(b, requires_grad=True)
        y = lib.nn.functional.linear(lib.tensor(x), lib.tensor(w), bb)
        y.backward(lib.tensor(g))
        out.append(bb.grad.numpy())
    return out[0], out[1]


def _mse(rng: np.random.Generator, reduction: str, module: bool) -> tuple[np.ndarray, np.ndarray]:
    shape = _shape2(rng) if rng.random() < 0.7 else (int(rng.integers(1, 3000)),)
    a = rng.standard_normal(shape).astype(F32)
    b = rng.standard_normal(shape).astype(F32)
    scale = F32(rng.choice([1.0, 0.37, 3.0]))
    out = []
    for lib in (torch, engine):
        x = lib.tensor(a, requires_grad=True)
        y = lib.tensor(b, requires_grad=True)
        loss = lib.nn.MSELoss(reduction=reduction)(x, y) if module else \
            lib.nn.functional.mse_loss(x, y, reduction=reduction)
        (loss * float(scale)).backward()
        out.append(np.concatenate([loss.detach().numpy().reshape(-1), x.grad.numpy().reshape(-1),
                                   y.grad.numpy().reshape(-1)]))
    return out[0], out[1]


def case_mse_mean(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    return _mse(rng, "mean", False)


def case_mse_sum(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    return _mse(rng, "sum", True)


def _logits(rng: np.random.Generator) -> np.ndarray:
    rows = int(rng.choice([1, 2, 3, 5, 27, 32, 64, 100, 128, 1000]))
    classes = int(rng.choice([2, 3, 5, 10, 16, 17, 27, 33, 100]))
    return (rng.standard_normal((rows, classes)) * rng.choice([1.0, 3.0])).astype(F32)


def _softmax_case(rng: np.random.Generator, log: bool) -> tuple[np.ndarray, np.ndarray]:
    x = _logits(rng)
    g = rng.standard_normal(x.shape).astype(F32)
    out = []
    for lib in (torch, engine):
        t = lib.tensor(x, requires_grad=True)
        y = lib.log_softmax(t, 1) if log else lib.softmax(t, 1)
        y.backward(lib.tensor(g))
        out.append(np.concatenate([y.detach().numpy().reshape(-1), t.grad.numpy().reshape(-1)]))
    return out[0], out[1]


def case_softmax(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    return _softmax_case(rng, False)


def case_log_softmax(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    return _softmax_case(rng, True)


def case_cross_entropy(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    x = _logits(rng)
    target = rng.integers(0, x.shape[1], x.shape[0])
    reduction = str(rng.choice(["mean", "sum"]))
    out = []
    for lib in (torch, engine):
        t = lib.tensor(x, requires_grad=True)
        loss = lib.nn.functional.cross_entropy(t, lib.tensor(target), reduction=reduction)
        loss.backward()
        out.append(np.concatenate([loss.detach().numpy().reshape(-1), t.grad.numpy().reshape(-1)]))
    return out[0], out[1]


def _other_dim_input(rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """A float32 input and a dim other than its last: (N, C) over dim 0, (N, C, L), (N, C, H, W)."""
    kind = int(rng.integers(0, 4))
    if kind == 0:
        shape: tuple[int, ...] = (int(rng.integers(1, 40)), int(rng.integers(1, 70)))
        dim = 0
    elif kind == 1:
        shape = (int(rng.integers(1, 5)), int(rng.integers(1, 12)), int(rng.integers(1, 60)))
        dim = int(rng.integers(0, 2))
    else:
        side = int(rng.choice([1, 2, 3, 4, 5, 7, 8, 16, 28]))
        shape = (int(rng.integers(1, 5)), int(rng.integers(2, 12)), side, int(rng.choice([side, side + 1])))
        dim = 1 if kind == 2 else int(rng.integers(0, 3))
    return (rng.standard_normal(shape) * rng.choice([1.0, 3.0, 10.0])).astype(F32), dim


def _softmax_other_dim(rng: np.random.Generator, log: bool) -> tuple[np.ndarray, np.ndarray]:
    x, dim = _other_dim_input(rng)
    g = rng.standard_normal(x.shape).astype(F32)
    out = []
    for lib in (torch, engine):
        t = lib.tensor(x, requires_grad=True)
        y = lib.log_softmax(t, dim) if log else lib.softmax(t, dim)
        y.backward(lib.tensor(g))
        out.append(np.concatenate([y.detach().numpy().reshape(-1), t.grad.numpy().reshape(-1)]))
    return out[0], out[1]


def case_softmax_other_dim(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    return _softmax_other_dim(rng, False)


def case_log_softmax_other_dim(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    return _softmax_other_dim(rng, True)


def case_cross_entropy_spatial(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """(N, C, H, W) or (N, C, L) logits: log_softmax over dim 1, then nll_loss2d."""
    side = int(rng.choice([1, 2, 3, 4, 5, 8, 16]))
    n, c = int(rng.integers(1, 5)), int(rng.integers(2, 12))
    shape = (n, c, side, side) if rng.random() < 0.7 else (n, c, side * side)
    x = (rng.standard_normal(shape) * rng.choice([1.0, 3.0])).astype(F32)
    target = rng.integers(0, c, (n,) + shape[2:])
    reduction = str(rng.choice(["mean", "sum"]))
    out = []
    for lib in (torch, engine):
        t = lib.tensor(x, requires_grad=True)
        loss = lib.nn.functional.cross_entropy(t, lib.tensor(target), reduction=reduction)
        loss.backward()
        out.append(np.concatenate([loss.detach().numpy().reshape(-1), t.grad.numpy().reshape(-1)]))
    return out[0], out[1]


def case_nll_weight_ignore(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """nll_loss / cross_entropy with weight= and/or ignore_index=, (N, C) or (N, C, H, W)."""
    spatial = rng.random() < 0.3
    c = int(rng.choice([2, 3, 5, 10, 17]))
    if spatial:
        side = int(rng.choice([1, 2, 3, 4, 8]))
        shape: tuple[int, ...] = (int(rng.integers(1, 5)), c, side, side)
    else:
        shape = (int(rng.choice([1, 2, 3, 5, 16, 17, 27, 64, 100, 300])), c)
    x = (rng.standard_normal(shape) * rng.choice([1.0, 3.0])).astype(F32)
    target = rng.integers(0, c, (shape[0],) + shape[2:])
    kind = int(rng.integers(0, 3))  # weight, ignore_index, both
    ignore = int(rng.integers(0, c)) if kind else -100
    weight = rng.random(c).astype(F32) * F32(rng.choice([1.0, 3.0])) if kind != 1 else None
    reduction = str(rng.choice(["mean", "mean", "sum"]))
    use_ce = rng.random() < 0.5
    out = []
    for lib in (torch, engine):
        t = lib.tensor(x, requires_grad=True)
        w = None if weight is None else lib.tensor(weight)
        fn = lib.nn.functional.cross_entropy if use_ce else lib.nn.functional.nll_loss
        loss = fn(t, lib.tensor(target), weight=w, ignore_index=ignore, reduction=reduction)
        loss.backward()
        out.append(np.concatenate([loss.detach().numpy().reshape(-1), t.grad.numpy().reshape(-1)]))
    return out[0], out[1]


def _adam_case(rng: np.random.Generator, decoupled: bool) -> tuple[np.ndarray, np.ndarray]:
    n = int(rng.choice([3, 10, 50, 300]))
    start = rng.standard_normal(n).astype(F32)
    grads = rng.standard_normal((10, n)).astype(F32)
    out = []
    for lib in (torch, engine):
        p = lib.tensor(start, requires_grad=True)
        opt = lib.optim.AdamW([p], lr=0.1) if decoupled else lib.optim.Adam([p], lr=0.1, weight_decay=0.01)
        for g in grads:
            p.grad = lib.tensor(g)
            opt.step()
        out.append(p.detach().numpy().copy())
    return out[0], out[1]


def case_adam(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    return _adam_case(rng, False)


def case_adamw(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    return _adam_case(rng, True)


CASES: dict[str, Callable[[np.random.Generator], tuple[np.ndarray, np.ndarray]]] = {
    name[5:]: fn for name, fn in globals().items() if name.startswith("case_")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--only", action="append")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--engine-root", help="the checkout whose engine to measure")
    args = parser.parse_args()
    for name, fn in CASES.items():
        if args.only and name not in args.only:
            continue
        rng = np.random.default_rng(args.seed)
        whole = elements = total = 0
        bad: list[str] = []
        for _ in range(args.cases):
            want, got = fn(rng)
            want, got = np.asarray(want), np.asarray(got)
            fits = want.shape == got.shape and want.dtype == got.dtype
            same = fits and want.tobytes() == got.tobytes()
            eq = (want == got) | (np.isnan(want) & np.isnan(got)) if fits else np.zeros(want.shape, bool)
            whole += bool(same)
            elements += int(eq.sum())
            total += want.size
            if not same and len(bad) < 3:
                bad.append(str(want.shape))
        print(f"{name:24s} cases {whole}/{args.cases}  elements {elements / max(total, 1):.4f}  e.g. {bad}")


if __name__ == "__main__":
    main()
