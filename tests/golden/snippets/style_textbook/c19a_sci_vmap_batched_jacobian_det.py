# change of variables: log|det J| for a batch of points via vmap(jacrev)
import torch
from torch.func import jacrev, vmap
def flow(z):
    return torch.stack([z[0] + 0.5 * torch.tanh(z[1]), z[1] * torch.exp(0.3 * z[0])])
Z = torch.tensor([[0.0, 0.0], [1.0, -1.0], [0.5, 2.0]])
J = vmap(jacrev(flow))(Z)
print(J.shape)
print(torch.linalg.slogdet(J).logabsdet)
print(vmap(flow)(Z))
