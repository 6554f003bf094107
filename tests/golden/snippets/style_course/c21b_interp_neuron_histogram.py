# histogram of pre-activations for one layer, like a notebook's distribution plot
import torch

torch.manual_seed(13)
W = torch.randn(16, 8) / 8 ** 0.5
X = torch.randn(100, 8)
pre = X @ W.T
counts = torch.histc(pre, bins=8, min=-3, max=3)
print(counts)
print(counts.sum(), pre.numel())
edges = torch.linspace(-3, 3, 9)
print(edges)
hist = torch.histogram(pre, bins=4)
print(hist.hist)
print(hist.bin_edges)
print("saturated tanh frac", (torch.tanh(pre).abs() > 0.97).float().mean().item())
