# Quiz B8: torch.func.grad and per-sample gradients with vmap
import torch
from torch.func import grad, vmap


def loss(w, x):
    return (w * x).sum() ** 2


w = torch.tensor([1.0, -1.0])
xs = torch.tensor([[1.0, 2.0], [3.0, 1.0], [0.5, 0.5]])
print(grad(loss)(w, xs[0]))
print(vmap(grad(loss), in_dims=(None, 0))(w, xs))
print(grad(loss, argnums=1)(w, xs[1]))
