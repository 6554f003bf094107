# register_hook to see (and change) the gradient flowing through an intermediate tensor.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
seen = []
h = y.register_hook(lambda g: seen.append(g.clone()))
y.register_hook(lambda g: g * 2)
(y ** 2).sum().backward()
print(seen)
print(x.grad)
h.remove()
print(y.grad)
