# Layer norm versus batch norm on the same tiny matrix
import torch
from torch import nn

X = torch.tensor([[1.0, 2.0], [2.0, 3.0]])
ln = nn.LayerNorm(2)
bn = nn.BatchNorm1d(2)
print("layer norm:", ln(X))
print("batch norm:", bn(X))
mu = X.mean(-1, keepdim=True)
var = X.var(-1, keepdim=True, unbiased=False)
print("by hand:", (X - mu) / torch.sqrt(var + 1e-5))
print(ln.weight, ln.normalized_shape)
