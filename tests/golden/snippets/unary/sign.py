import torch

t = torch.tensor([-3., 0., 2., -0.])
print(torch.sign(t))
print(t.sign())
print(torch.sign(torch.tensor([-5, 0, 5])))
