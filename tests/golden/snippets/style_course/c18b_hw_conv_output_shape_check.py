# HW4 Q1: compute conv output size by formula, checked with nn.Conv2d
import torch
import torch.nn as nn


def conv_out(size, kernel, stride=1, padding=0):
    return (size + 2 * padding - kernel) // stride + 1


cases = [(28, 5, 1, 0), (28, 3, 2, 1), (7, 3, 3, 0)]
for size, k, s, p in cases:
    layer = nn.Conv2d(1, 2, kernel_size=k, stride=s, padding=p)
    got = layer(torch.zeros(1, 1, size, size)).shape[-1]
    mine = conv_out(size, k, s, p)
    print(f"size={size:2d} k={k} s={s} p={p} -> expected {got:2d}, student {mine:2d}",
          "PASS" if got == mine else "FAIL")
