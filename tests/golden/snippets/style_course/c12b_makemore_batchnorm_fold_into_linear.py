# makemore: after training, fold BatchNorm's running stats into the preceding Linear layer for inference.
import torch
import torch.nn as nn

torch.manual_seed(42)
lin = nn.Linear(5, 4)
bn = nn.BatchNorm1d(4, momentum=0.1)
x = torch.randn(32, 5)
for step in range(5):
    out = bn(lin(x + 0.1 * step))
print('running_mean', bn.running_mean)
print('running_var ', bn.running_var)
print('num_batches_tracked', bn.num_batches_tracked)
bn.eval()
with torch.no_grad():
    ref = bn(lin(x[:6]))
    scale = bn.weight / torch.sqrt(bn.running_var + bn.eps)
    W = lin.weight * scale[:, None]
    b = (lin.bias - bn.running_mean) * scale + bn.bias
    fused = x[:6] @ W.T + b
print(ref)
print(fused)
print('max abs diff', (ref - fused).abs().max().item() < 1e-6)
print(torch.allclose(ref, fused, atol=1e-6))
# momentum=None means a cumulative average instead
bn2 = nn.BatchNorm1d(4, momentum=None)
for step in range(3):
    bn2(torch.full((8, 4), float(step)) + torch.arange(8.)[:, None])
print(bn2.running_mean, bn2.running_var)
