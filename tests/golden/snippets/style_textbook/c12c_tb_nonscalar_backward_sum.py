# Autograd chapter: backward for non-scalar variables.
import torch

x = torch.arange(4.0, requires_grad=True)
y = x * x
try:
    y.backward()
except RuntimeError as e:
    print(e)
y.backward(gradient=torch.ones(len(y)))
print(x.grad)
x.grad = None
y = x * x
y.sum().backward()
print(x.grad)
x.grad = None
(x * x).backward(torch.tensor([1.0, 0.1, 0.01, 0.001]))
print(x.grad)
