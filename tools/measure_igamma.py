"""How far PyTorch's float32 ``igamma``/``igammac`` are from the correctly rounded values.

Run it with a Python that has PyTorch (never a dependency of the project):

    .venv-torch/bin/python tools/measure_igamma.py [--count 200000]

For uniform random (a, x) in three ranges, compares PyTorch's float32 result with its own float64
result rounded once to float32, and prints the share of identical bits and the largest
difference in units in the last place. A low share means the float32 kernel's own arithmetic
(its series, continued fraction and libm calls, all in float) would have to be reproduced step
by step for the engine to print PyTorch's digits.
"""
from __future__ import annotations

import argparse

import torch

RANGES = ((0.1, 5.0, 0.0, 10.0), (0.5, 30.0, 0.0, 60.0), (20.0, 300.0, 10.0, 400.0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200_000)
    args = parser.parse_args()
    torch.manual_seed(0)
    for lo_a, hi_a, lo_x, hi_x in RANGES:
        a = torch.empty(args.count).uniform_(lo_a, hi_a)
        x = torch.empty(args.count).uniform_(lo_x, hi_x)
        for fn in (torch.igamma, torch.igammac):
            single = fn(a, x).view(torch.int32)
            rounded = fn(a.double(), x.double()).float().view(torch.int32)
            same = (single == rounded).double().mean().item()
            ulps = (single.long() - rounded.long()).abs().max().item()
            print(f"{fn.__name__:8} a in [{lo_a:g}, {hi_a:g}], x in [{lo_x:g}, {hi_x:g}]: "
                  f"identical {same:7.2%}, largest difference {ulps} ulp")


if __name__ == "__main__":
    main()
