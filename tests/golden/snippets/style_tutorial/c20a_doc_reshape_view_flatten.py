# torch.reshape, Tensor.view, flatten and unflatten
import torch

a = torch.arange(4.)
print(torch.reshape(a, (2, 2)))
b = torch.tensor([[0, 1], [2, 3]])
print(torch.reshape(b, (-1,)))
x = torch.randn(4, 4)
print(x.view(16).size(), x.view(-1, 8).size())
t = torch.tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]])
print(torch.flatten(t))
print(torch.flatten(t, start_dim=1))
print(torch.randn(2, 12).unflatten(1, (3, 4)).shape)
print(torch.randn(5, 12, 3).unflatten(-2, (2, 2, 3, 1, 1)).shape)
