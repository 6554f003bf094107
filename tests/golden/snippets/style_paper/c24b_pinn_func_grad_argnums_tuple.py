# grad with argnums=(0, 1) returns a tuple; has_aux returns the aux too
import torch
from torch.func import grad

def loss(w, b, x):
    pred = w * x + b
    return ((pred - 1.0) ** 2).mean(), pred

x = torch.tensor([0.0, 1.0, 2.0], dtype=torch.float64)
w, b = torch.tensor(0.5, dtype=torch.float64), torch.tensor(0.0, dtype=torch.float64)
gw, gb = grad(lambda w, b: loss(w, b, x)[0], argnums=(0, 1))(w, b)
print(gw, gb)
(gw2, gb2), pred = grad(loss, argnums=(0, 1), has_aux=True)(w, b, x)
print(gw2.item(), gb2.item(), pred)
try:
    grad(loss)(w, b, x)
except RuntimeError as e:
    print("RuntimeError:", e)
