import torch

t = torch.tensor([1., 4., 9.])
print(t ** 2)
print(t ** 0.5)
print(t ** -1)
print(t ** t)
print(torch.tensor([2, 3]) ** 2)
print(torch.tensor([2, 3]) ** 0.5)
print(torch.tensor([-8.]) ** (1 / 3))
