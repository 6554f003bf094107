# PairNorm: centre node features, then rescale by the mean row norm
import torch

x = torch.tensor([[1.0, 2.0], [3.0, 0.0], [-1.0, 4.0]])
xc = x - x.mean(dim=0, keepdim=True)
scale = (xc.pow(2).sum(1).mean() + 1e-6).sqrt()
out = xc / scale
print(xc)
print(out)
print(out.pow(2).sum(1).mean())
