# Tensors chapter: broadcasting rules checked one by one.
import torch

a = torch.arange(3).reshape(3, 1)
b = torch.arange(2).reshape(1, 2)
print(a + b)
print(torch.broadcast_shapes((3, 1), (1, 2)), torch.broadcast_shapes((5, 1, 4), (3, 1)))
x = torch.ones(4, 3, 2)
print((x * torch.tensor([1.0, 2.0])).shape)
try:
    x + torch.ones(4, 2)
except RuntimeError as e:
    print(e)
ta, tb = torch.broadcast_tensors(torch.tensor([1, 2, 3]), torch.tensor([[10], [20]]))
print(ta)
print(tb.stride())
print(torch.ones(3, 1, 5).squeeze().shape, torch.ones(3, 1, 5).squeeze(1).shape)
print(torch.ones(2, 3).unsqueeze(-1).shape, torch.ones(2, 3)[:, None, :].shape)
print(torch.movedim(torch.ones(2, 3, 4), 0, -1).shape)
