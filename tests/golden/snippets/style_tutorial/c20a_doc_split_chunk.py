# torch.split, chunk, tensor_split and unbind
import torch

a = torch.arange(10).reshape(5, 2)
print(torch.split(a, 2))
print(torch.split(a, [1, 4]))
print(torch.chunk(torch.arange(11), 6))
print(torch.chunk(torch.arange(12), 6))
x = torch.arange(8)
print(torch.tensor_split(x, 3))
print(torch.tensor_split(torch.arange(7), (1, 6)))
print(torch.unbind(torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])))
