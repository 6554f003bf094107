# The broadcasting mechanism: shapes that broadcast, shapes that do not, and in-place broadcasting limits.
import torch

a = torch.arange(3).reshape((3, 1))
b = torch.arange(2).reshape((1, 2))
print(a, b)
print(a + b)
print(torch.broadcast_shapes((3, 1), (1, 2)), torch.broadcast_shapes((5, 1, 4), (3, 1)))
x = torch.arange(12, dtype=torch.float32).reshape(3, 4)
print(x - x.mean(dim=0))
print(x / x.sum(dim=1, keepdim=True))
try:
    x / x.sum(dim=1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.ones(2, 3) + torch.ones(3, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
y = torch.zeros(3, 1)
try:
    y += torch.ones(3, 4)
except RuntimeError as e:
    print("RuntimeError:", e)
c, d = torch.broadcast_tensors(torch.tensor([1, 2, 3]), torch.tensor([[10], [20]]))
print(c, d.shape)
print(torch.ones(4, 1, 2).expand(4, 3, 2).shape, torch.tensor(5.0) * torch.ones(2, 2))
print(torch.arange(3) < torch.arange(3).reshape(3, 1))
