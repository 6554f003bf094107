# in-place writes and out= inside vmap
import torch
from torch.func import vmap

xs = torch.ones(2, 3)
total = torch.zeros(3)

def accumulate(x):
    total.add_(x)                 # writes a batched value into a plain tensor
    return x

def scatter_first(x):
    y = torch.zeros(3)
    y[0] = x[1]
    return y

def into_out(x):
    buf = torch.empty(3)
    torch.mul(x, 2, out=buf)
    return buf

for f in (accumulate, scatter_first, into_out, lambda x: torch.ones(3).mul_(x),
          lambda x: torch.zeros(3).copy_(x), lambda x: x.nonzero(), lambda x: x[x > 0]):
    try:
        vmap(f)(xs)
    except RuntimeError as e:
        print(e)
print(total)
print(vmap(lambda x: x.clone().mul_(2).add_(total))(xs))   # in place on batched tensors is fine
