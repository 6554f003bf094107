# torch.func.grad with has_aux returns (grad, aux).
import torch
from torch.func import grad, grad_and_value

def f(x):
    y = (x ** 2).sum()
    return y, {'y': y.detach(), 'n': x.sum().detach()}

x = torch.tensor([1.0, 2.0, 3.0])
g, aux = grad(f, has_aux=True)(x)
print(g, aux)
g2, (val, aux2) = grad_and_value(f, has_aux=True)(x)
print(g2, val, aux2['n'])
try:
    grad(lambda t: t * 2)(x)
except RuntimeError as err:
    print(err)
