# Kepler's equation E - e sin E = M solved by Newton, derivative from autograd.
import torch

e = 0.6
for M in [0.3, 1.5, 3.0]:
    E = torch.tensor(M, dtype=torch.float64, requires_grad=True)
    for it in range(8):
        resid = E - e * torch.sin(E) - M
        (dres,) = torch.autograd.grad(resid, E)
        E = (E - resid / dres).detach().requires_grad_()
    check = (E - e * torch.sin(E)).item()
    print(M, f"E={E.item():.12f}", f"M back={check:.12f}")
