# Q: custom module print with extra_repr
import torch
import torch.nn as nn


class Multiply(nn.Module):
    def __init__(self, k):
        super().__init__()
        self.factor = k

    def extra_repr(self):
        return f"factor={self.factor}"

    def forward(self, x):
        return x * self.factor


seq = nn.Sequential(nn.Linear(2, 2), Multiply(3.0))
print(seq)
print(seq[1](torch.tensor([1.0, 2.0])))
