# vmap over a batch dimension like jax.vmap, with in_dims and out_dims
import torch
from torch.func import vmap

M = torch.arange(6.0).reshape(2, 3)
vs = torch.arange(12.0).reshape(4, 3)
out = vmap(torch.mv, in_dims=(None, 0))(M, vs)
print(out)
print(torch.equal(out, vs @ M.T))
dots = vmap(torch.dot)(vs, vs)
print(dots)
print(vmap(lambda v: v * 2, out_dims=1)(vs).shape)
print(vmap(vmap(torch.mul))(vs, vs).shape)
