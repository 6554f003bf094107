# Q: I added retain_graph=True and now the gradient is doubled
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 2).sum()
y.backward(retain_graph=True)
y.backward()
print(x.grad)
x.grad = None
y2 = (x ** 2).sum()
y2.backward()
print(x.grad)
try:
    y2.backward()
except RuntimeError as err:
    print(type(err).__name__)
