# Exercise: running maximum and the index where it was reached
import torch

x = torch.tensor([1, 3, 2, 5, 4, 5, 7, 0])
values, indices = torch.cummax(x, dim=0)
print(values)
print(indices)
print(torch.maximum(x[1:], x[:-1]))
