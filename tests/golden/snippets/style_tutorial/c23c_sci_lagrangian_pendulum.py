# Equations of motion from a Lagrangian with autograd: pendulum, d/dt(dL/dq') = dL/dq.
import torch

g, l = 9.81, 1.0
q = torch.tensor(0.3, dtype=torch.float64, requires_grad=True)
qd = torch.tensor(0.0, dtype=torch.float64, requires_grad=True)
L = 0.5 * l ** 2 * qd ** 2 + g * l * torch.cos(q)
dLdq, dLdqd = torch.autograd.grad(L, (q, qd), create_graph=True)
(m,) = torch.autograd.grad(dLdqd, qd, retain_graph=True)
qdd = dLdq / m
print(round(qdd.item(), 8), round(-g / l * torch.sin(q).item(), 8))
print(m.item(), dLdqd.item())
