# Quiz B8: torch.func.grad and per-sample gradients with vmap
import torch
from torch.func import grad, vmap


def sq_dot(weights, x):
    return (weights * x).sum() ** 2


weights = torch.tensor([1.0, -1.0])
batch = torch.tensor([[1.0, 2.0], [3.0, 1.0], [0.5, 0.5]])
print(grad(sq_dot)(weights, batch[0]))
print(vmap(grad(sq_dot), in_dims=(None, 0))(weights, batch))
print(grad(sq_dot, argnums=1)(weights, batch[1]))
