# Gradients through expand vs repeat: both sum back to the original shape.
import torch

x = torch.tensor([[1.0], [2.0]], requires_grad=True)
e = x.expand(2, 3)
r = x.repeat(1, 3)
(e * torch.arange(3.0)).sum().backward()
print(x.grad)
x.grad = None
(r * torch.arange(3.0)).sum().backward()
print(x.grad)
print(e.grad_fn.name(), r.grad_fn.name(), e.data_ptr() == x.data_ptr())
