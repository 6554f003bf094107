# Layers chapter: custom layers with extra_repr and parameter counting.
import torch
from torch import nn

class Scale(nn.Module):
    def __init__(self, n, init=1.0):
        super().__init__()
        self.g = nn.Parameter(torch.full((n,), init))
        self.n = n
    def forward(self, x):
        return x * self.g
    def extra_repr(self):
        return f"n={self.n}"

class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.scale = Scale(3, 0.5)
        self.register_buffer("steps", torch.zeros((), dtype=torch.long))
    def forward(self, x):
        self.steps += 1
        return self.scale(torch.relu(self.lin(x)))

torch.manual_seed(0)
b = Block()
print(b)
print(sum(p.numel() for p in b.parameters()), [n for n, _ in b.named_buffers()])
print(b(torch.ones(2, 3)))
print(b.steps, b.state_dict().keys())
print(nn.Sequential(b, nn.Dropout(0.1), Scale(3)))
