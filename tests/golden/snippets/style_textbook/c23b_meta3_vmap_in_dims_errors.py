import torch
from torch.func import vmap

x = torch.ones(3, 2)
try:
    vmap(torch.sum, in_dims=2)(x)
except Exception as e:
    print(type(e).__name__, str(e)[:120])
try:
    vmap(lambda a, b: a + b)(x, torch.ones(4, 2))
except Exception as e:
    print(type(e).__name__, str(e)[:120])
print(vmap(lambda a: a.sum(), in_dims=1)(x))
print(vmap(lambda a, b: a * b, in_dims=(0, None))(x, torch.tensor([2.0, 3.0])))
