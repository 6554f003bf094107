"""Times torchvision's resnet18 on the embedded engine: build, and forward+backward on one image.

    python benchmarks/bench_resnet.py [--repeat N] [--full]

The target figure is "forward + backward on one 1x3x224x224 image with every parameter frozen
except a new ``fc``" (the article's fine-tuning setup), which must stay under 3 s on the
project's machine. ``--full`` also times the same step with every parameter trainable. Nothing
here asserts a time; it prints the figures (best of N) as one JSON line.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from autograd_tui.engine import functions as _F  # noqa: E402
from autograd_tui.engine import nn  # noqa: E402
from autograd_tui.engine.vision import models  # noqa: E402


def best_of(repeat: int, step) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        step()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--full", action="store_true", help="also time a step with all parameters trainable")
    opts = parser.parse_args(argv)

    _F.manual_seed(0)
    t0 = time.perf_counter()
    model = models.resnet18(weights=None)
    build = time.perf_counter() - t0
    for param in model.parameters():
        param.requires_grad = False
    model.fc = nn.Linear(512, 10)
    image = _F.randn(1, 3, 224, 224)

    def step() -> None:
        model.zero_grad()
        model(image).sum().backward()

    step()  # warm up (first-call imports and allocations)
    figures = {"build_s": round(build, 3), "frozen_forward_backward_s": round(best_of(opts.repeat, step), 3)}
    if opts.full:
        model.requires_grad_(True)
        figures["full_forward_backward_s"] = round(best_of(opts.repeat, step), 3)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
