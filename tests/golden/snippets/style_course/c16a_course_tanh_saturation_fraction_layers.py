# Fraction of saturated tanh units (|h| > 0.99) in each layer of a deep stack
import torch

g = torch.Generator().manual_seed(2147483647)
x = torch.randn(100, 10, generator=g)
layers = [torch.randn(10, 10, generator=g) * w for w in (1.0, 0.5, 0.3, 2.0)]
h = x
for i, W in enumerate(layers):
    h = torch.tanh(h @ W)
    sat = (h.abs() > 0.99).float().mean()
    print(f"layer {i}: mean {h.mean().item():+.4f}, std {h.std().item():.4f}, saturated {sat.item() * 100:.2f}%")
hist = torch.histc(h, bins=5, min=-1, max=1)
print(hist)
