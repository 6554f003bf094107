# autograd.grad with several outputs at once and matching grad_outputs
import torch

x = torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
u = x ** 2
v = x.sin()
gx, = torch.autograd.grad((u.sum(), v.sum()), x)
print(gx.round(decimals=6))
gx2, = torch.autograd.grad((u, v), x, grad_outputs=(torch.ones(2, dtype=torch.float64), torch.zeros(2, dtype=torch.float64)))
print(gx2)
