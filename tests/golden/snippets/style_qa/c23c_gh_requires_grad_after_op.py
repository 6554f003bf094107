# Setting requires_grad after the computation does not make earlier results differentiable.
import torch

x = torch.tensor([1.0, 2.0])
y = x * 2
x.requires_grad_()
print(y.requires_grad, y.grad_fn)
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
z = x * 2
z.sum().backward()
print(x.grad)
