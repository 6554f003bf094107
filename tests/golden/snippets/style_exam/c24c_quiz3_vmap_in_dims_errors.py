# Quiz C7: vmap over the wrong dimension
import torch
from torch.func import vmap

x = torch.arange(6.0).reshape(2, 3)
print(vmap(torch.sum)(x), vmap(torch.sum, in_dims=1)(x))
print(vmap(lambda r: r * 2, in_dims=0, out_dims=1)(x).shape)
try:
    vmap(torch.sum, in_dims=2)(x)
except ValueError as e:
    print("ValueError:", str(e)[:90])
