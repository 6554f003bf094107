import torch

t = torch.tensor([1., 2., 4.])
print(2 - t)
print(3 * t)
print(1 / t)
print(2 ** t)
print(10 + t)
print(2.5 - t)
