# meshgrid indexing='xy' vs 'ij' and the transposed shape
import torch

x = torch.tensor([0.0, 0.5, 1.0], dtype=torch.float64)
y = torch.tensor([10.0, 20.0], dtype=torch.float64)
Xi, Yi = torch.meshgrid(x, y, indexing="ij")
Xx, Yx = torch.meshgrid(x, y, indexing="xy")
print(Xi.shape, Xx.shape)
print(Xx)
print(torch.equal(Xi.T, Xx))
try:
    torch.meshgrid(x, y, indexing="ji")
except Exception as e:
    print(type(e).__name__, e)
