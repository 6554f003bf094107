import torch
from torch.autograd.functional import hvp, vhp, hessian

# Two-input objective: hvp/vhp take tuples and return per-input pieces
def objective(u, v):
    return (u ** 2 * v).sum() + v.pow(3).sum()

u = torch.tensor([1.0, -1.0])
v = torch.tensor([2.0, 0.5])
val, hv = hvp(objective, (u, v), (torch.ones(2), torch.zeros(2)))
print(val, hv)
_, vh = vhp(objective, (u, v), (torch.zeros(2), torch.ones(2)))
print(vh)
H = hessian(objective, (u, v))
print(type(H).__name__, len(H), H[0][1])
