# Q&A: "grad can be implicitly created only for scalar outputs" and the fixes people suggest:
# pass ones_like as the gradient, or reduce with sum()/mean() first.
import torch

x = torch.tensor([[1.0, -2.0], [3.0, 0.5]], requires_grad=True)
y = x ** 3 - x
try:
    y.backward()
except RuntimeError as e:
    print(e)
y.backward(torch.ones_like(y), retain_graph=True)
print(x.grad)
x.grad = None
y.sum().backward(retain_graph=True)
print(x.grad)
x.grad = None
y.mean().backward()
print(x.grad)
