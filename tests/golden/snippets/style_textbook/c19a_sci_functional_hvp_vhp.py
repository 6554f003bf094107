# Hessian-vector products without building the Hessian
import torch
from torch.autograd import functional as AF
def energy(x):
    return (x ** 4).sum() / 4 + (x[:-1] * x[1:]).sum()
x = torch.tensor([1.0, -2.0, 0.5])
v = torch.tensor([1.0, 0.0, 1.0])
val, hv = AF.hvp(energy, x, v)
print(val, hv)
val2, vh = AF.vhp(energy, x, v)
print(torch.allclose(hv, vh))
print(AF.hessian(energy, x) @ v)
