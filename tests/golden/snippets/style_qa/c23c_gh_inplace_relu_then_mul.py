# Repro: nn.ReLU(inplace=True) after a multiply that saved its input.
import torch
import torch.nn as nn

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
x = torch.tensor([1.0, 1.0, 1.0])
h = w * 2
out = h * h
nn.ReLU(inplace=True)(h)
try:
    out.sum().backward()
except RuntimeError as e:
    print(e)
print(h, h._version)
