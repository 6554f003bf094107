import torch
from torch.autograd.functional import hessian

torch.manual_seed(16)
x = torch.randn(3)
def f(w):
    return torch.tanh(w @ x) ** 2

w = torch.randn(3)
H = hessian(f, w)
print(H.shape)
print(torch.allclose(H, H.T))
print(H.diagonal().sign())
