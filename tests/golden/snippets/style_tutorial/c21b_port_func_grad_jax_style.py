# JAX habit: grad of a pure function w.r.t. the first argument, then argnums for more
import torch
from torch.func import grad

def huber(w, data, target, delta=1.0):
    r = data @ w - target
    quad = 0.5 * r ** 2
    lin = delta * (r.abs() - 0.5 * delta)
    return torch.where(r.abs() <= delta, quad, lin).mean()

data = torch.tensor([[1.0, 0.5], [2.0, -1.0], [0.0, 3.0]])
target = torch.tensor([0.5, 4.0, -2.0])
w = torch.tensor([0.3, 0.3])
dw = grad(huber)(w, data, target)
print(dw)
for it in range(3):
    w = w - 0.5 * grad(huber)(w, data, target)
    print(it, w, huber(w, data, target))
dw2, dt = grad(huber, argnums=(0, 2))(w, data, target)
print(dt)
