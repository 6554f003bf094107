# makemore diagnostics: the fraction of saturated tanh units per neuron, and the "dead" ones (|h| > 0.99
# for every example), with gradient flow through 1 - t**2.
import torch

g = torch.Generator().manual_seed(1481)
x = torch.randn(50, 8, generator=g)
W = torch.randn(8, 20, generator=g) * 1.5
b = torch.randn(20, generator=g)
W.requires_grad_()
h = torch.tanh(x @ W + b)
sat = h.abs() > 0.99
print(sat.float().mean().item(), sat.all(dim=0).nonzero().flatten().tolist())
print(sat.float().mean(dim=0))
h.sum().backward()
print(W.grad.abs().sum(dim=0))
local = 1 - h.detach() ** 2
print(local.mean().item(), local.min().item())
hist = torch.histc(h.detach(), bins=5, min=-1, max=1)
print(hist, hist.sum())
