# jacrev and jacfwd agree on a vector field; the Jacobian of a rotation-scaling map.
import torch
from torch.func import jacfwd, jacrev

def field(v):
    return torch.stack([v[0] * v[1], v[0] ** 2 - v[1], 3 * v[1]])

v = torch.tensor([2.0, -1.0], dtype=torch.float64)
Jr, Jf = jacrev(field)(v), jacfwd(field)(v)
print(Jr)
print(torch.equal(Jr, Jf), Jr.shape)
lin = lambda v: torch.tensor([[0.0, -2.0], [2.0, 0.0]], dtype=torch.float64) @ v
print(jacrev(lin)(v))
