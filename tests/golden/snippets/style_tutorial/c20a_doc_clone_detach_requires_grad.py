# torch.clone keeps the graph, detach drops it, requires_grad_ on a fresh tensor
import torch

a = torch.tensor([1., 2.], requires_grad=True)
b = a.clone()
c = a.detach()
print(b, c)
print(b.grad_fn, c.requires_grad)
d = torch.tensor([3., 4.]).requires_grad_()
print(d)
(b * d).sum().backward()
print(a.grad, d.grad)
print(torch.zeros(2, requires_grad=True).clone().grad_fn.name())
