# batched Hessians of a scalar function with vmap(hessian)
import torch
from torch.func import hessian, vmap
def f(x):
    return (x ** 3).sum() + x[0] * x[1]
pts = torch.tensor([[1.0, 2.0], [0.0, -1.0], [3.0, 0.5]])
H = vmap(hessian(f))(pts)
print(H.shape)
print(H)
