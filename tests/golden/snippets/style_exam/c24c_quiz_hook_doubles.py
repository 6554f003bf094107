# Quiz 9: a hook that returns a modified gradient
import torch

x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
h = x.register_hook(lambda g: g * 2)
y = (x * x).sum()
y.backward()
print(x.grad)
h.remove()
x.grad = None
(x * x).sum().backward()
print(x.grad)
