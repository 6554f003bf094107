# Module buffers: register_buffer (persistent or not), named_buffers, state_dict, and .double()/.half() moves.
import torch
import torch.nn as nn


class Scaler(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.register_buffer("mean", torch.zeros(n))
        self.register_buffer("scratch", torch.ones(n), persistent=False)
        self.proj = nn.Linear(n, 1)

    def forward(self, x):
        return self.proj(x - self.mean) * self.scratch.sum()


torch.manual_seed(1433)
m = Scaler(3)
print(list(dict(m.named_buffers())), list(m.state_dict()))
m.mean += 1.5
print(m(torch.ones(2, 3)))
m.double()
print(m.mean.dtype, m.proj.weight.dtype, m(torch.ones(1, 3, dtype=torch.float64)))
m.half()
print(m.scratch.dtype, m.proj.bias.dtype)
try:
    m.register_buffer("proj", torch.zeros(1))
except KeyError as e:
    print(type(e).__name__, e)
print(m)
