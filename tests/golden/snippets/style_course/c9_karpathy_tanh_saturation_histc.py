# Karpathy-style diagnostics: tanh saturation per layer, activation std, and a histogram with torch.histc.
import torch

g = torch.Generator().manual_seed(2147483647)
x = torch.randn(1000, 30, generator=g)
for gain in [1.0, 5 / 3, 3.0]:
    h = x
    print(f"gain {gain:.3f}")
    for layer in range(4):
        W = torch.randn(h.shape[1], 50, generator=g) * gain / h.shape[1] ** 0.5
        h = torch.tanh(h @ W)
        saturated = (h.abs() > 0.97).float().mean() * 100
        print(f"  layer {layer}: mean {h.mean():+.2f}, std {h.std():.2f}, saturated: {saturated:.2f}%")
hy = torch.histc(h, bins=10, min=-1, max=1)
print(hy)
print(hy.sum(), hy.dtype)
hist, edges = torch.histogram(h.flatten(), bins=5)
print(hist)
print(edges)
dead = (h.abs() > 0.99).all(dim=0)
print(dead.sum().item(), dead.shape)
print(torch.std_mean(h), h.var(unbiased=False).sqrt())
