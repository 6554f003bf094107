import torch
from torch.func import grad, grad_and_value

def loss_fn(w, x, y):
    pred = x * w
    loss = ((pred - y) ** 2).mean()
    return loss, pred

w = torch.tensor(0.5)
x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([2.0, 4.0, 6.0])
g, pred = grad(loss_fn, has_aux=True)(w, x, y)
print(g, pred)
(g2, (loss, _)) = grad_and_value(loss_fn, has_aux=True)(w, x, y)
print(g2, loss)
try:
    grad(loss_fn)(w, x, y)
except Exception as e:
    print(type(e).__name__, e)
