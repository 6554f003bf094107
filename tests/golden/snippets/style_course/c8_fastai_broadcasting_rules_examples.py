# fast.ai's broadcasting rules walk-through: trailing dims compared, unit axes stretched, None indexing.
import torch

a = torch.tensor([10., 20, 30])
m = torch.tensor([[1., 2, 3], [4, 5, 6], [7, 8, 9]])
print(a > 0, a + 1, m * 2)
c = a
print(m + c)
t = c.expand_as(m)
print(t, t.stride())
print(c.unsqueeze(0).shape, c.unsqueeze(1).shape, c[None].shape, c[:, None].shape)
print(m + c[:, None])
print(c[None, :] * c[:, None])
print(c[None] > c[:, None])
x = torch.rand(2, 3, 4, 4)
scale = torch.tensor([0.5, 1.0, 2.0])
print((x * scale[:, None, None]).shape)
try:
    x * scale
except RuntimeError as e:
    print("RuntimeError:", e)
