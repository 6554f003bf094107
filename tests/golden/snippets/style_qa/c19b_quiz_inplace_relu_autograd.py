# Quiz 39: in-place op on something autograd needs
import torch

x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
y = x.exp()
y.add_(1)
try:
    y.sum().backward()
    print("ok", x.grad)
except RuntimeError as e:
    print(e)
x.grad = None
z = x.sigmoid()
z.mul_(2)
try:
    z.sum().backward()
except RuntimeError as e:
    print(e)
