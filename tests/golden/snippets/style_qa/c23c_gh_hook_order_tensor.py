# Order in which several hooks on one tensor fire, and a hook that changes the grad.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
y.register_hook(lambda g: print("hook A", g))
y.register_hook(lambda g: g * 10)
y.register_hook(lambda g: print("hook C", g))
x.register_hook(lambda g: print("leaf hook", g))
y.sum().backward()
print(x.grad)
