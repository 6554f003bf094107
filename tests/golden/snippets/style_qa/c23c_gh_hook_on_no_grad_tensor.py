# register_hook on a tensor that doesn't require grad raises.
import torch

t = torch.ones(2)
try:
    t.register_hook(lambda g: g)
except RuntimeError as e:
    print("RuntimeError:", e)
p = torch.ones(2, requires_grad=True)
h = p.register_hook(lambda g: g * 0)
(p * 5).sum().backward()
print(p.grad)
h.remove()
(p * 5).sum().backward()
print(p.grad)
