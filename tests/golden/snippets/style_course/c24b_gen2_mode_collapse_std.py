# monitoring mode collapse: per-feature std of generated samples
import torch

torch.manual_seed(70)
collapsed = torch.full((8, 3), 0.5) + 1e-3 * torch.randn(8, 3)
healthy = torch.randn(8, 3)
for name, s in (("collapsed", collapsed), ("healthy", healthy)):
    print(name, s.std(0).mean() < 0.01, s.var(0, unbiased=False).shape)
print(torch.cdist(collapsed, collapsed).max() < 0.02)
