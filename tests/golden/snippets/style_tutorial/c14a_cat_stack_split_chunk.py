# Joining and splitting: cat/stack/hstack/vstack, split with sizes, chunk, unbind, tensor_split.
import torch

a = torch.arange(6).view(2, 3)
b = torch.arange(6, 12).view(2, 3)
print(torch.cat((a, b)), torch.cat((a, b), dim=1).shape, torch.stack((a, b), dim=2).shape)
print(torch.hstack((a, b)).shape, torch.vstack((a, b)).shape, torch.dstack((a, b)).shape)
x = torch.arange(10)
print(x.split(3), x.split([2, 3, 5]))
print(x.chunk(4), torch.tensor_split(x, 3))
print(a.unbind(dim=1))
print(torch.cat([torch.zeros(0), torch.ones(2)]), torch.cat([a, torch.ones(1, 3)]).dtype)
try:
    x.split([2, 3])
except RuntimeError as e:
    print(e)
