# Quiz B34: repeat, expand and tile all sum back
import torch

v = torch.tensor([1.0, 2.0], requires_grad=True)
a = v.repeat(3)
b = v.expand(2, 2)
c = torch.tile(v, (2,))
(a.sum() + (b * torch.tensor([[1.0], [10.0]])).sum() + c.sum()).backward()
print(a.grad_fn.name(), b.grad_fn.name(), c.grad_fn.name())
print(v.grad)
