import torch

x = torch.tensor([1., 2.], requires_grad=True)
y = x ** 3
(g,) = torch.autograd.grad(y, x, grad_outputs=torch.tensor([1., 0.5]))
print(g)
y = x * x
print(torch.autograd.grad(y, x, torch.ones_like(y)))
print(torch.autograd.grad([x.sum(), (2 * x).sum()], x))
