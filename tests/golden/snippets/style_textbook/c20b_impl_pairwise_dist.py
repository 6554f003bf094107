# pairwise distances via broadcasting vs torch.cdist
import torch

torch.manual_seed(23)
x = torch.randn(4, 3)
y = torch.randn(2, 3)
d_broadcast = ((x[:, None, :] - y[None, :, :]) ** 2).sum(-1).sqrt()
d_expand = (x.pow(2).sum(1, keepdim=True) - 2 * x @ y.T + y.pow(2).sum(1)).clamp_min(0).sqrt()
print(d_broadcast)
print(torch.cdist(x, y))
print(torch.allclose(d_broadcast, d_expand, atol=1e-5))
