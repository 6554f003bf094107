# Backward of a non-scalar: pass ones as gradient or sum first.
import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
y.backward(gradient=torch.ones(len(y)))
print(x.grad)
x.grad.zero_()
y = x * x
y.sum().backward()
print(x.grad)
x.grad.zero_()
(x * x).backward(torch.tensor([1.0, 0.0, 2.0, 0.5]))
print(x.grad)
