# Q: custom module print with extra_repr
import torch
import torch.nn as nn


class Scale(nn.Module):
    def __init__(self, factor):
        super().__init__()
        self.factor = factor

    def extra_repr(self):
        return f"factor={self.factor}"

    def forward(self, x):
        return x * self.factor


m = nn.Sequential(nn.Linear(2, 2), Scale(3.0))
print(m)
print(m[1](torch.tensor([1.0, 2.0])))
