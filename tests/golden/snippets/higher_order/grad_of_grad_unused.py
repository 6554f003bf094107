import torch

x = torch.tensor(2., requires_grad=True)
y = x * 3
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g, g.requires_grad)
print(torch.autograd.grad(g, x, allow_unused=True))
