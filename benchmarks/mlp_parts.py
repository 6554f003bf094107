"""The MLP step (784 -> 256 -> 10, batch 128, SGD with momentum) timed part by part, on one thread,
and the resnet18 workload (benchmarks/workloads/resnet18.py) with ``--resnet``.

    python benchmarks/mlp_parts.py                        # this tree, exact float32 orders
    python benchmarks/mlp_parts.py --plain                # the same, with numpy's plain formulas
    python benchmarks/mlp_parts.py --trees . /tmp/old     # several checkouts, in turn, 3 rounds
    python benchmarks/mlp_parts.py --resnet [--plain]     # resnet18's forward + backward, seconds
    python benchmarks/mlp_parts.py --cnn [--plain]        # a small CNN's training step, part by part
    python benchmarks/mlp_parts.py --fixed-products       # the MLP step without its matrix products

Each MLP figure is the least CPU time over 300 steps (after 6 warm-up steps) of one part:
zero_grad, the model's forward, the loss, backward, the optimizer's step. ``--plain`` swaps the
kernels that give PyTorch's float32 bits in these workloads (log_softmax and its backward
through SLEEF's expf/logf, nll_loss's cascade, the bias gradients' column sums, oneDNN's
convolution orders, batch norm's statistics in PyTorch's order) for the formulas the engine used
before it had them, so that what the layout and the graph walk cost can be told apart from what
the exact orders cost (docs/performance.md). It changes no file: only this process.

``--fixed-products`` hands every OpenBLAS product of the step its first result again (no BLAS
work), so that what is left, the engine's Python and the small numpy kernels, is timed without
the 1 ms of products and their noise (±30 µs a round on a shared machine). The values drift
(each forward adds the bias into the kept array): a timing aid, not a computation.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import types

# one BLAS thread (set before numpy loads): the figures then do not depend on a neighbour's load
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("AUTOGRAD_TUI_BLAS_THREADS", "1")

PARTS = ("zero", "model", "loss", "back", "step")


def _plain_formulas() -> None:
    import numpy as np

    from autograd_tui.engine.parity import softmax, summation

    def log_softmax(x: np.ndarray) -> np.ndarray:
        shifted = x - x.max(axis=-1, keepdims=True)
        return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))

    def log_softmax_backward(grad: np.ndarray, out: np.ndarray, row_sum: float | None = None) -> np.ndarray:
        return grad - np.exp(out) * grad.sum(axis=-1, keepdims=True)

    softmax.log_softmax = log_softmax
    softmax.log_softmax_backward = log_softmax_backward
    softmax.nll_sum = lambda terms: np.add.reduce(np.ascontiguousarray(terms).reshape(-1))
    summation._column_sums = lambda x: np.add.reduce(x, axis=0)
    try:  # trees that have them: the convolution orders, and batch norm's running sums
        from autograd_tui.engine.parity import batch_norm, conv
    except ImportError:
        return
    conv.MEASURED_MACHINE = False
    conv.backward_known = lambda *args, **kwargs: (False, False, False)
    plain_numpy = types.SimpleNamespace(**{name: getattr(np, name) for name in dir(np) if not name.startswith("__")})
    # the statistics read only the last of each cumulative sum: a plain sum gives it
    plain_numpy.cumsum = lambda a, axis=None, dtype=None: np.sum(a, axis=axis, dtype=dtype, keepdims=True)
    batch_norm.np = plain_numpy  # type: ignore[assignment]  # this module's numpy, for this process
    if hasattr(batch_norm, "_sums_in_order"):  # trees after the fourteenth session: the sums in one place
        batch_norm._sums_in_order = lambda by_channel: np.asarray(np.sum(by_channel, axis=(0, 2), dtype=np.float64))


def _fixed_products() -> None:
    from autograd_tui.engine.functions import linalg

    real, kept = linalg._openblas_product, {}

    def product(a, b):
        key = (a.shape, b.shape, a.strides, b.strides)
        if key not in kept:
            kept[key] = real(a, b)
        return kept[key]
    linalg._openblas_product = product


def measure(steps: int = 300, cnn: bool = False) -> dict:
    import autograd_tui.engine as torch

    torch.manual_seed(0)
    if cnn:  # a learner's MNIST network: convolution gradients, batch norm's backward, pooling
        nn = torch.nn
        model = nn.Sequential(nn.Conv2d(1, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(), nn.MaxPool2d(2),
                              nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                              nn.Linear(32 * 7 * 7, 10))
        data = torch.randn(32, 1, 28, 28)
        target = torch.randint(0, 10, (32,))
    else:
        model = torch.nn.Sequential(torch.nn.Linear(784, 256), torch.nn.ReLU(), torch.nn.Linear(256, 10))
        data = torch.randn(128, 784)
        target = torch.randint(0, 10, (128,))
    opt = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
    loss_fn = torch.nn.CrossEntropyLoss()
    best = dict.fromkeys(PARTS, float("inf"))
    clock = time.process_time
    for step in range(steps + 6):
        t0 = clock()
        opt.zero_grad()
        t1 = clock()
        out = model(data)
        t2 = clock()
        loss = loss_fn(out, target)
        t3 = clock()
        loss.backward()
        t4 = clock()
        opt.step()
        t5 = clock()
        if step >= 6:
            for part, spent in zip(PARTS, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
                best[part] = min(best[part], spent)
    return best


def _line(best: dict) -> str:
    parts = " ".join(f"{p} {best[p] * 1e6:.0f}" for p in PARTS)
    return f"{parts} | step {sum(best.values()) * 1e6:.0f} µs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plain", action="store_true", help="numpy's plain formulas instead of the exact orders")
    parser.add_argument("--trees", nargs="+", metavar="DIR", help="checkouts to time in turn")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--resnet", action="store_true", help="time the resnet18 workload instead")
    parser.add_argument("--cnn", action="store_true", help="time a small CNN's training step instead (30 steps)")
    parser.add_argument("--fixed-products", action="store_true",
                        help="the MLP step with its matrix products replaced by their first results")
    args = parser.parse_args()
    if args.trees:
        env = dict(os.environ, OPENBLAS_NUM_THREADS="1", AUTOGRAD_TUI_BLAS_THREADS="1")
        for round_ in range(args.rounds):
            for tree in args.trees:
                tree = os.path.abspath(tree)
                cmd = [sys.executable, os.path.abspath(__file__)] + (["--plain"] if args.plain else []) + (
                    ["--resnet"] if args.resnet else []) + (["--cnn"] if args.cnn else []) + (
                    ["--fixed-products"] if args.fixed_products else [])
                result = subprocess.run(cmd, cwd=tree, env=dict(env, PYTHONPATH=tree), capture_output=True,
                                        text=True, check=True)
                print(f"round {round_ + 1} {tree}: {result.stdout.strip()}")
        return 0
    if args.plain:
        _plain_formulas()
    if args.fixed_products:
        _fixed_products()
    if args.resnet:
        import runpy

        from autograd_tui import torch_alias

        torch_alias.install()
        workloads = os.path.join(os.path.dirname(os.path.abspath(__file__)), "workloads")
        sys.path.insert(0, workloads)  # its sibling step_timing, as when it runs as a script
        runpy.run_path(os.path.join(workloads, "resnet18.py"), run_name="__main__")
        return 0
    print(_line(measure(30, cnn=True) if args.cnn else measure()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
