import torch

t = torch.tensor([1., 2., 3.])
print(torch.pow(t, 2))
print(t.pow(3))
print(torch.pow(2, t))
print(torch.pow(t, t))
print(torch.pow(t, torch.tensor([0., 1., 2.])))
print(t.pow(0.5))
