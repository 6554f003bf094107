import torch
from torch.func import grad, grad_and_value

def loss(w, b, x):
    pred = x @ w + b
    return (pred ** 2).mean()

w = torch.tensor([0.5, -1.0])
b = torch.tensor(0.25)
x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [-1.0, 0.5]])
print(grad(loss)(w, b, x))
print(grad(loss, argnums=1)(w, b, x))
gw, gb = grad(loss, argnums=(0, 1))(w, b, x)
print(gw, gb)
print(grad(loss, argnums=-1)(w, b, x))

def loss_with_pred(w, b, x):
    pred = x @ w + b
    return (pred ** 2).mean(), pred

g, pred = grad(loss_with_pred, has_aux=True)(w, b, x)
print(g, pred)
g, (value, pred) = grad_and_value(loss_with_pred, has_aux=True)(w, b, x)
print(g, value, pred)
