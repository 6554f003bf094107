# Q: why is my running statistic not in state_dict (and not moved with .double())? register_buffer.
import torch
import torch.nn as nn

class Normalizer(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.register_buffer('mean', torch.zeros(n))
        self.register_buffer('tmp', torch.ones(n), persistent=False)
        self.std = torch.ones(n)
        self.scale = nn.Parameter(torch.ones(n))

    def forward(self, x):
        return (x - self.mean) / self.std * self.scale

m = Normalizer(3)
print(list(m.state_dict().keys()))
print([n for n, _ in m.named_buffers()], [n for n, _ in m.named_parameters()])
m.double()
print(m.mean.dtype, m.std.dtype, m.tmp.dtype, m.scale.dtype)
print(m.mean.requires_grad, m.scale.requires_grad)
out = m(torch.ones(2, 3, dtype=torch.float64))
print(out)
try:
    m.register_buffer('scale', torch.zeros(3))
except KeyError as e:
    print("KeyError:", e)
m.mean = torch.full((3,), 2.0)
print(m.state_dict()['mean'])
print(m)
