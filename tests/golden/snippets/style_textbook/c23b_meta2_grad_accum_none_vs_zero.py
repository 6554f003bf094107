import torch
from torch import nn

# What .grad holds between meta-iterations: None, a value, zeros, or None again
probe = nn.Bilinear(2, 2, 1)
names = [n for n, _ in probe.named_parameters()]
print(names, [p.grad for p in probe.parameters()])
probe(torch.ones(1, 2), torch.ones(1, 2)).sum().backward()
print([tuple(p.grad.shape) for p in probe.parameters()])
probe.zero_grad(set_to_none=False)
print([p.grad.abs().sum().item() for p in probe.parameters()])
outer = torch.optim.Adam(probe.parameters())
outer.zero_grad()
print([p.grad for p in probe.parameters()])
