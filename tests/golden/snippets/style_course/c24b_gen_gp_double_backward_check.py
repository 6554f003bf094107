# the penalty term itself has a gradient through grad (double backward)
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([0.5, -1.5], requires_grad=True)
y = (w * x ** 2).sum()
g, = torch.autograd.grad(y, x, create_graph=True)
print(g)
penalty = (g.norm() - 1) ** 2
penalty.backward()
print(w.grad)
print(x.grad)
g_plain, = torch.autograd.grad((w * x ** 2).sum(), x)
print(g_plain.requires_grad, g.requires_grad)
