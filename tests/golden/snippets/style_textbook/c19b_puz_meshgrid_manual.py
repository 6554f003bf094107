# Puzzle: meshgrid with broadcasting
import torch

x = torch.arange(3)
y = torch.arange(2) * 10
gx = x[None, :] + 0 * y[:, None]
gy = y[:, None] + 0 * x[None, :]
print(gx, gy, sep="\n")
mx, my = torch.meshgrid(y, x, indexing="ij")
print(torch.equal(mx, gy), torch.equal(my, gx))
print(torch.meshgrid(x, y, indexing="xy")[0])
print(torch.cartesian_prod(x, y)[:4])
