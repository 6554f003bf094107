# Counting saturated tanh units per neuron with a boolean mask.
import torch

g = torch.Generator().manual_seed(2147483647)
hpreact = torch.randn(32, 10, generator=g) * 4
h = torch.tanh(hpreact)
sat = h.abs() > 0.99
print(sat.shape, sat.dtype)
print(sat.float().mean().item())
print(sat.all(0))
print(sat.sum(0))
hist = torch.histc(h, bins=5, min=-1, max=1)
print(hist)
