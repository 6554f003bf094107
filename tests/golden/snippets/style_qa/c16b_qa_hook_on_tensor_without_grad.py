# Q: cannot register a hook on a tensor that doesn't require gradient
import torch

t = torch.ones(2)
try:
    t.register_hook(lambda g: g)
except RuntimeError as e:
    print(e)
u = torch.ones(2, requires_grad=True)
v = u * 3
v.register_hook(lambda g: print('grad of v:', g))
(v ** 2).sum().backward()
print(u.grad)
