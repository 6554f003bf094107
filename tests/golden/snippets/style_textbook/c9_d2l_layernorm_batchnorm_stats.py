# LayerNorm normalises each example across features; BatchNorm normalises each feature across the batch.
import torch
from torch import nn

X = torch.tensor([[1.0, 2.0, 3.0], [2.0, 4.0, 9.0]])
ln = nn.LayerNorm(3)
bn = nn.BatchNorm1d(3)
print("layer norm:", ln(X), "\nbatch norm:", bn(X))
print(ln(X).mean(dim=1), ln(X).var(dim=1, unbiased=False))
print(bn(X).mean(dim=0), bn(X).var(dim=0, unbiased=False))
mu = X.mean(dim=-1, keepdim=True)
var = X.var(dim=-1, keepdim=True, unbiased=False)
print((X - mu) / torch.sqrt(var + 1e-5))
print(ln.eps, ln.normalized_shape, ln.weight, ln.bias)
ln2 = nn.LayerNorm([2, 3], elementwise_affine=False)
print(ln2(X))
print(nn.LayerNorm(3, bias=False))
gn = nn.GroupNorm(1, 3)
print(gn(X.unsqueeze(-1)).squeeze(-1))
inorm = nn.InstanceNorm1d(2)
print(inorm(torch.tensor([[[1.0, 2.0, 4.0], [0.0, 0.0, 3.0]]])))
print(nn.functional.normalize(X, dim=1))
print(torch.nn.RMSNorm(3)(X))
