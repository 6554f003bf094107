# torch.func versions of the Hessian and forward Jacobian.
import torch
from torch.func import hessian, jacfwd, jacrev

def loss(w):
    return (w[0] - 1) ** 2 + 10 * (w[1] - w[0] ** 2) ** 2

w = torch.tensor([0.5, 0.5])
print(jacrev(loss)(w))
print(hessian(loss)(w))
print(jacfwd(jacrev(loss))(w))
print(jacfwd(lambda v: v.sin())(w))
