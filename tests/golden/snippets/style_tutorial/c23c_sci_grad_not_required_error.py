# autograd.grad errors a tutorial reader hits: inputs that don't require grad, and allow_unused.
import torch

x = torch.tensor(1.0, dtype=torch.float64, requires_grad=True)
z = torch.tensor(2.0, dtype=torch.float64, requires_grad=True)
c = torch.tensor(3.0, dtype=torch.float64)
y = x ** 2
try:
    torch.autograd.grad(y, c)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.autograd.grad(y, [x, z], retain_graph=True)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.autograd.grad(y, [x, z], allow_unused=True, retain_graph=True))
print(torch.autograd.grad(y, [x, z], allow_unused=True, materialize_grads=True))
