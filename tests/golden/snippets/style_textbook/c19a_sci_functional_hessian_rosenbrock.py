# Hessian of the Rosenbrock function at its minimum and elsewhere
import torch
from torch.autograd.functional import hessian
def rosen(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2
print(hessian(rosen, torch.tensor([1.0, 1.0])))
H = hessian(rosen, torch.tensor([0.0, 0.0], dtype=torch.float64))
print(H)
print(torch.linalg.eigvalsh(H))
