# grad_outputs of the wrong shape
import torch

x = torch.linspace(0, 1, 4, dtype=torch.float64).view(-1, 1).requires_grad_(True)
u = torch.cat([x ** 2, x ** 3], dim=1)
try:
    torch.autograd.grad(u, x, grad_outputs=torch.ones(4, 1, dtype=torch.float64))
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.autograd.grad(u, x, grad_outputs=torch.ones(4, 2), retain_graph=True)
    print("float32 grad_outputs accepted")
except RuntimeError as e:
    print("RuntimeError:", e)
g, = torch.autograd.grad(u, x, grad_outputs=torch.ones_like(u))
print(g)
