# jacrev and jacfwd agree on a small map
import torch
from torch.func import jacrev, jacfwd
def polar(r_theta):
    r, th = r_theta
    return torch.stack([r * torch.cos(th), r * torch.sin(th)])
p = torch.tensor([2.0, 0.3])
J1 = jacrev(polar)(p)
J2 = jacfwd(polar)(p)
print(J1)
print(torch.allclose(J1, J2))
print(torch.linalg.det(J1).item())
