# Editing the detached tensor changes the original; clone() does not.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 1
d = y.detach()
d[0] = 100
print(y)
c = y.clone()
c.data[1] = -5
print(y, c)
print(d.requires_grad, c.requires_grad, c.grad_fn.name())
print(d.data_ptr() == y.data_ptr(), c.data_ptr() == y.data_ptr())
