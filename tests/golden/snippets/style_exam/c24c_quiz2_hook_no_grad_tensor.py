# Quiz B13: register_hook on a tensor that does not require grad
import torch

t = torch.ones(2)
try:
    t.register_hook(lambda g: g)
except RuntimeError as e:
    print("RuntimeError:", e)
u = torch.ones(2, requires_grad=True)
handle = u.register_hook(lambda g: None)
print(type(handle).__name__)
(u * 5).sum().backward()
print(u.grad)
