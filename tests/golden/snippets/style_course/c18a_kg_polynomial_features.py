# Degree-2 polynomial features built with combinations of columns
import itertools
import torch

X = torch.tensor([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
cols = [X[:, i] for i in range(3)]
pairs = [X[:, i] * X[:, j] for i, j in itertools.combinations_with_replacement(range(3), 2)]
poly = torch.stack(cols + pairs, dim=1)
print(poly.shape)
print(poly)
print(torch.cartesian_prod(torch.arange(2), torch.arange(3)).tolist())
