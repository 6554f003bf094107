# Quiz: dtype and requires_grad of comparison and rounding results.
import torch

x = torch.tensor([0.4, 1.6], requires_grad=True)
m = x > 1
print(m, m.requires_grad)
r = x.round()
print(r.requires_grad, r.grad_fn.name())
r.sum().backward()
print(x.grad)
s = torch.sign(x)
print(s.grad_fn.name())
