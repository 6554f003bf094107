# the classic mistake: second grad without create_graph on the first
import torch

x = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)
u = torch.sin(x) * x
ux, = torch.autograd.grad(u.sum(), x)
print(ux.requires_grad)
try:
    torch.autograd.grad(ux.sum(), x)
except RuntimeError as e:
    print("RuntimeError:", e)
ux, = torch.autograd.grad((torch.sin(x) * x).sum(), x, create_graph=True)
print(ux.grad_fn.name())
