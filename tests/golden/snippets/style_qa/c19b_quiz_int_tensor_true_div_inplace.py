# Quiz 73: x /= 2 on an integer tensor
import torch

x = torch.tensor([4, 5, 6])
try:
    x /= 2
except RuntimeError as e:
    print(e)
print(x)
x //= 2
print(x)
x *= 1.5 if False else 3
print(x)
try:
    x += 0.5
except RuntimeError as e:
    print(e)
y = torch.tensor([1.0, 2.0])
y += torch.tensor([1, 1])
print(y, y.dtype)
