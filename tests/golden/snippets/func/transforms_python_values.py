# Python values inside grad, jvp and vmap(grad)
import torch
from torch.func import grad, jvp, vmap

def loss(w, x):
    print('loss at', round(w.sum().item(), 3))        # .item() is allowed inside grad
    return (w * x).sum() ** 2

w = torch.tensor([0.5, -1.0])
x = torch.tensor([1.0, 2.0])
print(grad(loss)(w, x))
print(jvp(lambda v: v * len(v.tolist()), (x,), (torch.ones(2),)))
for bad in (lambda: grad(lambda v: (v * v.detach().numpy().sum()).sum())(x),
            lambda: grad(lambda v: (v * v.numpy().sum()).sum())(x),
            lambda: jvp(lambda v: v * v.detach().numpy().sum(), (x,), (torch.ones(2),)),
            lambda: vmap(grad(lambda v, y: (v * y).sum() * v.sum().item()), in_dims=(0, None))(torch.ones(2, 2), x),
            lambda: vmap(grad(lambda v, y: v.sum() if y > 0 else -v.sum()), in_dims=(None, 0))(w, x)):
    try:
        print(bad())
    except RuntimeError as e:
        print(e)
