# GIN update (1 + eps) * x + sum of neighbours, eps learnable
import torch
import torch.nn as nn

eps = nn.Parameter(torch.tensor(0.1))
x = torch.tensor([[1., 0.], [0., 2.], [3., 1.]])
adj = torch.tensor([[0., 1., 1.], [1., 0., 1.], [1., 1., 0.]])
h = (1 + eps) * x + adj @ x
print(h)
loss = (h ** 2).mean()
loss.backward()
print('eps grad', eps.grad)
print(eps, eps.is_leaf)
print(loss)
