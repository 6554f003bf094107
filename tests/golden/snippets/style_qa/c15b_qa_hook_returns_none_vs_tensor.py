# Q: a tensor hook that only prints vs one that returns a new gradient.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
seen = []
h1 = y.register_hook(lambda g: seen.append(g.clone()))
h2 = y.register_hook(lambda g: g * 10)
y.sum().backward()
print(seen, x.grad)
h2.remove()
x.grad = None
z = x * 3
z.register_hook(lambda g: None)
z.sum().backward()
print(x.grad)
leaf_hook = x.register_hook(lambda g: g.clamp(max=1.0))
(x * 5).sum().backward()
print(x.grad)
