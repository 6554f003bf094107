"""Check forward-mode derivatives of the losses against live PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/check_loss_tangents.py [N] [jvp|fwad|jacfwd|linearize]

For each loss (mse, l1, smooth_l1, huber, binary_cross_entropy with and without weight,
binary_cross_entropy_with_logits with weight or pos_weight, nll_loss and cross_entropy with
weight and label smoothing, soft-label cross_entropy, kl_div with log_target and batchmean), N
random cases per dtype (default 40: batch 1-39, 2-11 classes, the reduction cycling through mean,
sum and none, odd seeds giving the target a tangent too) go through torch.func.jvp (or plain
torch.autograd.forward_ad, jacfwd, linearize) in PyTorch and in the engine; each line is the
share of cases whose tangents are PyTorch's bits.
"""
from __future__ import annotations

import pathlib
import sys

import numpy as np
import torch as real_torch

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import autograd_tui.engine as engine  # noqa: E402


def transform(torch, mode: str):
    """jvp(f, primals, tangents) -> (output, tangent) through the chosen forward-mode API."""
    fw = torch.autograd.forward_ad

    def jvp(f, primals, tangents):
        if mode == "fwad":
            with fw.dual_level():
                out = f(*[fw.make_dual(p, t) for p, t in zip(primals, tangents)])
                return out, fw.unpack_dual(out).tangent
        if mode == "jacfwd":
            return None, torch.func.jacfwd(f, argnums=tuple(range(len(primals))))(*primals)[0]
        if mode == "linearize":
            out, fn = torch.func.linearize(f, *primals)
            return out, fn(*tangents)
        return torch.func.jvp(f, primals, tangents)
    return jvp


KINDS = ["mse", "l1", "smooth_l1", "huber", "bce", "bce_w", "bcel", "bcel_w", "bcel_pw", "nll", "nll_w",
         "ce", "ce_w", "ce_ls", "ce_ls_w", "ce_prob", "kl", "kl_lt", "kl_bm"]
RED = ["mean", "sum", "none"]

def case(torch, jvp, kind, seed, dt):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 40))
    c = int(rng.integers(2, 12))
    red = RED[seed % 3]
    both = seed % 2 == 1
    F = torch.nn.functional
    def T(a):
        return torch.tensor(np.asarray(a), dtype=dt)
    if kind in ("mse", "l1", "smooth_l1", "huber"):
        shape = (n, c)
        x = T(rng.normal(size=shape))
        y = T(rng.normal(size=shape))
        tx = T(rng.normal(size=shape))
        ty = T(rng.normal(size=shape))
        f = {"mse": F.mse_loss, "l1": F.l1_loss,
             "smooth_l1": lambda a, b, reduction: F.smooth_l1_loss(a, b, reduction=reduction, beta=0.7),
             "huber": lambda a, b, reduction: F.huber_loss(a, b, reduction=reduction, delta=0.8)}[kind]
        if both:
            return jvp(lambda a, b: f(a, b, reduction=red), (x, y), (tx, ty))[1]
        return jvp(lambda a: f(a, y, reduction=red), (x,), (tx,))[1]
    if kind in ("bce", "bce_w"):
        shape = (n, c)
        x = T(rng.uniform(0.02, 0.98, size=shape))
        y = T(rng.uniform(0, 1, size=shape))
        tx = T(rng.normal(size=shape))
        ty = T(rng.normal(size=shape))
        w = T(rng.uniform(0.1, 2, size=shape)) if kind == "bce_w" else None
        if both:
            return jvp(lambda a, b: F.binary_cross_entropy(a, b, weight=w, reduction=red), (x, y), (tx, ty))[1]
        return jvp(lambda a: F.binary_cross_entropy(a, y, weight=w, reduction=red), (x,), (tx,))[1]
    if kind.startswith("bcel"):
        shape = (n, c)
        x = T(rng.normal(size=shape) * 2)
        y = T(rng.uniform(0, 1, size=shape))
        tx = T(rng.normal(size=shape))
        ty = T(rng.normal(size=shape))
        w = T(rng.uniform(0.1, 2, size=(c,))) if kind == "bcel_w" else None
        pw = T(rng.uniform(0.1, 3, size=(c,))) if kind == "bcel_pw" else None
        def g(a, b):
            return F.binary_cross_entropy_with_logits(a, b, weight=w, pos_weight=pw, reduction=red)
        if both:
            return jvp(g, (x, y), (tx, ty))[1]
        return jvp(lambda a: g(a, y), (x,), (tx,))[1]
    if kind in ("nll", "nll_w"):
        x = T(rng.normal(size=(n, c)))
        tx = T(rng.normal(size=(n, c)))
        tgt = torch.tensor(rng.integers(0, c, size=n))
        w = T(rng.uniform(0.1, 2, size=c)) if kind == "nll_w" else None
        return jvp(lambda a: F.nll_loss(a, tgt, weight=w, reduction=red), (x,), (tx,))[1]
    if kind.startswith("ce"):
        x = T(rng.normal(size=(n, c)) * 2)
        tx = T(rng.normal(size=(n, c)))
        w = T(rng.uniform(0.1, 2, size=c)) if kind.endswith("_w") else None
        ls = 0.1 if "_ls" in kind else 0.0
        if kind == "ce_prob":
            p = T(rng.dirichlet(np.ones(c), size=n))
            tp = T(rng.normal(size=(n, c)))
            if both:
                return jvp(lambda a, b: F.cross_entropy(a, b, reduction=red), (x, p), (tx, tp))[1]
            return jvp(lambda a: F.cross_entropy(a, p, reduction=red), (x,), (tx,))[1]
        tgt = torch.tensor(rng.integers(0, c, size=n))
        return jvp(lambda a: F.cross_entropy(a, tgt, weight=w, label_smoothing=ls, reduction=red), (x,), (tx,))[1]
    if kind.startswith("kl"):
        x = T(np.log(rng.dirichlet(np.ones(c), size=n)))
        tx = T(rng.normal(size=(n, c)))
        lt = kind == "kl_lt"
        y = T(np.log(rng.dirichlet(np.ones(c), size=n))) if lt else T(rng.dirichlet(np.ones(c), size=n))
        ty = T(rng.normal(size=(n, c)))
        r = "batchmean" if kind == "kl_bm" else red
        def g(a, b):
            return F.kl_div(a, b, reduction=r, log_target=lt)
        if both:
            return jvp(g, (x, y), (tx, ty))[1]
        return jvp(lambda a: g(a, y), (x,), (tx,))[1]
    raise ValueError(kind)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    mode = sys.argv[2] if len(sys.argv) > 2 else "jvp"
    import warnings
    warnings.simplefilter("ignore")  # kl_div's reduction='mean' warning
    total = same = 0
    for kind in KINDS:
        for name in ("float32", "float64"):
            equal = 0
            for seed in range(n):
                results = []
                for lib in (real_torch, engine):
                    try:
                        results.append(case(lib, transform(lib, mode), kind, seed, getattr(lib, name)).detach().numpy())
                    except Exception as e:  # noqa: BLE001 - an error is a result to compare too
                        results.append(f"{type(e).__name__}: {e}")
                a, b = results
                if isinstance(a, str) or isinstance(b, str):
                    equal += a == b
                else:
                    equal += a.shape == b.shape and bool(np.array_equal(a, b, equal_nan=True))
            print(f"{kind:10s} {name}: {equal}/{n}")
            total, same = total + n, same + equal
    print(f"all: {same}/{total} ({same / total * 100:.1f}%)")


if __name__ == "__main__":
    main()
