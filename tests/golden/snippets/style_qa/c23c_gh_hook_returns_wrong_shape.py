# A tensor hook that returns a gradient of the wrong shape.
import torch

x = torch.ones(3, requires_grad=True)
y = x * 2
y.register_hook(lambda g: g[:2])
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
z = torch.ones(2, requires_grad=True)
w = z * 1
w.register_hook(lambda g: None)
w.sum().backward()
print(z.grad)
