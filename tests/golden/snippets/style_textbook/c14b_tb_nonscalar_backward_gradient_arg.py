# Autograd chapter: backward of a vector output needs a gradient argument; ones gives the sum's gradient.
import torch

x = torch.arange(1.0, 5.0, requires_grad=True)
y = x * x * 0.5
try:
    y.backward()
except RuntimeError as e:
    print('RuntimeError:', e)
y.backward(gradient=torch.ones(len(x)))
print(x.grad)
x.grad.zero_()
y = x * x * 0.5
y.sum().backward()
print(x.grad)
x.grad.zero_()
y = x * x * 0.5
y.backward(torch.tensor([1.0, 0.0, 0.5, 2.0]))
print(x.grad)
x.grad = None
m = torch.outer(x, x)
m.backward(torch.eye(4))
print(x.grad, m.grad_fn.name())
