# .item() and Python `if` inside vmap: fine on captured tensors, refused on batched ones
import torch
from torch.func import vmap

scale = torch.tensor(2.0)
threshold = torch.tensor(0.5)
xs = torch.tensor([[0.1, 0.9], [0.7, -0.3], [1.2, 0.4]])

def clip_row(x):
    if threshold > 0:                          # captured: an ordinary tensor
        x = x * scale.item()
    return torch.where(x > threshold, x, torch.zeros_like(x))

print(vmap(clip_row)(xs))

def bad_branch(x):
    if x.sum() > 1:                            # batched: data-dependent control flow
        return x
    return -x

for f in (bad_branch, lambda x: x * x.max().item(), lambda x: x * float(x[0]),
          lambda x: torch.tensor(x.tolist()), lambda x: x if bool(x.all()) else x):
    try:
        vmap(f)(xs)
    except RuntimeError as e:
        print(e)
