# Broadcasting lecture: None indexing, expand_as (a stride-0 view), unsqueeze, and a matmul via broadcasting.
import torch

c = torch.tensor([10.0, 20, 30])
m = torch.tensor([[1.0, 2, 3], [4, 5, 6], [7, 8, 9]])
print(m + c)
print(c[None].shape, c[:, None].shape, c[..., None].shape)
t = c.expand_as(m)
print(t, t.stride(), t.untyped_storage().nbytes())
print(c[:, None] * c[None, :])
print(c.unsqueeze(0).shape == c[None, :].shape, (c[None] > c[:, None]).float())
a = torch.arange(6.0).view(2, 3)
b = torch.arange(12.0).view(3, 4)
bc = (a[:, :, None] * b[None]).sum(1)
print(bc, torch.equal(bc, a @ b))
try:
    torch.ones(2, 3) + torch.ones(3, 2)
except RuntimeError as e:
    print(e)
print(torch.broadcast_shapes((5, 1, 4), (3, 1)), torch.einsum('ik,kj->ij', a, b).shape)
