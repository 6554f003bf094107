# Quiz 41: normalise rows without keepdim
import torch

m = torch.tensor([[1.0, 3.0], [2.0, 2.0], [0.0, 4.0]])
try:
    print(m / m.sum(dim=1))
except RuntimeError as e:
    print(e)
print(m / m.sum(dim=1, keepdim=True))
print(m.sum(dim=0), m.sum(dim=(0, 1)), m.sum(dim=-1).shape)
sq = torch.tensor([[1.0, 3.0], [2.0, 2.0]])
print(sq / sq.sum(dim=1))
