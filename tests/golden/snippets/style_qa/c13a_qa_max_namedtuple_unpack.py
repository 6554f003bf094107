# Q: torch.max returns two things? values and indices as a namedtuple when a dim is given; amax does not.
import torch

torch.manual_seed(48)
x = torch.randint(0, 10, (3, 4))
print(x)
r = torch.max(x, dim=1)
print(type(r).__name__, r.values, r.indices)
vals, idx = x.max(1)
print(vals, idx)
print(torch.max(x), x.amax(dim=1), x.amax(dim=(0, 1)))
m = x.max(dim=0, keepdim=True)
print(m.values.shape, m[0].equal(m.values))
try:
    v, i = torch.max(x)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(torch.max(x, torch.full_like(x, 5)))
print(x.min(dim=-1), torch.aminmax(x))
print(r._fields if hasattr(r, "_fields") else None, len(r))
