# Quiz: add does not save its inputs, so is in-place on the sum safe?
import torch

p = torch.tensor([1.0, 3.0], requires_grad=True)
q = torch.tensor([2.0, 2.0], requires_grad=True)
s = p + q
s.div_(2)
(s ** 2).sum().backward()
print(s.grad_fn.name())
print(p.grad, q.grad)
