# A hook on an intermediate tensor changes what flows further back.
import torch

x = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
h = x * 2
h.register_hook(lambda g: g * 0.1)
y = (h ** 2).sum()
y.backward()
print(x.grad)
x.grad = None
h2 = x * 2
handle = h2.register_hook(lambda g: g * 0.1)
handle.remove()
(h2 ** 2).sum().backward()
print(x.grad)
