import torch

t = torch.tensor(2.)
print(t + 1, 1 + t, t * 2.5, 10 / t, 2 ** t, t ** 2)
print(t > 1, 1 < t)
x = 3 * torch.tensor([1, 2]) + 0.5
print(x)
print(5 // torch.tensor([2, 3]), 7 % torch.tensor([4]))
