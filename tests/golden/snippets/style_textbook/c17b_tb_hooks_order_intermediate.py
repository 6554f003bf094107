# Several hooks on one tensor run in registration order and chain.
import torch

x = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
h = x * x
h.register_hook(lambda g: print('first', g) or g * 10)
h.register_hook(lambda g: print('second', g))
h.register_hook(lambda g: g + 1)
h.sum().backward()
print(x.grad)
