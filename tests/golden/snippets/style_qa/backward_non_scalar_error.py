# backward() on a vector output needs a gradient argument.
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2
try:
    y.backward()
except RuntimeError as e:
    print(type(e).__name__, e)
y.backward(torch.ones_like(y))
print(x.grad)
