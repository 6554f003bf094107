# gradcheck and gradgradcheck on a smooth energy (float64 inputs).
import torch
import torch.nn.functional as F
from torch.autograd import gradcheck, gradgradcheck

def energy(x, w):
    return (F.softplus(x @ w) ** 2).sum(dim=-1, keepdim=True)

torch.manual_seed(22)
x = torch.randn(3, 4, dtype=torch.float64, requires_grad=True)
w = torch.randn(4, 2, dtype=torch.float64, requires_grad=True)
print(gradcheck(energy, (x, w)))
print(gradgradcheck(energy, (x, w)))
