# Q: x += 1 after using x in a product gives "modified by an inplace operation"
import torch

a = torch.tensor([1.0, 2.0], requires_grad=True)
x = a * 2
y = x * x
x += 1
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
x = a * 2
y = x * x
x = x + 1
y.sum().backward()
print(a.grad)
