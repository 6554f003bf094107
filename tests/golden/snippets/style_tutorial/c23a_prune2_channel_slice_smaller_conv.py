# Physically removing pruned output channels: build a smaller Conv2d from index_select
import torch
import torch.nn as nn

torch.manual_seed(40)
conv = nn.Conv2d(2, 5, 3)
norms = conv.weight.detach().abs().sum(dim=(1, 2, 3))
keep = norms.argsort(descending=True)[:3].sort().values
small = nn.Conv2d(2, 3, 3)
with torch.no_grad():
    small.weight.copy_(conv.weight.index_select(0, keep))
    small.bias.copy_(conv.bias[keep])
x = torch.randn(1, 2, 5, 5)
print(keep)
print(torch.allclose(conv(x)[:, keep], small(x), atol=1e-6))
print(sum(p.numel() for p in conv.parameters()), sum(p.numel() for p in small.parameters()))
