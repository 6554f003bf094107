# Asking for the gradient of an input the output does not use
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
mask = torch.tensor([0.5, 0.5], requires_grad=True)
y = (x ** 2).sum()
try:
    torch.autograd.grad(y, [x, mask], retain_graph=True)
except RuntimeError as e:
    print("RuntimeError:", e)
gx, gm = torch.autograd.grad(y, [x, mask], allow_unused=True, retain_graph=True)
print(gx, gm)
gx, gm = torch.autograd.grad(y, [x, mask], allow_unused=True, materialize_grads=True)
print(gx, gm)
