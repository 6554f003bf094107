import torch

a = torch.tensor([1., 2.])
b = torch.tensor([3., 4.], requires_grad=True)
c = a + b
d = a * 2
print(c.requires_grad, c.grad_fn)
print(d.requires_grad, d.grad_fn)
e = c.detach() * b
print(e.requires_grad, e.grad_fn)
