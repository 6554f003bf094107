# vmap shape mistakes in physics code
import torch
from torch.func import vmap

a = torch.ones(3, 2, dtype=torch.float64)
b = torch.ones(4, 2, dtype=torch.float64)
try:
    vmap(lambda x, y: x + y)(a, b)
except ValueError as e:
    print("ValueError:", e)
print(vmap(lambda x, y: x + y, in_dims=(0, None))(a, b[0]).shape)
try:
    vmap(lambda x: x.sum(), in_dims=2)(a)
except ValueError as e:
    print("ValueError:", e)
print(vmap(torch.dot)(a, a))
