# leapfrog integration of a pendulum with dH/dq from autograd, energy drift in float64
import torch
torch.set_default_dtype(torch.float64)
def H(q, p):
    return 0.5 * p ** 2 + (1 - torch.cos(q))
def dHdq(q):
    q = q.detach().requires_grad_(True)
    return torch.autograd.grad(H(q, torch.tensor(0.0)), q)[0]
q, p, dt = torch.tensor(1.0), torch.tensor(0.0), 0.1
E0 = H(q, p).item()
for _ in range(50):
    p = p - 0.5 * dt * dHdq(q)
    q = q + dt * p
    p = p - 0.5 * dt * dHdq(q)
print(q.item(), p.item())
print(abs(H(q, p).item() - E0))
