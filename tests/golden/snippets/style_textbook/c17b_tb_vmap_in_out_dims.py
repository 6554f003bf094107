# vmap maps over chosen dims of each argument and places the batch dim in the output.
import torch
from torch.func import vmap

rows = torch.arange(6.0).reshape(2, 3)
direction = torch.tensor([1.0, 0.0, -1.0])
print(vmap(torch.dot, in_dims=(0, None))(rows, direction))
print(vmap(torch.outer, in_dims=(1, None), out_dims=2)(rows, direction[:2]).shape)
print(vmap(lambda r: r.sum() * 2)(rows))
try:
    vmap(torch.mul)(rows, torch.ones(3, 3))
except ValueError as problem:
    print(problem)
