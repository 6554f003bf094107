import torch
from torch.func import vmap

x = torch.arange(6.0).view(3, 2)
f = lambda r: torch.stack([r.sum(), r.prod()])
print(vmap(f)(x))
print(vmap(f, out_dims=1)(x))
print(vmap(f, chunk_size=2)(x).shape)
print(vmap(lambda r: (r * 2, r.sum()), out_dims=(1, 0))(x)[0].shape)
try:
    vmap(f, out_dims=2)(x)
except Exception as e:
    print(type(e).__name__, str(e)[:100])
