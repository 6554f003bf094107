# Hamiltonian dynamics from autograd: dq/dt = dH/dp, dp/dt = -dH/dq
import torch

def H(q, p):
    return 0.5 * p ** 2 + 0.5 * q ** 2

q = torch.tensor([1.0], dtype=torch.float64, requires_grad=True)
p = torch.tensor([0.0], dtype=torch.float64, requires_grad=True)
dt = 0.1
energies = []
for step in range(5):
    dHdq, dHdp = torch.autograd.grad(H(q, p).sum(), (q, p))
    with torch.no_grad():
        p_new = p - dt * dHdq
        q_new = q + dt * p_new
    q, p = q_new.requires_grad_(), p_new.requires_grad_()
    energies.append(round(H(q, p).item(), 6))
print(energies)
print(q.is_leaf, p.requires_grad)
