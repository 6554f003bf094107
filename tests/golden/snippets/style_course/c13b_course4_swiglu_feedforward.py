# LLM course: a SwiGLU feed-forward block (SiLU gate times up-projection), parameter counts and outputs.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(123)

class SwiGLU(nn.Module):
    def __init__(self, dim, hidden):
        super().__init__()
        self.gate = nn.Linear(dim, hidden, bias=False)
        self.up = nn.Linear(dim, hidden, bias=False)
        self.down = nn.Linear(hidden, dim, bias=False)

    def forward(self, x):
        return self.down(F.silu(self.gate(x)) * self.up(x))

block = SwiGLU(6, 16)
x = torch.randn(2, 4, 6)
y = block(x)
print(y.shape, sum(p.numel() for p in block.parameters()))
print(y[0, 0])
g = block.gate(x)
print(torch.allclose(F.silu(g), g * torch.sigmoid(g)))
(y ** 2).mean().backward()
print(block.down.weight.grad.norm(), block.gate.weight.grad.norm())
print(F.silu(torch.tensor([-2.0, 0.0, 2.0])))
