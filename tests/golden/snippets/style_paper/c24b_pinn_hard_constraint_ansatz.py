# hard-constrained ansatz u = x (1 - x) N(x) satisfies the BCs exactly
import torch
import torch.nn as nn

torch.manual_seed(8)
N = nn.Sequential(nn.Linear(1, 4), nn.Tanh(), nn.Linear(4, 1)).double()
def u(x):
    return x * (1 - x) * N(x)
xb = torch.tensor([[0.0], [1.0]], dtype=torch.float64)
print(u(xb))
x = torch.tensor([[0.25]], dtype=torch.float64, requires_grad=True)
ux, = torch.autograd.grad(u(x), x, create_graph=True)
print(ux.shape, ux.grad_fn.name())
print(u(xb).abs().max().item() == 0.0)
