# Q: passing model.parameters() straight to torch.autograd.grad
import torch
from torch import nn

torch.manual_seed(1)
net = nn.Linear(3, 1)
loss = net(torch.ones(2, 3)).pow(2).mean()
grads = torch.autograd.grad(loss, net.parameters())
print(len(grads), [tuple(g.shape) for g in grads])
print(net.weight.grad)
norm = torch.sqrt(sum((g ** 2).sum() for g in grads))
print(norm.shape, norm > 0)
