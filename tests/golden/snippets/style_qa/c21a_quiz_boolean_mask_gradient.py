# Quiz: the gradient through boolean-mask indexing.
import torch

x = torch.tensor([-2.0, 3.0, -1.0, 4.0], requires_grad=True)
pos = x[x > 0]
print(pos, pos.grad_fn.name())
(pos ** 2).sum().backward()
print(x.grad)
