# Tensor hooks: a hook may replace the gradient, but not with one of another shape
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.register_hook(lambda g: g.clamp(max=0.5))
y.sum().backward()
print(x.grad)
z = x ** 2
z.register_hook(lambda g: g.sum())
z.sum().backward()
