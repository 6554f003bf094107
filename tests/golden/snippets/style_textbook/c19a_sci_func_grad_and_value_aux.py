# value_and_grad style: torch.func.grad_and_value with an auxiliary residual
import torch
from torch.func import grad_and_value
def spring_energy(k, disp):
    e = 0.5 * k * (disp ** 2).sum()
    return e, disp * k
k = torch.tensor(4.0)
disp = torch.tensor([0.1, -0.3, 0.25])
dk, (energy, force) = grad_and_value(spring_energy, has_aux=True)(k, disp)
print(dk, energy)
print(force)
g_disp, e2 = grad_and_value(lambda d: spring_energy(k, d)[0])(disp)
print(g_disp, e2.item())
