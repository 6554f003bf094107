# torch.atleast_1d / 2d / 3d, broadcast_to, tile
import torch

x = torch.tensor(1.)
print(torch.atleast_1d(x), torch.atleast_2d(x), torch.atleast_3d(x).shape)
print(torch.atleast_2d(torch.arange(3)))
print(torch.atleast_1d((torch.tensor(0.5), torch.tensor(1.))))
print(torch.broadcast_to(torch.tensor([1, 2, 3]), (3, 3)))
y = torch.tensor([1, 2, 3])
print(y.tile((2,)))
print(torch.tile(torch.tensor([[1, 2], [3, 4]]), (2, 2)))
