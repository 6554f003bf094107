# Quiz B17: detach_ on a view
import torch

x = torch.ones(3, requires_grad=True)
y = x * 2
v = y[:2]
try:
    v.detach_()
except RuntimeError as e:
    print("RuntimeError:", e)
z = y.detach_()
print(z is y, y.requires_grad, y.grad_fn)
