import torch

torch.set_default_dtype(torch.float64)
# Implicit meta-gradient: solve (I + H/lam) x = b by Richardson iteration using only HVPs
H_true = torch.tensor([[3.0, 1.0], [1.0, 2.0]])
phi = torch.tensor([0.5, -0.5], requires_grad=True)
inner_grad, = torch.autograd.grad(0.5 * phi @ H_true @ phi, phi, create_graph=True)
lam, step = 2.0, 0.4
rhs = torch.tensor([1.0, 1.0])
sol = torch.zeros(2)
for it in range(40):
    hv, = torch.autograd.grad(inner_grad, phi, grad_outputs=sol, retain_graph=True)
    residual = rhs - (sol + hv / lam)
    sol = sol + step * residual
print(sol.round(decimals=6), residual.abs().max() < 1e-8)
print(torch.linalg.solve(torch.eye(2) + H_true / lam, rhs).round(decimals=6))
