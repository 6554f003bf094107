# meshgrid for 2-D grids: indexing='ij' vs 'xy' and a field evaluated on it.
import torch

x = torch.linspace(0, 1, 3, dtype=torch.float64)
y = torch.tensor([0.0, 10.0], dtype=torch.float64)
X, Y = torch.meshgrid(x, y, indexing="ij")
print(X.shape, X)
Xx, Yx = torch.meshgrid(x, y, indexing="xy")
print(Xx.shape, Yx)
print((X ** 2 + Y).sum())
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4])))
