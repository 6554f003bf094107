import torch
from torch.func import jacrev, vmap

W = torch.tensor([[1.0, -1.0], [2.0, 0.5], [0.0, 1.0]])
def f(x):
    return torch.tanh(W @ x)
xs = torch.tensor([[0.0, 0.0], [1.0, 1.0], [-1.0, 2.0]])
J = vmap(jacrev(f))(xs)
print(J.shape)
print(J[0])
print(torch.linalg.matrix_norm(J, ord="fro").round(decimals=4))
