# Batch normalization forward in train and test mode, checked against nn.BatchNorm1d's numbers.
import torch
import torch.nn as nn

torch.manual_seed(231)
N, D1, D2, D3 = 200, 50, 60, 3
X = torch.randn(N, D1)
W1 = torch.randn(D1, D2)
W2 = torch.randn(D2, D3)
a = torch.relu(X @ W1) @ W2
print('Before batch normalization:')
print('  means:', a.mean(dim=0))
print('  stds: ', a.std(dim=0, unbiased=False))

bn = nn.BatchNorm1d(D3, momentum=0.1)
out = bn(a)
print('After batch normalization (gamma=1, beta=0)')
print('  mean:', out.mean(dim=0).abs().max() < 1e-5)
print('  std: ', out.std(dim=0, unbiased=False))
with torch.no_grad():
    bn.weight.copy_(torch.tensor([1.0, 2.0, 3.0]))
    bn.bias.copy_(torch.tensor([11.0, 12.0, 13.0]))
out = bn(a)
print('  means:', out.mean(dim=0))
print(bn.running_mean, bn.num_batches_tracked)
bn.eval()
for t in range(5):
    X = torch.randn(N, D1)
    a = torch.relu(X @ W1) @ W2
    out = bn(a)
print('After batch normalization (test-time):')
print('  means:', out.mean(dim=0).round(decimals=1))
print(bn)
