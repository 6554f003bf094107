# backward() on a vector needs the gradient argument.
import torch

x = torch.linspace(0, 1, 4, requires_grad=True)
y = 3 * x ** 2
try:
    y.backward()
except RuntimeError as e:
    print(e)
y.backward(torch.full_like(y, 0.5))
print(x.grad)
x.grad = None
y2 = 3 * x ** 2
y2.backward(gradient=torch.tensor([1.0, 0.0, 0.0, 1.0]))
print(x.grad)
