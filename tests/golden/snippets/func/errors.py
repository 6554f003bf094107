import torch
from torch.func import grad, vjp, jvp, vmap

x = torch.tensor([1.0, 2.0])
f = lambda a, b: (a * b).sum()
attempts = [
    lambda: grad(f, argnums=2)(x, x),
    lambda: grad(f, argnums=(0, 0))(x, x),
    lambda: grad(f, argnums=1.0)(x, x),
    lambda: grad(lambda a: a.sum(), has_aux=True)(x),
    lambda: grad(lambda a: 3.0)(x),
    lambda: grad(lambda a: a.sum())(3.0),
    lambda: grad(lambda a: a.sum())(torch.tensor([1, 2])),
    lambda: vjp(torch.sin, x)[1](torch.ones(3)),
    lambda: vjp(lambda a: (a.sin(), a.cos()), x)[1](torch.ones(2)),
    lambda: jvp(torch.sin, x, x),
    lambda: jvp(torch.sin, (x,), [x]),
    lambda: jvp(torch.sin, (x,), (torch.ones(3),)),
]
for attempt in attempts:
    try:
        attempt()
    except Exception as e:
        print(type(e).__name__, e)
