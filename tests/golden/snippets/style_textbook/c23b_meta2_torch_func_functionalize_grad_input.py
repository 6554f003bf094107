import torch
from torch.func import grad

def loss(w, x):
    y = x.clone()
    y.mul_(w)
    return y.sum()

print(grad(loss)(torch.tensor(2.0), torch.tensor([1.0, 2.0, 3.0])))
print(grad(loss, argnums=1)(torch.tensor(2.0), torch.tensor([1.0, 2.0, 3.0])))
def bad(x):
    return x.sum().item()
try:
    grad(bad)(torch.tensor([1.0]))
except Exception as e:
    print(type(e).__name__, str(e)[:100])
