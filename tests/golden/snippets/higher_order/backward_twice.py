import torch

x = torch.tensor(3., requires_grad=True)
y = x ** 2
(g,) = torch.autograd.grad(y, x, create_graph=True)
print(g)
g.backward()
print(x.grad)
