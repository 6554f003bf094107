import torch

t = torch.zeros(3, 4)
t[0] = 5
t[1, 2] = -1
t[:, 3] = torch.tensor([7., 8., 9.])
t[2, :2] = 2.5
print(t)
t[t < 0] = 100
print(t)
t[[0, 2], 1] = torch.tensor([1., 3.])
print(t)
