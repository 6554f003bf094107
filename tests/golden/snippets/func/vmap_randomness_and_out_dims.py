# vmap's randomness='same', chunk_size and out_dims
import torch
from torch.func import vmap

torch.manual_seed(0)
xs = torch.arange(6.).reshape(3, 2)
print(vmap(lambda x: x + torch.rand(()), randomness='same')(xs))
print(torch.rand(2))
print(vmap(torch.sum, chunk_size=2)(xs))
print(vmap(lambda x: (x, x.sum()), out_dims=(1, 0))(xs))
w = torch.tensor([1., -1.])
print(vmap(lambda x: (x * w, w), out_dims=(0, None))(xs))
for bad in (lambda: vmap(lambda x: x * 2, out_dims=None)(xs),
            lambda: vmap(torch.sum, chunk_size=0)(xs),
            lambda: vmap(lambda x: x, out_dims='0')(xs),
            lambda: vmap(lambda x: x + torch.rand(()))(xs)):
    try:
        bad()
    except (RuntimeError, ValueError) as e:
        print(type(e).__name__, e)
