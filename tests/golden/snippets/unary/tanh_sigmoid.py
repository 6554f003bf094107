import torch

t = torch.tensor([-2., -1., 0., 1., 2.])
print(torch.tanh(t))
print(t.tanh())
print(torch.sigmoid(t))
print(t.sigmoid())
print(torch.sigmoid(torch.tensor([-100., 100.])))
