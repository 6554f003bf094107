# Section 11.3: products that are not matrix products
import torch

a = torch.tensor([[1, 2], [3, 4]])
print(torch.kron(a, torch.tensor([[1, 0], [0, 1]])))
print(torch.outer(torch.tensor([1, 2, 3]), torch.tensor([1, -1])))
u = torch.tensor([1.0, 0.0, 0.0])
v = torch.tensor([0.0, 1.0, 0.0])
print(torch.linalg.cross(u, v), torch.cross(v, u, dim=0))
print(torch.tensordot(a, a, dims=([1], [0])).shape)
