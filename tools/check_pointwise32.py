"""Bulk comparison of the engine's float32 activations and ``prod`` with real PyTorch, bit for bit.

Run it with a Python that has PyTorch (never a dependency of the project), from the repository:

    .venv-torch/bin/python tools/check_pointwise32.py [--only NAME[,NAME]] [--threads N] [--big N]

For each operation: random inputs of every size 1..70, learner shapes and their transposed,
sliced and strided views, 1,000 and 10^5 elements (above 32,768 ATen splits its loops over
threads), edge values (0, -0, +-inf, NaN, saturation points); then, for the element-wise ones,
``--big`` elements (default 2^22) spread evenly over the float32 range the kernels meet, laid out
contiguously (every element on ATen's vector path) and as a stride-2 view (every element on its
scalar path). The element-wise ones' gradients are compared too (the bulk inputs left out).
Prints per operation the share of equal elements and the failing cases.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Callable

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import autograd_tui.engine as engine  # noqa: E402

EF = engine.nn.functional

# name: (PyTorch's function, the engine's, range of the bulk inputs)
UNARY: dict[str, tuple[Callable, Callable, tuple[float, float]]] = {
    "softplus": (F.softplus, EF.softplus, (-30.0, 25.0)),
    "softplus_beta": (lambda x: F.softplus(x, 2.0, 5.0), lambda x: EF.softplus(x, 2.0, 5.0), (-20.0, 5.0)),
    "elu": (F.elu, EF.elu, (-20.0, 5.0)),
    "selu": (F.selu, EF.selu, (-20.0, 5.0)),
    "celu": (lambda x: F.celu(x, 0.7), lambda x: EF.celu(x, 0.7), (-20.0, 5.0)),
    "mish": (F.mish, EF.mish, (-30.0, 30.0)),
    "silu": (F.silu, EF.silu, (-30.0, 30.0)),
    "hardswish": (F.hardswish, EF.hardswish, (-5.0, 5.0)),
    "logsigmoid": (F.logsigmoid, EF.logsigmoid, (-30.0, 30.0)),
    "log1p": (torch.log1p, engine.log1p, (-0.99, 1e4)),
    "expm1": (torch.expm1, engine.expm1, (-20.0, 90.0)),
    "sinh": (torch.sinh, engine.sinh, (-95.0, 95.0)),
    "cosh": (torch.cosh, engine.cosh, (-95.0, 95.0)),
    "exp2": (torch.exp2, engine.exp2, (-150.0, 128.0)),
    "logaddexp": (lambda x: torch.logaddexp(x, x * 0.5 - 1), lambda x: engine.logaddexp(x, x * 0.5 - 1),
                  (-30.0, 30.0)),
    "logaddexp2": (lambda x: torch.logaddexp2(x, x * 0.5 - 1), lambda x: engine.logaddexp2(x, x * 0.5 - 1),
                   (-30.0, 30.0)),
    "logaddexp_scalar": (lambda x: torch.logaddexp(x, torch.tensor(0.25)),
                         lambda x: engine.logaddexp(x, engine.tensor(0.25)), (-30.0, 30.0)),
    "gelu_tanh": (lambda x: F.gelu(x, approximate="tanh"), lambda x: EF.gelu(x, approximate="tanh"), (-12.0, 12.0)),
}
REDUCTIONS: dict[str, tuple[Callable, Callable]] = {
    "prod": (lambda x: x.prod(), lambda x: x.prod()),
    "prod_last": (lambda x: x.prod(-1), lambda x: x.prod(-1)),
    "prod_first": (lambda x: x.prod(0), lambda x: x.prod(0)),
    "prod_keepdim": (lambda x: x.prod(-1, keepdim=True), lambda x: x.prod(-1, keepdim=True)),
}
SHAPES = [(n,) for n in range(1, 71)] + [(3, 5), (7, 13), (16, 33), (64, 10), (128, 37), (5, 70), (2, 200),
                                         (3, 4, 40), (4, 3, 33), (1000,), (100000,), (300, 400)]
EDGES = [0.0, -0.0, np.inf, -np.inf, np.nan, 20.0, 20.000002, -16.635532, -17.0, 8.664339, 8.66434,
         88.72283, 89.0, -87.0, -104.0, -110.0, 1e-30, -1e-30, 1e-45, 3.0, -3.0, 5.0]


def _views(x: np.ndarray):
    yield "contiguous", lambda t: t
    if x.ndim >= 2:
        yield "transposed", lambda t: t.transpose(0, x.ndim - 1)
        yield "sliced", lambda t: t[..., 1:]
        yield "every other row", lambda t: t[::2]
    if x.shape[0] > 2:
        yield "stride 2", lambda t: t[::2]


def _equal(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a, b = np.asarray(a).reshape(-1), np.asarray(b).reshape(-1)
    width = {4: np.int32, 8: np.int64}[a.itemsize]
    return (a.view(width) == b.view(width)) | (np.isnan(a) & np.isnan(b))


def _gradients(torch_fn: Callable, engine_fn: Callable, view: Callable, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The input's gradient for a fixed random output gradient, from PyTorch and the engine."""
    t, e = torch.from_numpy(x).requires_grad_(), engine.tensor(x, requires_grad=True)
    ty, ey = torch_fn(view(t)), engine_fn(view(e))
    dy = np.random.default_rng(x.size).standard_normal(tuple(ty.shape)).astype(x.dtype)
    ty.backward(torch.from_numpy(dy))
    ey.backward(engine.tensor(dy))
    return t.grad.numpy(), e.grad.numpy()


