# Quiz B33: unbind and stack in the graph
import torch

x = torch.arange(6.0).reshape(2, 3).requires_grad_()
rows = x.unbind(0)
print([r.grad_fn.name() for r in rows])
y = torch.stack([rows[1], rows[0] * 2])
print(y.grad_fn.name())
y.sum().backward()
print(x.grad)
