# makemore part 3 aside: fold an eval-mode BatchNorm1d into the preceding Linear and check the outputs agree.
import torch
from torch import nn

torch.manual_seed(42)
lin = nn.Linear(6, 4)
bn = nn.BatchNorm1d(4)
net = nn.Sequential(lin, bn)
for _ in range(20):
    net(torch.randn(32, 6) * 2 + 1)
net.eval()
print(bn.num_batches_tracked, bn.running_mean.shape)

with torch.no_grad():
    scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
    fused = nn.Linear(6, 4)
    fused.weight.copy_(lin.weight * scale[:, None])
    fused.bias.copy_((lin.bias - bn.running_mean) * scale + bn.bias)

x = torch.randn(5, 6)
with torch.no_grad():
    a, b = net(x), fused(x)
print(a.shape, torch.allclose(a, b, atol=1e-6))
print((a - b).abs().max().item() < 1e-5)
print(scale.shape, bn.eps, bn.momentum)
net.train()
with torch.no_grad():
    c = net(x)
print(torch.allclose(c, b, atol=1e-3), bn.num_batches_tracked.item())
