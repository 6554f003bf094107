import torch

a = torch.tensor([6., 8., 10.])
b = torch.tensor([2., 4., 5.])
print(a - b)
print(a * b)
print(a / b)
print(a - 1, a * 0.5, a / 4)
print(b ** 2)
