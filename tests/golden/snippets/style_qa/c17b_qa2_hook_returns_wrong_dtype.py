# Q: my hook returns a gradient of another dtype or device type
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2
y.register_hook(lambda g: g.double())
try:
    y.sum().backward()
except RuntimeError as e:
    print(e)
z = torch.tensor([1.0, 2.0], requires_grad=True)
z.register_hook(lambda g: g.half())
try:
    (z * 2).sum().backward()
except RuntimeError as e:
    print(e)
def named_hook(g):
    return g[:1]
u = torch.tensor([1.0, 2.0], requires_grad=True)
u.register_hook(named_hook)
try:
    (u * 2).sum().backward()
except RuntimeError as e:
    print(e)
