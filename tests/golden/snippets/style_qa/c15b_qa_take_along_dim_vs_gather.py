# Q: numpy's take_along_axis in PyTorch? take_along_dim and gather with argsort indices.
import torch

x = torch.tensor([[10.0, 30.0, 20.0], [5.0, 1.0, 3.0]])
order = x.argsort(dim=1)
print(torch.take_along_dim(x, order, dim=1))
print(x.gather(1, order))
best = x.argmax(dim=1, keepdim=True)
print(torch.take_along_dim(x, best, dim=1))
print(torch.take_along_dim(x, torch.tensor([5, 0])))
print(torch.take(x, torch.tensor([[0, 5], [1, 2]])))
