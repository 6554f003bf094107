# Quiz B38: the grad of a view after in-place through it
import torch

w = torch.ones(4, requires_grad=True)
y = w * 2
v = y.view(2, 2)
v[0, 0] = 10
print(y, y.grad_fn.name())
y.sum().backward()
print(w.grad)