def _run(name: str, torch_fn: Callable, engine_fn: Callable, inputs, backward: bool = False
         ) -> tuple[int, int, list]:
    same = total = 0
    failures: list[tuple] = []
    for label, x, view in inputs:
        if backward:
            want, got = _gradients(torch_fn, engine_fn, view, x)
        else:
            want = torch_fn(view(torch.from_numpy(x))).numpy()
            got = engine_fn(view(engine.tensor(x))).numpy()
        if want.shape != got.shape:
            failures.append((label, "shape", want.shape, got.shape))
            continue
        eq = _equal(want, got)
        same += int(eq.sum())
        total += eq.size
        if not eq.all():
            failures.append((label, f"{int((~eq).sum())} of {eq.size} differ"))
    return same, total, failures


def _random_inputs(rng: np.random.Generator, dtype, factor: Callable[[np.ndarray], np.ndarray]):
    for shape in SHAPES:
        x = factor(rng.standard_normal(shape)).astype(dtype)
        for view_name, view in _views(x):
            yield f"{shape} {view_name}", x, view


def check_unary(name: str, rng: np.random.Generator, big: int) -> bool:
    torch_fn, engine_fn, (lo, hi) = UNARY[name]
    inputs = list(_random_inputs(rng, np.float32, lambda a: a * 3))
    edges = np.array(EDGES + [-e for e in EDGES], np.float32)
    inputs.append(("edge values", edges, lambda t: t))
    inputs.append(("edge values, 32 each", np.repeat(edges, 32), lambda t: t))
    if big:
        spread = np.linspace(lo, hi, big, dtype=np.float64).astype(np.float32)
        inputs.append((f"{big} in [{lo}, {hi}] contiguous", spread, lambda t: t))
        inputs.append((f"{big} in [{lo}, {hi}] stride 2", np.repeat(spread[: big // 8], 2), lambda t: t[::2]))
    ok = True
    for backward in (False, True):
        if backward:  # the gradients on the learner-sized inputs and the edge values
            inputs = [case for case in inputs if case[1].size <= 100000]
        same, total, failures = _run(name, torch_fn, engine_fn, inputs, backward)
        print(f"{name:14s} {'backward' if backward else 'forward':8s} {same}/{total} elements equal "
              f"({same / max(total, 1):.4%}); {len(failures)} failing cases")
        for failure in failures[:8]:
            print("   ", *failure)
        ok = ok and not failures
    return ok


def check_reduction(name: str, rng: np.random.Generator) -> bool:
    torch_fn, engine_fn = REDUCTIONS[name]
    ok = True
    for dtype in (np.float32, np.float64):
        inputs = list(_random_inputs(rng, dtype, lambda a: 1 + 0.05 * a))
        inputs.append(("zeros and infs", np.array([1.5, 0.0, np.inf, 2.0] * 20, dtype), lambda t: t))
        inputs.append(("nan", np.array([1.5, np.nan] * 40, dtype), lambda t: t))
        inputs.append(("one of 40000", (1 + 1e-5 * rng.standard_normal(40000)).astype(dtype), lambda t: t))
        same, total, failures = _run(name, torch_fn, engine_fn, inputs)
        print(f"{name:14s} {np.dtype(dtype).name:8s} {same}/{total} outputs equal ({same / max(total, 1):.4%}); "
              f"{len(failures)} failing cases")
        for failure in failures[:8]:
            print("   ", *failure)
        ok = ok and not failures
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated operation names")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--big", type=int, default=1 << 22)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    engine.set_num_threads(args.threads)
    names = args.only.split(",") if args.only else list(UNARY) + list(REDUCTIONS)
    rng = np.random.default_rng(0)
    ok = True
    for name in names:
        if name in UNARY:
            ok = check_unary(name, rng, args.big) and ok
        else:
            ok = check_reduction(name, rng) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
