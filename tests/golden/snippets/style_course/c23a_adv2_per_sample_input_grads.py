# Per-example input gradients with torch.func: vmap over grad of a single-example loss
import torch
from torch.func import grad, vmap

w = torch.tensor([[1.0, -2.0], [0.5, 0.5], [-1.0, 1.0]])
def loss_one(x, y):
    logits = w @ x
    return torch.nn.functional.cross_entropy(logits[None], y[None])

X = torch.tensor([[0.2, 0.4], [1.0, -1.0], [0.0, 0.3]])
Y = torch.tensor([0, 2, 1])
g = vmap(grad(loss_one))(X, Y)
print(g.shape)
print(g.norm(dim=1).round(decimals=4))
print(g.sign())
