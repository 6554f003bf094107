# has_aux=True returns (grad, aux) just like jax.grad(has_aux=True)
import torch
from torch.func import grad

def loss_with_aux(w, x, y):
    pred = torch.sigmoid(x @ w)
    loss = torch.nn.functional.binary_cross_entropy(pred, y)
    return loss, {"acc": ((pred > 0.5).float() == y).float().mean(), "loss": loss}

x = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
y = torch.tensor([1.0, 0.0, 1.0])
w = torch.tensor([0.1, -0.2])
g, aux = grad(loss_with_aux, has_aux=True)(w, x, y)
print(g)
print(aux["acc"], aux["loss"])
