import torch

a = torch.tensor([5, 6, 7])
b = torch.tensor([2, 3, 4])
print(a + b, a - b, a * b)
print(a // b)
print(a % b)
print(a ** b)
print(a / b)
