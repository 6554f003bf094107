# Tensors tutorial: numpy-like indexing and slicing, joining with cat/stack/hstack, and the three matmul forms.
import torch

torch.manual_seed(18)
tensor = torch.rand(4, 4)
print(f"First row: {tensor[0]}")
print(f"First column: {tensor[:, 0]}")
print(f"Last column: {tensor[..., -1]}")
tensor[:, 1] = 0
print(tensor)
t1 = torch.cat([tensor, tensor, tensor], dim=1)
print(t1.shape)
print(torch.stack([tensor[0], tensor[1]]).shape, torch.hstack([tensor[0], tensor[1]]).shape)
y1 = tensor @ tensor.T
y2 = tensor.matmul(tensor.T)
y3 = torch.rand_like(y1)
torch.matmul(tensor, tensor.T, out=y3)
print(torch.equal(y1, y2), torch.equal(y1, y3))
z1 = tensor * tensor
z2 = tensor.mul(tensor)
z3 = torch.rand_like(tensor)
torch.mul(tensor, tensor, out=z3)
print(z1)
print(torch.equal(z1, z3))
print(tensor[tensor > 0.5], tensor[[0, 2], [1, 3]])
print(tensor[1:3, ::2], tensor[-1, -2:])
