# fast.ai "matmul from the foundations": broadcasting with None, expand_as and its zero stride.
import torch

c = torch.tensor([10., 20, 30])
m = torch.tensor([[1., 2, 3], [4, 5, 6], [7, 8, 9]])
print(c + 1, m * 2)
print(c + m)
t = c.expand_as(m)
print(t)
print(t.untyped_storage().nbytes(), t.is_contiguous())
print(t.stride(), t.shape)
print(c.unsqueeze(0), c.unsqueeze(0).shape, c[None, :].shape)
print(c.unsqueeze(1), c[:, None].shape)
print(c[None].shape, c[..., None].shape)
print(c[:, None].expand_as(m))
print(m + c[:, None])
print(c[None, :] * c[:, None])
print(c[None] > c[:, None])
