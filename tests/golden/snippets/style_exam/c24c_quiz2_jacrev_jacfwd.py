# Quiz B44: jacrev and jacfwd agree
import torch
from torch.func import jacfwd, jacrev


def mapping(pt):
    return torch.stack([pt[0] * pt[1] * pt[2], pt[0] - pt[2]])


pt = torch.tensor([1.0, 2.0, 3.0])
print(jacrev(mapping)(pt))
print(jacfwd(mapping)(pt))
print(torch.equal(jacrev(mapping)(pt), jacfwd(mapping)(pt)))
